"""Listed names take the kind of the head that closes the list (fourth round): 等生活性服务业, 等特色生态产业,
等新兴产业集群 and 等…新业态 make every item a sector, whatever verb opens the list, and the opening verb is no
part of the first item. The snippets are written for these tests (not taken from any document)."""
from __future__ import annotations

from policykg.loaders.agencies import DocContext, document_context, find_agencies
from policykg.loaders.areas import find_areas, gazetteer
from policykg.loaders.document import layout_facts
from policykg.loaders.entities_named import (find_airports, find_cited, find_initiatives, find_institutions, find_parks,
                                             find_persons, own_plan_title)
from policykg.loaders.entities import _Known
from policykg.loaders.industries import find_industries
from policykg.loaders.normalise import normalise
from policykg.loaders.read import read_source
from policykg.loaders.structure import parse_structure

from .conftest import entities_of


def _entities_of(tmp_path, text: str):
    return entities_of(tmp_path, text, "2026_河北省_政府工作报告.txt")


def _industries(text: str) -> set[str]:
    return {h.key for h in find_industries(text)}


def test_a_service_list_gives_every_item():
    keys = _industries("推动洗染修补、家电维修、宠物照护等生活性服务业扩容提质。")
    assert {"洗染修补", "家电维修", "宠物照护"} <= keys


def test_a_qualified_head_closes_the_list():
    keys = _industries("培育壮大林下种植、竹木加工、花卉苗木等特色生态产业。")
    assert {"林下种植", "竹木加工", "花卉苗木"} <= keys
    keys = _industries("积极发展户外运动、冰雪装备等消费型产业。")
    assert {"户外运动", "冰雪装备"} <= keys


def test_the_opening_verb_is_not_part_of_the_first_item():
    keys = _industries("升级发展竹浆造纸、木材加工等传统产业。")
    assert "竹浆造纸" in keys and not any(k.startswith("升级") for k in keys)
    keys = _industries("促进智能穿戴、工业母机等产业集群发展。")
    assert "智能穿戴" in keys and not any(k.startswith("促进") for k in keys)


def test_a_belt_or_a_park_closing_the_list_is_no_sector():
    # 等产业带 names corridors between places, 等产业园 names parks
    keys = _industries("推进甲乙、丙丁等产业带建设，支持戊己、庚辛等产业园提档。")
    assert not keys & {"甲乙", "丙丁", "戊己", "庚辛"}


def test_a_growth_verb_before_a_sector_word_names_a_sector():
    keys = _industries("做强高端数控机床制造业，做活县域电商服务业，优化提升冷链配送型服务业。")
    assert {"高端数控机床制造业", "县域电商服务业", "冷链配送型服务业"} <= keys
    # joined sectors and qualifier phrases are no single sector's name
    keys = _industries("推动现代服务业同先进制造业深度融合，加快集聚各类服务业。")
    assert not any(k.startswith(("现代服务业同", "各类")) for k in keys)



def test_items_listed_among_known_sectors_are_sectors():
    keys = _industries("加快发展集成电路、甲乙影视、人工智能、丙丁装备等新兴产业，壮大船舶、戊己材料、航空航天。")
    assert {"甲乙影视", "丙丁装备", "戊己材料"} <= keys
    # qualities and verb phrases listed after the sectors are none
    keys = _industries("推动养老、托育、家政等生活性服务业高品质、多样化、便利化发展。")
    assert not keys & {"多样化", "便利化发展"}
    # a list of fields or places that holds a sector or two names no further sectors
    keys = _industries("聚焦交通、水利、能源、集成电路等重点领域，推动甲乙、丙丁、集成电路、人工智能地区合作。")
    assert not keys & {"交通", "水利", "甲乙", "丙丁"}


def test_the_first_item_of_a_list_starts_after_the_verb_that_opens_it():
    keys = _industries("立足实际发展生物医药、新材料、先进装备制造等产业，建设甲乙贸易、消费电子、纺织服装等产业集群。")
    assert {"生物医药", "甲乙贸易"} <= keys and not any(k.startswith(("实际", "建设")) for k in keys)


def test_a_list_of_kinds_of_one_sector_names_each_kind():
    keys = _industries("发展甲乙农业、丙丁农业、戊己农业，实施种业振兴。")
    assert {"甲乙农业", "丙丁农业", "戊己农业"} <= keys
    keys = _industries("甲乙农业、丙丁农业、戊己农业不断壮大。")
    assert {"甲乙农业", "丙丁农业", "戊己农业"} <= keys
    # a stance is no kind (现代农业), nor is a list of two without a verb that grows them
    assert not _industries("现代甲乙农业、丙丁农业、戊己农业不断壮大。") & {"现代甲乙农业"}
    assert not _industries("甲乙农业、丙丁农业效益提高。") & {"甲乙农业", "丙丁农业"}


def test_a_list_closed_by_its_count_or_a_long_kind_names_its_items():
    keys = _industries("光电子信息、甲乙装备、大健康、丙丁化工、农产品加工5大支柱产业迈入万亿级。")
    assert {"甲乙装备", "丙丁化工"} <= keys
    keys = _industries("推动科技服务、甲乙服务等知识密集型生产性服务业加快壮大。")
    assert "甲乙服务" in keys
    # 继 opens no name: 成为继奶业、玉米之后
    assert not any(k.startswith("继") for k in _industries("草业成为继奶业、玉米、肉羊之后的第4个千亿级产业。"))


def test_a_statistical_category_reported_is_no_sector_aimed_at():
    assert "高技术制造业" not in _industries("高技术制造业增加值增长15%，规上高技术制造业对工业增长贡献率达30%。")
    assert "高技术制造业" in _industries("大力发展高技术制造业。")

# ------------------------------------------------------------------------------------------------ parks

def _parks(text: str, province: str | None = None) -> set[str]:
    return {h.key for h in find_parks(text, province)}


def test_medical_sports_freight_and_market_carriers_are_parks():
    keys = _parks("争创国家心血管区域医疗中心，加快甲山冰雪运动中心建设，建强乙城中欧班列集结中心，"
                  "提升丙镇小商品专业市场，推进丁口岸边民互市贸易区建设。")
    assert {"国家心血管区域医疗中心", "甲山冰雪运动中心", "乙城中欧班列集结中心", "丙镇小商品专业市场",
            "丁口岸边民互市贸易区"} <= keys


def test_a_verb_of_preparing_is_no_part_of_a_park_and_a_class_of_centre_is_none():
    keys = _parks("筹建国家氢能计量中心，建设一批省工程研究中心。")
    assert "国家氢能计量中心" in keys
    assert not any(k.startswith("筹建") or k.endswith("省工程研究中心") for k in keys)


# ------------------------------------------------------------------------------------------------ areas

def test_a_county_is_named_with_its_city_and_its_bodies_by_its_own_name():
    g = gazetteer()
    # six 通州/和平… in China: the key carries the city; the county's own name stays an alias
    assert g.get("黄骅市").key == "沧州市黄骅市" and g.get("沧州市黄骅市").name == "黄骅市"
    assert g.get("偏关县").key == "忻州市偏关县"
    # a county's bodies are called by the county's name alone (偏关县发展和改革局), a district's with its city
    hits = find_agencies("县发改局牵头。", DocContext("偏关县人民政府", "忻州市偏关县", "山西省"))
    assert [h.key for h in hits] == ["偏关县发展和改革局"]
    hits = find_agencies("区发改局牵头。", DocContext(None, "沈阳市浑南区", "辽宁省"))
    assert [h.key for h in hits] == ["沈阳市浑南区发展和改革局"]


def test_a_named_region_is_a_region_with_its_member_areas_not_an_area(tmp_path):
    res = _entities_of(tmp_path, "深化京津冀协同发展，支持唐山市、沧州市建设港口。")
    by_cls = {}
    for e in res.entities:
        by_cls.setdefault(e.cls, {})[e.key] = e
    assert "京津冀" in by_cls["Region"] and "京津冀" not in by_cls["Area"]
    members = {k for p, c, k in by_cls["Region"]["京津冀"].links if p == "memberArea"}
    assert members == {"北京市", "天津市", "河北省"} and members <= set(by_cls["Area"])
    assert {"唐山市", "沧州市"} <= set(by_cls["Area"])


def test_a_county_whose_short_form_is_a_word_is_named_in_a_list_of_areas():
    hits = [(h.surface, h.area.key) for h in find_areas("支持孝感、仙桃、天门、潜江等地协同发展，实现共同富裕。", "湖北省", "湖北省")]
    assert ("仙桃", "仙桃市") in hits and ("天门", "天门市") in hits
    # the same word outside such a list is the word (富裕 is also 富裕县's short form, in 黑龙江)
    assert not find_areas("实现共同富裕，畅通通道。", "黑龙江省", "黑龙江省")


def test_the_joint_abbreviation_of_hong_kong_macao_and_taiwan_mentions_no_area():
    assert not find_areas("感谢港澳台同胞和海外侨胞，做好外事侨务、港澳台事务，拓展港澳市场。", "湖南省", "湖南省")
    keys = [h.area.key for h in find_areas("香港特别行政区同胞、台湾同胞。", "北京市", "北京市")]
    assert keys == ["香港特别行政区", "台湾省"]


# ------------------------------------------------------------------------------------------------ cited documents

def _cited(text: str) -> set[str]:
    return {h.key for h in find_cited(text)}


def test_policy_packages_named_by_what_they_are_are_cited():
    keys = _cited("出台支持银发经济发展15条举措。落实好海洋牧场建设指引，制定深化电价机制改革意见。"
                  "推动优化用地审批流程举措落地见效。落实新版鼓励类产业目录。")
    assert {"支持银发经济发展15条举措", "海洋牧场建设指引", "深化电价机制改革意见", "优化用地审批流程举措",
            "鼓励类产业目录"} <= keys


def test_a_list_of_packages_gives_each_and_a_generic_phrase_none():
    keys = _cited("制定实施稳外贸稳外资16条、助企纾困10条等政策举措。")
    assert {"稳外贸稳外资16条", "助企纾困10条"} <= keys
    assert not _cited("落实相关政策措施，出台一系列举措，推出更具突破性的政策措施，形成20条具体举措。")


def test_a_plan_being_implemented_is_cited_one_being_drafted_is_not():
    # (a local plan carried out by the agency, 落实常州市…培育方案, stays its initiative: tests/test_entities.py)
    hits = find_initiatives("全面落实国家数字乡村发展行动方案。制定我省冰雪经济发展行动方案。")
    cls = {h.key: h.cls for h in hits}
    assert cls.get("国家数字乡村发展行动方案") == "CitedDocument"
    assert cls.get("我省冰雪经济发展行动方案", cls.get("冰雪经济发展行动方案")) == "Initiative"
    assert "数字乡村建设实施方案" in _cited("落实数字乡村建设实施方案。")
    assert not _cited("制定数字乡村建设实施方案。")


def test_packages_after_more_verbs_and_words_that_end_in_fa_but_are_no_laws():
    keys = {h.key for h in find_cited("实施好新版鼓励外商投资产业目录，推出甲乙高质量发展84项政策措施，科学编制特色优势产业目录，"
                                      "出台深化投资体制改革实施意见，深入实施“九五”普法，落实预算法。")}
    assert {"鼓励外商投资产业目录", "甲乙高质量发展84项政策措施", "特色优势产业目录", "深化投资体制改革实施意见",
            "中华人民共和国预算法"} <= keys
    assert not any(k.startswith("好") or k.endswith("普法") for k in keys)


# ------------------------------------------------------------------------------------------------ initiatives

def test_quoted_programmes_after_a_verb_or_before_a_system_word():
    hits = find_initiatives("推动城市建设“无废工厂”，实现“一网通查”。落实“红名单”制度，开展“三清一改”专项整治。")
    names = {n for h in hits for n in (h.key, *h.aliases)}
    assert {"“无废工厂”", "“一网通查”", "“红名单”制度", "“三清一改”专项整治"} <= names


def test_a_listed_head_distributes_and_a_branch_keeps_its_area():
    keys = _parks("深化与合肥、怀柔等国家实验室合作，推动甲镇羊毛衫、乙镇灯具等专业市场焕新。筹建国家氢能计量中心（江苏）。")
    assert {"合肥国家实验室", "怀柔国家实验室", "甲镇羊毛衫专业市场", "乙镇灯具专业市场",
            "国家氢能计量中心（江苏）"} <= keys


def test_the_labs_in_a_province_are_a_class():
    assert not any(k.endswith("重点实验室") for k in _parks("发挥在苏全国重点实验室作用。"))


def test_a_list_of_sectors_names_each_at_the_detail_it_gives():
    keys = _industries("壮大海上风电、沿海核电、分布式光伏等清洁能源。")
    assert {"海上风电", "分布式光伏"} <= keys
    # a list of projects or products names firms and goods, not sectors
    keys = _industries("推进甲乙精细化工、丙丁新能源、戊己电子等项目建设。")
    assert not keys & {"甲乙精细化工", "丙丁新能源", "戊己电子"}


def test_a_scheme_sector_written_with_ye_has_that_name_too(tmp_path):
    res = _entities_of(tmp_path, "科技服务业提质增效，科技服务业态日益丰富。")
    industry = next(e for e in res.entities if e.cls == "Industry" and e.key == "科技服务")
    assert "科技服务业" in industry.aliases and "科技服务业态" not in industry.aliases


def test_short_names_after_a_verb_share_the_last_head():
    keys = _parks("先后新建和改造甲岭、乙桥、丙塘菜市场，市场档次明显提升。")
    assert {"甲岭菜市场", "乙桥菜市场", "丙塘菜市场"} <= keys


def test_works_keep_their_city_and_phase_and_listed_strategies_share_the_head():
    keys = {h.key for h in find_initiatives("洛阳地铁2号线开通运营。推进乙丙高速二期、丁戊高铁等重点项目。"
                                            "深入实施文化兴省、体育强省、创新驱动发展战略。")}
    assert {"洛阳地铁2号线", "乙丙高速二期", "文化兴省战略", "体育强省战略"} <= keys
    assert "地铁2号线" not in keys  # one line of one city

def test_a_quoted_list_of_words_without_a_count_is_a_motto():
    keys = {h.key for h in find_initiatives("树牢“尊商、重商、亲商、安商”理念，坚持“甲乙、丙丁、戊己”，推行“双随机、一公开”。")}
    assert "双随机、一公开" in keys
    assert not any("尊商" in k or "甲乙" in k for k in keys)


def test_named_works_listed_with_their_head_and_size():
    keys = {h.key for h in find_initiatives("甲乙、丙丁戊等40条高速公路相继开通。加快己庚、辛壬等水电站建设。"
                                            "子丑、寅卯大型水库建成投用。统筹推进16个大中型灌区现代化改造。")}
    assert {"甲乙高速公路", "丙丁戊高速公路", "己庚水电站", "辛壬水电站", "子丑水库", "寅卯水库"} <= keys
    assert not any("大型" in k or "大中型" in k for k in keys)
    # a place before the head of a work names the work, a known sector names a field of projects
    known = _Known(frozenset({"金融"}), {"临清": ()})
    keys = {h.key for h in find_initiatives("新昆楚大、临清等高速公路开通。推进金融、电信等项目。", known=known)}
    assert "临清高速公路" in keys and not any(k.startswith("金融") for k in keys)
    # places listed for a programme of upgrading are not works of their own
    assert not {h.key for h in find_initiatives("实施甲乙、丙丁等灌区现代化改造。")} & {"甲乙灌区", "丙丁灌区"}


def test_diplomatic_meetings_and_counted_editions():
    keys = {h.key for h in find_initiatives("举办甲乙合作第八次领导人会议、丙丁合作第十次外长会，召开政企沟通圆桌会议，"
                                            "承办女篮世界杯预选赛，连续举办3届戊己商人大会。")}
    assert {"甲乙合作第八次领导人会议", "丙丁合作第十次外长会", "政企沟通圆桌会议", "女篮世界杯预选赛", "戊己商人大会"} <= keys


def test_national_programmes_most_annotators_list(tmp_path):
    res = _entities_of(tmp_path, "深入开展禁毒人民战争和扫黑除恶斗争，用好12345热线，做好金融“五篇大文章”，稳步推进“双碳”工作。")
    names = {n for e in res.entities if e.cls == "Initiative" for n in (e.key, *e.aliases)}
    assert {"禁毒人民战争", "扫黑除恶斗争", "12345热线", "金融“五篇大文章”", "“双碳”"} <= names


def test_unclosed_quotes_and_lists_at_the_start_of_a_text():
    # an unclosed quote after a quoted name ends the run of adjacent quotes (it used to raise UnboundLocalError)
    assert [h.key for h in find_initiatives("推行“甲乙丙”“丙丁")] == ["甲乙丙"]
    assert [h.key for h in find_initiatives("用好“甲乙”“丙丁”政策。")] == ["甲乙政策", "丙丁政策"]
    # the first of short names sharing a head may open the text
    assert {"蓝天保卫战", "碧水保卫战", "净土保卫战"} <= {h.key for h in find_initiatives("蓝天、碧水、净土保卫战。")}



# ------------------------------------------------------------------------------------------------ agencies

def test_bare_bodies_in_a_field_of_lead_units_are_the_jurisdictions_own():
    ctx = DocContext("内蒙古自治区人民政府", "内蒙古自治区", "内蒙古自治区")
    keys = [h.key for h in find_agencies("（牵头单位：民政厅、林草局、农牧厅）在自治区党委领导下。", ctx)]
    assert keys == ["内蒙古自治区民政厅", "内蒙古自治区林业和草原局", "内蒙古自治区农牧厅",
                    "中国共产党内蒙古自治区委员会"]
    # outside such a field a bare 民政厅 stays unresolved, and a firm's 党委 is none of the region's
    assert [h.key for h in find_agencies("民政厅门口，企业党委。", ctx)] == []


def test_an_institution_named_after_its_parent_body_is_one_agency(tmp_path):
    res = _entities_of(tmp_path, "推动中国科学院甲乙人工智能研究所形成建制化能力，中国科学院与省政府签署合作协议。")
    agencies = {e.key for e in res.entities if e.cls == "Agency"}
    assert "中国科学院甲乙人工智能研究所" in agencies
    # the parent is mentioned only where it stands on its own
    mentions = [(m.key, m.text) for m in res.mentions if m.cls == "Agency"]
    assert ("中国科学院", "中国科学院") in mentions and len([m for m in mentions if m[0] == "中国科学院"]) == 1


def test_graduate_schools_and_branches_are_institutions():
    keys = [h.key for h in find_institutions("建好西南联合研究生院。中国考古博物馆甲乙丙分馆挂牌。", frozenset())]
    assert keys == ["西南联合研究生院", "中国考古博物馆甲乙丙分馆"]


def test_an_institute_of_advanced_study_is_an_institution_named_after_its_ministry(tmp_path):
    res = _entities_of(tmp_path, "建好办好教育部河北高等研究院，教育部部署试点。")
    agencies = [(m.key, m.text) for m in res.mentions if m.cls == "Agency"]
    assert ("教育部河北高等研究院", "教育部河北高等研究院") in agencies
    assert [t for k, t in agencies if k == "中华人民共和国教育部"] == ["教育部"]  # the ministry where it acts
    assert not [e for e in res.entities if e.cls == "Park"]


def test_groupings_of_states_are_no_agencies(tmp_path):
    res = _entities_of(tmp_path, "对东盟、欧盟进出口增长，办好上合组织国家电影节和亚太经合组织贸易部长会议，联合国教科文组织认定。")
    agencies = {e.key for e in res.entities if e.cls == "Agency"}
    assert not agencies & {"东南亚国家联盟", "上海合作组织", "亚太经济合作组织"}
    assert "联合国教育、科学及文化组织" in agencies
    # nor is a city that names an organisation mentioned by it
    assert "上海市" not in {e.key for e in res.entities if e.cls == "Area"}

def test_zones_take_the_official_head_and_lists_share_kind_words():
    keys = _parks("推动甲城综保区、乙城农高区建设。实施丙口、丁口等重点口岸提升工程。打造牛羊、大豆技术创新中心。"
                  "推进合甲、合乙产业走廊建设。建设东山、西山等大尺度郊野公园。")
    assert {"甲城综合保税区", "乙城农业高新技术产业示范区", "丙口口岸", "丁口口岸", "牛羊技术创新中心",
            "大豆技术创新中心", "合甲产业走廊", "合乙产业走廊", "东山郊野公园", "西山郊野公园"} <= keys


def test_classes_of_parks_and_verbs_of_upgrading_are_no_names():
    keys = _parks("我省获建全国首批省域美丽中国先行区。深化我国民族团结进步示范区建设。高质量建设国家考古遗址公园，"
                  "推动甲乙国家考古遗址公园建设。扩容升级丙丁国际陆港。推进“2+3+N”园区建设，发展跨境电商+产业带。")
    assert {"甲乙国家考古遗址公园", "丙丁国际陆港"} <= keys
    assert not keys & {"省域美丽中国先行区", "我国民族团结进步示范区", "民族团结进步示范区", "国家考古遗址公园",
                       "扩容升级丙丁国际陆港"}
    assert not any("+" in k for k in keys)


def test_medical_centres_are_named_by_their_level():
    keys = _parks("创建国家医学中心和国家区域医疗中心。建设4个国家区域医疗中心和4个省级区域医疗中心。")
    assert {"国家医学中心", "国家区域医疗中心"} <= keys
    # the province's own designations are a class: 1 of the 6 developed reports that write 省级区域医疗中心 lists it
    assert "省级区域医疗中心" not in keys
    # other carriers named by a level alone stay classes
    assert not _parks("建设国家产业园和省级基地。") & {"国家产业园", "省级基地"}


def test_a_head_after_deng_distributes_over_quoted_place_lists():
    keys = _parks("“甲乙丙”光电子信息、“丁戊己”新能源新材料等产业走廊加快建设。")
    assert {"“甲乙丙”光电子信息产业走廊", "“丁戊己”新能源新材料产业走廊"} <= keys


def test_belts_circles_districts_and_corridors_with_a_name_are_parks():
    keys = _parks("支持甲乙山创新带、丙丁江科创带建设，深化环戊湖科创圈建设，打造光谷科创大走廊，昆明中央法务区揭牌运行，"
                  "打造百里长江生态廊道、汉口百年历史文化街区，推进长江口产业创新绿色发展协同区建设，建设长江中游航运中心。")
    assert {"甲乙山创新带", "丙丁江科创带", "环戊湖科创圈", "光谷科创大走廊", "昆明中央法务区", "百里长江生态廊道",
            "汉口百年历史文化街区", "长江口产业创新绿色发展协同区", "长江中游航运中心"} <= keys


def test_park_names_do_not_start_with_a_verb_an_ordinal_or_inside_a_word():
    # (a tourist sight, …草原景区, is no park: bench/annotation/CONVENTIONS.md; a 旅游度假区 is a designated zone)
    keys = _parks("建设运营好国家区域医疗中心。三要优化园区布局。建设外向型产业集聚区50个。支持呼和浩特敕勒川旅游度假区建设。")
    assert "国家区域医疗中心" in keys or not any(k.startswith("运营") for k in keys)
    assert not any(k.startswith(("运营", "三要", "型")) for k in keys)
    assert "呼和浩特敕勒川旅游度假区" in keys
    assert not _parks("支持呼和浩特敕勒川草原景区建设。")


def test_an_areas_own_five_year_plan_documents_get_their_full_titles():
    g = gazetteer()
    key, aliases = own_plan_title("关于制定国民经济和社会发展第十五个五年规划的建议", g.get("内蒙古自治区"))
    assert key == "中共内蒙古自治区委员会关于制定内蒙古自治区国民经济和社会发展第十五个五年规划的建议"
    assert aliases == ("关于制定国民经济和社会发展第十五个五年规划的建议",)
    key, _ = own_plan_title("中共甘肃省委关于制定国民经济和社会发展第十五个五年规划的建议", g.get("甘肃省"))
    assert key == "中共甘肃省委关于制定甘肃省国民经济和社会发展第十五个五年规划的建议"
    key, _ = own_plan_title("国民经济和社会发展第十五个五年规划纲要（草案）", g.get("甘肃省"))
    assert key == "甘肃省国民经济和社会发展第十五个五年规划纲要（草案）"
    # another area's proposal, or any other title, is left as written
    assert own_plan_title("关于制定河北省国民经济和社会发展第十五个五年规划的建议", g.get("甘肃省"))[0].startswith("关于")


def test_the_committees_five_year_proposal_cited_as_jianyi(tmp_path):
    res = _entities_of(tmp_path, "省政府根据中共河北省委“十五五”规划《建议》，编制了规划纲要。")
    cited = {e.key: e for e in res.entities if e.cls == "CitedDocument"}
    assert "中共河北省委关于制定河北省国民经济和社会发展第十五个五年规划的建议" in cited


def test_more_ways_packages_and_laws_are_cited():
    keys = _cited("贯彻新修订的国家通用语言文字法。认真执行预算法。出台加快发展生物制造产业实施方案。"
                  "落实地方政府招商引资鼓励和禁止事项清单。出台推动人工智能产业发展和赋能应用10条措施。")
    assert {"中华人民共和国国家通用语言文字法", "中华人民共和国预算法", "加快发展生物制造产业实施方案",
            "地方政府招商引资鼓励和禁止事项清单", "推动人工智能产业发展和赋能应用10条措施"} <= keys
    # two documents joined by 和 are not one
    assert not any("和实施方案" in k for k in _cited("出台洞庭湖生态经济区发展规划和实施方案。"))


def test_quoted_names_take_the_collaboration_or_network_they_name():
    names = {n for h in find_initiatives("推进“三医”协同，建设“四纵三横”现代化水网，打造“10分钟”就业服务圈。")
             for n in (h.key, *h.aliases)}
    assert {"“三医”协同", "“四纵三横”现代化水网", "“10分钟”就业服务圈"} <= names


def test_a_work_opening_its_clause_and_reported_done_is_named():
    keys = {h.key for h in find_initiatives("能源领域，甲电入乙工程投产送电，零基预算改革全面推开，国资改革深化提升行动全面完成。"
                                            "实施粮食单产提升工程、优质甲猪工程。“机器管采购”实现工程建设领域全覆盖。")}
    assert {"甲电入乙工程", "零基预算改革", "国资改革深化提升行动", "粮食单产提升工程", "优质甲猪工程"} <= keys
    assert not any(k.startswith("工程") or "实现" in k for k in keys)


def test_lists_closed_by_qualified_heads_and_the_names_a_sector_is_written_with(tmp_path):
    keys = _industries("持续推进畜禽、水产、油茶、竹木等千亿优势特色产业。大力发展益生菌、动物疫苗等高附加值产业。")
    assert {"畜禽", "水产", "油茶", "竹木", "益生菌", "动物疫苗"} <= keys
    res = _entities_of(tmp_path, "壮大海洋经济，培育“票根经济”。")
    names = {n for e in res.entities if e.cls == "Industry" for n in (e.key, *e.aliases)}
    assert "海洋经济" in names and "“票根经济”" in names


def test_persons_not_made_of_place_words_and_named_after_their_role():
    assert find_persons("以上问题事关自治区长远发展，2人当选中国工程院院士。") == []
    hits = find_persons("省长张三明作政府工作报告。")
    assert [(h.key, dict(h.literals)["role"]) for h in hits] == [("张三明", "省长")]


def test_border_trade_zones_bonded_centres_and_parks_with_their_own_place_name():
    keys = _parks("建成运营甲拉、乙都口岸互贸区。申建丙湖空港保税物流中心（B型）。支持赤峰建设蒙东作物种质资源库。")
    assert {"乙都口岸互贸区", "丙湖空港保税物流中心（B型）", "蒙东作物种质资源库"} <= keys


def test_a_designation_without_a_place_is_no_park():
    keys = _parks("争创国家现代农业产业园，获批“两山”实践创新基地，优化重塑国家级大学科技园，建设大连国家级数据产业集聚区。")
    assert keys == {"大连国家级数据产业集聚区"}
    assert not find_institutions("优化重塑国家级大学科技园。", frozenset())


def test_quoted_names_in_lists_after_verbs_and_opening_clauses(tmp_path):
    names = {n for h in find_initiatives("巩固“保交楼”、“保交房”成果。弘扬“甲乡经验”。推行“揭榜挂帅”、“赛马”等模式。"
                                         "全省开放，“书香八闽”辐射人群超700万人。") for n in (h.key, *h.aliases)}
    assert {"“保交房”", "“甲乡经验”", "“赛马”", "“书香八闽”"} <= names
    res = _entities_of(tmp_path, "实施国家“双高计划”和省级科技创新攻坚计划。")
    names = {n for e in res.entities if e.cls == "Initiative" for n in (e.key, *e.aliases)}
    assert {"“双高计划”", "科技创新攻坚计划"} <= names


def test_a_level_word_that_begins_a_word_is_not_dropped_from_a_name(tmp_path):
    # 市场, 市域, 省属: the 市 or 省 is part of the word, no level that runs the programme
    res = _entities_of(tmp_path, "落实市场准入负面清单制度，推进市域社会治理试点，深化省属国有企业改革，实施省科技创新攻坚计划。")
    aliases = {e.key: e.aliases for e in res.entities if e.cls == "Initiative"}
    assert aliases["市场准入负面清单制度"] == {"市场准入负面清单制度"}
    assert aliases["省属国有企业改革"] == {"省属国有企业改革"}
    assert "科技创新攻坚计划" in aliases["省科技创新攻坚计划"]


def test_economies_named_after_a_growth_verb_or_in_a_list():
    keys = _industries("发展港航经济和临港经济，加快培育智能经济新业态，围绕旅游、泛口岸经济等持续用力。")
    assert {"港航经济", "临港经济", "智能经济", "泛口岸经济"} <= keys
    assert not _industries("推动经济发展，深化长江经济带发展，发展县域经济和民营经济。")


def test_events_named_by_their_own_head_and_their_editions():
    hits = find_initiatives("承办亚冬会。办好东北城市足球联赛和第十三届省艺术节。成功举办第六届中国辽洽会。"
                            "高水平承办全国首届青少年田径运动会。成功申办第十六届全运会。")
    names = {n for h in hits for n in (h.key, *h.aliases)}
    assert {"亚冬会", "东北城市足球联赛", "第十三届省艺术节", "中国辽洽会", "全国青少年田径运动会", "第十六届全运会"} <= names
    assert not any(k.startswith("申办") for k in names)


def test_an_academy_named_in_an_honour_does_not_act():
    ctx = DocContext("甘肃省人民政府", "甘肃省", "甘肃省")
    assert [h.key for h in find_agencies("2人当选中国工程院院士，与中国工程院开展合作。", ctx)] == ["中国工程院"]


def test_what_the_government_opposes_and_formulas_are_no_programmes():
    keys = {h.key for h in find_initiatives("坚决不搞形象工程、政绩工程，依法打击各类违法犯罪活动，坚定不移推进反腐败斗争。"
                                            "《纲要草案》全文提交大会审查。实施甲乙乡村振兴工程。")}
    assert keys == {"甲乙乡村振兴工程"}


def test_cited_titles_also_go_without_who_adopts_them(tmp_path):
    res = _entities_of(tmp_path, "落实国家新一轮重点行业稳增长方案。出台实施我省共建甲乙国际科技创新中心建设方案。"
                                 "《河北省国民经济和社会发展第十五个五年规划纲要草案》提交本次大会审查。")
    names = {n for e in res.entities if e.cls == "CitedDocument" for n in (e.key, *e.aliases)}
    assert {"重点行业稳增长方案", "共建甲乙国际科技创新中心建设方案",
            "河北省国民经济和社会发展第十五个五年规划纲要草案"} <= names


def test_a_county_issuer_governs_its_county(tmp_path):
    doc = tmp_path / "notice.txt"
    doc.write_text("沁县人民政府办公室关于印发任务分解的通知\n各乡镇人民政府：\n现将任务分解印发给你们。\n", encoding="utf-8")
    src = read_source(doc)
    st = parse_structure(src.text, normalise(src.text))
    ctx = document_context(src, st)
    assert ctx.area == "长治市沁县" and ctx.issuer == "沁县人民政府办公室"
    issuer = next(e for e in layout_facts(src, st, ctx).entities if e.key == "沁县人民政府办公室")
    assert ("jurisdiction", "Area", "长治市沁县") in issuer.links


def test_national_campaigns_and_funding_channels_named_in_running_text(tmp_path):
    res = _entities_of(tmp_path, "常态化开展扫黑除恶，推行林长制，用好超长期特别国债和中央预算内投资，"
                                 "配合中央生态环保督察，推进药品集中带量采购。")
    keys = {e.key for e in res.entities if e.cls == "Initiative"}
    assert {"扫黑除恶", "林长制", "超长期特别国债", "中央预算内投资", "中央生态环境保护督察", "药品集中采购"} <= keys


def test_a_plant_or_good_named_after_a_sector_is_not_the_sector():
    keys = _industries("甲湾核电一期投入商业运行，乙港核电6号机组并网，手撕钢、核电钢等新产品涌现。")
    assert "核电" not in keys
    assert "核电" in _industries("安全有序发展核电产业。")


def test_every_short_name_of_a_list_shares_the_head():
    keys = {h.key for h in find_initiatives("持续打好蓝天、碧水、净土保卫战。争取国家算力协同试点。")}
    assert {"蓝天保卫战", "碧水保卫战", "净土保卫战", "国家算力协同试点"} <= keys


def test_a_crackdown_campaign_is_a_programme_not_something_opposed():
    keys = {h.key for h in find_initiatives("深入开展打击治理电信网络诈骗专项行动。")}
    assert any(k.endswith("电信网络诈骗专项行动") for k in keys)


def test_sections_of_lines_campaigns_of_rectification_and_size_classes_of_firms():
    keys = {h.key: h for h in find_initiatives("加快甲乙高铁丙丁至戊己段、庚辛高速公路建设，拥堵路段治理见效。"
                                               "深入开展壬癸领域突出问题集中整治，开展子丑寅卯专项整治。"
                                               "实施规模以上工业企业研发活动提升行动。")}
    assert {"甲乙高铁丙丁至戊己段", "庚辛高速公路", "壬癸领域突出问题集中整治", "子丑寅卯专项整治",
            "规模以上工业企业研发活动提升行动"} <= set(keys)
    assert "甲乙高铁" in keys["甲乙高铁丙丁至戊己段"].aliases  # the line is the section's other name
    assert not any(k.startswith(("工业企业", "问题")) or k.endswith("路段") for k in keys)


def test_a_join_inside_a_place_name_does_not_split_the_name():
    hits = find_initiatives("推进甲乙一体化发展和呼和浩特都市圈建设。")
    # (the node is the region, its 建设 one more written form: the region's own name, whole)
    assert any(h.key == "呼和浩特都市圈" and "呼和浩特都市圈建设" in h.aliases for h in hits)
    assert not any(h.key.startswith("浩特") for h in hits)


def test_what_a_place_aims_to_become_is_no_park():
    keys = _parks("创建甲乙示范区和丙丁实践创新基地，建设美丽乡村先行区、石泉县绿色发展先行区，"
                  "争创国家生态文明建设示范区和庚辛经开区。以内陆开放型经济试验区为平台。")
    assert {"石泉县绿色发展先行区", "庚辛经济技术开发区", "内陆开放型经济试验区"} <= keys
    assert not {"美丽乡村先行区", "国家生态文明建设示范区", "以内陆开放型经济试验区"} & keys


def test_lines_reached_opposed_projects_and_unsafe_reservoirs_are_no_names():
    keys = {h.key for h in find_initiatives("全面实现市市通高铁、县县通高速。坚决杜绝“形象工程”“政绩工程”。"
                                            "加快防洪工程建设和病险水库除险加固，推进甲乙水库建设。")}
    assert "甲乙水库" in keys
    assert not any(k.endswith(("通高铁", "通高速")) or k in ("形象工程", "政绩工程", "水库", "病险水库") for k in keys)


def test_an_institution_founded_is_named_from_its_place_on():
    areas = frozenset({"固原", "重庆", "晋中"})
    keys = [h.key for h in find_institutions("新设固原农林职业技术学院，成功设置重庆工业职业技术大学，新晋中国工程院院士2人。", areas)]
    assert keys == ["固原农林职业技术学院", "重庆工业职业技术大学"]  # (not 晋中国工程院: no founding before it)


def test_a_regions_own_regulation_titled_laws_and_a_leaders_guidance():
    keys = {h.key for h in find_cited("推动出台自治区数据条例。推动出台《甲乙省民营经济促进条例》。按照习近平总书记指引，落实国务院意见。",
                                      province="宁夏回族自治区")}
    assert "宁夏回族自治区数据条例" in keys
    # (the titled regulation is cited by its title, which find_initiatives reads)
    assert not any("自治区自治区" in k or "《" in k or "总书记" in k for k in keys)


def test_an_everyday_sector_word_before_a_qualified_industry_word_is_no_sector():
    found = _industries("全链条推进旅游产业体系升级，建设旅游产业强镇，举办国际能源产业博览会，推进绿电产业园区建设，发展旅游产业。")
    assert "绿电" in found and "旅游" in found  # (the last clause names the sector itself)
    assert _industries("全链条推进旅游产业体系升级，建设旅游产业强镇，举办国际能源产业博览会。") == set()


def test_a_provinces_section_of_a_national_park_and_the_qu_of_an_industrial_park():
    hits = {h.key: h for h in find_parks("推进大运河国家文化公园江苏段、长征国家文化公园贵州重点建设区建设，支持苏州工业园区改革，"
                                         "长江国家文化公园建设段落实。", "江苏省")}
    assert {"大运河国家文化公园江苏段", "长征国家文化公园贵州重点建设区", "苏州工业园区", "长江国家文化公园"} <= set(hits)
    assert "大运河国家文化公园" in hits["大运河国家文化公园江苏段"].aliases


def test_science_and_cooperation_centres_are_parks_when_a_place_names_them():
    keys = _parks("提升合肥综合性国家科学中心能级，布局4个基础科学中心，建好长沙奥体中心，加快奥体中心改造，"
                  "对接长三角、粤港澳大湾区等科创中心，建设产业知识产权运营中心。")
    assert {"合肥综合性国家科学中心", "长沙奥体中心"} <= keys
    assert not any(k in keys for k in ("基础科学中心", "奥体中心", "产业知识产权运营中心")) and not any("科创中心" in k for k in keys)


def test_items_that_end_like_a_compound_head_share_its_last_word():
    keys = {h.key for h in find_initiatives("统筹教育强省、科技强省、人才强省建设。开展危化品、大气污染治理攻坚行动。")}
    assert {"教育强省建设", "科技强省建设", "人才强省建设", "大气污染治理攻坚行动"} <= keys


def test_power_capacity_and_output_and_workers_name_no_sector():
    assert _industries("新增风电光伏装机400万千瓦，可再生能源发电量占比提高，建设光伏大基地，培训家政服务员。") == set()
    assert {"光伏", "风电"} <= _industries("做强光伏、风电等产业。")


def test_a_national_programme_that_opens_a_reform_or_a_pilot_is_part_of_its_name():
    keys = {h.key for h in find_initiatives("推进长期护理保险制度改革，深化农村集体经营性建设用地入市改革，开展城市更新行动。")}
    assert {"长期护理保险制度改革", "农村集体经营性建设用地入市改革", "城市更新"} <= keys
    assert "长期护理保险" not in keys and "农村集体经营性建设用地入市" not in keys


def test_a_sector_joined_by_ji_to_a_short_part_is_one_clusters_name():
    found = _industries("加快新能源汽车及零部件、新材料、绿色食品等产业集群建设，推进智能制造及装备产业发展，"
                        "发展旅游及相关产业，推动现代服务业与先进制造业融合，培育氢能和核聚变能等未来产业。")
    assert {"新能源汽车及零部件", "智能制造及装备", "新材料", "氢能"} <= found
    assert not any(k.endswith(("及相关", "先进制造业")) and "及" in k or "与" in k for k in found)


def test_the_round_of_a_national_programme_is_one_of_its_written_forms():
    hits = {h.key: h for h in find_initiatives("配合做好第三轮中央生态环境保护督察。")}
    assert "中央生态环境保护督察" in hits and "第三轮中央生态环境保护督察" in hits["中央生态环境保护督察"].aliases


def test_a_version_of_a_programme_is_named_with_it():
    keys = {h.key for h in find_initiatives("实施土地节约集约利用综合改革2.0版，启动实施林长制改革2.0版。")}
    assert {"土地节约集约利用综合改革2.0版", "林长制改革2.0版"} <= keys


def test_a_quoted_count_of_carriers_names_none():
    keys = _parks("构建“1+N”成果转化体系，建设“1”个省级成果转移转化中心和“N”个转化中心。")
    assert not any("个" in k for k in keys)


def test_a_verb_or_a_number_of_places_before_a_carriers_head_names_none():
    for text in ("建设一批小公园和口袋公园。", "打造更多“金角银边”体育公园。", "推动建设省实验室。", "保护提升历史文化街区。"):
        assert _parks(text) == set(), text
    assert _parks("发展区块链产业园，建设赣江新区和南昌高新区。") >= {"区块链产业园", "南昌高新技术产业开发区"}


def test_a_quoted_pairing_of_fields_without_a_head_is_no_programme():
    keys = {h.key for h in find_initiatives("深化“文旅+百业”“百业+文旅”，发展“体育+”，推进“4+4科创工程”，"
                                            "实施“人工智能+”行动。")}
    assert {"4+4科创工程", "人工智能+行动"} <= keys  # (a head inside the quotes or after them)
    assert not any(k in keys for k in ("文旅+百业", "百业+文旅", "体育+"))


def test_a_kind_of_hub_named_with_its_city_is_that_citys_hub():
    keys = _parks("创建赤峰商贸服务型国家物流枢纽，打造复合型国际航空枢纽。")
    assert "赤峰商贸服务型国家物流枢纽" in keys and not any(k.startswith("复合型") for k in keys)


def test_campaigns_of_building_a_kind_of_countryside_or_society():
    keys = {h.key for h in find_initiatives("推进和美乡村建设，深化书香社会建设，加强乡村建设。")}
    assert {"和美乡村建设", "书香社会建设"} <= keys and "乡村建设" not in keys


def test_named_courts_and_international_societies_are_institutions():
    keys = [h.key for h in find_institutions("支持成渝金融法院发展，国际深空探测学会落户，建设国际大数据交易所，组建产业协会。",
                                             frozenset({"成渝"}))]
    assert keys == ["成渝金融法院", "国际深空探测学会"]


def test_a_verb_inside_an_actions_name_does_not_cut_it():
    keys = {h.key for h in find_initiatives("实施绿色消费推进行动，开展跨境电商加快发展行动，实施空气质量持续改善行动，"
                                            "每年精心实施民心工程，发扬攻坚克难的行动。")}
    assert {"绿色消费推进行动", "跨境电商加快发展行动", "空气质量持续改善行动"} <= keys
    assert not any("精心" in k or "的" in k for k in keys)


def test_people_honoured_by_name_are_persons_with_their_title():
    hits = {h.key: dict(h.literals)["role"] for h in find_persons(
        "涌现出人民警察英雄杨甲乙、最美退役军人贾丁戊、见义勇为少年李己庚等一批先进模范。运动员何辛勇夺冠军。弘扬英雄精神。")}
    assert hits == {"杨甲乙": "英雄", "贾丁戊": "退役军人", "李己庚": "见义勇为少年", "何辛": "运动员"}


def test_a_national_level_new_area_is_an_area_of_its_province():
    found = [(h.area.key, h.area.level, h.area.parent) for h in find_areas("支持贵安新区、赣江新区发展，推进京津冀协同发展。", "贵州省", "贵州省")]
    assert ("贵安新区", "new_area", "贵州省") in found and ("赣江新区", "new_area", "江西省") in found
    assert any(level == "region" for _, level, _ in found)  # 京津冀 stays a region


def test_airports_in_operation_are_carriers_and_airports_being_built_are_projects():
    found = {h.key: h.cls for h in find_airports(
        "推动天河国际机场和花湖国际机场联动发展，支持合肥机场、芜宣机场提升能级。亳州机场建成通航，推进璧山机场前期工作，"
        "加快大连金州湾国际机场、秦沈高速一期等项目建设。建成运输机场3座、通用机场8座，长沙机场改扩建工程完工。")}
    assert found == {"天河国际机场": "Park", "花湖国际机场": "Park", "合肥机场": "Park", "芜宣机场": "Park",
                     "亳州机场": "Initiative", "璧山机场": "Initiative", "大连金州湾国际机场": "Initiative"}


def test_trade_modes_a_province_grows_are_sectors():
    found = _industries("大力发展中间品贸易、技术贸易、新型易货贸易，做强加工贸易和市场采购贸易。")
    assert {"中间品贸易", "技术贸易", "新型易货贸易", "加工贸易", "市场采购贸易"} <= found


def test_a_list_closing_a_sentence_with_deng_is_cited_a_plan_there_is_not():
    keys = {h.key for h in find_cited("全面深化事业单位改革，全面实施乡镇（街道）履职事项清单等。落实重点服务业集聚区建设方案等，加快发展。")}
    assert "乡镇（街道）履职事项清单" in keys and not any(k.endswith("方案") for k in keys)


def test_a_list_named_by_two_paired_words_is_one_list():
    keys = {h.key for h in find_cited("落实招商引资鼓励和禁止清单，启动实施。")}
    assert "招商引资鼓励和禁止清单" in keys


def test_reform_as_a_field_or_a_modifier_names_no_programme():
    keys = {h.key for h in find_initiatives(
        "稳步推进社会领域改革，全面协调推动各方面改革。坚持以开放促改革促发展，让群众共享改革发展成果。"
        "全面开展职务科技成果赋权改革，推进零基预算改革，落实以工代赈政策。")}
    assert not any(k.endswith(("领域改革", "方面改革")) or k.startswith("以开放") for k in keys)
    assert not any("共享" in k for k in keys)
    assert {"职务科技成果赋权改革", "零基预算改革"} <= keys and any(k.startswith("以工代赈") for k in keys)


def test_names_listed_before_deng_take_the_kind_of_work_after_it():
    keys = {h.key for h in find_initiatives(
        "深入实施“源网荷储”等多能协同工程。实施东河、西河、南湖等综合治理工程80多个。推进城市更新等重大工程。"
        "加快高新区等配套工程建设，建成甲乙二期等500千伏输变电工程。")}
    assert {"“源网荷储”多能协同工程", "东河综合治理工程", "西河综合治理工程", "南湖综合治理工程"} <= keys
    assert "综合治理工程" not in keys and "多能协同工程" not in keys
    assert not {"城市更新重大工程", "高新区配套工程", "甲乙二期500千伏输变电工程"} & keys


def test_a_list_closed_by_a_count_and_its_own_kind_of_industry():
    found = _industries("聚力培育具身智能机器人、跨境电商、数字视听4个数字技术应用产业，巩固提升电子信息、光伏制造2个优势数字产业。")
    # (光伏制造 is the scheme's 光伏 concept under another name)
    assert {"具身智能机器人", "跨境电商", "数字视听", "电子信息", "光伏"} <= found


def test_a_count_that_matches_the_list_keeps_long_programme_names_whole():
    keys = {h.key for h in find_initiatives(
        "深入实施大力发展先进制造、科技赋能产业发展、全面提升数字经济、扶持培育优质企业四大行动，并细化任务。")}
    assert {"大力发展先进制造行动", "科技赋能产业发展行动", "全面提升数字经济行动", "扶持培育优质企业行动"} <= keys


def test_a_list_closed_by_a_count_of_chains_names_industries():
    found = _industries("梳理新型能源材料、电子信息材料、电力物联网、智能车载设备、工业机器人5个产业链群招商图谱。")
    assert {"新型能源材料", "电子信息材料", "智能车载设备", "工业机器人"} <= found


def test_names_listed_before_deng_share_the_action_head():
    hits = find_initiatives("实施数字产业升级、数字赋能拓展、数据价值释放等行动，做大做强。实施冀货出海等行动。"
                            "办好世界闽商大会、中国歌剧节等活动。")
    keys = {h.key for h in hits}
    # a single name before 等 takes the head too (CONVENTIONS.md splits shared heads), its bare form an alias
    assert {"数字产业升级行动", "数字赋能拓展行动", "数据价值释放行动", "冀货出海行动"} <= keys
    assert any(h.key == "冀货出海行动" and "冀货出海" in h.aliases for h in hits)
    assert not any(k.endswith("大会活动") or k.endswith("节活动") for k in keys)


def test_a_congress_a_related_policy_and_a_plan_inside_a_park_are_no_programmes():
    keys = {h.key for h in find_initiatives("在县十八届人民代表大会第三次会议上。落实开发区（园区）相关政策。完善产业园区内规划。")}
    assert keys == set()


def test_a_quoted_slogan_with_its_noun_phrase_before_a_verb():
    keys = {h.key for h in find_initiatives("通过“下游考核上游”评价机制推进“尖刀”工程。")}
    assert any(k.replace("“", "").replace("”", "") == "下游考核上游评价机制" for k in keys)


def test_a_sector_word_inside_a_firms_name_in_a_list_of_firms_is_no_industry():
    assert _industries("依托建邦胶体、银丰纳米、德晟机器人、天诺光电等重点企业，梳理图谱。") == set()
    assert {"机器人", "集成电路"} <= _industries("培育机器人、集成电路等重点企业。")


def test_a_places_own_products_listed_as_its_featured_or_farming_industries():
    from policykg.loaders.industries import find_industries
    found = lambda t: [h.surface for h in find_industries(t)]
    assert found("推动以六安瓜片、霍山石斛、皖西白鹅、金寨灵芝为首的特色产业扩大规模") == ["六安瓜片", "霍山石斛", "皖西白鹅", "金寨灵芝"]
    assert found("加快发展水稻、大豆、鲜食玉米、杂粮杂豆、园艺特产等六大绿色有机种植业。") == \
        ["水稻", "大豆", "鲜食玉米", "杂粮杂豆", "园艺特产"]
    assert found("持续推动蔡甸莲藕等特色产业成熟发展。") == ["蔡甸莲藕"]
    assert found("以六安、霍山为重点的地区加快发展。") == []


def test_single_words_listed_before_the_head_word_they_share():
    keys = {h.key for h in find_industries("推动磷、煤、锰、氟化工耦合循环一体化发展。农牧、纺织机械创新发展。")}
    assert {"磷化工", "煤化工", "锰化工", "氟化工", "农牧机械", "纺织机械"} <= keys
    # a word that is a sector of its own keeps its name (绿氢), and so does a count
    keys = {h.key for h in find_industries("发展绿氢、绿色化工。建成3个、5个加工园。")}
    assert "绿氢化工" not in keys and "3个加工" not in keys


def test_a_list_closed_by_a_class_of_high_yield_cash_crops_names_its_sectors():
    keys = {h.key for h in find_industries("大力发展蔬菜、水果、花卉、中药材等高效经作产业。")}
    assert {"蔬菜", "水果", "花卉", "中药材"} <= keys


def test_also_before_a_stance_names_no_sector():
    assert find_industries("这一批开工的项目既有新兴产业项目，也有传统产业转型升级项目。") == []


def test_lists_closed_by_professional_services_farming_clusters_or_a_count_of_clusters():
    # 等专业服务业, 等现代农业产业集群, 三大优势集群: the list's end names its items' kind
    assert {"知识产权", "人力资源", "法律", "会计"} <= _industries("优化提升知识产权、人力资源、法律、会计等专业服务业。")
    assert {"优质粮油", "山地果蔬", "中药材"} <= _industries("打造优质粮油、山地果蔬、中药材等现代农业产业集群。")
    assert {"轻合金", "合成材料"} <= _industries("形成轻合金、碳纤维、合成材料三大优势集群。")


def test_fu_neng_opens_a_list_of_sectors():
    # 赋能 is a verb before the first item, never part of a sector's name (技术赋能游戏、动漫等新兴业态)
    assert {"游戏", "动漫", "直播"} <= _industries("促进数字技术赋能游戏、动漫、直播等新兴业态。")


def test_a_quoted_name_with_its_head_before_and_a_second_quoted_item(tmp_path):
    # “X”…行动和“Y”…: 和 before the next quote ends the first name's tail
    res = _entities_of(tmp_path, "持续开展“甲乙丙丁”文艺直通车行动和“戊己”看大展活动。")
    names = {n for e in res.entities if e.cls == "Initiative" for n in (e.key, *e.aliases)}
    assert "“甲乙丙丁”文艺直通车行动" in names


def _initiatives(text: str) -> set[str]:
    return {h.key for h in find_initiatives(text)}


def test_a_list_of_unequal_items_before_a_shared_head_is_one_programme():
    # items far shorter than the last are the programme's scope, not parallel names
    assert _initiatives("全面实施蔬菜生产、流通、质量追溯能力提升行动。") == {"蔬菜生产、流通、质量追溯能力提升行动"}
    assert _initiatives("组织开展家政、养老服务行业从业人员技能提升行动。") == {"家政、养老服务行业从业人员技能提升行动"}
    # parallel names share the head, and items with a head of their own keep it
    assert _initiatives("深入实施科教兴市、人才强市、创新驱动发展战略。") == {"科教兴市战略", "人才强市战略", "创新驱动发展战略"}
    keys = _initiatives("实施活力街区建设、城市地下管网安全运行保障工程。")
    assert "城市地下管网安全运行保障工程" in keys and not any("、" in k for k in keys)


def test_a_join_after_a_verb_opens_no_programme_name():
    keys = _initiatives("加快推进武夷山国家公园创建和福建土楼保护利用申遗。")
    assert "福建土楼保护利用申遗" in keys and not any(k.startswith("和") for k in keys)
    assert _initiatives("加快推进和美乡村建设。") == {"和美乡村建设"}


def test_a_document_number_prefix_is_no_sector():
    assert _industries("按照《通知》（赣工信产业〔2023〕51号）要求，推动新能源产业发展。") == {"新能源"}
    assert "食品" in {h.key for h in find_industries("冶金、食品饮料产业规模扩大。")}


def test_a_quoted_slogan_names_the_community_axis_or_network_after_it():
    assert "甲乙丙丁互嵌式社区" in _initiatives("建设“甲乙丙丁”互嵌式社区。深入推进民族团结。")
    assert "五纵三横高速公路骨架网" in _initiatives("交通枢纽作用增强，“五纵三横”高速公路骨架网基本形成，")
    # a slogan that is the subject of its clause names nothing after it
    assert not any(k.startswith("一张网") and len(k) > 3 for k in _initiatives("“一张网”覆盖各类园区。"))


def test_a_park_joined_before_another_is_not_cut_at_the_window():
    # the first of two joined parks runs back past the second's window: its own head finds it whole
    keys = _parks("代表们先后来到肇庆高新技术产业开发区新材料产业集聚区和四会市东城街道茶叶种植基地进行视察。", "广东省")
    assert "肇庆高新技术产业开发区新材料产业集聚区" in keys
    assert not any(k.startswith(("区新材料", "发区", "材料产业")) for k in keys)


def test_titles_awarded_to_many_places_and_clauses_before_a_zone_are_no_parks():
    assert _parks("全县入围中央财政支持普惠金融发展示范区，争创全省乡村振兴示范区。", "广东省") == set()
    assert _parks("以共同富裕示范区建设为牵引。", "浙江省") == set()
    assert _parks("修志工作有益于开发区总结经验。", "广东省") == set()


def test_a_plan_named_without_its_period_is_the_titled_plan():
    hits = find_initiatives("甲市乡村旅游提升三年行动计划\n各县人民政府：《甲市乡村旅游提升三年行动计划（2024-2026年）》已经市政府同意，"
                            "现印发给你们。")
    assert {h.key for h in hits} == {"甲市乡村旅游提升三年行动计划（2024-2026年）"}
    assert len({h.cls for h in hits}) == 1 and "甲市乡村旅游提升三年行动计划" in {a for h in hits for a in h.aliases}


def test_named_platforms_and_systems_are_programmes_kinds_of_platform_are_not():
    keys = _initiatives("建设江西省农产品质量追溯平台，上线“乙丙通”平台，加快建设九江精细化工中试平台。")
    assert {"江西省农产品质量追溯平台", "乙丙通平台", "九江精细化工中试平台"} <= keys
    assert _initiatives("搭建一批国家级科创平台，化解地方政府融资平台债务，构建新型电力系统。") == set()
    # a fair used as a platform is the fair
    assert _initiatives("充分利用好甲市经洽会平台，加大招商力度。") == {"甲市经洽会"}


def test_a_zone_written_with_the_own_level_word_is_the_own_areas_zone(tmp_path):
    # a county's document: 县经济技术开发区 is that county's zone, as 县发改局 is its bureau
    res = entities_of(tmp_path, "兴县人民政府\n会上，县经济技术开发区党工委书记汇报了园区项目进展。", "兴县_新闻.txt")
    parks = {e.key for e in res.entities if e.cls == "Park"}
    assert parks == {"兴县经济技术开发区"}


def test_a_preposition_before_a_zone_committee_is_no_part_of_its_name(tmp_path):
    res = entities_of(tmp_path, "道路位于两个片区之间，由工业园区管委会修建，建成后移交街道管理。", "2026_河北省_政府工作报告.txt")
    keys = {e.key for e in res.entities if e.cls == "Agency"}
    assert "工业园区管理委员会" in keys and not any(k.startswith("由") for k in keys)


def test_a_demonstrative_or_a_preposition_opens_no_park_name():
    assert _parks("该道路由工业园区管委会修建。", "河北省") == set()
    assert _parks("建设中国（河北）自由贸易试验区。", "河北省") == {"中国（河北）自由贸易试验区"}


def test_a_plan_of_generic_words_names_no_programme():
    assert _initiatives("制定具体工作方案，形成初步建设方案，编制总体方案。") == set()
    assert _initiatives("制定湖北省营商环境总体方案。") == {"湖北省营商环境总体方案"}


def test_a_quoted_principle_held_is_no_programme():
    assert _initiatives("牢固树立“园区为本”理念，坚持“企业至上”的发展理念，实施“百园提质”行动。") == {"百园提质行动"}


def test_a_quote_holding_a_whole_name_drops_the_words_that_qualify_it():
    assert _initiatives("持续实施高职“甲乙计划”，促进职业教育。") == {"甲乙计划"}
    assert _initiatives("实施省级第二期“甲乙计划”。") == {"甲乙计划"}
    # a count of quoted names, or an award with its giver, keeps the words before
    assert _initiatives("以三个“一号工程”为总牵引。") == set()


def test_a_firm_named_after_its_trade_names_no_sector():
    # (snippets written for this test)
    assert "化工" not in _industries("盘活的东方化工有限公司实现满负荷生产，推动南山有色金属有限责任公司扩能。")
    assert "汽车" not in _industries("推动北岸汽车销售集团在地注册。")
    assert "化工" in _industries("引导化工产业向园区集中。")


def test_hua_before_gongzuo_is_no_chemical_industry():
    assert "化工" not in _industries("建立常态化工作机制，召开全省工业和信息化工作会议。")
    assert "化工" in _industries("做强化工产业，规范危险化工作业。")


def test_a_plants_product_after_its_capacity_is_no_sector():
    keys = _industries("开工年产2万吨汽车涂料项目、6万吨碳纤维项目和20兆瓦光伏农业大棚电站。")
    assert not {"汽车", "新型碳材料", "光伏"} & keys
    assert "新能源汽车" in _industries("培育新能源汽车产业，2025年产量达到10万辆。")


def test_a_sector_inside_an_awarded_title_is_no_sector_aimed_at():
    keys = _industries("该县获评国家电子商务示范基地，入选全国基层中医药工作示范县，创建省级现代农业产业融合示范园区。")
    assert not {"电子商务", "中医药", "现代农业"} & keys
    # a zone of a grade keeps its sector (the dev gold lists it), and so does a firm awarded
    assert "未来产业" in _industries("创建国家未来产业先导区。")
    assert "服务型制造" in _industries("培育市级以上服务型制造示范企业50家。")


def test_a_sector_word_prefixing_a_document_number_is_no_sector():
    assert "文旅" not in _industries("重庆市文化和旅游发展委员会（渝文旅函字〔2025〕283号）")
    assert "文旅" in _industries("渝文旅函字2025年283号要求发展文旅产业。")


def test_a_rank_or_a_fit_ends_a_parks_left_context():
    names = {h.key for h in _parks("工业园综合发展指数连续多年名列国家级开发区前列。该园区符合自治区高质量发展示范园区标准。")}
    assert not any(n.startswith(("综合发展", "符合")) for n in names)


def test_a_sector_word_before_a_plants_capacity_names_the_plant():
    # (written for this test) 甲乙化工1.1万吨助剂: a firm's plant and its capacity; 屋顶分布式光伏391万千瓦: installations
    text = "推进甲乙化工1.1万吨助剂等项目开工，建成屋顶分布式光伏391万千瓦。大力发展光伏、精细化工产业。"
    hits = [(h.start, h.key) for h in find_industries(text)]
    assert {k for _, k in hits} >= {"光伏", "精细化工"}
    assert all(s > text.index("。") for s, _ in hits)


def test_quoted_names_listed_before_deng_share_the_kind_after_it():
    text = "开展“技能强省”、“以工代赈”、“返乡创业”等行动，稳定就业。"
    hits = {h.key: h for h in find_initiatives(text)}
    assert {"技能强省行动", "以工代赈行动", "返乡创业行动"} <= set(hits)
    assert "“技能强省”行动" in hits["技能强省行动"].aliases and "“技能强省”" in hits["技能强省行动"].aliases
    assert not any(k.startswith("“") for k in hits)  # one key per programme, not a second quoted one


def test_places_listed_before_deng_name_works_and_industries_do_not():
    keys = {h.key for h in find_initiatives("实施清水河、苦水河、沙湖等综合治理工程150多个。",
                                            known=_Known(frozenset({"集成电路"}), {"清水河": ()}))}
    assert {"清水河综合治理工程", "苦水河综合治理工程", "沙湖综合治理工程"} <= keys


def test_a_counted_programme_in_quotes_keeps_what_qualifies_it():
    hits = find_initiatives("实施制造业重点产业链高质量发展“五大行动”，完善就业服务“一张网”。深入实施“五大战略”。")
    by_key = {h.key: h for h in hits}
    assert "制造业重点产业链高质量发展五大行动" in by_key and "就业服务一张网" in by_key
    assert {"“五大行动”", "五大行动"} <= set(by_key["制造业重点产业链高质量发展五大行动"].aliases)
    assert "五大战略" in by_key  # after a verb the quote stands alone



def test_a_free_trade_zone_and_its_areas_go_by_the_official_name():
    text = ("高水平建设中国（辽宁）自贸试验区。深化自贸试验区提升战略，推动大连片区整合提升，支持沈阳、营口片区扩大保税"
            "维修业务，支持临港新片区打造特殊经济功能区。推进城市更新重点片区建设。")
    parks: dict[str, set[str]] = {}
    for h in find_parks(text, "辽宁省"):
        parks.setdefault(h.key, set()).update(h.aliases)
    assert "中国（辽宁）自贸试验区" in parks["中国（辽宁）自由贸易试验区"]
    areas = {k for k in parks if "片区" in k}
    assert areas == {"中国（辽宁）自由贸易试验区大连片区", "中国（辽宁）自由贸易试验区沈阳片区",
                     "中国（辽宁）自由贸易试验区营口片区", "中国（辽宁）自由贸易试验区临港新片区"}
    assert "大连片区" in parks["中国（辽宁）自由贸易试验区大连片区"]


def test_level_named_medical_centres_national_named_provincial_a_class():
    keys = {h.key for h in find_parks("推进5个国家区域医疗中心和6个省级区域医疗中心建设，加快国家肿瘤、儿童区域医疗中心建设。",
                                      "辽宁省")}
    assert {"国家区域医疗中心", "国家肿瘤区域医疗中心", "国家儿童区域医疗中心"} <= keys
    assert not any("省级" in k for k in keys) and "儿童区域医疗中心" not in keys


def test_a_quoted_name_takes_its_head_before_the_clause_reports_on_it():
    hits = {h.key: h for h in find_initiatives("“四融一共”和美乡村建设有力有效，统筹推进“三医”联动改革和全民健康行动，"
                                               "创建“六预一保”措施，开展“千集万店”改造提升。")}
    assert {"四融一共和美乡村建设", "三医联动改革", "全民健康行动"} <= set(hits)
    assert any("“六预一保”措施" in h.aliases for h in hits.values())
    assert any("“千集万店”改造提升" in h.aliases for h in hits.values())


def test_provinces_paired_by_their_abbreviations_name_a_cooperation_programme():
    text = "深化粤黔东西部协作，推进京蒙协作，召开闽宁协作联席会。东西部协作考核评价保持“好”等次。强化跨区域产业协作。"
    keys = [h.key for h in find_initiatives(text)]
    assert {"粤黔东西部协作", "京蒙协作", "闽宁协作", "东西部协作"} <= set(keys)
    assert not any(k.endswith("产业协作") for k in keys)


def test_a_named_cluster_goes_by_its_own_name_too(tmp_path):
    res = entities_of(tmp_path, "打造呼包鄂低空经济产业集群和赤锡通低空应用集聚区。", "2026_内蒙古自治区_政府工作报告.txt")
    names = {n for e in res.of("Industry") for n in (e.key, *e.aliases)}
    assert "呼包鄂低空经济产业集群" in names


def test_a_national_designation_after_the_last_listed_name_is_each_ones():
    keys = {h.key for h in find_parks("建成用好长城、长征、黄河国家文化公园，推进三江源、大熊猫国家公园建设。推动科学城、高新区建设。",
                                      "宁夏回族自治区")}
    assert {"长城国家文化公园", "长征国家文化公园", "黄河国家文化公园", "三江源国家公园", "大熊猫国家公园"} <= keys
    assert not any(k.startswith("科学城") for k in keys)
