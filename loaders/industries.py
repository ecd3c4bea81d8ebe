"""Industries: the SKOS concept scheme shipped with the package and industry mentions in text.

`load_scheme()` reads `lexicons/industries.ttl` into plain records (the lead maps them to RDF).
`find_industries()` finds scheme labels and aliases (Aho-Corasick, leftmost-longest) and, for chains
and clusters the scheme lacks, the name before `产业链`, `产业集群`, `产业` when it is bounded like a name.
"""
from __future__ import annotations

import re
import tomllib
from bisect import bisect_left
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import ahocorasick

from .areas import gazetteer
from .names import boundary_words, earlier_overlapping_bound, left_bound, mark_taken, starts_with_boundary_word
from .entities_named import finditer_near, is_boundary_at

_LEX = resources.files(__package__).joinpath("lexicons")
_SKOS = "http://www.w3.org/2004/02/skos/core#"
_NEEDS_CUE = "https://w3id.org/policykg/ontology#needsCue"
_BROAD_ONLY = "https://w3id.org/policykg/ontology#broadOnly"


@dataclass(frozen=True)
class IndustryConcept:
    key: str  # canonical name = skos:prefLabel
    label: str
    aliases: tuple[str, ...]
    broader: tuple[str, ...]  # keys of broader concepts
    needs_cue: bool = False
    broad_only: bool = False  # a whole branch of the economy (农业): a broader concept, never a mention


@lru_cache(maxsize=1)
def load_scheme() -> tuple[IndustryConcept, ...]:
    """The industry concept scheme as plain records, in file order of labels."""
    import rdflib

    g = rdflib.Graph()
    with _LEX.joinpath("industries.ttl").open("rb") as f:
        g.parse(f, format="turtle")
    skos = rdflib.Namespace(_SKOS)
    label_of = {}
    for c, lab in g.subject_objects(skos.prefLabel):
        if getattr(lab, "language", None) == "zh" and (c, rdflib.RDF.type, skos.Concept) in g:
            label_of[c] = str(lab)
    out = []
    for c, label in label_of.items():
        aliases = tuple(sorted(str(a) for a in g.objects(c, skos.altLabel)))
        broader = tuple(sorted(label_of[b] for b in g.objects(c, skos.broader) if b in label_of))
        cue = any(bool(v.toPython()) for v in g.objects(c, rdflib.URIRef(_NEEDS_CUE)))
        broad = any(bool(v.toPython()) for v in g.objects(c, rdflib.URIRef(_BROAD_ONLY)))
        out.append(IndustryConcept(label, label, aliases, broader, cue, broad))
    return tuple(sorted(out, key=lambda x: x.key))


def concept(key: str) -> IndustryConcept | None:
    return _by_key().get(key)


@lru_cache(maxsize=1)
def _by_key() -> dict[str, IndustryConcept]:
    return {c.key: c for c in load_scheme()}


@lru_cache(maxsize=1)
def _key_of_form() -> dict[str, str]:
    """Every label and alias of the scheme (食品, 光伏制造) → its concept's key."""
    return {f: c.key for c in load_scheme() for f in (c.label, *c.aliases)}


@lru_cache(maxsize=1)
def scheme_forms() -> frozenset[str]:
    """Every label and alias of the scheme (食品, 光伏)."""
    return frozenset(_key_of_form())


@lru_cache(maxsize=1)
def _automaton() -> ahocorasick.Automaton:
    auto = ahocorasick.Automaton()
    for form, key in _key_of_form().items():
        auto.add_word(form, (form, key))
    auto.make_automaton()
    return auto


@dataclass(frozen=True)
class IndustryHit:
    start: int
    end: int  # end of the name itself (without 产业/产业链/集群)
    surface: str
    key: str
    in_scheme: bool


_INDUSTRY_WORDS = ("产业链", "产业集群", "产业园", "产业", "集群", "行业", "经济", "企业", "领域", "业")
# 领域 is no cue (农业领域, 工业、能源等领域 name fields of work), nor is 产业 that qualifies another thing
# (农业产业化龙头企业, 农业产业体系, 农业产业强镇, 能源产业博览会); a park for an industry (绿电产业园) still names it
_CUE_AFTER = re.compile(r"(?:产业(?!化|体系|强镇|带|博览|示范|集聚)|集群|行业|经济|企业|等(?:产业|行业|重点产业|优势产业|新兴产业))")
_LIST_SEP = "、和及与"
_ASCII = re.compile(r"[A-Za-z0-9]")
# names before 产业/产业链 that are qualifiers, not industries
_GENERIC = frozenset(
    "优势 特色 主导 重点 新兴 传统 支柱 相关 上下游 优势特色 特色优势 富民 创新 区域 地方 当地 重点优势 先导 "
    "基础 关联 配套 核心 骨干 龙头 朝阳 接续 替代 实体 县域 园区 城市 全省 全市 全区 我省 我市 新型 现代化 "
    "千亿级 万亿级 百亿级 千亿 万亿 百亿 标志性 战略性 现代 绿色 数字 低碳 零碳 文化和旅游 农村 乡村 高新技术 "
    "新一代 一二三 二三 一 二 三 特色优势 各类 其他 这些 该 本地 现代化大 壮大 发展 推动 加快".split()
)


# pieces that mark a qualifier phrase (特色优势产业, 国家级…产业, 县域富民产业), not an industry's name
_QUALIFIER = re.compile(
    r"[的和与等及是在了为对把将向从之全个大级省市县区“”（）—+\-0-9]|特色|优势|主导|支柱|新兴|国家|县域|乡村|地区|区域|"
    r"重大|现代|首都|未来|生态|创新|合作|专项|细分|存量|城乡|第一|全国|民生|幸福|引导|增强|完整|高端|新城|打好|大抓|"
    r"潜力|富民|经典|外贸|跨境|边境|配套|国资|领域|信息技术|科技成果|房地|欠发达|绿色低碳|新质|"
    r"重点$|优势$|特色$|支撑|保障|实现|结合|拓展|集聚|衔接|绘制|突破|增收|首位|第|三次|国内外|到户|优化|^沿|协作|"
    r"统筹|摸清|促进|推动|加快|发展|建设|提升|培育|壮大|打造|做强|延伸|补齐|锻造|强化|完善|服务|提高|带动|融入|链接|稳定"
)


def _cue_ok(text: str, s: int, e: int) -> bool:
    if _CUE_AFTER.match(text, e):
        return True
    # in a list whose other items are industries: X、Y等产业 / X和Y产业
    before = text[s - 1: s]
    after = text[e: e + 1]
    return bool(before and before in _LIST_SEP or after and after in _LIST_SEP) and \
        bool(re.match(r"[^。；，]{0,30}等?(?:产业(?!化)|行业)", text[e:]))


# a name found before 产业 that ends on an act or a remainder is no sector (科技赋能产业发展, 经营产业化, 高品位规划…产业,
# 电子信息及其他: a statistical table's rest)
_NO_SECTOR_END = re.compile(r"(?:^经营|赋能|规划|其他)$")


def find_industries(text: str) -> list[IndustryHit]:
    """Industry mentions: scheme labels/aliases everywhere (cue words required for everyday words),
    and unknown names directly before 产业链 / 产业集群 / 产业."""
    hits = _scheme_hits(text)
    taken = bytearray(len(text) + 1)  # characters already inside a hit
    for h in hits:
        mark_taken(taken, h.start, h.end)
    _chain_names(text, hits, taken)
    _measured_sectors(text, hits, taken)
    _sector_list_names(text, hits, taken)
    _grown_sectors(text, hits, taken)
    _economy_sectors(text, hits, taken)
    _sector_word_lists(text, hits, taken)
    hits = _whole_list_items(text, hits)
    hits = _joined_sector_names(text, hits)
    hits = _shared_head_items(text, hits)
    _sibling_items(text, hits)
    broad = _broad_only()
    combined = [m.span() for m in _ALL_IN_ONE.finditer(text)]
    hits = [h for h in hits if h.key not in broad and not _inside_firm_list(text, h)
            and not any(a <= h.start < b for a, b in combined) and not _ZONE_KIND.match(text, h.start)
            and (h.in_scheme or not _NO_SECTOR_END.search(h.key))]
    # a name a pass found whole may be one of the scheme's forms (做强光伏制造业): it is that concept
    key_of = _key_of_form()
    hits = [h if h.in_scheme or h.key not in key_of else IndustryHit(h.start, h.end, h.surface, key_of[h.key], True)
            for h in hits]
    hits.sort(key=lambda h: h.start)
    return hits


# what a place combines (打造集文化旅游、商贸旅游、会展旅游…等为一体的旅游带; 集研发、制造、服务于一体): its functions,
# not sectors aimed at
_ALL_IN_ONE = re.compile(r"集[^。；\n]{2,80}?[于为]一体")
# the kind of zone a park is (呼和浩特金山高新技术产业开发区, 晋升为国家级高新技术产业开发区, 高新技术产业标准化示范区): no
# sector aimed at
_ZONE_KIND = re.compile(r"高(?:新)?技术产业(?:开发区|园区|园|[\u4e00-\u9fff]{0,4}示范区)")
# a list of firms: 依托建邦胶体、银丰纳米、德晟机器人、天诺光电等重点企业
_FIRMS_AFTER = re.compile(r"等(?:[0-9一二三四五六七八九十]+[个家])?(?:重点|龙头|骨干|领军)?(?:企业|公司)")


def _inside_firm_list(text: str, h: IndustryHit) -> bool:
    """Whether the hit is part of a firm's name in a 、-list that closes with 等…企业 (德晟机器人)."""
    m = _FIRMS_AFTER.search(text, h.end, h.end + 40)
    if m is None or re.search(r"[，。；：\n]", text[h.end:m.start()]):
        return False
    item_start = max(text.rfind(c, 0, h.start) for c in "、，。；：\n") + 1
    item_end = min([i for i in (text.find("、", h.end), m.start()) if i >= 0])
    return (item_start, item_end) != (h.start, h.end) and "、" in text[item_start - 1:m.start()]


@lru_cache(maxsize=1)
def _broad_only() -> frozenset[str]:
    """Keys of the whole branches of the economy, which are never mentioned on their own."""
    return frozenset(c.key for c in load_scheme() if c.broad_only)


def _free(taken, s, e):
    taken[s:e] = b"\x00" * (e - s)


def _add_name(hits, taken, s, e, name):
    """An unknown name found by one of the passes, marked as taken for the passes after it."""
    hits.append(IndustryHit(s, e, name, name, False))
    mark_taken(taken, s, e)


def _at_clause_start(text, s):
    """Whether s opens the text, a clause or a list item."""
    return s == 0 or text[s - 1] in "、，；：“。\n"


def _scheme_hits(text):
    """Scheme labels and aliases, leftmost-longest, less those whose context shows another word or thing."""
    by_key = _by_key()
    raw = []
    for end, (form, key) in _automaton().iter(text):
        s, e = end - len(form) + 1, end + 1
        if _ASCII.match(form[0]) and s > 0 and _ASCII.match(text[s - 1]):
            continue
        if _ASCII.match(form[-1]) and e < len(text) and _ASCII.match(text[e]):
            continue
        raw.append((s, e, form, key))
    raw.sort(key=lambda x: (x[0], -(x[1] - x[0])))
    ends_at = {}  # the furthest end of a scheme form starting at each position
    for s, e, _, _ in raw:
        ends_at[s] = max(e, ends_at.get(s, e))
    hits = []
    last = -1
    for s, e, form, key in raw:
        if s < last:
            continue
        if by_key[key].needs_cue and not _cue_ok(text, s, e):
            continue
        if form[0] == "化" and s > 0 and text[s - 1] in _HUA_VERB:
            continue  # 强化工业, 优化工作: 化 ends the word before
        if form == "化工" and text.startswith("作", e) and not text.startswith("作业", e):
            continue  # 常态化工作机制, 工业和信息化工作会议: 化 ends the word before, 工作 is the next
        if _DESIGNATION_GRADE.search(text, max(0, s - 5), s) and _DESIGNATION_KIND.match(text, e) or \
                _DOCUMENT_NUMBER_AFTER.match(text, e):
            continue  # 国家现代农业示范园, 全国基层中医药工作示范县: a title awarded, not a sector aimed at;
            # 渝文旅函字〔2025〕283号: the sector's word is a document number's prefix
        if _CAPACITY_BEFORE.search(text, max(0, s - 12), s) or _CAPACITY_AFTER.match(text, e):
            continue  # 年产1.8万吨汽车涂料, 6万吨碳纤维: the product of a plant, not a sector aimed at
        if form[0] == "种" and s > 0 and text[s - 1] in _ZHONG_COUNTED:
            continue  # 多种业态, 各种业务: 种 counts kinds, no 种业
        if _MODIFIES.match(text, _chain_end(e, ends_at)) or _GOODS_LIST.match(text, e) or \
                _FACILITY_AFTER.match(text, e):
            continue  # 文旅消费, 金融机构, 机器人公司: the sector's word qualifies another thing;
            # 汽车、家电等大宗消费: goods bought, not a sector
        if form.startswith("服务业") and text[e:e + 1] in "态务" or form == "服务业" and text[s - 1:s] == "性":
            continue  # 服务业态, 服务业务
        if form in _STATISTICAL and _REPORTED_AFTER.match(text, e):
            continue  # 高技术制造业增加值增长15%: a statistic reported, not a sector aimed at
        hits.append(IndustryHit(s, e, form, key, True))
        last = e
    return hits


def _chain_end(e: int, ends_at: dict[int, int]) -> int:
    """The end of the run of scheme forms written one after another from `e` (风电光伏装机: what follows 光伏
    qualifies 风电 too)."""
    seen = 0
    while e in ends_at and seen < 4:
        e, seen = ends_at[e], seen + 1
    return e


def _chain_names(text, hits, taken):
    """Names bounded like a name before 产业链/产业集群/产业: the chains and clusters the scheme lacks."""
    # 产业〔: the prefix of a document number (湘工信产业〔2021〕144号), not a sector
    for m in re.finditer(r"(?:产业链|产业集群|产业(?!园|开发区|基地|示范区|集聚区|研究院|创新中心|联盟|基金|〔))", text):
        e = m.start()
        if text[e - 1:e] == "全" and m.group(0) == "产业链":
            e -= 1  # 人参全产业链, 梅花鹿全产业链产值
        if m.group(0) == "产业链" and text[e - 1:e] == "子" and e >= 3 and "\u4e00" <= text[e - 3] <= "\u9fff":
            e -= 1  # 盐卤化工子产业链: a sub-chain of the sector named before 子
        if e == 0:
            continue
        s = earlier_overlapping_bound(text, left_bound(text, e, 8))
        if m.group(0) == "产业" and not (_at_clause_start(text, s) or
                                        any(text.startswith(v, s - len(v)) for v in _GROW_VERBS)):
            continue  # a bare 产业 after another verb is as often a qualifier phrase as a name
        if taken[e - 1]:
            inner = _widened_scheme_hit(text, s, e, m.group(0), hits, taken)
            if inner is None:
                continue
            hits.remove(inner)
            _free(taken, inner.start, inner.end)
        name = text[s:e]
        if re.match(r"[每各该这那此其]", name):
            continue  # 每条子产业链, 各产业: a determiner, no name
        name = re.sub(r"^(?:世界一流|国际一流|世界级|全国一流|新一轮|一批|若干|多个|\d+个|[一二三四五六七八九十]+大|[一二三四五六七八九十]+个)", "", name)
        if _VERB_START.match(name):
            continue  # 坚定产业自信, 梳理产业链: a verb before 产业
        s = e - len(name)
        if not (2 <= len(name) <= 8) or name in _GENERIC or any(g == name for g in _GENERIC):
            continue
        if _QUALIFIER.search(name) or name in gazetteer().by_name or name[:2] in gazetteer().by_name:
            continue
        if name.endswith(("型", "级", "类", "性", "化")):
            continue
        if any(taken[s:e]):
            continue
        _add_name(hits, taken, s, e, name)


def _widened_scheme_hit(text, s, e, cue, hits, taken):
    """The scheme hit that the bounded name text[s:e] before `cue` widens, or None when the name is no industry's:
    新医药产业, 培育氢燃料轻量化汽车产业 are longer names than the scheme's word they end with; 原生物医药产业链 (the
    former chain) and …科技产业园生物医药产业链 (a park's chain) name no longer one."""
    inner = next((h for h in hits if h.start < e <= h.end and h.in_scheme), None)
    prefix = text[s:inner.start] if inner else ""
    if not prefix or prefix == "原" or re.search(r"园|基地|中心", prefix) or text[e:inner.end] != cue[:inner.end - e] or \
            any(taken[s:inner.start]) or \
            _QUALIFIER.search(prefix) or prefix in _GENERIC or _VERB_START.match(prefix) or \
            any(prefix[i:i + k] in gazetteer().by_name for i in range(len(prefix)) for k in (2, 3)) or \
            re.search(r"[^\u4e00-\u9fff]", prefix) or prefix in gazetteer().by_name or \
            re.match(r"(?:传统|先进|高端|高新|新兴|现代|智能|数字|绿色|重点|优势|特色|其他|相关|新一代|千亿|万亿|百亿|一批|若干|"
                     r"世界|国际|全国|全省|一流|健康|工业|农业|服务业|制造业)", prefix):
        return None
    return inner


def _measured_sectors(text, hits, taken):
    """Sectors named by their output (生态渔业产值, 建筑业增加值): only a sector has 产值 or 增加值."""
    for m in re.finditer(r"([\u4e00-\u9fff]{1,6}业)(?=(?:总产值|产值|增加值|营业收入|营收))", text):
        e = m.end()
        s = left_bound(text, e, 8)
        name = text[s:e]
        inner = next((h for h in hits if s < h.start and h.end == e and h.in_scheme), None) if taken[e - 1] else None
        free_from = inner.start if inner else e  # 生态渔业产值: a bounded name longer than the scheme's 渔业
        if any(taken[s:free_from]) or not (2 <= len(name) <= 8) or \
                not (_at_clause_start(text, s) or is_boundary_at(text, s)):
            continue
        if re.search(r"(?:工业|企业|行业|事业|就业|作业|专业|物业|毕业|产业)$", name) or \
                name in ("制造业", "服务业", "农业", "第一产业", "第二产业", "第三产业") or name in _STATISTICAL or \
                re.search(r"[的和与等及是在了为对把将向从之个级全省市县区“”（）0-9]|特色|优势|主导|支柱|新兴|重点|发展|建设", name) or \
                _VERB_START.match(name) or name[:2] in gazetteer().by_name or re.match(r"(?:规上|规模以上|全|各|工业|农业)", name):
            continue
        if inner:
            hits.remove(inner)
        _add_name(hits, taken, s, e, name)


def _sector_list_names(text, hits, taken):
    """Unknown names listed with known industries before 等…产业/业态 (光电信息、高端仪器、具身智能等重点领域):
    the list's end says what kind its items are."""
    for m in finditer_near(_LIST_END, _LIST_END_START, text, (0,)):
        items, verb = _sector_list_items(text, m.start(), taken)
        # a place's own products as its featured or farming industries (六安瓜片、霍山石斛…为首的特色产业)
        local = bool(re.search(r"特色|种植|养殖|种养", m.group(0)))

        def named(n: str) -> bool:
            return _list_item_name(n) or local and len(n) >= 4 and _short_item_name(n[2:]) and \
                n[:2] in gazetteer().by_name
        # 大力发展藏香、藏毯等民族特色手工业: a list that a growth verb opens and a kind of industry closes
        # (one item will do for a place's own product: 持续推动蔡甸莲藕等特色产业成熟发展)
        grown = bool(verb) and (len(items) >= 2 or local and m.group(0).startswith("等")) and \
            all(2 <= b - a <= 6 and named(text[a:b]) or 2 == b - a for a, b in items)
        if len(items) < 2 and not grown or not (grown or any(taken[a:b].count(1) >= 2 for a, b in items)):
            continue  # one of the items at least is, or holds, a known industry
        # unknown items are taken only beside an item that is a known industry (光电信息、具身智能等)
        known_item = grown or any(taken[a:b].count(1) == b - a for a, b in items) and \
            m.group(0).endswith(("产业", "产业链", "集群", "赛道", "业态"))
        for a, b in items:
            name = text[a:b]
            inner = [h for h in hits if a <= h.start and h.end <= b]
            if inner and len(inner) == sum(1 for h in hits if h.start < b and a < h.end) and \
                    not any(h.start == a and h.end == b for h in inner) and _list_item_name(name):
                # 家政物业, 金属新材料, 新能源与智能网联汽车: the listed item is the industry, not the word inside it
                for h in inner:
                    hits.remove(h)
                _free(taken, a, b)
            # beside known industries a listed item needs only to look like a name (现代装备, 新型电力装备)
            looks_named = not _QUALIFIER.search(name) or _list_item_name(name)
            if any(taken[a:b]) or not (2 <= len(name) <= 8) or not looks_named or _VERB_START.match(name) \
                    or name in _GENERIC or name[:2] in gazetteer().by_name and not (grown and named(name)) \
                    or not known_item:
                if not taken[a] and inner and _list_item_name(name):
                    _add_name(hits, taken, a, b, name)
                continue
            _add_name(hits, taken, a, b, name)


def _sector_list_items(text, end, taken):
    """The spans of the 、-separated items ending at `end`, last first, and the verb that opens the list if any."""
    items = []
    of_which = _LIST_OF_WHICH.match(text, end)
    while True:
        s = left_bound(text, end, 10)
        items.append((s, end))
        if text[s - 1:s] == "、" and s >= 2:
            end = s - 1
            continue
        break
    a, b = items[-1]
    opener = 0
    if of_which and text[a:a + 1] == "以":
        items[-1] = (a + 1, b)  # 推动以六安瓜片、霍山石斛…为首的特色产业: 以 opens the list, no item's part
        a, opener = a + 1, 1
    start, verb = _first_item_start(text, b)
    if verb and not any(taken[start - len(verb):start]):
        items[-1] = (start, b)  # 培育网络游戏、微短剧等: the verb before the first item is no part of it
    elif verb is None and start > a and not any(taken[a:start]):
        items[-1] = (start, b)  # 打造出一个以生物医药、…: what follows the verb is no part of the item either
    if verb is None:
        verb = next((v for v in _LIST_VERBS if text.startswith(v, a - opener - len(v))), None)
    return items, verb


def _grown_sectors(text, hits, taken):
    """Names ending in a sector word right after a growth verb (做强先进农机装备制造业, 发展科技农业):
    what is grown there is a sector."""
    for m in _GROWN_SECTOR.finditer(text):
        s, e = m.start(1), m.end(1)
        name = m.group(1)
        while (verb := next((v for v in _LIST_VERBS if name.startswith(v)), None)):
            name, s = name[len(verb):], s + len(verb)  # 优化提升要素流通型服务业: a second verb
        if not (3 <= e - s <= 10) or re.search(r"[和与同等及在的]|各类|相关|其他", name) or \
                name[:2] in gazetteer().by_name or _VERB_START.match(name) or \
                re.match(r"(?:传统|新兴|现代化|特色|优势)", name):
            continue
        inner = [h for h in hits if s <= h.start and h.end <= e]
        if any(taken[s:e]) and (not inner or any(taken[s:e]) and
                                sum(h.end - h.start for h in inner) != sum(taken[s:e])):
            continue  # overlaps a name that reaches outside
        for h in inner:  # 高端数控机床制造业: the whole name, not the scheme's word inside it
            hits.remove(h)
        _add_name(hits, taken, s, e, name)


def _sector_word_lists(text, hits, taken):
    """A list whose items all end in a sector word (发展科技农业、绿色农业、质量农业、品牌农业; 生态农业、设施农业、
    高效农业、共享农业不断壮大): each item is a sector, when a growth verb opens the list or it has three items."""
    for _, verb, items in _clause_lists(text, 2):
        spans = [(a, b) for a, b, _ in items]
        a, b = spans[-1]
        end = _SECTOR_END.search(text, a + 2, b)  # 共享农业不断壮大: the last item ends at its sector word
        spans[-1] = (a, end.end() if end else b)
        names = [text[a:b] for a, b in spans]
        if not all(_SECTOR_END.search(n) and _SECTOR_END.search(n).end() == len(n) and 3 <= len(n) <= 10 and
                   not re.search(r"[^\u4e00-\u9fff]|[的是在了为对把将向从等和与及]", n) for n in names) or \
                not (verb or len(names) >= 3):
            continue
        for (a, b), name in zip(spans, names):
            if any(taken[a:b]) or re.match(r"(?:现代|特色|优势|传统|新兴|重点|主导|支柱|其他|相关)", name) or \
                    name[:2] in gazetteer().by_name:
                continue  # (现代农业, 特色服务业: a stance, not a kind)
            _add_name(hits, taken, a, b, name)


def _economy_sectors(text, hits, taken):
    """X经济 named as something to develop (发展银发经济, 培育首发经济、票根经济, 开发“谷子经济”): a sector."""
    for m in re.finditer(r"(?<=[\u4e00-\u9fff、“])([\u4e00-\u9fff]{2})经济", text):
        s, e = m.start(1), m.end()
        if any(taken[s:e]):
            continue
        name = m.group(1)
        quoted = text[s - 1] == "“" and text[e:e + 1] == "”"
        if not (is_boundary_at(text, s) or text[s - 1] == "、" or quoted):
            # 发展港航经济和临港经济, 发展…高速服务区经济: a name of two to five characters after a growth verb,
            # 和 or 、
            def opens(i: int) -> bool:
                return any(text.startswith(v, i - len(v)) for v in _GROW_VERBS) or text[i - 1] in "、和及"
            s = next((i for i in range(e - 4, e - 8, -1)
                      if i >= 2 and opens(i) and re.fullmatch(r"[\u4e00-\u9fff]+", text[i:e - 2])), None)
            if s is None:
                continue
            name = text[s:e - 2]
        if name in _NOT_SECTOR or name in gazetteer().by_name or _QUALIFIER.search(name) or name in boundary_words():
            continue
        after = text[e + quoted:e + quoted + 2]
        if not (after[:1] in ("、，。；和与及等“") or after in ("产业", "新业", "消费", "业态")):
            continue  # 长江经济带, 中央经济工作会议, 推动经济发展: not a sector's name
        _add_name(hits, taken, s, e, name + "经济")


def _whole_list_items(text: str, hits: list[IndustryHit]) -> list[IndustryHit]:
    """In a list of three or more sectors (海上风电、沿海核电、绿氢氨醇…), an item that holds a scheme word
    with a few more characters is named whole: the list names sectors at the detail it gives."""
    by_start = {h.start: h for h in hits}
    ordered = sorted(hits, key=lambda h: h.start)
    starts = [h.start for h in ordered]
    out = list(hits)
    for _, _, items in _clause_lists(text, 3):
        spans = [(a, b) for a, b, _ in items[:-1]]
        a, _, last = items[-1]
        k = last.find("等")  # (without 等 the last item runs on into the sentence)
        if k >= 0:
            if _NOT_SECTORS_AFTER_DENG.match(last, k):
                continue  # 华锦阿美精细化工、…等项目: projects and firms, not sectors
            spans.append((a, a + k))
        inner = [[h for h in ordered[bisect_left(starts, a):bisect_left(starts, b)] if h.end <= b] for a, b in spans]
        if sum(1 for hs in inner if hs) < 2:
            continue  # not a list of sectors
        for (a, b), hs in zip(spans, inner):
            name = text[a:b]
            if len(hs) != 1 or hs[0].end - hs[0].start == b - a or not _list_item_name(name) or \
                    name.endswith(("产业", "行业")) or re.match(r"(?:规上|规模以上|全省|全市)", name) or \
                    b - a - (hs[0].end - hs[0].start) > 4 or any(h.start < b and a < h.end for h in hits if h not in hs) or \
                    _QUALIFIER.search(name.replace(hs[0].surface, "")):
                continue
            out.remove(by_start.get(hs[0].start, hs[0]))
            out.append(IndustryHit(a, b, name, name, False))
    return out


def _joined_sector_names(text: str, hits: list[IndustryHit]) -> list[IndustryHit]:
    """新能源汽车及零部件、新能源…等产业集群, 推进智能制造及装备产业: a sector joined by 及/与 to a short second
    part, the two standing as one item of a list or before 产业, name one sector (a cluster's name); 和 mostly
    joins two sectors (氢能和核聚变能), and so does 及/与 before a whole sector class (…服务业与先进制造业)."""
    out = list(hits)
    for h in hits:
        opens = text[h.start - 1:h.start] in ("、", "，", "：", "；", "。", "\n", "") or \
            _OPENING_VERB_BEFORE.search(text, max(0, h.start - 4), h.start)
        if text[h.end:h.end + 1] not in ("及", "与") or not opens:
            continue
        m = _JOINED_PART.match(text, h.end + 1)
        if not m or _QUALIFIER.search(m.group("b")) or not _JOINED_END.match(text, m.end()) or \
                m.group("b") in ("相关", "关联", "周边") or m.group("b").endswith("业"):
            continue  # (旅游及相关产业; 现代服务业与先进制造业: two whole sectors)
        e = m.end()
        inner = [x for x in out if h.start <= x.start and x.end <= e]
        if any(x.start < e and h.start < x.end for x in out if x not in inner):
            continue
        for x in inner:
            out.remove(x)
        name = text[h.start:e]
        out.append(IndustryHit(h.start, e, name, name, False))
    return out


# single words listed before the head word they share (磷、煤、氟化工; 农牧、纺织机械): each with the head is a sector
_SHARED_HEAD = re.compile(r"(?P<items>(?:[\u4e00-\u9fff]{1,2}、)+)(?P<last>[\u4e00-\u9fff]{1,2}?)(?P<head>化工|机械|加工|装备)")


def _shared_head_items(text: str, hits: list[IndustryHit]) -> list[IndustryHit]:
    """推动磷、煤、锰、氟化工耦合发展: the list's words, each with the head word the last one carries; not when a word is a
    sector of its own (绿氢、绿色化工), a number or an area."""
    out = list(hits)
    forms = _key_of_form()
    for m in _SHARED_HEAD.finditer(text):
        words = m.group("items").rstrip("、").split("、") + [m.group("last")]
        s = m.start()
        if len(words[0]) == 2 and is_boundary_at(text, s + 1):
            s, words[0] = s + 1, words[0][1:]  # 推动磷、煤…: the verb's last character is no word of the list
        if not (s == 0 or text[s - 1] in "，。；：、\n（“" or is_boundary_at(text, s)):
            continue
        if any(w in forms for w in words[:-1]) or \
                any(w in gazetteer().by_name or re.search(r"[一二三四五六七八九十个第]", w) for w in words):
            continue
        last = m.start("last")
        if any(h.start < m.end() and s < h.end and h.start < last for h in out):
            continue  # a word of the list already names a sector
        out = [h for h in out if not (last <= h.start and h.end <= m.end())]  # (氟化工: the last word and its head)
        spans, pos = [], s
        for w in words[:-1]:
            spans.append((pos, pos + len(w)))
            pos += len(w) + 1
        spans.append((last, m.end()))
        out += [IndustryHit(a, e, w + m.group("head"), w + m.group("head"), False) for (a, e), w in zip(spans, words)]
    return out


_JOINED_PART = re.compile(r"(?P<b>[\u4e00-\u9fff]{2,6}?)(?=[、，。；]|等|产业|集群)")
_JOINED_END = re.compile(r"[、]|等[^，。；]{0,8}(?:产业|集群)|产业|集群")
_OPENING_VERB_BEFORE = re.compile(r"(?:发展|培育|壮大|推进|推动|加快|做强|做大|支持|打造)$")


_CLAUSE = re.compile(r"[^，。；：！？\n（）“”]+")
# what a list closed by 等 names when it is no list of sectors: projects, firms, products (…等项目) or fields (…等领域)
_NOT_SECTORS_AFTER_DENG = re.compile(r"等(?:[0-9一二三四五六七八九十]+[个项家])?(?:重大|重点)?"
                                     r"(?:项目|企业|工程|公司|基地|园区|产品|新技术|新产品|技术)")
_FIELDS_AFTER_DENG = re.compile(r"等(?:[0-9一二三四五六七八九十]+[个项家])?(?:重大|重点)?(?:领域|方面|地区|国家|城市)")


def _clause_lists(text: str, min_items: int):
    """Each clause that is a 、-list of at least `min_items` items: (the clause's end, the verb opening the list,
    [(start, end, written item)]), the first item starting after that verb."""
    return [found for found in _all_clause_lists(text) if len(found[2]) >= min_items]


@lru_cache(maxsize=2)  # three finders ask for the lists of the same text
def _all_clause_lists(text: str) -> tuple:
    out = []
    for clause in _CLAUSE.finditer(text):
        parts = clause.group(0).split("、")
        if len(parts) < 2:
            continue
        items, pos = [], clause.start()
        for part in parts:
            items.append((pos, pos + len(part), part))
            pos += len(part) + 1
        start, verb = _first_item_start(text, items[0][1])
        items[0] = (start, items[0][1], items[0][2])
        out.append((clause.end(), verb, tuple(items)))
    return tuple(out)

def _first_item_start(text: str, b: int) -> tuple[int, str | None]:
    """Where the first item of a list ending at b starts, and the verb before it: after the last verb that
    opens the list (立足实际发展生物医药、新材料 → 生物医药; 建设加工贸易、消费电子 → 加工贸易)."""
    a = left_bound(text, b, 10)
    cuts = [(i + len(v), v) for i in range(a, b) for v in _OPENING_VERBS_BY_FIRST.get(text[i], ())
            if text.startswith(v, i) and b - (i + len(v)) >= 2]
    start, verb = max(cuts, default=(a, None))
    lead = _AFTER_OPENING_VERB.match(text, start, b)
    if (verb or is_boundary_at(text, start)) and lead.end() > start and b - lead.end() >= 2:
        start = lead.end()  # 打造出一个以生物医药、…为主导的: the verb's complement and a preposition come first
    return start, verb


# what stands between a verb and the list it opens (打造出一个以…, 形成了以…为主的)
_AFTER_OPENING_VERB = re.compile(r"(?:出|了|成)?(?:[一两几]个|一批|一座|一系列)?(?:以|由)?")


def _sibling_items(text: str, hits: list[IndustryHit]) -> None:
    """In a list whose items are mostly known industries (船舶、电子专用材料、航空航天; 冰雪经济、赛事经济、
    国漫影视、微短剧等), the other items are named at the same level: sectors too."""
    taken = bytearray(len(text) + 1)
    for h in hits:
        mark_taken(taken, h.start, h.end)
    for clause_end, _, items in _clause_lists(text, 3):
        spans = []
        for i, (a, b, part) in enumerate(items):
            if i > 0 and (i == len(items) - 1 and b < clause_end or "等" in part):
                k = part.find("等")
                if k < 0 or _NOT_SECTORS_AFTER_DENG.match(part, k) or _FIELDS_AFTER_DENG.match(part, k):
                    spans = []
                    break  # the last item runs on into the sentence, or the list names projects, firms or fields
                b = a + k
            spans.append((a, b))
            if "等" in part:
                break  # the list ends at 等
        whole = [taken[a:b].count(1) == b - a and any(h.start == a and h.end == b for h in hits) for a, b in spans]
        if len(spans) < 3 or sum(whole) * 2 < len(spans) + 1:
            continue  # not mostly known sectors
        for (a, b), known in zip(spans, whole):
            name = text[a:b]
            if known or any(taken[a:b]) or not (2 <= len(name) <= 8) or not _short_item_name(name) or \
                    name in _GENERIC or name in boundary_words() or re.search(r"(?:化|发展|提升|扩大|提速|增长)$", name):
                continue  # (高品质、多样化、便利化发展: qualities of the sectors, not sectors)
            _add_name(hits, taken, a, b, name)


def _short_item_name(name: str) -> bool:
    """_list_item_name, also for names of two characters (船舶, 铁矿): Chinese only, no verb, no place."""
    if len(name) >= 3:
        return _list_item_name(name)
    return bool(re.fullmatch(r"[\u4e00-\u9fff]{2}", name)) and not _VERB_START.match(name) and \
        name not in gazetteer().by_name


# the end of a list of industries: 光电信息、具身智能等重点领域; 餐饮住宿、家政物业等生活性服务业
# (not 领域: 化工、工贸、高层建筑等重点领域 are fields of safety work)
# (等20个百亿级产业, 等新型文化业态, 等民族特色手工业, 等知识密集型生产性服务业), or by its count alone
# (光电子信息、…、农产品加工5大支柱产业)
# a list closed by what heads it (以六安瓜片、霍山石斛…为首的特色产业)
_LIST_OF_WHICH = re.compile(r"为(?:首|主|代表|重点|主导)的")
_LIST_END = re.compile(r"(?:等|" + _LIST_OF_WHICH.pattern + r"|(?<=[\u4e00-\u9fff])(?=[0-9一二三四五六七八九十]+[大个条]))(?:[0-9一二三四五六七八九十]+[大个条])?(?:[千百万]亿级?)?"
                       r"(?:国家级|省级|市级|县级)?(?:[\u4e00-\u9fff]{0,5}?[性型])?"
                       r"(?:(?:重点|新兴|优势|特色|未来|战略性新兴|细分|生活性|生产性|传统|新型文化|文化新|民族特色|特色生态|特色优势|现代|"
                       r"先进|高端|新型|数字|绿色|有机|高附加值|乡村|农牧|农业|专业|支柱|主导|高效|经作|富民|增收|和)+)?"
                       r"(?:产业集群|产业链|产业|集群|服务业|赛道|新业态|业态|手工业|加工业|制造业|种植业|养殖业|种养业|畜牧业)"
                       r"(?!化|园|带|基地|发展基金|政策)"
                       # or a count with a kind of its own (具身智能机器人、跨境电商、数字视听4个数字技术应用产业)
                       r"|(?<=[\u4e00-\u9fff])[0-9一二三四五六七八九十]+个[\u4e00-\u9fff]{0,6}?产业(?!化|园|带|基地|政策)")
# where a match of _LIST_END can start: at 等, at 为…的, or at a count written right after a character (its
# lookbehind branch is tried at every position otherwise)
_LIST_END_START = re.compile(r"[等为0-9一二三四五六七八九十]")


def _list_item_name(name: str) -> bool:
    """A listed item that can stand as an industry's name: short, Chinese only, no verb, no place, no stance."""
    return 3 <= len(name) <= 10 and not re.search(r"[^\u4e00-\u9fff]|[的是在了为对把将向从等和与及]", name) and \
        not _VERB_START.match(name) and name[:2] not in gazetteer().by_name and \
        not re.match(r"(?:特色|优势|主导|支柱|重点|传统|新兴|其他|相关|一批|若干)", name) and \
        not re.search(r"(?:场|中心|平台|基地|园|区|室|所|站|馆|网)$", name) and \
        not starts_with_boundary_word(name)  # 厚植家电, 提升海洋船舶: a verb


def _words_pattern(words, anchored: bool = False) -> re.Pattern[str]:
    return re.compile(("^" if anchored else "") + "(?:" + "|".join(map(re.escape, words)) + ")")


with _LEX.joinpath("industry_context.toml").open("rb") as _f:
    _CONTEXT = tomllib.load(_f)

_VERB_START = _words_pattern(_CONTEXT["verb_start"], anchored=True)
_HUA_VERB = set(_CONTEXT["hua_verb_chars"])
_ZHONG_COUNTED = set(_CONTEXT["zhong_counting_chars"])
_MODIFIES = _words_pattern(_CONTEXT["modifies"])
# a list of goods ending in 等大宗消费 / 等消费品 (汽车、家电等大宗消费)
_GOODS_LIST = re.compile(r"(?:[、和][\u4e00-\u9fff]{1,4}){0,4}等(?:大宗|消费)")
_GROW_VERBS = tuple(_CONTEXT["grow_verbs"])
# longest first, so that 大力发展 is cut whole before the first item
_LIST_VERBS = tuple(sorted({*_GROW_VERBS, *_CONTEXT["list_verbs"],
                            *(v for v in _CONTEXT["verb_start"] if len(v) >= 2 and v != "我们")}, key=len, reverse=True))
# verbs that open a list of sectors anywhere in its first item; not those that also start sector names (服务机器人)
_OPENING_VERBS = tuple(v for v in (*_LIST_VERBS, "建设") if v not in ("服务", "升级", "引领", "支撑"))
_OPENING_VERBS_BY_FIRST: dict[str, tuple[str, ...]] = {}
for _v in _OPENING_VERBS:
    _OPENING_VERBS_BY_FIRST[_v[0]] = (*_OPENING_VERBS_BY_FIRST.get(_v[0], ()), _v)
_NOT_SECTOR = frozenset(_CONTEXT["not_sector"])
_STATISTICAL = frozenset(_CONTEXT["statistical"])
_REPORTED_AFTER = re.compile(r"(?:[、和][^，。；]{0,12}?)?(?:" + "|".join(map(re.escape, _CONTEXT["reported_after"])) + ")")
# a title ministries award to places (国家电子商务示范基地, 省级现代农业产业融合示范园区): its grade before the sector's
# word, the kind of place after it (not a 示范区 or 先导区: the dev gold keeps 生产性服务业集聚示范区's sector)
_DESIGNATION_GRADE = re.compile(r"(?:国家级?|全国|省级|自治区级|市级)[\u4e00-\u9fff]{0,2}$")
_DESIGNATION_KIND = re.compile(r"[\u4e00-\u9fff]{0,8}?(?:示范园区|示范园|示范基地|示范县|示范市|产业园)")
_DOCUMENT_NUMBER_AFTER = re.compile(r"[\u4e00-\u9fff]{0,3}[〔\[［(（](?:19|20)[0-9]{2}[〕\]］)）]")
# a plant's capacity written right before its product (年产15万吨新能源汽车零部件, 20兆瓦光伏农业大棚电站) or right
# after the firm named by its trade (甲乙化工1.1万吨助剂, 分布式光伏391万千瓦); the view writes digits as ASCII
_CAPACITY = r"[0-9][0-9.]*\s*(?:万|千|百|亿)?(?:吨|兆瓦|千瓦|MW|GW|GWh|辆|台|套|件|片|只)"
_CAPACITY_BEFORE = re.compile(_CAPACITY + r"(?:高性能|高纯|高端)?$")
_CAPACITY_AFTER = re.compile(_CAPACITY)
# a phase, a unit or a product after the word: a plant or a good named after the sector (庄河核电一期,
# 宁德核电6号机组, 核电钢), not the sector
_FACILITY_AFTER = re.compile(r"(?:[一二三四五六七八九十]期|[0-9]+号机组|机组|钢(?!铁))")
_SECTOR_END = _words_pattern(_CONTEXT["sector_ends"])
_GROWN_SECTOR = re.compile(_words_pattern(_LIST_VERBS).pattern + r"([\u4e00-\u9fff]{1,12}?"
                           + _words_pattern(_CONTEXT["sector_ends"]).pattern + r")(?=[，。；、])")
