"""Agencies: the document's context (issuer, jurisdiction) and the resolution of agency names.

`document_context` reads who issued a document and for which area; `resolve_agency` and
`find_agencies` turn `市工信局`, `省工信厅`, `国家发展改革委`, `中共河北省委` into canonical full names in
that context. Data: `lexicons/agencies_local.csv` (bodies of local governments, Party committees,
congresses and people's organisations, with abbreviations), `lexicons/agencies_central.csv` and the CAS
institutes of `lexicons/agencies_cas.csv` (长春光机所).
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from functools import cached_property, lru_cache

import ahocorasick

from policykg.model import SourceText, Structure

from .areas import (Area, area_name_at_start, find_areas, gazetteer, official_area_at, official_prefix, resolve_area,
                    resolve_area_path)
from .lexicon import csv_rows, word_lines
from .names import after_last_mark, is_name_char, left_bound
from .quantity_context import is_policy_title
from .structure import headline_lines
from .web_address import area_and_body_of, is_area_portal, shared_body_of


@dataclass(frozen=True)
class DocContext:
    issuer: str | None  # canonical name of the issuing agency
    area: str | None  # canonical name of the jurisdiction
    province: str | None  # canonical name of its province-level area

    @cached_property  # (asked once per agency name found: read the issuer once)
    def zone(self) -> str | None:
        """The zone whose committee issued the document (新乡经济技术开发区): its 区财政局 is the zone's."""
        m = _ZONE_OF_COMMITTEE.match(self.issuer or "")
        return m.group("zone") if m else None

    @cached_property
    def town(self) -> str | None:
        """The township or sub-district whose government issued the document, with its county (长子县南漳镇): its
        镇党委 and 镇人大 are the town's."""
        m = _TOWN_OF_GOVERNMENT.match(self.issuer or "")
        return m.group("town") if m else None


_TOWN_OF_GOVERNMENT = re.compile(r"(?P<town>[\u4e00-\u9fff]{4,20}?(?:镇|乡|街道))(?:人民政府|办事处)$")
_ZONE_OF_COMMITTEE = re.compile(
    r"(?P<zone>[\u4e00-\u9fff（）]{2,20}?(?:开发区|高新区|园区|新区|示范区|保税区|试验区|合作区))管理委员会$")


@dataclass(frozen=True)
class AgencyHit:
    start: int
    end: int
    surface: str
    key: str  # canonical full name
    area: str | None  # jurisdiction (Area key) when local
    body: str | None = None  # the body's canonical name without the area (for partOf)
    in_joint_form: bool = False  # one character of a joint form (工 of 工青妇); surface is the whole form


# ---------------------------------------------------------------------------------------- lexicons

@dataclass(frozen=True)
class _Body:
    canonical: str  # may contain {area}
    bare: bool


@dataclass(frozen=True)
class _Lexicon:
    auto: ahocorasick.Automaton  # form → ("local", body, form) | ("central", canonical, form)
    inner: tuple[tuple[re.Pattern[str], _Body], ...]  # aliases with {p} inside (团{p}委, 中共{p}委)
    central: frozenset[str]
    joint: frozenset[str]  # forms that name several bodies at once
    joint_tails: tuple[str, ...] = ()  # those of them that follow a place's name (纪委监委), for endswith


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    auto = ahocorasick.Automaton()
    entries: dict[str, list[tuple]] = {}
    inner: list[tuple[re.Pattern[str], _Body]] = []
    for r in csv_rows("agencies_local.csv"):
        body = _Body(r["canonical"], r["bare"].strip() == "yes")
        forms = {a for a in r["aliases"].split(";") if a}
        if "{area}" not in body.canonical:
            forms.add(body.canonical)
            if body.canonical.endswith("委员会") and "和" in body.canonical:
                forms.add(body.canonical[:-2])  # 工业和信息化委: a committee's signature often ends at 委
        for form in forms:
            if "{p}" in form:
                left, right = form.split("{p}")
                inner.append((re.compile(re.escape(left) + r"(?P<p>[\u4e00-\u9fff]{1,9}?)" + re.escape(right)), body))
            else:
                entries.setdefault(form, []).append(("local", body, form))
    central = set()
    for r in csv_rows("agencies_central.csv") + csv_rows("agencies_cas.csv"):
        central.add(r["canonical"])
        for form in {r["canonical"], *(a for a in r["aliases"].split(";") if a)}:
            entries.setdefault(form, []).append(("central", r["canonical"], form))
    for form, vals in entries.items():
        auto.add_word(form, (form, tuple(vals)))
    auto.make_automaton()
    joint = frozenset(f for f, vals in entries.items() if len({v[1] for v in vals}) > 1)
    return _Lexicon(auto, tuple(inner), frozenset(central), joint, tuple(f for f in joint if len(f) >= 4))


def _local_body(form: str) -> _Body:
    """The local body the lexicon names by `form` (政协 → 中国人民政治协商会议{area}委员会)."""
    return next(v[1] for v in _lexicon().auto.get(form)[1] if v[0] == "local")


# ---------------------------------------------------------------------------------------- context

_LEVEL_CHARS = "省市区县州旗盟"
_ORDINAL_INFIX = re.compile(r"第?[〇零一二三四五六七八九十百0-9]+届$")
_PARTY_LEAD = ("中国共产党", "中共")
_MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})


def level_area(ch: str, ctx: DocContext) -> Area | None:
    """The area meant by a bare level word (`市`工信局) in the document's context."""
    g = gazetteer()
    area = g.get(ctx.area)
    prov = g.get(ctx.province)
    if ch == "省":
        return prov if prov and prov.name.endswith("省") else None
    if ch == "市":
        if area is None:
            return None
        if area.level == "city" or area.key in _MUNICIPALITIES:
            return area
        if area.level == "county":
            parent = g.get(area.parent)
            if area.name.endswith("市"):
                return area  # a county-level city's own documents
            return parent
        return None
    if ch in "区县旗":  # 旗: Inner Mongolia's county-level banners (准格尔旗: 旗委, 旗政府)
        return area if area and area.level == "county" and area.name.endswith(ch) else None
    if ch in "州盟":  # 盟: its prefecture-level leagues (锡林郭勒盟: 盟委, 盟行署)
        if area is not None and area.level == "county":
            area = g.get(area.parent)
        return area if area and area.name.endswith(ch) else None
    return None


def _area_before(text: str, s: int, ctx: DocContext) -> tuple[int, Area] | None:
    """An area name or a level word ending at s: (start, area)."""
    g = gazetteer()
    for length in range(min(9, s), 1, -1):
        name = text[s - length: s]
        if length == 2 and name[0] in "和与及" and s > 2 and "\u4e00" <= text[s - 3] <= "\u9fff":
            continue  # 市委市政府和县委: a conjunction and a level word, not the county 和县
        if name in g.by_name:
            a = resolve_area(name, ctx.area, ctx.province)
            if a is not None and a.level != "region":
                official = name in (a.name, a.key)
                if not official and (name in g.stop or a.level == "county" and a.parent != ctx.area):
                    continue  # 会同 (会同县) in 厅会同省…: a county's short form only in its own city
                return s - length, a
    if s >= 3 and text[s - 3: s] == "自治区":
        prov = g.get(ctx.province)
        if prov and prov.name.endswith("自治区"):
            return s - 3, prov
    if s >= 1 and text[s - 1] in _LEVEL_CHARS:
        a = level_area(text[s - 1], ctx)
        if a is not None:
            return s - 1, a
        return s - 1, None  # type: ignore[return-value]
    return None


def canonical_local(body: _Body | str, area: Area) -> str:
    canonical = body.canonical if isinstance(body, _Body) else body
    if canonical == "人民法院":
        canonical = {"city": "中级人民法院", "province": "高级人民法院"}.get(area.level, canonical)
    if canonical.startswith(_ZONE_BODIES) and area.level == "city" and area.shorts:
        return area.shorts[0] + canonical  # 咸宁高新技术产业开发区管理委员会: zones are named by the city's short form
    return _placed(canonical, official_prefix(area))


def _placed(canonical: str, place: str) -> str:
    """A body's full name in a place: the place where {area} marks it (中国共产党{area}委员会), else before the name."""
    return canonical.replace("{area}", place) if "{area}" in canonical else place + canonical


_ZONE_BODIES = ("高新技术产业开发区", "经济技术开发区")


# a form (or its last character) followed by one of these is a word, not a body: 委员, 人大学
_FOLLOW_NOT_AGENCY = {"委": "员托屈婉曲任派", "人大": "学"}


_LEAD_FIELD = re.compile(r"(?:牵头|责任|主办|承办|配合|参与|实施)(?:单位|部门)[:：]([^）)。；\n]{2,120})")


def _bare_lists(text: str, items: list[tuple[int, int, str, "_Body"]], ctx: DocContext) -> list[AgencyHit]:
    """Bodies named bare in a list of three or more (为各县政府、农业农村局、商务局、科技局…等成员单位): the
    document's own jurisdiction's bodies, though one named bare alone is not (a 商务局 of anywhere)."""
    a = gazetteer().get(ctx.area) if ctx.area else None
    if a is None:
        return []
    longest: dict[int, tuple[int, int, str, _Body]] = {}
    for it in items:  # the longest form ending at each place (商务局, not 务局)
        if it[1] not in longest or it[0] < longest[it[1]][0]:
            longest[it[1]] = it
    runs: list[list[tuple[int, int, str, _Body]]] = []
    for it in sorted(longest.values(), key=lambda it: it[:3]):
        if text[it[0] - 1: it[0]] in ")）":
            continue  # 各县(市区)政府: the governments of the counties, not the document's own
        if it[2] == "委员会" and "\u4e00" <= text[it[0] - 1: it[0]] <= "\u9fff":
            continue  # 经济委员会: the tail of a body's name the lexicon lacks, not the Party committee
        if runs and runs[-1][-1][1] + 1 == it[0] and text[runs[-1][-1][1]] == "、":
            runs[-1].append(it)
        else:
            runs.append([it])
    zone = ctx.zone  # (a zone's own page lists the zone's departments)
    return [AgencyHit(s, e, form, _body_of(body, zone) if zone and _zone_has(body) else canonical_local(body, a),
                      a.key, _body_name(body))
            for run in runs if len(run) >= 3 for s, e, form, body in run]


# the words a zone's own page calls it by before its bodies (开发区党工委, 区财政局), and the zones' names they fit
_ZONE_WORDS = (("经开区", ("经济技术开发区", "经济开发区")), ("高新区", ("高新技术产业开发区", "高新区")),
               ("开发区", ("开发区",)), ("园区", ("园区",)), ("新区", ("新区",)))
_VERB_BEFORE_ZONE = "由在到对与和及向经请"
# a word ending in 区 that is no level word (社区卫生服务中心, 各区商务局)
_NOT_ZONE_LEVEL = "社城市辖景片街校矿林山库各每诸该多两三四五六七八九十"


def _zone_word_before(text: str, s: int, ctx: DocContext) -> int | None:
    """Where the zone's word before a body at `s` starts, in a document of the zone's committee; None if none."""
    zone = ctx.zone
    if zone is None:
        return None
    for word, names in _ZONE_WORDS:
        w = s - len(word)
        if text.startswith(word, w) and zone.endswith(names) and _opens_a_name(text, w):
            return w
    if text[s - 1: s] == "区" and text[s - 2: s - 1] not in _NOT_ZONE_LEVEL and level_area("区", ctx) is None:
        return s - 1
    return None


# the bodies of a township or a sub-district (镇党委, 镇人大, 镇政府, 街道党工委)
_TOWN_BODIES = frozenset({"人民政府", "人民代表大会", "中国共产党{area}委员会", "中国共产党{area}纪律检查委员会",
                          "中国共产党{area}工作委员会"})


def _town_word_before(text: str, s: int, ctx: DocContext) -> int | None:
    """Where the town's own name or its level word (镇, 乡, 街道) before a body at `s` starts, in a document of the
    town's government; None if none (乡镇党委, 各镇政府: every town's)."""
    town = ctx.town
    if town is None:
        return None
    level = "街道" if town.endswith("街道") else town[-1]
    own = town[len(official_prefix(gazetteer().get(ctx.area))):] if gazetteer().get(ctx.area) else town
    for word in (own, level):
        w = s - len(word)
        if word and text.startswith(word, w) and (word == own or _opens_a_name(text, w)):
            return w
    return None


def _opens_a_name(text: str, w: int) -> bool:
    """Whether a name may start at `w`: after a mark, a line's start or a verb (由区财政局, 到开发区), not inside a word."""
    return not is_name_char(text[w - 1: w] or "。") or text[w - 1] in _VERB_BEFORE_ZONE


# bodies only a zone (or a street) has, named in the lexicon for the zone's page
_ZONE_ONLY_BODIES = frozenset({"中国共产党{area}工作委员会", "人大工作委员会"})


def _zone_has(body: _Body) -> bool:
    """Whether a zone has such a body: departments and its Party and congress working committees, not a government,
    a congress, a CPPCC committee, a court or the Party committee of an administrative area."""
    c = body.canonical
    return not (re.search(r"人民政府|人民代表大会|政治协商|法院|检察院|监察委员会", c) or
                c.startswith("中国共产党") and "工作委员会" not in c)


def _body_of(body: _Body, place: str) -> str:
    """The body's full name in a zone or a town, which the gazetteer has no area for (新乡经济技术开发区财政局)."""
    return _placed(body.canonical, place)


def _sharing_the_place_before(text: str, items: list[tuple[int, int, str, "_Body"]],
                              cands: list[AgencyHit], ctx: DocContext) -> list[AgencyHit]:
    """Bodies named bare after a body of a named place in a list (会同省商务厅、交通运输厅): of the same place."""
    by_end = {h.end: h for h in cands if h.area}
    starts = {h.start for h in cands}
    out = []
    for s, e, form, body in sorted(items, key=lambda it: it[:3]):
        before = by_end.get(s - 1)
        if before is None or text[s - 1] != "、" or s in starts:
            continue
        if ctx.zone and before.key.startswith(ctx.zone):  # (区党政办、财政局: the zone's, as the first is)
            if _zone_has(body):
                by_end[e] = AgencyHit(s, e, form, _body_of(body, ctx.zone), ctx.area, _body_name(body))
                out.append(by_end[e])
            continue
        area = gazetteer().get(before.area)
        if area is not None and area.level != "region":
            hit = AgencyHit(s, e, form, canonical_local(body, area), area.key, _body_name(body))
            out.append(hit)
            by_end[e] = hit  # the next one in the list shares it too
    return out


# what may stand before a list's first item: a clause mark, a colon, a line's start
_LIST_OPENERS = ("，", ",", "：", ":", "\n", "")


def _places_sharing_the_body(text: str, cands: list[AgencyHit], ctx: DocContext) -> list[AgencyHit]:
    """Places listed before a body they all have (西宁市、海东市、海南藏族自治州人民政府): each place's own body."""
    out = []
    for h in cands:
        if h.area is None or text[h.start - 1: h.start] != "、":
            continue
        written = max((x for x in range(h.start + 2, min(h.end, h.start + 10))  # (the whole name, not 临夏 of 临夏回族自治州)
                       if (_area_before(text, x, ctx) or (None,))[0] == h.start), default=None)
        local = _lexicon().auto.get(text[written:h.end], (None, ()))[1] if written else ()
        body = next((v[1] for v in local if v[0] == "local"), None)
        pos = h.start - 1
        while body is not None and text[pos: pos + 1] == "、":
            before = _area_before(text, pos, ctx)
            if before is None or before[1] is None or before[1].level == "region" or \
                    text[before[0] - 1: before[0]] not in ("、", *_LIST_OPENERS):
                break  # (an item that is no place's whole name ends the list)
            start, area = before
            out.append(AgencyHit(start, pos, text[start:pos], canonical_local(body, area), area.key, _body_name(body)))
            pos = start - 1
    return out


@lru_cache(maxsize=1)
def _public_service_fields() -> frozenset[str]:
    return frozenset(word_lines("public_service_fields.txt"))


def _listed_with_fields(text: str, s: int, e: int) -> bool:
    """Whether text[s:e] is an item of a 、-list in which a field of public service stands (lexicons/
    public_service_fields.txt): a list of causes."""
    if text[s - 1:s] != "、" and text[e:e + 1] != "、":
        return False
    start = max(s - 60, after_last_mark(text, s, "，。；：\n"))
    end = min((i for i in (text.find(c, e, e + 60) for c in "，。；：\n") if i >= 0), default=e + 60)
    fields = _public_service_fields()
    return any(item.strip() in fields for item in re.split(r"[、和及]|等", text[start:end]))


def find_agencies(text: str, ctx: DocContext) -> list[AgencyHit]:
    """Agency names in `text`, resolved in the document's context; non-overlapping, longest first."""
    lex = _lexicon()
    cands: list[AgencyHit] = []
    # （牵头单位：司法厅、信访局）: in a field of lead or responsible units a body's bare name is the
    # document's own jurisdiction's body
    lead_field = bytearray(len(text) + 1)
    for m in _LEAD_FIELD.finditer(text):
        lead_field[m.start(1):m.end(1)] = b"\x01" * (m.end(1) - m.start(1))
    bare_items: list[tuple[int, int, str, _Body]] = []
    for end, (form, vals) in lex.auto.iter(text):
        s, e = end - len(form) + 1, end + 1
        nxt = text[e: e + 1]
        for kind, val, _ in vals:
            if kind == "central":
                if form.endswith("部") and text.startswith("门", e):
                    continue  # 省级教育部门, 财政部门: a kind of department, not the ministry
                if not text.startswith("院士", e):  # 当选中国工程院院士: an honour, the academy does not act
                    cands.append(AgencyHit(s, e, form, val, None, None))
                continue
            body: _Body = val
            follow_not = _FOLLOW_NOT_AGENCY.get(form) or _FOLLOW_NOT_AGENCY.get(form[-1:], "")
            if nxt and nxt in follow_not:
                continue  # 委员, 建委员会: not a body
            ps = s
            m = _ORDINAL_INFIX.search(text, max(0, s - 8), s)
            if m:
                ps = m.start()
            before = _area_before(text, ps, ctx)
            if (before is None or before[1] is None) and ctx.town and body.canonical in _TOWN_BODIES:
                town_start = _town_word_before(text, ps, ctx)
                if town_start is None and before is None and ps < s:
                    town_start = ps  # (二十届人民代表大会 in a town's document: the town's congress)
                if town_start is not None:
                    cands.append(AgencyHit(town_start, e, text[town_start:e], _body_of(body, ctx.town), ctx.area,
                                           _body_name(body)))
                    continue
            if before is None and ps < s and ctx.area and (own := gazetteer().get(ctx.area)) is not None:
                before = (ps, own)  # 十七届人大三次会议 with no place before: the document's own area's congress
            zone_start = _zone_word_before(text, ps, ctx) if before is None or before[1] is None else None
            if zone_start is not None and _zone_has(body):
                cands.append(AgencyHit(zone_start, e, text[zone_start:e], _body_of(body, ctx.zone), ctx.area,
                                       _body_name(body)))
                continue
            if body.canonical in _ZONE_ONLY_BODIES:
                continue  # (a district's 区党工委 is a zone's or a street's in it, whose name the text must give)
            if before is None:
                # a bare name (工会, 政协) stands alone: not the head of a compound (工会驿站)
                # or is an item of a list of bodies (支持工会、共青团、妇联、科协、残联、红十字会更好发挥作用)
                alone = not nxt or nxt in "、，。；：和与及等的）”" or text.startswith(("委员", "代表", "提案", "建议"), e) \
                    or (ps > 0 and text[ps - 1] == "、" and nxt not in "员")
                if alone and _listed_with_fields(text, s, e):
                    continue  # 工会、妇女、儿童、青年、老龄、慈善等事业: the cause, not the body acting
                if alone and len(form) >= 2 and ctx.area and not (ps > 0 and text[ps - 1] in _LEVEL_CHARS):
                    if body.bare or lead_field[s]:
                        a = gazetteer().get(ctx.area)
                        if a is not None:
                            cands.append(AgencyHit(s, e, form, canonical_local(body, a), a.key, _body_name(body)))
                    else:
                        bare_items.append((s, e, form, body))
                continue
            start, area = before
            if area is None:
                continue
            if body.canonical.startswith("中国共产党") and text.startswith("政协", start - 2):
                body = _local_body("政协")  # 政协隆尧县十三届委员会: the county's CPPCC committee, not its Party committee
            if body.canonical.startswith("中国共产党"):
                for lead in _PARTY_LEAD:
                    if text.startswith(lead, start - len(lead)) and start >= len(lead):
                        start -= len(lead)
                        break
            cands.append(AgencyHit(start, e, text[start:e], canonical_local(body, area), area.key, _body_name(body)))
    for pat, body in lex.inner:
        for m in pat.finditer(text):
            p = m.group("p")
            area = None
            if p in _LEVEL_CHARS:
                area = level_area(p, ctx)
            elif p in gazetteer().by_name:
                area = resolve_area(p, ctx.area, ctx.province)
            if area is not None and area.level != "region":
                cands.append(AgencyHit(m.start(), m.end(), m.group(0), canonical_local(body, area), area.key,
                                       _body_name(body)))
    cands += _merged_departments(text, cands, ctx)
    cands += _working_groups(text, ctx)
    cands += _bare_lists(text, bare_items, ctx)
    cands += _sharing_the_place_before(text, bare_items, cands, ctx)
    cands += _places_sharing_the_body(text, cands, ctx)
    cands += _standing_committees(text, cands)
    cands += _zone_committees(text, cands, ctx)
    cands += _zone_departments(text, cands, ctx)
    cands += _congress_working_committees(text, cands, ctx)
    cands += _joint_meetings(text, cands, ctx)
    cands += _function_departments(text, ctx)
    cands.sort(key=lambda h: (-(h.end - h.start), h.start))
    taken: list[AgencyHit] = []
    occupied = bytearray(len(text) + 1)
    joint = {}  # span → keys taken there: a joint form (工青妇) names several bodies
    for h in cands:
        if any(occupied[h.start: h.end]):
            keys = joint.get((h.start, h.end))
            if keys is None or h.key in keys or not (h.surface in lex.joint or h.surface.endswith(lex.joint_tails)):
                continue  # (a joint form after its place: 区纪委监委)
        occupied[h.start: h.end] = b"\x01" * (h.end - h.start)
        joint.setdefault((h.start, h.end), set()).add(h.key)
        if not (h.body and h.body.startswith("中国共产党") and not re.search(r"委员会.+工作委员会$", h.body) and
                _OFFICIAL_TITLE.match(text, h.end)):
            taken.append(h)  # (its span stays occupied: 市委 of 市委常委 is no shorter body either)
    taken = _own_characters(taken, joint, text)
    taken += _provinces_sharing_a_list(text, taken, ctx)
    taken.sort(key=lambda h: h.start)
    return taken


# departments named by their function alone in a list closed by 部门/单位 (发改、财政、住建等部门)
_FUNCTIONS_BEFORE_DEPARTMENT = re.compile(r"(?P<items>(?:(?:(?!等)[\u4e00-\u9fff]){2,8}、)*(?:(?!等)[\u4e00-\u9fff]){2,8})"
                                          r"(?:以及[^，。；\n]{0,12}?)?等?(?:相关|有关|职能)?$")
_DEPARTMENT = re.compile(r"部门|单位")
# the commissions a city keeps where its other departments are bureaus (市发展和改革委员会, not 市发展和改革局)
_COMMISSIONS = ("发展和改革委员会", "卫生健康委员会", "民族宗教事务委员会")


@lru_cache(maxsize=4096)  # (each list's items are tried against the lexicon through the resolver)
def _function_body(word: str, area: Area) -> str | None:
    """The body of `area` that a function's short name stands for (住建 → …住房和城乡建设局), at the area's level: a
    province's 厅, a city's commission where it has one, else the bureau."""
    if len(word) < 2:
        return None
    if area.level == "province" and area.key not in _MUNICIPALITIES and (office := _own_body(word + "厅", area)):
        return office
    commission = _own_body(word + "委", area)
    if area.level in ("province", "city") and commission and commission.endswith(_COMMISSIONS):
        return commission
    return _own_body(word + "局", area) or commission


def _function_departments(text: str, ctx: DocContext) -> list[AgencyHit]:
    """The own area's departments named by their function in a list closed by 部门 or 单位, two at least
    (发改、财政、自然资源、林业等单位). Places sharing a function (泉州市、宁德市、长乐区工信部门) are left: one developed
    set's gold lists their departments, a pure set's does not (tried: dev AY .811 -> .900, pure BC .710 -> .579)."""
    own = gazetteer().get(ctx.area) if ctx.area else None
    if own is None:
        return []
    out = []
    for d in _DEPARTMENT.finditer(text):  # (read back from each 部门: one scan of the text is slow)
        lo = max(0, d.start() - 120)
        lo = max(lo, *(text.rfind(c, lo, d.start()) + 1 for c in "，。；：\n"))  # (within the window: a huge text)
        if "、" not in text[lo:d.start()]:
            continue  # (no list: two functions at least are listed)
        m = _FUNCTIONS_BEFORE_DEPARTMENT.search(text, lo, d.start())
        if m is None:
            continue
        items, pos = [], m.start("items")
        for part in m.group("items").split("、"):
            items.append((pos, part))
            pos += len(part) + 1
        # the first item runs on from the words before the list (成立了由园区): its function ends it
        first_start, first = items[0]
        k = next((k for k in range(len(first) - 1) if _function_body(first[k:], own)), None)
        if k is not None and not re.search(r"[各全等]", first[:k]):
            items[0] = (first_start + k, first[k:])
        else:
            items = items[1:]
        found = [(a, w, _function_body(w, own)) for a, w in items]
        found = [f for f in found if f[2]]
        if len(found) >= 2:
            out += [AgencyHit(a, a + len(w), w, body, own.key) for a, w, body in found]
    return out


def _provinces_sharing_a_list(text: str, taken: list[AgencyHit], ctx: DocContext) -> list[AgencyHit]:
    """A joint notice's addressees, two provinces before one list of departments (青海、甘肃省发展改革委、省教育厅…):
    each department of the list is the first province's too."""
    g = gazetteer()
    by_start = {h.start: h for h in taken}
    out = []
    for h in taken:
        a = g.get(h.area)
        if a is None or a.level != "province" or text[h.start - 1: h.start] != "、":
            continue
        before = _area_before(text, h.start - 1, ctx)
        if before is None or before[1] is None or before[1].level != "province" or before[1].key == a.key or \
                text[before[0] - 1: before[0]] not in _LIST_OPENERS:
            continue
        pair, item = {a.key: before[1], before[1].key: a}, h
        while item is not None and item.area in pair and item.key.startswith(official_prefix(g.get(item.area))) and \
                item.body:
            other = pair[item.area]  # (省教育厅 after them is either province's as the text reads it: both)
            out.append(AgencyHit(item.start, item.end, item.surface, canonical_local(item.body, other), other.key,
                                 item.body))
            nxt = item.end + 1
            if text[item.end: nxt] == "、" and nxt not in by_start:  # (an item no lexicon form names: 省民（宗）委)
                skip = text.find("、", nxt, nxt + 10)
                nxt = skip + 1 if skip > 0 else nxt
            item = by_start.get(nxt) if text[nxt - 1: nxt] == "、" else None
    return out


# a Party committee named in an official's title (市委常委、副市长; 县委书记陈威): the person's post, not the body
# acting (its standing committee's meeting, 市委常委会, is; a working committee's secretary, 县委教育工委书记, is its own)
_OFFICIAL_TITLE = re.compile(r"常委(?!会)|副书记|书记")


@lru_cache(maxsize=1)
def _merged_department() -> re.Pattern[str]:
    terms = "|".join(map(re.escape, sorted(word_lines("agency_functions.txt"), key=len, reverse=True)))
    return re.compile(rf"(?:{terms})(?:和?(?:{terms})){{1,4}}(?:局|委员会)")


def _merged_departments(text: str, cands: list[AgencyHit], ctx: DocContext) -> list[AgencyHit]:
    """A place's department named by two or more functions (县商务科技和工业信息化局, 市科学技术工业信息化局):
    counties join them differently, so the name is read from its parts and kept as written. Where the lexicon
    names a body inside it (发展改革委员会 has 发展改革委), the lexicon's reading stands."""
    covered = bytearray(len(text) + 1)
    for h in cands:
        covered[h.start: h.end] = b"\x01" * (h.end - h.start)
    out = []
    for m in _merged_department().finditer(text):
        if any(covered[m.start(): m.end()]):
            continue
        before = _area_before(text, m.start(), ctx)
        body = _Body(m.group(0), False)
        zone_start = _zone_word_before(text, m.start(), ctx) if before is None or before[1] is None else None
        if zone_start is not None:  # (区应急生态局 on a zone's page)
            out.append(AgencyHit(zone_start, m.end(), text[zone_start: m.end()], _body_of(body, ctx.zone), ctx.area,
                                 _body_name(body)))
            continue
        if before is None or before[1] is None or before[1].level == "region":
            continue
        start, area = before
        out.append(AgencyHit(start, m.end(), text[start: m.end()], canonical_local(body, area), area.key,
                             _body_name(body)))
    return out


# a place's leading or working group, and its office, named after its task (市现代物流业发展领导小组,
# 天津市落实制造强国战略暨全国先进制造研发基地建设领导小组办公室)
_GROUP = re.compile(r"(?:领导小组|工作小组|推进小组|工作指挥部)(?P<office>办公室)?")
# a list item that opens on a group's name (1.城乡建设工作指挥部:项目23项): the document's own area's group
_ITEM_START = re.compile(r"(?:^|\n)[ \t\u3000]*(?:[0-9]{1,2}[.．、]|[（(][0-9一二三四五六七八九十]{1,3}[）)]|[一二三四五六七八九十]{1,3}、)[ \t]*$")


def _working_groups(text: str, ctx: DocContext) -> list[AgencyHit]:
    """A group whose name opens on its place (an area's name or a level word) and names a task of two or more
    characters; a group without its place (成立工作领导小组) is no body the graph can place."""
    g = gazetteer()
    out = []
    for m in _GROUP.finditer(text):
        s = left_bound(text, m.start(), 30)
        # a task with a verb in it (天津市落实制造强国战略暨…领导小组): the place's full name further back starts it
        s = next((j for j in range(_phrase_start(text, s, m.start() - 40), s) if official_area_at(text, j)), s)
        name = text[s:m.start()]
        written = area_name_at_start(name)
        if written:
            area = resolve_area(written, ctx.area, ctx.province)
        elif name[:1] in _LEVEL_CHARS:
            written, area = name[:1], level_area(name[:1], ctx)
        elif _ITEM_START.search(text, max(0, s - 8), s) and ctx.area and \
                not re.match(r"[一二三四五六七八九十两\d]+[大个项支]", name):  # (一、十大重点工作指挥部…: a count of them)
            written, area = "", gazetteer().get(ctx.area)
        else:
            continue
        task = name[len(written):]
        if area is None or area.level == "region" or len(task) < 2 or written in g.stop:
            continue
        body = re.sub(r"\s+", "", task) + text[m.start():m.end()]
        out.append(AgencyHit(s, m.end(), text[s:m.end()], official_prefix(area) + body, area.key, body))
    return out


def _phrase_start(text: str, i: int, lo: int) -> int:
    """Where the run of name characters ending at `i` starts (not before `lo`), a signature's line that ends on 暨
    going on below (…战略暨\n\n全国…领导小组办公室)."""
    while i > max(0, lo):
        if is_name_char(text[i - 1]):
            i -= 1
            continue
        j = i
        while j > 0 and text[j - 1] in " \t\n\u3000":
            j -= 1
        if j == i or text[j - 1:j] != "暨":
            break
        i = j
    return i


def _own_characters(hits: list[AgencyHit], joint: dict, text: str) -> list[AgencyHit]:
    """Each body of a joint form (工青妇) is mentioned by its own character of it (工 of 总工会, 青 of
    共青团), else by the next one free: one mention per span then still leaves every body a mention.
    The hit's surface stays the joint form."""
    used: dict[tuple[int, int], set[int]] = {}
    out = []
    for h in hits:
        span = (h.start, h.end)
        if not 1 < len(joint[span]) <= h.end - h.start:
            out.append(h)
            continue
        free = [i for i in range(h.start, h.end) if i not in used.setdefault(span, set())]
        i = next((i for i in free if text[i] in h.key), free[0])
        used[span].add(i)
        out.append(AgencyHit(i, i + 1, h.surface, h.key, h.area, h.body, in_joint_form=True))
    return out


_WITH_STANDING_COMMITTEE = "及其常委会"


def _standing_committees(text: str, cands: list[AgencyHit]) -> list[AgencyHit]:
    """`人大及其常委会`: the congress's standing committee is named too (常委会 alone is too vague)."""
    out = []
    for h in cands:
        if h.key.endswith("人民代表大会") and text.startswith(_WITH_STANDING_COMMITTEE, h.end):
            s = h.end + 2
            out.append(AgencyHit(s, s + 3, "常委会", h.key + "常务委员会", h.area, "人民代表大会常务委员会"))
    return out


# the committees of named zones, one or a 、-list sharing the word (盐城经济技术开发区、盐南高新区管委会)
_ZONE = r"[\u4e00-\u9fff（）]{2,16}?(?:经济技术开发区|高新技术产业开发区|开发区|高新区|经开区|新区|园区|示范区|保税区|试验区|合作区|集中区)"
_ZONE_COMMITTEES = re.compile(rf"(?<![\u4e00-\u9fff])(?P<zones>(?:{_ZONE}、)*{_ZONE})(?:管委会|管理委员会)")


# a national zone's kind written bare: the city's own (a city has at most one of each)
_NATIONAL_ZONE_KINDS = frozenset({"经济技术开发区", "经开区", "高新技术产业开发区", "高新区"})


def _zone_committees(text: str, cands: list[AgencyHit], ctx: DocContext) -> list[AgencyHit]:
    """Committees of zones whose names start with no area of the lexicon's bodies (盐南高新区管委会): each zone's
    name as written, with 管理委员会; where the lexicon found the committee, its name stands. A national zone's
    kind written bare in a city's document (…集中区、经济技术开发区、高新技术产业开发区管委会) is the city's."""
    city = gazetteer().get(ctx.area) if ctx.area else None
    city = city if city is not None and city.level == "city" and city.shorts else None
    out = []
    if "管委会" not in text and "管理委员会" not in text:
        return out  # (the pattern opens with a zone's name, tried at every position otherwise)
    for m in _ZONE_COMMITTEES.finditer(text):
        pos = m.start("zones")
        zones = m.group("zones").split("、")
        for i, zone in enumerate(zones):
            end = m.end() if i == len(zones) - 1 else pos + len(zone)  # the last runs to the committee word
            lead = _before_place(zone)
            start, zone = pos + lead, zone[lead:]
            if not any(h.start < end and start < h.end for h in cands) and not re.match(r"[各全本该]", zone) and \
                    "的" not in zone:  # (来信内容尊敬的经济开发区管委会领导: a salutation, no zone's name)
                if zone in _NATIONAL_ZONE_KINDS:
                    if city is not None:  # the lexicon's committee, named by the city's short form (芜湖经济技术开发区管理委员会)
                        key = canonical_local(_local_body(zone + "管委会"), city)
                        out.append(AgencyHit(start, end, text[start:end], key, city.key, "管理委员会"))
                else:
                    out.append(AgencyHit(start, end, text[start:end], zone + "管理委员会", None, "管理委员会"))
            pos = start + len(zone) + 1
    return out


# a zone's department after the zone's full name (曲靖经济技术开发区建设局, 增城经济技术开发区园区发展局), or after its word on
# its own page (区建设交通局): zones name their departments freely, so any name ending in 局 is one; a tax bureau or a
# police sub-bureau in a zone is the national or the city's body's, named differently
_ZONE_DEPARTMENT = re.compile(rf"(?P<zone>{_ZONE})(?P<dept>(?![和与及的省市县区州旗])[^\W\d_的是在了为对把将向从等、与及]{{1,10}}?局)")
_ZONE_HEAD_THEN_BUREAU = re.compile(r"(?:开发区|高新区|经开区|新区|园区|示范区|保税区|试验区|合作区|集中区)[^\W\d_]{1,10}?局")
_ZONE_PAGE_DEPARTMENT = re.compile(r"(?<=区)(?![和与及的省市县州旗])[^\W\d_的是在了为对把将向从给等、与及区]{1,10}?局")
_NOT_ZONE_DEPARTMENT = re.compile(r"税务局$|分局$|^管理委员会|(?:[布格大全开变结破时棋定僵残终战新]|^当)局$")  # (产业布局)


def _zone_departments(text: str, cands: list[AgencyHit], ctx: DocContext) -> list[AgencyHit]:
    """Departments named after a zone whose name starts with its area (新乡经济技术开发区财政局), and on a zone's own
    page after the zone's word (我区转派给区建设交通局)."""
    def overlaps(start: int, end: int) -> bool:
        return any(h.start < end and start < h.end and h.end - h.start >= end - start for h in cands)

    out = []
    last = 0
    for h in _ZONE_HEAD_THEN_BUREAU.finditer(text):  # (the full pattern is tried only near a zone's head word)
        m = _ZONE_DEPARTMENT.search(text, max(last, h.start() - 18), h.end())
        if m is None:
            continue
        last = m.end()
        zone, tail = m.group("zone"), _zone_department_tail(m.group("dept"))
        lead = next((i for i in range(len(zone) - 3) if area_name_at_start(zone[i:])), None)
        start = m.start("zone") + (lead or 0)
        if lead is None or tail is None or overlaps(start, m.end()):
            continue
        area = resolve_area(area_name_at_start(zone[lead:]), ctx.area, ctx.province)
        out.append(AgencyHit(start, m.end(), text[start: m.end()], zone[lead:] + tail, area.key if area else ctx.area,
                             tail))
    if ctx.zone:
        for m in _ZONE_PAGE_DEPARTMENT.finditer(text):
            start, tail = _zone_word_before(text, m.start(), ctx), _zone_department_tail(m.group(0))
            if start is not None and tail is not None and not overlaps(start, m.end()):
                out.append(AgencyHit(start, m.end(), text[start: m.end()], ctx.zone + tail, ctx.area, tail))
    return out


def _zone_department_tail(dept: str) -> str | None:
    """A zone department's name after the zone: the lexicon's full name for its short form (住建局 → 住房和城乡建设局), else
    as written (建设局 is a zone's own name, not short for 城乡建设局); None for no department of a zone."""
    if _NOT_ZONE_DEPARTMENT.search(dept):
        return None
    body = next((v[1] for v in _lexicon().auto.get(dept, (None, ()))[1] if v[0] == "local"), None)
    if body is not None and not _zone_has(body):
        return None
    return body.canonical if body is not None and not body.canonical.endswith(dept) else dept


# the working committees of a congress's standing committee (省人大常委会选举任免代表工作委员会, 市人大常委会法工委)
_CONGRESS_WORKING_COMMITTEE = re.compile(r"人大常委会(?P<x>[\u4e00-\u9fff]{2,10}?)(?:工作委员会|工委)")


def _congress_working_committees(text: str, cands: list[AgencyHit], ctx: DocContext) -> list[AgencyHit]:
    """Working committees of the standing committee, named in full, in the area written before them."""
    out = []
    for m in _CONGRESS_WORKING_COMMITTEE.finditer(text):
        before = _area_before(text, m.start(), ctx)
        if before is None or before[1] is None:
            continue  # (a longer name the lexicon found still wins when the names are chosen, longest first)
        start, area = before
        key = official_prefix(area) + "人大常委会" + m.group("x") + "工作委员会"
        out.append(AgencyHit(start, m.end(), text[start:m.end()], key, area.key, "人大常委会工作委员会"))
    return out


# words that lead up to a place's name and are no part of it: 关于准格尔…, 将原内蒙古…开发区管委会
_LEAD_TO_PLACE = re.compile(r"^(?:关于|将原|将|原|对|把|由|在|从|与|同)+")


def _before_place(name: str) -> int:
    """How many leading characters of `name` are words before the place it starts with (0 when none)."""
    lead = _LEAD_TO_PLACE.match(name)
    if lead is None:
        return 0
    if area_name_at_start(name[lead.end():]) or re.fullmatch(r"[由对把将在从]+", lead.group(0)) and len(name) - lead.end() >= 4:
        return lead.end()  # (由工业园区管委会修建: a preposition, whatever place follows; 原平, 同江 begin places)
    return 0


# a joint meeting of bodies on one task, or its office (市知识产权战略实施工作联席会议办公室), not its system
# (5G建设联席会议制度) nor a meeting of places (九江三地联席会议)
_JOINT_MEETING = re.compile(r"联席会议(?:办公室)?(?!制度|机制)")
_MEETING_LEAD = re.compile(r"牵头|会同|发挥好|发挥|建立|成立|召开|依托|通过|由")


def _joint_meetings(text: str, cands: list[AgencyHit], ctx: DocContext) -> list[AgencyHit]:
    """Joint meetings named by their task, in the document's area when a level word opens the task."""
    out = []
    for m in _JOINT_MEETING.finditer(text):
        # the task runs back to a mark or a verb that brings the body in (words like 实施 stay inside it)
        lo = max(0, m.start() - 24)
        s = max([lo] + [i + 1 for i in range(lo, m.start()) if text[i] in "，。；：、（）“”\n,;:"] +
                [b.end() for b in _MEETING_LEAD.finditer(text, lo, m.start())])
        task = text[s:m.start()]
        area = level_area(task[0], ctx) if task and task[0] in _LEVEL_CHARS else None
        if area is not None:
            task = task[1:]
        if len(task) < 4 or re.search(r"[^\u4e00-\u9fff]|[一二三四五六七八九十两][地方家]|[与和及、]", task) or \
                any(h.start < m.end() and s < h.end for h in cands):
            continue
        key = (area.key if area is not None else "") + task + m.group(0)
        out.append(AgencyHit(s, m.end(), text[s:m.end()], key, area.key if area else None, "联席会议"))
    return out


def central_aliases(key: str) -> tuple[str, ...]:
    """Every name the central-organs lexicon gives an organ (国务院 → 中华人民共和国国务院…)."""
    return _central_aliases().get(key, ())


@lru_cache(maxsize=1)
def _central_aliases() -> dict[str, tuple[str, ...]]:
    return {r["canonical"]: tuple(a for a in r["aliases"].split(";") if a) for r in csv_rows("agencies_central.csv") + csv_rows("agencies_cas.csv")}


def _body_name(body: _Body) -> str:
    return body.canonical.replace("{area}", "")


def resolve_agency(name: str, ctx: DocContext) -> str | None:
    """Canonical full name for an agency name or abbreviation in the document's jurisdiction."""
    name = name.strip()
    if not name:
        return None
    if name in ("我局", "本局", "我委", "本委", "我厅", "本厅", "我办", "本办") and ctx.issuer:
        return ctx.issuer
    hits = find_agencies(name, ctx)
    if len(hits) == 1 and hits[0].start == 0 and hits[0].end == len(name):
        return hits[0].key
    doubled = re.match(r"^([\u4e00-\u9fff]{1,8}?([省市县区州旗盟]))\2", name)
    if doubled:  # 祁县县政府, 广州市市政府: the area's name, then its level word again
        return resolve_agency(doubled.group(1) + name[doubled.end():], ctx)
    # a bare abbreviation handed over on its own: the body of the document's own jurisdiction
    lex = _lexicon()
    for end, (form, vals) in lex.auto.iter(name):
        if form != name:
            continue
        for kind, val, _ in vals:
            if kind == "local" and ctx.area and len(form) >= 2:
                a = gazetteer().get(ctx.area)
                if a is not None:
                    return canonical_local(val, a)
    return None


# ---------------------------------------------------------------------------------------- documents

_ISSUER_MARK = re.compile(r"^\s*(?P<name>[\u4e00-\u9fff（）]{4,40}?)\s*文\s*件\s*$", re.M)
_REPORT_TITLE = re.compile(r"(?:\d{4}年)?(?P<area>[\u4e00-\u9fff]{2,8}?)(?:人民)?政府工作报告")
_FILE_AREA = re.compile(r"_(?P<area>[\u4e00-\u9fff]{2,10}?)_")


def _area_of_agency(name: str) -> Area | None:
    """The area an issuer's name starts with: 常州市工业和信息化局 → 常州市, 武进区发改委 → 常州市武进区 (after the
    Party's name: 中共温州市鹿城区委 → 温州市鹿城区)."""
    g = gazetteer()
    name = re.sub(r"^(?:中国共产党|中共)", "", name)
    for length in range(min(12, len(name)), 1, -1):
        a = g.by_key.get(name[:length])
        if a is not None and a.level != "region":
            return a
    for length in range(min(9, len(name)), 1, -1):  # down to two characters: 沁县人民政府
        cands = [a for a in g.by_name.get(name[:length], ()) if a.name == name[:length] and a.level != "region"]
        if len(cands) == 1:
            return cands[0]
    zone = _ZONE_BODY.match(name)  # a zone is named by its areas' short forms: 重庆綦江高新技术产业开发区管理委员会
    return resolve_area_path(zone.group("area")) if zone else None


# a body's name as pages and titles write it (also before 关于 in a cited title: entities_named._BODY_ABOUT)
_BODY_HEADS = r"委员会|人民政府|政府|办公室|办公厅|局|厅|委|办|中心|部"
BODY_NAME = r"[\u4e00-\u9fff（）]{3,30}?(?:" + _BODY_HEADS + ")"
# where a document without a 发文机关标志 names who issued it: a web page's 发布机构 or 发文机关 field, a title
# `X关于…的答复/通知`, or a signature (the body's name alone on a line, the date on the next)
# (the page's next field may follow the value unspaced: 发布机构 :青海省人民政府办公厅公文时效 :有效)
_PUBLISHER = re.compile(r"(?:发布机构|发文机关(?!标志))\s*[\]】:：|]?[ \t|]*(?P<name>" + BODY_NAME + r")(?:(?![\u4e00-\u9fff])|"
                        r"(?=公文时效|主题分类|成文日期|发文字号|发布日期|索引号|有效性|组配分类|体裁分类))")
# (after the number a site puts before it: (政协提案17号)县农业局关于…的答复; a Party committee's proposal for a
# plan: 中共温州市鹿城区委关于制定…规划…的建议)
_TITLE_BY = re.compile(r"^\s*(?:[(（][^()（）\n]{1,12}[)）])?(?P<name>" + BODY_NAME + r")[ \t\u3000]*关于[^\n]{2,80}(?:答复|复函|答复函|通知|意见|方案|决定|函|建议|报告|公告|通告|批复|请示)\s*$", re.M)
# a joint title, its bodies apart by spaces, the first the lead (市工业和信息化局 市财政局关于下达…; 湖南省财政厅 湖南省经济和信息化
# 委员会关于下达…的通知)
# (the others perhaps no body's name in the lexicon's form: 中山市工业和信息化局 中山市财政局 中华人民共和国中山海关 …关于认定…)
_JOINT_TITLE_BY = re.compile(r"^\s*(?P<name>" + BODY_NAME + r")[ \t\u3000]+(?:[^\n]{0,80}?[ \t\u3000])?"
                             r"[\u4e00-\u9fff（）]{3,30}?(?:" + _BODY_HEADS + r"|海关)[ \t\u3000]*关于", re.M)
# a news report's source, the body the reporter learnt it from (笔者从市发改委获悉, 记者近日从县商务局了解到)
_LEARNT_FROM = re.compile(r"(?:记者|笔者|通讯员)(?:近日|日前|今天|昨天|昨日)?从(?P<name>" + BODY_NAME + r")(?:获悉|了解到)")
# a title naming the body before the year it sums up or plans: 台儿庄区发展和改革局2025年度“政府开放月”活动总结
# (its other name in brackets, 杭州市钱塘区综合行政执法局 (杭州市钱塘区城市管理局) 2021年度部门决算; a report on its
# spending, 南县住房和城乡建设局2018年度整体支出 / 绩效评价报告, its second line apart)
_TITLE_BY_YEAR = re.compile(r"^\s*(?P<name>" + BODY_NAME + r")[ \t\u3000]*(?:[（(][^（）()\n]{2,30}[）)][ \t\u3000]*)?"
                            r"(?:19|20)\d{2}年度?[^\n]{0,40}(?:总结|报告|要点|计划|决算|预算|支出)\s*$", re.M)
# a body's yearly report on its disclosure of information, which every body publishes under one title
# (重庆市大足区人民政府办公室 2023年政府信息公开工作年度报告; 现公布江门市人力资源和社会保障局2024年政府信息公开工作年度报告)
_DISCLOSURE_REPORT = re.compile(r"(?<![\u4e00-\u9fff])(?:现?(?:向社会)?(?:公布|发布))?(?:(?:19|20)\d{2}年度?)?(?P<name>" + BODY_NAME +
                                r")[ \t\u3000]*(?:(?:19|20)\d{2}年度?)?[ \t\u3000]*政府信息公开(?:工作)?年度报告")
# ... or under its area's name alone, the government's (合江县2022年政府信息公开工作年度报告)
_AREA_DISCLOSURE_REPORT = re.compile(r"^\s*(?P<area>[\u4e00-\u9fff]{2,12}?)(?:19|20)\d{2}年度?政府信息公开(?:工作)?年度报告", re.M)
# a reply saying which body the suggestion was given to (县政府已交由县农业农村局办理; 提案批交区发改局承办)
_HANDLED_BY = re.compile(r"(?:交由|批交|交给|转交|交)(?P<name>" + BODY_NAME + r")(?:办理|承办|主办|答复)")
# the body a page's own fields name as answering or doing what it records: a message's reply (回复部门:市交通运输局,
# 处理部门 平远县人力资源和社会保障局), a service guide's (实施主体 | 盐城市亭湖区农业农村局; 实施机关 | 临湘市农业农村局)
_ANSWERED_BY = re.compile(r"(?:(?:回复|答复|处理|办理)(?:部门|单位|机构)|实施主体|实施机构|实施机关)[ \t]*[:：|]?[ \t|]*"
                          r"(?P<name>" + BODY_NAME + r")(?![\u4e00-\u9fff（])")
# the official who delivers a report to a congress, on a line of his own under the meeting's (县财政局局长  陈某; 广州市人民政府
# 副市长  赖某): the report is his body's
_DELIVERED_BY = re.compile(r"^[ \t\u3000]*(?P<name>" + BODY_NAME + r")(?:党组书记、)?(?:副?(?:局长|厅长|主任|市长|县长|区长|省长|"
                           r"州长|旗长|主席))[ \t\u3000]*[\u4e00-\u9fff]{2,4}[ \t\u3000]*$", re.M)
# a letterhead line naming the body alone, above the title: 陕西省发展和改革委员会\n对省十三届人大…的答复函
# (its title perhaps over three lines: 中共兴县县委宣传部 / 关于2025年度文艺创作、文化产业发展 / 专项资金项目评审结果的公示)
_LETTERHEAD = re.compile(r"^\s*(?P<name>" + BODY_NAME + r")[ \t]*\n\s*(?:关于|对)[^\n]{2,80}(?:\n[^\n。，]{2,40}){0,2}?"
                         r"(?:答复|复函|函|通知|意见|方案|公示|公告|通告|决定|批复)\s*$", re.M)
# a web page's source line naming the body or its office (来源: 市场监督管理局办公室)
_BODY_NAME_WHOLE = re.compile(BODY_NAME)
# a page's source field as a table cell, its label spaced out and no colon (来        源 乌恰县畜牧兽医局), or with one
_SOURCE_FIELD = re.compile(r"^[ \t]*来[ \t\u3000]*源[ \t\u3000]*[:：|]?[ \t\u3000]*(?P<name>" + BODY_NAME + r")[ \t]*$", re.M)
_SOURCE_BODY = re.compile(r"来源\s*[:：|]\s*(?P<name>" + BODY_NAME + r")(?:办公室)?(?:(?![\u4e00-\u9fff])|(?=发布|时间|日期|作者|浏览))")
# a page's source the site of a government (来   源 | 玉溪市人民政府网): the government's own news
_SOURCE_SITE = re.compile(r"来\s*源\s*[:：|]\s*(?P<name>[\u4e00-\u9fff]{2,12}?人民政府)(?:门户网站|网站|网)(?![\u4e00-\u9fff])")
_SIGNATURE = re.compile(r"^\s*(?P<name>" + BODY_NAME + r")\s*\n\s*(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", re.M)


# a page's record of itself as bare lines above the title (• 005252100/2024-00211 • 郑州市发展和改革委员会
# • 2024-09-21): a line that is a body's whole name, in the head only
_BODY_LINE = re.compile(r"^[ \t•·\-*]*(?P<name>" + BODY_NAME + r")[ \t]*$", re.M)
# a portal's news of its departments tagged with the department's name (【湖南省工业和信息化厅】…挂牌)
_TAGGED_BY = re.compile(r"^[ \t]*【(?P<name>" + BODY_NAME + r")】", re.M)
# a page's publisher line, the body before its site's address or the time (湖南省工业和信息化厅 gxt.hunan.gov.cn 时间:…)
_PUBLISHER_LINE = re.compile(r"^[ \t]*(?P<name>" + BODY_NAME + r")[ \t\u3000]+(?:[a-z0-9.]+\.gov\.cn|(?:发布)?时间|日期)", re.M)


def _province_written_out(name: str) -> str:
    """A body named after an autonomous region's short form, written out (广西产业园区改革发展办公室 → 广西壮族自治区…)."""
    region = next((a for a in _autonomous_regions() if name.startswith(a.shorts[0])), None)
    if region is None or _area_of_agency(name) is not None:
        return name
    return region.key + name[len(region.shorts[0]):]


@lru_cache(maxsize=1)
def _autonomous_regions() -> tuple[Area, ...]:
    """The five autonomous regions (广西, 内蒙古, 新疆, 宁夏, 西藏), whose bodies often go by the short form."""
    return tuple(a for a in gazetteer().by_key.values() if a.level == "province" and a.key.endswith("自治区") and a.shorts)


def _party_committee_reporting(structure: Structure) -> str | None:
    """The Party committee whose report to its congress this is (中国共产党杭州市委员会), when its place is an area."""
    place = structure.field_value("party_congress")
    name = "中国共产党" + place + "委员会" if place else None
    return name if name and _area_of_agency(name) is not None else None


def _issuer_in_text(text: str) -> str | None:
    """The issuing body named in the text, when its name starts with an area (常州市商务局)."""
    for pat, within in ((_PUBLISHER, None), (_TITLE_BY, None), (_JOINT_TITLE_BY, 300), (_LETTERHEAD, None), (_SIGNATURE, None),
                        (_TITLE_BY_YEAR, 400), (_DISCLOSURE_REPORT, 600), (_BODY_LINE, 400), (_PUBLISHER_LINE, 400),
                        (_SOURCE_BODY, 400), (_TAGGED_BY, None), (_ANSWERED_BY, 1500), (_DELIVERED_BY, 600)):
        for m in pat.finditer(text, 0, within or len(text)):
            name = _province_written_out(m.group("name").strip())
            if pat is _PUBLISHER and _speaks_as_another_kind(name, text) or pat is _SOURCE_BODY and _PORTAL_OFFICE.search(name):
                continue
            if (area := _area_of_agency(name)) is not None:
                if pat is _PUBLISHER and name.endswith("人民政府"):
                    # a government portal publishes its departments' pages: the page's source is their writer
                    # (发布机构 乌恰县人民政府 … 来  源 乌恰县畜牧兽医局)
                    source = _SOURCE_FIELD.search(text, 0, 1500)
                    own = source.group("name") if source else None
                    if own and own != name and (a := _area_of_agency(own)) is not None and a.key == area.key:
                        return own
                return name
    return None


def _area_of_title(title: str | None) -> Area | None:
    """A document whose title starts with its area (开封市推动制造业高质量发展实施方案) is that area's."""
    if not title:
        return None
    g = gazetteer()
    for length in range(min(9, len(title)), 2, -1):
        cands = [a for a in g.by_name.get(title[:length], ()) if a.name == title[:length] and a.level != "region"]
        if len(cands) == 1:
            return cands[0]
    return None


def document_context(source: SourceText, structure: Structure) -> DocContext:
    """Issuer, jurisdiction and province of a document, from its layout fields, its first lines or its
    file name (`2026_河北省_政府工作报告.txt`); for a reply that writes neither, from what it answers and how
    it is numbered."""
    head = source.text[:3000]
    given = dict(source.given)  # what the user states about the file wins over what the text suggests
    issuer = given.get("issuer") or _issuer_written(source, structure, head)
    area = _area_of_agency(issuer) if issuer is not None else None
    if area is None and "area" in given:
        area = resolve_area_path(given["area"])
    town_area, town = _town_of_page(source, structure, head)
    if area is None and town_area is not None:
        area = town_area  # 来源: 长沙县星沙街道
    if area is not None:
        # normalise the issuer to its canonical full name in its own jurisdiction
        issuer = issuer and resolve_agency(issuer, DocContext(None, area.key, area.province)) or issuer
    else:
        area = _area_of_report(structure, head, source.name)
        if area is not None and issuer is None:
            # (a report its department delivers for the government: 县财政局局长  陈某 under the meeting's line)
            delivered = _DELIVERED_BY.search(head, 0, 600)
            issuer = delivered and resolve_agency(delivered.group("name"), _context_in(area)) or \
                official_prefix(area) + "人民政府"
    disclosure = _AREA_DISCLOSURE_REPORT.search(head[:300])
    if area is None and disclosure and (area := resolve_area(disclosure.group("area"))) is not None and issuer is None:
        issuer = official_prefix(area) + "人民政府"
    bulletin = _BULLETIN.search(head[:300])
    if area is None and bulletin:
        area = resolve_area(bulletin.group("area"))
    if area is not None and bulletin and "issuer" not in given and (issuer is None or issuer.endswith("人民政府")):
        issuer = _own_body("统计局", area)
    mentioned = None  # the areas the text mentions, found once, and only when needed
    if area is None:
        mentioned = find_areas(source.text)
        area = _area_of_reply(mentioned, structure, head, source.text)
    if area is None and not structure.field_value("title"):
        area = _area_of_headline(head)  # a page about a place or its zone, its headline no title of a document
    if area is None and structure.field_value("title"):
        area = _area_of_title(re.sub(r"^关于(?:印发)?", "", structure.field_value("title")))  # 关于历城区2022年度…的审计工作报告
    page = dict(source.page_fields)
    if area is None and page.get("site"):
        area = _area_of_agency(page["site"])  # the site of a body or a government (重庆市人民政府门户网站)
    address = given.get("url") or page.get("url")
    site_area, site_body = area_and_body_of(address) if address else (None, None)
    if address and site_body is None:
        site_body = shared_body_of(address, source.text)  # swj.huhhot.gov.cn: 商务局 or 水务局, by what the page is about
    if area is None and site_area is not None:
        area = site_area  # nyncj.luan.gov.cn: a page of 六安市
    if area is None:
        province = _province_of_mentions(source.text, mentioned)
        headline = next(iter(headline_lines(head)), "")
        if province not in _MUNICIPALITIES and not (province and headline.startswith("省")):
            return DocContext(issuer, None, province)
        # a city that is a province: its 市… bodies are the province's (市经济信息化委); a headline opening on a
        # province's body (省人大常委会执法检查组关于…) in a page all of whose places lie in one province: that province's
        area = gazetteer().get(province)
    if "issuer" in given and _area_of_agency(issuer) is None:
        issuer = resolve_agency(issuer, _context_in(area)) or issuer  # stated without its area: 市科技局
    elif issuer is None or _area_of_agency(issuer) is None:
        issuer = _issuer_in_area(head, area, source.page_fields) or \
            _issuer_in_area(structure.field_value("title") or "", area) or \
            _issuer_of_number(structure.field_value("doc_number"), source.text, area) or \
            (_own_body(site_body, area) if site_body and (structure.genre == "reply" or site_body.endswith("管委会")) and
             site_area is not None and site_area.key == area.key else None) or issuer
        # (a body's site carries its replies, and reposts others'; a zone's site, jkq.yaan.gov.cn, its own news)
    if issuer is None and not structure.field_value("title"):
        issuer = _committee_of_headline(head, area)
    if issuer is None:
        issuer = _interpreter(head, area) or _press_conference_host(head, area)
    if issuer is None:
        issuer = _congress_of_headline(head, area) or _inspecting_congress(structure, head, area) or \
            _inspected_body(head, _context_in(area))
    if issuer is None and structure.genre == "reply":
        issuer = _department_named_most(source.text, area)
    if issuer is None and len(selves := _self_kinds(source.text)) == 1:
        # a page that calls its writer 我局 (巡察组向我局反馈了巡察意见) and names one department of that kind most
        named = _department_named_most(source.text, area)
        issuer = named if named and named.endswith(next(iter(selves))) else None
    if issuer is None and structure.genre != "reply" and (site := _SOURCE_SITE.search(head[:400])):
        issuer = resolve_agency(site.group("name"), _context_in(area))  # (a reply there may be a bureau's)
    if issuer is None and structure.genre == "work_report":
        issuer = official_prefix(area) + "人民政府"  # a work report is its government's, wherever its area was read
    if issuer is None and site_body and site_area is not None and site_area.key == area.key and \
            not is_policy_title(structure.field_value("title") or re.sub(r"《[^》\n]*》", "", head.lstrip().split("\n")[0])):
        # a page that names no issuer is its body's site's (xcszjj.xuchang.gov.cn), unless it carries a policy: a
        # body's site reposts its government's measures (a policy cited on its first line, 第一条 根据《…意见》, is none)
        issuer = _own_body(site_body, area)
    if issuer is None and site_area is not None and site_body is None and site_area.key == area.key and \
            is_area_portal(address) and structure.genre != "reply" and _speaks_as_its_area(source.text, area):
        issuer = official_prefix(area) + "人民政府"  # a page on its area's portal that speaks as 我县 and as no body
    if town and (issuer is None or _area_of_agency(issuer) is None or issuer == official_prefix(area) + "人民政府"):
        # a town's own page: its government's (南漳镇人民政府2023年工作计划; 来源: 长沙县星沙街道), not its county's
        issuer = official_prefix(area) + town + ("办事处" if town.endswith("街道") else "人民政府")
    return DocContext(issuer, area.key, _context_in(area).province)


# where a township's or a sub-district's own page names it: its publisher field, its title, the session of its
# congress a report is made to (南漳镇人民政府2023年工作计划, 来源: 长沙县星沙街道, 在伊金霍洛镇第四届人民代表大会上)
_TOWN_NAME = r"[\u4e00-\u9fff]{2,9}?(?:镇|乡|街道)"
_TOWN_FIELD = re.compile(rf"(?:发文机关|信息来源|来源|发布机构)[ \t\u3000]*[:：]?[ \t\u3000|]*(?P<name>{_TOWN_NAME})(?:人民政府|办事处)?"
                         r"(?=[ \t\u3000|\n]|$)", re.M)
_TOWN_TITLE = re.compile(rf"^(?:(?:19|20)\d\d年)?(?P<name>{_TOWN_NAME})(?:人民政府|办事处)?(?:关于|(?:19|20)\d\d年|工作)")
_TOWN_CONGRESS = re.compile(rf"在(?P<name>{_TOWN_NAME})第[一二三四五六七八九十]+届人民代表大会")


def _town_of_page(source: SourceText, structure: Structure, head: str) -> tuple[Area | None, str | None]:
    """(the area written before it, the town's name) of the township whose own page this is; (None, None) if none."""
    lines = [structure.field_value("title") or "", *headline_lines(head)]
    m = _TOWN_FIELD.search(head[:400]) or next(filter(None, map(_TOWN_TITLE.match, lines)), None) or \
        _TOWN_CONGRESS.search(head[:400])
    if m is None:
        return None, None
    name = m.group("name")
    written = next((name[:k] for k in range(len(name) - 2, 1, -1) if name[:k] in gazetteer().by_name), None)
    area = _area_of_agency(name) if written else None
    return area, name[len(written):] if area is not None else name


# a letter's salutation (区发改委:): the body it is written to, not by (a co-handling bureau's opinion to the lead one)
_WRITTEN_TO = re.compile(r"[ \t]*[:：][ \t]*$", re.M)


def _department_named_most(text: str, area: Area) -> str | None:
    """A reply that names no issuer speaks of its department by name (二道区工信局将…; 天桥区工信局作为行业管理部门):
    the department of its own area it names most, when no other ties with it (not the government, its office, the
    Party committee, the congress or the CPPCC, which a reply answers to or reports on)."""
    counts = Counter(h.key for h in find_agencies(text, _context_in(area)) if h.area == area.key and
                     h.body and not h.body.startswith(("人民政府", "中国共产党", "人民代表大会", "中国人民政治协商会议")) and
                     not _WRITTEN_TO.match(text, h.end))
    ranked = counts.most_common(2)
    if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]):
        return ranked[0][0]
    return None


# the kinds of zone a headline or a page names (…经济技术开发区, …高新区, …工业园区)
_ZONE_HEADS = "(?:经济技术开发区|经济开发区|高新技术产业开发区|高新区|经开区|开发区|工业园区|综合保税区)"
# a zone's page on its own work: its headline the zone's name, alone on its line (a title split over two lines) or
# before a year's summary, plan or report (桐乡经济开发区(高桥街道)2024年工作总结和2025年工作思路), or its overview
_ZONE_HEADLINE = re.compile(
    rf"(?P<zone>[\u4e00-\u9fff]{{2,8}}?(?P<national>国家级|国家)?{_ZONE_HEADS})(?:[（(][^）)\n]{{1,8}}[）)])?"
    r"(?:(?:19|20)\d\d年[^\n]{0,30}(?:总结|思路|报告|执行情况|要点|计划|方案)|概况|简介)?")


def _committee_of_headline(head: str, area: Area) -> str | None:
    """The management committee of the zone whose own page this is (the zone's reports, plans and overview are
    its committee's), by the lexicon's full name where it has one (济宁国家高新区 → 济宁高新技术产业开发区管理委员会)."""
    for line in headline_lines(head):
        m = _ZONE_HEADLINE.fullmatch(line)
        if m:
            zone = m.group("zone").replace(m.group("national") or "", "", 1)
            return resolve_agency(zone + "管委会", _context_in(area)) or zone + "管理委员会"
    return None


# a congress's or a CPPCC committee's own news: its headline opens on the body and what it did (杜集区人大常委会调研…)
# (or its own document: 省人大常委会执法检查组关于…的报告, 市人大财政经济委员会关于…的调研报告; or one of its leaders leading
# the work: 市人大常委会副主任某某带队检查…)
_CONGRESS_BODIES = ("人民代表大会", "人大工作委员会", "政治协商会议")
_DID = re.compile(r"(?:[\u4e00-\u9fff]{0,6}?(?:主任|主席)[\u4e00-\u9fff]{2,3}?(?:带队|率队|带领|一行))?"
                  r"(?:调研|视察|召开|举行|开展|组织|听取|审议|检查|走访|赴|到|深入|专题|关于|执法检查)")


def _first_agency(text: str, ctx: DocContext) -> AgencyHit | None:
    """The first body named in a short piece of text (a headline, a field's value, a clause), or None."""
    return next(iter(find_agencies(text, ctx)), None)


def _is_congress(key: str) -> bool:
    """Whether a body is a congress's, one of its committees, or a CPPCC committee."""
    return any(b in key for b in _CONGRESS_BODIES)


def _congress_of_headline(head: str, area: Area) -> str | None:
    """The congress's standing committee or the CPPCC committee a page's headline opens on, doing something: the
    page is its own news (its site carries its work)."""
    for line in headline_lines(head)[:2]:
        first = _first_agency(line, _context_in(area))
        if first is not None and first.start == 0 and _is_congress(first.key) and \
                _DID.match(line, first.end):
            return first.key
    return None


# the kinds of report only a congress or a CPPCC committee makes: a tour of inspection, a check on a law's enforcement
_INSPECTION_REPORT = re.compile(r"(?:视察报告|执法检查报告|视察调研报告)$")


def _inspecting_congress(structure: Structure, head: str, area: Area) -> str | None:
    """A tour of inspection's report that names no body in its title (关于对某县企业生产经营情况的视察报告) is the
    congress's or the CPPCC committee's its text names first (县人大常委会主任某某…带领部分人大代表…进行视察)."""
    title = structure.field_value("title") or next(iter(headline_lines(head)), "")
    if not _INSPECTION_REPORT.search(title.strip()):
        return None
    return next((h.key for h in find_agencies(head[:600], _context_in(area)) if _is_congress(h.key)), None)


# an inspected body's public notice of its rectification, in the set form (巡视组向芜湖市委反馈了巡视意见。…现将巡视整改
# 进展情况予以公布)
_FEEDBACK_TO = re.compile(r"向(?P<name>[^，。；、\n]{2,30}?)(?:党组|党委)?反馈了?(?:巡视|巡察|督察|审计)(?:意见|情况)")
_RECTIFICATION_MADE_PUBLIC = re.compile(r"整改[^。\n]{0,12}?(?:予以公布|予以公开|公布如下)")


def _inspected_body(head: str, ctx: DocContext) -> str | None:
    """The body an inspection's findings were fed back to, on the page that makes its rectification public (in
    `ctx`, the document's or, before it is known, none: then only a name with its area counts)."""
    m = _FEEDBACK_TO.search(head[:1200])
    if m is None or not _RECTIFICATION_MADE_PUBLIC.search(head, m.end(), m.end() + 400):
        return None
    first = _first_agency(m.group("name"), ctx)
    return first.key if first is not None and (ctx.area or _area_of_agency(first.key)) else None


# an interpretation's subtitle naming who interprets (——区统计局工交能源科科长闵睿解读2024年全区规上工业生产数据)
_INTERPRETED_BY = re.compile(r"^[ \t\u3000]*——(?P<line>[^\n]{2,60}?解读)", re.M)


def _interpreter(head: str, area: Area) -> str | None:
    """The body an interpretation's subtitle opens on: the page is its reading of its data or its policy."""
    m = _INTERPRETED_BY.search(head[:400])
    if m is None:
        return None
    first = _first_agency(m.group("line"), _context_in(area))
    return first.key if first is not None and first.start == 0 else None


# a press conference's page: the body that holds it (今天，省政府新闻办召开新闻发布会; 市政府新闻办今天(7月8日)举行…发布会)
_HELD_PRESS_CONFERENCE = re.compile(r"(?P<by>[^。，,；\n]{2,30}?)(?:召开|举行|举办)[^。，,；\n]{0,20}?新闻发布会")


def _press_conference_host(head: str, area: Area) -> str | None:
    """The body that holds the press conference a page reports, named first in the clause before 召开/举行."""
    m = _HELD_PRESS_CONFERENCE.search(head[:600])
    if m is None:
        return None
    first = _first_agency(m.group("by"), _context_in(area))
    return first.key if first is not None else None


def _issuer_written(source: SourceText, structure: Structure, head: str) -> str | None:
    """The issuer as the document writes it: its 发文机关标志, signature or issuer field, or a body named
    where a page, a title or a letterhead names who issued it."""
    issuer = None
    for field in ("issuer_mark", "signature", "issuer"):
        t = structure.field_value(field)
        if t:
            issuer = re.sub(r"文件$", "", re.sub(r"\s+", "", t))
            break
    if issuer is None:
        m = _ISSUER_MARK.search(head)
        issuer = m.group("name") if m else None
    if issuer is None or _area_of_agency(issuer) is None:
        issuer = _party_committee_reporting(structure) or _issuer_in_text(source.text) or issuer
    if issuer is None or _area_of_agency(issuer) is None:
        # a web page's own record: the body the content comes from, or the site of a body (SiteName 重庆市科学技术局)
        # (the site stands for the issuer only when the page names no source: a portal carries its bodies' pages)
        page = dict(source.page_fields)
        own = page.get("source") or page.get("site")
        if own and _BODY_NAME_WHOLE.fullmatch(own) and _area_of_agency(own) is not None:
            issuer = own
    if issuer is None or _area_of_agency(issuer) is None:
        issuer = _inspected_body(head, DocContext(None, None, None)) or issuer  # (向芜湖市委反馈了巡视意见)
    return issuer


def _area_of_report(structure: Structure, head: str, file_name: str) -> Area | None:
    """The area a report's title (河北省政府工作报告), its structure's title or its file name gives."""
    for cand in (structure.field_value("title"), head, file_name):
        if not cand:
            continue
        m = _REPORT_TITLE.search(cand) if cand is not file_name else _FILE_AREA.search(cand)
        if m:
            a = resolve_area(m.group("area"))
            if a is None:
                for length in range(len(m.group("area")), 1, -1):
                    a = resolve_area(m.group("area")[-length:])
                    if a:
                        break
            if a is not None and a.level in ("province", "city", "county"):
                return a
    return _area_of_title(structure.field_value("title"))  # the structure found the title


# a zone's committee, its name starting with its areas (重庆綦江高新技术产业开发区管理委员会)
_ZONE_BODY = re.compile(rf"(?P<area>[\u4e00-\u9fff]{{2,8}}?){_ZONE_HEADS}(?:管委会|管理委员会)$")
# a zone named by its area's short form (桐乡经济开发区, 楚雄高新区): a page about the zone is that area's
_ZONE_OF_AREA = re.compile(rf"(?P<area>[\u4e00-\u9fff]{{2,3}}?)(?:{_ZONE_HEADS}|工业园|产业园)")


def _area_of_headline(head: str) -> Area | None:
    """A page without a title found: the area its headline starts with (隆回县湘商产业园：…), written whole or as the
    short form before its zone's head (桐乡经济开发区(高桥街道)2024年工作总结), in its first lines."""
    for line in headline_lines(head):
        if len(line) > 80 or "：" in line[:6] or ":" in line[:6]:
            continue  # a page's field (索引号：…), or running text
        for part in (line, line.split("——", 1)[-1].strip()):  # (砥砺奋进结硕果——格尔木工业园找准…: after the dash)
            area = _area_of_title(part)
            m = _ZONE_OF_AREA.match(part)
            if area is None and m:
                area = resolve_area(m.group("area"))
            zone = _ZONE_HEADLINE.fullmatch(part)
            if area is None and zone and area_name_at_start(zone.group("zone")):
                area = resolve_area(area_name_at_start(zone.group("zone")))  # 乌鲁木齐经济技术开发区, 济宁国家高新区概况
            if area is not None and area.level in ("province", "city", "county"):
                return area
    return None


def _area_of_reply(mentioned: list, structure: Structure, head: str, text: str) -> Area | None:
    """A reply that writes neither issuer nor area: the area before the congress it answers, the province of
    its number, the one area of the level it names (区政协, 我区) that it mentions most, or the province of
    its mentions when it answers a provincial congress (对自治区十三届人大…建议的主办意见)."""
    area = _area_before_congress(head) or _province_of_number(structure, head) or \
        _own_area_of_mentions(mentioned, head, text)
    if area is not None:
        return area
    if not _PROVINCIAL_LEVEL.search(head[:600]) and "我省" not in text:
        return None
    province = _province_of_mentions(text, mentioned, ahead=True)
    return gazetteer().get(province) if province else None


_OWN_LEVEL = {"区": "county", "县": "county", "市": "city"}  # districts are county-level areas
_LEVEL_OF_TITLE = re.compile(r"(?:关于|对)\s*([区县市])(?:第|[一二三四五六七八九十]+届|政协|人大)")
_PROVINCIAL_LEVEL = re.compile(r"(?:关于|对)\s*(?:省|自治区)(?:第|[一二三四五六七八九十]+届|政协|人大)")
# the congress or CPPCC a reply answers, after its area: 对河北省第十二届人民代表大会, 旺苍县第十九届人民代表大会
_CONGRESS_OF_AREA = re.compile(r"(?:关于|对|在)\s*(?P<area>[\u4e00-\u9fff]{2,10}?)(?:第)?[一二三四五六七八九十]+届\s*"
                               r"(?:人民代表大会|人大|政协|委员会)")


def _area_before_congress(head: str) -> Area | None:
    m = _CONGRESS_OF_AREA.search(head[:800])
    if m is None:
        return None
    a = resolve_area(m.group("area"))
    return a if a is not None and a.level in ("province", "city", "county") else None


@lru_cache(maxsize=1)
def _number_prefixes() -> dict[str, str]:
    return {p: r["province"] for r in csv_rows("document_number_prefixes.csv") for p in r["prefixes"].split(";") if p}


def _province_of_number(structure: Structure, head: str) -> Area | None:
    """A reply to a provincial congress numbered by its province's abbreviation (闽市监函〔2025〕132号)."""
    number = structure.field_value("doc_number")
    if not number or not _PROVINCIAL_LEVEL.search(head[:800]):
        return None
    province = _number_prefixes().get(number.strip()[:1])
    return gazetteer().get(province) if province else None


@lru_cache(maxsize=1)
def _number_bodies() -> list[tuple[str, tuple[str, ...]]]:
    rows = [(r["code"], tuple(r["forms"].split(";"))) for r in csv_rows("document_number_bodies.csv")]
    return sorted(rows, key=lambda r: -len(r[0]))


def _issuer_of_number(number: str | None, text: str, area: Area) -> str | None:
    """The issuer a reply names only by its number and as 我局/我委/我厅 (闽市监函〔2025〕132号 … 由我局会同…):
    the body of the number's code whose form ends like that word, in the reply's area."""
    if not number:
        return None
    selves = _self_kinds(text)
    if len(selves) > 1:
        return None
    code_part = re.sub(r"[〔\[（【].*$", "", number.strip())
    for start in (1, 2):  # after the province's or the city's one- or two-character abbreviation
        for code, forms in _number_bodies():
            if code_part.startswith(code, start):
                if not selves:  # no 我局/我委: the form the area's level has (county 发展和改革局, city …委员会)
                    return _own_body(";".join(sorted(forms, key=_level_form_order(area))), area)
                form = next((f for f in forms if f.endswith(next(iter(selves))) or
                             f.endswith("委员会") and "委" in selves), None)
                return _own_body(form, area) if form else None
    return None


def _level_form_order(area: Area):
    """Which of a number's body forms comes first below the province (_own_body puts a province's 厅 first): a
    city's commission (发展和改革委员会), a county's bureau (发展和改革局, since the 2018-2019 reform of county bodies)."""
    county = area.level not in ("province", "city")
    return lambda f: not f.endswith("局" if county else "委员会")


def _context_in(area: Area) -> DocContext:
    """The context of a document of `area` whose issuer is not known yet."""
    return DocContext(None, area.key, area.key if area.level == "province" else area.province)


def _own_body(form: str, area: Area) -> str | None:
    """The area's own body of that form (统计局 of 凤冈县 → 凤冈县统计局)."""
    ctx = _context_in(area)
    provincial = area.level == "province" and area.key not in _MUNICIPALITIES
    if provincial:
        level = "自治区" if area.key.endswith("自治区") else "省"  # (自治区工信厅: 省工信厅 names no region's body)
    else:
        level = "市" if area.level == "city" or area.key in _MUNICIPALITIES or area.key.endswith("市") else \
            "县" if area.key.endswith("县") else "区"  # (a county-level city's 市农业农村局: 万宁市)
    # (a site label shared by a province's 厅 and a city's 局 gives both forms, 文旅厅;文旅局: the level's own first)
    forms = sorted(form.split(";"), key=lambda f: f.endswith("厅") != provincial)
    return next((r for f in forms if (r := resolve_agency(level + f, ctx))), None)


# a statistical bulletin, issued by the area's statistics bureau: 凤冈县2022年国民经济和社会发展统计公报
_BULLETIN = re.compile(r"^\s*(?P<area>[\u4e00-\u9fff]{2,12}?)(?:19|20)\d{2}年[^\n]{0,20}?统计公报", re.M)


def _issuer_in_area(head: str, area: Area, page_fields: tuple[tuple[str, str], ...] = ()) -> str | None:
    """The issuer a page names without its area (发布机构 区教育局; 来源: 市场监督管理局办公室; the meta tag
    ContentSource 市科技局), resolved in it."""
    ctx = _context_in(area)
    source = dict(page_fields).get("source")
    named = [source] if source and _BODY_NAME_WHOLE.fullmatch(source) and not _PORTAL_OFFICE.search(source) else []
    for pat in (_PUBLISHER, _TITLE_BY, _JOINT_TITLE_BY, _LETTERHEAD, _SOURCE_BODY, _TITLE_BY_YEAR, _HANDLED_BY, _LEARNT_FROM,
                _ANSWERED_BY, _DELIVERED_BY):
        named += [m.group("name").strip() for m in pat.finditer(head)
                  if not (pat is _SOURCE_BODY and _PORTAL_OFFICE.search(m.group("name"))) and
                  not (pat is _PUBLISHER and _speaks_as_another_kind(m.group("name").strip(), head))]
    named += [m.group("name").strip() for m in _BODY_LINE.finditer(head[:400])]  # (区审计局 alone on a line, above the title)
    return next((resolved for name in named if (resolved := resolve_agency(name, ctx))), None)


def _speaks_as_another_kind(name: str, text: str) -> bool:
    """Whether the text calls its writer a body of another kind than the page's publisher field names (发布机构
    云南省工信厅 over a reply that says 我委: the committee wrote it, the renamed department's site carries it)."""
    selves = _self_kinds(text)
    return len(selves) == 1 and name[-1:] in "局委厅" and name[-1] not in selves


def _speaks_as_its_area(text: str, area: Area) -> bool:
    """Whether a text calls its writer by its area's level (我县, 我市 twice or more) and never a body's (我局, 我镇)."""
    level = {"city": "市", "province": "省"}.get(area.level) or area.name[-1]
    return text.count("我" + level) >= 2 and not re.search(r"[我本](?:局|委|厅|办|中心|院|镇|乡|街道|园区|部)", text)


def _self_kinds(text: str) -> set[str]:
    """The kinds of body a text calls its writer (我局, 本委: 局, 委)."""
    return set(re.findall(r"[我本]([局委厅])", text))


# 来源: 区政府办: the government's office publishes its bodies' replies on its portal; it is not their issuer
_PORTAL_OFFICE = re.compile(r"政府办|政府办公室|政府办公厅")


def _own_area_of_mentions(mentioned: list, head: str, text: str) -> Area | None:
    """The area of a reply that names only its level (对区第十九届人民代表大会…建议的答复, 我区): the one area
    of that level the text mentions most, at least twice and more than all others of the level together."""
    m = _LEVEL_OF_TITLE.search(head[:800])
    level = m.group(1) if m else next((w[1] for w in ("我区", "我县", "我市") if w in text), None)
    if level is None:
        return None
    own = _most_mentioned(mentioned, _OWN_LEVEL[level])
    if own is None and _OWN_LEVEL[level] == "county":
        # a district or county says its short name (奉化) only where its city is known: read the text again
        # inside each city it mentions
        cities = {h.area.key for h in mentioned if h.area.level == "city"}
        found = {a.key: a for c in cities if (a := _most_mentioned(find_areas(text, c), "county", within=c))}
        own = next(iter(found.values())) if len(found) == 1 else None
    return own


def _most_mentioned(mentioned: list, level: str, within: str | None = None) -> Area | None:
    """The area of `level` (in `within`) mentioned most: at least twice and more than all others together."""
    counts: dict[str, int] = {}
    areas: dict[str, Area] = {}
    for h in mentioned:
        if h.area.level == level and (within is None or h.area.parent == within):
            counts[h.area.key] = counts.get(h.area.key, 0) + 1
            areas[h.area.key] = h.area
    if not counts:
        return None
    best = max(counts, key=counts.get)
    return areas[best] if counts[best] >= 2 and counts[best] * 2 > sum(counts.values()) else None


def _province_of_mentions(text: str, mentioned: list | None = None, ahead: bool = False) -> str | None:
    """The province of a document whose issuer and area are not written (a reply without a letterhead about
    旬阳市): the one province that at least three quarters of its area mentions, and three at least, lie in,
    so that 省发改委 there still resolves (陕西省发展和改革委员会). `mentioned`: find_areas(text) if known.
    `ahead`: instead, the province mentioned three times at least and more than twice as often as any other (what
    has three quarters of the mentions always has that)."""
    g = gazetteer()
    counts: dict[str, int] = {}
    for h in find_areas(text) if mentioned is None else mentioned:
        prov = h.area.key if h.area.level == "province" else h.area.province
        if prov and g.get(prov) is not None:
            counts[prov] = counts.get(prov, 0) + 1
    if not counts:
        return None
    best = max(counts, key=counts.get)
    if ahead:  # a reply to its province's congress or CPPCC may tell of others too, but names its own most
        second = max((v for k, v in counts.items() if k != best), default=0)
        return best if counts[best] >= 3 and counts[best] > 2 * second else None
    return best if counts[best] >= 3 and counts[best] * 4 >= 3 * sum(counts.values()) else None
