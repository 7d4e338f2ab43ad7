"""A year of a central server for the reports and dashboard benchmarks: demo people and
250,000 cases over the last 365 days, seeded in bulk (as bench/cases_bench.py does), or a
database seeded before (``--reuse``); ``--keep FILE`` seeds into FILE and leaves it there.

Import after ``bench_setup`` (which makes the repository importable)."""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

from desktop.bootstrap import open_database
from desktop.demo.cases import seed_cases
from desktop.demo.seed import DEMO_PASSWORD, ensure_demo_users, seed_people
from desktop.domain.fiscal_year import fiscal_year_of
from desktop.services.accounts import AccountService
from desktop.services.context import ServiceContext


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--cases", type=int, default=250_000)
    parser.add_argument("--people", type=int, default=8_150)
    parser.add_argument("--reuse", metavar="FILE", help="measure a database seeded before")
    parser.add_argument("--keep", metavar="FILE", help="seed into FILE and keep it")


def open_server(args: argparse.Namespace, prefix: str):
    """(database, the supervisor's context, the fiscal year holding most of the cases)."""
    if args.reuse:
        db = open_database(f"sqlite:///{Path(args.reuse).resolve().as_posix()}")
        ctx = ensure_demo_users(ServiceContext(db), "50")
    else:
        target = (
            Path(args.keep)
            if args.keep
            else Path(tempfile.mkdtemp(prefix=prefix)) / "bench.sqlite3"
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
    return db, boss, int(year or fiscal_year_of(boss.today()))


def sizes(db) -> tuple[int, int]:
    """(cases, people) in the database."""
    with db.engine.connect() as conn:
        cases = conn.exec_driver_sql("SELECT count(*) FROM referral_case").scalar()
        people = conn.exec_driver_sql("SELECT count(*) FROM person").scalar()
    return int(cases or 0), int(people or 0)
