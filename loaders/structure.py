"""The layout of an official document (GB/T 9704-2012) and of a government work report.

Fields (发文机关标志, 发文字号, 标题, 主送机关, 签发人, 经办人, 联系电话, 抄送, 印发, 成文日期, 附件;
for work reports the meeting line, speaker and date) are found by the cue words the standard
prescribes; the body's section tree is built from the heading markers as the document nests them.
A layout nothing here recognises still yields paragraphs and whatever sections it has.
Matching runs on the normalised view; every span is mapped back to the reference text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.model import Paragraph, Section, Span, Structure

from .normalise import NormalisedView, normalise

_CN_DIGITS = "零〇一二三四五六七八九十百"
_CN_NUM = f"[{_CN_DIGITS}]+"

# -- header and footer fields, by the cue words of GB/T 9704-2012 -------------------------------
_ISSUER_MARK = re.compile(r"^[ \t]*(?P<v>[^\n，。：]{2,40}?)[ \t]*文[ \t]*件[ \t]*$", re.M)
# a number damaged in copying, its 〕 lost and year and number run together (芜政办〔202125, 裕政〔201510号): after the
# issuer's abbreviation, what stands for 〔2021〕25号
DAMAGED_NUMBER = r"〔(?:19|20)\d{3,6}号?(?![\d〕])"
_DOC_NUMBER = re.compile(
    r"(?P<v>[\u4e00-\u9fff]{1,12}(?:[〔\[（【]\s*(?:19|20)\d{2}\s*[〕\]）】]\s*第?\s*\d{1,5}\s*号"
    rf"|{DAMAGED_NUMBER}))"
)
# a page's own record of the document's title, a labelled field (标      题: …; 名 称: | …的通知 |)
_TITLE_FIELD = re.compile(r"^[ \t]*(?:标[ \t]*题|名[ \t]*称)[ \t]*[：][ \t|]*(?P<v>[^\n|]{4,120}?(?:通知|意见|方案|计划|规划|办法|"
                          r"答复|复函|决定|报告|措施|纲要|细则|公告|通告|批复))(?:[ \t]*\||[ \t]*$)", re.M)
# a title set over two lines, perhaps with a blank one between (关于印发2020年兴宁区优化营商环境\n\n实施方案的通知)
_SPLIT_TITLE = re.compile(r"^[ \t]*(?P<v>关于[^\n。；：]{2,60}\n(?:[ \t]*\n)?[ \t]*[^\n。；：]{1,40}?(?:的通知|的意见|的答复|的复函|"
                          r"的批复|的决定|的报告|的函))[ \t]*$", re.M)
_TITLE_LINE = re.compile(r"^[ \t]*(?P<v>关于[^\n]{2,120}?(?:的|之)?(?:答复|复函|通知|意见|批复|报告|决定|函|办法|方案|计划|规划|规定|通报|请示|纪要|公告))[ \t]*$", re.M)
# a reply titled by what it answers, without 关于 (对市政协十四届二次会议第20230128号提案的答复; 市十七届人大三次会议
# 第0123号建议答复) — a meeting's session named, no 关于 (a title with 关于 is _TITLE_LINE's, or a body's before it)
_ANSWER_TITLE = re.compile(r"^[ \t]*(?P<v>对?(?:(?!关于)[^\n。，；：]){1,30}?届(?:(?!关于)[^\n。，；：]){2,40}?(?:建议|提案|议案)"
                           r"(?:办理情况)?的?(?:答复函|答复|复函))[ \t]*$", re.M)
_REPORT_TITLE = re.compile(r"^[ \t]*(?P<v>[^\n]{0,40}?政府工作报告)[ \t]*$", re.M)
_GENERIC_TITLE = re.compile(r"^[ \t]*(?P<v>[^\n。；]{4,80}?(?:行动计划|实施方案|工作方案|实施意见|指导意见|规划|办法|通知|意见|决定|公告|通告|细则|纲要|的报告))[ \t]*$", re.M)
_ADDRESSEE = re.compile(r"^[ \t]*(?P<v>[^\n。；]{2,80}?)[：][ \t]*$", re.M)
# the line a reply opens on, greeting the deputies or members it answers (尊敬的李云波、潘邦先委员：; 王立川等委员：)
_SALUTATION = re.compile(r"^[ \t]*(?P<v>[^\n。；：]{2,40}?(?:代表|委员))[ \t]*[：][ \t]*$", re.M)
# a page's own record of itself, as labels above the text (• 索引号：, 公开主体：)
_PAGE_FIELD_LABEL = re.compile(r"[•·\-\s]*(?:索引号|主题分类|公开主体|发文字号|文号|成文日期|发布日期|发布时间|办理结果|信息来源|"
                               r"发布机构|体裁分类|公开方式|组配分类|有效性|所属机构|关键词|时效)")
_LABELLED = {
    "signer": re.compile(r"(?:签[ \t]*发[ \t]*人|领导签发|签发领导|领导署名)[ \t]*[：][ \t]*(?P<v>[^\n]{1,40}?)[ \t]*$", re.M),
    "handler": re.compile(r"经[ \t]*办[ \t]*人[ \t]*[：][ \t]*(?P<v>[^\n]{1,40}?)[ \t]*$", re.M),
    "phone": re.compile(r"联[ \t]*系[ \t]*电[ \t]*话[ \t]*[：][ \t]*(?P<v>[0-9０-９()（）\-—– ,，、]{5,40}?)[ \t]*$", re.M),
    "contact": re.compile(r"联[ \t]*系[ \t]*人[ \t]*[：][ \t]*(?P<v>[^\n]{1,40}?)[ \t]*$", re.M),
    "copy_to": re.compile(r"抄[ \t]*送[ \t]*[：][ \t]*(?P<v>[^\n]{2,400}?)[。.]?[ \t]*$", re.M),
    "attachment": re.compile(r"^[ \t]*附[ \t]*件[ \t]*[：]?[ \t]*(?P<v>[^\n]{2,200}?)[ \t]*$", re.M),
    "printed_by": re.compile(r"^[ \t]*(?P<v>[^\n]{2,60}?)[ \t]+(?:(?:19|20)\d{2}|[〇零一二三四五六七八九]{4})年[^\n]{1,8}日[ \t]*印发[ \t]*$", re.M),
    "source": re.compile(r"^[ \t]*来[ \t]*源[ \t]*[：][ \t]*\n?[ \t]*(?P<v>[^\n]{2,40}?)[ \t]*$", re.M),
}
_DATE = (
    r"(?:(?:19|20)\d{2}[ \t]*年[ \t]*\d{1,2}[ \t]*月[ \t]*\d{1,2}[ \t]*日"
    r"|[〇零一二三四五六七八九]{4}年[一二三四五六七八九十]{1,2}月[一二三四五六七八九十]{1,3}日)"
)
_DATE_LINE = re.compile(rf"^[ \t]*(?P<v>{_DATE})[ \t]*$", re.M)
_ISO_DATE = re.compile(r"(?:时间|发布时间|发表时间|日期)[ \t]*[：]?[ \t]*\n?[ \t]*"
                       r"(?P<v>(?:19|20)\d{2}(?:-\d{2}-\d{2}|年\d{1,2}月\d{1,2}日|/\d{1,2}/\d{1,2}))")
# a page's time stamp opening a line, unlabelled: 2020/6/22 10:10:00 人评论 内蒙古自治区人民政府门户网站 (the reader's
# view drops the space between the date and the time)
_TIMESTAMP_LINE = re.compile(r"^[ \t]*(?P<v>(?:19|20)\d{2}(?:-\d{1,2}-\d{1,2}|/\d{1,2}/\d{1,2}))[ \t]*(?=\d{1,2}[:：]\d{2})", re.M)
# work reports: "——2026年1月26日在河北省第十四届人民代表大会第四次会议上"
# (or the title, the meeting and the speaker on one line: 政府工作报告—2021年7月29日在…会议上自治县人民政府代理县长 孙立良)
_OFFICE = r"(?:省长|市长|主席|州长|县长|区长|盟长|旗长|总理)"
_MEETING_LINE = re.compile(
    rf"^[ \t]*(?:[^\n]{{0,10}}?工作报告)?[ \t]*[—\-－]*[ \t]*（?[ \t]*(?:(?P<date>{_DATE})|(?<=[—\-－])(?P<who>[\u4e00-\u9fff]{{2,4}}?))?"
    rf"[ \t]*在(?P<v>[^\n]{{4,60}}?(?:\n[^\n]{{0,40}}?)?(?:会议|大会))上(?:的(?:工作)?(?:报告|讲话))?[ \t]*）?"
    rf"(?:[ \t]*$|(?P<office>[\u4e00-\u9fff]{{0,16}}?{_OFFICE})[ \t]*(?P<speaker>[\u4e00-\u9fff][\u4e00-\u9fff·]{{1,3}})[ \t]*$)",
    re.M,
)
# the day in brackets on the line under the meeting's (——在中国共产党杭州市第十三次代表大会上的报告 / （2022年2月23日）)
_DATE_BELOW = re.compile(rf"\s*\n[ \t\u3000]*[（(][ \t]*(?P<v>{_DATE})[ \t]*[)）][ \t]*(?=\n|$)")
# a name alone on the line after the meeting's, its characters perhaps spaced out: 刘 誓 保
_NAME_LINE = re.compile(r"\s*\n[ \t\u3000]*(?!各位|同志|代表|委员)(?P<v>[\u4e00-\u9fff](?:[ \t\u3000]*[\u4e00-\u9fff]){1,3})[ \t\u3000]*\n")
# a speech's or an explanation's byline under its title: the name alone on a line, the date in brackets below it
# (杨政昆 / （二〇二五年十二月三十日）)
_NAME_ABOVE_DATE = re.compile(rf"^[ \t\u3000]*(?P<v>[\u4e00-\u9fff](?:[ \t\u3000]*[\u4e00-\u9fff]){{1,3}})"
                              r"(?<!报告|讲话|说明|致辞|发言|总结|要点|计划|方案|意见|通知|纪要|会议)[ \t\u3000]*\n"
                              rf"[ \t\u3000]*[（(][ \t]*{_DATE}[ \t]*[)）][ \t]*$", re.M)
# the speaker line under the meeting: "河北省人民政府省长 王正谱", "省长 胡玉亭", "上海市市长 龚 正"
# (the office is a place's or its government's, never a name: 吴之凌市长调研住建工作 is a news headline)
_SPEAKER_LINE = re.compile(
    rf"^[ \t]*(?P<office>(?:[\u4e00-\u9fff]{{0,14}}?(?:人民政府|政府|[省市县区州旗盟]))?(?:代理)?{_OFFICE})"
    r"[ \t]*(?P<v>[\u4e00-\u9fff][\u4e00-\u9fff·]{1,5})[ \t]*$",
    re.M,
)
# replies: "关于对常州市十六届人大五次会议代表建议 第 141 号的答复", "对市政协十三届三次会议第0123号提案的答复"
# (the meeting starts after 关于 or 对: 重庆市科学技术局关于市六届人大一次会议…; a number may carry its year: 第20230128号)
_SUGGESTION = re.compile(
    r"(?:关于)?对?(?P<meeting>(?:(?!关于|对)[\u4e00-\u9fff]){0,12}?(?:[一二三四五六七八九十]+|\d+)届(?:人大|政协|人民代表大会|委员会)?"
    r"[一二三四五六七八九十\d]+次(?:全体)?会议)?[ \t]*(?:第[ \t]*)?(?P<who>代表|委员)?(?P<kind>建议|提案|议案|意见)?"
    r"[ \t]*第?[ \t]*(?<!\d)(?P<number>\d{1,8})[ \t]*号(?P<kind2>建议|提案|议案)?"
)
_SUGGESTION_TITLE = re.compile(r"(?:提出的|提交的|你们的|您的|你的)[ \t]*《(?P<v>[^》\n]{2,120})》")

# -- the section tree ------------------------------------------------------------------------
# marker families in the order GB/T 9704 gives them; a document may skip or reorder levels,
# so levels are assigned by the order in which the families first appear (see _nest).
_HEADINGS = [
    ("chapter", re.compile(rf"^[ \t]*(?P<m>第{_CN_NUM}[章部分编])[ \t]*", re.M)),
    ("cn", re.compile(rf"^[ \t]*(?P<m>{_CN_NUM}[、．.])[ \t]*", re.M)),
    ("paren_cn", re.compile(rf"^[ \t]*(?P<m>（{_CN_NUM}）)[ \t]*", re.M)),
    ("arabic", re.compile(r"^[ \t]*(?P<m>\d{1,2}(?:[、]|[.．](?!\d)))[ \t]*", re.M)),
    ("paren_arabic", re.compile(r"^[ \t]*(?P<m>（\d{1,2}）)[ \t]*", re.M)),
]
# "一是…二是…" items start a paragraph or follow a sentence end
_YISHI = re.compile(rf"(?:^|(?<=[。；！？\n]))[ \t]*(?P<m>(?:{_CN_NUM})是)(?=[\u4e00-\u9fff“《])", re.M)
_HEADING_END = re.compile(r"[。；！？\n]")
_MAX_HEADING = 80
# the 主送机关 follows the title closely; only the report's header lines may stand between
_MAX_LINES_BEFORE_ADDRESSEE = 6


def _cn_ordinal(marker: str) -> int | None:
    digits = re.sub(r"[^零〇一二三四五六七八九十百0-9]", "", marker)
    if not digits:
        return None
    if digits.isdigit():
        return int(digits)
    values = {"零": 0, "〇": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    total, current = 0, 0
    for ch in digits:
        if ch == "十":
            total += (current or 1) * 10
            current = 0
        elif ch == "百":
            total += (current or 1) * 100
            current = 0
        else:
            current = values[ch]
    return total + current


@dataclass(frozen=True)
class _Marker:
    style: str
    marker: str
    ordinal: int
    start: int  # view offsets
    text_start: int


def _find_markers(view: str, lo: int, hi: int) -> list[_Marker]:
    found: dict[int, _Marker] = {}
    for style, pattern in _HEADINGS:
        for m in pattern.finditer(view, lo, hi):
            ordinal = _cn_ordinal(m.group("m"))
            if ordinal is None or ordinal > 60:
                continue
            found.setdefault(m.start("m"), _Marker(style, m.group("m"), ordinal, m.start("m"), m.end()))
    for m in _YISHI.finditer(view, lo, hi):
        ordinal = _cn_ordinal(m.group("m"))
        if ordinal is not None:
            found.setdefault(m.start("m"), _Marker("yishi", m.group("m"), ordinal, m.start("m"), m.end()))
    return [found[k] for k in sorted(found)]


def _plausible(markers: list[_Marker]) -> list[_Marker]:
    """Keep markers that continue a sequence: a family's first item is 1, later ones count up by one.

    A stray "3." at a line start (a footnote, a list inside a table) does not open a section.
    """
    kept: list[_Marker] = []
    last: dict[str, int] = {}
    for mk in markers:
        prev = last.get(mk.style)
        if mk.ordinal == 1 or (prev is not None and mk.ordinal == prev + 1):
            kept.append(mk)
            last[mk.style] = mk.ordinal
            # a new parent-level item restarts the counters of the families below it
            if mk.style != "yishi":
                order = [s for s, _ in _HEADINGS] + ["yishi"]
                for style in order[order.index(mk.style) + 1:]:
                    last.pop(style, None)
    return kept


def _paragraph_end(view: str, pos: int, hi: int) -> int:
    nl = view.find("\n", pos, hi)
    return hi if nl < 0 else nl


def _nest(view: NormalisedView, markers: list[_Marker], body_end: int) -> tuple[Section, ...]:
    """Levels by family: the stack of open families decides whether a marker is a child or a sibling."""
    text = view.text
    stack: list[tuple[_Marker, str]] = []  # (marker, section id)
    counters: dict[str | None, int] = {}
    raw: list[tuple[_Marker, str, str | None, int]] = []  # marker, id, parent id, level
    for mk in markers:
        while stack and stack[-1][0].style != mk.style and mk.style in {m.style for m, _ in stack}:
            stack.pop()
        if stack and stack[-1][0].style == mk.style:
            stack.pop()
        parent = stack[-1][1] if stack else None
        counters[parent] = counters.get(parent, 0) + 1
        sid = f"{parent}.{counters[parent]}" if parent else str(counters[parent])
        raw.append((mk, sid, parent, len(stack) + 1))
        stack.append((mk, sid))
    sections = []
    for i, (mk, sid, parent, level) in enumerate(raw):
        # a section ends where the next section at its level or above begins
        end = body_end
        for later_mk, _, _, later_level in raw[i + 1:]:
            if later_level <= level:
                end = later_mk.start
                break
        if mk.style == "yishi":  # inline items end with their paragraph at the latest
            end = min(end, _paragraph_end(text, mk.text_start, body_end))
        stop = _HEADING_END.search(text, mk.text_start, min(end, mk.text_start + _MAX_HEADING))
        heading_end = stop.start() if stop else min(end, mk.text_start + _MAX_HEADING)
        ref_start, ref_end = view.ref_span(mk.start, end)
        sections.append(Section(
            id=sid, level=level, style=mk.style, marker=mk.marker,
            heading=text[mk.text_start:heading_end].strip(),
            start=ref_start, end=ref_end, parent=parent,
        ))
    return tuple(sections)


def _paragraphs(text: str) -> tuple[Paragraph, ...]:
    out = []
    for m in re.finditer(r"[^\n]+", text):
        if m.group().strip():
            out.append(Paragraph(m.start(), m.end()))
    return tuple(out)


class _Fields:
    """Collects field spans found on the view, mapped to reference spans."""

    def __init__(self, ref: str, view: NormalisedView):
        self.ref, self.view, self.spans = ref, view, {}

    def add(self, name: str, start: int, end: int) -> Span:
        a, b = self.view.ref_span(start, end)
        value = re.sub(r"\s+", "", self.view.text[start:end]) if name != "title" else \
            re.sub(r"[ \t]*\n\s*", "", self.view.text[start:end].strip())  # (a title set over two lines is one)
        span = Span(a, b, self.ref[a:b], value)
        self.spans.setdefault(name, span)
        return span

    def add_match(self, name: str, m: re.Match | None, group: str = "v") -> Span | None:
        if m is None or m.group(group) is None:
            return None
        return self.add(name, m.start(group), m.end(group))


# a plan or budget bureau's report to the congress (…2023年国民经济和社会发展计划执行情况…): it reviews the year and
# plans the next one as a government's work report does
EXECUTION_REPORT = r"(?:计划|预算)执行情况"


# a report to a Party congress: the line under its title (——在中国共产党杭州市第十三次代表大会上的报告), its headline
# (中国共产党杭州市第十三次代表大会报告), or who makes it (代表中共天津市滨海新区第三届委员会向大会作报告); the committee's
# term, five years from the congress, is no five-year plan's (field party_congress: the committee's place)
_PARTY_CONGRESS_REPORT = re.compile(
    r"(?:在|^\s*)(?:中国共产党|中共)(?P<place>[\u4e00-\u9fff]{2,14}?)第[一二三四五六七八九十]+次代表大会(?:上的)?(?:报告|工作报告)"
    r"|代表(?:中国共产党|中共)(?P<board>[\u4e00-\u9fff]{2,14}?)第[一二三四五六七八九十]+届委员会向大会作(?:工作)?报告", re.M)


def _genre(title: str | None, head: str) -> str:
    probe = (title or "") + head
    if "政府工作报告" in probe or re.search(rf"向大会报告(?:政府)?工作|{EXECUTION_REPORT}", probe[:300]):
        return "work_report"
    # (a co-handling body's opinion on a suggestion answers it too: …第4177号建议的协办意见, 提案的会办意见)
    if re.search(r"答复|复函|(?:建议|提案|议案)的?(?:协办|会办|主办|办理)(?:意见|情况)", title or "") or \
            re.search(r"(?:建议|提案|议案)[\s\S]{0,20}收悉", head):
        return "reply"
    if re.search(r"行动计划|实施方案|工作方案|规划|纲要|行动方案", title or ""):
        return "plan"
    if re.search(r"通知|通告|公告", title or ""):
        return "notice"
    return "document"


_CITING_VERB = re.compile(r"围绕|根据|按照|依据|依照|参照|对照|落实|贯彻|执行|印发|转发")


def _own_number(v: str, limit: int) -> re.Match | None:
    """The document's own number near its head; not a number the running text cites (紧紧围绕国发〔2022〕2号文件,
    按照…〔2021〕3号要求)."""
    for m in _DOC_NUMBER.finditer(v, 0, limit):
        prefix = re.match(r"[\u4e00-\u9fff]+", m.group("v")).group(0)
        # (only the last characters are the issuer's abbreviation: a title may run into it on a page)
        if re.match(r"文件|精神|要求|规定|有关|的", v[m.end():m.end() + 2]) or _CITING_VERB.search(prefix[-6:]) or \
                re.match(r"[\u4e00-\u9fff》]（", v[m.start() - 2:m.start()]):
            continue  # 批复同意（本政〔2011〕281号）, 《…意见》（湘政发【2012】33号）: a number in brackets in the running text
            # cites another (a line of its own under the title, （川文旅发〔2020〕57号）, is the document's)
        return m
    return None


def parse_structure(text: str, view: NormalisedView | None = None) -> Structure:
    view = view or normalise(text)
    v = view.text
    head_limit = min(len(v), 1500)
    fields = _Fields(text, view)

    issuer = _ISSUER_MARK.search(v, 0, min(len(v), 300))
    fields.add_match("issuer_mark", issuer)
    fields.add_match("doc_number", _own_number(v, head_limit))
    title = _TITLE_FIELD.search(v, 0, head_limit) or _TITLE_LINE.search(v, 0, head_limit) or \
        _SPLIT_TITLE.search(v, 0, head_limit) or _ANSWER_TITLE.search(v, 0, head_limit) or \
        _REPORT_TITLE.search(v, 0, head_limit) \
        or _GENERIC_TITLE.search(v, 0, head_limit)
    fields.add_match("title", title)

    congress = _PARTY_CONGRESS_REPORT.search(v, 0, head_limit)
    fields.add_match("party_congress", congress, "place") or fields.add_match("party_congress", congress, "board")
    meeting = _MEETING_LINE.search(v, 0, head_limit)
    dated = _DATE_BELOW.match(v, meeting.end()) if meeting else None
    if meeting:
        fields.add_match("meeting", meeting)
        fields.add_match("date", meeting, "date") or fields.add_match("date", dated)
    speaker = _SPEAKER_LINE.search(v, 0, head_limit)
    if speaker:
        fields.add_match("speaker_office", speaker, "office")
        fields.add_match("speaker", speaker)
    elif meeting and meeting.group("speaker"):
        fields.add_match("speaker_office", meeting, "office")
        fields.add_match("speaker", meeting, "speaker")
    elif meeting:
        # ——胥亚伟在…人民代表大会第四次会议上, or the name alone on the next line, its characters spaced (刘 誓 保)
        fields.add_match("speaker", meeting, "who") or \
            fields.add_match("speaker", _NAME_LINE.match(v, dated.end() if dated else meeting.end()))
    else:
        fields.add_match("speaker", _NAME_ABOVE_DATE.search(v, 0, head_limit))
    fields.add_match("published", _ISO_DATE.search(v, 0, head_limit) or _TIMESTAMP_LINE.search(v, 0, head_limit))

    # the addressee is the first "…：" line after the title (主送机关, or the deputy a reply answers)
    after_title = title.end() if title else 0
    addressee = _ADDRESSEE.search(v, after_title, head_limit)
    salutation = _SALUTATION.search(v, after_title, head_limit)
    if salutation and (addressee is None or _PAGE_FIELD_LABEL.match(addressee.group("v"))):
        addressee = salutation  # 仇忠伟委员： below the page's own fields (• 索引号：…), however many lines they take
    elif addressee and (
        re.search(r"来源|时间|位置|字[号体]|分享|签发人|经办人|电话", addressee.group("v"))
        or len(re.findall(r"\S[^\n]*\n", v[after_title:addressee.start()])) > _MAX_LINES_BEFORE_ADDRESSEE
        or any(p.search(v, after_title, addressee.end()) for _, p in _HEADINGS)
    ):
        addressee = None  # a "…：" line deep in the text or opening a section is not the 主送机关
    fields.add_match("addressee", addressee)

    for name, pattern in _LABELLED.items():
        # footer fields are searched from the end, so a cue inside the body is not taken for one
        matches = list(pattern.finditer(v))
        if matches:
            fields.add_match(name, matches[-1] if name != "source" else matches[0])
    date_lines = list(_DATE_LINE.finditer(v, len(v) // 2))
    if date_lines:
        fields.add_match("date", date_lines[-1])
        sig = re.search(r"^[ \t]*(?P<v>[^\n：。]{2,40}?)[ \t]*\n[ \t\n]*\Z", v[: date_lines[-1].start()])
        if sig:
            fields.add_match("signature", sig)

    title_value = fields.spans["title"].value if "title" in fields.spans else None
    genre = _genre(title_value, v[:head_limit])
    if genre == "reply" and title_value:
        sug = _SUGGESTION.search(title_value)
        if sug and sug.group("number"):
            tstart = title.start("v")
            for group, name in (("number", "suggestion_number"), ("meeting", "suggestion_meeting")):
                if sug.group(group):
                    offset = title_value.index(sug.group(0)) if sug.group(0) in title_value else 0
                    g_start = v.find(sug.group(group), tstart + offset)
                    if g_start >= 0:
                        fields.add(name, g_start, g_start + len(sug.group(group)))
            kind = sug.group("kind") or sug.group("kind2") or ("提案" if "提案" in title_value else "建议")
            kind_at = v.find(kind, tstart)
            if 0 <= kind_at < title.end("v"):
                fields.add("suggestion_kind", kind_at, kind_at + len(kind))
        stitle = _SUGGESTION_TITLE.search(v, after_title, head_limit + 500)
        fields.add_match("suggestion_title", stitle)

    # the body runs from after the addressee (or title/meeting) to the first footer field
    body_start = max((m.end() for m in (addressee, title, meeting, speaker) if m), default=0)
    footer_starts = []
    for n in ("signer", "handler", "contact", "phone", "copy_to", "printed_by", "signature"):
        if n in fields.spans:
            at = view.view_offset(fields.spans[n].start)
            line_start = v.rfind("\n", 0, at) + 1  # the cue word ("签发人：") opens the line
            if line_start > body_start:
                footer_starts.append(line_start)
    body_end = min(footer_starts, default=len(v))
    # the signature line sits above the date; cut it off the body as well
    if "signature" in fields.spans:
        body_end = min(body_end, view.view_offset(fields.spans["signature"].start))
    # trailing glossary or notes ("注释", "名词解释") are not part of the section tree of the body
    markers = _plausible(_find_markers(v, body_start, body_end))
    sections = _nest(view, markers, body_end)
    b_start, b_end = view.ref_span(body_start, body_end)
    return Structure(
        genre=genre,
        fields=dict(fields.spans),
        sections=sections,
        paragraphs=_paragraphs(text),
        body=Span(b_start, b_end, text[b_start:b_end]),
    )


def is_date(text: str) -> bool:
    """Whether the text is a date and nothing else (2023年9月28日, 二〇二五年十二月三十日), spaces around it aside."""
    return _DATE_ALONE.fullmatch(text.strip()) is not None


_DATE_ALONE = re.compile(_DATE)


def headline_lines(text: str, within: int = 600) -> list[str]:
    """A page's first four lines with text (in its first `within` characters): where a page without a document title
    writes its headline, below the page's own field lines."""
    return [ln.strip() for ln in text[:within].split("\n") if ln.strip()][:4]


def innermost_section(sections: tuple[Section, ...], offset: int) -> Section | None:
    """The deepest section whose extent holds the offset."""
    best = None
    for s in sections:
        if s.start <= offset < s.end and (best is None or s.level >= best.level):
            best = s
    return best
