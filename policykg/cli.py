"""The `policykg` command line: it wires the stages, it does not do their work."""
from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from policykg.store import DEFAULT_STORE, GraphStore, StoreError

app = typer.Typer(
    help="Turn Chinese government policy documents into a traceable RDF knowledge graph.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(stderr=True)
out = Console()

StoreOpt = Annotated[Path, typer.Option("--store", "-s", help="Directory of the embedded store.",
                                        envvar="POLICYKG_STORE")]

RDF_FORMATS = {"turtle": "TURTLE", "ntriples": "N_TRIPLES", "nquads": "N_QUADS", "trig": "TRIG",
               "jsonld": "JSON_LD"}
GRAPH_FORMATS = ("neo4j", "neo4j-csv", "cypher", "graphml", "gexf", "json")


def _fail(message: str, code: int = 1) -> None:
    console.print(f"[red]error:[/red] {message}")
    raise typer.Exit(code)


def _open_store(path: Path, read_only: bool = False) -> GraphStore:
    try:
        return GraphStore(path, read_only=read_only, create=not read_only)
    except StoreError as exc:
        _fail(str(exc))


MetadataOpt = Annotated[Optional[Path], typer.Option(
    "--metadata", "-m", exists=True, dir_okay=False,
    help="CSV or TSV table of what you know about the files: columns file (path relative to the table, or a "
         "unique file name) and any of issuer, area, published, url. Stated facts win over the text's.")]


def _read_metadata(table: Path | None, files: list[str]) -> dict | None:
    """The stated facts per file, or exit 2 when the table cannot be used; rows that cannot be used are named."""
    if table is None:
        return None
    from policykg.metadata import MetadataError, read_metadata

    try:
        md = read_metadata(table, files)
    except MetadataError as exc:
        _fail(str(exc), 2)
    for problem in md.problems:
        console.print(f"[yellow]metadata:[/yellow] {problem}")
    if md.ignored_columns:
        console.print(f"[yellow]metadata:[/yellow] columns not used: {', '.join(md.ignored_columns)}")
    console.print(f"metadata: facts stated for {len(md.by_path)} of {len(files)} files")
    return md.by_path


@app.command()
def build(
    paths: Annotated[list[Path], typer.Argument(help="Files or directories (searched recursively).")],
    store: StoreOpt = Path(DEFAULT_STORE),
    jobs: Annotated[int, typer.Option("--jobs", "-j", help="Worker processes (default: number of cores).",
                                      min=1)] = os.cpu_count() or 1,
    prune: Annotated[bool, typer.Option(help="Remove documents whose files are gone.")] = False,
    max_size: Annotated[float, typer.Option(help="Largest file to read, in MB.", min=0.001)] = 50,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
    metadata: MetadataOpt = None,
) -> None:
    """Add or replace each document's facts in the store; unchanged files are skipped.

    Files whose stated facts (--metadata) changed are extracted again; give the same table on every build."""
    from policykg.build import build as run_build
    from policykg.build import collect_files

    files, missing = collect_files(str(p) for p in paths)
    for m in missing:
        console.print(f"[red]error:[/red] no such file or directory: {m}")
    if missing and not files:
        raise typer.Exit(2)
    stated = _read_metadata(metadata, files)
    gs = _open_store(store)
    started = time.perf_counter()
    with Progress(TextColumn("[bold]building"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                  TextColumn("{task.description}"), console=console, transient=True,
                  disable=len(files) < 2) as progress:
        task = progress.add_task("", total=len(files))

        def tick(result):
            progress.update(task, advance=1, description=Path(result.path).name[:40])

        try:
            summary = run_build(files, gs, jobs=jobs, prune=prune, max_bytes=int(max_size * 1e6), on_result=tick,
                                metadata=stated)
        except KeyboardInterrupt:
            # each document is written in one transaction: what was stored is whole
            progress.stop()
            gs.flush()
            console.print(f"[yellow]interrupted[/yellow]: {len(gs.documents())} documents in the store, "
                          "each complete; run the same build again to continue")
            raise typer.Exit(130)
    elapsed = time.perf_counter() - started
    from policykg.stats import class_counts

    counts = class_counts(gs)
    report = {
        "files": len(files),
        "added": summary.count("added"),
        "updated": summary.count("updated"),
        "unchanged": summary.count("unchanged"),
        "duplicates": summary.count("duplicate"),
        "failed": [{"path": r.path, "reason": r.reason} for r in summary.failed]
        + [{"path": m, "reason": "no such file or directory"} for m in missing],
        "pruned": summary.pruned,
        "documents": counts.get("Document", 0),
        "triples": len(gs),
        "entities": {k: v for k, v in counts.items() if k != "Document"},
        "seconds": round(elapsed, 2),
    }
    if as_json:
        out.print_json(json.dumps(report, ensure_ascii=False))
    else:
        _print_build_report(report, summary)
    raise typer.Exit(1 if report["failed"] else 0)


def _print_build_report(report: dict, summary) -> None:
    out.print(
        f"[bold]{report['files']}[/bold] files: {report['added']} added, {report['updated']} updated, "
        f"{report['unchanged']} unchanged, {report['duplicates']} duplicates, "
        f"[{'red' if report['failed'] else 'green'}]{len(report['failed'])} failed[/] "
        f"in {report['seconds']} s"
    )
    for r in summary.results:
        if r.status == "duplicate":
            out.print(f"  [yellow]duplicate[/yellow] {r.path}: {r.reason}")
    for p in report["pruned"]:
        out.print(f"  [yellow]pruned[/yellow] {p}")
    out.print(f"store: [bold]{report['documents']}[/bold] documents, [bold]{report['triples']}[/bold] triples")
    if report["entities"]:
        out.print("  " + ", ".join(f"{k} {v}" for k, v in sorted(report["entities"].items())))
    if report["failed"]:
        table = Table("file", "reason", title="files not stored", title_justify="left")
        for f in report["failed"]:
            table.add_row(f["path"], f["reason"])
        out.print(table)


@app.command()
def export(
    fmt: Annotated[str, typer.Argument(
        metavar="FORMAT",
        help=f"One of: {', '.join(RDF_FORMATS)} (RDF, named graphs kept where the format can) or "
             f"{', '.join(GRAPH_FORMATS)} (property graph).")],
    output: Annotated[Optional[Path], typer.Option("--output", "-o", help="File (or directory for neo4j-csv).")] = None,
    store: StoreOpt = Path(DEFAULT_STORE),
    uri: Annotated[Optional[str], typer.Option(help="Bolt URI for `neo4j`, e.g. bolt://localhost:7687.",
                                               envvar="NEO4J_URI")] = None,
    user: Annotated[str, typer.Option(help="Bolt user (password from NEO4J_PASSWORD).", envvar="NEO4J_USER")] = "neo4j",
    database: Annotated[Optional[str], typer.Option(help="Neo4j database name.")] = None,
    batch_size: Annotated[int, typer.Option(help="Rows per UNWIND batch for `neo4j`.", min=1)] = 1000,
    replace: Annotated[bool, typer.Option(help="`neo4j`: first remove nodes of documents that were rebuilt.")] = False,
    stall_timeout: Annotated[float, typer.Option(
        help="`neo4j`: seconds a request may go unanswered before the connection is dropped and the export "
             "starts again on a new one (its writes are idempotent).", min=1)] = 120.0,
) -> None:
    """Write the graph as RDF, to Neo4j over Bolt, or to files visualisation tools read."""
    fmt = fmt.lower()
    if fmt not in RDF_FORMATS and fmt not in GRAPH_FORMATS:
        raise typer.BadParameter(f"unknown format '{fmt}'; choose from {', '.join([*RDF_FORMATS, *GRAPH_FORMATS])}",
                                 param_hint="FORMAT")
    gs = _open_store(store, read_only=True)
    if fmt in RDF_FORMATS:
        from policykg.rdf_export import export_rdf

        if output is None:
            export_rdf(gs, fmt, sys.stdout.buffer)
        else:
            with open(output, "wb") as fh:
                export_rdf(gs, fmt, fh)
            console.print(f"wrote {fmt} to {output}")
        return
    from policykg import graph_export

    if fmt != "neo4j" and output is None:
        raise typer.BadParameter("needs --output/-o", param_hint="--output")
    try:
        summary = graph_export.export(
            fmt, gs.store, str(output) if output else None, uri=uri, user=user,
            password=os.environ.get("NEO4J_PASSWORD"), database=database, batch_size=batch_size,
            replace=replace, stall_timeout=stall_timeout, console=console)
    except ValueError as exc:
        _fail(str(exc), 2)
    except Exception as exc:  # connection refused, auth failure: a message, not a traceback
        _fail(f"export to {fmt} failed: {exc}")
    out.print_json(json.dumps(summary, ensure_ascii=False, default=str))


@app.command()
def validate(
    store: StoreOpt = Path(DEFAULT_STORE),
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Check the graph against the SHACL shapes; exit 1 when it does not conform."""
    from policykg.validate import validate_store

    gs = _open_store(store, read_only=True)
    conforms, results = validate_store(gs)
    if as_json:
        out.print_json(json.dumps({"conforms": conforms, "violations": results}, ensure_ascii=False))
    else:
        if conforms:
            out.print(f"[green]conforms[/green]: {len(gs)} triples checked against the shapes")
        else:
            table = Table("focus node", "path", "message", title=f"{len(results)} violations")
            for r in results[:200]:
                table.add_row(r["focus"], r["path"], r["message"])
            out.print(table)
    raise typer.Exit(0 if conforms else 1)


@app.command()
def stats(
    store: StoreOpt = Path(DEFAULT_STORE),
    top: Annotated[int, typer.Option(help="How many industries to list.")] = 15,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Counts by class and by document, and the industries named by most areas."""
    from policykg.stats import collect_stats

    gs = _open_store(store, read_only=True)
    s = collect_stats(gs, top=top)
    if as_json:
        out.print_json(json.dumps(s, ensure_ascii=False))
        return
    t = Table("class", "count", title="entities by class", title_justify="left")
    for k, v in sorted(s["classes"].items()):
        t.add_row(k, str(v))
    out.print(t)
    t = Table("document", "title", "mentions", "quantities", title="documents", title_justify="left")
    for d in s["documents"]:
        t.add_row(d["file"], d["title"] or "", str(d["mentions"]), str(d["quantities"]))
    out.print(t)
    t = Table("industry", "documents", "issuers", title="industries named by most issuers", title_justify="left")
    for i in s["top_industries"]:
        t.add_row(i["industry"], str(i["documents"]), str(i["issuers"]))
    out.print(t)


FormatOpt = Annotated[str, typer.Option("--format", "-f",
                                         help="table, csv or json (default: a table on a terminal, CSV when piped).")]
ParamOpt = Annotated[Optional[list[str]], typer.Option("--param", "-p", help="A parameter as key=value (repeatable).")]
UriOpt = Annotated[Optional[str], typer.Option(help="Run Cypher on this Bolt server instead of the embedded engine "
                                                    "(password from NEO4J_PASSWORD).")]


def _check_format(fmt: str) -> str:
    if fmt not in ("auto", "table", "csv", "json"):
        raise typer.BadParameter("choose table, csv or json", param_hint="--format")
    return fmt


def _bolt_driver(uri: str, user: str):
    import neo4j

    return neo4j.GraphDatabase.driver(uri, auth=(user, os.environ.get("NEO4J_PASSWORD", "")))


@app.command()
def query(
    name: Annotated[Optional[str], typer.Argument(help="A named question (see --list).")] = None,
    list_: Annotated[bool, typer.Option("--list", help="List the named questions and their parameters.")] = False,
    param: ParamOpt = None,
    engine: Annotated[str, typer.Option(help="sparql (embedded RDF store) or cypher (embedded engine or --uri).")]
    = "sparql",
    fmt: FormatOpt = "auto",
    store: StoreOpt = Path(DEFAULT_STORE),
    uri: UriOpt = None,
    user: Annotated[str, typer.Option(help="Bolt user.", envvar="NEO4J_USER")] = "neo4j",
    database: Annotated[Optional[str], typer.Option(help="Neo4j database name.")] = None,
    allow_write: Annotated[bool, typer.Option(help="Allow a query that writes.")] = False,
) -> None:
    """Answer a named cross-cutting question, in SPARQL or Cypher (same answers)."""
    from policykg.query_cli import embedded_cypher_graph, parse_params, render
    from policykg.queries import QueryError, available, get, run_cypher, run_sparql

    if list_ or not name:
        t = Table("name", "question", "parameters", title="named questions", title_justify="left")
        for n in available():
            q = get(n)
            params = ", ".join(f"{p.name}{'' if p.required else '?'}" for p in q.params)
            t.add_row(n, q.title, params)
        out.print(t)
        return
    fmt = _check_format(fmt)
    if engine not in ("sparql", "cypher"):
        raise typer.BadParameter("choose sparql or cypher", param_hint="--engine")
    try:
        params = parse_params(param or [])
        q = get(name)
    except (ValueError, QueryError) as exc:
        _fail(str(exc), 2)
    try:
        if engine == "sparql":
            rows = run_sparql(_open_store(store, read_only=True), name, params, allow_write=allow_write)
        elif uri:
            with _bolt_driver(uri, user) as driver:
                rows = run_cypher(driver, name, params, allow_write=allow_write, database=database)
        else:
            gs = _open_store(store, read_only=True)
            graph = embedded_cypher_graph(gs, store)
            rows = run_cypher(graph, name, params, allow_write=allow_write)
    except QueryError as exc:
        _fail(str(exc), 2)
    columns = list(q.columns)
    render(columns, [[r[c] for c in columns] for r in rows], fmt, out)


@app.command()
def sparql(
    text: Annotated[str, typer.Argument(help="A SPARQL query, or @FILE to read it from a file.")],
    fmt: FormatOpt = "auto",
    store: StoreOpt = Path(DEFAULT_STORE),
    allow_write: Annotated[bool, typer.Option(help="Allow SPARQL Update.")] = False,
) -> None:
    """Run an ad-hoc SPARQL query over the union of all document graphs (read-only by default)."""
    from policykg.query_cli import render, run_adhoc_sparql
    from policykg.queries.runner import sparql_is_update

    fmt = _check_format(fmt)
    text = Path(text[1:]).read_text(encoding="utf-8") if text.startswith("@") else text
    if sparql_is_update(text):
        if not allow_write:
            _fail("this is a SPARQL Update; the store is read-only unless --allow-write", 2)
        _open_store(store).store.update(text)
        out.print("update applied")
        return
    try:
        columns, rows = run_adhoc_sparql(_open_store(store, read_only=True), text)
    except SyntaxError as exc:
        _fail(f"SPARQL syntax error: {exc}", 2)
    render(columns, rows, fmt, out)


@app.command()
def cypher(
    text: Annotated[str, typer.Argument(help="A Cypher query, or @FILE to read it from a file.")],
    param: ParamOpt = None,
    fmt: FormatOpt = "auto",
    store: StoreOpt = Path(DEFAULT_STORE),
    uri: UriOpt = None,
    user: Annotated[str, typer.Option(help="Bolt user.", envvar="NEO4J_USER")] = "neo4j",
    database: Annotated[Optional[str], typer.Option(help="Neo4j database name.")] = None,
    allow_write: Annotated[bool, typer.Option(help="Allow write clauses.")] = False,
) -> None:
    """Run an ad-hoc Cypher query on the embedded engine or a Bolt server (read-only by default)."""
    from policykg.query_cli import embedded_cypher_graph, parse_params, render, run_adhoc_bolt, run_adhoc_cypher
    from policykg.queries.runner import cypher_writes

    fmt = _check_format(fmt)
    text = Path(text[1:]).read_text(encoding="utf-8") if text.startswith("@") else text
    try:
        params = parse_params(param or [])
    except ValueError as exc:
        _fail(str(exc), 2)
    writes = cypher_writes(text)
    if writes and not allow_write:
        _fail(f"write clauses ({', '.join(writes)}) are refused unless --allow-write", 2)
    try:
        if uri:
            with _bolt_driver(uri, user) as driver:
                columns, rows = run_adhoc_bolt(driver, text, params, bool(writes), database)
        else:
            if writes:
                _fail("the embedded Cypher engine is a read-only view of the store; write with --uri", 2)
            graph = embedded_cypher_graph(_open_store(store, read_only=True), store)
            columns, rows = run_adhoc_cypher(graph, text, params)
    except RuntimeError as exc:  # the engine's own error for a bad query
        _fail(f"Cypher error: {exc}", 2)
    render(columns, rows, fmt, out)


@app.command(name="eval")
def evaluate(
    gold_dir: Annotated[Path, typer.Argument(help="Directory of *.gold.json files.", exists=True, file_okay=False)],
    corpus: Annotated[Path, typer.Option(help="Directory holding the documents (searched recursively).",
                                         exists=True, file_okay=False)] = Path("../shared/corpus"),
    as_json: Annotated[bool, typer.Option("--json", help="Machine-readable output.")] = False,
    details: Annotated[bool, typer.Option(help="List misses and false positives.")] = False,
    metadata: MetadataOpt = None,
) -> None:
    """Score extraction against gold annotations: P/R/F1 for quantities and entities, attribute accuracy."""
    from policykg.evaluate import evaluate_dir, render_report

    try:
        report = evaluate_dir(gold_dir, corpus, metadata_table=metadata)
    except ValueError as exc:  # (a MetadataError is one)
        _fail(str(exc), 2)
    if as_json:
        out.print_json(json.dumps(report, ensure_ascii=False))
    else:
        render_report(report, out, details=details)


def main() -> None:  # pragma: no cover
    app()
