"""Reports benchmark: every report for a year of a central server.

    uv run python bench/reports_bench.py [--cases 250000] [--people 8150]
        [--keep FILE | --reuse FILE] [--out FILE]

Seeds demo people and a year of cases in bulk (as bench/cases_bench.py does), then reports
the median time to read each report's figures and to write it as PDF and as .xlsx, each
through the service as the CLI calls it. Target: ≤ 5 s per PDF. Prints a markdown table.
``--keep FILE`` seeds into FILE and leaves it there (for ``--reuse`` and the dashboard's
benchmark); ``--reuse FILE`` measures a database seeded before.
"""

from __future__ import annotations

import argparse
import io

from bench_setup import median_ms, report
from central_server import add_arguments, open_server, sizes

from desktop.domain.reports import ReportPeriod
from desktop.services.reports import report_service

TARGET_MS = 5_000


def main() -> None:
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", default="")
    args = parser.parse_args()
    db, boss, year = open_server(args, "ld-reports-bench-")
    period = ReportPeriod(year)
    in_year = report_service("referrals", boss).build(period).tables[1].totals[-1]
    seeded, people = sizes(db)
    rows = []
    for name in ("referrals", "network", "mentoring", "summary"):
        service = report_service(name, boss)
        for label, fn in (
            ("figures", lambda s=service: s.build(period)),
            ("PDF", lambda s=service: s.write(period, io.BytesIO(), fmt="pdf")),
            ("xlsx", lambda s=service: s.write(period, io.BytesIO(), fmt="xlsx")),
        ):
            ms = median_ms(fn, repeat=args.repeat)
            mark = "✓" if ms <= TARGET_MS else "✗"
            rows.append(f"| {name}: {label} | {ms:,.0f} | {mark} |")
    report(
        [
            f"Every report, fiscal year {period.fiscal_year} ({in_year:,} of {seeded:,}"
            f" seeded cases in it, {people:,} people; SQLite)",
            "",
            "| what | median ms | ≤ 5 s |",
            "|---|---:|:-:|",
            *rows,
        ],
        args.out,
    )
    db.dispose()


if __name__ == "__main__":
    main()
