"""Counts over the store: by class, by document, and industries shared across issuers."""
from __future__ import annotations

from policykg.ontology import PKG, PKG_NS
from policykg.store import GraphStore

_CLASS_COUNTS = f"""
SELECT ?cls (COUNT(DISTINCT ?s) AS ?n) WHERE {{ ?s a ?cls . FILTER(STRSTARTS(STR(?cls), "{PKG_NS}")) }}
GROUP BY ?cls"""

_PER_DOCUMENT = f"""
PREFIX pkg: <{PKG_NS}>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?doc ?file ?title
       (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?q) AS ?quantities) WHERE {{
  ?doc a pkg:Document ; pkg:sourceFile ?file .
  OPTIONAL {{ ?doc dct:title ?title }}
  OPTIONAL {{ ?m a pkg:Mention ; pkg:inDocument ?doc }}
  OPTIONAL {{ ?q a pkg:Quantity ; pkg:inDocument ?doc }}
}} GROUP BY ?doc ?file ?title ORDER BY ?file"""

# industries ranked by how many issuers (provinces, cities…) name them
_TOP_INDUSTRIES = f"""
PREFIX pkg: <{PKG_NS}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?label (COUNT(DISTINCT ?doc) AS ?docs) (COUNT(DISTINCT ?issuer) AS ?issuers) WHERE {{
  ?doc a pkg:Document ; pkg:mentions ?ind .
  ?ind a pkg:Industry ; skos:prefLabel ?label .
  OPTIONAL {{ ?doc pkg:issuedBy ?issuer }}
}} GROUP BY ?label ORDER BY DESC(?issuers) DESC(?docs) ?label LIMIT ?top"""


def class_counts(store: GraphStore) -> dict[str, int]:
    rows = store.query(_CLASS_COUNTS)
    return {r["cls"].value[len(PKG_NS):]: int(r["n"].value) for r in rows}


def collect_stats(store: GraphStore, top: int = 15) -> dict:
    docs = [
        {"file": r["file"].value, "title": r["title"].value if r["title"] else None,
         "mentions": int(r["mentions"].value), "quantities": int(r["quantities"].value)}
        for r in store.query(_PER_DOCUMENT)
    ]
    # LIMIT cannot take a bound variable in SPARQL 1.1; the number is an int we format ourselves
    top_query = _TOP_INDUSTRIES.replace("?top", str(int(top)))
    industries = [
        {"industry": r["label"].value, "documents": int(r["docs"].value), "issuers": int(r["issuers"].value)}
        for r in store.query(top_query)
    ]
    return {"classes": class_counts(store), "documents": docs, "top_industries": industries,
            "triples": len(store)}


__all__ = ["class_counts", "collect_stats", "PKG"]
