"""Exports of real documents: the Changzhou reply and three provincial work reports, built by the
pipeline, written to a real Bolt server and to files, read back and compared with the store."""
from __future__ import annotations

from collections import Counter

import networkx as nx
import pytest

from policykg.graph_export import export
from policykg.graph_export.neo4j_bolt import export_neo4j
from policykg.graph_export.projection import project

from .bolt_server import bolt_driver, bolt_target  # noqa: F401  (fixtures)
from .conftest import REPLY, REPORTS
from .test_export_neo4j import clear, label_counts, read, type_counts

CZ_GXJ = "https://w3id.org/policykg/id/agency/常州市工业和信息化局"
REPORT_NAMES = ["2026_江苏省_政府工作报告.txt", "2026_浙江省_政府工作报告.txt", "2026_上海市_政府工作报告.txt"]

SHARED_INDUSTRY_SPARQL = """
PREFIX pkg: <https://w3id.org/policykg/ontology#>
SELECT DISTINCT ?x ?y ?i WHERE {
  ?x a pkg:Agency ; pkg:concernsIndustry ?i . ?y a pkg:Agency ; pkg:concernsIndustry ?i .
  ?i a pkg:Industry . FILTER(STR(?x) < STR(?y))
}"""
SHARED_INDUSTRY_CYPHER = """
MATCH (x:Agency)-[:CONCERNS_INDUSTRY]->(i:Industry)<-[:CONCERNS_INDUSTRY]-(y:Agency)
WHERE x.id < y.id
RETURN DISTINCT x.id AS x, y.id AS y, i.id AS i"""


@pytest.fixture(scope="module")
def real_store(tmp_path_factory):
    from policykg.build import build
    from policykg.store import GraphStore

    store = GraphStore(tmp_path_factory.mktemp("export-corpus") / "store")
    summary = build([str(REPLY)] + [str(REPORTS / name) for name in REPORT_NAMES], store)
    assert not summary.failed, summary.failed
    return store.store


@pytest.fixture(scope="module")
def real_projection(real_store):
    return project(real_store)


@pytest.fixture
def empty_db(bolt_driver):
    clear(bolt_driver)
    yield bolt_driver
    clear(bolt_driver)


def test_every_document_graph_is_projected(real_store, real_projection):
    graphs = {q.graph_name.value for q in real_store.quads_for_pattern(None, None, None, None)}
    assert set(real_projection.graphs()) == graphs and len(graphs) == 4
    assert real_projection.label_counts()["Document"] == 4
    agency = next(n for n in real_projection.nodes if n.id == CZ_GXJ)
    assert agency.props["name"] == "常州市工业和信息化局" and "市工信局" in agency.props["altLabel"]


def test_real_graph_over_bolt(empty_db, real_store, real_projection):
    summary = export_neo4j(real_projection, driver=empty_db)
    assert label_counts(empty_db) == real_projection.label_counts()
    assert type_counts(empty_db) == real_projection.rel_type_counts()
    (row,) = read(empty_db, "MATCH (a:Agency {id: $id}) RETURN a.name AS name, a.altLabel AS aliases", id=CZ_GXJ)
    assert row["name"] == "常州市工业和信息化局" and "市工信局" in row["aliases"]

    # idempotent on real data too
    export_neo4j(real_projection, driver=empty_db, batch_size=250)
    assert label_counts(empty_db) == real_projection.label_counts()
    assert type_counts(empty_db) == real_projection.rel_type_counts()

    sparql = sorted((s["x"].value, s["y"].value, s["i"].value)
                    for s in real_store.query(SHARED_INDUSTRY_SPARQL, use_default_graph_as_union=True))
    cypher = sorted((r["x"], r["y"], r["i"]) for r in read(empty_db, SHARED_INDUSTRY_CYPHER))
    assert cypher == sparql and sparql  # a real answer, not two empty ones
    assert summary["nodes_per_second"] and summary["relationships_per_second"]


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json"])
def test_real_graph_to_visualisation_files(tmp_path, real_store, real_projection, fmt):
    path = tmp_path / f"graph.{fmt}"
    export(fmt, real_store, str(path))
    if fmt == "json":
        import json

        graph = nx.node_link_graph(json.loads(path.read_text(encoding="utf-8")), edges="links")
        labels = Counter(label for _, d in graph.nodes(data=True) for label in d["labels"])
    else:
        graph = (nx.read_graphml if fmt == "graphml" else nx.read_gexf)(path)
        labels = Counter(label for _, d in graph.nodes(data=True) for label in d["labels"].split(";"))
    assert graph.number_of_nodes() == len(real_projection.nodes)
    assert graph.number_of_edges() == len(real_projection.rels)
    assert labels == Counter(real_projection.label_counts())


def test_real_graph_to_neo4j_csv(tmp_path, real_store, real_projection):
    import csv

    summary = export("neo4j-csv", real_store, str(tmp_path / "csv"))
    rows = 0
    for name in summary["files"]:
        with open(tmp_path / "csv" / name, encoding="utf-8", newline="") as fh:
            rows += sum(1 for _ in csv.reader(fh)) - 1
    assert rows == len(real_projection.nodes) + len(real_projection.rels)
