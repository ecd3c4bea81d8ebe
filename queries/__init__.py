"""Named cross-cutting questions over the graph, each in SPARQL (`NAME.rq`) and Cypher (`NAME.cypher`).

`run_sparql(store, name, params)` runs one over the RDF store (union of the document graphs);
`run_cypher(target, name, params)` over the property graph: a neo4j Driver/Session (Neo4j, FalkorDB…)
or the embedded LadybugDB graph of `queries.engine.LadybugGraph`. See queries/README.md.
"""
from .runner import (
    NamedQuery,
    Param,
    QueryError,
    available,
    get,
    run_cypher,
    run_sparql,
)

__all__ = ["NamedQuery", "Param", "QueryError", "available", "get", "run_cypher", "run_sparql"]
