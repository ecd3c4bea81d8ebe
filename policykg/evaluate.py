"""Score the graph built from documents against gold annotations (shared/eval/GUIDELINES.md).

The documents that have gold files are built into a fresh temporary store and read back with
SPARQL, so what is scored is what the graph holds, not an intermediate record.
Quantities match when they are in the same document, their spans overlap, their values are equal
(relative 1e-9) and their units are equal; each gold quantity matches at most one prediction.
Entities match by canonical name or any alias (white space ignored).
"""
from __future__ import annotations

import json
import re
import tempfile
from decimal import Decimal
from pathlib import Path

from policykg.loaders.normalise import NAME_WIDTHS
from policykg.metadata import read_metadata
from policykg.ontology import PKG_NS
from policykg.store import GraphStore

CATEGORIES = {
    "agencies": "Agency",
    "areas": "Area",
    "parks": "Park",
    "industries": "Industry",
    "initiatives": "Initiative",
    "cited_documents": "CitedDocument",
    "persons": "Person",
}
ATTRIBUTES = ("kind", "comparator", "year", "agency")

_QUANTITIES = f"""
PREFIX pkg: <{PKG_NS}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?doc ?q ?start ?end ?text ?value ?valueMax ?unit ?comparator ?year ?agencyName ?metric ?target WHERE {{
  ?q a pkg:Quantity ; pkg:inDocument ?doc ; pkg:start ?start ; pkg:end ?end ; pkg:text ?text ;
     pkg:value ?value ; pkg:unit ?unit ; pkg:comparator ?comparator .
  OPTIONAL {{ ?q pkg:valueMax ?valueMax }}
  OPTIONAL {{ ?q pkg:year ?year }}
  OPTIONAL {{ ?q pkg:metric ?metric }}
  OPTIONAL {{ ?q pkg:agency/skos:prefLabel ?agencyName }}
  BIND(EXISTS {{ ?q a pkg:Target }} AS ?target)
}}"""

_ENTITIES = f"""
PREFIX pkg: <{PKG_NS}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?doc ?e ?cls ?label ?alias WHERE {{
  ?doc pkg:mentions ?e . ?e a ?cls ; skos:prefLabel ?label .
  OPTIONAL {{ ?e skos:altLabel ?alias }}
}}"""

_ISSUER = f"""
PREFIX pkg: <{PKG_NS}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?doc ?name WHERE {{ ?doc pkg:issuedBy/skos:prefLabel ?name }}"""

_DOC = f"PREFIX pkg: <{PKG_NS}> SELECT ?doc ?file WHERE {{ ?doc a pkg:Document ; pkg:sourceFile ?file }}"


def match_key(name: str) -> str:
    """The form two names are compared in: no white space; brackets and clause marks full-width, digits, letters and
    signs ASCII, as the reader's view writes them (“互联网＋医疗健康” is “互联网+医疗健康”)."""
    return re.sub(r"\s+", "", name).translate(NAME_WIDTHS)


def _prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict:
    p = tp_pred / n_pred if n_pred else (1.0 if not n_gold else 0.0)
    r = tp_gold / n_gold if n_gold else 1.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
            "gold": n_gold, "predicted": n_pred, "tp_gold": tp_gold, "tp_predicted": tp_pred}


def _same_value(a: Decimal, b: Decimal) -> bool:
    if a == b:
        return True
    scale = max(abs(a), abs(b))
    return scale > 0 and abs(a - b) / scale <= Decimal("1e-9")


def _read_doc(store: GraphStore, file_name: str):
    import pyoxigraph as ox

    rows = list(store.query(_DOC, {"file": ox.Literal(file_name)}))
    if not rows:
        return None, [], {}, None  # (a file whose build failed: nothing predicted, scored as such)
    doc = rows[0]["doc"]
    quantities = []
    for r in store.query(_QUANTITIES, {"doc": doc}):
        quantities.append({
            "start": int(r["start"].value), "end": int(r["end"].value), "text": r["text"].value,
            "value": Decimal(r["value"].value),
            "value_max": Decimal(r["valueMax"].value) if r["valueMax"] else None,
            "unit": r["unit"].value, "comparator": r["comparator"].value,
            "year": int(r["year"].value[:4]) if r["year"] else None,
            "agency": r["agencyName"].value if r["agencyName"] else None,
            "metric": r["metric"].value if r["metric"] else None,
            "kind": "target" if r["target"].value == "true" else "observation",
        })
    quantities.sort(key=lambda q: (q["start"], q["end"]))
    entities: dict[str, dict[str, set[str]]] = {}
    for r in store.query(_ENTITIES, {"doc": doc}):
        cls = r["cls"].value[len(PKG_NS):] if r["cls"].value.startswith(PKG_NS) else None
        if cls is None:
            continue
        names = entities.setdefault(cls, {}).setdefault(r["e"].value, set())
        names.add(match_key(r["label"].value))
        if r["alias"]:
            names.add(match_key(r["alias"].value))
    issuer = [r["name"].value for r in store.query(_ISSUER, {"doc": doc})]
    return doc, quantities, entities, issuer


def match_quantities(gold: list[dict], pred: list[dict]) -> list[tuple[int, int]]:
    """Pairs (gold index, predicted index), one-to-one, closest spans first."""
    candidates = []
    for gi, g in enumerate(gold):
        for pi, p in enumerate(pred):
            if p["start"] < g["end"] and g["start"] < p["end"] and p["unit"] == g["unit"] \
                    and _same_value(p["value"], Decimal(str(g["value"]))):
                candidates.append((abs(p["start"] - g["start"]) + abs(p["end"] - g["end"]), gi, pi))
    used_g, used_p, pairs = set(), set(), []
    for _, gi, pi in sorted(candidates):
        if gi not in used_g and pi not in used_p:
            used_g.add(gi)
            used_p.add(pi)
            pairs.append((gi, pi))
    return sorted(pairs)


def _score_entities(gold_names: list[str], predicted: dict[str, set[str]]) -> tuple[dict, list, list]:
    gold_norm = [match_key(n) for n in gold_names]
    gold_set = set(gold_norm)
    tp_gold = sum(1 for g in gold_norm if any(g in names for names in predicted.values()))
    tp_pred = sum(1 for names in predicted.values() if names & gold_set)
    misses = [g for g in gold_norm if not any(g in names for names in predicted.values())]
    extras = sorted(min(names, key=len) for names in predicted.values() if not names & gold_set)
    return _prf(tp_pred, len(predicted), tp_gold, len(gold_norm)), misses, extras


def find_document(corpus: Path, name: str) -> Path | None:
    hits = sorted(corpus.rglob(name))
    return hits[0] if hits else None


def evaluate_dir(gold_dir: Path, corpus: Path, metadata_table: Path | None = None) -> dict:
    """Build the gold documents found under `corpus` into a scratch store and score them; `metadata_table`
    states facts about the files as for `build --metadata`."""
    gold_files = sorted(Path(gold_dir).glob("*.gold.json"))
    if not gold_files:
        raise ValueError(f"no *.gold.json files in {gold_dir}")
    golds = []
    for gf in gold_files:
        gold = json.loads(gf.read_text(encoding="utf-8"))
        path = find_document(Path(corpus), gold["document"])
        if path is None:
            raise ValueError(f"{gold['document']} (from {gf.name}) not found under {corpus}")
        golds.append((gold, path))

    from policykg.build import build

    # the store's files may still be held open when the directory goes: never fail on cleanup
    with tempfile.TemporaryDirectory(prefix="policykg-eval-", ignore_cleanup_errors=True) as tmp:
        store = GraphStore(Path(tmp) / "store")
        files = [str(p.resolve()) for _, p in golds]
        metadata = read_metadata(metadata_table, files).by_path if metadata_table else None
        summary = build(files, store, jobs=1, metadata=metadata)
        failures = {r.path: r.reason for r in summary.failed}
        report = _score(golds, store, failures)
        del store
        return report


def _score(golds, store: GraphStore, failures: dict) -> dict:
    totals = {"quantities": [0, 0, 0, 0]}
    attr_hits = {a: 0 for a in ATTRIBUTES}
    matched_total = 0
    ent_totals = {c: [0, 0, 0, 0] for c in CATEGORIES}
    documents = []
    for gold, path in golds:
        doc, pred_q, pred_e, issuer = _read_doc(store, gold["document"])
        # a gold file that leaves quantities out (or null) annotates entities only: its quantities are not scored
        scored_quantities = gold.get("quantities") is not None
        gold_q = gold["quantities"] if scored_quantities else []
        if not scored_quantities:
            pred_q = []
        pairs = match_quantities(gold_q, pred_q)
        d = {"document": gold["document"], "error": failures.get(str(path.resolve())),
             "issuer": {"gold": gold.get("issuer"), "predicted": issuer}}
        d["quantities"] = _prf(len(pairs), len(pred_q), len(pairs), len(gold_q))
        d["quantities_scored"] = scored_quantities
        t = totals["quantities"]
        t[0] += len(pairs); t[1] += len(pred_q); t[2] += len(pairs); t[3] += len(gold_q)
        wrong = []
        for gi, pi in pairs:
            g, p = gold_q[gi], pred_q[pi]
            matched_total += 1
            for a in ATTRIBUTES:
                if g.get(a) == p.get(a):
                    attr_hits[a] += 1
                else:
                    wrong.append({"attribute": a, "text": g["text"], "start": g["start"],
                                  "gold": g.get(a), "predicted": p.get(a)})
        matched_g = {gi for gi, _ in pairs}
        matched_p = {pi for _, pi in pairs}
        d["missed_quantities"] = [{"start": g["start"], "text": g["text"], "value": g["value"], "unit": g["unit"]}
                                  for i, g in enumerate(gold_q) if i not in matched_g]
        d["spurious_quantities"] = [{"start": p["start"], "text": p["text"], "value": str(p["value"]),
                                     "unit": p["unit"]} for i, p in enumerate(pred_q) if i not in matched_p]
        d["attribute_errors"] = wrong
        d["entities"] = {}
        for cat, cls in CATEGORIES.items():
            names = gold.get("entities", {}).get(cat, [])
            if cat == "persons":
                names = [n["name"] if isinstance(n, dict) else n for n in names]
            scores, misses, extras = _score_entities(names, pred_e.get(cls, {}))
            d["entities"][cat] = {**scores, "missed": misses, "spurious": extras}
            et = ent_totals[cat]
            et[0] += scores["tp_predicted"]; et[1] += scores["predicted"]
            et[2] += scores["tp_gold"]; et[3] += scores["gold"]
        documents.append(d)
    summary = {
        "quantities": _prf(*totals["quantities"]),
        "attributes": {a: round(attr_hits[a] / matched_total, 4) if matched_total else None for a in ATTRIBUTES},
        "matched_quantities": matched_total,
        "entities": {cat: _prf(*v) for cat, v in ent_totals.items()},
    }
    return {"summary": summary, "documents": documents}


def render_report(report: dict, console, details: bool = False) -> None:
    from rich.table import Table

    if details:
        for d in report["documents"]:
            console.rule(d["document"])
            if d["error"]:
                console.print(f"[red]not built:[/red] {d['error']}")
            for m in d["missed_quantities"]:
                console.print(f"  missed   {m['start']:>6} {m['text']!r} {m['value']} {m['unit']}")
            for m in d["spurious_quantities"]:
                console.print(f"  spurious {m['start']:>6} {m['text']!r} {m['value']} {m['unit']}")
            for w in d["attribute_errors"]:
                console.print(f"  {w['attribute']:<10} {w['start']:>6} {w['text']!r} gold={w['gold']} got={w['predicted']}")
            for cat, s in d["entities"].items():
                if s["missed"] or s["spurious"]:
                    console.print(f"  {cat}: missed {s['missed']}")
                    console.print(f"  {cat}: spurious {s['spurious']}")
    t = Table("document", "quantities P/R/F1", "issuer", title="per document", title_justify="left")
    for d in report["documents"]:
        q = d["quantities"]
        ok = d["issuer"]["gold"] in (d["issuer"]["predicted"] or [])
        t.add_row(d["document"], f"{q['precision']:.3f} / {q['recall']:.3f} / {q['f1']:.3f}"
                  if d.get("quantities_scored", True) else "not annotated",
                  "ok" if ok else f"got {d['issuer']['predicted']}")
    console.print(t)
    s = report["summary"]
    t = Table("measure", "precision", "recall", "F1", "gold", "predicted", title="summary (micro-averaged)",
              title_justify="left")
    q = s["quantities"]
    if any(d.get("quantities_scored", True) for d in report["documents"]):
        t.add_row("quantities", f"{q['precision']:.3f}", f"{q['recall']:.3f}", f"{q['f1']:.3f}", str(q["gold"]),
                  str(q["predicted"]))
    else:
        t.add_row("quantities", "not annotated", "", "", "", "")
    for cat, e in s["entities"].items():
        t.add_row(cat, f"{e['precision']:.3f}", f"{e['recall']:.3f}", f"{e['f1']:.3f}", str(e["gold"]),
                  str(e["predicted"]))
    console.print(t)
    attrs = ", ".join(f"{a} {v:.3f}" if v is not None else f"{a} n/a" for a, v in s["attributes"].items())
    if s["matched_quantities"]:
        console.print(f"accuracy over {s['matched_quantities']} matched quantities: {attrs}")
