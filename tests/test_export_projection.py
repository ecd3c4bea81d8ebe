"""The property-graph projection: hand-written document graphs in, nodes and relationships out.

SAMPLE_TRIG is also the small graph the other export tests write (imported from here).
"""
from __future__ import annotations

import pyoxigraph as ox
import pytest
import rdflib

from policykg.graph_export.projection import Node, project, prop_key, rel_type_name

PKG = "https://w3id.org/policykg/ontology#"
ID = "https://w3id.org/policykg/id/"
CZ_GXJ = ID + "agency/常州市工业和信息化局"
CZ_FGW = ID + "agency/常州市发展和改革委员会"
DOC_A = ID + "doc/aaaa"
DOC_B = ID + "doc/bbbb"
GRAPH_A = ID + "graph/aaaa"
GRAPH_B = ID + "graph/bbbb"

SAMPLE_TRIG = f"""
@prefix pkg: <{PKG}> .
@prefix id: <{ID}> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<{GRAPH_A}> {{
  <{DOC_A}> a pkg:Document ; pkg:sourceFile "reply.txt" ; pkg:sha256 "aaaa" ;
      dct:title "关于加快集成电路产业发展的建议的答复" ; dct:identifier "常工信复〔2021〕第 35 号" ;
      dct:issued "2021-06-20"^^xsd:date ;
      pkg:issuedBy <{CZ_GXJ}> ; pkg:mentions <{CZ_GXJ}>, <{ID}industry/集成电路> .
  <{CZ_GXJ}> a pkg:Agency ; skos:prefLabel "常州市工业和信息化局"@zh ; skos:altLabel "市工信局", "工信局" ;
      pkg:jurisdiction <{ID}area/常州市> ; pkg:concernsIndustry <{ID}industry/集成电路> .
  <{ID}area/常州市> a pkg:Area ; skos:prefLabel "常州市"@zh ; pkg:areaCode "320400" .
  <{ID}industry/集成电路> a pkg:Industry ; skos:prefLabel "集成电路"@zh ; skos:prefLabel "integrated circuits"@en ;
      skos:broader <{ID}industry/电子信息> .
  <{ID}industry/电子信息> a pkg:Industry ; skos:prefLabel "电子信息"@zh .
  <{DOC_A}/quantity/120-131> a pkg:Target ; pkg:inDocument <{DOC_A}> ; pkg:agency <{CZ_GXJ}> ;
      pkg:start 120 ; pkg:end 131 ; pkg:text "力争新增省级以上绿色工厂10家" ; pkg:value "10"^^xsd:decimal ;
      pkg:unit "家" ; pkg:comparator ">=" ; pkg:year "2021"^^xsd:gYear ; pkg:modality "力争" ;
      pkg:concernsIndustry <{ID}industry/集成电路> .
  <{DOC_A}/mention/5-9> a pkg:Mention ; pkg:inDocument <{DOC_A}> ; pkg:refersTo <{CZ_GXJ}> ;
      pkg:start 5 ; pkg:end 9 ; pkg:text "市工信局" .
}}

<{GRAPH_B}> {{
  <{DOC_B}> a pkg:Document ; pkg:sourceFile "report.txt" ; pkg:sha256 "bbbb" ;
      pkg:mentions <{CZ_GXJ}>, <{CZ_FGW}> ; pkg:cites <{ID}cited/x> .
  <{CZ_GXJ}> a pkg:Agency ; skos:prefLabel "常州市工业和信息化局"@zh ; skos:altLabel "工信局" ;
      pkg:jurisdiction <{ID}area/常州市> ; pkg:concernsIndustry <{ID}industry/集成电路> .
  <{CZ_FGW}> a pkg:Agency ; skos:prefLabel "常州市发展和改革委员会"@zh ; skos:altLabel "市发改委" ;
      pkg:concernsIndustry <{ID}industry/集成电路>, <{ID}industry/新能源汽车> .
  <{ID}industry/新能源汽车> a pkg:Industry ; skos:prefLabel "新能源汽车"@zh .
  <{ID}area/常州市> a pkg:Area ; skos:prefLabel "常州市"@zh ; pkg:areaCode "320400" .
  <{ID}industry/集成电路> a pkg:Industry ; skos:prefLabel "集成电路"@zh .
  <{DOC_B}/quantity/7-20> a pkg:Observation ; pkg:inDocument <{DOC_B}> ; pkg:value "1.5E10"^^xsd:double ;
      pkg:value "15000000000"^^xsd:decimal ; pkg:unit "元" ; pkg:start 7 ; pkg:end 20 ; pkg:verified true .
}}
"""

# a literal that would break naive quoting or statement splitting
NASTY = "x'}) DETACH DELETE n //\n\x01\u2028\"; MATCH (m) DELETE m; \\u0027 \\ `tick` ；分号;semi"

# what the sample must project onto: counted by hand from the TriG above
EXPECTED_LABELS = {"Agency": 2, "Area": 1, "Document": 2, "Industry": 3, "Mention": 1, "Observation": 1,
                   "Resource": 1, "Target": 1}
EXPECTED_TYPES = {"AGENCY": 1, "BROADER": 1, "CITES": 1, "CONCERNS_INDUSTRY": 4, "IN_DOCUMENT": 3,
                  "ISSUED_BY": 1, "JURISDICTION": 1, "MENTIONS": 4, "REFERS_TO": 1}
# agencies that work on a shared industry, as (agency, agency, industry) names
SHARED_INDUSTRY = [("常州市发展和改革委员会", "常州市工业和信息化局", "集成电路")]
SHARED_INDUSTRY_SPARQL = f"""
PREFIX pkg: <{PKG}> PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT DISTINCT ?a ?b ?i WHERE {{
  ?x a pkg:Agency ; pkg:concernsIndustry ?ind ; skos:prefLabel ?a .
  ?y a pkg:Agency ; pkg:concernsIndustry ?ind ; skos:prefLabel ?b .
  ?ind skos:prefLabel ?i . FILTER(lang(?i) = "zh")
  FILTER(STR(?a) < STR(?b))
}} ORDER BY ?a ?b ?i"""
SHARED_INDUSTRY_CYPHER = """
MATCH (x:Agency)-[:CONCERNS_INDUSTRY]->(i:Industry)<-[:CONCERNS_INDUSTRY]-(y:Agency)
WHERE x.name < y.name
RETURN DISTINCT x.name AS a, y.name AS b, i.name AS i ORDER BY a, b, i"""


def sample_store() -> ox.Store:
    store = ox.Store()
    store.load(SAMPLE_TRIG.encode("utf-8"), format=ox.RdfFormat.TRIG)
    return store


def by_id(projection) -> dict[str, Node]:
    return {n.id: n for n in projection.nodes}


def test_names_follow_the_documented_rules():
    assert rel_type_name(PKG + "issuedBy") == "ISSUED_BY"
    assert rel_type_name(PKG + "concernsIndustry") == "CONCERNS_INDUSTRY"
    assert rel_type_name("http://www.w3.org/2004/02/skos/core#broader") == "BROADER"
    assert rel_type_name(PKG + "sha256") == "SHA256"
    assert prop_key(PKG + "sourceFile") == "sourceFile"
    assert prop_key("http://example.org/Weird-Name") == "weird_Name"
    assert prop_key("http://example.org/id") == "id_"  # `id` is the node key


def test_store_projects_to_the_expected_counts():
    p = project(sample_store())
    assert p.label_counts() == EXPECTED_LABELS
    assert p.rel_type_counts() == EXPECTED_TYPES
    assert "TYPE" not in p.rel_type_counts()
    assert p.graphs() == [GRAPH_A, GRAPH_B]


def test_shared_entities_are_one_node_with_every_alias_and_graph():
    nodes = by_id(project(sample_store()))
    gxj = nodes[CZ_GXJ]
    assert gxj.labels == ("Agency",)
    assert gxj.props["name"] == "常州市工业和信息化局"
    assert gxj.props["altLabel"] == ["工信局", "市工信局"]
    assert gxj.props["graphs"] == [GRAPH_A, GRAPH_B]
    fgw = nodes[CZ_FGW]
    assert fgw.props["altLabel"] == ["市发改委"]  # a list even with one alias: one type per key
    assert nodes[ID + "industry/集成电路"].props["name_en"] == "integrated circuits"


def test_literals_are_typed():
    nodes = by_id(project(sample_store()))
    target = nodes[DOC_A + "/quantity/120-131"].props
    assert target["start"] == 120 and isinstance(target["start"], int)
    assert target["value"] == 10.0 and isinstance(target["value"], float)
    assert target["year"] == 2021
    assert nodes[DOC_A].props["issued"] == "2021-06-20"
    observation = nodes[DOC_B + "/quantity/7-20"].props
    assert observation["verified"] is True
    assert observation["value"] == 1.5e10  # two lexical forms of one number: one value
    assert nodes[ID + "cited/x"].labels == ("Resource",)


def test_relationships_are_deduplicated_across_graphs():
    p = project(sample_store())
    jur = [r for r in p.rels if r.type == "JURISDICTION"]
    assert len(jur) == 1 and jur[0].props["graphs"] == [GRAPH_A, GRAPH_B]


def test_rdflib_and_oxigraph_input_give_the_same_projection():
    ds = rdflib.Dataset()
    ds.parse(data=SAMPLE_TRIG, format="trig")
    from_rdflib = project(ds)
    from_store = project(sample_store())
    assert from_rdflib == from_store
    triples = list(sample_store().quads_for_pattern(None, None, None, None))
    plain = project([(q.subject, q.predicate, q.object) for q in triples])
    assert plain.label_counts() == EXPECTED_LABELS
    assert all(n.props["graphs"] == [] for n in plain.nodes)


def test_projection_is_deterministic():
    assert project(sample_store()) == project(sample_store())
    ids = [n.id for n in project(sample_store()).nodes]
    assert ids == sorted(ids)


@pytest.mark.parametrize("bad", [[("not", "terms", "here")]])
def test_non_rdf_input_is_refused(bad):
    with pytest.raises(TypeError):
        project(bad)
