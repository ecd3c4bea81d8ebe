"""The embedded RDF store on disk: one named graph per document (pyoxigraph, no server).

A document is written in one atomic step (with a batch of others), then the graphs it replaces are removed,
so an interrupted build leaves either the old or the new version of a document, never half of
one; a leftover old graph is found and removed by the next build of the same path.
"""
from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

import pyoxigraph as ox

from policykg.ontology import ID_NS, PKG

DEFAULT_STORE = "policykg-store"

_DOCS = f"""
SELECT ?g ?doc ?path ?sha ?ver WHERE {{
  GRAPH ?g {{ ?doc a <{PKG.Document}> ; <{PKG.sourcePath}> ?path ; <{PKG.sha256}> ?sha
              OPTIONAL {{ ?doc <{PKG.extractorVersion}> ?ver }} }}
}}"""


class StoreError(Exception):
    pass


class GraphStore:
    def __init__(self, path: str | Path = DEFAULT_STORE, read_only: bool = False, create: bool = True):
        self.path = Path(path)
        if read_only or not create:
            if not self.path.exists():
                raise StoreError(f"no store at '{self.path}': run `policykg build` first (or pass --store)")
        try:
            self.store = ox.Store.read_only(str(self.path)) if read_only else ox.Store(str(self.path))
        except OSError as exc:
            raise StoreError(f"cannot open the store at '{self.path}': {exc}") from exc

    # -- documents ----------------------------------------------------------------------------
    def documents(self) -> list[dict]:
        """Every stored document: graph, document IRI, source path, sha256 and the extractor version that
        wrote it (None for graphs written before versions were recorded)."""
        return [
            {"graph": r["g"].value, "doc": r["doc"].value, "path": r["path"].value, "sha256": r["sha"].value,
             "extractor": r["ver"].value if r["ver"] is not None else None}
            for r in self.store.query(_DOCS)
        ]

    def put_document(self, quads: Iterable[ox.Quad], replaces: Iterable[str] = ()) -> None:
        """Write one document's graph atomically, then drop the graphs it replaces."""
        self.store.extend(quads)
        for graph in replaces:
            self.remove_graph(graph)

    def load_document(self, nquads: bytes, replaces: Iterable[str] = ()) -> None:
        """Write whole documents (N-Quads of their graphs) in one atomic step, then drop replaced graphs.

        Oxigraph's bulk loader writes sorted files and ingests them all at once when it commits
        (atomic unless asked otherwise), and does so about twice as fast as a transaction: the
        store's write speed is what bounds a cold build of a large corpus.
        """
        if nquads:
            self.store.bulk_load(nquads, format=ox.RdfFormat.N_QUADS)
        for graph in replaces:
            self.remove_graph(graph)

    def remove_graph(self, graph: str) -> None:
        node = ox.NamedNode(graph)
        if self.store.contains_named_graph(node):
            self.store.remove_graph(node)

    def flush(self) -> None:
        self.store.flush()

    # -- reading --------------------------------------------------------------------------------
    def query(self, sparql: str, substitutions: dict | None = None):
        """Run SPARQL over the union of all document graphs; values only as bound variables.

        (pyoxigraph binds a variable only when the query's SELECT projects it.)
        """
        subs = {ox.Variable(k): v for k, v in (substitutions or {}).items()}
        return self.store.query(sparql, use_default_graph_as_union=True, substitutions=subs or None)

    def quads(self):
        return self.store.quads_for_pattern(None, None, None, None)

    def __len__(self) -> int:
        return len(self.store)

    def dump_nquads_sorted(self) -> bytes:
        """All quads as N-Quads, lines sorted: a canonical form to compare builds byte for byte."""
        data = self.store.dump(format=ox.RdfFormat.N_QUADS)
        lines = sorted(line for line in data.split(b"\n") if line)
        return b"\n".join(lines) + (b"\n" if lines else b"")


def is_policykg_graph(iri: str) -> bool:
    return iri.startswith(f"{ID_NS}graph/")
