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
        elif body is None and area is not None:
            body = _body_after_area(label)
    coded = _AREA_CODE_PARAMETER.search(address)
    if coded and (a := gazetteer().by_code.get(coded.group(1))) is not None and \
            (area is None or a.key == area.key or a.province == area.key or area.key in a.key):
        area = a  # a provincial service platform's page of one of its places (…serviceguide.jsp?areacode=430682999000)
    if body is None:  # a body's column on its government's portal: /fgw/, or its area's initials first (/bm/hjqjyj/)
        segments = m.group("path").lower().split("/")
        body = next((_bodies_by_code()[s] for s in segments if s in _bodies_by_code()), None) or \
            (next(filter(None, map(_body_after_area, segments)), None) if area is not None else None)
    return area, body


@lru_cache(maxsize=1)
def _shared_codes() -> dict[str, list[tuple[str, tuple[str, ...]]]]:
    out: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
    for r in csv_rows("site_shared_codes.csv"):
        out.setdefault(r["code"], []).append((r["form"], tuple(r["cues"].split(";"))))
    return out


def shared_body_of(address: str, text: str) -> str | None:
    """The body of a site whose label two kinds of body share (swj: 商务局 or 水务局), by the work its page speaks of
    (lexicons/site_shared_codes.csv); None where the address has no such label or the text leans to neither."""
    m = _HOST.match(address.strip())
    if m is None or not m.group("host").lower().endswith(".gov.cn"):
        return None
    for label in m.group("host").lower()[: -len(".gov.cn")].split("."):
        forms = _shared_codes().get(label)
        if forms:
            counts = sorted(((sum(text.count(c) for c in cues), form) for form, cues in forms), reverse=True)
            return counts[0][1] if counts[0][0] > counts[1][0] else None
    return None


# labels of a portal's host besides its area's (www.fzmq.gov.cn, new.xjmd.gov.cn)
_PORTAL_LABELS = frozenset({"www", "new", "wap", "m", "zwgk", "xxgk"})


def is_area_portal(address: str) -> bool:
    """Whether an address is on an area's own portal (www.fzmq.gov.cn), not a body's site (swj.huhhot.gov.cn)."""
    m = _HOST.match(address.strip())
    if m is None or not m.group("host").lower().endswith(".gov.cn"):
        return False
    labels = m.group("host").lower()[: -len(".gov.cn")].split(".")
    return labels[-1] in _areas_by_label() and all(label in _PORTAL_LABELS for label in labels[:-1])


# the area a platform's page is of, by its GB/T 2260 code in the address's query (the code's first six digits)
_AREA_CODE_PARAMETER = re.compile(r"[?&](?:areacode|areaCode|area_code|regionCode|regioncode)=(\d{6})")


def _body_after_area(label: str) -> str | None:
    """The body of a label that puts its area's initials first (xcszjj.xuchang.gov.cn: 许昌市's 住建局; a district's
    after its city's, /ntsccqkjj/: 南通市崇川区's 科技局): a body's code of three letters or more after two to six
    letters."""
    return next((_bodies_by_code()[code] for code in _long_codes()
                 if label.endswith(code) and 2 <= len(label) - len(code) <= 6), None)


@lru_cache(maxsize=1)
def _long_codes() -> tuple[str, ...]:
    """The bodies' codes of three letters or more, longest first."""
    return tuple(sorted((c for c in _bodies_by_code() if len(c) >= 3), key=len, reverse=True))


# the dates a site's publishing system writes into a page's address: /art/2024/9/20/art_…, /202203/t20220329_…,
# /20231013/1141564534.html, /2019-11/08/…
_ADDRESS_DATE = re.compile(
    r"/t(?P<a>(?:19|20)\d{2})(?P<am>\d{2})\d{2}_"
    r"|/art/(?P<b>(?:19|20)\d{2})/(?P<bm>\d{1,2})/"
    r"|/(?P<c>(?:19|20)\d{2})(?P<cm>\d{2})(?:\d{2})?/"
    r"|/(?P<d>(?:19|20)\d{2})-(?P<dm>\d{1,2})/")


def year_in_address(address: str) -> int | None:
    """The year a page's address dates it to (…/202203/t20220329_463457.html: 2022), or None."""
    m = _HOST.match(address.strip())
    if m is None:
        return None
    for d in _ADDRESS_DATE.finditer(m.group("path")):
        year, month = next((int(d.group(k)), int(d.group(k + "m"))) for k in "abcd" if d.group(k))
        if 1 <= month <= 12:
            return year
    return None
