"""CSV files for `neo4j-admin database import full`, with a README.md giving the exact command.

One node file per label set and one relationship file per type, so every file has only the columns
its rows use. Headers follow the import tool's conventions: `id:ID`, `:LABEL`, typed columns
(`start:int`, `value:double`, `verified:boolean`), arrays (`altLabel:string[]`), `:START_ID`,
`:END_ID`, `:TYPE`.
"""
from __future__ import annotations

import csv
from pathlib import Path

from .projection import Projection
from .statements import node_groups

_ARRAY_DELIMITERS = (";", "|", "¦", "\u001f")  # ';' is the tool's default; another only if the data holds ';'
_INT32 = range(-(2**31), 2**31)


def _scalar_type(values) -> str:
    """The import type of one column, from every value in it (mixed columns stay strings)."""
    kinds = {type(v) for v in values}
    if kinds == {bool}:
        return "boolean"
    if kinds == {int}:
        return "int" if all(v in _INT32 for v in values) else "long"
    if kinds <= {int, float} and float in kinds:
        return "double"
    return "string"


def _column_types(rows: list[dict]) -> dict[str, str]:
    """key -> 'int', 'string[]', …; lists are arrays of their elements' type."""
    seen: dict[str, list] = {}
    is_list: dict[str, bool] = {}
    for props in rows:
        for key, value in props.items():
            is_list[key] = is_list.get(key, False) or isinstance(value, list)
            seen.setdefault(key, []).extend(value if isinstance(value, list) else [value])
    return {k: _scalar_type(seen[k]) + ("[]" if is_list[k] else "") for k in sorted(seen)}


def _text(value) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    return repr(value) if isinstance(value, float) else str(value)


def _cell(value, delimiter: str) -> str:
    """Empty for a missing value (the import tool reads it as no property)."""
    if value is None:
        return ""
    return delimiter.join(_text(v) for v in (value if isinstance(value, list) else [value]))


def _header(column_types: dict[str, str]) -> list[str]:
    return [key if typ == "string" else f"{key}:{typ}" for key, typ in column_types.items()]


def _pick_delimiter(projection: Projection) -> str:
    """';' unless an array element holds one (labels are identifiers, they never do)."""
    elements = [str(v) for record in (*projection.nodes, *projection.rels)
                for value in record.props.values() if isinstance(value, list) for v in value]
    for delimiter in _ARRAY_DELIMITERS:
        if not any(delimiter in text for text in elements):
            return delimiter
    raise ValueError("every array delimiter occurs in the data; cannot write neo4j-admin arrays")


def write_neo4j_csv(projection: Projection, outdir: str | Path, database: str = "neo4j") -> dict:
    out = Path(outdir)
    out.mkdir(parents=True, exist_ok=True)
    delimiter = _pick_delimiter(projection)
    node_files, rel_files = [], []

    for labels, nodes in node_groups(projection).items():
        types = _column_types([n.props for n in nodes])
        name = f"nodes_{'_'.join(labels)}.csv"
        with open(out / name, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow(["id:ID", ":LABEL", *_header(types)])
            for n in nodes:
                writer.writerow([n.id, delimiter.join(labels),
                                 *(_cell(n.props.get(k), delimiter) for k in types)])
        node_files.append(name)

    by_type: dict[str, list] = {}
    for rel in projection.rels:
        by_type.setdefault(rel.type, []).append(rel)
    for rel_type, rels in sorted(by_type.items()):
        types = _column_types([r.props for r in rels])
        name = f"relationships_{rel_type}.csv"
        with open(out / name, "w", encoding="utf-8", newline="") as fh:
            writer = csv.writer(fh)
            writer.writerow([":START_ID", ":END_ID", ":TYPE", *_header(types)])
            for r in rels:
                writer.writerow([r.start_id, r.end_id, r.type,
                                 *(_cell(r.props.get(k), delimiter) for k in types)])
        rel_files.append(name)

    command = import_command(node_files, rel_files, delimiter, database)
    (out / "README.md").write_text(_readme(out, command, projection), encoding="utf-8")
    return {"files": node_files + rel_files, "array_delimiter": delimiter, "import_command": command}


def import_command(node_files: list[str], rel_files: list[str], delimiter: str, database: str = "neo4j") -> str:
    lines = ["neo4j-admin database import full \\"]
    lines += [f"  --nodes={name} \\" for name in node_files]
    lines += [f"  --relationships={name} \\" for name in rel_files]
    lines += [f"  --array-delimiter='{delimiter}' \\" if delimiter != "\u001f" else "  --array-delimiter='\\u001F' \\",
              "  --multiline-fields=true \\", "  --overwrite-destination \\", f"  {database}"]
    return "\n".join(lines)


def _readme(out: Path, command: str, projection: Projection) -> str:
    return f"""# policykg graph for `neo4j-admin`

{len(projection.nodes)} nodes, {len(projection.rels)} relationships, written by `policykg export neo4j-csv`.
One node file per label set, one relationship file per relationship type; UTF-8, RFC 4180 quoting.

Stop the database first (`neo4j stop`; the import tool writes the store files of an offline
database and replaces it), then run from this directory:

```sh
cd {out.resolve()}
{command}
```

and start Neo4j again. On Neo4j 5 Enterprise, an existing database other than the default can be
created afterwards with `CREATE DATABASE <name>`. The import does not create indexes: for lookups by
`id` (what `policykg export neo4j` and the Cypher script merge on), run once per label

```cypher
CREATE CONSTRAINT IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
```

Column conventions: `id:ID` is the resource's IRI (also kept as property `id`), `:LABEL` its labels,
typed columns such as `start:int` or `value:double`, arrays such as `altLabel:string[]` split on the
array delimiter, relationships by `:START_ID`, `:END_ID`, `:TYPE`. `graphs` lists the document graphs
a node or relationship was read from.
"""
