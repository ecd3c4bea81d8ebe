"""Document-level facts read off the layout: issuer, suggestion answered, people, addressees, cc.

The structure parser found the fields; this module turns them into entities, mentions and
document relations, resolving agency abbreviations in the document's jurisdiction.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from policykg.model import DocumentRelation, Entity, Mention, SourceText, Span, Structure

from .agencies import DocContext, official_prefix, resolve_agency
from .areas import gazetteer
from .entities_named import is_a_post
from .structure import EXECUTION_REPORT
from .web_address import year_in_address

_LIST_SPLIT = re.compile(r"[、，,；;]\s*")
# 周旭宏代表; 曾潘、李善勇、陈潇各位人大代表
_PERSON_ROLE_SUFFIX = re.compile(r"(?P<names>.+?)(?:各位)?(?:人大|政协)?(?P<role>代表|委员|同志|先生|女士)$")
_CN_DATE = re.compile(r"([〇零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日")
_DATE = re.compile(r"((?:19|20)\d{2})\s*[年\-/]\s*(\d{1,2})\s*[月\-/]\s*(\d{1,2})")
_YEAR_IN_NUMBER = re.compile(r"[〔\[（【]\s*((?:19|20)\d{2})\s*[〕\]）】]")
_YEAR_AFTER_TITLE = re.compile(r"》\s*[(（][^()（）\n]{1,12}?[〔\[【]\s*((?:19|20)\d{2})\s*[〕\]】]")


@dataclass(frozen=True)
class LayoutFacts:
    title: str | None
    identifier: str | None
    issued: str | None  # ISO date
    year: int | None  # the document's year: date, or the year in its number or title
    entities: tuple[Entity, ...]
    mentions: tuple[Mention, ...]
    relations: tuple[DocumentRelation, ...]
    literals: tuple[tuple[str, object], ...]


def _cn_small(s: str) -> int:
    digits = {"〇": 0, "零": 0, "一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
    if "十" in s:
        tens, _, ones = s.partition("十")
        return (digits[tens] if tens else 1) * 10 + (digits[ones] if ones else 0)
    return int("".join(str(digits[c]) for c in s))


def iso_date(text: str | None) -> str | None:
    if not text:
        return None
    m = _DATE.search(text)
    if m:
        y, mo, d = int(m.group(1)), int(m.group(2)), int(m.group(3))
    else:
        m = _CN_DATE.search(text)
        if not m:
            return None
        y, mo, d = _cn_small(m.group(1)), _cn_small(m.group(2)), _cn_small(m.group(3))
    if not (1 <= mo <= 12 and 1 <= d <= 31):
        return None
    return f"{y:04d}-{mo:02d}-{d:02d}"


class _Collector:
    def __init__(self, source: SourceText):
        self.source = source
        self.entities: list[Entity] = []
        self.mentions: list[Mention] = []
        self.relations: list[DocumentRelation] = []

    def entity(self, e: Entity) -> Entity:
        self.entities.append(e)
        return e

    def mention(self, cls: str, key: str, span: Span | None, surface: str | None = None) -> None:
        """A mention of `surface` inside `span` (the whole span when surface is not given)."""
        if span is None:
            return
        start, end = span.start, span.end
        if surface:
            at = self.source.text.find(surface, span.start, span.end)
            if at < 0:
                # the surface may be written with stray spaces in the reference text ("杨 军")
                pattern = r"[ \t\u3000]*".join(map(re.escape, surface))
                m = re.compile(pattern).search(self.source.text, span.start, span.end)
                if not m:
                    return
                start, end = m.start(), m.end()
            else:
                start, end = at, at + len(surface)
        self.mentions.append(Mention(cls, key, start, end, self.source.text[start:end]))

    def relate(self, prop: str, cls: str, key: str) -> None:
        self.relations.append(DocumentRelation(prop, cls, key))


def _agency_entity(name: str, surface: str, ctx: DocContext) -> Entity:
    area = gazetteer().get(ctx.area)
    # 沁县人民政府办公室 in a document of 长治市沁县: a county's bodies carry its own name only
    own = area is not None and name.startswith((area.key, official_prefix(area)))
    links = (("jurisdiction", "Area", ctx.area),) if own else ()
    return Entity("Agency", name, name, frozenset({surface, name}), links)


def _person(c: _Collector, name: str, role: str, span: Span | None, prop: str) -> str:
    name = re.sub(r"[ \t\u3000]+", "", name)
    c.entity(Entity("Person", name, name, frozenset({name}), literals=(("role", role),)))
    c.mention("Person", name, span, name)
    c.relate(prop, "Person", name)
    return name


def _deputies_addressed(c: _Collector, addressee: Span | None) -> list[str]:
    """The deputies or CPPCC members a reply answers, named in its addressee line (周旭宏代表：; 尊敬的李云波、潘邦先委员：;
    王立川等委员：), whether or not the reply writes the suggestion's number."""
    m = _PERSON_ROLE_SUFFIX.match(re.sub(r"^尊敬的", "", addressee.value)) if addressee else None
    if m is None or m.group("role") not in ("代表", "委员"):
        return []
    names = [re.sub(r"等(?:[0-9一二三四五六七八九十]+[名位])?$", "", n) for n in _LIST_SPLIT.split(m.group("names"))]
    # (艾尔肯·依扎克: a name written with its parts)
    # (主任、各位副主任、秘书长、各位委员：a congress's meeting greeted by its posts names no one)
    return [_person(c, n, m.group("role"), addressee, "addressee") for n in names
            if _PERSON_NAME.fullmatch(n) and not is_a_post(n) and "各位" not in n]


# (a name a page partly masks, 张*, 李*兴, is still a person; one masked whole, ***, is no one)
_PERSON_NAME = re.compile(r"[\u4e00-\u9fff][\u4e00-\u9fff*＊]{1,3}|[\u4e00-\u9fff]{1,8}(?:·[\u4e00-\u9fff]{1,8}){1,2}")


def _agencies_in_list(c: _Collector, span: Span | None, ctx: DocContext, prop: str) -> None:
    if span is None:
        return
    for part in _LIST_SPLIT.split(span.value or span.text):
        part = part.strip(" 。.")
        if not part:
            continue
        name = resolve_agency(part, ctx)
        if name:
            c.entity(_agency_entity(name, part, ctx))
            c.mention("Agency", name, span, part)
            c.relate(prop, "Agency", name)


_HEADLINE_MONTH = re.compile(r"\s*[^\n]{0,30}?((?:19|20)\d{2})年(?:[1-9]|1[0-2])月份?[^\n]{0,30}(?:会|仪式|活动|开工|签约|举行|召开)\s*\n")
_YEAR_NUMBERED_SUGGESTION = re.compile(r"(?:建议|提案|议案)[^\n。]{0,80}?第\s*((?:19|20)\d{2})\d{3,5}\s*号"
                                       r"|第\s*((?:19|20)\d{2})\d{3,5}\s*号(?:建议|提案|议案)")


_REVIEW_HEADING = re.compile(r"^[ \t]*[一二三四五六七八九十]+、[^\n]{0,12}(?:回顾|工作总结)", re.M)
_TOP_HEADING = re.compile(r"^[ \t]*[一二三四五六七八九十]+、", re.M)
# a year the review tells of, not a goal it recalls (提前完成到2025年的目标) or a time it reached before
_REVIEWED_YEAR = re.compile(r"(?<![到至于在\d])((?:19|20)\d{2})年(?!前|目标|以前)")


def _year_after_review(text: str) -> int | None:
    """An undated work report (一、七届政府工作回顾 …初步核算2022年达到3850亿元) is of the year after the latest
    one its review tells of."""
    m = _REVIEW_HEADING.search(text, 0, 3000)
    if m is None:
        return None
    nxt = _TOP_HEADING.search(text, m.end())
    years = [int(y) for y in _REVIEWED_YEAR.findall(text, m.end(), nxt.start() if nxt else m.end() + 4000)]
    return max(years) + 1 if years else None


def layout_facts(source: SourceText, structure: Structure, ctx: DocContext) -> LayoutFacts:
    c = _Collector(source)
    f = structure.fields
    literals: list[tuple[str, object]] = []

    if ctx.issuer:
        c.entity(_agency_entity(ctx.issuer, ctx.issuer, ctx))
        c.relate("issuedBy", "Agency", ctx.issuer)
        c.mention("Agency", ctx.issuer, f.get("issuer_mark"))

    addressee = f.get("addressee")
    deputies = _deputies_addressed(c, addressee) if structure.genre != "work_report" else []
    if structure.genre == "reply":
        number = structure.field_value("suggestion_number")
        meeting = structure.field_value("suggestion_meeting")
        kind = structure.field_value("suggestion_kind") or "建议"
        if number:
            key = f"{meeting or ''}{kind}第{number}号"
            literals_s: list[tuple[str, object]] = [("number", number)]
            if meeting:
                literals_s.append(("meeting", meeting))
            stitle = structure.field_value("suggestion_title")
            if stitle:
                literals_s.append(("title", f["suggestion_title"].text))
            c.entity(Entity("Suggestion", key, key, frozenset({key}),
                            links=tuple(("proposedBy", "Person", d) for d in deputies),
                            literals=tuple(literals_s)))
            c.relate("respondsTo", "Suggestion", key)
    elif addressee and structure.genre != "work_report" and not deputies:
        _agencies_in_list(c, addressee, ctx, "addressee")

    for field, role, prop in (("signer", "签发人", "signer"), ("handler", "经办人", "handler")):
        span = f.get(field)
        if span and 2 <= len(span.value) <= 4:
            _person(c, span.value, role, span, prop)
    speaker = f.get("speaker")
    if speaker:
        office = structure.field_value("speaker_office") or ""
        if ctx.area and office and not office.startswith(ctx.area):
            # "省长" or "省人民政府省长" under a provincial report: name the office in full
            office = re.sub(r"^(?:省|市|自治区)?(?:人民政府)?", "", office)
            office = f"{ctx.issuer or ctx.area}{office}" if ctx.issuer else office
        _person(c, speaker.value, office or "报告人", speaker, "speaker")
    _agencies_in_list(c, f.get("copy_to"), ctx, "copyTo")
    _agencies_in_list(c, f.get("printed_by"), ctx, "printedBy")

    phone = structure.field_value("phone")
    if phone:
        literals.append(("phone", phone))
    meeting = structure.field_value("meeting")
    if meeting:
        literals.append(("meeting", meeting))

    title = structure.field_value("title")
    identifier = structure.field_value("doc_number")
    stated = dict(source.given).get("published", "")  # 2023-07-26, 2023-07 or 2023 (policykg.metadata)
    issued = stated if len(stated) == 10 else \
        iso_date(structure.field_value("date")) or iso_date(structure.field_value("published"))
    year = int(stated[:4]) if stated else int(issued[:4]) if issued else None
    if year and issued and structure.genre == "work_report" and int(issued[5:7]) >= 11:
        year += 1  # a report delivered in late autumn or December (2020年12月24日) is the next year's: it reviews this one
    if year is None and identifier:
        m = _YEAR_IN_NUMBER.search(identifier)
        year = int(m.group(1)) if m else None
    if year is None and title:
        # (a plan's period in its title, （2022—2024年）: written as it begins)
        m = re.search(r"((?:19|20)\d{2})\s*[-—–－~至]\s*(?:19|20)\d{2}年", title) or re.search(r"((?:19|20)\d{2})年", title)
        year = int(m.group(1)) if m else None
    if year is None:
        m = re.search(r"(?<!\d)((?:19|20)\d{2})(?!\d)", source.name)
        year = int(m.group(1)) if m else None
    if year is None:  # a web page's publication date (meta PubDate)
        m = re.match(r"((?:19|20)\d{2})", dict(source.page_fields).get("published", ""))
        year = int(m.group(1)) if m else None
    if year is None:  # the date the site wrote into the page's address (…/202203/t20220329_463457.html)
        address = dict(source.given).get("url") or dict(source.page_fields).get("url")
        year = year_in_address(address) if address else None
    if year is None and not identifier:
        # a page without a date or a number of its own that cites others at its head (解读《…方案》(豫政办〔2024〕64号))
        # is of their latest year at the earliest: the year it is about
        year = max(map(int, _YEAR_AFTER_TITLE.findall(source.text[:1500])), default=None)
    if year is None and not title:
        # an undated page headed by an event of a month (高新区举行2023年5月份重点项目集中开工动员会) is of that year
        m = _HEADLINE_MONTH.match(source.text)
        year = int(m.group(1)) if m else None
    if year is None and structure.genre == "reply":
        # the suggestion it answers numbered by its year (《关于…的建议》(第20222149号)): replies answer within the year
        m = _YEAR_NUMBERED_SUGGESTION.search(source.text[:600])
        year = int(m.group(1) or m.group(2)) if m else None
    if year is None and structure.genre == "work_report":
        year = _year_after_review(source.text)
    if structure.genre == "work_report" and not stated and not structure.field_value("date"):
        # a report without its meeting's date reviews the year before it (一、2024年工作回顾), whenever its page
        # was published (a report of 2025 put online on 2024-12-31)
        # (a plan bureau's report reviews the year of its 执行情况 alike)
        m = re.search(rf"((?:19|20)\d{{2}})年(?:(?:政府)?工作回顾|[^\n。，,]{{0,16}}?{EXECUTION_REPORT})", source.text[:3000])
        year = int(m.group(1)) + 1 if m else year

    return LayoutFacts(
        title=title,
        identifier=f["doc_number"].text if "doc_number" in f else None,
        issued=issued,
        year=year,
        entities=tuple(c.entities),
        mentions=tuple(c.mentions),
        relations=tuple(dict.fromkeys(c.relations)),
        literals=tuple(literals),
    )
