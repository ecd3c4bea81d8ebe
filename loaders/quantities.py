"""Numeric targets and reported figures (issue 3), with the semantics of shared/eval/GUIDELINES.md.

Pipeline over one document:
1. `quantity_scan` finds every number written with a unit on the normalised view (value in base
   units, unit without scale words, comparator from 超/近/以上/左右/余…, ranges);
2. `quantity_context` tells, per paragraph, which period the text talks about (a work report's
   review of last year or of the five-year plan, this year's tasks, the next plan; a reply's plan);
3. here each quantity gets its kind (target/observation) from that period and the cue words of its
   sentence, its year (written next to it, at the head of its sentence or paragraph, or the
   period's), the agency (the issuer, or the agency leading its paragraph or section), the metric
   (a short description from its clause), the modality word and the industries of its clause.
Spans are mapped back to the reference text with `NormalisedView.ref_span`.
"""
from __future__ import annotations

import dataclasses
import re
import tomllib
from bisect import bisect_left
from collections.abc import Sequence
from pathlib import Path

from policykg.model import Mention, Quantity, Structure

from .normalise import NormalisedView
from .quantity_context import (
    OBSERVATION_MODES,
    PLAN_ONE,
    ContextIndex,
    ParagraphContext,
    TimeExpression,
    find_time_expressions,
    names_a_policy,
    paragraph_contexts,
)
from .quantity_lexicon import QuantityLexicon, load_lexicon
from .quantity_scan import SurfaceQuantity, scan_quantities

__all__ = ["extract_quantities"]

_CLAUSE_END = "，。；：！？\n"
_SENTENCE_END = "。；！？\n"
_LE = re.compile(r"[\u4e00-\u9fff]了")


def _metric_words() -> tuple[re.Pattern, dict[str, str], re.Pattern, re.Pattern]:
    with open(Path(__file__).parent / "lexicons" / "metric_words.toml", "rb") as f:
        data = tomllib.load(f)
    lead = sorted(data["lead_verbs"], key=len, reverse=True)
    tails = dict(data["tail_words"])
    noise = sorted(data["noise"], key=len, reverse=True)
    return (re.compile("|".join(map(re.escape, lead))), tails,
            re.compile("(?:" + "|".join(map(re.escape, sorted(tails, key=len, reverse=True))) + ")$"),
            re.compile("^(?:" + "|".join(map(re.escape, noise)) + ")+"))


_LEAD_RE, _TAIL_VERBS, _TAIL_RE, _LEAD_NOISE = _metric_words()
# what may stand before a time expression that heads a sentence: list markers, 在/到/截至…
_HEAD_OPENER = re.compile(
    r"[\s—\-–]*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]|[一二三四五六七八九十]+是)?\s*"
    r"(?:其中|同时|另外|此外|刚刚过去的|过去的)?[，、]?(?:在|到|至|截至|截止|于|从)?"
)
# what may stand before a time expression that opens a clause (…，力争到2030年，…; …，2023年启动了…)
_YEAR_OPENING = re.compile(r"(?:在)?((?:19|20)\d{2})年(?![底末前内后])")
_CLAUSE_TIME_LEAD = re.compile(_HEAD_OPENER.pattern + r"(?:力争|争取|计划|预计)?(?:在|到|至|于)?"
                               # or the clause's subject and 于/在 (我厅于2021年完成了…，对…68处…进行了评级)
                               # (not a comparison: 快于2024年1.8个百分点, 高于…)
                               r"|[\u4e00-\u9fff]{0,5}?[^快高低慢多少优好大小强弱等\W]于|[\u4e00-\u9fff]{1,6}?在")
# …or that ends it (明确提出到2020年，全市…)
_CLAUSE_TIME_TAIL = re.compile(r"(?:底|末|前|以来)?[，：]")
# the words right after a figure, up to the next mark or number (4个产业集群入选…)
_WORDS_AFTER = re.compile(r"[^，。；：\n0-9]{0,10}")
_MONTH_RANGE = re.compile(r"\d{1,2}\s*[-—–至到~]\s*\d{1,2}\s*月(?!底|末|前)")
_QUOTED = re.compile(r"“[^“”\n]{0,16}”|《[^《》\n]*》")
_YEAR_WORDS = re.compile(r"(?:从|由|到|至)?(?:(?:19|20)\d{2}年(?:底|末)?的?|今年|去年|全年|上年)")


def _boundary_after(text: str, pos: int, chars: str) -> int:
    ends = [i for i in (text.find(c, pos) for c in chars) if i >= 0]
    return min(ends) if ends else len(text)


# a task's unit in charge, in brackets at the task's end: 〔市人社局，此项及以下任务均需各县落实〕, (市人社局),
# （牵头单位：市商务局；配合单位：…）; a bracket naming several (市发展改革委、市工业和信息化局) names none alone
_UNIT_IN_CHARGE = re.compile(r"[（〔](?:牵头(?:单位|部门)[：])?[ \t]*(?P<u>[^（）〔〕、，；：。\n]{2,20}?)[ \t]*"
                             r"(?:[，；][^（）〔〕\n]*)?[）〕][ \t。]*(?=\n|$)")


def _last_telling(words: str, cue: str) -> int:
    """Where `cue` last tells what was done in `words`, -1 if nowhere: not where it describes a noun
    (2000年以前建成的老旧小区: what was built then, not what the sentence reports done)."""
    at = words.rfind(cue)
    while at >= 0 and words.startswith("的", at + len(cue)):
        at = words.rfind(cue, 0, at)
    return at


class _Boundaries:
    """Positions of delimiter characters, for fast 'start of the clause/sentence holding pos'."""

    def __init__(self, text: str, chars: str):
        self.n = len(text)
        self.pos = [m.start() for m in re.finditer("[" + re.escape(chars) + "]", text)]

    def before(self, pos: int) -> int:
        i = bisect_left(self.pos, pos)
        return self.pos[i - 1] + 1 if i > 0 else 0

    def after(self, pos: int) -> int:
        i = bisect_left(self.pos, pos)
        return self.pos[i] if i < len(self.pos) else self.n


# the message a citizen's letter or online question writes, on a page that records it with its reply: from its
# label to the reply's (来信内容 … 回复内容, 留言内容 … 答复意见)
_CITIZENS_MESSAGE = re.compile(r"(?:来信|留言|信件|咨询|诉求|问政)内容[\s\S]*?(?=(?:回复|答复|办理|处理)(?:内容|意见|结果|信息|部门|单位)|\Z)")


class _Extractor:
    def __init__(self, text: str, view: NormalisedView, structure: Structure,
                 agency_mentions: Sequence[Mention], issuer: str | None, doc_year: int | None,
                 industry_mentions: Sequence[Mention], lex: QuantityLexicon):
        self.ref = text
        self.view = view
        self.v = view.text
        self.structure = structure
        self.issuer = issuer
        self.doc_year = doc_year
        self.lex = lex
        self.contexts = ContextIndex(paragraph_contexts(view, structure, doc_year, lex))
        self.times = find_time_expressions(self.v, doc_year, lex)
        self.time_starts = [t.start for t in self.times]
        self.clauses = _Boundaries(self.v, _CLAUSE_END)
        self.sentences = _Boundaries(self.v, _SENTENCE_END)
        # a full sentence runs on over 「；」: its opening time and state hold for the parts after it
        self.full_sentences = _Boundaries(self.v, "。！？\n")
        self.policy = names_a_policy(view, structure)
        self.agencies = sorted(
            ((view.view_offset(m.start), view.view_offset(m.end), m.key) for m in agency_mentions
             if m.cls == "Agency"), key=lambda x: x[0])
        self.agency_starts = [x[0] for x in self.agencies]
        self.industries = sorted(
            ((view.view_offset(m.start), view.view_offset(m.end), m.key) for m in industry_mentions),
            key=lambda x: x[0])
        self.section_agencies = self._section_agencies()
        self.messages = [(m.start(), m.end()) for m in _CITIZENS_MESSAGE.finditer(self.v)]

    # -- agency ----------------------------------------------------------------------------
    def _agency_near(self, a: int, b: int) -> list[tuple[int, int, str]]:
        i = bisect_left(self.agency_starts, a)
        j = bisect_left(self.agency_starts, b)
        return self.agencies[i:j]

    def _section_agencies(self) -> list[tuple[int, int, int, str]]:
        """(view start, view end, level, agency) of sections whose opening names the agency in charge.

        "为加快发展总部经济，市商务局下一步在以下方面着力：" or "…，市工信局将多措并举…" under a
        heading hands the section to that agency.
        """
        out = []
        v = self.v
        for s in self.structure.sections:
            a, b = self.view.view_offset(s.start), self.view.view_offset(s.end)
            line_end = v.find("\n", a, b)
            line_end = b if line_end < 0 else line_end
            heading_at = a + len(s.marker)
            lead = self._agency_near(heading_at, heading_at + 2)
            if lead and lead[0][0] < line_end:
                out.append((a, b, s.level, lead[0][2]))  # 二、市商务局 / （一）市发改委：…
                continue
            # a heading alone on its line is followed by an intro paragraph; otherwise the text
            # after the heading on the same line is the intro (1. 聚焦…。一是…)
            heading_only = line_end - heading_at <= len(s.heading) + 3
            if heading_only:
                body = line_end
                while body < b and v[body] in "\n \t":
                    body += 1
                if body >= b:
                    continue
                intro_start = body
                intro_end = v.find("\n", body, b)
                intro_end = b if intro_end < 0 else intro_end
                lead_key = self._paragraph_agency(body)
                if lead_key:
                    out.append((a, b, s.level, lead_key))  # 二、…问题 / 市商务局积极推进…: the intro's subject
                    continue
            else:
                intro_start = a
                intro_end = min(line_end, self.sentences.after(heading_at + len(s.heading)))
            for ms, me, key in self._agency_near(intro_start, intro_end):
                after = v[me: me + 10]
                # (要 as a verb, not inside 主要, 重要, 需要 or 要求: 市政府主要领导多次专题研究 hands nothing over)
                if re.match(r"^(?:[、和与及]?[^，。]{0,12}?)?(?:下一步|将|今后|拟|计划|(?<![主重需纲])要(?!求)|在以下|从以下|"
                            r"主要从|重点从)", after):
                    out.append((a, b, s.level, key))
                    break
        return out

    def _paragraph_agency(self, para_start: int) -> str | None:
        v = self.v
        head = para_start
        m = re.match(r"[\s—\-–]*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]|[一二三四五六七八九十]+是)?\s*", v[head: head + 12])
        if m:
            head += m.end()
        for ms, me, key in self._agency_near(head, head + 2):
            return key
        return None

    def _unit_in_charge(self, pos: int, end: int) -> str | None:
        """The one body a plan names in brackets after the task that holds `pos` (…新增就业8500人。〔市人社局，…〕;
        （牵头单位：市商务局）), when that body is the bracket's first and only unit."""
        m = _UNIT_IN_CHARGE.search(self.v, pos, end)
        if m is None:
            return None
        return next((key for ms, me, key in self._agency_near(m.start("u"), m.start("u") + 1) if me == m.end("u")), None)

    def agency_for(self, pos: int, ctx: ParagraphContext | None) -> str | None:
        if self.structure.genre == "work_report":
            return self.issuer
        if any(a <= pos < b for a, b in self.messages):
            return None  # a figure the citizen's message gives is no body's commitment or report
        if ctx is not None:
            lead = self._paragraph_agency(ctx.start) or self._unit_in_charge(pos, ctx.end)
            if lead:
                return lead
        best = None
        for a, b, level, key in self.section_agencies:
            if a <= pos < b and (best is None or level > best[0]):
                best = (level, key)
        return best[1] if best else self.issuer

    # -- time --------------------------------------------------------------------------------
    def _times_in(self, a: int, b: int) -> list[TimeExpression]:
        i = bisect_left(self.time_starts, a)
        out = []
        while i < len(self.times) and self.times[i].start < b:
            if self.times[i].end <= b:
                out.append(self.times[i])
            i += 1
        return out

    def _attached_year(self, start: int) -> TimeExpression | None:
        """A year written right before the number: 2020年的3.68万亿元, 到2025年的4.93万亿元."""
        for t in self._times_in(max(0, start - 12), start):
            gap = self.v[t.end: start]
            if re.fullmatch(r"(?:底|末)?的?", gap) and not t.comparison:
                return t
        return None

    def _range_end(self, t: TimeExpression) -> TimeExpression:
        """The end of a range or list of years that `t` opens (2018年—2024年我厅累计支持…: up to 2024)."""
        for u in self._times_in(t.end, t.end + 8):
            if self.v[t.end:u.start] in (*self.lex.range_connectors, "、", "和"):
                return u
        return t

    def change_role(self, q: SurfaceQuantity, clause_start: int) -> str | None:
        """"start" for A and "end" for B in 从A增长到B / 由A提升至B."""
        before = self.v[clause_start: q.start]
        before = re.sub(r"(?:19|20)\d{2}年(?:底|末)?的?$", "", before)
        before_stripped = before[:-len(q.prefix)] if q.prefix and before.endswith(q.prefix) else before
        if before_stripped.endswith(self.lex.change_start):
            return "start"
        if any(before_stripped.endswith(v) for v in self.lex.change_end_verbs) and \
                any(m in before_stripped for m in self.lex.change_start):
            return "end"
        return None

    def year_for(self, q: SurfaceQuantity, ctx: ParagraphContext | None, clause_start: int,
                 sentence_start: int, role: str | None) -> tuple[int | None, bool, bool]:
        """(year, written in the text?, written as a future goal?)."""
        attached = self._attached_year(q.start)
        if attached:
            return attached.year, True, attached.future
        if role is None:
            in_clause = [t for t in self._times_in(clause_start, q.start) if not t.comparison]
            if in_clause:
                t = in_clause[-1]
                return t.year, True, t.future
        if role is None:
            # a time that opens an earlier clause of the sentence holds for the clauses after it
            # (2024年，查处…案件92件; 2023年启动了…，并投入1000万元; 力争到2030年，创建…5个以上)
            opening = [t for t in self._times_in(self.full_sentences.before(q.start), clause_start)
                       if not t.comparison and (_CLAUSE_TIME_LEAD.fullmatch(self.v[self.clauses.before(t.start):t.start]) or
                                                _CLAUSE_TIME_TAIL.match(self.v, t.end))]
            if opening:
                t = self._range_end(opening[-1])
                return t.year, True, t.future
        if role != "start":
            # a time written at the head of the sentence or paragraph: "2020年，…", "今年1月…"
            heads = [t for t in self._times_in(sentence_start, q.start)
                     if not t.comparison and _HEAD_OPENER.fullmatch(self.v[sentence_start:t.start])]
            if not heads and ctx is not None:
                heads = [t for t in self._times_in(ctx.start, min(q.start, ctx.start + 24))
                         if not t.comparison and _HEAD_OPENER.fullmatch(self.v[ctx.start:t.start])]
            if heads:
                t = self._range_end(heads[0])
                return t.year, True, t.future
        if ctx is None:
            return self.doc_year, False, False
        if role == "start":
            return ctx.start_year, False, False
        return ctx.year, False, False

    # -- kind ------------------------------------------------------------------------------
    def _has_le(self, clause: str) -> bool:
        return self._last_le(clause) >= 0

    def _last_le(self, clause: str) -> int:
        """Where the last 了 of a completed action stands in the clause, or -1."""
        last = -1
        for m in _LE.finditer(clause):
            around = clause[max(0, m.start()): m.end() + 1]
            if not any(w in around for w in self.lex.le_exclusions):
                last = m.start()
        return last

    def kind_for(self, q: SurfaceQuantity, ctx: ParagraphContext | None, clause_before: str, sentence_before: str,
                 year: int | None, written: bool, future: bool, role: str | None) -> str:
        mode = ctx.mode if ctx else PLAN_ONE
        base = "observation" if mode in OBSERVATION_MODES else "target"
        if role == "start":
            return "observation"
        if base == "observation":
            if future and year is not None and self.doc_year is not None and year >= self.doc_year:
                return "target"
            if any(c in sentence_before for c in self.lex.target_cues):
                return "target"
            return "observation"
        # a plan, a reply: observation when the clause says it happened
        if written and year is not None and self.doc_year is not None and year < self.doc_year:
            return "observation"
        clause = clause_before
        for c in self.lex.observation_cues:
            at = clause.find(c)
            if at >= 0 and not (c == "上年" and clause[max(0, at - 1): at] in ("比", "较", "同", "与", "一")):
                return "observation"
        if self._has_le(clause):
            return "observation"
        if self.structure.genre != "work_report":
            if any(c in sentence_before for c in self.lex.observation_cues_outside_reports):
                return "observation"
            # (a reply, a news report or a summary; a plan, a notice or measures may set such figures as goals)
            if (self.structure.genre == "reply" or self.structure.genre == "document" and not self.policy) and \
                    not future and self._tells_done(q):
                return "observation"
            if ctx is not None and self._state_told_before(ctx.start, q.start):
                return "observation"
            if self.lex.month_range_is_observation and _MONTH_RANGE.search(sentence_before):
                return "observation"
            if q.unit == "元" and (self._allocated(sentence_before) or
                                  any(c in _WORDS_AFTER.match(self.v, q.end).group(0) for c in self.lex.allocation_cues)):
                return "observation"  # (…资金2000万元予以下达, 剩余5415万元先行拨付至企业)
            if self._sentence_opens_on_the_past(q):
                return "observation"
        return "target"

    def _allocated(self, sentence_before: str) -> bool:
        """Whether the sentence allocates the money (下达…资金875万元; …予以下达), not proposing (拟下达) nor setting a
        goal before it."""
        at = max((sentence_before.rfind(c) for c in self.lex.allocation_cues), default=-1)
        return at >= 0 and not re.search(r"(?:拟|将|计划|预计)$", sentence_before[max(0, at - 2):at]) and \
            not self._sets_a_goal(sentence_before)

    def _sentence_opens_on_the_past(self, q: SurfaceQuantity) -> bool:
        """Whether the full sentence opens with a clause that speaks of the past or the present state (截至目前，…;
        近年来，…; 去年，…) and sets no goal before the figure: its figures are observations."""
        start = self.full_sentences.before(q.start)
        first_end = self.clauses.after(start)
        if first_end >= q.start:
            return False  # the figure's own clause, looked at already
        return any(c in self.v[start:first_end] for c in self.lex.observation_cues) and \
            not self._sets_a_goal(self.v[start:q.start])

    def _sets_a_goal(self, words: str) -> bool:
        """Whether the words state a goal or a next step (力争, 目标, 计划, 下一步, 将…)."""
        return any(c in words for c in self.lex.goal_words)

    def _tells_done(self, q: SurfaceQuantity) -> bool:
        """Whether a reply or a report of what happened tells the figure as done: a cue of the past or of what was achieved anywhere before it in
        the full sentence (截至2023年底，全县…; 已完成…，梳理…7个; 起草了…，提出…12项; 累计, 获批, 入选, 建成), or the
        verb after it (4个产业集群入选…), and no goal or next step said in the sentence."""
        sentence_before = _QUOTED.sub("", self.v[self.full_sentences.before(q.start):q.start])
        goal_at = max((sentence_before.rfind(c) for c in self.lex.goal_words), default=-1)
        done_at = max([_last_telling(sentence_before, c) for c in (*self.lex.observation_cues,
                                                                     *self.lex.observation_cues_in_replies)] +
                      [self._last_le(sentence_before)])
        if goal_at >= 0 and done_at <= goal_at:
            return False  # the sentence turns to a goal after what it says was done
        if done_at >= 0:
            return True  # (积极争取各级科技项目，获批…36项: what was striven for, then obtained)
        after = _WORDS_AFTER.match(self.v, q.end).group(0)
        return any(c in after for c in self.lex.observation_cues_in_replies)

    def _state_told_before(self, para_start: int, pos: int) -> bool:
        """Whether a sentence of the paragraph up to `pos` opened on the current state (目前，全市…。全市接待游客…)
        and none after it turned to what will be done: the state goes on."""
        told = False
        for sentence in re.split(r"[。；！？]", self.v[para_start:pos]):
            opening = sentence.lstrip(" \t\n\u3000，,")[:6]
            if any(opening.startswith(w) for w in self.lex.reply_status_openings) or self._opens_on_a_told_year(opening):
                told = True
            elif any(opening.startswith(w) for w in self.lex.reply_plan_openings) or \
                    any(c in sentence for c in self.lex.target_cues):
                told = False
        return told

    def _opens_on_a_told_year(self, opening: str) -> bool:
        """A reply's sentence opening on its own year or an earlier one (2023年，对于需要复审的12家…; 2023年1-6月份，…)
        tells what that year has brought so far; a goal it sets turns the state off again (see _state_told_before)."""
        m = _YEAR_OPENING.match(opening)
        return bool(m and self.structure.genre == "reply" and self.doc_year is not None and
                    int(m.group(1)) <= self.doc_year)

    def modality_for(self, sentence_before: str) -> str | None:
        best, best_end = None, -1
        for w in self.lex.modality_words:  # longest first: 预期目标 wins over 目标 ending at the same place
            at = sentence_before.rfind(w)
            if at >= 0 and at + len(w) > best_end:
                best, best_end = w, at + len(w)
        return best

    # -- metric ----------------------------------------------------------------------------
    def metric_for(self, q: SurfaceQuantity, clause_start: int, left_start: int, index_in_list: int,
                   inherited_lead: str, role: str | None = None) -> tuple[str, str]:
        """(metric, the verb that opened the clause): a short description from the clause.

        `培育 5 个省级智能制造领军服务机构` → 省级智能制造领军服务机构培育数; `全省生产总值增长5.6%` →
        全省生产总值增速; `A、B、C分别达…` → the i-th subject.
        """
        v = self.v
        unit_word = "数" if q.unit in self.lex.counters else "量"
        full_left = _LEAD_NOISE.sub("", _YEAR_WORDS.sub("", v[clause_start: q.start - len(q.prefix)]))
        if role is not None:
            # 人才总量从150万人增加到200万人: what changes is written before 从/由
            m = re.match(r"(.+?)(?:从|由)", v[clause_start: q.start])
            if m:
                return self._tidy(_LEAD_NOISE.sub("", m.group(1))), ""
        if "分别" in full_left:
            subjects, _, _ = full_left.partition("分别")
            items = [x for x in re.split(r"[、和及与]", subjects) if x]
            if len(items) > 1:
                item = items[index_in_list] if 0 <= index_in_list < len(items) else subjects
                return self._tidy(item), ""
        left = v[left_start: q.start - len(q.prefix)]
        if left_start != clause_start and left.endswith(("、", "和", "及", "与")):
            left = ""  # 新建10家A、30家B: the words before belong to the previous item
        left = left.lstrip("、和及与，")
        right_end = _boundary_after(v, q.end, "，。；：、！？\n（(和及")
        right = re.sub(r"^的", "", v[q.end: min(right_end, q.end + 24)])
        left = _LEAD_NOISE.sub("", _YEAR_WORDS.sub("", left))
        lm = _LEAD_RE.match(left)
        lead = lm.group() if lm else ""
        if not left and inherited_lead:
            lead = inherited_lead
        noun_left = left[len(lead):] if left.startswith(lead) else left
        tail_suffix = ""
        for _ in range(3):
            tm = _TAIL_RE.search(noun_left)
            if not tm:
                break
            noun_left = noun_left[: tm.start()]
            tail_suffix = tail_suffix or _TAIL_VERBS[tm.group()]
        if q.unit == "%" and tail_suffix == "" and re.search(r"增长|增速", v[left_start:q.start]):
            tail_suffix = "增速"
        right_np = right if re.match(r"[\u4e00-\u9fff“]", right) else ""
        if lead and right_np and not noun_left:
            return self._tidy(right_np + lead + unit_word), lead
        if lead and noun_left:
            return self._tidy(noun_left + lead + unit_word), lead
        if not noun_left and right_np:
            return self._tidy(right_np + ("数" if q.unit in self.lex.counters else "")), lead
        return self._tidy(noun_left + tail_suffix), lead

    @staticmethod
    def _tidy(s: str) -> str:
        s = s.strip(" ，、；：的")
        return s[:40]

    # -- industries ------------------------------------------------------------------------
    def industries_for(self, a: int, b: int) -> tuple[str, ...]:
        seen: list[str] = []
        for s, e, key in self.industries:
            if s >= b:
                break
            if e > a and key not in seen:
                seen.append(key)
        return tuple(seen)

    # -- all ---------------------------------------------------------------------------------
    def run(self) -> list[Quantity]:
        v = self.v
        surface = scan_quantities(v, self.lex)
        out: list[Quantity] = []
        prev: tuple[SurfaceQuantity, str, int, bool] | None = None  # quantity, kind, clause start, in a breakdown
        list_index = 0
        prev_lead = ""
        prev_facts: tuple[str | None, int | None, bool, bool] | None = None
        for q in surface:
            ctx = self.contexts.at(q.start)
            clause_start = self.clauses.before(q.start)
            clause_end = self.clauses.after(q.end)
            sentence_start = self.sentences.before(q.start)
            # cue words inside a quoted name (“六个倍增计划”, 《…行动计划》) do not count
            sentence_before = _QUOTED.sub("", v[sentence_start:q.start])
            # coordinated numbers share what is written before the first: 分别超98.5%和99%
            coordinated = prev is not None and prev[2] == clause_start and \
                re.fullmatch(r"[、和及与]|以及|、和", v[prev[0].end:q.start]) is not None
            list_index = list_index + 1 if coordinated else 0
            if coordinated and q.comparator == "=" and not q.prefix and prev[0].prefix and prev[0].comparator in (">", "~", ">=", "<="):
                q = SurfaceQuantity(q.start, q.end, q.value, q.unit, prev[0].comparator, q.value_max,
                                    "", q.number_end)
            if q.comparator == "=" and any(w in v[clause_start:q.start] for w in self.lex.level_verbs):
                q = dataclasses.replace(q, comparator=">=")
            role = self.change_role(q, clause_start)
            year, written, future = self.year_for(q, ctx, clause_start, sentence_start, role)
            if coordinated and prev_facts is not None:
                # 从2021年的46503元和16935元分别提高到58794元和23184元: list items share role and year
                p_role, p_year, p_written, p_future = prev_facts
                own_role, role = role, role or p_role
                if p_written and not self._attached_year(q.start):
                    year, written, future = p_year, True, p_future
                elif role != own_role:
                    year, written, future = self.year_for(q, ctx, clause_start, sentence_start, role)
            # a sentence that opens with a breakdown (…总投资100.2亿元。其中超亿元投资项目21个) goes on with the total
            # of the sentence right before it: its year too, unless it writes its own
            next_sentence = prev is not None and sentence_start > 0 and \
                self.sentences.before(prev[0].start) in (sentence_start, self.sentences.before(sentence_start - 1)) and \
                v[sentence_start:q.start].lstrip().startswith(self.lex.breakdown_cues)
            if next_sentence and not written and prev_facts is not None and prev_facts[2]:
                year, written, future = prev_facts[1], True, prev_facts[3]
            kind = self.kind_for(q, ctx, v[clause_start:q.start], sentence_before, year, written, future, role)
            if q.tabled:  # a statistical table's cell: a reported figure, of the year its caption states
                kind, year = "observation", q.table_year or year
            # 其中外资总部企业9家: a breakdown keeps the kind of the total before it
            if prev is not None and any(b in v[prev[0].end:q.start] or v[clause_start:q.start].startswith(b)
                                        or (b in sentence_before and prev[3]) for b in self.lex.breakdown_cues) \
                    and (self.sentences.before(prev[0].start) == sentence_start or
                         next_sentence and not self._sets_a_goal(sentence_before)) \
                    and not any(c in v[prev[0].end:q.start] for c in self.lex.target_cues):
                kind = prev[1]  # (unless it turns to what the parts will yield: …35个，预计建成能够新增…)
            modality = self.modality_for(sentence_before) if kind == "target" else None
            left_start = prev[0].end if prev is not None and prev[2] == clause_start else clause_start
            metric, lead = self.metric_for(q, clause_start, left_start, list_index,
                                           prev_lead if prev is not None and prev[2] == clause_start else "", role)
            prev_lead = lead
            a, b = self.view.ref_span(q.start, q.end)
            out.append(Quantity(
                start=a, end=b, text=self.ref[a:b], kind=kind, value=q.value, unit=q.unit,
                comparator=q.comparator, metric=metric, value_max=q.value_max, year=year,
                modality=modality, agency=self.agency_for(q.start, ctx),
                industries=self.industries_for(clause_start, clause_end),
            ))
            prev = (q, kind, clause_start, any(b in sentence_before for b in self.lex.breakdown_cues))
            prev_facts = (role, year, written, future)
        return out


def extract_quantities(
    text: str,
    view: NormalisedView,
    structure: Structure,
    agency_mentions: Sequence[Mention],
    issuer: str | None,
    doc_year: int | None,
    industry_mentions: Sequence[Mention] = (),
) -> list[Quantity]:
    """Every numeric target and reported figure of one document, in text order.

    `text` is the reference text and `view = normalise(text)`; spans of the result point into
    `text`. `agency_mentions` (cls "Agency", key = canonical name) decide who commits to a target
    when a paragraph or section is led by an agency other than the `issuer`; `doc_year` anchors
    今年/去年 and the periods of a work report; `industry_mentions` fill `Quantity.industries`.
    """
    return _Extractor(text, view, structure, agency_mentions, issuer, doc_year, industry_mentions,
                      load_lexicon()).run()
