"""Word documents: .docx with python-docx; old binary .doc/.wps are refused with a way to convert them.

The text is the body in document order: paragraphs (with the text of any text boxes anchored in
them, where a 发文机关标志 is often put), and data tables row by row, one row a line, cells separated
by a tab (a table used for page layout gives the paragraphs in its cells instead). Blocks are separated by a blank line, as in the plain-text corpus. Headers, footers (page
numbers), footnotes, comments and deleted tracked changes are left out.
"""
from __future__ import annotations

import io
import zipfile
from pathlib import Path

from .read import READERS, ReadError, sniff_format

ENCODING = "docx"  # SourceText.encoding: text from the package's XML (always Unicode)
BLOCK_SEPARATOR = "\n\n"
CELL_SEPARATOR = "\t"
MAX_XML_BYTES = 256 * 1024 * 1024  # uncompressed document.xml; beyond this it is a zip bomb, not a letter

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_MC_FALLBACK = "{http://schemas.openxmlformats.org/markup-compatibility/2006}Fallback"
_CONVERT = "convert it with LibreOffice: libreoffice --headless --convert-to docx FILE"
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ENCRYPTED_STREAM = "EncryptedPackage".encode("utf-16-le")


# run content that stands for a character; everything else in a run is formatting or a drawing
_RUN_CHARS = {f"{_W}tab": "\t", f"{_W}br": "\n", f"{_W}cr": "\n", f"{_W}noBreakHyphen": "-",
              f"{_W}softHyphen": ""}
# not part of the paragraph's own text: deleted revisions, text boxes (read as blocks of their
# own), the VML copy of a drawing, field codes, properties
_SKIP = {f"{_W}del", f"{_W}txbxContent", _MC_FALLBACK, f"{_W}instrText", f"{_W}pPr", f"{_W}rPr",
         f"{_W}moveFrom"}


def _paragraph_text(p) -> str:
    """The paragraph's text as Word shows it: runs, hyperlinks, inserted revisions, field results."""
    parts: list[str] = []

    def walk(el) -> None:
        for child in el:
            tag = child.tag
            if tag in _SKIP:
                continue
            if tag == f"{_W}t":
                parts.append(child.text or "")
            elif tag in _RUN_CHARS:
                if child.getparent().tag == f"{_W}r":  # (a w:tab in w:tabs is a tab stop)
                    parts.append(_RUN_CHARS[tag])
            else:
                walk(child)

    walk(p)
    return "".join(parts).strip()


def _textboxes(el):
    """Text-box contents inside `el`, outermost only; the VML fallback copy of each is skipped."""
    for child in el:
        if child.tag == _MC_FALLBACK:
            continue
        if child.tag == f"{_W}txbxContent":
            yield child
        else:
            yield from _textboxes(child)


LAYOUT_CELL_CHARS = 300  # a cell this long holds running text: its table lays out a page, not data


def _table_blocks(tbl) -> list[str]:
    """A data table as one block, a row a line, cells tab-separated; a layout table (one column, as
    red-header templates use, or cells of running text) as the paragraphs in its cells."""
    rows = [[_blocks(tc) for tc in tr.iterchildren(f"{_W}tc")] for tr in tbl.iterchildren(f"{_W}tr")]
    widest = max((len(r) for r in rows), default=0)
    longest = max((sum(len(b) for b in cell) for r in rows for cell in r), default=0)
    if widest <= 1 or longest > LAYOUT_CELL_CHARS:
        return [b for r in rows for cell in r for b in cell]
    # a vertically merged cell repeats as an empty <w:tc>; a horizontally merged one is one <w:tc>
    lines = [CELL_SEPARATOR.join(" ".join(b.replace("\n", " ") for b in cell) for cell in r) for r in rows]
    table = "\n".join(line for line in lines if line.strip())
    return [table] if table else []


def _blocks(el) -> list[str]:
    """The text blocks of a body, cell, content control or text box, in document order."""
    out: list[str] = []
    for child in el:
        if child.tag == f"{_W}p":
            text = _paragraph_text(child)
            if text:
                out.append(text)
            for box in _textboxes(child):
                out.extend(_blocks(box))
        elif child.tag == f"{_W}tbl":
            out.extend(_table_blocks(child))
        elif child.tag == f"{_W}sdt":  # a content control wraps ordinary paragraphs and tables
            for content in child.iterchildren(f"{_W}sdtContent"):
                out.extend(_blocks(content))
    return out


def _check_package(data: bytes) -> None:
    if data.startswith(_OLE2):
        if _ENCRYPTED_STREAM in data:
            raise ReadError("is a password-protected Word file: open it in Word/WPS and save an unprotected copy")
        raise ReadError(f"is an old binary Word/WPS document under a .docx name: {_CONVERT}")
    if not data.startswith(b"PK"):
        what = sniff_format(data)
        raise ReadError(f"is not a .docx (a .docx is a ZIP package{f'; this is {what}' if what else ''})")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            try:
                info = zf.getinfo("word/document.xml")
            except KeyError:
                raise ReadError("is a ZIP file but not a Word document (it has no word/document.xml)") from None
            if info.file_size > MAX_XML_BYTES:
                raise ReadError(f"unpacks to {info.file_size / 1e6:.0f} MB of XML: too large to be a document")
    except zipfile.BadZipFile as exc:
        raise ReadError(f"is a damaged or truncated .docx ({exc})") from exc


def read_docx(path: Path, data: bytes) -> tuple[str, str, tuple[int, ...]]:
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    _check_package(data)
    try:
        document = docx.Document(io.BytesIO(data))
        return BLOCK_SEPARATOR.join(_blocks(document.element.body)), ENCODING, ()
    except PackageNotFoundError as exc:
        raise ReadError(f"is not a Word document ({exc})") from exc
    except Exception as exc:  # noqa: BLE001 - bad CRCs, broken deflate streams, damaged XML, odd parts
        raise ReadError(f"is a damaged .docx ({exc or type(exc).__name__})") from exc


def read_legacy_word(path: Path, data: bytes) -> tuple[str, str, tuple[int, ...]]:
    """.doc/.wps: often really a .docx or a web page under the old name; read those, refuse the rest."""
    head = data[:1024].lstrip().lower()
    if data.startswith(b"PK"):
        return read_docx(path, data)
    if head.startswith((b"<html", b"<!doctype")) or b"<html" in head:
        from .read_html import read_html  # Word's "save as web page", served as .doc by many sites

        return read_html(path, data)
    if data.startswith(_OLE2) and _ENCRYPTED_STREAM in data:
        raise ReadError("is a password-protected Word file: open it in Word/WPS and save an unprotected copy")
    kind = "an RTF document" if data.startswith(b"{\\rtf") else "an old binary Word/WPS document"
    raise ReadError(f"is {kind}, which is not read directly: {_CONVERT}")


READERS[".docx"] = ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", read_docx)
READERS[".doc"] = ("application/msword", read_legacy_word)
READERS[".wps"] = ("application/vnd.ms-works", read_legacy_word)
