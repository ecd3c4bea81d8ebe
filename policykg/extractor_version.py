"""A fingerprint of the code and data that decide what is extracted from a document.

Stored on every document graph (pkg:extractorVersion), so that an incremental build re-extracts the
documents an older extractor wrote instead of keeping them beside new ones: after an upgrade, entity
keys (a county's name, a region's class) may differ, and one graph must not mix both.
"""
from __future__ import annotations

import hashlib
from functools import lru_cache
from importlib import resources


def _files(package: str):
    root = resources.files(package)
    stack = [root]
    while stack:
        node = stack.pop()
        for child in node.iterdir():
            if child.is_dir():
                if child.name != "__pycache__":
                    stack.append(child)
            elif child.name.endswith((".py", ".csv", ".txt", ".toml", ".ttl", ".json")):
                yield child


@lru_cache(maxsize=1)
def extractor_version() -> str:
    """16 hex digits of the SHA-256 of the extraction code, lexicons and ontology mapping, in a fixed order."""
    h = hashlib.sha256()
    entries = []
    for package in ("policykg.loaders", "policykg.ontology"):
        base = resources.files(package)
        for f in _files(package):
            rel = str(f)[len(str(base)):].replace("\\", "/")
            entries.append((package + rel, f))
    for name, f in sorted(entries, key=lambda e: e[0]):
        h.update(name.encode("utf-8") + b"\0" + f.read_bytes() + b"\0")
    return h.hexdigest()[:16]


def stored_version(given: tuple[tuple[str, str], ...] = ()) -> str:
    """The version a document's graph records: the extractor's, and when the user stated facts about the file
    (build --metadata), a fingerprint of them too, so that changing them re-extracts the file."""
    if not given:
        return extractor_version()
    facts = "\n".join(f"{k}\t{v}" for k, v in sorted(given)).encode("utf-8")
    return f"{extractor_version()}+{hashlib.sha256(facts).hexdigest()[:8]}"
