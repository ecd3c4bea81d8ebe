"""Safe pieces of Cypher text: quoted identifiers and inlined literal values.

Labels, relationship types and property keys cannot be query parameters, so they are checked here
before they are put into a query; values are either sent as parameters (Bolt) or rendered by
`literal` (the Cypher script), never pasted in as raw text.
"""
from __future__ import annotations

import math
import re

_IDENTIFIER = re.compile(r"^[^\W\d]\w*$")  # letters (any script), digits and '_', not starting with a digit


def quote_identifier(name: str) -> str:
    """A backtick-quoted label, type or key; anything that is not a plain word is refused."""
    if not isinstance(name, str) or not _IDENTIFIER.match(name):
        raise ValueError(f"not a safe Cypher identifier: {name!r}")
    return f"`{name}`"


def labels_text(labels) -> str:
    """`:A:B` for a node pattern."""
    return "".join(":" + quote_identifier(label) for label in labels)


_ESCAPES = {"\\": "\\\\", "'": "\\'", '"': '\\"', "\n": "\\n", "\r": "\\r", "\t": "\\t", "\b": "\\b", "\f": "\\f"}


def string_literal(text: str, unicode_escapes: bool = True) -> str:
    """A single-quoted Cypher string; quotes, backslashes and control characters escaped.

    Without `unicode_escapes` other control characters are kept as they are (FalkorDB reads
    `\\uXXXX` literally); only NUL, which a C server would cut the query at, becomes U+FFFD.
    """
    out = []
    for ch in text:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
        elif not unicode_escapes:
            out.append("\ufffd" if ch == "\0" else ch)
        elif ord(ch) < 0x20 or ch in "\u2028\u2029\u0085":
            out.append(f"\\u{ord(ch):04x}")
        else:
            out.append(ch)
    return "'" + "".join(out) + "'"


def literal(value, unicode_escapes: bool = True) -> str:
    """A value as Cypher text: strings, ints, floats, booleans, None, lists and maps."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if math.isnan(value) or math.isinf(value):
            return string_literal(str(value), unicode_escapes)  # Cypher has no literal for these
        return repr(value)
    if isinstance(value, str):
        return string_literal(value, unicode_escapes)
    if isinstance(value, (list, tuple)):
        return "[" + ", ".join(literal(v, unicode_escapes) for v in value) + "]"
    if isinstance(value, dict):
        return "{" + ", ".join(f"{quote_identifier(k)}: {literal(v, unicode_escapes)}" for k, v in value.items()) + "}"
    raise TypeError(f"cannot write {type(value).__name__} as a Cypher literal")


_PARAMETER = re.compile(r"\$([A-Za-z_]\w*)")


def inline_parameters(query: str, params: dict) -> str:
    """Replace each `$name` of one of our own statements by its value as a Cypher literal.

    For servers that cannot take large parameters (FalkorDB 4.16's Bolt listener crashes on
    parameters over ~4 KB, and reads `\\uXXXX` escapes literally); values still go through
    `literal`, so the text stays injection-free.
    """
    def value(match):
        name = match.group(1)
        if name not in params:
            raise KeyError(f"no value for parameter ${name}")
        return literal(params[name], unicode_escapes=False)

    return _PARAMETER.sub(value, query)
