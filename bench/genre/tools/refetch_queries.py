"""Print, for each page of the genre sets named, its address and three queries for the search tool's stored pages,
built from the page's gold names and figures, to find the page again when its text is lost.

    python bench/genre/tools/refetch_queries.py TEXTS SET...

A page whose cut text is already at TEXTS/SET/docs is marked ALREADY-OK. Save the excerpt the search returns for the
page's address as RAW/SET/FILE, exactly as returned, then cut it with align_excerpt.py (--raw RAW/SET --out
TEXTS/SET/docs). Addresses themselves do not find pages: the queries are the page's own words.
REFETCH.tsv holds, for each page found in the twentieth session, the query that found it (printed first, as `q0`)
and where its text began in the excerpt (`start`, for align_excerpt.py --start).
"""
from __future__ import annotations

import csv
import json
import sys
from pathlib import Path

GENRE = Path(__file__).resolve().parents[1]


def queries(row: dict, gold: dict) -> list[str]:
    e = gold["entities"]
    names = sorted({x for k in ("initiatives", "parks", "cited_documents", "industries") for x in e.get(k, [])},
                   key=len, reverse=True)
    figures = [q["text"] for q in gold.get("quantities", [])]
    persons = [p["name"] if isinstance(p, dict) else p for p in e.get("persons", [])]
    issuer = row.get("issuer", "")
    stem = row["file"].split("_", 1)[-1].rsplit(".", 1)[0].replace("_", " ")
    return [" ".join([issuer, stem, *names[:2]]), " ".join([issuer, *names[:4], *figures[:2]]),
            " ".join([issuer, *persons[:2], *e.get("agencies", [])[:3], *figures[2:4]])]


def found_before() -> dict[tuple[str, str], dict]:
    """REFETCH.tsv's rows by (set, file): the query that found each page, and its cut's start in the excerpt."""
    with open(GENRE / "REFETCH.tsv", encoding="utf-8") as fh:
        return {(r["set"], r["file"]): r for r in csv.DictReader(fh, delimiter="\t")}


def main() -> None:
    texts, sets = Path(sys.argv[1]), sys.argv[2:]
    before = found_before()
    for s in sets:
        for row in csv.DictReader(open(GENRE / s / "MANIFEST.tsv", encoding="utf-8"), delimiter="\t"):
            f = row["file"]
            gold = json.loads((GENRE / s / f"{f}.gold.json").read_text(encoding="utf-8"))
            status = "ALREADY-OK" if (texts / s / "docs" / f).exists() else "TODO"
            print(f"{s}\t{f}\t{status}\n  url: {row['url']}")
            last = before.get((s, f))
            if last and last["status"] != "NOT-FOUND":
                print(f"  q0: {last['query']}\n  start: {last['cut_start']}  (found at {last['address']})")
            for i, q in enumerate(queries(row, gold), 1):
                print(f"  q{i}: {q[:300]}")


if __name__ == "__main__":
    main()
