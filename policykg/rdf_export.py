"""RDF serialisations of the store: named graphs kept in N-Quads and TriG, merged in the others."""
from __future__ import annotations

from typing import BinaryIO

import pyoxigraph as ox

from policykg.ontology import ID_NS, PKG_NS
from policykg.store import GraphStore

PREFIXES = {
    "pkg": PKG_NS,
    "id": ID_NS,
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "dct": "http://purl.org/dc/terms/",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
}
_FORMATS = {
    "nquads": ox.RdfFormat.N_QUADS,
    "trig": ox.RdfFormat.TRIG,
    "turtle": ox.RdfFormat.TURTLE,
    "ntriples": ox.RdfFormat.N_TRIPLES,
    "jsonld": ox.RdfFormat.JSON_LD,
}


def _union_triples(store: GraphStore):
    """Each triple once, whatever number of document graphs repeat it (shared entities)."""
    seen = set()
    for q in store.quads():
        t = ox.Triple(q.subject, q.predicate, q.object)
        if t not in seen:
            seen.add(t)
            yield t


def export_rdf(store: GraphStore, fmt: str, fh: BinaryIO) -> None:
    rdf_format = _FORMATS[fmt]
    if rdf_format.supports_datasets:
        data = sorted(store.quads(), key=str)
        prefixes = PREFIXES if fmt == "trig" else None
        ox.serialize(data, fh, format=rdf_format, prefixes=prefixes)
    else:
        data = sorted(_union_triples(store), key=str)
        prefixes = PREFIXES if fmt in ("turtle",) else None
        ox.serialize(data, fh, format=rdf_format, prefixes=prefixes)
