"""A researcher's folder: good files of every format mixed with many kinds of bad input (issue 7).

Through the real command line: every good file is stored, every bad one is listed with its reason,
the exit code is 1, and the graph left behind conforms to the shapes.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from .conftest import REPORTS
from .fixtures_make import (
    cjk_font,
    html_legacy_table,
    html_modern,
    junk_zip,
    logical_paragraphs,
    make_docx,
    make_pdf,
    make_scanned_pdf,
    png_bytes,
    reply_text,
)

OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _cut_mid_character(data: bytes, near: int) -> bytes:
    """A download cut off inside a multi-byte character."""
    while data[near] < 0xC0:  # move to the lead byte of a multi-byte UTF-8 character
        near += 1
    return data[: near + 1]


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "policykg", *args], capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def mixed_folder(tmp_path_factory):
    font = cjk_font()
    if font is None:
        pytest.skip("no CJK font for the PDF: pip install pylopdf-fonts-zh-cn")
    d = tmp_path_factory.mktemp("mixed")
    text = reply_text()
    paragraphs = logical_paragraphs(text)
    good = {
        "reply.txt": lambda p: p.write_text(text, encoding="utf-8"),
        "reply-gb18030.txt": lambda p: p.write_bytes(text.replace("常州", "苏州").encode("gb18030")),
        "report.md": lambda p: p.write_bytes((REPORTS / "2026_河北省_政府工作报告.txt").read_bytes()),
        "reply.pdf": lambda p: make_pdf(p, paragraphs[:20], font),
        "reply.docx": lambda p: make_docx(p, paragraphs[:15]),
        "sub/page.html": lambda p: p.write_text(html_modern(paragraphs[:10], paragraphs[2]), encoding="utf-8"),
        "sub/legacy.htm": lambda p: p.write_bytes(
            html_legacy_table(paragraphs[3:12], paragraphs[2]).encode("gb18030")),
    }
    bad = {
        "empty.txt": b"",
        "image.txt": png_bytes(),
        "binary.txt": b"\x00\x01\x02\x03" * 500,
        "truncated.txt": _cut_mid_character(text.encode("utf-8"), 1000),
        "junk.pdf": b"%PDF-1.7\n" + os.urandom(3000),
        "old.doc": OLE2 + bytes(2000),
        "old.wps": OLE2 + bytes(2000),
        "junk.docx": junk_zip(),
        "zero.docx": b"",
        "nav-only.html": "<html><body><nav><a href='/'>首页</a></nav><script>x()</script></body></html>".encode(),
        "huge.txt": ("很长的文件。" * 200_000).encode("utf-8"),  # over the --max-size given below
    }
    for name, make in good.items():
        path = d / name
        path.parent.mkdir(parents=True, exist_ok=True)
        make(path)
    for name, data in bad.items():
        (d / name).write_bytes(data)
    make_scanned_pdf(d / "scanned.pdf")
    (d / "a-folder.txt").mkdir()  # a directory named like a file is not a document
    return d, set(good), set(bad) | {"scanned.pdf"}


def test_mixed_folder_stores_good_files_and_reports_bad_ones(mixed_folder, tmp_path):
    folder, good, bad = mixed_folder
    store = tmp_path / "store"
    r = _cli("build", str(folder), "--store", str(store), "--max-size", "1", "--json", "--jobs", "2")
    assert r.returncode == 1, r.stderr
    report = json.loads(r.stdout)
    failed = {os.path.relpath(f["path"], folder): f["reason"] for f in report["failed"]}
    assert set(failed) == bad, failed
    assert all(reason and "internal error" not in reason for reason in failed.values()), failed
    assert "libreoffice" in failed["old.doc"] and "ocr" in failed["scanned.pdf"].lower()
    assert "limit" in failed["huge.txt"]
    assert report["added"] == len(good) and report["documents"] == len(good)

    stats = json.loads(_cli("stats", "--store", str(store), "--json").stdout)
    assert {d["file"] for d in stats["documents"]} == {os.path.basename(g) for g in good}

    v = _cli("validate", "--store", str(store))
    assert v.returncode == 0, v.stdout + v.stderr


def test_formats_give_the_same_document_number(mixed_folder, tmp_path):
    folder, good, _ = mixed_folder
    store = tmp_path / "store"
    files = [str(folder / g) for g in ("reply.txt", "reply.pdf", "reply.docx")]
    assert _cli("build", *files, "--store", str(store)).returncode == 0
    from policykg.store import GraphStore

    rows = GraphStore(store, read_only=True).query(
        "SELECT ?file ?id WHERE { ?d <https://w3id.org/policykg/ontology#sourceFile> ?file ; "
        "<http://purl.org/dc/terms/identifier> ?id }")
    ids = {r["file"].value: r["id"].value.replace(" ", "") for r in rows}
    assert ids == {"reply.txt": "常工信复〔2021〕第35号", "reply.pdf": "常工信复〔2021〕第35号",
                   "reply.docx": "常工信复〔2021〕第35号"}
