"""Quantity extraction: one test per construction of GUIDELINES.md, on short realistic sentences,
plus checks against the real corpus files."""
from __future__ import annotations

import dataclasses
import json
import re
from decimal import Decimal
from pathlib import Path

import pytest

from policykg.loaders.normalise import normalise
from policykg.loaders.quantities import extract_quantities
from policykg.loaders.quantity_scan import scan_quantities
from policykg.pipeline import build_record
from policykg.loaders.structure import parse_structure
from policykg.model import Mention

SHARED = Path(__file__).resolve().parents[2] / "shared"
REPLY = SHARED / "corpus" / "replies" / "changzhou-gxj-reply-2021-35.txt"
REPORTS = SHARED / "corpus" / "govreports"
GOLD = SHARED / "eval" / "dev"


def run(text: str, genre: str = "reply", issuer: str | None = "常州市工业和信息化局", doc_year: int | None = 2021,
        agencies: list[Mention] | None = None, industries: list[Mention] | None = None):
    view = normalise(text)
    structure = dataclasses.replace(parse_structure(text, view), genre=genre)
    return extract_quantities(text, view, structure, agencies or [], issuer, doc_year, industries or [])


def surface(text: str) -> list[tuple[str, Decimal, str, str]]:
    view = normalise(text)
    out = []
    for q in scan_quantities(view.text):
        a, b = view.ref_span(q.start, q.end)
        out.append((text[a:b], q.value, q.unit, q.comparator))
    return out


def mentions(text: str, table: dict[str, str], cls: str = "Agency") -> list[Mention]:
    out = []
    for alias, key in table.items():
        for m in re.finditer(re.escape(alias), text):
            out.append(Mention(cls, key, m.start(), m.end(), alias))
    return out


# -- spans, values, units ------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("认定省级以上企业技术中心 30 家。", [("30 家", Decimal(30), "家", "=")]),
        ("集成电路产业力争达到150亿元规模。", [("150亿元", Decimal(15000000000), "元", "=")]),
        ("全省生产总值达到14.2万亿元。", [("14.2万亿元", Decimal(14200000000000), "元", "=")]),
        ("城镇新增就业452万人。", [("452万人", Decimal(4520000), "人", "=")]),
        ("完成营造林3195万亩。", [("3195万亩", Decimal(31950000), "亩", "=")]),
        ("高于全国0.4个百分点。", [("0.4个百分点", Decimal("0.4"), "个百分点", "=")]),
        ("一般公共预算收入达3,826.5亿元。", [("3,826.5亿元", Decimal(382650000000), "元", "=")]),
        ("外调绿电规模达450亿千瓦时。", [("450亿千瓦时", Decimal(45000000000), "千瓦时", "=")]),
        ("细颗粒物年均浓度27微克/立方米。", [("27微克/立方米", Decimal(27), "微克/立方米", "=")]),
        ("全员劳动生产率达58万元/人左右。", [("58万元/人左右", Decimal(580000), "元/人", "~")]),
        ("民营经济增加值占比为65.3%。", [("65.3%", Decimal("65.3"), "%", "=")]),
        ("比重为百分之六十五点三。", [("百分之六十五点三", Decimal("65.3"), "%", "=")]),
        ("新能源汽车产量增长5.1倍。", [("5.1倍", Decimal("5.1"), "倍", "=")]),
        # the international symbols an impact assessment's or an investment guide's figures are written in
        ("设计规模为1.25万m3/d，新建管线2×2.21km。",
         [("1.25万m3/d", Decimal(12500), "m3/d", "="), ("2.21km", Decimal("2.21"), "km", "=")]),
        ("锅炉蒸发量150t/h，厂房面积3000m2。", [("150t/h", Decimal(150), "t/h", "="), ("3000m2", Decimal(3000), "m2", "=")]),
        # a symbol only where the word of letters ends: 5mg is no 5 m; 5G is no figure
        ("每片含量5mg，建成5G基站。", []),
    ],
)
def test_value_unit_span(sentence, expected):
    assert surface(sentence) == expected


def test_page_break_inside_span_maps_back_to_reference():
    text = REPLY.read_text(encoding="utf-8")
    qs = run(text)
    by_text = {q.text: q for q in qs}
    assert "8\n\n家" in by_text
    q = by_text["8\n\n家"]
    assert text[q.start:q.end] == "8\n\n家" and q.value == 8 and q.unit == "家"


# -- comparators -----------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "span", "comparator"),
    [
        ("力争400家左右特色中小企业入库。", "400家左右", "~"),
        ("培育 2 个以上市级智能制造示范区。", "2 个以上", ">="),
        ("纳入评价范围的工业企业达 2 万余家。", "2 万余家", ">"),
        ("5300多栋楼宇拔地而起。", "5300多栋", ">"),
        ("引进央企子公司超800家。", "800家", ">"),
        ("社会消费品零售总额突破1.5万亿元。", "1.5万亿元", ">"),
        ("新能源汽车年产量近70万辆。", "70万辆", "~"),
        ("推介重大项目总投资约2350亿元。", "2350亿元", "~"),
        ("城镇新增就业不少于28万人。", "28万人", ">="),
        ("城镇调查失业率控制在5%以内。", "5%以内", "<="),
        ("单位地区生产总值生产安全事故死亡率控制在0.6人/百亿元以下。", "0.6人/百亿元以下", "<="),
    ],
)
def test_comparators(sentence, span, comparator):
    found = surface(sentence)
    assert [(s, c) for s, _, _, c in found] == [(span, comparator)]


def test_prefix_word_stays_outside_the_span():
    (q,) = run("全社会研发投入年均增长超10%。", genre="work_report", issuer="河北省人民政府", doc_year=2026)
    assert q.text == "10%" and q.comparator == ">"


def test_distributed_prefix_comparator():
    qs = run("食品、药品抽检合格率分别超98.5%和99%。", genre="work_report", doc_year=2026)
    assert [(q.text, q.comparator) for q in qs] == [("98.5%", ">"), ("99%", ">")]


# -- ranges ------------------------------------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "low", "high", "unit"),
    [
        ("选择2-3条优势产业链。", 2, 3, "条"),
        ("用3至5年时间完成改造。", 3, 5, "年"),
        ("地区生产总值年均增速4.5%-5%。", Decimal("4.5"), 5, "%"),
        ("每个项目补助20—30万元。", 200000, 300000, "元"),
    ],
)
def test_ranges(sentence, low, high, unit):
    (q,) = run(sentence)
    assert (q.value, q.value_max, q.unit, q.comparator) == (low, high, unit, "range")


# -- magnitudes, fractions, tenths -----------------------------------------------------------------

@pytest.mark.parametrize(
    ("sentence", "span", "value", "unit", "comparator"),
    [
        ("全市经济总量突破万亿元。", "万亿元", Decimal(10**12), "元", ">"),
        ("钢铁产能超百万吨。", "百万吨", Decimal(10**6), "吨", ">"),
        ("普惠小微企业贷款余额超万亿元。", "万亿元", Decimal(10**12), "元", ">"),
        ("规模以上企业占比1/10以上。", "1/10以上", Decimal("0.1"), "", ">="),
        ("该市面积约占全省的1/3。", "1/3", Decimal(1) / 3, "", "="),
        ("约占全国的三分之一。", "三分之一", Decimal(1) / 3, "", "="),
        ("三大产业对经济增长贡献超五成。", "五成", Decimal("0.5"), "", ">"),
        ("养老助餐点覆盖九成以上城乡社区。", "九成以上", Decimal("0.9"), "", ">="),
        ("新增两院院士占全国近一半。", "一半", Decimal("0.5"), "", "~"),
        ("实施住房保障、创业服务等十条支持措施。", "十条", Decimal(10), "条", "="),
    ],
)
def test_magnitudes_fractions_chinese(sentence, span, value, unit, comparator):
    (got,) = surface(sentence)
    assert got[0] == span and got[2] == unit and got[3] == comparator
    assert abs(got[1] - value) < Decimal("1e-6")


# -- not quantities --------------------------------------------------------------------------------

@pytest.mark.parametrize(
    "sentence",
    [
        "2021 年是推进“十四五”发展的开局之年。",
        "6月底前，将认定第二批市级区域性总部企业。",
        "常工信复〔2021〕第 35 号",
        "关于对常州市十六届人大五次会议代表建议 第 141 号的答复",
        "大力推进5G基础设施建设，培育6G、量子科技等未来产业。",
        "按照优势产业链“七个一”推进工作要求。",
        "精心组织上海活动、928 科技经贸洽谈会等招商活动。",
        "联系电话：85681269",
        "培育一批领军型创新企业，实施一批高水平重大科技项目。",
        "综合算力指数全国第一，连续5年居全国首位。",
        "新增5A级旅游景区，水质稳定在Ⅱ类。",
        "推进“1+3”重点功能区建设，加快“3个100”等重点工程。",
        "高端装备成长为万亿级产业，培育千亿级集群。",
        "引进世界 500 强跨国公司地区总部。",
        "坚持“两个毫不动摇”，用好两个市场两种资源，守护好万家灯火。",
        "办好第17届省运会，纪念抗战胜利80周年。",
        "建设30万吨级码头。",
        "公交与轨道50米内换乘比例提升。",
        "重点做好十个方面工作。",
        # a web page's furniture: a date, a time of day, an index number
        "发布时间：2021/3/15 09:30:00 浏览次数：",
        "2019/11/4 16:05:12 人阅读",
        "索引号：000014349/2022-00087",
        "索 引 号 | 115208240093054107/2023-0042",
    ],
)
def test_not_quantities(sentence):
    assert surface(sentence) == []


# -- coordination and distribution -----------------------------------------------------------------

def test_coordinated_counts():
    qs = run("实施新一轮“企业上云”三年行动计划，带动 3000 家企业和 1 万台设备上云。")
    assert [(q.text, q.value, q.unit) for q in qs] == [("3000 家", 3000, "家"), ("1 万台", 10000, "台")]
    assert all(q.kind == "target" for q in qs)


def test_distributive_list_with_metric_per_subject():
    qs = run("力争全年交通、水利、能源领域投资额分别达2400亿元、450亿元、1700亿元。",
             genre="work_report", issuer="江苏省人民政府", doc_year=2026)
    assert [q.value for q in qs] == [240000000000, 45000000000, 170000000000]
    assert [q.metric for q in qs][:2] == ["交通", "水利"]
    assert all(q.kind == "target" and q.modality == "力争" for q in qs)


def test_unit_written_once_for_a_list():
    qs = run("地铁线网单日最高客运量分别达1409万、1305万人次。", genre="work_report", doc_year=2026)
    assert [(q.value, q.unit) for q in qs] == [(14090000, "人次"), (13050000, "人次")]


# -- kind, year, modality: replies ---------------------------------------------------------------------

def test_reply_targets_take_the_document_year_and_modality():
    qs = run("完善专精特新企业培育库，力争400家左右特色中小企业入库，全年重点培育省级以上专精特新企业20家。")
    assert [(q.kind, q.year, q.modality) for q in qs] == [("target", 2021, "力争"), ("target", 2021, "力争")]


def test_reply_past_year_paragraph_is_observation():
    text = ("2020年，我市民营经济实现增加值占全市GDP的比重为65.3%，民营增加值对全市经济增长的贡献率达67.7%。"
            "民营经济占市场主体总量比重达96.58%。下一步将从以下方面促进民营经济发展：")
    qs = run(text)
    assert [(q.kind, q.year) for q in qs] == [("observation", 2020)] * 3


def test_reply_completed_action_and_breakdown_are_observations():
    text = "今年1月市商务局联合认定了14家市级区域性总部企业，其中外资总部企业9家，内资总部企业5家。"
    qs = run(text)
    assert [(q.value, q.kind, q.year) for q in qs] == [(14, "observation", 2021), (9, "observation", 2021),
                                                       (5, "observation", 2021)]


def test_a_time_opening_an_earlier_clause_holds_for_the_sentence():
    qs = run("连续多年开展专项执法行动，2024年，查处相关案件92件，较上年增长43.8%。", doc_year=2025)
    assert [(q.value, q.kind, q.year) for q in qs] == [(92, "observation", 2024), (Decimal("43.8"), "observation", 2024)]
    qs = run("积极争创省级示范基地，力争到2030年，创建省级示范基地5个以上。", genre="plan", issuer=None, doc_year=2025)
    assert [(q.kind, q.year) for q in qs] == [("target", 2030)]
    qs = run("我厅于2021年完成了资源普查工作，通过普查，对吕洞山68处旅游资源进行了评级。", doc_year=2022)
    assert [(q.kind, q.year) for q in qs] == [("observation", 2021)]
    qs = run("全年GDP增长4%，快于2024年1.8个百分点。", genre="work_report", issuer=None, doc_year=2026)
    assert [q.year for q in qs] == [2025, 2025]
    qs = run("2018年—2024年我厅累计支持基础设施建设2.92亿元，其中，已建成管网管廊33.31千米。", doc_year=2025)
    assert [q.year for q in qs] == [2024, 2024]


def test_a_reply_sentence_that_opens_on_the_past_or_names_what_was_won_tells_observations():
    text = ("截止2023年底，全县水果种植面积约3.5万亩，产量约3.4万吨；全县蔬菜面积约16万亩。"
            "\n1个产业集群入选国家级特色产业集群，4个产业集群入选省特色产业集群。"
            "下一步，力争新增特色产业集群2个。")
    qs = run(text, doc_year=2024)
    assert [(q.kind, q.year) for q in qs] == [("observation", 2023)] * 3 + [("observation", 2024)] * 2 + \
        [("target", 2024)]


# -- kind and year: work reports -----------------------------------------------------------------------

REPORT = """一、“十四五”时期经济社会发展回顾
这五年，全省生产总值从2020年的3.68万亿元增长到2025年的4.93万亿元，一般公共预算收入从3826.5亿元增长到4398.6亿元，规上工业增加值年均增长6.5%。
刚刚过去的2025年，全省生产总值增长5.6%，中心城区绿色出行比例从75.6%提升至76.5%。
二、“十五五”时期的主要目标任务
到2030年，全社会研发投入占比6%以上。
三、2026年主要工作
主要预期目标是：地区生产总值增长5%以上，城镇新增就业86万人。
"""


def test_work_report_periods():
    qs = run(REPORT, genre="work_report", issuer="河北省人民政府", doc_year=2026)
    got = [(q.text, q.kind, q.year) for q in qs]
    assert got == [
        ("3.68万亿元", "observation", 2020),
        ("4.93万亿元", "observation", 2025),
        ("3826.5亿元", "observation", 2020),  # start of a five-year change
        ("4398.6亿元", "observation", 2025),
        ("6.5%", "observation", 2025),
        ("5.6%", "observation", 2025),
        ("75.6%", "observation", 2024),  # start of a one-year change
        ("76.5%", "observation", 2025),
        ("6%以上", "target", 2030),
        ("5%以上", "target", 2026),
        ("86万人", "target", 2026),
    ]
    assert all(q.agency == "河北省人民政府" for q in qs)
    assert qs[-2].modality == "预期目标"


def test_estimated_figure_in_a_review_stays_an_observation():
    text = "一、2025年工作回顾\n全年预计接待游客9.6亿人次，争取中央预算内投资140.3亿元。\n"
    qs = run(text, genre="work_report", issuer="广东省人民政府", doc_year=2026)
    assert [(q.kind, q.year) for q in qs] == [("observation", 2025), ("observation", 2025)]


# -- agency -------------------------------------------------------------------------------------------

AGENCIES = {"市工信局": "常州市工业和信息化局", "市发改委": "常州市发展和改革委员会", "市商务局": "常州市商务局"}


def test_agency_from_paragraph_lead_and_section_intro():
    text = ("关于对代表建议第 1 号的答复\n\n张三代表：\n\n你们提出的建议收悉，现答复如下：\n\n"
            "一、关于产业集聚问题\n2021 年，市工信局将多措并举推动产业集聚发展。\n培育省级以上绿色工厂 23 家。\n"
            "市发改委持续推进服务业集聚区建设，新增市级重点服务业集聚区5家。\n"
            "二、关于总部经济问题\n为加快发展总部经济，市商务局下一步在以下方面着力：\n"
            "1. 加大招商。今年引进外资总部企业10家。\n")
    qs = run(text, agencies=mentions(text, AGENCIES))
    assert [(q.value, q.agency) for q in qs] == [
        (23, "常州市工业和信息化局"), (5, "常州市发展和改革委员会"), (10, "常州市商务局")]


def test_issuer_when_no_agency_leads():
    qs = run("三是加快新旧动能转换，新增首贷户1000户。", issuer="常州市工业和信息化局")
    assert qs[0].agency == "常州市工业和信息化局"


def test_industries_of_the_clause():
    text = "集成电路产业力争达到150亿元规模，新能源汽车产量增长20%。"
    inds = mentions(text, {"集成电路": "集成电路", "新能源汽车": "新能源汽车"}, cls="Industry")
    qs = run(text, industries=inds)
    assert [q.industries for q in qs] == [("集成电路",), ("新能源汽车",)]


def test_metric_from_clause():
    (q,) = run("培育 5 个省级智能制造领军服务机构。")
    assert q.metric == "省级智能制造领军服务机构培育数"
    (q,) = run("认定省级以上企业技术中心 30 家。")
    assert q.metric == "省级以上企业技术中心认定数"


# -- real corpus ----------------------------------------------------------------------------------------

def _score(gold_file: Path, text: str, qs) -> tuple[float, float]:
    gold = json.loads(gold_file.read_text(encoding="utf-8"))["quantities"]
    used, tp, kind_ok = set(), 0, 0
    for g in gold:
        for i, q in enumerate(qs):
            if i not in used and q.start < g["end"] and g["start"] < q.end and q.unit == g["unit"] \
                    and abs(q.value - Decimal(str(g["value"]))) <= Decimal("1e-9") * max(abs(q.value), 1):
                used.add(i)
                tp += 1
                kind_ok += q.kind == g["kind"]
                break
    p, r = tp / len(qs), tp / len(gold)
    return 2 * p * r / (p + r), kind_ok / tp


@pytest.mark.skipif(not GOLD.exists(), reason="dev gold files not available")
@pytest.mark.parametrize("name", ["2026_河北省_政府工作报告.txt", "2026_北京市_政府工作报告.txt"])
def test_dev_reports_reach_the_bar(name):
    text = (REPORTS / name).read_text(encoding="utf-8")
    issuer = name.split("_")[1] + "人民政府"
    view = normalise(text)
    qs = extract_quantities(text, view, parse_structure(text, view), [], issuer, 2026)
    f1, kind_acc = _score(GOLD / f"{name}.gold.json", text, qs)
    assert f1 >= 0.9 and kind_acc >= 0.9


@pytest.mark.skipif(not REPLY.exists(), reason="corpus not available")
def test_reply_file_quantities():
    text = REPLY.read_text(encoding="utf-8")
    qs = run(text, agencies=mentions(text, AGENCIES | {"市财政局": "常州市财政局", "市科技局": "常州市科学技术局"}))
    assert len(qs) == 27
    q150 = next(q for q in qs if q.text == "150亿元")
    assert (q150.value, q150.unit, q150.kind, q150.year, q150.modality) == (15000000000, "元", "target", 2021, "力争")
    q14 = next(q for q in qs if q.text == "14家")
    assert (q14.kind, q14.agency) == ("observation", "常州市商务局")
    # a paragraph led by 市发改委 further down does not take over the section above it
    q23 = next(q for q in qs if q.text == "23 家")
    assert q23.agency == "常州市工业和信息化局"
    assert {q.year for q in qs if q.kind == "target"} == {2021}
    assert not any(q.text.startswith(("5G", "928", "500")) for q in qs)


@pytest.mark.skipif(not REPORTS.exists(), reason="corpus not available")
def test_every_report_has_reviews_before_targets():
    """On every work report: observations are about past years, targets about this year or the plan's end."""
    for path in sorted(REPORTS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        view = normalise(text)
        qs = extract_quantities(text, view, parse_structure(text, view), [], None, 2026)
        assert len(qs) > 30, path.name
        targets = [q for q in qs if q.kind == "target"]
        observations = [q for q in qs if q.kind == "observation"]
        assert targets and observations, path.name
        assert all(q.year is None or q.year >= 2026 for q in targets), path.name
        share_past = sum(1 for q in observations if q.year is not None and q.year < 2026) / len(observations)
        assert share_past > 0.9, path.name


# -- replies: running figures and agency headings ------------------------------------------------------

def test_reply_running_figures_are_observations_and_agency_headings_lead():
    text = ("关于对市政协提案第 12 号的答复\n\n李四委员：\n\n您提出的提案收悉，现答复如下：\n\n"
            "一、市商务局\n今年1-5月，全市实现社会消费品零售总额1200亿元，同比增长8.5%。目前，全市共有限上商贸企业2300家。"
            "下一步，力争全年新增限上企业300家以上。\n"
            "二、市发改委\n截至2020年底，全市已建成充电桩1.2万个。到2025年，全市充电桩总数达到5万个。\n")
    agencies = mentions(text, {"市商务局": "某市商务局", "市发改委": "某市发展和改革委员会"})
    qs = run(text, issuer="某市工业和信息化局", agencies=agencies)
    assert [(q.text, q.kind, q.year, q.agency) for q in qs] == [
        ("1200亿元", "observation", 2021, "某市商务局"),
        ("8.5%", "observation", 2021, "某市商务局"),
        ("2300家", "observation", 2021, "某市商务局"),
        ("300家以上", "target", 2021, "某市商务局"),
        ("1.2万个", "observation", 2020, "某市发展和改革委员会"),
        ("5万个", "target", 2025, "某市发展和改革委员会"),
    ]


def test_change_in_a_reply_plan():
    qs = run("人才总量从2020年的150万人增加到2025年的200万人。")
    assert [(q.value, q.kind, q.year, q.metric) for q in qs] == [
        (1500000, "observation", 2020, "人才总量"), (2000000, "target", 2025, "人才总量")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("两院院士增至123位。", [("123位", Decimal(123), "位", "=")]),
        ("区域创新能力排名提升4位，居全国第2位。", []),
        ("城乡居民收入比降至2.2。", [("2.2", Decimal("2.2"), "", "=")]),
        ("生态环境公众满意度从84.7提升至89.6。", [("84.7", Decimal("84.7"), "", "="), ("89.6", Decimal("89.6"), "", "=")]),
        ("各类健身活动年均吸引4000余万人次参与。", [("4000余万人次", Decimal(40000000), "人次", ">")]),
        ("PM2.5平均浓度降至28.5微克每立方米。", [("28.5微克每立方米", Decimal("28.5"), "微克/立方米", "=")]),
        ("经济总量连续跨越7万亿、8万亿、9万亿三个大台阶。",
         [("7万亿", Decimal(7 * 10**12), "元", "="), ("8万亿", Decimal(8 * 10**12), "元", "="),
          ("9万亿", Decimal(9 * 10**12), "元", "=")]),
    ],
)
def test_more_surface_forms(sentence, expected):
    assert surface(sentence) == expected


def test_reaching_a_level_is_inclusive():
    qs = run("经济总量连续迈上4万亿、5万亿两个台阶。", genre="work_report", doc_year=2026)
    assert [(q.text, q.comparator) for q in qs] == [("4万亿", ">="), ("5万亿", ">=")]


def test_reply_state_and_next_steps_sections():
    text = ("关于对市十七届人大三次会议第 56 号建议的答复\n\n王五代表：\n\n您提出的建议收悉，现答复如下：\n\n"
            "一、工作开展情况\n近年来，我市大力培育专精特新企业，累计培育省级专精特新企业326家。"
            "2020年全市规上工业产值增长8%。\n"
            "二、下一步工作打算\n一是加大培育力度，全年新培育省级专精特新企业50家。\n")
    qs = run(text, issuer="某市工业和信息化局", doc_year=2021)
    assert [(q.text, q.kind, q.year) for q in qs] == [
        ("326家", "observation", 2021), ("8%", "observation", 2020), ("50家", "target", 2021)]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("三级公立医院提前两周向基层投放号源。", [("两周", Decimal(2), "周", "=")]),
        ("北京中轴线历时12年成功申遗。", [("12年", Decimal(12), "年", "=")]),
        ("目前30家企业已入驻。", [("30家", Decimal(30), "家", "=")]),
        ("前5个月规上工业增加值增长。", []),
        ("稳妥推进第二轮土地承包到期后再延长30年试点。", []),
    ],
)
def test_durations_and_time_references(sentence, expected):
    assert surface(sentence) == expected


def _by_text(qs):
    return {q.text: q for q in qs}


def test_a_state_told_goes_on_until_the_reply_turns_to_next_steps():
    qs = _by_text(run("二、关于发展乡村旅游的建议。指导县区盘活闲置资源。目前，全市农产品加工业产值增速3.2%，位居全省第8。"
                      "全市接待游客903.27万人次，综合营业收入28.13亿元。下一步，全市新建示范村20个。"))
    assert [qs[t].kind for t in ("3.2%", "903.27万人次", "28.13亿元", "20个")] == \
        ["observation", "observation", "observation", "target"]
    assert run("指导全市在建的65个和美乡村编制规划。")[0].kind == "observation"


def test_a_year_opening_a_running_total_is_not_its_year():
    q = run("2018年以来，市级部门累计投入财政经费超7000万元。", doc_year=2023)[0]
    assert q.year == 2023


def test_the_year_just_ended_opened_by_since_is_the_year_of_its_account():
    # early in 2023, 2022年以来 tells what 2022 brought; 2018年以来 five years on is still a running total
    text = "2022年以来，全省工业增长保持稳定，全年规上工业增加值增长5.7%，2920个重点项目开工建设。"
    assert [q.year for q in run(text, doc_year=2023)] == [2022, 2022]


def test_goals_of_a_plan_are_for_the_last_year_of_its_period():
    text = ("《某市数字经济高质量发展三年行动计划（2025-2027年）》已经市政府常务会议审议通过，现印发给你们。\n"
            "一、主要目标\n巩固提升电子信息、光伏制造2个优势数字产业，培育数字企业100家。\n")
    qs = run(text, genre="plan", issuer=None, doc_year=None)
    assert {q.text: q.year for q in qs} == {"2个": 2027, "100家": 2027}


def test_a_bulletin_and_a_summary_report_on_the_year_of_their_title():
    from policykg.loaders.structure import parse_structure as parse
    t = "某县2022年国民经济和社会发展统计公报\n一、综合\n全年地区生产总值110.5亿元，比上年增长4.2%。规模以上工业企业52家。\n"
    v = normalise(t)
    assert {(q.text, q.kind, q.year) for q in extract_quantities(t, v, parse(t, v), [], None, 2022)} == \
        {("110.5亿元", "observation", 2022), ("4.2%", "observation", 2022), ("52家", "observation", 2022)}
    t = ("某县农业农村局2024年工作总结和2025年工作计划\n一、2024年工作总结\n全县新建高标准农田3万亩。\n"
         "二、2025年工作计划\n力争新建高标准农田2万亩。\n")
    v = normalise(t)
    assert [(q.text, q.kind, q.year) for q in extract_quantities(t, v, parse(t, v), [], None, 2024)] == \
        [("3万亩", "observation", 2024), ("2万亩", "target", 2025)]


def test_a_reply_tells_what_was_achieved_so_far():
    qs = run("近年来我省持续推进园区建设。新型基础设施加快建设，累计建成5G基站3.2万个；"
             "两家园区获批国家级绿色工业园区，3个集群入选省级特色产业集群名单。"
             "力争到2027年累计建成5G基站5万个。", doc_year=2024)
    kinds = {q.text: q.kind for q in qs}
    assert kinds["3.2万个"] == "observation" and kinds["5万个"] == "target"
    # in a plan the same words may set goals: only replies read them as achieved
    plan = run("新型基础设施加快建设，累计建成5G基站3.2万个。", genre="plan", doc_year=2024)
    assert [q.kind for q in plan] == ["target"]


def _record_of(tmp_path, text: str):
    from policykg.loaders.read import read_source
    from policykg.pipeline import extract_record
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    return extract_record(read_source(path))


def test_a_news_report_tells_what_happened_in_its_year(tmp_path):
    qs = _record_of(tmp_path, "宝坻区12个重点项目集中开工\n来源：天津日报 作者：记者 王明 发布时间：2021-03-18\n"
                    "3月16日，宝坻区举行重点项目集中开工活动。本次集中开工项目共12项，总投资56.3亿元。\n").quantities
    assert {(q.text, q.kind, q.year) for q in qs} >= {("12项", "observation", 2021), ("56.3亿元", "observation", 2021)}


def test_a_news_headline_of_an_event_and_a_projects_expected_yield(tmp_path):
    qs = _record_of(tmp_path, "某县三季度重大项目集中开工暨集中签约活动举行\n发布日期:2024-09-20 09:38\n"
                    "9月20日,全县集中开工项目31个,总投资116.3亿元。其中,主会场项目建成达产后可实现年产值15亿元。\n").quantities
    assert [(q.text, q.kind) for q in qs] == [("31个", "observation"), ("116.3亿元", "observation"), ("15亿元", "target")]


def test_a_summary_without_a_title_tells_what_was_done():
    qs = run("隆回县湘商产业园标准化厂房累计新开工建设面积达42.08万平方米，共招商引进企业65家。力争新增企业20家。",
             genre="document", issuer=None, doc_year=None)
    assert [(q.value, q.kind) for q in qs] == [(Decimal("42.08E4"), "observation"), (65, "observation"), (20, "target")]


def test_measures_titled_so_keep_their_goals(tmp_path):
    qs = _record_of(tmp_path, "关于加快推进数字经济发展的实施意见\n到2025年，累计建成5G基站1万个。\n").quantities
    assert [q.kind for q in qs] == ["target"]


def test_a_breakdown_sentence_goes_on_with_the_total_before_it():
    qs = run("2023年，全区共上报招商项目40个，总投资100.2亿元。其中超亿元投资项目21个，超10亿元投资项目2个。",
             genre="document", issuer=None, doc_year=None)
    assert [q.year for q in qs] == [2023] * len(qs) and (21, 2023) in [(q.value, q.year) for q in qs]


def test_a_news_lead_tells_what_happened_but_a_policy_titled_so_does_not(tmp_path):
    news = _record_of(tmp_path, "高楼林立……近日，在新兴县的项目现场，30多家企业签约入驻，总投资额达10亿元。\n"
                      "今年以来，全省122个县蓬勃发展。\n").quantities
    assert {q.kind for q in news} == {"observation"}
    policy = _record_of(tmp_path, "关于支持先进制造业发展的若干措施\n近日，市政府印发本措施。对新认定的企业给予50万元奖励。\n").quantities
    assert [q.kind for q in policy] == ["target"]


def test_an_undated_news_report_tells_what_happened(tmp_path):
    qs = _record_of(tmp_path, "智能制造产业园集中签约仪式举行\n本网讯(记者 李文)总投资35亿元的10个项目落户园区。\n").quantities
    assert [(q.text, q.kind, q.year) for q in qs] == [("35亿元", "observation", None), ("10个", "observation", None)]


def test_a_page_without_a_date_is_dated_by_its_address(tmp_path):
    path = tmp_path / "news.html"
    path.write_text("""<html><head><link rel="canonical" href="http://www.ezhou.gov.cn/gk/202203/t20220329_463457.html">
</head><body><div class="content"><p>智能制造产业园集中签约仪式举行</p><p>本网讯(记者 李文)总投资35亿元的10个项目落户园区。</p>
</div></body></html>""", encoding="utf-8")
    from policykg.loaders.read import read_source
    from policykg.pipeline import extract_record
    qs = extract_record(read_source(path)).quantities
    assert {(q.text, q.kind, q.year) for q in qs} == {("35亿元", "observation", 2022), ("10个", "observation", 2022)}


def test_a_report_published_before_its_year_is_dated_by_its_review(tmp_path):
    qs = _record_of(tmp_path, "政府工作报告(2025年)\n发布日期: 2024-12-30\n各位代表：\n我代表县人民政府，向大会报告工作，"
                    "请予审议。\n2024年工作回顾\n2024年，全县地区生产总值增长6.5%，一般公共预算收入突破20亿元。\n").quantities
    assert {(q.text, q.kind, q.year) for q in qs} == {("6.5%", "observation", 2024), ("20亿元", "observation", 2024)}


def test_a_report_delivered_in_december_reviews_that_year(tmp_path):
    record = _record_of(tmp_path, "2020年政府工作报告\n发布时间:2021-01-21 11:16 作者: 信息来源: 区人民政府办公室\n"
                        "2020年12月24日在江夏区第九届人民代表大会第五次会议上\n\n王 立 新\n\n各位代表:\n"
                        "我代表区人民政府向大会作工作报告,请连同十四五规划纲要(草案)一并审议。\n"
                        "过去一年,全区地区生产总值增长5.1%。\n")
    assert [(q.text, q.kind, q.year) for q in record.quantities] == [("5.1%", "observation", 2020)]
    assert {e.key for e in record.entities if e.cls == "Person"} == {"王立新"}
    assert "武汉市江夏区国民经济和社会发展第十四个五年规划纲要（草案）" in \
        {e.key for e in record.entities if e.cls == "CitedDocument"}


def test_a_zones_profile_states_what_is(tmp_path):
    qs = _record_of(tmp_path, "潍坊国家高新区概况\n发布时间:2025-03-01\n高新区面积120平方公里,新培育省级专精特新企业20家。\n").quantities
    assert {q.kind for q in qs} == {"observation"}


def test_a_plan_bureaus_report_to_the_congress_reviews_the_year_of_its_execution(tmp_path):
    record = _record_of(tmp_path, "某县2023年国民经济和社会发展计划执行情况与2024年国民经济和社会发展计划草案的报告\n\n"
                        "某县2023年国民经济和社会发展计划\n\n执行情况与2024年国民经济和\n\n社会发展计划草案的报告\n\n"
                        "(2024年2月28日在某县第十七届人民代表大会第三次会议上)\n\n某县发展和改革局\n\n各位代表:\n\n"
                        "受县人民政府委托,向大会报告计划执行情况及计划草案,请予审议。\n\n"
                        "一、2023年国民经济和社会发展计划执行情况\n\n全年完成地区生产总值190.25亿元,增长6.4%。\n")
    assert record.title.endswith("计划草案的报告") and record.title.startswith("某县2023年")  # the first line, whole
    assert record.issued == "2024-02-28"
    assert [(q.text, q.kind, q.year) for q in record.quantities] == \
        [("190.25亿元", "observation", 2023), ("6.4%", "observation", 2023)]
    # a zone's page headed by the year of its execution alone
    qs = _record_of(tmp_path, "某经济技术开发区\n2023年国民经济和社会发展计划执行情况\n"
                    "2023年,地区生产总值同比增长4.5%。拓展7款车型,产品占全疆市场90%。\n").quantities
    assert {(q.text, q.kind, q.year) for q in qs} == \
        {("4.5%", "observation", 2023), ("7款", "observation", 2023), ("90%", "observation", 2023)}


def test_an_undated_plans_background_reviews_the_year_before_its_period(tmp_path):
    qs = _record_of(tmp_path, "为促进农业产业化高质量发展，制定本规划。\n规划期限2021-2025年。\n第一章 规划背景\n第一节 发展成效\n"
                    "“十三五”期间，全省农产品加工业稳步发展。共培育1600多个专业村镇，农产品加工转化率达到70%。\n"
                    "第二章 总体要求\n第一节 发展目标\n到2025年，农产品加工转化率达到80%。\n").quantities
    assert [(q.text, q.kind, q.year) for q in qs] == \
        [("1600多个", "observation", 2020), ("70%", "observation", 2020), ("80%", "target", 2025)]


def test_a_breakdown_that_turns_to_what_its_parts_will_yield():
    qs = run("2022年，安排专项资金6.92亿元，支持了62个基础设施项目。其中污水处理厂项目4个、标准厂房项目16个，"
             "预计建成能够新增污水处理能力5.0万吨/日，新增标准化厂房66.5万平方米。",
             genre="document", issuer=None, doc_year=2022)
    kinds = {q.text: q.kind for q in qs}
    assert kinds["4个"] == "observation" and kinds["16个"] == "observation"
    assert kinds["5.0万吨/日"] == "target" and kinds["66.5万平方米"] == "target"


def test_a_reply_tells_what_was_obtained_after_what_was_striven_for():
    qs = run("积极争取各级科技项目，获批2024年度省科技攻关项目36项。22家重点企业、24个重点园区列入省重点产业链清单。"
             "力争新增科技项目10项。", doc_year=2024)
    kinds = {q.text: q.kind for q in qs}
    assert (kinds["36项"], kinds["24个"], kinds["10项"]) == ("observation", "observation", "target")


def test_an_untitled_undated_page_that_reports_a_period(tmp_path):
    qs = _record_of(tmp_path, "一、拼招商引资、招大引强。2023年,全区共上报招商项目40个,总投资100.2亿元。\n"
                    "二、赛项目质量。目前,上报的40个项目中,动工项目33个。全区各镇共签约项目58个。\n").quantities
    assert {(q.kind, q.year) for q in qs} == {("observation", 2023)}
    # without a paragraph opening on a period, an untitled undated text keeps the plan's default
    plan = _record_of(tmp_path, "全区新建5G基站1000个，培育专精特新企业20家。\n").quantities
    assert {q.kind for q in plan} == {"target"}


def test_an_undated_reply_speaks_as_of_the_date_it_states(tmp_path):
    p = tmp_path / "reply.txt"
    p.write_text("王立川等委员：\n你们提出的提案已交由县农业农村局办理，现答复如下：\n"
                 "（一）种植业发展情况。截至2023年7月，全县粮食种植面积11.27万亩。\n"
                 "（二）经营主体培育情况。全县现有农业产业化龙头企业73户。\n", encoding="utf-8")
    years = {q.text: q.year for q in build_record(str(p)).quantities}
    assert years == {"11.27万亩": 2023, "73户": 2023}


def test_a_pages_unlabelled_time_stamp_dates_it(tmp_path):
    p = tmp_path / "page.txt"
    p.write_text("对自治区十三届人大三次会议第209号建议的主办意见\n\n2020/6/22 10:10:00 人评论 门户网站\n\n张勇东代表：\n"
                 "您提出的建议收悉。现提出如下办理意见：\n工信厅起草了实施方案，提出四个方面12项举措。\n", encoding="utf-8")
    assert [q.year for q in build_record(str(p)).quantities] == [2020]


def test_a_dated_news_report_tells_what_happened_in_its_year(tmp_path):
    p = tmp_path / "news.txt"
    p.write_text("高新区举行重点项目集中开工动员会\n发布时间：2023-05-25\n\n5月25日上午，高新区举行重点项目集中开工动员会。"
                 "此次集中开工项目6个，总投资3.56亿元。\n", encoding="utf-8")
    assert {(q.text, q.kind, q.year) for q in build_record(str(p)).quantities} == \
        {("6个", "observation", 2023), ("3.56亿元", "observation", 2023)}


def test_a_reply_tells_a_sites_size_as_it_stands_and_a_leaders_mention_hands_nothing_over():
    kinds = {q.text: q.kind for q in run("园区位于城东，占地面积3500亩，总建筑面积约80万平方米，已入驻企业20家。"
                                         "新建园区计划总投资60亿元。", doc_year=2023)}
    assert kinds == {"3500亩": "observation", "80万平方米": "observation", "20家": "observation", "60亿元": "target"}
    text = ("一、近年来我市培育企业的做法\n近年来，市委、市政府主要领导多次专题研究。全市累计培育企业248家。\n")
    view = normalise(text)
    st = parse_structure(text, view)
    party = Mention("Agency", "中国共产党常州市委员会", 19, 21, "市委")
    assert [q.agency for q in extract_quantities(text, view, st, [party], "常州市工业和信息化局", 2023, [])] == \
        ["常州市工业和信息化局"]


def test_an_undated_reports_year_follows_its_review_and_a_multiples_base_year_is_no_figures_year(tmp_path):
    text = ("各位代表：\n现在，我代表市人民政府，向大会报告工作，请予审议。\n一、七届政府工作回顾\n"
            "2017年以来，市政府真抓实干。国内生产总值先后跨越2500亿元、3000亿元台阶，初步核算2022年达到3850亿元，"
            "是2016年的1.4倍。\n二、今后五年的目标任务\n到2027年，生产总值突破5000亿元。\n")
    qs = {q.text: q for q in _record_of(tmp_path, text).quantities}
    assert [(qs[t].kind, qs[t].year) for t in ("2500亿元", "3850亿元", "1.4倍")] == \
        [("observation", 2022), ("observation", 2022), ("observation", 2022)]
    assert (qs["5000亿元"].kind, qs["5000亿元"].year) == ("target", 2027)


def test_a_count_before_artificial_intelligence_is_no_individual():
    assert [t for t, *_ in surface("建成10个人工智能创新平台，引进20个人才团队，个人所得税、3个人口大县。")] == \
        ["10个", "20个"]


def test_a_reply_sentence_opening_on_its_year_tells_the_state_until_a_goal():
    qs = _by_text(run("1、积极培育企业。2023年，对于需要复审的12家高新技术企业，已有5家提交资料。新申报6家，等待认定。"
                      "下一步，力争新增8家。", doc_year=2023))
    assert [qs[t].kind for t in ("12家", "6家", "8家")] == ["observation", "observation", "target"]
    # in a plan the year of its start opens goals
    plan = _by_text(run("2023年，全市新增高新技术企业12家。", genre="plan", doc_year=2023))
    assert plan["12家"].kind == "target"


def test_a_news_headline_below_page_fields_or_with_its_figures_and_a_date_in_the_second_clause(tmp_path):
    qs = _record_of(tmp_path, "索引号 | 530400201329086 |\n来   源 | 某市人民政府网 | 公开日期 | 2013-10-31 |\n"
                    "高新区13个项目集中开工\n继年初开工10个项目后，10月29日，高新区集中开工第二批13个项目，总投资超过27亿元。\n").quantities
    assert {q.kind for q in qs} == {"observation"}
    qs = _record_of(tmp_path, "某经济开发区4个项目开工建设 总投资13亿元\n发布时间:2019-09-30 10:38\n"
                    "喜迎国庆的美好时刻，9月29日，年产1.8万吨汽车涂料项目开工建设。\n").quantities
    assert {q.kind for q in qs} == {"observation"}


def test_an_undated_page_headed_by_an_event_of_a_month_is_of_its_year(tmp_path):
    qs = _record_of(tmp_path, "高新区举行2023年5月份重点项目集中开工动员会\n\n5月25日上午，高新区集中开工项目6个，总投资3.56亿元。\n"
                    ).quantities
    assert {(q.text, q.kind, q.year) for q in qs} == {("6个", "observation", 2023), ("3.56亿元", "observation", 2023)}


def _quantities_of(tmp_path, text: str):
    """The quantities the built record of one text holds."""
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    return build_record(str(p)).quantities


def test_a_plan_reviews_the_five_year_plan_before_it_by_its_name(tmp_path):
    quantities = _quantities_of(
        tmp_path, "某省国民经济和社会发展第十一个五年规划纲要\n成文日期: 2006-01-25\n\n一、总体思路\n\n"
        "(一)“十五”取得巨大成就\n\n“十五”时期是极不平凡的五年。全省生产总值突破9000亿元，地方财政收入超过800亿元。\n\n"
        "(二)“十一五”时期的目标\n\n“十一五”时期，全省生产总值年均增长9%。\n")
    got = {(q.text, q.kind, q.year) for q in quantities}
    assert {("9000亿元", "observation", 2005), ("800亿元", "observation", 2005)} <= got
    assert ("9%", "target", 2010) in got


def test_a_past_participle_describing_a_noun_tells_no_figure_done(tmp_path):
    quantities = _quantities_of(
        tmp_path, "对县人大二次会议第72号建议的答复\n\n高松代表：\n您提出的建议收悉，现答复如下：\n"
        "今年我局将实施老旧小区改造项目，改造2000年以前建成的老旧小区7个，共涉及103栋楼。目前已建成的厂房有12栋。\n")
    kinds = {q.text: q.kind for q in quantities}
    assert kinds["7个"] == kinds["103栋"] == "target" and kinds["12栋"] == "observation"


def test_a_plans_task_is_the_unit_in_charge_named_after_it(tmp_path):
    quantities = _quantities_of(
        tmp_path, "三明市人民政府办公室关于印发某某专项行动实施方案的通知\n各县人民政府：\n现印发给你们。\n\n一、实施增收行动\n"
        "1.促进就业。全年实现城镇新增就业8500人。〔市人社局，此项及以下任务均需各县落实〕\n"
        "2.提升技能。全年开展职业技能培训1.2万人次。（市人社局、市教育局）\n")
    agencies = {q.text: q.agency for q in quantities}
    assert agencies == {"8500人": "三明市人力资源和社会保障局", "1.2万人次": "三明市人民政府办公室"}


def test_an_untitled_undated_page_opening_on_the_months_of_a_year(tmp_path):
    # a statistics release: 2023年1-12月 opens it, the later paragraphs say 1-12月 alone
    qs = _record_of(tmp_path, "2023年1-12月,规模以上工业实现增加值1506.30亿元,同比增长6.1%。\n"
                    "分门类看,1-12月,制造业实现增加值1415.85亿元,同比增长6.1%;电力行业实现增加值90.45亿元,增长6.4%。\n").quantities
    assert {(q.kind, q.year) for q in qs} == {("observation", 2023)}


def test_a_duration_in_years_and_months_is_one_figure():
    qs = scan_quantities("《纲要》正式启动编制，历时1年10个月完成。")
    assert [(q.value, q.unit) for q in qs] == [(Decimal("22"), "个月")]


def test_an_investment_guides_prices_and_a_voltage_that_classes_works(tmp_path):
    # a guide's table of what land, water, power and labour cost: prices per month, per 度, per 立方, observed
    qs = _record_of(tmp_path, "首页 > 投资促进 > 投资指南 > 投资成本\n投资成本\n工业用水4.32元/m³，电费0.8447元/度，"
                    "污水处理3.468元/立方，普工工资1860元/月。\n").quantities
    assert {(q.text, q.unit, q.kind) for q in qs} == {("4.32元/m³", "元/m³", "observation"),
                                                    ("0.8447元/度", "元/度", "observation"),
                                                    ("3.468元/立方", "元/立方", "observation"),
                                                    ("1860元/月", "元/月", "observation")}
    # 750千伏 before the works it classes is no figure; the count of the works is
    text = "新建22个750千伏输变电工程，220千伏及以上输电线路。"
    assert [text[q.start:q.end] for q in scan_quantities(text)] == ["22个"]


def test_an_account_of_the_year_so_far_is_of_the_pages_year(tmp_path):
    # a heading reviewing the first half of the page's own year: observations of that year, not of the year before
    text = "2024年1-6月份全市招商引资工作成效\n发布时间:2024-07-15\n1-6月份全市亿元以上新签约项目174个，其中霍山县34个。\n"
    qs = _quantities_of(tmp_path, text)
    assert [(q.text, q.kind, q.year) for q in qs] == [("174个", "observation", 2024), ("34个", "observation", 2024)]


def test_money_a_notice_allocates_is_told_as_done_and_money_it_proposes_is_not(tmp_path):
    text = ("市财政局关于下达2020年工业发展资金的通知\n各区财政局：\n一、下达通川区工业发展资金875万元；\n"
            "二、现将全省培育发展资金2000万元予以下达。\n三、拟下达高新技术企业奖励资金6320万元。\n")
    kinds = {q.text: q.kind for q in _quantities_of(tmp_path, text)}
    assert kinds == {"875万元": "observation", "2000万元": "observation", "6320万元": "target"}


def test_a_yearly_account_titled_over_two_lines_reviews_its_year(tmp_path):
    text = ("某县农业农村局2019年度整体支出\n\n绩效评价报告\n\n一、部门概况\n"
            "全局内设办公室、计财股等9个股室，现有在职人员86人。\n")
    qs = {q.text: q for q in _record_of(tmp_path, text).quantities}
    assert {t: (q.kind, q.year) for t, q in qs.items()} == {"9个": ("observation", 2019), "86人": ("observation", 2019)}


def test_an_audit_report_reviews_the_year_audited_and_a_rectification_report_its_own(tmp_path):
    audit = ("某区审计局局长 某某\n2024年9月20日\n主任、各位副主任、各位委员：\n"
             "我受区人民政府的委托，向区人大常委会报告2023年度区本级预算执行和其他财政收支审计情况，请予审议。\n"
             "报告期间内共完成审计项目21个，查出问题310项。\n")
    qs = {q.text: (q.kind, q.year) for q in _record_of(tmp_path, audit).quantities}
    assert qs == {"21个": ("observation", 2023), "310项": ("observation", 2023)}
    rectification = ("关于2023年度市级预算执行和其他财政收支审计查出问题整改情况的报告\n发布日期：2024-12-20\n"
                     "截至10月底，审计查出的问题已整改到位42个，整改问题金额3.2亿元。\n")
    qs = {q.text: (q.kind, q.year) for q in _record_of(tmp_path, rectification).quantities}
    assert qs == {"42个": ("observation", 2024), "3.2亿元": ("observation", 2024)}


def test_a_plans_title_period_dates_it_as_it_begins(tmp_path):
    # (dated by the period's end, 2027, a paragraph opening on 2025 would read as a review of it)
    text = ("市人民政府办公室关于印发某市新型基础设施建设三年行动方案（2025—2027年）的通知\n各区人民政府：\n"
            "一、主要目标\n2025年，全市新建5G基站1500个以上。到2027年，全市累计建成5G基站3000个以上。\n")
    qs = {q.text: (q.kind, q.year) for q in _record_of(tmp_path, text).quantities}
    assert qs == {"1500个以上": ("target", 2025), "3000个以上": ("target", 2027)}


def test_a_party_congress_report_is_its_committees_and_its_coming_five_years_end_in_no_plans_year(tmp_path):
    p = tmp_path / "doc.txt"
    p.write_text("奋力谱写高质量发展新篇章\n——在中国共产党绍兴市第九次代表大会上的报告\n（2022年2月23日）\n刘 捷\n\n"
                 "过去五年，全市生产总值年均增长6.5%。\n\n今后五年，全市生产总值力争突破9000亿元。\n", encoding="utf-8")
    record = build_record(str(p))
    got = {(q.text, q.kind, q.year) for q in record.quantities}
    assert ("9000亿元", "target", None) in got and ("6.5%", "observation", 2021) in got
    from policykg.loaders.agencies import document_context
    assert document_context(record.source, record.structure).issuer == "中国共产党绍兴市委员会"
    assert record.issued == "2022-02-23" and any(e.cls == "Person" and e.key == "刘捷" for e in record.entities)
    # a newspaper's copy of it (its byline and the day it was put online above) is the report all the same
    copied = _quantities_of(tmp_path, "中国共产党绍兴市第九次代表大会报告（全文）\n2022年03月03日 来源：绍兴日报\n\n"
                            "——在中国共产党绍兴市第九次代表大会上的报告\n（2022年2月23日）\n\n一、过去五年的工作\n\n"
                            "全市生产总值年均增长6.5%。\n")
    assert {(q.text, q.kind, q.year) for q in copied} == {("6.5%", "observation", 2021)}


def test_time_limits_are_quantities_and_month_day_cells_and_capacities_naming_a_project_are_not(tmp_path):
    quantities = _quantities_of(
        tmp_path, "关于建设项目环境影响评价文件审批决定的公告\n\n公示期为2025年3月3日—3月7日（5个工作日）。自公示起五日内可提出听证申请，"
        "也可在收到决定之日起六十日内申请行政复议，或者在六个月内提起行政诉讼。\n"
        "序号 | 建设单位 | 项目名称 | 发文时间 | 公告开始时间\n1 | 某某新材料有限公司 | 年产3000吨改性塑料项目 | 11/28 | 12/2 |\n"
        "审批意见：该公司投资5000万元建设年产 2 万吨再生铝项目，新增年产能1万吨。材料的1/3用于出口。\n")
    got = {(q.text, q.value, q.unit, q.comparator) for q in quantities}
    assert {("五日内", 5, "日", "<="), ("六十日内", 60, "日", "<="), ("六个月内", 6, "个月", "<=")} <= got
    assert {"5000万元", "1万吨", "1/3"} <= {q.text for q in quantities}
    assert not {"3000吨", "2 万吨", "11/28", "12/2"} & {q.text for q in quantities}


def test_an_assessment_notice_describes_its_project_in_no_year(tmp_path):
    quantities = _quantities_of(
        tmp_path, "关于某某新材料有限公司新建项目环境影响报告表的批复\n发布日期：2024-05-06\n\n"
        "该项目总投资8000万元，其中环保投资260万元，建成后年产改性塑料3万吨。\n")
    got = {(q.text, q.kind, q.year) for q in quantities}
    assert {("8000万元", "target", None), ("260万元", "target", None), ("3万吨", "target", None)} <= got


def test_the_cells_of_a_statistical_table_are_figures_in_its_captions_unit_and_year(tmp_path):
    quantities = _quantities_of(
        tmp_path, "某市统计年鉴2019\n| 8-3 规模以上工业企业主要指标 | | |\n| （2018年）单位：万元 | | |\n"
        "| 行 业 | 营业收入 | 利润总额 |\n| 总 计 | 1,254,300 | 86510 |\n| 纺织业 | 310250 | 20455.5 |\n\n"
        "| 8-4 2019年工业投资计划 单位：万元 | |\n| 技术改造 | 52000 |\n")
    got = {(q.text, q.value, q.unit, q.kind, q.year) for q in quantities}
    assert {("1,254,300", 12543000000, "元", "observation", 2018), ("86510", 865100000, "元", "observation", 2018),
            ("20455.5", 204555000, "元", "observation", 2018)} <= got
    assert not {q.text for q in quantities} & {"8-3", "52000", "2019"}  # (a plan's table: no reported figures)
