"""The fast scans give what the plain ones give: name boundaries from precomputed marks, patterns tried only near
their anchors, area names looked up by their first two characters (real corpus texts)."""
from __future__ import annotations

import random

from policykg.loaders import areas, entities_named, industries, names

from .conftest import CORPUS


def _texts() -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(CORPUS.rglob("*.txt"))[:8]]


def test_left_bound_from_marks_equals_walking_back():
    rng = random.Random(7)
    for text in _texts():
        for _ in range(1500):
            end = rng.randint(0, len(text))
            max_len, keep = rng.choice((3, 8, 10, 22, 60)), rng.choice((0, 0, 2, 3))
            min_start = rng.choice((0, max(0, end - 5)))
            lo = max(min_start, end - max_len)
            assert names._left_bound(text, end, max_len, min_start, keep) == \
                _left_bound_by_walking(text, end, lo, keep), (text[lo:end], end, max_len, min_start, keep)


def _left_bound_by_walking(text: str, end: int, lo: int, keep: int) -> int:
    """The reference: walk back one character at a time to a stop mark or the end of a boundary word."""
    i = end
    while True:
        if end - i >= keep:
            for w in names.boundary_words():
                if len(w) <= i and text.startswith(w, i - len(w)) and not names._in_compound(text, i - len(w), w):
                    return i
        if i <= lo:
            return i
        decimal_point = text[i - 1] == "." and i >= 2 and text[i - 2].isdigit() and text[i:i + 1].isdigit()
        if not names.is_name_char(text[i - 1]) and not decimal_point:
            return i
        i -= 1


def test_patterns_tried_near_their_anchors_match_as_finditer_does():
    cases = ((entities_named._NAME_BEFORE_ROLE, entities_named._ROLE_STARTS, (2, 3, 4)),
             (entities_named._DOC_NUMBER, entities_named._NUMBER_BRACKET, range(1, 11)),
             (entities_named._POLICY_PACKAGE, entities_named._POLICY_PACKAGE_WORD, range(16)),
             (industries._LIST_END, industries._LIST_END_START, (0,)),
             (entities_named._FIRST_OF_DEPUTIES, entities_named._DENG, (2, 3)),
             (entities_named._OWN_PLAN, entities_named._OWN_PLAN_KIND, (0, 2)))
    found = 0
    for text in _texts():
        for pattern, anchor, distances in cases:
            near = [m.span() for m in entities_named.finditer_near(pattern, anchor, text, distances)]
            assert near == [m.span() for m in pattern.finditer(text)]
            found += len(near)
    assert found > 50


def test_area_names_by_prefix_find_every_occurrence():
    first_chars, by_prefix = areas._names_by_prefix()
    every = [n for group in by_prefix.values() for n, _ in group]
    for text in _texts()[:3]:
        slow = sorted((s, n) for n in every for s in _occurrences(text, n))
        assert sorted((s, n) for s, n, _ in areas._name_matches(text)) == slow
        assert slow


def _occurrences(text: str, word: str):
    i = text.find(word)
    while i >= 0:
        yield i
        i = text.find(word, i + 1)
