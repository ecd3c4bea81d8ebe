"""Score extracted quantities against the gold files (dev tool, not part of the package).

Matching: overlapping spans + equal value (relative 1e-9) + equal unit, one-to-one, in text order.
Reports P/R/F1 and, over matched pairs, accuracy of kind, comparator, year, agency.

    python bench/score_quantities.py [--gold-dir DIR] [--corpus DIR] [--show]

Until `policykg.loaders.entities` exists, agency mentions come from a small regex for 市XX局/委
and an alias table below (dev only; the product gets mentions from the entity module).
"""
from __future__ import annotations

import argparse
import json
import re
import sys
from decimal import Decimal
from pathlib import Path

from policykg.loaders.agencies import document_context
from policykg.loaders.document import layout_facts
from policykg.loaders.normalise import normalise
from policykg.loaders.read import read_source
from policykg.loaders.quantities import extract_quantities
from policykg.loaders.structure import parse_structure
from policykg.model import Mention

SHARED = Path(__file__).resolve().parents[2] / "shared"
_DEV_ALIASES = {  # dev-only stand-in for the entity module
    "工信局": "工业和信息化局", "发改委": "发展和改革委员会", "科技局": "科学技术局",
    "商务局": "商务局", "财政局": "财政局",
}


def dev_agency_mentions(text: str, city: str | None) -> list[Mention]:
    out = []
    if not city:
        return out
    for m in re.finditer(r"市([\u4e00-\u9fff]{1,5}?(?:局|委))", text):
        full = _DEV_ALIASES.get(m.group(1))
        if full:
            out.append(Mention("Agency", city + full, m.start(), m.end(), m.group()))
    return out


def find_source(corpus: Path, name: str) -> Path:
    hits = list(corpus.rglob(name))
    if not hits:
        raise FileNotFoundError(name)
    return hits[0]


def entity_mentions(path: Path, text: str, view, structure, issuer: str | None, use_dev: bool = False):
    """Agency and industry mentions: the entity module when it exists, else the dev regex."""
    if not use_dev:
        try:
            from policykg.loaders.agencies import document_context
            from policykg.loaders.entities import extract_entities
            from policykg.loaders.read import read_source

            source = read_source(path)
            result = extract_entities(source, view, structure, document_context(source, structure))
            ms = result.mentions
            return [m for m in ms if m.cls == "Agency"], [m for m in ms if m.cls == "Industry"]
        except Exception as exc:  # noqa: BLE001 - the entity module is work in progress elsewhere
            print(f"(entity module unavailable: {type(exc).__name__}: {exc}; using the dev regex)", file=sys.stderr)
    city = None
    if issuer:
        m = re.match(r"(.{2,4}?市)", issuer)
        city = m.group(1) if m else None
    return dev_agency_mentions(text, city), []


def run_doc(gold_path: Path, corpus: Path, use_dev: bool = False):
    gold = json.loads(gold_path.read_text(encoding="utf-8"))
    path = find_source(corpus, gold["document"])
    text = path.read_text(encoding="utf-8")
    view = normalise(text)
    structure = parse_structure(text, view)
    # the document's issuer and year as the product reads them (policykg.pipeline.extract_record), not the gold's
    source = read_source(path)
    ctx = document_context(source, structure)
    issuer = ctx.issuer
    agencies, industries = entity_mentions(path, text, view, structure, issuer, use_dev)
    year = layout_facts(source, structure, ctx).year
    sys_q = extract_quantities(text, view, structure, agencies, issuer, year, industries)
    return gold, text, sys_q


def _same_value(a, b) -> bool:
    a, b = Decimal(str(a)), Decimal(str(b))
    return abs(a - b) <= Decimal("1e-9") * max(abs(a), abs(b), Decimal(1e-12))


def match(gold_q: list[dict], sys_q) -> list[tuple[int, int]]:
    pairs, used = [], set()
    for gi, g in enumerate(gold_q):
        for si, s in enumerate(sys_q):
            if si in used:
                continue
            if s.start < g["end"] and g["start"] < s.end and _same_value(s.value, g["value"]) \
                    and s.unit == g["unit"]:
                pairs.append((gi, si))
                used.add(si)
                break
    return pairs


def main(argv=None) -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--gold-dir", type=Path, default=SHARED / "eval" / "dev")
    ap.add_argument("--corpus", type=Path, default=SHARED / "corpus")
    ap.add_argument("--show", action="store_true", help="print misses, false positives and field errors")
    ap.add_argument("--dev-mentions", action="store_true", help="use the regex stand-in for agency mentions")
    args = ap.parse_args(argv)
    totals = {"gold": 0, "sys": 0, "tp": 0, "kind": 0, "comparator": 0, "year": 0, "agency": 0}
    for gold_path in sorted(args.gold_dir.glob("*.gold.json")):
        gold, text, sys_q = run_doc(gold_path, args.corpus, args.dev_mentions)
        gq = gold["quantities"]
        pairs = match(gq, sys_q)
        counts = {"kind": 0, "comparator": 0, "year": 0, "agency": 0}
        for gi, si in pairs:
            g, s = gq[gi], sys_q[si]
            for f in counts:
                if getattr(s, f) == g.get(f):
                    counts[f] += 1
                elif args.show:
                    print(f"  {f:10} {g['text']!r:16} gold={g.get(f)!r} sys={getattr(s, f)!r}"
                          f"  | {text[max(0, g['start'] - 20):g['end'] + 4]!r}")
        if args.show:
            matched_g = {gi for gi, _ in pairs}
            matched_s = {si for _, si in pairs}
            for gi, g in enumerate(gq):
                if gi not in matched_g:
                    print(f"  MISS {g['text']!r} {g['value']} {g['unit']} | {text[max(0, g['start'] - 20):g['end'] + 4]!r}")
            for si, s in enumerate(sys_q):
                if si not in matched_s:
                    print(f"  FP   {s.text!r} {s.value} {s.unit} | {text[max(0, s.start - 20):s.end + 4]!r}")
        n = len(pairs)
        p = n / len(sys_q) if sys_q else 0.0
        r = n / len(gq) if gq else 0.0
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        acc = " ".join(f"{k}={v / n:.3f}" if n else f"{k}=n/a" for k, v in counts.items())
        print(f"{gold['document']}: gold={len(gq)} sys={len(sys_q)} tp={n} P={p:.3f} R={r:.3f} F1={f1:.3f} {acc}")
        totals["gold"] += len(gq)
        totals["sys"] += len(sys_q)
        totals["tp"] += n
        for k in counts:
            totals[k] += counts[k]
    n = totals["tp"]
    p = n / totals["sys"] if totals["sys"] else 0.0
    r = n / totals["gold"] if totals["gold"] else 0.0
    f1 = 2 * p * r / (p + r) if p + r else 0.0
    acc = " ".join(f"{k}={totals[k] / n:.3f}" for k in ("kind", "comparator", "year", "agency")) if n else ""
    print(f"ALL: gold={totals['gold']} sys={totals['sys']} tp={n} P={p:.3f} R={r:.3f} F1={f1:.3f} {acc}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
