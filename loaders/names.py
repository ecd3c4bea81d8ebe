"""Where a name starts: the left boundary of a proper name written before its head word.

Policy prose writes names right after a verb or a list separator (`实施“企业上云”三年行动计划`,
`、钟楼腾讯工业云基地`); a name starts after the last punctuation mark or boundary word
(`lexicons/name_boundaries.txt`) before its head word.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from importlib import resources

import ahocorasick

_LEX = resources.files(__package__).joinpath("lexicons")

# characters that can be inside a name: CJK, digits, Latin letters, quotes, brackets, middle dot, hyphen
_NAME_PUNCT = set("“”‘’（）()·-—+《》〈〉「」")
_STOP_PUNCT = set("，。、；：？！,.;:?!\n\r\t 　…【】[]|/")


@lru_cache(maxsize=1)
def _lines() -> tuple[str, ...]:
    with _LEX.joinpath("name_boundaries.txt").open(encoding="utf-8") as f:
        return tuple(ln.strip() for ln in f if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def boundary_words() -> tuple[str, ...]:
    words = {w for w in _lines() if not w.startswith("!")}
    return tuple(sorted(words, key=len, reverse=True))


@lru_cache(maxsize=1)
def _long_boundary_words() -> re.Pattern[str]:
    """Boundary words of two characters or more, as one pattern (a single scan instead of one per word)."""
    return re.compile("|".join(map(re.escape, (w for w in boundary_words() if len(w) >= 2))))


def holds_boundary_word(s: str) -> bool:
    """Whether a boundary word of two characters or more stands anywhere in `s`."""
    return _long_boundary_words().search(s) is not None


def starts_with_boundary_word(s: str) -> bool:
    """Whether `s` opens with a boundary word of two characters or more."""
    return _long_boundary_words().match(s) is not None


@lru_cache(maxsize=1)
def protected_compounds() -> tuple[str, ...]:
    """Compounds inside which a boundary word does not end a name (扩大开放)."""
    return tuple(w[1:] for w in _lines() if w.startswith("!"))


@lru_cache(maxsize=1)
def _by_last_char() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for w in boundary_words():
        out.setdefault(w[-1], []).append(w)
    return {k: tuple(v) for k, v in out.items()}


def boundary_word_before(text: str, i: int) -> str:
    """The longest boundary word that ends at `i` (exclusive), or ""."""
    if i <= 0:
        return ""
    return next((w for w in _by_last_char().get(text[i - 1], ()) if len(w) <= i and text.startswith(w, i - len(w))), "")


def earlier_overlapping_bound(text: str, s: int) -> int:
    """`s` moved back when the boundary word ending there overlaps an earlier one (做强化工新材料: 强化 ends at 工, 做强
    ends inside it, so the name starts at 化). For names of things (sectors), where the overlap is two verbs."""
    w = boundary_word_before(text, s)
    for j in range(s - 1, s - len(w), -1):
        v = boundary_word_before(text, j)
        if v and j - len(v) < s - len(w):
            return j
    return s


def is_name_char(ch: str) -> bool:
    return ch not in _STOP_PUNCT and (ch.isalnum() or ch in _NAME_PUNCT or "\u4e00" <= ch <= "\u9fff")


def left_bound(text: str, end: int, max_len: int, min_start: int = 0, keep: int = 0) -> int:
    """Start of the name that ends at `end` (exclusive): after the nearest punctuation or boundary word,
    at most `max_len` characters back; the last `keep` characters are never cut by a boundary word. A list item's
    number before it is no part of it ((一)中药材种植产业园项目)."""
    i = _left_bound(text, end, max_len, min_start, keep)
    item = _ITEM_NUMBER.match(text, i)
    return item.end() if item and item.end() < end else i


# a list item's number in brackets, as the view writes it: （一）, （3）
_ITEM_NUMBER = re.compile(r"[（(](?:[一二三四五六七八九十]{1,3}|[0-9]{1,2})[）)]")


def _left_bound(text: str, end: int, max_len: int, min_start: int, keep: int) -> int:
    lo = max(min_start, end - max_len, 0)
    # the nearest stop mark in (lo, end] and boundary word end in [lo, end - keep], from precomputed marks
    stop = _last_mark(text, 0, end, lo + 1)
    bound = _last_mark(text, 1, end - keep, lo)
    return max(lo, stop, bound)


_BLOCK = 1024  # marks are found per block of positions, so that a query reads at most a few


def _last_mark(text: str, kind: int, hi: int, lo: int) -> int:
    """The largest position in [lo, hi] that ends a stop mark (kind 0) or a boundary word (kind 1), or -1."""
    if hi < lo:
        return -1
    for block in range(hi // _BLOCK, lo // _BLOCK - 1, -1):
        marks = _marks(text, block)[kind]
        k = bisect_right(marks, hi) - 1
        if k >= 0:
            return marks[k] if marks[k] >= lo else -1
    return -1


@lru_cache(maxsize=256)  # the finders ask about the same text's blocks again and again
def _marks(text: str, block: int) -> tuple[list[int], list[int]]:
    """For the positions i of one block: those where text[i - 1] stops a name (punctuation; not the point of a
    decimal number, 3.5) and those where a boundary word ends that is no part of a protected compound."""
    first, last = block * _BLOCK, min(len(text), (block + 1) * _BLOCK - 1)
    # (the class finds exactly the characters is_name_char refuses: \w is what isalnum accepts, and the underscore)
    stops = [m.end() for m in _NOT_NAME_CHAR.finditer(text, max(first - 1, 0), last)
             if m.group() != "." or not _decimal_point_at(text, m.end())]
    from_char = max(first - len(boundary_words()[0]), 0)  # (a word ending in this block may start before it)
    bounds = sorted({end + 1 for end, (size, compounds) in _boundary_automaton().iter(text, from_char, last)
                     if end + 1 >= first and not (compounds and _held_at(text, end + 1 - size, compounds))})
    return stops, bounds


@lru_cache(maxsize=1)
def _boundary_automaton() -> ahocorasick.Automaton:
    """Each boundary word with its length and the protected compounds holding it (most hold none: no test then)."""
    auto = ahocorasick.Automaton()
    for w in boundary_words():
        auto.add_word(w, (len(w), _compounds_holding(w)))
    auto.make_automaton()
    return auto


# a character that cannot be inside a name (is_name_char decides; the class only finds the candidates fast)
_NOT_NAME_CHAR = re.compile(r"[^\w“”‘’（）()·\-—+《》〈〉「」]|_")


def _decimal_point_at(text: str, i: int) -> bool:
    return text[i - 1] == "." and i >= 2 and text[i - 2].isdigit() and text[i:i + 1].isdigit()


def _in_compound(text: str, pos: int, word: str) -> bool:
    """Whether `word` at `pos` is part of a protected compound written around it (扩大开放, 高等)."""
    return _held_at(text, pos, _compounds_holding(word))


def _held_at(text: str, pos: int, compounds: tuple[tuple[str, int], ...]) -> bool:
    return any(pos - k >= 0 and text.startswith(c, pos - k) for c, k in compounds)


@lru_cache(maxsize=None)  # one entry per boundary word
def _compounds_holding(word: str) -> tuple[tuple[str, int], ...]:
    """Each protected compound holding `word`, with every offset of the word inside it."""
    out = []
    for c in protected_compounds():
        k = c.find(word)
        while k >= 0:
            out.append((c, k))
            k = c.find(word, k + 1)
    return tuple(out)


def after_last_mark(text: str, pos: int, marks: str) -> int:
    """max(text.rfind(c, 0, pos) for c in marks) + 1: where the clause or item ending at `pos` starts, from the
    marks' positions found once per text (a mark absent from a long text made each rfind read it all)."""
    found = _mark_positions(text, marks)
    k = bisect_left(found, pos) - 1
    return found[k] + 1 if k >= 0 else 0


@lru_cache(maxsize=8)
def _mark_positions(text: str, marks: str) -> list[int]:
    return [m.start() for m in re.finditer("[" + re.escape(marks) + "]", text)]


def mark_taken(taken: bytearray, s: int, e: int) -> None:
    """Mark text[s:e] as inside a name already found (the finders keep one bytearray per text)."""
    taken[s:e] = b"\x01" * (e - s)
