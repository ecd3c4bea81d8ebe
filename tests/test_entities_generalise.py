"""Mechanisms added for replies and plans of cities not developed on: documents cited by their kind of title,
quoted programmes with the noun phrase they name, industries listed as whole items, parks named in
committees' names, and parks or areas that are not names at all.
The snippets are written for these tests (not taken from any document)."""
from __future__ import annotations

from policykg.loaders.areas import find_areas
from policykg.loaders.entities_named import find_cited, find_initiatives, find_parks, managed_park
from policykg.loaders.industries import find_industries

from .conftest import entities_of


def _entities(tmp_path, text: str):
    return entities_of(tmp_path, text)


def _names(res, cls: str) -> set[str]:
    return {e.key for e in res.of(cls)}


# ------------------------------------------------------------------------------------ cited documents

def test_titles_written_as_documents_are_cited(tmp_path):
    text = ("张三代表：\n您提出的关于加快发展现代花卉产业的建议收悉，现答复如下：\n"
            "市农业局以《关于申报花卉产业园区的报告》（甲农发〔2023〕12号）上报，并落实《甲市花卉产业若干扶持措施》"
            "《2024年花卉工作任务分解》，编制《甲市花卉产业发展规划》。\n")
    res = _entities(tmp_path, text)
    cited = _names(res, "CitedDocument")
    assert {"关于加快发展现代花卉产业的建议", "关于申报花卉产业园区的报告", "甲农发〔2023〕12号",
            "甲市花卉产业若干扶持措施", "2024年花卉工作任务分解"} <= cited
    # a plan named by its title is a programme
    assert "甲市花卉产业发展规划" in _names(res, "Initiative")


def test_number_after_a_title_is_cited_even_when_taken_for_the_own_number():
    text = "以《关于某事的报告》（甲发改〔2022〕7号）上报省发改委。"
    assert [h.key for h in find_cited(text, "甲发改〔2022〕7号")] == ["甲发改〔2022〕7号"]
    assert find_cited("甲发改〔2022〕7号\n各县区：", "甲发改〔2022〕7号") == []


def test_regulation_after_a_verb_phrase_and_the_programme_around_it(tmp_path):
    assert [h.key for h in find_cited("持续开展深入贯彻中央八项规定精神学习教育。")] == ["中央八项规定"]
    res = _entities(tmp_path, "乙省人民政府\n持续开展深入贯彻中央八项规定精神学习教育，巩固成果。\n")
    assert "中央八项规定" in _names(res, "CitedDocument")


def test_the_own_report_and_a_title_inside_a_title():
    hits = find_initiatives("对照《政府工作报告》和《2025年县<政府工作报告>任务分解》抓落实。")
    assert [(h.cls, h.key) for h in hits] == [("CitedDocument", "2025年县<政府工作报告>任务分解")]
    assert "2025年县《政府工作报告》任务分解" in hits[0].aliases


def test_national_plan_implemented_is_cited_a_local_one_is_a_programme():
    nat = find_initiatives("落实国家新一轮重点行业稳增长工作方案，")
    assert [(h.cls, h.key) for h in nat] == [("CitedDocument", "国家新一轮重点行业稳增长工作方案")]
    local = find_initiatives("持续落实甲市重点服务业企业培育方案，")
    assert all(h.cls == "Initiative" for h in local)


# -------------------------------------------------------------------------------------- initiatives

def test_quoted_slogan_with_the_noun_phrase_it_names():
    def keys(t):
        return [h.key for h in find_initiatives(t)]
    assert keys("建立“两同步”工作机制，") == ["两同步工作机制"]
    assert keys("推进“三融一共”和美村庄建设。") == ["三融一共和美村庄建设"]
    assert keys("构建“1+K+N”服务体系，") == ["1+K+N服务体系"]
    # a list, a verb or 的 after the quote: only the quoted name
    assert keys("开展“以新换旧”等促消费活动，") == ["以新换旧"]
    assert keys("“八大工程”纳入国家规划，") == ["八大工程"]


def test_park_followed_by_project_is_the_project(tmp_path):
    res = _entities(tmp_path, "丙县人民政府\n我局谋划了丙县特色茶叶小镇项目，已报省发改委。\n")
    assert "丙县特色茶叶小镇项目" in _names(res, "Initiative")
    assert not any("小镇" in k for k in _names(res, "Park"))


# --------------------------------------------------------------------------------------- industries

def test_listed_items_holding_an_industry_are_whole_names():
    keys = [h.key for h in find_industries("推动餐饮住宿、家政物业、养老托育等生活性服务业扩容。")]
    assert "家政物业" in keys and "家政服务" not in keys
    keys = [h.key for h in find_industries("争创硅基芯片、铜基新材料、旋翼飞行器等细分产业集群。")]
    assert "铜基新材料" in keys and "新材料" not in keys
    # joined names stay apart; a verb or a facility is no item's name
    keys = [h.key for h in find_industries("加快高端装备、新能源和智能网联汽车等新兴产业集群发展。")]
    assert "智能网联汽车" in keys
    keys = [h.key for h in find_industries("厚植家电、电子等优势产业，建设机器人训练场、海洋化工等产业平台。")]
    assert "厚植家电" not in keys and "机器人训练场" not in keys
    # a list of fields of work is not a list of industries
    keys = [h.key for h in find_industries("开展化工、工贸、高层建筑等重点领域专项整治。")]
    assert "高层建筑" not in keys


# -------------------------------------------------------------------------------------------- parks

def test_park_names_in_titles_courtesy_phrases_and_campaigns():
    text = ("您提出的《关于新建城区有机茶叶产业园的建议》收悉。衷心感谢您对有机茶叶产业园工作的关心。"
            "推动演出、非遗进景区，“一网通”覆盖各类园区，创建省级创新平台（基地）5家。")
    keys = [h.key for h in find_parks(text)]
    assert keys == ["城区有机茶叶产业园"]


def test_botanical_gardens_and_sole_carriers():
    assert [h.key for h in find_parks("争创某山国家植物园，")] == ["某山国家植物园"]
    assert [h.key for h in find_parks("全国唯一硅基光电创新中心落户本市。")] == ["硅基光电创新中心"]


def test_committee_names_its_park():
    assert managed_park("甲市高新技术产业开发区管理委员会", "甲市高新区管委会")[0] == "甲市高新技术产业开发区"
    assert managed_park("咸宁高新技术产业开发区管理委员会", "咸宁高新区管委会")[0] == "咸宁高新技术产业开发区"
    assert managed_park("沁县示范区管理委员会", "县示范区管委会")[0] == "沁县示范区"
    assert managed_park("某市人民政府国有资产监督管理委员会", "市国资委") is None


def test_a_kind_of_port_or_reserve_is_no_park_a_named_one_is():
    # (written for this test) 开放口岸 and 水源地保护区 are kinds; 满洲里口岸 and 莫莫格保护区 are named places
    text = "推进开放口岸、边境口岸和航空口岸建设，满洲里口岸过货量增长。加强水源地保护区和莫莫格保护区管护。"
    names = {h.key for h in find_parks(text)}
    assert {"满洲里口岸", "莫莫格保护区"} <= names
    assert not {"开放口岸", "边境口岸", "航空口岸", "水源地保护区"} & names


# -------------------------------------------------------------------------------------------- areas

def test_compass_points_in_a_list_are_not_the_north_east():
    hits = find_areas("推动东北、西北、西南、东南四个片区协同发展。", "河南省", "河南省")
    assert [h.surface for h in hits] == []
    assert [h.area.key for h in find_areas("振兴东北，加强合作。", "吉林省", "吉林省")] == ["东北地区"]


def test_national_regional_strategies_from_the_lexicon():
    hits = find_initiatives("融入京津冀协同发展，推动中部地区加快崛起，实施西部大开发战略。")
    assert [(h.key, set(h.aliases)) for h in hits] == [("京津冀协同发展", {"京津冀协同发展"}),
                                                       # (with the lexicon's other forms of the strategy)
                                                       ("中部地区崛起", {"中部地区加快崛起", "中部崛起"}),
                                                       ("西部大开发", {"西部大开发", "西部大开发战略"})]


def test_projects_by_phase_and_lists_without_names():
    keys = [h.key for h in find_initiatives("申报了某能甲县10万千瓦农光互补光伏发电（一期）项目。")]
    assert keys == ["某能甲县10万千瓦农光互补光伏发电（一期）项目"]
    assert find_initiatives("谋划了一批光伏发电及抽水蓄能电站等项目，") == []
    assert find_initiatives("列入相关实施方案和专项规划之中。") == []


def test_quoted_places_are_parks_and_carriers_named_after_their_institution(tmp_path):
    assert find_initiatives("加快打造“某江氢走廊”“某江空中走廊”，") == []
    res = _entities(tmp_path, "丁省人民政府\n积极支持中国科学院某江创新研究院建设，加快打造“某江氢走廊”。\n")
    parks = _names(res, "Park")
    assert {"中国科学院某江创新研究院", "某江氢走廊"} <= parks
    assert "中国科学院" in _names(res, "Agency")


def test_own_regulations_implementing_rules_and_counted_measures():
    hits = find_cited("推动出台生活垃圾分类管理条例，落实优化营商环境条例。", None, "丙省")
    assert [(h.key, h.aliases) for h in hits] == [("丙省生活垃圾分类管理条例", ("生活垃圾分类管理条例",)),
                                                  ("优化营商环境条例", ())]
    keys = [h.key for h in find_cited("落实金融支持乡村产业发展十条措施。认真落实各项措施。")]
    assert keys == ["金融支持乡村产业发展十条措施"]
    hits = find_initiatives("制定《中华人民共和国某某保护法》实施细则，")
    assert [(h.cls, h.key) for h in hits] == [("CitedDocument", "中华人民共和国某某保护法"),
                                              ("CitedDocument", "《中华人民共和国某某保护法》实施细则")]


def test_technologies_that_are_everyday_words_need_an_industry_cue():
    assert [h.key for h in find_industries("新建5G基站1000个，推广大数据分析，三款创新药获批上市。")] == []
    assert [h.key for h in find_industries("壮大5G产业，发展大数据、创新药等产业。")] == ["5G", "大数据", "创新药"]


def test_quoted_list_of_names_sharing_a_word_is_split():
    keys = [h.key for h in find_initiatives("聚焦“智慧交通、智慧医疗、智慧教育”三大场景，", known={"智慧教育"})]
    assert keys == ["智慧交通", "智慧医疗"]
    # words or questions listed in quotes are no programmes, nor is “…”三项机制 one name
    keys = [h.key for h in find_initiatives("建立“考核、督查、激励”三项机制，")]
    assert "考核、督查、激励三项机制" not in keys
    assert all(k not in ("考核", "督查", "激励") for k in keys)


def test_deputy_named_in_a_salutation():
    from policykg.loaders.entities_named import find_persons

    assert [(h.key, h.literals) for h in find_persons("尊敬的王小明委员：\n您提出的建议收悉。")] == \
        [("王小明", (("role", "委员"),))]


def test_a_sector_word_in_a_parks_name_names_the_place_not_a_sector(tmp_path):
    # (written for this test) the sector in a park's or a zone's name is the place's; one the policy aims at, or the
    # field an innovation carrier works on, is a sector
    text = ("市发改委：加快宿迁生态化工科技产业园建设，推进大市循环经济产业园扩区。大力发展生物医药产业，"
            "推进省级石墨烯、动力电池创新中心建设。\n")
    res = _entities(tmp_path, text)
    parks, industries = _names(res, "Park"), _names(res, "Industry")
    assert {"宿迁生态化工科技产业园", "大市循环经济产业园"} <= parks
    assert {"生物医药", "石墨烯"} <= industries
    assert not {"化工", "循环经济"} & industries
