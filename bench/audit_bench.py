"""Audit page benchmark: 1,000,000 audit rows (two years of an office of a dozen users).

    uv run python bench/audit_bench.py [--rows N] [--database URL] [--reuse] [--out FILE]

Seeds demo users, 2,000 people, 5,000 cases and ``--rows`` audit rows (views, edits, prints,
sign-ins ... about those people and cases, spread over two years) into a new SQLite file, or
into ``--database`` (an empty PostgreSQL database: the rows are added to what is there; with
``--reuse`` nothing is seeded). Then measures each of the audit page's filters as a user
waits for it — the page of 100 rows plus the capped count, read by the service — and in the
window (offscreen) a change of the kind-of-action filter until the rows have painted.
Target: ≤ 100 ms per filter. Prints a markdown table.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import tempfile
import time
from pathlib import Path

from bench_setup import median_ms, report

TARGET_MS = 100

# (action, category, entity, share): roughly what an office's trail holds.
MIX = [
    ("view", "view", "person", 30),
    ("view", "view", "case", 15),
    ("update", "update", "person", 8),
    ("transition", "status", "case", 10),
    ("note", "update", "case", 5),
    ("create", "create", "case", 4),
    ("create", "create", "person", 1),
    ("print", "print", "person", 6),
    ("print", "print", "case", 4),
    ("login", "sign_in", "user", 10),
    ("logout", "sign_in", "user", 4),
    ("login_failed", "sign_in_failed", "user", 1),
    ("export", "export", "person", 0.5),
    ("import", "import", "person", 0.2),
    ("connection_settings", "settings", "database", 0.05),
]


def seed_audit(db, rows: int, people: list[int], cases: list[int], users: list[tuple]) -> None:
    from sqlalchemy import insert

    from db.models import AuditEvent

    rng = random.Random(2569)
    weights = [m[3] for m in MIX]
    end = dt.datetime.now(dt.UTC)
    span = 730 * 86400
    batch = 20_000
    done = 0
    started = time.perf_counter()
    while done < rows:
        chunk = []
        for _ in range(min(batch, rows - done)):
            action, category, entity, _w = rng.choices(MIX, weights)[0]
            user_id, username = rng.choice(users)
            entity_id = (
                rng.choice(people)
                if entity == "person"
                else rng.choice(cases)
                if entity == "case"
                else user_id
                if entity == "user"
                else None
            )
            details = '{"document": "roster", "people": 120}' if action == "print" else "{}"
            chunk.append(
                dict(
                    at=end - dt.timedelta(seconds=rng.randrange(span)),
                    user_id=user_id,
                    username=username,
                    action=action,
                    category=category,
                    entity=entity,
                    entity_id=entity_id,
                    details=details,
                )
            )
        with db.sessions.begin() as s:
            s.execute(insert(AuditEvent), chunk)
        done += len(chunk)
        print(f"  {done:,} audit rows ({time.perf_counter() - started:.0f} s)", file=sys.stderr)
    with db.engine.begin() as conn:
        conn.exec_driver_sql("ANALYZE")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--database", default="", help="default: a new SQLite file")
    parser.add_argument("--reuse", action="store_true", help="measure --database as it is")
    parser.add_argument("--repeat", type=int, default=7)
    parser.add_argument("--out", default="")
    args = parser.parse_args()

    from sqlalchemy import func, select

    from db.models import AuditEvent, Case, Person, User
    from desktop.bootstrap import open_database
    from desktop.demo.cases import seed_cases
    from desktop.demo.seed import DEMO_PASSWORD, ensure_demo_users, seed_people
    from desktop.domain.audit_actions import AuditCategory
    from desktop.domain.audit_trail import AuditFilter, AuditSort
    from desktop.services.accounts import AccountService
    from desktop.services.context import ServiceContext
    from desktop.services.desk import Desk

    url = args.database or (
        f"sqlite:///{(Path(tempfile.mkdtemp(prefix='ld-audit-bench-')) / 'audit.sqlite3').as_posix()}"
    )
    print(f"database {url}", file=sys.stderr)
    db = open_database(url)
    ctx = ensure_demo_users(ServiceContext(db), "50")
    if not args.reuse:
        seed_people(ctx, 2_000, "50", created_by_id=ctx.user.id if ctx.user else None)
        seed_cases(ctx, 5_000, days_back=365, batch=5_000)
    with db.sessions() as s:
        people = list(s.scalars(select(Person.id)))
        cases = list(s.scalars(select(Case.id)))
        users = [(u.id, u.username) for u in s.scalars(select(User))]
        if not args.reuse:
            seed_audit(db, args.rows, people, cases, users)
        total = s.scalar(select(func.count(AuditEvent.id)))
        busiest = s.execute(
            select(AuditEvent.entity_id, func.count())
            .where(AuditEvent.entity == "case")
            .group_by(AuditEvent.entity_id)
            .order_by(func.count().desc())
            .limit(1)
        ).first()
        person = s.get(Person, people[len(people) // 2])
    supervisor = AccountService(ctx).authenticate("supervisor", DEMO_PASSWORD)
    desk = Desk(ServiceContext(db, user=supervisor))
    trail = desk.audit_trail
    today = dt.date.today()
    month = (today.replace(day=1) - dt.timedelta(days=40)).replace(day=1)
    month_end = (month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    filters = [
        ("everything, newest first", AuditFilter()),
        ("one user", AuditFilter(username="clerk")),
        ("one person (record, cases, visits …)", AuditFilter(person_id=person.id)),
        ("one case", AuditFilter(case_id=busiest[0])),
        ("views", AuditFilter(category=AuditCategory.VIEW)),
        ("exports (rare)", AuditFilter(category=AuditCategory.EXPORT)),
        ("settings (rarest)", AuditFilter(category=AuditCategory.SETTINGS)),
        ("one month", AuditFilter(date_from=month, date_to=month_end)),
        (
            "one user, prints, one month",
            AuditFilter(
                username="clerk",
                category=AuditCategory.PRINT,
                date_from=month,
                date_to=month_end,
            ),
        ),
        ("sorted by user", AuditFilter(sort=AuditSort.USER, descending=False)),
        ("sorted by kind", AuditFilter(sort=AuditSort.CATEGORY)),
    ]
    table = [
        f"Audit trail of {total:,} rows on {db.dialect} — a page of 100 rows and the count "
        f"(capped at 10,000), median of {args.repeat}; target ≤ {TARGET_MS} ms",
        "",
        "| filter | ms | |",
        "|---|---:|---|",
    ]
    for label, f in filters:
        ms = median_ms(lambda f=f: trail.page(f, 0, 100), repeat=args.repeat)
        table.append(f"| {label} | {ms:,.1f} | {'✓' if ms <= TARGET_MS else '✗'} |")
    ms = median_ms(lambda: trail.page(AuditFilter(), 5_000, 100), repeat=args.repeat)
    table.append(f"| everything, page 51 | {ms:,.1f} | {'✓' if ms <= TARGET_MS else '✗'} |")

    from PySide6.QtWidgets import QApplication

    from ui.admin.audit_page import AuditTrailPage
    from ui.fonts import install_fonts

    app = QApplication.instance() or QApplication([])
    install_fonts(app)
    page = AuditTrailPage(desk)
    page.resize(1240, 640)
    page.show()
    app.processEvents()
    codes = [None, AuditCategory.VIEW.value, AuditCategory.PRINT.value, AuditCategory.EXPORT.value]
    step = {"i": 0}

    def change_kind() -> None:
        step["i"] += 1
        page.category.setCurrentIndex(page.category.findData(codes[step["i"] % len(codes)]))
        page.table.viewport().repaint()
        app.processEvents()

    ms = median_ms(change_kind, repeat=args.repeat)
    table.append(
        f"| in the window: change the kind → rows painted | {ms:,.1f} | "
        f"{'✓' if ms <= TARGET_MS else '✗'} |"
    )
    report(table, args.out)
    db.dispose()


if __name__ == "__main__":
    main()
