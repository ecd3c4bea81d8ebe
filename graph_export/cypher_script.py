"""A Cypher script that `cypher-shell` (or Neo4j Browser) runs to load the graph.

The same MERGE statements as the Bolt export, with the rows inlined as list literals: every value is
rendered by `cypher_text.literal` (quoted and escaped), every label and type checked, so no text from
a document can end a string or a statement early.
"""
from __future__ import annotations

from pathlib import Path

from .cypher_text import literal
from .projection import Projection
from .statements import batches, node_groups, node_merge, node_row, rel_groups, rel_merge, rel_row, unique_constraint


def cypher_statements(projection: Projection, batch_size: int = 500):
    """Constraints, then node batches, then relationship batches, each one statement without ';'."""
    for label in sorted({label for n in projection.nodes for label in n.labels}):
        yield unique_constraint(label)
    for labels, nodes in node_groups(projection).items():
        for chunk in batches([node_row(n) for n in nodes], batch_size):
            yield node_merge(labels, rows=_rows_literal(chunk))
    for (rel_type, start_label, end_label), rels in rel_groups(projection).items():
        for chunk in batches([rel_row(r) for r in rels], batch_size):
            yield rel_merge(rel_type, start_label, end_label, rows=_rows_literal(chunk))


def _rows_literal(rows: list[dict]) -> str:
    return "[\n  " + ",\n  ".join(literal(row) for row in rows) + "\n]"


def write_cypher(projection: Projection, path: str | Path, batch_size: int = 500) -> dict:
    count = 0
    with open(path, "w", encoding="utf-8") as fh:
        fh.write("// policykg graph: run with  cypher-shell -u neo4j -p <password> -f <this file>\n"
                 f"// {len(projection.nodes)} nodes, {len(projection.rels)} relationships; MERGE on id, "
                 "safe to run again\n\n")
        for statement in cypher_statements(projection, batch_size):
            fh.write(statement + ";\n\n")
            count += 1
    return {"statements": count}
