"""Property-graph exports of the RDF graph: Neo4j over Bolt, neo4j-admin CSV, a Cypher script,
GraphML, GEXF and node-link JSON, all from one projection (see README.md beside this file).

`export()` is the single entry the CLI calls.
"""
from __future__ import annotations

from .cypher_script import write_cypher
from .neo4j_bolt import export_neo4j
from .neo4j_csv import write_neo4j_csv
from .networkx_formats import write_gexf, write_graphml, write_node_link_json
from .projection import Node, Projection, Rel, project

FORMATS = ("neo4j", "neo4j-csv", "cypher", "graphml", "gexf", "json")
_FILE_WRITERS = {"neo4j-csv": write_neo4j_csv, "graphml": write_graphml, "gexf": write_gexf,
                 "json": write_node_link_json}

__all__ = ["FORMATS", "Node", "Projection", "Rel", "export", "export_neo4j", "project", "write_cypher",
           "write_gexf", "write_graphml", "write_neo4j_csv", "write_node_link_json"]


def _replace_keys(projection: Projection) -> list[str]:
    """What identifies the documents being written, so older versions of the same files go too."""
    keys = set(projection.graphs())
    for node in projection.nodes:
        if "Document" in node.labels:
            path = node.props.get("sourcePath") or node.props.get("sourceFile")
            if isinstance(path, str):
                keys.add(path)
    return sorted(keys)


def export(fmt: str, store, output: str | None, *, uri: str | None = None, user: str | None = None,
           password: str | None = None, database: str | None = None, batch_size: int = 1000,
           replace: bool = False, stall_timeout: float = 120.0, console=None) -> dict:
    """Write `store` (a pyoxigraph Store, or anything `project` reads) in format `fmt`; return counts."""
    fmt = (fmt or "").lower()
    if fmt not in FORMATS:
        raise ValueError(f"unknown export format '{fmt}'; choose from {', '.join(FORMATS)}")
    if fmt == "neo4j":
        if not uri:
            raise ValueError("the neo4j export needs a Bolt URI (--uri or NEO4J_URI), e.g. bolt://localhost:7687")
    elif not output:
        raise ValueError(f"the {fmt} export needs an output path")
    if replace and fmt != "neo4j":
        raise ValueError("replace applies to the neo4j export only")
    if not isinstance(batch_size, int) or batch_size < 1:
        raise ValueError(f"batch size must be a positive integer, not {batch_size!r}")

    projection = project(store)
    if fmt == "neo4j":
        return export_neo4j(projection, uri, user, password, database=database, batch_size=batch_size,
                            replace_docs=_replace_keys(projection) if replace else None,
                            stall_timeout=stall_timeout, console=console)
    if fmt == "cypher":
        summary = write_cypher(projection, output, batch_size=batch_size)
    else:
        summary = _FILE_WRITERS[fmt](projection, output)
    summary = {"format": fmt, "output": str(output), **projection.summary(), **summary}
    if console is not None:
        console.print(f"[bold]{fmt}[/]: {summary['nodes']} nodes, {summary['relationships']} relationships "
                      f"written to {output}")
    return summary
