"""Every page and dialog of the window, built on one demo office, for the tests that look at
all of them (the 1280×720 fit, the stretched pseudo-locale, English mode).

``dialog_classes()`` discovers the dialog classes under ui/; ``DIALOGS`` says how to build
each one. A new dialog class without a builder here fails tests/ui/test_small_screen.py.
"""

from __future__ import annotations

import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from PySide6.QtWidgets import QDialog, QWidget

import ui
from desktop.demo.seed import DEMO_PASSWORD, fill_demo
from desktop.domain.cases.records import ApprovalInfo, CaseDetail
from desktop.domain.cases.workflow import Approval, CaseStatus, Transition
from desktop.domain.fiscal_year import fiscal_year_of
from desktop.domain.people import Role
from desktop.services.accounts import AccountService
from desktop.services.cases.service import CaseFilter
from desktop.services.context import ServiceContext
from desktop.services.dashboard.records import CoverageList
from desktop.services.desk import Desk
from desktop.services.people.service import PersonFilter

# Bases that are never shown by themselves.
ABSTRACT = {"Dialog", "EntryDialog", "FormDialog", "CaseOpDialog"}


def dialog_classes() -> set[type]:
    found: set[type] = set()
    for info in pkgutil.walk_packages(ui.__path__, "ui."):
        module = importlib.import_module(info.name)
        for _name, cls in inspect.getmembers(module, inspect.isclass):
            ours = cls.__module__.startswith("ui.") and cls.__name__ not in ABSTRACT
            if ours and issubclass(cls, QDialog):
                found.add(cls)
    return found


def demo_desk(db) -> Desk:
    """Everyone's permissions: a user with every role on a demo office."""
    ctx = ServiceContext(db)
    fill_demo(ctx, 60)
    admin = AccountService(ctx).authenticate("admin", DEMO_PASSWORD)
    AccountService(ServiceContext(db, user=admin)).add_user(
        "everyone", "ทดสอบ ทุกบทบาท", DEMO_PASSWORD, tuple(Role), "ทดสอบ"
    )
    user = AccountService(ServiceContext(db)).authenticate("everyone", DEMO_PASSWORD)
    return Desk(ServiceContext(db)).signed_in_as(user)


@dataclass
class Office:
    desk: Desk
    case: CaseDetail  # an open case with a pending approval, an agency and an outcome
    person_id: int


def office_of(desk: Desk) -> Office:
    rows = desk.cases.page(CaseFilter(open_only=True), 0, 50)
    detail = desk.cases.get(rows[0].id)
    pending = ApprovalInfo(
        id=0,
        case_id=detail.id,
        case_no=detail.case_no,
        kind=Approval.CLOSE_UNRESOLVED,
        target_status=CaseStatus.CLOSED,
        requested_by="ทดสอบ ทุกบทบาท",
        requested_at=dt.datetime(2026, 11, 20, 3, 0, tzinfo=dt.UTC),
        note="ผู้ร้องย้ายไปต่างจังหวัด",
    )
    person = desk.people.page(PersonFilter(), 0, 1)[0]
    return Office(desk, replace(detail, pending_approval=pending), person.id)


def _steps() -> Iterator[Transition]:
    from desktop.domain.cases.workflow import TRANSITIONS

    seen = set()
    for t in TRANSITIONS.values():
        key = (t.target, t.needs_agency, t.needs_outcome, t.needs_original, t.approval)
        if key not in seen:
            seen.add(key)
            yield t


def dialogs(o: Office) -> Iterator[tuple[str, type, Callable[[], QDialog]]]:
    """(name, class, build) for every dialog, every step of the move dialog among them."""
    from ui.admin.audit_detail_dialog import AuditDetailDialog
    from ui.admin.server_settings_dialog import ServerSettingsDialog
    from ui.admin.user_dialog import PasswordDialog, UserDialog
    from ui.cases.approval_dialog import DecisionDialog
    from ui.cases.bulk_assign import BulkAssignDialog
    from ui.cases.case_dialogs import AssignDialog, ConsentDialog, NoteDialog, WithdrawConsentDialog
    from ui.cases.case_page import CasePage
    from ui.cases.duplicate_dialog import DuplicateDialog
    from ui.cases.intake_dialog import IntakeDialog
    from ui.cases.move_dialog import MoveDialog
    from ui.dashboard.coverage_dialog import CoverageDialog
    from ui.dialogs.about import AboutDialog
    from ui.dialogs.conflict_dialog import ConflictDialog
    from ui.dialogs.first_run import FirstRunDialog
    from ui.dialogs.own_password import ChangePasswordDialog
    from ui.dialogs.sign_in import SignInDialog
    from ui.imports.kinds import case_kind, people_kind
    from ui.imports.wizard import ImportWizard
    from ui.lock_screen import LockScreen
    from ui.mentoring.evaluation_dialog import EvaluationDialog
    from ui.mentoring.small_dialogs import AssignMentorDialog, AwardDialog
    from ui.mentoring.visit_dialog import VisitDialog
    from ui.registry.anonymise_dialog import AnonymiseDialog
    from ui.registry.person_dialog import PersonDialog
    from ui.registry.status_dialog import StatusDialog

    desk, case, pid = o.desk, o.case, o.person_id
    rows = desk.cases.page(CaseFilter(open_only=False), 0, 3)
    year = fiscal_year_of(desk.ctx.today())
    yield "CasePage", CasePage, lambda: CasePage(desk, case.id)
    yield "IntakeDialog", IntakeDialog, lambda: IntakeDialog(desk)
    yield "DuplicateDialog", DuplicateDialog, lambda: DuplicateDialog(rows)
    yield "BulkAssignDialog", BulkAssignDialog, lambda: BulkAssignDialog(desk, [r.id for r in rows])
    yield "NoteDialog", NoteDialog, lambda: NoteDialog(desk, case)
    yield "ConsentDialog", ConsentDialog, lambda: ConsentDialog(desk, case)
    yield "WithdrawConsentDialog", WithdrawConsentDialog, lambda: WithdrawConsentDialog(desk, case)
    yield "AssignDialog", AssignDialog, lambda: AssignDialog(desk, case)
    for t in _steps():
        for request in (False, True) if t.approval else (False,):
            yield (
                f"MoveDialog[{t.target.value}{'-request' if request else ''}]",
                MoveDialog,
                lambda t=t, request=request: MoveDialog(desk, case, t, request=request),
            )
    yield "DecisionDialog[approve]", DecisionDialog, lambda: DecisionDialog(desk, case, True)
    yield "DecisionDialog[deny]", DecisionDialog, lambda: DecisionDialog(desk, case, False)
    yield "UserDialog", UserDialog, lambda: UserDialog(desk.accounts)
    yield "PasswordDialog", PasswordDialog, lambda: PasswordDialog(desk.accounts, "clerk")
    yield "VisitDialog", VisitDialog, lambda: VisitDialog(desk, pid)
    yield "AssignMentorDialog", AssignMentorDialog, lambda: AssignMentorDialog(desk, [pid])
    yield "AwardDialog", AwardDialog, lambda: AwardDialog(desk, pid)
    yield "EvaluationDialog", EvaluationDialog, lambda: EvaluationDialog(desk, pid, year)
    yield "StatusDialog", StatusDialog, lambda: StatusDialog(desk, desk.people.get(pid))
    yield "PersonDialog", PersonDialog, lambda: PersonDialog(desk, pid)
    yield "PersonDialog[new]", PersonDialog, lambda: PersonDialog(desk, None)
    yield (
        "AnonymiseDialog",
        AnonymiseDialog,
        lambda: AnonymiseDialog([f"ชื่อทดสอบที่ {i} นามสกุลยาวมากเป็นพิเศษ" for i in range(8)], bool),
    )
    yield "FirstRunDialog", FirstRunDialog, lambda: FirstRunDialog(desk.accounts)
    yield (
        "SignInDialog",
        SignInDialog,
        lambda: SignInDialog(desk.accounts, "สำนักงานแรงงานจังหวัดเชียงใหม่"),
    )
    yield "AboutDialog", AboutDialog, lambda: AboutDialog()
    yield (
        "ServerSettingsDialog",
        ServerSettingsDialog,
        lambda: ServerSettingsDialog(desk.connection_settings, restart=None),
    )
    yield "ChangePasswordDialog", ChangePasswordDialog, lambda: ChangePasswordDialog(desk.accounts)
    yield "LockScreen", LockScreen, lambda: LockScreen(desk.accounts, QWidget())
    yield "ImportWizard[people]", ImportWizard, lambda: ImportWizard(desk, people_kind())
    yield "ImportWizard[cases]", ImportWizard, lambda: ImportWizard(desk, case_kind())
    yield "ConflictDialog", ConflictDialog, lambda: ConflictDialog(_conflict(desk, pid))
    yield (
        "AuditDetailDialog",
        AuditDetailDialog,
        lambda: AuditDetailDialog(desk, _an_update(desk, pid)),
    )
    yield (
        "CoverageDialog",
        CoverageDialog,
        lambda: CoverageDialog(desk, CoverageList("5001", covered=False)),
    )


def _an_update(desk: Desk, pid: int) -> int:
    """The audit row of an edit to the person's phone and notes: changes to show."""
    from desktop.domain.audit_trail import AuditFilter
    from desktop.services.people.mapping import to_draft

    stored = desk.people.get(pid)
    desk.people.update(pid, stored.version, replace(to_draft(stored), notes=stored.notes + " ."))
    rows = desk.audit_trail.page(AuditFilter(person_id=pid), limit=20).rows
    return next(r.id for r in rows if r.action == "update")


def _conflict(desk: Desk, pid: int):
    """Another clerk changed the person's notes and phone since this clerk opened the record."""
    from desktop.services.people.conflicts import person_conflict
    from desktop.services.people.mapping import to_draft

    stored = desk.people.get(pid)
    opened = to_draft(stored)
    mine = replace(opened, notes="ขอย้ายไปทำงานที่อำเภอเมือง โปรดติดต่อหลังเวลาราชการเท่านั้น")
    theirs = replace(stored, phone="0812345678", notes="โทรนัดล่วงหน้า")
    return person_conflict(theirs, mine, opened, "ทดสอบ ทุกบทบาท")
