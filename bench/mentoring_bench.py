"""Mentoring benchmark: the whole national network (8,150 people by default) in one SQLite file.

    uv run python bench/mentoring_bench.py [--people 8150] [--sheets 200] [--out FILE]

Seeds demo people with two fiscal years of mentoring (assignments, visits, follow-ups,
evaluations), then reports the median latency of what a mentor or clerk waits for, through the
services as the window calls them: the workspace of one mentor and of every mentor, a
district, a person's timeline, the year's summary, and the time to print a bundle of blank
evaluation sheets. Target for the lists: ≤ 300 ms (the registry list's target). Prints a
markdown table.
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
from desktop.demo.seed import DEMO_PASSWORD, fill_demo
from desktop.domain.fiscal_year import fiscal_year_of
from desktop.services.accounts import AccountService
from desktop.services.context import ServiceContext
from desktop.services.desk import Desk
from desktop.services.mentoring.printing import MentoringPrintService

TARGET_MS = 300


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--people", type=int, default=8_150)
    parser.add_argument("--sheets", type=int, default=200, help="blank evaluation sheets to print")
    parser.add_argument("--out", default="")
    args = parser.parse_args()

    tmp = Path(tempfile.mkdtemp(prefix="ld-mentoring-bench-"))
    url = f"sqlite:///{tmp / 'bench.sqlite3'}"
    print(f"seeding {url}", file=sys.stderr)
    db = open_database(url)
    ctx = ServiceContext(db)
    t = time.perf_counter()
    fill_demo(ctx, args.people, cases=args.people // 4)
    seed_s = time.perf_counter() - t
    accounts = AccountService(ctx)
    mentor = Desk(ctx.as_user(accounts.authenticate("mentor", DEMO_PASSWORD)))
    clerk = Desk(ctx.as_user(accounts.authenticate("clerk", DEMO_PASSWORD)))
    fy = fiscal_year_of(ctx.today())
    mine = mentor.workspace.people(mentor.user.id)
    everyone = clerk.workspace.people()
    district_code = max(clerk.people.district_choices(), key=lambda c: c[2])[0]  # the busiest
    person = max(mine, key=lambda p: p.open_follow_ups).person_id

    rows: list[tuple[str, str, float]] = [
        (
            "a mentor's workspace (people + follow-ups)",
            f"{len(mine):,}",
            median_ms(lambda: mentor.workspace.overview(mentor.user.id)),
        ),
        (
            "every mentor's people (clerk's view)",
            f"{len(everyone):,}",
            median_ms(lambda: clerk.workspace.people()),
        ),
        (
            "one district",
            "",
            median_ms(lambda: clerk.workspace.people(district_code=district_code)),
        ),
        ("open follow-ups, every mentor", "", median_ms(lambda: clerk.visits.open_follow_ups())),
        ("a person's timeline", "", median_ms(lambda: clerk.timeline(person))),
        ("fiscal-year summary", "", median_ms(lambda: clerk.evaluations.summary(fy))),
    ]
    sheets = [p.person_id for p in mine[: args.sheets]]
    t = time.perf_counter()
    MentoringPrintService(clerk.ctx).evaluation_sheets(sheets, fy, io.BytesIO(), blank=True)
    sheets_s = time.perf_counter() - t

    table = [f"| measure | rows | median | ≤ {TARGET_MS} ms |", "|---|---:|---:|---|"]
    table += [
        f"| {a} | {b} | {ms:.0f} ms | {'✓' if ms <= TARGET_MS else '✗'} |" for a, b, ms in rows
    ]
    table.append(f"| {len(sheets)} blank evaluation sheets (PDF) | | {sheets_s:.1f} s | |")
    table.append(
        f"| seeding {args.people:,} people with two years of mentoring | | {seed_s:.0f} s | |"
    )
    report(table, args.out)
    db.dispose()


if __name__ == "__main__":
    main()
