"""File exports read back by the tools that consume them: networkx for GraphML, GEXF and node-link
JSON, Python's csv for the neo4j-admin files, a real Bolt server for the Cypher script."""
from __future__ import annotations

import csv
import json
import re
from collections import Counter

import networkx as nx
import pyoxigraph as ox
import pytest

from policykg.graph_export import export
from policykg.graph_export.cypher_script import cypher_statements
from policykg.graph_export.cypher_text import literal, quote_identifier
from policykg.graph_export.projection import project

from .bolt_server import bolt_driver, bolt_target  # noqa: F401  (fixtures)
from .test_export_neo4j import clear, label_counts, read, type_counts
from .test_export_projection import CZ_GXJ, EXPECTED_LABELS, EXPECTED_TYPES, NASTY, sample_store

# cypher-shell's \\uXXXX escapes are read literally by FalkorDB, the server this test has
NASTY_FOR_SCRIPT = NASTY.replace("\x01", "").replace("\u2028", "")



def nasty_store(nasty: str = NASTY) -> ox.Store:
    """The sample plus a literal that would break naive quoting or splitting."""
    store = sample_store()
    store.add(ox.Quad(ox.NamedNode(CZ_GXJ), ox.NamedNode("https://w3id.org/policykg/ontology#phone"),
                      ox.Literal(nasty), ox.NamedNode("https://w3id.org/policykg/id/graph/aaaa")))
    store.add(ox.Quad(ox.NamedNode(CZ_GXJ), ox.NamedNode("http://www.w3.org/2004/02/skos/core#altLabel"),
                      ox.Literal("含;分号"), ox.NamedNode("https://w3id.org/policykg/id/graph/aaaa")))
    return store


def counts(graph) -> tuple[Counter, Counter]:
    labels = Counter(label for _, d in graph.nodes(data=True) for label in d["labels"].split(";"))
    types = Counter(k for _, _, k in graph.edges(keys=True))
    return labels, types


@pytest.mark.parametrize("fmt, reader", [("graphml", nx.read_graphml), ("gexf", nx.read_gexf)])
def test_graphml_and_gexf_load_back_with_the_same_counts(tmp_path, fmt, reader):
    path = tmp_path / f"graph.{fmt}"
    summary = export(fmt, sample_store(), str(path))
    graph = reader(path)
    assert graph.number_of_nodes() == summary["nodes"] and graph.number_of_edges() == summary["relationships"]
    labels, types = counts(graph)
    assert labels == Counter(EXPECTED_LABELS)
    assert types == Counter(EXPECTED_TYPES)  # the relationship type is the edge key
    agency = graph.nodes[CZ_GXJ]
    assert agency["name"] == "常州市工业和信息化局" and agency["altLabel"] == "工信局;市工信局"


def test_graphml_keeps_numbers_typed(tmp_path):
    path = tmp_path / "g.graphml"
    export("graphml", sample_store(), str(path))
    graph = nx.read_graphml(path)
    target = next(d for _, d in graph.nodes(data=True) if d["labels"] == "Target")
    assert target["start"] == 120 and target["value"] == 10.0 and target["year"] == 2021


def test_node_link_json_loads_with_networkx(tmp_path):
    path = tmp_path / "graph.json"
    export("json", sample_store(), str(path))
    data = json.loads(path.read_text(encoding="utf-8"))
    graph = nx.node_link_graph(data, edges="links")
    assert graph.is_directed() and graph.is_multigraph()
    assert graph.number_of_nodes() == sum(EXPECTED_LABELS.values())  # one label per sample node
    assert Counter(k for _, _, k in graph.edges(keys=True)) == Counter(EXPECTED_TYPES)
    assert graph.nodes[CZ_GXJ]["altLabel"] == ["工信局", "市工信局"]  # JSON keeps lists


def test_neo4j_csv_headers_and_rows(tmp_path):
    outdir = tmp_path / "csv"
    summary = export("neo4j-csv", nasty_store(), str(outdir))
    assert summary["array_delimiter"] == "|"  # an alias holds ';'
    with open(outdir / "nodes_Agency.csv", encoding="utf-8", newline="") as fh:
        rows = list(csv.reader(fh))
    header = rows[0]
    assert header[:2] == ["id:ID", ":LABEL"]
    assert "altLabel:string[]" in header and "graphs:string[]" in header and "name" in header
    gxj = dict(zip(header, next(r for r in rows[1:] if r[0] == CZ_GXJ)))
    assert gxj["phone"] == NASTY  # quotes, newline and delimiters survive RFC 4180 quoting
    assert gxj["altLabel:string[]"].split("|") == ["含;分号", "工信局", "市工信局"]
    with open(outdir / "nodes_Target.csv", encoding="utf-8", newline="") as fh:
        target_header = next(csv.reader(fh))
    assert {"start:int", "end:int", "value:double", "year:int"} <= set(target_header)
    with open(outdir / "relationships_ISSUED_BY.csv", encoding="utf-8", newline="") as fh:
        assert next(csv.reader(fh))[:3] == [":START_ID", ":END_ID", ":TYPE"]
    readme = (outdir / "README.md").read_text(encoding="utf-8")
    assert "neo4j-admin database import full" in readme and "--nodes=nodes_Agency.csv" in readme
    assert "--array-delimiter='|'" in readme
    node_rows = sum(len(list(csv.reader(open(outdir / f, encoding="utf-8", newline="")))) - 1
                    for f in summary["files"] if f.startswith("nodes_"))
    assert node_rows == summary["nodes"]


def test_cypher_literals_cannot_escape_their_string():
    text = literal(NASTY)
    assert text.startswith("'") and text.endswith("'") and "\n" not in text
    assert re.fullmatch(r"'(?:[^'\\]|\\.)*'", text)  # one string token: every quote inside is escaped
    assert literal({"a": [1, 2.5, True, None]}) == "{`a`: [1, 2.5, true, null]}"
    with pytest.raises(ValueError):
        quote_identifier("Agency`) DETACH DELETE n //")


def test_cypher_script_runs_on_a_bolt_server(tmp_path, bolt_driver):
    """Each statement of the script, run as written (constraint DDL aside where the server lacks it)."""
    path = tmp_path / "graph.cypher"
    store = nasty_store(NASTY_FOR_SCRIPT)
    summary = export("cypher", store, str(path), batch_size=3)
    script = path.read_text(encoding="utf-8")
    statements = list(cypher_statements(project(store), batch_size=3))
    assert summary["statements"] == len(statements) and script.count(";\n\n") == len(statements)
    clear(bolt_driver)
    try:
        with bolt_driver.session() as session:
            for statement in statements:
                if statement.startswith("CREATE CONSTRAINT"):
                    continue  # Neo4j DDL; covered by the Bolt export's dialect handling
                session.execute_write(lambda tx, q=statement: tx.run(q).consume())
        assert label_counts(bolt_driver) == EXPECTED_LABELS
        assert type_counts(bolt_driver) == EXPECTED_TYPES
        (row,) = read(bolt_driver, "MATCH (a:Agency {id: $id}) RETURN a.phone AS phone", id=CZ_GXJ)
        assert row["phone"] == NASTY_FOR_SCRIPT
    finally:
        clear(bolt_driver)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "cypher", "neo4j-csv"])
def test_file_exports_need_an_output(fmt):
    with pytest.raises(ValueError, match="output"):
        export(fmt, sample_store(), None)


@pytest.mark.parametrize("fmt", ["graphml", "gexf", "json", "cypher"])
def test_same_store_gives_the_same_bytes(tmp_path, fmt):
    first, second = tmp_path / f"a.{fmt}", tmp_path / f"b.{fmt}"
    export(fmt, sample_store(), str(first))
    export(fmt, sample_store(), str(second))
    if fmt == "gexf":  # networkx stamps the GEXF header with today's date
        strip = re.compile(rb'lastmodifieddate="[^"]*"')
        assert strip.sub(b"", first.read_bytes()) == strip.sub(b"", second.read_bytes())
    else:
        assert first.read_bytes() == second.read_bytes()
