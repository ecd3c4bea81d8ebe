"""Incremental and interrupted builds over the 31 work reports (issue 7)."""
from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pyoxigraph as ox

from policykg.build import build
from policykg.store import GraphStore

from .conftest import REPORTS


def _copy_reports(target):
    target.mkdir()
    for f in sorted(REPORTS.glob("*.txt")):
        shutil.copy(f, target / f.name)
    return target


def test_changing_one_of_31_files_rebuilds_one_document(tmp_path):
    folder = _copy_reports(tmp_path / "reports")
    store = GraphStore(tmp_path / "store")
    first = build([str(p) for p in sorted(folder.iterdir())], store, jobs=2)
    assert first.count("added") == 31

    changed = folder / "2026_江苏省_政府工作报告.txt"
    changed.write_text(changed.read_text(encoding="utf-8") + "\n全年新增高新技术企业500家。\n", encoding="utf-8")
    second = build([str(p) for p in sorted(folder.iterdir())], store, jobs=2)
    assert second.count("updated") == 1 and second.count("unchanged") == 30
    assert [r.path for r in second.results if r.status == "updated"] == [str(changed)]

    fresh = GraphStore(tmp_path / "fresh")
    build([str(p) for p in sorted(folder.iterdir())], fresh, jobs=1)
    assert store.dump_nquads_sorted() == fresh.dump_nquads_sorted()


def test_prune_removes_documents_whose_files_are_gone(tmp_path):
    folder = _copy_reports(tmp_path / "reports")
    files = sorted(folder.iterdir())[:3]
    store = GraphStore(tmp_path / "store")
    build([str(p) for p in files], store)
    files[0].unlink()
    summary = build([str(p) for p in files[1:]], store, prune=True)
    assert summary.pruned == [str(files[0])]
    assert sorted(d["path"] for d in store.documents()) == [str(p) for p in files[1:]]


def _graphs(store: GraphStore) -> dict[str, set[str]]:
    by_graph: dict[str, set[str]] = {}
    for q in store.quads():
        by_graph.setdefault(q.graph_name.value, set()).add(str(q))
    return by_graph


def test_interrupted_build_leaves_only_whole_documents(tmp_path):
    folder = _copy_reports(tmp_path / "reports")
    for f in sorted(folder.iterdir()):  # twice the reports, so the interrupt lands mid-build
        (folder / f"copy-{f.name}").write_text(f.read_text(encoding="utf-8") + "\n（副本）\n", encoding="utf-8")
    store_dir = tmp_path / "store"
    proc = subprocess.Popen([sys.executable, "-m", "policykg", "build", str(folder), "--store", str(store_dir),
                             "--jobs", "1"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(5)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=120)
    assert proc.returncode in (0, 130), err

    interrupted = GraphStore(store_dir)
    stored = interrupted.documents()
    complete = GraphStore(tmp_path / "complete")
    build([d["path"] for d in stored], complete)
    assert _graphs(interrupted) == _graphs(complete)  # every stored document is whole, nothing else
    # and the interrupted store can be finished by running the build again
    build([str(p) for p in sorted(folder.iterdir())], interrupted)
    assert len(interrupted.documents()) == 62
    assert os.path.isdir(store_dir)
    assert isinstance(next(iter(interrupted.quads())), ox.Quad)


def test_a_graph_an_older_extractor_wrote_is_extracted_again(tmp_path):
    from policykg.extractor_version import extractor_version
    from policykg.ontology import PKG

    folder = _copy_reports(tmp_path / "reports")
    files = [str(p) for p in sorted(folder.iterdir())][:3]
    store = GraphStore(tmp_path / "store")
    build(files, store, jobs=1)
    reference = store.dump_nquads_sorted()
    assert {d["extractor"] for d in store.documents()} == {extractor_version()}

    # one document as an older policykg wrote it: another version, and a fact the new extractor no longer makes
    doc = store.documents()[0]
    store.store.update(f"""
        DELETE {{ GRAPH ?g {{ ?d <{PKG.extractorVersion}> ?v }} }}
        INSERT {{ GRAPH ?g {{ ?d <{PKG.extractorVersion}> "0000000000000000" ; <{PKG.genre}> "stale" }} }}
        WHERE {{ GRAPH ?g {{ ?d <{PKG.extractorVersion}> ?v }} FILTER (?g = <{doc["graph"]}>) }}""")
    again = build(files, store, jobs=1)
    assert [r.path for r in again.results if r.status == "updated"] == [doc["path"]]
    assert again.count("unchanged") == 2
    assert store.dump_nquads_sorted() == reference  # the old graph is replaced whole, nothing left beside it
