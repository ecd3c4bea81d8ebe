"""PDF: the text layer, page by page, with pypdfium2 (PDFium, the engine of Chrome's viewer).

Within a page, lines are put back into paragraphs from their geometry, so a PDF reads like the
plain-text corpus (one paragraph a line, a blank line between): a line continues the one above
unless there is extra space between them, the font size changes, it is indented (GB/T 9704 indents
each paragraph by two characters), the line above stops short of the right margin, or one of the
two is centred (a multi-line centred title is joined). Only whitespace differs from PDFium's text.

Pages are joined with a blank line ("\\n\\n"), and `page_starts[i]` is the offset of page i's first
character in the joined text. Paragraphs are not joined across pages: `normalise` already joins a
sentence that runs across a blank line and a page-number line, so a sentence cut by a page break
is repaired there and the reference text keeps the page. A form feed would be truer to the page
but breaks line-oriented matching downstream.
"""
from __future__ import annotations

import re
import statistics
from dataclasses import dataclass
from pathlib import Path

from .read import READERS, ReadError, sniff_format

PAGE_SEPARATOR = "\n\n"
ENCODING = "pdf-text-layer"  # SourceText.encoding: the text came from the PDF's text layer
# PDFium marks soft hyphens and unknown glyphs with these; they are not part of the text
_NOISE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
# a document with fewer non-space characters than this on all its pages is images (a scan) or blank
_MIN_PAGE_CHARS = 1


def _load(data: bytes):
    import pypdfium2 as pdfium

    if b"%PDF-" not in data[:1024]:  # readers accept the header anywhere in the first KB
        what = sniff_format(data)
        raise ReadError(f"is not a PDF{f' (it is {what})' if what else ''}: it has no %PDF- header")
    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        message = str(exc).lower()
        if "password" in message:
            raise ReadError("is encrypted with a password: open it and save or print an unprotected copy "
                            "(e.g. qpdf --decrypt --password=PASSWORD IN OUT)") from exc
        if "security" in message or "handler" in message:
            raise ReadError("uses an encryption scheme that cannot be opened here: save an unprotected copy") from exc
        reason = re.search(r"PDFium: ([^)]*)", str(exc))
        raise ReadError(f"is a damaged or truncated PDF ({reason.group(1) if reason else exc}); "
                        "re-download it or repair it (e.g. qpdf IN OUT)") from exc


@dataclass(frozen=True)
class Line:
    text: str
    x0: float  # left of the first character
    x1: float  # right of the last character
    y: float  # bottom of the line (PDF units grow upwards)
    size: float  # font size in points


def page_lines(page) -> list[Line]:
    """The page's text lines in PDFium's reading order, with their geometry."""
    import pypdfium2.raw as raw

    textpage = page.get_textpage()
    try:
        lines: list[Line] = []
        chars: list[str] = []
        boxes: list[tuple[float, float, float, float]] = []
        sizes: list[float] = []

        def close() -> None:
            text = _NOISE.sub("", "".join(chars)).strip()
            if text and boxes:
                lines.append(Line(text, min(b[0] for b in boxes), max(b[2] for b in boxes),
                                  statistics.median(b[1] for b in boxes), statistics.median(sizes)))
            chars.clear()
            boxes.clear()
            sizes.clear()

        n = textpage.count_chars()
        i = 0
        while i < n:
            code = raw.FPDFText_GetUnicode(textpage.raw, i)
            if 0xD800 <= code < 0xDC00 and i + 1 < n:  # a character outside the BMP, as a surrogate pair
                low = raw.FPDFText_GetUnicode(textpage.raw, i + 1)
                if 0xDC00 <= low < 0xE000:
                    chars.append(chr(0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)))
                    boxes.append(textpage.get_charbox(i, loose=True))
                    sizes.append(raw.FPDFText_GetFontSize(textpage.raw, i))
                    i += 2
                    continue
            ch = chr(code) if code < 0xD800 or 0xE000 <= code <= 0x10FFFF else "\ufffd"
            if ch == "\n":
                close()
            elif ch != "\r":
                chars.append(ch)
                if not ch.isspace() and not raw.FPDFText_IsGenerated(textpage.raw, i):
                    boxes.append(textpage.get_charbox(i, loose=True))
                    sizes.append(raw.FPDFText_GetFontSize(textpage.raw, i))
            i += 1
        close()
        return lines
    finally:
        textpage.close()


_WIDE = re.compile(r"[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f“”‘’—…、]")


def _percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


def paragraphs(lines: list[Line]) -> list[str]:
    """Join the lines that continue a paragraph; one string per paragraph."""
    if not lines:
        return []
    em = statistics.median(line.size for line in lines) or 10.0
    left = _percentile([line.x0 for line in lines], 0.1)
    right = _percentile([line.x1 for line in lines], 0.9)
    middle = (left + right) / 2
    steps = [a.y - b.y for a, b in zip(lines, lines[1:]) if 0 < a.y - b.y < 3 * em]
    step = statistics.median(steps) if steps else 1.5 * em

    def centred(line: Line) -> bool:
        return (line.x0 > left + 1.5 * em and line.x1 < right - 1.5 * em
                and abs((line.x0 + line.x1) / 2 - middle) < em)

    def continues(a: Line, b: Line) -> bool:
        gap = a.y - b.y
        if gap <= 0 or gap > 1.3 * step * max(a.size, b.size) / em + 0.1 * em:  # leading grows with size
            return False  # extra space, a new column, or a cell beside this one
        if abs(a.size - b.size) > 0.15 * max(a.size, b.size):
            return False
        if centred(a) or centred(b):  # a title wraps onto a centred line under a long one
            return centred(a) and centred(b) and a.x1 - a.x0 > 0.6 * (right - left)
        if b.x0 > left + 0.8 * em:
            return False  # an indented first line
        return a.x1 >= right - 1.5 * em  # a line that stops short ends its paragraph

    out = [lines[0].text]
    for a, b in zip(lines, lines[1:]):
        if continues(a, b):
            joint = "" if _WIDE.match(a.text[-1]) or _WIDE.match(b.text[0]) else " "
            out[-1] += joint + b.text
        else:
            out.append(b.text)
    return out


def check_text_layer(text: str) -> None:
    """Refuse a text layer of glyph ids: fonts without a Unicode map give private-use or unknown codes."""
    import unicodedata

    chars = [ch for ch in text if not ch.isspace()]
    unknown = sum(1 for ch in chars if ch == "\ufffd" or unicodedata.category(ch) in ("Co", "Cn", "Cc"))
    if chars and unknown > 0.3 * len(chars):
        raise ReadError("has a text layer that cannot be decoded (its fonts have no Unicode map): "
                        "run OCR on it, e.g. ocrmypdf --force-ocr")


def read_pdf(path: Path, data: bytes) -> tuple[str, str, tuple[int, ...]]:
    doc = _load(data)
    try:
        pages: list[str] = []
        n = len(doc)
        if n == 0:
            raise ReadError("is a PDF with no pages")
        for i in range(n):
            try:
                page = doc[i]
            except Exception as exc:  # noqa: BLE001 - PDFium raises plain errors for a broken page tree
                raise ReadError(f"is a damaged PDF: page {i + 1} of {n} cannot be loaded ({exc})") from exc
            try:
                pages.append("\n\n".join(paragraphs(page_lines(page))))
            finally:
                page.close()
    finally:
        doc.close()
    if sum(len("".join(p.split())) for p in pages) < _MIN_PAGE_CHARS:
        raise ReadError("has no text layer (a scanned image?): run OCR first, e.g. ocrmypdf")
    check_text_layer("".join(pages))
    starts: list[int] = []
    offset = 0
    for text in pages:
        starts.append(offset)
        offset += len(text) + len(PAGE_SEPARATOR)
    return PAGE_SEPARATOR.join(pages), ENCODING, tuple(starts)


READERS[".pdf"] = ("application/pdf", read_pdf)
