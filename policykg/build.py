"""Build a store from files: incremental (by sha256 per path), parallel, one transaction per document.

Workers read and extract and return N-Quads bytes; only the main process writes, in input
order, so `--jobs N` gives the same store as `--jobs 1`.
"""
from __future__ import annotations

import hashlib
import os
import traceback
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path


from policykg.extractor_version import stored_version
from policykg.loaders.read import MAX_FILE_BYTES, ReadError, read_source, supported_suffixes
from policykg.ontology import graph_iri
from policykg.ontology.mapping import document_nquads
from policykg.store import GraphStore


@dataclass(frozen=True)
class FileResult:
    path: str
    status: str  # "added", "updated", "unchanged", "duplicate", "failed"
    reason: str = ""
    sha256: str = ""
    triples: int = 0
    nquads: bytes = b""  # the document's graph, for the writer (not kept in summaries)


@dataclass
class BuildSummary:
    results: list[FileResult] = field(default_factory=list)
    pruned: list[str] = field(default_factory=list)

    def count(self, status: str) -> int:
        return sum(1 for r in self.results if r.status == status)

    @property
    def failed(self) -> list[FileResult]:
        return [r for r in self.results if r.status == "failed"]


def collect_files(paths: Iterable[str]) -> tuple[list[str], list[str]]:
    """Files named and, under directories, every file of a supported type (hidden ones skipped).

    Returns (files, missing paths).
    """
    files, missing = [], []
    suffixes = supported_suffixes()
    for given in paths:
        p = Path(given)
        if p.is_dir():
            found = []
            for root, dirs, names in os.walk(p, followlinks=False):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if not name.startswith(".") and Path(name).suffix.lower() in suffixes:
                        found.append(str(Path(root) / name))
            files.extend(found)
        elif p.exists() or p.is_symlink():
            files.append(str(p))
        else:
            missing.append(given)
    return list(dict.fromkeys(os.path.abspath(f) for f in files)), missing


def _sha256_of(path: str) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def process_file(path: str, known_sha: str | None = None, max_bytes: int = MAX_FILE_BYTES,
                 given: tuple[tuple[str, str], ...] = ()) -> FileResult:
    """Read and extract one file (runs in a worker); never raises. `given`: what the user states about it."""
    try:
        if known_sha is not None and os.path.isfile(path) and os.path.getsize(path) <= max_bytes:
            if _sha256_of(path) == known_sha:
                return FileResult(path, "unchanged", sha256=known_sha)
        from policykg.pipeline import extract_record

        source = read_source(path, max_bytes=max_bytes, given=given)
        data = document_nquads(extract_record(source))
        return FileResult(path, "added", sha256=source.sha256, triples=data.count(b"\n"), nquads=data)
    except ReadError as exc:
        return FileResult(path, "failed", reason=str(exc))
    except RecursionError:
        return FileResult(path, "failed", reason="is too deeply nested to read")
    except MemoryError:
        return FileResult(path, "failed", reason="is too large to process in memory")
    except Exception as exc:  # a bug in an extractor must not stop the build; say so plainly
        detail = traceback.format_exception_only(type(exc), exc)[-1].strip()
        return FileResult(path, "failed", reason=f"internal error while extracting ({detail}); please report it")


def _star_process(args):
    return process_file(*args)


def _bounded_map(executor: ProcessPoolExecutor, tasks: list, window: int):
    """Like executor.map, in order, but with at most `window` files in flight, so results waiting
    for the writer never pile up in memory when extraction outruns the store."""
    pending: deque = deque()
    for task in tasks:
        pending.append(executor.submit(_star_process, task))
        if len(pending) >= window:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()


def build(
    paths: Iterable[str],
    store: GraphStore,
    jobs: int = 1,
    prune: bool = False,
    max_bytes: int = MAX_FILE_BYTES,
    on_result: Callable[[FileResult], None] | None = None,
    metadata: dict[str, tuple[tuple[str, str], ...]] | None = None,
) -> BuildSummary:
    """`metadata`: what the user states about files (absolute path -> fields, see policykg.metadata)."""
    files = list(paths)
    metadata = metadata or {}
    summary = BuildSummary()
    stored = store.documents()
    by_path: dict[str, list[dict]] = {}
    for d in stored:
        by_path.setdefault(d["path"], []).append(d)
    sha_owner = {d["sha256"]: d["path"] for d in stored}

    # documents an older extractor wrote, or written under other stated facts, are extracted again,
    # even from unchanged bytes
    stale = {d["sha256"] for d in stored if d.get("extractor") != stored_version(metadata.get(d["path"], ()))}

    def known(path: str) -> str | None:
        docs = by_path.get(path, [])
        if len(docs) != 1 or docs[0]["sha256"] in stale:
            return None  # two graphs for a path, or an older extractor's graph: rebuild it
        return docs[0]["sha256"]

    tasks = [(f, known(f), max_bytes, metadata.get(f, ())) for f in files]
    if jobs > 1 and len(tasks) > 1:
        executor = ProcessPoolExecutor(max_workers=jobs)
        results = _bounded_map(executor, tasks, window=jobs * 8)
    else:
        executor = None
        results = map(_star_process, tasks)
    writer = _BatchWriter(store, by_path, sha_owner, summary, on_result, stale)
    try:
        for result in results:
            writer.add(result)
        writer.commit()
    finally:
        if executor is not None:
            executor.shutdown(cancel_futures=True)

    if prune:
        for path, docs in sorted(by_path.items()):
            if not os.path.exists(path):
                for d in docs:
                    store.remove_graph(d["graph"])
                summary.pruned.append(path)
    store.flush()
    return summary


class _BatchWriter:
    """Writes documents in batches: one transaction holds several whole documents.

    The store's cost per transaction is high beside its cost per quad, so committing ~50k quads at
    a time is much faster than one document at a time, and a document is still never half-written.
    Results are reported once their batch is committed.
    """

    MAX_QUADS = 50_000
    MAX_DOCS = 64

    def __init__(self, store: GraphStore, by_path, sha_owner, summary: BuildSummary, on_result, stale=frozenset()):
        self.store, self.by_path, self.sha_owner = store, by_path, sha_owner
        self.summary, self.on_result = summary, on_result
        self.stale = set(stale)  # shas whose stored graph an older extractor wrote
        self.pending: list[tuple[FileResult, list[str], bool]] = []  # result, graphs it replaces, updated
        self.pending_quads = 0

    def _report(self, result: FileResult) -> None:
        self.summary.results.append(result)
        if self.on_result:
            self.on_result(result)

    def add(self, r: FileResult) -> None:
        if r.status != "added":
            self._report(r)
            return
        owner = self.sha_owner.get(r.sha256)
        if owner and owner != r.path and os.path.exists(owner):
            self._report(FileResult(r.path, "duplicate", reason=f"same bytes as {owner}", sha256=r.sha256))
            return
        old = [d["graph"] for d in self.by_path.get(r.path, []) if d["sha256"] != r.sha256]
        if owner == r.path and r.sha256 in self.stale:
            # same bytes, older extractor: its graph (same IRI) goes first, like a moved file's; if the build
            # stops in between, the next build finds the file unstored and adds it
            self.stale.discard(r.sha256)
            self.commit()
            self.store.remove_graph(graph_iri(r.sha256))
            self.pending.append((r, [], True))
            self.pending_quads += r.triples
            if self.pending_quads >= self.MAX_QUADS or len(self.pending) >= self.MAX_DOCS:
                self.commit()
            return
        if owner == r.path:  # same content already stored under this path (e.g. a leftover twin graph)
            for graph in old:
                self.store.remove_graph(graph)
            self._report(FileResult(r.path, "unchanged", sha256=r.sha256))
            return
        if owner:  # the file moved: its old graph (same IRI, old path) goes first
            self.commit()
            self.store.remove_graph(graph_iri(r.sha256))
        self.sha_owner[r.sha256] = r.path
        self.by_path[r.path] = [{"graph": None, "path": r.path, "sha256": r.sha256}]
        self.pending.append((r, old, bool(old)))
        self.pending_quads += r.triples
        if self.pending_quads >= self.MAX_QUADS or len(self.pending) >= self.MAX_DOCS:
            self.commit()

    def commit(self) -> None:
        if not self.pending:
            return
        self.store.load_document(b"".join(r.nquads for r, _, _ in self.pending))
        for r, old, updated in self.pending:
            for graph in old:
                self.store.remove_graph(graph)
            status = "updated" if updated else "added"
            self._report(FileResult(r.path, status, sha256=r.sha256, triples=r.triples))
        self.pending, self.pending_quads = [], 0
