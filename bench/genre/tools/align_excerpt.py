"""Cut a re-fetched page excerpt to the text an annotator excerpted, so that the gold offsets hold again.

    python bench/genre/tools/align_excerpt.py SET FILE --raw RAW_DIR --out OUT_DIR

RAW_DIR/FILE holds the search tool's excerpt of the page at the url in SET/MANIFEST.tsv, saved as returned. The
start is the shift at which every gold quantity span reads its text; a page without quantities starts where most
gold names (parks, industries, initiatives, cited documents) fall inside the cut, at a line's start. The cut is as
long as the manifest's `chars`. --start N cuts at N instead: REFETCH.tsv's cut_start, where the page's text began in
the excerpt saved last time (some pages without quantities were cut by hand after their set's NOTES.md). Prints OK when every span reads its text and the length is right, else CHECK.
"""
from __future__ import annotations

import argparse
import collections
import csv
import json
from pathlib import Path

GENRE = Path(__file__).resolve().parents[1]


def manifest_chars(set_name: str, file_name: str) -> int:
    with open(GENRE / set_name / "MANIFEST.tsv", encoding="utf-8") as fh:
        for row in csv.DictReader(fh, delimiter="\t"):
            if row["file"] == file_name:
                return int(row["chars"])
    raise SystemExit(f"{file_name} is not in {set_name}/MANIFEST.tsv")


def best_shift(raw: str, gold: dict, n: int) -> int:
    votes = collections.Counter()
    for q in gold["quantities"]:
        i = raw.find(q["text"])
        while i >= 0:
            votes[i - q["start"]] += 1
            i = raw.find(q["text"], i + 1)
    if votes:
        return max(votes.most_common(1)[0][0], 0)
    names = [x for k, v in gold["entities"].items() if k not in ("agencies", "areas", "persons") for x in v]
    scores = {s: sum(x in raw[s:s + n] for x in names) for s in range(0, max(1, len(raw) - n + 2))}
    top = max(scores.values())
    shifts = [s for s, v in scores.items() if v == top]
    return next((s for s in shifts if s == 0 or raw[s - 1] == "\n"), shifts[0])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set_name")
    ap.add_argument("file_name")
    ap.add_argument("--raw", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--start", type=int, help="cut here (REFETCH.tsv's cut_start) instead of the best shift")
    a = ap.parse_args()
    raw = (a.raw / a.file_name).read_text(encoding="utf-8")
    gold = json.loads((GENRE / a.set_name / f"{a.file_name}.gold.json").read_text(encoding="utf-8"))
    n = manifest_chars(a.set_name, a.file_name)
    shift = a.start if a.start is not None else best_shift(raw, gold, n)
    text = raw[shift:shift + n]
    if len(text) == n - 1:
        text += "\n"  # the annotator's file ended with a newline the excerpt lacks
    a.out.mkdir(parents=True, exist_ok=True)
    (a.out / a.file_name).write_text(text, encoding="utf-8")
    qs = gold["quantities"]
    ok = sum(text[q["start"]:q["end"]] == q["text"] for q in qs)
    status = "OK" if ok == len(qs) and len(text) == n else "CHECK"
    print(f"{status} {a.set_name}/{a.file_name}: shift {shift}, length {len(text)}/{n}, quantity spans {ok}/{len(qs)}")


if __name__ == "__main__":
    main()
