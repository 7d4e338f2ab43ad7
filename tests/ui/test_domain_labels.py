"""The window's table of domain labels stays equal to the domain (Thai), and in English every
state, step, need, agency, outcome, view, role, month and timeline entry has English words."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from PySide6.QtCore import QTranslator

from desktop.domain.cases.categories import Agency, Need, Outcome
from desktop.domain.cases.records import EVENT_LABELS, CaseEventInfo
from desktop.domain.cases.service_levels import Step
from desktop.domain.cases.workflow import TRANSITIONS, CaseStatus
from desktop.domain.people import Gender
from desktop.domain.thai_dates import MONTHS_ABBR, format_medium
from desktop.resources import resource_path
from ui import domain_labels
from ui.domain_labels import (
    LABELS,
    MONTH_LABELS,
    STEP_LABELS,
    date_time,
    event_action,
    event_status_change,
    label_of,
    medium_date,
    needs_label,
    step_label,
)

THAI = re.compile(r"[\u0e00-\u0e7f]")


@pytest.fixture
def english(qapp):
    translator = QTranslator(qapp)
    assert translator.load(str(resource_path("translations", "labour_desk_en.qm")))
    qapp.installTranslator(translator)
    yield
    qapp.removeTranslator(translator)


def test_the_tables_repeat_the_domains_thai_words():
    for kind, members in LABELS.items():
        assert set(members) == set(kind), kind.__name__  # every member, no other
        for member, thai in members.items():
            assert thai == member.label, (kind.__name__, member)
    assert set(STEP_LABELS) == {t.label for t in TRANSITIONS.values()}
    assert domain_labels.EVENT_LABELS == EVENT_LABELS
    assert MONTH_LABELS == MONTHS_ABBR


def test_thai_mode_shows_the_domains_own_words(qapp):
    assert label_of(CaseStatus.REFERRED) == CaseStatus.REFERRED.label
    assert (
        medium_date(dt.date(2026, 11, 22)) == format_medium(dt.date(2026, 11, 22)) == "22 พ.ย. 2569"
    )
    assert label_of(None) == ""


def test_english_has_words_for_every_label(english):
    for kind, members in LABELS.items():
        for member in members:
            assert not THAI.search(label_of(member)), (kind.__name__, member)
    for t in TRANSITIONS.values():
        assert not THAI.search(step_label(t)), t
    for month in range(1, 13):
        assert not THAI.search(medium_date(dt.date(2026, month, 1)))


def test_the_same_value_in_two_enums_keeps_its_own_words(english):
    """``Need.OTHER == Outcome.OTHER == Gender.OTHER == "other"`` as strings."""
    assert label_of(Need.OTHER) == label_of(Outcome.OTHER) == "Other"
    assert label_of(Gender.OTHER) == "Not given/other"
    assert label_of(Agency.OFFICE) == "Provincial Labour Office"
    assert label_of(Step.OFFICE) == "Office handles"


def test_one_thai_word_two_meanings(english):
    """ปิดเรื่อง: the status Closed, the step Close the case, the service-level step Closing."""
    assert label_of(CaseStatus.CLOSED) == "Closed"
    assert step_label(TRANSITIONS[(CaseStatus.RESOLVED, CaseStatus.CLOSED)]) == "Close the case"
    assert label_of(Step.CLOSE) == "Closing"


def test_english_timeline_dates_and_needs(english):
    at = dt.datetime(2026, 11, 22, 10, 5)
    step = CaseEventInfo(at, "x", "transition", CaseStatus.SCREENING, CaseStatus.REFERRED)
    assert event_action(step) == "Refer to an agency"
    assert event_status_change(step) == "Screening → Referred"
    note = CaseEventInfo(at, "x", "note", None, None)
    assert event_action(note) == "Note"
    assert date_time(at) == "22 Nov 2569 10:05"
    assert needs_label((Need.JOB, Need.SAFETY)) == "Job seeking / placement, Workplace safety"


def test_audit_words_follow_the_domain_and_have_english(english):
    from desktop.domain.audit_actions import ACTION_LABELS, AuditCategory

    assert domain_labels.AUDIT_ACTIONS == ACTION_LABELS
    assert {m: m.label for m in AuditCategory} == LABELS[AuditCategory]
    for action in ACTION_LABELS:
        assert not THAI.search(domain_labels.audit_action(action)), action
    for category in AuditCategory:
        assert not THAI.search(label_of(category)), category
