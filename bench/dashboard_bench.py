"""Dashboard benchmark: a year of a central server (250,000 cases, 8,150 people).

    uv run python bench/dashboard_bench.py [--reuse FILE | --keep FILE] [--out FILE]

Measures what a supervisor waits for: the figures read by the service, and in the window
(offscreen) a change of fiscal year or district until the page has painted — read, tiles
filled, charts drawn and the page repainted. Target: ≤ 300 ms. Prints a markdown table.
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

from bench_setup import median_ms, report
from central_server import add_arguments, open_server, sizes

TARGET_MS = 300


def main() -> None:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--out", default="")
    args = parser.parse_args()
    db, boss, year = open_server(args, "ld-dashboard-bench-")
    seeded, people = sizes(db)

    from desktop.services.desk import Desk

    desk = Desk(boss)
    rows = []
    for label, fn in (
        ("figures: the province", lambda: desk.dashboard.dashboard(year)),
        ("figures: one district", lambda: desk.dashboard.dashboard(year, "5001")),
        ("figures: last year (fewer cases)", lambda: desk.dashboard.dashboard(year - 1)),
    ):
        ms = median_ms(fn, repeat=args.repeat)
        rows.append(f"| {label} | {ms:,.0f} | {'✓' if ms <= TARGET_MS else '✗'} |")

    from PySide6.QtWidgets import QApplication

    from ui.dashboard.dashboard_page import DashboardPage
    from ui.fonts import install_fonts

    app = QApplication.instance() or QApplication([])
    install_fonts(app)
    page = DashboardPage(desk)
    page.resize(1040, 680)
    page.show()
    app.processEvents()

    def painted(change) -> float:
        started = time.perf_counter()
        change()
        page.repaint()
        app.processEvents()
        return (time.perf_counter() - started) * 1000

    big = page.year.findData(year)
    other = (big + 1) % page.year.count()
    whole, district = 0, page.district.findData("5001")

    def timed(combo, before: int, after: int) -> float:
        """Median ms of moving ``combo`` from ``before`` to ``after`` (the first run not
        counted), ending on the year with the cases and the whole province."""
        times = []
        for _ in range(args.repeat + 1):
            combo.setCurrentIndex(before)
            app.processEvents()
            times.append(painted(lambda: combo.setCurrentIndex(after)))
        return statistics.median(times[1:])

    for label, ms in (
        (f"window: to fiscal year {year}, the province, painted", timed(page.year, other, big)),
        ("window: the province to one district, painted", timed(page.district, whole, district)),
        ("window: one district to the province, painted", timed(page.district, district, whole)),
    ):
        rows.append(f"| {label} | {ms:,.0f} | {'✓' if ms <= TARGET_MS else '✗'} |")
    report(
        [
            f"Dashboard, fiscal year {year} ({seeded:,} cases, {people:,} people; SQLite,"
            f" {os.cpu_count()} CPUs)",
            "",
            "| what | median ms | ≤ 300 ms |",
            "|---|---:|:-:|",
            *rows,
        ],
        args.out,
    )
    page.close()
    db.dispose()


if __name__ == "__main__":
    main()
