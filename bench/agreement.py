"""Agreement between two gold files of one document, per entity category, with the matching that
`policykg eval` uses (canonical names after whitespace and bracket normalisation): the F1 of one
annotator against the other. It bounds what the extractor's F1 against either can mean.

    python bench/agreement.py bench/heldout3/2026_天津市_政府工作报告.txt.gold.json \
        bench/heldout3/second_annotator/2026_天津市_政府工作报告.txt.gold.json
"""
from __future__ import annotations

import json
import sys

from policykg.evaluate import CATEGORIES, _norm


def names(gold: dict, category: str) -> set[str]:
    return {_norm(n["name"] if isinstance(n, dict) else n) for n in gold.get("entities", {}).get(category, [])}


def main(first: str, second: str) -> None:
    a = json.load(open(first, encoding="utf-8"))
    b = json.load(open(second, encoding="utf-8"))
    print(f"{'category':16} {'first':>6} {'second':>6} {'both':>5}  F1")
    for category in CATEGORIES:
        x, y = names(a, category), names(b, category)
        both = len(x & y)
        f1 = 2 * both / (len(x) + len(y)) if x or y else 1.0
        print(f"{category:16} {len(x):6} {len(y):6} {both:5}  {f1:.3f}")


if __name__ == "__main__":
    main(*sys.argv[1:3])
