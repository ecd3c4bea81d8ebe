"""Benchmark `policykg build`: the 31 work reports, and a synthetic corpus of recombined paragraphs.

Usage:  python bench/bench_build.py [--docs 10000] [--jobs 1 2] [--corpus ../shared/corpus]

For each --jobs value: a cold build of the synthetic corpus, then an incremental rebuild after
changing 1% of its files; prints documents/s, MB/s of text, peak memory (this process and its
workers, max RSS) and the incremental/cold time ratio. Each build runs in a fresh subprocess so
peak-memory figures do not carry over between runs.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from policykg.extractor_version import extractor_version

HERE = Path(__file__).resolve().parent
DEFAULT_CORPUS = HERE.parent.parent / "shared" / "corpus"

_RUNNER = """
import json, resource, sys, time
from policykg.build import build, collect_files
from policykg.store import GraphStore
files, _ = collect_files([sys.argv[1]])
store = GraphStore(sys.argv[2])
t = time.perf_counter()
s = build(files, store, jobs=int(sys.argv[3]))
elapsed = time.perf_counter() - t
peak_self = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
peak_children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"seconds": elapsed, "files": len(files), "added": s.count("added"),
                  "updated": s.count("updated"), "unchanged": s.count("unchanged"),
                  "failed": len(s.failed), "triples": len(store),
                  "peak_main_mb": peak_self, "peak_worker_mb": peak_children}))
"""


def run_build(folder: Path, store: Path, jobs: int) -> dict:
    out = subprocess.run([sys.executable, "-c", _RUNNER, str(folder), str(store), str(jobs)],
                         capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def make_synthetic(corpus: Path, target: Path, n_docs: int, seed: int = 7) -> int:
    """Documents of 6–14 paragraphs drawn from the real reports, each with a report-like header."""
    rng = random.Random(seed)
    paragraphs = []
    for f in sorted((corpus / "govreports").glob("*.txt")):
        for line in f.read_text(encoding="utf-8").splitlines():
            if len(line) > 60:
                paragraphs.append(line)
    provinces = [f.name.split("_")[1] for f in sorted((corpus / "govreports").glob("*.txt"))]
    total = 0
    for i in range(n_docs):
        province = rng.choice(provinces)
        body = "\n".join(rng.sample(paragraphs, rng.randint(6, 14)))
        text = (f"2026年{province}政府工作报告\n——2026年1月20日在{province}第十四届人民代表大会第四次会议上\n"
                f"各位代表：\n一、2025年工作回顾\n{body}\n")
        path = target / f"{i // 1000:02d}" / f"2026_{province}_{i:05d}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def change_some(target: Path, fraction: float, seed: int = 11) -> int:
    files = sorted(target.rglob("*.txt"))
    rng = random.Random(seed)
    chosen = rng.sample(files, max(1, int(len(files) * fraction)))
    for f in chosen:
        f.write_text(f.read_text(encoding="utf-8") + "\n全年新增企业12家。\n", encoding="utf-8")
    return len(chosen)


def report(label: str, r: dict, mbytes: float) -> None:
    docs = r["files"]
    print(f"{label:<40} {r['seconds']:8.1f} s  {docs / r['seconds']:8.1f} docs/s  "
          f"{mbytes / r['seconds']:6.2f} MB/s  peak main {r['peak_main_mb']:.0f} MB, "
          f"worker {r['peak_worker_mb']:.0f} MB  (added {r['added']}, updated {r['updated']}, "
          f"unchanged {r['unchanged']}, failed {r['failed']}, triples {r['triples']})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=10000)
    ap.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--keep", type=Path, help="keep the synthetic corpus and stores here")
    args = ap.parse_args()

    version = extractor_version()
    work = args.keep or Path(tempfile.mkdtemp(prefix="policykg-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        reports = args.corpus / "govreports"
        rep_mb = sum(f.stat().st_size for f in reports.glob("*.txt")) / 1e6
        for jobs in args.jobs:
            r = run_build(reports, work / f"reports-store-j{jobs}", jobs)
            report(f"31 work reports, cold, --jobs {jobs}", r, rep_mb)

        synth = work / "synthetic"
        shutil.rmtree(synth, ignore_errors=True)
        mb = make_synthetic(args.corpus, synth, args.docs) / 1e6
        print(f"synthetic corpus: {args.docs} documents, {mb:.1f} MB")
        for jobs in args.jobs:
            store = work / f"synthetic-store-j{jobs}"
            shutil.rmtree(store, ignore_errors=True)
            cold = run_build(synth, store, jobs)
            report(f"synthetic, cold, --jobs {jobs}", cold, mb)
            # change 1% of the files in place, rebuild, then restore them for the next --jobs value
            backup = {f: f.read_bytes() for f in synth.rglob("*.txt")}
            n = change_some(synth, 0.01)
            if extractor_version() != version:
                # a changed extractor re-extracts every stored document: the run would measure a full
                # rebuild, not an incremental one (minutes, where 1% changed takes seconds)
                sys.exit("the extraction code (loaders/, ontology/) changed while the benchmark ran, so an "
                         "incremental build would re-extract every document; run it again without editing them")
            inc = run_build(synth, store, jobs)
            report(f"synthetic, incremental ({n} changed), --jobs {jobs}", inc, mb)
            if inc["updated"] != n:
                print(f"  warning: {inc['updated']} documents were rebuilt, not the {n} changed")
            print(f"  incremental / cold time ratio: {inc['seconds'] / cold['seconds']:.3f}")
            for f, data in backup.items():
                f.write_bytes(data)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
