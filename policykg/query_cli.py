"""What `policykg query`, `sparql` and `cypher` need beyond the query library: engines and output.

The embedded Cypher engine (LadybugDB) holds a projection of the store. It is kept beside the store
(`<store>.cypher/`) and rebuilt only when the set of stored documents changed.
"""
from __future__ import annotations

import csv
import hashlib
import io
import json
import shutil
import sys
from pathlib import Path
from typing import Any

from policykg.store import GraphStore


def parse_params(pairs: list[str]) -> dict[str, str]:
    """`key=value` strings to a dict; values stay strings (the query's header types them)."""
    params = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise ValueError(f"--param takes key=value, not '{pair}'")
        params[key.strip()] = value
    return params


def _fingerprint(store: GraphStore) -> str:
    graphs = sorted(d["graph"] for d in store.documents())
    return hashlib.sha256("\n".join(graphs).encode()).hexdigest()


def embedded_cypher_graph(store: GraphStore, store_path: Path):
    """The store's projection in LadybugDB, reusing the cached database when the store is unchanged."""
    from policykg.graph_export.projection import project
    from policykg.queries.engine import LadybugGraph

    cache = Path(f"{store_path}.cypher")
    stamp = cache / "fingerprint"
    fingerprint = _fingerprint(store)
    if stamp.exists() and stamp.read_text() == fingerprint and (cache / "graph").exists():
        return LadybugGraph(cache / "graph")
    shutil.rmtree(cache, ignore_errors=True)
    cache.mkdir(parents=True)
    graph = LadybugGraph.from_projection(project(store.store), cache / "graph")
    stamp.write_text(fingerprint)
    return graph


def run_adhoc_cypher(graph, text: str, params: dict) -> tuple[list[str], list[list[Any]]]:
    from policykg.queries.runner import plain

    keys, rows = graph.run(text, params)
    return list(keys), [[plain(v) for v in row] for row in rows]


def run_adhoc_bolt(driver, text: str, params: dict, write: bool, database: str | None):
    from policykg.queries.runner import _run_bolt, plain

    keys, rows = _run_bolt(driver, text, params, write=write, database=database)
    return list(keys), [[plain(v) for v in row] for row in rows]


def run_adhoc_sparql(store: GraphStore, text: str) -> tuple[list[str], list[list[Any]]]:
    import pyoxigraph as ox

    from policykg.queries.runner import _from_rdf

    result = store.store.query(text, use_default_graph_as_union=True)
    if isinstance(result, ox.QueryBoolean):
        return ["answer"], [[bool(result)]]
    if not isinstance(result, ox.QuerySolutions):  # CONSTRUCT / DESCRIBE: triples as rows
        return ["subject", "predicate", "object"], [
            [_from_rdf(t.subject), _from_rdf(t.predicate), _from_rdf(t.object)] for t in result]
    names = [v.value for v in result.variables]
    return names, [[_from_rdf(sol[n]) for n in names] for sol in result]


def render(columns: list[str], rows: list[list[Any]], fmt: str, console) -> None:
    """A rich table on a terminal, CSV or JSON when asked (or, for `auto`, CSV when piped)."""
    if fmt == "auto":
        fmt = "table" if sys.stdout.isatty() else "csv"
    if fmt == "json":
        data = [dict(zip(columns, row)) for row in rows]
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=1, default=str) + "\n")
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if v is None else (";".join(map(str, v)) if isinstance(v, list) else v)
                             for v in row])
        sys.stdout.write(buf.getvalue())
    else:
        from rich.table import Table

        table = Table(*columns, title=f"{len(rows)} rows", title_justify="left")
        for row in rows:
            table.add_row(*("" if v is None else str(v) for v in row))
        console.print(table)
