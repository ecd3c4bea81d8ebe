"""Entity extraction on the real Changzhou reply and the provincial work reports; the industry scheme."""
from __future__ import annotations

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
    assert {"提振消费专项行动", "雄忻铁路", "石雄铁路", "两重政策", "冀货出海行动"} <= initiatives
    assert any("冀货出海" in e.aliases for e in res.of("Initiative"))  # (深入实施冀货出海等行动: the gold's name)
    assert any("六链五群" in e.aliases for e in res.of("Initiative"))


def test_reply_initiatives_led_by_the_agency_of_their_paragraph(reply):
    _, _, _, res = reply
    lead = {e.key: dict((p, k) for p, _, k in e.links).get("leadAgency") for e in res.of("Initiative")}
    assert lead["十百千创新型企业培育工程"] == "常州市科学技术局"
    assert lead["常州市重点服务业企业培育方案"] == "常州市发展和改革委员会"
    assert lead["928科技经贸洽谈会"] == "常州市商务局"
    assert lead["企业上云三年行动计划"] == "常州市工业和信息化局"


# ------------------------------------------------------------- generalisation across the genre
# Synthetic sentences in the style of work reports (names invented or generic), so that the rules are
# tested as rules, not as memories of one document.

def _keys(hits):
    return {h.key for h in hits}


def test_parks_lists_counts_and_boundaries():
    from policykg.loaders.entities_named import find_parks

    t = ("启动甲湖、乙山、丙河保护区生态修复。支持东岭、西岭、南岭3个省实验室运营。"
         "推动丁市国家碳达峰试点城市和丁市循环经济产业园建设。借力海南自贸港政策。"
         "建成世界最大的某某生产基地。列入世界地质公园网络名录。高标准建设“戊城人才创新港”。"
         "建设贵阳、遵义国家物流枢纽。")
    keys = _keys(find_parks(t, "吉林省"))
    assert {"甲湖保护区", "乙山保护区", "丙河保护区", "东岭实验室", "西岭实验室", "南岭实验室",
            "丁市循环经济产业园", "海南自由贸易港", "戊城人才创新港", "贵阳国家物流枢纽", "遵义国家物流枢纽"} <= keys
    assert not any("和" in k or "世界" in k or k.startswith("借力") or "最大" in k for k in keys)


def test_parks_kinds_are_not_names():
    from policykg.loaders.entities_named import find_parks

    t = "建设先进制造基地和成果转化基地，提升国家公园建设水平，加快骨干冷链物流基地建设，打造产业集群示范区。"
    assert _keys(find_parks(t, "山西省")) <= {"产业集群示范区"}


def test_initiatives_listed_works_distribute_the_head():
    from policykg.loaders.entities_named import find_initiatives

    t = ("启动甲乙、丙丁和戊己扩能等铁路项目，建好子城至丑城、寅卯等高速公路续建项目。"
         "推进某电甲县、某能乙县等5个百亿级绿色氢基能源一体化项目建设。加快实施交通、水利等重大项目。"
         "在金融、电信等领域推动落地一批外资项目。")
    keys = _keys(find_initiatives(t))
    assert {"甲乙铁路", "丙丁铁路", "戊己扩能铁路", "子城至丑城高速公路", "寅卯高速公路",
            "某电甲县绿色氢基能源一体化项目", "某能乙县绿色氢基能源一体化项目"} <= keys
    assert not any(k.startswith(("交通", "水利", "金融", "电信")) for k in keys)


def test_initiatives_events_awards_policies_campaigns():
    from policykg.loaders.entities_named import find_initiatives

    t = ("作品荣获第20届群星奖。运动员在第9届亚冬会上夺金。落实生育补贴政策。实施更加积极的财政政策。"
         "建设美丽吉林；建设更高水平平安吉林和法治吉林。把群众的“心上事”作为政府的“上心事”。")
    hits = find_initiatives(t, area_names=("吉林省", "吉林"))
    keys = _keys(hits)
    assert {"第9届亚冬会", "生育补贴政策", "美丽吉林", "平安吉林", "法治吉林"} <= keys
    assert any("群星奖" in h.aliases for h in hits)
    assert not any(k in keys for k in ("心上事", "上心事")) and not any("财政政策" in k for k in keys)


def test_industries_quoted_sectors_and_longer_names():
    t = ("开发“谷子经济”“票根经济”。产值超过10亿元。新医药产业聚焦生物制药。加快培育氢燃料轻量化汽车产业。"
         "人参全产业链产值增长。生态渔业产值突破百亿元。坚定产业自信。")
    keys = {h.key for h in find_industries(t)}
    # (生态渔业, found by its 产值, is one of the scheme's forms of 渔业)
    assert {"谷子经济", "票根经济", "新医药", "氢燃料轻量化汽车", "人参", "渔业"} <= keys
    assert "坚定" not in keys
