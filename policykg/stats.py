"""Counts over the store: by class, by document, and industries shared across issuers."""
from __future__ import annotations

from policykg.ontology import PKG, PKG_NS
from policykg.store import GraphStore

# Over the union of the document graphs a pattern gives one solution per graph holding the triple,
# and entities are described again in every document naming them: entity patterns are made
# DISTINCT first, and the per-document counts avoid a product of two OPTIONALs (queries/README.md).
_CLASS_COUNTS = f"""
SELECT ?cls (COUNT(*) AS ?n) WHERE {{
  {{ SELECT DISTINCT ?s ?cls WHERE {{ ?s a ?cls }} }}
  FILTER(STRSTARTS(STR(?cls), "{PKG_NS}"))
}} GROUP BY ?cls"""

_PER_DOCUMENT = f"""
PREFIX pkg: <{PKG_NS}>
PREFIX dct: <http://purl.org/dc/terms/>
SELECT ?doc ?file ?title ?mentions ?quantities WHERE {{
  ?doc pkg:sourceFile ?file .
  FILTER EXISTS {{ ?doc a pkg:Document }}
  OPTIONAL {{ ?doc dct:title ?title }}
  {{ SELECT ?doc (COUNT(DISTINCT ?m) AS ?mentions) (COUNT(DISTINCT ?q) AS ?quantities) WHERE {{
      ?doc a pkg:Document .
      OPTIONAL {{ ?record pkg:inDocument ?doc ; a ?cls }}
      BIND (IF(?cls = pkg:Mention, ?record, ?none) AS ?m)
      BIND (IF(?cls = pkg:Quantity, ?record, ?none) AS ?q)
    }} GROUP BY ?doc }}
}} ORDER BY ?file"""

# industries ranked by how many issuers (provinces, cities…) name them
_TOP_INDUSTRIES = f"""
PREFIX pkg: <{PKG_NS}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?label (COUNT(DISTINCT ?doc) AS ?docs) (COUNT(DISTINCT ?issuer) AS ?issuers) WHERE {{
  {{ SELECT DISTINCT ?ind ?label WHERE {{
      {{ SELECT DISTINCT ?ind WHERE {{ ?ind a pkg:Industry }} }}
      ?ind skos:prefLabel ?label }} }}
  ?doc pkg:mentions ?ind .
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
