"""One document through the stages: read → normalise → structure → entities → quantities → links.

Each stage is a function of plain records; this module only connects them and merges what the
layout and the text say about the same entity.
"""
from __future__ import annotations

from policykg.loaders.agencies import document_context
from policykg.loaders.document import layout_facts
from policykg.loaders.entities import dedupe_mentions, extract_entities
from policykg.loaders.links import industry_links
from policykg.loaders.normalise import normalise
from policykg.loaders.quantities import extract_quantities
from policykg.loaders.read import read_source
from policykg.loaders.structure import parse_structure
from policykg.model import DocumentRecord, Entity, SourceText


def merge_entities(entities) -> tuple[Entity, ...]:
    """One Entity per (class, key): aliases, links and literals united, first label kept."""
    merged: dict[tuple[str, str], Entity] = {}
    for e in entities:
        k = (e.cls, e.key)
        if k not in merged:
            merged[k] = e
            continue
        old = merged[k]
        merged[k] = Entity(
            e.cls, e.key, old.label, old.aliases | e.aliases,
            tuple(dict.fromkeys(old.links + e.links)),
            tuple(dict.fromkeys(old.literals + e.literals)),
        )
    return tuple(merged[k] for k in sorted(merged))


def extract_record(source: SourceText) -> DocumentRecord:
    view = normalise(source.text)
    structure = parse_structure(source.text, view)
    ctx = document_context(source, structure)
    layout = layout_facts(source, structure, ctx)
    found = extract_entities(source, view, structure, ctx)
    mentions = dedupe_mentions(layout.mentions + found.mentions)
    quantities = tuple(extract_quantities(
        source.text, view, structure,
        [m for m in mentions if m.cls == "Agency"],
        ctx.issuer, layout.year,
        [m for m in mentions if m.cls == "Industry"],
    ))
    links = industry_links(structure, found, quantities, ctx, source.text)

    # every entity a quantity or link points to is described in this document's graph
    implied = [Entity("Agency", q.agency, q.agency, frozenset({q.agency})) for q in quantities if q.agency]
    implied += [Entity("Industry", i, i, frozenset({i})) for q in quantities for i in q.industries]
    implied += [Entity("Agency", ln.agency, ln.agency, frozenset({ln.agency})) for ln in links]
    implied += [Entity("Industry", ln.industry, ln.industry, frozenset({ln.industry})) for ln in links]
    named = layout.entities + found.entities
    # and every entity an entity links to (an area's province, an industry's broader concept)
    implied += [Entity(cls, key, key, frozenset({key})) for e in named for _, cls, key in e.links]
    entities = merge_entities(named + tuple(implied))

    return DocumentRecord(
        source=source,
        structure=structure,
        title=layout.title,
        identifier=layout.identifier,
        issued=layout.issued,
        entities=entities,
        mentions=mentions,
        quantities=tuple(sorted(quantities, key=lambda q: (q.start, q.end))),
        relations=layout.relations,
        industry_links=tuple(sorted(links, key=lambda ln: (ln.agency, ln.industry))),
        literals=layout.literals,
    )


def build_record(path: str) -> DocumentRecord:
    return extract_record(read_source(path))
