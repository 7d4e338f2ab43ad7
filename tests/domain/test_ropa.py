"""The record of processing keeps up with the models: every column of every table is either a
line of the register (personal, with purpose, basis, retention and who sees it) or listed as
not personal with a reason; every line names a real column; who sees what is read from the
permission table, masks included."""

from __future__ import annotations

import pytest

import db.models  # noqa: F401  (registers every table on the metadata)
from db.models.base import Base
from desktop.domain.people import Role
from desktop.domain.permissions import Permission
from desktop.domain.ropa import ENTRIES, NOT_PERSONAL, TABLE_LABELS, classify, entry_for

COLUMNS = {(t.name, c.name) for t in Base.metadata.tables.values() for c in t.columns}


def test_every_column_is_registered_or_declared_not_personal():
    undecided = sorted(f"{t}.{c}" for t, c in COLUMNS if classify(t, c) is None)
    assert not undecided, (
        "columns with no decision in the record of processing: "
        + ", ".join(undecided)
        + " — add each to its group in desktop/domain/ropa/ (registry, cases, mentoring, accounts: purpose, basis, retention)"
        " or to desktop/domain/ropa/not_personal.py (with a one-word reason)"
    )


def test_every_line_of_the_register_names_a_real_column():
    stale = [e.key for e in ENTRIES if (e.table, e.column) not in COLUMNS]
    assert not stale, f"the register names columns the models do not have: {stale}"


def test_each_column_has_one_line():
    keys = [e.key for e in ENTRIES]
    assert len(keys) == len(set(keys))


def test_every_not_personal_name_is_real_and_not_also_in_the_register():
    tables = {t for t, _c in COLUMNS}
    columns = {c for _t, c in COLUMNS}
    for key in NOT_PERSONAL:
        table, _, column = key.partition(".")
        if table == "*":
            assert column in columns, key
        elif not column:
            assert table in tables, key
            assert not [e for e in ENTRIES if e.table == table], key
        else:
            assert (table, column) in COLUMNS, key
            assert entry_for(table, column) is None, f"{key} is both personal and not"
        assert NOT_PERSONAL[key].strip(), key


def test_every_line_says_what_why_on_what_basis_and_for_how_long():
    for e in ENTRIES:
        assert e.category and e.purpose and e.retention and e.bases, e.key
        assert e.basis_text.startswith("ม."), e.key
        assert TABLE_LABELS[e.table], e.key


@pytest.mark.parametrize(
    "key",
    [
        "person.national_id",
        "person.phone",
        "person.birth_date",
        "referral_case.person_national_id",
        "referral_case.description",
        "visit.problems",
        "evaluation.grade",
        "award.title",
        "app_user.full_name",
        "audit_event.details",
        "mentor_assignment.mentor_id",
        "status_history.reason",
        "person_area.subdistrict_code",
        "case_event.note",
        "approval_request.comment",
        "follow_up.action",
    ],
)
def test_the_personal_columns_the_issue_names_are_registered(key):
    assert entry_for(*key.split(".")) is not None


def test_who_sees_an_id_comes_from_the_permissions_with_the_mask():
    nid = entry_for("person", "national_id")
    assert set(nid.roles_seeing()) == set(Role)
    assert nid.roles_masked() == (Role.MENTOR,)
    assert nid.seen_by_text == "ทุกบทบาท (ปิดบางส่วน: เจ้าหน้าที่พี่เลี้ยง)"
    assert entry_for("app_user", "username").seen_by_text == "ผู้ดูแลระบบ"
    assert entry_for("person", "phone").masked_without == Permission.SEE_PHONE
    assert entry_for("app_user", "password_hash").roles_seeing() == ()
    assert "ไม่แสดง" in entry_for("app_user", "password_hash").seen_by_text


def test_a_referral_s_sensitive_text_is_marked_and_rests_on_consent_to_share():
    d = entry_for("referral_case", "description")
    assert d.sensitive and "ม.26" in d.basis_text and "ม.19" in d.basis_text


def test_a_column_the_models_gain_fails_the_check():
    """What the first test does for a column nobody has classified yet."""
    assert classify("person", "religion") is None
    assert classify("person", "id") == NOT_PERSONAL["*.id"]
    assert classify("service_level", "days") == NOT_PERSONAL["service_level"]
