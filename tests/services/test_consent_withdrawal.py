"""PDPA s.19: the consent form is printed (audited, in the timeline), and a withdrawal of consent
is recorded with who withdrew it and stops the case from ever being referred again."""

from __future__ import annotations

import io

import pypdf
import pytest
from case_builders import TODAY, audit_rows, bring_to, case_draft, extras_for, quick_staff

from desktop.domain.cases.categories import Agency
from desktop.domain.cases.records import CONSENT_WITHDRAWN
from desktop.domain.cases.rules import CONSENT_WITHDRAWN_MESSAGE
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.errors import DeskError, PermissionDenied, ValidationError
from desktop.services.cases.printing import CasePrintService
from desktop.services.cases.service import CaseService

S = CaseStatus


@pytest.fixture
def staff(database):
    return quick_staff(database)


def _screening_with_consent(cases: CaseService):
    case = bring_to(cases, cases.intake(case_draft()), S.SCREENING)
    return cases.set_consent(case.id, case.version, True, TODAY)


def test_a_withdrawal_is_in_the_timeline_and_the_audit_trail_with_who_did_it(staff):
    cases = CaseService(staff["clerk"])
    case = _screening_with_consent(cases)
    done = cases.set_consent(case.id, case.version, False, None)
    assert (done.consent, done.consent_on) == (False, None)
    withdrawal = done.consent_withdrawal
    assert withdrawal is not None and withdrawal.kind == CONSENT_WITHDRAWN
    assert withdrawal.user == "ผู้ใช้ clerk" and withdrawal.label == "ถอนความยินยอม"
    assert done.events[-1] == withdrawal
    username, action, details = audit_rows(staff["clerk"].db, case.id)[-1]
    assert (username, action, details) == ("clerk", "consent", {"consent": False, "on": None})


def test_after_a_withdrawal_the_case_is_not_referred(staff):
    cases = CaseService(staff["clerk"])
    case = _screening_with_consent(cases)
    assert S.REFERRED in [t.target for t in cases.actions(case)]
    case = cases.set_consent(case.id, case.version, False, None)
    # The page offers no referral any more; the other steps stay.
    offered = [t.target for t in cases.actions(case)]
    assert S.REFERRED not in offered and S.HANDLED_BY_OFFICE in offered
    with pytest.raises(ValidationError) as refused:
        cases.move(case.id, case.version, S.REFERRED, "", **extras_for(S.REFERRED))
    assert refused.value.fields["consent"] == CONSENT_WITHDRAWN_MESSAGE
    # Nor by giving consent again, alone or with the step.
    with pytest.raises(ValidationError) as again:
        cases.set_consent(case.id, case.version, True, TODAY)
    assert again.value.fields["consent"] == CONSENT_WITHDRAWN_MESSAGE
    with pytest.raises(ValidationError):
        cases.move_with_consent(
            case.id, case.version, S.REFERRED, consent_on=TODAY, agency=Agency.EMPLOYMENT
        )
    after = cases.get(case.id)
    assert (after.status, after.consent, after.version) == (S.SCREENING, False, case.version)


def test_a_case_withdrawn_at_the_agency_is_not_sent_out_again(staff):
    boss = CaseService(staff["supervisor"])
    case = bring_to(boss, boss.intake(case_draft()), S.REFERRED)
    case = boss.set_consent(case.id, case.version, False, None)
    case = boss.move(case.id, case.version, S.RETURNED, "")
    case = boss.move(case.id, case.version, S.SCREENING, "")
    with pytest.raises(ValidationError):
        boss.move(case.id, case.version, S.REFERRED, "", **extras_for(S.REFERRED))
    assert boss.get(case.id).status == S.SCREENING


def test_no_referral_slip_after_a_withdrawal(staff):
    cases = CaseService(staff["clerk"])
    case = bring_to(cases, cases.intake(case_draft()), S.REFERRED)
    case = cases.set_consent(case.id, case.version, False, None)
    out = io.BytesIO()
    with pytest.raises(DeskError) as refused:
        CasePrintService(staff["clerk"]).slips([case.id], out)
    assert (
        CONSENT_WITHDRAWN_MESSAGE in refused.value.message and case.case_no in refused.value.message
    )
    assert out.getvalue() == b""
    assert "print" not in [a for _, a, _ in audit_rows(staff["clerk"].db, case.id)]


def test_the_consent_form_print_is_audited_and_in_the_timeline(staff):
    cases = CaseService(staff["clerk"])
    case = cases.intake(case_draft())
    out = io.BytesIO()
    CasePrintService(staff["clerk"]).consent_form(case.id, out)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(out.getvalue())).pages)
    assert case.case_no.replace(" ", "") in text.replace(" ", "")
    username, action, details = audit_rows(staff["clerk"].db, case.id)[-1]
    assert (username, action, details) == ("clerk", "print", {"document": "consent_form"})
    last = cases.get(case.id).events[-1]
    assert (last.kind, last.note, last.user) == ("print", "พิมพ์ใบยินยอมให้ส่งต่อข้อมูล", "ผู้ใช้ clerk")


def test_the_whole_id_on_a_consent_form_needs_its_permission(staff):
    case = CaseService(staff["clerk"]).intake(case_draft(person_national_id="1101700203450"))
    with pytest.raises(PermissionDenied):
        CasePrintService(staff["clerk"]).consent_form(case.id, io.BytesIO(), full_id=True)
    out = io.BytesIO()
    CasePrintService(staff["supervisor"]).consent_form(case.id, out, full_id=True)
    text = "".join(p.extract_text() for p in pypdf.PdfReader(io.BytesIO(out.getvalue())).pages)
    assert "1-1017-00203-45-0" in text
