"""SHACL validation of the stored graph against the shapes shipped in ontology/."""
from __future__ import annotations

import pyoxigraph as ox
from rdflib import Graph
from rdflib.namespace import SH

from policykg.ontology import ontology_path
from policykg.store import GraphStore


def _union_graph(store: GraphStore) -> Graph:
    data = ox.serialize((ox.Triple(q.subject, q.predicate, q.object) for q in store.quads()),
                        format=ox.RdfFormat.N_TRIPLES)
    g = Graph()
    g.parse(data=data, format="nt")
    return g


def validate_graph(data: Graph) -> tuple[bool, list[dict]]:
    from pyshacl import validate

    shapes = Graph().parse(ontology_path("shapes.ttl"), format="turtle")
    ontology = Graph().parse(ontology_path("policykg.ttl"), format="turtle")
    conforms, report, _ = validate(data, shacl_graph=shapes, ont_graph=ontology, inference="none",
                                   advanced=True, allow_warnings=True)
    results = []
    for r in report.subjects(SH.resultSeverity, SH.Violation):
        results.append({
            "focus": str(report.value(r, SH.focusNode)),
            "path": str(report.value(r, SH.resultPath) or ""),
            "message": str(report.value(r, SH.resultMessage) or ""),
        })
    results.sort(key=lambda r: (r["focus"], r["path"], r["message"]))
    return bool(conforms), results


def validate_store(store: GraphStore) -> tuple[bool, list[dict]]:
    return validate_graph(_union_graph(store))
