"""The mapping of one DocumentRecord to the quads of its named graph, written as N-Quads.

Every document's graph is self-contained: the shared entities it mentions (agencies, areas,
industries…) are described again in it, so replacing or deleting a document never touches
another's facts, and the union of graphs merges entities by their deterministic IRIs.

Quads are rendered straight to N-Quads text: a document has thousands of them, and building term
objects one by one cost more than extracting the document. IRIs come only from the builders in
`ontology/__init__.py` (which escape what an IRI cannot hold); literals are escaped here.
"""
from __future__ import annotations

import re
from decimal import Decimal

import pyoxigraph as ox
from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

from policykg.loaders.structure import innermost_section
from policykg.extractor_version import stored_version
from policykg.model import DocumentRecord, Entity, Quantity, Section

from . import ID_NS, PKG, _slug, document_iri, entity_iri, graph_iri, span_iri


def I(iri: str) -> str:  # noqa: E743 - the N-Quads form of an IRI
    return f"<{iri}>"


class _Terms:
    """Vocabulary terms rendered once as N-Quads IRIs (rdflib's attribute lookup is slow here)."""

    def __init__(self, namespace, names):
        for name in names:
            setattr(self, name, I(str(namespace[name])))


P = _Terms(PKG, PKG.__annotations__)
RDF_TYPE = I(str(RDF.type))
PREF_LABEL = I(str(SKOS.prefLabel))
ALT_LABEL = I(str(SKOS.altLabel))
_XSD_INTEGER = I(str(XSD.integer))
_XSD_DECIMAL = I(str(XSD.decimal))
_XSD_GYEAR = I(str(XSD.gYear))
_XSD_DATE = I(str(XSD.date))
_XSD_ANY_URI = I(str(XSD.anyURI))
_XSD_BOOLEAN = I(str(XSD.boolean))

# link and literal names that belong to a standard vocabulary rather than to pkg:
_STANDARD = {"broader": SKOS.broader, "title": DCTERMS.title, "identifier": DCTERMS.identifier,
             "issued": DCTERMS.issued, "notation": SKOS.notation}
_PROPS: dict[str, str] = {}


def _prop(name: str) -> str:
    if name not in _PROPS:
        _PROPS[name] = I(str(_STANDARD.get(name) or PKG[name]))
    return _PROPS[name]


_ESCAPES = {"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"}
_NEEDS_ESCAPE = re.compile(r'[\\"\x00-\x1f\x7f]')


def _escape_char(m: re.Match) -> str:
    ch = m.group()
    return _ESCAPES.get(ch) or f"\\u{ord(ch):04X}"


def _text(value: str) -> str:
    return '"' + _NEEDS_ESCAPE.sub(_escape_char, value) + '"'


def _lit(value: str) -> str:
    return _text(value)


def _zh(value: str) -> str:
    return _text(value) + "@zh"


def _typed(lexical: str, datatype: str) -> str:
    return f'"{lexical}"^^{datatype}'


def _int(value: int) -> str:
    return _typed(str(int(value)), _XSD_INTEGER)


def _literal(value: object) -> str:
    if isinstance(value, bool):
        return _typed(str(value).lower(), _XSD_BOOLEAN)
    if isinstance(value, int):
        return _int(value)
    if isinstance(value, Decimal):
        return _typed(_decimal_lexical(value), _XSD_DECIMAL)
    return _lit(str(value))


def _decimal_lexical(value: Decimal) -> str:
    """Canonical xsd:decimal: no exponent, no trailing zeros beyond one decimal place (exact: no
    rounding to the decimal context's precision)."""
    text = format(value, "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    if text in ("-0", ""):
        text = "0"
    return text if "." in text else text + ".0"


def mention_iri(sha: str, cls: str, start: int, end: int, nth: int = 1):
    """A mention by its span and class; the second and later entity one span names (青海、甘肃省发展改革委: both
    provinces' commissions) are mentions of their own, -2, -3 by their entities' keys in order."""
    return span_iri(sha, "m", start, end, cls if nth == 1 else f"{cls}-{nth}")


def quantity_iri(sha: str, start: int, end: int):
    return span_iri(sha, "q", start, end)


def section_iri(sha: str, section: Section):
    return span_iri(sha, "s", section.start, section.end, section.id)


def link_iri(sha: str, agency: str, industry: str):
    return f"{ID_NS}doc/{sha}/link/{_slug(agency)}--{_slug(industry)}"


class _Writer:
    """Collects the N-Quads lines of one document's graph; terms arrive already rendered."""

    def __init__(self, graph: str):
        self.graph = I(graph)
        self.lines: list[str] = []

    def add(self, s: str, p: str, o: str) -> None:
        self.lines.append(f"{s} {p} {o} {self.graph} .\n")

    def span(self, s: str, doc: str, start: int, end: int, text: str) -> None:
        self.add(s, P.inDocument, doc)
        self.add(s, P.start, _int(start))
        self.add(s, P.end, _int(end))
        self.add(s, P.text, _lit(text))


def _entity(w: _Writer, e: Entity) -> None:
    iri = I(entity_iri(e.cls, e.key))
    w.add(iri, RDF_TYPE, getattr(P, e.cls))
    w.add(iri, PREF_LABEL, _zh(e.label))
    for alias in sorted(e.aliases - {e.label}):
        w.add(iri, ALT_LABEL, _zh(alias))
    for prop, cls, key in e.links:
        w.add(iri, _prop(prop), I(entity_iri(cls, key)))
    for prop, value in e.literals:
        w.add(iri, _prop(prop), _literal(value))


def _quantity(w: _Writer, sha: str, doc: str, q: Quantity, sections) -> None:
    iri = I(quantity_iri(sha, q.start, q.end))
    w.add(iri, RDF_TYPE, P.Quantity)
    w.add(iri, RDF_TYPE, P.Target if q.kind == "target" else P.Observation)
    w.span(iri, doc, q.start, q.end, q.text)
    w.add(iri, P.value, _literal(Decimal(q.value)))
    if q.value_max is not None:
        w.add(iri, P.valueMax, _literal(Decimal(q.value_max)))
    w.add(iri, P.unit, _lit(q.unit))
    w.add(iri, P.comparator, _lit(q.comparator))
    if q.metric:
        w.add(iri, P.metric, _lit(q.metric))
    if q.year is not None:
        w.add(iri, P.year, _typed(f"{q.year:04d}", _XSD_GYEAR))
    if q.modality:
        w.add(iri, P.modality, _lit(q.modality))
    if q.agency:
        w.add(iri, P.agency, I(entity_iri("Agency", q.agency)))
    for industry in q.industries:
        w.add(iri, P.concernsIndustry, I(entity_iri("Industry", industry)))
    section = innermost_section(sections, q.start)
    if section:
        w.add(iri, P.section, I(section_iri(sha, section)))


def document_nquads(record: DocumentRecord) -> bytes:
    """The document's named graph as N-Quads (each quad once, in a deterministic order)."""
    src = record.source
    sha = src.sha256
    doc = I(document_iri(sha))
    w = _Writer(graph_iri(sha))

    w.add(doc, RDF_TYPE, P.Document)
    w.add(doc, P.sourceFile, _lit(src.name))
    w.add(doc, P.sourcePath, _lit(src.path))
    w.add(doc, P.sha256, _lit(sha))
    w.add(doc, P.extractorVersion, _lit(stored_version(src.given)))
    w.add(doc, P.encoding, _lit(src.encoding))
    w.add(doc, P.mediaType, _lit(src.media_type))
    w.add(doc, P.genre, _lit(record.structure.genre))
    if record.title:
        w.add(doc, _prop("title"), _zh(record.title))
    if record.identifier:
        w.add(doc, _prop("identifier"), _lit(record.identifier))
    if record.issued:
        w.add(doc, _prop("issued"), _typed(record.issued, _XSD_DATE))
    for prop, value in record.literals:
        w.add(doc, _prop(prop), _literal(value))
    url = dict(src.given).get("url")
    if url:
        w.add(doc, P.sourceUrl, _typed(url, _XSD_ANY_URI))  # checked by policykg.metadata: no quotes, no spaces

    entities = {(e.cls, e.key): e for e in record.entities}
    for e in sorted(entities.values(), key=lambda e: (e.cls, e.key)):
        _entity(w, e)

    mentioned = set()
    for rel in record.relations:
        w.add(doc, _prop(rel.prop), I(entity_iri(rel.cls, rel.key)))
        mentioned.add((rel.cls, rel.key))

    sections = record.structure.sections
    by_id = {s.id: s for s in sections}
    for s in sections:
        iri = I(section_iri(sha, s))
        w.add(iri, RDF_TYPE, P.Section)
        # no pkg:text: a section's text is the document's, between its offsets
        w.add(iri, P.inDocument, doc)
        w.add(iri, P.start, _int(s.start))
        w.add(iri, P.end, _int(s.end))
        w.add(iri, P.marker, _lit(s.marker))
        w.add(iri, P.heading, _zh(s.heading))
        w.add(iri, P.level, _int(s.level))
        w.add(iri, P.ordinal, _lit(s.id))
        parent = I(section_iri(sha, by_id[s.parent])) if s.parent in by_id else doc
        w.add(parent, P.hasSection, iri)

    keys_at: dict[tuple[str, int, int], list[str]] = {}
    for m in record.mentions:
        keys_at.setdefault((m.cls, m.start, m.end), []).append(m.key)
    for m in record.mentions:
        keys = keys_at[(m.cls, m.start, m.end)]
        nth = sorted(keys).index(m.key) + 1 if len(keys) > 1 else 1
        iri = I(mention_iri(sha, m.cls, m.start, m.end, nth))
        w.add(iri, RDF_TYPE, P.Mention)
        w.span(iri, doc, m.start, m.end, m.text)
        w.add(iri, P.refersTo, I(entity_iri(m.cls, m.key)))
        section = innermost_section(sections, m.start)
        if section:
            w.add(iri, P.section, I(section_iri(sha, section)))
        mentioned.add((m.cls, m.key))
    for cls, key in sorted(mentioned):
        w.add(doc, P.mentions, I(entity_iri(cls, key)))

    for q in record.quantities:
        _quantity(w, sha, doc, q, sections)

    for link in record.industry_links:
        agency, industry = I(entity_iri("Agency", link.agency)), I(entity_iri("Industry", link.industry))
        w.add(agency, P.concernsIndustry, industry)
        iri = I(link_iri(sha, link.agency, link.industry))
        w.add(iri, RDF_TYPE, P.IndustryLink)
        w.add(iri, P.agency, agency)
        w.add(iri, P.concernsIndustry, industry)
        w.add(iri, P.inDocument, doc)
        for kind, start, end in link.evidence:
            if kind == "quantity":
                evidence = quantity_iri(sha, start, end)
            else:
                evidence = mention_iri(sha, "Initiative" if kind == "initiative" else "Industry", start, end)
            w.add(iri, P.evidence, I(evidence))

    return "".join(dict.fromkeys(w.lines)).encode("utf-8")


def document_quads(record: DocumentRecord) -> list[ox.Quad]:
    """The same graph as pyoxigraph quads (for callers that want terms, not text)."""
    return list(ox.parse(document_nquads(record), format=ox.RdfFormat.N_QUADS))
