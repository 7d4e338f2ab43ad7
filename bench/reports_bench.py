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
import sys
import tempfile
import time
from pathlib import Path

from bench_setup import median_ms, report

from desktop.bootstrap import open_database
from desktop.demo.cases import seed_cases
from desktop.demo.seed import DEMO_PASSWORD, ensure_demo_users, seed_people
from desktop.domain.fiscal_year import fiscal_year_of
from desktop.domain.reports import ReportPeriod
from desktop.services.accounts import AccountService
from desktop.services.context import ServiceContext
from desktop.services.reports import report_service

TARGET_MS = 5_000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=250_000)
    parser.add_argument("--people", type=int, default=8_150)
    parser.add_argument("--reuse", metavar="FILE", help="measure a database seeded before")
    parser.add_argument("--keep", metavar="FILE", help="seed into FILE and keep it")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", default="")
    args = parser.parse_args()
    if args.reuse:
        db = open_database(f"sqlite:///{args.reuse}")
        ctx = ensure_demo_users(ServiceContext(db), "50")
    else:
        target = (
            Path(args.keep)
            if args.keep
            else Path(tempfile.mkdtemp(prefix="ld-reports-bench-")) / "bench.sqlite3"
        )
        url = f"sqlite:///{target.resolve().as_posix()}"
        print(f"seeding {url}", file=sys.stderr)
        db = open_database(url)
        ctx = ensure_demo_users(ServiceContext(db), "50")
        seed_people(ctx, args.people, "50", created_by_id=ctx.user.id if ctx.user else None)
        t = time.perf_counter()
        seed_cases(ctx, args.cases, days_back=365, batch=10_000)
        print(f"seeded in {time.perf_counter() - t:.0f} s", file=sys.stderr)
        with db.engine.begin() as conn:
            conn.exec_driver_sql("ANALYZE")
    boss = ctx.as_user(AccountService(ctx).authenticate("supervisor", DEMO_PASSWORD))
    # The fiscal year holding most of the seeded year (cases go back 365 days from today).
    with db.engine.connect() as conn:
        year = conn.exec_driver_sql(
            "SELECT fiscal_year FROM referral_case GROUP BY fiscal_year ORDER BY count(*) DESC"
        ).scalar()
    period = ReportPeriod(int(year or fiscal_year_of(boss.today())))
    in_year = report_service("referrals", boss).build(period).tables[1].totals[-1]
    with db.engine.connect() as conn:
        seeded = conn.exec_driver_sql("SELECT count(*) FROM referral_case").scalar()
        people = conn.exec_driver_sql("SELECT count(*) FROM person").scalar()
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
