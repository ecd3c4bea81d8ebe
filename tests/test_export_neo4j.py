"""Export over Bolt to a real server (FalkorDB started here; Neo4j too when NEO4J_URI is set),
read back with the official neo4j driver. No mocks."""
from __future__ import annotations

import pytest

from policykg.graph_export import export
from policykg.graph_export.neo4j_bolt import export_neo4j
from policykg.graph_export.projection import project

from .bolt_server import bolt_driver, bolt_target  # noqa: F401  (fixtures)
from .test_export_projection import (CZ_GXJ, DOC_A, EXPECTED_LABELS, EXPECTED_TYPES, GRAPH_A, GRAPH_B, NASTY,
                                     SHARED_INDUSTRY, SHARED_INDUSTRY_CYPHER, SHARED_INDUSTRY_SPARQL,
                                     sample_store)

pytest.importorskip("neo4j")


def read(driver, query, **params):
    with driver.session() as session:
        return session.execute_read(lambda tx: [r.data() for r in tx.run(query, **params)])


def clear(driver):
    with driver.session() as session:
        session.execute_write(lambda tx: tx.run("MATCH (n) DETACH DELETE n").consume())


def label_counts(driver) -> dict[str, int]:
    rows = read(driver, "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS c")
    return dict(sorted((r["label"], r["c"]) for r in rows))


def type_counts(driver) -> dict[str, int]:
    rows = read(driver, "MATCH ()-[r]->() RETURN type(r) AS t, count(*) AS c")
    return dict(sorted((r["t"], r["c"]) for r in rows))


@pytest.fixture
def empty_db(bolt_driver):
    clear(bolt_driver)
    yield bolt_driver
    clear(bolt_driver)


def test_counts_and_properties_match_the_projection(empty_db, bolt_target):
    projection = project(sample_store())
    summary = export_neo4j(projection, driver=empty_db, batch_size=2)
    assert summary["nodes"] == len(projection.nodes) and summary["relationships"] == len(projection.rels)
    assert summary["node_batches"] > len(EXPECTED_LABELS)  # small batches: several round trips per label set
    assert label_counts(empty_db) == EXPECTED_LABELS == projection.label_counts()
    assert type_counts(empty_db) == EXPECTED_TYPES == projection.rel_type_counts()

    (agency,) = read(empty_db, "MATCH (a:Agency {id: $id}) RETURN a", id=CZ_GXJ)
    props = agency["a"]
    assert props["name"] == "常州市工业和信息化局"
    assert sorted(props["altLabel"]) == ["工信局", "市工信局"]
    assert sorted(props["graphs"]) == [GRAPH_A, GRAPH_B]
    (target,) = read(empty_db, "MATCH (t:Target)-[:IN_DOCUMENT]->(d:Document {id: $doc}) "
                               "RETURN t.start AS start, t.value AS value, t.year AS year", doc=DOC_A)
    assert target == {"start": 120, "value": 10.0, "year": 2021}
    issuer = read(empty_db, "MATCH (d:Document)-[:ISSUED_BY]->(a:Agency) RETURN a.name AS name")
    assert issuer == [{"name": "常州市工业和信息化局"}]


def test_exporting_twice_changes_nothing(empty_db):
    projection = project(sample_store())
    export_neo4j(projection, driver=empty_db)
    first = (label_counts(empty_db), type_counts(empty_db))
    export_neo4j(projection, driver=empty_db, batch_size=2)
    assert (label_counts(empty_db), type_counts(empty_db)) == first
    (agency,) = read(empty_db, "MATCH (a:Agency {id: $id}) RETURN a.graphs AS g", id=CZ_GXJ)
    assert sorted(agency["g"]) == [GRAPH_A, GRAPH_B]  # not appended twice


def test_cypher_and_sparql_agree_on_agencies_sharing_an_industry(empty_db):
    store = sample_store()
    export_neo4j(project(store), driver=empty_db)
    sparql = [(s["a"].value, s["b"].value, s["i"].value)
              for s in store.query(SHARED_INDUSTRY_SPARQL, use_default_graph_as_union=True)]
    cypher = [(r["a"], r["b"], r["i"]) for r in read(empty_db, SHARED_INDUSTRY_CYPHER)]
    assert cypher == sparql == SHARED_INDUSTRY


def test_replace_removes_a_documents_own_nodes_and_keeps_shared_ones(empty_db):
    store = sample_store()
    export_neo4j(project(store), driver=empty_db)
    # document B is rebuilt without its content: only graph A stays in the store
    store.remove_graph(__import__("pyoxigraph").NamedNode(GRAPH_B))
    summary = export_neo4j(project(store), driver=empty_db, replace_docs=["report.txt"])
    assert summary["removed"]["nodes_deleted"] > 0
    assert label_counts(empty_db) == project(store).label_counts()
    assert type_counts(empty_db) == project(store).rel_type_counts()
    (agency,) = read(empty_db, "MATCH (a:Agency {id: $id}) RETURN a.graphs AS g", id=CZ_GXJ)
    assert agency["g"] == [GRAPH_A]


def test_dispatch_opens_its_own_driver(empty_db, bolt_target):
    summary = export("neo4j", sample_store(), None, uri=bolt_target.uri, user=bolt_target.user,
                     password=bolt_target.password, batch_size=500, replace=True)
    assert summary["nodes"] == sum(1 for _ in project(sample_store()).nodes)
    assert label_counts(empty_db) == EXPECTED_LABELS


def test_bad_arguments_are_clear_errors():
    with pytest.raises(ValueError, match="Bolt URI"):
        export("neo4j", sample_store(), None)
    with pytest.raises(ValueError, match="unknown export format"):
        export("pajek", sample_store(), "x.net")


def test_large_batches_and_long_texts_go_through(empty_db):
    """Batches far over 4 KB (FalkorDB's parameter limit) and a document-sized literal in one row."""
    import pyoxigraph as ox

    store = sample_store()
    long_text = "第一条 " + "促进集成电路产业发展，'引号' \"双引号\" \\ 反斜杠\n" * 400
    store.add(ox.Quad(ox.NamedNode(DOC_A), ox.NamedNode("https://w3id.org/policykg/ontology#text"),
                      ox.Literal(long_text), ox.NamedNode(GRAPH_A)))
    for i in range(300):
        store.add(ox.Quad(ox.NamedNode(f"{DOC_A}/mention/{i}-{i + 2}"),
                          ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"),
                          ox.NamedNode("https://w3id.org/policykg/ontology#Mention"), ox.NamedNode(GRAPH_A)))
    store.add(ox.Quad(ox.NamedNode(CZ_GXJ), ox.NamedNode("https://w3id.org/policykg/ontology#phone"),
                      ox.Literal(NASTY), ox.NamedNode(GRAPH_A)))
    projection = project(store)
    export_neo4j(projection, driver=empty_db, batch_size=1000)
    assert label_counts(empty_db) == projection.label_counts()
    (row,) = read(empty_db, "MATCH (d:Document {id: $id}) RETURN d.text AS text", id=DOC_A)
    assert row["text"] == long_text
    (row,) = read(empty_db, "MATCH (a:Agency {id: $id}) RETURN a.phone AS phone", id=CZ_GXJ)
    assert row["phone"] == NASTY


def test_inline_batches_are_cut_by_size_and_lose_no_row():
    """FalkorDB takes rows inline; a batch is cut so that no statement grows past INLINE_LIMIT bytes."""
    from policykg.graph_export.cypher_text import literal
    from policykg.graph_export.neo4j_bolt import _by_size

    rows = [{"id": f"节点{i}", "props": {"text": "集成电路产业" * (i % 40)}} for i in range(600)]
    parts = _by_size(rows, 5000)
    assert [row for part in parts for row in part] == rows
    assert len(parts) > 1
    for part in parts:
        size = sum(len(literal(row, unicode_escapes=False).encode()) + 2 for row in part)
        assert size <= 5000 or len(part) == 1
    assert _by_size([], 5000) == []


def _proxy_in_front_of(bolt_target, freeze_after: int):
    from urllib.parse import urlparse

    from .stall_proxy import FreezingProxy

    address = urlparse(bolt_target.uri)
    if address.scheme != "bolt":
        pytest.skip("the freezing proxy forwards plain bolt:// only")
    return FreezingProxy(address.hostname, address.port or 7687, freeze_after)


def test_a_server_that_stops_answering_mid_export_is_left_and_the_export_starts_again(empty_db, bolt_target):
    """The driver has no read timeout of its own: without the stall guard this export would wait forever."""
    projection = project(sample_store())
    proxy = _proxy_in_front_of(bolt_target, freeze_after=3000)  # past the handshake, a few batches in
    try:
        summary = export_neo4j(projection, f"bolt://127.0.0.1:{proxy.port}", bolt_target.user,
                               bolt_target.password, batch_size=2, connect_timeout=3.0, stall_timeout=2.0)
    finally:
        proxy.close()
    assert proxy.frozen.is_set() and summary["stalls"] == 1
    assert label_counts(empty_db) == projection.label_counts()  # the second attempt wrote everything, once
    assert type_counts(empty_db) == projection.rel_type_counts()


def test_a_stall_on_the_callers_driver_is_a_clear_error(empty_db, bolt_target):
    from policykg.graph_export.neo4j_bolt import open_driver
    from policykg.graph_export.stall_guard import ServerStalled

    proxy = _proxy_in_front_of(bolt_target, freeze_after=3000)
    driver = open_driver(f"bolt://127.0.0.1:{proxy.port}", bolt_target.user, bolt_target.password, 3.0)
    try:
        with pytest.raises(ServerStalled, match="unanswered for over 2 s"):
            export_neo4j(project(sample_store()), driver=driver, batch_size=2, stall_timeout=2.0)
    finally:
        driver.close()
        proxy.close()
    assert proxy.frozen.is_set()
