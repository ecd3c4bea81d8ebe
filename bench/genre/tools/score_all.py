"""Score every genre set whose page texts are at hand, and the report batches, and print the pooled figures.

    python bench/genre/tools/score_all.py TEXTS OUT            # TEXTS/SET/docs/<page files>, as align_excerpt.py cuts them
    python bench/genre/tools/score_all.py TEXTS OUT --compare OLD_OUT

Each set is scored with `policykg eval` over the pages found (a gold directory of their gold files is made in
TEXTS/SET/gold*), with their addresses as metadata; sets A and B are split into their dev (01–04) and pure (05–08)
files. OUT/<set>.json holds each report. The pooled rows add up the sets' counts (micro-averaged): genre dev and genre
pure as README.md assigns them. With --compare, the sets and batches whose figures differ are printed with both values.
Set PKG to another installation's `policykg` to score that one (a start commit's, in its own environment).
"""
from __future__ import annotations

import argparse
import csv
import json
import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

GENRE = Path(__file__).resolve().parents[1]
BENCH = GENRE.parent
# the pure sets (scores only; README.md's sections say when each arrived): their errors are never read
PURE = set("D E F I J L O P S T V Y Z AA AB AE AG AI AM AQ AR AT AV AX AZ BC BE BH BI BL BM BO BQ BR CA CC CE CG "
           "A_pure B_pure heldout3 heldout5 heldout7 heldout8 heldout11".split())
ENTITIES = ["agencies", "areas", "parks", "industries", "initiatives", "cited_documents", "persons"]
COLUMNS = ["quantities", *ENTITIES, "year", "kind", "agency"]


def jobs(texts: Path, shared: Path) -> list[tuple[str, list[str]]]:
    pkg = os.environ.get("PKG", "policykg")
    out = []
    for s in sorted(p.name for p in GENRE.iterdir() if (p / "MANIFEST.tsv").exists()):
        docs = texts / s / "docs"
        if not docs.is_dir():
            continue
        found = sorted(f.name for f in docs.iterdir())
        rows = [r for r in csv.DictReader(open(GENRE / s / "MANIFEST.tsv", encoding="utf-8"), delimiter="\t")
                if r["file"] in found]
        urls = texts / f"{s}.urls.tsv"
        with open(urls, "w", encoding="utf-8", newline="") as fh:
            w = csv.writer(fh, delimiter="\t")
            w.writerow(["file", "url"])
            w.writerows([r["file"], r["url"]] for r in rows)
        parts = {s: found} if s not in ("A", "B") else {
            s + "_dev": [f for f in found if f[:2] <= "04"], s + "_pure": [f for f in found if f[:2] > "04"]}
        for name, files in parts.items():
            gold = texts / s / ("gold" + name[len(s):])
            shutil.rmtree(gold, ignore_errors=True)
            gold.mkdir()
            for f in files:
                os.symlink(GENRE / s / f"{f}.gold.json", gold / f"{f}.gold.json")
            out.append((name, [pkg, "eval", str(gold), "--corpus", str(docs), "--metadata", str(urls), "--json"]))
    for b in sorted(p.name for p in BENCH.iterdir() if p.name.startswith("heldout")):
        out.append((b, [pkg, "eval", str(BENCH / b), "--corpus", str(shared / "corpus"), "--json"]))
    out.append(("dev", [pkg, "eval", str(shared / "eval" / "dev"), "--json"]))
    return out


def figures(report: dict) -> dict[str, float | None]:
    s = report["summary"]
    row = {"quantities": s["quantities"]["f1"], **{e: s["entities"][e]["f1"] for e in ENTITIES}}
    row.update({k: s["attributes"].get(k) for k in ("year", "kind", "agency")})
    issuers = [d["issuer"] for d in report["documents"] if d.get("issuer") and d["issuer"].get("gold")]
    row["issuer"] = f"{sum(i['gold'] in (i['predicted'] or []) for i in issuers)}/{len(issuers)}"
    return row


def pooled(reports: dict[str, dict], group: str) -> dict[str, float]:
    counts: dict[str, list[float]] = {}
    for name, r in reports.items():
        if name == "dev" or name.startswith("heldout") or (name in PURE) != (group == "pure"):
            continue
        s = r["summary"]
        for c in ["quantities", *ENTITIES]:
            x = s["quantities"] if c == "quantities" else s["entities"][c]
            acc = counts.setdefault(c, [0, 0, 0, 0])
            for i, k in enumerate(("tp_predicted", "predicted", "tp_gold", "gold")):
                acc[i] += x[k]
        for c in ("year", "kind", "agency"):
            if s["attributes"].get(c) is not None:
                acc = counts.setdefault(c, [0, 0])
                acc[0] += s["attributes"][c] * s["matched_quantities"]
                acc[1] += s["matched_quantities"]
    out = {}
    for c, a in counts.items():
        if len(a) == 2:
            out[c] = a[0] / a[1] if a[1] else 0.0
        else:
            p = a[0] / a[1] if a[1] else 1.0
            r = a[2] / a[3] if a[3] else 1.0
            out[c] = 2 * p * r / (p + r) if p + r else 0.0
    return out


def cell(v) -> str:
    return "-" if v is None else v if isinstance(v, str) else f"{v:.3f}"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("texts", type=Path)
    ap.add_argument("out", type=Path)
    ap.add_argument("--compare", type=Path, help="an earlier OUT to compare with")
    ap.add_argument("--shared", type=Path, default=BENCH.parents[1] / "shared")
    a = ap.parse_args()
    a.out.mkdir(parents=True, exist_ok=True)

    def run(job):
        name, cmd = job
        r = subprocess.run(cmd, capture_output=True, text=True)
        (a.out / f"{name}.json").write_text(r.stdout, encoding="utf-8")
        return name, r.returncode, r.stderr

    with ThreadPoolExecutor(4) as ex:
        for name, rc, err in ex.map(run, jobs(a.texts, a.shared)):
            if rc:
                print(f"{name}: policykg eval failed: {err.strip()[-300:]}")
    load = lambda d: {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted(d.glob("*.json"))
                      if p.read_text(encoding="utf-8").strip()}
    new = load(a.out)
    old = load(a.compare) if a.compare else None
    print("| set | " + " | ".join(COLUMNS) + " | issuer |")
    for name, report in new.items():
        row = figures(report)
        before = figures(old[name]) if old and name in old else None
        if old is not None and (before is None or before == row):
            continue
        print(f"| {name} | " + " | ".join(cell(row[c]) if before is None or before[c] == row[c] else
                                        f"{cell(before[c])} → {cell(row[c])}" for c in [*COLUMNS, "issuer"]) + " |")
    for group in ("dev", "pure"):
        now = pooled(new, group)
        then = pooled({k: v for k, v in old.items() if k in new}, group) if old else None
        print(f"| genre {group} pooled | " + " | ".join(
            cell(now.get(c)) if not then or round(then.get(c, 0), 3) == round(now.get(c, 0), 3) else
            f"{cell(then.get(c))} → {cell(now.get(c))}" for c in COLUMNS) + " | |")


if __name__ == "__main__":
    main()
