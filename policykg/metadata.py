"""A table of what the user knows about their files (`build --metadata`): who issued each, for which area,
when, and where it was found.

Documents saved from web pages often do not name their issuer: a bureau's reply says 我局 and the page's
address says which bureau. The table gives the build what the text lacks. It is CSV or TSV with a header:

    file,issuer,area,published,url
    replies/03_reply.txt,六安市农业农村局,六安市,2023-07-26,https://…

`file` is a path relative to the table's folder, or a file name that is unique among the files built.
Other columns are optional; columns the build does not use (notes, chars…) are ignored and named.
"""
from __future__ import annotations

import csv
import io
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from policykg.loaders.areas import gazetteer, resolve_area_path

# column -> field, with the names researchers' spreadsheets commonly use for the same thing
COLUMNS = {
    "file": "file", "path": "file",
    "issuer": "issuer", "发文机关": "issuer", "发布机构": "issuer",
    "area": "area", "place": "area", "地区": "area",
    "published": "published", "date": "published", "发布日期": "published", "成文日期": "published",
    "url": "url", "网址": "url",
}
_URL = re.compile(r"^https?://[^\s\"<>\\^`{|}]+$")
_DATE = re.compile(r"^((?:19|20)\d{2})(?:[-/.年](\d{1,2})(?:[-/.月](\d{1,2})日?)?月?)?年?$")


class MetadataError(ValueError):
    """The table cannot be used at all (unreadable, no `file` column)."""


@dataclass
class Metadata:
    by_path: dict[str, tuple[tuple[str, str], ...]] = field(default_factory=dict)  # absolute path -> fields
    problems: list[str] = field(default_factory=list)  # rows not used, and why
    ignored_columns: list[str] = field(default_factory=list)


def iso_published(value: str) -> str | None:
    """2023-07-26, 2023/7/26, 2023年7月26日, 2023-07-26 10:10:00 -> 2023-07-26; 2023-07 -> 2023-07;
    2023 -> 2023; anything else -> None."""
    words = value.replace("T", " ").split()
    m = _DATE.match(words[0]) if words else None
    if not m:
        return None
    year, month, day = m.groups()
    if month and not 1 <= int(month) <= 12 or day and not 1 <= int(day) <= 31:
        return None
    return "-".join([year] + [f"{int(x):02d}" for x in (month, day) if x])


def _area(written: str) -> tuple[str | None, str]:
    """The area's key, or None and why: 辽宁省抚顺市 -> 抚顺市; 城区 alone names some thirty districts."""
    area = resolve_area_path(written)
    if area is None:
        return None, "is not a Chinese administrative area the build knows"
    same = [a for a in gazetteer().by_name.get(written, ()) if a.level == area.level]
    if len(same) > 1:
        return None, f"names {len(same)} areas ({', '.join(a.key for a in same[:3])}…); write it after its city"
    return area.key, ""


def _rows(path: Path) -> list[dict[str, str]]:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise MetadataError(f"metadata table {path} cannot be read: {exc.strerror or exc}") from exc
    for codec in ("utf-8-sig", "gb18030"):  # spreadsheets saved on Chinese Windows write GB18030
        try:
            text = data.decode(codec)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise MetadataError(f"metadata table {path} is neither UTF-8 nor GB18030 text")
    first = text.split("\n", 1)[0]
    dialect = "excel-tab" if first.count("\t") > first.count(",") else "excel"
    return list(csv.DictReader(io.StringIO(text), dialect=dialect))


def read_metadata(table: Path, files: list[str]) -> Metadata:
    """The fields the table gives for each of `files` (absolute paths)."""
    rows = _rows(table)
    header = list(rows[0].keys()) if rows else []
    columns = {name: COLUMNS[name.strip().lower()] for name in header if name and name.strip().lower() in COLUMNS}
    if "file" not in columns.values():
        raise MetadataError(f"metadata table {table} has no 'file' column; its columns are "
                            f"{', '.join(header) or '(none)'}; expected file plus any of issuer, area, published, url")
    out = Metadata(ignored_columns=[n for n in header if n and n not in columns])
    base = table.resolve().parent
    by_name: dict[str, list[str]] = {}
    for f in files:
        by_name.setdefault(os.path.basename(f), []).append(f)
    by_real = {os.path.realpath(f): f for f in files}  # a path through a symbolic link is the same file
    for line, row in enumerate(rows, start=2):  # line 1 is the header
        values = {columns[k]: (v or "").strip() for k, v in row.items() if k in columns and v and v.strip()}
        name = values.pop("file", "")
        if not name:
            continue
        path = by_real.get(os.path.realpath(base / name))
        if path is None:
            same = by_name.get(os.path.basename(name), [])
            if len(same) != 1:
                out.problems.append(f"line {line}: {name}: " + (
                    "no such file among those built" if not same else f"{len(same)} files built have that name"))
                continue
            path = same[0]
        if "published" in values:
            iso = iso_published(values["published"])
            if iso is None:
                out.problems.append(f"line {line}: {name}: published '{values['published']}' is not a date "
                                    "(write 2023-07-26, 2023-07 or 2023); the date is not used")
                del values["published"]
            else:
                values["published"] = iso
        if "area" in values:
            area, why = _area(values["area"])
            if area is None:
                out.problems.append(f"line {line}: {name}: area '{values['area']}' {why}; the area is not used")
                del values["area"]
            else:
                values["area"] = area
        if "url" in values and not _URL.match(values["url"]):
            out.problems.append(f"line {line}: {name}: url '{values['url']}' is not an http(s) address; "
                                "the url is not used")
            del values["url"]
        out.by_path[path] = tuple(sorted(values.items()))
    return out
