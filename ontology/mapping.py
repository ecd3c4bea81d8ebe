"""The mapping of one DocumentRecord to the quads of its named graph.

Every document's graph is self-contained: the shared entities it mentions (agencies, areas,
industries…) are described again in it, so replacing or deleting a document never touches
another's facts, and the union of graphs merges entities by their deterministic IRIs.
"""
from __future__ import annotations

from decimal import Decimal
from functools import lru_cache

from pyoxigraph import Literal, NamedNode, Quad
from rdflib.namespace import DCTERMS, RDF, SKOS, XSD

from policykg.model import DocumentRecord, Entity, Quantity, Section

from . import ID_NS, PKG, _slug, document_iri, entity_iri, graph_iri, span_iri


@lru_cache(maxsize=8192)  # vocabulary terms and recurring entities; span IRIs are one-off
def N(iri: str) -> NamedNode:
    return NamedNode(str(iri))


class _Nodes:
    """Vocabulary terms as pyoxigraph NamedNodes, looked up once: rdflib's attribute lookup is slow
    on this hot path (tens of thousands of quads per document)."""

    def __init__(self, namespace, names):
        for name in names:
            setattr(self, name, NamedNode(str(namespace[name])))


P = _Nodes(PKG, PKG.__annotations__)
RDF_TYPE = NamedNode(str(RDF.type))
PREF_LABEL = NamedNode(str(SKOS.prefLabel))
ALT_LABEL = NamedNode(str(SKOS.altLabel))

_XSD_INTEGER = N(XSD.integer)
_XSD_DECIMAL = N(XSD.decimal)
_XSD_GYEAR = N(XSD.gYear)
_XSD_DATE = N(XSD.date)

# link and literal names that belong to a standard vocabulary rather than to pkg:
_STANDARD = {"broader": SKOS.broader, "title": DCTERMS.title, "identifier": DCTERMS.identifier,
             "issued": DCTERMS.issued, "notation": SKOS.notation}


def _prop(name: str) -> NamedNode:
    return N(_STANDARD.get(name) or PKG[name])


def _literal(value: object) -> Literal:
    if isinstance(value, bool):
        return Literal(str(value).lower(), datatype=N(XSD.boolean))
    if isinstance(value, int):
        return Literal(str(value), datatype=_XSD_INTEGER)
    if isinstance(value, Decimal):
        return Literal(_decimal_lexical(value), datatype=_XSD_DECIMAL)
    return Literal(str(value))


def _decimal_lexical(value: Decimal) -> str:
    """Canonical xsd:decimal: no exponent, no trailing zeros beyond one decimal place."""
    text = format(value.normalize(), "f")
    if "." in text:
        text = text.rstrip("0").rstrip(".")
    return text if "." in text else text + ".0"


def _zh(text: str) -> Literal:
    return Literal(text, language="zh")


def mention_iri(sha: str, cls: str, start: int, end: int):
    return span_iri(sha, "m", start, end, cls)


def quantity_iri(sha: str, start: int, end: int):
    return span_iri(sha, "q", start, end)


def section_iri(sha: str, section: Section):
    return span_iri(sha, "s", section.start, section.end, section.id)


def link_iri(sha: str, agency: str, industry: str):
    return f"{ID_NS}doc/{sha}/link/{_slug(agency)}--{_slug(industry)}"


class _Writer:
    def __init__(self, graph):
        self.graph = N(graph)
        self.quads: list[Quad] = []

    def add(self, s, p, o) -> None:
        if not isinstance(s, NamedNode):
            s = N(s)
        if not isinstance(o, (NamedNode, Literal)):
            o = N(o)
        if not isinstance(p, NamedNode):
            p = N(p)
        self.quads.append(Quad(s, p, o, self.graph))

    def span(self, s, doc, start: int, end: int, text: str) -> None:
        self.add(s, P.inDocument, doc)
        self.add(s, P.start, Literal(str(start), datatype=_XSD_INTEGER))
        self.add(s, P.end, Literal(str(end), datatype=_XSD_INTEGER))
        self.add(s, P.text, Literal(text))


def _entity(w: _Writer, e: Entity) -> None:
    iri = entity_iri(e.cls, e.key)
    w.add(iri, RDF_TYPE, getattr(PKG, e.cls))
    w.add(iri, PREF_LABEL, _zh(e.label))
    for alias in sorted(e.aliases - {e.label}):
        w.add(iri, ALT_LABEL, _zh(alias))
    for prop, cls, key in e.links:
        w.add(iri, _prop(prop), entity_iri(cls, key))
    for prop, value in e.literals:
        w.add(iri, _prop(prop), _literal(value))


def _innermost(sections: tuple[Section, ...], start: int) -> Section | None:
    best = None
    for s in sections:
        if s.start <= start < s.end and (best is None or s.level >= best.level):
            best = s
    return best


def _quantity(w: _Writer, sha: str, doc, q: Quantity, sections) -> None:
    iri = NamedNode(quantity_iri(sha, q.start, q.end))
    w.add(iri, RDF_TYPE, P.Quantity)
    w.add(iri, RDF_TYPE, P.Target if q.kind == "target" else P.Observation)
    w.span(iri, doc, q.start, q.end, q.text)
    w.add(iri, P.value, _literal(Decimal(q.value)))
    if q.value_max is not None:
        w.add(iri, P.valueMax, _literal(Decimal(q.value_max)))
    w.add(iri, P.unit, Literal(q.unit))
    w.add(iri, P.comparator, Literal(q.comparator))
    if q.metric:
        w.add(iri, P.metric, Literal(q.metric))
    if q.year is not None:
        w.add(iri, P.year, Literal(f"{q.year:04d}", datatype=_XSD_GYEAR))
    if q.modality:
        w.add(iri, P.modality, Literal(q.modality))
    if q.agency:
        w.add(iri, P.agency, entity_iri("Agency", q.agency))
    for industry in q.industries:
        w.add(iri, P.concernsIndustry, entity_iri("Industry", industry))
    section = _innermost(sections, q.start)
    if section:
        w.add(iri, P.section, section_iri(sha, section))


def document_quads(record: DocumentRecord) -> list[Quad]:
    src = record.source
    sha = src.sha256
    doc = NamedNode(document_iri(sha))
    w = _Writer(graph_iri(sha))

    w.add(doc, RDF_TYPE, P.Document)
    w.add(doc, P.sourceFile, Literal(src.name))
    w.add(doc, P.sourcePath, Literal(src.path))
    w.add(doc, P.sha256, Literal(sha))
    w.add(doc, P.encoding, Literal(src.encoding))
    w.add(doc, P.mediaType, Literal(src.media_type))
    w.add(doc, P.genre, Literal(record.structure.genre))
    if record.title:
        w.add(doc, DCTERMS.title, _zh(record.title))
    if record.identifier:
        w.add(doc, DCTERMS.identifier, Literal(record.identifier))
    if record.issued:
        w.add(doc, DCTERMS.issued, Literal(record.issued, datatype=_XSD_DATE))
    for prop, value in record.literals:
        w.add(doc, _prop(prop), _literal(value))

    entities = {(e.cls, e.key): e for e in record.entities}
    for e in sorted(entities.values(), key=lambda e: (e.cls, e.key)):
        _entity(w, e)

    mentioned = set()
    for rel in record.relations:
        w.add(doc, _prop(rel.prop), entity_iri(rel.cls, rel.key))
        mentioned.add((rel.cls, rel.key))

    sections = record.structure.sections
    by_id = {s.id: s for s in sections}
    for s in sections:
        iri = NamedNode(section_iri(sha, s))
        w.add(iri, RDF_TYPE, P.Section)
        # no pkg:text: a section's text is the document's, between its offsets
        w.add(iri, P.inDocument, doc)
        w.add(iri, P.start, _literal(s.start))
        w.add(iri, P.end, _literal(s.end))
        w.add(iri, P.marker, Literal(s.marker))
        w.add(iri, P.heading, _zh(s.heading))
        w.add(iri, P.level, _literal(s.level))
        w.add(iri, P.ordinal, Literal(s.id))
        parent = section_iri(sha, by_id[s.parent]) if s.parent in by_id else doc
        w.add(parent, P.hasSection, iri)

    for m in record.mentions:
        iri = NamedNode(mention_iri(sha, m.cls, m.start, m.end))
        w.add(iri, RDF_TYPE, P.Mention)
        w.span(iri, doc, m.start, m.end, m.text)
        w.add(iri, P.refersTo, entity_iri(m.cls, m.key))
        section = _innermost(sections, m.start)
        if section:
            w.add(iri, P.section, section_iri(sha, section))
        mentioned.add((m.cls, m.key))
    for cls, key in sorted(mentioned):
        w.add(doc, P.mentions, entity_iri(cls, key))

    for q in record.quantities:
        _quantity(w, sha, doc, q, sections)

    evidence_iri = {
        "mention": lambda s, e, cls: mention_iri(sha, cls, s, e),
        "quantity": lambda s, e, cls: quantity_iri(sha, s, e),
    }
    for link in record.industry_links:
        agency, industry = entity_iri("Agency", link.agency), entity_iri("Industry", link.industry)
        w.add(agency, P.concernsIndustry, industry)
        iri = link_iri(sha, link.agency, link.industry)
        w.add(iri, RDF_TYPE, P.IndustryLink)
        w.add(iri, P.agency, agency)
        w.add(iri, P.concernsIndustry, industry)
        w.add(iri, P.inDocument, doc)
        for kind, start, end in link.evidence:
            cls = "Initiative" if kind == "initiative" else "Industry"
            make = evidence_iri.get(kind, evidence_iri["mention"])
            w.add(iri, P.evidence, make(start, end, cls))

    # one copy of each quad, in the (deterministic) order written
    return list(dict.fromkeys(w.quads))
