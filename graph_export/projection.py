"""The property-graph projection of the RDF graph, shared by every export format.

RDF in (a pyoxigraph Store with one named graph per document, an rdflib graph or dataset, or an
iterable of triples/quads), plain records out: `Node(id, labels, props)` and
`Rel(type, start_id, end_id, props)`, sorted so that the same graph always gives the same output.
The mapping rules are written down in graph_export/README.md.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS_PREF_LABEL = "http://www.w3.org/2004/02/skos/core#prefLabel"
XSD = "http://www.w3.org/2001/XMLSchema#"

DEFAULT_LABEL = "Resource"  # a resource without rdf:type
NAME_KEY = "name"  # skos:prefLabel becomes `name`, the key Neo4j Browser and Bloom caption by
GRAPHS_KEY = "graphs"  # the document graphs a node or relationship was read from (for --replace)
RESERVED_KEYS = frozenset({"id", "labels", GRAPHS_KEY})
ALWAYS_LIST_KEYS = frozenset({"altLabel", GRAPHS_KEY})  # lists even when only one value was seen
PREFERRED_NAME_LANGS = ("zh", "")  # the prefLabel that becomes `name`; other languages get name_<lang>

_INTEGER_TYPES = {XSD + t for t in (
    "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
    "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")}
_FLOAT_TYPES = {XSD + t for t in ("decimal", "double", "float")}
_NOT_WORD = re.compile(r"\W+")
_GYEAR = re.compile(r"^(-?\d{4,})")


@dataclass(frozen=True)
class Node:
    id: str  # the resource's IRI (or `_:label` for a blank node)
    labels: tuple[str, ...]
    props: dict  # key -> str | int | float | bool | list of one of those; `graphs` always a list


@dataclass(frozen=True)
class Rel:
    type: str
    start_id: str
    end_id: str
    props: dict


@dataclass(frozen=True)
class Projection:
    nodes: tuple[Node, ...]
    rels: tuple[Rel, ...]

    def label_counts(self) -> dict[str, int]:
        return dict(sorted(Counter(label for n in self.nodes for label in n.labels).items()))

    def rel_type_counts(self) -> dict[str, int]:
        return dict(sorted(Counter(r.type for r in self.rels).items()))

    def graphs(self) -> list[str]:
        return sorted({g for n in self.nodes for g in n.props.get(GRAPHS_KEY, ())})

    def summary(self) -> dict:
        return {"nodes": len(self.nodes), "relationships": len(self.rels),
                "labels": self.label_counts(), "relationship_types": self.rel_type_counts()}


# -- names ---------------------------------------------------------------------------------------

def local_name(iri: str) -> str:
    """The part after the last '#' or '/' ('https://w3id.org/policykg/ontology#issuedBy' -> 'issuedBy')."""
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[cut + 1:] if cut >= 0 and cut + 1 < len(iri) else iri


def identifier(text: str) -> str:
    """Characters other than letters, digits and '_' become '_', so every name is a safe Cypher identifier."""
    name = _NOT_WORD.sub("_", text).strip("_") or "_"
    return "_" + name if name[0].isdigit() else name


def label_name(class_iri: str) -> str:
    return identifier(local_name(class_iri))


def rel_type_name(prop_iri: str) -> str:
    """`issuedBy` -> `ISSUED_BY`, `concernsIndustry` -> `CONCERNS_INDUSTRY`, `broader` -> `BROADER`."""
    name = identifier(local_name(prop_iri))
    name = re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name)
    return name.upper()


def prop_key(prop_iri: str) -> str:
    """The local name in lowerCamel; keys the writers use themselves get a trailing '_'."""
    name = identifier(local_name(prop_iri))
    name = name[0].lower() + name[1:]
    return name + "_" if name in RESERVED_KEYS else name


# -- terms ---------------------------------------------------------------------------------------
# Terms are read into plain tuples so that pyoxigraph and rdflib input look the same:
# ("iri", value) | ("bnode", label) | ("lit", lexical, datatype IRI, language)

def _term(t) -> tuple:
    kind = type(t).__name__
    if kind in ("NamedNode", "URIRef"):
        return ("iri", str(t.value) if kind == "NamedNode" else str(t))
    if kind in ("BlankNode", "BNode"):
        return ("bnode", str(t.value) if kind == "BlankNode" else str(t))
    if kind == "Literal":
        if hasattr(t, "value") and hasattr(t, "datatype") and not hasattr(t, "toPython"):  # pyoxigraph
            return ("lit", t.value, t.datatype.value if t.datatype else XSD + "string", t.language or "")
        return ("lit", str(t), str(t.datatype) if t.datatype else XSD + "string", t.language or "")
    raise TypeError(f"not an RDF term: {t!r}")


def _graph_name(g) -> str | None:
    """The named graph's IRI, or None for the default graph."""
    if g is None:
        return None
    kind = type(g).__name__
    if kind == "DefaultGraph":
        return None
    if kind == "NamedNode":
        return g.value
    if kind == "BlankNode":
        return "_:" + g.value
    ident = getattr(g, "identifier", g)  # an rdflib Graph in a quad
    text = str(ident)
    return None if text == "urn:x-rdflib:default" else text


def literal_value(lexical: str, datatype: str):
    """xsd numbers become numbers (decimal -> float), gYear an int, boolean a bool, anything else text."""
    try:
        if datatype in _INTEGER_TYPES:
            return int(lexical)
        if datatype in _FLOAT_TYPES:
            return float(lexical)
        if datatype == XSD + "gYear":
            m = _GYEAR.match(lexical.strip())
            return int(m.group(1)) if m else lexical
        if datatype == XSD + "boolean":
            return lexical.strip() in ("true", "1")
    except ValueError:
        pass  # an ill-typed literal stays text rather than failing the export
    return lexical


def _node_id(term: tuple) -> str:
    return term[1] if term[0] == "iri" else "_:" + term[1]


# -- reading -------------------------------------------------------------------------------------

def _quads_of(source) -> Iterable[tuple]:
    """(s, p, o, graph or None) from a pyoxigraph Store, an rdflib graph/dataset or an iterable."""
    kind = type(source).__name__
    if kind == "Store":  # pyoxigraph: the named graphs only (one per document)
        for q in source.quads_for_pattern(None, None, None, None):
            g = _graph_name(q.graph_name)
            if g is not None:
                yield q.subject, q.predicate, q.object, g
        return
    if hasattr(source, "quads") and kind in ("Dataset", "ConjunctiveGraph"):
        for s, p, o, g in source.quads((None, None, None, None)):
            yield s, p, o, _graph_name(g)
        return
    for item in source:
        if type(item).__name__ in ("Quad", "Triple"):
            yield item.subject, item.predicate, item.object, _graph_name(getattr(item, "graph_name", None))
        elif len(item) == 4:
            yield item[0], item[1], item[2], _graph_name(item[3])
        else:
            yield item[0], item[1], item[2], None


def project(source) -> Projection:
    """Project RDF onto nodes and relationships; a triple repeated in several graphs counts once."""
    triple_graphs: dict[tuple, set] = defaultdict(set)
    for s, p, o, g in _quads_of(source):
        key = (_term(s), _term(p), _term(o))
        bucket = triple_graphs[key]
        if g is not None:
            bucket.add(g)

    types: dict[str, set] = defaultdict(set)
    values: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
    names: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))  # node -> lang -> labels
    node_graphs: dict[str, set] = defaultdict(set)
    rels: dict[tuple, set] = defaultdict(set)

    for (s, p, o), graphs in triple_graphs.items():
        sid = _node_id(s)
        node_graphs[sid] |= graphs
        pred = p[1]
        if o[0] == "lit":
            if pred == SKOS_PREF_LABEL:
                names[sid][o[3].lower()].add(o[1])
            else:
                values[sid][prop_key(pred)].add(literal_value(o[1], o[2]))
        elif pred == RDF_TYPE and o[0] == "iri":
            types[sid].add(label_name(o[1]))
        else:
            oid = _node_id(o)
            node_graphs[oid] |= graphs
            rels[(rel_type_name(pred), sid, oid)] |= graphs

    for sid, by_lang in names.items():
        _add_names(values[sid], by_lang)

    list_keys = set(ALWAYS_LIST_KEYS)
    for props in values.values():
        list_keys.update(k for k, vals in props.items() if len(vals) > 1)

    nodes = []
    for nid in sorted(node_graphs):
        props = {k: _final_value(vals, k in list_keys) for k, vals in sorted(values.get(nid, {}).items())}
        props[GRAPHS_KEY] = sorted(node_graphs[nid])
        nodes.append(Node(nid, tuple(sorted(types.get(nid) or {DEFAULT_LABEL})), props))
    rel_records = [Rel(t, s, o, {GRAPHS_KEY: sorted(g)}) for (t, s, o), g in sorted(rels.items())]
    return Projection(tuple(nodes), tuple(rel_records))


def _add_names(props: dict, by_lang: dict[str, set]) -> None:
    """One `name` (Chinese or untagged first), other languages as name_<lang>."""
    langs = sorted(by_lang, key=lambda lang: (lang not in PREFERRED_NAME_LANGS,
                                             PREFERRED_NAME_LANGS.index(lang) if lang in PREFERRED_NAME_LANGS else 0,
                                             lang))
    first, *rest = langs
    props[NAME_KEY] |= by_lang[first]
    for lang in rest:
        props[f"{NAME_KEY}_{identifier(lang)}"] |= by_lang[lang]


def _sort_key(v):
    return (type(v).__name__, v)


def _final_value(vals: set, as_list: bool):
    if not as_list:
        (only,) = vals
        return only
    if len({type(v) for v in vals}) > 1:  # Neo4j lists hold one type: mixed values become text
        vals = {str(v) for v in vals}
    return sorted(vals, key=_sort_key)
