"""Mechanisms for documents of the genre not developed on: mass organisations and institutions, sub-provincial
regions, park segments, broad sectors, and the issuer of a reply or notice without a 发文机关标志.
The snippets are written for these tests (not taken from any document)."""
from __future__ import annotations

from policykg.loaders.agencies import DocContext, document_context, find_agencies
from policykg.loaders.areas import find_areas
from policykg.loaders.entities import extract_entities
from policykg.loaders.entities_named import find_cited, find_initiatives, find_institutions, find_parks
from policykg.loaders.industries import find_industries
from policykg.loaders.normalise import normalise
from policykg.loaders.read import read_source
from policykg.loaders.structure import parse_structure

PROVINCE = DocContext("江西省人民政府", "江西省", "江西省")


def _keys(text: str, ctx: DocContext = PROVINCE) -> list[str]:
    return [h.key for h in find_agencies(text, ctx)]


def test_mass_organisations_listed_bare_and_joint_form():
    keys = _keys("继续支持工青妇、科协、残联、红十字会更好发挥桥梁纽带作用，贸促会、关工委积极参与。")
    assert {"江西省总工会", "共青团江西省委员会", "江西省妇女联合会", "江西省科学技术协会",
            "江西省残疾人联合会", "江西省红十字会", "中国国际贸易促进委员会江西省委员会",
            "江西省关心下一代工作委员会"} <= set(keys)
    # a member (共青团员) or a compound head (工会驿站) is not the body
    assert _keys("组织共青团员参加工会驿站建设") == []


def test_congress_and_its_standing_committee():
    keys = _keys("政府自觉接受人大及其常委会的法律监督。")
    assert keys == ["江西省人民代表大会", "江西省人民代表大会常务委员会"]


def test_central_organs_old_names_and_exchanges():
    keys = _keys("会同银保监会、国家卫计委和国务院安委会，支持郑商所、上交所开展业务。")
    assert keys == ["中国银行保险监督管理委员会", "国家卫生和计划生育委员会", "国务院安全生产委员会",
                    "郑州商品交易所", "上海证券交易所"]


def test_county_level_and_pre_reform_bodies():
    ctx = DocContext("某县人民政府", "石泉县", "陕西省")
    keys = _keys("县发改局、县教体局、县卫健局、县工商局、县安监局联合检查。", ctx)
    assert keys == ["石泉县发展和改革局", "石泉县教育体育局", "石泉县卫生健康局", "石泉县工商行政管理局",
                    "石泉县安全生产监督管理局"]


def test_named_museums_and_level_prefixed_institutions():
    hits = find_institutions("推进青铜文明遗址博物馆提档升级，省博物馆新馆开放，推进滨江博物馆群建设，各级博物馆免费开放。",
                             frozenset(), {"省": "江西省"})
    keys = [h.key for h in hits]
    assert keys == ["青铜文明遗址博物馆", "江西省博物馆"]


def test_province_short_form_wins_inside_a_slogan():
    found = [h.area.key for h in find_areas("建设美丽江西，推进赣东北扩大开放、赣西转型升级。", "江西省", "江西省")]
    assert found[0] == "江西省" and "丽江市" not in found
    assert {"赣东北", "赣西"} <= set(found)


def test_words_and_lakes_are_not_districts_or_counties_in_a_provincial_report():
    found = [h.area.key for h in find_areas("新建高标准农田，治理鄱阳湖水质。", "江西省", "江西省")]
    assert found == []


def test_no_subregion_when_the_direction_goes_on():
    found = [h.area.key for h in find_areas("深化川东西部协作，建设川南经济区。", "四川省", "四川省")]
    assert "川南" in found and not any(k.startswith("川东") for k in found)


def test_park_segment_and_field_before_a_carrier():
    text = "推进长征国家文化公园（赣南段）建设，争创新材料领域国家制造业创新中心。"
    keys = [h.key for h in find_parks(text, "江西省", frozenset(), "江西省")]
    assert keys == ["长征国家文化公园（赣南段）"]
    text = "加快推进某某高等研究院建设。"
    assert [h.key for h in find_parks(text, "江西省", frozenset(), "江西省")] == ["某某高等研究院"]


def test_broad_sectors_need_an_industry_cue():
    text = "加快新型基础设施建设，推进农业领域改革，稳定汽车、家电等大宗消费，做好金融服务实体经济。"
    assert [h.key for h in find_industries(text)] == []
    assert [h.key for h in find_industries("壮大金融产业，发展航空产业集群。")] == ["金融", "航空"]
    # a whole branch of the economy is a broader concept only, never a mention (no annotator lists bare 农业)
    assert [h.key for h in find_industries("发展农业产业集群，做强制造业产业链。")] == []


def _context(tmp_path, text: str, url: str | None = None) -> DocContext:
    """The document context of one text, with the page's address when given."""
    import dataclasses
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    src = read_source(p)
    if url:
        src = dataclasses.replace(src, given=(("url", url),))
    return document_context(src, parse_structure(src.text, normalise(src.text)))


def _entities(tmp_path, text: str) -> dict[str, dict]:
    """The built record's entities of one text, by class and key."""
    from policykg.pipeline import build_record
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    out: dict[str, dict] = {}
    for e in build_record(str(p)).entities:
        out.setdefault(e.cls, {})[e.key] = e
    return out


def test_issuer_from_title_signature_or_publisher(tmp_path):
    ctx = _context(tmp_path, "常州市商务局关于市人大十七届五次会议第12号建议的答复\n\n张三代表：\n您的建议收悉。\n")
    assert (ctx.issuer, ctx.area) == ("常州市商务局", "常州市")
    ctx = _context(tmp_path, "李四代表：\n您的建议收悉，现答复如下。\n\n苏州市科学技术局\n2022年5月6日\n")
    assert (ctx.issuer, ctx.area) == ("苏州市科学技术局", "苏州市")
    ctx = _context(tmp_path, "发布日期：2022-05-06 发布机构：无锡市财政局\n王五代表：\n您的建议收悉。\n")
    assert (ctx.issuer, ctx.area) == ("无锡市财政局", "无锡市")
    # a page's 发文机关 field names its body as the 发布机构 field does, in the page's area
    ctx = _context(tmp_path, "索 引 号: X1/2025-1 发文机关: 市商务局 文 号:\n会上通报了一季度外贸运行情况。\n",
                   "http://www.huangshan.gov.cn/zwgk/1.html")
    assert ctx.issuer == "黄山市商务局"
    ctx = _context(tmp_path, "各区人民政府：\n现印发给你们。\n南通市推动制造业数字化转型实施方案\n一、总体要求\n")
    assert ctx.area == "南通市"


def test_reply_without_layout_resolves_bare_abbreviations(tmp_path):
    text = "常州市商务局关于第8号建议的答复\n\n赵六代表：\n经市发改委、市财政局会办，现答复如下。\n"
    p = tmp_path / "reply.txt"
    p.write_text(text, encoding="utf-8")
    src = read_source(p)
    view = normalise(src.text)
    st = parse_structure(src.text, view)
    res = extract_entities(src, view, st, document_context(src, st))
    assert {"常州市发展和改革委员会", "常州市财政局"} <= {e.key for e in res.of("Agency")}


def test_metropolitan_areas_are_regions_around_their_city_and_keep_area_names_whole():
    # a 都市圈 is a planning region of several cities named after its centre (pkg:Region, its city a memberArea),
    # not a park: parks are carriers with a proper name
    text = "推进呼包一体化发展和呼和浩特都市圈建设，打造世界级大都市圈，带动沈阳都市圈发展。"
    assert not find_parks(text, "内蒙古自治区", frozenset(), "内蒙古自治区")
    regions = [(h.surface, h.area.members) for h in find_areas(text, "内蒙古自治区", "内蒙古自治区")
               if h.area.level == "region"]
    assert regions == [("呼和浩特都市圈", ("呼和浩特市",)), ("沈阳都市圈", ("沈阳市",))]


def test_municipality_bureaus_named_without_he_and_pre_reform_agriculture():
    ctx = DocContext("重庆市科学技术局", "重庆市", "重庆市")
    keys = _keys("经与市经济信息委、市规划自然资源局、市住房城乡建委、市文化旅游委等协办单位共同研究。", ctx)
    assert keys == ["重庆市经济和信息化委员会", "重庆市规划和自然资源局", "重庆市住房和城乡建设委员会",
                    "重庆市文化和旅游发展委员会"]
    # before the 2018 reform the body was 农业厅; the text's name is kept, as for 卫计委 and 工商局
    assert _keys("园区2016年被省农业厅认定为示范园区。", DocContext(None, "陕西省", "陕西省")) == ["陕西省农业厅"]


def test_issuer_before_the_title_with_a_space(tmp_path):
    ctx = _context(tmp_path, "重庆市科学技术局 关于市六届人大一次会议第0226号 建议办理情况的答复函\n周杭代表:\n"
                             "你提出的建议收悉。经与市发展改革委共同研究，现答复如下。\n")
    assert (ctx.issuer, ctx.area) == ("重庆市科学技术局", "重庆市")


def test_letterhead_above_the_title_and_an_area_named_by_level_only(tmp_path):
    ctx = _context(tmp_path, "陕西省发展和改革委员会\n对省十三届人大三次会议第767号建议的答复函\n左新文代表:\n您提出的建议收悉。\n")
    assert (ctx.issuer, ctx.area) == ("陕西省发展和改革委员会", "陕西省")
    ctx = _context(tmp_path, "对区第十九届人民代表大会第二次会议第4号 代表建议的答复\n佟显涛代表:\n您提出的建议收悉，现答复如下:\n"
                 "二道区国有企业在二道区经济建设中贡献突出，与朝阳区合作。二道区将继续支持。\n")
    assert ctx.area == "长春市二道区"


def test_reply_pronouns_designations_and_size_classes_are_no_part_of_a_park():
    keys = {h.key for h in find_parks("你县甘泉工业园区是重要组成部分。2019年被我委确定为省级园区循环化改造名单。"
                                      "目前巴南区已有巴南工业园区。龙潭产业园成为全市首个300亿元园区。")}
    assert {"甘泉工业园区", "巴南工业园区"} <= keys
    assert not any(k.startswith(("你县", "我委", "目前")) or "300亿元" in k for k in keys)


def test_the_gist_of_a_suggestion_in_quotes_is_no_programme():
    from policykg.loaders.entities_named import find_initiatives
    keys = {h.key for h in find_initiatives("一、关于“乡村产业规划要打破村域限制”的建议。深入实施“千万工程”。")}
    assert not any("村域限制" in k for k in keys) and any("千万工程" in k for k in keys)


def test_bodies_named_bare_in_a_list_of_three_are_the_documents_own():
    ctx = DocContext("周口市市场监督管理局", "周口市", "河南省")
    keys = _keys("变单一作战为各县(市区)政府、农业农村局、商务局、科技局、公安局、检察院等成员单位协同会战。", ctx)
    assert keys == ["周口市农业农村局", "周口市商务局", "周口市科学技术局", "周口市公安局", "周口市人民检察院"]
    assert _keys("请联系商务局办理。", ctx) == []  # one bare name alone may be any place's


def test_a_replys_area_from_its_congress_its_number_its_level_or_its_page(tmp_path):
    assert _context(tmp_path, "冀商办案字[2014]第12号\n对河北省第十二届人民代表大会\n第二次会议第1322号建议的答复\n"
                  "邢玉坤代表:\n您提出的建议收悉,现答复如下:\n").area == "河北省"
    assert _context(tmp_path, "关于省十四届人大三次会议第1112号建议的答复\n闽市监函〔2025〕132号\n林镇安代表:\n"
                  "由我局会同省供销社共同办理。\n").area == "福建省"
    ctx = _context(tmp_path, "关于市五届人大二次会议第222号建议的答复\n来源: 市场监督管理局办公室 时间: 2024-07-03\n"
                 "尊敬的王山峰代表:\n您提出的建议已收悉。周口市农产品品牌多，周口市将继续支持，郑州市配合。\n")
    assert (ctx.issuer, ctx.area) == ("周口市市场监督管理局", "周口市")


def test_parks_a_reply_speaks_of_in_general_are_none():
    keys = {h.key for text in ("建议白云鄂博矿资源综合利用循环经济工业园区列入管理范围。", "按程序申请升级自治区级工业园区。",
                               "本盟市工业园区数量较多。", "纳入内蒙古自治区工业园区优化调整范围。", "享受开发区政策。",
                               "灰山港产业开发区申报省级化工园区工作。", "由分管工业园区的副县长牵头。", "不再新设化工园区。")
            for h in find_parks(text)}
    assert keys == {"白云鄂博矿资源综合利用循环经济工业园区", "灰山港产业开发区"}


def test_the_suggestion_a_reply_answers_named_in_quotes_or_with_a_stray_bracket():
    from policykg.loaders.entities_named import find_cited
    keys = {h.key for h in find_cited("您提出的关于对地标性农产品进行保护开发的建议》已收悉。您提出的“关于加强运河新区建设问题”的建议收悉。"
                                      "贵组提出的关于“我区智能制造业集群发展的建议”的提案收悉。")}
    assert {"关于对地标性农产品进行保护开发的建议", "关于加强运河新区建设问题", "我区智能制造业集群发展的建议"} <= keys


def test_persons_of_a_replys_head_and_footer():
    from policykg.loaders.entities_named import find_persons
    names = {h.key for h in find_persons("成立分管副市长任组长，市委组织部参加。联系人及电话：李岱川 87801853\n")}
    assert names == {"李岱川"}
    st = parse_structure("关于第14号建议回复的函\n曾潘、李善勇、陈潇各位人大代表：\n你们提出的建议收悉。\n领导签发：史玉强\n")
    assert st.field_value("signer") == "史玉强"


def test_committees_of_named_zones_listed_before_one_word():
    ctx = DocContext("盐城市人民政府办公室", "盐城市", "江苏省")
    assert _keys("各县（市、区）人民政府，盐城经济技术开发区、盐南高新区管委会，市各有关委、办、局：", ctx)[-2:] == \
        ["盐城经济技术开发区管理委员会", "盐南高新区管理委员会"]
    # a committee the lexicon knows keeps its full name; 各开发区管委会 names no one
    assert _keys("咸宁高新区管委会负责，各开发区管委会配合。", DocContext(None, "咸宁市", "湖北省")) == \
        ["咸宁高新技术产业开发区管理委员会"]


def test_the_issuer_a_reply_names_only_by_its_number_and_as_wo_ju(tmp_path):
    ctx = _context(tmp_path, "关于省十四届人大三次会议第1112号建议的答复\n闽市监函〔2025〕132号\n林镇安代表:\n"
                                "您的建议由我局会同省供销社共同办理。\n")
    assert (ctx.issuer, ctx.area) == ("福建省市场监督管理局", "福建省")
    # two ways of speaking of itself: no guess
    ctx = _context(tmp_path, "关于省十四届人大三次会议第1号建议的答复\n闽科函〔2025〕1号\n某代表:\n我厅与我局共同办理。\n")
    assert ctx.issuer is None
    # no 我局 at all: the form the area's level has (a county's 发展和改革局, a city's 发展和改革委员会)
    reply = "关于县十八届人民代表大会第三次会议第106号建议的答复\n贾某代表:\n您的建议已收悉，现答复如下。\n"
    county = _context(tmp_path, "桃发改函〔2024〕2号\n" + reply, "http://taojiang.gov.cn/24398/content_1.html")
    assert county.issuer == "桃江县发展和改革局"
    city = _context(tmp_path, "常发改函〔2024〕2号\n" + reply.replace("县", "市"), "http://www.changzhou.gov.cn/a/1.html")
    assert city.issuer == "常州市发展和改革委员会"


def test_joint_meetings_are_bodies_their_systems_are_not():
    ctx = DocContext("周口市市场监督管理局", "周口市", "河南省")
    assert _keys("市市场监管局牵头市知识产权战略实施工作联席会议办公室出台方案。", ctx) == \
        ["周口市市场监督管理局", "周口市知识产权战略实施工作联席会议办公室"]
    assert _keys("发挥好促进民营经济发展壮大联席会议作用。建立5G建设联席会议制度。南昌、九江三地联席会议。") == \
        ["促进民营经济发展壮大联席会议"]


def test_a_park_after_a_clause_and_a_preposition_and_a_zone_listed_before_its_committee(tmp_path):
    assert [h.key for h in find_parks("企业可以到阜城经济开发区投资。")] == ["阜城经济开发区"]
    from policykg.loaders.entities_named import managed_park
    assert managed_park("盐城经济技术开发区管理委员会", "盐城经济技术开发区") == ("盐城经济技术开发区", "盐城经济技术开发区")


def test_a_statistical_bulletin_is_issued_by_its_areas_statistics_bureau(tmp_path):
    ctx = _context(tmp_path, "凤冈县2022年国民经济和社会发展统计公报\n一、综合\n全年地区生产总值110.5亿元。\n")
    assert (ctx.issuer, ctx.area) == ("凤冈县统计局", "遵义市凤冈县")


def test_a_titled_fangan_is_a_cited_document_with_or_without_its_period():
    from policykg.loaders.entities_named import find_cited, find_initiatives
    text = "工信厅起草了《内蒙古自治区工业园区优化调整实施方案》。印发《农产品商标品牌工作方案（2023-2025年）》。" \
           "实施《某市工业智造三年行动计划》。"
    cited = {h.key for h in find_cited(text)} | {h.key for h in find_initiatives(text) if h.cls == "CitedDocument"}
    assert {"内蒙古自治区工业园区优化调整实施方案", "农产品商标品牌工作方案（2023-2025年）"} <= cited
    assert "某市工业智造三年行动计划" not in cited


def test_a_notice_issuing_a_document_cites_both():
    from policykg.loaders.entities_named import find_initiatives
    keys = {h.key for h in find_initiatives("按照《关于印发<某自治区工业园区升级扩区评价办法>的通知》要求。") if h.cls == "CitedDocument"}
    assert keys == {"关于印发<某自治区工业园区升级扩区评价办法>的通知", "某自治区工业园区升级扩区评价办法"}


def test_a_kind_of_department_is_not_the_ministry():
    assert _keys("14所高职院校划转为省级教育部门主管，科技部门和财政部门配合。") == []
    assert _keys("推动教育部贵州高等研究院建设，科技部支持。")[-1] == "中华人民共和国科学技术部"


def test_public_service_institutions_named_by_their_area():
    hits = {h.key for h in find_institutions("建成武汉多式联运服务中心、福建省足球运动管理中心，重庆市青少年活动中心开放。"
                                             "内蒙古牛羊肉交易中心开业。", frozenset({"武汉", "福建省", "重庆市", "内蒙古"}))}
    assert {"武汉多式联运服务中心", "福建省足球运动管理中心", "重庆市青少年活动中心"} <= hits
    assert not any("交易中心" in k for k in hits)


def test_a_titled_list_is_cited_and_a_cited_suggestion_is_no_programme(tmp_path):
    from policykg.loaders.entities_named import find_initiatives
    hits = {h.key: h.cls for h in find_initiatives("2018年被列入《中国开发区审核公告目录》和《重点企业名录》。")}
    assert hits == {"中国开发区审核公告目录": "CitedDocument", "重点企业名录": "CitedDocument"}
    from .conftest import entities_of
    res = entities_of(tmp_path, "邢玉坤代表:\n您提出的“关于加强运河新区建设问题”的建议收悉,现答复如下:\n"
                                "一、关于加强运河新区建设问题\n", "reply.txt")
    assert not any(e.cls == "Initiative" and "运河新区建设问题" in e.key for e in res.entities)


def test_the_countrys_zones_named_inside_a_cited_list_are_no_park():
    assert [h.key for h in find_parks("2018年被列入《中国开发区审核公告目录》。支持中国（上海）自由贸易试验区。")] == \
        ["中国（上海）自由贸易试验区"]


def test_the_other_signatures_of_a_footer_name_persons():
    from policykg.loaders.entities_named import find_persons
    found = {h.key: dict(h.literals)["role"] for h in find_persons("承办人：王晓明\n审核人：李四 电话：6812345\n")}
    assert found == {"王晓明": "承办人", "李四": "审核人"}


def test_reorganised_zones_and_their_committees_are_named_without_the_prose_around_them():
    # a text of our own in the way replies tell of zones merged under one committee
    text = ("关于赤峰高新技术产业开发区管委会的建议收悉。经研究，将原赤峰红山经济开发区管理委员会和赤峰元宝山煤电基地"
            "管理委员会合并为赤峰高新技术产业开发区管理委员会，下设红山产业园和元宝山产业园两个园区。"
            "自治区高度重视赤峰高新技术产业开发区发展，有效促进我区工业园区提质增效。")
    ctx = DocContext(None, "赤峰市", "内蒙古自治区")
    agencies = set(_keys(text, ctx))
    assert {"赤峰红山经济开发区管理委员会", "赤峰高新技术产业开发区管理委员会"} <= agencies
    assert not any(k.startswith(("关于", "将原", "原")) for k in agencies)
    parks = {h.key for h in find_parks(text, "内蒙古自治区")}
    assert {"红山产业园", "元宝山产业园", "赤峰元宝山煤电基地", "赤峰红山经济开发区"} <= parks
    assert not any(w in k for k in parks for w in ("下设", "合并为", "管理委员会", "两个", "重视", "我区", "和赤峰"))


def test_democratic_parties_committees_are_not_the_communist_partys():
    ctx = DocContext(None, "洛阳市", "河南省")
    assert _keys("民盟洛阳市委、九三学社市委和洛阳市委统战部联合调研。", ctx) == \
        ["中国民主同盟洛阳市委员会", "九三学社洛阳市委员会", "中国共产党洛阳市委员会统一战线工作部"]


def test_a_body_named_bare_after_a_body_of_a_named_place_is_of_that_place():
    ctx = DocContext(None, "安徽省", "安徽省")
    assert _keys("我厅会同省财政厅、自然资源厅、生态环境厅研究。", ctx)[-3:] == \
        ["安徽省财政厅", "安徽省自然资源厅", "安徽省生态环境厅"]
    assert "安徽省财政厅" not in _keys("请联系财政厅。", ctx)


def test_a_reply_to_its_provinces_cpcc_that_tells_of_other_provinces_is_still_its_own(tmp_path):
    text = ("对省政协十三届二次会议第2024118号提案的答复\n尊敬的王强委员:\n您提出的提案收悉。近年来,省委、省政府"
            "深入对接长三角,推动安徽与上海、江苏开展合作,安徽企业赴沪参展,安徽制造走向全国。我委会同省商务厅推进。\n")
    assert _context(tmp_path, text).area == "安徽省"


def test_the_proposal_a_reply_answers_is_cited_and_the_places_its_title_names_are_kept(tmp_path):
    ents = _entities(tmp_path, "关于市政协九届三次会议第20230117号提案的答复\n李华委员:\n"
                    "您提出的“关于推进滁州苏滁现代产业园建设,打造“双核”联动示范的提案”收悉,现答复如下:\n"
                    "你们提出的关于支持江北新区与来安“双城”合作的提案收悉,我委高度重视。\n")
    cited = set(ents.get("CitedDocument", {}))
    # the title is keyed as the reader's view writes it: an ASCII comma beside Chinese reads as 「，」
    assert {"关于推进滁州苏滁现代产业园建设，打造“双核”联动示范的提案", "关于支持江北新区与来安“双城”合作的提案"} <= cited
    assert not any(k.endswith("提案") for k in ents.get("Initiative", {}))
    assert "滁州苏滁现代产业园" in ents["Park"]


def test_a_park_after_a_quotation_a_preposition_or_before_its_status():
    text = ("文件指出：“符合条件的，纳入开发区(园区)序列管理。”河间经济开发区于2012年经省政府批准设立。"
            "企业可到河间经济开发区落户。2024年启动了河间经济开发区化工园区认定工作。")
    keys = {h.key for h in find_parks(text, "河北省", area="沧州市")}
    assert "河间经济开发区" in keys
    assert not any(k.startswith(("”", "到")) or k.endswith("化工园区") or "(" in k for k in keys)


def test_a_titled_set_of_measures_is_a_cited_document():
    from policykg.loaders.entities_named import find_initiatives
    hits = find_initiatives("印发《芜湖市支持机器人产业发展若干举措》，落实《稳外贸十条举措》。")
    assert {(h.cls, h.key) for h in hits} == {("CitedDocument", "芜湖市支持机器人产业发展若干举措"),
                                              ("CitedDocument", "稳外贸十条举措")}


def test_a_pages_bare_record_lines_above_the_title_name_the_issuer(tmp_path):
    text = ("  • 11410100005252100/2023-00117\n  • 洛阳市工业和信息化局\n  • 建议提案\n  • 2023-08-02\n"
            "关于市政协十四届二次会议第20230156号提案的答复\n王明委员:\n你提出的提案收悉。我局高度重视。\n")
    assert _context(tmp_path, text).issuer == "洛阳市工业和信息化局"
    # a body's name alone deep in the text is no record of the page
    assert _context(tmp_path, "关于提案的答复\n王明委员:\n" + "你提出的提案收悉。" * 60 + "\n洛阳市工业和信息化局\n").issuer is None


def test_a_park_written_with_and_without_its_dash_is_one_and_an_amount_names_no_programme():
    from policykg.loaders.entities_named import find_initiatives
    text = "推进呼包—鄂榆经济走廊建设。呼包鄂榆经济走廊成效明显。我厅累计支持包头稀土高新技术产业开发区基础设施建设1.5亿元专项资金。"
    parks = {h.key for h in find_parks(text, "内蒙古自治区")}
    assert "呼包—鄂榆经济走廊" in parks and "呼包鄂榆经济走廊" not in parks
    assert not any("亿元" in h.key for h in find_initiatives(text))


def test_area_named_parks_listed_before_a_long_last_name_and_joined_to_a_plan():
    keys = {h.key for h in find_parks("完善临河、五原农畜产品加工产业园区配套设施。我市结合呼包鄂、乌大张先导区建设的大局，"
                                      "紧密结合东北老工业基地振兴实际。", "内蒙古自治区")}
    assert {"临河农畜产品加工产业园区", "五原农畜产品加工产业园区", "呼包鄂先导区", "乌大张先导区"} <= keys
    assert not any(k.startswith("结合") or "老工业" in k for k in keys)


def test_a_district_reply_that_says_its_short_name_inside_its_city(tmp_path):
    text = ("关于区政协三届二次会议第012号提案的答复\n发布机构 区商务局 发文日期 2024-06-12\n李明委员:\n"
            "感谢您对江宁商贸发展的关心。南京市出台了促消费措施,我们紧紧围绕江宁的优势产业推进招商。\n")
    ctx = _context(tmp_path, text)
    assert (ctx.area, ctx.issuer) == ("南京市江宁区", "南京市江宁区商务局")


def test_working_committees_of_a_congress_standing_committee():
    ctx = DocContext(None, "徐州市", "江苏省")
    assert _keys("抄送:市人大常委会农业农村工作委员会,省人大常委会财经工委。", ctx) == \
        ["徐州市人大常委会农业农村工作委员会", "江苏省人大常委会财经工作委员会"]


def test_a_court_is_named_by_its_level():
    assert _keys("市法院、市检察院联合发布。", DocContext(None, "洛阳市", "河南省")) == ["洛阳市中级人民法院", "洛阳市人民检察院"]
    assert _keys("省法院出台意见。", DocContext(None, "河南省", "河南省")) == ["河南省高级人民法院"]
    assert _keys("县法院设立巡回法庭。", DocContext(None, "沁县", "山西省")) == ["沁县人民法院"]


def test_universities_named_without_a_place_and_after_yu():
    from policykg.loaders.entities import _area_names
    keys = [h.key for h in find_institutions("与复旦大学、同济大学签署合作协议,拓展与宁波职业技术学院的合作。", _area_names(), {})]
    assert keys == ["复旦大学", "同济大学", "宁波职业技术学院"]


def test_persons_in_a_replys_contact_line_and_a_leader_called_comrade():
    from policykg.loaders.entities_named import find_persons
    from policykg.loaders.normalise import normalise
    text = normalise("您的提案由市政协副主席吴建华同志领办督办。\n联系人:孙立平  联系电话:13800000000\n"
                     "联系人及电话:钱学明 87801853\n").text
    got = {h.key: dict(h.literals)["role"] for h in find_persons(text)}
    assert got == {"吴建华": "副主席", "孙立平": "联系人", "钱学明": "联系人及电话"}


def test_titles_a_place_was_given_and_ranks_are_no_parks_and_a_national_zone_is_one():
    text = ("潍坊国家高新区概况。潍坊高新区成立于1992年,先后被评为知识产权试点高新区及山东省科技金融改革试验区。"
            "建成全省最大智能网联汽车测试示范区,入列全国首批农业现代化示范区。")
    hits = find_parks(text, "山东省", area="潍坊市")
    keys = {h.key for h in hits}
    assert keys == {"潍坊国家高新技术产业开发区"}
    assert "潍坊高新区" in {a for h in hits for a in h.aliases}


def test_a_report_speaker_named_on_the_meeting_line_and_officials_named_after_their_post():
    from policykg.loaders.entities_named import find_persons
    from policykg.loaders.structure import parse_structure
    st = parse_structure("政府工作报告\n——王建国在溧阳市第十八届人民代表大会第三次会议上\n各位代表：\n")
    assert (st.field_value("speaker"), st.field_value("meeting")) == ("王建国", "溧阳市第十八届人民代表大会第三次会议")
    got = {h.key: dict(h.literals)["role"] for h in find_persons(
        "管委会副主任陈晓东介绍。市委常委、宣传部部长林海出席活动。")}
    assert got == {"陈晓东": "副主任", "林海": "部长"}


def test_district_names_that_are_planning_words_and_a_conjunction_before_a_level_word():
    assert [h.area.key for h in find_areas("打造万亿之城新城区,推进老城区有机更新。", "常州市金坛区", "江苏省")] == []
    assert [h.area.key for h in find_areas("新城区人民政府", "呼和浩特市", "内蒙古自治区")] == ["呼和浩特市新城区"]
    ctx = DocContext(None, "承德市围场满族蒙古族自治县", "河北省")
    assert _keys("落实市委市政府和县委决策部署。", ctx) == \
        ["中国共产党承德市委员会", "承德市人民政府", "中国共产党围场满族蒙古族自治县委员会"]


def test_quoted_words_for_emphasis_and_reform_as_a_task_are_no_programmes():
    from policykg.loaders.entities_named import find_initiatives
    keys = {h.key for h in find_initiatives("壮大“五大”新兴产业、推进“集群”产业招引,书写高质量发展“新篇章”,做好营商环境改革文章。"
                                            "推进“两新”工作,实施“双碳”行动。")}
    assert not keys & {"五大", "集群", "新篇章", "营商环境改革"}
    assert {"两新工作", "双碳行动"} <= keys  # abbreviations of programmes still are


def test_a_pilot_a_place_was_selected_for_is_no_programme_but_one_it_carries_out_is():
    from policykg.loaders.entities_named import find_initiatives
    keys = {h.key for h in find_initiatives("丽水市入选国家生态产品价值实现机制试点,获评“全国产业扶贫优秀案例”。"
                                            "深入推进国家碳达峰试点,扎实开展数字乡村试点。")}
    assert "国家生态产品价值实现机制试点" not in keys and "全国产业扶贫优秀案例" not in keys
    assert "国家碳达峰试点" in keys


def test_a_verb_of_release_is_no_sector_and_a_policys_dividend_no_programme():
    from policykg.loaders.entities_named import find_initiatives
    from policykg.loaders.industries import find_industries
    text = "建设城市“新中心”、释放产业载体“新动能”,释放援企稳岗政策红利12亿元。"
    assert not any(h.key in ("释放", "建设城市") for h in find_industries(text))
    assert not any("援企稳岗政策" in h.key for h in find_initiatives(text))


def test_a_bodys_notice_quoted_in_a_title_a_quoted_suggestion_and_a_plan_two_cities_sign():
    from policykg.loaders.entities_named import find_cited, find_initiatives
    text = ("按照《山西省商务厅〈关于印发山西省外贸综合服务企业认定办法的通知〉》精神。您提出的“关于加快太忻一体化发展”提案,"
            "我厅高度重视。太原、忻州两市共同签署太忻一体化发展合作行动计划。")
    hits = {(h.cls, h.key) for h in find_initiatives(text)}
    assert {("CitedDocument", "关于印发山西省外贸综合服务企业认定办法的通知"), ("CitedDocument", "山西省外贸综合服务企业认定办法"),
            ("Initiative", "太忻一体化发展合作行动计划")} <= hits
    assert not any("签署" in k or "〈" in k for _, k in hits)
    assert "关于加快太忻一体化发展" in {h.key for h in find_cited(text)}


def test_themed_and_new_towns_are_parks_but_not_a_class_or_a_district():
    keys = {h.key for h in find_parks("加快建设成都国际生物城、东南汽车城和寸滩国际新城。一区一策提升平原新城综合承载力。"
                                      "奋力扛起万亿之城新城区担当。", "四川省")}
    assert {"成都国际生物城", "东南汽车城", "寸滩国际新城"} <= keys
    assert not any("平原" in k or k.endswith("之城新城") for k in keys)


def test_logistics_parks_cruise_ports_entrepreneurs_parks_and_tourism_islands():
    keys = {h.key for h in find_parks("建设满洲里国际物流园、武汉长江游轮母港、漳浦台湾农民创业园和海南国际旅游岛。", "湖北省")}
    assert {"满洲里国际物流园", "武汉长江游轮母港", "漳浦台湾农民创业园", "海南国际旅游岛"} <= keys


def test_designations_named_without_a_place_are_no_parks():
    keys = {h.key for h in find_parks("争创国家文物保护利用示范区、国家农业高新技术产业示范区和农业现代化示范区。"
                                      "推动黄河三角洲农业高新技术产业示范区建设。", "山东省")}
    assert not keys & {"国家文物保护利用示范区", "国家农业高新技术产业示范区", "农业现代化示范区"}
    assert any(k.startswith("黄河三角洲") for k in keys)  # with its place it names that place's zone


def test_the_general_secretary_named_in_the_name_of_his_thought():
    from policykg.loaders.entities_named import find_persons
    hits = find_persons("坚持以习近平新时代中国特色社会主义思想为指导。")
    assert [(h.key, dict(h.literals)["role"]) for h in hits] == [("习近平", "总书记")]
    assert len(find_persons("深入学习贯彻习近平总书记重要讲话精神,以习近平新时代中国特色社会主义思想为指导。")) == 1


def test_reporters_in_a_source_line():
    from policykg.loaders.entities_named import find_persons
    from policykg.loaders.normalise import normalise
    text = normalise("来源:日报 作者:通讯员 孙立华 发布时间:2019/09/11\n建设满意新区。(记者 周明 欧阳晓)\n(记者 王伟)\n").text
    assert {h.key: dict(h.literals)["role"] for h in find_persons(text)} == \
        {"孙立华": "通讯员", "周明": "记者", "欧阳晓": "记者", "王伟": "记者"}


def test_banner_and_league_level_words_and_a_finance_work_office():
    ctx = DocContext(None, "锡林郭勒盟西乌珠穆沁旗", "内蒙古自治区")
    assert _keys("委托旗委、旗政府管理,盟委统一部署。", ctx) == \
        ["中国共产党西乌珠穆沁旗委员会", "西乌珠穆沁旗人民政府", "中国共产党锡林郭勒盟委员会"]
    assert _keys("经与市金融工作办公室共同研究。", DocContext(None, "南阳市", "河南省")) == ["南阳市金融工作办公室"]


def test_parks_counted_with_their_kind_and_the_regions_parks_as_a_class():
    text = ("凭祥、东兴、靖西3个沿边产业园积极承接产业转移。全面总结2024年全区产业园区改革发展、投资促进与北部湾经济区开放发展工作。"
            "推动广西产业园区提质,推动园区改革发展、招商引资、钦州港片区开放开发,将以重点园区为载体。砥砺奋进谱新篇——钦州高新区。"
            "通州区与北三县一体化高质量发展示范区。")
    keys = {h.key for h in find_parks(text, "广西壮族自治区", area="广西壮族自治区")}
    assert {"凭祥沿边产业园", "东兴沿边产业园", "靖西沿边产业园", "北部湾经济区", "通州区与北三县一体化高质量发展示范区"} <= keys
    assert not any(k.startswith(("2024年", "投资促进", "广西产业", "招商引资", "改革发展", "将以", "砥砺")) for k in keys)


def test_what_is_planned_for_a_park_is_no_part_of_its_name():
    keys = {h.key for h in find_parks("未来要将白马工业园策划为白马文化创意产业园,并规划建设物流园。", "湖南省", area="株洲市")}
    assert "白马文化创意产业园" in keys
    assert not any(k.startswith(("未来", "策划", "规划建设")) for k in keys)


def test_an_areas_level_word_written_twice_and_the_party_centres_general_office():
    from policykg.loaders.agencies import resolve_agency
    assert resolve_agency("祁县县政府", DocContext(None, "晋中市祁县", "山西省")) == "祁县人民政府"
    assert _keys("根据中共中央办公厅、国务院办公厅印发的意见。", PROVINCE) == ["中国共产党中央委员会办公厅", "中华人民共和国国务院办公厅"]


def test_officials_listed_after_their_post_in_a_news_report():
    from policykg.loaders.entities_named import find_persons
    hits = find_persons("县委书记陈威出席活动。县领导李旭祥、周翠兰、伍勇、何金梅等出席活动。副市长彭波，市政府党组成员易碧蔚、李梁军参加签约仪式。"
                        "确保党的领导全面、系统、整体落实，推行领导包抓、联席会议等机制。")
    assert {(h.key, dict(h.literals)["role"]) for h in hits} == {
        ("陈威", "书记"), ("李旭祥", "领导"), ("周翠兰", "领导"), ("伍勇", "领导"), ("何金梅", "领导"), ("彭波", "副市长"),
        ("易碧蔚", "党组成员"), ("李梁军", "党组成员")}


def test_a_parks_quarter_a_title_created_and_namely():
    keys = {h.key for h in find_parks("10个项目落户红莲湖大数据云计算产业园南区。成功创成国家级绿色工业园区。"
                                      "产业园共规划两处，即城东南综合产业园和城南大健康科技产业园。", "湖北省", area="鄂州市")}
    assert {"红莲湖大数据云计算产业园南区", "城东南综合产业园", "城南大健康科技产业园"} <= keys
    assert not any(k.startswith(("即", "创成")) or "绿色工业园区" in k for k in keys)


def test_a_defined_short_form_is_an_alias_and_rankings_labels_and_firms_projects_are_no_programmes(tmp_path):
    ents = _entities(tmp_path, "县域发展新闻\n搭乘“百县千镇万村高质量发展工程”(下称“百千万工程”)东风，新兴县加快打造工业强县。"
                    "“百千万工程”重点任务在县。在“2023赛迪百强县”榜单中，博罗排名全国第69。我市始终将招商引资作为“一号工程”。"
                    "由广东惠电科技发展有限公司实施的年产8000套高低配电设备项目即将落户。金盘科技、德力普等2个项目实现开工。"
                    "另，从湘商产业园项目建设指挥部获悉，园区产值将达40亿元。\n")
    initiatives = ents["Initiative"]
    assert "百县千镇万村高质量发展工程" in initiatives and "百千万工程" in initiatives["百县千镇万村高质量发展工程"].aliases
    assert not any(k in initiatives for k in ("百千万工程", "2023赛迪百强县", "一号工程", "金盘科技项目", "德力普项目"))
    assert not any("8000套" in k or "指挥部" in k or k.startswith("从") for k in initiatives)
    assert "湘商产业园" in ents["Park"]


def test_issued_plans_numbered_suggestions_and_a_quoted_package_are_cited():
    from policykg.loaders.entities_named import find_cited, find_initiatives
    text = ("郑州市先后研究出台了《郑州市智能终端(手机)产业集群发展规划》《郑州市电子信息产业提升规划》。"
            "下一步将加快编制《沈阳现代化都市圈发展规划》。迭代升级“优化营商环境10条”。\n"
            "1.关于加快祁县经济开发区城镇化速度的建议\n"
            "(一)关于加快将“鸟资源”“水资源”等生态资源优势转化,打造魅力沉湖的建议(市人大第20250011号)\n")
    view = normalise(text).text
    hits = {(h.cls, h.key) for h in find_initiatives(view) + find_cited(view)}
    assert {("CitedDocument", "郑州市智能终端（手机）产业集群发展规划"), ("CitedDocument", "郑州市电子信息产业提升规划"),
            ("Initiative", "沈阳现代化都市圈发展规划"), ("CitedDocument", "优化营商环境10条"),
            ("CitedDocument", "关于加快祁县经济开发区城镇化速度的建议"),
            ("CitedDocument", "关于加快将“鸟资源”“水资源”等生态资源优势转化，打造魅力沉湖的建议")} <= hits


def test_suggestion_titles_quoted_or_in_a_field_are_cited_and_counted_kinds_are_no_names():
    from policykg.loaders.entities_named import find_cited, find_initiatives
    text = ("案  由: 关于推进海南成为国际旅游消费中心的建议\n你提出的“关于引导产业发展让村民增收致富的建议”,已交由我们办理。"
            "代表团提出的关于“促进大三亚旅游经济圈协调发展”的建议(第552093号)。打造“三个片区”，发展“三个产业”，"
            "开展“走出去”、“请进来”等活动。")
    view = normalise(text).text
    cited = {h.key: h for h in find_cited(view)}
    assert {"关于推进海南成为国际旅游消费中心的建议", "关于引导产业发展让村民增收致富的建议"} <= set(cited)
    initiatives = {h.key for h in find_initiatives(view) if h.cls == "Initiative"}
    assert not initiatives & {"三个片区", "三个产业", "走出去", "请进来", "关于引导产业发展让村民增收致富的建议"}


def test_a_park_after_adverb_and_preposition_or_in_a_route_pair_is_no_name():
    keys = {h.key for h in find_parks("出台的多项政策意见，都对工业园区重点项目给予了倾斜。关于开通机场-景区、景区-景区公交专线问题。"
                                      "省政府专门批示安排园区基础设施经费。", "云南省", area="文山壮族苗族自治州")}
    assert not any(k.startswith(("都对", "景区-", "机场-")) or "批示" in k for k in keys)


def test_persons_of_a_replys_addressee_line_footer_and_leaders_named_with_their_posts():
    from policykg.loaders.entities_named import find_persons
    text = normalise("李红等8名代表:\n乌春委员:\n按照刘赐贵书记、沈晓明省长的有关指示精神,毛超峰常务副省长主持召开专题会议。"
                     "市常务副市长出席。\n联系单位及承办人:资源开发与全域旅游推进处  黄映宏\n").text
    assert {(h.key, dict(h.literals)["role"]) for h in find_persons(text)} == {
        ("李红", "代表"), ("乌春", "委员"), ("刘赐贵", "书记"), ("沈晓明", "省长"), ("毛超峰", "常务副省长"), ("黄映宏", "承办人")}


def test_a_bodys_division_and_a_replys_contact_division(tmp_path):
    ents = _entities(tmp_path, "湖南省文化和旅游厅关于省十三届人大五次会议第0919号建议的答复\n孟晓华代表:\n您提出的建议收悉,现答复如下:"
                    "省工信厅科技处将会同有关方面推进。各项部署要求不折不扣落到实处。\n"
                    "联系单位及承办人:资源开发与全域旅游推进处  黄映宏\n云南省工业和信息化委\n")
    agencies = ents["Agency"]
    assert {"湖南省工业和信息化厅科技处", "湖南省文化和旅游厅资源开发与全域旅游推进处", "云南省工业和信息化委员会"} <= set(agencies)
    assert ("partOf", "Agency", "湖南省工业和信息化厅") in agencies["湖南省工业和信息化厅科技处"].links
    assert not any(k.endswith("实处") for k in agencies)


def test_a_park_raised_to_a_level_or_joined_by_ji_is_no_name_but_a_transformation_zone_is():
    keys = {h.key for h in find_parks("支持符合条件的盟市级工业园区升级自治区级工业园区。申报“甘泉工业园区小微企业孵化基地暨农副产品加工贸易产业园”。"
                                      "建设荆门产业转型升级示范区。", "内蒙古自治区", area="包头市")}
    assert "荆门产业转型升级示范区" in keys
    assert not any("升级自治区级" in k or "暨" in k for k in keys)


def test_regions_planned_across_cities_are_initiatives(tmp_path):
    ents = _entities(tmp_path, "江苏省发展和改革委员会关于省政协提案的答复\n融入长江经济带、淮河生态经济带、大运河文化带建设。加快中原城市群一体化。"
                    "推动江淮生态经济区发展。融入成渝地区双城经济圈建设。推动武汉都市圈发展。共同举办10场都市圈人才招聘会。"
                    "推进都市圈和城市群建设。\n")
    initiatives = set(ents["Initiative"])
    assert {"长江经济带", "淮河生态经济带", "大运河文化带", "中原城市群", "江淮生态经济区", "成渝地区双城经济圈", "武汉都市圈"} <= initiatives
    assert not any(k.startswith("10场") or "和城市群" in k for k in initiatives)
    assert "江淮生态经济区" not in ents.get("Park", {})


def test_events_named_after_a_sector_and_functions_combined_in_one_aim_at_no_sector(tmp_path):
    ents = _entities(tmp_path, "湖南省工业和信息化厅关于省十三届人大四次会议第1234号建议的意见函\n"
                     "多次组织企业参加中小企业国际博览会、工程机械国际展览会等。我厅将组织湖南-粤港澳大湾区投资贸易洽谈周、"
                     "湖南先进制造业推介会等活动。赫章县打造集文化旅游、商贸旅游、会展旅游等为一体的旅游带。大力发展集成电路产业。\n")
    assert {"工程机械国际展览会", "湖南-粤港澳大湾区投资贸易洽谈周", "湖南先进制造业推介会"} <= set(ents["Initiative"])
    assert "集成电路" in ents["Industry"]
    assert not set(ents["Industry"]) & {"工程机械", "先进制造业", "文化旅游", "会展旅游", "商贸旅游"}


def test_a_bodys_duties_and_a_work_meeting_name_no_programme():
    from policykg.loaders.entities_named import find_initiatives
    hits = {h.key for h in find_initiatives("（一）研究制定全市新型工业化发展战略和政策。（二）制定并组织实施全市工业行业规划、计划和产业政策。"
                                            "科技城新区召开2025年经济工作暨民营经济健康发展大会。成功举办世界计算机大会。")}
    assert "世界计算机大会" in hits
    assert not hits & {"全市新型工业化发展战略", "全市工业行业规划", "经济工作暨民营经济健康发展大会"}


def test_a_work_named_by_its_own_head_keeps_that_name_before_xiangmu():
    from policykg.loaders.entities_named import find_initiatives
    hits = {h.key: h for h in find_initiatives("五指山至保亭至海棠湾高速公路项目是贯彻落实省第七次代表大会报告精神的重大基础设施项目。")}
    assert "五指山至保亭至海棠湾高速公路" in hits
    assert "五指山至保亭至海棠湾高速公路项目" in hits["五指山至保亭至海棠湾高速公路"].aliases


def _extracted(tmp_path, text: str):
    """The entities a document of this text yields."""
    path = tmp_path / "doc.txt"
    path.write_text(text, encoding="utf-8")
    src = read_source(path)
    view = normalise(src.text)
    st = parse_structure(src.text, view)
    return extract_entities(src, view, st, document_context(src, st)).entities


def _entities_of(tmp_path, text: str) -> set[tuple[str, str]]:
    """(class, key) of the entities a document of this text yields."""
    return {(e.cls, e.key) for e in _extracted(tmp_path, text)}


def test_projects_listed_after_their_count_are_named_and_so_is_the_park_they_stand_in(tmp_path):
    keys = _entities_of(tmp_path, "活动现场，某区集中开工5个项目，总投资约17.3亿元，包括：物流基地配套项目、"
                        "学生公寓（一期）建设项目、某某综合保税区光伏发电项目、钨丝生产线扩建项目、孵化基地智慧化提升项目。\n"
                        "全区将加快实施一批重大项目。\n")
    assert {("Initiative", k) for k in ("物流基地配套项目", "学生公寓（一期）建设项目", "某某综合保税区光伏发电项目",
                                          "钨丝生产线扩建项目", "孵化基地智慧化提升项目")} <= keys
    assert ("Park", "某某综合保税区") in keys
    assert not any(cls == "Initiative" and "重大项目" in k for cls, k in keys)  # a kind of project stays none


def test_green_sectors_of_their_own():
    keys = {h.key for h in find_industries("壮大绿色能源产业，发展绿色石化产业和绿色农业，做强光伏制造业。")}
    assert {"绿色能源", "绿色石化", "绿色农业", "光伏"} <= keys and "能源" not in keys


def _park_keys(text: str) -> list[str]:
    return [h.key for h in find_parks(text)]


def test_a_class_of_parks_and_a_designation_name_no_park():
    assert _park_keys("主要经济技术指标居各园区前列。既要招商引资，又要立足园区、脚踏实地。") == []
    assert _park_keys("我区认定两家高质量发展示范园区。共有9家开发区申报自治区高质量发展示范园区。") == []


def test_a_parks_former_name_is_another_name_of_it():
    hits = find_parks("本溪湖经济开发区前身为本溪湖资源综合利用产业园区，2011年经市政府批复设立。")
    assert [(h.key, h.start) for h in hits] == [("本溪湖经济开发区", 0), ("本溪湖经济开发区", 11)]
    assert "本溪湖资源综合利用产业园区" in hits[1].aliases


def test_projects_counted_after_their_kind_and_a_fund_named_for_parks(tmp_path):
    keys = {k for cls, k in _entities_of(tmp_path, "处于协议起草阶段的项目8个，分别为轴承锻件车件生产项目、"
                                         "年产400吨薄荷脑生产项目等。安排工业园区发展专项资金6.92亿元。\n")
            if cls == "Initiative"}
    assert "轴承锻件车件生产项目" in keys and not any("专项" in k for k in keys)


def test_a_zones_page_is_of_the_area_its_headline_names(tmp_path):
    keys = _entities_of(tmp_path, "发布机构: | 开发区(高桥街道) |\n桐乡经济开发区(高桥街道)2024年工作总结和2025年工作思路\n"
                        "2024年，在市委市政府的坚强领导下，开发区紧紧围绕中心工作，统筹谋划、精准发力。\n")
    assert {("Agency", "中国共产党桐乡市委员会"), ("Agency", "桐乡市人民政府"), ("Area", "嘉兴市桐乡市")} <= keys
    keys = _entities_of(tmp_path, "隆回县湘商产业园：打造工业园区发展新引擎\n在县委、县政府的支持下，园区项目开工建设。\n")
    assert {("Agency", "中国共产党隆回县委员会"), ("Agency", "隆回县人民政府")} <= keys
    keys = _entities_of(tmp_path, "砥砺奋进结硕果——格尔木工业园迈向高质量发展之路\n回望2021年，工业园在市委、市政府的领导下稳步发展。\n")
    assert {("Agency", "中国共产党格尔木市委员会"), ("Agency", "格尔木市人民政府")} <= keys


def test_a_sector_inside_a_projects_name_is_the_projects_word(tmp_path):
    text = "集中开工3个项目，包括：某某综合保税区光伏发电项目、年产400吨薄荷脑生产项目、物流基地配套项目。\n"
    keys = _entities_of(tmp_path, text)
    assert ("Initiative", "某某综合保税区光伏发电项目") in keys
    assert not {k for cls, k in keys if cls == "Industry"}
    keys = _entities_of(tmp_path, text + "全区大力发展光伏产业。\n")
    assert ("Industry", "光伏") in keys  # aimed at in its own sentence


def test_the_kind_of_a_zone_is_no_sector():
    assert find_industries("累计支持呼和浩特金山高新技术产业开发区建设。2010年晋升为国家级高新技术产业开发区。") == []
    assert [h.key for h in find_industries("大力发展高新技术产业。")] == ["高新技术产业"]


def test_a_list_opened_by_a_verbs_complement_and_a_sectors_manufacturing(tmp_path):
    text = "园区打造出一个以生物医药、轻工制造区、电子信息产业区、木制品加工为主导的产业功能区。\n"
    assert [h.key for h in find_industries(normalise(text).text)][:2] == ["生物医药", "轻工"]
    light = next(e for e in _extracted(tmp_path, text) if e.key == "轻工")
    assert "轻工制造" in light.aliases


def test_a_places_products_as_its_national_clusters_and_leisure_farming():
    keys = [h.key for h in find_industries("建设湖北小龙虾、三峡蜜橘等国家级优势特色产业集群。休闲农业快速发展。")]
    assert keys == ["湖北小龙虾", "三峡蜜橘", "休闲农业"]


def test_guidelines_a_plan_followed_and_a_bare_defined_short_form(tmp_path):
    keys = _entities_of(tmp_path, "我厅制定了《某省A级旅游景区文旅融合发展实施导则》（以下简称实施导则），现将《实施导则》印发你们。"
                        "根据《某省推进农业农村现代化“十四五”规划》要求，制定本规划。加快编制《某市低空经济发展规划》。\n")
    cited = {k for cls, k in keys if cls == "CitedDocument"}
    assert cited == {"某省A级旅游景区文旅融合发展实施导则", "某省推进农业农村现代化“十四五”规划"}
    assert ("Initiative", "某市低空经济发展规划") in keys  # still to be compiled


def test_an_official_before_a_news_verb_and_a_closing_byline(tmp_path):
    keys = _entities_of(tmp_path, "9月11日，县委副书记、县长黄伟雄组织召开园区月度工作讲评会，县委常委彭喜丰出席。\n"
                        "县政府办等相关人员参加会议。(向滔)\n")
    assert {k for cls, k in keys if cls == "Person"} == {"黄伟雄", "彭喜丰", "向滔"}
    assert not {k for cls, k in _entities_of(tmp_path, "会议要求抓好落实。（完）\n") if cls == "Person"}


def test_events_reported_held_and_a_places_class_of_projects(tmp_path):
    keys = _entities_of(tmp_path, "9月20日，沙洋县三季度重大项目集中开工暨集中签约活动在项目现场举行。"
                        "沙洋县2024年三季度集中开工项目31个。华容区智能制造产业园集中签约仪式举行。"
                        "在三地举办座谈会和项目签约仪式。并提出“要将天台工业园打造成为全市标志性区域”。\n")
    initiatives = {k for cls, k in keys if cls == "Initiative"}
    assert initiatives == {"沙洋县三季度重大项目集中开工暨集中签约活动", "华容区智能制造产业园集中签约仪式"}
    assert ("Park", "华容区智能制造产业园") in keys  # the event is held for the park, which the text names


def test_a_park_with_and_without_its_countys_level_is_one_park():
    hits = find_parks("您提出的《关于支持甘泉县工业园区发展的建议》收悉。你县甘泉工业园区是全市重点园区。")
    assert {h.key for h in hits} == {"甘泉县工业园区"} and "甘泉工业园区" in hits[-1].aliases
    assert _park_keys("出台了《湖南省严格化工园区建设标准和认定管理办法》。") == []


def test_a_national_strategy_answers_to_its_official_forms(tmp_path):
    node = next(e for e in _extracted(tmp_path, "推进我市深度参与长三角一体化发展。\n") if e.key == "长三角一体化发展")
    assert {"长江三角洲区域一体化发展", "长三角区域一体化发展"} <= node.aliases


def test_the_second_of_two_joined_names_and_a_region_before_strategy():
    keys = {h.key for h in find_initiatives("二是推进江淮生态经济区与大运河文化带战略深度融合。"
                                            "深入实施人口高质量发展和全民健康行动。制定了“六清单”和三年行动方案。")}
    assert {"江淮生态经济区", "大运河文化带", "全民健康行动"} <= keys
    assert not {k for k in keys if k.endswith(("战略", "三年行动方案"))}


def test_a_type_or_a_place_named_after_a_sector_is_no_sector():
    assert find_industries("培育时尚活力型、商贸文旅型街区。打造文旅康养小镇，提升旅游景区品质。") == []


def test_festivals_listed_before_their_kind():
    keys = [h.key for h in find_initiatives("在节庆体验方面，规范举办旅游文化节、樱桃节、彝族火把节、苗族花山节等节会。")]
    assert keys == ["旅游文化节", "樱桃节", "彝族火把节", "苗族花山节"]
    assert find_initiatives("做好春节、中秋节等节日期间的市场保供。") == []


def test_a_parks_project_names_the_project_and_the_park(tmp_path):
    keys = _entities_of(tmp_path, "三和智慧农业产业园一期、茴香羊产业园项目当年建成。\n")
    assert {("Initiative", "茴香羊产业园项目"), ("Park", "茴香羊产业园")} <= keys


def test_a_park_built_by_another_zone_starts_after_the_verb():
    assert _park_keys("支持营口片区建设陆港枢纽产业园。") == ["陆港枢纽产业园"]


def test_a_transfer_zone_keeps_its_verb_after_the_place():
    # 承接 ends a name's left context, except inside the designation it belongs to
    assert _park_keys("打造以商丘、周口等豫东承接产业转移示范区市为先行区。") == ["豫东承接产业转移示范区"]
    assert _park_keys("省政府每年给予砚山承接产业加工园区资金支持。") == ["砚山承接产业加工园区"]


def test_a_quoted_frameworks_head_right_after_the_quote():
    keys = {h.key for h in find_initiatives("坚持“1235577”总体发展思路，深化“四个一批”项目管理，强化“人房地钱”要素联动。")}
    assert {"1235577总体发展思路", "四个一批项目管理", "人房地钱要素联动"} <= keys
    # 出圈 and 深度融合 are what a programme does, not its head
    keys = {h.key for h in find_initiatives("“赣超”火爆出圈。推动“两创”深度融合。")}
    assert keys == {"赣超", "两创"}


def test_a_zones_own_page_is_its_committees(tmp_path):
    ctx = _context(tmp_path, "乌鲁木齐经济技术开发区\n2023年国民经济和社会发展计划执行情况\n"
                             "2023年，经开区坚持稳中求进，地区生产总值增长6%。\n")
    assert (ctx.issuer, ctx.area) == ("乌鲁木齐经济技术开发区管理委员会", "乌鲁木齐市")
    ctx = _context(tmp_path, "济宁国家高新区概况\n\n济宁高新区成立于1992年，位于山东省南部。\n")
    assert (ctx.issuer, ctx.area) == ("济宁高新技术产业开发区管理委员会", "济宁市")
    ctx = _context(tmp_path, "台儿庄区发展和改革局2025年度 “政府开放月”活动总结\n\n8月19日，区发展改革局开展活动。\n")
    assert ctx.issuer == "枣庄市台儿庄区发展和改革局"
    # a headline on a zone that is no report of its own names no issuer
    assert _context(tmp_path, "隆回县湘商产业园：老乡特区里打造工业园区发展新引擎\n\n一座座标准厂房内人来人往。\n").issuer is None


def test_a_zones_committee_also_answers_to_its_name_written_out(tmp_path):
    ents = _entities(tmp_path, "各县、区人民政府，亳州高新区管委会，市直有关单位：\n现印发给你们。\n")
    assert "亳州高新区管理委员会" in ents["Agency"]["亳州高新技术产业开发区管理委员会"].aliases


def test_a_reply_names_its_issuer_by_the_body_it_was_given_to_or_after_a_number(tmp_path):
    ctx = _context(tmp_path, "松阳县政协提案\n王立川等委员：\n你们提出的《关于做好产业振兴的提案》县政府已交由县农业农村局办理，"
                             "经认真研究，现答复如下：\n")
    assert ctx.issuer == "松阳县农业农村局"
    ctx = _context(tmp_path, "(政协提案17号)县农业局关于加快推进我县生态农业发展的建议的答复\n\n尊敬的李云波委员：\n"
                             "松阳县是农业大县。\n")
    assert ctx.issuer == "松阳县农业局"


def test_reply_preambles_companies_and_open_brackets_name_no_programme():
    text = ("一、关于“成立专门班子研究广元大物流(含铁路、公路、水运、航空物流)在广元经济社会发展中的重要地位”\n"
            "引进了长沙先导快线科技发展有限公司衡阳分公司。你们提出的“加快推进我县生态农业发展”、扶大扶强农业龙头企业的建议收悉。")
    assert find_initiatives(normalise(text).text) == []


def test_the_cppcc_before_a_county_and_its_session_is_no_party_committee(tmp_path):
    ents = _entities(tmp_path, "对政协隆尧县十三届委员会第三次会议第059号提案的答复\n赵向明委员：\n您的提案收悉。\n")
    assert "中国人民政治协商会议隆尧县委员会" in ents["Agency"]
    assert "中国共产党隆尧县委员会" not in ents["Agency"]


def test_the_verb_huitong_before_a_bureau_is_no_county():
    assert [h.area.key for h in find_areas("罗平县农业农村局会同县工信商科局、县人社局正在采取措施。")] == ["曲靖市罗平县"]


def test_the_deputies_a_reply_greets_below_the_pages_fields_or_without_a_number(tmp_path):
    text = ("对区政协二届一次会议第0061号提案的答复\n\n发布时间：2022-05-13\n  • 索引号：\n  • 公开主体：\n    上海市崇明区经济委员会\n"
            "  • 发文字号：\n  • 成文日期：\n  • 发布日期：\n    2022-05-13\n办理结果：解决或采纳\n\n仇忠伟委员：\n\n"
            "您提出的提案收悉。现将办理情况答复如下。\n")
    assert "仇忠伟" in _entities(tmp_path, text)["Person"]
    people = _entities(tmp_path, "尊敬的李云波、潘邦先委员：\n\n你们提出的建议，县人民政府交我单位承办，现答复如下。\n")["Person"]
    assert {"李云波", "潘邦先"} <= set(people)
    people = _entities(tmp_path, "王立川等委员：\n你们提出的提案已交由县农业农村局办理。\n承办负责人：刘娟\n")["Person"]
    assert {"王立川", "刘娟"} <= set(people)


def test_the_suggestions_a_replys_own_title_answers_are_cited():
    keys = [h.key for h in find_cited("(政协提案17号)县农业局关于加快推进我县生态农业发展的建议、关于扶大扶强农业龙头企业的建议"
                                      "(并案)的答复\n尊敬的李云波委员：\n")]
    assert keys == ["关于加快推进我县生态农业发展的建议", "关于扶大扶强农业龙头企业的建议"]


def test_investors_listed_before_their_projects_and_existing_works_name_no_programme():
    assert find_initiatives("签约引进欧邦琪、拜尔斯等精品外资项目14个。制定盘活现有铁路资源系列措施。") == []


def test_a_long_quoted_statement_with_a_head_is_the_programmes_whole_name():
    hits = find_initiatives("开展“强化人才引领，推动教育科技人才一体赋能产业振兴”专项行动。"
                            "确立了“改造大铁北，建设新宽城，打造长处北部现代中心区”发展战略。")
    assert [h.aliases[0] for h in hits] == ["“强化人才引领，推动教育科技人才一体赋能产业振兴”专项行动",
                                            "“改造大铁北，建设新宽城，打造长处北部现代中心区”发展战略"]


def test_a_bare_zone_word_after_a_verb_or_a_period_names_no_park():
    text = ("项目投产后将为高新区带来新动能。上半年经开区规上工业增加值增长23.5%。破解开发区发展难题。"
            "实现开发区高质量发展。杜集区人大常委会主任王建辉带队调研经济开发区建设情况。")
    assert _park_keys(text) == []
    # (a boundary word inside a longer word or a name does not cut it)
    keys = {h.key for h in find_initiatives("落实现代化首都都市圈空间协同规划。开展国家生态产品价值实现机制试点。"
                                            "实现200多场重要活动零事故。")}
    assert {"现代化首都都市圈空间协同规划", "国家生态产品价值实现机制试点"} <= keys
    assert not {k for k in keys if "活动" in k}


def test_officials_before_the_verbs_of_a_zones_news_and_a_closing_byline_after_a_blank_line(tmp_path):
    text = ("区党工委副书记、管委会主任蔡军宣布开工令。市政协副主席任怡春带领调研组来我区调研。管委会副主任韩昉陪同。"
            "区政府副区长冯轶等参加调研。区管委会主任杨洁及商务局相关人员参加市签约活动。有关部门负责人陪同调研。\n\n(葛芳倩)\n")
    assert set(_entities(tmp_path, text)["Person"]) == {"蔡军", "任怡春", "韩昉", "冯轶", "杨洁", "葛芳倩"}


def test_a_character_quoted_for_emphasis_and_a_presiding_official_name_no_programme():
    keys = {h.key for h in find_initiatives("坚持“快”字当头促建设、“优”字为先强服务。党群工作部部长党锋主持开工仪式。打响“蒙”字标品牌。")}
    assert keys == {"蒙字标品牌"}


def test_words_sharing_a_titles_head_belong_to_the_title():
    keys = [h.key for h in find_cited("出台科技、绿色、质量、品牌农业实施方案，推动农业提质增效。")]
    assert keys == ["科技、绿色、质量、品牌农业实施方案"]


def test_lists_and_catalogues_after_focusing_or_rolled_out_are_cited():
    keys = {h.key for h in find_cited("聚焦国家产业发展与转移指导目录、西部地区鼓励类产业目录，招引链主型项目。"
                                      "全面推行基础设施建设正负面清单管理。")}
    assert {"西部地区鼓励类产业目录", "基础设施建设正负面清单"} <= keys


def test_a_countys_merged_department_is_read_from_its_functions():
    county = DocContext("中方县人民政府", "中方县", "湖南省")
    keys = _keys("中方县商务科技和工业信息化局联合县文化旅游广电体育局、县科工局开展调研。", county)
    assert keys == ["中方县商务科技和工业信息化局", "中方县文化旅游广电体育局", "中方县科技和工业信息化局"]
    # a body the lexicon names inside it keeps the lexicon's reading (发展改革委 → 发展和改革委员会)
    assert _keys("常州市发展改革委员会牵头。", DocContext(None, "常州市", "江苏省")) == ["常州市发展和改革委员会"]


def test_after_a_copula_a_places_name_starts_the_parks_name():
    assert _park_keys("甘泉工业园区是延安市经济技术开发区的重要组成部分。") == ["甘泉工业园区", "延安市经济技术开发区"]
    assert _park_keys("园区属于延安市经济技术开发区。") == ["延安市经济技术开发区"]
    assert _park_keys("这是全省重要的产业园区。") == []


def test_a_place_after_of_a_plaque_and_as_of_bound_park_names():
    assert _park_keys("其中，经济技术开发区的许昌市生物医药产业园，占地面积3500亩。世界最大的赖氨酸生产基地。") == \
        ["许昌市生物医药产业园"]
    assert _park_keys("建设省级化工园区，挂牌宿迁生物医药产业园。截至目前宿迁生态化工科技产业园有企业10家。") == \
        ["宿迁生物医药产业园", "宿迁生态化工科技产业园"]


def test_a_counted_list_closed_by_deng_a_motto_a_plaque_and_a_service_rolled_out():
    keys = {h.key for h in find_initiatives("开展梯度培育、技术创新、营收倍增等三大行动。形成“引进一个，带动一片”的倍增效应。"
                                            "挂牌“候鸟迁徙研究中心武汉分中心”。实行“一照通行”，打通许可事项。")}
    assert keys == {"梯度培育行动", "技术创新行动", "营收倍增行动", "一照通行"}


def test_a_request_by_a_body_is_cited_and_a_supply_cooperatives_head_office_is_its_own(tmp_path):
    keys = {(h.cls, h.key) for h in find_initiatives("在《宿豫区人民政府关于支持建设生物医药产业园的请示》上作出批示。") +
            find_cited("在《宿豫区人民政府关于支持建设生物医药产业园的请示》上作出批示。")}
    assert keys == {("CitedDocument", "宿豫区人民政府关于支持建设生物医药产业园的请示")}
    city = DocContext("广州市工业和信息化局", "广州市", "广东省")
    assert _keys("由我局会同市供销总社、市供销社负责办理。", city) == ["广州市供销合作总社", "广州市供销合作社联合社"]



def test_a_five_year_plan_unquoted_and_a_programme_at_two_levels():
    keys = {h.key for h in find_initiatives("基本完成十三五规划确定的主要目标任务。组织企业申报省市两化融合贯标试点。"
                                            "开展区县行系列活动。")}
    assert keys == {"十三五规划", "两化融合贯标试点", "区县行系列活动"}


def test_a_chain_after_overlapping_verbs_a_sub_chain_a_former_chain_and_a_parks_chain():
    keys = [h.key for h in find_industries("继续做大做强化工新材料产业链。每条子产业链独立发展。围绕盐卤化工子产业链招商。"
                                           "根据原生物医药产业链挂钩市领导的批示。宿迁生态化工科技产业园生物医药产业链规上企业10家。")]
    assert keys == ["化工新材料", "盐卤化工", "生物医药", "化工", "生物医药"]


def test_a_quoted_name_with_a_campaigns_or_a_themes_head_further_on():
    keys = {h.key for h in find_initiatives("深入开展“三聚三保三落实”助企纾困稳进提质攻坚行动。"
                                            "以“在湖州看见美丽中国”实干争先主题实践为总载体。推进美丽新宁夏建设。",
                                            area_names=("宁夏",))}
    assert keys == {"三聚三保三落实助企纾困稳进提质攻坚行动", "在湖州看见美丽中国实干争先主题实践", "美丽新宁夏建设"}


def test_a_places_working_group_its_office_and_bare_national_zones_of_a_city(tmp_path):
    city = DocContext("广元市商务局", "广元市", "四川省")
    assert _keys("成立由市政府主要领导任组长的市现代物流业发展领导小组。成立工作领导小组。", city) == \
        ["广元市人民政府", "广元市现代物流业发展领导小组"]
    tianjin = DocContext(None, "天津市", "天津市")
    assert _keys("特此通知。\n\n天津市落实制造强国战略暨\n\n全国先进制造研发基地建设领导小组办公室\n", tianjin) == \
        ["天津市落实制造强国战略暨全国先进制造研发基地建设领导小组办公室"]
    ents = _entities(tmp_path, "芜湖市人民政府办公室关于印发行动计划的通知\n各县市区人民政府，皖江江北新兴产业集中区、"
                               "经济技术开发区、高新技术产业开发区管委会，市政府各部门：\n现将行动计划印发给你们。"
                               "市新能源汽车产业发展领导小组办公室负责协调。\n")
    assert {"皖江江北新兴产业集中区管理委员会", "芜湖经济技术开发区管理委员会", "芜湖高新技术产业开发区管理委员会",
            "芜湖市新能源汽车产业发展领导小组", "芜湖市新能源汽车产业发展领导小组办公室"} <= set(ents["Agency"])
    assert {"皖江江北新兴产业集中区", "芜湖经济技术开发区", "芜湖高新技术产业开发区"} <= set(ents["Park"])


def test_a_standing_phrase_hides_a_districts_name():
    assert [h.surface for h in find_areas("大兴调查研究之风，建设大兴国际机场临空经济区。", "北京市", "北京市")] == ["大兴"]


def test_a_strategy_the_text_follows_is_cited():
    hits = find_initiatives("根据《新能源汽车产业发展规划(2021-2035年)》《智能汽车创新发展战略》要求。加快制定《某市数字经济发展战略》。")
    assert {(h.cls, h.key) for h in hits} == {("CitedDocument", "新能源汽车产业发展规划(2021-2035年)"),
                                             ("CitedDocument", "智能汽车创新发展战略"), ("Initiative", "某市数字经济发展战略")}


def test_a_purpose_clause_opens_no_sectors_name():
    assert [h.key for h in find_industries("行动方案的出台，有利于人工智能产业链的创新能力显著提升。")] == ["人工智能"]


def test_a_quoted_app_is_named_by_its_quote():
    keys = {h.key for h in find_initiatives("打造移动政务总门户“穗好办”APP，服务事项增加至2000多项。上线“粤省事”小程序。")}
    assert keys == {"穗好办APP", "粤省事小程序"}


def test_a_zone_committee_named_by_its_areas_short_forms_is_the_issuer_and_a_salutation_is_not(tmp_path):
    ctx = _context(tmp_path, "重庆綦江高新技术产业开发区管理委员会关于区三届人大二次会议第88号建议的复函\n\n"
                             "王五代表：\n您的建议收悉。经与区城市管理局共同研究，现答复如下：\n")
    assert (ctx.issuer, ctx.area) == ("重庆綦江高新技术产业开发区管理委员会", "重庆市綦江区")
    opinion = ("对区政协一届一次会议第1001号提案的会办意见\n\n区发改委：\n\n李四委员提出的提案收悉，现将会办意见函告如下："
               "我委将做好服务。\n")
    ctx = _context(tmp_path, opinion, "https://www.shpt.gov.cn/sww/2022/1.html")
    assert (ctx.issuer, ctx.area) == ("上海市普陀区商务委员会", "上海市普陀区")  # the site's district and body
    ctx = _context(tmp_path, opinion, "https://www.shpt.gov.cn/2022/1.html")
    assert ctx.issuer != "上海市普陀区发展和改革委员会"  # the body addressed is not the writer


def test_a_party_committee_in_an_officials_title_is_no_agency_mention():
    city = DocContext("某市人民政府", "汉中市", "陕西省")
    assert _keys("市委常委、常务副市长张三，市委副书记、市长李四出席。县委书记王五讲话。", city) == []
    assert {"中国共产党汉中市委员会", "汉中市人民政府"} <= set(_keys("市委常委会研究部署。市委、市政府高度重视。", city))


def test_officials_named_in_a_meeting_report():
    from policykg.loaders.entities_named import find_persons
    hits = find_persons("市政府副市长杨某到市商务局调研，市政府副秘书长谢奎一同调研。局长刘家骐汇报了工作。"
                        "我委王斌副主任陪同。县统计局分管工业副局长参加。都是关系我市长远发展的项目。\n"
                        "市长主持召开常务会议，周强、赵麒、茹灵午、胡刚参加。\n作者:陈华   来源:局办公室\n"
                        "周元祝提出的关于加快发展的提案收悉。\n")
    assert {h.key for h in hits} == {"杨某", "谢奎", "刘家骐", "王斌", "周强", "赵麒", "茹灵午", "胡刚", "陈华", "周元祝"}


def test_a_masked_member_and_a_news_headline_name_no_person(tmp_path):
    ents = _entities(tmp_path, "对区政协十届二次会议第27号提案的答复\n\n***委员：\n\n您提出的提案已收悉，现答复如下：\n同意。\n")
    assert "Person" not in ents
    ents = _entities(tmp_path, "张三市长调研住建工作\n\n7月20日，张三市长带队调研。\n")
    assert set(ents["Person"]) == {"张三"}


def test_a_river_named_after_a_city_is_no_mention_of_it():
    assert [h.surface for h in find_areas("推进苏州河岸线贯通，长风商圈在普陀区。", "上海市普陀区", "上海市")] == ["普陀区"]


def test_a_title_broken_over_lines_is_cited_as_written_whole():
    hits = find_initiatives("根据《国务院关于进一步做好稳就业工作的意\n\n见》(国发〔2019〕28号)精神，提出以下意见。")
    assert [(h.cls, h.key) for h in hits if h.key.startswith("国务院")] == \
        [("CitedDocument", "国务院关于进一步做好稳就业工作的意见")]


def test_places_listed_before_the_body_they_all_have():
    ctx = DocContext("青海省人民政府办公厅", "青海省", "青海省")
    keys = _keys("西宁市、海东市、海南藏族自治州人民政府，兰州市、临夏回族自治州人民政府，各市场主体：", ctx)
    assert keys == ["西宁市人民政府", "海东市人民政府", "海南藏族自治州人民政府", "兰州市人民政府", "临夏回族自治州人民政府"]


def test_a_portals_department_page_is_the_departments_and_its_members_are_named_whole(tmp_path):
    text = ("关于对某县政协第十届第二次会议第3号提案的答复\n\n索  引  号 K1/2024-1 主题分类\n发布机构 乌恰县人民政府 发布日期 2024-08-23\n"
            "来        源 乌恰县畜牧兽医局\n\n艾尔肯·依扎克、张三委员:\n\n您提出的提案收悉，现答复如下：\n同意。\n领导署名:王五\n")
    assert _context(tmp_path, text).issuer == "乌恰县畜牧兽医局"
    ents = _entities(tmp_path, text)
    assert {"艾尔肯·依扎克", "张三", "王五"} <= set(ents["Person"])
    ents = _entities(tmp_path, "对县人大一次会议第5号建议的答复\n\n尊敬的胡克兴等5名代表:\n\n您提出的建议收悉，现答复如下：同意。\n")
    assert set(ents["Person"]) == {"胡克兴"}


def test_plans_given_as_examples_of_what_was_drawn_up_are_cited():
    hits = find_initiatives("我市相继制订了《某市旅游发展总体规划》等规划，此外各镇也编制了一批专业规划，如《某镇农业公园总体规划》、"
                            "《某村总体规划》等。下一步将编制《某市康养产业规划》。")
    assert {(h.cls, h.key) for h in hits} == {("CitedDocument", "某市旅游发展总体规划"), ("CitedDocument", "某镇农业公园总体规划"),
                                             ("CitedDocument", "某村总体规划"), ("Initiative", "某市康养产业规划")}


def test_a_pages_title_field_and_publisher_cell_and_a_site_named_after_its_province(tmp_path):
    plan = ("名 称: | 市人民政府办公室关于印发某某三年行动方案(2022—2024年)的通知 |\n各区人民政府，市人民政府各部门：\n"
            "现将《某某三年行动方案》印发给你们。\n")
    assert parse_structure(plan, normalise(plan)).field_value("title").startswith("市人民政府办公室关于印发")
    assert _context(tmp_path, plan, "https://www.gzlps.gov.cn/zwgk/202301/t20230116_1.html") == \
        DocContext("六盘水市人民政府办公室", "六盘水市", "贵州省")
    reply = "索引号: | 1 | 发布机构: | 云南省工信厅 |\n对省人大第5号建议的答复\n李四代表:\n你们的建议已交我们办理，我委将继续支持。\n"
    assert _context(tmp_path, reply).issuer != "云南省工业和信息化厅"


def test_each_zone_is_no_park():
    assert [h.key for h in find_parks("六盘水高新区管委会、各经济开发区管委会，市人民政府各部门") if h.cls == "Park"] == \
        ["六盘水高新技术产业开发区"]


def test_verbs_of_making_open_no_name():
    assert find_industries("坚持打造生态，营造良好产业发展环境。") == []
    assert [h.key for h in find_parks("关于加快建造农业生态旅游区的建议") if h.cls == "Park"] == ["农业生态旅游区"]


def test_parks_listed_whole_a_place_in_brackets_and_a_partner_after_a_preposition(tmp_path):
    ents = _entities(tmp_path, "中以(上海)创新园作为市级特色产业园区之一，聚焦医疗健康。加强与同济大学国家大学科技园的合作。"
                               "提升中以创新园、桃浦国际健康创新产业园、天地科技园等园区载体的生态环境。\n")
    assert set(ents["Park"]) == {"中以（上海）创新园", "同济大学国家大学科技园", "桃浦国际健康创新产业园", "天地科技园"}
    assert "中以创新园" in ents["Park"]["中以（上海）创新园"].aliases
    keys = {h.key for h in find_initiatives("主动对接京津冀协同发展，深化与长三角、长江经济带、粤港澳大湾区等战略区域合作。")}
    assert "长三角经济带" not in keys and "长江经济带" in keys


def test_a_co_handling_opinion_is_a_reply_and_a_partly_masked_name_a_person(tmp_path):
    text = "关于市十四届人大四次会议第4177号建议的协办意见\n\n张*代表：\n现将协办意见函告如下：同意。\n"
    p = tmp_path / "doc.txt"
    p.write_text(text, encoding="utf-8")
    assert parse_structure(text, normalise(text)).genre == "reply"
    assert set(_entities(tmp_path, text)["Person"]) == {"张*"}


def test_a_city_portal_by_its_initials():
    from policykg.loaders.web_address import area_and_body_of
    area, body = area_and_body_of("http://fgw.smx.gov.cn/491/616392000/1112389.html")
    assert (area.key, body) == ("三门峡市", "发改委")


def test_words_of_the_sentence_before_a_zones_head_are_no_part_of_its_name():
    text = ("感谢您一直以来对园区工作的关心。调研组一行来到浙赣边际合作（衢饶）示范区。这个经开区年内首个投产项目。"
            "道路两侧建有开发区企业。要夯实开发区主导产业，为全市发展贡献开发区力量。")
    assert [h.key for h in find_parks(text) if h.cls == "Park"] == ["浙赣边际合作（衢饶）示范区"]


def test_a_verb_with_hao_and_a_meetings_agenda_open_no_name():
    keys = {h.key for h in find_initiatives("要求继续坚定不移地贯彻好十四五规划。会议研究审议平凉酒钢生活基地项目用地开发利用办理意见。"
                                            "他们详细掌握项目工程建设进度。")}
    assert keys == {"十四五规划", "平凉酒钢生活基地项目"}


def test_a_joint_notices_two_provinces_share_its_list_of_departments(tmp_path):
    text = ("发布机构 :青海省人民政府办公厅公文时效 :有效\n\n青海省人民政府办公厅 甘肃省人民政府办公厅\n关于印发某某实施方案的通知\n\n"
            "兰州新区管委会,青海、甘肃省发展改革委、省教育厅、省民(宗)委、省公安厅:\n\n现印发给你们。\n\n"
            "为深入贯彻《中华人民共和国国民经济和社会发展第十四个五年规划》，制定本方案。\n")
    assert _context(tmp_path, text).issuer == "青海省人民政府办公厅"
    ents = _entities(tmp_path, text)
    assert {f"{p}省{d}" for p in ("青海", "甘肃") for d in ("发展和改革委员会", "教育厅", "公安厅")} <= set(ents["Agency"])
    assert "海南藏族自治州共和县" not in ents.get("Area", {})
    from policykg.pipeline import build_record
    mentioned = {m.key for m in build_record(str(tmp_path / "doc.txt")).mentions if m.cls == "Agency"}
    assert {"青海省教育厅", "甘肃省教育厅"} <= mentioned  # one span, two departments, both mentioned


def test_a_plan_the_text_carries_out_is_cited():
    hits = find_initiatives("全面落实《兰州—西宁城市群发展规划》，加快编制《某市物流发展规划》。")
    assert {(h.cls, h.key) for h in hits} == {("CitedDocument", "兰州—西宁城市群发展规划"), ("Initiative", "某市物流发展规划")}


def test_a_congress_named_by_its_session_alone_is_the_documents_own():
    county = DocContext("犍为县农业局", "乐山市犍为县", "四川省")
    assert _keys("关于答复十七届人大三次会第56号建议的函", county) == ["犍为县人民代表大会"]


def test_a_verb_or_a_body_before_a_places_name_is_no_part_of_a_park():
    text = "按规划，设计连云港石化产业基地配套道路。市政协高新区工作室主任陪同。推进国际连云港物流园建设。"
    assert [h.key for h in find_parks(text) if h.cls == "Park"] == ["连云港石化产业基地", "国际连云港物流园"]


def test_a_notices_contacts_and_the_division_the_papers_go_to(tmp_path):
    # a two-character name spaced to the width of three, a rare surname with its telephone number, a second
    # contact on the line below; the division in brackets after the department
    keys = _entities_of(tmp_path, "吉林省工业和信息化厅关于做好示范基地推荐工作的通知\n"
                        "请于7月15日前报送省工业和信息化厅(企业服务处)。\n"
                        "联 系 人:睢 喆 0431-88888888\n祁建新0431-99999999\n电子信箱:abc@163.com\n")
    assert {k for cls, k in keys if cls == "Person"} == {"睢喆", "祁建新"}
    assert ("Agency", "吉林省工业和信息化厅企业服务处") in keys
    # a label with no name after it names no one
    assert not {k for cls, k in _entities_of(tmp_path, "联系人:办公室 0431-88888888\n") if cls == "Person"}


def test_officials_and_executives_in_a_signing_report(tmp_path):
    keys = _entities_of(tmp_path, "会议由常务副县长章林作项目情况介绍，副州长翁海平、州工信局调研员傅明出席。"
                        "某某集团副总裁闵达、某某公司董事长蒲建国分别作了发言。\n签约仪式现场。岑越/摄\n")
    assert {k for cls, k in keys if cls == "Person"} == {"章林", "翁海平", "傅明", "闵达", "蒲建国", "岑越"}


def test_a_local_tax_bureau_is_named_after_the_state_taxation_administration():
    ctx = DocContext("中山市工业和信息化局", "中山市", "广东省")
    assert [h.key for h in find_agencies("中山市财政局、国家税务总局中山市税务局，市税务局", ctx)] == \
        ["中山市财政局", "国家税务总局中山市税务局", "国家税务总局中山市税务局"]


def test_an_interpretations_subtitle_names_its_issuer(tmp_path):
    text = "工业经济运行稳中有进\n——区统计局工交能源科科长王明解读2024年全区规上工业生产数据\n2024年，全区规上工业增加值增长8.1%。\n"
    assert _context(tmp_path, text, "http://www.cqjb.gov.cn/bm/sjjd/202501/t20250121_1.html") == \
        DocContext("重庆市江北区统计局", "重庆市江北区", "重庆市")


def test_a_townships_own_pages_are_its_governments(tmp_path):
    plan = ("| 发文机关:东岭镇人民政府 | 主题词:工作计划 |\n| 标题:东岭镇人民政府2023年工作计划 | |\n"
            "2023年,我镇将坚持产业振兴。镇党委、镇政府高度重视,镇二十届人民代表大会审议通过。\n")
    ctx = _context(tmp_path, plan, "http://www.zhangzi.gov.cn/zzxxgk/202212/t20221229_1.html")
    assert ctx == DocContext("长子县东岭镇人民政府", "长治市长子县", "山西省") and ctx.town == "长子县东岭镇"
    assert [h.key for h in find_agencies("镇党委、镇政府高度重视,镇二十届人民代表大会审议通过。乡镇党委、县委配合。", ctx)] == [
        "中国共产党长子县东岭镇委员会", "长子县东岭镇人民政府", "长子县东岭镇人民代表大会", "中国共产党长子县委员会"]
    # a sub-district's summary, its county written in the source field, and a town's report to its congress
    summary = "西湖街道2022年工作总结\n日期:2022-11-25   来源:  长沙县西湖街道\n2022年以来,西湖街道在县委、县政府的领导下完成投资40亿元。\n"
    assert _context(tmp_path, summary) == DocContext("长沙县西湖街道办事处", "长沙市长沙县", "湖南省")
    report = "2024年东岭镇人民政府工作报告\n在东岭镇第十七届人民代表大会第五次会议上的报告\n各位代表:\n一、2023年工作回顾\n"
    assert _context(tmp_path, report, "https://www.danzhou.gov.cn/xxgk/202405/t20240513_1.html").issuer == "儋州市东岭镇人民政府"
    # a county's own notice about a town stays the county's
    notice = "长子县人民政府关于东岭镇工作的通知\n各乡镇人民政府:\n"
    assert _context(tmp_path, notice).issuer == "长子县人民政府"


def test_a_speech_bylined_above_its_date_and_an_interpreter_before_his_reading(tmp_path):
    persons = _entities(tmp_path, "关于《某某规划建议》的说明\n杨政昆\n（二〇二五年十二月三十日）\n同志们:\n"
                        "安丘市发改局党组书记、局长李华锋解读《安丘市规划纲要》。\n")["Person"]
    assert set(persons) == {"杨政昆", "李华锋"}
    # a report's title above its date is no name
    assert "Person" not in _entities(tmp_path, "工作报告\n（2023年4月20日）\n同志们:\n")


def test_a_party_committees_proposal_for_a_plan_is_its_own(tmp_path):
    text = "中共温州市鹿城区委关于制定鹿城区国民经济和社会发展第十四个五年规划和二〇三五年远景目标的建议\n全会认为，…\n"
    assert _context(tmp_path, text) == DocContext("中国共产党温州市鹿城区委员会", "温州市鹿城区", "浙江省")


def test_a_proposals_member_its_record_and_a_democratic_partys_centre(tmp_path):
    keys = _entities_of(tmp_path, "全国政协委员张雨东:推动产业协同发展\n民革中央建议加快建设工业语料库。\n"
                        "责任领导：何开国\n责 任 人 罗长春\n编辑:李敏杰\n印发各位代表委员时参考。\n")
    assert {k for cls, k in keys if cls == "Person"} == {"张雨东", "何开国", "罗长春", "李敏杰"}
    assert ("Agency", "中国国民党革命委员会中央委员会") in keys


def test_a_page_that_names_no_issuer_is_its_bodys_site(tmp_path):
    text = "全市城建重点项目进展顺利\n今年以来，全市完成投资30亿元。\n"
    assert _context(tmp_path, text, "http://xcszjj.xuchang.gov.cn/gzdt/20210708/1.html").issuer == "许昌市住房和城乡建设局"
    # a government's portal stands for no issuer: it carries its bodies' news
    assert _context(tmp_path, text, "http://www.xuchang.gov.cn/gzdt/20210708/1.html").issuer is None


def test_this_rounds_projects_are_no_name_and_a_ministrys_agency_is_one(tmp_path):
    keys = _entities_of(tmp_path, "据了解,某县此次集中开工项目10个,总投资12亿元。商务部投资促进事务局副局长李勇致辞。\n")
    assert not {k for cls, k in keys if cls == "Initiative"}
    assert ("Agency", "商务部投资促进事务局") in keys and ("Agency", "中华人民共和国商务部") not in keys


def test_a_provisional_measures_title_is_cited_and_an_attached_form_is_nothing(tmp_path):
    keys = _entities_of(tmp_path, "根据《河南省先进制造业集群竞赛评价办法(暂行)》要求，请填写《推荐江苏省小型微型企业创业"
                        "创新示范基地汇总表》(附件1)。\n")
    assert ("CitedDocument", "河南省先进制造业集群竞赛评价办法（暂行）") in keys
    assert not any("汇总表" in k for _, k in keys)


def test_a_list_items_number_is_no_part_of_the_name_after_it(tmp_path):
    keys = _entities_of(tmp_path, "(一)中药材种植产业园项目:该项目位于我镇东王内村。\n(2)西瓜种植产业园项目:占地400余亩。\n")
    assert {k for cls, k in keys if cls == "Initiative"} == {"中药材种植产业园项目", "西瓜种植产业园项目"}
    assert {k for cls, k in keys if cls == "Park"} == {"中药材种植产业园", "西瓜种植产业园"}


def test_quotes_joined_by_and_share_the_head_after_the_last():
    keys = {h.key for h in find_initiatives("以“三高四新”和“强省会”战略为牵引，实施“千企技改”与“万企上云”工程。")}
    assert {"三高四新战略", "强省会战略", "千企技改工程", "万企上云工程"} <= keys


def test_projects_a_count_lists_by_name_without_their_status(tmp_path):
    keys = _entities_of(tmp_path, "未达序时进度项目3项为:京台高速东桥互通连接线(投资滞后)、福州金线莲组培产业园(开工滞后)、"
                        "某县南部文化创意产业园基础设施项目(一期)(开工滞后)。\n")
    assert {k for cls, k in keys if cls == "Initiative"} == {
        "京台高速东桥互通连接线", "福州金线莲组培产业园", "某县南部文化创意产业园基础设施项目（一期）"}


def test_a_bodys_column_on_its_governments_portal_is_its_site(tmp_path):
    text = "本报告根据《中华人民共和国政府信息公开条例》编制。\n全年主动公开信息62件。\n"
    # (the area's initials before the body's: hjq + jyj, 涵江区's 教育局; a province's old 农业厅 is its 农业农村厅)
    assert _context(tmp_path, text, "https://www.pthj.gov.cn/bm/hjqjyj/zfxxgknb/202201/t20220114_1.htm").issuer == \
        "莆田市涵江区教育局"
    assert _context(tmp_path, text, "http://www.zs.gov.cn/fgj/zwgk/content/post_1.html").issuer == "中山市发展和改革局"
    assert _context(tmp_path, text, "http://www.hainan.gov.cn/hnsnyt/gzdt/202201/t20220114_1.htm").issuer == \
        "海南省农业农村厅"


def test_the_yearly_report_on_disclosing_information_names_its_body(tmp_path):
    assert _context(tmp_path, "重庆市大足区人民政府办公室 2023年政府信息公开工作年度报告\n一、总体情况\n").issuer == \
        "重庆市大足区人民政府办公室"
    assert _context(tmp_path, "根据《中华人民共和国政府信息公开条例》规定，现公布江门市人力资源和社会保障局2024年政府信息公开"
                    "工作年度报告。\n").issuer == "江门市人力资源和社会保障局"
    # under its area's name alone, the government's
    assert _context(tmp_path, "合江县2022年政府信息公开工作年度报告\n本报告根据条例规定编制。\n").issuer == "合江县人民政府"


def test_a_rosters_lines_name_persons_and_the_bodies_after_them(tmp_path):
    text = ("决定成立示范园区创建工作领导小组，组成人员如下：\n组 长:祝正庆 武进国家高新区管委会副主任\n成 员:杨振宇 办公室主任\n"
            "吕 威 财政局局长\n申晓明 常州滨湖建设发展集团有限公司董事长、总经理\n二级巡视员: 郭正强\n(文/曹娴 陶韬)\n")
    ents = _entities(tmp_path, text)
    assert {"祝正庆", "杨振宇", "吕威", "申晓明", "郭正强", "曹娴", "陶韬"} <= set(ents["Person"])
    # the body starts after the space that ends the name, and is the zone's committee written out in full too
    committee = ents["Agency"]["武进国家高新区管理委员会"]
    assert "武进国家高新技术产业开发区管理委员会" in committee.aliases
    assert not any(k.startswith("祝正庆") for k in ents["Agency"])


def test_a_bodys_titled_accounts_and_its_column_after_its_citys_and_districts_initials(tmp_path):
    assert _context(tmp_path, "杭州市钱塘区综合行政执法局 (杭州市钱塘区城市管理局) 2021年度部门决算\n一、部门基本情况\n").issuer \
        is not None
    assert _context(tmp_path, "南县住房和城乡建设局2018年度整体支出\n\n绩效评价报告\n为检验预算编制的科学性。\n").issuer == \
        "南县住房和城乡建设局"
    # a regulation's first article citing a policy is no policy page: the body's column is the issuer
    text = "第一条 根据《市委办公室市政府办公室关于印发〈某区机构设置方案〉的通知》，制定本规定。\n第二条 区科学技术局是区政府工作部门。\n"
    assert _context(tmp_path, text, "https://www.chongchuan.gov.cn/ntsccqkjj/jgsz/content/1.html").issuer == "南通市崇川区科学技术局"


def test_an_executive_meetings_reviewed_drafts_are_cited_and_its_leaders_named(tmp_path):
    text = ("区长戴士福在区政府会议室主持召开区政府第2次常务会议，纪要如下：\n一、会议审议了《2017年度主要经济指标指导计划》。\n"
            "会议审议《2021年度县政府投资项目和重点项目计划（讨论稿）》、《某县林业经济产业发展总体规划（2025-2030）》等。\n"
            "旗委副书记、政府旗长白玲主持会议，县政府领导王勇刚、张宏斌参加，旗级领导史志良、孟凡驰出席会议。"
            "（记者 朱星然 通讯员 王晨旭）\n")
    keys = _entities_of(tmp_path, text)
    assert {("CitedDocument", k) for k in ("2017年度主要经济指标指导计划", "2021年度县政府投资项目和重点项目计划（讨论稿）",
                                              "某县林业经济产业发展总体规划（2025-2030）")} <= keys
    assert not any(cls == "Initiative" and "计划" in k for cls, k in keys)
    assert {("Person", n) for n in ("戴士福", "白玲", "王勇刚", "张宏斌", "史志良", "孟凡驰", "朱星然")} <= keys
    # a plan still to be written stays a programme
    assert ("Initiative", "某县数字经济发展规划") in _entities_of(tmp_path, "全县将加快编制《某县数字经济发展规划》。\n")


def test_signing_and_groundbreaking_ceremonies_of_a_batch_are_no_programmes(tmp_path):
    text = ("9月20日，高新区举行2024年三季度招商引资重点项目集中开工仪式。本次活动是今年举办的第三次重点招商引资项目集中开工仪式，"
            "共有14个项目参加，涵盖智能制造、现代物流等多个领域。孟连县举行第一批重点招商引资项目签约仪式，"
            "玉溪市举办招商引资推介暨投资项目签约仪式。\n")
    keys = _entities_of(tmp_path, text)
    assert not any(cls == "Initiative" and k.endswith("仪式") for cls, k in keys)
    assert ("Industry", "智能制造") in keys
    assert not any(k.startswith("涵盖") for _, k in keys)


def test_a_bodys_description_lists_its_divisions_and_units(tmp_path):
    text = ("一、部门概况\n凤冈县发展和改革局为政府工作部门，内设办公室、规划科、价格管理股、重点项目服务中心4个股室和直属单位，"
            "下辖粮食储备管理所、价格认证中心、物资公司等单位。\n分管：县监察委、人武部。\n")
    ents = _entities(tmp_path, text)
    agencies = ents["Agency"]
    divisions = {k for k in agencies if k.startswith("凤冈县发展和改革局") and k != "凤冈县发展和改革局"}
    assert {"凤冈县发展和改革局" + d for d in ("办公室", "规划科", "价格管理股", "重点项目服务中心", "粮食储备管理所",
                                       "价格认证中心")} <= divisions
    assert not any(k.endswith("物资公司") for k in agencies)  # a company is no unit of the body
    assert "粮食储备管理所" in agencies["凤冈县发展和改革局粮食储备管理所"].aliases  # named as listed too


def test_issuers_of_joint_titles_letterheads_over_lines_source_fields_and_news_sources(tmp_path):
    assert _context(tmp_path, "湖南省财政厅 湖南省经济和信息化委员会关于下达2017年第一批制造强省专项资金的通知\n有关市州财政局：\n"
                    ).issuer == "湖南省财政厅"
    assert _context(tmp_path, "中共兴县县委宣传部\n关于2025年度文艺创作、文化产业发展\n专项资金项目评审结果的公示\n为推动全县文化事业。\n"
                    ).issuer == "中国共产党兴县委员会宣传部"
    assert _context(tmp_path, "2021年省重点建设项目名单公布\n来源:华容县重点建设项目事务中心   2021-03-30 09:23\n经省人民政府同意。\n"
                    ).issuer == "华容县重点建设项目事务中心"
    # a government office publishing on its portal is no source of the page's content
    assert _context(tmp_path, "全县项目建设稳步推进\n来源:华容县人民政府办公室   2021-03-30\n今年以来，全县完成投资30亿元。\n"
                    ).issuer != "华容县人民政府办公室"
    text = "我市印发实施“十四五”规划纲要\n发布日期:2021-05-20\n5月15日，笔者从市发改委获悉，市政府近日印发了规划纲要。\n"
    assert _context(tmp_path, text, "http://dangjian.shangluo.gov.cn/pc/index/article/233859").issuer == "商洛市发展和改革委员会"


def test_issuers_of_a_publisher_line_a_long_joint_title_and_a_regions_short_form(tmp_path):
    assert _context(tmp_path, "关于开展第五批国家级工业设计中心申报推荐工作的通知\n\n湖南省工业和信息化厅 gxt.hunan.gov.cn "
                    "时间:2021年04月29日 17:36\n各市州工信局：\n").issuer == "湖南省工业和信息化厅"
    assert _context(tmp_path, "中山市工业和信息化局 中山市财政局 中华人民共和国中山海关 国家税务总局中山市税务局关于认定"
                    "2020年中山市市级企业技术中心的通知\n各镇(街)工业和信息化主管部门：\n").issuer == "中山市工业和信息化局"
    assert _context(tmp_path, "2025年全区产业园区改革发展工作会议在南宁召开\n2025-01-10 08:00     来源:广西产业园区改革发展办公室 | 分享\n"
                    "1月7日，会议召开。\n").issuer == "广西壮族自治区产业园区改革发展办公室"


def test_two_contacts_run_together_and_what_money_is_used_for(tmp_path):
    keys = _entities_of(tmp_path, "以上资金接受社会监督。\n联系人:方玉婷 陈心贝\n联系电话:82465791 82468931\n"
                        "资金主要用于冷链物流食品工业园项目建设。\n")
    assert {("Person", "方玉婷"), ("Person", "陈心贝"), ("Park", "冷链物流食品工业园")} <= keys
    assert not any(k.startswith(("资金", "用于")) for _, k in keys)


def test_a_bodys_duties_name_kinds_of_work_not_programmes(tmp_path):
    text = ("区科学技术局主要职责\n（一）组织编制科技发展规划，拟订全区科技计划和重大科技决策咨询制度。\n"
            "（二）组织实施《某区科技创新三年行动计划（2024-2026年）》。\n")
    keys = _entities_of(tmp_path, text)
    initiatives = {k for cls, k in keys if cls == "Initiative"}
    assert not initiatives & {"科技发展规划", "重大科技决策咨询制度"}
    assert any("科技创新三年行动计划" in k for k in initiatives)  # a titled plan is still named


def test_a_press_conferences_speakers(tmp_path):
    keys = _entities_of(tmp_path, "省政府新闻办召开新闻发布会。\n主持人：省政府新闻办副主任张立新\n"
                        "发布人：省统计局党组书记、局长陈卫东\n国家统计局新闻发言人刘海涛介绍了上半年国民经济运行情况。\n")
    assert {("Person", n) for n in ("张立新", "陈卫东", "刘海涛")} <= keys


def test_a_congress_committees_own_news_is_its_page(tmp_path):
    text = "高新区人大代表视察创业中心孵化企业\n2015-12-01\n11月26日，区人大工委组织部分驻区代表视察创业中心。\n"
    assert _context(tmp_path, "洛阳市人大常委会调研开发区工作\n" + text).issuer == "洛阳市人民代表大会常务委员会"
    # a body that is no congress's, opening a headline, is not taken for the page's publisher
    assert _context(tmp_path, "洛阳市商务局召开招商引资工作会议\n" + text).issuer != "洛阳市商务局"


def test_a_portals_news_tagged_with_its_department(tmp_path):
    text = "11月18日，新组建的行业事务中心挂牌成立。\n(文/曹娴)\n【湖南省工业和信息化厅】湖南省工业和信息化行业事务中心挂牌\n"
    assert _context(tmp_path, text).issuer == "湖南省工业和信息化厅"


def test_an_autonomous_county_or_prefecture_by_its_stem_and_level(tmp_path):
    from policykg.loaders.areas import resolve_area
    assert resolve_area("孟连县").key == "普洱市孟连傣族拉祜族佤族自治县"
    assert resolve_area("恩施州").key == "恩施土家族苗族自治州"
    # in a document of the county, 孟连县 is the county, written whole with its level word
    from policykg.loaders.areas import find_areas
    text = "3月30日，孟连县举行2025年第一批重点招商引资项目签约仪式。"
    hits = find_areas(text, "普洱市孟连傣族拉祜族佤族自治县", "云南省")
    assert [(h.area.key, text[h.start:h.end]) for h in hits] == [("普洱市孟连傣族拉祜族佤族自治县", "孟连县")]


def test_numbers_whose_closing_bracket_was_lost_in_copying(tmp_path):
    text = ("某县发展和改革委员会关于公布涉企收费清单的通知\n\n某发改〔202312\n\n各有关单位:\n"
            "根据《某县人民政府关于规范涉企收费的通知》(某政〔201907号)和财税〔202115要求,现将《某县涉企收费清单(2023年)》予以公布。\n")
    cited = {k for cls, k in _entities_of(tmp_path, text) if cls == "CitedDocument"}
    assert {"某政〔201907号", "财税〔202115", "某县涉企收费清单（2023年）"} <= cited
    assert not any(k.startswith("某发改") for k in cited)  # the page's own number, damaged alike, is no citation


def test_a_press_conference_names_its_host_its_speakers_and_a_municipalitys_bodies(tmp_path):
    text = ("市政府新闻发布会新闻稿\n市政府新闻办今天举行市政府新闻发布会，市经济信息化委主任马立群介绍了上海推进工业互联网"
            "发展的有关情况，市发展改革委副主任钱思远，闵行区副区长沈一鸣共同出席。上海将加快建设工业互联网平台，"
            "上海各区也将跟进。\n")
    assert _context(tmp_path, text).issuer == "上海市人民政府新闻办公室"
    keys = _entities_of(tmp_path, text)
    assert {("Agency", "上海市经济和信息化委员会"), ("Agency", "上海市发展和改革委员会")} <= keys
    assert {("Person", n) for n in ("马立群", "钱思远", "沈一鸣")} <= keys
    listing = ("今天，江西省政府新闻办召开新闻发布会，介绍江西省推进南昌、九江两地产业发展的情况。\n出席今天发布会的有：\n省委教育工委专职副书记许国安先生；\n"
               "省财政厅党组成员、副厅长陶文静女士。\n省委宣传部新闻发布处处长袁志华：各位记者朋友们，大家好。\n"
               "黄立新、范晓东、付卫国3位全国人大代表接受了采访。\n")
    keys = _entities_of(tmp_path, listing)
    assert {("Person", n) for n in ("许国安", "陶文静", "袁志华", "黄立新", "范晓东", "付卫国")} <= keys
    assert any(cls == "Agency" and k.endswith("委员会教育工作委员会") for cls, k in keys)


def test_a_number_cited_after_a_title_is_not_the_pages_own(tmp_path):
    from policykg.loaders.structure import parse_structure as parse
    text = "为做好绩效评价，依据《某省人民政府关于全面推进预算绩效管理的意见》(某政发【2012】33号)等文件，我局开展了自评。\n"
    assert parse(text).field_value("doc_number") is None
    assert parse("某县人民政府文件\n某政发〔2023〕5号\n关于加强某某工作的通知\n").field_value("doc_number") == "某政发〔2023〕5号"


def test_issuers_of_congress_reports_and_inspection_tours(tmp_path):
    # a congress's special committee (组织法 art. 30) writing its own report
    text = "江西省人大财政经济委员会关于某某条例实施情况的调研报告\n\n省人大常委会：\n今年5月，调研组赴南昌、九江调研。\n"
    assert _context(tmp_path, text).issuer == "江西省人民代表大会财政经济委员会"
    # a tour of inspection's report names its congress only in the text; the county by its stem and its whole kind
    tour = ("关于对印江自治县农业产业发展情况的视察报告\n为了全面了解我县农业产业发展情况，6月12日，县人大常委会主任某某"
            "带领部分人大代表对印江自治县茶叶、食用菌基地进行视察。印江的产业发展日新月异。\n")
    assert _context(tmp_path, tour).issuer == "印江土家族苗族自治县人民代表大会常务委员会"


def test_issuers_named_by_a_pages_fields_a_speakers_line_and_an_inspections_feedback(tmp_path):
    reply = ("标题 某路何时修建\n来信内容 某路全长1200米，投资3000万元，何时开工？\n回复部门:市交通运输局\n"
             "回复内容 您好，该路已列入计划，预计年内开工，全长1200米。\n")
    ctx = _context(tmp_path, reply, "http://www.yueyang.gov.cn/webapp/email/view.jsp?id=1")
    assert ctx.issuer == "岳阳市交通运输局"
    guide = "事项类型 | 行政确认 |\n实施主体 | 盐城市大丰区农业农村局 | 实施主体编码 | 113209 |\n法定办结时限 | 20个工作日 |\n"
    assert _context(tmp_path, guide).issuer == "盐城市大丰区农业农村局"
    guide = "事项类型 |\n行政确认 |\n实施机关 | 临湘市农业农村局 | 行使层级 |\n县级 |\n"  # 实施机关, the same field
    assert _context(tmp_path, guide).issuer == "临湘市农业农村局"
    speech = ("关于2023年度区级预算执行和其他财政收支的审计工作报告\n\n——2024年8月28日在区人大常委会第十次会议上\n\n"
              "南宁市青秀区审计局局长  韦某某\n\n主任、各位副主任、各位委员：\n")
    assert _context(tmp_path, speech).issuer == "南宁市青秀区审计局"
    notice = ("根据省委统一部署，省委第三巡视组对宣城市开展了巡视。2024年5月10日，省委巡视组向宣城市委反馈了巡视意见。"
              "按照有关要求，现将巡视整改进展情况予以公布。\n")
    assert _context(tmp_path, notice).issuer == "中国共产党宣城市委员会"


def test_figures_of_a_citizens_message_are_no_bodys(tmp_path):
    from tests.test_quantities import _record_of
    text = ("标题 某桥还建不建\n来信内容 某桥全长860米，总投资5200万元，为何停工？\n回复单位 岳阳市人民政府\n"
            "回复内容 经核实，该桥已完成投资3100万元，将于年底建成。\n")
    agencies = {q.text: q.agency for q in _record_of(tmp_path, text).quantities}
    assert agencies["860米"] is None and agencies["5200万元"] is None
    assert agencies["3100万元"] == "岳阳市人民政府"


def test_laws_a_text_acts_under_take_their_full_titles(tmp_path):
    text = ("根据统计法规定，按照《预算法》和《某省预算审查监督条例》要求，依照本条例规定，按照规定及资金管理办法要求，"
            "落实《某市专项资金管理办法》。")
    keys = {k for cls, k in _entities_of(tmp_path, text) if cls == "CitedDocument"}
    assert {"中华人民共和国统计法", "中华人民共和国预算法"} <= keys
    assert not any(k.startswith("中华人民共和国") and k.endswith("办法") for k in keys)  # a method is no national law
    assert not any(k.startswith(("本条例", "规定及")) for k in keys)


def test_forms_counted_measures_and_causes_are_no_programmes(tmp_path):
    text = ("材料齐全的，窗口工作人员出具《受理通知书》；材料不全的，出具《补正通知书》。\n"
            "区委采取“三项措施”扎实做好巡察整改。由于整体城市更新项目尚未完成融资，导致银行无法对整体城市更新项目放款。\n")
    keys = _entities_of(tmp_path, text)
    assert not any("通知书" in k or "三项措施" in k for _, k in keys)
    initiatives = {k for cls, k in keys if cls == "Initiative"}
    assert not any(k.startswith(("由于", "导致")) for k in initiatives)


def test_a_joint_discipline_body_after_its_place_and_a_lists_unknown_item():
    ctx = DocContext(None, "沈阳市辽中区", "辽宁省")
    assert {h.key for h in find_agencies("区纪委监委优先办理问题线索", ctx)} == {
        "中国共产党沈阳市辽中区纪律检查委员会", "沈阳市辽中区监察委员会"}
    # a body the lexicon lacks, in a list, is not the Party committee by its last three characters
    ctx = DocContext(None, "青海省", "青海省")
    keys = {h.key for h in find_agencies("听取了省发改委、经济委员会、住房和城乡建设厅、交通厅等部门的汇报，省人大财经委员会组织检查。", ctx)}
    assert "中国共产党青海省委员会" not in keys
    assert {"青海省发展和改革委员会", "青海省人民代表大会财政经济委员会"} <= keys


def test_an_address_names_an_old_environment_bureaus_site_and_a_platforms_place():
    from policykg.loaders.web_address import area_and_body_of
    area, body = area_and_body_of("https://sxepb.shanxi.gov.cn/news/1.html")
    assert area.key == "山西省" and "生态环境厅" in body
    # a provincial service platform's page of one of its counties, by the code in its query
    area, _ = area_and_body_of("http://zwfw.hunan.gov.cn/service/guide.jsp?id=1&areacode=430821999000")
    assert area.code == "430821"
    # a code outside the site's province is not taken
    area, _ = area_and_body_of("http://zwfw.hunan.gov.cn/service/guide.jsp?id=1&areacode=320102000000")
    assert area.key == "湖南省"


def test_an_address_names_a_district_by_its_spelled_level_and_a_city_by_its_older_romanisation():
    from policykg.loaders.web_address import area_and_body_of
    area, body = area_and_body_of("http://www.xialuqu.gov.cn/czzj2/czj/202402/t20240226_1.html")
    assert (area.key, body) == ("黄石市下陆区", "财政局")
    area, body = area_and_body_of("https://sthjj.ordos.gov.cn/ywgz/1.html")
    assert (area.key, body) == ("鄂尔多斯市", "生态环境局")
    area, body = area_and_body_of("http://nyj.huangshi.gov.cn/xxgk/1.html")
    assert (area.key, body) == ("黄石市", "农业农村局")
    area, body = area_and_body_of("http://dfjrjgj.yn.gov.cn/html/2024/1.html")
    assert (area.key, body) == ("云南省", "地方金融监管局")


def test_a_site_label_two_bodies_share_is_read_from_what_the_page_is_about():
    from policykg.loaders.web_address import area_and_body_of, shared_body_of
    address = "http://swj.huhhot.gov.cn/zcwjyjd/zcjd/202504/t20250427_1.html"
    assert area_and_body_of(address)[1] is None  # (swj: 商务局 and 水务局)
    assert shared_body_of(address, "促进消费提质扩容，发展夜间消费和外贸。") == "商务局"
    assert shared_body_of(address, "推进城市供水管网和污水处理厂建设。") == "水务局"
    assert shared_body_of(address, "召开年度工作会议。") is None
    assert shared_body_of("https://shw.ankang.gov.cn/Content-1.html", "消费") is None  # (shw is 商务局's alone)
    assert area_and_body_of("https://shw.ankang.gov.cn/Content-1.html")[1] == "商务局"


def test_duties_requests_and_counts_of_parks_are_no_parks_names(tmp_path):
    text = ("（三）负责轨道交通运营期保护区的行政执法工作。\n请相关功能区抓好落实。\n将突出六大产业链及富硒食品等五大产业园建设。\n"
            "会议原则同意，请连同十四五规划纲要（草案）一并审议。\n")
    keys = {k for cls, k in _entities_of(tmp_path, text) if cls in ("Park", "Initiative")}
    assert not any(k.startswith(("负责", "请", "连同", "五大")) for k in keys)


def test_a_congress_meeting_greeted_by_its_posts_names_no_person(tmp_path):
    from policykg.pipeline import build_record

    def persons(text: str) -> set[str]:
        path = tmp_path / "doc.txt"
        path.write_text(text, encoding="utf-8")
        return {e.key for e in build_record(str(path)).entities if e.cls == "Person"}

    report = ("关于2024年度区级预算执行和其他财政收支的审计工作报告\n\n区审计局局长 马某某\n\n主任、各位副主任、秘书长、各位委员：\n\n"
              "我受区人民政府委托，报告2024年度区级预算执行和其他财政收支的审计情况。\n")
    assert not persons(report) & {"主任", "副主任", "秘书长", "各位委员"}
    # deputies named before 各位人大代表 are still named
    reply = ("某县农业农村局\n\n关于某县第十九届人民代表大会第四次会议第21号建议回复的函\n\n"
             "程立新、范文杰、罗家明各位人大代表：\n\n你们提出的关于发展特色农业的建议收悉，现答复如下。\n")
    assert {"程立新", "范文杰", "罗家明"} <= persons(reply)


def test_a_quoted_budget_subject_is_no_programme(tmp_path):
    text = ("下达某市工业企业培育资金800万元，相应列2024年政府收支分类科目支出功能科目“ 2150599 其他工业和信息产业监管支出 ”，"
            "支出经济科目“30499其他对企事业单位补贴”。\n")
    assert not any(cls == "Initiative" and k[:1].isdigit() for cls, k in _entities_of(tmp_path, text))


def test_a_replys_own_divisions_and_a_contacts_division_before_his_name(tmp_path):
    ents = _entities(tmp_path, "宜昌市科学技术局关于市政协六届二次会议第58号提案的答复\n"
                    "王立新委员：\n您提出的提案收悉。我局成果转化科和高新技术科会同有关方面认真研究，我局各科室积极处理。"
                    "请于5月10日前将材料报送市财政局。\n（联系人：市财政局预算一处 王明；联系电话：6253300）\n")
    agencies = ents["Agency"]
    assert {"宜昌市科学技术局成果转化科", "宜昌市科学技术局高新技术科",
            "宜昌市财政局预算一处"} <= set(agencies)
    assert ("partOf", "Agency", "宜昌市科学技术局") in agencies["宜昌市科学技术局成果转化科"].links
    assert not any(k.endswith(("各科", "积极处", "王明")) for k in agencies)


def test_a_gazetteer_and_a_yearbook_are_cited_books_and_a_title_without_its_period_is_the_same_book(tmp_path):
    ents = _entities(tmp_path, "《宁海县志（1991~2010）》编纂始末\n2012年，宁海县委史志室启动《宁海县志（1991~2010）》编纂，"
                    "参阅了《宁波统计年鉴》。《宁海县志》共30编。\n")
    cited = ents["CitedDocument"]
    assert {"宁海县志（1991~2010）", "宁波统计年鉴"} <= set(cited) and "宁海县志" not in cited
    assert "《宁海县志》" in cited["宁海县志（1991~2010）"].aliases
    assert not any(k.startswith("宁海县志") for k in ents.get("Initiative", {}))
    assert set(ents["Agency"]) == {"中国共产党宁海县委员会党史和地方志研究室"}


def test_an_assessment_report_is_cited_a_firms_project_is_no_programme_and_a_park_goes_by_its_own_name(tmp_path):
    ents = _entities(tmp_path, "关于某某环保科技有限公司年处理5万吨废旧轮胎综合利用项目环境影响报告表的批复\n"
                    "你公司报送的《某某环保科技有限公司年处理5万吨废旧轮胎综合利用项目环境影响报告表（报批稿）》（以下简称《报告表》）收悉。"
                    "该项目位于河南省焦作市武陟产业集聚区东区，由某某环保科技有限公司建设项目部负责实施。\n")
    cited = ents["CitedDocument"]
    assert "某某环保科技有限公司年处理5万吨废旧轮胎综合利用项目环境影响报告表（报批稿）" in cited
    assert "报告表" in cited["某某环保科技有限公司年处理5万吨废旧轮胎综合利用项目环境影响报告表（报批稿）"].aliases
    assert not any("有限公司" in k for k in ents.get("Initiative", {}))
    parks = ents["Park"]
    assert any(k.startswith("武陟产业集聚区") for k in parks) and not any(k.startswith("河南省") for k in parks)


def test_a_numbered_list_of_units_and_their_persons_and_a_universitys_school(tmp_path):
    ents = _entities(tmp_path, "关于2024年度市社科规划重点课题评审结果的通知\n各有关单位：\n经专家评审，确定以下课题负责人中标：\n"
                    "1.南京大学政府管理与公共政策学院 孟繁华\n2.江苏省社会科学院经济研究所 钱 红\n"
                    "3.南京市规划设计研究院 周晓东\n特此通知。\n")
    assert {"孟繁华", "钱红", "周晓东"} <= set(ents["Person"])
    assert "南京大学政府管理与公共政策学院" in ents["Agency"] and "南京大学" not in ents["Agency"]


def test_a_city_bureaus_branch_and_a_county_bureau_written_after_its_city(tmp_path):
    ents = _entities(tmp_path, "株洲市生态环境局芦淞分局关于某某项目环境影响报告表的批复\n经研究，市公安局经开分局、"
                    "株洲市醴陵生态环境局派员参加现场踏勘。\n")
    agencies = ents["Agency"]
    assert "株洲市生态环境局芦淞分局" in agencies
    assert ("partOf", "Agency", "株洲市生态环境局") in agencies["株洲市生态环境局芦淞分局"].links
    assert any("株洲市醴陵生态环境局" in e.aliases for e in agencies.values())


def test_a_zone_named_before_its_department_is_a_park(tmp_path):
    found = _entities_of(tmp_path, "回复部门：曲靖经济技术开发区建设局\n学海路已列入年度建设计划。天津市滨海新区水务局配合。\n")
    assert ("Agency", "曲靖经济技术开发区建设局") in found
    assert ("Park", "曲靖经济技术开发区") in found
    assert not any(cls == "Park" and "滨海新区" in key for cls, key in found)  # (a district, not a zone)


def test_a_kind_of_policy_is_no_named_policy():
    # what a policy is for (扶持, 发展, 现行收费, 就业相关补贴) describes it; one measure (育儿补贴, 以旧换新) names it
    keys = {k for h in find_initiatives(
        "认真落实物流业扶持政策、园区发展政策和现行收费政策，兑现就业相关补贴政策。"
        "落实育儿补贴政策，持续实施消费品以旧换新政策和240小时过境免签政策。") for k in (h.key, *h.aliases)}
    assert {"育儿补贴政策", "消费品以旧换新政策", "240小时过境免签政策"} <= keys
    assert not any(k.endswith(("扶持政策", "发展政策", "收费政策", "相关补贴政策")) for k in keys)


def test_a_kind_of_system_a_places_whole_plan_and_a_system_put_into_effect():
    keys = {h.key for h in find_initiatives(
        "严格执行涉企保证金目录清单制度，落实主动公开各项工作制度和涉企保证金配套管理制度。"
        "编制全区中长期财政计划和全市十四五规划，实施盐城市数字经济高质量发展三年行动计划，落实重点企业白名单制度。")}
    # 执行 puts a system into effect and is no part of its name; 各项, 配套 and a place's whole scope name no one
    assert keys == {"涉企保证金目录清单制度", "盐城市数字经济高质量发展三年行动计划", "重点企业白名单制度"}


def test_a_message_boards_masked_name_is_a_person():
    from policykg.loaders.entities_named import find_persons
    found = {h.key: dict(h.literals)["role"] for h in find_persons("来信人陈*红来信时间2023-09-14\n联系人及电话:李*兴 1582****162\n")}
    assert found == {"陈*红": "来信人", "李*兴": "联系人及电话"}
    # a name masked whole, or a masked run that is no surname's, names no one
    assert find_persons("来信人 *** 来信时间 2023-09-14\n联系人:某*某 电话\n") == []


def test_a_years_du_and_a_salutation_open_no_parks_or_committees_name(tmp_path):
    found = _entities_of(tmp_path, "来信内容 尊敬的经济开发区管委会领导：请尽快修路。\n2023年度乐山高新区完成投资12亿元。\n")
    parks = {k for cls, k in found if cls == "Park"}
    agencies = {k for cls, k in found if cls == "Agency"}
    assert not any(k.startswith(("度", "来信", "尊敬")) for k in parks | agencies)
    assert any(k.startswith("乐山高新") for k in parks)


def test_zhong_that_counts_kinds_is_no_seed_industry():
    # 多种业态, 各种业务: 种 counts kinds; 种业 stands where a sector's name does
    assert [h.key for h in find_industries("发展多种业态，办理各种业务，推广一种业务模式。")] == []
    assert [h.key for h in find_industries("推进种业振兴，建设现代种业强省。")] == ["种业", "种业"]


def test_a_new_district_with_a_proper_name_is_a_park_but_a_new_area_is_an_area(tmp_path):
    # 徐圩新区, 天岳新区: zones of a city (parks); 两江新区, 浦东新区: national new areas and districts (areas)
    ents = _entities(tmp_path, "加快徐圩新区、天岳新区建设，推进两江新区、浦东新区发展。兰州新区管委会牵头。"
                               "规划开发新区。总量位居国家级新区前列。推进传统文化传承创新区建设。")
    assert set(ents.get("Park", {})) == {"徐圩新区", "天岳新区"}
    assert {"重庆市两江新区", "上海市浦东新区"} <= set(ents.get("Area", {}))
    ents = _entities(tmp_path, "产业园选址于下陆区生态新区。配合火车站至花家坝新区建设。推进阜城县运河新区建设。")
    assert set(ents.get("Park", {})) == {"阜城县运河新区"}  # a clause before 新区 names no district


def test_a_brand_named_without_quotes_is_no_programme():
    # a kind of brand (区域公用品牌, 乡村旅游品牌) is what a place builds, not a programme; a quoted one is named
    keys = {h.key for h in find_initiatives("打造区域公用品牌，培育乡村旅游品牌和绿色农畜产品品牌。打响“蒙”字标品牌。")}
    assert keys == {"蒙字标品牌"}


def test_a_scheme_is_named_by_its_place_version_or_period():
    def keys(text):
        return {h.key for h in find_initiatives(text)}
    assert keys("制定资金分配方案和安全整改方案。") == set()
    assert keys("印发常州市重点服务业企业培育方案。") == {"常州市重点服务业企业培育方案"}
    assert keys("推动出台服务业扩大开放3.0方案，探索设立。") == {"服务业扩大开放3.0方案"}


def test_a_kind_of_research_programme_is_no_programme():
    keys = {h.key for h in find_initiatives("实施科技重大专项。承担重点研发专项，设立科技专项计划。推进河南省重点研发专项。")}
    assert keys == {"河南省重点研发专项"}
    # nor when two kinds are joined (the first of two joined names is asked the same)
    assert not find_initiatives("实施科技重大专项和重点研发专项。")
