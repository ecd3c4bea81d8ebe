"""The gold JSON of an entity-only annotation module (bench/heldoutN/tools/<document>.py): each module
holds DOCUMENT, ISSUER and one list of (name, surface) pairs per category; this writes them out next to
the module's tools/ folder.

    python3 bench/annotation/entity_gold.py bench/heldout4/tools/shanxi.py [more modules…]
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

# module attribute → gold category
CATEGORIES = {"AGENCIES": "agencies", "AREAS": "areas", "PARKS": "parks", "INDUSTRIES": "industries",
              "INITIATIVES": "initiatives", "CITED_DOCUMENTS": "cited_documents", "PERSONS": "persons"}


def load(path: str):
    """The annotation module at `path`."""
    spec = importlib.util.spec_from_file_location(Path(path).stem, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def gold(mod) -> dict:
    """No "quantities" key: the batch annotates entities only, and `policykg eval` scores it so."""
    return {"document": mod.DOCUMENT, "issuer": mod.ISSUER,
            "entities": {cat: [name for name, _ in getattr(mod, attr)] for attr, cat in CATEGORIES.items()}}


def gold_path(mod) -> Path:
    return Path(mod.__file__).resolve().parent.parent / f"{mod.DOCUMENT}.gold.json"


def write(mod) -> None:
    out = gold_path(mod)
    out.write_text(json.dumps(gold(mod), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print("wrote", out)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    for module_path in sys.argv[1:]:
        write(load(module_path))
