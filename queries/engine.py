"""The embedded Cypher engine: the property-graph projection loaded into LadybugDB (the Kùzu fork).

LadybugDB is a typed, schema-first graph database: every node lives in exactly one node table, every
relationship in one relationship table declared FROM/TO node tables, and table names are
case-insensitive. The projection (graph_export) is a labelled property graph in the Neo4j style,
where a target carries the labels Quantity and Target. Loading therefore:

* puts each node in the table of its most specific label (Target, not Quantity; the class
  hierarchy is read from ontology/policykg.ttl) and records, for every label, the tables whose
  nodes carry it;
* declares a column for every property seen on a table's nodes, plus the ontology's datatype
  properties of that class, so that a query asking for an absent property gets null as on Neo4j;
* names a relationship table after its type, unless that clashes (case-insensitively) with a node
  table (AGENCY vs Agency, SECTION vs Section): then ``<TYPE>_REL``;
* creates a table for every class of the vocabulary, and a relationship table for every object
  property, even when the graph has none of them, so that queries bind on any graph.

Queries are written in Neo4j 5 Cypher (the project's primary dialect, in the subset that FalkorDB
and LadybugDB share) and `LadybugGraph.run` adapts two things only, both in pattern positions:
a label is replaced by the union of its tables (``(q:Quantity)`` → ``(q:Target:Observation)``, which
LadybugDB reads as either-of), and a relationship type by its table name. Parameters stay bound.
"""
from __future__ import annotations

import csv
import datetime as _dt
import json
import re
import shutil
import tempfile
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from decimal import Decimal
from functools import lru_cache
from pathlib import Path
from typing import Any

META_TABLE = "PolicykgMeta"
NULL = "NULL"  # the CSV token for null (the only one LadybugDB honours; a real "NULL" text is set apart)
# Without AUTO_DETECT=false, LadybugDB samples the first rows and then misreads quoted fields that
# hold commas, quotes or newlines further down the file.
_CSV_OPTIONS = (f"HEADER=false, PARALLEL=false, AUTO_DETECT=false, DELIM=',', QUOTE='\"', ESCAPE='\"', "
                f"NULL_STRINGS=['{NULL}']")


def is_ladybug_connection(obj) -> bool:
    return type(obj).__module__.startswith(("ladybug", "real_ladybug")) and hasattr(obj, "execute")


# --------------------------------------------------------------------------------------------------
# What the ontology says: class hierarchy, datatype properties, object properties
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Vocabulary:
    superclasses: dict[str, frozenset[str]]  # local name → all its pkg superclasses
    classes: frozenset[str]
    datatype_props: dict[str, tuple[frozenset[str], str]]  # local name → (domain classes, Ladybug type)
    object_props: dict[str, tuple[frozenset[str], frozenset[str]]]  # REL_TYPE → (domains, ranges)


def _upper_snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).upper()


@lru_cache(maxsize=1)
def vocabulary() -> _Vocabulary:
    from policykg.ontology import PKG_NS, ontology_path
    from rdflib import Graph, URIRef
    from rdflib.collection import Collection
    from rdflib.namespace import OWL, RDF, RDFS, XSD

    g = Graph().parse(str(ontology_path("policykg.ttl")), format="turtle")

    def local(term) -> str | None:
        s = str(term)
        return s[len(PKG_NS):] if s.startswith(PKG_NS) else None

    def members(node) -> set[str]:
        union = g.value(node, OWL.unionOf)
        terms = list(Collection(g, union)) if union is not None else [node]
        return {n for n in (local(t) for t in terms) if n}

    classes = {local(c) for c in g.subjects(RDF.type, OWL.Class) if isinstance(c, URIRef) and local(c)}
    direct = {c: {local(o) for o in g.objects(URIRef(PKG_NS + c), RDFS.subClassOf) if local(o)} for c in classes}

    def ancestors(c: str, seen=()) -> set[str]:
        out = set()
        for p in direct.get(c, ()):
            if p not in seen:
                out |= {p} | ancestors(p, seen + (c,))
        return out

    superclasses = {c: frozenset(ancestors(c)) for c in classes}
    subclasses = defaultdict(set)
    for c, sups in superclasses.items():
        for s in sups:
            subclasses[s].add(c)

    def with_subclasses(names: set[str]) -> frozenset[str]:
        return frozenset(names | {s for n in names for s in subclasses[n]})

    types = {XSD.integer: "INT64", XSD.decimal: "DOUBLE", XSD.gYear: "INT64", XSD.string: "STRING"}
    datatype_props, object_props = {}, {}
    for prop in g.subjects(RDF.type, OWL.DatatypeProperty):
        name = local(prop)
        if name:
            domains = set().union(*(members(d) for d in g.objects(prop, RDFS.domain)))
            rng = g.value(prop, RDFS.range)
            datatype_props[name] = (with_subclasses(domains), types.get(rng, "STRING"))
    for prop in g.subjects(RDF.type, OWL.ObjectProperty):
        name = local(prop)
        if name:
            domains = set().union(*(members(d) for d in g.objects(prop, RDFS.domain))) or set(classes)
            ranges = set().union(*(members(r) for r in g.objects(prop, RDFS.range))) or set(classes)
            object_props[_upper_snake(name)] = (with_subclasses(domains), with_subclasses(ranges))
    return _Vocabulary(superclasses, frozenset(classes), datatype_props, object_props)


_ENTITIES = frozenset({"Agency", "Area", "Region", "Park", "Industry", "Initiative", "Person", "Suggestion",
                       "CitedDocument", "IndustryScheme"})
# standard terms the graph reuses, as the projection names them (local names)
_STANDARD_COLUMNS = {
    "name": (_ENTITIES, "STRING"),  # skos:prefLabel
    "altLabel": (_ENTITIES, "STRING[]"),
    "title": (frozenset({"Document", "CitedDocument", "Suggestion"}), "STRING"),
    "identifier": (frozenset({"Document", "CitedDocument"}), "STRING"),
    "issued": (frozenset({"Document"}), "STRING"),
}


# --------------------------------------------------------------------------------------------------
# Types and values
# --------------------------------------------------------------------------------------------------

_RANK = {"BOOLEAN": 0, "INT64": 1, "DOUBLE": 2, "STRING": 3}


def _type_of(value: Any) -> str:
    if isinstance(value, bool):
        return "BOOLEAN"
    if isinstance(value, int):
        return "INT64"
    if isinstance(value, (float, Decimal)):
        return "DOUBLE"
    if isinstance(value, (list, tuple, set, frozenset)):
        return "STRING[]"
    return "STRING"


def _widen(a: str | None, b: str) -> str:
    if a is None or a == b:
        return b
    if "[]" in a or "[]" in b:
        return "STRING[]"
    if {a, b} <= {"INT64", "DOUBLE"}:
        return "DOUBLE"
    return "STRING"


_UNSAFE_IN_LIST = re.compile(r"[,\[\]{}\"'\\\n\r]|^\s|\s$")


def _list_text(value: Any) -> str:
    """A LadybugDB list literal for a CSV cell, or NULL when an element would not survive it."""
    items = [_scalar_text(v, "STRING") for v in _as_list(value)]
    if any(_UNSAFE_IN_LIST.search(i) or i == NULL for i in items):
        return NULL
    return "[" + ",".join(items) + "]"


def _scalar_text(value: Any, typ: str) -> str:
    if value is None:
        return NULL
    if typ.endswith("[]"):
        return _list_text(value)
    if typ == "BOOLEAN":
        return "true" if value else "false"
    if typ == "DOUBLE":
        return repr(float(value))
    if typ == "INT64":
        return str(int(value))
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    iso = getattr(value, "iso_format", None)
    return iso() if callable(iso) else str(value)


def _q(name: str) -> str:
    return f"`{name}`"


# --------------------------------------------------------------------------------------------------
# The graph
# --------------------------------------------------------------------------------------------------


class LadybugGraph:
    """A LadybugDB database holding one projection, and the name mapping its queries need."""

    def __init__(self, path: str | Path | None = None, *, read_only: bool = False):
        import ladybug

        self._tmp = None
        if path is None:
            self._tmp = tempfile.mkdtemp(prefix="policykg-ladybug-")
            path = Path(self._tmp) / "graph"
        self.path = Path(path)
        self.db = ladybug.Database(str(self.path), read_only=read_only) if read_only else ladybug.Database(str(self.path))
        self.conn = ladybug.Connection(self.db)
        self.label_tables: dict[str, list[str]] = {}
        self.rel_tables: dict[str, str] = {}
        self._read_meta()

    @classmethod
    def attach(cls, conn) -> LadybugGraph:
        """Wrap an open connection on a database that `load` filled."""
        graph = cls.__new__(cls)
        graph._tmp = None
        graph.path = None
        graph.db = None
        graph.conn = conn
        graph.label_tables, graph.rel_tables = {}, {}
        graph._read_meta()
        return graph

    def close(self) -> None:
        self.conn = None
        self.db = None
        if self._tmp:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # -- metadata --------------------------------------------------------------------------------
    def _read_meta(self) -> None:
        try:
            rows = self.conn.execute(f"MATCH (m:{META_TABLE}) RETURN m.id, m.value").get_all()
        except RuntimeError:
            return
        meta = {k: json.loads(v) for k, v in rows}
        self.label_tables = meta.get("label_tables", {})
        self.rel_tables = meta.get("rel_tables", {})

    # -- loading ---------------------------------------------------------------------------------
    @classmethod
    def from_projection(cls, projection, path: str | Path | None = None) -> LadybugGraph:
        """A new database holding a `policykg.graph_export.projection.Projection`."""
        graph = cls(path)
        graph.load(projection.nodes, projection.rels)
        return graph

    def load(self, nodes: Iterable, rels: Iterable) -> dict:
        """Create the schema and bulk-load the graph (COPY from CSV). Returns counts.

        `nodes` have `id`, `labels`, `props`; `rels` have `type`, `start_id`, `end_id`, `props`
        (the records of graph_export.projection).
        """
        if self.label_tables:
            raise RuntimeError("this LadybugDB graph is already loaded; use a new path")
        voc = vocabulary()
        nodes = list(nodes)
        rels = list(rels)

        # node tables
        table_of: dict[str, str] = {}
        label_tables: dict[str, set[str]] = defaultdict(set)
        columns: dict[str, dict[str, str]] = defaultdict(dict)
        rows: dict[str, list] = defaultdict(list)
        for n in nodes:
            labels = set(n.labels) or {"Resource"}
            specific = {l for l in labels if not any(l in voc.superclasses.get(o, ()) for o in labels)}
            table = "_".join(sorted(specific))
            table_of[n.id] = table
            rows[table].append(n)
            for l in labels:
                label_tables[l].add(table)
            cols = columns[table]
            for k, v in n.props.items():
                if k != "id" and v is not None:
                    cols[k] = _widen(cols.get(k), _type_of(v))
        for c in sorted(voc.classes):  # every class has a table, with its ontology columns
            if c not in label_tables:
                label_tables[c].add(c)
                columns.setdefault(c, {})
        for c in sorted(voc.classes):  # a label stands for its subclasses' tables too
            for sub in [s for s, sups in voc.superclasses.items() if c in sups]:
                label_tables[c] |= label_tables.get(sub, set())
        for table, cols in columns.items():
            labels = {l for l, ts in label_tables.items() if table in ts}
            for prop, (domains, typ) in list(voc.datatype_props.items()) + list(_STANDARD_COLUMNS.items()):
                if labels & domains and prop not in cols:
                    cols[prop] = typ

        # relationship tables
        node_names = {t.lower() for t in columns} | {META_TABLE.lower()}
        rel_name: dict[str, str] = {}
        pairs: dict[str, set[tuple[str, str]]] = defaultdict(set)
        rel_cols: dict[str, dict[str, str]] = defaultdict(dict)
        rel_rows: dict[tuple[str, str, str], list] = defaultdict(list)
        skipped = 0
        for r in rels:
            a, b = table_of.get(r.start_id), table_of.get(r.end_id)
            if a is None or b is None:
                skipped += 1
                continue
            pairs[r.type].add((a, b))
            rel_rows[(r.type, a, b)].append(r)
            for k, v in r.props.items():
                if v is not None:
                    rel_cols[r.type][k] = _widen(rel_cols[r.type].get(k), _type_of(v))
        for typ, (domains, ranges) in voc.object_props.items():
            if typ not in pairs:  # declared, absent from this graph: an empty table that binds
                dom = sorted({t for c in domains for t in label_tables.get(c, ())})
                rng = sorted({t for c in ranges for t in label_tables.get(c, ())})
                pairs[typ] = {(a, b) for a in dom for b in rng}
        for typ in pairs:
            rel_name[typ] = f"{typ}_REL" if typ.lower() in node_names else typ

        # DDL
        c = self.conn
        c.execute(f"CREATE NODE TABLE {META_TABLE}(id STRING PRIMARY KEY, value STRING)")
        for table, cols in sorted(columns.items()):
            defs = ", ".join(f"{_q(k)} {t}" for k, t in sorted(cols.items()))
            c.execute(f"CREATE NODE TABLE {_q(table)}(id STRING PRIMARY KEY{', ' + defs if defs else ''})")
        for typ, ps in sorted(pairs.items()):
            if not ps:
                continue
            conns = ", ".join(f"FROM {_q(a)} TO {_q(b)}" for a, b in sorted(ps))
            defs = "".join(f", {_q(k)} {t}" for k, t in sorted(rel_cols[typ].items()))
            c.execute(f"CREATE REL TABLE {_q(rel_name[typ])}({conns}{defs})")

        # data
        work = Path(tempfile.mkdtemp(prefix="policykg-ladybug-csv-"))
        try:
            for table, ns in rows.items():
                cols = columns[table]
                scalar = sorted(k for k, t in cols.items() if not t.endswith("[]"))
                lists = sorted(k for k, t in cols.items() if t.endswith("[]"))
                path = work / f"n_{len(list(work.iterdir()))}.csv"
                set_apart: dict[str, list[dict]] = defaultdict(list)
                with open(path, "w", newline="", encoding="utf-8") as fh:
                    w = csv.writer(fh)
                    for n in ns:
                        row = [n.id]
                        for k in scalar:
                            text = _scalar_text(n.props.get(k), cols[k])
                            if text == NULL and n.props.get(k) is not None:  # a real "NULL" text
                                set_apart[k].append({"id": n.id, "v": text})
                                text = NULL
                            row.append(text)
                        w.writerow(row)
                self._copy(table, path, scalar)
                for k, values in set_apart.items():
                    c.execute(f"UNWIND $rows AS r MATCH (n:{_q(table)}) WHERE n.id = r.id SET n.{_q(k)} = r.v",
                              {"rows": values})
                for k in lists:
                    values = [{"id": n.id, "v": [str(x) for x in _as_list(n.props.get(k))]}
                              for n in ns if n.props.get(k) is not None]
                    if values:
                        c.execute(f"UNWIND $rows AS r MATCH (n:{_q(table)}) WHERE n.id = r.id SET n.{_q(k)} = r.v",
                                  {"rows": values})
            for (typ, a, b), rs in rel_rows.items():
                cols = rel_cols[typ]
                keys = sorted(cols)
                path = work / f"r_{len(list(work.iterdir()))}.csv"
                with open(path, "w", newline="", encoding="utf-8") as fh:
                    w = csv.writer(fh)
                    for r in rs:
                        w.writerow([r.start_id, r.end_id] + [_scalar_text(r.props.get(k), cols[k]) for k in keys])
                c.execute(f"COPY {_q(rel_name[typ])} FROM '{_csv_path(path)}' "
                          f"({_CSV_OPTIONS}, from='{a}', to='{b}')")
        finally:
            shutil.rmtree(work, ignore_errors=True)

        self.label_tables = {l: sorted(ts) for l, ts in label_tables.items()}
        self.rel_tables = rel_name
        for key, value in (("label_tables", self.label_tables), ("rel_tables", self.rel_tables)):
            c.execute(f"CREATE (:{META_TABLE} {{id: $k, value: $v}})", {"k": key, "v": json.dumps(value)})
        return {"nodes": len(nodes), "relationships": len(rels) - skipped, "skipped_relationships": skipped,
                "node_tables": len(columns), "rel_tables": sum(1 for p in pairs.values() if p)}

    def _copy(self, table: str, path: Path, cols: list[str]) -> None:
        names = ", ".join(_q(c) for c in ["id"] + cols)
        self.conn.execute(f"COPY {_q(table)}({names}) FROM '{_csv_path(path)}' "
                          f"({_CSV_OPTIONS})")

    # -- querying --------------------------------------------------------------------------------
    def translate(self, cypher: str) -> str:
        """The query with labels and relationship types mapped to this database's tables."""

        def label(m: re.Match) -> str:
            if m.group("str"):
                return m.group(0)
            name = m.group("label")
            tables = self.label_tables.get(name)
            if not tables:
                return m.group(0)
            return f"{m.group('pre')}:" + ":".join(_q(t) for t in tables)

        def rel(m: re.Match) -> str:
            if m.group("str"):
                return m.group(0)
            types = [t.strip().lstrip(":").strip() for t in m.group("types").split("|")]
            return m.group("pre") + "|".join(_q(self.rel_tables.get(t, t)) for t in types)

        text = _NODE_LABEL.sub(label, cypher)
        text = _REL_TYPE.sub(rel, text)
        if _MULTI_LABEL.search(_STRINGS.sub("", cypher)):
            raise ValueError("a node pattern with several labels has no LadybugDB equivalent")
        return text

    def run(self, cypher: str, params: dict) -> tuple[list[str], list[list]]:
        result = self.conn.execute(self.translate(cypher), params)
        keys = result.get_column_names()
        rows = result.get_all()
        return keys, rows


_STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|//[^\n]*')
_NODE_LABEL = re.compile(
    r'(?P<str>"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|//[^\n]*)'
    r"|(?P<pre>\(\s*[A-Za-z_]\w*\s*|\(\s*):\s*(?P<label>[A-Za-z_]\w*)"
)
_REL_TYPE = re.compile(
    r'(?P<str>"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'|//[^\n]*)'
    r"|(?P<pre>\[\s*[A-Za-z_]?\w*\s*:\s*)(?P<types>[A-Za-z_]\w*(?:\s*\|\s*:?\s*[A-Za-z_]\w*)*)"
)
_MULTI_LABEL = re.compile(r"\(\s*\w*\s*:\s*\w+\s*:\s*\w+")


def _as_list(value) -> list:
    return list(value) if isinstance(value, (list, tuple, set, frozenset)) else [value]


def _csv_path(path: Path) -> str:
    return str(path).replace("\\", "/").replace("'", "\\'")
