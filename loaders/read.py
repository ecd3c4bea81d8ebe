"""Read a file into a SourceText: the decoded reference text and the hash of its bytes.

Readers are chosen by file suffix (`READERS`); each takes the path and the bytes and returns the
text (and, for paged formats, the page starts). Anything wrong with a file raises `ReadError` with
a message for the user; the build reports it and goes on with the other files.
"""
from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

from policykg.model import SourceText

MAX_FILE_BYTES = 50 * 1024 * 1024  # a policy document is rarely over a few MB; larger is likely not one


class ReadError(Exception):
    """A file that cannot be read as a document; the message says why and what to do."""


def decode_text(data: bytes) -> tuple[str, str]:
    """Decode plain-text bytes: BOM first, then strict UTF-8, UTF-16 without BOM, GB18030, then detection."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="strict"), "utf-8-sig"
    for bom, codec in ((b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[2:].decode(codec), "utf-16"
            except UnicodeDecodeError as exc:
                raise ReadError(f"has a UTF-16 byte-order mark but is not valid UTF-16 ({exc.reason})") from exc
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    # UTF-16 without a BOM: every other byte of ASCII/CJK text shows a telling pattern of zeros
    if len(data) >= 4 and len(data) % 2 == 0:
        even_zeros = data[0::2].count(0)
        odd_zeros = data[1::2].count(0)
        half = len(data) // 2
        for codec, zeros in (("utf-16-le", odd_zeros), ("utf-16-be", even_zeros)):
            if zeros > half * 0.2:
                try:
                    return data.decode(codec), codec
                except UnicodeDecodeError:
                    pass
    if b"\x00" in data:
        raise ReadError("looks like a binary file (it contains NUL bytes), not text")
    try:
        return data.decode("gb18030"), "gb18030"
    except UnicodeDecodeError:
        pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None or best.encoding is None:
        raise ReadError("cannot tell its text encoding (not UTF-8, UTF-16 or GB18030)")
    return str(best), best.encoding


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


def read_source(path: str | os.PathLike, max_bytes: int = MAX_FILE_BYTES) -> SourceText:
    p = Path(path)
    suffix = p.suffix.lower()
    if suffix not in READERS:
        raise ReadError(f"unsupported file type '{suffix or '(none)'}'; supported: {', '.join(sorted(READERS))}")
    try:
        size = p.stat().st_size
        if size > max_bytes:
            raise ReadError(f"is {size / 1e6:.1f} MB, over the {max_bytes / 1e6:.0f} MB limit (--max-size)")
        data = p.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot be read: {exc.strerror or exc}") from exc
    if not data.strip():
        raise ReadError("is empty")
    media_type, reader = READERS[suffix]
    text, encoding, page_starts = reader(p, data)
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
    )
