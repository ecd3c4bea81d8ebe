"""Facts the user states about files (`build --metadata`): the table, the build, the store, the command line."""
from __future__ import annotations

import dataclasses
import json
import os
import subprocess
import sys
from pathlib import Path

import pyoxigraph as ox
import pytest

from policykg.build import build
from policykg.metadata import MetadataError, iso_published, read_metadata
from policykg.store import GraphStore

P = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
PREFIX dct: <http://purl.org/dc/terms/>
"""

# a bureau's reply as saved from its web page: it says 我局 and never names itself, nor its date
REPLY = """关于市十四届人大三次会议第52号建议的答复

李明代表：
    您提出的《关于加快培育特色农产品加工产业的建议》收悉，现答复如下：
    目前，全市茶叶种植面积达到12.5万亩，较上年增长4%。我局将继续支持龙头企业做大做强。
    感谢您对农业农村工作的关心和支持。
"""


def _rows(store: GraphStore, query: str) -> list[dict]:
    result = store.query(P + query)
    names = [v.value for v in result.variables]
    return [{n: (r[n].value if r[n] is not None else None) for n in names} for r in result]


@pytest.fixture()
def folder(tmp_path):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "reply.txt").write_text(REPLY, encoding="utf-8")
    return tmp_path


def _table(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_text(text, encoding=encoding)
    return path


# -- the table ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "iso"), [
    ("2023-07-26", "2023-07-26"), ("2023/7/26", "2023-07-26"), ("2023年7月26日", "2023-07-26"),
    ("2023-07-26 10:10:00", "2023-07-26"), ("2023-07", "2023-07"), ("2023", "2023"), ("2023年", "2023"),
    ("26/07/2023", None), ("2023-13-01", None), ("last year", None), ("", None),
])
def test_published_dates(value, iso):
    assert iso_published(value) == iso


def test_table_by_relative_path_or_unique_name_csv_and_tsv(folder):
    files = [str(folder / "docs" / "reply.txt")]
    by_path = _table(folder / "m.csv", "file,issuer,notes\ndocs/reply.txt,市农业农村局,seen twice\n")
    md = read_metadata(by_path, files)
    assert md.by_path == {files[0]: (("issuer", "市农业农村局"),)}
    assert md.ignored_columns == ["notes"] and md.problems == []
    by_name = _table(folder / "m.tsv", "file\tplace\tdate\nreply.txt\t黄山市\t2023/6/20\n")
    assert read_metadata(by_name, files).by_path == {files[0]: (("area", "黄山市"), ("published", "2023-06-20"))}


def test_table_saved_as_gb18030(folder):
    files = [str(folder / "docs" / "reply.txt")]
    table = _table(folder / "m.csv", "file,发文机关\nreply.txt,黄山市农业农村局\n", "gb18030")
    assert read_metadata(table, files).by_path == {files[0]: (("issuer", "黄山市农业农村局"),)}


def test_table_rows_that_cannot_be_used_are_named(folder):
    (folder / "docs" / "sub").mkdir()
    (folder / "docs" / "sub" / "reply.txt").write_text(REPLY, encoding="utf-8")
    (folder / "docs" / "other.txt").write_text(REPLY, encoding="utf-8")
    files = [str(folder / "docs" / "reply.txt"), str(folder / "docs" / "sub" / "reply.txt"),
             str(folder / "docs" / "other.txt")]
    table = _table(folder / "m.csv", "file,area,published,url\n"
                   "reply.txt,黄山市,,\n"  # two files built have that name
                   "gone.txt,黄山市,,\n"
                   "docs/other.txt,火星市,去年,ftp://x\n")
    md = read_metadata(table, files)
    assert md.by_path == {files[2]: ()}
    text = "\n".join(md.problems)
    assert "line 2: reply.txt: 2 files built have that name" in text
    assert "line 3: gone.txt: no such file among those built" in text
    assert "area '火星市'" in text and "published '去年'" in text and "url 'ftp://x'" in text


@pytest.mark.parametrize(("written", "key"), [
    ("辽宁省抚顺市", "抚顺市"), ("山西省晋城市城区", "晋城市城区"), ("宁夏银川市西夏区", "银川市西夏区"),
    ("云南省保山市龙陵县", "保山市龙陵县"), ("黄山市", "黄山市"), ("重庆市", "重庆市"),
])
def test_table_area_written_with_its_containing_areas(folder, written, key):
    files = [str(folder / "docs" / "reply.txt")]
    md = read_metadata(_table(folder / "m.csv", f"file,area\nreply.txt,{written}\n"), files)
    assert md.by_path == {files[0]: (("area", key),)} and md.problems == []


def test_table_area_that_names_several_places_is_not_guessed(folder):
    files = [str(folder / "docs" / "reply.txt")]
    md = read_metadata(_table(folder / "m.csv", "file,area\nreply.txt,城区\n"), files)
    assert md.by_path == {files[0]: ()}
    assert "area '城区' names" in md.problems[0] and "write it after its city" in md.problems[0]


def test_table_without_a_file_column_or_not_text_is_refused(folder):
    with pytest.raises(MetadataError, match="no 'file' column; its columns are name, issuer"):
        read_metadata(_table(folder / "m.csv", "name,issuer\nreply.txt,x\n"), [])
    (folder / "bin.csv").write_bytes(b"\x81\x20\xff")
    with pytest.raises(MetadataError, match="neither UTF-8 nor GB18030"):
        read_metadata(folder / "bin.csv", [])


# -- the build ------------------------------------------------------------------------------------

STATED = {"issuer": "市农业农村局", "area": "黄山市", "published": "2023-06-20",
          "url": "https://nyncj.huangshan.gov.cn/zwgk/2023/52.html"}


def test_stated_facts_give_issuer_jurisdiction_date_and_address(folder, tmp_path):
    path = str(folder / "docs" / "reply.txt")
    store = GraphStore(tmp_path / "store")
    build([path], store, metadata={path: tuple(sorted(STATED.items()))})
    (doc,) = _rows(store, """SELECT ?issuer ?issued ?url WHERE { ?d a pkg:Document ;
        pkg:issuedBy/skos:prefLabel ?issuer ; dct:issued ?issued ; pkg:sourceUrl ?url }""")
    assert doc == {"issuer": "黄山市农业农村局", "issued": "2023-06-20", "url": STATED["url"]}
    figures = _rows(store, """SELECT ?text ?agency ?year WHERE { ?q a pkg:Quantity ; pkg:text ?text ;
        pkg:agency/skos:prefLabel ?agency ; pkg:year ?year }""")
    assert {(f["text"], f["agency"], f["year"]) for f in figures} == {
        ("12.5万亩", "黄山市农业农村局", "2023"), ("4%", "黄山市农业农村局", "2023")}


def test_without_stated_facts_the_reply_has_no_issuer(folder, tmp_path):
    path = str(folder / "docs" / "reply.txt")
    store = GraphStore(tmp_path / "store")
    build([path], store)
    assert _rows(store, "SELECT ?i WHERE { ?d pkg:issuedBy ?i }") == []


def test_changed_facts_re_extract_an_unchanged_file(folder, tmp_path):
    path = str(folder / "docs" / "reply.txt")
    store = GraphStore(tmp_path / "store")
    stated = tuple(sorted(STATED.items()))
    other = tuple(sorted({**STATED, "area": "六安市"}.items()))

    def statuses(metadata):
        return [r.status for r in build([path], store, metadata=metadata).results]

    assert statuses({path: stated}) == ["added"]
    assert statuses({path: stated}) == ["unchanged"]
    assert statuses({path: other}) == ["updated"]
    issuer = _rows(store, "SELECT ?i WHERE { ?d pkg:issuedBy/skos:prefLabel ?i }")
    assert issuer == [{"i": "六安市农业农村局"}]
    assert statuses(None) == ["updated"]  # facts no longer stated are no longer used
    assert _rows(store, "SELECT ?i WHERE { ?d pkg:issuedBy ?i }") == []
    assert len(_rows(store, "SELECT ?d WHERE { ?d a pkg:Document }")) == 1


# -- the command line -----------------------------------------------------------------------------

def _cli(*args, cwd):
    return subprocess.run([sys.executable, "-m", "policykg", *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "COLUMNS": "200"})


def test_cli_build_with_metadata(folder):
    _table(folder / "sources.csv", "file,issuer,area,published,url,chars\n"
           f"docs/reply.txt,{STATED['issuer']},{STATED['area']},{STATED['published']},{STATED['url']},300\n"
           "docs/missing.txt,市商务局,黄山市,2023,\n")
    r = _cli("build", "docs", "--store", "st", "--metadata", "sources.csv", "--json", cwd=folder)
    assert r.returncode == 0, r.stderr
    assert json.loads(r.stdout)["added"] == 1
    assert "line 3: docs/missing.txt: no such file among those built" in r.stderr
    assert "columns not used: chars" in r.stderr and "facts stated for 1 of 1 files" in r.stderr
    q = _cli("sparql", P + "SELECT ?i WHERE { ?d pkg:issuedBy/skos:prefLabel ?i }", "--store", "st",
             "--format", "json", cwd=folder)
    assert "黄山市农业农村局" in q.stdout, q.stderr


def test_cli_refuses_a_table_it_cannot_use(folder):
    _table(folder / "bad.csv", "name,issuer\nreply.txt,x\n")
    r = _cli("build", "docs", "--store", "st", "--metadata", "bad.csv", cwd=folder)
    assert r.returncode == 2
    assert "no 'file' column" in r.stderr
    assert not (folder / "st").exists()  # refused before anything is stored


def test_a_zones_site_publishes_the_zones_own_news(tmp_path):
    from policykg.loaders.agencies import document_context
    from policykg.loaders.normalise import normalise
    from policykg.loaders.read import read_source
    from policykg.loaders.structure import parse_structure
    p = tmp_path / "page.txt"
    p.write_text("上半年经开区工业经济持续稳居全市第一\n上半年，经开区规上工业增加值同比增长23.5%。\n", encoding="utf-8")
    src = dataclasses.replace(read_source(p), given=(("url", "https://jkq.yaan.gov.cn/xinwen/show/439fade8.html"),))
    ctx = document_context(src, parse_structure(src.text, normalise(src.text)))
    assert (ctx.issuer, ctx.area) == ("雅安经济技术开发区管理委员会", "雅安市")


def test_an_autonomous_regions_department_site_publishes_its_own_summary(tmp_path):
    from policykg.loaders.agencies import document_context
    from policykg.loaders.normalise import normalise
    from policykg.loaders.read import read_source
    from policykg.loaders.structure import parse_structure
    p = tmp_path / "page.txt"
    p.write_text("今年以来，厅里完成了专项资金项目评审工作，安排资金3.5亿元。\n", encoding="utf-8")
    st = parse_structure(p.read_text(encoding="utf-8"), normalise(p.read_text(encoding="utf-8")))
    # a region's 厅 is written 自治区…厅, not 省…厅
    for url, issuer in (("http://kjt.xinjiang.gov.cn/kjt/c1/1.shtml", "新疆维吾尔自治区科学技术厅"),
                        ("http://sthjt.nx.gov.cn/xwzx/1.html", "宁夏回族自治区生态环境厅")):
        src = dataclasses.replace(read_source(p), given=(("url", url),))
        assert document_context(src, st).issuer == issuer


def test_a_replys_title_without_about_its_sites_body_and_its_suggestions_year(tmp_path):
    from policykg.loaders.agencies import document_context
    from policykg.loaders.normalise import normalise
    from policykg.loaders.read import read_source
    from policykg.loaders.structure import parse_structure
    from policykg.pipeline import extract_record
    p = tmp_path / "reply.txt"
    p.write_text("对市政协十四届二次会议第20230128号提案的答复\n一、办理情况\n我局高度重视本提案办理工作。\n", encoding="utf-8")
    src = dataclasses.replace(read_source(p), given=(("url", "https://kjj.wuhan.gov.cn/jytabl/content/post_1.html"),))
    st = parse_structure(src.text, normalise(src.text))
    assert st.genre == "reply" and st.field_value("suggestion_number") == "20230128"
    assert document_context(src, st).issuer == "武汉市科学技术局"
    # a city portal by its initials, a city's 市发改委 site, a district's site by all its initials
    for url, issuer in (("http://gxj.gz.gov.cn/zw/post_1.html", "广州市工业和信息化局"),
                        ("https://sfgw.xuchang.gov.cn/ztzl/1.html", "许昌市发展和改革委员会"),
                        ("http://www.hyyfq.gov.cn/zwgk/1.html", None)):
        src = dataclasses.replace(read_source(p), given=(("url", url),))
        ctx = document_context(src, st)
        assert ctx.issuer == issuer or issuer is None and ctx.area == "衡阳市雁峰区"
    # an undated reply is of the year its suggestion is numbered by
    p.write_text("张三代表：\n您提出的《关于扶持中小企业的建议》(第20222149号)收悉，现答复如下：\n全市新增企业30个。\n",
                 encoding="utf-8")
    assert extract_record(read_source(p)).quantities[0].year == 2022


def test_a_reply_naming_no_issuer_is_its_most_named_department_and_a_site_label_of_both_levels(tmp_path):
    from policykg.loaders.agencies import document_context
    from policykg.loaders.normalise import normalise
    from policykg.loaders.read import read_source
    from policykg.loaders.structure import parse_structure
    p = tmp_path / "reply.txt"
    p.write_text("对区第十九届人民代表大会第二次会议第4号代表建议的答复\n张三代表：\n您提出的建议收悉，现答复如下：\n"
                 "二道区工信局联合多部门举办对接会。区政府高度重视。二道区工信局将在区委、区政府领导下继续推进。\n",
                 encoding="utf-8")
    src = dataclasses.replace(read_source(p), given=(("url", "http://www.ccerdao.gov.cn/zwgk/202311/t20231128_1.html"),))
    ctx = document_context(src, parse_structure(src.text, normalise(src.text)))
    assert (ctx.issuer, ctx.area) == ("长春市二道区工业和信息化局", "长春市二道区")
    p.write_text("政协十二届二次会议《关于促进文旅产业发展的建议》(0484号)答复\n乌春委员：\n您提出的建议收悉。\n",
                 encoding="utf-8")
    for url, issuer in (("https://whly.ln.gov.cn/whly/jyta/index.shtml", "辽宁省文化和旅游厅"),
                        ("https://whly.wuhan.gov.cn/jyta/index.shtml", "武汉市文化和旅游局")):
        src = dataclasses.replace(read_source(p), given=(("url", url),))
        assert document_context(src, parse_structure(src.text, normalise(src.text))).issuer == issuer


def test_a_news_page_whose_source_is_a_governments_site_is_the_governments(tmp_path):
    from policykg.loaders.agencies import document_context
    from policykg.loaders.normalise import normalise
    from policykg.loaders.read import read_source
    from policykg.loaders.structure import parse_structure
    p = tmp_path / "news.txt"
    p.write_text("索引号 | 530400201329086 | 文     号 |   |\n来   源 | 玉溪市人民政府网 | 公开日期 | 2013-10-31 |\n"
                 "高新区13个项目集中开工\n10月29日，玉溪国家高新区集中开工第二批13个项目。\n", encoding="utf-8")
    src = dataclasses.replace(read_source(p), given=(("url", "http://www.yuxi.gov.cn/yxs/tpxw2/20131031/29086.html"),))
    assert document_context(src, parse_structure(src.text, normalise(src.text))).issuer == "玉溪市人民政府"


def _context_of_page(tmp_path, text: str, url: str):
    from policykg.loaders.agencies import document_context
    from policykg.loaders.normalise import normalise
    from policykg.loaders.read import read_source
    from policykg.loaders.structure import parse_structure
    p = tmp_path / "page.txt"
    p.write_text(text, encoding="utf-8")
    src = dataclasses.replace(read_source(p), given=(("url", url),))
    return document_context(src, parse_structure(src.text, normalise(src.text)))


def test_a_page_that_speaks_as_its_county_on_the_countys_portal_is_the_governments(tmp_path):
    text = "[本期综述]\n1-6月，我县重大项目建设稳步推进。我县8项省重点项目累计完成投资12.88亿元。\n"
    ctx = _context_of_page(tmp_path, text, "http://www.fzmq.gov.cn/xjwz/ztzl/202407/t20240719_1.htm")
    assert (ctx.issuer, ctx.area) == ("闽清县人民政府", "福州市闽清县")
    # a body's site (an unknown label before the area's) or a body speaking (我局) is not the government's portal
    assert _context_of_page(tmp_path, text, "http://swj.huhhot.gov.cn/zcjd/t20250427_1.html").issuer is None
    ctx = _context_of_page(tmp_path, text + "我局将加快推进。\n", "http://www.fzmq.gov.cn/xjwz/t20240719_1.htm")
    assert ctx.issuer != "闽清县人民政府"


def test_a_reports_title_about_a_place_and_its_publisher_line_above_it(tmp_path):
    # the area from 关于历城区…报告 (the portal's label is shared by several places), the issuer from the bare line above
    text = ("关于历城区2022年度区级预算执行及其他财政收支情况的审计工作报告\n11370112004203796M/2023-6491079\n区审计局\n"
            "2023-08-31\n根据审计法规定，依法审计了2022年度区级预算执行情况。\n")
    ctx = _context_of_page(tmp_path, text, "http://www.licheng.gov.cn/gongkai/doc_1.html")
    assert (ctx.issuer, ctx.area) == ("济南市历城区审计局", "济南市历城区")
