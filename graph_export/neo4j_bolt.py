"""Write a projection into Neo4j (or any Bolt server) with batched, idempotent, retried writes.

Order: indexes/constraints on `id`, then (replace mode) removal of the given documents' nodes
and relationships, then nodes per label set, then relationships; every batch is one
`UNWIND $rows … MERGE` in a managed transaction (`execute_write`), which the driver retries on
transient errors. Writing the same projection twice leaves the same graph.
"""
from __future__ import annotations

import time
from collections.abc import Iterable
from dataclasses import dataclass

from .cypher_text import inline_parameters, literal
from .projection import Projection
from .stall_guard import ServerStalled, StallGuard
from .statements import (batches, node_groups, node_merge, node_row, plain_index, rel_groups, rel_merge,
                         rel_row, unique_constraint)


@dataclass(frozen=True)
class Dialect:
    name: str
    constraints: bool  # Neo4j constraint DDL (IF NOT EXISTS); otherwise plain indexes on `id`
    inline_rows: bool  # rows sent inside the query text, not as parameters


NEO4J = Dialect("neo4j", constraints=True, inline_rows=False)
# FalkorDB announces itself as "Neo4j/5.13.0" but has no dbms.* procedures and no constraint DDL, and
# its Bolt listener (4.16) crashes on parameters over ~4 KB: batches go as escaped literals instead.
FALKORDB = Dialect("falkordb", constraints=False, inline_rows=True)
OPENCYPHER = Dialect("opencypher", constraints=False, inline_rows=False)  # other Bolt servers (Memgraph…)


def run(tx, query: str, params: dict, dialect: Dialect):
    if dialect.inline_rows:
        return tx.run(inline_parameters(query, params))
    return tx.run(query, **params)


def open_driver(uri: str, user: str | None, password: str | None, connect_timeout: float = 10.0):
    """A driver whose first connection is checked: a quick try, then patient retries.

    FalkorDB's Bolt listener drops the handshake of one new connection after a client said
    GOODBYE (the previous export's driver closing): the quick first try turns that into a pause
    of two seconds; a slow server gets the full `connect_timeout` on the retries.
    """
    from neo4j import GraphDatabase
    from neo4j.exceptions import ServiceUnavailable

    auth = (user, password or "") if user else None
    timeouts = (min(2.0, connect_timeout), connect_timeout, connect_timeout)
    for attempt, timeout in enumerate(timeouts):
        driver = GraphDatabase.driver(uri, auth=auth, connection_acquisition_timeout=timeout,
                                      connection_timeout=connect_timeout)
        try:
            driver.verify_connectivity()
            return driver
        except ServiceUnavailable:
            driver.close()  # no connection was made: nothing is said to the server
            if attempt == len(timeouts) - 1:
                raise


def detect_dialect(driver, database: str | None = None) -> tuple[Dialect, str]:
    """(dialect, agent string): Neo4j answers dbms.components(); servers that only borrow its agent do not."""
    from neo4j.exceptions import Neo4jError

    agent = driver.get_server_info().agent or ""
    if not agent.startswith("Neo4j/") or "memgraph" in agent.lower():  # Memgraph: "Neo4j/v5.11.0 compatible … Memgraph"
        return OPENCYPHER, agent
    try:
        with driver.session(database=database) as session:
            names = session.execute_read(
                lambda tx: [r["name"] for r in tx.run("CALL dbms.components() YIELD name RETURN name")])
    except Neo4jError:
        return FALKORDB, agent
    return (NEO4J if any(n.startswith("Neo4j") for n in names) else FALKORDB), agent


def ensure_id_indexes(driver, database: str | None, labels: Iterable[str], dialect: Dialect) -> list[str]:
    """Uniqueness constraints (Neo4j) or plain indexes (others) on `id` for every label; returns warnings."""
    from neo4j.exceptions import Neo4jError

    warnings = []
    labels = sorted(set(labels))
    with driver.session(database=database) as session:
        if dialect.constraints:
            for label in labels:
                session.execute_write(lambda tx, q=unique_constraint(label): tx.run(q).consume())
            return warnings
        try:  # no IF NOT EXISTS there: create only what is missing
            existing = session.execute_read(lambda tx: [
                (r["label"], tuple(r["properties"])) for r in tx.run("CALL db.indexes() YIELD label, properties "
                                                                      "RETURN label, properties")])
        except Neo4jError as exc:
            existing = []
            warnings.append(f"cannot list indexes ({exc.message}); creating them blindly")
        have = {label for label, props in existing if "id" in props}
        for label in labels:
            if label in have:
                continue
            try:
                session.execute_write(lambda tx, q=plain_index(label): tx.run(q).consume())
            except Neo4jError as exc:
                warnings.append(f"no index on {label}.id ({exc.message}); MERGE will scan")
    return warnings


# Removal runs in bounded batches so a large document does not need one huge transaction.
_DELETE_RELS = ("MATCH ()-[r]->() WHERE size(r.graphs) > 0 AND all(g IN r.graphs WHERE g IN $gs) "
                "WITH r LIMIT $limit DELETE r RETURN count(*) AS c")
_TRIM_RELS = ("MATCH ()-[r]->() WHERE any(g IN r.graphs WHERE g IN $gs) WITH r LIMIT $limit "
              "SET r.graphs = [g IN r.graphs WHERE NOT g IN $gs] RETURN count(*) AS c")
_DELETE_NODES = ("MATCH (n) WHERE size(n.graphs) > 0 AND all(g IN n.graphs WHERE g IN $gs) "
                 "WITH n LIMIT $limit DETACH DELETE n RETURN count(*) AS c")
_TRIM_NODES = ("MATCH (n) WHERE any(g IN n.graphs WHERE g IN $gs) WITH n LIMIT $limit "
               "SET n.graphs = [g IN n.graphs WHERE NOT g IN $gs] RETURN count(*) AS c")
_GRAPHS_OF_DOCUMENTS = ("MATCH (d:Document) WHERE d.id IN $docs OR d.sourceFile IN $docs OR d.sourcePath IN $docs "
                        "RETURN d.graphs AS graphs")


def resolve_graphs(driver, database: str | None, docs: Iterable[str], dialect: Dialect = NEO4J) -> list[str]:
    """Graph IRIs for documents given as graph IRIs, document IRIs, source file names or paths."""
    docs = sorted(set(docs))
    with driver.session(database=database) as session:
        found = session.execute_read(lambda tx: [
            r["graphs"] for r in run(tx, _GRAPHS_OF_DOCUMENTS, {"docs": docs}, dialect)])
    return sorted(set(docs) | {g for graphs in found for g in (graphs or [])})


def remove_graphs(driver, database: str | None, graphs: list[str], batch_size: int = 1000,
                  dialect: Dialect = NEO4J) -> dict:
    """Take these document graphs out: delete what only they asserted, untag what others assert too."""
    counts = {}
    with driver.session(database=database) as session:
        for name, query in (("relationships_deleted", _DELETE_RELS), ("relationships_trimmed", _TRIM_RELS),
                            ("nodes_deleted", _DELETE_NODES), ("nodes_trimmed", _TRIM_NODES)):
            total = 0
            while True:
                done = session.execute_write(
                    lambda tx, q=query: run(tx, q, {"gs": graphs, "limit": batch_size}, dialect).single()["c"])
                total += done
                if done < batch_size:
                    break
            counts[name] = total
    return counts


def _progress(console):
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    return Progress(TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn(),
                    console=console, disable=console is None, transient=False)


# FalkorDB 4.16's Bolt listener also drops the connection on some inline statements of a few hundred KB with
# multi-byte text (a whole corpus export failed on one 344 KB batch that passes as two halves, and as ASCII of
# the same length): inline batches are cut to stay under this size.
INLINE_LIMIT = 60_000


def _write_rows(session, query: str, rows: list[dict], batch_size: int, dialect: Dialect, advance) -> int:
    """UNWIND `rows` through `query` in batches of at most `batch_size` rows (and, for servers that take rows
    inline, of at most INLINE_LIMIT bytes of statement); returns the number of batches."""
    n = 0
    for chunk in batches(rows, batch_size):
        for part in (_by_size(chunk, INLINE_LIMIT - len(query.encode())) if dialect.inline_rows else [chunk]):
            session.execute_write(lambda tx, rows=part: run(tx, query, {"rows": rows}, dialect).consume())
            n += 1
            advance(len(part))
    return n


def _by_size(rows: list[dict], limit: int) -> list[list[dict]]:
    """Consecutive runs of rows whose Cypher literals add up to at most `limit` bytes (a longer row stands alone)."""
    parts, part, size = [], [], 0
    for row in rows:
        row_size = len(literal(row, unicode_escapes=False).encode()) + 2
        if part and size + row_size > limit:
            parts.append(part)
            part, size = [], 0
        part.append(row)
        size += row_size
    return parts + [part] if part else parts


def write_projection(driver, projection: Projection, database: str | None = None, batch_size: int = 1000,
                     console=None, dialect: Dialect = NEO4J) -> dict:
    """Nodes, then relationships, one UNWIND batch per round trip; returns counts and timings."""
    node_batches = rel_batches = 0
    with driver.session(database=database) as session, _progress(console) as progress:
        task = progress.add_task("nodes", total=len(projection.nodes))
        t0 = time.perf_counter()
        for labels, nodes in node_groups(projection).items():
            node_batches += _write_rows(session, node_merge(labels), [node_row(n) for n in nodes], batch_size,
                                        dialect, lambda n: progress.advance(task, n))
        t1 = time.perf_counter()
        task = progress.add_task("relationships", total=len(projection.rels))
        for (rel_type, start_label, end_label), rels in rel_groups(projection).items():
            rel_batches += _write_rows(session, rel_merge(rel_type, start_label, end_label),
                                       [rel_row(r) for r in rels], batch_size, dialect,
                                       lambda n: progress.advance(task, n))
        t2 = time.perf_counter()
    return {
        "nodes": len(projection.nodes), "relationships": len(projection.rels),
        "node_batches": node_batches, "relationship_batches": rel_batches,
        "node_seconds": round(t1 - t0, 3), "relationship_seconds": round(t2 - t1, 3),
        "nodes_per_second": round(len(projection.nodes) / (t1 - t0), 1) if t1 > t0 else None,
        "relationships_per_second": round(len(projection.rels) / (t2 - t1), 1) if t2 > t1 else None,
    }


def export_neo4j(projection: Projection, uri: str | None = None, user: str | None = "neo4j",
                 password: str | None = None, database: str | None = None, batch_size: int = 1000,
                 replace_docs: Iterable[str] | None = None, *, driver=None, console=None,
                 connect_timeout: float = 10.0, stall_timeout: float = 120.0, stall_retries: int = 2) -> dict:
    """Export to a Bolt server; `replace_docs` (graph IRIs, document IRIs or source file names)
    are removed first. Pass `driver` to reuse an open driver (it is then left open).

    A round trip unanswered for `stall_timeout` seconds drops the connection (see stall_guard.py): with a
    driver of its own the export starts again on a fresh one, up to `stall_retries` times (every write is
    an idempotent MERGE, so a repeated batch changes nothing); with the caller's driver, which is then
    closed, it raises ServerStalled."""
    if batch_size < 1:
        raise ValueError("batch_size must be at least 1")
    if driver is None and not uri:
        raise ValueError("neo4j export needs a Bolt URI (e.g. bolt://localhost:7687)")
    own_driver = driver is None
    stalls = 0
    while True:
        current = open_driver(uri, user, password, connect_timeout) if own_driver else driver
        try:
            with StallGuard(current, stall_timeout) as guarded:
                summary = _export(guarded, projection, uri, database, batch_size, replace_docs, console)
            break
        except ServerStalled:
            stalls += 1
            if not own_driver or stalls > stall_retries:
                raise
            if console is not None:
                console.print(f"[yellow]neo4j[/]: no answer for {stall_timeout:g} s; starting again on a new "
                              f"connection ({stalls}/{stall_retries})")
        finally:
            if own_driver:
                current.close()
    summary["stalls"] = stalls
    if console is not None:
        console.print(f"[bold]neo4j[/]: {summary['nodes']} nodes ({summary['nodes_per_second']}/s), "
                      f"{summary['relationships']} relationships ({summary['relationships_per_second']}/s) "
                      f"to {summary['server']} in {summary['seconds']} s")
    return summary


def _export(driver, projection: Projection, uri: str | None, database: str | None, batch_size: int,
            replace_docs: Iterable[str] | None, console) -> dict:
    started = time.perf_counter()
    dialect, agent = detect_dialect(driver, database)
    warnings = ensure_id_indexes(driver, database, {label for n in projection.nodes for label in n.labels}, dialect)
    removed = {}
    if replace_docs:
        graphs = resolve_graphs(driver, database, replace_docs, dialect)
        removed = remove_graphs(driver, database, graphs, batch_size, dialect)
        removed["graphs"] = len(graphs)
    written = write_projection(driver, projection, database, batch_size, console, dialect)
    return {"format": "neo4j", "uri": uri, "server": agent, "dialect": dialect.name, **written,
            "labels": projection.label_counts(), "relationship_types": projection.rel_type_counts(),
            "removed": removed, "warnings": warnings, "seconds": round(time.perf_counter() - started, 3)}
