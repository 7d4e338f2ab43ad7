"""In English mode the queue, the case page and every step dialog show no Thai but data: the
names, addresses, case numbers and notes from the demo office. Domain labels (states, steps,
needs, agencies, outcomes, views) come through ui/domain_labels.py; printed documents stay
Thai (tests/documents)."""

from __future__ import annotations

import re

import pytest
from every_window import dialogs
from PySide6.QtCore import QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from desktop import areas
from desktop.resources import resource_path
from desktop.services.cases.service import CaseFilter
from ui.main_window import MainWindow

THAI = re.compile(r"[\u0e00-\u0e7f]")
STEP_DIALOGS = ("MoveDialog", "NoteDialog", "ConsentDialog", "AssignDialog", "DecisionDialog")


@pytest.fixture
def english(qapp):
    translator = QTranslator(qapp)
    assert translator.load(str(resource_path("translations", "labour_desk_en.qm")))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


def data_of(office) -> list[str]:
    """What the office typed or the demo made up: shown as it is in either language."""
    desk, d = office.desk, office.case
    rows = desk.cases.page(CaseFilter(open_only=False), 0, 200)
    found = {d.person_name, d.area_line, d.description, d.reporter_name, d.agency_contact}
    found |= {d.outcome_note, d.assigned_to, d.case_no, d.created_by, d.duplicate_of_no}
    found |= {e.user for e in d.events} | {e.note for e in d.events}
    if d.pending_approval is not None:
        found |= {d.pending_approval.requested_by, d.pending_approval.note}
    for r in rows:
        found |= {r.case_no, r.person_name, r.reporter_name, r.assigned_to}
        found |= {r.area.subdistrict, r.area.district}
    found |= {u.full_name for u in desk.accounts.list_users()}
    office_row = desk.office()
    found |= {office_row.office_name, office_row.case_prefix}
    found |= {a.name_th for a in areas.districts(office_row.province_code)}
    return sorted((s for s in found if s), key=len, reverse=True)  # longest first


def shown_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of every text a user can read in ``root``."""
    out = [("window title", root.windowTitle())]
    for w in root.findChildren(QWidget):
        if not w.isVisibleTo(root) and w is not root:
            continue
        name = f"{type(w).__name__} {w.objectName()}"
        if isinstance(w, (QLabel, QAbstractButton)):
            out.append((name, w.text()))
        elif isinstance(w, QGroupBox):
            out.append((name, w.title()))
        elif isinstance(w, QComboBox):
            out += [(name, w.itemText(i)) for i in range(w.count())]
        elif isinstance(w, QLineEdit):
            out.append((name, w.placeholderText()))
        elif isinstance(w, QTableView) and w.model() is not None:
            m = w.model()
            for c in range(m.columnCount()):
                if w.isColumnHidden(c):
                    continue
                out.append((f"{name} header", str(m.headerData(c, 1) or "")))
                for r in range(min(m.rowCount(), 40)):
                    out.append((f"{name} [{r},{c}]", str(m.index(r, c).data() or "")))
    return out


def thai_left(root: QWidget, data: list[str]) -> list[str]:
    left = []
    for where, text in shown_texts(root):
        plain = text.replace("\u200b", "")
        for value in data:
            plain = plain.replace(value, "")
        if THAI.search(plain):
            left.append(f"{where}: {text!r}")
    return left


def test_the_queue_and_its_views_are_english(qtbot, english, demo_office):
    window = MainWindow(demo_office.desk)
    qtbot.addWidget(window)
    window.showMaximized()
    qtbot.waitExposed(window)
    data = data_of(demo_office)
    problems = thai_left(window.nav, data)
    for view in window.cases.views():
        window.show_queue(view)
        QApplication.processEvents()
        problems += thai_left(window.cases.queue, data)
    problems += thai_left(window.statusBar(), data)
    assert not problems, "\n".join(sorted(set(problems)))


def test_the_case_page_and_every_step_dialog_are_english(qtbot, english, demo_office):
    data = data_of(demo_office)
    problems = []
    for name, _cls, make in dialogs(demo_office):
        if name != "CasePage" and not name.startswith(STEP_DIALOGS):
            continue
        dialog = make()
        qtbot.addWidget(dialog)
        dialog.show()
        QApplication.processEvents()
        problems += [f"{name}: {p}" for p in thai_left(dialog, data)]
        dialog.close()
    assert not problems, "\n".join(problems)


def test_the_printed_queue_list_describes_its_filters_in_thai(qtbot, english, demo_office):
    from desktop.domain.cases.categories import Need

    window = MainWindow(demo_office.desk)
    qtbot.addWidget(window)
    filters = window.cases.queue.filters
    filters.need.setCurrentIndex(filters.need.findData(Need.JOB.value))
    assert filters.need.currentText() == "Job seeking / placement"  # the window: English
    assert filters.describe() == Need.JOB.label  # the PDF: Thai
