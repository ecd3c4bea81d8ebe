"""The Cypher statements that write a projection, shared by the Bolt export and the Cypher script.

Nodes are merged per label set and relationships per (type, start label, end label), so every
statement names its labels literally (they cannot be parameters) and every lookup by `id` can use
the index on one label.
"""
from __future__ import annotations

from collections import defaultdict

from .cypher_text import labels_text, quote_identifier
from .projection import GRAPHS_KEY, Node, Projection, Rel

# `graphs` is merged rather than overwritten: a node may also come from documents exported earlier
# from another store; existing entries are kept, ours appended once (so writing twice changes nothing).
_MERGE_GRAPHS = "[g IN coalesce({v}.graphs, []) WHERE NOT g IN row.graphs] + row.graphs"


def node_merge(labels, rows: str = "$rows") -> str:
    """`rows` is the parameter (Bolt) or an inlined list literal (the Cypher script)."""
    return (f"UNWIND {rows} AS row MERGE (n{labels_text(labels)} {{id: row.id}}) "
            f"SET n += row.props SET n.graphs = {_MERGE_GRAPHS.format(v='n')}")


def rel_merge(rel_type: str, start_label: str, end_label: str, rows: str = "$rows") -> str:
    return (f"UNWIND {rows} AS row "
            f"MATCH (a:{quote_identifier(start_label)} {{id: row.start_id}}) "
            f"MATCH (b:{quote_identifier(end_label)} {{id: row.end_id}}) "
            f"MERGE (a)-[r:{quote_identifier(rel_type)}]->(b) "
            f"SET r += row.props SET r.graphs = {_MERGE_GRAPHS.format(v='r')}")


def unique_constraint(label: str) -> str:
    """Neo4j 5 (and 4.4) syntax; the constraint also gives the index MERGE looks up by."""
    name = quote_identifier(f"policykg_{label}_id")
    return f"CREATE CONSTRAINT {name} IF NOT EXISTS FOR (n:{quote_identifier(label)}) REQUIRE n.id IS UNIQUE"


def plain_index(label: str) -> str:
    """openCypher servers without constraint DDL (FalkorDB): an index on `id` only."""
    return f"CREATE INDEX FOR (n:{quote_identifier(label)}) ON (n.id)"


def node_row(node: Node) -> dict:
    props = {k: v for k, v in node.props.items() if k != GRAPHS_KEY}
    return {"id": node.id, "props": props, "graphs": list(node.props.get(GRAPHS_KEY, []))}


def rel_row(rel: Rel) -> dict:
    props = {k: v for k, v in rel.props.items() if k != GRAPHS_KEY}
    return {"start_id": rel.start_id, "end_id": rel.end_id, "props": props,
            "graphs": list(rel.props.get(GRAPHS_KEY, []))}


def primary_label(labels) -> str:
    """The label relationships look their endpoints up by (labels are sorted, so this is stable)."""
    return labels[0]


def node_groups(projection: Projection) -> dict[tuple, list[Node]]:
    groups: dict[tuple, list[Node]] = defaultdict(list)
    for node in projection.nodes:
        groups[node.labels].append(node)
    return dict(sorted(groups.items()))


def rel_groups(projection: Projection) -> dict[tuple, list[Rel]]:
    label_of = {n.id: primary_label(n.labels) for n in projection.nodes}
    groups: dict[tuple, list[Rel]] = defaultdict(list)
    for rel in projection.rels:
        groups[(rel.type, label_of[rel.start_id], label_of[rel.end_id])].append(rel)
    return dict(sorted(groups.items()))


def batches(rows: list, size: int):
    for i in range(0, len(rows), size):
        yield rows[i:i + size]
