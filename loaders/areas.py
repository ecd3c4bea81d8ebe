"""Administrative areas: the GB/T 2260 gazetteer, short forms, and resolution in a document's context.

Data: `lexicons/areas.csv` (GB/T 2260 divisions), `lexicons/regions.csv` (named multi-area regions),
`lexicons/area_stoplist.txt` and `lexicons/area_common_words.csv` (short forms that are ordinary words). Canonical names follow the gold
conventions: provinces and cities by their full name (`河北省`, `常州市`), districts (区) prefixed by their
city (`常州市新北区`, `北京市通州区`), counties and county-level cities by their own name.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .lexicon import csv_rows

_LEX = resources.files(__package__).joinpath("lexicons")

# ethnic names stripped from autonomous areas' short forms (广西壮族自治区 → 广西); the 56 recognised
# nationalities, as listed by the State Ethnic Affairs Commission
_NATIONS = (
    "蒙古 回 藏 维吾尔 苗 彝 壮 布依 朝鲜 满 侗 瑶 白 土家 哈尼 哈萨克 傣 黎 傈僳 佤 畲 拉祜 水 东乡 纳西 景颇 "
    "柯尔克孜 土 达斡尔 仫佬 羌 布朗 撒拉 毛南 仡佬 锡伯 阿昌 普米 塔吉克 怒 乌孜别克 俄罗斯 鄂温克 德昂 保安 "
    "裕固 京 塔塔尔 独龙 鄂伦春 赫哲 门巴 珞巴 基诺 高山"
).split()


@dataclass(frozen=True)
class Area:
    key: str  # canonical name (the Entity key)
    name: str  # official name as in GB/T 2260 (or the region's name)
    level: str  # province | city | county | region
    code: str | None  # GB/T 2260 code
    parent: str | None  # key of the containing area
    province: str | None  # key of the province-level area it lies in
    shorts: tuple[str, ...] = ()
    char_members: tuple[str, ...] = ()  # 京津冀: one member per character of the name
    abbrev_only: bool = False  # 京津: not a region of its own, only its members
    members: tuple[str, ...] = ()  # a region named in the text after its centre (南昌都市圈 → 南昌市)


def _strip_ethnic(stem: str) -> str:
    """`延边朝鲜族` → `延边`, `恩施土家族苗族` → `恩施`."""
    changed = True
    while changed and stem.endswith("族"):
        changed = False
        for n in sorted(_NATIONS, key=len, reverse=True):
            if stem.endswith(n + "族") and len(stem) - len(n) - 1 >= 2:
                stem = stem[: -len(n) - 1]
                changed = True
                break
    return stem


def short_forms(name: str, level: str) -> tuple[str, ...]:
    """Forms an area goes by without its type word: 常州市 → 常州, 内蒙古自治区 → 内蒙古, 新北区 → 新北; an autonomous
    prefecture, county or banner also with its level word (孟连傣族拉祜族佤族自治县 → 孟连, 孟连县, 孟连自治县)."""
    for suffix in ("特别行政区", "自治区", "自治州", "自治县", "自治旗", "地区", "新区", "省", "市", "区", "县", "盟", "旗"):
        if name.endswith(suffix):
            stem = name[: -len(suffix)]
            if suffix.startswith("自治"):
                stem = _strip_ethnic(stem)
            if suffix == "新区" and level == "county":
                return ()
            if len(stem) >= 2:
                # an autonomous prefecture, county or banner also goes by its stem with its level (恩施州, 孟连县), or
                # with its kind without the peoples' names (松桃自治县)
                return (stem, stem + suffix[-1], stem + suffix) if suffix in ("自治州", "自治县", "自治旗") else (stem,)
            return ()
    return ()


@dataclass(frozen=True)
class Gazetteer:
    by_key: dict[str, Area]
    by_code: dict[str, Area]
    by_name: dict[str, tuple[Area, ...]]  # official name, key and short forms → areas
    stop: frozenset[str]  # short forms that are words: the area only in documents of its own province
    region_members: dict[str, tuple[str, ...]]
    common: frozenset[str] = frozenset()  # county short forms that are common words: never the county

    def get(self, key: str | None) -> Area | None:
        """By key (长治市沁县), or by an official name only one area has (沁县)."""
        if not key:
            return None
        a = self.by_key.get(key)
        if a is None:
            named = [x for x in self.by_name.get(key, ()) if x.name == key]
            a = named[0] if len(named) == 1 else None
        return a

    def ancestors(self, area: Area) -> list[Area]:
        out = []
        a = self.by_key.get(area.parent) if area.parent else None
        while a is not None:
            out.append(a)
            a = self.by_key.get(a.parent) if a.parent else None
        return out


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
    raw = csv_rows("areas.csv")
    by_code_name = {r["code"]: r for r in raw}
    areas: dict[str, Area] = {}
    by_code: dict[str, Area] = {}
    code_key: dict[str, str] = {}
    for r in raw:  # sorted by code: parents come first
        level, parent_code = r["level"], r["parent_code"] or None
        name = r["name"]
        parent_key = code_key.get(parent_code) if parent_code else None
        key = name
        # county names repeat across the country (six 通州/和平/新城…): a county-level area is named with its
        # city or municipality (唐山市曹妃甸区, 沧州市黄骅市); those directly under a province keep their name
        if level == "county" and parent_key and (areas[parent_key].level == "city" or name.endswith("区")):
            key = parent_key + name
        province_code = r["code"][:2] + "0000"
        province = by_code_name.get(province_code, {}).get("name")
        a = Area(key, name, level, r["code"], parent_key, province, short_forms(name, level))
        areas[key] = a
        by_code[r["code"]] = a
        code_key[r["code"]] = key
    members: dict[str, tuple[str, ...]] = {}
    for r in csv_rows("regions.csv"):
        aliases = tuple(x for x in r["aliases"].split(";") if x)
        part_of = r["part_of"] or None
        prov = None
        if part_of and part_of in areas:
            pa = areas[part_of]
            prov = pa.key if pa.level == "province" else pa.province
        mem = tuple(x for x in r["members"].split(";") if x)
        per_char = (r.get("per_char") or "").strip()
        char_members = mem if per_char in ("yes", "abbrev") and len(mem) == len(r["name"]) else ()
        if (r.get("new_area") or "").strip() == "yes":
            # 两江新区, 贵安新区: a national-level new area is an area of its province, without a GB/T 2260 code
            areas[r["name"]] = Area(r["name"], r["name"], "new_area", None, part_of, prov, aliases)
            continue
        areas[r["name"]] = Area(r["name"], r["name"], "region", None, part_of, prov, aliases,
                                char_members, per_char == "abbrev")
        members[r["name"]] = mem
    by_name: dict[str, list[Area]] = {}
    for a in areas.values():
        for n in {a.name, a.key, *a.shorts}:
            by_name.setdefault(n, []).append(a)
    with _LEX.joinpath("area_stoplist.txt").open(encoding="utf-8") as f:
        stop = {ln.strip() for ln in f if ln.strip() and not ln.startswith("#")}
    with _LEX.joinpath("area_common_words.csv").open(encoding="utf-8") as f:
        common = frozenset(ln.split(",")[0] for ln in f if ln.strip() and not ln.startswith("#"))
    return Gazetteer(areas, by_code, {k: tuple(v) for k, v in by_name.items()}, frozenset(stop), members, common)


_LEVEL_RANK = {"province": 0, "region": 1, "city": 2, "new_area": 3, "county": 3}


def resolve_area(name: str, area: str | None = None, province: str | None = None,
                 mentioned: frozenset[str] = frozenset()) -> Area | None:
    """The area a name refers to, preferring the document's area, then its province, then areas the
    document mentions elsewhere (`mentioned`: keys), then the higher level; None when nothing fits."""
    g = gazetteer()
    cands = g.by_name.get(name, ())
    if not cands:
        return None
    if len(cands) == 1:
        return cands[0]
    ctx = g.get(area)
    ctx_chain = {ctx.key, *(a.key for a in g.ancestors(ctx))} if ctx else set()

    def score(a: Area):
        chain = {a.key, *(x.key for x in g.ancestors(a))}
        s = 0
        if a.key in ctx_chain:
            s += 8  # the document's own area or one containing it
        if ctx and (a.parent == ctx.key):
            s += 6
        if province and a.province == province:
            s += 3
        if chain & mentioned - {a.key}:
            s += 1
        exact = a.name == name or a.key == name
        return (s, exact, -_LEVEL_RANK[a.level])

    return max(cands, key=score)


def official_prefix(area: Area) -> str:
    """The area's name as its bodies carry it: a county or county-level city by its own name (沁县人民政府,
    旬阳市发展和改革局), a district with its city (晋城市城区发展和改革局, 重庆市巴南区…), others by their key."""
    if area.level == "county" and not area.name.endswith("区"):
        return area.name
    return area.key


def area_name_at_start(name: str, longest: int = 4) -> str | None:
    """The longest area name (2 to `longest` characters) that `name` starts with."""
    g = gazetteer()
    return next((name[:k] for k in range(longest, 1, -1) if name[:k] in g.by_name), None)


def official_area_at(text: str, i: int) -> bool:
    """Whether an area's official name (天津市, 许昌市; not a short form such as 许昌, nor a region) starts at `i`."""
    g = gazetteer()
    return any(text.startswith(a.name, i) or text.startswith(a.key, i)
               for n in range(3, 9) for a in g.by_name.get(text[i:i + n], ()) if a.level != "region")


def area_name_at_end(name: str, longest: int = 4) -> str | None:
    """The longest area name (2 to `longest` characters) that `name` ends with."""
    g = gazetteer()
    return next((name[-k:] for k in range(longest, 1, -1) if name[-k:] in g.by_name), None)


def resolve_area_path(name: str) -> Area | None:
    """An area written alone or after the areas that contain it (辽宁省抚顺市, 山西省晋城市城区, 宁夏银川市西夏区):
    each part is read inside the one before it, so that a name many places share (城区) is the right one."""
    g = gazetteer()
    here, i = None, 0
    while i < len(name):
        for j in range(len(name), i, -1):
            inside = [a for a in g.by_name.get(name[i:j], ())
                      if here is None or here.key in {x.key for x in g.ancestors(a)}]
            if len(inside) == 1 or here is None and inside:
                here = inside[0] if len(inside) == 1 else resolve_area(name[i:j])
                i = j
                break
        else:
            return None
    return here


@lru_cache(maxsize=1)
def _names_by_prefix() -> tuple[re.Pattern[str], dict[str, tuple[tuple[str, tuple], ...]]]:
    """Every official name and every short form, for leftmost-longest matching; whether a short form
    counts is decided in the document's context (find_areas). Looked up by their first two characters, at the
    positions holding a first character (an Aho-Corasick automaton scans its ~900 first characters one by one
    at every position of the text, three times slower)."""
    g = gazetteer()
    by_prefix: dict[str, list[tuple[str, tuple]]] = {}
    for n, cands in g.by_name.items():
        if len(n) < 2:
            continue
        # (an autonomous area's stem with its whole kind, 松桃自治县, is as plain as its official name)
        official = any(n in (a.name, a.key) for a in cands) or n.endswith(("自治州", "自治县", "自治旗"))
        two_char_county = official and len(n) <= 2 and all(a.level == "county" for a in cands)
        if two_char_county and not n.endswith(("县", "旗")):
            continue  # 城区, 郊区: too generic to find in running text
        # (兴县, 费县: only in documents of their own province, and not inside a word, 振兴县域: see find_areas)
        # 资源, 通道, 富裕, 天门: words as well as counties' short forms, taken only as items of a list of areas
        listed_only = not official and n in g.common and all(a.level == "county" for a in cands)
        by_prefix.setdefault(n[:2], []).append((n, (official, n in g.stop or listed_only or two_char_county, listed_only)))
    first_chars = re.compile("[" + "".join(sorted({re.escape(p[0]) for p in by_prefix})) + "]")
    return first_chars, {p: tuple(names) for p, names in by_prefix.items()}


def _name_matches(text: str):
    """(start, name, (official, stop, listed only)) for every name of _names_by_prefix written in `text`,
    overlapping ones included."""
    first_chars, by_prefix = _names_by_prefix()
    get = by_prefix.get
    for m in first_chars.finditer(text):
        s = m.start()
        for n, flags in get(text[s:s + 2], ()):
            if text.startswith(n, s):
                yield s, n, flags


@dataclass(frozen=True)
class AreaHit:
    start: int  # offsets in the searched text
    end: int
    surface: str
    area: Area


def _usable(n: str, official: bool, stop: bool, cands: tuple[Area, ...], ctx: Area | None,
            ctx_city: Area | None, province: str | None) -> tuple[Area, ...]:
    """The candidates a name may mean in this document; () when the name is not taken as an area here.

    Official names always count, but for the few that are also everyday words (新城区). A short form or such
    a name that is an everyday word (stoplist) counts only for an area of the document's own province (阿里,
    山南 in a Xizang report). A county's short form counts
    in documents of its own city, or of its own province when no other area of the province has it."""
    if official and not stop:
        return cands
    provinces = tuple(a for a in cands if a.level == "province")
    if provinces:
        return provinces  # 河北, 海南: a province's short form wins over a county's
    own_province = tuple(a for a in cands if province and (a.province == province or a.key == province))
    if stop and not own_province:
        return ()
    if stop:
        cands = own_province
    higher = tuple(a for a in cands if a.level != "county")
    if higher:
        return higher
    if ctx_city is not None:
        in_city = tuple(a for a in cands if a.parent == ctx_city.key)
        if len(in_city) == 1:
            return in_city
    if ctx is not None and ctx.level == "province" and len(own_province) == 1 and \
            not own_province[0].name.endswith("区"):
        return own_province  # a county's short form in a provincial report; a district's (新建, 中原) is a word there
    return ()


def _after_own_city(text: str, start: int, cands: tuple[Area, ...], g) -> tuple[tuple[Area, ...], int]:
    """沈阳浑南科技城, 福州长乐国际机场: a county's or district's short form right after its own city's name is that
    county, whatever the document (the city written before it leaves no doubt); with where the city's name starts."""
    out, city_start = [], start
    for a in cands:
        city = g.get(a.parent) if a.level == "county" else None
        form = next((f for f in (city.name, *city.shorts) if f and text.endswith(f, 0, start)), None) if city else None
        if form:
            out.append(a)
            city_start = start - len(form)
    return tuple(out), city_start


_DIRECTIONS = ("东北", "东南", "西北", "西南", "中南", "东", "西", "南", "北", "中")


@lru_cache(maxsize=1)
def _province_abbreviations() -> dict[str, tuple[str, ...]]:
    return {r["province"]: tuple(x for x in r["abbreviations"].split(";") if x)
            for r in csv_rows("area_province_abbreviations.csv")}


@lru_cache(maxsize=1)
def province_characters() -> str:
    """Every one-character abbreviation of the province-level areas, the common ones (新, 京) included."""
    return "".join(x for r in csv_rows("area_province_abbreviations.csv")
                   for col in ("abbreviations", "other") for x in r[col].split(";") if x)


def find_subregions(text: str, province: str | None) -> list[tuple[int, int, Area]]:
    """Parts of the document's province named by its abbreviation and a direction (赣东北, 豫西, 川南):
    regions of their own, part of the province. Not when the direction goes on (川东西部, 苏中亚) or the
    abbreviation ends a word (江苏中部)."""
    g = gazetteer()
    out = []
    for abbr in _province_abbreviations().get(province or "", ()):
        for m in re.finditer(re.escape(abbr) + "(?:" + "|".join(_DIRECTIONS) + ")", text):
            s, e = m.span()
            if text[e:e + 1] in "东西南北中部亚方面洋侧边" or (s > 0 and (text[s - 1:e] in g.by_name or
                                                                        text[s - 1:s + 1] in g.by_name or
                                                                        text[s - 1:s + 1] in common_words())):
                continue
            if m.group(0) in g.by_name:
                continue  # 湘西: an autonomous prefecture, found as such
            out.append((s, e, Area(m.group(0), m.group(0), "region", None, province, province)))
    return out


def find_areas(text: str, area: str | None = None, province: str | None = None) -> list[AreaHit]:
    """Area mentions in `text`, leftmost-longest, resolved in the document's context."""
    g = gazetteer()
    ctx = g.get(area)
    ctx_city = None
    if ctx is not None:
        ctx_city = ctx if ctx.level == "city" or ctx.key in _MUNICIPALITIES else (
            g.get(ctx.parent) if ctx.level == "county" else None)
    raw: list[tuple[int, int, str, tuple[Area, ...]]] = []
    listed_only = set()
    confirmed: set[int] = set()  # where a city and a county of it written right after it start
    for start, n, (official, stop, only_listed) in _name_matches(text):
        end = start + len(n)
        if n.endswith("区") and text[end:end + 1] == "域":
            continue  # 西安区域: 区域, not a district
        cands = _usable(n, official, stop, g.by_name[n], ctx, ctx_city, province)
        if not cands:
            cands, city_start = _after_own_city(text, start, g.by_name[n], g)
            if cands:
                confirmed.update((start, city_start))  # (福州长乐: 州长 is a word, but not here)
        if cands:
            raw.append((start, end, n, cands))
            if only_listed:
                listed_only.add(start)
    raw += [(s, e, a.name, (a,)) for s, e, a in find_subregions(text, province)]
    # provinces first (美丽江西: 江西, not 丽江), then leftmost-longest (南昌都市圈: 南昌, not 昌都市)
    raw.sort(key=lambda x: (all(a.level != "province" for a in x[3]), x[0], -(x[1] - x[0])))
    chosen: list[tuple[int, int, str, tuple[Area, ...]]] = []
    occupied = bytearray(len(text) + 1)
    for item in raw:
        if occupied.find(1, item[0], item[1]) >= 0:
            continue
        chosen.append(item)
        occupied[item[0]:item[1]] = b"\x01" * (item[1] - item[0])
    chosen.sort(key=lambda x: x[0])
    hiding = [m.span() for m in _names_hiding_areas().finditer(text)]
    chosen = [c for c in chosen if not any(hs <= c[0] and c[1] <= he for hs, he in hiding)]
    chosen = [c for i, c in enumerate(chosen) if c[0] not in listed_only or _listed_with_areas(text, chosen, i)]
    mentioned = frozenset(c[0].key for _, _, _, c in chosen if len(c) == 1)
    words = common_words()
    hits: list[AreaHit] = []
    for s, e, n, cands in chosen:
        a = cands[0] if len(cands) == 1 else resolve_area(n, area, province, mentioned)
        if a is None or a not in cands:
            a = max(cands, key=lambda x: (x.province == province, -_LEVEL_RANK[x.level]))
        if a.level == "county" and (n not in (a.name, a.key) or len(n) == 2) and s not in confirmed:
            # a county's short form or two-character name: not when its edge characters belong to a neighbouring word
            # (扩大关键 ≠ 大关, 固安全 ≠ 固安) or it names a mountain or a lake (天山, 贺兰山, 鄱阳湖)
            if text[s - 1:s + 1] in words or text[e - 1:e + 1] in words or text[e:e + 1] in "山湖" \
                    or n.startswith("和"):
                continue
        if a.level == "county" and a.province != province and n == a.name and n[:-1] in g.common and \
                text[s - 1:s] in "局委办厅府门位":
            continue  # 县农业农村局会同县工信商科局: the verb 会同 ("with") before the county's own bureau, not 会同县
        if a.level == "city" and n not in (a.name, a.key) and len(n) == 2 and s not in confirmed and \
                (text[s - 1:s + 1] in words or text[e - 1:e + 1] in words):
            continue  # 医保定点 ≠ 保定: a city's short form glued into neighbouring words
        if _ROAD.match(text, e):
            continue  # 蒸湘南路, 长沙路: a street named after the place
        if n in _DIRECTIONS and _among_directions(text, s, e):
            continue  # 东北、西北、西南、东南四个片区: compass points of a list, not the region 东北
        if a.level == "county" and n.endswith("城市") and a.province != province:
            continue  # 适应城市 is not 应城市 (a county-level city elsewhere)
        # 京津 (a form only): its members are named; 京津冀 (a region of its own): the region is, and its
        # members are its pkg:memberArea, not mentions of their own
        if a.char_members and n == a.name and a.abbrev_only:
            for i, member in enumerate(a.char_members):
                m = g.by_key.get(member)
                if m is not None:
                    hits.append(AreaHit(s + i, s + i + 1, n[i], m))
            if a.abbrev_only:
                continue
        metro = _METRO_REGION.match(text, e)
        if metro and (a.level == "city" or a.key in _MUNICIPALITIES):
            # 南昌都市圈, 长春现代化都市圈: the metropolitan region around the city, a region of its own
            name = n + metro.group(0)
            hits.append(AreaHit(s, metro.end(), name, Area(name, name, "region", None, a.province, a.province,
                                                            members=(a.key,))))
            continue
        hits.append(AreaHit(s, e, n, a))
    return hits


_ROAD = re.compile(r"[东南西北中]?(?:路|大道|大街)(?![线径演费况子])")
_METRO_REGION = re.compile(r"(?:现代化)?(?:大)?都市圈")


def _among_directions(text: str, s: int, e: int) -> bool:
    """A compass word listed beside another one (东北、西北, 东南和西南)."""
    two = ("东北", "东南", "西北", "西南")
    before = text[max(0, s - 3):s]
    after = text[e:e + 3]
    return any(after[:1] in "、和与及" and after[1:].startswith(d) or
               before[-1:] in "、和与及" and before[:-1].endswith(d) for d in two)


_MUNICIPALITIES = frozenset({"北京市", "天津市", "上海市", "重庆市"})


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Two-character words of everyday Chinese (lexicons/common_words.txt)."""
    with _LEX.joinpath("common_words.txt").open(encoding="utf-8") as f:
        return frozenset(ln.strip() for ln in f if ln.strip() and not ln.startswith("#"))


@lru_cache(maxsize=1)
def _names_hiding_areas() -> re.Pattern[str]:
    """Names that contain an area's name without mentioning the area (上海合作组织): lexicons/names_hiding_areas.txt."""
    with _LEX.joinpath("names_hiding_areas.txt").open(encoding="utf-8") as f:
        names = [ln.strip() for ln in f if ln.strip() and not ln.startswith("#")]
    return re.compile("|".join(map(re.escape, sorted(names, key=len, reverse=True))))


def _listed_with_areas(text: str, chosen, i: int) -> bool:
    """Whether the i-th area name stands in a list (、 和 及) right beside another area name (天门、仙桃、潜江)."""
    s, e = chosen[i][0], chosen[i][1]
    before = i > 0 and chosen[i - 1][1] == s - 1 and text[s - 1] in "、和及"
    after = i + 1 < len(chosen) and chosen[i + 1][0] == e + 1 and text[e] in "、和及"
    return before or after
