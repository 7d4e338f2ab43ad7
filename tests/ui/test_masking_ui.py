"""What the windows show of IDs and phones by role: the registry list, the case queue's rows
and a case's page, and the person dialog — masked for a mentor (but the phones of their own
people), whole for a clerk, who also edits the whole ID."""

from __future__ import annotations

import datetime as dt

import pytest
from factories import draft
from PySide6.QtWidgets import QLabel, QLineEdit, QPlainTextEdit, QTextEdit
from services.case_builders import case_draft

from desktop.domain.national_id import format_id, mask_id
from desktop.services.desk import Desk
from ui.cases.case_page import CasePage
from ui.cases.queue_page import CaseQueuePage
from ui.registry.people_model import COL_ID, COL_PHONE
from ui.registry.person_dialog import PersonDialog
from ui.registry.registry_page import RegistryPage

CASE_ID = "3100600111222"


@pytest.fixture
def office(clerk, mentor):
    desk = Desk(clerk)
    own = desk.people.register(draft(601, first_name="ของฉัน", phone="0811110001"))
    other = desk.people.register(draft(602, first_name="คนอื่น", phone="0822220002"))
    desk.assignments.assign([own.id], Desk(mentor).user.id, dt.date(2026, 10, 1))
    case = desk.cases.intake(
        case_draft(reporter_id=own.id, person_national_id=CASE_ID, person_phone="0899998888")
    )
    return {"own": own, "other": other, "case": case}


def shown(page: RegistryPage) -> dict[str, tuple[str, str]]:
    model = page.model
    out = {}
    for i in range(model.rowCount()):
        row = model.row_at(i)
        out[row.first_name] = (
            model.index(i, COL_ID).data(),
            model.index(i, COL_PHONE).data(),
        )
    return out


def test_the_registry_list_masks_for_a_mentor_and_not_for_a_clerk(qtbot, office, mentor, clerk):
    own, other = office["own"], office["other"]
    page = RegistryPage(Desk(mentor))
    qtbot.addWidget(page)
    seen = shown(page)
    assert seen["คนอื่น"] == (mask_id(other.national_id), "xxx-xxx-0002")
    assert seen["ของฉัน"] == (mask_id(own.national_id), "081-111-0001")

    page = RegistryPage(Desk(clerk))
    qtbot.addWidget(page)
    assert shown(page)["คนอื่น"] == (format_id(other.national_id), "082-222-0002")


def test_the_case_queue_and_page_mask_for_a_mentor(qtbot, office, mentor, clerk):
    queue = CaseQueuePage(Desk(mentor))
    qtbot.addWidget(queue)
    [row] = [queue.model.row_at(i) for i in range(queue.model.rowCount())]
    assert row.person_national_id == mask_id(CASE_ID) and row.person_phone == "xxx-xxx-8888"
    page = CasePage(Desk(mentor), office["case"].id)
    qtbot.addWidget(page)
    values = page.details.values
    assert values["national_id"].text() == mask_id(CASE_ID)
    assert values["person_phone"].text() == "xxx-xxx-8888"
    assert "081-111-0001" in values["reporter"].text()  # the reporter is the mentor's own

    queue = CaseQueuePage(Desk(clerk))
    qtbot.addWidget(queue)
    assert queue.model.row_at(0).person_phone == "0899998888"
    page = CasePage(Desk(clerk), office["case"].id)
    qtbot.addWidget(page)
    assert page.details.values["person_phone"].text() == "089-999-8888"
    assert page.details.values["national_id"].text() == mask_id(CASE_ID)  # on screen, always


def every_text(widget) -> str:
    texts = [widget.windowTitle()]
    texts += [w.text() for w in widget.findChildren(QLineEdit)]
    texts += [w.text() for w in widget.findChildren(QLabel)]
    for kind in (QPlainTextEdit, QTextEdit):
        texts += [w.toPlainText() for w in widget.findChildren(kind)]
    return "\n".join(texts)


def test_a_mentor_opening_a_record_sees_the_id_masked_and_cannot_reveal_it(qtbot, office, mentor):
    other = office["other"]
    dialog = PersonDialog(Desk(mentor), other.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    field = dialog.form.national_id
    assert field.text() == mask_id(other.national_id) and field.isReadOnly()
    assert dialog.form.phone.text() == "xxx-xxx-0002"
    assert not dialog.save_button.isEnabled()
    field.setFocus()
    dialog.form.first_name.setFocus()  # leaving the field checks nothing on a read-only form
    assert not dialog.form.errors["national_id"].text()
    everything = every_text(dialog)
    assert other.national_id not in everything and format_id(other.national_id) not in everything
    assert "0822220002" not in everything and "082-222-0002" not in everything


def test_the_clerk_edits_the_whole_id(qtbot, office, clerk):
    other = office["other"]
    dialog = PersonDialog(Desk(clerk), other.id)
    qtbot.addWidget(dialog)
    field = dialog.form.national_id
    assert field.text() == other.national_id and not field.isReadOnly()
    assert dialog.form.phone.text() == "0822220002"
    assert dialog.save_button.isEnabled()
