"""What period each paragraph talks about, and the time expressions written in the text.

A work report reviews the past year and the past five years (observations), then sets out the
coming five years and this year's tasks (targets). The part a paragraph belongs to is read from
the headings (`一、2025年工作回顾`, `三、2026年重点工作`, unnumbered heading lines too) and from the
paragraph's own opening (`这五年，…`, `刚刚过去的2025年，…`, `“十五五”时期是…`, `今年…`), which
holds until the next switch. A reply or a plan has no review part: its default is the plan.
All offsets here are view offsets.
"""
from __future__ import annotations

import re
from functools import lru_cache
from bisect import bisect_left, bisect_right
from dataclasses import dataclass

from policykg.model import Structure

from .normalise import NormalisedView
from .numerals import YEAR_SPAN
from .quantity_lexicon import QuantityLexicon
from .structure import headline_lines, is_date

REVIEW_ONE, REVIEW_FIVE, PLAN_ONE, PLAN_FIVE, REPLY = "review1", "review5", "plan1", "plan5", "reply"
REPLY_STATUS = "reply_status"  # a reply's account of the current state: observations of this year
OBSERVATION_MODES = (REVIEW_ONE, REVIEW_FIVE, REPLY_STATUS)

_YEAR = re.compile(r"((?:19|20)\d{2})(?:\s*[-—–至到~]\s*((?:19|20)\d{2}))?\s*年(?!代)")
_LEADING_NOISE = re.compile(r"^[\s—\-–·•●○◆■□、]*(?:[一二三四五六七八九十]+是|[（(]?[一二三四五六七八九十\d]+[）)、.．])?[\s—\-–]*")
_HEADING_MAX = 45
_MARKER = re.compile(r"\s*(?:[（(][一二三四五六七八九十\d]+[）)]|\d+[.．、]|[一二三四五六七八九十]+[、是])")


@dataclass(frozen=True)
class ParagraphContext:
    start: int
    end: int
    mode: str  # review1 | review5 | plan1 | plan5 | reply | reply_status
    year: int | None  # the year figures refer to by default
    start_year: int | None  # the year of the start of a change (从A增长到B) by default


@dataclass(frozen=True)
class TimeExpression:
    start: int
    end: int
    year: int
    relative: bool  # 今年/去年 rather than a written year
    comparison: bool  # 较2020年, 比上年: a base, not the time of a figure
    future: bool  # 到2030年, 2030年前


def view_paragraphs(view: NormalisedView) -> list[tuple[int, int]]:
    out = []
    for m in re.finditer(r"[^\n]+", view.text):
        if m.group().strip():
            out.append((m.start(), m.end()))
    return out


_BASE_OF_MULTIPLE = re.compile(r"(?:底|末)?的\d+(?:\.\d+)?倍")


def find_time_expressions(text: str, doc_year: int | None, lex: QuantityLexicon) -> list[TimeExpression]:
    found: list[TimeExpression] = []
    for m in _YEAR.finditer(text):
        year = int(m.group(2) or m.group(1))
        before = text[max(0, m.start() - 3): m.start()]
        after = text[m.end(): m.end() + 2]
        # 2018年以来累计投入7000万元: the start of a running total, not the time of the figure; but 2022年以来 in a page
        # of early 2023 or of 2022 opens that year's account (2022年以来…全年规上工业增加值增长5.7%)
        running = after == "以来" and (doc_year is None or year < doc_year - 1)
        comparison = any(before.endswith(w) for w in lex.comparison_words) or running or \
            bool(_BASE_OF_MULTIPLE.match(text, m.end()))  # 是2016年的1.4倍: the base a multiple is of
        future = before.endswith(("到", "至")) or after.startswith(("前", "底前"))
        found.append(TimeExpression(m.start(), m.end(), year, False, comparison, future))
    if doc_year is not None:
        words = sorted(lex.relative_years, key=len, reverse=True)
        pattern = re.compile("|".join(re.escape(w) for w in words))
        for m in pattern.finditer(text):
            before = text[max(0, m.start() - 2): m.start()]
            after = text[m.end(): m.end() + 1]
            if m.group() == "上年" and (before.endswith(("一", "比", "较", "同", "与")) or after == "度" and False):
                comparison = True
            else:
                comparison = any(before.endswith(w) for w in lex.comparison_words)
            found.append(TimeExpression(m.start(), m.end(), doc_year + lex.relative_years[m.group()], True,
                                        comparison, False))
    found.sort(key=lambda e: e.start)
    return found


def _plan_containing(year: int, lex: QuantityLexicon) -> tuple[int, int] | None:
    for first, last in lex.plans.values():
        if first <= year <= last:
            return first, last
    return None


def _mode_years(mode: str, doc_year: int | None, lex: QuantityLexicon) -> tuple[int | None, int | None]:
    if doc_year is None:
        return None, None
    if mode == REVIEW_ONE:
        return doc_year - 1, doc_year - 2
    if mode == REVIEW_FIVE:
        plan = _plan_containing(doc_year - 1, lex)
        return (doc_year - 1, plan[0] - 1) if plan else (doc_year - 1, doc_year - 6)
    if mode == PLAN_FIVE:
        plan = _plan_containing(doc_year, lex)
        return (plan[1] if plan else doc_year + 4), doc_year - 1
    return doc_year, doc_year - 1  # plan1, reply


@lru_cache(maxsize=4)
def _plan_names(names: tuple[str, ...]) -> re.Pattern[str]:
    """Five-year plans by name (十四五); a two-character one (十五, 九五) only quoted or before 时期/规划, not the
    number (十五个) nor part of another's name (十五五)."""
    forms = [rf"“?{n}(?!五)" if len(n) > 2 else rf"“{n}”|{n}(?=时期|期间|规划|计划)"
             for n in sorted(names, key=len, reverse=True)]
    return re.compile(rf"(?<![一二三四五六七八九十百])(?:{'|'.join(forms)})")


def plans_named(text: str, lex: QuantityLexicon) -> list[str]:
    return [m.group(0).strip("“”") for m in _plan_names(tuple(lex.plans)).finditer(text)]


def _classify_heading(heading: str, doc_year: int | None, lex: QuantityLexicon) -> str | None:
    review = any(w in heading for w in lex.review_headings)
    plan = any(w in heading for w in lex.plan_headings)
    years = [int(y) for y in re.findall(r"((?:19|20)\d{2})年", heading)]
    named = plans_named(heading, lex)
    if doc_year is not None:
        if any(y < doc_year for y in years):
            review = review or not plan
        if any(y >= doc_year for y in years):
            plan = True
        for name in named:
            first, last = lex.plans[name]
            if last < doc_year:
                review = review or not plan
            elif first <= doc_year <= last and not review:
                plan = True
    five_review = doc_year is not None and any(lex.plans[n][1] < doc_year for n in named)
    five_plan = doc_year is not None and any(lex.plans[n][0] <= doc_year <= lex.plans[n][1] for n in named)
    if review and years and doc_year is not None and all(y == doc_year for y in years) and not named:
        return REPLY_STATUS  # 2024年1-6月份全市招商引资工作成效 in a page of 2024: the account of the year so far
    if review:
        return REVIEW_FIVE if five_review else REVIEW_ONE
    if plan:
        return PLAN_FIVE if five_plan else PLAN_ONE
    return None


def _opening_mode(para: str, doc_year: int | None, lex: QuantityLexicon, current: str) -> str | None:
    head = para[:60]
    for w in lex.address_words:
        if head.startswith(w):
            head = head[len(w):]
    head = _LEADING_NOISE.sub("", head)
    first = head[:16]
    in_review = current in (REVIEW_ONE, REVIEW_FIVE)
    named = _plan_names(tuple(lex.plans)).match(first.lstrip("——"))
    if named and doc_year is not None:  # “十五”时期是…, 十四五以来: the plan's period, before or around the document's year
        first_year, last_year = lex.plans[named.group(0).strip("“”")]
        if last_year < doc_year:
            return REVIEW_FIVE
        if first_year <= doc_year:
            return PLAN_FIVE
    for w in lex.review_five:
        if first.startswith(w) or first.startswith("——" + w) or (in_review and w in head[:40]):
            return REVIEW_FIVE
    for w in lex.plan_five:
        if first.startswith(w):
            return PLAN_FIVE
    for w in lex.review_one:
        if first.startswith(w):
            return REVIEW_ONE
    m = re.match(r"(?:在)?((?:19|20)\d{2})年", first)
    if m and is_date(para):
        m = None  # (a date alone on its line, under a speaker's name: the day a report is delivered, no period)
    if m and doc_year is not None:
        y = int(m.group(1))
        if y < doc_year:
            return REVIEW_ONE if y == doc_year - 1 else None
        return PLAN_ONE if y == doc_year else PLAN_FIVE
    for w in lex.plan_one:
        if first.startswith(w) and not first.startswith((w + "以来", w + "前")):
            return PLAN_ONE  # (今年以来，…: what this year has brought so far, no plan)
    return None


def _reply_mode(text: str, lex: QuantityLexicon, heading: bool) -> str | None:
    if heading:
        if any(w in text for w in lex.reply_plan_headings):
            return REPLY
        if any(w in text for w in lex.reply_status_headings):
            return REPLY_STATUS
        return None
    head = _LEADING_NOISE.sub("", text[:40])[:12]
    if any(head.startswith(w) for w in lex.reply_plan_openings):
        return REPLY
    if any(head.startswith(w) for w in lex.reply_status_openings):
        return REPLY_STATUS
    return None


def paragraph_contexts(view: NormalisedView, structure: Structure, doc_year: int | None,
                       lex: QuantityLexicon) -> list[ParagraphContext]:
    text = view.text
    paragraphs = view_paragraphs(view)
    headings: dict[int, tuple[int, str]] = {}  # view offset → (level, heading)
    for s in structure.sections:
        if s.style != "yishi":
            headings.setdefault(view.view_offset(s.start), (s.level, s.heading))
    heading_starts = sorted(headings)
    genre = structure.genre
    congress_term = structure.field_value("party_congress") is not None  # (its coming five years end in neither plan's year)
    reviewed = None if congress_term else _reviewed_year(view, structure, doc_year)
    if congress_term:
        genre = "work_report"  # a report to a Party congress reviews and plans as a work report does, wherever it is copied
    elif reviewed is not None:  # a bulletin or a summary of a year reads like a report's review of it
        genre, doc_year = "work_report", reviewed + 1
    elif _tells_what_happened(view, structure):
        # a news report tells what happened: in its own year when it is dated (read as the review of a report a
        # year later), in a year it does not say when it is not
        genre, doc_year = "work_report", doc_year + 1 if doc_year is not None else None
    elif doc_year is None and genre == "document" and not structure.field_value("title") and \
            not names_a_policy(view, structure) and (told := _REPORTS_A_PERIOD.search(view.text)):
        # an untitled, undated page that opens a paragraph on a period (2023年，…; 2023年1-12月，…; 1至9月，…) tells what was
        # done then
        genre = "work_report"
        doc_year = int(told.group("y")) + 1 if told.group("y") else None
    period = _plan_period(view, structure)
    if doc_year is None and period and genre != "work_report":
        doc_year = period[0]  # an undated plan is written as its period begins: its background reviews the year before
    if doc_year is None and genre != "work_report" and (as_of := _AS_OF.findall(view.text)):
        doc_year = max(int(y) for y in as_of)  # an undated reply or page speaks as of the latest date it states
        # (截至2023年7月，全县…)
    # a notice on a project's environmental impact assessment describes the project as designed, in no year
    assessment = genre != "work_report" and _ASSESSMENT_NOTICE.search(text, 0, 600) is not None
    default = REPLY if genre == "reply" else (PLAN_ONE if genre != "work_report" else REVIEW_ONE)
    mode = default
    out = []
    for a, b in paragraphs:
        para = text[a:b]
        i = bisect_left(heading_starts, a)
        h = heading_starts[i] if i < len(heading_starts) and heading_starts[i] < min(b, a + 4) else None
        level, heading = headings[h] if h is not None else (None, None)
        if heading is None and b - a <= _HEADING_MAX and not re.search(r"[。；！？，]", para) \
                and not para.rstrip().endswith("：") and not _MARKER.match(para) and not is_date(para):
            level, heading = 1, para  # an unnumbered heading line (not a date alone: the day a report is delivered)
        if genre == "reply":
            if heading is not None:
                cls = _reply_mode(heading, lex, heading=True)
                mode = cls or (default if level == 1 else mode)
                # the text after a heading on the same line may open a state or a plan
                rest = para[len(heading) + 4:] if len(para) > len(heading) + 6 else ""
                mode = (_reply_mode(rest, lex, heading=False) if rest else None) or mode
            else:
                mode = _reply_mode(para, lex, heading=False) or mode
        elif heading is not None and level == 1:
            cls = _classify_heading(heading, doc_year, lex)
            if cls is not None:
                mode = cls
        else:
            switched = _opening_mode(para, doc_year, lex, mode)
            if switched is not None:
                mode = switched
        year, start_year = _mode_years(mode, doc_year, lex)
        if period and mode == PLAN_ONE:
            year, start_year = period[1], period[0] - 1
        if congress_term and mode == PLAN_FIVE or assessment and mode == PLAN_ONE:
            year = None
        out.append(ParagraphContext(a, b, mode, year, start_year))
    return out


# the date a figure stands at (截至2023年7月, 截止2022年底)
_AS_OF = re.compile(r"截[至止]\s*((?:19|20)\d{2})\s*年")


# a statistical bulletin or a body's summary of a year (凤冈县2022年国民经济和社会发展统计公报, 某局2024年工作总结), or its
# evaluation of a year's spending (…2018年度整体支出\n\n绩效评价报告), or the audit of a year's budget (关于2022年度区级预算执行
# …的审计工作报告; 报告2022年度…收支审计情况; not the rectification of what it found, told as of its own day): a title may
# break over a line
_REVIEWED = re.compile(r"((?:19|20)\d{2})年[^\n。]{0,30}?(?:\n\s*)?(?:统计公报|工作总结|年度总结|年度报告|绩效评价报告|"
                       r"绩效自评报告|审计工作报告|审计情况)")


def _in_title(pattern: re.Pattern[str], view: NormalisedView, structure: Structure, head: int) -> re.Match | None:
    """`pattern` in the title of a document that is neither a report nor a reply (their own parts say what
    period they speak of), or in its first `head` characters when the structure found no title."""
    if structure.genre in ("work_report", "reply"):
        return None
    return pattern.search(structure.field_value("title") or "") or pattern.search(view.text[:head])


def _reviewed_year(view: NormalisedView, structure: Structure, doc_year: int | None = None) -> int | None:
    """The year a bulletin or a summary reports on, from its title, or a news report's or a profile's year (they
    tell what happened or what is: 集中开工11个项目); None for other documents."""
    m = _in_title(_REVIEWED, view, structure, 200)
    if m:
        return int(m.group(1))
    if doc_year is not None and _tells_what_happened(view, structure):
        return doc_year
    return None


def _first_line(view: NormalisedView) -> str:
    return view.text[:60].split("\n")[0]


def names_a_policy(view: NormalisedView, structure: Structure) -> bool:
    """Whether the document's title (or first line) names a policy (…若干措施, …实施意见, …通知): its figures may be goals."""
    return is_policy_title(structure.field_value("title") or _first_line(view))


def is_policy_title(title: str) -> bool:
    return bool(_POLICY_TITLE.search(title))


def _tells_what_happened(view: NormalisedView, structure: Structure) -> bool:
    """A news report (byline, 本网讯, a headline of an event) or a profile (…概况): it tells what happened or what is."""
    first_line = _first_line(view)
    if structure.genre != "document" or names_a_policy(view, structure):
        return False  # (近日，市政府印发…若干措施: a policy's own text, whatever its first words)
    return bool(_BYLINE.search(view.text[:400]) or _PROFILE.search(first_line) or
                any(_NEWS_TITLE.search(ln) or _INVESTMENT_GUIDE.search(ln) or _RECTIFICATION.search(ln)
                    for ln in [structure.field_value("title") or "", *headline_lines(view.text, 400)]) or
                _NEWS_LEAD.search(view.text[:600]))


# a report on the rectification of what an audit or an inspection found (…审计查出问题整改情况的报告, 巡视整改进展情况): what
# has been done, as of its day
_ASSESSMENT_NOTICE = re.compile(r"环境影响(?:评价文件|报告书|报告表)|环评(?:文件|报告)")
_RECTIFICATION = re.compile(r"整改(?:工作)?(?:情况|进展|落实情况)")
# a place's or a zone's profile (济宁国家高新区概况, 园区简介): it states what is, not what is planned
_PROFILE = re.compile(r"(?:概况|简介)\s*$")
# an investment guide's page of what land, water, power and labour cost (投资指南 > 投资成本; 产业要素成本)
_INVESTMENT_GUIDE = re.compile(r"(?:投资指南|投资成本|投资环境|要素成本|产业要素|营商成本)\s*$")


# a news report's byline: 来源：廊坊日报 作者：通讯员 赵永辉, （记者 邓勇）, 来源：区融媒体中心, 信息来源：云上沙洋
# (a county's media app), 本网讯
_BYLINE = re.compile(r"记者|通讯员|本网讯|来源[:：]?[^\n]{0,12}(?:日报|晚报|新闻|融媒体|电视台|广播|云上)")
# a news report's first sentence: 近日，… / 9月20日，…
# (or its second clause: 继年初开工10个项目后，10月29日，…)
_NEWS_LEAD = re.compile(r"(?:^|\n|[。！…])[ \t]*(?:[^，。\n]{2,30}，)?(?:近日|日前|近期|[0-9]{1,2}月[0-9]{1,2}日(?:上午|下午|晚上|晚|中午)?)，")
_REPORTS_A_PERIOD = re.compile(r"(?:^|[。\n])[ \t]*(?:(?P<y>(?:19|20)\d{2})年(?:1[至到\-—]\d{1,2}月份?)?|1[至到\-—]\d{1,2}月|"
                               r"今年以来|上半年|前三季度)[，,]", re.M)
_POLICY_TITLE = re.compile(r"措施|举措|意见|办法|政策|方案|规划|计划|要点|通知|决定")
# a news headline: an event that took place (…重大项目集中开工暨集中签约活动举行, …产业园开工)
# (…4个项目开工建设 总投资13亿元: a second headline of its figures after a space)
_NEWS_TITLE = re.compile(r"(?:举行|召开|开工|开工建设|签约|投产|开幕|闭幕|揭牌|竣工|落地)(?:[ \t\u3000]+[^\s。，；]{2,20})?\s*$")


# a plan's period written in its title: 《盐城市数字经济高质量发展三年行动计划（2025-2027年）》
_PERIOD = re.compile(rf"(?:计划|方案|规划|纲要)[（(]{YEAR_SPAN}[）)]")
# or as its opening states it: 规划期限2021-2025年, 规划期为2021—2025年
_PERIOD_STATED = re.compile(rf"(?:规划|实施|行动)期(?:限)?(?:为|是)?[：]?{YEAR_SPAN}")


def _plan_period(view: NormalisedView, structure: Structure) -> tuple[int, int] | None:
    """The years of a plan, or of the plan a notice issues, as its title writes them; its goals are for the
    last year unless they say otherwise."""
    m = _in_title(_PERIOD, view, structure, 600) or _PERIOD_STATED.search(view.text, 0, 1500)
    return (int(m.group(1)), int(m.group(2))) if m else None


class ContextIndex:
    """Look up the paragraph context of a view offset."""

    def __init__(self, contexts: list[ParagraphContext]):
        self.contexts = contexts
        self.starts = [c.start for c in contexts]

    def at(self, pos: int) -> ParagraphContext | None:
        i = bisect_right(self.starts, pos) - 1
        if i < 0:
            return None
        c = self.contexts[i]
        return c if pos < c.end else None
