"""A normalised view of the reference text that maps back to reference offsets.

PDF extraction and typesetting leave artifacts that break matching: a sentence cut by a page break
(`工业设计中心 8\n\n家`), spaces between a number and its unit (`30 家`) or between Chinese characters
(`杨 军`), full-width digits (`２０２１`), endnote markers inside a name (`“五互一共”［3］人才培养新模式`).
Later stages match on `NormalisedView.text` and convert every span back with `ref_span`, so the graph
always points into the text as read.

The view is built from runs: each run is a slice of the reference text copied (possibly with
1:1 character substitutions) into the view; deleted characters simply fall between runs.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# 1:1 substitutions: full-width digits/letters/signs to ASCII, and ASCII brackets/colon to the
# full-width forms official documents use, so one pattern matches both spellings.
_SUBST = {chr(0xFF10 + i): str(i) for i in range(10)}
_SUBST.update({chr(0xFF21 + i): chr(0x41 + i) for i in range(26)})
_SUBST.update({chr(0xFF41 + i): chr(0x61 + i) for i in range(26)})
_SUBST.update({"％": "%", "．": ".", "＋": "+", "－": "-", "～": "~", "(": "（", ")": "）", ":": "：",
               "\u00a0": " ", "\u3000": " ", "\r": "\n"})
_TRANSLATE = str.maketrans(_SUBST)
# ASCII clause marks written beside Chinese (web pages and converted files: 2024年,在…; 增长5%,达到…) read as the
# full-width marks every rule expects; a comma between digits (1,234) stays a thousands separator
_CLAUSE_MARKS = {",": "，", ";": "；", "!": "！", "?": "？"}
# the same characters for comparing names out of context (policykg eval): every clause mark full-width
NAME_WIDTHS = str.maketrans({**_SUBST, **_CLAUSE_MARKS})

_CJK = "\u3400-\u9fff\uf900-\ufaff"
_ASCII_CLAUSE_MARK = re.compile(rf"(?<=[{_CJK}）”》%])[,;!?]|[,;!?](?=[{_CJK}（“《])")
_CJK_PUNCT = "，。、；：？！“”‘’（）《》〔〕【】—…％"
# horizontal space between two characters that are CJK, CJK punctuation, or digits/%, but not
# between two Latin words (where the space is meaningful)
_SPACE = re.compile(
    rf"(?<=[{_CJK}{_CJK_PUNCT}0-9%.])[ \t]+(?=[{_CJK}{_CJK_PUNCT}0-9%])"
    rf"|(?<=[{_CJK}{_CJK_PUNCT}])[ \t]+(?=[A-Za-z])"
    rf"|(?<=[A-Za-z])[ \t]+(?=[{_CJK}{_CJK_PUNCT}])"
)
# a line that ends mid-sentence: long enough to be running text, no terminal punctuation
_TERMINAL = "。！？；：”’」』）》…!?;:"
_BROKEN_LINE = re.compile(
    rf"(?<=[^\s{_TERMINAL}])[ \t]*\n(?:[ \t]*\n|[ \t]*[-—–]?[ \t]*\d{{1,3}}[ \t]*[-—–]?[ \t]*\n)*[ \t]*(?=\S)"
)
_MIN_BROKEN_LINE_LENGTH = 40
# a first line ending like a document's title (…计划草案的报告, …的通知): a whole title, not text cut by a page
_KIND_OF_DOCUMENT_END = re.compile(r"(?:的报告|工作报告|答复|复函|通知|意见|方案|规划|办法|措施|纲要|细则|公告|通告)[ \t]*\Z")
# an endnote's marker set right after the word it explains (“五互一共”［3］人才培养新模式, 旅游公路[6]、): it
# breaks names and reads as a number; the notes themselves open their lines and are kept
_NOTE_MARK = re.compile(r"(?<=\S)(?:［\d{1,3}］|\[\d{1,3}\])")
_SECTION_START = re.compile(
    r"[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.．、]|（\d+）|第[一二三四五六七八九十]+[章节条部分]"
    r"|[一二三四五六七八九十]是|附件|签发人|经办人|联系|抄\s*送|印\s*发"
    # a report's meeting line: ——2020年12月24日在…会议上
    r"|[—－-]{1,2}|(?:19|20)\d{2}年\d{1,2}月\d{1,2}日\s*在"
    # a page's date line (2021-08-16 17:31 浏览次数)
    r"|(?:19|20)\d{2}-\d{2}-\d{2}"
)


@dataclass(frozen=True)
class NormalisedView:
    text: str
    # run i copies reference[ref_starts[i]: ref_starts[i] + lengths[i]] to view[view_starts[i]: …]
    view_starts: tuple[int, ...]
    ref_starts: tuple[int, ...]
    ref_length: int

    def ref_offset(self, i: int) -> int:
        """Reference offset of the view character at index i (i may equal len(text))."""
        if i >= len(self.text):
            return self.ref_length if not self.view_starts else self._end_of_last_run()
        run = bisect_right(self.view_starts, i) - 1
        return self.ref_starts[run] + (i - self.view_starts[run])

    def _end_of_last_run(self) -> int:
        return self.ref_starts[-1] + (len(self.text) - self.view_starts[-1])

    def ref_span(self, start: int, end: int) -> tuple[int, int]:
        """Reference span covering view[start:end] (end exclusive; deleted characters inside are kept)."""
        if end <= start:
            ref = self.ref_offset(start)
            return ref, ref
        return self.ref_offset(start), self.ref_offset(end - 1) + 1

    def view_offset(self, ref: int) -> int:
        """View index of the first view character at or after reference offset `ref`."""
        run = bisect_right(self.ref_starts, ref) - 1
        if run < 0:
            return 0
        inside = ref - self.ref_starts[run]
        next_view = self.view_starts[run + 1] if run + 1 < len(self.view_starts) else len(self.text)
        length = next_view - self.view_starts[run]
        return self.view_starts[run] + min(inside, length)


def _deletions(text: str) -> list[tuple[int, int]]:
    """Reference spans to drop from the view, sorted and non-overlapping."""
    cuts: list[tuple[int, int]] = []
    for m in _BROKEN_LINE.finditer(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if len(text[line_start:m.start()].strip()) < _MIN_BROKEN_LINE_LENGTH:
            continue  # a short line (its indent aside) is a heading or a field, not running text cut by a page
        if _SECTION_START.match(text, m.end()):
            continue  # the next line opens a new section
        if not text[:line_start].strip() and _KIND_OF_DOCUMENT_END.search(text, line_start, m.start()):
            continue  # a whole title on the first line (…计划草案的报告), whatever its page repeats below it
        cuts.append((m.start(), m.end()))
    for m in _SPACE.finditer(text):
        cuts.append((m.start(), m.end()))
    for m in _NOTE_MARK.finditer(text):
        cuts.append((m.start(), m.end()))
    cuts.sort()
    merged: list[tuple[int, int]] = []
    for a, b in cuts:
        if merged and a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    return merged


def normalise(text: str) -> NormalisedView:
    parts: list[str] = []
    view_starts: list[int] = []
    ref_starts: list[int] = []
    pos = 0
    view_pos = 0
    for a, b in _deletions(text) + [(len(text), len(text))]:
        if a > pos:
            view_starts.append(view_pos)
            ref_starts.append(pos)
            parts.append(text[pos:a])
            view_pos += a - pos
        pos = b
    view = "".join(parts).translate(_TRANSLATE)
    view = _ASCII_CLAUSE_MARK.sub(lambda m: _CLAUSE_MARKS[m.group(0)], view)
    return NormalisedView(view, tuple(view_starts), tuple(ref_starts), len(text))
