"""Which agency leads which part of a document.

A section or paragraph is led by the agency named at its opening (`市发改委持续推进…`,
`为加快发展总部经济，市商务局下一步…`); the innermost such scope holding an offset gives its agency.
Used for initiatives' lead agencies and for agency–industry links.
"""
from __future__ import annotations

from collections.abc import Sequence

from policykg.model import Mention, Structure

LEAD_WINDOW = 40  # characters from the start of a paragraph or section where its leading agency stands


def leading_scopes(structure: Structure, agency_mentions: Sequence[Mention]) -> list[tuple[int, int, str]]:
    """(start, end, agency key) for sections and paragraphs whose opening names an agency."""
    agencies = sorted(agency_mentions, key=lambda m: m.start)
    starts = [m.start for m in agencies]
    from bisect import bisect_left

    def first_agency(lo: int, hi: int) -> str | None:
        i = bisect_left(starts, lo)
        if i < len(agencies) and agencies[i].start < min(hi, lo + LEAD_WINDOW):
            return agencies[i].key
        return None

    scopes: list[tuple[int, int, str]] = []
    for s in structure.sections:
        a = first_agency(s.start, s.end)
        if a is None:
            body = s.start + len(s.marker) + len(s.heading)
            a = first_agency(body, s.end)
        if a:
            scopes.append((s.start, s.end, a))
    for p in structure.paragraphs:
        a = first_agency(p.start, p.end)
        if a:
            scopes.append((p.start, p.end, a))
    return scopes


def scope_agency(scopes: Sequence[tuple[int, int, str]], offset: int, default: str | None = None) -> str | None:
    """The agency of the innermost scope holding `offset`, else `default`."""
    best = None
    for s, e, a in scopes:
        if s <= offset < e and (best is None or e - s < best[1] - best[0]):
            best = (s, e, a)
    return best[2] if best else default
