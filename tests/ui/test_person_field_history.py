"""The person dialog says when and by whom each field last changed: after a second clerk edits
the phone, the phone's label and the status tab's table name that clerk and that time."""

from __future__ import annotations

from dataclasses import replace

from factories import draft, make_user

from desktop.domain.people import Role
from desktop.services.context import local_time
from desktop.services.desk import Desk
from ui.domain_labels import date_time
from ui.registry.person_dialog import PersonDialog


def test_the_dialog_shows_who_changed_the_phone_last(qtbot, clerk, admin):
    first, second = Desk(clerk), Desk(make_user(admin, "clerk2", Role.CLERK))
    person = first.people.register(draft(9))
    second.people.update(person.id, person.version, replace(draft(9), phone="0899990000"))
    stamp = first.people.field_history(person.id)["phone"]
    when = date_time(local_time(stamp.at))

    dialog = PersonDialog(first, person.id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    phone_box = dialog.form.rows["phone"]
    label = phone_box.parentWidget().layout().labelForField(phone_box)
    assert label.toolTip() == f"แก้ไขล่าสุด {when} โดย ผู้ใช้ clerk2"
    name_box = dialog.form.rows["first_name"]
    name_label = name_box.parentWidget().layout().labelForField(name_box)
    assert name_label.toolTip().endswith("โดย ผู้ใช้ clerk")  # registered, unchanged since

    table = dialog.field_history
    assert table.row_of("โทรศัพท์") == ("โทรศัพท์", when, "ผู้ใช้ clerk2")
    assert table.item(0, 0).text() == "โทรศัพท์"  # the newest change first
    assert table.row_of("ชื่อ")[2] == "ผู้ใช้ clerk"
