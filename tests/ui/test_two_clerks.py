"""Two clerks' windows on one SQLite file, each its own program (engine): what B saves reaches
A's views within a poll without losing A's place, and A saving over B's change gets the
conflict dialog — keep mine, keep theirs, or merge field by field."""

from __future__ import annotations

import datetime as dt
from dataclasses import replace

import pytest
from factories import draft, make_user
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QLabel, QPushButton
from thai_typing import type_text

from db.engine import Database
from desktop.demo.seed import seed_people
from desktop.domain.cases.categories import Channel, Need
from desktop.domain.cases.records import CaseDraft
from desktop.domain.conflicts import Pick
from desktop.domain.people import Role, format_phone
from desktop.services import audit
from desktop.services.context import ServiceContext
from desktop.services.desk import Desk
from desktop.services.people.mapping import to_draft
from desktop.services.people.service import PersonFilter
from ui.change_poller import ChangePoller
from ui.dialogs.conflict_dialog import ConflictDialog
from ui.main_window import MainWindow
from ui.registry.people_model import COL_PHONE
from ui.registry.person_dialog import PersonDialog
from ui.widgets.paged_model import ID_ROLE

pytestmark = pytest.mark.parametrize("database", ["sqlite"], indirect=True)
POLL_MS = 40


@pytest.fixture
def clerk_a(clerk) -> Desk:
    return Desk(clerk)


@pytest.fixture
def clerk_b(admin, database):
    """Clerk B at another PC: another program, its own engine on the same file."""
    user = make_user(admin, "clerk_b", Role.CLERK).user
    other = Database.open(database.url)
    yield Desk(ServiceContext(other, user, admin.clock))
    other.dispose()


def window_of(qtbot, desk: Desk) -> MainWindow:
    poller = ChangePoller(desk.changes.changes_since, interval_ms=POLL_MS)
    window = MainWindow(desk, change_poller=poller)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_b_saving_a_person_refreshes_as_registry_keeping_selection_and_scroll(
    qtbot, clerk_a, clerk_b
):
    seed_people(clerk_a.ctx, 260, "50")
    window = window_of(qtbot, clerk_a)
    page = window.registry
    table = page.table
    table.resize(table.width(), 300)
    model = page.model
    while model.rowCount() < 230 and model.canFetchMore():
        model.fetchMore()
    row = 220
    person_id = model.index(row, 0).data(ID_ROLE)
    index = model.index(row, 0)
    table.selectionModel().setCurrentIndex(
        index,
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    table.scrollTo(index)
    scrolled = table.verticalScrollBar().value()
    assert scrolled > 0

    theirs = clerk_b.people.get(person_id)
    clerk_b.people.update(person_id, theirs.version, replace(to_draft(theirs), phone="0899990000"))

    qtbot.waitUntil(
        lambda: model.row_at(row).id == person_id and model.row_at(row).phone == "0899990000",
        timeout=3000,
    )
    assert [
        model.index(i.row(), 0).data(ID_ROLE) for i in table.selectionModel().selectedRows()
    ] == [person_id]
    assert table.currentIndex().data(ID_ROLE) == person_id
    assert table.verticalScrollBar().value() == scrolled
    assert model.rowCount() >= 230  # the rows that were loaded are loaded again
    assert model.index(row, COL_PHONE).data() == format_phone("0899990000")


def test_the_poller_is_quiet_on_reads_and_pauses(qtbot, clerk_a, clerk_b):
    poller = ChangePoller(clerk_a.changes.changes_since, interval_ms=POLL_MS)
    poller.start()
    seen = []
    poller.changed.connect(seen.append)
    clerk_b.people.page(PersonFilter(), 0, 10)
    assert poller.poll() == frozenset() and seen == []
    poller.pause()
    assert not poller.running
    clerk_b.people.register(draft(900))
    qtbot.wait(POLL_MS * 3)
    assert seen == []  # nothing while paused
    with qtbot.waitSignal(poller.changed, timeout=1000) as got:
        poller.resume()
    assert got.args == [frozenset({"person"})]
    poller.pause()


@pytest.fixture
def both_editing(qtbot, clerk_a, clerk_b):
    """A opens a person and types a new first name and notes; B saves the phone and notes."""
    person = clerk_a.people.register(draft(1, notes="เดิม"))
    dialog = PersonDialog(clerk_a, person.id)
    qtbot.addWidget(dialog)
    dialog.show()
    theirs = clerk_b.people.get(person.id)
    clerk_b.people.update(
        person.id, theirs.version, replace(to_draft(theirs), phone="0899999999", notes="ของบี")
    )
    dialog.form.first_name.clear()
    type_text(qtbot, dialog.form.first_name, "สมศักดิ์")
    dialog.form.notes.clear()
    type_text(qtbot, dialog.form.notes, "ของเอ")
    dialog.save_button.click()
    conflict = dialog.conflict_dialog
    assert isinstance(conflict, ConflictDialog) and conflict.isVisible()
    return dialog, conflict, person.id


def test_the_conflict_dialog_shows_only_the_fields_that_differ(both_editing):
    dialog, conflict, _pid = both_editing
    assert set(conflict.groups) == {"first_name", "phone", "notes"}
    assert conflict.mine_buttons["first_name"].text() == "สมศักดิ์"
    assert conflict.theirs_buttons["phone"].text() == "089-999-9999"
    # Suggested: mine where A changed it, theirs where only B did.
    assert conflict.mine_buttons["first_name"].isChecked()
    assert conflict.theirs_buttons["phone"].isChecked()
    assert conflict.mine_buttons["notes"].isChecked()
    assert "ผู้ใช้ clerk_b" in conflict.findChild(QLabel, "conflictIntro").text()
    conflict.grab().save("/tmp/conflict_dialog.png")


@pytest.mark.parametrize(
    ("button", "expected"),
    [
        ("keepMineButton", ("สมศักดิ์", "0812345678", "ของเอ")),
        ("keepTheirsButton", ("สมชาย", "0899999999", "ของบี")),
        ("mergeButton", ("สมศักดิ์", "0899999999", "ของบี")),
    ],
)
def test_keep_mine_theirs_or_merge_saves_that_and_closes(
    qtbot, both_editing, clerk_a, button, expected
):
    dialog, conflict, pid = both_editing
    if button == "mergeButton":
        conflict.pick("notes", Pick.THEIRS)
    with qtbot.waitSignal(dialog.saved):
        qtbot.mouseClick(conflict.findChild(QPushButton, button), Qt.MouseButton.LeftButton)
    saved = clerk_a.people.get(pid)
    assert (saved.first_name, saved.phone, saved.notes) == expected
    assert not dialog.isVisible()
    with clerk_a.ctx.unit_of_work() as s:  # the audit rows of both saves exist
        rows = audit.entries_for(s, "person", pid)
    assert [(r.username, r.action) for r in rows if r.action != "view"] == [
        ("clerk", "create"),
        ("clerk_b", "update"),
        ("clerk", "update"),
    ]
    assert ("clerk", "view") in [(r.username, r.action) for r in rows]  # opening the record
    assert rows[-1].details["conflict"]["resolved_against_version"] == saved.version - (
        0 if button == "keepTheirsButton" else 1
    )


def test_an_open_case_page_reloads_but_leaves_an_open_dialog_alone(qtbot, clerk_a, clerk_b):
    from ui.cases.case_page import CasePage

    case = clerk_a.cases.intake(
        CaseDraft(
            received_on=dt.date(2026, 11, 22),
            channel=Channel.WALK_IN,
            person_name="บุญมี ขยันงาน",
            needs=(Need.JOB,),
            description="ถูกเลิกจ้าง ต้องการหางานใหม่ในอำเภอเมือง",
            reporter_note="มาติดต่อด้วยตนเอง",
            person_phone="0812223333",
            subdistrict_code="500101",
            village_no="5",
        )
    )
    poller = ChangePoller(clerk_a.changes.changes_since, interval_ms=POLL_MS)
    poller.start()
    page = CasePage(clerk_a, case.id)
    qtbot.addWidget(page)
    page.show()
    events = len(page.detail.events)

    clerk_b.cases.add_note(case.id, "โทรติดตามแล้ว")
    poller.poll()
    assert len(page.detail.events) == events + 1  # nobody editing: reloaded at once

    dialog = page.add_note()
    type_text(qtbot, dialog.note, "กำลังพิมพ์")
    clerk_b.cases.add_note(case.id, "ผู้ร้องโทรมาอีกครั้ง")
    poller.poll()
    assert len(page.detail.events) == events + 1  # the dialog is left alone, and the page
    assert dialog.isVisible() and dialog.note.toPlainText() == "กำลังพิมพ์"
    assert dialog.detail.version == page.detail.version
    dialog.reject()
    assert len(page.detail.events) == events + 2  # reloads once it closes
    poller.pause()
