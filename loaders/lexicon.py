"""How a CSV lexicon of lexicons/ is read: one row a line after the header, lines opening with # are comments."""
from __future__ import annotations

import csv
from importlib import resources


def csv_rows(name: str) -> list[dict[str, str]]:
    with resources.files(__package__).joinpath("lexicons", name).open(encoding="utf-8") as f:
        return list(csv.DictReader(ln for ln in f if not ln.startswith("#")))
