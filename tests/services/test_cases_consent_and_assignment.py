"""Rules that moved out of the case dialogs into the service: consent and the step it is given
for are one unit of work, the original of a duplicate is found by its typed number, and the
assign dialogs are offered exactly the users ``assign`` accepts."""

from __future__ import annotations

import pytest
from case_builders import TODAY, audit_rows, bring_to, case_draft, quick_staff
from sqlalchemy import select

from db.models import User, UserRole
from desktop.domain.cases.categories import Agency
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.errors import StaleRecordError, ValidationError
from desktop.domain.people import Role
from desktop.services.cases.service import CaseService


@pytest.fixture
def staff(database):
    return quick_staff(database)


@pytest.fixture
def screening(staff):
    cases = CaseService(staff["clerk"])
    return bring_to(cases, cases.intake(case_draft()), CaseStatus.SCREENING)


def test_consent_and_referral_are_saved_together(staff, screening):
    cases = CaseService(staff["clerk"])
    assert not screening.consent
    done = cases.move_with_consent(
        screening.id,
        screening.version,
        CaseStatus.REFERRED,
        "ส่งต่อเพื่อจับคู่ตำแหน่งงาน",
        consent_on=TODAY,
        agency=Agency.EMPLOYMENT,
        agency_contact="สำนักงานจัดหางานจังหวัด",
    )
    assert done.status == CaseStatus.REFERRED
    assert (done.consent, done.consent_on) == (True, TODAY)
    kinds = [e.kind for e in done.events]
    assert kinds[-2:] == ["consent", "transition"]  # consent first, as the step needs it
    actions = [action for _, action, _ in audit_rows(staff["clerk"].db, screening.id)]
    assert actions[-2:] == ["consent", "transition"]


def test_a_refused_step_leaves_no_consent_saved(staff, screening):
    cases = CaseService(staff["clerk"])
    with pytest.raises(ValidationError) as refused:
        cases.move_with_consent(
            screening.id,
            screening.version,
            CaseStatus.REFERRED,
            consent_on=TODAY,
            agency=Agency.EMPLOYMENT,
            agency_contact="ก" * 301,  # longer than the column: the step is refused
        )
    assert "agency_contact" in refused.value.fields
    after = cases.get(screening.id)
    assert after.status == CaseStatus.SCREENING
    assert (after.consent, after.consent_on) == (False, None)
    assert "consent" not in [e.kind for e in after.events]
    assert after.version == screening.version  # nothing was written: the dialog can retry
    assert "consent" not in [a for _, a, _ in audit_rows(staff["clerk"].db, screening.id)]


def test_a_stale_case_takes_neither_consent_nor_step(staff, screening):
    cases = CaseService(staff["clerk"])
    # A supervisor rejects the case while the clerk's dialog is open.
    moved = CaseService(staff["supervisor"]).move(screening.id, screening.version, "rejected", "x")
    with pytest.raises(StaleRecordError):
        cases.move_with_consent(
            screening.id,
            screening.version,
            CaseStatus.REFERRED,
            consent_on=TODAY,
            agency=Agency.EMPLOYMENT,
        )
    assert not cases.get(moved.id).consent


def test_consent_in_the_future_is_refused_before_anything_is_written(staff, screening):
    with pytest.raises(ValidationError) as refused:
        CaseService(staff["clerk"]).move_with_consent(
            screening.id,
            screening.version,
            CaseStatus.REFERRED,
            consent_on=TODAY.replace(year=TODAY.year + 1),
            agency=Agency.EMPLOYMENT,
        )
    assert refused.value.fields == {"consent_on": "วันที่ให้ความยินยอมต้องไม่อยู่ในอนาคต"}


def test_the_original_of_a_duplicate_by_its_typed_number(staff, screening):
    cases = CaseService(staff["clerk"])
    original = cases.intake(case_draft(person_name="เรื่องเดิม"))
    seq = original.case_no.split("/")[1].lstrip("0")
    with pytest.raises(ValidationError) as refused:
        cases.move_with_consent(
            screening.id, screening.version, CaseStatus.DUPLICATE, duplicate_of_no="2570/999"
        )
    assert refused.value.fields == {"duplicate_of_id": "ไม่พบเรื่องเลขที่ ลป 2570/00999"}
    with pytest.raises(ValidationError) as itself:
        cases.move_with_consent(
            screening.id, screening.version, CaseStatus.DUPLICATE, duplicate_of_no=screening.case_no
        )
    assert itself.value.fields == {"duplicate_of_id": "เรื่องเดิมต้องเป็นเรื่องอื่น ไม่ใช่เรื่องนี้"}
    done = cases.move_with_consent(
        screening.id, screening.version, CaseStatus.DUPLICATE, duplicate_of_no=f"2570/{seq}"
    )
    assert done.status == CaseStatus.DUPLICATE
    assert (done.duplicate_of_id, done.duplicate_of_no) == (original.id, original.case_no)


def test_assignable_users_are_whom_assign_accepts(staff, database, screening):
    # Mentors are not office staff; an inactive clerk is left out too.
    with database.sessions.begin() as s:
        s.add(User(username="old", full_name="ผู้ใช้ old", password_hash="!", active=False))
        s.flush()
        old = s.scalars(select(User).where(User.username == "old")).one()
        s.add(UserRole(user_id=old.id, role=Role.CLERK.value))
    offered = CaseService(staff["clerk"]).assignable_users()
    names = [u.full_name for u in offered]
    assert names == sorted(names)
    assert set(names) == {"ผู้ใช้ clerk", "ผู้ใช้ supervisor", "ผู้ใช้ admin"}
    assert "ผู้ใช้ mentor" not in names and "ผู้ใช้ old" not in names
    # Every one offered is accepted, and the mentor is refused.
    cases = CaseService(staff["clerk"])
    for user in offered:
        assert cases.assign([screening.id], user.id) == 1
    with pytest.raises(ValidationError):
        cases.assign([screening.id], staff["mentor"].user.id)
