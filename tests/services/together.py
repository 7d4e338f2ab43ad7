"""Run work in several threads released at the same instant, as several users saving at once."""

from __future__ import annotations

import threading
from collections.abc import Callable


def run_together(n: int, work: Callable[[int], object]) -> tuple[list, list[BaseException]]:
    """Start ``n`` threads at the same instant; collect results and errors."""
    barrier = threading.Barrier(n)
    results, errors, lock = [], [], threading.Lock()

    def main(i: int) -> None:
        barrier.wait()
        try:
            out = work(i)
            with lock:
                results.append(out)
        except BaseException as exc:  # noqa: BLE001 - reported by the caller's assertions
            with lock:
                errors.append(exc)

    threads = [threading.Thread(target=main, args=(i,)) for i in range(n)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=120)
    return results, errors
