"""The gold JSON of an entity-only annotation module (bench/heldoutN/tools/<document>.py): each module
holds DOCUMENT, ISSUER and one list of (name, surface) pairs per category; this writes them out next to
the module's tools/ folder.

A module ends with:
    if __name__ == "__main__":
        import sys
        sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "annotation"))
        from entity_gold import write
        write(sys.modules[__name__])
"""
from __future__ import annotations

import json
from pathlib import Path

# module attribute → gold category
CATEGORIES = {"AGENCIES": "agencies", "AREAS": "areas", "PARKS": "parks", "INDUSTRIES": "industries",
              "INITIATIVES": "initiatives", "CITED_DOCUMENTS": "cited_documents", "PERSONS": "persons"}


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
