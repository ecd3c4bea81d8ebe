"""Which agency works on which industry, with the spans that show it.

An agency works on an industry when the document attributes to it a quantity about the industry,
an initiative it leads concerns the industry, the industry is mentioned in a paragraph or section
the agency leads, or the agency takes part in a joint action (`市商务局、市发改委、市财政局联合认定…`)
in a section that opens with the industry or in a sentence that names it. A paragraph is led by the agency named at its start (`市发改委持续推进…`); a
section by the agency its heading or first sentence names (`为加快发展总部经济，市商务局下一步…`);
the rest of the body by the issuer.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from policykg.model import IndustryLink, Quantity, Structure

from .agencies import DocContext
from .entities import EntityResult
from .entities_scopes import leading_scopes, scope_agency

_JOINT_CUES = tuple(
    line.strip() for line in (Path(__file__).parent / "lexicons" / "joint_action_cues.txt")
    .read_text(encoding="utf-8").splitlines() if line.strip() and not line.startswith("#"))
_LIST_GLUE = re.compile(r"^[、，,和与及以及]{1,2}$")
_SENTENCE_END = "。；！？\n"


def joint_actors(text: str, agency_mentions: Sequence) -> list[list]:
    """Groups of two or more agency mentions listed together and followed by a joint-action cue."""
    mentions = sorted(agency_mentions, key=lambda m: m.start)
    groups, current = [], []
    for m in mentions:
        if current and _LIST_GLUE.match(text[current[-1].end:m.start]):
            current.append(m)
            continue
        if len(current) >= 2:
            groups.append(current)
        current = [m]
    if len(current) >= 2:
        groups.append(current)
    return [g for g in groups if text.startswith(_JOINT_CUES, g[-1].end)
            and len({m.key for m in g}) >= 2]


def _sentence(text: str, pos: int) -> tuple[int, int]:
    start = max(text.rfind(ch, 0, pos) for ch in _SENTENCE_END) + 1
    ends = [i for i in (text.find(ch, pos) for ch in _SENTENCE_END) if i >= 0]
    return start, min(ends, default=len(text))


def industry_links(structure: Structure, result: EntityResult, quantities: Sequence[Quantity],
                   ctx: DocContext, text: str = "") -> tuple[IndustryLink, ...]:
    """`text` is the reference text; without it joint actions are not looked for."""
    evidence: dict[tuple[str, str], list[tuple[str, int, int]]] = {}

    def add(agency: str | None, industry: str, ev: tuple[str, int, int]) -> None:
        if agency and industry:
            lst = evidence.setdefault((agency, industry), [])
            if ev not in lst:
                lst.append(ev)

    for q in quantities:
        for ind in q.industries:
            add(q.agency, ind, ("quantity", q.start, q.end))

    initiatives = {e.key: e for e in result.entities if e.cls == "Initiative"}
    industry_mentions = [m for m in result.mentions if m.cls == "Industry"]
    for m in result.mentions:
        if m.cls != "Initiative":
            continue
        e = initiatives.get(m.key)
        lead = next((k for p, c, k in (e.links if e else ()) if p == "leadAgency"), None)
        if not lead:
            continue
        for im in industry_mentions:
            if m.start <= im.start and im.end <= m.end:
                add(lead, im.key, ("initiative", m.start, m.end))

    scopes = leading_scopes(structure, [m for m in result.mentions if m.cls == "Agency"])
    body = structure.body
    for im in industry_mentions:
        if body is not None and not (body.start <= im.start < body.end):
            continue
        agency = scope_agency(scopes, im.start, ctx.issuer)
        add(agency, im.key, ("mention", im.start, im.end))

    # joint actions: every agency of the group works on the industries its section opens with
    # and those of its own sentence
    for group in joint_actors(text, [m for m in result.mentions if m.cls == "Agency"]):
        at = group[0].start
        s_start, s_end = _sentence(text, at)
        related = [im for im in industry_mentions if s_start <= im.start < s_end]
        for sec in structure.sections:
            if sec.start <= at < sec.end:
                # the section's opening: its heading and the first sentence under it
                opening_end = _sentence(text, min(sec.end - 1, sec.start + len(sec.marker) + len(sec.heading) + 2))[1]
                opening_end = _sentence(text, min(sec.end - 1, opening_end + 1))[1]
                related += [im for im in industry_mentions if sec.start <= im.start < opening_end]
        for m in group:
            for im in related:
                add(m.key, im.key, ("mention", im.start, im.end))

    return tuple(IndustryLink(a, i, tuple(ev)) for (a, i), ev in sorted(evidence.items()))
