"""End to end: files → store, checked with SPARQL over the built graph (issue 2)."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from policykg.build import build
from policykg.store import GraphStore

from .conftest import REPLY, REPORTS

P = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dct: <http://purl.org/dc/terms/>
"""


def rows(store: GraphStore, query: str, **params) -> list[dict]:
    subs = {k: (ox.Literal(v) if isinstance(v, str) else v) for k, v in params.items()}
    result = store.query(P + query, subs)
    names = [v.value for v in result.variables]
    return [{n: (r[n].value if r[n] is not None else None) for n in names} for r in result]


def one(store, query, **params):
    result = rows(store, query, **params)
    assert len(result) == 1, result
    return result[0]


# -- the Changzhou reply --------------------------------------------------------------------

def test_reply_document_metadata(reply_store):
    r = one(reply_store, """SELECT ?title ?number ?issuer WHERE {
        ?doc a pkg:Document ; dct:title ?title ; dct:identifier ?number ; pkg:issuedBy/skos:prefLabel ?issuer }""")
    assert r["number"] == "常工信复〔2021〕第 35 号"
    assert r["title"] == "关于对常州市十六届人大五次会议代表建议第141号的答复"
    assert r["issuer"] == "常州市工业和信息化局"


def test_reply_suggestion_and_deputy(reply_store):
    r = one(reply_store, """SELECT ?num ?meeting ?name ?role WHERE {
        ?doc pkg:respondsTo ?sug . ?sug a pkg:Suggestion ; pkg:number ?num ; pkg:meeting ?meeting ;
             pkg:proposedBy ?p . ?p a pkg:Person ; skos:prefLabel ?name ; pkg:role ?role }""")
    assert (r["num"], r["meeting"], r["name"], r["role"]) == ("141", "常州市十六届人大五次会议", "周旭宏", "代表")


def test_reply_signer_handler_phone(reply_store):
    r = one(reply_store, """SELECT ?signer ?handler ?phone WHERE {
        ?doc a pkg:Document ; pkg:signer/skos:prefLabel ?signer ; pkg:handler/skos:prefLabel ?handler ;
             pkg:phone ?phone }""")
    assert (r["signer"], r["handler"], r["phone"]) == ("杨军", "孙志宏", "85681269")
    roles = {x["name"]: x["role"] for x in rows(reply_store, """SELECT ?name ?role WHERE {
        ?p a pkg:Person ; skos:prefLabel ?name ; pkg:role ?role }""")}
    assert roles["杨军"] == "签发人" and roles["孙志宏"] == "经办人"


def test_reply_signer_mention_points_at_exact_characters(reply_store, reply_text):
    r = one(reply_store, """SELECT ?start ?end ?text WHERE {
        ?m a pkg:Mention ; pkg:refersTo ?p ; pkg:start ?start ; pkg:end ?end ; pkg:text ?text .
        ?p skos:prefLabel "杨军"@zh }""")
    assert r["text"] == "杨 军" == reply_text[int(r["start"]):int(r["end"])]


def test_reply_copied_bodies(reply_store):
    names = {x["name"] for x in rows(reply_store, """SELECT ?name WHERE {
        ?doc pkg:copyTo ?a . ?a a pkg:Agency ; skos:prefLabel ?name }""")}
    assert names == {"常州市人民政府办公室", "常州市人大常委会人事代表工作委员会"}


def test_reply_section_tree(reply_store):
    top = rows(reply_store, """SELECT ?marker ?heading WHERE {
        ?doc a pkg:Document ; pkg:hasSection ?s . ?s pkg:marker ?marker ; pkg:heading ?heading ; pkg:start ?start }
        ORDER BY ?start""")
    assert [t["marker"] for t in top] == ["一、", "二、", "三、"]
    assert top[1]["heading"] == "关于加快总部经济培育加大招商选资力度问题"
    counts = rows(reply_store, """SELECT ?marker (COUNT(?child) AS ?n) WHERE {
        ?doc a pkg:Document ; pkg:hasSection ?s . ?s pkg:marker ?marker ; pkg:hasSection ?child }
        GROUP BY ?marker ORDER BY ?marker""")
    assert {c["marker"]: int(c["n"]) for c in counts} == {"一、": 4, "二、": 4, "三、": 4}


def test_every_mention_and_quantity_text_matches_its_span(reply_store, reply_text):
    spans = rows(reply_store, """SELECT ?s ?start ?end ?text WHERE {
        ?s pkg:start ?start ; pkg:end ?end ; pkg:text ?text . FILTER NOT EXISTS { ?s a pkg:Section } }""")
    assert len(spans) > 50
    for s in spans:
        assert reply_text[int(s["start"]):int(s["end"])] == s["text"], s


# -- the 31 work reports ----------------------------------------------------------------------

def test_all_work_reports_build_with_title_and_issuer(corpus_store):
    found = rows(corpus_store, """SELECT ?file ?title ?issuer WHERE {
        ?doc a pkg:Document ; pkg:sourceFile ?file ; dct:title ?title ; pkg:issuedBy/skos:prefLabel ?issuer }""")
    by_file = {f["file"]: f for f in found}
    reports = sorted(p.name for p in REPORTS.glob("*.txt"))
    assert len(reports) == 31
    for name in reports:
        assert name in by_file, f"{name} has no title or issuer"
        province = name.split("_")[1]
        assert by_file[name]["issuer"] == f"{province}人民政府"
        assert "政府工作报告" in by_file[name]["title"]


# -- determinism, idempotency, encodings ------------------------------------------------------

def _build(tmp: Path, files, **kw) -> GraphStore:
    store = GraphStore(tmp)
    summary = build([str(f) for f in files], store, **kw)
    assert not summary.failed, summary.failed
    return store


def test_two_fresh_builds_are_byte_identical(tmp_path):
    files = [REPLY, *sorted(REPORTS.glob("*.txt"))[:3]]
    a = _build(tmp_path / "a", files).dump_nquads_sorted()
    b = _build(tmp_path / "b", files, jobs=2).dump_nquads_sorted()
    assert a == b and len(a) > 10000


def test_building_again_duplicates_nothing(tmp_path):
    store = _build(tmp_path / "s", [REPLY])
    before = store.dump_nquads_sorted()
    summary = build([str(REPLY)], store)
    assert summary.count("unchanged") == 1
    assert store.dump_nquads_sorted() == before


def test_changed_file_replaces_its_own_graph(tmp_path):
    copy = tmp_path / "reply.txt"
    copy.write_text(REPLY.read_text(encoding="utf-8"), encoding="utf-8")
    store = _build(tmp_path / "s", [copy])
    copy.write_text(REPLY.read_text(encoding="utf-8").replace("30 家", "31 家"), encoding="utf-8")
    summary = build([str(copy)], store)
    assert summary.count("updated") == 1
    assert len(store.documents()) == 1
    fresh = _build(tmp_path / "fresh", [copy])
    assert store.dump_nquads_sorted() == fresh.dump_nquads_sorted()


def _graph_without_file_identity(store: GraphStore) -> set[str]:
    """The union graph with the file's own identity (hash, encoding, path) taken out."""
    sha = store.documents()[0]["sha256"]
    lines = set()
    for line in store.dump_nquads_sorted().decode().splitlines():
        if any(p in line for p in ("#sha256>", "#encoding>", "#sourcePath>", "#sourceFile>")):
            continue
        line = line.rsplit(" ", 2)[0]  # drop the graph name
        lines.add(line.replace(sha, "SHA"))
    return lines


@pytest.mark.parametrize("codec", ["gb18030", "utf-16"])
def test_other_encodings_give_the_same_graph(tmp_path, codec):
    text = REPLY.read_text(encoding="utf-8")
    copy = tmp_path / f"reply-{codec}.txt"
    copy.write_bytes(text.encode(codec))
    original = _build(tmp_path / "utf8", [REPLY])
    other = _build(tmp_path / codec, [copy])
    assert other.documents()[0]["sha256"] != original.documents()[0]["sha256"]
    assert _graph_without_file_identity(other) == _graph_without_file_identity(original)


# -- the command line --------------------------------------------------------------------------

def run_cli(*args, cwd=None):
    return subprocess.run([sys.executable, "-m", "policykg", *args], capture_output=True, text=True, cwd=cwd,
                          timeout=900)


def test_cli_build_export_validate_stats(tmp_path):
    store = tmp_path / "store"
    r = run_cli("build", str(REPLY), "--store", str(store), "--json")
    assert r.returncode == 0, r.stderr
    report = json.loads(r.stdout)
    assert report["added"] == 1 and report["documents"] == 1 and report["failed"] == []
    assert report["entities"]["Agency"] >= 4
    for fmt in ("turtle", "ntriples", "nquads", "trig", "jsonld"):
        out = tmp_path / f"graph.{fmt}"
        r = run_cli("export", fmt, "-o", str(out), "--store", str(store))
        assert r.returncode == 0, r.stderr
        data = out.read_bytes()
        parsed = list(ox.parse(data, format={"turtle": ox.RdfFormat.TURTLE, "ntriples": ox.RdfFormat.N_TRIPLES,
                                              "nquads": ox.RdfFormat.N_QUADS, "trig": ox.RdfFormat.TRIG,
                                              "jsonld": ox.RdfFormat.JSON_LD}[fmt]))
        assert len(parsed) > 500
    r = run_cli("validate", "--store", str(store))
    assert r.returncode == 0, r.stdout + r.stderr
    assert "conforms" in r.stdout
    r = run_cli("stats", "--store", str(store), "--json")
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["documents"][0]["file"] == REPLY.name


def test_cli_usage_errors(tmp_path):
    r = run_cli("build", str(tmp_path / "nope.txt"), "--store", str(tmp_path / "s"))
    assert r.returncode == 2 and "no such file" in r.stderr
    r = run_cli("export", "xml", "-o", str(tmp_path / "x"), "--store", str(tmp_path / "s"))
    assert r.returncode == 2
    r = run_cli("stats", "--store", str(tmp_path / "missing-store"))
    assert r.returncode == 1 and "policykg build" in r.stderr
    for command in ("build", "export", "validate", "stats", "eval"):
        r = run_cli(command, "--help")
        assert r.returncode == 0 and "Usage" in r.stdout


def test_a_span_naming_two_bodies_gives_two_mentions_and_the_graph_conforms(tmp_path):
    # a joint notice's addressees: 省发展改革委 after 青海、甘肃 is both provinces' commission; a quoted programme
    # read twice at one span (“以工助农” and “以工助农”行动) is one initiative
    from policykg.validate import validate_store
    doc = tmp_path / "通知.txt"
    doc.write_text("关于做好就业帮扶工作的通知\n青海、甘肃省发展改革委、省教育厅：\n"
                   "开展“技能照亮前程”、“以工助农”等行动，落实“以工助农”行动方案要求。\n", encoding="utf-8")
    store = GraphStore(tmp_path / "store")
    build([str(doc)], store)
    both = rows(store, """SELECT ?m ?label WHERE { GRAPH ?g { ?m a pkg:Mention ; pkg:text "甘肃省发展改革委" ;
        pkg:refersTo/skos:prefLabel ?label } }""")
    assert sorted(r["label"] for r in both) == ["甘肃省发展和改革委员会", "青海省发展和改革委员会"]
    assert len({r["m"] for r in both}) == 2
    many = rows(store, """SELECT ?m WHERE { GRAPH ?g { ?m a pkg:Mention ; pkg:refersTo ?a , ?b } FILTER (?a != ?b) }""")
    assert many == []
    ok, violations = validate_store(store)
    assert ok, violations
    # (the listed quote's mention runs to the head after 等, “以工助农”等行动; the second is “以工助农”行动)
    named = rows(store, """SELECT DISTINCT ?e WHERE { GRAPH ?g { ?m pkg:refersTo ?e ; pkg:text ?t
        FILTER (STRSTARTS(?t, "“以工助农”")) } }""")
    assert len(named) == 1
