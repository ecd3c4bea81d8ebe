"""Named things found by their head word: parks, initiatives, cited documents, persons, institutions.

Every finder works on the normalised view's text and returns plain hits (view offsets); the caller
maps them to reference offsets. Head words and surnames are data files in `lexicons/`.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources

from .agencies import BODY_NAME
from .areas import (area_name_at_end, area_name_at_start, common_words, official_area_at, official_prefix,
                    province_characters)
from .lexicon import csv_rows, word_lines
from .numerals import YEAR_SPAN, parse_cn_integer
from .structure import DAMAGED_NUMBER
from .names import (_by_last_char, after_last_mark, boundary_word_before, boundary_words, holds_boundary_word, is_name_char,
                    left_bound, mark_taken)

_LEX = resources.files(__package__).joinpath("lexicons")


@dataclass(frozen=True)
class Hit:
    cls: str
    start: int
    end: int
    key: str
    aliases: tuple[str, ...] = ()
    literals: tuple[tuple[str, object], ...] = ()


def finditer_near(pattern: re.Pattern[str], anchor: re.Pattern[str], text: str, distances):
    """What pattern.finditer(text) gives when each match of `pattern` starts one of `distances` characters before
    a match of `anchor`: tried only there (a pattern that opens with a run of characters, tried at every position
    of a long text, costs many times as much)."""
    starts = sorted({a.start() - k for a in anchor.finditer(text) for k in distances if a.start() >= k})
    last_end = 0
    for p in starts:
        if p >= last_end:
            m = pattern.match(text, p)
            if m:
                last_end = m.end()
                yield m


def _alternation(words) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# ------------------------------------------------------------------------------------------- parks

_PARK_GENERIC = re.compile(
    r"^(?:[一二三四五六七八九十两0-9]+大|国家级|省级|市级|自治区级|盟市级|县级|区级|本盟市|自治区|盟市|本省|本市|本县|本区|新设|升级|各级|各类|重点|一批|特色|智慧|绿色|零碳|低碳|化工|示范样板|开发|主导|集中|专业|"
    r"相关|现有|新型|若干|优势|产业|创新型?|高水平|一流|综合|公共|合作|先进|标杆|中心|示范|试点|新建|全省|全市|我省|我市|"
    r"国际|国家|省|市|区|县|平原|全区|全县|全旗|全州|全盟|各|各地|各县区|各县市区|各县|各区|各市|县区|高质量|省级以上|市级以上|国家级以上|城市|重点片区|区域|片区|科技|大型|小型|全国|爱国主义教育|"
    r"以上|一批|新增|首批|技术|工程|世界级|大|现代化|企业联合|制造业|实验室|专业化|县域|体育|自然|多层次|更多|国内|境外|海外|世界|生产|骨干|增量|"
    r"经济|边境经济|生态文明|重要|新兴|经贸|文化公园|中部地区|西部地区|东部地区|东北地区|运输|文化生态|风貌|监测|生物圈|旅游景区|数字|物流|冷链|冷链物流|生态|水源|饮用水水源|野生动物|旅游|特色农产品|口岸型|世界领先|世界一流|国际一流|大尺度|小微|口袋|身边|群众身边|郊野|森林|湿地|城市|社区|乡村|未来产业|特色产业|产业转型升级|精品)+$"
)


@lru_cache(maxsize=1)
def _park_pattern():
    rows = csv_rows("park_suffixes.csv")
    mins = {r["suffix"]: int(r["min_name"]) for r in rows}
    return re.compile(f"(?:{_alternation(mins)})"), mins


# words after a head that make it a modifier of a class (世界地质公园网络名录, 零碳园区建设名单)
_AFTER_HEAD_NOT_PARK = re.compile(r"(?:网络|名录|建设名单|名单|称号|体系|等级)")
# the end of a park's name that shows there is none: a verb of a campaign (非遗进景区, 产业进园区), a quantifier
_NOT_A_NAME_END = re.compile(r"(?:进|入|各类|各级|各|所有|全部|一批|立足|扎根)$")
# a type word right before the head (复合型国际…, 综合型…) describes a kind of place, not its name
_KIND_BEFORE_HEAD = re.compile(r"型(?:国际|国家|区域)?$")
_CLASS_QUALIFIER = re.compile(r"^(?:重点|大尺度|一批|若干|多个|特色|省级|国家级|市级|新型|高水平|世界级)+")
_CLASS_HEADS = ("园区", "产业园区", "产业园", "基地", "示范区", "集聚区", "先导区", "试验区", "实验区")
_LIST_BEFORE = re.compile(r"(?P<items>(?:[\u4e00-\u9fff“”]{1,16}、)+[\u4e00-\u9fff“”]{1,16})等$")


_FTZ_HEADS = ("自贸区", "自贸试验区", "自由贸易试验区")
# verbs of a title given to a place: what follows them in the sentence is a title, not a park's name
_TITLES_AWARDED = re.compile(r"被评为|评为|获评|入选|入列|列入|认定为|命名为|授予|创成")
# what stands before a park's name and is no part of it; the name starts after the last of these: a field
# (生物医药领域国家制造业创新中心), a verb of improving (一区一策提升平原新城), the writer's own place (促进我区工业园区),
# what is planned for the place (未来要将天台工业园, 策划为天台文化创意产业园), "namely" (共规划两处，即城东南综合产业园),
# "from" (从湘商产业园项目建设指挥部获悉; not 从化, 从江), a salutation (尊敬的…), a year or a unit's 度 before the name
# (2023年度乐山高新区, …元/度 before a heading)
# a park's former name follows these (本溪湖经济开发区前身为…产业园区)
_FORMER_NAME_WORDS = r"前身为|前身是|原名为?|原称"
_BEFORE_A_PARK_NAME = re.compile(r".*(?:领域|提升|增加|我(?:省|市|区|县|旗|州|盟)|要将|拟将|还将|并将|计划将|策划为|打造为|定位为|规划为|尊敬的|"
                                 rf"{_FORMER_NAME_WORDS}|"
                                 r"(?:片区|园区|新区|开发区|高新区)(?:建设|打造|新建))"
                                 r"|^即(?!墨)|^从(?!化|江)|^(?:(?:19|20)\d{2}年)?度(?!假)|^(?:19|20)\d{2}年|.*[都也均还]对|.*(?<![型化])升级为?")


def _given_a_title(text: str, s: int) -> bool:
    """Whether a verb of a title given (被评为, 入选…) stands in the clause before position `s`."""
    return bool(_TITLES_AWARDED.search(text, after_last_mark(text, s, "。；，,"), s))


def find_parks(text: str, province: str | None = None, industries: frozenset[str] = frozenset(),
               area: str | None = None) -> list[Hit]:
    """Parks, zones and carriers: a proper name before a carrier head word (lexicons/park_suffixes.csv)."""
    from .areas import gazetteer

    g = gazetteer()
    pat, mins = _park_pattern()
    hits = []
    taken = bytearray(len(text) + 1)
    prov = g.get(province)
    prov_short = (prov.shorts[0] if prov and prov.shorts else prov.name if prov else None)
    own = g.get(area)
    own_short = own.shorts[0] if own and own.shorts else None
    for m in sorted(pat.finditer(text), key=lambda m: -m.start()):
        head, e = m.group(0), m.end()
        if taken[m.start()] or pat.match(text, e):
            continue
        s, name = _park_name_before(text, m, g)
        if _head_of_a_class(text, m, s, name):
            continue
        if _given_a_title(text, s) or _TITLES_AWARDED.match(name):
            continue  # 先后被评为…试点高新区及山东省人才管理改革试验区: titles the place was given, not parks
        if (name + head).endswith("生态经济区"):
            continue  # 江淮生态经济区, 洞庭湖生态经济区: a region planned across cities, an initiative
        counted = _counted_parks(text, m, industries)
        if counted:
            first, found = counted
            hits += found
            mark_taken(taken, first, e)
            continue
        if head in _LEVEL_NAMED and (count := re.search(r"\d+个(?=[\u4e00-\u9fff]+$)", name)):
            s, name = s + count.end(), name[count.end():]  # 建设4个国家区域医疗中心: so many of the carriers so named
        s, name = _after_copula(s, name, g)
        s, name = _after_words_of_a_sentence(s, name)
        if re.search(r"[，。；、在是把被让暨]|[厅局委办]为|[-—]$|“?(?:\d+|N)”?[家个项]|[两二三四五六七八九十][个家]", name) or \
                name.count("“") != name.count("”") or not _brackets_closed(name):
            continue  # a clause, not a name: punctuation, a verb or a count (“1”个, “N”个, 两个) inside, or a quote or a
            # bracket left open (…示范基地（以下简称示范基地)
        s, name, first = _after_conjunction(text, s, name, pat, mins, g)
        hits += first
        if re.search(r"\d+(?:万|亩|大|个|家|项)|晋升为|成为", name) or re.search(r"[百千万亿]+级|\d+A级", name):
            continue  # 3万亩…, 晋升为…: a size or a rank describes a place, it does not name it
        s, name = _after_builder(s, name, g)
        built = _built_by_area(text, s, e, name, head, g)
        if built:
            hits.append(built)
            mark_taken(taken, s, e)
            continue
        if name.endswith(("和", "与", "及")):
            continue  # 产业集群与实验室: the head belongs to the second of two joined things, named elsewhere
        lead = _after_lead(s, name, head)
        if lead is None:
            continue  # 提升国家公园: a verb, no name
        s, name = lead
        if head in _FTZ_HEADS:
            hits += _free_trade_zone(text, m, s, name, g, prov_short)
            continue
        listed = _listed_before_deng(text, s, name, head) if head not in _PLACE_NAMED_HEADS else None
        if listed is not None:
            hits += listed
            continue
        if not name or _not_a_proper_name(text, s, name, head, mins) or _a_designation(name + head, g):
            continue
        if head == "新区" and (name.endswith(("开发", "规划", "建设", "城市", "国家级", "省级", "创")) or
                             len(name) > 6 or re.search(r"[于以至]", name) or _names_an_area(name + head)):
            continue  # 两江新区, 浦东新区: a national new area or a district is an area; 开发新区, 国家级新区: no
            # name; 传承创新区: 新区 ends another word; 产业园选址于生态新区, 火车站至花家坝新区: a clause, the name unsure
        kind = next((k for k in sorted(_KINDS_OF_ZONE, key=len, reverse=True) if (name + head).endswith(k)), "")
        if kind and any((name + head)[:-len(kind)].endswith(h) for h in mins):
            continue  # 灰山港产业开发区化工园区: a park of that kind (its status); the park is named before the kind
        if head in ("自由贸易港", "自贸港"):
            hits += _free_trade_port(e, name, head, g)
            continue
        if _a_kind_of_park(text, s, name, head, industries, g):
            continue
        main = Hit("Park", s, e, *_park_key(text[s:e], name, head, prov, own_short, g))
        listed = _short_names_before(text, s, name, head, industries, pat, g)
        if listed and listed[0].key.startswith("国家") and not main.key.startswith("国家"):
            # 国家肿瘤、儿童区域医疗中心: the level written before the first listed name qualifies the last too
            main = replace(main, key="国家" + main.key, aliases=(*main.aliases, main.key))
        hits += _qualified_list_before(text, main, head, prov, industries) or [main, *listed]
        mark_taken(taken, s, e)
    hits += _ftz_areas(text, prov_short, g)
    hits = _variants_merged([_with_segment(text, _with_full_head(h)) for h in hits])
    hits.sort(key=lambda h: h.start)
    return _former_names_merged(text, hits)


_FTZ_WORD = re.compile(_alternation(_FTZ_HEADS))
_FTZ_AREA_HEAD = re.compile(r"新?片区")


def _ftz_areas(text: str, prov_short: str | None, g) -> list[Hit]:
    """深化自贸试验区提升战略，推动大连片区整合提升, 推动哈尔滨、黑河、绥芬河片区…: the areas (片区) of the province's
    pilot free trade zone named in the sentence after it, each under the zone's official name (中国（辽宁）自由贸易
    试验区大连片区); an area is named by a place of the gazetteer, a new area (新片区) by any short name (临港新片区)."""
    hits: list[Hit] = []
    if not prov_short:
        return hits
    for f in _FTZ_WORD.finditer(text):
        stops = [i for i in (text.find("。", f.end()), text.find("\n", f.end())) if i >= 0]
        for m in _FTZ_AREA_HEAD.finditer(text, f.end(), min(stops, default=len(text))):
            end = m.start()
            while True:
                s = left_bound(text, end, 4)
                name = text[s:end]
                place = area_name_at_end(name)
                if place:
                    s, name = end - len(place), place
                elif not (m.group(0) == "新片区" and end == m.start() and len(name) >= 2):
                    break
                key = f"中国（{prov_short}）自由贸易试验区{name}{m.group(0)}"
                hits.append(Hit("Park", s, m.end() if end == m.start() else end, key, (name + m.group(0),)))
                if text[s - 1:s] != "、":
                    break
                end = s - 1  # 哈尔滨、黑河、绥芬河片区: each place listed before the head is an area of its own
    return hits


_FORMER_NAME = re.compile(rf"(?:的)?(?:{_FORMER_NAME_WORDS})")


def _former_names_merged(text: str, hits: list[Hit]) -> list[Hit]:
    """本溪湖经济开发区前身为本溪湖资源综合利用产业园区: the park's former name is another name of the same park."""
    out: list[Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        if prev and _FORMER_NAME.fullmatch(text, prev.end, h.start) and h.key != prev.key:
            h = replace(h, key=prev.key, aliases=(*h.aliases, h.key))  # a mention of the same park
        out.append(h)
    return out


_DASHES = str.maketrans("", "", "—–-－")


def _variant(key: str) -> str:
    from .areas import gazetteer

    key = re.sub(r"国家(?=高新|经济技术|级)", "", key.translate(_DASHES))
    county = re.match(r"[\u4e00-\u9fff]{2}[县市区旗](?![区园])", key)
    if county and county.group(0) in gazetteer().by_name:
        key = key[:2] + key[3:]  # 甘泉县工业园区 and 甘泉工业园区: the place with and without its level
    return key


def _variants_merged(hits: list[Hit]) -> list[Hit]:
    """A park written with and without the dash between its places (中原—长三角经济走廊, 中原长三角经济走廊),
    with and without 国家 after its place (济宁国家高新区, 济宁高新区), or with and without its county's level
    (甘泉县工业园区, 甘泉工业园区), is one park, under the fuller name."""
    fuller = {_variant(h.key): h.key for h in sorted(hits, key=lambda h: len(h.key)) if _variant(h.key) != h.key}
    return [replace(h, key=fuller[_variant(h.key)], aliases=(*h.aliases, h.key))
            if fuller.get(_variant(h.key), h.key) != h.key else h for h in hits]


def _park_name_before(text: str, m, g) -> tuple[int, str]:
    """The start and text of the name before the head `m`: bounded like any name, then cut to the part inside an
    open title or quote, after the words that stand before a name (_BEFORE_A_PARK_NAME), a headline's dash or a
    quotation's end."""
    s = left_bound(text, m.start(), 22)
    s = _area_across(text, s, g)
    name = text[s: m.start()]
    t = name.rfind("《")
    if t >= 0 and "》" not in name[t:]:
        s, name = s + t + 1, name[t + 1:]  # 《关于新建…产业园的建议》: the park starts inside the title
    before = _BEFORE_A_PARK_NAME.match(name)
    if before:
        s, name = s + before.end(), name[before.end():]
    q = name.rfind("“")
    if q >= 0 and "”" not in name[q:] and text[m.end():m.end() + 1] == "”":
        s, name = s + q + 1, name[q + 1:]  # 建设“长春人才创新港”: the quotes enclose the whole name
    dash = name.rfind("——")
    if dash >= 0:
        s, name = s + dash + 2, name[dash + 2:]  # 砥砺奋进结硕果——格尔木工业园: a headline's dash, then the name
    close = name.find("”")
    if close >= 0 and "“" not in name[:close]:
        s, name = s + close + 1, name[close + 1:]  # 相关政策。”河北阜城经济开发区: a quotation ends before the name
    return s, name


# words no park's name holds, which end a sentence's part before the name (调研组一行来到…示范区, 感谢您一直以来对
# 园区…, 这个经开区, 两侧建有开发区, 夯实开发区主导产业, 贡献开发区力量)
# (还有益于开发区从历史轨迹: 有 may end the bound before 益于; 该道路由工业园区管委会修建, but not 自由贸易试验区)
_SENTENCE_WORDS = re.compile(r"来到|走进|到|对(?!外)|一行|感谢|您|这个|那个|这|建有|设有|拥有|夯实|铺开|贡献|政协|"
                             r"益于|利于|致力于|(?<!自)由|该")


def _after_words_of_a_sentence(s: int, name: str) -> tuple[int, str]:
    last = max(_SENTENCE_WORDS.finditer(name), key=lambda m: m.end(), default=None)
    if last:
        return s + last.end(), name[last.end():]
    if len(name) > 4 and name[:2] in common_words() and name[:2] not in _WORDS_BEFORE_A_PLACE and \
            (official_area_at(name, 2) or area_name_at_start(name[2:]) is not None):
        return s + 2, name[2:]  # 设计连云港石化产业基地: a verb before the place that starts the name
    return s, name


# words a park's name may hold before a place's name (国际连云港…, 中国（上海）…)
_WORDS_BEFORE_A_PLACE = frozenset({"国际", "国家", "中国", "全国", "亚洲", "世界", "中部", "西部", "东部", "北部", "南部"})


def _after_copula(s: int, name: str, g) -> tuple[int, str]:
    """甘泉工业园区是延安市经济技术开发区的…: after 是, a place's name and at most a short name start the park's
    name."""
    k = name.rfind("是")
    rest = name[k + 1:]
    if k < 0 or re.search(r"[，。；、在是把被让暨]", rest):
        return s, name
    for n in range(min(6, len(rest)), 1, -1):
        if rest[:n] in g.by_name and rest[:n] not in g.stop:
            # the place and at most a short name before the head (延安市|经济技术开发区), not a description
            return (s + k + 1, rest) if len(rest) - n <= 4 and "的" not in rest else (s, name)
    return s, name


def _inside_place_name(name: str, j: int, g) -> bool:
    """Whether the character at `j` is inside an area's name of three to five characters written in `name` (呼和浩特,
    和平区; two-character short forms such as 和康 are too often plain words)."""
    return any(name[a:a + k] in g.by_name for k in (3, 4, 5) for a in range(max(0, j - k + 1), j + 1))


def _head_of_a_class(text: str, m, s: int, name: str) -> bool:
    """Whether the head stands for a class of places or a campaign here, so no park is named."""
    if _NOT_A_NAME_END.search(name) or text[m.start() - 1:m.start()] == "（":
        return True  # 非遗进景区 (a campaign), 覆盖各类园区, 居各园区前列 (a class), 立足园区 (a verb's place),
        # 平台（基地）(an alternative word)
    # 世界最大的赖氨酸生产基地: a description; 世界地质公园网络: a class of places
    # (开发区的许昌市生物医药产业园: after 的, a name opening on a place's official name is a proper name)
    return bool(text[s - 1:s] == "的" and not official_area_at(name, 0) or _AFTER_HEAD_NOT_PARK.match(text, m.end()) or
                m.group(0) == "副中心" and text.startswith("城市", m.end()) or
                m.group(0) == "新城" and text.startswith("区", m.end()))  # 新城区: a district's name or a word


def _counted_parks(text: str, m, industries: frozenset[str]) -> tuple[int, list[Hit]] | None:
    """长白山、三江、吉光3个省实验室: the head distributes over the counted names; (start of the list, hits), or None
    when no such list stands before the count."""
    counted = _COUNT_BEFORE_HEAD.search(text, max(0, m.start() - 16), m.start())
    kind = counted.group("kind") or "" if counted else ""  # 瑞丽、河口、磨憨3个沿边产业园: of a kind, each named
    if kind and area_name_at_start(kind):
        kind = ""  # 金凤、嘉陵江、明月湖等3个重庆实验室: the place they are in, not part of their names
    items = _list_items(text, counted.start(), 6) if counted else []
    if len(items) < 2:
        return None
    return items[0][0], [Hit("Park", pos, pos + len(item), item + kind + m.group(0), (item,)) for pos, item in items
                         if not _PARK_GENERIC.match(item) and item not in industries]


def _after_conjunction(text: str, s: int, name: str, pat, mins, g) -> tuple[int, str, list[Hit]]:
    """The part of the name after its last 和/与/及, which alone names the park, and the first of two joined parks
    (…产业园和…基地) as a hit of its own."""
    # the last 和/与/及 that is not inside an area's name (呼和浩特)
    j = max((i for i, ch in enumerate(name) if ch in "和与及" and not _inside_place_name(name, i, g)), default=-1)
    if j == 0 and area_name_at_start(name[1:]):
        return s + 1, name[1:], []  # (…管理委员会)和鄂尔多斯…基地: the name starts after the conjunction
    if not (j > 0 and len(name) - j - 1 >= 2 and name[j - 1:j + 1] != "城与"):
        return s, name, []
    first_head = pat.search(name[:j])
    if first_head and first_head.end() == j:
        first = _strip_leading(name[:j])
        first_name = first[:len(first) - len(first_head.group(0))]
        fs = s + j - len(first)
        if fs > 0 and is_name_char(text[fs - 1]) and not is_boundary_at(text, fs):
            return s + j + 1, name[j + 1:], []  # the first name runs on before the window: its own head finds it whole
        if len(first) >= 4 and len(first_name) >= mins[first_head.group(0)] and \
                not _generic_park_name(first_name, first_head.group(0)) and not _PARK_GENERIC.match(first) and \
                not re.search(r"\d|A级|[更较]多", first_name) and \
                not (first_head.group(0) == "基地" and not _names_place(first_name, g)) and not _a_designation(first, g):
            return s + j + 1, name[j + 1:], [Hit("Park", s + j - len(first), s + j, first, ())]
        return s + j + 1, name[j + 1:], []
    if name[j] in "和及" and j >= 2 or name[:j].endswith((*_VENUE_HEADS, "大学", "学院", "医院")) or \
            name[j] == "与" and area_name_at_start(name[j + 1:]) and not area_name_at_start(name[:j]):
        # 投资促进与北部湾经济区: a task, then the place (通州区与北三县…示范区 joins two places in one name)
        # 国家碳达峰试点城市和长春循环经济产业园: only the part after 和 names the park; 省博物馆与烈士公园: a museum
        # and a park, the museum an institution of its own
        return s + j + 1, name[j + 1:], []
    return s, name, []


def _after_builder(s: int, name: str, g) -> tuple[int, str]:
    """The name after a builder that is no area and its verb: 我省获建…先行区, 营口片区建设陆港枢纽产业园 (an area
    that builds gives the park its name, see _built_by_area)."""
    mid = re.match(r"^(?P<a>[\u4e00-\u9fff]{2,6}?)(?:建设|打造|创建|申建|获建)(?P<rest>[\u4e00-\u9fff“”（）]{2,})$", name)
    if mid and mid.group("a") not in g.by_name and mid.group("a")[:3] not in g.by_name and mid.group("a")[:2] not in g.by_name:
        return s + mid.start("rest"), mid.group("rest")
    return s, name


def _built_by_area(text: str, s: int, e: int, name: str, head: str, g) -> Hit | None:
    """邯郸建设生产服务型国家物流枢纽 → 邯郸生产服务型国家物流枢纽: the area that builds a park names it."""
    built = re.match(r"^(?P<a>[\u4e00-\u9fff]{2,3}?)(?:建设|打造|创建)(?P<rest>[\u4e00-\u9fff“”（）]{2,})$", name)
    if built and built.group("a") in g.by_name:
        rest = built.group("rest")
        if area_name_at_start(rest) or "型" not in rest and not _PARK_GENERIC.match(rest):
            # 赤峰建设蒙东作物种质资源库: the park has a place name of its own
            rs = s + built.start("rest")
            return Hit("Park", rs, e, rest + head, (text[rs:e],))
        return Hit("Park", s, e, built.group("a") + rest + head, (text[s:e],))
    return None


def _after_lead(s: int, name: str, head: str) -> tuple[int, str] | None:
    """The name after a preposition, a verb or a leading word, which are no part of it; None when the name is such a
    word only (a free trade zone's head names the province's zone even then)."""
    pre = re.match(r"^(?:[以对与在从将把向]原?|[到赴至])+", name)
    k = pre.end() if pre else 0
    if pre and _PARK_GENERIC.match(name[k:]):
        return None  # 将以重点园区为载体: a preposition and a class of parks
    if pre and (area_name_at_start(name[k:], longest=3) or name[k:].startswith(("国家", "全国", "省")) or
                pre.group(0) == "以" and len(name) >= 4 and not name.startswith("以色列")):
        s, name = s + k, name[k:]  # 以东湖科学城, 以国家实验室, 将原…开发区, 以内陆开放型经济试验区为…: a preposition before the name
    else:
        # 企业可以到阜城经济开发区: a clause before a preposition and the place that names the park
        into = [p.end() for p in re.finditer(r"[到赴在至向]", name)
                if p.start() > 0 and area_name_at_start(name[p.end():], longest=3)]
        if into:
            s, name = s + into[-1], name[into[-1]:]
    verb = re.match(r"^(?:规范提升|保护提升|规划建设|规范|维护|大力发展|发展|建设|打造|新建)", name)
    if verb and len(name) - verb.end() < 2:
        return None  # 保护提升历史文化街区, 推动建设省实验室: a verb (and a level), no name
    if verb:
        s, name = s + verb.end(), name[verb.end():]  # 规范提升各类开发区, 维护国家生态安全先行区, 建设一批…
    if re.match(r"(?:更多|一批|一些|若干|多个|各类|各级)", name):
        return None  # 建设一批小公园, 打造更多“金角银边”体育公园: a number of places of a kind, none named
    if name and _LEADING.fullmatch(name) and head not in _FTZ_HEADS:
        return None
    stripped = _strip_leading(name)
    return s + len(name) - len(stripped), stripped


@lru_cache(maxsize=1)
def _new_area_names() -> tuple[str, ...]:
    """The areas whose name ends in 新区 (national new areas, districts such as 浦东新区), with their short forms."""
    from .areas import gazetteer
    return tuple({n for n in gazetteer().by_name if n.endswith("新区") and len(n) > 2})


def _names_an_area(name: str) -> bool:
    """浦东新区, 甘肃兰州新区: the name ends in an area's name that ends in 新区 (an area, not a park)."""
    return name.endswith("新区") and any(name.endswith(a) for a in _new_area_names())


def _free_trade_zone(text: str, m, s: int, name: str, g, prov_short: str | None) -> list[Hit]:
    """A pilot free trade zone goes by its official name, 中国（…）自由贸易试验区: of the area named, or of the
    document's province when no name or a class word stands before the head."""
    head, e = m.group(0), m.end()
    full = text[s:e]
    name = _LEADING.sub("", name)
    a = g.by_name.get(name)
    if a and a[0].level in ("province", "city"):
        short = a[0].shorts[0] if a[0].shorts else name
        return [Hit("Park", s, e, f"中国（{short}）自由贸易试验区", (full,))]
    if (not name or _PARK_GENERIC.match(name)) and prov_short:
        return [Hit("Park", m.start(), e, f"中国（{prov_short}）自由贸易试验区", (head,))]
    if name.startswith("中国（") and name.endswith("）"):
        # 中国（安徽）自贸试验区: the official name's head written out, the short form an alias
        return [Hit("Park", s, e, name + "自由贸易试验区", (full,) if head != "自由贸易试验区" else ())]
    if name.startswith("中国（") or len(name) >= 2 and name in g.by_name:
        return [Hit("Park", s, e, full)]
    return []


def _listed_before_deng(text: str, s: int, name: str, head: str) -> list[Hit] | None:
    """中以、中德、中瑞、中日韩等特色园区, 苏州、崖州湾等国家实验室: the head distributes over the names listed before
    等; None when no such list stands there."""
    if name and not (_PARK_GENERIC.match(name) and text[s - 1:s] == "等" and "全国重点" not in name):
        return None
    # a class word between (满洲里、策克等重点口岸, 南苑、北中轴等大尺度郊野公园) is not part of each name
    lst = _LIST_BEFORE.search(text, max(0, s - 60), s)
    if not lst:
        return None
    kind = _CLASS_QUALIFIER.sub("", name)  # 大尺度郊野公园 → 郊野: a kind of park stays, a grade goes
    hits = []
    pos = lst.start("items")
    for item in lst.group("items").split("、"):
        start = pos
        pos += len(item) + 1
        cut = left_bound(text, start + len(item), len(item))
        if text[cut] in "与和同及对向在跟" and start + len(item) - cut >= 3:
            cut += 1  # 深化与苏州、…等国家实验室合作: the preposition is no part of the name
        lead = _LEADING.match(text[cut:start + len(item)])
        if lead and start + len(item) - cut - lead.end() >= 2:
            cut += lead.end()  # 建设东山、西山等…: nor is the verb
        item_name = text[cut:start + len(item)]
        if (1 <= len(item_name) <= 8 or item_name.startswith("“")) and not _PARK_GENERIC.match(item_name) and \
                item_name.count("“") == item_name.count("”"):
            # (“武鄂黄黄咸”光电子信息、…等产业走廊: a quoted list of places names a longer item)
            if any(item_name.endswith(h) for h in _park_pattern()[1]):
                hits.append(Hit("Park", cut, start + len(item), item_name))  # 天地科技园等园区载体: named whole
            else:
                hits.append(Hit("Park", cut, start + len(item), item_name + kind + head, (item_name,)))
    return hits


# carriers named by their level alone in the National Health Commission's system (国家医学中心, 国家区域医疗中心,
# 省级区域医疗中心): the designation is the name reports give them; 7 of 10 annotators list them as carriers
_LEVEL_NAMED = frozenset({"医学中心", "医疗中心"})


# the words of a kind of port (by its traffic or its place on the border) or of a reserve (by what it protects)
_PORT_OR_RESERVE_KIND = re.compile(r"^(?:开放|内陆|边境|航空|公路|铁路|水运|陆路|集约|智能|国际|国家|"
                                   r"一类|二类|水源地|饮用水水源地|水源|运营期|轨道交通)+$")
_PORT_OR_RESERVE_HEADS = ("口岸", "保护区")


def _a_kind_of_port_or_reserve(name: str, head: str) -> bool:
    """开放口岸, 边境口岸, 航空口岸, 水源地保护区: a kind of port or reserve, not one named."""
    return head in _PORT_OR_RESERVE_HEADS and _PORT_OR_RESERVE_KIND.match(name) is not None


def _generic_park_name(name: str, head: str) -> bool:
    """Whether what stands before the head is class words only (重点园区), or a kind of port or reserve (开放口岸)."""
    return bool(_PARK_GENERIC.match(name)) or _a_kind_of_port_or_reserve(name, head)


def _not_a_proper_name(text: str, s: int, name: str, head: str, mins) -> bool:
    """Whether the name is too short, a class word or a cut through a word, so the head names no park."""
    if len(name) < mins[head] or name and _PARK_GENERIC.match(name) and head not in _LEVEL_NAMED or \
            re.search(r"A级", name) or len(name) >= 2 and name[0] in "型性":
        return True  # (外向)型产业集聚区: the cut fell inside a word
    if _a_kind_of_port_or_reserve(name, head):
        return True
    if head in _LEVEL_NAMED and name.startswith("省级"):
        return True  # 6个省级区域医疗中心: the province's designations of a kind (the national ones are named
        # programmes: 国家区域医疗中心, 国家医学中心)
    if text[s - 1:s] in "在驻来赴" and _PARK_GENERIC.match(name[1:]) and _is_province_abbreviation(name[0]):
        return True  # 在晋全国重点实验室: the labs in the province, a class
    if head in _KINDS_OF_ZONE and (name == "中国" or _is_province_name(name)):
        return True  # 内蒙古自治区工业园区, 湖南省化工园区, 中国开发区: a country's or province's parks of that kind
    if re.search(r"(?:全区|全市|全省|全县|全州|全盟|全国|各地|各类)$", name):
        return True  # 总结2024年全区产业园区改革发展: the region's parks as a class
    if re.search(r"[0-9]+(?:\.[0-9]+)?[万亿]", name):
        return True  # 玉林首个300亿元园区: a park of a size class
    if re.match(r"(?:全国|全省|全市|国内|世界|亚洲|西部|中部|东部)?(?:最大|最长|最高|最早|唯一)", name):
        return True  # 全国最大5G车路协同自动驾驶示范区: a rank describes a place, it does not name it
    if re.search(r"[+＋]", name):
        return True  # “2+3+N”园区, 跨境电商+产业带: a count or a pairing of kinds names a class of places
    if head == "基地" and name.endswith("老工业"):
        return True  # 东北老工业基地, 辽宁老工业基地: a region's historic role, no park
    # 复合型国际航空枢纽, 综合型物流枢纽: the kind of hub a city becomes, not a named one; with its city before it
    # (赤峰商贸服务型国家物流枢纽) it is that city's designated hub
    if _KIND_BEFORE_HEAD.search(name):
        return area_name_at_start(name) is None
    return False


_KINDS_OF_ZONE = frozenset({"园区", "工业园区", "化工园区", "产业园区", "工业园", "开发区", "经济开发区", "工业集中区"})


def _is_province_name(name: str) -> bool:
    """A province's name, or its short form (广西, 内蒙古)."""
    from .areas import gazetteer
    return any(a.level == "province" and name in (a.name, a.key, *a.shorts) for a in gazetteer().by_name.get(name, ()))


@lru_cache(maxsize=1)
def _designations() -> frozenset[str]:
    with _LEX.joinpath("park_designations.txt").open(encoding="utf-8") as f:
        return frozenset(ln.strip() for ln in f if ln.strip() and not ln.startswith("#"))


def _a_designation(full: str, g) -> bool:
    """争创国家现代农业产业园, 获批“两山”实践创新基地: a title many places are awarded (lexicons/park_designations.txt),
    named with no place of its own, is a class of places, not a park."""
    core = _DESIGNATION_GRADE.sub("", full)
    if core not in _designations():
        return False
    prefix = full[:len(full) - len(core)]
    return not any(prefix[i:i + k] in g.by_name and all(a.level != "region" for a in g.by_name[prefix[i:i + k]])
                   for i in range(len(prefix)) for k in (2, 3, 4, 5))


_DESIGNATION_GRADE = re.compile(r"^(?:国家级|国家首批|国家|全国|我国|省级|省域|省|全省|自治区级|自治区|首批|第[一二三四五六七八九十]+批|一批|更多|长三角|"
                                r"中央财政支持)+")


def _free_trade_port(e: int, name: str, head: str, g) -> list[Hit]:
    """借力海南自贸港, 与海南自由贸易港: the port is named by its area alone."""
    area_name = area_name_at_end(name)
    if area_name:
        return [Hit("Park", e - len(head) - len(area_name), e, area_name + "自由贸易港", (area_name + head,))]
    return []


_PLACE_NAMED_HEADS = frozenset({"科学中心", "科创中心", "合作中心", "交流中心", "运营中心", "奥体中心"})


def _a_kind_of_park(text: str, s: int, name: str, head: str, industries: frozenset[str], g) -> bool:
    """Whether a base or an industrial park is named by its kind only, with no place in its name."""
    if head in _PLACE_NAMED_HEADS and not _names_place(name, g, administrative=True):
        # 基础科学中心, 产业知识产权运营中心, 大湾区科创中心: a kind of centre or a role; 合肥综合性国家科学中心 is named
        return True
    if head == "基地" and not (_names_place(name, g) or re.search(r"[“（]", name) or
                              text[s - 1:s] == "、" and len(name) <= 5 and _list_items(text, s - 1) or
                              name.startswith("省") and not name.startswith("省级")):
        return True  # 先进制造基地, 农产品精深加工基地: a kind of base, not a named one
    if head == "先行区" and not _names_place(name, g):
        return True  # 美丽乡村先行区, 集体林权制度改革先行区: what a place aims to become, no park of its own
    # 文化产业园区, 化工园区, 市级智能制造示范区: a kind of park, not a named one
    return bool(head in _CLASS_HEADS and (name in industries or _generic_industry(name, industries) or
                                          re.match(r"^(?:省级|市级|国家级|县级)", name)))


def _after_full_area_names(name: str, g) -> str | None:
    """The park's own name after the full names of the areas it lies in (温州市洞头区 + 小门岛海洋经济示范区), or None when
    the name does not open on them or what is left is no proper name (常州市武进区 + 高新区, 华容区 + 智能制造产业园)."""
    rest, areas = name, 0
    while True:
        cut = next((k for k in range(min(9, len(rest) - 1), 2, -1) if rest[k - 1] in "省市区县州旗盟" and
                    any(a.name == rest[:k] and a.level in ("province", "city", "county") for a in g.by_name.get(rest[:k], ()))), None)
        if cut is None:
            break
        rest, areas = rest[cut:], areas + 1
    if areas < 1 or len(rest) < 2 or rest.startswith(_NOT_OWN_NAME) or rest[:2] in common_words() or _opens_on_an_industry(rest):
        return None  # (华容区智能制造产业园, 鄂州市华容区智能制造产业园: the place is what names the park)
    return rest


def _opens_on_an_industry(name: str) -> bool:
    from .industries import find_industries  # (industries reads this module's boundaries)

    return any(h.start == 0 for h in find_industries(name))


_NOT_OWN_NAME = ("与", "和", "及", "至", "、", "—", "-", "高新", "经济", "工业", "开发", "产业", "国家", "省级", "市级", "县级", "综合", "现代", "农业", "物流", "科技", "新区", "城区")


def _park_key(full: str, name: str, head: str, prov, own_short: str | None, g) -> tuple[str, tuple[str, ...]]:
    """The key and aliases of a park written `full`: a province-level park is the document's province's, a bonded
    zone goes by its official head and the document's area when it names none."""
    if prov and name.startswith("省级") and len(name) > 4:
        return prov.key + full[2:], (full, full[2:])
    if prov and name.startswith("省") and not name.startswith(("省级", "省域", "省内", "省外")) and len(name) >= 4:
        return prov.key + full[1:], (full,)  # 省工业技术研究院: the province's own
    own_name = _after_full_area_names(name, g)
    if own_name is not None and head not in ("综保区", "综合保税区"):
        return own_name + full[len(name):], (full,)  # 山东省济宁市曲阜经济开发区: the park goes by its own name
    if head in ("综保区", "综合保税区"):
        key = full[:-len(head)] + "综合保税区"
        if own_short and area_name_at_start(key) is None:
            key = own_short + key
        return key, (full,)
    return full, ()


def _qualified_list_before(text: str, main: Hit, head: str, prov, industries: frozenset[str]) -> list[Hit] | None:
    """省级石墨烯、新能源汽车能源与信息创新中心: the qualifier and head distribute over the list; the park `main` (keyed
    by the province when 省级 qualifies the list) and the listed industry's, or None when no industry is listed."""
    s, full = main.start, text[main.start:main.end]
    prev = re.search(r"(?P<q>省级|国家级)?(?P<item>[\u4e00-\u9fff]{2,5})、$", text[max(0, s - 12):s]) \
        if text[s - 1: s] == "、" else None
    if not (prev and prev.group("item") in industries):
        return None
    q, item = prev.group("q"), prev.group("item")
    if q == "省级" and prov and not main.key.startswith(prov.key):
        main = Hit("Park", s, main.end, prov.key + full, (full,))
    item_full = (prov.key if q == "省级" and prov else "") + item + head
    return [main, Hit("Park", s - 1 - len(item), s - 1, item_full, (item + head,))]


def _short_names_before(text: str, s: int, name: str, head: str, industries: frozenset[str], pat, g) -> list[Hit]:
    """向海、莫莫格、哈泥保护区: short names listed before the last share its head."""
    if not (text[s - 1: s] == "、" and 2 <= len(name) <= 12):
        return []
    items = _list_items(text, s - 1)
    # 长城、长征国家文化公园: a national designation after the last name is each listed one's (and 长城 is no place
    # with a head of its own, as an item ending in 城 elsewhere is)
    national = next((name[k:] for k in range(1, len(name)) if name.startswith("国家", k) and
                     _PARK_GENERIC.match(name[k:] + head)), "")
    if not items or any(_PARK_GENERIC.match(it) or it in industries or pat.search(it) or
                        not national and re.search(r"(?:中心|馆|场|城|园|区|港|站|所|院|校|铁|路|线)$", it) or
                        re.search(r"(?:发展|引资|开发|建设|改革|推进|提升|保护|治理|促进)$", it) for _, it in items):
        return []  # (推动园区改革发展、招商引资、北部湾经济区开放开发: tasks listed before a place, no names)
    # 建设贵阳、遵义国家物流枢纽, 金川、金山新能源汽车产业园区: the qualifier after the listed area names
    # distributes too
    area_of_last = area_name_at_start(name)
    tail = name[len(area_of_last):] if area_of_last and all(it in g.by_name for _, it in items) else ""
    tail = tail or national
    if not tail and len(name) > 5:
        return []  # a long last name: the items before it are no short names sharing its head
    if not tail:
        # 牛羊、玉米、大豆技术创新中心, 合六、合淮产业走廊, 满都拉、甘其毛都口岸互贸区: a class word or head
        # at the end of the last name belongs to each
        tail = next((name[k:] for k in range(2, len(name) - 1)
                     if _PARK_GENERIC.match(name[k:]) or pat.fullmatch(name[k:])), "")
    return [Hit("Park", pos, pos + len(item), item + tail + head, (item,)) for pos, item in items]


def _area_across(text: str, s: int, g) -> int:
    """A name's left bound moved back to the start of an area name it cuts through (呼和浩特: 和 is no
    conjunction there)."""
    for k in (1, 2, 3):
        for n in range(k + 2, k + 4):
            if s - k >= 0 and any(a.name == text[s - k:s - k + n] and a.level != "region"
                                  for a in g.by_name.get(text[s - k:s - k + n], ())):
                return s - k
    return s


def _with_full_head(h: Hit) -> Hit:
    """呼和浩特综保区 → 呼和浩特综合保税区: a zone is named by the official form of its head (《中国开发区审核公告目录》);
    the short form stays an alias."""
    short = next((k for k in _PARK_HEAD_FULL if h.key.endswith(k)), None)
    if short is None or len(h.key) == len(short):
        return h
    key = h.key[:-len(short)] + _PARK_HEAD_FULL[short]
    return Hit(h.cls, h.start, h.end, key, (*h.aliases, h.key), h.literals)


def _is_province_abbreviation(ch: str) -> bool:
    from .areas import _province_abbreviations
    return any(ch in forms for forms in _province_abbreviations().values())


def _generic_industry(name: str, industries: frozenset[str]) -> bool:
    """绿色食品, 特色农产品: an industry after qualifiers only, so `name`+产业园 is a kind of park."""
    from .industries import scheme_forms

    m = re.match(r"^(?:绿色|特色|现代|新型|高端|优势|生态|智能|数字|有机)+", name)
    return bool(m) and (name[m.end():] in industries or name[m.end():] in scheme_forms())


# short heads of development zones and their official form (《中国开发区审核公告目录》)
_PARK_HEAD_FULL = {"高新区": "高新技术产业开发区", "经开区": "经济技术开发区", "综保区": "综合保税区",
                   "农高区": "农业高新技术产业示范区"}


_MANAGING_BODY = re.compile(r"(?:管委会|管理委员会|建设工作指挥部|建设指挥部)$")


def managed_park(agency_key: str, surface: str) -> tuple[str, ...] | None:
    """The park an agency manages or builds, by its name (咸宁高新区管委会 → 咸宁高新技术产业开发区, 沁县示范区管理委员会 →
    沁县示范区, 梅溪新城建设工作指挥部 → 梅溪新城): (key, surface form, …), or None."""
    pat, mins = _park_pattern()
    name = _MANAGING_BODY.sub("", agency_key)
    written = _MANAGING_BODY.sub("", surface)
    if name == agency_key:
        return None  # (a zone listed before a shared 管委会 is written without it: 甲开发区、乙高新区管委会)
    head = next((h for h in sorted(mins, key=len, reverse=True) if name.endswith(h)), None)
    from .areas import gazetteer

    if head is None or _PARK_GENERIC.match(name[:-len(head)]) or _names_an_area(name):
        return None  # (兰州新区管委会 manages an area)
    if len(name) - len(head) < max(2, mins[head]) and name[:-len(head)] not in gazetteer().by_name:
        return None  # 沁县示范区: an area's name is a proper name however short
    # (县示范区: the level word, 经济技术开发区: the kind alone — the committee's key names the place)
    base = written if written[:1] not in "省市县区" and written.endswith(head) and len(written) > len(head) else name
    key = base[:-len(head)] + _PARK_HEAD_FULL.get(head, head)
    return (key, written, name) if written != key else (key, written)


# the part of a cross-province park a document is about: 长城国家文化公园（河北段）, 国家公园（江西片区）
_SEGMENT = re.compile(r"[（(](?:[\u4e00-\u9fff]{1,8}(?:段|片区|部分|园区)|[A-Z]型)[）)]"  # …保税物流中心（B型）
                      # a park's part by its quarter (红莲湖大数据云计算产业园南区, 经济开发区东区)
                      r"|(?<=[园区])[东西南北]区(?![域\u4e00-\u9fff]{0,1}[划位内外])")
_BRACKETED = re.compile(r"[（(]([\u4e00-\u9fff]{2,6})[）)]")


def _with_segment(text: str, h: Hit) -> Hit:
    """A park's name goes on into a bracketed segment (（东区片区）), the area of a national carrier's branch
    (国家碳计量中心（辽宁）), a province's section of a national park (长江国家文化公园贵州段), or the 区 of a
    园区 whose head was read as 工业园 (苏州工业园区)."""
    from .areas import gazetteer
    if h.key.endswith("园") and text[h.end:h.end + 1] == "区" and not text.startswith("区域", h.end):
        return Hit(h.cls, h.start, h.end + 1, h.key + "区", (*h.aliases, h.key), h.literals)
    m = _SEGMENT.match(text, h.end)
    if not m and h.key.endswith("公园"):
        m = _PARK_SECTION.match(text, h.end)
        if m and area_name_at_start(m.group(0)) is None:
            m = None
    if not m:
        m = _BRACKETED.match(text, h.end)
        if not m or not any(a.level in ("province", "city") for a in gazetteer().by_name.get(m.group(1), ())):
            return h
    return Hit(h.cls, h.start, m.end(), h.key + m.group(0), (*h.aliases, h.key, text[h.start:m.end()]), h.literals)


_PARK_SECTION = re.compile(r"[\u4e00-\u9fff]{2,4}?(?:段|重点建设区)")


_COUNT_BEFORE_HEAD = re.compile(r"等?(?:[0-9]+|[一二三四五六七八九十两]+)(?:个|家|座)(?:省级?|国家级?|市级?)?"
                                r"(?P<kind>[\u4e00-\u9fff]{2,4})?$")


def _names_place(name: str, g, administrative: bool = False) -> bool:
    """An area's name is written in `name` (协和天津基地, 国家黑龙江大豆种子基地); with `administrative`, a province,
    city or county's, not a region's (粤港澳大湾区)."""
    for i in range(len(name) - 1):
        for k in (2, 3, 4):
            areas = g.by_name.get(name[i:i + k]) if name[i:i + k] not in g.stop else None
            if areas and (not administrative or any(a.level != "region" for a in areas)):
                return True
    return False


@lru_cache(maxsize=1)
def _park_heads_by_last_char() -> dict[str, tuple[str, ...]]:
    out: dict[str, list[str]] = {}
    for h in _park_pattern()[1]:
        if len(h) >= 2:
            out.setdefault(h[-1], []).append(h)
    return {k: tuple(v) for k, v in out.items()}


def _list_items(text: str, sep: int, max_item: int = 5) -> list[tuple[int, str]]:
    """The short names of a 、-list ending at the separator `sep`, left to right, each bounded like a name
    (after punctuation or a boundary word); [] when an item is not."""
    items = []
    by_last = _by_last_char()

    def item_start(end: int) -> int:
        i = end
        while i > 0 and end - i <= max_item:
            if i < end and any(len(w) >= 2 and text.startswith(w, i - len(w)) for w in by_last.get(text[i - 1], ())):
                return i  # 启动向海: a verb of two or more characters ends the item (向 alone does not)
            if not is_name_char(text[i - 1]):
                return i
            if i < end and any(text.startswith(h, i - len(h)) for h in heads.get(text[i - 1], ())):
                return i  # 未来科学城南口、马池口国重基地: a park's name ends before the first item
            i -= 1
            lead = _LEADING.match(text[i:end])
            if lead and 2 <= end - i - lead.end() <= max_item:
                return i  # 新建和改造五眼桥、…: a verb before the first name (the caller cuts it)
        return i

    heads = _park_heads_by_last_char()
    while True:
        st = item_start(sep)
        item = text[st:sep]
        if not (2 <= len(item) <= max_item and re.fullmatch(r"[\u4e00-\u9fff]+", item)) or \
                item in boundary_words() or _LEADING.fullmatch(item) or \
                re.fullmatch(r"(?:[一二三四五六七八九十0-9]+期|体系|平台|系统|项目|工程|园区|基地)", item):
            return []  # 建设扎实推进、若尔盖国家公园: a verb is not a listed name
        if text[st - 1:st] == "、":
            items.append((st, item))
            sep = st - 1
            continue
        lead = _LEADING.match(item)
        if lead and len(item) - lead.end() >= 2:
            items.append((st + lead.end(), item[lead.end():]))  # 建设贵阳、遵义…: the verb is not part of the name
            return items[::-1]  # the verb bounds the first name, whatever stands before it
        items.append((st, item))
        if st > 0 and is_name_char(text[st - 1]) and not any(
                len(w) >= 2 and text.startswith(w, st - len(w)) for w in by_last.get(text[st - 1], ())) and \
                not any(text.startswith(h, st - len(h)) for h in heads):
            return []
        return items[::-1]


# ------------------------------------------------------------------------------------ initiatives

@lru_cache(maxsize=1)
def _initiative_heads():
    rows = csv_rows("initiative_heads.csv")
    spec = {r["head"]: (int(r["min_name"]), r["needs_verb"].strip() == "yes") for r in rows}
    return re.compile(f"(?:{_alternation(spec)})(?!指南|师|生育|性|纲领|家|者|员|力|补|励|金|惩|状|牌|学金)"), spec


_INIT_GENERIC = re.compile(
    r"^(?:[新老]?一轮|一批|一系列|各项|各类|相关|重点|重大|专项|这些|该|本|全面|系统|深化|综合|配套|改革|发展|建设|"
    r"行动|工作|政策|制度|试点|全省|全市|全国|有关|各级|各地|多项|若干|年度|中长期|十大|三大|五大|[一二三四五六七八九十两]+项|"
    r"\d+多?项|\d+条|[一二三四五六七八九十]+条|国家|省级|市级|区域|本次|此次|大幅|初步|具体|详细|总体|整体|科技|研发|科研|"
    r"新|好|大|小|多|全|上|下|这|那|其)+$"
)
_QUOTED = re.compile(r"“(?P<q>[^“”\n]{1,20})”")
_GENERIC_TITLE = re.compile(r"(?:规划|政府工作)?(?:建议|纲要|意见|通知|方案|规划|决定|报告|报告书|报告表|条例|办法)(?:（草案）|（试行）|草案)?")
_TITLE = re.compile(r"《(?P<t>[^《》]{2,120})》")
_NUMERIC_SLOGAN = re.compile(r"[一二三四五六七八九十百千万两双多单0-9].*[一二三四五六七八九十百千万两双多单0-9]|[一二三四五六七八九十两双0-9][个大项条张件]")
# an app's head: its name is the quote (移动政务总门户“穗好办”APP: the words before describe it)
_APP_HEADS = r"APP|App|app|小程序"
_QUOTED_HEAD = re.compile(
    r"(?:三年行动计划|行动计划|专项行动|行动|工程|计划|规划|改革|建设|活动|政策|品牌|试点|战略|工作|模式|机制|功能建设|联动|服务|措施|"
    r"评审改革|重点工程|体系建设|体系|协同发展|联动发展|白名单|普法|奖|全民阅读活动|高速公路网|教育|项目|科技会战|示范项目|"
    r"协同|治理|专板|命题|服务站|服务圈|" + _APP_HEADS + ")"
)
# a quoted slogan and the noun phrase it names, up to the end of the clause: “三同步”工作机制, “四融一共”和美乡村建设
_QUOTED_TAIL = re.compile(
    r"(?:[\u4e00-\u9fff]{0,8}?(?:体系|机制|制度|格局|模式|建设|行动|工程|计划|规划|治理|整治|活动|全覆盖|试点|品牌|战略|改革|教育|改造提升)|"
    # heads that also end common phrases (火爆出圈, 深度融合) name a programme only right after the quote, and not
    # after an adverb (“两创”深度融合, “股贷债保担”高效联动)
    r"(?!深度|高效|跨|深入|全面|有效|紧密|更加)[\u4e00-\u9fff]{0,4}?(?:布局|思路|构架|架构|平台|服务圈|就业圈|交通圈|生活圈|算力圈|水网|走廊|联盟|管理|集群|原则|场景|融合|联动|"
    r"系统|社区|主轴|骨架网))"
    # (the clause's predicate may follow: “九纵五横四环”高速公路骨架网基本形成)
    r"(?=[，。；、：）\n]|$|推进|推动|实施|落实|为|等|和“|及“|与“|基本|全面|初步|稳步|"
    # (or the clause's report on it: “四融一共”和美乡村建设有力有效, “三医”联动改革和全民健康行动)
    r"有力|有序|扎实|深入|持续|加快|顺利|取得|成效|和(?![美谐平])|及|与)")


def _quoted_tail(text: str, end: int):
    """The noun phrase after a quote up to the end of its clause, when it holds no verb, list or 的
    (“十大工程”纳入国家规划, “以旧换新”等促消费活动 are not names)."""
    t = _QUOTED_TAIL.match(text, end)
    if t is None or re.search(r"[等的与及]|和(?![美谐平])|^[一二三四五六七八九十两0-9]+[大个项条]", t.group(0)) or \
            _TAIL_VERB.search(t.group(0)):
        return None
    tail = t.group(0)
    return None if holds_boundary_word(tail) else t


# verbs that bring in a programme by its quoted name (建设“无废城市”, 实现“免申即享”, 坚持“双碳”引领), though they
# may also stand inside names and so are no boundary words
# what a quoted programme opening its clause does (，“八闽书房”辐射人群超700万人)
_QUOTED_SUBJECT = re.compile(r"(?:辐射|覆盖|惠及|上线|启动|开通|入选|获评|获批|成为|实现|带动|服务|累计|持续|深入|全面|扎实|有序|落地|成效|品牌)")
_QUOTE_VERB = re.compile(r"(?:建设|实现|推广|推行|实行|试行|推出|上线|开通|坚持|擦亮|叫响|用好|办好|畅通|弘扬|传承|发展|巩固|深化)$")
_TAIL_VERB = re.compile(r"实现|推进|推动|开展|完成|达到|形成")
_QUOTED_FAR_HEAD = re.compile(r"[^\W等和及与、]{0,10}?(?:三年行动计划|行动计划|专项行动|攻坚行动|主题实践活动|主题实践|培育工程|工程|计划|输电通道|产业集群|集群|水网|"
                              r"服务圈|服务站|一体化平台|数字文博平台)")
_LEADING = re.compile(
    r"^(?:建设|新一轮|一批|更多|进一步|高标准|全面|深入|持续|加快|新建|新开工|开工|释放|坚决|反对|整合|重塑|扩建|申建|获建|全国首批|我省|我市|我区|全球首条|全国首条|首条|大力|着力|积极|新增|首批|累计|全国首个|全球首个|首个|首届|首趟|新培育|为|国家唯一|全国唯一|全省唯一|唯一|"
    r"扩容升级|扩能提质|扩能升级|提档升级|提质升级|升级改造|扩容提质|"
    r"提升|优化|促进|培育|保障|拓展|力促|争取|携手|保持|建强|引导|带动|常态化|系统|加强|深化|推动|持续推进|改造|运营好|"
    r"重组入列|鼓励|[一二三四五六七八九十]要|建成运营|(?:省市县|省市|市县|县区|区县)(?!行)|"
    r"\d+多?(?:个|家|项|条|批|场)|[一二三四五六七八九十两]+(?:个|家|项|条|批|场))+"
)


def _drop_edition(name: str) -> str:
    """`第三届雄安未来之城场景汇` → `雄安未来之城场景汇`, `2025年中国国际服务贸易交易会` → `中国国际服务贸易交易会`
    (an edition of a recurring event); short names keep it, but not a count of editions (3届滇商大会)."""
    m = re.match(r"^(?:第?[0-9一二三四五六七八九十]+届|(?:19|20)\d{2}年)", name)
    counted = m is not None and not name.startswith("第") and not name[:4].isdigit()  # 举办3届滇商大会: a count
    return name[m.end():] if m and (len(name) - m.end() >= 5 or counted and len(name) - m.end() >= 2) else name


def _strip_leading(name: str) -> str:
    stripped = _LEADING.sub("", name)
    return stripped if len(stripped) >= 2 else name


@lru_cache(maxsize=1)
def _slogan_stop() -> frozenset[str]:
    with _LEX.joinpath("slogans_not_initiatives.txt").open(encoding="utf-8") as f:
        return frozenset(ln.strip() for ln in f if ln.strip() and not ln.startswith("#"))


_CITED_SUFFIX = re.compile(r"(?:条例|法|规定|意见|通知|办法|决定|建议|提案|议案|纲要|公告|通告|细则|决议|批复|函|请示|纪要|通报|答复|（试行）|（暂行）|（草案）|纲要草案)$")
# (or damaged in copying, year and number run together: 裕政〔201510号, 财税〔202428)
_NUMBER_OPENS = r"[〔\[【]"
_DOC_NUMBER = re.compile(rf"[\u4e00-\u9fff]{{1,10}}(?:{_NUMBER_OPENS}\s*(?:19|20)\d{{2}}\s*[〕\]】]\s*第?\s*\d{{1,5}}\s*号"
                         rf"|{DAMAGED_NUMBER})")
_NUMBER_BRACKET = re.compile(_NUMBER_OPENS)  # _DOC_NUMBER's bracket, one to ten characters after its start
_TITLE_AFTER_NUMBER = re.compile(r"[，,]\s*(?P<t>关于[^（）()\n]{4,60}?(?:意见|通知|办法|方案|决定|规定|细则)(?:（试行）|（暂行）)?)[）)]")
_IMPLEMENTING_RULES = re.compile(r"(?:实施办法|实施细则|实施条例|实施意见)")
# measures counted by their articles (十二条措施, 若干政策措施), cited after a verb of implementing
# a policy package named by what it is (…若干措施, …27条举措, …建设指引, …改革意见, …产业目录) or by its count of
# articles alone (稳增长惠民生27条), right before the end of the clause or its taking effect (…举措加快落地)
_POLICY_PACKAGE = re.compile(
    r"(?:(?:若干|[一二三四五六七八九十百0-9]+条)?(?:政策)?(?:措施|举措)|指引|指南|意见|目录|名录|清单|(?:实施|工作|建设|发展)方案|"
    r"(?<=[0-9一二三四五六七八九十])条”?)(?:（(?:试行|暂行|20\d\d年?版)）)?"
    r"(?=[，。；、]|和|等政策|等措施|等举措|等[，。；]|加快落地|落地|管理[，。；])")
# where each kind word of _POLICY_PACKAGE starts (overlapping: 举措施); a match starts at most 15 characters before
# one (十二条政策措施), so it is tried only there
_POLICY_PACKAGE_WORD = re.compile(r"(?=措施|举措|指引|指南|意见|目录|名录|清单|方案|条)")
# things counted by 条 that a body publishes or receives (发布政府信息5469条, 推送短信300条): no package of articles
_COUNTED_ITEMS = ("信息", "消息", "新闻", "稿件", "文章", "数据", "问题", "线索", "建议", "意见", "留言", "短信", "视频",
                  "图片", "推文", "微博", "动态", "解读", "记录")
# verbs that issue or implement a policy package; the package's name runs from the verb to its end
_PACKAGE_VERBS = ("落实", "落实好", "贯彻", "贯彻落实", "依据", "按照", "根据", "对标", "实施", "出台", "制定", "制定实施",
                  "印发", "发布", "推动", "修订", "用好", "推出", "编制", "聚焦", "推行", "落地")
# two short words joined right before a package's kind (鼓励和禁止清单, 正面和负面清单): one list, not two things
_PAIRED_MODIFIER = re.compile(r"[\u4e00-\u9fff]{1,3}和[\u4e00-\u9fff]{1,3}$")
# (法规 is regulations, but 根据审计法规定 is the law stipulating)
_LAW = re.compile(r"(?:条例|法|规定)(?![律院治人定官庭典宝门动])(?!规(?!定))")
_IMPLEMENT_VERBS = ("落实", "贯彻", "贯彻落实", "依据", "按照", "根据", "对标")
_NOT_LAWS = ("方法", "办法", "做法", "想法", "说法", "写法", "手法", "用法", "技法", "章法", "看法", "司法", "执法", "立法",
             "守法", "违法", "合法", "依法", "宪法")
# words ending in 法 that no law's title ends with, however long the name before them (“九五”普法)
_NEVER_LAWS = ("普法", "执法", "司法", "守法", "违法", "依法", "合法", "方法", "做法", "想法", "看法", "说法", "手法", "用法")
_LAW_VERBS = ("落实", "贯彻", "实施", "施行", "出台", "制定", "修订", "颁布", "贯彻落实", "全面落实", "认真落实", "执行", "遵守",
              "新修订的", "新修订",
              # the law a text acts under (根据审计法规定, 依据预算法)
              "根据", "按照", "依据", "依照")


def _strip_quotes(s: str) -> str:
    return s.replace("“", "").replace("”", "")


def _cited_or_initiative(title: str) -> str:
    """A title is a cited document when it is written as one (《关于…的报告》, 《…若干措施》, 《…任务分解》),
    an initiative when it names a plan or programme (《…发展规划》, 《…三年行动计划》)."""
    if _CITED_SUFFIX.search(title) or title.startswith("关于") or _DOCUMENT_TITLE.search(title) or \
            _BODY_ABOUT.match(title):
        return "CitedDocument"
    return "Initiative"


# a body's name before 关于 (《宿豫区人民政府关于支持建设…》): a document it wrote
_BODY_ABOUT = re.compile(BODY_NAME + "关于")
# document kinds that are texts rather than programmes: measures, reports, task breakdowns, lists
# (方案 in 《》: 24 of 29 annotated titles are cited documents, and so are lists, 清单 and 目录: CONVENTIONS.md
# section 6; a period may follow the title)
# (and books of record: a gazetteer, 启东市志, 金寨经济开发区志; a yearbook; a bulletin; a white paper)
_DOCUMENT_TITLE = re.compile(r"(?:措施|举措|报告|报告书|报告表|任务分解|清单|目录|名录|工作要点|实施细则|指引|指南|导则|方案|"
                             r"(?<=[\u4e00-\u9fff]{2}[省市县区州镇乡村园])志|年鉴|公报|白皮书|蓝皮书)(?:（试行）|（暂行）|（报批稿）|（送审稿）|（征求意见稿）)?"
                             rf"(?:[（(](?:{YEAR_SPAN}|(?:19|20)\d{{2}}年?版?)[）)])?$")


def _canonical_forms(*lexicons: str) -> dict[str, str]:
    """Written form → canonical name, from lexicons of rows name,forms (forms separated by ;)."""
    return {form: r["name"] for lexicon in lexicons for r in csv_rows(lexicon)
            for form in (r["name"], *(f for f in r["forms"].split(";") if f))}


@lru_cache(maxsize=1)
def _strategies() -> dict[str, str]:
    """Written form → canonical name of the national regional strategies and the national programmes
    (lexicons/national_strategies.csv, lexicons/national_programmes.csv)."""
    return _canonical_forms("national_strategies.csv", "national_programmes.csv")


@lru_cache(maxsize=1)
def _strategy_forms() -> dict[str, tuple[str, ...]]:
    """Canonical name → its other written forms (the node answers to all of them: 长三角区域一体化发展)."""
    out: dict[str, list[str]] = {}
    for form, name in _strategies().items():
        if form != name:
            out.setdefault(name, []).append(form)
    return {k: tuple(v) for k, v in out.items()}


@lru_cache(maxsize=1)
def _strategy_pattern():
    return re.compile(_alternation(_strategies()))


_PROGRAMME_KIND = re.compile(r"行动|政策|制度|斗争")
_LONGER_PROGRAMME = re.compile(r"[\u4e00-\u9fff]{0,10}?(?:工程|行动|计划|试点|示范|改革)")
_METRO_LINE = re.compile(r"(?:轨道交通|地铁|城轨)[A-Z]?[0-9]{1,3}号?线")
_GENERIC_START = ("我", "他", "她", "本", "该", "这", "其", "重点领域", "更多", "多次", "深层次", "标志性", "重要", "各项", "各类", "相关")
_CAMPAIGN = re.compile(r"(?P<n>(?:美丽|健康|平安|数字|法治|幸福|智慧|生态|人文|绿色|创新|开放|活力|韧性|宜居|诚信|书香|无废)"
                       r"新?(?P<a>[\u4e00-\u9fff]{2,3}?))(?P<h>建设|行动)")  # (美丽新宁夏建设)


def find_initiatives(text: str, known=frozenset(), area_names: tuple[str, ...] = ()) -> list[Hit]:
    """Titles in 《》, quoted programme names, and names before programme head words.
    `known`: names of industries/areas/agencies, never taken as an initiative on their own.
    The order of the passes matters: most skip what an earlier one has covered."""
    hits: list[Hit] = []
    covered = bytearray(len(text) + 1)

    def add(h: Hit):
        hits.append(h)
        covered[h.start:h.end] = b"\x01" * (h.end - h.start)

    _metro_lines(text, add)
    _paired_cooperation(text, covered, add)  # (before the strategies: 粤黔东西部协作 holds 东西部协作)
    _national_strategies(text, covered, add)
    _national_awards(text, covered, add)
    _area_campaigns(text, add, area_names)
    _bare_campaigns(text, covered, add, area_names)
    _titles(text, add)
    _quoted_names(text, covered, add, known)
    _five_year_plans(text, covered, add)
    _works_listed(text, covered, add, known)
    _projects_enumerated(text, covered, add, known)
    _festivals_listed(text, covered, add)
    _names_before_heads(text, covered, add, known, area_names)
    hits = [h for h in hits if _brackets_closed(h.key) and _quotes_closed(text[h.start:h.end]) and
            not (h.cls == "Initiative" and _COMPANY_AFTER.match(text, h.end))]
    hits = [_with_qualifier(text, h, hits) for h in hits]
    return _dated_forms_merged(_not_titles_given(text, [_region_without_strategy(h) for h in hits]))


# a counted programme in quotes (“五大行动”, “七个专项行动”, “三项计划”, “全省一张网”): every province has its own, so
# the words that say whose or what for it is belong to its name
_COUNTED_QUOTE = re.compile(r"(?:全省|全市|全区)?[一二三四五六七八九十两0-9]+(?:大|个|项|张|条)[\u4e00-\u9fff]{0,6}?"
                            r"(?:行动|计划|工程|战略|网|举措)")


def _with_qualifier(text: str, h: Hit, hits: list[Hit]) -> Hit:
    """制造业重点产业链高质量发展“五大行动”, 就业服务“一张网”: a counted programme in quotes with the noun phrase right
    before it that qualifies it (not a verb, a clause or a list: 实施“五大战略” is the quote alone); the quote alone
    stays an alias."""
    q = text[h.start:h.end]
    if h.cls != "Initiative" or not (q.startswith("“") and q.endswith("”") and _COUNTED_QUOTE.fullmatch(q[1:-1])):
        return h
    s = _qualifier_start(text, h.start, 20)
    if s == h.start:
        return h
    lead = _LEADING.match(text, s)
    s = lead.end() if lead else s
    if h.start - s < 2 or any(o is not h and o.start < h.start and s < o.end for o in hits):
        return h
    return replace(h, start=s, key=text[s:h.start] + h.key, aliases=(text[s:h.end], *h.aliases, h.key))


@lru_cache(maxsize=1)
def _paired_cooperation_pattern() -> re.Pattern[str]:
    """The cooperation of two or three provinces named by their abbreviations (闽宁协作, 粤黔东西部协作, 京蒙协作;
    lexicons/area_province_abbreviations.csv)."""
    chars = province_characters()
    return re.compile(rf"(?<![{chars}])[{chars}]{{2,3}}(?:东西部)?(?:扶贫|劳务|对口)?协作")


def _paired_cooperation(text: str, covered: bytearray, add) -> None:
    """闽宁协作, 粤黔东西部协作: the named cooperation of provinces paired by their abbreviations, a programme however
    the sentence brings it in (召开闽宁协作联席会: the programme is named inside the meeting's name)."""
    for m in _paired_cooperation_pattern().finditer(text):
        if not any(covered[m.start():m.end()]):
            add(Hit("Initiative", m.start(), m.end(), m.group(0), ()))


def _dated_forms_merged(hits: list[Hit]) -> list[Hit]:
    """A plan named without its period where its title gives one (…三年行动计划 in a headline, 《…三年行动计划
    （2025-2027年）》 in the text) is that titled plan, one entity of the title's class."""
    dated = {}
    for h in hits:
        if (p := _PERIOD_AT_END.search(h.key)) and p.start() >= 4:
            dated.setdefault(h.key[:p.start()], h)
    return [replace(h, cls=d.cls, key=d.key, aliases=tuple(dict.fromkeys((*h.aliases, h.key))))
            if (d := dated.get(h.key)) else h for h in hits]


# a company's name goes on after the words (长沙先导快线科技发展有限公司): they are no programme's name
_COMPANY_AFTER = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:有限责任公司|有限公司|股份公司)")


def _quotes_closed(surface: str) -> bool:
    """长处北部现代中心区”发展战略: a name whose quote closes before any opens starts inside the quote (“改造大铁北，…，
    打造长处北部现代中心区”发展战略): it is only its end (a name may end inside its quote: 职业教育“双高计划)."""
    close = surface.find("”")
    return close < 0 or "“" in surface[:close]


def _brackets_closed(name: str) -> bool:
    """专门班子研究广元大物流（含铁路: a bracket opened and not closed cuts a name in the middle of a clause."""
    return name.count("（") == name.count("）") and name.count("(") == name.count(")")


def _region_without_strategy(h: Hit) -> Hit:
    """大运河文化带战略 → 大运河文化带, 南昌都市圈建设 → 南昌都市圈: the region is the programme, 战略 or 建设 one more
    way of writing it (_REGION_STRATEGY, _REGION_BUILT), so that the documents that write it either way share one node."""
    if h.cls == "Initiative" and (_REGION_STRATEGY.search(h.key) or _REGION_BUILT.search(h.key)):
        return replace(h, key=h.key[:-2], aliases=(*h.aliases, h.key))
    return h


def _not_titles_given(text: str, hits: list[Hit]) -> list[Hit]:
    """Without the titles a place or a work was given (普洱市入选国家生态产品价值实现机制试点, 获评“全国产业扶贫优秀
    案例”), unless the same name stands elsewhere as a programme of the text's own."""
    own = {h.key for h in hits if h.cls != "Initiative" or not _given_a_title(text, h.start)}
    return [h for h in hits if h.key in own]


_FIVE_YEAR_PLAN = re.compile(r"(?<!第)十[一二三四五六七八九]五(?:规划纲要|规划)")


def _five_year_plans(text: str, covered: bytearray, add) -> None:
    """基本完成十三五规划确定的目标: the five-year plan named without quotes (quoted, “十三五”规划, it is a quoted
    name with its head); not inside a longer name (制造强省十四五规划)."""
    for m in _FIVE_YEAR_PLAN.finditer(text):
        if not any(covered[m.start():m.end()]) and left_bound(text, m.start(), 12) == m.start():
            add(Hit("Initiative", m.start(), m.end(), m.group(0)[:5], (m.group(0),)))  # (its 纲要 is the plan)


def _metro_lines(text: str, add) -> None:
    """Metro lines (太原地铁1号线)."""
    from .areas import gazetteer

    for m in _METRO_LINE.finditer(text):
        # 太原地铁1号线: a city's line is named with the city that stands before it (in a province's report
        # several cities have a 1号线); the bare form stays an alias
        g = gazetteer()
        city = area_name_at_end(text[max(0, m.start() - 4):m.start()])
        if city and all(a.level == "region" for a in g.by_name[city]):
            city = None
        s = m.start() - len(city) if city else m.start()
        add(Hit("Initiative", s, m.end(), text[s:m.end()], (m.group(0),) if city else ()))


def _national_strategies(text: str, covered: bytearray, add) -> None:
    """The national strategies and programmes of the lexicon, keyed by their canonical name."""
    for m in _strategy_pattern().finditer(text):
        if not covered[m.start()]:
            h = _strategy_hit(text, m)
            if h:
                add(h)


def _strategy_hit(text: str, m) -> Hit | None:
    """The strategy or programme written at `m`, with the kind word after it; None when it only opens a longer
    programme's name."""
    key = _strategies()[m.group(0)]
    e = m.end() + 2 if text.startswith("战略", m.end()) else m.end()  # 中部地区崛起战略
    kind = _PROGRAMME_KIND.match(text, m.end())
    if text.startswith("改革", kind.end()) if kind else _LONGER_PROGRAMME.match(text, m.end()):
        # 城市更新重点工程三年行动, 农村集体经营性建设用地入市改革, 长期护理保险制度改革: the start of a longer
        # programme's name, found by its head (长期护理保险制度试点 stays the programme's pilot)
        return None
    # 第三轮中央生态环境保护督察: the round is written with the programme's name, which stays the node
    round_ = re.search(r"第[一二三四五六七八九十]+轮$", text[max(0, m.start() - 5):m.start()])
    rounds = (round_.group(0) + text[m.start():e],) if round_ else ()
    if kind and not text.startswith(("政策体系", "政策性"), m.end()):
        # 城市更新行动, 消费品以旧换新政策, 长期护理保险制度: the programme's own name
        e = kind.end()
        return Hit("Initiative", m.start(), e, key, (key + kind.group(0), m.group(0), text[m.start():e], *rounds))
    return Hit("Initiative", m.start(), e, key, (m.group(0), text[m.start():e], *rounds, *_strategy_forms().get(key, ())))


@lru_cache(maxsize=1)
def _awards() -> dict[str, str]:
    """Written form → official name of the national awards (lexicons/national_awards.csv)."""
    return _canonical_forms("national_awards.csv")


@lru_cache(maxsize=1)
def _award_pattern():
    return re.compile(_alternation(_awards()))


_EDITION_BEFORE = re.compile(r"(?:首|第[一二三四五六七八九十百零〇0-9]+)届$")


def _national_awards(text: str, covered: bytearray, add) -> None:
    """获文华奖、群星奖, 第五届中国质量奖: the national awards of the lexicon, one node each under the official
    name; the edition written before it (第五届) is one more way of naming it."""
    for m in _award_pattern().finditer(text):
        # the quotes a text may put round the name (“文华奖”) belong to the mention
        opened = m.start() > 0 and text[m.start() - 1] == "“"
        quoted = opened and text[m.end():m.end() + 1] == "”"
        s, e = (m.start() - 1, m.end() + 1) if quoted else m.span()
        if any(covered[s:e]) or opened and not quoted:
            continue  # “文华奖获奖剧目展演”: inside a longer quoted name, which the quoted names' pass takes
        edition = _EDITION_BEFORE.search(text, max(0, s - 6), s)
        forms = (text[s:e], m.group(0), *((edition.group(0) + text[s:e],) if edition else ()))
        add(Hit("Initiative", s, e, _awards()[m.group(0)], forms))


def _area_campaigns(text: str, add, area_names: tuple[str, ...]) -> None:
    """美丽北京建设, 平安中国建设, 健康河北行动: a campaign named after the area."""
    for m in _CAMPAIGN.finditer(text):
        if m.group("a") in area_names or m.group("a") == "中国":
            add(Hit("Initiative", m.start(), m.end(), m.group(0), (m.group("n"),)))


def _bare_campaigns(text: str, covered: bytearray, add, area_names: tuple[str, ...]) -> None:
    """建设美丽吉林, 建设更高水平平安吉林和法治吉林: the campaign named without its head word."""
    if not area_names:
        return
    bare = re.compile(f"(?:美丽|平安|法治|健康|幸福|书香|无废)(?:{_alternation(area_names)})")
    for m in bare.finditer(text):
        if not covered[m.start()] and not text.startswith(("建设", "行动"), m.end()) and \
                (text[m.end():m.end() + 1] in "，。；、和与”\n" or is_boundary_at(text, m.start())):
            n = m.group(0)
            key = n + "建设" if n + "建设" in text else n  # one campaign, however it is written
            add(Hit("Initiative", m.start(), m.end(), key, (n, n + "建设")))


# the forms an application notice attaches (申报表, 汇总表, 推荐表, 登记表, 一览表, 信息表)
_FORM_TITLE = re.compile(r"(?:(?:申报|汇总|推荐|登记|一览|信息|统计|申请|审核|评分|明细)表|(?:通知|告知|决定|承诺|申请|证明)书)\s*$")


def _titles(text: str, add) -> None:
    """Titles in 《》: cited documents or initiatives by how they are written."""
    titles = [re.sub(r"\s+", "", m.group("t")) for m in _TITLE.finditer(text)]
    for m in _TITLE.finditer(text):
        if _FORM_TITLE.search(m.group("t")):
            continue  # 《推荐…示范基地汇总表》, 《受理通知书》: a form to fill in or to issue, neither cited nor a programme
        bare = re.sub(r"\s+", "", m.group("t"))
        dated = next((x for x in titles if x.startswith(bare) and _TITLE_PERIOD.fullmatch(x[len(bare):])), None)
        if dated:  # 《启东市志》 after 《启东市志（1986~2005）》: the same book without its period
            add(Hit(_cited_or_initiative(dated), m.start(), m.end(), dated, (m.group(0),)))
            continue
        if _GENERIC_TITLE.fullmatch(bare):
            h = _short_title(text, m, titles)
            if h:
                add(h)
            continue
        for h in _title_hits(text, m):
            add(h)


_TITLE_PERIOD = re.compile(rf"[（(](?:{YEAR_SPAN}|(?:19|20)\d{{2}}年?)[）)]")
_PERIOD_AT_END = re.compile(_TITLE_PERIOD.pattern + "$")


def _short_title(text: str, m, titles: list[str]) -> Hit | None:
    """《纲要（草案）》, 《建议》: a short reference to a title given in full elsewhere (`titles`, the document's
    titles without white space); None when there is none."""
    bare = re.sub(r"\s+", "", m.group("t"))
    full = next((x for x in titles if x != bare and x.endswith(bare)), None)
    if full:
        return Hit(_cited_or_initiative(full), m.start(), m.end(), full, (m.group(0),))
    if bare == "建议" and (fyp := _FYP_PROPOSAL_BEFORE.search(text, max(0, m.start() - 20), m.start())):
        # 根据省委“十五五”规划《建议》: the Party committee's proposal for that Five-Year Plan (its full
        # title for the document's area is set in entities.py)
        key = f"关于制定国民经济和社会发展第十{fyp.group('n')}个五年规划的建议"  # 十五五 → 第十五个
        return Hit("CitedDocument", m.start(), m.end(), key, (text[fyp.start():m.end()],))
    return None


# a body's notice quoted inside a title: 《X厅〈关于印发…的通知〉》; and the document a notice issues
_ISSUED_BY_INSIDE = re.compile(r"^[\u4e00-\u9fff]{2,30}?(?:厅|局|委|委员会|政府|办公室|办公厅)[<〈](?P<i>[^<>〈〉]{4,80})[>〉]$")
_ISSUED_DOCUMENT = re.compile(r"^关于印发(?P<d>[^<>〈〉《》]{4,60}?)的通知$")


_PLAN_TITLE = re.compile(rf"(?:规划|战略)(?:[（(]{YEAR_SPAN}[）)])?$")
# a verb that tells a plan was issued, in the clause before its title (and the titles listed before it)
_ISSUED_WORDS = (r"(?:出台了?|印发了?|编制了|制定了|制订了|发布了?|颁布了?|批复了?|审议通过了?|编制完成了?|"
                 r"根据|按照|依据|依照|对照|落实|贯彻)")
_ISSUED_VERB = re.compile(_ISSUED_WORDS + r"[^，。；：\n]{0,6}$")  # (or followed: 根据《…规划》要求)
_TO_BE_ISSUED = re.compile(r"(?:将|拟|正在|加快|抓紧|启动|着手|计划|研究制定|即将|尽快|推动)")


def _clause_start(text: str, i: int) -> int:
    """Where the clause that `i` ends starts: after the last clause mark or line break before it."""
    return after_last_mark(text, i, "，。；：\n")


def _issued_before(text: str, start: int) -> bool:
    """Whether the clause before `start` says that the titles from there on were issued (研究出台了《A》《B》,
    编制了《C》), and not that they are to be (加快编制《D》, 正在编制)."""
    clause_start = _clause_start(text, start)
    before = re.sub(r"《[^《》]*》[、和及与]?", "", text[clause_start:start])  # the titles listed before this one
    if before.strip() in ("如", "例如", "比如", "包括", "像") and clause_start > 1:
        # 编制了一批区域性的专业规划，如《A》、《B》: examples of what the clause before says was issued
        prev = text[_clause_start(text, clause_start - 1): clause_start - 1]
        return bool(re.search(_ISSUED_WORDS, prev)) and not _TO_BE_ISSUED.search(prev)
    return bool(_ISSUED_VERB.search(before)) and not _TO_BE_ISSUED.search(before)


# a meeting reviewing a draft, in the clause before its title (会议审议了《…》, 审议《…(讨论稿)》、《…》, 会议同意区发改局提出的《…》)
_REVIEWED_AT_MEETING = re.compile(r"(?:审议|讨论|审定|原则同意|研究审议)(?:通过)?了?$|同意[^，。；：\n]{2,30}提出的$")


def _reviewed_before(text: str, start: int) -> bool:
    """Whether the clause before `start` says a meeting reviews the titles from there on: documents, whatever kind of
    plan they are."""
    before = re.sub(r"《[^《》]*》[、和及与]?", "", text[_clause_start(text, start):start])
    return bool(_REVIEWED_AT_MEETING.search(before))


def _national_law_short(name: str) -> bool:
    """A national law's title without 中华人民共和国 (预算法, 个体工商户条例 is no law): not a local one (湖北省…法),
    not a method (办法, 方法)."""
    return name.endswith("法") and len(name) >= 3 and not name.startswith("中华人民共和国") and \
        not name.endswith(_NEVER_LAWS + ("办法",)) and not re.match(r"[\u4e00-\u9fff]{2,3}[省市]", name) and \
        area_name_at_start(name) is None


def _title_hits(text: str, m) -> list[Hit]:
    """The titled document or programme at `m`, and the rules implementing it when they follow the title."""
    t = m.group("t")
    by = _ISSUED_BY_INSIDE.match(t)
    if by:  # 《内蒙古自治区工业和信息化厅〈关于印发…实施方案的通知〉》: the body's notice is the document cited
        a = m.start("t") + by.start("i")
        hits = [Hit("CitedDocument", a, a + len(by.group("i")), re.sub(r"\s+", "", by.group("i")),
                    (re.sub(r"\s+", "", m.group(0)),))]
        issued = _ISSUED_DOCUMENT.match(by.group("i"))
        if issued:  # and the document the notice issues
            b = a + issued.start("d")
            hits.append(Hit(_cited_or_initiative(issued.group("d")), b, b + len(issued.group("d")), issued.group("d"), ()))
        return hits
    key = re.sub(r"\s+", "", t)  # (a title broken over lines: 《国务院关于…的意\n\n见》)
    cls = _cited_or_initiative(key)
    if cls == "Initiative" and (_PLAN_TITLE.search(key) and _issued_before(text, m.start()) or
                                _reviewed_before(text, m.start())):
        cls = "CitedDocument"  # 先后研究出台了《…提升规划》, 根据《…战略》: a plan or strategy issued and carried out
        # (CONVENTIONS.md section 6); 会议审议了《2017年度主要经济指标指导计划》: a draft a meeting reviews
    aliases = (re.sub(r"\s+", "", m.group(0)),)
    if cls == "CitedDocument" and _national_law_short(key):
        key, aliases = "中华人民共和国" + key, aliases + (key,)  # 《预算法》: national laws are titled so (CONVENTIONS.md)
    if re.search(r"[<〈]", key):
        aliases += (re.sub(r"[<〈]", "《", re.sub(r"[>〉]", "》", key)),)  # a title inside a title: 《县<政府工作报告>任务分解》
    hits = [Hit(cls, m.start(), m.end(), key, aliases)]
    inner = re.search(r"[<〈](?P<i>[^<>〈〉]{2,80})[>〉]", t)
    if inner and t.startswith("关于印发"):
        # 《关于印发<…评价办法>的通知》: the notice and the document it issues are both cited
        a = m.start("t") + inner.start("i")
        hits.append(Hit(_cited_or_initiative(inner.group("i")), a, a + len(inner.group("i")), inner.group("i"), ()))
    rule = _IMPLEMENTING_RULES.match(text, m.end())
    if rule:
        # 《…保护法》实施办法: the rules implementing a law are a document of their own
        full = re.sub(r"\s+", "", m.group(0)) + rule.group(0)
        hits.append(Hit("CitedDocument", m.start(), rule.end(), full, (full.replace("《", "").replace("》", ""),)))
    return hits


_PRINCIPLE_AFTER = re.compile(r"(?:的|为|发展|工作|服务|治理)*理念")


def _quoted_names(text: str, covered: bytearray, add, known) -> None:
    """Programmes named in quotes (“…”), alone or with the head word after the quote."""
    stop = _slogan_stop()
    for m in _QUOTED.finditer(text):
        if covered[m.start()]:
            continue
        q = m.group("q")
        if "专班" in q or q.endswith(("组", "办公室", "委员会")):
            continue  # a working group is an agency
        if len(q) == 1 and text.startswith("字", m.end()) and text[m.end() + 1:m.end() + 2] not in ("标", "号"):
            continue  # 坚持“快”字当头: a character quoted for emphasis (not “蒙”字标, a brand)
        listed = _quoted_list(text, m, known)
        if listed is not None:
            for h in listed:
                add(h)
            continue
        if _quoted_place(text, m):
            continue  # “赣鄱氢走廊”, “长春人才创新港”: a quoted place is a park
        if _PRINCIPLE_AFTER.match(text, m.end()):
            continue  # 牢固树立“项目为王”理念, 以“…”为理念: a principle held, no programme
        h = _head_after_quote(text, m)
        shared = _head_of_adjacent_quotes(text, m) if h is None else None
        if shared:
            e = m.end() + 1 + len(shared) if text.startswith("等", m.end()) else m.end()  # (the last quote's mention
            # runs to the head, which no later pass then takes for a name of its own)
            add(Hit("Initiative", m.start(), e, _strip_quotes(q + shared), (m.group(0) + shared, m.group(0))))
            continue
        if h:
            if q in stop and "个" in q:
                continue  # “四个全面”战略布局: a political formula
            add(_quoted_with_head(text, m, h))
            continue
        if _not_a_quoted_name(text, m, known) or _QUOTED_STATEMENT.match(q):
            continue
        if re.search(r"[+＋×]", q) and not _ends_with_head(q):
            continue  # “文旅+百业”, “体育+”, “中职+本科”: a pairing of fields with no head names no programme
            # (“4+4科创工程” has its head inside the quotes)
        if _quoted_slogan(text, m):
            add(Hit("Initiative", m.start(), m.end(), q, (m.group(0),)))
    for m in _LONG_QUOTE_WITH_HEAD.finditer(text):
        if not covered[m.start()] and not covered[m.end() - 1]:
            key = _strip_quotes(m.group(0))
            add(Hit("Initiative", m.start(), m.end(), key, (m.group(0),)))


# a statement in quotes too long for a slogan, named by the head right after it: “强化人才引领，推动教育科技人才一体
# 赋能产业振兴”专项行动, “改造大铁北，建设新宽城，打造长处北部现代中心区”发展战略
_LONG_QUOTE_WITH_HEAD = re.compile(r"“[^“”\n]{21,48}”(?:专项行动|行动|发展战略|战略|工程)(?![\u4e00-\u9fff])")


# a quoted statement of what is to be done (提出“要将天台工业园打造成为全市标志性区域”), no programme's name
_QUOTED_STATEMENT = re.compile(r"(?:要|要将|将|把|让|使|必须|应当)[\u4e00-\u9fff]{4,}(?:成为|成|为)[\u4e00-\u9fff]{2,}")


def _ends_with_head(name: str) -> bool:
    """Whether `name` ends with a programme head word (lexicons/initiative_heads.csv)."""
    h = _initiative_heads()[0].search(name[-8:])
    return bool(h) and h.end() == len(name[-8:])


def _head_of_adjacent_quotes(text: str, m) -> str | None:
    """“两重”“两新”政策, “三高四新”和“强省会”战略: the head after the last of adjacent or joined quotes, which belongs to
    each of them (CONVENTIONS.md splits shared heads)."""
    nxt = m.end()
    while True:
        if text[nxt: nxt + 2] in ("和“", "与“", "及“", "、“"):
            nxt += 1
        if not text.startswith("“", nxt):
            break
        n2 = _QUOTED.match(text, nxt)
        if n2 is None:
            return None  # an unclosed quote ends the run
        nxt = n2.end()
        h2 = _QUOTED_HEAD.match(text, nxt)
        if h2:
            return h2.group(0)
    # “技能照亮前程”、“技能宁夏”、“以工助农”等行动: the kind of programme after 等 is each quote's head
    kind = _KIND_AFTER_DENG.match(text, nxt + 1) if text.startswith("等", nxt) else None
    return kind.group(0) if kind else None


_KIND_AFTER_DENG = re.compile(r"(?:三年行动计划|行动计划|专项行动|行动|重点工程|工程|计划|活动|试点|改革|战略)"
                              r"(?=[，。；、：）\n]|$)")

def _quoted_list(text: str, m, known) -> list[Hit] | None:
    """“数字政府、数字社会、数字生态”三大重点: names sharing their first word, each a programme of its own; None when
    the quote holds no such counted list."""
    q = m.group("q")
    items = q.split("、")
    if not (len(items) >= 2 and re.match(r"[一二三四五六七八九十两]+(?:大|个|项)", text[m.end():]) and
            all(3 <= len(it) <= 6 and it[:2] == items[0][:2] for it in items)):
        return None  # (not “考核、督查、激励”三项机制, “投什么、谁来投”四个问题: words and questions)
    stop = _slogan_stop()
    hits = []
    pos = m.start("q")
    for item in q.split("、"):
        if 2 <= len(item) <= 8 and item not in known and item not in stop and not _INIT_GENERIC.match(item):
            hits.append(Hit("Initiative", pos, pos + len(item), item, ()))
        pos += len(item) + 1
    return hits


def _quoted_place(text: str, m) -> bool:
    """Whether the quote names a place by a park's head (“赣鄱氢走廊”) with no programme's head after it."""
    q = m.group("q")
    tail = q[-7:]
    # (the head that ends the quote, whatever head stands before it in the quote)
    ph = next((p for i in range(len(tail)) if (p := _park_pattern()[0].fullmatch(tail, i))), None)
    return bool(ph and len(q) - len(ph.group(0)) >= 2 and
                not _PARK_GENERIC.match(q[:-len(ph.group(0))]) and not _QUOTED_HEAD.match(text, m.end()))


def _head_after_quote(text: str, m):
    """The head word or noun phrase after the quote that makes it a programme's name, or None."""
    far = _QUOTED_FAR_HEAD.match(text, m.end())
    if far and _TAIL_VERB.search(far.group(0)):
        far = None  # “机器管招投标”实现工程建设…: a verb, so no name's tail
    return _quoted_tail(text, m.end()) or _QUOTED_HEAD.match(text, m.end()) or far


def _quoted_with_head(text: str, m, h) -> Hit:
    """The programme named by the quote and the head `h` after it."""
    e = h.end()
    s = m.start()
    # a name written before the quote belongs to it: 招投标“双盲”评审改革, 企业上云
    if not _APP_HEAD.fullmatch(h.group(0)):
        s = _qualifier_start(text, s, 10)
    full = text[s:e]
    key = _LEADING.sub("", _strip_quotes(text[s:m.start()])) + _strip_quotes(text[m.start():e])
    return Hit("Initiative", s, e, key, (full, text[m.start():e], m.group(0), m.group("q")))


def _qualifier_start(text: str, q: int, max_len: int) -> int:
    """Where the words qualifying the quote at `q` start (招投标“双盲”, 就业服务“一张网”): back to the clause's start or
    a boundary word, past a verb that brings the quote in (以“一优两高”战略为牵引: 以 is no part of it); `q` when a
    mark, a number, a join or 的 stands between."""
    s = left_bound(text, q, max_len)
    if s < q and not re.search(r"[，。；、“”0-9年与及的]|和(?![美谐平])|实现", text[s:q]) and \
            (is_boundary_at(text, s) or text[s - 1: s] in "，。；：\n"):
        return s + len(_VERB_BEFORE_QUOTED.match(text, s).group(0))
    return q


_APP_HEAD = re.compile(_APP_HEADS)
_VERB_BEFORE_QUOTED = re.compile(r"(?:以|立足|围绕|聚焦|依托|坚持|实行|采取|实施)?")


# what follows a quote that is no programme's name: a ranking (“…百强县”榜单), a noun it qualifies (“链式”产业),
# what a place has (“鸟资源”“水资源”等生态资源), after a run of further quotes
_RANKING_AFTER = re.compile(r"榜单|排名|排行")
_KIND_AFTER = re.compile(r"产业|场景")
_QUOTE_RUN = re.compile(r"(?:、?“[^“”]{1,12}”)*")
_HOLDINGS_AFTER = re.compile(r"等[^，。；、：“”（）\n]{0,4}?(?:资源|优势|元素|要素|符号|称号|标签|禀赋)")


def _not_a_quoted_name(text: str, m, known) -> bool:
    """Whether the quote, with no head after it, is no programme: a slogan or known word, a number, part of a
    longer name, or a figure of speech."""
    q = m.group("q")
    stop = _slogan_stop()
    if q in stop or q in known or re.fullmatch(r"十[一二三四五六七八九]五", q) or not re.search(r"[\u4e00-\u9fff]", q) \
            or re.fullmatch(r"[0-9.]+[\u4e00-\u9fff]{1,2}", q) or re.match(r"\s*\d{5,}", q):
        return True  # (“2150599 其他工业和信息产业监管支出”: a budget subject's code and name)
    if re.fullmatch(r"关于.{4,80}的(?:建议|提案|议案)", q) or \
            re.fullmatch(r"[一二三四五六七八九十两]个(?:产业|片区|园区|区域|方面|领域|中心|基地|板块|组团)", q):
        return True  # “关于…的建议”: a suggestion's title (cited); “三个片区”: so many of a kind, no name
    if text[max(0, m.start() - 2):m.start()] == "关于" and re.match(r"的(?:建议|提案|意见)|\s*\n", text[m.end():]) or \
            re.search(r"(?:提出|所提|所提出)的$", text[max(0, m.start() - 5):m.start()]):
        return True  # 一、关于“乡村产业规划要打破村域限制”的建议, 你们提出的“加快推进我县生态农业发展”、…的建议: the gist
        # of a deputy's suggestion a reply answers
    if re.search(r"(?:百强|十强|强县|强市|百佳|十佳|排行)(?:县|市|区|榜)?$", q) or _RANKING_AFTER.match(text, m.end()):
        return True  # 在“中国省级开发区高质量发展百强”的排名, “2023赛迪百强县”榜单: a ranking, no programme
    if text[max(0, m.start() - 2):m.start()] in ("作为", "当作", "视为") and len(q) <= 6:
        return True  # 将招商引资作为“一号工程”: a label for another thing, no programme of its own
    if _OPPOSED.search(text, max(0, m.start() - 20), m.start()):
        return True  # 杜绝“形象工程”“政绩工程”: what the government opposes is no programme of its own
    if text[max(0, m.start() - 2):m.start()] in ("挂牌", "授牌", "揭牌"):
        return True  # 挂牌“…研究中心武汉分中心”: a plaque names an institution or a carrier, not a programme
    if "，" in q and text.startswith("的", m.end()):
        return True  # 形成“引进一个，带动一片”的倍增效应: a two-clause motto describing an effect
    if "、" in q and not re.search(r"[一二三四五六七八九十两双0-9]", q):
        return True  # “尊商、重商、亲商、安商”, “外出就业、返乡创业、合作兴业”: a motto (not “双随机、一公开”)
    if len(q) <= 2 and (q in common_words() or re.fullmatch(r"[一二三四五六七八九十两]大", q) or
                        _KIND_AFTER.match(text, m.end()) and not re.search(r"[一二三四五六七八九十两双百千万]", q)) and \
            "\u4e00" <= text[m.end():m.end() + 1] <= "\u9fff":
        return True  # 壮大“四大”创新产业, 推进“链式”产业招引: a word in quotes for emphasis before its noun
    if _HOLDINGS_AFTER.match(text, _QUOTE_RUN.match(text, m.end()).end()):
        return True  # “鸟资源”“水资源”“地资源”等生态资源: terms for what a place has, not programmes
    follow = re.match(r"[^，。；、：“”（）\n]{0,8}", text[m.end():]).group(0)
    if follow and not follow.startswith("等") and not re.search(r"的[\u4e00-\u9fff]{1,2}$", follow) and \
            re.search(r"(?:场景|事项|项目|网|工程|平台|体系|模式|机制|园区|基地|中心|系统)$", follow):
        return True  # “一卡通”应用场景: the quote is part of a longer name (not 符合“一区多园”条件的园区)
    if text[m.start() - 1:m.start()] == "的" and len(q) <= 3 or \
            re.match(r"(?:理念|演化路径|路径|发展新格局|新格局|格局|企业|方面|责任|要求|精神|作风|导向|局面|经费|资金|问题|现象|隐患|短板|难题)", follow) or \
            _QUOTED.match(text, m.end()) and _QUOTED.match(text, m.end()).group("q") in stop or \
            text[m.start() - 1:m.start()] == "”" and _QUOTED.search(text, max(0, m.start() - 22), m.start()) and \
            _QUOTED.search(text, max(0, m.start() - 22), m.start()).group("q") in stop:
        return True  # 政府的“上心事”, “为企业服务就是为发展赋能”理念, “国之大者”“省之要事”: figures of speech
    return False


# a count of measures or items in quotes (采取“三项措施”, 建立“三张单子”): no programme's name (a count of mechanisms may be)
_COUNTED_GENERIC = re.compile(r"[一二三四五六七八九十两0-9]+[项个条张大]?(?:措施|举措|要求|方面|单子)")


def _quoted_slogan(text: str, m) -> bool:
    """A slogan with a count (七个一, 双百行动计划) or a longer quoted name after a verb."""
    q = m.group("q")
    if not (_NUMERIC_SLOGAN.search(q) or len(q) >= 2 and not re.search(r"[，。]", q)) or _COUNTED_GENERIC.fullmatch(q):
        return False
    adjacent = len(q) >= 3 and (text.startswith("“", m.end()) or text[max(0, m.start() - 1):m.start()] == "”") or \
        text.startswith("、“", m.end()) or text[max(0, m.start() - 2):m.start()] == "”、"  # “村歌”、“村晚”
    return bool(_NUMERIC_SLOGAN.search(q) or is_boundary_at(text, m.start()) or adjacent or
                text[m.start() - 1:m.start()] in "；。\n" or _QUOTE_VERB.search(text, max(0, m.start() - 2), m.start()) or
                len(q) >= 4 and text[m.start() - 1:m.start()] == "，" and _QUOTED_SUBJECT.match(text, m.end()))


# festivals listed before their kind (举办旅游文化节、樱桃节、彝族火把节、苗族花山节等节会): each item is an event
_FESTIVALS_KIND = re.compile(r"节等(?:节会|节庆|节事|文化活动|活动)")
_FESTIVAL_ITEMS = re.compile(r"(?P<items>(?:[\u4e00-\u9fff“”]{2,10}?节、)+[\u4e00-\u9fff“”]{2,10}?节)\Z")
# public holidays are no events a government runs (春节、中秋节等节日期间)
_HOLIDAY = re.compile(r"(?:春|元宵|清明|端午|中秋|国庆|劳动|重阳|七夕|儿童|妇女|教师|建军|青年)节")


def _festivals_listed(text: str, covered: bytearray, add) -> None:
    for kind in _FESTIVALS_KIND.finditer(text):  # (the kind first: the list is read back from it)
        m = _FESTIVAL_ITEMS.search(text, max(0, kind.start() - 120), kind.start() + 1)
        if m is None:
            continue
        items = m.group("items").split("、")
        pos = m.start("items")
        first = items[0]
        cut = left_bound(first, len(first), 10)  # 规范举办旅游文化节: the first item starts after the verb
        pos += cut
        items[0] = first[cut:]
        for item in items:
            if len(_strip_quotes(item)) >= 3 and not covered[pos] and not _HOLIDAY.fullmatch(_strip_quotes(item)):
                add(Hit("Initiative", pos, pos + len(item), _strip_quotes(item), (item,)))
            pos += len(item) + 1


# a count of projects and the list that names them (未达序时进度项目3项为:A(投资滞后)、B(开工滞后)、C项目(一期)(开工滞后))
_PROJECTS_ENUMERATED = re.compile(r"项目(?:共)?[0-9一二三四五六七八九十]+(?:个|项)(?:为|是|分别为|分别是|包括)[：:]?")
# the statuses in brackets after an item: (开工滞后), not its phase (一期)
_ITEM_STATUS = re.compile(r"(?:[（(](?![^）)]*(?:期|段|号)[）)])[^）)]{1,12}[）)])+$")


def _projects_enumerated(text: str, covered: bytearray, add, known) -> None:
    """The projects a count lists by name after 为/是/包括, each a project however plainly named, without the status
    in brackets after it (its phase, (一期), is part of its name)."""
    for m in _PROJECTS_ENUMERATED.finditer(text):
        end = min((i for i in (text.find(c, m.end()) for c in "。；\n") if i >= 0), default=len(text))
        pos = m.end()
        for item in text[m.end():end].split("、"):
            name = _ITEM_STATUS.sub("", item)
            if 4 <= len(name) <= 40 and not re.search(r"[，,：:“”]", name) and name not in known and \
                    not any(covered[pos:pos + len(name)]):
                add(Hit("Initiative", pos, pos + len(name), name, ()))
            pos += len(item) + 1


def _works_listed(text: str, covered: bytearray, add, known) -> None:
    """启动长四辽通、敦牡和四梅集扩能等铁路项目: the head after 等 distributes over the listed names."""
    for m in _LISTED_WORKS.finditer(text):
        if covered[m.start()] or text[m.start() - 1:m.start()] in "高平对相初均何一二三特同":
            continue  # 高等教育, 平等, 一等奖: 等 inside a word
        for h in _listed_work_hits(text, m, known):
            add(h)


def _listed_work_hits(text: str, m, known) -> list[Hit]:
    """The works listed before the 等 of `m`, each named with the description and head after 等."""
    items = _listed_names(text, m.start())
    if not items or _UPGRADE_AFTER.match(text, m.end()):
        return []  # (赵口、陆浑等灌区现代化改造: the places of a programme of upgrading, not works of their own)
    desc, head = m.group("desc"), m.group("h")
    if re.search(r"领域|方面|方式|工具|资金|行业|产业|[了的]|实施|推动|加快|支持|提高|应用|外资|内资|外商|企业", desc) or \
            any(_a_field_of_work(it, head, known) or _park_pattern()[0].search(it[-7:])
                and _park_pattern()[0].search(it[-7:]).end() == len(it[-7:]) for _, it in items):
        return []  # 交通、水利等重大项目, 金融、电信等领域项目: the listed words are fields of work, not names;
        # 欧邦琪、拜尔斯等精品外资项目: the investors, whose projects are the firms' (CONVENTIONS.md 19)
    desc = _shared_description(desc)
    if any(it.endswith("项目") and not _specific_project(it[:-2]) for _, it in items):
        return []  # 科技项目和经费管理等: a kind of project
    if head == "项目" and not desc and not all(_specific_project(it) or _WORK_NAMED.search(it) for _, it in items):
        return []  # 开展高效设施渔业、水产苗种繁育、池塘养殖尾水治理等项目: kinds of work, not projects named
    hits = []
    for pos, item in items:
        if _WORK_NAMED.search(item):  # a work named by its own head keeps its name
            key, aliases = item, (item,)
        else:
            key, aliases = _strip_quotes(item + desc + head), (item, item + desc + head)
        hits.append(Hit("Initiative", pos, pos + len(item), key, aliases))
    return hits


def _a_field_of_work(item: str, head: str, known) -> bool:
    """金融、电信等领域项目: a listed word that is a field (a known industry, a short word) before 项目 or 工程; before
    the head of a work, a place names the work (临清等高速公路, 亳州、阜阳等机场)."""
    if head in ("项目", "工程"):
        return item in known or len(item) < 3
    return item in getattr(known, "industries", known)

def _shared_description(desc: str) -> str:
    """The part of the words between 等 and the head that each listed work's name takes."""
    quoted = re.search(r"“[^“”]+”", desc)
    if quoted:
        return quoted.group(0)  # 等一批“绿电氢氨醇”标志性项目: the quoted name is shared, the class is not
    if re.search(r"重点|重大|一批|省级|市级|国家|功能性|战略性|标志性|新兴|多个|高科技|存量|在建|续建|拟|骨干|节点|"
                 r"民生|跨区域|省际|交通|水利|医疗|新|“|”", desc):
        return ""  # 等340个市级重点项目: a class of projects, not part of each name
    return desc


def _names_before_heads(text: str, covered: bytearray, add, known, area_names: tuple[str, ...]) -> None:
    """Names before programme head words (lexicons/initiative_heads.csv)."""
    pat, _ = _initiative_heads()
    # right to left, so that the longest chain of head words (马拉松比赛) is taken first
    for m in sorted(pat.finditer(text), key=lambda m: -m.start()):
        if covered[m.start()] or covered[max(0, m.end() - 1)]:
            continue
        if pat.match(text, m.end()) and not text.startswith(("项目", "平台", "系统"), m.end()):
            continue  # another head follows directly: 马拉松|比赛 (but 石雄铁路|项目 names the railway, and
            # 廊坊经洽会|平台 the fair)
        _name_before_head(text, m, covered, add, known, area_names)


def _last_join(core: str) -> int:
    """Where the last 与, 和 or 及 joining two names stands in `core`, or -1."""
    return max(core.rfind(c) for c in "与和及")


def _name_before_head(text: str, m, covered: bytearray, add, known, area_names: tuple[str, ...]) -> None:
    """The programme named before the head word `m`, and the names listed or joined before it that share it."""
    head = m.group(0)
    min_name, needs_verb = _initiative_heads()[1][head]
    s = left_bound(text, m.start(), 30)
    if s == m.start() and text[s - 1: s] == "等" and head in ("行动", "工程"):
        listed = _programmes_listed_before_deng(text, s - 1, head, known)
        if listed:  # 实施数字产业升级、数字赋能拓展、数据价值释放等行动: each listed name with the head
            for h in listed:
                add(h)
            return
    stopped_by_word = s > 0 and is_boundary_at(text, s)
    if stopped_by_word and head in _ACTION_HEADS and (s == m.start() or len(text[s:m.start()]) < min_name and
                                                      not any(text.endswith(v, 0, s) for v in _OPENING_VERBS)):
        s = _past_inner_verbs(text, s, m.start())
        stopped_by_word = s > 0 and is_boundary_at(text, s)
    name = text[s:m.start()]
    if stopped_by_word and name[:1] in "和与及" and len(name) - 1 >= max(min_name, 2) and \
            not _WORD_OPENED_BY_JOIN.match(name) and not area_name_at_start(name):
        s, name = s + 1, name[1:]  # 梵净山国家公园创建和贵州三叠纪化石群申遗: the join after a verb opens no name
    q = name.rfind("“")
    if q > 0 and "”" not in name[q:] and text[m.end():m.end() + 1] == "”" and not re.search(r"[个项大]$", name[:q]) and \
            head != "奖":  # (not 三个“一号工程”, a count of names; not 联合国“土地生命奖”, an award named with its giver)
        s, name = s + q, name[q:]  # 高职“双高计划”, 国家“双高计划”: the quote holds the whole name, the words before qualify it
        stopped_by_word, min_name = True, min(min_name, 2)  # (quotes bound a name however short)
    counted = _counted_names(text, m)
    if counted is not None:
        for h in counted:
            add(h)
        return
    if not name and text[s - 1: s] == "等" and head in ("行动", "工程", "活动", "改革"):
        listed = _programme_before_deng(text, s, m)
        if listed:
            add(listed)
        return
    if re.search(r"[，。；、：]", name) or re.search(r"\d+(?:\.\d+)?[万亿]?元", name):
        return  # a clause, or an amount (…建设2.92亿元专项资金): no programme's name
    lead = _LEADING.match(name)
    core = name[lead.end():] if lead else name
    if _too_short_or_generic(core, min_name, stopped_by_word) or head in _SIZED_WORKS and len(_unsized(core, head)) < 2:
        return  # (16个大中型灌区: a size class, no name)
    if head in _PLATFORM_HEADS and not _opens_as_a_proper_name(core):
        return  # 创新平台, 公共服务平台, 地方政府融资平台, 新型电力系统: kinds of platform, no platform's name
    if head == "方案" and not (_opens_as_a_proper_name(core) or re.search(r"[0-9]\.[0-9]", core) or text[s - 1:s] == "”" or
                               lead and lead.group(0) in _OWN_PLACE_LEADS):
        return  # 资金分配方案, 安全整改方案: what a scheme is for; a place's or the state's scheme is named
        # (常州市重点服务业企业培育方案), and so is a version (服务业扩大开放3.0方案) or a period's (“十五五”碳达峰行动方案)
    if head in ("政策", "制度") and _a_kind_of_policy(core, head):
        return  # 物流业扶持政策, 园区发展政策, 主动公开各项工作制度: what a policy is for, no policy's name
    if re.match(r"全[省市区县州旗]", core) and re.search(r"(?:规划|计划|方案)$", head):
        return  # 全区中长期财政计划, 全市十四五规划: the plans of a place's whole scope, no plan's name
    # a clause that opens with a verb of building brings in the name after it (，建设福建省食品安全信息追溯平台)
    opened = bool(lead) and lead.group(0) in _BUILDING_LEADS and (s == 0 or text[s - 1] in "。；，：\n")
    if needs_verb and _not_brought_in(text, m, s, core, stopped_by_word or opened and head in _PLATFORM_HEADS):
        return  # (宁电入湘工程投产送电: a work opening its clause and reported done is named)
    if _head_as_a_word(text, m, core):
        return
    if head == "项目" and (_FIRM_BEFORE.search(text, max(0, s - 30), s) or _FIRM_IN_NAME.search(core)):
        return  # 由广东惠电科技发展有限公司实施的年产8000套…项目, 密山市某某制造有限公司新建项目: an enterprise's project
        # (CONVENTIONS.md 19)
    if any(covered[s:m.end()]):
        j = _last_join(core)
        cut = m.start() - len(core) + j + 1
        if j < 1 or any(covered[cut:m.end()]) or m.start() - cut < max(min_name, 2):
            return  # the name or its head is part of a name taken already
        # 江淮生态经济区与淮河生态经济带战略: the first of two joined names is taken, the second is this head's
        s, name, core = cut, text[cut:m.start()], text[cut:m.start()]
        if _too_short_or_generic(core, min_name, True) or _head_as_a_word(text, m, core) or \
                re.match(r"[0-9一二三四五六七八九十两]+年", core):
            return  # (…“六清单”和三年行动方案: a kind of plan, no name)
    if head == "战略" and _REGION_STRATEGY.search(core + head) and _last_join(core) >= 1:
        # 江淮生态经济区与淮河生态经济带战略: the strategy is the region written last; the first is found by its head
        s = m.start() - len(core) + _last_join(core) + 1
        name = core = text[s:m.start()]
    cs = s + (len(name) - len(core))
    joined = _split_at_join(core, cs, head)
    if joined:
        cs, core, first = joined
        if first:
            add(first)
        if _INIT_GENERIC.match(core) or head in _SIZED_WORKS and len(_unsized(core, head)) < 2:
            return  # 实施方案和专项规划, 防洪工程和病险水库: the second of two kinds, no name
    if core.startswith("贯彻") and text.startswith("深入", cs - 2):
        core, cs = "深入" + core, cs - 2
    if core.endswith("等") and 2 <= len(core) - 1 <= 8 and stopped_by_word and not _INIT_GENERIC.match(core[:-1]):
        # 实施冀货出海等行动: the listed name with the head after 等 (CONVENTIONS.md splits shared heads), which
        # the text may leave out elsewhere
        add(Hit("Initiative", cs, m.end(), core[:-1] + head, (core[:-1],)))
        return
    if _no_programme_named(text, s, core, head, min_name, area_names):
        return
    if text[cs - 1: cs] == "等" and head == "工程" and not re.match(r"重[点大]", core):
        listed = _items_before_deng(text, cs - 1, m.end(), core + head, known)
        if listed:  # 清水河、苦水河、沙湖等综合治理工程: each listed name with the kind of work after 等
            for h in listed:
                add(h)
            return
    compound = next((h for h in _SHARED_HEADS if head.endswith(h) and len(head) > len(h)), None)
    before = _list_items(text, cs - 1, 6) if compound and text[cs - 1: cs] == "、" else []
    if before and len(before[0][1]) > len(head) - len(compound) and before[0][1].endswith(head[:-len(compound)]):
        # 教育强省、科技强省、人才强省建设: items that end like the head (强省) share its last word (建设)
        _items_sharing_head(text, cs, compound, covered, add, known, ending=head[:-len(compound)])
    elif len(_unsized(core, head)) <= 3 and text[cs - 1: cs] == "、" and \
            not any(k.startswith(core + head) for k in _strategies()):
        # 加快雄忻、石雄铁路, 打好蓝天、碧水、净土保卫战: short names before the listed one share its head
        # (not a national strategy's own name: 深化与长三角、长江经济带…合作)
        for h in _short_items_before(text, cs, head):
            add(h)
    elif text[cs - 1: cs] == "、" and head in _SHARED_HEADS:
        items = _list_items(text, cs - 1, 6)
        if _one_scope_listed(items, core, covered, known):
            # 粮油生产、储备、加工能力提升行动, 餐饮、住宿行业服务质量提升行动: items much shorter than the last are
            # not parallel names; the list is the one programme's scope and its name is written whole
            cs = items[0][0]
            s, core = min(s, cs), text[cs:m.start()]
        else:
            _items_sharing_head(text, cs, head, covered, add, known)
    add(_programme_hit(text, m, s, cs, core))


def _one_scope_listed(items: list[tuple[int, str]], core: str, covered: bytearray, known) -> bool:
    """Whether a 、-list before a shared head names one programme's scope: an item of one or two characters or
    one five or more characters shorter than the last (科教兴省、人才强省、创新驱动发展战略 and 疆电入渝、川渝特高压交流
    工程 are parallel names), none with a head of its own (完整社区建设、…安全工程), taken already or a known name."""
    return bool(items) and any(len(item) <= 2 or len(core) - len(item) >= 5 for _, item in items) and \
        not any(_ends_with_head(item) or item.endswith(tuple(_SHARED_HEADS)) or covered[ps] or item in known
                for ps, item in items)


# words that begin with a joining character (和美乡村, 和谐社区, 与会); places such as 和田 are found in the gazetteer
_WORD_OPENED_BY_JOIN = re.compile(r"和[美谐平睦合]|与会|及时")
# the verbs of building among the words _LEADING strips before a name (the only ones a lead can be)
_BUILDING_LEADS = frozenset({"建设", "新建", "优化"})
# the heads of named platforms and information systems (福建省食品安全信息追溯平台, “一企来办”企业数智化服务平台)
_PLATFORM_HEADS = frozenset({"平台", "系统", "中试平台"})


def _opens_as_a_proper_name(core: str) -> bool:
    """Whether the words before a platform's or a scheme's head (平台, 系统, 方案) make a proper name: they open with a
    place (盘锦精细化工中试平台), the country or the own province or city (省政务服务平台), or hold a quoted name
    (“蒙科聚”平台); not a local government's financing vehicle (融资平台), nor an event used as one (借助廊坊经洽会平台)."""
    return not core.endswith(("融资", "会", "节", "赛")) and \
        not re.search(r"首个|首家|一批|^(?:国家级|省部级|省级|市级|市场|市民)", core) and (
        "“" in core or core.startswith(("中国", "国家", "全国", "省", "市")) or area_name_at_start(core) is not None)


# the own province, city or district among the leads _LEADING strips (制定我省冰雪经济发展行动方案)
_OWN_PLACE_LEADS = ("我省", "我市", "我区")

_ACTION_HEADS = frozenset({"行动", "专项行动", "攻坚行动", "三年行动", "工程", "计划"})
# verbs that open a programme's name, whatever its length (实施民心工程), unlike the verbs inside one
# (空气质量持续改善行动)
_OPENING_VERBS = ("实施", "开展", "推进", "推动", "深化", "启动", "组织", "落实", "完成", "建设", "打造")


def _past_inner_verbs(text: str, s: int, head_start: int) -> int:
    """绿色消费推进行动, 跨境电商加快发展行动: a verb right before an action's head cut its name short; the
    name runs back past that verb (and one more right before it) to the words before it, within the clause and
    without 的 (攻坚克难的行动 names none). `s` is where the name was cut; it is returned when no such words
    stand there."""
    cut = s
    for _ in range(2):
        w = boundary_word_before(text, s)
        if not w:
            return cut
        s2 = left_bound(text, s - len(w), 30)
        inner = text[s2:head_start]
        if re.search(r"[，。；、：“”的]", inner) or len(inner) > 20:
            return cut
        if s - len(w) - s2 >= 3:
            return s2  # words of the name stand before the verb
        s = s2  # another verb right before it (设置调整优化): go past it too
    return cut


def _counted_names(text: str, m) -> list[Hit] | None:
    """大运河、长城、西山永定河三条文化带: the head distributes over the listed names before a count; None when no
    such list stands before the head."""
    clause = re.split(r"[，。；：\n]", text[max(0, m.start() - 100):m.start()])[-1]
    count = re.search(r"(?P<items>(?:[\u4e00-\u9fff]{2,10}、)+[\u4e00-\u9fff]{2,10}?)等?(?P<n>[一二三四五六七八九十两]+)[条个大项]$",
                      clause)  # (…、营收倍增等八大行动: 等 closes the list)
    if not count:
        return None
    items = count.group("items").split("、")
    if max(map(len, items)) > 6 and parse_cn_integer(count.group("n")) != len(items):
        return None  # long items are names only when the count says so
    # 实施大力发展先进制造、…、持续优化产业生态七大行动: a count that matches the list confirms the items whole
    whole = parse_cn_integer(count.group("n")) == len(items) and len(items) >= 3
    hits = []
    pos = m.start() - len(count.group(0))
    for i, item in enumerate(items):
        cut = pos if whole and i > 0 else left_bound(text, pos + len(item), len(item))
        opening = _OPENING_VERB.match(item) if whole and i == 0 else None
        if opening and len(item) - opening.end() >= 2:
            cut = pos + opening.end()  # 实施大力发展先进制造、…七大行动: the verb opens the list, the rest is the name
        if pos + len(item) - cut >= 2:
            hits.append(Hit("Initiative", cut, pos + len(item), text[cut:pos + len(item)] + m.group(0), ()))
        pos += len(item) + 1
    return hits


_OPENING_VERB = re.compile(r"(?:深入|全面|持续|加快)?(?:实施|开展|推进|推动|落实|启动)")


def _programmes_listed_before_deng(text: str, deng: int, head: str, known) -> list[Hit]:
    """The 、-list of short names before the 等 at `deng`, each with the head (CONVENTIONS.md splits shared
    heads); [] when no list stands there (not 活动: 世界闽商大会、中国歌剧节等活动 are events of their own)."""
    ls = left_bound(text, deng, 10)
    if text[ls - 1: ls] != "、" or not 2 <= deng - ls <= 8:
        return []
    items = _list_items(text, ls - 1, 8) + [(ls, text[ls:deng])]
    return [Hit("Initiative", ps, ps + len(item), item + head, (item,)) for ps, item in items
            if not _INIT_GENERIC.match(item) and item not in known and not _ends_with_head(item)]


def _programme_before_deng(text: str, s: int, head) -> Hit | None:
    """实施冀货出海等行动: the listed name before the 等 ending at `s` is the programme, named with the head `head`
    (a match) after 等 and without it."""
    ls = left_bound(text, s - 1, 10)
    item = text[ls:s - 1]
    if 3 <= len(item) and is_boundary_at(text, ls) and not _INIT_GENERIC.match(item):
        return Hit("Initiative", ls, head.end(), item + head.group(0), (item,))
    return None


def _items_before_deng(text: str, deng: int, end: int, kind: str, known) -> list[Hit]:
    """The names listed before the 等 at `deng`, each joined to the `kind` of work named after it
    (“风光水火”等多能互补工程 → “风光水火”多能互补工程); [] when what stands there is no list of short names. A
    place may name a work (清水河、苦水河、沙湖等综合治理工程: 清水河 is also a county's short name); an industry
    names a field of work (not a work's name)."""
    if text[deng - 1: deng] == "”":
        qs = text.rfind("“", max(0, deng - 12), deng)
        items = [(qs, text[qs:deng])] if qs >= 0 and "”" not in text[qs:deng - 1] else []
    else:
        ls = left_bound(text, deng, 8)
        last = text[ls:deng]
        if not (2 <= len(last) <= 8 and is_boundary_at(text, ls) or text[ls - 1: ls] == "、"):
            return []
        items = (_list_items(text, ls - 1, 8) if text[ls - 1: ls] == "、" else []) + [(ls, last)]
        if len(items) < 2 and text[ls - 1: ls] == "、":
            return []
    if not items or re.match(r"[0-9一二三四五六七八九十百千万]", kind) or \
            any(_INIT_GENERIC.match(_strip_quotes(it)) or it in getattr(known, "industries", known) or
                _ends_with_head(it) or _ends_like_park(it) or
                re.search(r"[0-9]|期$", it) for _, it in items):
        return []  # (川州二期等500千伏输变电工程: phases of a sized work; 某园区等…工程: a park's works)
    # the last name's mention runs to the end of the kind (`end`), the others' are the names alone
    return [Hit("Initiative", ps, end if i == len(items) - 1 else ps + len(it), it + kind, ())
            for i, (ps, it) in enumerate(items)]


def _ends_like_park(name: str) -> bool:
    m = _park_pattern()[0].search(name[-7:])
    return bool(m and m.end() == len(name[-7:]))


@lru_cache(maxsize=1)
def _policy_kinds() -> re.Pattern[str]:
    words = sorted(word_lines("policy_kinds.txt"), key=len, reverse=True)
    return re.compile(rf"(?:{'|'.join(map(re.escape, words))})$|各项|相关|现行|最新")


def _a_kind_of_policy(core: str, head: str) -> bool:
    """Whether the name before 政策 describes a kind of policy (lexicons/policy_kinds.txt), not one policy; before
    制度, whether it holds what only a kind holds (各项, 相关, 配套: 涉企保证金配套管理制度)."""
    if head == "制度":
        return bool(re.search(r"各项|相关|现行|最新|配套", core))
    return bool(_policy_kinds().search(_strip_quotes(core)))


def _too_short_or_generic(core: str, min_name: int, stopped_by_word: bool) -> bool:
    """Whether the name before the head is shorter than the head needs or a generic word only."""
    if len(_strip_quotes(core)) < min_name or min_name == 0 and core and not stopped_by_word:
        return True
    # (a head that is a whole name, 全运会 or 亚冬会, stands alone)
    return bool(_INIT_GENERIC.match(_strip_quotes(core) or ("" if min_name == 0 else "新")))


def _not_brought_in(text: str, m, s: int, core: str, stopped_by_word: bool) -> bool:
    """Whether nothing brings in the name of a head that needs it: no verb or boundary word before it, no list or
    quote around it, and it does not open its clause as a project or a programme or a work reported done."""
    head = m.group(0)
    return not stopped_by_word and not (s > 0 and text[s - 1] in "、“") \
        and text[m.end():m.end() + 1] != "、" and not (head == "项目" and (s == 0 or text[s - 1] in "。；，\n")) \
        and not (head in ("行动", "工程") and len(core) >= 4 and (s == 0 or text[s - 1] in "。\n") and
                 not re.search(r"进入|首个|—|[0-9]|^(?:修复|世界|国内|全国|生态文明)", core)) \
        and not (len(core) >= 3 and (s == 0 or text[s - 1] in "。；，：\n") and
                 (_DONE_AFTER.match(text, m.end()) or head in ("活动", "仪式") and _HELD_AFTER.match(text, m.end())))


# regions planned across several cities (lexicons/initiative_heads.csv)
_REGION_HEADS = frozenset({"都市圈", "城市群", "经济圈", "经济带", "生态经济区"})
# a region written with its construction (成渝地区双城经济圈建设): the region is the programme
_REGION_BUILT = re.compile(f"(?:{'|'.join(sorted(_REGION_HEADS))})建设$")
# a region, or a belt, before 战略 (淮河生态经济带战略, 大运河文化带战略): the region is the programme
_REGION_STRATEGY = re.compile(f"(?:{'|'.join(sorted(_REGION_HEADS | {'文化带', '旅游带', '生态带', '经济区'}))})战略$")
# a company that carries out the project named next
_FIRM_BEFORE = re.compile(r"(?:公司|集团)(?:实施|投资|建设|承建|投建|开发|运营)的$")
_FIRM_IN_NAME = re.compile(r"(?:有限公司|有限责任公司|股份公司|集团公司|集团)")


# the list of a count of projects the item stands in (集中开工11个项目，总投资…，包括：A项目、B项目、…): its
# items are the projects' own names, however plain
_LISTED_AFTER_A_COUNT_OF_PROJECTS = re.compile(
    r"(?:[0-9一二三四五六七八九十百]+个(?:[^\n。；，、]{0,8})项目|项目[0-9一二三四五六七八九十百]+个)[^\n。；]{0,40}?"
    r"(?:包括|分别是|分别为|涉及|即)[：]?"
    r"(?:[^\n。；：]{2,60}?项目、)*\Z")

# the body that runs a project (湘商产业园项目建设指挥部): part of an agency's name, no project's
PROJECT_BODY = re.compile(r"项目(?:建设)?(?:指挥部|办公室|领导小组|专班)")
# what a policy or a reform yields or qualifies (政策红利, 改革开放, 改革的办法): the head is no programme's end
_POLICY_YIELD = re.compile(r"红利|效应|效能|福利")
_REFORM_MODIFIES = re.compile(r"开放|发展|胆识|红利|活力|稳定|文章|的(?:办法|方法|方式|思路|精神|手段)")


# a page setting out a body's duties (主要职责, 部门职责, 机构职能, 职能配置)
_DUTIES_PAGE = re.compile(r"主要职责|部门职责|机构职能|职能配置|工作职责")


def _head_as_a_word(text: str, m, core: str) -> bool:
    """Whether the head word is used here as a plain word, not as the end of a programme's name, or the words
    before it are no name of their own (a field, a preposition's object, a body, a relation)."""
    head = m.group(0)
    if head in ("规划", "计划", "制度", "活动", "行动") and _DUTIES_PAGE.search(text, 0, 400) and \
            not re.search(r"[“《\d]|(?:19|20)\d\d|[省市县区州旗]", core):
        return True  # 组织编制科技发展规划, 拟订行业管理制度 in a body's list of duties: its kinds of work, no programme named
    if head in ("规划", "战略", "政策") and re.match(r"全(?:市|省|区|县)(?:工业|信息化|新型工业化|产业|经济)", core) or \
            head in ("大会", "会议") and "工作" in core or re.fullmatch(r"“?十[一二三四五六七八九]五”?", core):
        return True  # 制定并组织实施全市工业行业规划 (a body's duty), 经济工作暨…大会 (a meeting), “十四五”工作
    region_head = head.removesuffix("建设") in _REGION_HEADS
    if region_head and (re.match(r"[0-9一二三四五六七八九十]|发布|推出|打造|建设|世界级|创新型", core) or
                        re.search(r"[和与及]$" if head.endswith("建设") else r"[和与及]$|[和与及](?!.*[市省区县州])", core)):
        return True  # 10场都市圈, 打造世界级大都市圈, 都市圈和城市群(建设): no region's name
    if head == "项目" and not _specific_project(_strip_quotes(core)) and \
            not _LISTED_AFTER_A_COUNT_OF_PROJECTS.search(text, max(0, m.start() - len(core) - 400), m.start() - len(core)):
        return True  # 重大项目, 产业项目: a kind of project; 吉化乙烯项目, 华电榆树…一体化项目: a named one
    if head == "项目" and PROJECT_BODY.match(text, m.start()):
        return True  # 湘商产业园项目建设指挥部: a body's name
    if head in ("活动", "仪式") and _GENERIC_EVENT.fullmatch(_strip_quotes(core)):
        return True  # 举办座谈会和项目签约仪式: an event of a kind, no name of its own
    if head == "专项" and re.match(r"资金|经费|补助|奖补", text[m.end():m.end() + 2]):
        return True  # 工业园区发展专项资金: a fund, no programme (CONVENTIONS.md: funds are left out)
    if head == "战略" and not _REGION_STRATEGY.search(core + head) and (re.match(r"(?:合作|部署|支点|腹地|机遇|定力|地位|高度|任务|布局|需求|储备|资源|导向|目标|举措|科学家|"
                                    r"投资|性|通道|新兴|要地|枢纽|平台|考量|意义|眼光|思维|全局|基点|重点|定位)", text[m.end():]) or
                         re.search(r"这个|这一|[和与及为]|体现|进入|服务|承担|赢得|履行|国家|重大|党中央|^[特优]$", core)):
        return True  # 战略合作, 扩大内需这个战略, 服务国家重大战略: not the name of a strategy
    if head == "政策" and _POLICY_YIELD.match(text, m.end()):
        return True  # 释放失业保险稳岗惠企政策红利: what a policy yields, not the policy's name
    if head in ("迁建", "扩建") and text[m.end():m.end() + 1] == "设":
        return True  # 避险搬迁建设: 迁建 across two words
    if head == "改革" and (_REFORM_MODIFIES.match(text, m.end()) or
                         re.search(r"(?:领域|方面|重点|特色|试点)$", core)):
        return True  # 共享改革发展成果, 改革开放, 做好…改革文章: a modifier; 社会领域改革, 各方面改革: a field, no programme
    if (core + head).endswith(("人民代表大会", "代表大会")) or re.search(r"(?:相关|[内里])$", core):
        return True  # 县十八届人民代表大会 (a body), 开发区相关政策, 产业园区内规划: no programme's name
    if core.startswith("以") and not re.match(r"以.[代换助制带促补]", core):
        return True  # 以开放促改革, 以经济体制改革为牵引: a preposition, not a name (以工代赈, 以旧换新 are)
    if head == "奖" and (core.endswith(("获", "大")) or core.startswith("获") or core in ("国家", "国家级", "省级") or
                        re.search(r"首个|首次|一等|二等|三等|特等", core)):
        return True  # 群星奖获奖数量
    ends_park = _park_pattern()[0].search(core[-7:])
    if head == "政策" and (_POLICY_GENERIC.search(core) or _POLICY_GENERIC.search(re.split(r"[和及与]", core)[-1]) or text.startswith("体系", m.end()) or
                         ends_park and ends_park.end() == len(core[-7:])):
        return True  # 更加积极的财政政策, 一揽子增量政策: a stance, not a named policy
    return False


def _split_at_join(core: str, cs: int, head: str) -> tuple[int, str, Hit | None] | None:
    """甲比赛和乙运动会, 农业中关村和种业之都: two names joined by 和/及; the start and text of the second, which the
    head ends, and the first as a hit when it has a head of its own; None when no such join stands in `core`
    (which starts at `cs`)."""
    # the last join that is not part of a place's name (呼和浩特都市圈)
    from .areas import gazetteer
    g = gazetteer()
    j = max((i for i, ch in enumerate(core) if ch in "和及" and not _inside_place_name(core, i, g)), default=-1)
    if not (j > 0 and len(core) - j - 1 >= 2):
        return None
    spec = _initiative_heads()[1]
    first = _strip_leading(core[:j])
    fs = cs + j - len(first)
    first_head = next((h for h in sorted(spec, key=len, reverse=True) if first.endswith(h)), None)
    hit = None
    if (first_head and len(first) - len(first_head) >= 2 and not _INIT_GENERIC.match(first[:-len(first_head)]) or
            len(first) >= 4 and head.endswith("之都")):  # (科技重大专项和重点研发专项: two kinds, no name)
        hit = Hit("Initiative", fs, cs + j, _drop_edition(_strip_quotes(first)), (first,))
    return cs + j + 1, core[j + 1:], hit


def _no_programme_named(text: str, s: int, core: str, head: str, min_name: int, area_names: tuple[str, ...]) -> bool:
    """Whether the name, as cut, names no programme: what is opposed, a slogan, too short, a list, a generic start or
    a count, or a kind of work."""
    if _OPPOSED.search(text, max(0, s - 20), s) or core.startswith(_OPPOSING) or \
            _strip_quotes(core + head) in _slogan_stop():
        return True  # 坚决不搞形象工程、政绩工程: what the government opposes is no programme of its own
    if len(_strip_quotes(core + head)) < 4 and min_name != 0 or "等" in core or core.startswith(_GENERIC_START) \
            or re.search(r"\d+[个家项条]", core):
        return True
    if head in _ROUTES and _LINE_REACHED.search(core):
        return True  # 县县通高速, 市市通高铁, 盟市接通高铁: places reached by lines, no line named
    if head in ("综合治理", "环境整治", "专项治理") and not (re.search(r"[河湖山江海岛]", core) or
                                                  any(core.startswith(a) for a in area_names)):
        return True  # 社会治安综合治理: a kind of work, not a named project
    return False


def _short_items_before(text: str, cs: int, head: str) -> list[Hit]:
    """The short names listed before the name at `cs`, each with the head (雄忻、石雄铁路 → 雄忻铁路), right to left."""
    hits = []
    sep = cs - 1
    while sep > 0 and text[sep] == "、":
        ps = next((sep - n for n in (2, 3) if sep - n >= 0 and
                   re.fullmatch(r"[\u4e00-\u9fff]+", text[sep - n:sep]) and
                   (sep - n == 0 or is_boundary_at(text, sep - n) or text[sep - n - 1] in "，。；、")), None)
        if ps is None:
            break
        hits.append(Hit("Initiative", ps, sep, text[ps:sep] + head, (text[ps:sep],)))
        sep = ps - 1
    return hits


def _items_sharing_head(text: str, cs: int, head: str, covered: bytearray, add, known, ending: str = "") -> None:
    """实施科教兴省、人才强省、创新驱动发展战略; 推进好房子、好小区、好社区建设: the head belongs to each (with
    `ending`, only to the items that end so)."""
    pat, _ = _initiative_heads()
    for ps, item in _list_items(text, cs - 1, 6):
        if ending and not item.endswith(ending):
            break
        if _ends_with_head(item):
            break  # 粮食单产提升工程、优质湘猪工程: the item has its own head; no sharing
        if item not in known and not _INIT_GENERIC.match(item) and not covered[ps]:
            add(Hit("Initiative", ps, ps + len(item), item + head, (item,)))


def _programme_hit(text: str, m, s: int, cs: int, core: str) -> Hit:
    """The programme named `core` (from `cs`, its clause's name from `s`) before the head `m`, with the phase of
    a work after the head."""
    head = m.group(0)
    end = m.end()
    route = ()
    if head == "高速" and text.startswith("公路", end):
        end, head = end + 2, "高速公路"  # 宁九高速公路
    phase = _PHASE.match(text, end) or _VERSION.match(text, end)
    if phase:  # 秦沈高速一期, 庄河核电二期工程, 林长制改革2.0版: each phase of a work or version of a programme is
        # a project of its own
        end, head = phase.end(), head + phase.group(0)
    segment = _route_segment(text, end) if m.group(0) in _ROUTES else None
    if segment:  # 京港高铁阜阳至黄冈段: the section built is the project, the line its other name
        route = (_strip_quotes(text[cs:end]),)
        end, head = segment.end(), head + segment.group(0)
    if text[cs:end].count("“") > text[cs:end].count("”") and text[end:end + 1] == "”":
        end += 1  # (the quote that holds the name closes after its head)
    full = text[cs:end]
    key = _strip_quotes(_unsized(core, head) + head)
    if head == "项目" and _WORK_NAMED.search(core) and not core.endswith(("工程", "项目")):
        key = _strip_quotes(core)  # 五指山至保亭至海棠湾高速公路项目: the work is named by its own head
    key = _drop_edition(key)
    cls = "CitedDocument" if _implemented_plan(text, s, head, key) else "Initiative"
    return Hit(cls, cs, end, key, (full, _strip_quotes(full), text[s:end], *route, *_other_forms(key)))


_ROUTES = frozenset({"铁路", "高铁", "城际", "城际铁路", "高速"})
_LINE_REACHED = re.compile(r"(?:通|接通|迈入|进入|不通|通时速[0-9]+公里)$")
# a section of a line: 河南段, 阜阳至黄冈段, 银川至巴彦浩特支线 (not 拥堵路段, 出入口及连接线)
_SEGMENT_OF_ROUTE = re.compile(r"(?:[\u4e00-\u9fff]{1,5}至[\u4e00-\u9fff]{1,5}|[\u4e00-\u9fff]{1,4}?)(?:段|支线|连接线)")
_NOT_A_SECTION = re.compile(r"路段|阶段|地段|时段|手段|[及和与等]|建设|工程|项目|通车|开工")


def _route_segment(text: str, end: int):
    """The section of a railway or highway named right after it, or None."""
    seg = _SEGMENT_OF_ROUTE.match(text, end)
    return seg if seg and not _NOT_A_SECTION.search(seg.group(0)) else None


def _unsized(core: str, head: str) -> str:
    """车马碧大型 before 水库 → 车马碧: the size class (or the 病险 class of unsafe reservoirs) of a work is no part of its
    name."""
    return re.sub(r"(?:(?:大中|大|中|小)型|病险)$", "", core) if head in _SIZED_WORKS else core

def _implemented_plan(text: str, s: int, head: str, key: str) -> bool:
    """落实…规划, 落实国家…工作方案: an existing plan implemented, cited (a local plan the agency carries out,
    落实常州市…培育方案, is its initiative)."""
    implemented = any(text.startswith(v, s - len(v)) for v in _IMPLEMENT_VERBS)
    return head == "规划" and ("纲要" in key or implemented) or \
        head == "方案" and implemented and key.startswith(("国家", "国务院", "中央"))


def _other_forms(key: str) -> tuple[str, ...]:
    """The other names of a programme: without its edition, its 建设 or its 首届."""
    edition = re.match(r"^(?:第[0-9一二三四五六七八九十]+届|(?:19|20)\d{2}年?)", key)
    bare = (key[edition.end():],) if edition and len(key) - edition.end() >= 2 else ()
    if key.endswith("建设") and len(key) >= 8:
        bare = (*bare, key[:-2])  # 消费新业态新模式新场景试点城市建设: the programme is named without 建设 too
    if "首届" in key and len(key) >= 7:
        bare = (*bare, key.replace("首届", ""))  # 全国首届青少年田径运动会: the event, whatever its edition
    return bare


# a verb of opposing in the clause before a name: what follows is to be stopped, not a programme
_OPPOSING = ("反对", "杜绝", "严禁", "防止", "不搞", "遏制", "纠治")
_OPPOSED = re.compile("(?:" + "|".join(_OPPOSING) + r")[^，。；：\n]*$")
# heads that a 、-list of short names shares (科教兴省、人才强省战略)
_SHARED_HEADS = frozenset({"战略", "建设", "行动", "专项行动", "攻坚行动", "三年行动", "工程", "计划", "试点"})
# what a named work or programme at the start of its clause is reported to have done
_DONE_AFTER = re.compile(r"(?:[一二三四五六七八九十]期)?(?:全面完成|顺利完成|建成投产|建成运营|建成通车|投产送电|开工建设|建成|投产|通车|投运|"
                         r"竣工|完工|获批|全面推开|大坝封顶|主体工程|全线贯通|贯通|开通运营|上线运行|稳步推进|扎实推进)")
# an event of a kind, no name of its own (项目签约仪式, 重点项目集中开工活动)
# (…its batch or quarter and what it signs: 三季度招商引资重点项目集中开工仪式, 第一批重点招商引资项目签约仪式,
# 招商引资推介暨投资项目签约仪式, 招商引资集中签约仪式)
_GENERIC_EVENT = re.compile(r"(?:[^和与及]*[和与及])?(?:(?:19|20)\d\d年)?(?:第[一二三四五六七八九十\d]+(?:次|批|季度)|[一二三四1-4]季度|"
                            r"[上下]半年|年度)?(?:重大|重点|招商引资|推介暨|投资)*(?:项目)?"
                            r"(?:集中)?(?:开工|签约)(?:暨集中(?:开工|签约))?")
# an event reported held (…集中开工暨集中签约活动在法麦克斯三期项目现场举行, …签约仪式举行)
_HELD_AFTER = re.compile(r"(?:在[^，。；\n]{1,24}?)?(?:隆重|顺利)?(?:举行|举办|召开|开幕|启动|闭幕)")
_UPGRADE_AFTER = re.compile(r"(?:现代化改造|节水改造|改造提升|提升改造|除险加固)")
# works whose size class may stand between name and head (大型水库, 中型灌区)
_SIZED_WORKS = frozenset({"水库", "灌区", "水电站"})
_VERSION = re.compile(r"[0-9]\.[0-9]版")
_PHASE = re.compile(r"[一二三四五六七八九十]期(?:工程|项目)?(?![间末中初])")


_LISTED_WORKS = re.compile(
    r"等(?:[0-9]+|[一二三四五六七八九十两]+|一批|多个)?(?:个|条|座|批|项)?(?:[百千万亿]+级)?"
    r"(?P<desc>[\u4e00-\u9fff“”]{0,14}?)(?P<h>高速公路|铁路|高铁|城际铁路|机场|水库|水利枢纽|水电站|灌区|港口|项目|工程)")


# a sector or an activity at the end of a listed item: a kind of work (设施渔业, 水产苗种繁育, 尾水治理)
_KIND_OF_WORK = re.compile(r"(?:业|电商|推广|繁育|治理|培训|养殖|种植)$")
# a work's own head at the end of its name (沈白高铁, 铜塘湾码头二期)
_WORK_NAMED = re.compile(r"(?:工程|项目|铁路|高铁|高速|高速公路|机场|水库|水利枢纽|[一二三四五六七八九十]期|管道|跑道|大桥|隧道|"
                         r"码头|号线|电站|电厂)$")
_WORK_VERB = re.compile(r"^(?:新?开工(?:建设)?|续建|建成(?:通车|投产|投运)?|通车|投产|改扩建|在建|力争开工)")


def _listed_names(text: str, end: int, max_item: int = 14) -> list[tuple[int, str]]:
    """Names listed before `等` at `end` (separated by 、 和 及), left to right; [] unless each is a bounded,
    specific name (not a verb, not a generic word)."""
    by_last = _by_last_char()
    items = []
    while True:
        i = end
        while i > 0 and end - i < max_item and is_name_char(text[i - 1]) and text[i - 1] not in "、和及":
            if i < end and any(len(w) >= 2 and text.startswith(w, i - len(w)) for w in by_last.get(text[i - 1], ())):
                break
            i -= 1
        item = text[i:end]
        if item.endswith("以") and text[end:end + 1] == "及":
            item, end = item[:-1], end - 1  # 钦州电厂三期以及…
        lead = _LEADING.match(item) or _WORK_VERB.match(item)
        if lead and len(item) - lead.end() >= 2:
            i, item = i + lead.end(), item[lead.end():]
        if len(item) < 2 or item in boundary_words() or _INIT_GENERIC.match(item) or \
                re.search(r"[“”（）]|^[0-9年]|[个家项条]$|\d+个|^(?:重点|重大|一批|各类|相关|其他)|一批|[了的]", item):
            return []
        items.append((i, item))
        sep = text[i - 1:i]
        if sep in ("、", "和", "及") and i >= 2:
            end = i - 1
            continue
        if i > 0 and is_name_char(text[i - 1]) and not any(
                len(w) >= 2 and text.startswith(w, i - len(w)) for w in by_last.get(text[i - 1], ())):
            return []
        return items[::-1]


_POLICY_GENERIC = re.compile(
    r"^(?:更加|更|适度|宽松|中央|路线|方针|宏观经济|经济|一揽子|增量|存量|支持|扶持|优惠|惠企|助企|帮扶|纾困|稳岗|宏观|财政|货币|金融|税收|土地|产业|人才|"
    r"就业|消费|服务|投资|各项|各类|相关|配套|专项|区域|普惠|针对性|差异化|精准|积极|稳健|务实|有效|现行|既定|重大|重点|"
    r"阶段性|企业|区域性|总部|市级|省级|国家|强农|惠农|富农|组合|协同|联动)+$|的|给予|^[和与及型]|[和与及]$|一揽子|存量|增量|多重|系列|"
    r"实现|共谋|谋划|研究")


# a place and a period before a kind of projects (沙洋县2024年三季度…): they do not make it one project
_PLACE_AND_TIME_BEFORE = re.compile(r"^[\u4e00-\u9fff]{1,6}?[省市县区州旗]?(?=(?:19|20)\d{2}年|[一二三四]季度|上半年|下半年|全年|年度)"
                                    r"(?:(?:19|20)\d{2}年(?:度)?)?(?:第?[一二三四]季度|上半年|下半年|全年|年度)?")
_GENERIC_PROJECT_START = re.compile(r"(?:重大|重点|集中开工|集中签约|开工|签约|续建|新建|在建|新开工|招商|产业|民生)")


def _specific_project(name: str) -> bool:
    """A project's own name: it names a place, a capacity, a brand or a joint owner (长潭水库扩建项目,
    中粮油脂年产60万吨油料项目, 一汽—大众CSP平台新车型项目), not a kind of work (重大产业项目).
    A bare company name (吉化乙烯项目) is not recognised: there is no lexicon of companies."""
    from .areas import gazetteer

    bare = _PLACE_AND_TIME_BEFORE.sub("", name)
    if bare != name and (len(bare) < 2 or not _specific_project(bare) and _GENERIC_PROJECT_START.match(bare)):
        return False  # 沙洋县2024年三季度集中开工项目, 沙洋县三季度重大项目: a place's class of projects
    if len(name) < 4 or re.search(r"最大|首个|首单|首笔", name) or \
            re.search(r"[（(](?![一二三四五六七八九十0-9]+期[）)])", name) or re.match(r"(?:[0-9]|重大|重点|一批|各类|相关|产业|民生|基础设施|续建|新开工|在建|招商|外资|内资|"
                                  r"示范|试点|储备|政府投资|社会投资|中央|省级|市级|县级|国家)", name):
        return False
    if re.search(r"[A-Za-z]|—|\d+(?:万|亿)?(?:吨|千瓦|瓦|英寸|方|辆|台|套|兆瓦|吉瓦)", name):
        return True
    g = gazetteer()
    return any(name[i:i + k] in g.by_name and name[i:i + k] not in g.stop for i in range(3) for k in (2, 3))


def is_boundary_at(text: str, i: int) -> bool:
    """A boundary word ends at i."""
    return bool(boundary_word_before(text, i))


def _number_key(number: str) -> str:
    """A document number without its brackets, 号 and spaces: 芜政办〔2021〕25号 and, damaged, 芜政办〔202125 alike."""
    return re.sub(r"[\s〔〕\[\]【】（）号第]", "", number)


def find_cited(text: str, own_number: str | None = None, province: str | None = None) -> list[Hit]:
    """Documents cited by number (`常商发〔2020〕38号`), by a title after the number, or laws by name.
    `province`: the document's province, whose own regulations (推动出台…条例) are named after it."""
    hits = []
    own = _number_key(own_number or "")
    for m in finditer_near(_DOC_NUMBER, _NUMBER_BRACKET, text, range(1, 11)):
        num = re.sub(r"\s+", "", m.group(0))
        # the issuer's own abbreviation is what precedes 〔: keep the shortest plausible prefix
        pre = re.match(r"(?P<p>[\u4e00-\u9fff]+?)(?=[〔\[【])", num)
        if pre and len(pre.group("p")) > 6:
            cut = len(pre.group("p")) - 6
            num = num[cut:]
        pre = re.match(r"(?P<p>[\u4e00-\u9fff]+?)(?=[〔\[【])", num)
        if pre:  # 紧紧围绕国发〔2022〕2号: the number starts after a verb that refers to it
            start = left_bound(num, len(pre.group("p")), len(pre.group("p")))
            num = num[start:] if 0 < start < len(pre.group("p")) else num
        s = m.end() - len(num) if len(num) < len(m.group(0)) else m.start()
        if num[0] in "和及与" and re.search(r"[)）》”号]$", text[:s]) and len(pre.group("p")) > 2:
            s, num = s + 1, num[1:]  # (…7号)和财税〔2021〕15号: the word joining two numbers is neither's
        after_title = re.search(r"》\s*[（(]\s*$", text[max(0, s - 4):s])
        key = _number_key(num)
        if own and (key.endswith(own) or own.endswith(key)) and not after_title:
            continue  # the document's own number; 《标题》（号）is always a citation, whatever the header says
        hits.append(Hit("CitedDocument", s, m.end(), num))
        t = _TITLE_AFTER_NUMBER.match(text, m.end())
        if t:
            hits.append(Hit("CitedDocument", t.start("t"), t.end("t"), t.group("t")))
    hits += _answered_suggestions(text)
    hits += _outline_under_review(text)
    for m in _LAW.finditer(text):
        if m.start() < 2 or m.group(0) == "规定" and text[m.start() - 1] == "法":
            continue  # (审计法规定: the law stipulating, named before)
        s = left_bound(text, m.end(), 22, keep=3)
        if s >= m.end() - 2:
            continue
        name = text[s:m.end()]
        verb = next((v for v in sorted(_LAW_VERBS, key=len, reverse=True) if name.startswith(v)), None)
        if verb and len(name) - len(verb) >= 3:
            s, name = s + len(verb), name[len(verb):]  # 深入贯彻中央八项规定: the verb ends the left context
        if not (verb or is_boundary_at(text, s)) or not any(text.startswith(v, s - len(v)) for v in _LAW_VERBS):
            continue
        if name.endswith("法") and not name.endswith(("促进法", "保护法", "管理法", "组织法", "条例")) and \
                (len(name) < 3 or len(name) < 5 and name.endswith(_NOT_LAWS) or name.endswith(_NEVER_LAWS)):
            continue  # 执行预算法 is a law, 落实新办法 is not
        if re.fullmatch(r"(?:实施|管理|相关|有关|配套|新|该)?(?:条例|规定|办法|法)", name) or re.match(r"[本该此]", name):
            continue  # 贯彻实施条例, 依照本条例规定: no law's name
        if name.endswith("规定") and len(name) < 5:
            continue
        if text[s - 1: s] == "《" or "《" in name or re.search(r"相关|有关|等|和|及|与", name):
            continue  # (a law in 《》 is cited by its title)
        key, aliases = name, ()
        if _national_law_short(name):
            key, aliases = "中华人民共和国" + name, (name,)  # national laws are titled so
        elif name.endswith("条例") and province and _is_enacting(text, s) and not _starts_with_area(name):
            # 推动出台…条例: the province's own regulation (自治区数据条例: its level word is its name's start)
            level = re.match(r"(?:自治区|省|市)", name)
            own = name[level.end():] if level and province.endswith(level.group(0)) else name
            key, aliases = province + own, (name,)
        hits.append(Hit("CitedDocument", s, m.end(), key, aliases))
    for m in finditer_near(_POLICY_PACKAGE, _POLICY_PACKAGE_WORD, text, range(16)):
        if re.match(r"等[，。；]", text[m.end():m.end() + 2]) and not m.group(0).endswith(("清单", "目录", "名录")):
            continue  # (…履职事项清单等。: a list closing a list of works is cited; a plan there stays a programme)
        # the name runs back to the verb in the same clause (落实财政支持…十二条措施), or to the 、 of a list that
        # a verb opens (制定实施稳增长惠民生27条、金融支持民营经济发展12条等政策举措)
        clause = re.split(r"[，。；：\n《》]", text[max(0, m.start() - 40):m.start()])[-1]
        item = clause.rsplit("、", 1)[-1]
        # (not a verb that is the title's own last word: 出台…改革实施意见)
        v = max(((clause.rfind(w), w) for w in _PACKAGE_VERBS
                 if w in clause and len(clause) - clause.rfind(w) - len(w) >= 2), default=None)
        if v is None:
            continue
        if m.group(0).endswith("方案") and v[1] not in (*_IMPLEMENT_VERBS, "落实好", "实施", "出台", "印发"):
            continue  # 制定…实施方案: a plan still to be written is an initiative (出台…方案: issued, cited)
        verb_end = v[0] + len(v[1])
        if v[1] == "推动" and clause[:v[0]].endswith(("出台", "制定", "印发", "发布", "实施")):
            verb_end = v[0]  # 出台推动人工智能产业发展…10条措施: 推动 opens the title
        listed = clause[verb_end:len(clause) - len(item)].rstrip("、").split("、")
        if len(item) < len(clause) and verb_end <= len(clause) - len(item) and all(len(w) <= 2 for w in listed):
            s = m.start() - len(clause) + verb_end  # 制定科技、绿色、质量、品牌农业实施方案: words sharing the title's head
        elif len(item) < len(clause) and verb_end <= len(clause) - len(item):
            s = m.start() - len(item)  # a later item of the list
        elif verb_end <= len(clause) - len(item):
            continue
        else:
            s = m.start() - len(clause) + verb_end
        s += text[s:s + 1] == "好"  # 实施好…: 好 ends the verb
        edition = re.match(r"(?:新版|新一轮)", text[s:m.end()])
        s += edition.end() if edition else 0  # 落实新版鼓励外商投资产业目录: the edition is no part of the title
        name = text[s:m.end()]
        if len(name) - len(m.group(0)) < 4 or re.search(r"[的等及与]|相关|有关|各项|各类|系列|配套|一批|惠企|支持政策|总书记", name) or \
                "和" in name and not _PAIRED_MODIFIER.search(name[:len(name) - len(m.group(0))]) and \
                (len(name) < 12 or name[name.rfind("和") + 1:].startswith(m.group(0)[:2])) or \
                name.count("“") != name.count("”") or \
                re.match(r"(?:政策|工作|改革|具体|专项|实施|若干|标志性|针对性|更|一揽子|\d|[一二三四五六七八九十]+条)", name):
            continue  # 落实相关政策措施, 出台一系列举措, 更具突破性的政策措施, 20条具体举措: no name; 按照习近平
            # 总书记指引: a leader's guidance, no document
        if re.search(rf"(?:{'|'.join(_COUNTED_ITEMS)})[0-9一二三四五六七八九十百千万余多]+条”?$", name):
            continue  # 发布政府信息5469条: items published, counted, not a package of articles
        hits.append(Hit("CitedDocument", s, m.end(), name))
    for m in _QUOTED_PACKAGE.finditer(text):
        if not any(h.start <= m.start("p") < h.end for h in hits):  # 迭代升级“优化营商环境10条”: the package by its count
            hits.append(Hit("CitedDocument", m.start(), m.end(), m.group("p"), (m.group(0),)))
    return hits


# a policy package in quotes, named by its count of articles (“优化营商环境10条”, “稳经济30条”)
_QUOTED_PACKAGE = re.compile(r"“(?P<p>[\u4e00-\u9fff]{2,20}?(?:[0-9]+|[一二三四五六七八九十]+)条(?:措施|举措|政策)?)”")


# statutory plans every city or province has one of (城乡规划法, 土地管理法): cited by their kind alone in the
# area's own documents (落实城市总体规划, 我市国土空间总体规划), they are the area's plan
_OWN_PLAN = re.compile(r"(?P<own>(?:我|本|全)(?:省|市|区|县))?(?P<kind>国土空间总体规划|国土空间规划|城市总体规划)"
                       r"(?![编实修评执要之层纲体])")
_OWN_PLAN_KIND = re.compile(r"(?=国土空间|城市总体规划)")  # where _OWN_PLAN's kind starts (its place word: 2 before)


_FYP_PROPOSAL_BEFORE = re.compile(r"(?:中共[\u4e00-\u9fff]{1,10}?委|[省市区县]委)“?十(?P<n>[一二三四五六七八九])五”?规划$")
_PLAN_PROPOSAL = re.compile(r"^(?:中共[\u4e00-\u9fff]{2,12}?委(?:员会)?)?关于制定(?P<a>[\u4e00-\u9fff]{0,12}?)国民经济和社会"
                            r"发展第(?P<n>[一二三四五六七八九十]+)个五年规划的建议$")
_PLAN_OUTLINE = re.compile(r"^国民经济和社会发展第[一二三四五六七八九十]+个五年规划纲要")


# a report asks the congress to review the area's Five-Year Plan outline with it, without 《》: 请连同十四五规划纲要(草案)
# 一并审议
_OUTLINE_REVIEWED = re.compile(r"连同(?:“?十(?P<n>[一二三四五六七八九])五”?规划纲要|(?P<full>国民经济和社会发展第[一二三四五六七八九十]+"
                               r"个五年规划(?:和[^，。；\n]{2,16}?目标)?纲要))[（(]草案[）)]一并审议")


def _outline_under_review(text: str) -> list[Hit]:
    out = []
    for m in _OUTLINE_REVIEWED.finditer(text):
        core = m.group("full") or f"国民经济和社会发展第十{m.group('n')}个五年规划纲要"
        s, e = m.start("full") if m.group("full") else m.start() + 2, m.end() - len("一并审议")
        out.append(Hit("CitedDocument", s, e, core + "（草案）", (text[s:e],)))
    return out


def own_plan_title(title: str, area) -> tuple[str, tuple[str, ...]]:
    """The full title of an area's own Five-Year Plan documents, which its reports cite shortened:
    《关于制定国民经济和社会发展第十五个五年规划的建议》 in a 内蒙古自治区 report is
    中共内蒙古自治区委员会关于制定内蒙古自治区国民经济和社会发展第十五个五年规划的建议 (a region's committee is
    named in full, a province's or city's as 中共X省委), and a 纲要 without an area is the area's own.
    Returns (key, aliases); the title as written is an alias."""
    if area is None or area.level not in ("province", "city", "county"):
        return title, ()
    m = _PLAN_PROPOSAL.match(title)
    if m and m.group("a") in ("", area.key, area.name):
        committee = "中共" + area.name + ("委员会" if area.name.endswith("自治区") else "委")
        key = f"{committee}关于制定{area.name}国民经济和社会发展第{m.group('n')}个五年规划的建议"
        return key, (title,)
    if _PLAN_OUTLINE.match(title):  # named as the area's bodies are (a district's with its city: 武汉市汉南区…)
        return official_prefix(area) + title, (title,)
    return title, ()


def find_own_plans(text: str, area: str | None, shorts: tuple[str, ...] = ()) -> list[Hit]:
    """`城市总体规划` / `我市国土空间总体规划` in a document of `area`: that area's plan, keyed by its full name
    (随州市国土空间总体规划), with its short form (北京城市总体规划) as an alias."""
    if not area:
        return []
    hits = []
    for m in finditer_near(_OWN_PLAN, _OWN_PLAN_KIND, text, (0, 2)):
        s = m.start()
        if not m.group("own"):
            before = text[max(0, s - 8):s]
            if not any(before.endswith(v) for v in ("落实", "贯彻", "对接", "编制", "修编", "批复", "执行")):
                continue  # 某县城市总体规划, “四级三类”国土空间规划体系, 依据国土空间规划: another place's, a kind of plan
        kind = m.group("kind")
        if kind == "城市总体规划" and area.endswith(("省", "自治区")):
            continue  # a province has no 城市总体规划 of its own
        aliases = tuple(dict.fromkeys(x + kind for x in shorts if x + kind != area + kind))
        hits.append(Hit("CitedDocument", m.start("kind"), m.end(), area + kind, (*aliases, text[s:m.end()])))
    return hits


def _is_enacting(text: str, s: int) -> bool:
    return any(text.startswith(v, s - len(v)) for v in ("出台", "制定", "修订", "推动出台", "制定出台"))


def _starts_with_area(name: str) -> bool:
    return name.startswith(("中华人民共和国", "国家", "国务院")) or area_name_at_start(name, longest=6) is not None


# a reply's opening names the suggestion it answers, often without 《》: 您提出的关于…的建议收悉
_PROPOSED, _SUGGESTION_KIND, _RECEIVED = r"(?:提出的|所提|提交的|领衔的)", r"(?:建议|提案|议案)", r"(?:已?收悉|已转|收到)"
_SUGGESTION = re.compile(
    # the gist in quotes: 您提出的“关于加强…建设问题”的建议收悉, 提出的关于“我区…发展的建议”的提案收悉
    rf"{_PROPOSED}(?:关于)?“(?P<q>[^“”\n]{{4,60}})”的{_SUGGESTION_KIND}{_RECEIVED}"
    # the title, in quotes or not, with commas and quotes of its own: 提出的“关于推进…建设,加快…的提案”收悉,
    # 提出的关于更好发挥沈阳、大连“双核”带动作用的提案收悉
    rf"|{_PROPOSED}“?(?P<t>关于[^。；：《》\n]{{4,80}}?的{_SUGGESTION_KIND})[》”]?{_RECEIVED}"
    # a title in quotes, its kind after them: 您提出的“关于走出吉林振兴发展新路”建议,…高度重视
    rf"|{_PROPOSED}“(?P<r>关于[^“”\n]{{4,60}})”的?{_SUGGESTION_KIND}"
    # a suggestion handled, headed by its title and number: (一)关于加快…,打造魅力沉湖的建议(市人大第20250011号)
    rf"|(?P<n>关于[^。；：《》\n]{{4,80}}?的{_SUGGESTION_KIND})(?=[（(][^）)\n]{{0,16}}第[^）)\n]{{0,14}}号[）)])")


# a numbered line that is a suggestion's title: 1.关于加快祁县经济开发区城镇化速度的建议
_SUGGESTION_LINE = re.compile(rf"(?m)^[ \t]*(?:\d+[.．、]|[（(][一二三四五六七八九十\d]+[）)])[ \t]*(?P<l>关于[^。；：《》\n]{{4,80}}?的{_SUGGESTION_KIND})[ \t]*$")


# a suggestion's title quoted anywhere (你提出的“关于…的建议”,已交由我们办理), or in a page's field (案由: 关于…的建议)
_SUGGESTION_QUOTED = re.compile(rf"(?m)“(?P<x>关于[^“”\n]{{4,80}}?的{_SUGGESTION_KIND})”"
                                rf"|^[ \t]*(?:案[ \t]*由|题[ \t]*目)[ \t]*[：:][ \t]*(?P<x2>关于[^\n]{{4,80}}?的{_SUGGESTION_KIND})[ \t]*$")


# the titles a reply's own title answers (县农业局关于加快推进我县生态农业发展的建议、关于扶大扶强农业龙头企业的建议(并案)的答复)
# (after the body's name or another title: a title line that is the suggestion's own title is read as the title)
_SUGGESTION_IN_TITLE = re.compile(rf"(?<=[局委厅办府院、])(?P<y>关于(?:(?!关于)[^。；：《》、\n]){{4,60}}?的{_SUGGESTION_KIND})(?=、关于|[（(]并案|的(?:答复|复函))")


def _answered_suggestions(text: str) -> list[Hit]:
    found = [(m.start(g), m.end(g), m.group(g)) for m in _SUGGESTION.finditer(text)
             for g in ("t", "q", "r", "n") if m.group(g)]
    found += [(m.start("y"), m.end("y"), m.group("y")) for m in _SUGGESTION_IN_TITLE.finditer(text, 0, 300)
              if not any(a <= m.start("y") < b for a, b, _ in found)]
    for pattern, groups in ((_SUGGESTION_LINE, ("l",)), (_SUGGESTION_QUOTED, ("x", "x2"))):
        found += [(m.start(g), m.end(g), m.group(g)) for m in pattern.finditer(text) for g in groups
                  if m.group(g) and not any(a <= m.start(g) < b for a, b, _ in found)]
    # (关于“促进…协调发展”的建议: the title is written with and without the gist's quotes)
    return [Hit("CitedDocument", a, b, t, (_strip_quotes(t),) if "“" in t else ()) for a, b, t in found]


# ----------------------------------------------------------------------------------------- persons

@lru_cache(maxsize=1)
def _surnames() -> tuple[frozenset[str], frozenset[str]]:
    with _LEX.joinpath("surnames.txt").open(encoding="utf-8") as f:
        words = [w for ln in f if not ln.startswith("#") for w in ln.split()]
    return frozenset(w for w in words if len(w) == 1), frozenset(w for w in words if len(w) == 2)


# two characters where a name's last and a role's first character make a place word (自治区长远 is no 区长)
_PLACE_WORDS = frozenset({"治区", "地区", "社区", "园区", "城区", "新区", "街区", "辖区", "片区", "市区", "景区", "小区", "山区",
                          "湾区", "校区", "矿区", "牧区", "林区", "县市", "城市", "都市", "省市",
                          # 关系我市长远发展, 全县长期: the area a text calls its own, before a word
                          "我市", "我县", "我区", "我省", "全市", "全县", "全区", "全省", "本市", "本县", "本区"})
_ROLE_AFTER = ("总书记", "主席", "总理", "委员长", "副总理", "书记", "省长", "市长", "县长", "区长", "院士", "同志", "代表", "委员",
               "副省长", "常务副省长", "副市长", "常务副市长", "副县长", "副区长", "旗长", "副旗长", "副主席", "副主任", "副局长", "副书记")
_NAME_BEFORE_ROLE = re.compile(rf"(?P<n>[\u4e00-\u9fff]{{2,4}}?)(?P<r>{_alternation(_ROLE_AFTER)})")
_ROLE_STARTS = re.compile(rf"(?=(?:{_alternation(_ROLE_AFTER)}))")
_MEMBER_ROLES = ("政协委员", "人大代表")  # (before a name only where the name is one)
_NEWS_ROLES = ("领导", "党组成员", "常委", "秘书长", "副秘书长", "局长", "副局长", "厅长", "副厅长")
_LEADERS_LEVELS = "省市县区州旗盟镇"  # 县领导, 市领导…: the level a leader of the area is named by
_ROLE_BEFORE = ("记者", "通讯员", "作者", "省长", "市长", "主席", "书记", "县长", "区长", "旗长", "副旗长", "副省长", "副市长", "副主席",
                "副书记", "副县长",
                "副区长", "主任", "副主任", "部长", "副部长", "处长", "副处长", "签发人", "经办人", "联系人", "联系人及电话",
                # the other signatures of a reply's or a notice's footer
                "承办人", "承办负责人", "办理负责人", "拟稿人", "核稿人", "审核人",
                # people honoured by name (人民警察英雄杨春华, 最美退役军人贾建东, 运动员何杰勇夺…冠军)
                "英雄", "退役军人", "见义勇为少年", "运动员", "道德模范", "劳动模范",
                # officials in a news report (县领导李旭祥、周翠兰等出席, 市政府党组成员易碧蔚、李梁军参加)
                *_NEWS_ROLES, "州长", "副州长", "调研员", "副调研员", "一级巡视员", "二级巡视员", "巡视员", "副巡视员", "镇长", "副镇长", "乡长", "副乡长",
                # the heads of enterprises speaking at a signing (赛力斯集团副总裁尹先知)
                "董事长", "副董事长", "总经理", "副总经理", "总裁", "副总裁",
                # a proposal's and a news page's records (提交委员 陈燚, 责任领导 何开国, 编辑:李敏杰); a member or a deputy
                # named after the body's role (全国政协委员张雨东:)
                "提交委员", "提案人", "领衔人", "责任领导", "督办领导", "责任人", "编辑", "责任编辑", "实习生",
                # a press conference's speakers (新闻发言人、副局长张三; 主持人：李四)
                "主持人", "发布人", "发言人", "新闻发言人",
                *_MEMBER_ROLES)
# the posts a roster's line ends on (办公室主任, 经济发展局局长, 规划建设和城市管理局党支部书记, 集团有限公司董事长、总经理)
_ROSTER_POSTS = ("主任", "局长", "书记", "董事长", "总经理", "部长", "处长", "科长", "股长", "镇长", "乡长", "主席", "组长",
                 "院长", "所长", "站长", "队长", "厅长", "秘书长", "主任委员", "巡视员", "调研员", "区长", "县长", "市长", "省长")


def is_a_post(word: str) -> bool:
    """Whether a word is a post or a role, not a person (主任, 副主任, 秘书长, 委员长)."""
    return word.removeprefix("副") in _ROSTER_POSTS or word in _ROLE_AFTER
_NOT_NAME_END = set("的和与在是为对把将向从了等各省市县区局委厅办会副")  # (分管副市长: 副 is the role's)


_FIRST_OF_DEPUTIES = re.compile(r"(?:^|(?<=[\s，。；：]))(?P<n>[\u4e00-\u9fff]{2,3})等[0-9一二三四五六七八九十]+(?:名|位)(?P<r>代表|委员)", re.M)
_DENG = re.compile("等")  # (the first deputy's name is two or three characters before it)
# a news report's closing byline, the reporter's name alone in brackets after the last sentence: …参加会议。(向滔)
_PROPOSER = re.compile(r"^[ \t\u3000]*(?P<n>[\u4e00-\u9fff]{2,3})(?:等[0-9一二三四五六七八九十]+(?:名|位)(?:代表|委员))?"
                       r"(?:提出|所提|领衔提出)的[ \t]*(?=关于|[《“])", re.M)
# the names before their count and role (刘宏武、周红波、吴炜8位住桂全国人大代表; 张三、李四等3名委员)
_NAMES_COUNTED = re.compile(r"(?<=[，,；;：:\n、])[ \t]*(?P<names>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){1,})"
                            r"等?[0-9一二三四五六七八九十]+(?:名|位)[\u4e00-\u9fff]{0,8}?(?:代表|委员)")
# a speaker's post, name and courtesy title in a press conference's list (省财政厅党组成员、副厅长熊晓飞先生)
_POST_NAME_COURTESY = re.compile(r"(?<=[长员任记理席])(?P<n>[\u4e00-\u9fff]{2,3})(?=先生|女士)")
_NAMES_ATTENDING = re.compile(r"(?<=[，,；;：:\n])[ \t]*(?P<names>[\u4e00-\u9fff]{2,3}(?:、[\u4e00-\u9fff]{2,3}){2,})"
                              r"(?:等同志|等)?(?:参加|出席|列席)")
# a photograph's credit after its caption: …签约仪式现场。文胜/摄
_PHOTO_CREDIT = re.compile(r"(?<=[。\s])(?P<n>[\u4e00-\u9fff]{2,3})[ \t]*[/／][ \t]*摄(?![\u4e00-\u9fff])")
_CLOSING_BYLINE = re.compile(r"[。！”]\s*[（(](?P<n>[\u4e00-\u9fff]{2,3})[）)][ \t\n]*\Z")
_FOOTER_UNIT_AND_NAME = re.compile(r"(?P<r>承办人|经办人|联系人)[：:][ \t]*[\u4e00-\u9fff（）]{2,24}?(?:处|科|室|股|局|中心|办公室)"
                                   r"[ \t]*(?P<n>[\u4e00-\u9fff]{2,3})(?=[ \t，,；;（(\n0-9]|$|电话|联系)")


def is_a_name(name: str) -> bool:
    """Whether two or three characters read as a person's name: a known surname first, no everyday word."""
    single, double = _surnames()
    return 2 <= len(name) <= 3 and (name[0] in single or name[:2] in double) and name not in common_words() and \
        name[-1] not in _NOT_NAME_END


# a message board's or a reply's contact field with the name masked but for its surname and last character (来信人 陈*红,
# 联系人及电话:李*兴 1582****162): the person the site names so
_MASKED_NAME = re.compile(r"(?P<r>来信人|留言人|联系人及电话|联系人|提案人)[ \t：:]*(?P<n>[\u4e00-\u9fff]{1,2}\*[\u4e00-\u9fff])"
                          r"(?=来信|留言|电话|联系|时间|[^\u4e00-\u9fff*]|$)")


def find_persons(text: str) -> list[Hit]:
    single, double = _surnames()
    hits = [Hit("Person", m.start("n"), m.end("n"), m.group("n"), (), (("role", m.group("r")),))
            for m in _MASKED_NAME.finditer(text) if m.group("n").split("*")[0] in single | double]
    for m in finditer_near(_NAME_BEFORE_ROLE, _ROLE_STARTS, text, (2, 3, 4)):
        n = m.group("n")
        for cut in range(len(n)):
            cand = n[cut:]
            if is_a_name(cand) and not cand.endswith(("人大", "政协")):
                s = m.start("n") + cut
                prev = text[s - 1: s]
                role = m.group("r")
                weak = role in ("代表", "委员", "同志", "书记", "副书记")
                if weak and prev and "\u4e00" <= prev <= "\u9fff" and prev not in "、，。；：“”（）" and \
                        not text.startswith("尊敬的", s - 3) and not is_boundary_at(text, s):
                    continue  # (尊敬的某某委员: a reply's salutation; 按照刘赐贵书记、沈晓明省长的指示: after a verb)
                if text.startswith(("新时代", "思想", "经济思想", "生态文明思想", "法治思想"), m.end()):
                    continue
                if role in ("代表", "委员") and text[m.end(): m.end() + 1] in "大会团":
                    continue
                if text[s - 1: s + 1] in ("分管", "主管", "协管"):
                    continue  # 分管工业副局长: the field a deputy has charge of
                if cand[-1] + role[0] in _PLACE_WORDS or cand[-1] + role[:1] == "院院":
                    continue  # 事关自治区长远, 中国工程院院士: a place word or a body runs into the role
                hits.append(Hit("Person", s, s + len(cand), cand, (), (("role", role),)))
                break
    # 省长毛伟明作政府工作报告, 运动员何杰勇夺…: the name ends before a mark or a verb of the report
    role_before = re.compile(rf"(?P<r>{_alternation(_ROLE_BEFORE)})[ \t：:]*(?P<n>[\u4e00-\u9fff]{{2,3}}?)"
                             r"(?=摄|[\s，。；、（）)\d:：]|$|作|分别|代表|主持|指出|强调|出席|等|勇夺|夺得|荣获|获得|同志|介绍|表示|讲话|致辞|"
                             r"联系电话|电话|发布|组织|召开|带队|率队|调研|前往|深入|会见|参加|听取|督导|检查|走访|一行|"
                             r"宣布|带领|陪同|宣读|解读|及|到|赴|向|一同|共同|汇报|围绕|先后|察看|查看|视察|考察|要求|在|通讯员|昨日|今日|近日|日前|先生|女士)")
    if not any(h.key == "习近平" for h in hits):
        # the 总书记 named in the name of his thought (习近平新时代中国特色社会主义思想): CONVENTIONS.md 7, 18 of 18 reports
        thought = re.search(r"习近平(?=新时代|经济思想|生态文明思想|法治思想|外交思想|强军思想|文化思想)", text)
        if thought:
            hits.append(Hit("Person", thought.start(), thought.end(), "习近平", (), (("role", "总书记"),)))
    # the first of the deputies who made a suggestion (李红等8名代表:), the holder of a footer's post written after
    # his unit (联系单位及承办人:资源开发与全域旅游推进处  黄映宏), the member a reply's opening names without
    # a role (周元祝提出的关于…的提案收悉)
    for m in (*finditer_near(_FIRST_OF_DEPUTIES, _DENG, text, (2, 3)), *_FOOTER_UNIT_AND_NAME.finditer(text),
              *_PROPOSER.finditer(text)):
        if is_a_name(m.group("n")):
            role = m.groupdict().get("r") or ""  # (the proposer's opening gives no role)
            hits.append(Hit("Person", m.start("n"), m.end("n"), m.group("n"), (), (("role", role),)))
    # the members a meeting report lists by name alone (主持召开常务会议，周强、赵麒、茹灵午参加): three or more names
    for m in (*_NAMES_ATTENDING.finditer(text), *_NAMES_COUNTED.finditer(text)):
        names = m.group("names").split("、")
        # (one of a rarer surname among them, 茹灵午, is still a name: the others and the verb say so)
        if sum(map(is_a_name, names)) >= len(names) - 1 and not any(n in common_words() for n in names):
            pos = m.start("names")
            for n in names:
                hits.append(Hit("Person", pos, pos + len(n), n, (), (("role", ""),)))
                pos += len(n) + 1
    for m in _POST_NAME_COURTESY.finditer(text):
        if is_a_name(m.group("n")):
            hits.append(Hit("Person", m.start("n"), m.end("n"), m.group("n"), (), (("role", ""),)))
    for m in _PHOTO_CREDIT.finditer(text):
        if is_a_name(m.group("n")):
            hits.append(Hit("Person", m.start("n"), m.end("n"), m.group("n"), (), (("role", "记者"),)))
    byline = _CLOSING_BYLINE.search(text)
    if byline and is_a_name(byline.group("n")):
        hits.append(Hit("Person", byline.start("n"), byline.end("n"), byline.group("n"), (), (("role", "记者"),)))
    # two reporters in the source line, their names run together once spaces are gone: （记者 邓勇 杨沐琪）
    # (and the writers a news page credits in brackets: (文/曹娴 陶韬))
    for m in re.finditer(r"(?:记者|通讯员|(?<=[（(])文[/／])[ \t：:]*(?P<n>[\u4e00-\u9fff]{2,6})(?=[）)\s]|$)", text):
        n = m.group("n")
        if len(n) <= 3:
            if m.group(0).startswith("文") and is_a_name(n):
                hits.append(Hit("Person", m.start("n"), m.end("n"), n, (), (("role", "记者"),)))
            continue
        for a, b in _two_names(n):
            hits.append(Hit("Person", m.start("n") + a, m.start("n") + b, n[a:b], (), (("role", "记者"),)))
    hits += _contacts(text)
    for m in role_before.finditer(text):
        n = m.group("n")
        n = n[:-1] if n.endswith("摄") else n
        if re.fullmatch(r"任.?(?:长|主任)", n):
            continue  # 分管副市长任组长: who serves as what, no name
        if m.group("r") == "领导" and text[m.start() - 1:m.start()] not in _LEADERS_LEVELS and \
                not re.search(rf"[{_LEADERS_LEVELS}](?:政府|委|级)$", text[max(0, m.start() - 3):m.start()]):
            continue  # 党的领导全面…: only 县领导, 市领导, 县政府领导, 旗级领导… name officials
        if m.group("r") in _NEWS_ROLES and n in common_words() or m.group("r") in _MEMBER_ROLES and not is_a_name(n):
            continue  # 党组成员单位, 领导包抓: a word, no name
        if len(n) >= 2 and (n[0] in single or n[:2] in double) and n[-1] not in _NOT_NAME_END:
            hits.append(Hit("Person", m.start("n"), m.start("n") + len(n), n, (), (("role", m.group("r")),)))
            # the others listed after the first share the role: 县领导李旭祥、周翠兰、伍勇等出席
            pos = m.start("n") + len(n)
            while (more := _LISTED_NAME.match(text, pos)) and is_a_name(more.group(1)):
                hits.append(Hit("Person", more.start(1), more.end(1), more.group(1), (), (("role", m.group("r")),)))
                pos = more.end(1)
    return hits


# a roster's line, as a leading group's members or a body's leaders are listed: the name (perhaps spaced out to the
# width of three, 吕 威), a space, then the post it is held by (缪爱国 经济发展局局长; 组 长:祝正庆 武进国家高新区管委会副主任)
_SPACE = r"[ \t\u3000]"  # (a name spaced out to a width, a field apart from the next)
_ROSTER_LINE = re.compile(
    rf"^{_SPACE}*(?:(?P<label>[\u4e00-\u9fff](?:{_SPACE}*[\u4e00-\u9fff]){{1,3}}){_SPACE}*[:：]{_SPACE}*)?"
    rf"(?P<n>[\u4e00-\u9fff](?:{_SPACE}?[\u4e00-\u9fff]){{1,2}}){_SPACE}+"
    rf"(?P<t>[\u4e00-\u9fff（）()、]{{0,30}}?(?:{'|'.join(_ROSTER_POSTS)})){_SPACE}*$", re.M)


# a numbered list's line naming a unit and then a person, as winners or members are announced (1.复旦大学国际关系与公共
# 事务学院 苟燕楠): the person, whose role the list does not say
_UNIT_THEN_NAME_LINE = re.compile(
    rf"^{_SPACE}*(?:\d{{1,2}}[.．、]|[（(]\d{{1,2}}[)）]){_SPACE}*[\u4e00-\u9fff（）()]{{2,30}}?"
    rf"(?:学院|大学|研究所|研究院|研究中心|中心|委员会|协会|学会|局|厅|委|办公室|公司|医院|学校|中学|小学)"
    rf"{_SPACE}+(?P<n>[\u4e00-\u9fff](?:{_SPACE}?[\u4e00-\u9fff]){{1,2}}){_SPACE}*$", re.M)


def find_roster_persons(reference: str, view) -> list[Hit]:
    """The persons of a roster's lines (read on the reference text: the view joins the name to the post after it, or
    the unit before it to the name), in view offsets."""
    hits = []
    for m in (*_ROSTER_LINE.finditer(reference), *_UNIT_THEN_NAME_LINE.finditer(reference)):
        name = re.sub(_SPACE, "", m.group("n"))
        if not is_a_name(name):
            continue
        s, e = view.view_offset(m.start("n")), view.view_offset(m.end("n") - 1) + 1
        if view.text[s:e] == name:
            role = (("role", m.group("t")),) if "t" in m.groupdict() else ()
            hits.append(Hit("Person", s, e, name, (), role))
    return hits


# a notice's contact field, its label and a two-character name perhaps spaced out to the width of three (联 系 人:睢 喆),
# and the further contacts on the lines below it, each a name and a telephone number (冯志忠0431-87075097)
_SPACED_NAME = rf"[\u4e00-\u9fff](?:{_SPACE}{{1,3}}[\u4e00-\u9fff]|[\u4e00-\u9fff]{{1,2}})"
_CONTACT_FIELD = re.compile(rf"(?P<r>联{_SPACE}*系{_SPACE}*人|经{_SPACE}*办{_SPACE}*人|承{_SPACE}*办{_SPACE}*人){_SPACE}*[:：]{_SPACE}*"
                            rf"(?P<n>{_SPACED_NAME})(?={_SPACE}*(?:[0-9（(，,；;\n]|电话|$))")
_PHONE_AFTER = re.compile(rf"{_SPACE}*(?:电话[:：]?)?[0-9（(]")
_NEXT_CONTACT = re.compile(rf"\n{_SPACE}*(?P<n>{_SPACED_NAME}){_SPACE}*(?:电话[:：]?)?(?=[0-9（(][0-9（()）\- ]{{6,}})")


def _two_names(n: str) -> tuple[tuple[int, int], ...]:
    """The spans of two names run together once the space between them is gone (邓勇杨沐琪, 方玉婷陈心贝): where one
    cut alone leaves two names of a surname each; () otherwise."""
    single, double = _surnames()
    cuts = [k for k in (2, 3) if 2 <= len(n) - k <= 3 and (n[k] in single or n[k:k + 2] in double) and
            (n[0] in single or n[:2] in double)]
    return ((0, cuts[0]), (cuts[0], len(n))) if len(cuts) == 1 else ()


# a contact field naming two persons, their names run together once the space between them is gone (联系人:方玉婷 陈心贝)
_TWO_CONTACTS = re.compile(r"(?P<r>联系人)[：:](?P<n>[\u4e00-\u9fff]{4,6})(?=\n|电话|[0-9（(，,；;]|$)")


def _contacts(text: str) -> list[Hit]:
    """Contacts of a notice's field, their names and labels perhaps spaced out, and those listed on the lines below."""
    hits = []
    for m in _CONTACT_FIELD.finditer(text):
        role = re.sub(_SPACE, "", m.group("r"))
        found = m
        while found is not None:
            name = re.sub(_SPACE, "", found.group("n"))
            # (a name with its telephone number is one whatever its surname: 睢喆 0431-87077715)
            phoned = _PHONE_AFTER.match(text, found.end("n"))
            if not (is_a_name(name) or phoned and name not in common_words() and
                    name[-1] not in _NOT_NAME_END and name[-1] not in "室处科股部所站院司组队"):  # (联系人:办公室 0431-…)
                break
            hits.append(Hit("Person", found.start("n"), found.end("n"), name, (), (("role", role),)))
            line_end = text.find("\n", found.end())
            found = _NEXT_CONTACT.match(text, line_end) if line_end >= 0 else None
    for m in _TWO_CONTACTS.finditer(text):
        for a, b in _two_names(m.group("n")):
            hits.append(Hit("Person", m.start("n") + a, m.start("n") + b, m.group("n")[a:b], (), (("role", "联系人"),)))
    return hits


# one more name in a list of officials: 、周翠兰 (before the next 、, 等 or the verb of attending)
_LISTED_NAME = re.compile(r"、([\u4e00-\u9fff]{2,3}?)(?=、|等|出席|参加|陪同|[，。；\s])")


# ------------------------------------------------------------------------------------ institutions

_INSTITUTION = re.compile(
    r"(?:大学|研究生院|学院|高等研究院|医院|研究所|博物馆|博物院|纪念馆|交易所|疾病预防控制中心|研究中心|图书馆|美术馆|科学院|工程院|分馆|分院|"
    # public service institutions (事业单位) named by their area: 福建省足球运动管理中心, 重庆市青少年活动中心
    # (not 交易中心 or 卫生中心: 牛羊肉交易中心 is a market, 国家区域公共卫生中心 a designation)
    r"服务中心|管理中心|发展中心|活动中心|"
    r"高等专科学校|专科学校|完全中学|中学|学会|协会|法院)(?:（[\u4e00-\u9fff]{2,6}）)?"
    r"(?![\u4e00-\u9fff]{0,1}(?:路|站|街)|城|园|群|科技园)"
)
# names that start with no place: national and regional ones, and the universities of the 双一流 list (教育部,
# 2022) so named (清华大学, 复旦大学, 同济大学, 南开大学, 暨南大学, 中央民族大学…)
_INSTITUTION_LEAD = re.compile(r"^(?:中国|国家|首都|北方|南方|华北|华东|华南|华中|西北|西南|东北|中南|教育部|科技部|中科院|"
                               r"清华|复旦|同济|南开|暨南|中央)")
_INSTITUTION_GENERIC = re.compile(r"^(?:国家|平安|高等|职业|技术|新型|一流|高水平|研究型|市属|省属|各类|重点|三级|公立|二级|社区|县级|区域|专科|民营|综合)+$")


# museums and memorial halls carry a proper name of their own (殷墟博物馆), with or without an area
_VENUE_HEADS = ("博物馆", "博物院", "纪念馆", "美术馆", "图书馆")


def find_institutions(text: str, area_names: frozenset[str], levels: dict[str, str] | None = None) -> list[Hit]:
    """Universities, hospitals, museums, exchanges with a proper name (pkg:Agency as public institutions).
    `levels` maps a level word to the document's own area (省 → 江西省): 省博物馆 is 江西省博物馆."""
    levels = levels or {}
    hits: list[Hit] = []
    for m in _INSTITUTION.finditer(text):
        gap = text[hits[-1].end:m.start()] if hits else ""
        school = hits and hits[-1].key.endswith("大学") and m.group(0) in ("学院", "研究院") and len(gap) <= 12 and \
            not re.search(r"[^\u4e00-\u9fff]|[为是的在]|级|位列|列入|成为", gap)  # 复旦大学国际关系与公共事务学院: a school
        if school or hits and len(gap) <= 6 and not re.search(r"[^\u4e00-\u9fff]|[为是和与及的在]|级|位列|列入|成为", gap) and \
                left_bound(text, m.start(), len(gap)) == hits[-1].end:
            # 四川大学华西医院西藏医院: one institution inside another, named as one
            last = hits.pop()
            hits.append(Hit("Agency", last.start, m.end(), text[last.start:m.end()]))
            continue
        s = left_bound(text, m.start(), 14)
        name = text[s:m.start()]
        j = max(name.rfind("和"), name.rfind("及"), name.rfind("与"))
        if j >= 0:
            s, name = s + j + 1, name[j + 1:]
        stripped = _LEADING.sub("", name)
        s, name = s + len(name) - len(stripped), stripped
        if re.search(r"[0-9]|位列|一级|二级|三级|现代产业|卓越工程师", name):
            continue
        if name[:1] in levels and m.group(0) in _VENUE_HEADS + ("科学院",) and \
                (len(name) == 1 or name[1] not in "级属内域直" and not _VENUE_GENERIC.search(name[1:])):
            surface = text[s:m.end()]
            hits.append(Hit("Agency", s, m.end(), levels[name[0]] + surface[1:], (surface,)))
            continue
        if len(name) < 2 or _INSTITUTION_GENERIC.match(name) or re.search(r"[“”《》，。；、]", name):
            continue
        venue = m.group(0).startswith(_VENUE_HEADS) and not _VENUE_GENERIC.search(name)
        society = m.group(0) in ("学会", "协会") and name.startswith("国际")  # 国际深空探测学会
        if not (venue or society or _INSTITUTION_LEAD.match(name) or any(name[:k] in area_names for k in range(2, 6))):
            # 新设固原农林职业技术学院, 成功设置重庆工业职业技术大学: the name starts at its place, after the words
            # that report the founding
            p = next((i for i in range(1, len(name) - 1) if name[:i].endswith(_FOUNDING_VERBS) and
                      any(name[i:i + k] in area_names for k in range(2, 6))), None)
            if p is None or _INSTITUTION_GENERIC.match(name[p:]):
                continue
            s, name = s + p, name[p:]
        hits.append(Hit("Agency", s, m.end(), text[s:m.end()]))
    return hits


_FOUNDING_VERBS = ("新设", "设置", "设立", "成立", "组建", "筹建", "新建", "建成", "更名为", "升格为", "揭牌")
# words that make a venue name a description (城市博物馆, 一批专题博物馆, 乡村博物馆)
_VENUE_GENERIC = re.compile(r"[省市县区乡镇村馆]$|^遗址$|^(?:城市|乡村|社区|专题|行业|数字|智慧|新建|各类|各级|特色|非遗|红色|小微|类|"
                            r"民营|非国有|国有|人均|高校|全省|全市|全区|全国|工业|公共|博物馆|建设|打造|推进|实施|加快|支持|"
                            r"开放|免费|历史|文化|科技|自然|综合)")


# ------------------------------------------------------------------------------------ airports

_AIRPORT = re.compile(r"(?:国际)?机场")
# kinds of airport, not names (通用机场, 支线机场, 专业货运机场)
_AIRPORT_KIND = re.compile(r"(?:通用|运输|支线|民用|货运|专业货运|枢纽|干线|区域|一批|全省|新建|新|大型|中小)$")
# works on an airport (三期扩建, 东二跑道, T3B航站楼) are projects named with it, found as initiatives
_AIRPORT_WORKS = re.compile(r"[一二三四五六七八九十]期|改扩建|扩建|迁建|改造|[东西南北第一二三四五六七八九十]*跑道|[A-Z0-9]*航站楼|工程|项目|"
                            r"集团|公司")
# what is said of an airport being built (亳州机场建成通航, 投资建设运营…机场, 推进璧山机场前期工作)
_AIRPORT_BUILT_BEFORE = re.compile(r"^(?:投资建设运营|投资建设|新建|建设|开工|迁建)")
_AIRPORT_BUILT_AFTER = re.compile(r"建成|通航|投运|开工|前期")
_AIRPORT_DESCRIBED = re.compile(r"[^\u4e00-\u9fff]|[的等居]|最|首个|改造|现代化|卫生|运行|通航")
_AMONG_WORKS = re.compile(r"(?:高速|高铁|铁路|城际|水库|大桥|[一二三四五六七八九十]期)(?:、|等|$)|等[^，。；]{0,6}项目")


def find_airports(text: str) -> list[Hit]:
    """Named airports: an airport in operation (昆明长水国际机场年旅客吞吐量, 支持合肥机场…) is a carrier (pkg:Park),
    one being built or opened (亳州机场建成通航, 推进璧山机场前期工作) a project (pkg:Initiative); works on an airport
    (三期扩建, 跑道) are left to the initiatives, and kinds of airport (通用机场) name none. Most annotators of the
    development reports list them so (bench/annotation/CONVENTIONS.md, split 10)."""
    hits = []
    for m in _AIRPORT.finditer(text):
        s = left_bound(text, m.start(), 12)
        name = re.split(r"[和与及]|机场", text[s:m.start()])[-1]  # 天河国际机场和花湖国际机场
        built_verb = _AIRPORT_BUILT_BEFORE.match(name)
        name = _strip_leading(name[built_verb.end():] if built_verb else name)
        name = re.sub(r"^.*级", "", name)  # 首座4F级盛乐国际机场: the grade is no part of the name
        s = m.start() - len(name)
        if len(name) < 2 or _AIRPORT_KIND.search(name) or _AIRPORT_DESCRIBED.search(name) or \
                len(name) > 4 and area_name_at_start(name) is None:
            continue  # (旅客吞吐量增速居省会城市机场, 维修改造机场: a description, no name)
        if _AIRPORT_WORKS.match(text, m.end()):
            continue
        # (大连金州湾国际机场、秦沈高速一期等项目: an airport listed among works is one of them)
        clause = re.search(r"[^，。；：\n]*$", text[max(0, s - 40):s]).group(0) + \
            re.match(r"[^，。；：\n]*", text[m.end():m.end() + 40]).group(0)
        built = built_verb or _AIRPORT_BUILT_AFTER.match(text, m.end()) or \
            re.search(r"(?:新建|建设|开工|迁建)$", text[max(0, s - 4):s]) or _AMONG_WORKS.search(clause)
        hits.append(Hit("Initiative" if built else "Park", s, m.end(), text[s:m.end()], ()))
    return hits
