"""What every benchmark needs first: the repository importable, Qt offscreen, the Thai word
list from the bundled data (never a download), and a median timer.

Import it before anything from the application: ``from bench_setup import median_ms, report``.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from desktop.paths import configure_thai_nlp  # noqa: E402

configure_thai_nlp()


def median_ms(fn: Callable[[], object], repeat: int = 7) -> float:
    """Median milliseconds of ``repeat`` runs after one warm-up run."""
    fn()
    out = []
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        out.append((time.perf_counter() - t) * 1000)
    return statistics.median(out)


def report(table: list[str], out: str = "") -> None:
    """Print the markdown table, and write it to ``out`` when given (for docs/benchmarks.md)."""
    text = "\n".join(table)
    print(text)
    if out:
        Path(out).write_text(text + "\n", encoding="utf-8")
