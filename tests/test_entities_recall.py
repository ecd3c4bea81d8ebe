"""Recall mechanisms of the third round: carrier heads missing from the park lexicon (功能区, 作业区, 航空枢纽,
智算中心, 验证点), industry lists closed by 等N个百亿级产业 / 等细分赛道 / 等新型文化业态,
an area's statutory plans cited by their kind alone (落实城市总体规划, 我市国土空间总体规划) and CAS institutes
named by their short forms (长春光机所). The snippets are written for these tests (not taken from any document)."""
from __future__ import annotations

from policykg.loaders.agencies import DocContext, find_agencies
from policykg.loaders.entities_named import find_own_plans, find_parks
from policykg.loaders.industries import find_industries


def _park_keys(text: str) -> set[str]:
    return {h.key for h in find_parks(text)}


# ------------------------------------------------------------------------------------------------ parks

def test_carrier_heads_of_ports_hubs_and_centres():
    keys = _park_keys("加快建设甲城国际陆港核心功能区，完善乙口港中心作业区，打造丙邮政国际航空枢纽。")
    assert {"甲城国际陆港核心功能区", "乙口港中心作业区", "丙邮政国际航空枢纽"} <= keys
    keys = _park_keys("建成“云岭1号”智算中心，建设新型储能技术国家标准验证点。")
    assert "“云岭1号”智算中心" in keys or "云岭1号智算中心" in keys
    assert "新型储能技术国家标准验证点" in keys

def test_a_kind_of_hub_is_not_a_named_one():
    # a type word right before the head describes what a city becomes, whatever the head
    keys = _park_keys("把甲城打造成为综合型国际航空枢纽，建设乙城枢纽型国家物流枢纽。")
    assert not any(k.endswith(("综合型国际航空枢纽", "枢纽型国家物流枢纽")) for k in keys)



def test_a_park_name_starts_after_a_field_label_or_the_tax_administration_and_closes_its_brackets():
    keys = _park_keys("回复内容 甲州经济技术开发区建设局关于道路修建的答复\n国家税务总局乙城高新技术产业开发区税务局\n"
                      "江西省小型企业创新示范基地（以下简称示范基地）认定工作。")
    assert {"甲州经济技术开发区", "乙城高新技术产业开发区", "江西省小型企业创新示范基地"} <= keys
    assert not any(k.startswith(("回复内容", "国家税务总局")) or "以下简称" in k for k in keys)


def test_a_class_of_zone_is_still_no_park():
    assert not _park_keys("支持各类功能区提质增效，推动作业区规范管理。")


# ------------------------------------------------------------------------------------------- industries

def test_items_of_a_counted_list_of_hundred_billion_industries():
    names = {h.key for h in find_industries("加快发展茶叶、中药材、甜橙、白莲等20个百亿级产业。")}
    assert {"中药材", "甜橙", "白莲"} <= names


def test_unknown_items_beside_a_known_one_before_a_track_or_business_form():
    names = {h.key for h in find_industries("布局人工智能、固态电池、光电子等细分赛道。")}
    assert {"人工智能", "固态电池"} <= names
    names = {h.key for h in find_industries("培育网络游戏、微短剧、数字文化等新型文化业态。")}
    assert {"网络游戏", "微短剧"} <= names


# ------------------------------------------------------------------------------------- cited documents

def test_the_areas_statutory_plan_cited_by_its_kind():
    hits = find_own_plans("紧密对接落实城市总体规划。正在编制的我市国土空间总体规划提出，", "甲市", ("甲",))
    assert [h.key for h in hits] == ["甲市城市总体规划", "甲市国土空间总体规划"]
    assert "甲城市总体规划" in hits[0].aliases and "我市国土空间总体规划" in hits[1].aliases


def test_a_kind_of_plan_or_its_evaluation_is_not_cited():
    text = "健全“四级三类”国土空间规划体系，做好城市总体规划实施评估，与国土空间规划衔接。"
    assert find_own_plans(text, "甲市", ("甲",)) == []
    assert find_own_plans("落实城市总体规划。", "乙省", ("乙",)) == []  # a province has no city plan
    assert find_own_plans("落实城市总体规划。", None) == []


# ------------------------------------------------------------------------------------------------ agencies

def test_cas_institutes_by_their_short_forms():
    ctx = DocContext("甲省人民政府", None, None)
    keys = {h.key for h in find_agencies("支持长春光机所、大连化物所等建设平台。", ctx)}
    assert {"中国科学院长春光学精密机械与物理研究所", "中国科学院大连化学物理研究所"} <= keys


def test_listed_railways_do_not_share_a_centres_head():
    keys = _park_keys("甲乙高铁、丙丁高铁、戊己智算中心三期等项目开工建设。")
    assert not any(k.endswith("高铁智算中心") for k in keys)


def test_the_kind_of_hub_a_city_becomes_is_no_park():
    assert not _park_keys("支持甲城打造全方位门户复合型国际航空枢纽。")


def test_a_plan_cited_as_a_basis_of_law_is_no_own_plan():
    assert find_own_plans("主管部门依据国土空间规划、海岸带规划审批。", "甲省", ("甲",)) == []


def test_an_act_or_a_remainder_before_chanye_is_no_sector():
    names = {h.key for h in find_industries("深入实施科技赋能产业发展，推进生产标准化、经营产业化。电子信息及其他产业增长5%。")}
    assert not names & {"科技赋能", "经营", "电子信息及其他"}


# ------------------------------------------------------------------------------------------- initiatives

def test_national_programmes_named_in_running_text():
    from policykg.loaders.entities_named import find_initiatives

    hits = {h.key: h for h in find_initiatives("推进城市更新，扩大长期护理保险制度试点，加力实施消费品以旧换新政策，"
                                                "坚持和发展新时代“枫桥经验”，用好RCEP规则。")}
    assert {"城市更新", "长期护理保险", "消费品以旧换新", "新时代“枫桥经验”", "区域全面经济伙伴关系协定"} <= set(hits)
    # the programme is one node; the written form with its kind word is an alias
    assert "长期护理保险制度" in hits["长期护理保险"].aliases and "消费品以旧换新政策" in hits["消费品以旧换新"].aliases
    assert "RCEP" in hits["区域全面经济伙伴关系协定"].aliases


def test_a_national_programme_at_the_start_of_a_longer_name_leaves_it_whole():
    from policykg.loaders.entities_named import find_initiatives

    keys = {h.key for h in find_initiatives("实施城市更新重点工程三年行动。")}
    assert "城市更新" not in keys


def test_national_awards_are_one_node_under_their_official_name():
    from policykg.loaders.entities_named import find_initiatives

    hits = find_initiatives("甲剧团的舞剧获荷花奖，乙团队获第七届中国质量奖，“中国舞蹈荷花奖”展演落户丙市，"
                            "丁项目获国家科技进步奖二等奖。")
    by_key: dict[str, set[str]] = {}
    for h in hits:
        by_key.setdefault(h.key, set()).update(h.aliases)
    # a short form and a quoted full form are one award; the edition is one more way of naming it
    assert {"荷花奖", "“中国舞蹈荷花奖”"} <= by_key["中国舞蹈荷花奖"]
    assert "第七届中国质量奖" in by_key["中国质量奖"]
    assert "国家科技进步奖" in by_key["国家科学技术进步奖"]
    # 二等奖 is the grade won, and its 等 opens no list of works
    assert not any("二" in k or "等奖" in k for k in by_key)


def test_a_region_written_with_its_construction_is_one_node_with_the_region():
    from policykg.loaders.entities_named import find_initiatives

    hits = find_initiatives("积极融入甲乙地区双城经济圈建设，推进丙丁城市群建设，支持戊己都市圈发展。")
    by_key = {h.key: set(h.aliases) for h in hits}
    assert "甲乙地区双城经济圈建设" in by_key["甲乙地区双城经济圈"]
    assert "丙丁城市群建设" in by_key["丙丁城市群"] and "戊己都市圈" in by_key


def test_every_body_of_a_joint_form_is_mentioned(tmp_path):
    p = tmp_path / "2026_江西省_政府工作报告.txt"
    p.write_text("政府工作报告\n支持工青妇、残联等群团组织更好发挥作用。\n", encoding="utf-8")
    from policykg.pipeline import build_record

    rec = build_record(str(p))
    mentioned = {m.key: m.text for m in rec.mentions if m.cls == "Agency"}
    assert mentioned.get("江西省总工会") == "工" and mentioned.get("共青团江西省委员会") == "青"
    assert mentioned.get("江西省妇女联合会") == "妇"
    ents = {e.key: e for e in rec.entities if e.cls == "Agency"}
    assert "工青妇" in ents["江西省总工会"].aliases and "工" not in ents["江西省总工会"].aliases


def test_a_list_opened_by_a_growth_verb_and_closed_by_a_kind_of_industry():
    names = {h.key for h in find_industries("大力发展竹编、漆器等民族特色手工业。")}
    assert {"竹编", "漆器"} <= names
    # without a growth verb, unknown items of a list stay unknown
    assert "竹编" not in {h.key for h in find_industries("统计竹编、漆器等民族特色手工业产值。")}


def test_province_of_a_reply_without_letterhead_from_the_areas_it_mentions(tmp_path):
    from policykg.pipeline import build_record

    p = tmp_path / "reply.txt"
    p.write_text("张三代表:\n您提出的关于支持旬阳发展光伏的建议收悉,现答复如下:\n旬阳市积极谋划项目,"
                 "旬阳市发改局加强对接,衔接汇报省能源局和省发改委,支持旬阳市光伏项目。\n", encoding="utf-8")
    keys = {e.key for e in build_record(str(p)).entities if e.cls == "Agency"}
    assert {"陕西省能源局", "陕西省发展和改革委员会"} <= keys


def test_no_province_when_the_mentions_are_spread():
    from policykg.loaders.agencies import _province_of_mentions

    assert _province_of_mentions("旬阳市、长沙市、武汉市、郑州市与南昌市开展合作。") is None
    assert _province_of_mentions("在省里开会。") is None
