"""The embedded database backs itself up once a day, keeping recent days and weeks."""

from __future__ import annotations

import datetime as dt

from desktop.services.backups import (
    KEEP_DAILY,
    KEEP_WEEKLY,
    automatic_backup,
    expired_automatic_backups,
)
from desktop.services.database_health import last_good_backup


def test_one_backup_a_day_checked_and_audited(admin, tmp_path):
    if admin.db.dialect != "sqlite":
        return
    now = dt.datetime(2026, 12, 1, 9, 0)
    made = automatic_backup(admin.db, now, tmp_path)
    assert made is not None and made.name == "labour-desk-auto-20261201.sqlite3"
    assert automatic_backup(admin.db, now.replace(hour=17), tmp_path) is None  # once a day
    assert last_good_backup(tmp_path) == made
    with admin.unit_of_work() as s:
        from sqlalchemy import text

        rows = s.execute(
            text("SELECT username, details FROM audit_event WHERE action = 'backup'")
        ).all()
    assert rows and rows[0][0] == "system" and "automatic" in rows[0][1]


def test_recent_days_and_weeks_are_kept(tmp_path):
    start = dt.date(2026, 12, 1)
    days = [start - dt.timedelta(days=n) for n in range(60)]
    for day in days:
        (tmp_path / f"labour-desk-auto-{day:%Y%m%d}.sqlite3").write_bytes(b"")
    (tmp_path / "labour-desk-auto-notes.sqlite3").write_bytes(b"")  # not a dated backup
    expired = set(expired_automatic_backups(tmp_path))
    kept = {p.name for p in tmp_path.iterdir()} - {p.name for p in expired}
    newest = {f"labour-desk-auto-{d:%Y%m%d}.sqlite3" for d in days[:KEEP_DAILY]}
    assert newest <= kept and "labour-desk-auto-notes.sqlite3" in kept
    weeks = {d.isocalendar()[:2] for d in days}
    kept_weeks = {
        dt.datetime.strptime(n.removeprefix("labour-desk-auto-")[:8], "%Y%m%d")
        .date()
        .isocalendar()[:2]
        for n in kept
        if n[17:25].isdigit()
    }
    assert len(kept_weeks) == KEEP_WEEKLY and len(weeks) > KEEP_WEEKLY
    assert len(kept) <= KEEP_DAILY + KEEP_WEEKLY + 1
