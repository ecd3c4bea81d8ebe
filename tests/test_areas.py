"""The GB/T 2260 gazetteer, short forms, and resolution of area names in context."""
from __future__ import annotations

from policykg.loaders.areas import find_areas, gazetteer, resolve_area, short_forms


def test_gazetteer_has_codes_and_parents():
    g = gazetteer()
    cz = g.by_key["常州市"]
    assert cz.code == "320400" and cz.parent == "江苏省" and cz.level == "city"
    xb = g.by_key["常州市新北区"]
    assert xb.code == "320411" and xb.parent == "常州市" and xb.province == "江苏省"
    assert g.by_key["北京市通州区"].parent == "北京市"
    assert g.by_key["雄安新区"].parent == "河北省"


def test_short_forms():
    assert short_forms("常州市", "city") == ("常州",)
    assert short_forms("内蒙古自治区", "province") == ("内蒙古",)
    assert short_forms("广西壮族自治区", "province") == ("广西",)
    # an autonomous prefecture or county goes by its stem, by its stem with its level word (延边州, 孟连县) and with its
    # kind without the peoples' names (延边自治州, 孟连自治县)
    assert short_forms("延边朝鲜族自治州", "city") == ("延边", "延边州", "延边自治州")
    assert short_forms("孟连傣族拉祜族佤族自治县", "county") == ("孟连", "孟连县", "孟连自治县")
    assert short_forms("新北区", "county") == ("新北",)


def test_district_short_forms_resolve_in_their_city_only():
    text = "支持新北华为云创新中心、钟楼腾讯工业云基地、天宁云先导中心、武进工业互联网研究院"
    keys = [h.area.key for h in find_areas(text, "常州市", "江苏省")]
    assert keys == ["常州市新北区", "常州市钟楼区", "常州市天宁区", "常州市武进区"]
    assert [h.area.key for h in find_areas(text, "河北省", "河北省")] == []


def test_ambiguous_names_resolve_by_context():
    assert resolve_area("朝阳区", "北京市", "北京市").key == "北京市朝阳区"
    assert resolve_area("朝阳区", "长春市", "吉林省").key == "长春市朝阳区"
    assert resolve_area("鼓楼区", "南京市", "江苏省").key == "南京市鼓楼区"
    assert resolve_area("鼓楼区", "福州市", "福建省").key == "福州市鼓楼区"


def test_regions_and_cities_in_a_provincial_report():
    text = "通州区与廊坊北三县一体化，京津冀协同发展，石家庄国际陆港，苏锡常首台（套）"
    found = {h.area.key for h in find_areas(text, "河北省", "河北省")}
    assert {"北京市通州区", "廊坊市", "北三县", "京津冀", "石家庄市", "苏锡常"} <= found


def test_everyday_words_are_not_areas():
    assert find_areas("发展朝阳产业，长治久安", "河北省", "河北省") == []


def test_abbreviated_groupings_mention_each_member():
    hits = find_areas("京津冀协同发展，推动通武廊交界区域", "北京市", "北京市")
    keys = [h.area.key for h in hits]
    # 京津冀 is a region of its own: it is mentioned, its members are its pkg:memberArea (entities.py)
    assert "京津冀" in keys and not {"北京市", "天津市", "河北省"} & set(keys)
    # 通武廊 is only an abbreviation of its members: each is mentioned
    assert {"北京市通州区", "天津市武清区", "廊坊市"} <= set(keys)
    assert "通武廊" not in keys
    for h in hits:
        assert h.end - h.start == len(h.surface)


def test_region_words_are_not_districts():
    assert [h.area.key for h in find_areas("促进西安区域协同", "陕西省", "陕西省")] == ["西安市"]


def test_city_short_forms_glued_into_words_are_not_areas():
    # 医保定点 is not 保定, 推广安全 is not 广安; 保定 and 广安 on their own are
    keys = {h.area.key for h in find_areas("为医保定点社区卫生服务中心提供支持，推广安全生产经验。", "吉林省", "吉林省")}
    assert "保定市" not in keys and "广安市" not in keys
    keys = {h.area.key for h in find_areas("支持保定、广安发展。", "河北省", "河北省")}
    assert {"保定市", "广安市"} <= keys


def test_a_street_named_after_a_place_is_no_mention_of_it():
    hits = find_areas("停车场（蒸湘南路西100米）、长沙路口附近，在衡阳设立分公司。", "衡阳市雁峰区", "湖南省")
    assert [h.surface for h in hits] == ["衡阳"]


def test_a_city_short_form_glued_to_a_word_before_it_is_no_mention():
    from policykg.loaders.areas import find_areas
    assert [h.area.key for h in find_areas("以“百千万工程”为抓手，“美丽江海”品质大幅跃升。丽江市文旅局")] == ["丽江市"]


def test_a_two_character_county_in_its_own_province_and_not_inside_a_word():
    from policykg.loaders.areas import find_areas
    text = "会议同意实施兴县15万吨新能源汽车零部件项目，推动振兴县域经济发展。"
    assert [(h.area.key, h.surface) for h in find_areas(text, "吕梁市兴县", "山西省")] == [("吕梁市兴县", "兴县")]
    assert find_areas(text, "济南市", "山东省") == []  # elsewhere 兴县 is too short a name to take from running text


def test_a_district_right_after_its_own_city_is_that_district_in_any_document():
    text = "支持沈阳浑南科技城建设，推动福州长乐国际机场二期通航。浑南、长乐两地"
    found = [(h.area.key, text[h.start:h.end]) for h in find_areas(text, "辽宁省", "辽宁省")]
    assert ("沈阳市浑南区", "浑南") in found and ("福州市", "福州") in found and ("福州市长乐区", "长乐") in found
    assert [k for k, s in found if s in ("浑南", "长乐")].count("沈阳市浑南区") == 1  # (alone, a district's short
    # form in a provincial report is no mention)
