"""A damaged embedded database is noticed on open: refused on the command line, read-only in
the window, and the message names the newest whole backup."""

from __future__ import annotations

import datetime as dt
import shutil

import pytest
from factories import draft

from db.queries import accounts as account_queries
from desktop.bootstrap import open_database
from desktop.cli import main
from desktop.domain.errors import DatabaseBusy
from desktop.services.accounts import user_info
from desktop.services.context import ServiceContext
from desktop.services.database_health import DamagedDatabase, check_on_open, needs_check
from desktop.services.people.service import PeopleService, PersonFilter


@pytest.fixture
def office(tmp_path, monkeypatch):
    monkeypatch.setenv("LABOUR_DESK_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setenv("LABOUR_DESK_BACKUP_DIR", str(tmp_path / "backups"))
    monkeypatch.setenv("LABOUR_DESK_USER", "admin")  # the command line signs in
    monkeypatch.setenv("LABOUR_DESK_PASSWORD", "demo1234")
    path = tmp_path / "office.sqlite3"
    assert main(["--database", f"sqlite:///{path}", "demo", "--people", "40"]) == 0
    return path


def damage(path):
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 30] = b"\xc3" * (4096 * 27)
    path.write_bytes(bytes(data))


def test_checked_once_a_day_and_again_after_a_crash(office):
    today = dt.date.today()
    db = open_database(f"sqlite:///{office}")  # checked on open, marked in use
    assert (office.parent / "office.sqlite3.in-use").exists()
    db.dispose()  # a clean close removes the mark
    assert not (office.parent / "office.sqlite3.in-use").exists()
    assert not needs_check(office, today)
    assert needs_check(office, today + dt.timedelta(days=1))
    (office.parent / "office.sqlite3.in-use").write_text("")  # what a crash leaves
    assert needs_check(office, today)


def test_a_damaged_database_is_refused_in_one_line_naming_the_backup(office, tmp_path, capsys):
    url = f"sqlite:///{office}"
    assert main(["--database", url, "backup"]) == 0
    good = next((tmp_path / "backups").glob("*.sqlite3"))
    shutil.copy(office, tmp_path / "before-damage.sqlite3")
    damage(office)
    (office.parent / "office.sqlite3.in-use").write_text("")  # the power cut that did it
    capsys.readouterr()
    code = main(["--database", url, "user", "list"])
    err = capsys.readouterr().err
    assert code == 1 and "เสียหาย" in err and str(good) in err
    assert len(err.strip().splitlines()) == 1 and "labour-desk restore" in err
    health = check_on_open(office, dt.date.today(), tmp_path / "backups")
    assert health.damaged and health.last_good_backup == good


def test_the_window_opens_it_read_only_and_refuses_writes(office, monkeypatch):
    import desktop.bootstrap as bootstrap
    from desktop.services.database_health import Health

    # The page that failed the check may be any; here the file is whole, so reads still work
    # and the test sees only what read-only mode itself does.
    monkeypatch.setattr(
        bootstrap, "check_on_open", lambda path, *_: Health(path, ("page 7: btree damaged",))
    )
    url = f"sqlite:///{office}"
    with pytest.raises(DamagedDatabase, match="page 7"):
        open_database(url)
    db = open_database(url, read_only_if_damaged=True)
    assert db.read_only
    with db.sessions() as s:
        clerk = user_info(account_queries.by_username(s, "clerk"))
    ctx = ServiceContext(db, clerk)
    before = PeopleService(ctx).count(PersonFilter())
    with pytest.raises(DatabaseBusy, match="อ่านอย่างเดียว"):
        PeopleService(ctx).register(draft(77))
    assert PeopleService(ctx).count(PersonFilter()) == before == 40
    db.dispose()
