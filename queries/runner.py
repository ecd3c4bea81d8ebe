"""Run the named questions of queries/: SPARQL over the RDF store, Cypher over the property graph.

Each question NAME has two files beside this module, ``NAME.rq`` and ``NAME.cypher``, with the same
header (comment lines at the top)::

    # title: Targets by agency
    # answers: The numeric targets each agency committed to …
    # param agency: string = "" — canonical name (skos:prefLabel) or IRI of an agency; "" for all
    # param year: integer = 0 — only targets for this year; 0 for all
    # columns: agency, agency_label, target, …

(``//`` instead of ``#`` in Cypher files). A parameter with a default is optional; one without is
required. Parameters are always passed to the engine as bound values — pyoxigraph ``substitutions``
(the variable ``?param_NAME``), neo4j / LadybugDB query parameters (``$NAME``) — never spliced into the
query text. An absent optional parameter is bound to its default ("" or 0), which the queries read as
"no filter", so that every engine sees the same typed value (LadybugDB cannot type a null parameter).

Results are lists of dicts keyed by the declared columns, with plain Python values: IRIs as strings,
xsd:integer and xsd:gYear as int, xsd:decimal/double as float, dates as ISO strings, language tags
dropped; the same conversion is applied to what Cypher engines return, so answers compare as equal.
"""
from __future__ import annotations

import datetime as _dt
import re
from dataclasses import dataclass
from decimal import Decimal
from importlib import resources
from pathlib import Path
from typing import Any

import pyoxigraph as ox

XSD = "http://www.w3.org/2001/XMLSchema#"
_INT_TYPES = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger",
                                "positiveInteger", "negativeInteger", "nonPositiveInteger",
                                "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte", "gYear")}
_FLOAT_TYPES = {XSD + t for t in ("decimal", "double", "float")}


class QueryError(ValueError):
    """A user mistake: unknown query or parameter, wrong type, a write where only reads are allowed."""


# --------------------------------------------------------------------------------------------------
# The library of named queries
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class Param:
    name: str
    type: str  # "string" | "integer"
    default: Any  # None when required
    doc: str = ""

    @property
    def required(self) -> bool:
        return self.default is None

    def coerce(self, value: Any) -> Any:
        if self.type == "integer":
            if isinstance(value, bool):
                raise QueryError(f"parameter '{self.name}' must be an integer, not {value!r}")
            try:
                return int(str(value).strip()) if not isinstance(value, int) else value
            except ValueError:
                raise QueryError(f"parameter '{self.name}' must be an integer, not {value!r}") from None
        if not isinstance(value, str):
            raise QueryError(f"parameter '{self.name}' must be a string, not {value!r}")
        return value


@dataclass(frozen=True)
class Header:
    title: str
    answers: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]


@dataclass(frozen=True)
class NamedQuery:
    name: str
    header: Header
    sparql: str
    cypher: str

    @property
    def title(self) -> str:
        return self.header.title

    @property
    def params(self) -> tuple[Param, ...]:
        return self.header.params

    @property
    def columns(self) -> tuple[str, ...]:
        return self.header.columns

    def bind(self, params: dict | None) -> dict[str, Any]:
        """Check the given parameters against the declared ones; fill the defaults of absent ones."""
        params = dict(params or {})
        known = {p.name: p for p in self.params}
        unknown = sorted(set(params) - set(known))
        if unknown:
            allowed = ", ".join(known) or "none"
            raise QueryError(f"query '{self.name}' has no parameter {', '.join(unknown)} (parameters: {allowed})")
        bound = {}
        for p in self.params:
            value = params.get(p.name)
            if value is None:
                if p.required:
                    raise QueryError(f"query '{self.name}' needs the parameter '{p.name}' ({p.doc})")
                value = p.default
            bound[p.name] = p.coerce(value)
        return bound


_HEADER_LINE = re.compile(r"^\s*(?:#|//)\s?(.*)$")
_PARAM = re.compile(r"^(\w+)\s*:\s*(string|integer)\s*(?:=\s*(\"[^\"]*\"|-?\d+))?\s*(?:[—-]+\s*(.*))?$")


def parse_header(text: str, where: str = "") -> Header:
    """Read the comment lines at the top of a query file."""
    fields: dict[str, list[str]] = {}
    params: list[Param] = []
    last = None
    for line in text.splitlines():
        m = _HEADER_LINE.match(line)
        if not m:
            if line.strip() == "":
                continue
            break
        body = m.group(1)
        key = re.match(r"^(title|answers|param|columns)\b\s*(\w+\s*)?:\s*(.*)$", body)
        if key and key.group(1) == "param":
            pm = _PARAM.match(body[len("param"):].strip())
            if not pm:
                raise ValueError(f"{where}: cannot read the parameter line {body!r}")
            name, typ, default, doc = pm.groups()
            if default is not None:
                default = default.strip('"') if typ == "string" else int(default)
            params.append(Param(name, typ, default, (doc or "").strip()))
            last = ("param", len(params) - 1)
        elif key and key.group(2) is None:
            fields.setdefault(key.group(1), []).append(key.group(3).strip())
            last = (key.group(1), None)
        elif body.startswith("  ") and last is not None:  # continuation
            if last[0] == "param":
                p = params[last[1]]
                params[last[1]] = Param(p.name, p.type, p.default, f"{p.doc} {body.strip()}".strip())
            else:
                fields[last[0]].append(body.strip())
        else:
            last = None
    for required in ("title", "answers", "columns"):
        if required not in fields:
            raise ValueError(f"{where}: the header has no '{required}:' line")
    columns = tuple(c.strip() for c in " ".join(fields["columns"]).split(",") if c.strip())
    return Header(" ".join(fields["title"]), " ".join(fields["answers"]), tuple(params), columns)


def _query_dir():
    return resources.files(__package__ or "policykg.queries")


def available() -> list[str]:
    """The names of the shipped queries (each has a .rq and a .cypher file)."""
    names = {Path(e.name).stem for e in _query_dir().iterdir() if e.name.endswith(".rq")}
    return sorted(n for n in names if _query_dir().joinpath(f"{n}.cypher").is_file())


def get(name: str) -> NamedQuery:
    """A shipped query by name, or a query of one's own given as the path of its .rq or .cypher file
    (its sibling with the other suffix is used when it exists)."""
    path = Path(name)
    if path.suffix in (".rq", ".cypher") and path.is_file():
        rq, cy = path.with_suffix(".rq"), path.with_suffix(".cypher")
        sparql = rq.read_text(encoding="utf-8") if rq.is_file() else ""
        cypher = cy.read_text(encoding="utf-8") if cy.is_file() else ""
        header = parse_header(sparql or cypher, str(path))
        return NamedQuery(path.stem, header, sparql, cypher)
    if name not in available():
        raise QueryError(f"no query named '{name}'; the queries are: {', '.join(available())}")
    d = _query_dir()
    sparql = d.joinpath(f"{name}.rq").read_text(encoding="utf-8")
    cypher = d.joinpath(f"{name}.cypher").read_text(encoding="utf-8")
    return NamedQuery(name, parse_header(sparql, f"{name}.rq"), sparql, cypher)


# --------------------------------------------------------------------------------------------------
# Read-only checks
# --------------------------------------------------------------------------------------------------

_SPARQL_STRIP = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""' r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"' r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*"
    r"|[?$]\w+"  # variables
    r"|[A-Za-z][\w.-]*:[\w.-]*|:[\w.-]+",  # prefixed names
)
_SPARQL_UPDATE = re.compile(r"\b(INSERT|DELETE|LOAD|CLEAR|CREATE|DROP|COPY|MOVE|ADD)\b", re.IGNORECASE)

_CYPHER_STRIP = re.compile(
    r'"(?:[^"\\]|\\.)*"' r"|'(?:[^'\\]|\\.)*'" r"|`[^`]*`" r"|//[^\n]*" r"|/\*.*?\*/",
    re.DOTALL,
)
_CYPHER_WRITE = re.compile(
    r"\b(CREATE|MERGE|DELETE|DETACH|SET|REMOVE|DROP|FOREACH|LOAD\s+CSV|CALL|COPY|ALTER|INSTALL|ATTACH|IMPORT|EXPORT)\b",
    re.IGNORECASE,
)


def sparql_is_update(text: str) -> bool:
    """Whether the SPARQL text is an update (or holds update operations), ignoring strings, IRIs, comments."""
    bare = _SPARQL_STRIP.sub(" ", text)
    return bool(_SPARQL_UPDATE.search(bare))


def cypher_writes(text: str) -> list[str]:
    """The write (or procedure-calling) clauses of a Cypher text, ignoring strings, names and comments."""
    bare = _CYPHER_STRIP.sub(" ", text)
    return sorted({m.group(1).upper() for m in _CYPHER_WRITE.finditer(bare)})


# --------------------------------------------------------------------------------------------------
# Values
# --------------------------------------------------------------------------------------------------


def _from_rdf(term) -> Any:
    if term is None:
        return None
    if isinstance(term, ox.NamedNode):
        return term.value
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        dt = term.datatype.value
        if dt in _INT_TYPES:
            try:
                return int(term.value)
            except ValueError:
                return term.value
        if dt in _FLOAT_TYPES:
            try:
                return float(term.value)
            except ValueError:
                return term.value
        if dt == XSD + "boolean":
            return term.value in ("true", "1")
        return term.value
    return str(term)


def plain(value: Any) -> Any:
    """A value returned by a Cypher engine, in the runner's plain form."""
    if value is None or isinstance(value, (bool, int, str)):
        return value
    if isinstance(value, float):
        return float(value)
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, (_dt.date, _dt.datetime)):
        return value.isoformat()
    iso = getattr(value, "iso_format", None)  # neo4j.time.Date / DateTime
    if callable(iso):
        return iso()
    return value


def _to_rdf(value: Any):
    if isinstance(value, bool):
        return ox.Literal("true" if value else "false", datatype=ox.NamedNode(XSD + "boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode(XSD + "integer"))
    return ox.Literal(str(value))


# --------------------------------------------------------------------------------------------------
# SPARQL
# --------------------------------------------------------------------------------------------------


def _oxigraph_store(store) -> ox.Store:
    if isinstance(store, ox.Store):
        return store
    inner = getattr(store, "store", None)  # policykg.store.GraphStore
    if isinstance(inner, ox.Store):
        return inner
    raise TypeError(f"run_sparql needs a pyoxigraph.Store or a policykg GraphStore, not {type(store).__name__}")


def run_sparql(store, name: str, params: dict | None = None, *, allow_write: bool = False) -> list[dict]:
    """Run the SPARQL version of a named query over the union of the store's named graphs."""
    query = get(name)
    if not query.sparql:
        raise QueryError(f"query '{name}' has no SPARQL version")
    bound = query.bind(params)
    ox_store = _oxigraph_store(store)
    if sparql_is_update(query.sparql):
        if not allow_write:
            raise QueryError(f"query '{name}' is a SPARQL Update; refused without allow_write")
        if bound:
            raise QueryError("a SPARQL Update cannot take parameters")
        ox_store.update(query.sparql)
        return []
    subs = {ox.Variable(f"param_{k}"): _to_rdf(v) for k, v in bound.items()}
    result = ox_store.query(query.sparql, use_default_graph_as_union=True, substitutions=subs or None)
    if not isinstance(result, ox.QuerySolutions):
        raise QueryError(f"query '{name}' is not a SELECT query")
    names = [v.value for v in result.variables]
    missing = [c for c in query.columns if c not in names]
    if missing:
        raise QueryError(f"query '{name}': the SPARQL projection lacks the columns {', '.join(missing)}")
    return [{c: _from_rdf(sol[c]) for c in query.columns} for sol in result]


# --------------------------------------------------------------------------------------------------
# Cypher
# --------------------------------------------------------------------------------------------------


def run_cypher(target, name: str, params: dict | None = None, *, allow_write: bool = False,
               database: str | None = None) -> list[dict]:
    """Run the Cypher version of a named query.

    `target` is a neo4j Driver or Session (Neo4j, FalkorDB, Memgraph… over Bolt), a
    `policykg.queries.engine.LadybugGraph`, or a `ladybug.Connection` on a graph loaded by it.
    """
    query = get(name)
    if not query.cypher:
        raise QueryError(f"query '{name}' has no Cypher version")
    bound = query.bind(params)
    writes = cypher_writes(query.cypher)
    if writes and not allow_write:
        raise QueryError(f"query '{name}' has write clauses ({', '.join(writes)}); refused without allow_write")
    from . import engine

    if isinstance(target, engine.LadybugGraph) or engine.is_ladybug_connection(target):
        graph = target if isinstance(target, engine.LadybugGraph) else engine.LadybugGraph.attach(target)
        keys, rows = graph.run(query.cypher, bound)
    else:
        keys, rows = _run_bolt(target, query.cypher, bound, write=bool(writes), database=database)
    missing = [c for c in query.columns if c not in keys]
    if missing:
        raise QueryError(f"query '{name}': the Cypher RETURN lacks the columns {', '.join(missing)}")
    index = {k: i for i, k in enumerate(keys)}
    return [{c: plain(row[index[c]]) for c in query.columns} for row in rows]


def _run_bolt(target, text: str, params: dict, write: bool, database: str | None):
    import neo4j

    def work(tx):
        result = tx.run(text, params)
        keys = list(result.keys())
        return keys, [list(record.values()) for record in result]

    if isinstance(target, neo4j.Driver):
        kwargs = {"database": database} if database else {}
        with target.session(**kwargs) as session:
            return _run_in_session(session, work, write)
    if isinstance(target, neo4j.Session):
        return _run_in_session(target, work, write)
    raise TypeError(f"run_cypher needs a neo4j Driver or Session or a LadybugGraph, not {type(target).__name__}")


def _run_in_session(session, work, write: bool):
    return session.execute_write(work) if write else session.execute_read(work)
