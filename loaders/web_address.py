"""What a government site's address says of who published a page: its area (luan.gov.cn: 六安市) and the kind of
body (nyncj.: 农业农村局), from lexicons/area_web_domains.csv and lexicons/site_body_codes.csv."""
from __future__ import annotations

import re
from functools import lru_cache

from .areas import Area, gazetteer
from .lexicon import csv_rows

_HOST = re.compile(r"^(?:[a-z]+:)?//(?P<host>[^/:?#]+)(?::\d+)?(?P<path>[^?#]*)", re.I)


@lru_cache(maxsize=1)
def _areas_by_label() -> dict[str, str]:
    return {r["label"]: r["code"] for r in csv_rows("area_web_domains.csv")}


@lru_cache(maxsize=1)
def _bodies_by_code() -> dict[str, str]:
    return {r["code"]: r["form"] for r in csv_rows("site_body_codes.csv")}


def area_and_body_of(address: str) -> tuple[Area | None, str | None]:
    """(area, short form of the body) that a .gov.cn address names; None for what it does not name.
    The body is read from the host (gxt.guizhou.gov.cn) or, failing that, from a path segment
    (xxgk.jl.gov.cn/zcbm/fgw/…)."""
    m = _HOST.match(address.strip())
    if m is None or not m.group("host").lower().endswith(".gov.cn"):
        return None, None
    labels = m.group("host").lower()[: -len(".gov.cn")].split(".")
    area = body = None
    for label in reversed(labels):  # the area's label comes last, the body's before it
        if area is None and label in _areas_by_label():
            area = gazetteer().by_code.get(_areas_by_label()[label])
        elif body is None and label in _bodies_by_code():
            body = _bodies_by_code()[label]
    if body is None:
        body = next((_bodies_by_code()[s] for s in m.group("path").lower().split("/") if s in _bodies_by_code()), None)
    return area, body
