"""The case queue in the main window: saved views with live counts, filters, a scanned slip,
bulk assignment, printing and export of the current view, and the volunteer's reported needs."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from services.case_builders import bring_to, case_draft
from thai_typing import type_text

from desktop.domain.cases.categories import Need
from desktop.domain.cases.records import QueueView
from desktop.domain.cases.workflow import CaseStatus
from desktop.services.desk import Desk
from ui.cases.case_page import CasePage
from ui.cases.case_print_actions import CasePrintActions
from ui.main_window import MainWindow
from ui.workers import SyncExecutor


@pytest.fixture
def staff(clerk, supervisor):
    """Five cases: two to screen, one referred, one awaiting approval, one closed."""
    desk = Desk(supervisor)
    cases = desk.cases
    a = cases.intake(case_draft(person_name="สมศรี มีงาน"))
    b = cases.intake(
        case_draft(person_name="บุญมา ฝึกฝน", needs=(Need.TRAINING,), subdistrict_code="500102")
    )
    c = bring_to(cases, cases.intake(case_draft(person_name="ประยูร ส่งต่อ")), CaseStatus.REFERRED)
    d = bring_to(cases, cases.intake(case_draft(person_name="วิไล รออนุมัติ")), CaseStatus.SCREENING)
    cases.request_approval(d.id, d.version, CaseStatus.REJECTED, "ไม่ใช่เรื่องด้านแรงงาน")
    e = bring_to(cases, cases.intake(case_draft(person_name="ชูใจ ปิดแล้ว")), CaseStatus.CLOSED)
    return {"clerk": Desk(clerk), "supervisor": desk, "ids": [a.id, b.id, c.id, d.id, e.id]}


def window_for(qtbot, desk: Desk, tmp_path, opened: list[str]) -> MainWindow:
    actions_kwargs = dict(
        choose_path=lambda _parent, _title, suggested: str(tmp_path / suggested.split("/")[-1]),
        open_file=opened.append,
        executor=SyncExecutor(),
    )
    window = MainWindow(desk, case_print_actions=CasePrintActions(desk, None, **actions_kwargs))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def nav_text(window: MainWindow, view: QueueView) -> str:
    return window.nav.view_item(view).text()


def test_views_show_live_counts_and_approvals_only_for_supervisors(qtbot, staff, tmp_path):
    sup = window_for(qtbot, staff["supervisor"], tmp_path, [])
    assert nav_text(sup, QueueView.ALL_OPEN).endswith("(4)")
    assert nav_text(sup, QueueView.TO_SCREEN).endswith("(3)")
    assert nav_text(sup, QueueView.AWAITING_APPROVAL).endswith("(1)")
    assert nav_text(sup, QueueView.ALL).endswith("(5)")

    clerk = window_for(qtbot, staff["clerk"], tmp_path, [])
    assert clerk.nav.view_item(QueueView.AWAITING_APPROVAL) is None
    # A change anywhere (here: a new case) updates the counts without reopening anything.
    staff["clerk"].cases.intake(case_draft(person_name="มาใหม่ ล่าสุด"))
    from ui.operations import bus

    bus().dataChanged.emit("case")
    assert nav_text(clerk, QueueView.ALL_OPEN).endswith("(5)")


def test_choosing_a_view_shows_its_cases(qtbot, staff, tmp_path):
    window = window_for(qtbot, staff["supervisor"], tmp_path, [])
    window.show_queue(QueueView.AWAITING_APPROVAL)
    queue = window.cases.queue
    assert window.pages.currentWidget() is queue
    assert queue.title.text() == QueueView.AWAITING_APPROVAL.label
    assert [queue.model.row_at(i).person_name for i in range(queue.model.rowCount())] == [
        "วิไล รออนุมัติ"
    ]
    window.show_queue(QueueView.WAITING_AGENCY)
    assert queue.model.total == 1 and queue.model.row_at(0).status == CaseStatus.REFERRED


def test_search_narrows_and_a_scanned_case_number_opens_the_case(qtbot, staff, tmp_path):
    window = window_for(qtbot, staff["clerk"], tmp_path, [])
    window.show_queue(QueueView.ALL)
    queue = window.cases.queue
    type_text(qtbot, queue.filters.search, "บุญมา")
    qtbot.waitUntil(lambda: queue.model.total == 1)
    queue.filters.search.clear()
    queue.apply_filter()
    closed = staff["clerk"].cases.get(staff["ids"][4])
    # A USB scanner types the QR's text and presses Enter.
    type_text(qtbot, queue.filters.search, closed.case_no)
    qtbot.keyClick(queue.filters.search, Qt.Key.Key_Return)
    page = window.cases.pages[closed.id]
    assert isinstance(page, CasePage) and page.isVisible()
    assert page.header.case_no.text() == closed.case_no
    # Scanning it again brings the same page forward rather than a second one.
    assert window.cases.open_case(closed.id) is page


def test_bulk_assign_the_selection(qtbot, staff, tmp_path):
    window = window_for(qtbot, staff["supervisor"], tmp_path, [])
    window.show_queue(QueueView.TO_SCREEN)
    queue = window.cases.queue
    queue.table.selectAll()
    assert queue.selection_label.text().strip() == "เลือก 3 เรื่อง"
    qtbot.mouseClick(queue.assign_button, Qt.MouseButton.LeftButton)
    dialog = window.cases.assign_dialog
    assert dialog is not None and dialog.isVisible()
    clerk_id = staff["clerk"].user.id
    dialog.choose(clerk_id)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.assigned == 3 and not dialog.isVisible()
    mine = staff["clerk"].cases
    assert mine.count(mine.filter_for(QueueView.MINE)) == 3
    assert nav_text(window, QueueView.MINE).endswith("(0)")  # the supervisor's own list


def test_bulk_assign_offers_supervisors_and_admins(qtbot, staff, tmp_path, mentor):
    """The dialog lists whom the service accepts: clerks, supervisors and admins, not mentors."""
    window = window_for(qtbot, staff["clerk"], tmp_path, [])
    window.show_queue(QueueView.TO_SCREEN)
    queue = window.cases.queue
    queue.table.selectAll()
    qtbot.mouseClick(queue.assign_button, Qt.MouseButton.LeftButton)
    dialog = window.cases.assign_dialog
    names = [dialog.user.itemText(i) for i in range(1, dialog.user.count())]
    assert "ผู้ใช้ supervisor" in names and "ผู้ใช้ clerk" in names and "ผู้ดูแล ระบบ" in names
    assert "ผู้ใช้ mentor" not in names
    dialog.choose(staff["supervisor"].user.id)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.assigned == 3
    boss = staff["supervisor"].cases
    assert boss.count(boss.filter_for(QueueView.MINE)) == 3


def test_print_slips_queue_list_and_export(qtbot, staff, tmp_path):
    opened: list[str] = []
    window = window_for(qtbot, staff["clerk"], tmp_path, opened)
    window.show_queue(QueueView.ALL_OPEN)
    queue = window.cases.queue
    queue.table.selectRow(0)
    qtbot.mouseClick(queue.slips_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(queue.list_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(queue.export_button, Qt.MouseButton.LeftButton)
    names = [p.rsplit("/", 1)[-1] for p in opened]
    assert names[0].startswith("แบบส่งต่อ ") and names[0].endswith(".pdf")
    assert names[1:] == [f"{QueueView.ALL_OPEN.label}.pdf", f"{QueueView.ALL_OPEN.label}.xlsx"]
    for path in opened:
        assert (tmp_path / path.rsplit("/", 1)[-1]).stat().st_size > 1000
    # The slip print is in that case's timeline.
    printed = staff["clerk"].cases.get(queue.model.row_at(0).id)
    assert any(e.kind == "print" for e in printed.events)


def test_volunteers_page_lists_reported_needs(qtbot, staff, tmp_path):
    from factories import draft

    from desktop.domain.cases.categories import Channel, Outcome

    desk = staff["clerk"]
    person = desk.people.register(draft(77))
    cases = staff["supervisor"].cases
    for name in ("คนแรก ที่แจ้ง", "คนที่สอง ที่แจ้ง"):
        case = cases.intake(
            case_draft(
                person_name=name, channel=Channel.VOLUNTEER, reporter_id=person.id, reporter_note=""
            )
        )
    bring_to(cases, case, CaseStatus.RESOLVED)

    window = window_for(qtbot, desk, tmp_path, [])
    dialog = window.open_person(person.id)
    qtbot.addWidget(dialog)
    reported = dialog.reported
    assert dialog.tabs.tabText(dialog.tabs.count() - 1) == "เรื่องที่แจ้ง (2)"
    texts = [
        [reported.model.index(r, c).data() for c in range(reported.model.columnCount())]
        for r in range(reported.model.rowCount())
    ]
    by_name = {row[2]: row for row in texts}
    assert by_name["คนที่สอง ที่แจ้ง"][4] == CaseStatus.RESOLVED.label
    assert by_name["คนที่สอง ที่แจ้ง"][5].startswith(Outcome.PLACED.label)
    assert "ปีงบประมาณ 2570: 2 เรื่อง" in reported.summary.text()

    qtbot.mouseClick(reported.queue_button, Qt.MouseButton.LeftButton)
    queue = window.cases.queue
    assert window.pages.currentWidget() is queue
    assert sorted(queue.model.row_at(i).person_name for i in range(queue.model.total)) == [
        "คนที่สอง ที่แจ้ง",
        "คนแรก ที่แจ้ง",
    ]
    reported.table.doubleClicked.emit(reported.model.index(0, 0))
    assert len(window.cases.pages) == 1


def test_a_supervisor_starts_on_the_dashboard_one_click_from_approvals(qtbot, staff, tmp_path):
    window = window_for(qtbot, staff["supervisor"], tmp_path, [])
    assert window.pages.currentWidget() is window.dashboard
    waiting = window.dashboard.tiles["awaiting_approval"]
    assert waiting.value.text() == "1"
    qtbot.mouseClick(waiting, Qt.MouseButton.LeftButton)
    assert window.pages.currentWidget() is window.cases.queue
    assert window.cases.queue.view == QueueView.AWAITING_APPROVAL
    assert window.cases.queue.model.total == 1
    assert window.nav.currentItem() is window.nav.view_item(QueueView.AWAITING_APPROVAL)


def test_red_means_overdue_and_urgency_has_its_own_mark_in_every_view(qtbot, supervisor):
    import datetime as dt

    from PySide6.QtGui import QColor

    from desktop.domain.cases.categories import Urgency
    from desktop.domain.cases.service_levels import Health
    from ui.cases.queue_model import COL_CASE_NO, COL_DUE, HEALTH_COLOURS

    desk = Desk(supervisor)
    today = desk.ctx.today()
    cases = desk.cases
    cases.intake(case_draft(person_name="ด่วนมาก ใหม่", urgency=Urgency.CRITICAL))
    cases.intake(case_draft(person_name="ค้างนาน ปกติ", received_on=today - dt.timedelta(days=60)))
    cases.intake(
        case_draft(
            person_name="ด่วน ค้างนาน",
            urgency=Urgency.URGENT,
            received_on=today - dt.timedelta(days=60),
        )
    )
    window = MainWindow(desk)
    qtbot.addWidget(window)
    queue = window.cases.queue
    red = HEALTH_COLOURS[Health.OVERDUE]
    seen = set()
    for view in window.cases.views():
        queue.set_view(view)
        model = queue.model
        for r in range(model.rowCount()):
            row = model.row_at(r)
            for c in range(model.columnCount()):
                index = model.index(r, c)
                for role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole):
                    colour = index.data(role)
                    if isinstance(colour, QColor) and colour == red:
                        assert c == COL_DUE and row.health == Health.OVERDUE, (view, row)
                    if role == Qt.ItemDataRole.ForegroundRole:
                        assert colour is None  # no red (or other) text for urgency
            case_no = model.index(r, COL_CASE_NO)
            badge = case_no.data(Qt.ItemDataRole.DecorationRole)
            if row.urgency == Urgency.NORMAL:
                assert badge is None
            else:
                assert badge is not None and not badge.isNull()
                assert row.urgency.label in case_no.data(Qt.ItemDataRole.ToolTipRole)
                seen.add((view, row.urgency))
            if row.health == Health.OVERDUE:
                assert model.index(r, COL_DUE).data(Qt.ItemDataRole.BackgroundRole) == red
    assert {u for _v, u in seen} == {Urgency.URGENT, Urgency.CRITICAL}
    assert QueueView.ALL in {v for v, _u in seen} and QueueView.ALL_OPEN in {v for v, _u in seen}


def test_a_normal_case_has_no_badge_and_each_urgency_its_own():
    from desktop.domain.cases.categories import Urgency
    from ui.cases.queue_model import urgency_badge, urgency_data

    assert urgency_badge(Urgency.NORMAL) is None
    assert urgency_data(Urgency.NORMAL, Qt.ItemDataRole.DecorationRole, str) is None
    assert urgency_badge(Urgency.URGENT) is not urgency_badge(Urgency.CRITICAL)
