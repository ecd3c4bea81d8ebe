"""Read a file into a SourceText: the decoded reference text and the hash of its bytes.

Readers are chosen by file suffix (`READERS`); each takes the path and the bytes and returns the
text, the codec (or container) it was decoded from, and, for paged formats, the page starts.
Anything wrong with a file raises `ReadError` with a message for the user; the build reports it
and goes on with the other files. Readers for PDF, DOCX and HTML live in their own modules and
register themselves here (imported at the bottom of this module, so they always are).
"""
from __future__ import annotations

import errno
import hashlib
import os
import re
import stat
import unicodedata
from collections.abc import Callable
from pathlib import Path

from policykg.model import SourceText

MAX_FILE_BYTES = 50 * 1024 * 1024  # a policy document is rarely over a few MB; larger is likely not one


class ReadError(Exception):
    """A file that cannot be read as a document; the message says why and what to do."""


# Leading bytes of formats that are often found under the wrong name (a .doc saved as .docx,
# a screenshot named .txt); naming the real format makes the error actionable.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF-", "a PDF file"),
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"PK\x03\x04", "a ZIP container (.docx, .xlsx, .ofd or .zip)"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "an OLE2 compound file (old .doc/.wps/.xls, or an encrypted Office file)"),
    (b"{\\rtf", "an RTF document"),
    (b"\x1f\x8b", "a gzip archive"),
    (b"Rar!\x1a\x07", "a RAR archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7-Zip archive"),
    (b"\x7fELF", "an executable"),
)


def sniff_format(data: bytes) -> str | None:
    """What the leading bytes say the file is (a phrase for messages), or None."""
    for magic, what in _MAGIC:
        if data.startswith(magic):
            return what
    return None


def _binary_share(text: str) -> float:
    """Share of characters that never occur in a text document (controls, unassigned, private use)."""
    if not text:
        return 0.0
    bad = sum(1 for ch in text if ch not in "\t\n\r\f" and unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs"))
    return bad / len(text)


_PLAUSIBLE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\x20-\x7e\s\u3000-\u3002\u3008-\u3011\u3014\u3015"
                        r"\u2014\u2018\u2019\u201c\u201d\u2026\u00b7\uff01-\uff5e]")


def _plausible_share(text: str) -> float:
    """Share of characters a Chinese or English document is made of (Han, ASCII, common punctuation)."""
    return len(_PLAUSIBLE.findall(text)) / len(text) if text else 0.0


def _check_text(text: str, encoding: str) -> tuple[str, str]:
    # A wrong guess (binary bytes read as UTF-16, say) gives a sea of controls and unassigned code
    # points; real documents have almost none.
    if _binary_share(text) > 0.01:
        raise ReadError(f"looks like a binary file, not text (read as {encoding} it is full of control characters)")
    return text, encoding


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode plain-text bytes: BOM first, then strict UTF-8, UTF-16 without BOM, GB18030, then detection."""
    if data.startswith(b"\xef\xbb\xbf"):
        try:
            return _check_text(data[3:].decode("utf-8"), "utf-8-sig")
        except UnicodeDecodeError as exc:
            raise ReadError(f"has a UTF-8 byte-order mark but invalid UTF-8 at byte {exc.start + 3}") from exc
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return _check_text(data[2:].decode(codec), "utf-16")
            except UnicodeDecodeError as exc:
                raise ReadError(f"has a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason})") from exc
    what = sniff_format(data)
    if what:
        raise ReadError(f"is {what}, not text (judging by its first bytes)")
    try:
        return _check_text(data.decode("utf-8"), "utf-8")
    except UnicodeDecodeError as exc:
        utf8_error = exc
    # UTF-16 without a BOM: ASCII-rich text shows a telling pattern of zeros in every other byte;
    # Chinese text has few zeros but decodes to Chinese in the right byte order and to noise otherwise
    if len(data) >= 4 and len(data) % 2 == 0:
        even_zeros = data[0::2].count(0)
        odd_zeros = data[1::2].count(0)
        half = len(data) // 2
        for codec, zeros in (("utf-16-le", odd_zeros), ("utf-16-be", even_zeros)):
            try:
                text = data.decode(codec)
            except UnicodeDecodeError:
                continue
            if zeros > half * 0.2 or _plausible_share(text) > 0.8:
                try:
                    return _check_text(text, codec)
                except ReadError:
                    pass
    if b"\x00" in data:
        raise ReadError("looks like a binary file (it contains NUL bytes), not text")
    _reject_damaged_utf8(data, utf8_error)
    try:
        return _check_text(data.decode("gb18030"), "gb18030")
    except UnicodeDecodeError as exc:
        if exc.end >= len(data) and _plausible_share(data[: exc.start].decode("gb18030")) > 0.8:
            raise ReadError("ends in the middle of a GB18030 character: the file looks truncated") from exc
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    # a high "chaos" score, or text that is not mostly Han/ASCII, means no encoding gives sensible text
    if best is None or best.encoding is None or best.chaos > 0.2 or _plausible_share(str(best)) < 0.8:
        raise ReadError("cannot tell its text encoding (not UTF-8, UTF-16 or GB18030); re-save it as UTF-8")
    return _check_text(str(best), best.encoding)


def _reject_damaged_utf8(data: bytes, exc: UnicodeDecodeError) -> None:
    """UTF-8 text that is cut short or has a few bad bytes would decode as GB18030 mojibake: refuse it."""
    if exc.reason == "unexpected end of data" and exc.start >= len(data) - 3:
        raise ReadError("ends in the middle of a UTF-8 character: the file looks truncated")
    replaced = data.decode("utf-8", errors="replace")
    multibyte = sum(1 for ch in replaced if ord(ch) > 0x7F and ch != "\ufffd")
    bad = replaced.count("\ufffd")
    if multibyte >= 20 and bad * 50 < multibyte:
        raise ReadError(f"is UTF-8 text with {bad} invalid byte sequence(s), the first at byte {exc.start}: "
                        "the file is damaged; re-save it as UTF-8")


def _read_plain(path: Path, data: bytes) -> tuple[str, str, tuple[int, ...]]:
    text, encoding = decode_text(data)
    return text, encoding, ()


Reader = Callable[[Path, bytes], tuple[str, str, tuple[int, ...]]]
# suffix -> (media type, reader); other modules register more formats here
READERS: dict[str, tuple[str, Reader]] = {
    ".txt": ("text/plain", _read_plain),
    ".md": ("text/markdown", _read_plain),
}


def supported_suffixes() -> frozenset[str]:
    return frozenset(READERS)


def _size(n: int) -> str:
    return f"{n / 1e6:.1f} MB" if n >= 100_000 else f"{n:,} bytes"


def _read_bytes(p: Path, max_bytes: int) -> bytes:
    try:
        st = p.stat()
    except OSError as exc:
        if exc.errno == errno.ELOOP:
            raise ReadError("is a symbolic link that loops back on itself") from exc
        if exc.errno == errno.ENOENT:
            raise ReadError("does not exist (or is a broken symbolic link)") from exc
        raise ReadError(f"cannot be read: {exc.strerror or exc}") from exc
    if stat.S_ISDIR(st.st_mode):
        raise ReadError("is a directory, not a file")
    if not stat.S_ISREG(st.st_mode):
        raise ReadError("is not a regular file (a pipe, socket or device)")  # reading a FIFO would hang
    if st.st_size > max_bytes:
        raise ReadError(f"is {_size(st.st_size)}, over the {_size(max_bytes)} limit (--max-size)")
    try:
        with p.open("rb") as fh:
            data = fh.read(max_bytes + 1)  # the file may have grown since stat
    except OSError as exc:
        if exc.errno in (errno.EACCES, errno.EPERM):
            raise ReadError("cannot be read: permission denied") from exc
        raise ReadError(f"cannot be read: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise ReadError(f"is over the {_size(max_bytes)} limit (--max-size)")
    return data


def read_source(path: str | os.PathLike, max_bytes: int = MAX_FILE_BYTES,
                given: tuple[tuple[str, str], ...] = ()) -> SourceText:
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in READERS:
        raise ReadError(f"unsupported file type '{suffix or '(none)'}'; supported: {', '.join(sorted(READERS))}")
    data = _read_bytes(p, max_bytes)
    if not data:
        raise ReadError("is empty (0 bytes)")
    if not data.strip():
        raise ReadError("is empty (only whitespace)")
    media_type, reader = READERS[suffix]
    try:
        text, encoding, page_starts, *page_fields = reader(p, data)  # (a web page adds its own fields)
    except ReadError:
        raise
    except (MemoryError, RecursionError) as exc:
        raise ReadError(f"is too large or too deeply nested to read ({type(exc).__name__})") from exc
    except Exception as exc:  # noqa: BLE001 - a reader's library failing on odd input must not stop a build
        raise ReadError(f"could not be read ({type(exc).__name__}: {exc})") from exc
    if not text.strip():
        raise ReadError("has no text")
    return SourceText(
        path=str(path),
        name=p.name,
        text=text,
        sha256=hashlib.sha256(data).hexdigest(),
        encoding=encoding,
        media_type=media_type,
        page_starts=page_starts,
        page_fields=tuple(page_fields[0]) if page_fields else (),
        given=given,
    )


# Imported for their side effect: each registers its suffixes in READERS.
from . import read_docx, read_html, read_pdf  # noqa: E402,F401
