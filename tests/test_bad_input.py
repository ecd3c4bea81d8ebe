"""Bad input gives a ReadError with a reason a user can act on, never another exception or a hang."""
from __future__ import annotations

import os
import random
import re
import zipfile
from pathlib import Path

import pytest

from policykg.loaders import read as read_module
from policykg.loaders import read_docx
from policykg.loaders.read import MAX_FILE_BYTES, ReadError, read_source

from .fixtures_make import (
    cjk_font,
    html_modern,
    junk_zip,
    logical_paragraphs,
    make_docx,
    make_pdf,
    make_scanned_pdf,
    png_bytes,
    reply_text,
)

PARAGRAPHS = logical_paragraphs(reply_text())
UTF8 = reply_text().encode("utf-8")
OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.fixture(scope="module")
def font():
    path = cjk_font()
    if path is None:
        pytest.skip("no CJK font: pip install pylopdf-fonts-zh-cn (or apt-get install fonts-noto-cjk)")
    return path


@pytest.fixture(scope="module")
def good(tmp_path_factory, font):
    d = tmp_path_factory.mktemp("good")
    return {
        "pdf": make_pdf(d / "good.pdf", PARAGRAPHS[:12], font).read_bytes(),
        "docx": make_docx(d / "good.docx", PARAGRAPHS[:12]).read_bytes(),
        "html": html_modern(PARAGRAPHS[:12], PARAGRAPHS[2]).encode("utf-8"),
        "txt": UTF8,
    }


def _mid_character(data: bytes, near: int) -> int:
    while (data[near] & 0xC0) != 0x80:  # a UTF-8 continuation byte
        near += 1
    return near


def _noise(seed: int, n: int, low: int = 0) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(low, 256) for _ in range(n))


# (file name, bytes, what the message must say)
CASES = [
    ("empty.txt", b"", "is empty"),
    ("blank.txt", b" \n\t\r\n  \n", "is empty"),
    ("blank-utf16.txt", " \n \n".encode("utf-16"), "has no text"),
    ("image.txt", png_bytes(), "is a PNG image, not text"),
    ("nul.txt", b"abc\x00\x01\x02def" * 20, "binary"),
    ("truncated.txt", UTF8[:_mid_character(UTF8, 1000)], "truncated"),
    ("truncated-gb.txt", reply_text().encode("gb18030")[:1001], "truncated"),
    ("damaged.txt", UTF8[:500] + b"\xff\xfe\xfd" + UTF8[500:], "invalid byte"),
    ("noise.txt", _noise(7, 4000, 128), "cannot tell its text encoding"),
    ("empty.html", b"", "is empty"),
    ("nav-only.html", "<html><body><nav><a href='/'>首页</a></nav><script>var x=1;</script></body></html>".encode(),
     "no article text"),
    ("frames.html", b"<html><frameset><frame src='a.html'><frame src='b.html'></frameset></html>", "no article text"),
    ("image.html", png_bytes(), "is a PNG image"),
    ("not-a.pdf", "<html><body>这是网页</body></html>".encode(), "is not a PDF"),
    ("image.pdf", png_bytes(), "is not a PDF (it is a PNG image)"),
    ("junk.pdf", b"%PDF-1.7\n" + _noise(3, 5000), "damaged or truncated PDF"),
    ("header-only.pdf", b"%PDF-1.4\n%%EOF\n", "damaged or truncated PDF"),
    ("old.doc", OLE2 + bytes(2000), "libreoffice --headless --convert-to docx"),
    ("old.wps", OLE2 + bytes(2000), "libreoffice --headless --convert-to docx"),
    ("rich.doc", b"{\\rtf1\\ansi \\'b3\\'a3\\'d6\\'dd}", "RTF"),
    ("zero.docx", b"", "is empty"),
    ("junk.docx", junk_zip(), "not a Word document"),
    ("image.docx", png_bytes(), "is not a .docx"),
    ("old-renamed.docx", OLE2 + bytes(2000), "old binary Word/WPS document under a .docx name"),
    ("protected.docx", OLE2 + bytes(64) + "EncryptedPackage".encode("utf-16-le") + bytes(64), "password-protected"),
    ("protected.doc", OLE2 + bytes(64) + "EncryptedPackage".encode("utf-16-le") + bytes(64), "password-protected"),
    ("table.xlsx", b"PK\x03\x04", "unsupported file type '.xlsx'"),
    ("README", b"hello", "unsupported file type '(none)'"),
]


@pytest.mark.parametrize("name,data,message", CASES, ids=[c[0] for c in CASES])
def test_bad_file(tmp_path, name, data, message):
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReadError, match=_literal(message)):
        read_source(path)


def _literal(text: str) -> str:
    return re.escape(text)


def test_truncated_pdf_and_docx(tmp_path, good):
    for kind, cut in (("pdf", 0.5), ("pdf", 0.97), ("docx", 0.5), ("docx", 0.1)):
        path = tmp_path / f"cut.{kind}"
        path.write_bytes(good[kind][: int(len(good[kind]) * cut)])
        with pytest.raises(ReadError, match="damaged|truncated"):
            read_source(path)


def test_encrypted_pdf(tmp_path, font):
    path = make_pdf(tmp_path / "locked.pdf", PARAGRAPHS[:3], font, user_password="1234", owner_password="5678")
    with pytest.raises(ReadError, match="encrypted with a password"):
        read_source(path)


def test_scanned_pdf(tmp_path):
    path = make_scanned_pdf(tmp_path / "scan.pdf")
    with pytest.raises(ReadError) as info:
        read_source(path)
    assert str(info.value) == "has no text layer (a scanned image?): run OCR first, e.g. ocrmypdf"


def test_docx_zip_bomb_is_refused(tmp_path, good, monkeypatch):
    monkeypatch.setattr(read_docx, "MAX_XML_BYTES", 1000)
    path = tmp_path / "big.docx"
    path.write_bytes(good["docx"])
    with pytest.raises(ReadError, match="too large to be a document"):
        read_source(path)


def test_docx_with_broken_xml(tmp_path, good):
    src = tmp_path / "good.docx"
    src.write_bytes(good["docx"])
    broken = tmp_path / "broken.docx"
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(broken, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "word/document.xml":
                data = data[: len(data) // 2]  # cut in the middle of an element
            zout.writestr(item, data)
    with pytest.raises(ReadError, match="damaged"):
        read_source(broken)


def test_over_the_size_limit(tmp_path):
    small = tmp_path / "small.txt"
    small.write_bytes(UTF8)
    with pytest.raises(ReadError, match=r"over the 1,000 bytes limit \(--max-size\)"):
        read_source(small, max_bytes=1000)
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as fh:
        fh.truncate(MAX_FILE_BYTES + 1)  # sparse: the size is checked before anything is read
    with pytest.raises(ReadError, match="over the 52.4 MB limit"):
        read_source(huge)


def test_directory_named_like_a_file(tmp_path):
    (tmp_path / "reply.txt").mkdir()
    with pytest.raises(ReadError, match="is a directory"):
        read_source(tmp_path / "reply.txt")


def test_symlink_loop_and_dangling_link(tmp_path):
    os.symlink(tmp_path / "b.txt", tmp_path / "a.txt")
    os.symlink(tmp_path / "a.txt", tmp_path / "b.txt")
    os.symlink(tmp_path / "nowhere.txt", tmp_path / "dangling.txt")
    with pytest.raises(ReadError, match="loops back on itself"):
        read_source(tmp_path / "a.txt")
    with pytest.raises(ReadError, match="does not exist"):
        read_source(tmp_path / "dangling.txt")


def test_named_pipe_does_not_hang(tmp_path):
    os.mkfifo(tmp_path / "pipe.txt")
    with pytest.raises(ReadError, match="not a regular file"):
        read_source(tmp_path / "pipe.txt")


def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.txt"
    path.write_bytes(UTF8)
    path.chmod(0)
    try:
        if os.geteuid() == 0:  # root reads it anyway: then it is simply read
            assert read_source(path).text == reply_text()
        else:
            with pytest.raises(ReadError, match="permission denied"):
                read_source(path)
    finally:
        path.chmod(0o644)


def test_reader_bug_becomes_a_read_error(tmp_path, monkeypatch):
    def broken(path: Path, data: bytes):
        raise IndexError("list index out of range")

    monkeypatch.setitem(read_module.READERS, ".txt", ("text/plain", broken))
    path = tmp_path / "x.txt"
    path.write_bytes(UTF8)
    with pytest.raises(ReadError, match="IndexError"):
        read_source(path)


def test_damaged_files_of_every_kind_give_read_errors_only(tmp_path, good):
    """Cut and scramble real files many ways: each is read or refused with a ReadError, nothing else."""
    rng = random.Random(2021)
    outcomes = {"read": 0, "refused": 0}
    for kind, data in good.items():
        variants = [data[: rng.randrange(1, len(data))] for _ in range(12)]
        for _ in range(12):
            scrambled = bytearray(data)
            for _ in range(rng.choice((1, 8, 64))):
                scrambled[rng.randrange(len(scrambled))] = rng.randrange(256)
            variants.append(bytes(scrambled))
        for suffix in (kind, "txt", "html", "pdf", "docx", "doc"):  # and under the wrong name
            for i, variant in enumerate(variants):
                path = tmp_path / f"{kind}-{i}.{suffix}"
                path.write_bytes(variant)
                try:
                    source = read_source(path)
                except ReadError as exc:
                    assert str(exc), path
                    outcomes["refused"] += 1
                else:
                    assert source.text.strip()
                    outcomes["read"] += 1
    assert outcomes["refused"] and outcomes["read"]


def test_build_goes_on_after_bad_files(tmp_path, good):
    """Through the real build: the bad files are reported with their reasons, the good one is built."""
    from policykg.build import build
    from policykg.store import GraphStore

    docs = tmp_path / "docs"
    docs.mkdir()
    (docs / "reply.txt").write_bytes(UTF8)
    for name, data, _ in CASES[:8]:
        (docs / name).write_bytes(data)
    (docs / "cut.pdf").write_bytes(good["pdf"][:5000])
    (docs / "old.doc").write_bytes(OLE2 + bytes(100))
    files = sorted(str(p) for p in docs.iterdir())
    summary = build(files, GraphStore(tmp_path / "store"))
    failed = {Path(r.path).name: r.reason for r in summary.failed}
    assert "reply.txt" not in failed
    assert len(failed) == len(files) - 1
    assert all(reason and "internal error" not in reason for reason in failed.values()), failed
