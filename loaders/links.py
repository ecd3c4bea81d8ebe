"""Which agency works on which industry, with the spans that show it.

An agency works on an industry when the document attributes to it a quantity about the industry,
an initiative it leads concerns the industry, or the industry is mentioned in a paragraph or section
the agency leads. A paragraph is led by the agency named at its start (`市发改委持续推进…`); a
section by the agency its heading or first sentence names (`为加快发展总部经济，市商务局下一步…`);
the rest of the body by the issuer.
"""
from __future__ import annotations

from collections.abc import Sequence

from policykg.model import IndustryLink, Quantity, Structure

from .agencies import DocContext
from .entities import EntityResult
from .entities_scopes import leading_scopes, scope_agency

def industry_links(structure: Structure, result: EntityResult, quantities: Sequence[Quantity],
                   ctx: DocContext) -> tuple[IndustryLink, ...]:
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

    return tuple(IndustryLink(a, i, tuple(ev)) for (a, i), ev in sorted(evidence.items()))
