"""GraphML, GEXF (Gephi, yEd, Cytoscape desktop) and node-link JSON (D3, sigma.js, Cytoscape.js).

All three come from one networkx MultiDiGraph (two nodes may be linked by several relationship types;
the type is the edge key). GraphML and GEXF cannot hold lists, so lists are joined with LIST_SEPARATOR;
JSON keeps them as lists. Every node gets `labels` (joined) and a display `label` (its name, else
the end of its IRI), which Gephi and yEd show by default.
"""
from __future__ import annotations

import json
from pathlib import Path

from .projection import Projection, local_name

LIST_SEPARATOR = ";"
_EDGE_RESERVED = {"source", "target", "key", "type"}


def display_label(node) -> str:
    name = node.props.get("name")
    if isinstance(name, list):
        name = name[0] if name else None
    return str(name) if name else local_name(node.id)


def to_networkx(projection: Projection, flat: bool = False):
    """A MultiDiGraph keyed by IRI; `flat` joins lists into strings (for GraphML/GEXF)."""
    import networkx as nx

    def value(v):
        return LIST_SEPARATOR.join(map(str, v)) if flat and isinstance(v, list) else v

    graph = nx.MultiDiGraph(name="policykg")
    for node in projection.nodes:
        attrs = {k: value(v) for k, v in node.props.items()}
        attrs.setdefault("label", display_label(node))
        attrs["labels"] = value(list(node.labels))
        graph.add_node(node.id, **attrs)
    for rel in projection.rels:
        attrs = {k: value(v) for k, v in rel.props.items() if k not in _EDGE_RESERVED}
        graph.add_edge(rel.start_id, rel.end_id, key=rel.type, type=rel.type, **attrs)
    return graph


def _uniform_types(graph) -> None:
    """GraphML/GEXF declare one type per attribute: a key seen with mixed types becomes text everywhere."""
    for items in (list(graph.nodes(data=True)), [(e, d) for *e, d in graph.edges(keys=True, data=True)]):
        types: dict[str, set] = {}
        for _, data in items:
            for k, v in data.items():
                types.setdefault(k, set()).add(type(v) if not isinstance(v, bool) else bool)
        mixed = {k for k, t in types.items() if len(t) > 1}
        for _, data in items:
            for k in mixed & data.keys():
                data[k] = str(data[k])


def write_graphml(projection: Projection, path: str | Path) -> dict:
    import networkx as nx

    graph = to_networkx(projection, flat=True)
    _uniform_types(graph)
    nx.write_graphml(graph, str(path), encoding="utf-8", named_key_ids=True)
    return {"list_separator": LIST_SEPARATOR}


def write_gexf(projection: Projection, path: str | Path) -> dict:
    import networkx as nx

    graph = to_networkx(projection, flat=True)
    _uniform_types(graph)
    nx.write_gexf(graph, str(path), encoding="utf-8")
    return {"list_separator": LIST_SEPARATOR}


def node_link_data(projection: Projection) -> dict:
    """The node-link shape D3 force layouts use; `networkx.node_link_graph(data, edges="links")` reads it."""
    nodes = []
    for node in projection.nodes:
        entry = {"id": node.id, "labels": list(node.labels), "label": display_label(node)}
        entry.update({k: v for k, v in node.props.items() if k not in entry})
        nodes.append(entry)
    links = [{"source": r.start_id, "target": r.end_id, "key": r.type, "type": r.type,
              **{k: v for k, v in r.props.items() if k not in _EDGE_RESERVED}} for r in projection.rels]
    return {"directed": True, "multigraph": True, "graph": {"name": "policykg"}, "nodes": nodes, "links": links}


def write_node_link_json(projection: Projection, path: str | Path) -> dict:
    with open(path, "w", encoding="utf-8") as fh:
        json.dump(node_link_data(projection), fh, ensure_ascii=False, indent=1)
    return {}
