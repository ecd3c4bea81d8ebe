"""Plain records passed between the pipeline's stages.

Every stage takes and returns these frozen dataclasses; nothing here knows about RDF.
All offsets are code-point offsets into `SourceText.text` (the reference text, exactly
as decoded from the file), end exclusive.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class SourceText:
    """A file as read: the reference text that every offset in the graph points into."""

    path: str  # as given to `build` (used to recognise a changed file)
    name: str  # basename, stored as pkg:sourceFile
    text: str
    sha256: str  # of the file's bytes
    encoding: str  # the codec the bytes were decoded with
    media_type: str = "text/plain"
    page_starts: tuple[int, ...] = ()  # offset where each page begins (PDF); empty otherwise
    # what a web page records of itself outside its article (meta tags): ("site", "重庆市科学技术局"),
    # ("source", "市科技局"), ("published", "2023-07-26"); empty for other files
    page_fields: tuple[tuple[str, str], ...] = ()
    # what the user states about the file (build --metadata): ("issuer", "六安市农业农村局"), ("area", "六安市"),
    # ("published", "2023-07-26"), ("url", "https://…"); it wins over what is inferred from the text
    given: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str  # exactly text[start:end]
    value: str = ""  # the same, cleaned for use (page breaks and stray spaces removed)


@dataclass(frozen=True)
class Section:
    """A heading of the body's section tree (一、 / （一） / 1. / 一是 …) and the text it governs."""

    id: str  # dotted path of ordinals, e.g. "1", "1.2", "1.2.3"
    level: int  # 1 for the top level of this document's tree
    style: str  # marker family: "cn" 一、, "paren_cn" （一）, "arabic" 1., "paren_arabic" （1）, "yishi" 一是
    marker: str  # the marker as written, e.g. "一、"
    heading: str  # the heading text after the marker, up to the first 。 or end of line
    start: int  # where the marker starts
    end: int  # where the governed text ends (next sibling or ancestor's sibling)
    parent: str | None = None


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int


@dataclass(frozen=True)
class Structure:
    """The layout of an official document (GB/T 9704-2012) or a work report."""

    genre: str  # "reply", "work_report", "plan", "notice", "document"
    fields: dict[str, Span] = field(default_factory=dict)  # issuer_mark, doc_number, title, addressee, ...
    sections: tuple[Section, ...] = ()
    paragraphs: tuple[Paragraph, ...] = ()
    body: Span | None = None  # the 正文

    def field_value(self, name: str) -> str | None:
        span = self.fields.get(name)
        return (span.value or span.text) if span else None


@dataclass(frozen=True)
class Entity:
    """A canonical entity: one node in the graph whatever document it was found in.

    `cls` is the local name of its pkg: class ("Agency", "Area", "Park", "Industry", "Initiative",
    "Person", "Suggestion", "CitedDocument"); `key` is its canonical name (the IRI is derived from both).
    """

    cls: str
    key: str
    label: str
    aliases: frozenset[str] = frozenset()
    # (property local name in pkg:, target class, target key): e.g. ("partOf", "Area", "常州市")
    links: tuple[tuple[str, str, str], ...] = ()
    # (property local name in pkg:, value): plain literals such as ("role", "代表"), ("areaCode", "320400")
    literals: tuple[tuple[str, object], ...] = ()


@dataclass(frozen=True)
class Mention:
    """One occurrence of an entity in the text."""

    cls: str
    key: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class Quantity:
    """A numeric statement: a target or an observation (see shared/eval/GUIDELINES.md)."""

    start: int
    end: int
    text: str
    kind: str  # "target" | "observation"
    value: Decimal
    unit: str
    comparator: str  # "=", ">=", ">", "<=", "<", "~", "range"
    metric: str = ""
    value_max: Decimal | None = None
    year: int | None = None
    modality: str | None = None
    agency: str | None = None  # canonical name of the agency (an Entity key of cls "Agency")
    industries: tuple[str, ...] = ()  # Entity keys of cls "Industry"


@dataclass(frozen=True)
class IndustryLink:
    """An agency works on an industry in this document; `evidence` says where the text shows it."""

    agency: str  # Entity key of cls "Agency"
    industry: str  # Entity key of cls "Industry"
    # (kind, start, end): kind is "mention" (an industry mention in a paragraph the agency leads),
    # "quantity" (a target/figure attributed to the agency about the industry) or "initiative"
    evidence: tuple[tuple[str, int, int], ...]


@dataclass(frozen=True)
class DocumentRelation:
    """A link from the document to an entity: ("issuedBy", "Agency", key), ("addressee", "Person", key)…"""

    prop: str
    cls: str
    key: str


@dataclass(frozen=True)
class DocumentRecord:
    """Everything the pipeline learned about one file; the ontology mapping turns it into triples."""

    source: SourceText
    structure: Structure
    title: str | None = None
    identifier: str | None = None  # 发文字号
    issued: str | None = None  # ISO date
    entities: tuple[Entity, ...] = ()
    mentions: tuple[Mention, ...] = ()
    quantities: tuple[Quantity, ...] = ()
    relations: tuple[DocumentRelation, ...] = ()
    industry_links: tuple[IndustryLink, ...] = ()
    literals: tuple[tuple[str, object], ...] = ()  # extra document literals, e.g. ("phone", "85681269")
