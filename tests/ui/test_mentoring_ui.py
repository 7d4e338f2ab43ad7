"""Mentoring in the window: a mentor records a visit and an evaluation, a clerk keys in a paper
visit and assigns mentors from the registry, the admin edits the template, printing works."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import draft, make_user
from PySide6.QtCore import Qt
from thai_typing import type_text

from desktop.domain.mentoring.visits import FollowUpDraft, VisitDraft, VisitMode
from desktop.domain.people import Role
from desktop.services.desk import Desk
from ui.main_window import MainWindow
from ui.mentoring.evaluation_dialog import NO_SCORE, EvaluationDialog
from ui.mentoring.print_actions import MentoringPrintActions
from ui.mentoring.visit_dialog import VisitDialog
from ui.workers import SyncExecutor

TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def office(admin, clerk, mentor):
    other = make_user(admin, "mentor2", Role.MENTOR)
    people = [
        Desk(clerk).people.register(draft(i, first_name=n)).id
        for i, n in enumerate(("ปั้นหยา", "ตั้งใจ", "น้ำใจ"), start=1)
    ]
    Desk(clerk).assignments.assign(people[:2], Desk(mentor).user.id, dt.date(2026, 6, 1))
    return {
        "admin": Desk(admin),
        "clerk": Desk(clerk),
        "mentor": Desk(mentor),
        "mentor2": Desk(other),
        "people": people,
    }


def window_for(qtbot, desk: Desk, tmp_path=None, opened=None) -> MainWindow:
    kwargs = {}
    if tmp_path is not None:
        kwargs["mentoring_print_actions"] = MentoringPrintActions(
            desk,
            None,
            choose_path=lambda _p, _t, suggested: str(tmp_path / suggested.split("/")[-1]),
            open_file=opened.append,
            executor=SyncExecutor(),
        )
    window = MainWindow(desk, **kwargs)
    qtbot.addWidget(window)
    window.show()
    return window


def click(qtbot, button) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_mentor_sees_own_people_and_records_a_visit(qtbot, office):
    window = window_for(qtbot, office["mentor"])
    page = window.mentoring.page
    assert page.people_model.rowCount() == 2  # their two, not the third person
    assert all(p.due_for_visit for p in page.people_model.rows)  # never visited
    page.table.selectRow(0)
    click(qtbot, page.visit_button)
    dialog = page.dialog
    assert isinstance(dialog, VisitDialog) and dialog.isVisible()
    assert not dialog.keying_in  # a mentor records their own
    type_text(qtbot, dialog.place, "ศาลาประชาคมหมู่ 4")
    dialog.topics.item(0).setCheckState(Qt.CheckState.Checked)
    type_text(qtbot, dialog.problems, "ชาวบ้านยังไม่รู้จักมาตรา 40")
    action, due, _done = dialog.follow_ups.rows[0][:3]
    type_text(qtbot, action, "ส่งแบบฟอร์มสมัคร")
    due.setDate(TODAY + dt.timedelta(days=7))
    click(qtbot, dialog.ok_button)
    assert not dialog.isVisible()
    person_id = page.people_model.rows[0].person_id
    (visit,) = office["mentor"].visits.for_person(person_id)
    assert visit.place == "ศาลาประชาคมหมู่ 4" and visit.mentor_name == "ผู้ใช้ mentor"
    assert visit.problems == "ชาวบ้านยังไม่รู้จักมาตรา 40" and len(visit.topics) == 1
    assert [f.action for f in page.follow_up_model.rows] == ["ส่งแบบฟอร์มสมัคร"]
    refreshed = {p.person_id: p for p in page.people_model.rows}
    assert not refreshed[person_id].due_for_visit  # the list refreshed after saving


def test_a_future_date_is_refused_next_to_the_field_and_nothing_saved(qtbot, office):
    person = office["people"][0]
    dialog = VisitDialog(office["mentor"], person)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.next_visit_on.setDate(TODAY - dt.timedelta(days=3))
    assert dialog.submit() is None
    assert "หลังวันที่เยี่ยม" in dialog.errors["next_visit_on"].text()
    assert office["mentor"].visits.for_person(person) == []


def test_clerk_keys_in_a_paper_visit_for_a_mentor(qtbot, office):
    person = office["people"][0]
    dialog = VisitDialog(office["clerk"], person)
    qtbot.addWidget(dialog)
    dialog.show()
    assert (
        dialog.keying_in and dialog.mentor.currentData() == office["mentor"].user.id
    )  # the person's mentor
    dialog.mentor.setCurrentIndex(0)
    assert dialog.submit() is None and "พี่เลี้ยง" in dialog.errors["mentor_id"].text()
    dialog.mentor.setCurrentIndex(dialog.mentor.findData(office["mentor2"].user.id))
    saved = dialog.submit()
    assert saved.mentor_name == "ผู้ใช้ mentor2" and saved.entered_by == "ผู้ใช้ clerk"


def test_evaluation_dialog_totals_as_you_score(qtbot, office):
    person = office["people"][0]
    dialog = EvaluationDialog(office["mentor"], person, 2570)
    qtbot.addWidget(dialog)
    dialog.show()
    assert "0 จาก 6" in dialog.total.text()
    for spin in dialog.spins:
        spin.setValue(spin.maximum())
    assert dialog.total.text() == "คะแนนรวม 100.00 จาก 100 · ระดับ ดีเด่น"
    dialog.spins[0].setValue(NO_SCORE)
    assert dialog.submit() is None
    assert dialog.errors["score_0"].text() == "กรุณาให้คะแนนข้อ 1"
    assert office["mentor"].evaluations.of(person, 2570) is None
    dialog.spins[0].setValue(5)
    type_text(qtbot, dialog.strengths, "ชี้เป้าได้ครบ")
    saved = dialog.submit()
    assert saved.total == 87.5 and saved.grade == "ดี"  # 5 of 10 on the 25-weight criterion
    reopened = EvaluationDialog(office["mentor"], person, 2570)
    qtbot.addWidget(reopened)
    assert [s.value() for s in reopened.spins][
        0
    ] == 5 and reopened.strengths.toPlainText() == "ชี้เป้าได้ครบ"


def test_clerk_keys_in_a_paper_evaluation_signed_by_the_mentor(qtbot, office):
    person = office["people"][0]
    dialog = EvaluationDialog(office["clerk"], person, 2570)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.keying_in and dialog.evaluator.currentData() == office["mentor"].user.id
    for spin in dialog.spins:
        spin.setValue(spin.maximum())
    dialog.evaluator.setCurrentIndex(0)
    assert dialog.submit() is None and "พี่เลี้ยง" in dialog.errors["evaluator_id"].text()
    assert office["clerk"].evaluations.of(person, 2570) is None
    dialog.evaluator.setCurrentIndex(dialog.evaluator.findData(office["mentor2"].user.id))
    saved = dialog.submit()
    assert saved.evaluator == "ผู้ใช้ mentor2" and saved.entered_by == "ผู้ใช้ clerk"
    reopened = EvaluationDialog(office["clerk"], person, 2570)
    qtbot.addWidget(reopened)
    assert reopened.evaluator.currentData() == office["mentor2"].user.id
    assert "บันทึกแทนโดย ผู้ใช้ clerk" in reopened.keyed_note.text()
    mentors_own = EvaluationDialog(office["mentor"], office["people"][1], 2570)
    qtbot.addWidget(mentors_own)
    assert not mentors_own.keying_in and mentors_own.evaluator.count() == 0


def test_assign_mentor_from_the_registry_selection(qtbot, office):
    window = window_for(qtbot, office["clerk"])
    registry = window.registry
    registry.table.selectAll()
    click(qtbot, registry.mentor_button)
    dialog = window.mentoring.assign_dialog
    assert dialog is not None and dialog.isVisible()
    dialog.choose(office["mentor2"].user.id)
    click(qtbot, dialog.ok_button)
    assert dialog.changed == 3
    assert {
        p.person_id for p in office["clerk"].workspace.people(office["mentor2"].user.id)
    } == set(office["people"])


def test_admin_edits_a_used_template_into_a_new_version(qtbot, office):
    n = len(office["mentor"].evaluations.template_for(2570).criteria)
    from desktop.domain.mentoring.evaluation import EvaluationDraft

    office["mentor"].evaluations.evaluate(
        EvaluationDraft(office["people"][0], 2570, TODAY, (8,) * n)
    )
    window = window_for(qtbot, office["admin"])
    setup = window.mentoring.setup_page
    assert setup.year.value() == 2570 and "ฉบับใหม่" in setup.version.text()
    setup.criteria.item(0, 0).setText("หัวข้อที่แก้ไขแล้ว")
    setup.criteria.item(1, 1).setText("abc")
    assert setup.save_template() is None and "ตัวเลข" in setup.message.text()
    setup.criteria.item(1, 1).setText("20")
    saved = setup.save_template()
    assert saved.version == 2 and saved.criteria[0].text == "หัวข้อที่แก้ไขแล้ว"
    old = office["mentor"].evaluations.of(office["people"][0], 2570)
    assert old.template.version == 1 and old.template.criteria[0].text != "หัวข้อที่แก้ไขแล้ว"
    setup.new_topic.setText("แนะนำบริการจัดหางาน")
    setup.add_topic()
    assert "แนะนำบริการจัดหางาน" in [t.text for t in office["mentor"].visits.topics()]


def test_person_tab_shows_the_timeline_and_prints(qtbot, office, tmp_path):
    opened: list[str] = []
    desk = office["mentor"]
    person = office["people"][0]
    visit = desk.visits.record(VisitDraft(person, TODAY, VisitMode.PHONE, place="โทรศัพท์"))
    window = window_for(qtbot, desk, tmp_path, opened)
    dialog = window.open_person(person)
    qtbot.addWidget(dialog)
    tab = dialog.mentoring
    assert tab.mentor.text().startswith("พี่เลี้ยง: ผู้ใช้ mentor")
    assert [t.kind for t in tab.model.rows] == ["visit", "mentor", "status"]
    tab.table.selectRow(0)
    click(qtbot, tab.print_visit_button)
    click(qtbot, tab.sheet_button)
    page = window.mentoring.page
    click(qtbot, page.sheets_button)
    click(qtbot, page.forms_button)
    window.mentoring.print_actions.summary(2570, excel=True)
    names = [p.rsplit("/", 1)[-1] for p in opened]
    assert names[0].startswith("บันทึกการเยี่ยม") and names[1].startswith("แบบประเมิน 2570")
    assert names[2] == "แบบประเมิน 2570 (2 คน).pdf" and names[3] == "แบบบันทึกการเยี่ยม (2 คน).pdf"
    assert names[4] == "สรุปผลการประเมิน 2570.xlsx"
    assert all((tmp_path / n).stat().st_size > 1000 for n in names)
    assert visit.id == tab.model.rows[0].ref_id


def test_clerk_filters_the_workspace_by_district_and_due(qtbot, office):
    window = window_for(qtbot, office["clerk"])
    page = window.mentoring.page
    assert page.mentor.currentData() is None and page.people_model.rowCount() == 3  # everyone
    page.district.setCurrentIndex(page.district.findData("5001"))
    assert page.people_model.rowCount() == 3  # the fixtures all live in เมืองเชียงใหม่
    office["mentor"].visits.record(VisitDraft(office["people"][0], TODAY, VisitMode.FIELD))
    page.show_only.setCurrentIndex(page.show_only.findData("due"))
    assert {p.person_id for p in page.people_model.rows} == set(office["people"][1:])


def test_a_mentor_starts_on_the_workspace_and_a_clerk_on_the_registry(qtbot, office):
    mentor = window_for(qtbot, office["mentor"])
    assert mentor.pages.currentWidget() is mentor.mentoring.page
    clerk = window_for(qtbot, office["clerk"])
    assert clerk.pages.currentWidget() is clerk.registry


def test_a_hidden_view_reloads_when_shown_not_before(qtbot, office):
    from ui.mentoring.workspace_page import MentoringPage
    from ui.operations import bus

    page = MentoringPage(office["mentor"])
    qtbot.addWidget(page)
    page.show()
    page.hide()
    office["mentor"].visits.record(
        VisitDraft(
            office["people"][0], TODAY, VisitMode.FIELD, follow_ups=(FollowUpDraft("โทรติดตาม"),)
        )
    )
    bus().dataChanged.emit("visit")
    assert page.follow_up_model.rowCount() == 0  # hidden: nothing queried yet
    page.show()
    assert [f.action for f in page.follow_up_model.rows] == ["โทรติดตาม"]


def test_admin_sets_the_visit_rule_and_the_workspace_follows(qtbot, office):
    office["mentor"].visits.record(
        VisitDraft(office["people"][0], TODAY - dt.timedelta(days=40), VisitMode.FIELD)
    )
    window = window_for(qtbot, office["admin"])
    page = window.mentoring.page
    window.pages.setCurrentWidget(page)
    page.mentor.setCurrentIndex(page.mentor.findData(office["mentor"].user.id))
    page.show_only.setCurrentIndex(page.show_only.findData("due"))
    assert page.visit_rule.text() == "ถึงกำหนดเยี่ยมเมื่อไม่ได้เยี่ยมเกิน 90 วัน"
    assert [p.person_id for p in page.people_model.rows] == [office["people"][1]]  # never visited
    setup = window.mentoring.setup_page
    assert setup.every_days.value() == 90
    setup.every_days.setValue(30)
    click(qtbot, setup.save_rule_button)
    assert office["mentor"].workspace.visit_every_days() == 30
    assert page.visit_rule.text() == "ถึงกำหนดเยี่ยมเมื่อไม่ได้เยี่ยมเกิน 30 วัน"  # reloaded on the change
    assert {p.person_id for p in page.people_model.rows} == set(office["people"][:2])


def test_the_visit_rule_editor_is_the_admins(qtbot, office):
    from ui.mentoring.setup_page import MentoringSetupPage

    page = MentoringSetupPage(office["clerk"])
    qtbot.addWidget(page)
    page.every_days.setValue(14)
    assert page.save_visit_rule() is None
    assert office["clerk"].workspace.visit_every_days() == 90


def test_a_clerk_edits_the_visit_of_a_mentor_who_has_left(qtbot, office):
    person = office["people"][0]
    visit = office["mentor2"].visits.record(VisitDraft(person, TODAY, VisitMode.PHONE, place="โทร"))
    office["admin"].accounts.set_active("mentor2", False)
    dialog = VisitDialog(office["clerk"], person, visit.id)
    qtbot.addWidget(dialog)
    assert dialog.mentor.currentData() == office["mentor2"].user.id
    dialog.place.setText("โทรศัพท์")
    saved = dialog.submit()
    assert saved.place == "โทรศัพท์" and saved.mentor_name == "ผู้ใช้ mentor2"


def test_a_mentor_saving_over_the_clerks_rescoring_picks_per_criterion(qtbot, office):
    from dataclasses import replace

    from PySide6.QtWidgets import QPushButton

    from desktop.domain.mentoring.evaluation import EvaluationDraft
    from desktop.services.mentoring.evaluation_conflicts import draft_of

    mentor, clerk, person = office["mentor"], office["clerk"], office["people"][0]
    n = len(mentor.evaluations.template_for(2570).criteria)
    e = mentor.evaluations.evaluate(EvaluationDraft(person, 2570, TODAY, (3,) * n))
    dialog = EvaluationDialog(mentor, person, 2570)
    qtbot.addWidget(dialog)
    dialog.show()
    clerk.evaluations.update(e.id, e.version, replace(draft_of(e), scores=(3, 1, *(3,) * (n - 2))))
    dialog.spins[0].setValue(4)
    assert dialog.submit() is None  # not saved yet: the two versions are shown
    conflict = dialog.conflict_dialog
    assert conflict is not None and conflict.isVisible()
    assert set(conflict.groups) == {"scores.0", "scores.1"}
    assert conflict.mine_buttons["scores.0"].isChecked()  # the mentor's own change
    assert conflict.theirs_buttons["scores.1"].isChecked()  # the clerk's
    with qtbot.waitSignal(dialog.saved):
        click(qtbot, conflict.findChild(QPushButton, "mergeButton"))
    assert mentor.evaluations.get(e.id).scores[:3] == (4, 1, 3)


def test_another_users_visit_refreshes_the_workspace_keeping_the_selected_person(qtbot, office):
    from PySide6.QtCore import QItemSelectionModel

    from ui.change_poller import ChangePoller
    from ui.mentoring.workspace_page import ROW_ID, MentoringPage

    page = MentoringPage(office["clerk"])
    qtbot.addWidget(page)
    page.show()
    poller = ChangePoller(office["clerk"].changes.changes_since)
    poller.start()
    chosen = office["people"][1]
    row = next(r for r, p in enumerate(page.people_model.rows) if p.person_id == chosen)
    page.table.selectionModel().setCurrentIndex(
        page.people_model.index(row, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    office["mentor"].visits.record(VisitDraft(chosen, TODAY, VisitMode.FIELD))
    assert poller.poll() == {"mentoring"}
    refreshed = next(p for p in page.people_model.rows if p.person_id == chosen)
    assert refreshed.last_visit == TODAY  # the mentor's visit shows here
    assert page.selected_ids() == [chosen] and page.table.currentIndex().data(ROW_ID) == chosen
    poller.pause()
