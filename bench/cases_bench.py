"""Referral queue benchmark: 250,000 cases in a temporary SQLite file.

    uv run python bench/cases_bench.py [--cases 250000] [--people 9000] [--no-analyze] [--out FILE]

Seeds demo people and cases in bulk (one year of a central server's referrals), then reports
the median latency of what a clerk or supervisor waits for, each through the service as the
window calls it: the count of every saved queue view and its first page of 200 rows, all the
navigation counts at once, text searches (a scanned case number, names, ID and phone digits)
and filters. Target: ≤ 100 ms median each. Prints a markdown table.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

from bench_setup import median_ms, report

from db.queries.cases import CaseFilter
from desktop.bootstrap import open_database
from desktop.demo.cases import seed_cases
from desktop.demo.seed import DEMO_PASSWORD, ensure_demo_users, seed_people
from desktop.domain.cases.records import QueueView
from desktop.domain.fiscal_year import fiscal_year_of
from desktop.services.accounts import AccountService
from desktop.services.cases.service import CaseService
from desktop.services.context import ServiceContext

TARGET_MS = 100
PAGE = 200


def ok(ms: float) -> str:
    return "✓" if ms <= TARGET_MS else "✗"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--cases", type=int, default=250_000)
    parser.add_argument("--people", type=int, default=9_000)
    parser.add_argument(
        "--no-analyze",
        action="store_true",
        help="measure without planner statistics (the app itself never runs ANALYZE)",
    )
    parser.add_argument("--reuse", metavar="FILE", help="measure a database seeded before")
    parser.add_argument("--out", default="")
    args = parser.parse_args()

    if args.reuse:
        url, seed_s = f"sqlite:///{args.reuse}", None
        db = open_database(url)
        ctx = ensure_demo_users(ServiceContext(db), "50")
    else:
        tmp = Path(tempfile.mkdtemp(prefix="ld-cases-bench-"))
        url = f"sqlite:///{tmp / 'bench.sqlite3'}"
        print(f"seeding {url}", file=sys.stderr)
        db = open_database(url)
        ctx = ensure_demo_users(ServiceContext(db), "50")
        seed_people(ctx, args.people, "50", created_by_id=ctx.user.id if ctx.user else None)
        t = time.perf_counter()
        seed_cases(ctx, args.cases, days_back=365, batch=10_000)
        seed_s = time.perf_counter() - t
    with db.engine.begin() as conn:
        if args.no_analyze:
            conn.exec_driver_sql("DROP TABLE IF EXISTS sqlite_stat1")
        else:
            conn.exec_driver_sql("ANALYZE")
    boss = ctx.as_user(AccountService(ctx).authenticate("supervisor", DEMO_PASSWORD))
    cases = CaseService(boss)
    rows: list[tuple[str, str, str, str]] = []

    def measure(label: str, f: CaseFilter) -> None:
        count_ms = median_ms(lambda: cases.count(f))
        page_ms = median_ms(lambda: cases.page(f, 0, PAGE))
        n = cases.count(f)
        rows.append(
            (label, f"{n:,}", f"{count_ms:.1f} ms / {page_ms:.1f} ms", ok(max(count_ms, page_ms)))
        )

    # The saved views, as the navigation opens them (count, then the first page).
    for view in QueueView:
        measure(f"view: {view.label}", cases.filter_for(view))
    all_counts = median_ms(cases.queue_counts)
    rows.append(
        ("navigation counts, all views at once", "", f"{all_counts:.1f} ms", ok(all_counts))
    )

    # Text search as typed or scanned into the queue's search box.
    newest_first = CaseFilter(sort="received_on", descending=True)
    sample = cases.page(newest_first, min(5_000, cases.count(newest_first) // 2), 1)[0]
    searches = {
        f"scanned case number “{sample.case_no}”": sample.case_no,
        "name, 3 letters “สมช”": "สมช",
        "name “กาญจนา”": "กาญจนา",
        "surname “ศรีสุข”": "ศรีสุข",
        "first and last name": sample.person_name.split(" ", 1)[-1],
        "name, 2 letters “สม” (prefix)": "สม",
        "national ID, 13 digits": sample.person_national_id or "3257000050000",
        "phone, 6 digits": (sample.person_phone or "0812345678")[:6],
    }
    for label, text in searches.items():
        measure(f"search: {label}", CaseFilter(text=text))

    # Filters from the queue's filter bar, over all cases and over open ones.
    district = sample.area.district_code or "5001"
    reported = cases.reported_counts(fiscal_year_of(sample.received_on))
    busiest = max(reported, key=reported.__getitem__) if reported else 0
    filters = {
        "need: job seeking (all)": CaseFilter(needs=("job",)),
        "need: safety (open)": CaseFilter(needs=("safety",), open_only=True),
        "status: referred": CaseFilter(statuses=("referred",)),
        "district (all)": CaseFilter(district_code=district),
        "agency: social security (open)": CaseFilter(agency="sso", open_only=True),
        "received in one month": CaseFilter(
            received_from=sample.received_on.replace(day=1),
            received_to=sample.received_on.replace(day=28),
        ),
        "reporter (the busiest volunteer)": CaseFilter(reporter_id=busiest),
        "all, sorted by name (Thai order)": CaseFilter(sort="person_name"),
        "all open, sorted by due date": CaseFilter(open_only=True, sort="due_on"),
        "district + need + open + text": CaseFilter(
            district_code=district, needs=("job",), open_only=True, text="สม"
        ),
    }
    for label, f in filters.items():
        measure(f"filter: {label}", f)
    detail = median_ms(lambda: cases.get(sample.id))
    rows.append(("open one case (detail + timeline)", "", f"{detail:.1f} ms", ok(detail)))

    counts_only = [float(r[2].split(" ms")[0]) for r in rows if " / " in r[2]]
    pages_only = [float(r[2].split(" / ")[1].split(" ms")[0]) for r in rows if " / " in r[2]]
    summary = [
        ("median of all counts above", "", f"{statistics.median(counts_only):.1f} ms", ""),
        ("median of all first pages above", "", f"{statistics.median(pages_only):.1f} ms", ""),
        ("slowest count or first page", "", f"{max(counts_only + pages_only):.1f} ms", ""),
    ]
    if seed_s is not None:
        summary.append((f"seeding {args.cases:,} cases", "", f"{seed_s:.0f} s", ""))
    table = ["| measure | cases | count / first page (median) | ≤ 100 ms |", "|---|---:|---|---|"]
    table += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows + summary]
    report(table, args.out)
    db.dispose()


if __name__ == "__main__":
    main()
