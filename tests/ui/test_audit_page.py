"""The audit page in the window: filters, paging from the database, sorting by a header click,
a row's details with masked values, the export; and the access-history tabs of a person's
record and a case page, which only supervisors and the administrator see."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from factories import draft, valid_id
from openpyxl import load_workbook
from PySide6.QtCore import Qt
from services.case_builders import case_draft
from sqlalchemy import insert, select

from db.models import AuditEvent
from desktop.domain.audit_actions import AuditCategory
from desktop.services.desk import Desk
from desktop.services.people.mapping import to_draft
from ui.admin.audit_detail_dialog import AuditDetailDialog
from ui.admin.audit_page import PAGE_SIZE, AuditTrailPage
from ui.cases.case_page import CasePage
from ui.main_window import MainWindow
from ui.printing.print_actions import PrintActions
from ui.registry.person_dialog import PersonDialog
from ui.workers import SyncExecutor


@pytest.fixture
def somchai(clerk, supervisor):
    desk = Desk(clerk)
    person = desk.people.register(draft(1))
    person = desk.people.update(
        person.id, person.version, dataclasses.replace(to_draft(person), phone="0899991234")
    )
    Desk(supervisor).people.open(person.id)
    return person


def page_of(qtbot, ctx, tmp_path=None) -> AuditTrailPage:
    desk = Desk(ctx)
    actions = PrintActions(
        desk,
        None,
        choose_path=lambda _p, _t, name: str(tmp_path / name) if tmp_path else "",
        open_file=lambda _path: None,
        executor=SyncExecutor(),
    )
    page = AuditTrailPage(desk, print_actions=actions)
    qtbot.addWidget(page)
    actions.parent_widget = page
    return page


def shown(page: AuditTrailPage, column: int = 3) -> list[str]:
    m = page.model
    return [m.data(m.index(r, column)) for r in range(m.rowCount())]


def test_filters_by_person_user_and_kind(qtbot, supervisor, somchai):
    page = page_of(qtbot, supervisor)
    assert "นายสมชาย ใจดี" in shown(page)
    page.person.setText(valid_id(1))
    page.apply_filters()
    assert page.person_name.text() == "นายสมชาย ใจดี"
    assert set(shown(page)) == {"นายสมชาย ใจดี"}
    assert {r.action for r in page.model.rows} == {"create", "update", "view"}
    page.category.setCurrentIndex(page.category.findData(AuditCategory.VIEW.value))
    assert [r.username for r in page.model.rows] == ["supervisor"]
    page.user.setCurrentIndex(page.user.findData("clerk"))
    assert page.model.rowCount() == 0
    assert page.position.text() == "ไม่พบรายการตามเงื่อนไข"
    page.clear_filters()
    assert page.filter.person_id is None and page.model.rowCount() > 3
    page.person.setText("สมชาย ใจดี")  # or by name, when only one person has it
    page.apply_filters()
    assert page.person_name.text() == "นายสมชาย ใจดี" and page.problem.isHidden()


def test_a_wrong_id_or_case_number_is_named_and_shows_no_rows(qtbot, supervisor, somchai):
    page = page_of(qtbot, supervisor)
    page.person.setText(valid_id(7))
    page.apply_filters()
    assert not page.problem.isHidden()
    assert "บุคคล" in page.problem.text() and "ไม่พบ" in page.problem.text()
    assert page.model.rowCount() == 0
    page.person.clear()
    page.case.setText("ลป 2500/9999")
    page.apply_filters()
    assert "เรื่อง" in page.problem.text()
    page.case.clear()
    page.apply_filters()
    assert page.problem.isHidden() and page.model.rowCount() > 0


def test_pages_and_sorts_in_the_database(qtbot, supervisor):
    now = supervisor.now()
    with supervisor.unit_of_work() as s:
        s.execute(
            insert(AuditEvent),
            [
                dict(
                    at=now - dt.timedelta(minutes=i),
                    username=("clerk", "mentor", "admin")[i % 3],
                    action="print",
                    category="print",
                    entity="person",
                    entity_id=None,
                    details='{"document": "roster"}',
                )
                for i in range(PAGE_SIZE + 30)
            ],
        )
    page = page_of(qtbot, supervisor)
    page.category.setCurrentIndex(page.category.findData(AuditCategory.PRINT.value))
    assert page.model.rowCount() == PAGE_SIZE
    assert page.position.text().startswith(f"รายการที่ 1–{PAGE_SIZE} จาก {PAGE_SIZE + 30}")
    assert not page.previous_button.isEnabled() and page.next_button.isEnabled()
    first = page.model.rows[0].at
    qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.model.rowCount() == 30 and not page.next_button.isEnabled()
    assert page.model.rows[0].at < first
    page.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.AscendingOrder)
    page.table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    assert page.offset == 0
    names = [r.username for r in page.model.rows]
    assert names == sorted(names) and names[0] == "admin"


def test_a_row_opens_its_details_masked_for_a_supervisor(qtbot, supervisor, admin, somchai):
    page = page_of(qtbot, supervisor)
    row = next(i for i, r in enumerate(page.model.rows) if r.action == "update")
    page.open_row(page.model.index(row, 0))
    dialog = page.last_dialog
    qtbot.addWidget(dialog)
    assert isinstance(dialog, AuditDetailDialog)
    cells = [dialog.changes.item(0, c).text() for c in range(3)]
    assert cells == ["โทรศัพท์", "xxxxxxx678", "xxxxxxx234"]
    full = AuditDetailDialog(Desk(admin), dialog.detail.row.id)
    qtbot.addWidget(full)
    assert [full.changes.item(0, c).text() for c in (1, 2)] == ["0812345678", "0899991234"]


def test_the_filtered_trail_exports_to_excel_and_pdf_and_is_audited(
    qtbot, supervisor, somchai, tmp_path
):
    page = page_of(qtbot, supervisor, tmp_path)
    page.person.setText(valid_id(1))
    page.apply_filters()
    page.export(".xlsx")
    files = list(tmp_path.glob("*.xlsx"))
    assert len(files) == 1
    sheet = load_workbook(files[0]).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    text = "\n".join(str(v) for row in values for v in row if v is not None)
    assert "นายสมชาย ใจดี" in text and "บุคคล: นายสมชาย ใจดี" in text
    page.export(".pdf")
    assert len(list(tmp_path.glob("*.pdf"))) == 1
    with supervisor.unit_of_work() as s:
        exports = s.scalars(select(AuditEvent).where(AuditEvent.action == "export")).all()
    assert [e.username for e in exports] == ["supervisor", "supervisor"]
    assert all('"rows": 3' in e.details for e in exports)
    # the page showed its own export row (the trail changed) only without the person filter
    page.clear_filters()
    assert page.model.rows[0].action == "export"


def test_the_audit_page_is_for_supervisors_and_the_administrator(qtbot, clerk, supervisor):
    for ctx, has in ((clerk, False), (supervisor, True)):
        window = MainWindow(Desk(ctx))
        qtbot.addWidget(window)
        assert (window.audit_page is not None) is has


def test_a_persons_record_shows_its_access_history_to_supervisors(qtbot, clerk, supervisor):
    person = Desk(clerk).people.register(draft(3))
    theirs = PersonDialog(Desk(supervisor), person.id)
    qtbot.addWidget(theirs)
    tabs = [theirs.tabs.tabText(i) for i in range(theirs.tabs.count())]
    assert "ประวัติการเข้าถึง" in tabs
    history = theirs.access_history
    rows = history.model.rows
    # (the fixtures' clock is fixed for views; writes are stamped by the database's own)
    assert {(r.username, r.action) for r in rows} == {("supervisor", "view"), ("clerk", "create")}
    view = next(i for i, r in enumerate(rows) if r.action == "view")
    history._open(history.model.index(view, 0))
    qtbot.addWidget(history.last_dialog)
    assert history.last_dialog.detail.row.action == "view"
    mine = PersonDialog(Desk(clerk), person.id)
    qtbot.addWidget(mine)
    assert "ประวัติการเข้าถึง" not in [mine.tabs.tabText(i) for i in range(mine.tabs.count())]


def test_a_case_page_shows_its_access_history_to_supervisors(qtbot, clerk, supervisor):
    case = Desk(clerk).cases.intake(case_draft())
    page = CasePage(Desk(supervisor), case.id)
    qtbot.addWidget(page)
    rows = page.access_history.model.rows
    assert {(r.username, r.action) for r in rows} == {("supervisor", "view"), ("clerk", "create")}
    assert page.history_tabs.tabText(1) == "ประวัติการเข้าถึง"
    theirs = CasePage(Desk(clerk), case.id)
    qtbot.addWidget(theirs)
    assert theirs.access_history is None
