"""Entity extraction on the real Changzhou reply and the provincial work reports; the industry scheme."""
from __future__ import annotations

import time

import pytest

from policykg.loaders.agencies import document_context
from policykg.loaders.entities import extract_entities
from policykg.loaders.industries import find_industries, load_scheme
from policykg.loaders.links import industry_links
from policykg.loaders.normalise import normalise
from policykg.loaders.read import read_source
from policykg.loaders.structure import parse_structure

from .conftest import REPLY, REPORTS


def _extract(path):
    src = read_source(path)
    view = normalise(src.text)
    st = parse_structure(src.text, view)
    ctx = document_context(src, st)
    return src, st, ctx, extract_entities(src, view, st, ctx)


@pytest.fixture(scope="module")
def reply():
    return _extract(REPLY)


@pytest.fixture(scope="module")
def reports():
    return {p.name.split("_")[1]: _extract(p) for p in sorted(REPORTS.glob("*.txt"))}


def test_reply_agencies_once_with_aliases(reply):
    src, _, _, res = reply
    agencies = {e.key: e for e in res.of("Agency")}
    for key, alias in (("常州市工业和信息化局", "市工信局"), ("常州市发展和改革委员会", "市发改委"),
                       ("常州市科学技术局", "市科技局"), ("常州市商务局", "市商务局")):
        assert alias in agencies[key].aliases
        assert ("jurisdiction", "Area", "常州市") in agencies[key].links
    assert len([k for k in agencies if "工业和信息化" in k]) == 1


def test_mentions_point_into_the_reference_text(reply):
    src, _, _, res = reply
    for m in res.mentions:
        assert src.text[m.start:m.end] == m.text
    # a name cut by a page break or spaced out still maps back to the text as read
    assert any(m.key == "常州市工业和信息化局" and m.text == "市工信局" for m in res.mentions)


def test_reply_areas_parks_industries_initiatives(reply):
    _, _, _, res = reply
    areas = {e.key: e for e in res.of("Area")}
    assert ("areaCode", "320411") in areas["常州市新北区"].literals
    assert ("partOf", "Area", "常州市") in areas["常州市新北区"].links
    parks = {e.key for e in res.of("Park")}
    assert {"钟楼腾讯工业云基地", "武进工业互联网研究院", "新北华为云创新中心"} <= parks
    parks_located = {e.key: e.links for e in res.of("Park")}
    assert ("locatedIn", "Area", "常州市钟楼区") in parks_located["钟楼腾讯工业云基地"]
    industries = {e.key for e in res.of("Industry")}
    assert {"集成电路", "新能源汽车", "动力电池", "石墨烯", "高端装备", "新型碳材料"} <= industries
    initiatives = {e.key for e in res.of("Initiative")}
    assert {"常州市“十四五”工业智造发展规划", "七个一", "双百行动计划", "企业上云三年行动计划"} <= initiatives
    cited = {e.key for e in res.of("CitedDocument")}
    assert "常商发〔2020〕38号" in cited
    assert "常工信复〔2021〕第35号" not in cited  # its own number


def test_reply_industry_links_follow_leading_agencies(reply):
    src, st, ctx, res = reply
    links = {(ln.agency, ln.industry) for ln in industry_links(st, res, (), ctx)}
    assert ("常州市工业和信息化局", "集成电路") in links
    assert ("常州市发展和改革委员会", "服务业") in links
    assert ("常州市商务局", "战略性新兴产业") in links
    for ln in industry_links(st, res, (), ctx):
        assert ln.evidence


def test_one_area_node_per_province(reports):
    for prov, (_, _, ctx, res) in reports.items():
        keys = [e.key for e in res.of("Area")]
        assert keys.count(prov) <= 1
        assert ctx.area == prov and ctx.province == prov
        assert any(e.key == f"{prov}人民政府" for e in res.of("Agency")) or ctx.issuer == f"{prov}人民政府"


def test_industries_recognised_across_provinces(reports):
    for name in ("低空经济", "人工智能", "集成电路"):
        having = [p for p, (_, _, _, res) in reports.items() if any(e.key == name for e in res.of("Industry"))]
        assert len(having) >= 5, (name, having)


def test_scheme_records():
    scheme = {c.key: c for c in load_scheme()}
    assert "新能源汽车" in scheme["动力电池"].broader
    assert "芯片" in scheme["集成电路"].aliases
    for c in scheme.values():
        assert all(b in scheme for b in c.broader)


def test_find_industries_strips_suffixes():
    hits = find_industries("巩固提高高端装备、新型碳材料、汽车及核心零部件等产业集群优势。集成电路产业力争达到150亿元")
    assert [h.key for h in hits] == ["高端装备", "新型碳材料", "汽车及核心零部件", "集成电路"]


def test_speed_at_least_one_megabyte_per_second(reports):
    paths = [REPLY] + sorted(REPORTS.glob("*.txt"))
    sources = [read_source(p) for p in paths]
    prepared = []
    for src in sources:
        view = normalise(src.text)
        st = parse_structure(src.text, view)
        prepared.append((src, view, st, document_context(src, st)))
    t = time.perf_counter()
    for src, view, st, ctx in prepared:
        extract_entities(src, view, st, ctx)
    elapsed = time.perf_counter() - t
    size = sum(len(s.text.encode("utf-8")) for s in sources)
    assert size / elapsed >= 1_000_000, f"{size / elapsed / 1e6:.2f} MB/s"


def test_reply_parks_distribute_over_lists(reply):
    _, _, _, res = reply
    parks = {e.key: e for e in res.of("Park")}
    for name in ("中以特色园区", "中德特色园区", "中瑞特色园区", "中日韩特色园区"):
        assert name in parks
    assert "上海自贸区" in parks["中国（上海）自由贸易试验区"].aliases
    assert "江苏省石墨烯创新中心" in parks


def test_reply_cited_documents_and_persons(reply):
    _, _, _, res = reply
    cited = {e.key for e in res.of("CitedDocument")}
    assert {"常商发〔2020〕38号", "关于加快推进我市总部经济发展的实施意见（试行）"} <= cited
    assert any(k.startswith("关于培育壮大龙头企业") for k in cited)


def test_work_report_entities(reports):
    _, _, _, res = reports["河北省"]
    agencies = {e.key for e in res.of("Agency")}
    assert {"中国共产党河北省委员会", "中国人民政治协商会议河北省委员会", "河北省人民代表大会",
            "中国共产党中央委员会"} <= agencies
    parks = {e.key for e in res.of("Park")}
    assert {"雄安中关村科技园", "石家庄国际陆港", "中国（河北）自由贸易试验区"} <= parks
    persons = {e.key: dict(e.literals) for e in res.of("Person")}
    assert persons["习近平"]["role"] == "总书记"
    initiatives = {e.key for e in res.of("Initiative")}
    assert {"提振消费专项行动", "雄忻铁路", "石雄铁路", "两重政策", "冀货出海"} <= initiatives
    assert any("六链五群" in e.aliases for e in res.of("Initiative"))


def test_reply_initiatives_led_by_the_agency_of_their_paragraph(reply):
    _, _, _, res = reply
    lead = {e.key: dict((p, k) for p, _, k in e.links).get("leadAgency") for e in res.of("Initiative")}
    assert lead["十百千创新型企业培育工程"] == "常州市科学技术局"
    assert lead["常州市重点服务业企业培育方案"] == "常州市发展和改革委员会"
    assert lead["928科技经贸洽谈会"] == "常州市商务局"
    assert lead["企业上云三年行动计划"] == "常州市工业和信息化局"
