"""A database that cannot take a change says so in one Thai line, without SQL or values."""

from __future__ import annotations

import sqlite3
from contextlib import closing

import pytest
from factories import draft, make_user

from db.engine import Database
from desktop.domain.errors import DatabaseBusy
from desktop.domain.people import Role
from desktop.services.context import ServiceContext
from desktop.services.people.service import PeopleService, PersonFilter


def test_a_locked_database_is_a_thai_message_and_nothing_is_saved(admin, tmp_path):
    if admin.db.dialect != "sqlite":
        pytest.skip("SQLite's file lock")
    impatient = Database.open(admin.db.url, busy_seconds=0.05)
    clerk = make_user(admin, "clerk", Role.CLERK)
    ctx = ServiceContext(impatient, clerk.user, admin.clock)
    path = admin.db.url.removeprefix("sqlite:///")
    with closing(sqlite3.connect(path)) as other:  # another clerk's long write
        other.execute("BEGIN IMMEDIATE")
        with pytest.raises(DatabaseBusy) as busy:
            PeopleService(ctx).register(draft(7, first_name="สมศรี", last_name="ใจงาม"))
        other.rollback()
    said = busy.value.message
    assert said.startswith("ฐานข้อมูลถูกใช้งานอยู่") and "\n" not in said
    assert "สมศรี" not in said and "INSERT" not in said
    assert PeopleService(ctx).count(PersonFilter()) == 0
    impatient.dispose()


def test_a_value_too_long_for_the_server_is_named_not_dumped(admin):
    if admin.db.dialect != "postgresql":
        pytest.skip("only PostgreSQL enforces VARCHAR lengths")
    from sqlalchemy import text

    with pytest.raises(DatabaseBusy) as busy, admin.unit_of_work() as s:
        s.execute(text("UPDATE office SET office_name = :name"), {"name": "สำนักงาน" * 100})
    assert busy.value.message == "ข้อความยาวเกิน 200 ตัวอักษร กรุณาย่อให้สั้นลง"
