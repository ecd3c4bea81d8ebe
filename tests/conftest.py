"""Shared fixtures: the real corpus beside the repository, and stores built from it once per session."""
from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"
REPLY = CORPUS / "replies" / "changzhou-gxj-reply-2021-35.txt"
REPORTS = CORPUS / "govreports"
GOLD = SHARED / "eval" / "dev"


def entities_of(folder: Path, text: str, file_name: str = "doc.txt"):
    """The extraction stage run on a written paragraph saved as `file_name` (its name may set the document's
    area, as 2026_河北省_政府工作报告.txt does)."""
    from policykg.loaders.agencies import document_context
    from policykg.loaders.entities import extract_entities
    from policykg.loaders.normalise import normalise
    from policykg.loaders.read import read_source
    from policykg.loaders.structure import parse_structure
    path = folder / file_name
    path.write_text(text, encoding="utf-8")
    src = read_source(path)
    view = normalise(src.text)
    st = parse_structure(src.text, view)
    return extract_entities(src, view, st, document_context(src, st))


def pytest_configure(config):
    if not REPLY.exists():
        raise pytest.UsageError(f"the shared corpus is expected beside the repository at {SHARED}")


@pytest.fixture(scope="session")
def reply_text() -> str:
    return REPLY.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def reply_store(tmp_path_factory):
    """The Changzhou reply built into a fresh store."""
    from policykg.build import build
    from policykg.store import GraphStore

    store = GraphStore(tmp_path_factory.mktemp("reply") / "store")
    summary = build([str(REPLY)], store)
    assert not summary.failed, summary.failed
    return store


@pytest.fixture(scope="session")
def corpus_store(tmp_path_factory):
    """The Changzhou reply and the 31 work reports, built with two workers."""
    from policykg.build import build
    from policykg.store import GraphStore

    store = GraphStore(tmp_path_factory.mktemp("corpus") / "store")
    files = [str(REPLY)] + sorted(str(p) for p in REPORTS.glob("*.txt"))
    summary = build(files, store, jobs=2)
    assert not summary.failed, summary.failed
    return store
