"""Surface scanning of quantities: where a number with its unit is written, and what it says.

Works on the normalised view (no page breaks or stray spaces inside `8 家`); the caller maps the
view spans back to the reference text. This stage knows nothing about tense, years or agencies:
it returns the span, the value in base units, the unit without scale words and the comparator.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from .numerals import clean_decimal, parse_number, try_parse_number
from .quantity_lexicon import QuantityLexicon, load_lexicon


@dataclass(frozen=True)
class SurfaceQuantity:
    start: int  # view offsets of the span (number … unit … 以上/左右)
    end: int
    value: Decimal
    unit: str
    comparator: str
    value_max: Decimal | None = None
    prefix: str = ""  # comparator word written before the span (超, 近, 不少于…)
    number_end: int = 0  # where the digits of the (last) number end
    tabled: bool = False  # a cell of a table of reported figures, its unit from the caption
    table_year: int | None = None  # the year its caption states ((2002年) 单位：万元)


def _alone_in_cell(t: str, start: int, end: int) -> bool:
    """Whether t[start:end] fills a cell of a table row written on one line, its cells apart by | or a tab."""
    before, after = t[max(0, start - 8):start].rstrip(" "), t[end:end + 8].lstrip(" ")
    return (before[-1:] in ("|", "\t") or before[-1:] == "\n" and "|" in after[:1]) and \
        (after[:1] in ("|", "\t") or after[:1] in ("", "\n") and before[-1:] in ("|", "\t"))


# a time limit: within so many days or months (自收到之日起六十日内, 五日内, 六个月内, 10个工作日内); 日 is a unit only
# here, never after a month (5月10日内)
_TIME_LIMIT = re.compile(r"(?<![月\d.一二三四五六七八九十两])(?P<n>\d{1,3}(?:\.\d)?|[一二三四五六七八九十两]{1,3})[ \t]*"
                         r"(?P<u>个工作日|工作日|个自然日|自然日|个月|日|天)内")

# a capacity that is part of a project's name (建设年产1万吨绿色装配式结构项目, 年产 10 万吨环保型融雪剂(一期)项目): the name's
_CAPACITY_LEAD = re.compile(r"年(?:产|处理|加工|生产|回收|拆解|利用|储存|新增)[ \t]*\Z")
_PROJECT_NAME_TAIL = re.compile(r"[^，。；：、,;:\n|“”\t等]{1,30}?(?:项目|工程)(?![\u4e00-\u9fff]{0,2}(?:投资|建成|投产))")


def _names_a_project(t: str, start: int, end: int) -> bool:
    return bool(_CAPACITY_LEAD.search(t, max(0, start - 6), start)) and _PROJECT_NAME_TAIL.match(t, end) is not None


# a table's caption stating the unit of its figures (（2002年）单位：万元; 本年收费金额（单位：万元）), and its cells
_TABLE_UNIT = re.compile(r"单位[ \t]*[：:][ \t]*(?P<u>[^\s|，。；）)]{1,6})")
_TABLE_MAX_ROWS = 200
_PLANNED_TABLE = re.compile(r"预算|计划|目标|规划|预计")
_CAPTION_YEAR = re.compile(r"((?:19|20)\d{2})\s*年")
_CELL = re.compile(r"[^|\t]+")

_ARABIC = re.compile(r"(?:\d{1,3}(?:,\d{3})+(?!\d)|\d+)(?:\.\d+)?")
_BARE_NUMBER = re.compile(rf"[ \t]*-?{_ARABIC.pattern}[ \t]*")  # a cell holding a number alone
_CN_NUM = re.compile(r"[零〇一二两三四五六七八九十百千万亿]+(?:点[零〇一二三四五六七八九]+)?")
_CN_SCALE_ONLY = set("十百千万亿")
_PERCENT_WORD = re.compile(r"(百|千)分之([零〇一二两三四五六七八九十百千]+(?:点[零〇一二三四五六七八九]+)?)")
_DATE_OR_INDEX_TAIL = re.compile(r"[/-]\d")
_CN_FRACTION = re.compile(r"(?<![百千])([一二两三四五六七八九十]+)分之([一二两三四五六七八九十]+)")
_TENTHS = re.compile(
    r"(?<![一二两三四五六七八九十百千万零〇])([一二两三四五六七八九])成"
    r"(?![为立果本长效功熟交绩员都型套就品不份分年人材像色千百万亿])"
)
_HALF = re.compile(r"(?:一半|过半|近半)")
_ASCII_LETTER = re.compile(r"[A-Za-z]")
_CJK = re.compile(r"[\u4e00-\u9fff]")
_CN_NUMERAL_CHARS = set("零〇一二两三四五六七八九十百千万亿")


class _Scanner:
    def __init__(self, text: str, lex: QuantityLexicon):
        self.text = text
        self.lex = lex
        self.units_by_first: dict[str, list[str]] = {}
        for u in lex.units_longest_first():
            self.units_by_first.setdefault(u[0], []).append(u)
        self.scales = sorted(lex.scales, key=len, reverse=True)
        self.suffixes = sorted(lex.suffix_comparators, key=len, reverse=True)
        self.prefixes = sorted(lex.prefix_comparators, key=len, reverse=True)
        self._quotes = self._quoted_regions(text)

    # -- helpers ---------------------------------------------------------------------------
    @staticmethod
    def _quoted_regions(text: str) -> list[tuple[int, int, int]]:
        """(open, close, kind) of “…” and 《…》 regions; kind 1 for titles."""
        regions = []
        for m in re.finditer(r"《[^《》\n]*》", text):
            regions.append((m.start(), m.end(), 1))
        for m in re.finditer(r"[“\"「][^“”\"「」\n]{0,40}[”\"」]", text):
            regions.append((m.start(), m.end(), 0))
        regions.sort()
        return regions

    def inside_name(self, start: int, end: int) -> bool:
        for a, b, kind in self._quotes:
            if a > start:
                break
            if a < start and end <= b:
                if kind == 1 or b - a - 2 <= self.lex.max_quoted_name:
                    return True
        return False

    def unit_at(self, pos: int) -> str | None:
        t = self.text
        for u in self.units_by_first.get(t[pos: pos + 1], ()):
            if t.startswith(u, pos):
                nxt = t[pos + len(u): pos + len(u) + 1]
                if u[-1].isascii() and u[-1].isalpha() and nxt.isascii() and nxt.isalnum():
                    continue  # 30GWh, 5mg: a symbol only where the word of letters ends
                if nxt == "级":
                    return None  # 30万吨级, 5星级: a class, not an amount
                if nxt and any(t.startswith(w, pos + len(u)) for w in self.lex.continuation_stop.get(u, ())):
                    continue
                return u
        return None

    def composite(self, unit: str, pos: int) -> str:
        """Extend `unit` ending at pos with "/denominator" when written (58万元/人, 微克/立方米)."""
        t = self.text
        if t.startswith("/", pos):
            for d in self.lex.composite_denominators:
                if t.startswith(d, pos + 1):
                    return unit + "/" + d
        return unit

    def tail(self, pos: int) -> tuple[str, str, str, int] | None:
        """After a number: (scale word, infix 余/多, unit, end) or None when no unit follows."""
        t = self.text
        # 微克/立方米: numerators that are not units on their own
        for num in self.lex.composite_numerators:
            if num not in self.lex.units and t.startswith(num + "/", pos):
                unit = self.composite(num, pos + len(num))
                if unit != num:
                    return "", "", unit, pos + len(unit)
        pre_infix = ""
        if t[pos: pos + 1] in self.lex.infix_comparators and any(t.startswith(s, pos + 1) for s in self.scales):
            pre_infix = t[pos]  # 4000余万人次, 300多亿元: 余/多 before the scale word
            pos += 1
        direct = self.unit_at(pos)
        options = [s for s in self.scales if t.startswith(s, pos)]
        if direct and (not options or len(direct) > len(options[0])):
            options = []
        for scale in options + [""]:
            p = pos + len(scale)
            infix = ""
            if scale and t[p: p + 1] in self.lex.infix_comparators:
                infix = t[p]
                p += 1
            elif not scale and t[p: p + 1] in self.lex.infix_comparators and self.unit_at(p + 1):
                infix = t[p]
                p += 1
            unit = self.unit_at(p)
            if unit:
                full = self.composite(unit, p + len(unit)) if unit in self.lex.composite_numerators else unit
                return scale, infix or pre_infix, full, p + len(full)
        return None

    def suffix(self, pos: int) -> tuple[str, int]:
        t = self.text
        for s in self.suffixes:
            if t.startswith(s, pos):
                nxt = t[pos + len(s): pos + len(s) + 1]
                if s == "上下" and nxt in ("游", "级", "联", "班", "水"):
                    continue
                if s in ("多", "余") and nxt and _CJK.match(nxt):
                    continue
                return s, pos + len(s)
        return "", pos

    def prefix(self, start: int) -> str:
        t = self.text
        for p in self.prefixes:
            if t.endswith(p, 0, start):
                return p
        return ""

    def context_ok(self, unit: str, start: int, end: int) -> bool:
        """Counters that need a person word nearby (位), counts of the document's own parts, and classes of works."""
        t = self.text
        if any(t.startswith(w, end) for w in self.lex.structure_nouns):
            return False
        if any(t.startswith(w, end) for w in self.lex.class_units.get(unit, ())):
            return False  # 110kV变电站: a class of works
        persons = self.lex.person_counters.get(unit)
        if persons is not None:
            around = t[max(0, start - 8): start] + "|" + t[end: end + 4]
            return any(w in around for w in persons)
        return True

    def restricted_ok(self, unit: str, start: int, is_range: bool, value: Decimal) -> bool:
        allowed = self.lex.restricted_units.get(unit)
        if allowed is None:
            return True
        if value >= 100:
            return False
        if is_range:
            return True
        before = self.text[max(0, start - 4): start]
        return any(before.endswith(w) for w in allowed)

    def excluded_before(self, start: int) -> bool:
        t = self.text
        before = t[max(0, start - 3): start]
        if any(before.endswith(w) for w in self.lex.excluded_before) \
                and not any(before.endswith(w) for w in self.lex.excluded_before_exceptions):
            return True
        return bool(before and _ASCII_LETTER.match(before[-1]))

    # -- quantities ------------------------------------------------------------------------
    def make(self, start, number_end, value, unit, scale, infix, suffix, end, value_max=None) -> SurfaceQuantity | None:
        lex = self.lex
        if not self.context_ok(unit, start, end):
            return None
        unit = lex.unit_aliases.get(unit, unit)
        prefix = self.prefix(start)
        if value_max is not None:
            comparator = "range"
        elif suffix:
            comparator = lex.suffix_comparators[suffix]
        elif infix:
            comparator = lex.infix_comparators[infix]
        elif prefix:
            comparator = lex.prefix_comparators[prefix]
        else:
            comparator = "="
        return SurfaceQuantity(start, end, clean_decimal(value), unit, comparator,
                               clean_decimal(value_max) if value_max is not None else None, prefix, number_end)

    def unitless_context(self, start: int, end: int) -> bool:
        """收入比降至2.2, 满意度从84.7提升至89.6: an index or ratio named right before, no unit after."""
        t = self.text
        nxt = t[end: end + 1]
        if nxt and not (nxt in "，。；、）)\n" or t.startswith(("提", "增", "降", "上升", "下降"), end)):
            return False
        clause_start = max(t.rfind(c, 0, start) for c in "，。；：！？\n") + 1
        before = t[clause_start:start]
        verb = next((v for v in self.lex.unitless_verbs if before.endswith(v)), None)
        if verb is None:
            return False
        head = before[: len(before) - len(verb)]
        head = re.sub(r"从\d+(?:\.\d+)?(?:提升|提高|下降|降低|缩小|上升)?$", "", head)
        return head.endswith(self.lex.unitless_metric_words)

    def table_cells(self) -> list[SurfaceQuantity]:
        """The bare numbers in the cells of a table whose caption states their unit (（2002年）单位：万元): each a figure
        in that unit. The first cell of a row is its label; the rows run while lines hold cells (| or a tab)."""
        t, out = self.text, []
        for cap in _TABLE_UNIT.finditer(t):
            tl = self.tail(cap.start("u"))
            if tl is None or tl[2] in self.lex.restricted_units or tl[1]:
                continue
            scale, _, unit, _ = tl
            # the caption's line and the one above it (12-11 规模以上工业主要经济指标 / (2002年) 单位：万元)
            line_start = t.rfind("\n", 0, cap.start()) + 1
            line_end = t.find("\n", cap.end())
            caption = t[t.rfind("\n", 0, max(0, line_start - 1)) + 1:line_end if line_end >= 0 else len(t)]
            if _PLANNED_TABLE.search(caption):
                continue  # (a budget's or a plan's table: its figures are not reported ones)
            stated = _CAPTION_YEAR.search(caption)
            pos = line_end
            rows = 0
            while pos >= 0 and rows < _TABLE_MAX_ROWS:
                end = t.find("\n", pos + 1)
                line = t[pos + 1:end if end >= 0 else len(t)]
                if not re.search(r"[|\t]", line):
                    break
                cells = [c for c in _CELL.finditer(line) if c.group().strip()]
                for c in cells[1:]:
                    if _BARE_NUMBER.fullmatch(c.group()):
                        n = re.search(r"\S+", c.group())
                        s, e = pos + 1 + c.start() + n.start(), pos + 1 + c.start() + n.end()
                        value = Decimal(n.group().replace(",", "")) * (self.lex.scales[scale] if scale else 1)
                        out.append(SurfaceQuantity(s, e, clean_decimal(value), self.lex.unit_aliases.get(unit, unit), "=",
                                                   None, "", e, True, int(stated.group(1)) if stated else None))
                rows += 1
                pos = end
        return out

    def money_context(self, start: int) -> bool:
        t = self.text
        clause_start = max(t.rfind(c, 0, start) for c in "，。；：！？\n") + 1
        clause = t[clause_start:start]
        return any(w in clause for w in self.lex.money_words)

    def shared_unit(self, pos: int) -> tuple[str, str, str, int] | None:
        """A list that writes the unit once, after its last number: 1409万、1305万人次; 2400、450、1700亿元.

        Returns (own scale, scale of the last number, unit, end of this number's scale) or None.
        """
        t = self.text
        own = next((s for s in self.scales if t.startswith(s, pos)), "")
        p = pos + len(own)
        end = p
        for _ in range(6):
            if t[p: p + 1] not in ("、", "和", "及", "与"):
                return None
            m = _ARABIC.match(t, p + 1)
            if not m:
                return None
            tl = self.tail(m.end())
            if tl is not None:
                scale, _infix, unit, _end = tl
                if own and not scale:
                    return None
                return own, scale, unit, end
            nxt = next((s for s in self.scales if t.startswith(s, m.end())), "")
            if bool(nxt) != bool(own):
                return None
            p = m.end() + len(nxt)
        return None

    def arabic(self, m: re.Match) -> SurfaceQuantity | None:
        t = self.text
        start, pos = m.start(), m.end()
        if self.excluded_before(start) or t[start - 1: start] in ("〔", ".", "/", "·"):
            return None
        if t[start - 1: start] in (":", "：") and t[start - 2: start - 1].isdigit():
            return None  # the minutes or seconds of a time of day: 10:10:00
        # fraction 1/10; a date (2020/6/22) or an index number (011043145/2025-327) is no fraction
        fm = re.match(r"/(\d+)(?![\d.])", t[pos:])
        if fm and (_DATE_OR_INDEX_TAIL.match(t, pos + fm.end()) or len(m.group()) > 1 and m.group()[0] == "0"):
            return None
        if fm and 1 <= int(m.group()) <= 12 and 1 <= int(fm.group(1)) <= 31 and _alone_in_cell(t, start, pos + fm.end()):
            return None  # a table's cell holding a month and a day alone (发文时间 | 12/31 | 1/2): a date
        if fm and not self.unit_at(pos + fm.end()) and not _ASCII_LETTER.match(t[pos + fm.end(): pos + fm.end() + 1] or " "):
            den = Decimal(fm.group(1))
            if den == 0:
                return None
            value = (Decimal(m.group().replace(",", "")) / den).quantize(Decimal("0.000001")).normalize()
            end = pos + fm.end()
            suf, end2 = self.suffix(end)
            return self.make(start, end, value, "", "", "", suf, end2)
        if _ASCII_LETTER.match(t[pos: pos + 1] or " ") and not self.unit_at(pos):
            return None  # 5G, C919
        if t[pos: pos + 1] in ("·", "+", "×", "*", "∶", ":"):
            return None
        number = Decimal(m.group().replace(",", ""))
        tl = self.tail(pos)
        # a range: 2-3条, 3至5年, 20—30万元, 4.5%-5%
        after = tl[3] if tl else pos
        for conn in self.lex.range_connectors:
            if t.startswith(conn, after):
                m2 = _ARABIC.match(t, after + len(conn))
                if not m2:
                    break
                tl2 = self.tail(m2.end())
                if not tl2:
                    break
                scale2, infix2, unit2, end2 = tl2
                if tl and (tl[2] != unit2):
                    break
                scale1 = tl[0] if tl else scale2
                low = number * self.lex.scales.get(scale1, 1) if scale1 else number
                high = Decimal(m2.group().replace(",", "")) * (self.lex.scales.get(scale2, 1) if scale2 else 1)
                if not self.restricted_ok(unit2, start, True, max(number, Decimal(m2.group().replace(",", "")))):
                    return None
                if low >= high:
                    break
                suf, end3 = self.suffix(end2)
                return self.make(start, m2.end(), low, unit2, scale2, infix2, suf, end3, value_max=high)
        if tl is None:
            shared = self.shared_unit(pos)
            if shared is not None:
                own_scale, last_scale, unit, end = shared
                scale = own_scale or last_scale
                if not self.restricted_ok(unit, start, False, number):
                    return None
                value = number * (self.lex.scales[scale] if scale else 1)
                return self.make(start, pos, value, unit, scale, "", "", end)
            if self.unitless_context(start, pos):
                return self.make(start, pos, number, "", "", "", "", pos)
            # 经济总量迈上4万亿、5万亿两个台阶: money by context
            for s in ("万亿", "亿"):
                if t.startswith(s, pos) and self.money_context(start):
                    end = pos + len(s)
                    if _CJK.match(t[end: end + 1] or " ") and t[end] not in "两三四五六七八九十和及与":
                        return None
                    return self.make(start, pos, number * self.lex.scales[s], "元", s, "", "", end)
            return None
        scale, infix, unit, end = tl
        if not self.restricted_ok(unit, start, False, number):
            return None
        if unit in ("米", "公里") and t.startswith("内", end):
            return None
        suf, end2 = self.suffix(end)
        value = number * (self.lex.scales[scale] if scale else 1)
        return self.make(start, pos, value, unit, scale, infix, suf, end2)

    def chinese(self, m: re.Match) -> SurfaceQuantity | None:
        t = self.text
        token = m.group()
        start, pos = m.start(), m.end()
        if self.excluded_before(start):
            return None
        if t[start - 1: start].isdigit() or t[start - 1: start] == ".":
            return None  # the scale word of an Arabic number (9万亿三个台阶)
        scale_only = all(ch in _CN_SCALE_ONLY for ch in token) and token != "十"
        if not scale_only and token[0] in "百千万亿":
            return None  # 万亿三: a scale word running into the next numeral
        # the tail may begin inside the token: 三百万吨 → token 三百万, tail 吨; 万亿元 → tail 元
        tl = self.tail(pos)
        if tl is None:
            return None
        scale, infix, unit, end = tl
        value = try_parse_number(token)
        if value is None:
            return None
        if scale:
            value *= self.lex.scales[scale]
        if scale_only:
            before = t[max(0, start - 3): start]
            if not any(before.endswith(v) for v in self.lex.magnitude_verbs):
                return None
        elif value < self.lex.min_chinese_value and not (unit in self.lex.restricted_units
                                                          and self.restricted_ok(unit, start, False, value)):
            return None  # 两个确立, 四个中心; but 提前两周, 历时三年 are durations
        if not self.restricted_ok(unit, start, False, value):
            return None
        nxt = t[end: end + 2]
        if any(ch in _CN_NUMERAL_CHARS for ch in nxt):
            return None  # 千家万户, 千村万户: a parallel idiom
        suf, end2 = self.suffix(end)
        return self.make(start, pos, value, unit, scale, infix, suf, end2)

    def scan(self) -> list[SurfaceQuantity]:
        t = self.text
        found: list[SurfaceQuantity] = []
        for m in _PERCENT_WORD.finditer(t):
            value = try_parse_number(m.group(2))
            if value is not None and not self.excluded_before(m.start()):
                suf, end = self.suffix(m.end())
                found.append(self.make(m.start(), m.end(), value, "%" if m.group(1) == "百" else "‰", "", "", suf, end))
        for m in _CN_FRACTION.finditer(t):
            den, num = try_parse_number(m.group(1)), try_parse_number(m.group(2))
            if den and num is not None:
                suf, end = self.suffix(m.end())
                value = (num / den).quantize(Decimal("0.000001")).normalize()
                found.append(self.make(m.start(), m.end(), value, "", "", "", suf, end))
        for m in _TENTHS.finditer(t):
            if self.excluded_before(m.start()):
                continue
            suf, end = self.suffix(m.end())
            found.append(self.make(m.start(), m.end(), parse_number(m.group(1)) / 10, "", "", "", suf, end))
        for m in _HALF.finditer(t):
            before = t[max(0, m.start() - 2): m.start()]
            if m.group() == "一半" and not (self.prefix(m.start()) or before.endswith(("占", "达"))):
                continue
            suf, end = self.suffix(m.end())
            q = self.make(m.start(), m.end(), Decimal("0.5"), "", "", "", suf, end)
            if q is None:
                continue
            if m.group() != "一半":  # 过半 / 近半: the word carries the comparator; span is 半
                q = SurfaceQuantity(m.start() + 1, end, q.value, "", ">" if m.group()[0] == "过" else "~",
                                    None, m.group()[0], m.end())
            found.append(q)
        found += self.table_cells()
        for m in _TIME_LIMIT.finditer(t):
            value = try_parse_number(m.group("n"))
            if value and not self.excluded_before(m.start()):
                found.append(SurfaceQuantity(m.start(), m.end(), clean_decimal(value), m.group("u"), "<=", None, "",
                                             m.end("n")))
        found = [q for q in found if q is not None]
        taken = bytearray(len(t) + 1)

        def occupy(q: SurfaceQuantity) -> None:
            taken[q.start:q.end] = b"\x01" * (q.end - q.start)

        for q in found:
            occupy(q)
        for m in _ARABIC.finditer(t):
            if taken[m.start()]:
                continue
            q = self.arabic(m)
            if q:
                found.append(q)
                occupy(q)
        for m in _CN_NUM.finditer(t):
            if taken[m.start()] or taken[m.end() - 1]:
                continue
            q = self.chinese(m)
            if q:
                found.append(q)
        found = [q for q in found if not self.inside_name(q.start, q.end) and not _names_a_project(t, q.start, q.end)]
        found.sort(key=lambda q: (q.start, -q.end))
        out: list[SurfaceQuantity] = []
        for q in found:
            if out and q.start < out[-1].end:
                continue
            if out and _joins_months(out[-1], q):  # 历时1年10个月: one duration, 22 months
                years = out.pop()
                q = SurfaceQuantity(years.start, q.end, years.value * 12 + q.value, q.unit, q.comparator, None,
                                    years.prefix, q.number_end)
            out.append(q)
        return out


def _joins_months(years: SurfaceQuantity, months: SurfaceQuantity) -> bool:
    """A duration in years followed at once by its months (1年10个月)."""
    return years.unit == "年" and months.unit == "个月" and years.end == months.start and years.value_max is None \
        and months.value_max is None and years.comparator == "="


def scan_quantities(view_text: str, lexicon: QuantityLexicon | None = None) -> list[SurfaceQuantity]:
    """All quantities written in `view_text`, in order, as view spans."""
    return _Scanner(view_text, lexicon or load_lexicon()).scan()
