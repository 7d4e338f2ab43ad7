"""A table on the console, its columns padded by how wide Thai text looks (vowel and tone
marks take no width): the command line's ``--format table``."""

from __future__ import annotations

import unicodedata


def width(text: str) -> int:
    return sum(
        1 for ch in text if not unicodedata.combining(ch) and unicodedata.category(ch) != "Mn"
    )


def print_table(rows: list[tuple[str, ...]]) -> None:
    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [cell + " " * (w - width(cell)) for cell, w in zip(row, widths, strict=True)]
        print("  ".join(cells).rstrip())
