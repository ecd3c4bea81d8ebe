"""Dev-set entity scores of the extraction stage alone (no store): per category P/R/F1 by canonical
name or alias, as shared/eval/GUIDELINES.md and policykg.evaluate match them.

    python bench/score_entities.py [--details] [--gold DIR] [--corpus DIR]
"""
from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from policykg.evaluate import match_key
from policykg.loaders.agencies import document_context
from policykg.loaders.document import layout_facts
from policykg.loaders.entities import extract_entities
from policykg.loaders.normalise import normalise
from policykg.loaders.read import read_source
from policykg.loaders.structure import parse_structure

CATS = {"agencies": "Agency", "areas": "Area", "parks": "Park", "industries": "Industry",
        "initiatives": "Initiative", "cited_documents": "CitedDocument", "persons": "Person"}


norm = match_key  # names are matched as policykg.evaluate matches them


def predicted(path: Path) -> dict[str, dict[str, set[str]]]:
    src = read_source(path)
    view = normalise(src.text)
    st = parse_structure(src.text, view)
    ctx = document_context(src, st)
    layout = layout_facts(src, st, ctx)
    res = extract_entities(src, view, st, ctx)
    mentioned = {(m.cls, m.key) for m in layout.mentions + res.mentions}
    mentioned |= {(r.cls, r.key) for r in layout.relations}
    out: dict[str, dict[str, set[str]]] = {}
    for e in layout.entities + res.entities:
        if (e.cls, e.key) not in mentioned:
            continue
        out.setdefault(e.cls, {}).setdefault(e.key, set()).update(norm(a) for a in {e.key, *e.aliases})
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold", default="/work/shared/eval/dev")
    ap.add_argument("--corpus", default="/work/shared/corpus")
    ap.add_argument("--details", action="store_true")
    args = ap.parse_args()
    totals = {c: [0, 0, 0, 0] for c in CATS}
    t0 = time.time()
    for gf in sorted(Path(args.gold).glob("*.gold.json")):
        gold = json.loads(gf.read_text(encoding="utf-8"))
        path = next(Path(args.corpus).rglob(gold["document"]))
        pred = predicted(path)
        print(f"== {gold['document']}")
        for cat, cls in CATS.items():
            names = [n["name"] if isinstance(n, dict) else n for n in gold["entities"].get(cat, [])]
            gs = {norm(n) for n in names}
            p = pred.get(cls, {})
            tp_g = sum(1 for g_ in gs if any(g_ in v for v in p.values()))
            tp_p = sum(1 for v in p.values() if v & gs)
            t = totals[cat]
            t[0] += tp_p; t[1] += len(p); t[2] += tp_g; t[3] += len(gs)
            print(f"  {cat:16} P {tp_p}/{len(p)}  R {tp_g}/{len(gs)}")
            if args.details:
                print("     missed:  ", [g_ for g_ in gs if not any(g_ in v for v in p.values())])
                print("     spurious:", sorted(k for k, v in p.items() if not v & gs))
    print(f"== overall ({time.time() - t0:.2f}s)")
    for cat, (tpp, npred, tpg, ngold) in totals.items():
        pr = tpp / npred if npred else 0.0
        rc = tpg / ngold if ngold else 0.0
        f = 2 * pr * rc / (pr + rc) if pr + rc else 0.0
        print(f"  {cat:16} P {pr:.3f}  R {rc:.3f}  F1 {f:.3f}")


if __name__ == "__main__":
    main()
