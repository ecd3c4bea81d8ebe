"""Time quantity and entity extraction over a corpus folder and print throughput and peak memory.

    python bench/bench_extract.py [CORPUS_DIR] [--repeat N]

Two timings, one core, no parallelism:
- `quantities`: `extract_quantities` alone (view and structure prepared beforehand);
- `pipeline`:   `normalise` + `parse_structure` + `extract_quantities`, i.e. what a build pays
  for this stage from the decoded text on;
- `entities`:   `extract_entities` alone (document context prepared beforehand); the target is
  at least 1 MB/s on one core.
Throughput is in MB of UTF-8 text per second and documents per second (best of N runs).
Peak memory: Python allocations during one pipeline pass (tracemalloc, run separately because it
slows everything down) and the process's maximum resident set size.
"""
from __future__ import annotations

import argparse
import re
import resource
import sys
import time
import tracemalloc
from pathlib import Path

from policykg.loaders.agencies import document_context
from policykg.loaders.entities import extract_entities
from policykg.loaders.normalise import normalise
from policykg.loaders.read import read_source
from policykg.loaders.quantities import extract_quantities
from policykg.loaders.structure import parse_structure

DEFAULT_CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


def _doc_year(path: Path, text: str) -> int | None:
    m = re.match(r"((?:19|20)\d{2})_", path.name) or re.search(r"〔((?:19|20)\d{2})〕", text[:2000])
    return int(m.group(1)) if m else None


def load(corpus: Path) -> list[tuple[Path, str]]:
    docs = []
    for p in sorted(corpus.rglob("*")):
        if p.is_file() and p.suffix in (".txt", ".md"):
            docs.append((p, p.read_text(encoding="utf-8")))
    return docs


def run_pipeline(docs) -> int:
    n = 0
    for path, text in docs:
        view = normalise(text)
        structure = parse_structure(text, view)
        n += len(extract_quantities(text, view, structure, (), None, _doc_year(path, text)))
    return n


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args(argv)
    docs = load(args.corpus)
    if not docs:
        print(f"no .txt/.md files under {args.corpus}", file=sys.stderr)
        return 1
    mb = sum(len(t.encode("utf-8")) for _, t in docs) / 1e6
    chars = sum(len(t) for _, t in docs)
    prepared = []
    for path, text in docs:
        view = normalise(text)
        prepared.append((path, text, view, parse_structure(text, view)))
    run_pipeline(docs[:1])  # warm the lexicon caches

    sources = [read_source(path) for path, *_ in prepared]
    contexts = [document_context(src, structure) for src, (_, _, _, structure) in zip(sources, prepared)]
    best_q, best_p, best_e, count = float("inf"), float("inf"), float("inf"), 0
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for src, (_, _, view, structure), ctx in zip(sources, prepared, contexts):
            extract_entities(src, view, structure, ctx)
        best_e = min(best_e, time.perf_counter() - t0)
        t0 = time.perf_counter()
        count = 0
        for path, text, view, structure in prepared:
            count += len(extract_quantities(text, view, structure, (), None, _doc_year(path, text)))
        best_q = min(best_q, time.perf_counter() - t0)
        t0 = time.perf_counter()
        run_pipeline(docs)
        best_p = min(best_p, time.perf_counter() - t0)

    tracemalloc.start()
    run_pipeline(docs)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss

    print(f"corpus      {args.corpus}: {len(docs)} documents, {chars:,} characters, {mb:.2f} MB UTF-8")
    print(f"quantities  {count} found")
    print(f"quantities  {best_q:.3f} s  {mb / best_q:.2f} MB/s  {len(docs) / best_q:.1f} docs/s  (best of {args.repeat})")
    print(f"pipeline    {best_p:.3f} s  {mb / best_p:.2f} MB/s  {len(docs) / best_p:.1f} docs/s  "
          f"(normalise + structure + quantities)")
    print(f"entities    {best_e:.3f} s  {mb / best_e:.2f} MB/s  {len(docs) / best_e:.1f} docs/s  (target >= 1 MB/s)")
    print(f"memory      peak Python allocations {peak / 1e6:.1f} MB (one pipeline pass), max RSS {rss_kb / 1024:.1f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
