"""Every dialog in ``ui/`` opens with the keyboard in its first field, typed Thai and a space
land there (they never press Save), an untouched dialog closes without a question and an
edited one asks first.

The dialog classes are discovered by importing every ``ui`` module: a new dialog without a
builder here (or a reason in ``NOT_ENTRY_DIALOGS``) fails ``test_every_dialog_is_covered``.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil

import pytest
import shiboken6
from factories import draft, make_user, valid_id
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QComboBox,
    QDialog,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QTableWidget,
    QTextEdit,
    QWidget,
)

import ui
from desktop.domain.cases.categories import Channel, Need
from desktop.domain.cases.records import CaseDraft
from desktop.domain.cases.workflow import TRANSITIONS, CaseStatus
from desktop.domain.people import Role
from desktop.services.accounts import AccountService
from desktop.services.desk import Desk

TODAY = dt.date(2026, 11, 22)

# Dialogs with nothing to type into; each says why.
NOT_ENTRY_DIALOGS = {
    "AuditDetailDialog": "one audit row to read (who, when, which fields changed); nothing typed",
    "CasePage": "one case in its own window: details, timeline and step buttons, no fields",
    "DuplicateDialog": "a choice of three buttons over a list of open cases, no fields",
    "ConflictDialog": "a choice between two saved versions, field by field; nothing typed",
    "AboutDialog": "the About box: the version and the licences to read, nothing typed",
    "CaseOpDialog": "the base of the step dialogs, each built below",
    "FormDialog": "the base of the form dialogs, each built below",
    "EntryDialog": "the base of every entry dialog",
    "Dialog": "the base of every dialog (the screen fit)",
    "ImportWizard": "a wizard of pages: each page's first field is tested in test_import_wizard",
    "CoverageDialog": "a list to read (subdistricts and their volunteers): two filter choices,"
    " nothing typed or saved; test_dashboard_page checks its focus",
    "LockScreen": "the lock: its password takes the focus (test_shared_pc); nothing to keep",
    "WithdrawConsentDialog": "a confirmation to read (the withdrawal and what follows from it)"
    " with its two buttons; nothing typed, the keyboard starts on Cancel",
}


def dialog_classes() -> set[type]:
    for module in pkgutil.walk_packages(ui.__path__, "ui."):
        importlib.import_module(module.name)
    found: set[type] = set()

    def walk(cls: type) -> None:
        for sub in cls.__subclasses__():
            if sub.__module__.startswith("ui."):
                found.add(sub)
            walk(sub)

    walk(QDialog)
    return found


class Office:
    """The desks and records the dialogs are opened on (built once per test)."""

    def __init__(self, admin, anonymous) -> None:
        self.anonymous = anonymous
        self.admin = Desk(admin)
        self.clerk = Desk(make_user(admin, "clerk", Role.CLERK))
        self.supervisor = Desk(make_user(admin, "supervisor", Role.SUPERVISOR))
        self.mentor = Desk(make_user(admin, "mentor", Role.MENTOR))
        self.person = self.clerk.people.register(draft(1, first_name="ปั้นหยา"))
        self.clerk.assignments.assign([self.person.id], self.mentor.user.id, dt.date(2026, 6, 1))
        self.case = self.clerk.cases.intake(
            CaseDraft(
                received_on=TODAY,
                channel=Channel.WALK_IN,
                person_name="บุญมี ขยันงาน",
                needs=(Need.JOB,),
                description="ต้องการหางานใหม่",
                reporter_note="มาติดต่อด้วยตนเอง",
                person_national_id=valid_id(4242),
            )
        )

    def case_awaiting_approval(self):
        cases = self.clerk.cases
        screening = cases.move(self.case.id, self.case.version, CaseStatus.SCREENING, "")
        return cases.request_approval(
            screening.id, screening.version, CaseStatus.REJECTED, "ไม่ใช่เรื่องแรงงาน"
        )


def _move(transition, request):
    def build(o: Office):
        from ui.cases.move_dialog import MoveDialog

        return MoveDialog(o.clerk, o.case, transition, request=request)

    return build


def _builders():
    from ui.admin.server_settings_dialog import ServerSettingsDialog
    from ui.admin.user_dialog import PasswordDialog, UserDialog
    from ui.cases.approval_dialog import DecisionDialog
    from ui.cases.bulk_assign import BulkAssignDialog
    from ui.cases.case_dialogs import AssignDialog, ConsentDialog, NoteDialog
    from ui.cases.intake_dialog import IntakeDialog
    from ui.dialogs.first_run import FirstRunDialog
    from ui.dialogs.own_password import ChangePasswordDialog
    from ui.dialogs.sign_in import SignInDialog
    from ui.mentoring.evaluation_dialog import EvaluationDialog
    from ui.mentoring.small_dialogs import AssignMentorDialog, AwardDialog
    from ui.mentoring.visit_dialog import VisitDialog
    from ui.registry.anonymise_dialog import AnonymiseDialog
    from ui.registry.person_dialog import PersonDialog
    from ui.registry.status_dialog import StatusDialog

    builders = {
        "UserDialog/new": lambda o: UserDialog(o.admin.accounts),
        "UserDialog/roles": lambda o: UserDialog(
            o.admin.accounts,
            next(u for u in o.admin.accounts.list_users() if u.username == "clerk"),
        ),
        "PasswordDialog": lambda o: PasswordDialog(o.admin.accounts, "clerk"),
        "ChangePasswordDialog": lambda o: ChangePasswordDialog(o.clerk.accounts),
        "ServerSettingsDialog": lambda o: ServerSettingsDialog(
            o.admin.connection_settings, restart=None
        ),
        "NoteDialog": lambda o: NoteDialog(o.clerk, o.case),
        "ConsentDialog": lambda o: ConsentDialog(o.clerk, o.case),
        "AssignDialog": lambda o: AssignDialog(o.clerk, o.case),
        "DecisionDialog/approve": lambda o: DecisionDialog(
            o.supervisor, o.case_awaiting_approval(), True
        ),
        "DecisionDialog/deny": lambda o: DecisionDialog(
            o.supervisor, o.case_awaiting_approval(), False
        ),
        "BulkAssignDialog": lambda o: BulkAssignDialog(o.clerk, [o.case.id]),
        "IntakeDialog": lambda o: IntakeDialog(o.clerk),
        "PersonDialog/new": lambda o: PersonDialog(o.clerk, None),
        "AnonymiseDialog": lambda o: AnonymiseDialog([o.person.full_name], bool),
        "PersonDialog/known": lambda o: PersonDialog(o.clerk, o.person.id),
        "StatusDialog": lambda o: StatusDialog(o.clerk, o.person),
        "VisitDialog/mentor": lambda o: VisitDialog(o.mentor, o.person.id),
        "VisitDialog/keyed": lambda o: VisitDialog(o.clerk, o.person.id),
        "EvaluationDialog/mentor": lambda o: EvaluationDialog(o.mentor, o.person.id, 2570),
        "EvaluationDialog/keyed": lambda o: EvaluationDialog(o.clerk, o.person.id, 2570),
        "AssignMentorDialog": lambda o: AssignMentorDialog(o.clerk, [o.person.id]),
        "AwardDialog": lambda o: AwardDialog(o.clerk, o.person.id),
        "FirstRunDialog": lambda o: FirstRunDialog(AccountService(o.anonymous)),
        "SignInDialog/first": lambda o: SignInDialog(
            o.admin.accounts, settings=QSettings(str(o.settings_file), QSettings.Format.IniFormat)
        ),
    }
    for t in TRANSITIONS.values():
        builders[f"MoveDialog/{t.source.value}-{t.target.value}"] = _move(t, request=False)
        if t.approval is not None:
            builders[f"MoveDialog/request-{t.source.value}-{t.target.value}"] = _move(
                t, request=True
            )
    return builders


BUILDERS = _builders()


def test_every_dialog_is_covered():
    built = {name.split("/")[0] for name in BUILDERS}
    missing = {c.__name__ for c in dialog_classes()} - built - set(NOT_ENTRY_DIALOGS)
    assert not missing, f"dialogs without a focus test: {sorted(missing)}"


@pytest.fixture
def office(admin, anonymous, tmp_path):
    o = Office(admin, anonymous)
    o.settings_file = tmp_path / "sign-in.ini"
    return o


def press(widget: QWidget, key: Qt.Key, text: str = "") -> None:
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QCoreApplication.sendEvent(
            widget, QKeyEvent(kind, key, Qt.KeyboardModifier.NoModifier, text)
        )


def type_into_focus(qtbot, dialog: QDialog, text: str) -> QWidget:
    """Type as the keyboard would: each key goes to the window's focus widget."""
    for ch in text:
        target = dialog.focusWidget()
        key = Qt.Key.Key_Space if ch == " " else Qt.Key.Key_unknown
        press(target, key, ch)
    qtbot.wait(0)
    return dialog.focusWidget()


def typed_text(w: QWidget) -> str | None:
    if isinstance(w, QLineEdit):
        return w.text()
    if isinstance(w, (QPlainTextEdit, QTextEdit)):
        return w.toPlainText()
    if isinstance(w, QComboBox) and w.isEditable():
        return w.currentText()
    return None


INPUT_TYPES = (
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QComboBox,
    QAbstractSpinBox,
    QListWidget,
    QTableWidget,
)


@pytest.fixture
def opened(qtbot):
    """Opens a dialog as the window does; at the end what is still open is closed and deleted
    by Qt (as the window's dialogs are), not left to Python's collector at some later test."""
    shown: list[QDialog] = []

    def open_dialog(dialog: QDialog) -> QDialog:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        shown.append(dialog)
        dialog.open()
        qtbot.waitExposed(dialog)
        return dialog

    yield open_dialog
    for dialog in shown:
        if shiboken6.isValid(dialog):
            dialog.close()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_dialog_opens_in_its_first_field_and_a_space_never_saves(
    qtbot, office, unsaved_answers, opened, name
):
    dialog = opened(BUILDERS[name](office))
    focus = dialog.focusWidget()
    owner = focus.parentWidget() if isinstance(focus, QLineEdit) else None
    assert isinstance(focus, INPUT_TYPES) or (
        isinstance(focus, QAbstractButton) and focus.isCheckable()
    ), f"{name} opens on {type(focus).__name__} {focus.objectName()!r}"
    assert not (isinstance(focus, QAbstractButton) and not focus.isCheckable())
    assert not dialog.has_unsaved(), "nothing typed yet"

    after = type_into_focus(qtbot, dialog, "ทดสอบ ")
    if isinstance(after, QComboBox) or isinstance(owner, QComboBox):
        (owner if isinstance(owner, QComboBox) else after).hidePopup()
    assert dialog.isVisible() and dialog.result() != QDialog.DialogCode.Accepted
    text = typed_text(after)
    if text is not None:
        assert "ทดสอบ " in text, f"{name}: typed text went elsewhere ({text!r})"
        if dialog.ask_before_discarding:
            assert dialog.has_unsaved()
            press(after, Qt.Key.Key_Escape)
            assert unsaved_answers.asked == [dialog.windowTitle()]
            assert not dialog.isVisible()  # the answer was "discard"


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_an_untouched_dialog_closes_on_escape_without_asking(
    qtbot, office, unsaved_answers, opened, name
):
    dialog = opened(BUILDERS[name](office))
    press(dialog.focusWidget(), Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert unsaved_answers.asked == []


def test_tab_goes_through_the_fields_before_the_buttons(qtbot, office, opened):
    from ui.cases.move_dialog import MoveDialog

    referral = next(t for t in TRANSITIONS.values() if t.target == CaseStatus.REFERRED)
    dialog = opened(MoveDialog(office.clerk, office.case, referral, request=False))
    chain, w = [], dialog.focusWidget()
    while w is not dialog.ok_button:
        w = w.nextInFocusChain()
        chain.append(w)
    assert dialog.note in chain or dialog.note.viewport() in chain  # the note comes before OK


def test_enter_in_a_note_starts_a_new_line(qtbot, office, opened):
    from ui.cases.case_dialogs import NoteDialog

    dialog = opened(NoteDialog(office.clerk, office.case))
    assert dialog.focusWidget() is dialog.note
    type_into_focus(qtbot, dialog, "โทรแล้ว")
    press(dialog.note, Qt.Key.Key_Return, "\r")
    type_into_focus(qtbot, dialog, "นัดวันจันทร์")
    assert dialog.note.toPlainText() == "โทรแล้ว\nนัดวันจันทร์"
    assert dialog.isVisible()


def test_sign_in_starts_on_the_password_when_the_username_is_known(qtbot, office, opened):
    from ui.dialogs.sign_in import LAST_USERNAME_KEY, SignInDialog

    settings = QSettings(str(office.settings_file), QSettings.Format.IniFormat)
    settings.setValue(LAST_USERNAME_KEY, "clerk")
    dialog = opened(SignInDialog(office.admin.accounts, settings=settings))
    assert dialog.focusWidget() is dialog.password


def test_the_person_dialog_starts_in_a_field_not_on_the_tab_bar(qtbot, office, opened):
    from ui.registry.person_dialog import PersonDialog

    dialog = opened(PersonDialog(office.clerk, office.person.id))
    assert dialog.focusWidget() is dialog.form.kind
