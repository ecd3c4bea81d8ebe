"""Entity extraction: agencies, areas, parks, industries, initiatives, persons and cited documents.

Matching runs on the normalised view (`view.text`); every span is mapped back to the reference text
with `view.ref_span`, so mentions point into `source.text`. Entities are canonical (one per class and
key in a document) with every surface form seen as an alias.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
import dataclasses
from dataclasses import dataclass
from functools import lru_cache

from policykg.model import Entity, Mention, SourceText, Structure

from .agencies import AgencyHit, DocContext, central_aliases, find_agencies, level_area
from .areas import find_areas, gazetteer, resolve_area_path
from .entities_scopes import leading_scopes, scope_agency
from .entities_named import (PROJECT_BODY, Hit, find_airports, find_cited, find_initiatives, find_institutions, find_own_plans,
                             find_parks, find_persons, find_roster_persons, is_a_name, managed_park, own_plan_title)
from .industries import concept, find_industries
from .normalise import NormalisedView


@dataclass(frozen=True)
class EntityResult:
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]

    def of(self, cls: str) -> tuple[Entity, ...]:
        return tuple(e for e in self.entities if e.cls == cls)


class _Known:
    """Names that are never an initiative on their own: industries seen in the text and area names."""

    def __init__(self, industries: frozenset[str], areas):
        self.industries, self.areas = industries, areas

    def __contains__(self, name: str) -> bool:
        return name in self.industries or name in self.areas


@lru_cache(maxsize=1)
def _area_names() -> frozenset[str]:
    g = gazetteer()
    return frozenset(n for n in g.by_name if len(n) >= 2 and n not in g.stop)


# a place written in brackets inside a name (中以（上海）创新园), which short mentions leave out
_BRACKETED_PLACE = re.compile(r"[（(][\u4e00-\u9fff]{2,6}[）)](?=[\u4e00-\u9fff])")
# a short form the text defines for the name before it: （以下简称“百千万工程”）, (下称《办法》)
_SHORT_FORM_DEFINED = re.compile(r"[（(](?:以下|下文)?(?:简称|下称|统称)为?(?:[“《](?P<s>[^“”《》]{1,20})[”》][）)]?|"
                                 r"(?P<bare>[\u4e00-\u9fff]{2,12})[）)])")  # (or unquoted: （以下简称实施导则）)


class _Builder:
    def __init__(self, source: SourceText, view: NormalisedView):
        self.source = source
        self.view = view
        self.entities: dict[tuple[str, str], dict] = {}
        self.mentions: list[Mention] = []
        self.occupied: dict[str, bytearray] = {}

    def add(self, cls: str, key: str, vs: int, ve: int, aliases=(), links=(), literals=(), mention=True,
            surface_alias=True):
        key = key.strip()
        if not key:
            return
        rec = self.entities.setdefault((cls, key), {"aliases": set(), "links": {}, "literals": {}})
        surface = self.view.text[vs:ve] if surface_alias else ""
        rec["aliases"].update(a for a in (key, surface if mention else "", *aliases) if a)
        for link in links:
            rec["links"][link] = None
        for lit in literals:
            rec["literals"].setdefault(lit[0], lit)
        if mention:
            rs, re_ = self.view.ref_span(vs, ve)
            self.mentions.append(Mention(cls, key, rs, re_, self.source.text[rs:re_]))

    def _merge_into(self, cls: str, short: str, long: str) -> None:
        rec = self.entities.pop((cls, short))
        self.entities[(cls, long)]["aliases"].update(rec["aliases"])
        self.mentions = [Mention(m.cls, long if (m.cls, m.key) == (cls, short) else m.key, m.start, m.end, m.text)
                         for m in self.mentions]

    def merge_place_prefixed(self, cls: str, prefixes: tuple[str, ...]) -> None:
        """`未来之城场景汇` and `雄安未来之城场景汇` in one document: one entity, the longer name."""
        keys = {k for c, k in self.entities if c == cls}
        for short in sorted(keys, key=len):
            for p in prefixes:
                long = p + short
                if long in keys and long != short:
                    self._merge_into(cls, short, long)
                    break

    def merge_place_bracketed(self, cls: str) -> None:
        """`中以（上海）创新园` and `中以创新园` in one document: one entity, the name with its place."""
        keys = {k for c, k in self.entities if c == cls}
        for long in sorted(keys, key=len, reverse=True):
            short = _BRACKETED_PLACE.sub("", long)
            if short != long and short in keys and (cls, short) in self.entities:
                self._merge_into(cls, short, long)

    def merge_defined_short_forms(self, text: str) -> None:
        """`百县千镇万村高质量发展工程（下称“百千万工程”）`: the short form the text defines is an alias of the name
        written right before the definition, not a second entity."""
        for m in _SHORT_FORM_DEFINED.finditer(text):
            end = self.view.ref_offset(m.start())
            long = next(((x.cls, x.key) for x in self.mentions if x.end == end), None)
            if long is None:
                continue
            form = m.group("s") or m.group("bare")
            short = next(((c, k) for c, k in self.entities if c == long[0] and k != long[1] and
                          (k == form or form in self.entities[(c, k)]["aliases"])), None)
            if short is None:
                self.entities[long]["aliases"].add(form)
                continue
            self._merge_into(long[0], short[1], long[1])

    def merge_same_span(self, cls: str) -> None:
        """Two names read at one span (“全闽乐购” and 全闽乐购; 扫黑除恶 and 扫黑除恶行动 through its short form) are one
        thing: the name with the most mentions takes the others as aliases (the longer on a tie)."""
        keys_at: dict[tuple[int, int], set[str]] = {}
        for m in self.mentions:
            if m.cls == cls:
                keys_at.setdefault((m.start, m.end), set()).add(m.key)
        for keys in keys_at.values():
            keys = {k for k in keys if (cls, k) in self.entities}  # (merged already)
            if len(keys) < 2:
                continue
            count = Counter(m.key for m in self.mentions if m.key in keys and m.cls == cls)
            kept = max(sorted(keys), key=lambda k: (count[k], len(k)))
            for k in keys - {kept}:
                self._merge_into(cls, k, kept)

    def result(self) -> EntityResult:
        ents = []
        for (cls, key), rec in sorted(self.entities.items()):
            ents.append(Entity(cls, key, key, frozenset(rec["aliases"]), tuple(rec["links"]),
                               tuple(rec["literals"].values())))
        return EntityResult(tuple(ents), dedupe_mentions(self.mentions))


# a zone written with a level word for the document's own area (，县经济技术开发区党工委书记, 市开发区): that area's zone
_OWN_LEVEL_ZONE = re.compile(r"(?<![\u4e00-\u9fff])(?P<level>[市县区旗])(?P<kind>经济技术开发区|经开区|高新技术产业开发区|高新区|"
                             r"经济开发区|开发区|工业园区|产业集聚区|综合保税区|综保区)")


def _own_level_parks(text: str, ctx: DocContext, found) -> list:
    """The document's own area's zone, written 县经济技术开发区 or 市开发区 (as agencies are written 市工信局): named by
    that area, the way find_parks names it (六安市开发区, 兴县经济技术开发区)."""
    out = []
    for m in _OWN_LEVEL_ZONE.finditer(text):
        area = level_area(m.group("level"), ctx)
        if area is None or any(h.start < m.end() and m.start() < h.end for h in found):
            continue
        written = area.name + m.group("kind")
        named = find_parks(written, ctx.province, frozenset(), ctx.area)
        if len(named) == 1 and named[0].end == len(written):
            out.append(dataclasses.replace(named[0], start=m.start(), end=m.end(),
                                           aliases=(*named[0].aliases, written, m.group(0))))
    return out


def dedupe_mentions(mentions) -> tuple[Mention, ...]:
    """One mention per class, entity and span, in text order (a span may name two: 青海、甘肃省发展改革委)."""
    seen: dict[tuple[str, str, int, int], Mention] = {}
    for m in mentions:
        seen.setdefault((m.cls, m.key, m.start, m.end), m)
    return tuple(sorted(seen.values(), key=lambda m: (m.start, m.end, m.cls)))


def _area_entity(b: _Builder, area, vs: int, ve: int, mention: bool = True) -> None:
    g = gazetteer()
    links = (("partOf", "Area", area.parent),) if area.parent else ()
    literals = (("areaCode", area.code),) if area.code else ()
    if area.level == "region":
        # 京津冀, 晋北: a named region, no administrative division; its member areas are described too
        members = [a for a in map(g.get, g.region_members.get(area.key, area.members)) if a is not None]
        for m in members:
            _area_entity(b, m, vs, ve, mention=False)
        b.add("Region", area.key, vs, ve, (area.name, *area.shorts),
              links + tuple(("memberArea", "Area", m.key) for m in members), mention=mention)
    else:
        # its official name and short forms are its aliases too (台湾省: 台湾)
        b.add("Area", area.key, vs, ve, (area.name, *area.shorts), links, literals, mention=mention)
    # the containing areas are described too (without a mention), so partOf never dangles
    a = g.get(area.parent)
    while a is not None:
        if ("Area", a.key) not in b.entities:
            b.add("Area", a.key, vs, ve, (), (("partOf", "Area", a.parent),) if a.parent else (),
                  (("areaCode", a.code),) if a.code else (), mention=False)
        a = g.get(a.parent)


def _project_sited_in(park, spans: list[tuple[int, int]], text: str) -> bool:
    """Whether the initiatives that start with the park's name are projects built in it (杨凌综合保税区光伏发电项目)
    or events held for it (华容区智能制造产业园集中签约仪式)."""
    covering = [(a, e) for a, e in spans if a <= park.start and e > park.end]
    return bool(covering) and all(text.endswith(("项目", "仪式", "活动"), 0, e) and e - park.end > 3 for _, e in covering)


def _committee_written_out(surface: str) -> tuple[str, ...]:
    """A zone committee's name written out: 亳州高新区管委会 is also 亳州高新区管理委员会 (the zone as written, the
    committee's word in full) and 亳州高新技术产业开发区管理委员会 (the zone's kind in full)."""
    if not surface.endswith("管委会") or len(surface) <= 5:
        return ()
    zone = surface[:-3]
    kind = next((full for short, full in (("高新区", "高新技术产业开发区"), ("经开区", "经济技术开发区")) if zone.endswith(short)), None)
    return (zone + "管理委员会", *((zone[:-3] + kind + "管理委员会",) if kind else ()))


def _city_written_before(text: str, h, g) -> tuple[str, ...]:
    """A county's body written after its city's name (鸡西市密山生态环境局, as the county branches of the environment
    bureaus are named since their vertical reform): that whole form is the body's name too."""
    area = g.get(h.area) if h.area else None
    city = g.get(area.parent) if area is not None and area.level == "county" and area.parent else None
    if city is None or not text.endswith(city.name, 0, h.start) or h.surface.startswith(city.name):
        return ()
    return (city.name + h.surface,)


def _after_a_names_gap(h, reference: str, view: NormalisedView, ctx: DocContext):
    """The body a roster's line names after a person and a space (恽益明 武进国家高新区管委会副主任): the view joins
    them, the body's name starts after the space."""
    rs, re_ = view.ref_span(h.start, h.end)
    gap = re.match(r"(?P<n>[\u4e00-\u9fff]{2,3})[ \t\u3000]+(?=[\u4e00-\u9fff]{4})", reference[rs:re_])
    if gap is None or not is_a_name(gap.group("n")):
        return h
    start = view.view_offset(rs + gap.end())
    return next((dataclasses.replace(a, start=a.start + start, end=a.end + start)
                 for a in find_agencies(view.text[start:h.end], ctx) if a.end == h.end - start), h)


def _inside_cited(h, cited_taken: bytearray) -> bool:
    """Whether the name lies wholly inside a cited document's title (关于支持…产业园建设的建议): a place so
    named is named in the text all the same."""
    return cited_taken.find(0, h.start, h.end) < 0


def extract_entities(source: SourceText, view: NormalisedView, structure: Structure, ctx: DocContext) -> EntityResult:
    text = view.text
    b = _Builder(source, view)
    g = gazetteer()
    taken = bytearray(len(text) + 1)
    area_hits = find_areas(text, ctx.area, ctx.province)

    def free(s: int, e: int) -> bool:
        return taken.find(1, s, e) < 0

    def take(s: int, e: int) -> None:
        taken[s:e] = b"\x01" * (e - s)

    # agencies first: their names contain area names (常州市工信局) that are not separate mentions
    levels = {ch: a.key for ch in "省市" if (a := level_area(ch, ctx)) is not None}
    inst_hits = find_institutions(text, _area_names(), levels)
    # an institution named after the body it belongs to (中国科学院工业人工智能研究所) is mentioned, not the body
    cited_hits = find_cited(text, structure.field_value("doc_number"), ctx.province)
    # a body's short form that opens a document's number (国办发〔2019〕14号) is the number's, no mention of the body
    numbers = [(h.start, h.end) for h in cited_hits if re.search(r"[〔\[【]", h.key)]
    agency_hits = [_after_a_names_gap(a, source.text, view, ctx) for a in find_agencies(text, ctx)
                   if not any(i.start == a.start and i.end - a.end >= 3 for i in inst_hits) and
                   not any(s <= a.start and a.end < e for s, e in numbers)]
    for h in agency_hits:
        links = []
        if h.area:
            links.append(("jurisdiction", "Area", h.area))
            area = g.get(h.area)
            if area is not None:
                # the area is mentioned when its name is written in the agency's name (常州市工信局),
                # implied otherwise (市工信局)
                lead = re.match(r"(?:中国共产党|中共|共青团|团)?", text[h.start:h.end]).end() + h.start
                written = [n for n in (area.key, area.name, *area.shorts) if text.startswith(n, lead)]
                if written:
                    _area_entity(b, area, lead, lead + len(max(written, key=len)))
                else:
                    _area_entity(b, area, h.start, h.end, mention=False)
        parent = _parent_agency(h.key, h.body)
        if parent:
            links.append(("partOf", "Agency", parent))
        if h.in_joint_form:  # 工 of 工青妇: the whole form is the alias
            b.add("Agency", h.key, h.start, h.end, (h.surface,), tuple(links), surface_alias=False)
        else:
            written_out = _committee_written_out(h.surface) + _city_written_before(text, h, g)
            b.add("Agency", h.key, h.start, h.end, (*(central_aliases(h.key) if not h.area else ()), *written_out),
                  tuple(links))
        take(h.start, h.end)
        park = managed_park(h.key, text[h.start:h.end]) or _zone_of_department(h)
        if park:
            # 咸宁高新区管委会: the committee manages a park, which the document names too
            b.add("Park", park[0], h.start, h.start + len(park[1]), park[1:], (("locatedIn", "Area", h.area),) if h.area else ())
    # a body's division (省工信厅科技处), and a footer's bare division, the issuer's (联系单位：资源开发与全域旅游推进处)
    for key, s, e, parent in _divisions(text, agency_hits, ctx.issuer):
        if free(s, e) or any(h.start == s for h in agency_hits):
            b.add("Agency", key, s, e, (), (("partOf", "Agency", parent),))
            take(s, e)
    for key, s, e, parent in _units_listed(text, agency_hits, ctx.issuer):  # (内设办公室、人事股…: named as listed too)
        if free(s, e):
            b.add("Agency", key, s, e, (text[s:e],), (("partOf", "Agency", parent),))
            take(s, e)
    agency_taken = bytes(taken)

    # named places and programmes (their names may contain areas and industries)
    industry_hits = find_industries(text)
    known = _Known(frozenset(ind.surface for ind in industry_hits), g.by_name)

    industry_names = frozenset(i.key for i in industry_hits)
    park_hits = find_parks(text, ctx.province, industry_names, ctx.area)
    park_hits += _own_level_parks(text, ctx, park_hits)
    own = g.get(ctx.area)
    own_names = tuple({own.name, *own.shorts}) if own else ()
    init_hits = find_initiatives(text, known, own_names)
    # named airports: carriers in operation, projects when being built (unless a park or programme covers them)
    for h in find_airports(text):
        found = park_hits if h.cls == "Park" else init_hits
        if not any(o.start < h.end and h.start < o.end for o in found):
            found.append(h)
    if own:
        cited_hits = find_own_plans(text, own.key, own_names) + cited_hits
    person_hits = find_persons(text)
    person_hits += [h for h in find_roster_persons(source.text, view)
                    if not any(o.start < h.end and h.start < o.end for o in person_hits)]

    cited_taken = bytearray(len(text) + 1)
    for h in cited_hits:
        if free(h.start, h.end) or h.key.startswith(("中共", "中国共产党")):
            _add_cited(b, h, own)
            take(h.start, h.end)
            cited_taken[h.start:h.end] = b"\x01" * (h.end - h.start)

    def only_cited_inside(s: int, e: int) -> bool:
        """What is taken in [s, e) is cited documents strictly inside it (深入贯彻中央八项规定精神学习教育)."""
        return taken[s:e] == cited_taken[s:e] and not (taken[s] and taken[e - 1])
    # a carrier named after its institution (中国科学院赣江创新研究院) is the park, not the institution
    inst_hits = [h for h in inst_hits if not any(p.start <= h.start and h.end < p.end for p in park_hits)]
    inst_taken = bytearray(len(text) + 1)  # areas in institutions' names are not mentions (重庆昌都完全中学)
    for h in inst_hits:
        if free(h.start, h.end):
            b.add("Agency", h.key, h.start, h.end, h.aliases)
            take(h.start, h.end)
            inst_taken[h.start:h.end] = b"\x01" * (h.end - h.start)
    # the furthest end of an initiative starting at or before a position
    spans = sorted((h.start, h.end) for h in init_hits if h.cls == "Initiative")
    starts = [a for a, _ in spans]
    reach_max: list[int] = []
    for _, e in spans:
        reach_max.append(max(e, reach_max[-1]) if reach_max else e)

    def reach(pos: int) -> int:
        i = bisect_right(starts, pos) - 1
        return reach_max[i] if i >= 0 else 0
    zone_spans = []  # names of parks and zones, whose sector words name the place, not a sector it aims at
    for h in park_hits:
        if not free(h.start, h.end) and not _named_after_agency(h, agency_hits, taken, agency_taken) and \
                not only_cited_inside(h.start, h.end) and not _inside_cited(h, cited_taken):
            continue
        if reach(h.start) > h.end and not text.startswith("建设", h.end) and not _project_sited_in(h, spans, text):
            continue  # the park's name is the start of a programme's name (一绿地区城市公园环);
            # building it (南昌都市圈建设) names the place too, and so does a project in it
        if text.startswith("项目", h.end) and not h.aliases and \
                not PROJECT_BODY.match(text, h.end):
            # 特色食品小镇项目, 众擎机器人全球生产制造中心项目: the project to build it is a named thing; the place it
            # builds stays a park (茴香羊产业园项目当年建成: 茴香羊产业园), but a town planned as a project is the
            # project only (谋划了特色茶叶小镇项目)
            b.add("Initiative", h.key + "项目", h.start, h.end + 2)
            take(h.start, h.end + 2)
            if h.key.endswith("小镇"):
                continue
        located = []
        for ah in _areas_in(area_hits, h.start, h.end):
            if ah.area.level != "region":  # a park lies in an administrative area
                located.append(("locatedIn", "Area", ah.area.key))
        if not located and ctx.area:
            located.append(("locatedIn", "Area", ctx.area))
        b.add("Park", h.key, h.start, h.end, h.aliases, tuple(located[:1]))
        if not _CARRIER_HEAD.search(h.key):
            zone_spans.append((h.start, h.end))
    # sections and paragraphs led by an agency (offsets of the structure are reference offsets)
    scopes = leading_scopes(structure, [m for m in b.mentions if m.cls == "Agency"])

    def source_start(view_offset: int) -> int:
        return view.ref_offset(view_offset)

    # a document cited by its title is not also a programme where only its quotes differ
    # (《中国开发区审核公告目录》 and “中国开发区审核公告目录”; a suggestion answered and quoted)
    cited_names = {_unquoted(h.key) for h in list(init_hits) + list(cited_hits) if h.cls == "CitedDocument"}
    park_keys = {k for c, k in b.entities if c == "Park"}
    for h in init_hits:
        if h.cls == "Initiative" and _unquoted(h.key) in cited_names:
            continue
        if h.cls == "Initiative" and h.key.endswith("建设") and _unquoted(h.key)[:-2] in park_keys:
            continue  # (围绕“国家产城融合发展示范区”建设: building a park is the park's, no programme of its own)
        titled = text[h.start:h.start + 1] == "《" or text[h.start - 1:h.start] in ("<", "〈")  # (a title inside one)
        if not free(h.start, h.end) and not titled and not (h.cls == "Initiative" and only_cited_inside(h.start, h.end)):
            continue
        if h.cls == "CitedDocument":
            _add_cited(b, h, own)
            take(h.start, h.end)
            continue
        lead = _lead_agency(text, h, agency_hits) or scope_agency(scopes, source_start(h.start))
        b.add("Initiative", h.key, h.start, h.end, h.aliases + _initiative_forms(text, h),
              (("leadAgency", "Agency", lead),) if lead else ())
    # quoted working groups (“…专班”) are agencies
    for m in re.finditer(r"“(?P<q>[^“”\n]{2,30}专班)”", text):
        b.add("Agency", m.group("q"), m.start("q"), m.end("q"))
    for h in person_hits:
        b.add("Person", h.key, h.start, h.end, (), (), h.literals)

    # areas anywhere outside the names of agencies and institutions (documents' titles do mention areas)
    for ah in area_hits:
        if agency_taken[ah.start] or inst_taken[ah.start]:
            continue
        _area_entity(b, ah.area, ah.start, ah.end)

    # industries: scheme concepts and named chains
    events_and_projects = [(h.start, h.end) for h in init_hits if h.cls == "Initiative" and
                           (_EVENT_HEAD.search(h.key) or h.key.endswith("项目"))]
    for ih in industry_hits:
        if any(a <= ih.start and ih.end <= e for a, e in zone_spans):
            continue  # 宿迁生态化工科技产业园, 循环经济产业园, 连云港石化产业基地: the place's name, not a sector aimed at
        if taken[ih.start] or any(a <= ih.start < b for a, b in events_and_projects):
            continue  # (工程机械国际展览会, 湖南先进制造业推介会: an event named after a sector does not aim at it;
            # nor does a project built for one, 新能源船舶制造项目: it is the project's own word)
        c = concept(ih.key)
        links = tuple(("broader", "Industry", x) for x in c.broader) if c else ()
        # the node is the scheme's concept: it answers to the scheme's other names too (文旅 = 文化旅游)
        written_out = ih.surface != text[ih.start:ih.end]  # 磷 of 磷、煤、氟化工: the word alone is no name of 磷化工
        b.add("Industry", ih.key, ih.start, ih.end, _sector_forms(text, ih) + (c.aliases if c else ()), links,
              surface_alias=not written_out)

    prefixes = tuple(sorted({ah.surface for ah in area_hits}, key=len, reverse=True))
    b.merge_place_prefixed("Initiative", prefixes)
    b.merge_place_prefixed("Park", prefixes)
    b.merge_place_bracketed("Park")
    b.merge_defined_short_forms(text)
    b.merge_same_span("Initiative")  # (an agency's span may name two bodies: 青海、甘肃省发展改革委)
    return b.result()


# an innovation carrier named after the field it works on (江苏省石墨烯创新中心, 武进工业互联网研究院): the field is a
# sector the policy aims at, unlike the sector word in a park's or a zone's name
_CARRIER_HEAD = re.compile(r"(?:中心|研究院|研究所|实验室|平台)$")


# a division of a body, written right after it or alone in a reply's contact line
_BRACKETED_DIVISION = re.compile(r"[（(](?P<d>[\u4e00-\u9fff]{2,10}?(?:处|科))[）)]")
_DIVISION_NAME = r"[\u4e00-\u9fff]{2,8}?(?<![实好难到各此之长用益深住出短去])(?:处|科)"
_DIVISION = re.compile(rf"(?P<d>{_DIVISION_NAME})(?=[\s，。；、：（\n）)]|$|将|会同|负责|牵头|供稿)")
# a contact's division and name, which the view writes without the space between them (…局规划发展处高建；)
_DIVISION_BEFORE_NAME = re.compile(rf"(?P<d>{_DIVISION_NAME})(?P<n>[\u4e00-\u9fff]{{2,3}})(?=[;；，,（(\s]|电话|$)")
# a reply's own division (我局技术改造投资科; 我委县域处和经服处): the issuer's, when its kind is the issuer's
# (处理, 科技: words that go on, no division's end)
_NOT_DIVISION_END = r"(?![理置罚分于在长技学研普级室])"
_SELF_DIVISION = re.compile(rf"我(?P<kind>局|委|厅|办)(?P<d>{_DIVISION_NAME}){_NOT_DIVISION_END}"
                            rf"(?:[和、及与](?P<d2>[\u4e00-\u9fff]{{2,8}}?(?:处|科)){_NOT_DIVISION_END})?")
_SELF_KIND = {"局": ("局",), "委": ("委", "委员会"), "厅": ("厅",), "办": ("办", "办公室")}
_BRANCH = re.compile(r"(?P<place>[\u4e00-\u9fff]{2,6}?)分局")
_NOT_A_DIVISION = re.compile(r"[的和与及在对将]|要求|部署|落实")
_CONTACT_UNIT = re.compile(r"(?:联系|承办)单位(?:及承办人)?[：][ \t]*(?P<d>[\u4e00-\u9fff]{2,14}?(?:处|科))(?=[\u4e00-\u9fff]{2,3}(?:[\s（电]|$)|[\s（，]|$)")


# a body's internal divisions and the units under it, listed after 内设 or 下辖 (…局正科级行政单位,内设办公室、人事股、
# 财计股…21个股室和直属单位; 下辖…管理处、路灯管理所): each item a division's or a unit's name
_UNITS_LISTED = re.compile(r"(?:内设|下设|下辖)(?:机构)?(?:有)?[：]?(?P<list>[\u4e00-\u9fff、]{4,400}?)(?=[0-9，。；（\n]|等)")
_UNIT_ITEM = re.compile(r"[\u4e00-\u9fff]{1,12}(?:股|科|室|处|办|中心|站|所|馆|院|队)")


def _units_listed(text: str, agency_hits, issuer: str | None):
    """(key, start, end, parent) of the divisions and units a body's description lists (内设办公室、人事股…), under the
    body named last before the list in its sentence, or the issuer."""
    for m in _UNITS_LISTED.finditer(text):
        sentence = max(text.rfind(c, 0, m.start()) for c in "。；\n") + 1
        parent = next((h.key for h in reversed(agency_hits) if sentence <= h.start and h.end <= m.start() and h.area),
                      issuer)
        items = m.group("list").split("、")
        if parent is None or len(items) < 3:
            continue  # (内设机构 named one by one in prose: no list)
        pos = m.start("list")
        for item in items:
            if _UNIT_ITEM.fullmatch(item) and not item.startswith(("各", "有关", "相关")):
                yield parent + item, pos, pos + len(item), parent
            pos += len(item) + 1


def _divisions(text: str, agency_hits, issuer: str | None):
    """(key, start, end, parent body) of the divisions of bodies the text names: 省工信厅科技处 → 湖南省工业和信息化厅科技处."""
    for h in agency_hits:
        branch = _BRANCH.match(text, h.end)
        if h.area and branch and branch.group("place") in gazetteer().by_name:
            # 济宁市生态环境局曲阜市分局: a city bureau's branch in one of its counties or districts
            yield h.key + branch.group(0), h.start, branch.end(), h.key
            continue
        m = _DIVISION.match(text, h.end)
        if m is None:
            m = _DIVISION_BEFORE_NAME.match(text, h.end)
            m = m if m and is_a_name(m.group("n")) else None
        if h.area and m and not _NOT_A_DIVISION.search(m.group(0)):
            yield h.key + m.group("d"), h.start, m.end("d"), h.key
        m = _BRACKETED_DIVISION.match(text, h.end)
        if h.area and m:  # 报送省工业和信息化厅(产业政策处): where in the body the papers go
            yield h.key + m.group("d"), h.start, m.end(), h.key
    if issuer:
        for m in _CONTACT_UNIT.finditer(text):
            if not any(h.start <= m.start("d") < h.end for h in agency_hits):
                yield issuer + m.group("d"), m.start("d"), m.end("d"), issuer
        for m in _SELF_DIVISION.finditer(text):
            if not issuer.endswith(_SELF_KIND[m.group("kind")]):
                continue
            for g in ("d", "d2"):
                if m.group(g) and not _NOT_A_DIVISION.search(m.group(g)):
                    yield issuer + m.group(g), m.start(g), m.end(g), issuer


_EVENT_HEAD = re.compile(r"(?:博览会|展览会|交易会|洽谈会|洽谈周|经贸周|推介会|论坛|峰会|大会|会议|年会|节|赛)$")


def _unquoted(name: str) -> str:
    return re.sub(r"[“”《》]", "", name)


def _add_cited(b: _Builder, h: Hit, own) -> None:
    """A cited document under its full title (own_plan_title), with the forms it is cited by."""
    key, more = own_plan_title(h.key, own)
    b.add("CitedDocument", key, h.start, h.end, (*h.aliases, *more, *_issuer_dropped(key)))


def _sector_forms(text: str, ih) -> tuple[str, ...]:
    """The names a sector is written with besides its scheme word: with 业, 经济 or 制造 (科技服务业, 海洋经济,
    轻工制造), or in quotes (“票根经济”)."""
    surface = text[ih.start:ih.end]
    out = []
    if _SECTOR_YE.match(text, ih.end) and not ih.surface.endswith("业"):
        out.append(surface + "业")
    if text.startswith("经济", ih.end) and not surface.endswith("经济"):
        out.append(surface + "经济")
    if text.startswith("制造", ih.end) and not surface.endswith(("制造", "制造业")):
        out.append(surface + "制造")  # 轻工制造区: the sector's manufacturing
    if text[ih.start - 1:ih.start] == "“" and text[ih.end:ih.end + 1] == "”":
        out.append("“" + surface + "”")
    cluster = _CLUSTER_AFTER.match(text, ih.end)
    if cluster and not ih.in_scheme:
        out.append(surface + cluster.group(0))  # 呼包鄂低空经济产业集群, 滇中稀贵金属集群: a named cluster's own name
    return tuple(out)


_CLUSTER_AFTER = re.compile(r"产业集群|集群")


_SECTOR_YE = re.compile(r"业(?![态务主绩界内者余已务])")


def _named_after_agency(h: Hit, agency_hits, taken, agency_taken) -> bool:
    """A carrier named after the agency that runs it (中国科学院赣江创新研究院): the agency leads the park's
    name, which goes on with a name of its own."""
    lead = next((a for a in agency_hits if a.start == h.start and a.end < h.end), None)
    return lead is not None and h.end - lead.end >= 4 and taken[h.start:h.end] == agency_taken[h.start:h.end] \
        and not any(taken[lead.end:h.end])


def _issuer_dropped(title: str) -> tuple[str, ...]:
    """落实国家新一轮重点行业稳增长方案, 我省共建…建设方案: the document's own title, without who issued or
    adopts it and which round it is."""
    m = re.match(r"^(?:国家新一轮|国家|我省|我市|我区|新一轮|新版)", title)
    return (title[m.end():],) if m and len(title) - m.end() >= 6 else ()


def _initiative_forms(text: str, h: Hit) -> tuple[str, ...]:
    """A slogan written in quotes (“保交房”) goes by its quoted form too, and a programme goes by its name without
    the level that runs it (国家“双高计划” → “双高计划”, 省级科技创新攻坚计划 → 科技创新攻坚计划)."""
    out = []
    if text[h.start - 1:h.start] == "“" and text[h.end:h.end + 1] == "”" and "“" not in h.key:
        out.append("“" + h.key + "”")
    surface = text[h.start:h.end]
    if surface.count("“") > surface.count("”") and text[h.end:h.end + 1] == "”":
        surface += "”"  # 国家“双高计划”: the name ends inside the quotes
    level = _RUN_BY_LEVEL.match(surface)
    if level and len(surface) - level.end() >= 4:
        rest = surface[level.end():]
        out.append(rest)
        if rest.startswith("“") and rest.count("“") == 1 and rest.count("”") == 1:
            out.append(rest[1:rest.index("”")] + rest[rest.index("”") + 1:])  # 国家“双高计划” → 双高计划
    return tuple(out)


# the level that runs a programme, written before its name; not the first character of a word (市场, 市域, 省属,
# 市政, 省直, 市郊, 省以下: 市场准入负面清单制度 has no level to drop)
_RUN_BY_LEVEL = re.compile(r"^(?:国家级|国家|省级|市级|县级|全国|全省|全市|省|市)(?![级内外会场域属政民容区县直情郊以（(])")


def _areas_in(hits, s: int, e: int):
    """Area hits inside [s, e)."""
    return [h for h in hits if s <= h.start and h.end <= e]


_PARENT_BODIES = {
    "人大常委会人事代表工作委员会": "人民代表大会常务委员会",
    "人大常委会办公室": "人民代表大会常务委员会",
    "人大常委会办公厅": "人民代表大会常务委员会",
    "人民代表大会常务委员会": "人民代表大会",
    "人民政府办公室": "人民政府",
    "人民政府办公厅": "人民政府",
    "人民政府研究室": "人民政府",
}


def _zone_of_department(h: AgencyHit) -> tuple[str, ...] | None:
    """The zone a department is named after (曲靖经济技术开发区建设局 → 曲靖经济技术开发区), when the zone is no area."""
    if not h.body or not h.key.endswith(h.body):
        return None
    zone = h.key[:-len(h.body)]
    if not h.surface.startswith(zone) or resolve_area_path(zone) is not None:
        return None
    return managed_park(zone + "管理委员会", zone + "管理委员会")


def _parent_agency(key: str, body: str | None) -> str | None:
    """The agency a body belongs to: 常州市人民政府办公室 → 常州市人民政府; 中共X市委组织部 → 中共X市委."""
    if not body:
        return None
    if body.startswith("中国共产党") and body != "中国共产党委员会" and key.endswith(("部", "办公室", "办公厅", "委员会")) \
            and "委员会" in key[:-3]:
        i = key.find("委员会")
        if i + 3 < len(key):
            return key[: i + 3]
    if body.endswith("小组办公室"):
        return key[:-3]  # a group's office (…领导小组办公室) belongs to the group
    parent_body = _PARENT_BODIES.get(body)
    if parent_body:
        return key[: len(key) - len(body)] + parent_body
    return None


def _lead_agency(text: str, h: Hit, agencies) -> str | None:
    """An agency named as the subject of the sentence that names the initiative (市科技局…实施…工程)."""
    sent_start = max(text.rfind("。", 0, h.start), text.rfind("\n", 0, h.start)) + 1
    best = None
    for a in agencies:
        if sent_start <= a.start < h.start and a.end <= h.start:
            between = text[a.end:h.start]
            if "，" in between[:1]:
                continue
            best = a.key
    return best
