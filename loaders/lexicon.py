"""How a lexicon of lexicons/ is read: a CSV has one row a line after the header, a word list one word a line;
lines opening with # are comments."""
from __future__ import annotations

import csv
from importlib import resources


def csv_rows(name: str) -> list[dict[str, str]]:
    with resources.files(__package__).joinpath("lexicons", name).open(encoding="utf-8") as f:
        return list(csv.DictReader(ln for ln in f if not ln.startswith("#")))


def word_lines(name: str) -> list[str]:
    with resources.files(__package__).joinpath("lexicons", name).open(encoding="utf-8") as f:
        return [w for w in (ln.strip() for ln in f) if w and not w.startswith("#")]
