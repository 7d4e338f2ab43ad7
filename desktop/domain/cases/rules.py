"""The rules a referral case must satisfy at intake and at each step, free of the database.

The service gathers the facts (today, the case's consent, what the clerk chose) and asks these
functions what is wrong; every message is Thai and keyed by the field it is about, so the UI
shows it next to that field (``CaseDraft`` field names at intake, the move dialog's at a step).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from desktop.domain import field_lengths, national_id
from desktop.domain.cases.categories import Agency, Channel, Outcome
from desktop.domain.cases.records import CaseDraft
from desktop.domain.cases.workflow import Approval, CaseStatus, Transition
from desktop.domain.errors import DeskError, PermissionDenied
from desktop.domain.people import LATIN_TITLES, NAME_TITLES, normalize_phone, phone_error

EARLIEST = dt.date(2000, 1, 1)  # a BE year keyed as CE (2569 → 2026 is fine, 1483 is not)
# PDPA s.19 para. 5: a withdrawal is for good on this case — its consent is not recorded again
# and it is not referred again (a new request, with a newly signed form, is a new case).
CONSENT_WITHDRAWN_MESSAGE = "ผู้มีความต้องการถอนความยินยอมแล้ว ส่งต่อเรื่องนี้ไม่ได้"


class TransitionNotAllowed(DeskError):
    """The workflow table has no such step from the case's current status."""

    def __init__(self, source: CaseStatus, target: CaseStatus) -> None:
        super().__init__(
            f"เปลี่ยนสถานะจาก “{source.label}” เป็น “{target.label}” ไม่ได้ตามขั้นตอนการดำเนินงาน"
        )
        self.source, self.target = source, target


class ApprovalRequired(PermissionDenied):
    """The step needs a supervisor's yes: the clerk should ask for it instead."""

    def __init__(self, approval: Approval) -> None:
        super().__init__(
            f"ขั้นตอนนี้ต้องได้รับอนุมัติจากหัวหน้างาน กรุณาใช้ “{approval.label}” "
            "พร้อมระบุเหตุผล แล้วรอหัวหน้างานพิจารณา"
        )
        self.approval = approval


class ApprovalPending(DeskError):
    """Nothing moves while a request waits: the supervisor decides on the case as it was asked."""

    def __init__(self, approval: Approval) -> None:
        super().__init__(
            f"เรื่องนี้มีคำขออนุมัติที่รอหัวหน้างานพิจารณาอยู่ ({approval.label}) "
            "กรุณารอผลการพิจารณาก่อนดำเนินการขั้นต่อไป"
        )
        self.approval = approval


def validate_case_draft(
    draft: CaseDraft,
    today: dt.date,
    area_exists: Callable[[str], bool] | None = None,
) -> dict[str, str]:
    """Field name (a ``CaseDraft`` field) -> Thai message for each problem; empty when valid.

    ``area_exists`` checks a subdistrict code against the area data when given (the service
    passes it; this module loads no data).
    """
    # Longer than its column: PostgreSQL would refuse the row and SQLite keep it whole.
    errors: dict[str, str] = field_lengths.draft_length_errors(field_lengths.CASE, draft)
    if not (draft.person_name or "").strip():
        errors["person_name"] = "กรุณากรอกชื่อ–นามสกุลของผู้มีความต้องการ"
    if not draft.needs:
        errors["needs"] = "กรุณาเลือกความต้องการอย่างน้อย 1 ด้าน"
    nid = (draft.person_national_id or "").strip()
    if nid and (e := national_id.validation_error(nid)) is not None:
        errors["person_national_id"] = e
    if (e := phone_error(draft.person_phone)) is not None:
        errors["person_phone"] = e
    if draft.received_on is None:
        errors["received_on"] = "กรุณาระบุวันที่รับเรื่อง"
    elif draft.received_on > today:
        errors["received_on"] = "วันที่รับเรื่องต้องไม่อยู่ในอนาคต"
    elif draft.received_on < EARLIEST:
        errors["received_on"] = "วันที่รับเรื่องไม่ถูกต้อง (ตรวจสอบปี พ.ศ.)"
    if draft.consent:
        if draft.consent_on is None:
            errors["consent_on"] = "กรุณาระบุวันที่ผู้มีความต้องการให้ความยินยอม"
        elif draft.consent_on > today:
            errors["consent_on"] = "วันที่ให้ความยินยอมต้องไม่อยู่ในอนาคต"
    if draft.channel == Channel.VOLUNTEER and draft.reporter_id is None:
        errors["reporter_id"] = "เรื่องที่อาสาสมัครหรือบัณฑิตแรงงานชี้เป้า ต้องเลือกผู้แจ้งจากทะเบียน"
    village = (draft.village_no or "").strip()
    if village and not village.isdigit():
        errors["village_no"] = "หมู่ที่ต้องเป็นตัวเลข"
    code = draft.subdistrict_code or ""
    if code and area_exists is not None and not area_exists(code):
        errors["subdistrict_code"] = f"ไม่พบรหัสตำบล {code}"
    return errors


def move_errors(
    step: Transition,
    *,
    consent: bool,
    received_on: dt.date,
    today: dt.date,
    note: str = "",
    agency: Agency | None = None,
    agency_contact: str = "",
    outcome: Outcome | None = None,
    outcome_on: dt.date | None = None,
    duplicate_of_id: int | None = None,
    consent_withdrawn: bool = False,
) -> dict[str, str]:
    """What is missing before ``step`` can be taken (field names are the move dialog's)."""
    errors: dict[str, str] = {}
    if step.approval is not None and not (note or "").strip():
        errors["note"] = "กรุณาระบุเหตุผล"
    if step.needs_consent and consent_withdrawn:
        errors["consent"] = CONSENT_WITHDRAWN_MESSAGE
    elif step.needs_consent and not consent:
        errors["consent"] = "ส่งต่อได้เมื่อผู้มีความต้องการยินยอมให้ส่งข้อมูลแก่หน่วยงานแล้วเท่านั้น"
    if step.needs_agency and agency is None:
        errors["agency"] = "กรุณาเลือกหน่วยงานที่ส่งต่อ"
    errors.update(
        field_lengths.length_errors(field_lengths.CASE_STEP, {"agency_contact": agency_contact})
    )
    if step.needs_outcome:
        if outcome is None:
            errors["outcome"] = "กรุณาเลือกผลการดำเนินการ"
        if outcome_on is None:
            errors["outcome_on"] = "กรุณาระบุวันที่ได้ผล"
        elif outcome_on > today:
            errors["outcome_on"] = "วันที่ได้ผลต้องไม่อยู่ในอนาคต"
        elif outcome_on < received_on:
            errors["outcome_on"] = "วันที่ได้ผลต้องไม่ก่อนวันที่รับเรื่อง"
    if step.needs_original and duplicate_of_id is None:
        errors["duplicate_of_id"] = "กรุณาระบุเลขที่เรื่องเดิมที่เรื่องนี้ซ้ำ"
    return errors


def consent_errors(given: bool, on: dt.date | None, today: dt.date) -> dict[str, str]:
    """What is wrong with recording consent given (or withdrawn) on ``on``."""
    if given and on is None:
        return {"consent_on": "กรุณาระบุวันที่ให้ความยินยอม"}
    if given and on is not None and on > today:
        return {"consent_on": "วันที่ให้ความยินยอมต้องไม่อยู่ในอนาคต"}
    return {}


def _title_pattern(title: str, latin: bool) -> str:
    # A Latin title's final dot is optional ("Mr Somchai"); Thai abbreviations keep theirs.
    if latin and title.endswith("."):
        return re.escape(title[:-1]) + r"\.?"
    return re.escape(title)


# Longest first, so นางสาว is taken whole rather than as นาง followed by "สาว…".
_ALL_TITLES = sorted(
    [(t, False) for t in NAME_TITLES] + [(t, True) for t in LATIN_TITLES],
    key=lambda pair: -len(pair[0]),
)
_TITLES = re.compile(
    r"^(" + "|".join(_title_pattern(t, latin) for t, latin in _ALL_TITLES) + r")\s*",
    re.IGNORECASE,
)
_SPACE = re.compile(r"\s+")


def name_key(name: str) -> str:
    """A person's name without title and spaces: ``นางมานี  มีงานทำ`` and ``มานี มีงานทำ`` agree."""
    n = _SPACE.sub(" ", (name or "").strip())
    n = _TITLES.sub("", n, count=1) or n
    return _SPACE.sub("", n).casefold()


def same_person(
    name_a: str, phone_a: str, nid_a: str, name_b: str, phone_b: str, nid_b: str
) -> bool:
    """Same national ID, or the same name and the same phone number (the duplicate warning)."""
    a_id, b_id = national_id.digits_only(nid_a), national_id.digits_only(nid_b)
    if a_id and a_id == b_id:
        return True
    a_phone, b_phone = normalize_phone(phone_a), normalize_phone(phone_b)
    return bool(a_phone) and a_phone == b_phone and name_key(name_a) == name_key(name_b) != ""
