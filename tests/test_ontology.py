"""The vocabulary (ontology/policykg.ttl) and its SHACL shapes (ontology/shapes.ttl).

The contract terms are read from the term tables of shared/ONTOLOGY.md, so that these tests follow the
contract rather than a copy of it; the added terms are read from the PKG namespace of ontology/__init__.py.
"""
from __future__ import annotations

import os
import re
from pathlib import Path

import pyshacl
import pytest
from policykg.ontology import PKG, PKG_NS, ontology_path
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection
from rdflib.namespace import DCTERMS, OWL, RDF, RDFS, SKOS, XSD

SH = Namespace("http://www.w3.org/ns/shacl#")
VANN = Namespace("http://purl.org/vocab/vann/")
PREFIXES = {
    "pkg": PKG_NS,
    "prov": "http://www.w3.org/ns/prov#",
    "dct": str(DCTERMS),
    "org": "http://www.w3.org/ns/org#",
    "schema": "https://schema.org/",
    "skos": str(SKOS),
    "foaf": "http://xmlns.com/foaf/0.1/",
    "oa": "http://www.w3.org/ns/oa#",
    "xsd": str(XSD),
}
ONTOLOGY_IRI = URIRef("https://w3id.org/policykg/ontology")
REPO = Path(__file__).resolve().parents[1]


# --------------------------------------------------------------------------------------------------
# The contract, read from shared/ONTOLOGY.md
# --------------------------------------------------------------------------------------------------


def _contract_path() -> Path:
    env = os.environ.get("POLICYKG_SHARED")
    base = Path(env) if env else REPO.parent / "shared"
    return base / "ONTOLOGY.md"


def _expand(curie: str) -> URIRef:
    prefix, local = curie.split(":", 1)
    return URIRef(PREFIXES[prefix] + local)


def _read_tables(path: Path) -> dict[str, list[tuple[list[URIRef], str]]]:
    """{header of the second column: [(terms of the first column, second column), ...]} per table."""
    tables: dict[str, list[tuple[list[URIRef], str]]] = {}
    current = None
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.startswith("|"):
            current = None
            continue
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        if cells[0] == "term":
            current = tables.setdefault(cells[1], [])
            continue
        if current is None or set(cells[0]) <= {"-", " "}:
            continue
        terms = [_expand(t) for t in re.findall(r"`([a-z]+:[A-Za-z0-9]+)`", cells[0])]
        current.append((terms, cells[1]))
    return tables


@pytest.fixture(scope="module")
def contract():
    path = _contract_path()
    if not path.exists():
        pytest.skip(f"the contract {path} is not there (set POLICYKG_SHARED to the shared/ folder)")
    tables = _read_tables(path)
    return {"classes": tables["is a"], "properties": tables["domain → range"]}


@pytest.fixture(scope="module")
def onto() -> Graph:
    return Graph().parse(str(ontology_path("policykg.ttl")), format="turtle")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return Graph().parse(str(ontology_path("shapes.ttl")), format="turtle")


def _pkg_terms_of(rows) -> list[URIRef]:
    return [t for terms, _ in rows for t in terms if str(t).startswith(PKG_NS)]


def _std_terms_of(rows) -> list[URIRef]:
    return [t for terms, _ in rows for t in terms if not str(t).startswith(PKG_NS)]


def _members(g: Graph, node) -> set:
    """The class itself, or the classes of its owl:unionOf."""
    if isinstance(node, BNode):
        union = g.value(node, OWL.unionOf)
        if union is not None:
            return set(Collection(g, union))
        one_of = g.value(node, OWL.oneOf)
        if one_of is not None:
            return {XSD.string} if all(isinstance(v, Literal) and v.datatype is None for v in Collection(g, one_of)) else set()
    return {node}


PROPERTY_TYPES = {OWL.ObjectProperty, OWL.DatatypeProperty, RDF.Property}


def _assert_labelled(g: Graph, term: URIRef):
    labels = {lit.language for lit in g.objects(term, RDFS.label)}
    assert {"zh", "en"} <= labels, f"{term} needs rdfs:label @zh and @en, has {labels}"
    definitions = {lit.language for lit in g.objects(term, SKOS.definition)}
    assert {"zh", "en"} <= definitions, f"{term} needs skos:definition @zh and @en, has {definitions}"
    zh = [str(lit) for lit in g.objects(term, RDFS.label) if lit.language == "zh"]
    assert all(re.search(r"[\u4e00-\u9fff]", s) for s in zh), f"{term}: the @zh label is not Chinese: {zh}"


# --------------------------------------------------------------------------------------------------
# Parsing and the header
# --------------------------------------------------------------------------------------------------


def test_both_files_parse(onto, shapes):
    assert len(onto) > 300
    assert len(shapes) > 100
    assert (None, RDF.type, SH.NodeShape) in shapes


def test_contract_tables_are_read(contract):
    classes = _pkg_terms_of(contract["classes"])
    properties = _pkg_terms_of(contract["properties"])
    assert PKG.Document in classes and PKG.Mention in classes and len(classes) >= 12
    assert PKG.sourceFile in properties and PKG.role in properties and PKG.end in properties
    assert len(properties) >= 25
    assert DCTERMS.title in _std_terms_of(contract["properties"])


def test_ontology_header(onto):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    for prop in (DCTERMS.title, DCTERMS.description):
        assert {lit.language for lit in onto.objects(ONTOLOGY_IRI, prop)} >= {"zh", "en"}
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) is not None
    assert onto.value(ONTOLOGY_IRI, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert list(onto.objects(None, OWL.imports)) == []
    assert str(onto.value(ONTOLOGY_IRI, VANN.preferredNamespaceUri)) == PKG_NS


# --------------------------------------------------------------------------------------------------
# Contract terms
# --------------------------------------------------------------------------------------------------


def test_contract_classes_declared_with_superclasses(onto, contract):
    for terms, is_a in contract["classes"]:
        for term in terms:
            assert (term, RDF.type, OWL.Class) in onto, f"{term} is not declared as owl:Class"
            _assert_labelled(onto, term)
            supers = set(onto.objects(term, RDFS.subClassOf))
            for curie in re.findall(r"`([a-z]+:[A-Za-z0-9]+)`", is_a):
                assert _expand(curie) in supers, f"{term} must be rdfs:subClassOf {curie}"


def _range_of(spec: str) -> set[URIRef] | None:
    """`string` → xsd:string, `xsd:integer` → itself, `Agency` → pkg:Agency; entity/any → no constraint."""
    spec = spec.strip()
    if "entity" in spec:
        return None
    if spec == "string":
        return {XSD.string}
    if ":" in spec:
        return {_expand(spec)}
    return {URIRef(PKG_NS + spec)}


def _domains_ranges(spec: str) -> tuple[set[URIRef], set[URIRef] | None] | None:
    """`Area → Area; Agency → Agency`, `Initiative, Park, Quantity, Agency → Industry`, `Mention or Quantity → X`."""
    if "→" not in spec:
        return None
    domains: set[URIRef] = set()
    ranges: set[URIRef] | None = set()
    for part in spec.split(";"):
        left, right = part.split("→")
        names = (d.strip() for d in re.split(r",|\bor\b", left))
        domains |= {URIRef(PKG_NS + d) for d in names if d}
        r = _range_of(right)
        ranges = None if r is None or ranges is None else ranges | r
    return domains, ranges


def test_contract_properties_declared_with_domains_and_ranges(onto, contract):
    for terms, spec in contract["properties"]:
        for term in terms:
            if not str(term).startswith(PKG_NS):
                continue
            types = set(onto.objects(term, RDF.type))
            assert types & PROPERTY_TYPES, f"{term} is not declared as a property"
            _assert_labelled(onto, term)
            expected = _domains_ranges(spec)
            assert expected is not None, f"no domain → range for {term} in the contract"
            domains, ranges = expected
            declared = set().union(*(_members(onto, d) for d in onto.objects(term, RDFS.domain)))
            assert domains <= declared, f"{term}: rdfs:domain {declared} does not cover {domains}"
            if ranges is not None:
                declared_ranges = set().union(*(_members(onto, r) for r in onto.objects(term, RDFS.range)))
                assert ranges <= declared_ranges, f"{term}: rdfs:range {declared_ranges} is not {ranges}"
                kind = OWL.DatatypeProperty if all(str(r).startswith(str(XSD)) for r in ranges) else OWL.ObjectProperty
                assert kind in types, f"{term} should be an {kind}"


def test_standard_terms_are_only_annotated(onto, contract):
    """dct:title, skos:prefLabel… are reused, never redefined: only a usage note is said about them."""
    std = _std_terms_of(contract["properties"])
    assert std
    for term in std:
        assert onto.value(term, VANN.usageNote) is not None, f"{term}: say how policykg uses it (vann:usageNote)"
        said = set(onto.predicates(term, None))
        assert said <= {VANN.usageNote}, f"{term} is redefined: {said - {VANN.usageNote}}"


# --------------------------------------------------------------------------------------------------
# The PKG namespace of ontology/__init__.py and the file agree
# --------------------------------------------------------------------------------------------------

PKG_NAMES = [name for name in PKG.__annotations__ if not name.startswith("_")]


@pytest.mark.parametrize("name", PKG_NAMES)
def test_every_pkg_term_is_declared(onto, name):
    term = getattr(PKG, name)
    types = set(onto.objects(term, RDF.type))
    if name[0].isupper():
        assert OWL.Class in types, f"pkg:{name} is not declared as owl:Class"
    else:
        assert types & PROPERTY_TYPES, f"pkg:{name} is not declared as a property"
        assert onto.value(term, RDFS.domain) is not None, f"pkg:{name} has no rdfs:domain"
    _assert_labelled(onto, term)
    assert onto.value(term, RDFS.isDefinedBy) == ONTOLOGY_IRI


def test_no_term_outside_the_namespace_class(onto):
    declared = {s for s in onto.subjects(RDF.type, None) if isinstance(s, URIRef) and str(s).startswith(PKG_NS)}
    used = {o for o in onto.objects() if isinstance(o, URIRef) and str(o).startswith(PKG_NS)}
    names = {URIRef(PKG_NS + n) for n in PKG_NAMES}
    assert declared - names == set(), "declared in policykg.ttl but missing from PKG"
    assert used - names == set(), "used in policykg.ttl but missing from PKG"


def test_shapes_use_only_known_terms(shapes):
    names = {URIRef(PKG_NS + n) for n in PKG_NAMES}
    used = {t for triple in shapes for t in triple if isinstance(t, URIRef) and str(t).startswith(PKG_NS)}
    assert used - names == set()


def test_every_class_has_a_node_shape(shapes):
    targeted = set(shapes.objects(None, SH.targetClass))
    for name in PKG_NAMES:
        if name[0].isupper() and name != "IndustryScheme":
            assert getattr(PKG, name) in targeted, f"no sh:NodeShape targets pkg:{name}"


# --------------------------------------------------------------------------------------------------
# SHACL validation of small graphs
# --------------------------------------------------------------------------------------------------

SHA = "0f" * 32
VALID = f"""
@prefix pkg: <https://w3id.org/policykg/ontology#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix dct: <http://purl.org/dc/terms/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix id: <https://w3id.org/policykg/id/> .
@prefix doc: <https://w3id.org/policykg/id/doc/{SHA}/> .

<https://w3id.org/policykg/id/doc/{SHA}> a pkg:Document ;
    pkg:sourceFile "changzhou-gxj-reply-2021-35.txt" ; pkg:sha256 "{SHA}" ;
    pkg:sourcePath "corpus/replies/changzhou-gxj-reply-2021-35.txt" ; pkg:encoding "utf-8" ;
    pkg:mediaType "text/plain" ; pkg:genre "reply" ;
    dct:title "关于市十七届人大五次会议第0123号建议的答复" ; dct:identifier "常工信复〔2021〕第 35 号" ;
    dct:issued "2021-06-18"^^xsd:date ;
    pkg:issuedBy <https://w3id.org/policykg/id/agency/常州市工业和信息化局> ;
    pkg:respondsTo id:suggestion%2F0123 ;
    pkg:signer <https://w3id.org/policykg/id/person/张三> ;
    pkg:addressee <https://w3id.org/policykg/id/person/周旭宏> ;
    pkg:phone "85681269" ;
    pkg:cites <https://w3id.org/policykg/id/cited/常商发〔2020〕38号> ;
    pkg:hasSection doc:section%2F10-200 ;
    pkg:mentions <https://w3id.org/policykg/id/industry/集成电路> .

<https://w3id.org/policykg/id/cited/常商发〔2020〕38号> a pkg:CitedDocument ;
    skos:prefLabel "常商发〔2020〕38号" ; dct:identifier "常商发〔2020〕38号" .

id:suggestion%2F0123 a pkg:Suggestion ; skos:prefLabel "第0123号建议" ; pkg:number "0123" ;
    pkg:proposedBy <https://w3id.org/policykg/id/person/周旭宏> .
<https://w3id.org/policykg/id/person/周旭宏> a pkg:Person ; skos:prefLabel "周旭宏" ; pkg:role "代表" .
<https://w3id.org/policykg/id/person/张三> a pkg:Person ; skos:prefLabel "张三" ; pkg:role "签发人" .

<https://w3id.org/policykg/id/area/江苏省> a pkg:Area ; skos:prefLabel "江苏省" ; pkg:areaCode "320000" .
<https://w3id.org/policykg/id/area/常州市> a pkg:Area ; skos:prefLabel "常州市" ; pkg:areaCode "320400" ;
    pkg:partOf <https://w3id.org/policykg/id/area/江苏省> .
<https://w3id.org/policykg/id/agency/常州市工业和信息化局> a pkg:Agency ;
    skos:prefLabel "常州市工业和信息化局" ; skos:altLabel "市工信局" , "工信局" ;
    pkg:jurisdiction <https://w3id.org/policykg/id/area/常州市> ;
    pkg:partOf <https://w3id.org/policykg/id/agency/常州市人民政府> ;
    pkg:concernsIndustry <https://w3id.org/policykg/id/industry/集成电路> .
<https://w3id.org/policykg/id/agency/常州市人民政府> a pkg:Agency ; skos:prefLabel "常州市人民政府" .
<https://w3id.org/policykg/id/industry/集成电路> a pkg:Industry ; skos:prefLabel "集成电路" ;
    skos:inScheme <https://w3id.org/policykg/id/scheme/industries> ;
    skos:broader <https://w3id.org/policykg/id/industry/电子信息> .
<https://w3id.org/policykg/id/industry/电子信息> a pkg:Industry ; skos:prefLabel "电子信息" .
<https://w3id.org/policykg/id/park/常州国家高新区> a pkg:Park ; skos:prefLabel "常州国家高新区" ;
    pkg:locatedIn <https://w3id.org/policykg/id/area/常州市> ;
    pkg:concernsIndustry <https://w3id.org/policykg/id/industry/集成电路> .
<https://w3id.org/policykg/id/initiative/企业上云三年行动计划> a pkg:Initiative ;
    skos:prefLabel "企业上云三年行动计划" ;
    pkg:leadAgency <https://w3id.org/policykg/id/agency/常州市工业和信息化局> .

doc:section%2F10-200 a pkg:Section ; pkg:inDocument <https://w3id.org/policykg/id/doc/{SHA}> ;
    pkg:start 10 ; pkg:end 200 ; pkg:marker "一、" ; pkg:heading "加快集成电路产业发展" ;
    pkg:level 1 ; pkg:ordinal "1" ; pkg:hasSection doc:section%2F20-100 .
doc:section%2F20-100 a pkg:Section ; pkg:start 20 ; pkg:end 100 ; pkg:level 2 ; pkg:ordinal "1.1" ;
    pkg:marker "（一）" .

doc:mention%2F30-34 a pkg:Mention ; pkg:inDocument <https://w3id.org/policykg/id/doc/{SHA}> ;
    pkg:start 30 ; pkg:end 34 ; pkg:text "集成电路" ; pkg:section doc:section%2F20-100 ;
    pkg:refersTo <https://w3id.org/policykg/id/industry/集成电路> .

doc:quantity%2F40-45 a pkg:Target ; pkg:inDocument <https://w3id.org/policykg/id/doc/{SHA}> ;
    pkg:start 40 ; pkg:end 45 ; pkg:text "150亿元" ; pkg:value 15000000000.0 ; pkg:unit "元" ;
    pkg:comparator ">=" ; pkg:year "2021"^^xsd:gYear ; pkg:modality "力争" ; pkg:metric "集成电路产业产值" ;
    pkg:agency <https://w3id.org/policykg/id/agency/常州市工业和信息化局> ;
    pkg:concernsIndustry <https://w3id.org/policykg/id/industry/集成电路> .
doc:quantity%2F50-54 a pkg:Observation ; pkg:inDocument <https://w3id.org/policykg/id/doc/{SHA}> ;
    pkg:start 50 ; pkg:end 54 ; pkg:text "2-3条" ; pkg:value 2.0 ; pkg:valueMax 3.0 ; pkg:unit "条" ;
    pkg:comparator "range" .
doc:quantity%2F60-66 a pkg:Observation ; pkg:inDocument <https://w3id.org/policykg/id/doc/{SHA}> ;
    pkg:start 60 ; pkg:end 66 ; pkg:text "1/10以上" ; pkg:value 0.1 ; pkg:unit "" ; pkg:comparator ">=" .

doc:link%2F1 a pkg:IndustryLink ; pkg:inDocument <https://w3id.org/policykg/id/doc/{SHA}> ;
    pkg:agency <https://w3id.org/policykg/id/agency/常州市工业和信息化局> ;
    pkg:concernsIndustry <https://w3id.org/policykg/id/industry/集成电路> ;
    pkg:evidence doc:mention%2F30-34 , doc:quantity%2F40-45 .
"""
DOC = URIRef(f"https://w3id.org/policykg/id/doc/{SHA}")
TARGET = URIRef(f"https://w3id.org/policykg/id/doc/{SHA}/quantity%2F40-45")
RANGE = URIRef(f"https://w3id.org/policykg/id/doc/{SHA}/quantity%2F50-54")
MENTION = URIRef(f"https://w3id.org/policykg/id/doc/{SHA}/mention%2F30-34")
AGENCY = URIRef("https://w3id.org/policykg/id/agency/常州市工业和信息化局")


def _valid() -> Graph:
    return Graph().parse(data=VALID, format="turtle")


def _validate(data: Graph, shapes: Graph) -> tuple[bool, list[dict]]:
    conforms, report, _ = pyshacl.validate(data, shacl_graph=shapes, inference="none", advanced=True)
    results = []
    for res in report.subjects(RDF.type, SH.ValidationResult):
        results.append(
            {
                "focus": report.value(res, SH.focusNode),
                "path": report.value(res, SH.resultPath),
                "component": report.value(res, SH.sourceConstraintComponent),
                "message": " ".join(str(m) for m in report.objects(res, SH.resultMessage)),
            }
        )
    return conforms, results


def _only(results, focus):
    assert results, "expected violations"
    assert {r["focus"] for r in results} == {focus}, results


def test_valid_graph_conforms(shapes):
    conforms, results = _validate(_valid(), shapes)
    assert conforms, results


def test_valid_graph_conforms_with_the_ontology_and_rdfs_inference(onto, shapes):
    conforms, _, text = pyshacl.validate(_valid(), shacl_graph=shapes, ont_graph=onto, inference="rdfs")
    assert conforms, text


def test_missing_sha256(shapes):
    g = _valid()
    g.remove((DOC, PKG.sha256, None))
    conforms, results = _validate(g, shapes)
    assert not conforms
    _only(results, DOC)
    assert [(r["path"], r["component"]) for r in results] == [(PKG.sha256, SH.MinCountConstraintComponent)]
    assert "exactly one pkg:sha256" in results[0]["message"]


def test_bad_sha256(shapes):
    g = _valid()
    g.set((DOC, PKG.sha256, Literal("A" * 64)))
    conforms, results = _validate(g, shapes)
    assert not conforms
    assert [(r["path"], r["component"]) for r in results] == [(PKG.sha256, SH.PatternConstraintComponent)]
    assert "64 lowercase hex digits" in results[0]["message"]


def test_bad_comparator(shapes):
    g = _valid()
    g.set((TARGET, PKG.comparator, Literal("≥")))
    conforms, results = _validate(g, shapes)
    assert not conforms
    _only(results, TARGET)
    assert [(r["path"], r["component"]) for r in results] == [(PKG.comparator, SH.InConstraintComponent)]
    assert "one of = >= > <= < ~ range" in results[0]["message"]


def test_start_as_string(shapes):
    g = _valid()
    g.set((MENTION, PKG.start, Literal("30")))
    conforms, results = _validate(g, shapes)
    assert not conforms
    _only(results, MENTION)
    components = {r["component"] for r in results if r["path"] == PKG.start}
    assert SH.DatatypeConstraintComponent in components
    assert all("xsd:integer" in r["message"] for r in results)


def test_start_after_end(shapes):
    g = _valid()
    g.set((MENTION, PKG.start, Literal(35)))
    conforms, results = _validate(g, shapes)
    assert not conforms
    _only(results, MENTION)
    assert SH.LessThanOrEqualsConstraintComponent in {r["component"] for r in results}


def test_text_length_must_match_the_span(shapes):
    g = _valid()
    g.set((TARGET, PKG.text, Literal("150亿")))
    conforms, results = _validate(g, shapes)
    assert not conforms
    _only(results, TARGET)
    assert [r["component"] for r in results] == [SH.SPARQLConstraintComponent]
    assert "differs from pkg:end - pkg:start" in results[0]["message"]


def test_range_needs_value_max(shapes):
    g = _valid()
    g.remove((RANGE, PKG.valueMax, None))
    conforms, results = _validate(g, shapes)
    assert not conforms
    _only(results, RANGE)
    assert '"range" goes with a pkg:valueMax' in results[0]["message"]


def test_value_max_below_value(shapes):
    g = _valid()
    g.set((RANGE, PKG.valueMax, Literal("1.0", datatype=XSD.decimal)))
    conforms, results = _validate(g, shapes)
    assert not conforms
    assert SH.LessThanOrEqualsConstraintComponent in {r["component"] for r in results}


@pytest.mark.parametrize(
    "prop, bad, component",
    [
        (PKG.value, Literal("150亿"), SH.DatatypeConstraintComponent),
        (PKG.year, Literal(2021), SH.DatatypeConstraintComponent),
        (PKG.agency, URIRef("https://w3id.org/policykg/id/area/常州市"), SH.ClassConstraintComponent),
        (PKG.inDocument, AGENCY, SH.ClassConstraintComponent),
    ],
)
def test_quantity_values(shapes, prop, bad, component):
    g = _valid()
    g.set((TARGET, prop, bad))
    conforms, results = _validate(g, shapes)
    assert not conforms
    _only(results, TARGET)
    assert (prop, component) in {(r["path"], r["component"]) for r in results}


def test_entity_needs_exactly_one_pref_label(shapes):
    g = _valid()
    g.add((AGENCY, SKOS.prefLabel, Literal("市工信局")))
    conforms, results = _validate(g, shapes)
    assert not conforms
    _only(results, AGENCY)
    assert "exactly one skos:prefLabel" in results[0]["message"]
    g.remove((AGENCY, SKOS.prefLabel, None))
    conforms, results = _validate(g, shapes)
    assert not conforms and results[0]["component"] == SH.MinCountConstraintComponent


def test_mention_needs_an_iri_referent(shapes):
    g = _valid()
    g.set((MENTION, PKG.refersTo, Literal("集成电路")))
    conforms, results = _validate(g, shapes)
    assert not conforms
    _only(results, MENTION)
    assert "pkg:refersTo" in results[0]["message"]


def test_target_and_observation_are_disjoint(shapes):
    g = _valid()
    g.add((TARGET, RDF.type, PKG.Observation))
    conforms, results = _validate(g, shapes)
    assert not conforms
    _only(results, TARGET)


def test_optional_facts_are_not_required(shapes):
    """A quantity with no year, agency, metric, modality or industry, a document with no title: still valid."""
    g = _valid()
    for prop in (PKG.year, PKG.agency, PKG.metric, PKG.modality, PKG.concernsIndustry):
        g.remove((TARGET, prop, None))
    for prop in (DCTERMS.title, DCTERMS.identifier, DCTERMS.issued, PKG.issuedBy, PKG.respondsTo):
        g.remove((DOC, prop, None))
    conforms, results = _validate(g, shapes)
    assert conforms, results


def test_agency_parent_must_be_a_described_agency(shapes):
    g = _valid()
    parent = URIRef("https://w3id.org/policykg/id/agency/常州市人民政府")
    conforms, results = _validate(g, shapes)
    assert conforms, results
    for p, o in list(g.predicate_objects(parent)):  # the parent named only by its IRI
        g.remove((parent, p, o))
    conforms, results = _validate(g, shapes)
    assert not conforms
    _only(results, AGENCY)
    g.add((parent, RDF.type, PKG.Area))  # or described as something else
    g.add((parent, SKOS.prefLabel, Literal("常州市人民政府")))
    conforms, results = _validate(g, shapes)
    assert not conforms
    _only(results, AGENCY)


def test_the_built_reply_conforms(reply_store):
    """What `build` writes for the Changzhou reply conforms to the shapes (with the ontology mixed in,
    as `policykg validate` runs them)."""
    from policykg.validate import validate_store

    conforms, results = validate_store(reply_store)
    assert conforms, results[:10]
