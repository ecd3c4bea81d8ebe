"""Check entity annotation modules against their document text.

    python3 bench/annotation/check.py bench/heldout3/tools/tianjin.py [more modules…]

For each entry (name, surface): the surface (or the name itself when surface is None) must occur in
the document text. Also checks: no duplicate names within a category, no "quantities" key, that the
written .gold.json equals what the module generates, and it reports names that occur verbatim although
a different surface was recorded (harmless, for review).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
from entity_gold import CATEGORIES, gold, gold_path, load  # noqa: E402

CORPUS = HERE.parents[2] / "shared" / "corpus" / "govreports"


def check(path: str) -> int:
    mod = load(path)
    modname = Path(path).name
    text = (CORPUS / mod.DOCUMENT).read_text(encoding="utf-8")
    errors = 0
    for cat in CATEGORIES:
        seen = set()
        for name, surface in getattr(mod, cat):
            key = name["name"] if isinstance(name, dict) else name
            if key in seen:
                print(f"  DUPLICATE {cat}: {key}")
                errors += 1
            seen.add(key)
            probe = surface if surface is not None else key
            if probe not in text:
                print(f"  NOT IN TEXT {cat}: {key!r} (looked for {probe!r})")
                errors += 1
            elif surface is not None and surface != key and key in text:
                print(f"  note {cat}: canonical {key!r} also occurs verbatim")
    if mod.ISSUER not in [n for n, _ in mod.AGENCIES]:
        print("  issuer missing from agencies")
        errors += 1
    g = gold(mod)
    if "quantities" in g:
        print("  quantities key present")
        errors += 1
    out = gold_path(mod)
    if not out.exists():
        print(f"  {out.name} not written yet (bench/annotation/entity_gold.py {modname})")
        errors += 1
    elif json.loads(out.read_text(encoding="utf-8")) != g:
        print(f"  {out.name} is stale (rerun bench/annotation/entity_gold.py {modname})")
        errors += 1
    counts = {k: len(v) for k, v in g["entities"].items()}
    print(f"{mod.DOCUMENT}: {counts}, {'OK' if not errors else f'{errors} error(s)'}")
    return errors


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    sys.exit(1 if sum(check(m) for m in sys.argv[1:]) else 0)
