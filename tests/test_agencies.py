"""The agency resolver and the document context, in several jurisdictions."""
from __future__ import annotations

import pytest

from policykg.loaders.agencies import DocContext, document_context, find_agencies, resolve_agency
from policykg.model import SourceText, Span, Structure

CZ = DocContext("常州市工业和信息化局", "常州市", "江苏省")
SZ = DocContext("苏州市人民政府", "苏州市", "江苏省")
HB = DocContext("河北省人民政府", "河北省", "河北省")
BJ = DocContext("北京市人民政府", "北京市", "北京市")
CD = DocContext("成都市人民政府", "成都市", "四川省")


@pytest.mark.parametrize("name, ctx, expected", [
    ("市工信局", CZ, "常州市工业和信息化局"),
    ("市工信局", SZ, "苏州市工业和信息化局"),
    ("省工信厅", CZ, "江苏省工业和信息化厅"),
    ("省工信厅", HB, "河北省工业和信息化厅"),
    ("国家发展改革委", CZ, "中华人民共和国国家发展和改革委员会"),
    ("国家发改委", HB, "中华人民共和国国家发展和改革委员会"),
    ("市政府办公室", CZ, "常州市人民政府办公室"),
    ("市人大人事代表工委", CZ, "常州市人大常委会人事代表工作委员会"),
    ("市发改委", CD, "成都市发展和改革委员会"),
    ("市科技局", CD, "成都市科学技术局"),
    ("省科技厅", CD, "四川省科学技术厅"),
    ("市住建委", BJ, "北京市住房和城乡建设委员会"),
    ("市卫健委", SZ, "苏州市卫生健康委员会"),
    ("市市场监管局", SZ, "苏州市市场监督管理局"),
    ("苏州市工信局", CZ, "苏州市工业和信息化局"),
    ("新北区发改委", CZ, "常州市新北区发展和改革委员会"),
    ("市委", CZ, "中国共产党常州市委员会"),
    ("中共河北省委", HB, "中国共产党河北省委员会"),
    ("省政协", HB, "中国人民政治协商会议河北省委员会"),
    ("团省委", HB, "共青团河北省委员会"),
    ("省妇联", HB, "河北省妇女联合会"),
    ("党中央", HB, "中国共产党中央委员会"),
    ("工信部", SZ, "中华人民共和国工业和信息化部"),
    ("市人大常委会", BJ, "北京市人民代表大会常务委员会"),
    ("我局", CZ, "常州市工业和信息化局"),
])
def test_resolve_agency(name, ctx, expected):
    assert resolve_agency(name, ctx) == expected


def test_unknown_names_do_not_resolve():
    assert resolve_agency("产业集聚", CZ) is None
    assert resolve_agency("我局", SZ) is None or resolve_agency("我局", SZ) == "苏州市人民政府"


def test_find_agencies_in_running_text():
    text = "今年1月市商务局、市发改委、市财政局联合认定了14家市级区域性总部企业。常州市十六届人大五次会议"
    keys = [h.key for h in find_agencies(text, CZ)]
    assert keys == ["常州市商务局", "常州市发展和改革委员会", "常州市财政局", "常州市人民代表大会"]


def _source(name: str, text: str) -> SourceText:
    return SourceText(path=name, name=name, text=text, sha256="0", encoding="utf-8")


def test_context_from_issuer_mark():
    text = "\n常州市工业和信息化局文件\n\n常工信复〔2021〕第 35 号\n"
    st = Structure(genre="reply", fields={"issuer_mark": Span(1, 11, "常州市工业和信息化局", "常州市工业和信息化局")})
    assert document_context(_source("x.txt", text), st) == DocContext("常州市工业和信息化局", "常州市", "江苏省")


def test_context_from_first_lines_without_fields():
    text = "\n苏州市商务局文件\n\n苏商复〔2022〕5号\n"
    assert document_context(_source("x.txt", text), Structure(genre="reply")) == DocContext("苏州市商务局", "苏州市", "江苏省")


@pytest.mark.parametrize("title, expected", [
    ("2026年河北省政府工作报告", DocContext("河北省人民政府", "河北省", "河北省")),
    ("2026年四川省人民政府工作报告", DocContext("四川省人民政府", "四川省", "四川省")),
    ("2026年广西壮族自治区政府工作报告", DocContext("广西壮族自治区人民政府", "广西壮族自治区", "广西壮族自治区")),
])
def test_context_of_work_reports(title, expected):
    st = Structure(genre="work_report", fields={"title": Span(0, len(title), title, title)})
    assert document_context(_source("report.txt", title + "\n各位代表："), st) == expected


def test_context_from_file_name():
    ctx = document_context(_source("2026_河北省_政府工作报告.txt", "政府工作报告\n各位代表："), Structure(genre="work_report"))
    assert ctx == DocContext("河北省人民政府", "河北省", "河北省")


def test_county_level_issuer():
    text = "\n武进区发展和改革委员会文件\n\n武发改复〔2022〕3号\n"
    ctx = document_context(_source("x.txt", text), Structure(genre="reply"))
    assert ctx == DocContext("常州市武进区发展和改革委员会", "常州市武进区", "江苏省")
    assert resolve_agency("区发改委", ctx) == "常州市武进区发展和改革委员会"
    assert resolve_agency("市发改委", ctx) == "常州市发展和改革委员会"
    assert resolve_agency("省发改委", ctx) == "江苏省发展和改革委员会"


def test_zone_committees_are_named_by_the_city_short_form():
    # national development zones are named 常州高新技术产业开发区, not 常州市…
    keys = [h.key for h in find_agencies("市高新区管委会、市经开区管委会负责落实。", CZ)]
    assert keys == ["常州高新技术产业开发区管理委员会", "常州经济技术开发区管理委员会"]


def test_a_zones_own_page_names_the_zones_bodies():
    # a zone's committee issued it: 区财政局 and 开发区党工委 are the zone's; 各区商务局 are no one body
    zone = DocContext("芜湖经济技术开发区管理委员会", "芜湖市", "安徽省")
    assert zone.zone == "芜湖经济技术开发区"
    text = "开发区党工委、区财政局、经发局、商务局负责人参加会议，由区住建局牵头，各区商务局配合。"
    assert [h.key for h in find_agencies(text, zone)] == [
        "中国共产党芜湖经济技术开发区工作委员会", "芜湖经济技术开发区财政局", "芜湖经济技术开发区经济发展局",
        "芜湖经济技术开发区商务局", "芜湖经济技术开发区住房和城乡建设局"]
    # in a district's own document 区财政局 is the district's, and a bare 区党工委 no body the text places
    district = DocContext("常州市武进区人民政府", "常州市武进区", "江苏省")
    assert district.zone is None
    assert [h.key for h in find_agencies("区党工委、区财政局参加。", district)] == ["常州市武进区财政局"]


def test_a_zones_departments_are_named_after_the_zone():
    # zones name their departments freely (园区发展局, 建设交通局); the lexicon's short forms are written out (住建局),
    # a zone's 产业布局 is no bureau and a zone's tax bureau is the national administration's
    text = ("增城经济技术开发区园区发展局、宜兴经济技术开发区住建局、曲靖经济技术开发区建设局参加；"
            "优化江宁经济技术开发区产业布局，襄阳高新技术产业开发区税务局配合。")
    assert [h.key for h in find_agencies(text, CZ)] == [
        "增城经济技术开发区园区发展局", "宜兴经济技术开发区住房和城乡建设局", "曲靖经济技术开发区建设局"]
    # on the zone's own page its word names the zone: 我区转派给区建设交通局
    zone = DocContext("岳阳经济技术开发区管理委员会", "岳阳市", "湖南省")
    assert [h.key for h in find_agencies("接到信件后，我区转派给区建设交通局办理。", zone)] == [
        "岳阳经济技术开发区建设交通局"]
    assert [h.key for h in find_agencies("接到信件后，我区转派给区建设交通局办理。", CZ)] == []


def test_a_list_item_naming_a_work_headquarters_is_the_areas():
    ctx = DocContext("闽清县人民政府", "福州市闽清县", "福建省")
    text = "一、十大重点工作指挥部滞后情况\n1.城乡建设工作指挥部:项目23项。\n2.工业(产业)园区建设工作指挥部:项目57项。\n"
    hits = find_agencies(text, ctx)
    assert [(h.surface, h.key) for h in hits] == [
        ("城乡建设工作指挥部", "闽清县城乡建设工作指挥部"), ("工业(产业)园区建设工作指挥部", "闽清县工业(产业)园区建设工作指挥部")]
    # the park a headquarters builds is named in its name
    from policykg.loaders.entities_named import managed_park
    assert managed_park("闽清县梅溪新城建设工作指挥部", "梅溪新城建设工作指挥部")[0] == "梅溪新城"


def test_departments_named_by_their_function_in_a_list_are_the_own_areas():
    ctx = DocContext("鹰潭市发展和改革委员会", "鹰潭市", "江西省")
    keys = [h.key for h in find_agencies("发改、财政、自然资源、林业、住建、行政审批以及各区(市)等单位参加。", ctx)]
    assert keys == ["鹰潭市发展和改革委员会", "鹰潭市财政局", "鹰潭市自然资源局", "鹰潭市林业局",
                    "鹰潭市住房和城乡建设局", "鹰潭市行政审批局"]
    county = DocContext("桃江县发展和改革局", "桃江县", "湖南省")
    keys = [h.key for h in find_agencies("成立了由园区、发改、自然资源、住建等部门组成的专班。", county)]
    assert keys == ["桃江县发展和改革局", "桃江县自然资源局", "桃江县住房和城乡建设局"]
    # every place's departments, or a single function, are no list of the own area's
    assert find_agencies("各地财政、税务部门要加强协作。", county) == []
    assert find_agencies("财政部门要加强协作。", county) == []


def test_a_county_level_citys_own_body_is_the_citys():
    ctx = DocContext("东方市人民政府", "东方市", "海南省")
    keys = [h.key for h in find_agencies("会议由农业农村、财政等部门参加。", ctx)]
    assert keys == ["东方市农业农村局", "东方市财政局"]


def test_a_body_in_a_list_of_causes_is_no_agency_acting():
    text = ("工会、妇女、儿童、青年、老龄、慈善等事业取得新成效。"
            "支持工会、共青团、妇联、残联、科协等群团组织更好发挥作用。")
    hits = [(h.key, h.start) for h in find_agencies(text, HB)]
    second = text.index("支持工会") + 2
    assert ("河北省总工会", second) in hits  # a list of bodies names them
    assert not any(start < text.index("。") for _, start in hits)  # a list of causes does not
