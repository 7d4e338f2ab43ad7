"""The import wizard as a clerk uses it: a file, its columns, the preview, the import — the
rows then in the registry; the error workbook; cancel; per-row duplicate choices; a cp874
CSV read in another encoding; the keyboard's first field on every page; 1280×720."""

from __future__ import annotations

from pathlib import Path

import pytest
from factories import draft
from import_sheets import INVALID_ROWS, VALID_ROWS, nid, office_csv, office_workbook
from openpyxl import Workbook, load_workbook
from PySide6.QtCore import QSettings, Qt, QThreadPool
from PySide6.QtWidgets import QApplication, QComboBox, QMenu, QMessageBox
from test_print_worker import WAIT, WatchingExecutor

from desktop.domain.people import PersonKind
from desktop.exchange.import_errors import REASON_HEADER
from desktop.services.desk import Desk
from desktop.services.imports.records import DuplicateAction, RowState
from desktop.services.people.service import PeopleService, PersonFilter
from ui import file_dialogs
from ui.imports.file_page import LAST_FOLDER_KEY
from ui.imports.kinds import people_kind
from ui.imports.mapping_model import FIELD
from ui.imports.wizard import SIZE, ImportWizard
from ui.main_window import MainWindow
from ui.registry.registry_page import RegistryPage
from ui.workers import SyncExecutor


class Dialogs:
    """The file dialogs' answers, and what they were asked."""

    def __init__(self, open_path: str = "", save_path: str | None = None) -> None:
        self.open_path, self.save_path = open_path, save_path
        self.asked: list[tuple[str, str]] = []
        self.folders: list[str] = []

    def choose_file(self, _parent, title, start, _filters) -> str:
        self.asked.append(("open", start))
        return self.open_path

    def choose_save(self, _parent, title, suggested, _filters) -> str:
        self.asked.append(("save", suggested))
        return suggested if self.save_path is None else self.save_path


def make_wizard(qtbot, desk, dialogs, executor=None) -> ImportWizard:
    wizard = ImportWizard(
        desk,
        people_kind(),
        executor=executor or SyncExecutor(),
        choose_file=dialogs.choose_file,
        choose_save=dialogs.choose_save,
        open_folder=dialogs.folders.append,
    )
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def people_count(desk) -> int:
    return len(PeopleService(desk.ctx).rows(PersonFilter()))


def boxes() -> list[QMessageBox]:
    return [
        w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible()
    ]


def close_boxes() -> list[str]:
    said = [b.text() for b in boxes()]
    for b in boxes():
        b.close()
    return said


def to_preview(wizard, path: Path, override=None) -> None:
    wizard.file_page.browse.click()  # the injected dialog answers with the file
    assert wizard.currentPage() is wizard.file_page and wizard.file_page.isComplete()
    wizard.next()
    assert wizard.currentPage() is wizard.mapping_page
    for header, field in (override or {}).items():
        wizard.mapping_page.model.choose(header, field)
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page


@pytest.fixture
def desk(clerk, tmp_path, monkeypatch) -> Desk:
    monkeypatch.setattr(file_dialogs, "documents_folder", lambda: str(tmp_path / "Documents"))
    QSettings().remove(LAST_FOLDER_KEY)
    return Desk(clerk)


def test_file_mapping_preview_import_and_the_rows_are_in_the_registry(qtbot, desk, tmp_path):
    path = office_workbook(tmp_path / "office.xlsx")
    dialogs = Dialogs(str(path))
    registry = RegistryPage(desk)
    qtbot.addWidget(registry)
    registry.show()
    wizard = make_wizard(qtbot, desk, dialogs)
    assert dialogs.asked == [] and wizard.file_page.sheet.isHidden()
    wizard.file_page.browse.click()
    assert dialogs.asked[0] == ("open", str(tmp_path / "Documents"))  # starts in Documents
    assert wizard.file_page.model.headers[:3] == ["ลำดับ", "ชื่อ-สกุล", "เลขประจำตัวประชาชน"]
    assert wizard.file_page.model.index(0, 1).data() == "นายสมชาย ใจดี"
    birth = wizard.file_page.model.headers.index("วันเกิด")
    assert wizard.file_page.model.index(2, birth).data() == "15/03/2525"  # Excel typed it in BE
    wizard.next()
    mapping = wizard.mapping_page.model
    assert mapping.mapping()["เลขประจำตัวประชาชน"] == "national_id"
    assert "ลำดับ" not in mapping.mapping()  # suggested: the running number is no field
    # The clerk keeps the running number as a note (the third column's combo, by its data).
    row = mapping.headers.index("ลำดับ")
    assert mapping.setData(mapping.index(row, FIELD), "notes")
    assert mapping.index(row, FIELD).data() == "หมายเหตุ"
    wizard.next()

    page = wizard.preview_page
    p = wizard.preview
    assert (p.new, p.existing, p.invalid) == (4, 0, 5)
    assert "ใหม่ 4" in page.counts.text() and "ไม่ถูกต้อง 5" in page.counts.text()
    assert p.mapping["ลำดับ"] == "notes"
    # An invalid cell is tinted, its reason its tooltip.
    model = page.model
    bad = next(i for i, r in enumerate(p.rows) if r.row == 10)  # the wrong check digit
    column = model.fixed + p.headers.index("เลขประจำตัวประชาชน")
    assert model.index(bad, column).data(3)  # a tooltip (Qt.ToolTipRole)
    assert model.index(bad, column).data(8) is not None  # tinted (Qt.BackgroundRole)
    page.only_problems.setChecked(True)
    shown = {page.rows.index(i, 0).data() for i in range(page.rows.rowCount())}
    assert shown == {str(r.row) for r in p.rows if r.problems}
    assert {str(r) for r in INVALID_ROWS} <= shown and "7" not in shown  # row 7 reads clean
    page.only_problems.setChecked(False)

    wizard.next()  # all or nothing (the default) with invalid rows: refused, nothing written
    assert wizard.import_page.all_or_nothing.isChecked()
    wizard.next()
    assert any("5 แถว" in said for said in close_boxes())
    assert wizard.currentPage() is wizard.import_page and people_count(desk) == 0

    wizard.import_page.keep_valid.setChecked(True)
    wizard.next()
    errors_file = tmp_path / "office - แถวที่ไม่ได้นำเข้า.xlsx"
    assert dialogs.asked[-1] == ("save", str(errors_file))  # beside the source by default
    assert wizard.currentPage() is wizard.done_page
    assert (
        wizard.done_page.created.text() == "4 แถว" and wizard.done_page.rejected.text() == "5 แถว"
    )
    assert str(errors_file) in wizard.done_page.errors_file.text()
    wizard.done_page.open_folder.click()
    assert dialogs.folders == [str(tmp_path)]

    people = PeopleService(desk.ctx)
    assert sorted(r.national_id for r in people.rows(PersonFilter())) == sorted(
        nid(i) for i in (1, 2, 3, 9)
    )
    assert people.get(people.find_by_national_id(nid(1)).id).notes == "1"
    assert registry.model.total == 4  # the registry page reloaded
    assert desk.people_import.suggested_mapping(wizard.table)["ลำดับ"] == "notes"  # remembered

    ws = load_workbook(errors_file).active
    header = [c.value for c in ws[1]]
    assert header[-1] == REASON_HEADER
    rows = list(ws.iter_rows(min_row=2, values_only=True))
    assert [r[-2] for r in rows] == list(INVALID_ROWS)
    wrong_digit = next(r for r in rows if r[-2] == 10)
    assert "เลขประจำตัวประชาชน" in wrong_digit[-1] and "ตรวจสอบ" in wrong_digit[-1]


def test_cancel_during_the_import_leaves_the_registry_as_it_was(qtbot, desk, tmp_path):
    desk.people.register(draft(900))
    before = people_count(desk)
    path = office_workbook(tmp_path / "office.xlsx")
    wizard = make_wizard(qtbot, desk, Dialogs(str(path)))
    to_preview(wizard, path)
    wizard.next()
    wizard.import_page.keep_valid.setChecked(True)
    pool = QThreadPool()
    wizard.executor = WatchingExecutor(pool, cancel_at_first_progress=True)
    with qtbot.waitSignal(wizard.executor.ended, timeout=WAIT) as ended:
        wizard.next()
    pool.waitForDone()
    qtbot.waitUntil(lambda: "ยกเลิก" in wizard.import_page.status.text(), timeout=WAIT)
    assert ended.args == ["cancelled"]
    assert wizard.currentPage() is wizard.import_page and wizard.result is None
    assert people_count(desk) == before
    assert not (tmp_path / "office - แถวที่ไม่ได้นำเข้า.xlsx").exists()
    assert close_boxes() == []


def _registered_then_changed(desk, tmp_path) -> Path:
    """Somchai and Malee registered before, each with a different phone and no notes."""
    path = tmp_path / "again.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["ชื่อ-สกุล", "เลขประจำตัวประชาชน", "เบอร์โทร", "ตำบล", "หมายเหตุ"])
    ws.append(["นายสมชาย ใจดี", nid(1), "0811111111", "สุเทพ", "ย้ายบ้าน"])
    ws.append(["นางมาลี ทองดี", nid(3), "0822222222", "สุเทพ", "เปลี่ยนเบอร์"])
    ws.append(["นายใหม่ มาก่อน", nid(31), "0833333333", "สุเทพ", ""])
    wb.save(path)
    for seed, first, last in ((1, "สมชาย", "ใจดี"), (3, "มาลี", "ทองดี")):
        desk.people.register(
            draft(0, national_id=nid(seed), first_name=first, last_name=last, phone="0899999999")
        )
    return path


def test_the_duplicate_choice_per_row_with_its_changes_shown_first(qtbot, desk, tmp_path):
    path = _registered_then_changed(desk, tmp_path)
    wizard = make_wizard(qtbot, desk, Dialogs(str(path)))
    to_preview(wizard, path)
    page, p = wizard.preview_page, wizard.preview
    assert (p.new, p.existing, p.invalid) == (1, 2, 0)
    somchai = next(i for i, r in enumerate(p.rows) if r.draft.national_id == nid(1))
    page.table.setCurrentIndex(page.rows.index(somchai, 0))
    assert page.row_action.isEnabled()
    lines = page.lines.stringList()
    assert any("ข้าม" in line for line in lines) and any("ไม่มีการเปลี่ยนแปลง" in line for line in lines)
    # The whole file: skip; Somchai's row alone: update all, its changes listed first.
    page.row_action.setCurrentIndex(page.row_action.findData(DuplicateAction.UPDATE))
    page.row_action.activated.emit(page.row_action.currentIndex())
    assert p.rows[somchai].action == DuplicateAction.UPDATE
    lines = page.lines.stringList()
    assert any("0899999999 → 0811111111" in line for line in lines), lines
    assert any("(ว่าง) → ย้ายบ้าน" in line for line in lines), lines
    assert "เฉพาะแถวนี้" in page.model.index(somchai, 2).data()
    # Malee's row by its context menu: fill the empty fields (she has none: nothing changes).
    malee = next(i for i, r in enumerate(p.rows) if r.draft.national_id == nid(3))
    page.table.selectRow(malee)
    page._context_menu(page.table.visualRect(page.rows.index(malee, 0)).center())
    menu = page.findChild(QMenu, "rowActionMenu")
    [fill] = [a for a in menu.actions() if a.text() == "เติมเฉพาะช่องที่ว่าง"]
    fill.trigger()
    menu.close()
    assert p.rows[malee].action == DuplicateAction.FILL
    assert any("หมายเหตุ: (ว่าง) → เปลี่ยนเบอร์" in line for line in page.lines.stringList())
    wizard.next()
    assert "ปรับปรุง 2 แถว" in wizard.import_page.plan.text().replace("\u200b", "")
    wizard.next()
    assert wizard.currentPage() is wizard.done_page
    r = wizard.result
    assert (r.created, r.updated, r.skipped, r.rejected) == (1, 2, 0, 0)
    people = PeopleService(desk.ctx)
    assert people.find_by_national_id(nid(1)).phone == "0811111111"
    malee = people.get(people.find_by_national_id(nid(3)).id)
    assert malee.phone == "0899999999" and malee.notes == "เปลี่ยนเบอร์"  # only what was empty


def test_stop_for_the_whole_file_makes_registered_rows_invalid(qtbot, desk, tmp_path):
    path = _registered_then_changed(desk, tmp_path)
    wizard = make_wizard(qtbot, desk, Dialogs(str(path)))
    to_preview(wizard, path)
    page = wizard.preview_page
    page.action.setCurrentIndex(page.action.findData(DuplicateAction.STOP))
    page.action.activated.emit(page.action.currentIndex())
    assert (wizard.preview.new, wizard.preview.existing, wizard.preview.invalid) == (1, 0, 2)
    page.action.setCurrentIndex(page.action.findData(DuplicateAction.FILL))
    page.action.activated.emit(page.action.currentIndex())
    assert wizard.preview.existing == 2 and wizard.preview.on_duplicate == DuplicateAction.FILL


def test_a_cp874_csv_read_in_the_encoding_the_clerk_picks(qtbot, desk, tmp_path):
    path = office_csv(tmp_path / "office.csv", "cp874")
    wizard = make_wizard(qtbot, desk, Dialogs(str(path)))
    page = wizard.file_page
    page.browse.click()
    assert not page.encoding.isHidden()
    assert page.encoding.itemText(0) == "ตามที่ตรวจพบ: TIS-620 / cp874"
    assert page.model.index(0, 1).data() == "นายสมชาย ใจดี"
    # Read as UTF-8 the Thai bytes are not text: the clerk is told, and cannot go on.
    page.encoding.setCurrentIndex(page.encoding.findData("utf-8"))
    page.encoding.activated.emit(page.encoding.currentIndex())
    assert any("เข้ารหัส" in said for said in close_boxes())
    assert not page.isComplete() and page.model.rowCount() == 0
    page.encoding.setCurrentIndex(page.encoding.findData("cp874"))
    page.encoding.activated.emit(page.encoding.currentIndex())
    assert page.isComplete() and page.model.index(1, 1).data() == "นางสาวสมหญิง  ดีงาม"  # as typed
    assert wizard.table.encoding == "cp874"
    wizard.next()
    wizard.next()
    assert [r.row for r in wizard.preview.rows if r.state == RowState.NEW] == list(VALID_ROWS)


def test_a_workbook_with_several_sheets_asks_which(qtbot, desk, tmp_path):
    path = office_workbook(tmp_path / "office.xlsx", extra_sheet=True)
    wizard = make_wizard(qtbot, desk, Dialogs(str(path)))
    wizard.file_page.browse.click()
    combo = wizard.file_page.sheet
    assert not combo.isHidden() and [combo.itemText(i) for i in range(combo.count())] == [
        "อสร",
        "สรุป",
    ]
    assert wizard.table.sheet == "อสร" and wizard.file_page.isComplete()


def test_mapping_errors_in_thai_keep_the_wizard_on_the_mapping(qtbot, desk, tmp_path):
    path = office_workbook(tmp_path / "office.xlsx")
    wizard = make_wizard(qtbot, desk, Dialogs(str(path)))
    wizard.file_page.browse.click()
    wizard.next()
    page = wizard.mapping_page
    page.model.choose("เลขประจำตัวประชาชน", "")
    assert "ต้องมีคอลัมน์เลขประจำตัวประชาชน" in page.errors.error().replace("\u200b", "")
    assert not page.isComplete()
    page.model.choose("เลขประจำตัวประชาชน", "national_id")
    page.model.choose("ลำดับ", "phone")  # a field chosen twice
    assert "ทั้งคู่" in page.errors.error().replace("\u200b", "")
    assert page.model.index(page.model.headers.index("ลำดับ"), 0).data(3)  # tooltip: why
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    wizard.next()
    assert wizard.currentPage() is page
    page.model.choose("ลำดับ", "")
    assert page.isComplete()


def test_a_mapping_saved_as_json_loads_back_and_the_cli_reads_it(qtbot, desk, tmp_path):
    from desktop.commands_import import _mapping

    path = office_workbook(tmp_path / "office.xlsx")
    dialogs = Dialogs(str(path))
    wizard = make_wizard(qtbot, desk, dialogs)
    wizard.file_page.browse.click()
    wizard.next()
    page = wizard.mapping_page
    page.model.choose("ลำดับ", "notes")
    saved = tmp_path / "mapping.json"
    dialogs.save_path = str(saved)
    page.save_button.click()
    assert _mapping(str(saved)) == page.model.mapping()
    page.model.choose("ลำดับ", "")
    dialogs.open_path = str(saved)
    page.load_button.click()
    assert page.model.mapping()["ลำดับ"] == "notes"


def test_each_page_starts_on_its_first_field_and_the_wizard_fits_1280x720(qtbot, desk, tmp_path):
    path = office_workbook(tmp_path / "office.xlsx")
    wizard = make_wizard(qtbot, desk, Dialogs(str(path)))
    assert wizard.focusWidget() is wizard.file_page.path
    wizard.file_page.browse.click()
    wizard.next()
    assert wizard.focusWidget() is wizard.mapping_page.table
    assert wizard.mapping_page.table.currentIndex().column() == FIELD
    wizard.next()
    assert wizard.focusWidget() is wizard.preview_page.action
    wizard.next()
    assert wizard.focusWidget() is wizard.import_page.all_or_nothing
    wizard.import_page.keep_valid.setChecked(True)
    wizard.next()
    assert wizard.focusWidget() is wizard.done_page.open_folder
    assert SIZE[0] <= 1280 and SIZE[1] <= 720 - 40
    hint = wizard.minimumSizeHint()
    assert hint.width() <= SIZE[0] and hint.height() <= SIZE[1]
    assert wizard.size().width() <= 1280 and wizard.size().height() <= 720


def test_the_registry_button_and_the_menu_open_the_wizard_for_clerks_only(
    qtbot, desk, clerk, mentor, tmp_path
):
    path = office_workbook(tmp_path / "office.xlsx")
    dialogs = Dialogs(str(path))
    options = {"executor": SyncExecutor(), "choose_file": dialogs.choose_file,
               "choose_save": dialogs.choose_save}  # fmt: skip
    window = MainWindow(desk, import_options=options)
    qtbot.addWidget(window)
    window.show()
    assert window.registry.import_button.isEnabled()
    window.registry.import_button.click()
    wizard = window.import_wizard
    assert wizard.isVisible() and wizard.kind.name == "people"
    to_preview(wizard, path)
    wizard.next()
    wizard.import_page.keep_valid.setChecked(True)
    wizard.next()
    assert window.registry.model.total == 4  # the registry page shows the imported rows
    assert "เพิ่ม 4" in window.statusBar().currentMessage()
    wizard.accept()
    window.import_action.trigger()
    assert window.import_wizard.isVisible()
    window.import_wizard.reject()
    watcher = MainWindow(Desk(mentor))
    qtbot.addWidget(watcher)
    assert not watcher.registry.import_button.isEnabled()
    assert not hasattr(watcher, "import_action") and watcher.import_people() is None


def test_the_default_kind_applies_to_rows_without_a_kind_column(qtbot, desk, tmp_path):
    path = tmp_path / "graduates.xlsx"
    wb = Workbook()
    ws = wb.active
    ws.append(["ชื่อ", "นามสกุล", "เลขประจำตัวประชาชน", "ตำบล"])
    ws.append(["สมใจ", "เรียนดี", nid(41), "สุเทพ"])
    wb.save(path)
    wizard = make_wizard(qtbot, desk, Dialogs(str(path)))
    to_preview(wizard, path)
    page = wizard.preview_page
    assert wizard.preview.rows[0].draft.kind == PersonKind.DOMESTIC_VOLUNTEER
    page.default.setCurrentIndex(page.default.findData(PersonKind.GRADUATE))
    page.default.activated.emit(page.default.currentIndex())
    assert wizard.preview.rows[0].draft.kind == PersonKind.GRADUATE


def test_the_mapping_is_changed_with_the_keyboard_alone(qtbot, desk, tmp_path):
    path = office_workbook(tmp_path / "office.xlsx")
    wizard = make_wizard(qtbot, desk, Dialogs(str(path)))
    wizard.file_page.browse.click()
    wizard.next()
    table, model = wizard.mapping_page.table, wizard.mapping_page.model
    assert table.currentIndex() == model.index(0, FIELD)  # ลำดับ's field, ready to change
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = table.viewport().findChild(QComboBox, "fieldCombo")
    assert editor is not None and editor.currentData() == ""
    qtbot.keyClick(editor, Qt.Key.Key_End)  # the last field: notes
    assert editor.currentData() == "notes"
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # the view commits it next time round
    qtbot.waitUntil(lambda: model.mapping().get("ลำดับ") == "notes")
    qtbot.keyClick(table, Qt.Key.Key_Down)
    assert table.currentIndex() == model.index(1, FIELD)


def test_a_check_cancelled_in_the_worker_can_be_run_again(qtbot, desk, tmp_path):
    path = office_workbook(tmp_path / "office.xlsx")
    wizard = make_wizard(qtbot, desk, Dialogs(str(path)))
    wizard.file_page.browse.click()
    wizard.next()
    pool = QThreadPool()
    executor = wizard.executor = WatchingExecutor(pool, cancel_at_first_progress=True)
    with qtbot.waitSignal(executor.ended, timeout=WAIT) as ended:
        wizard.next()
    pool.waitForDone()
    assert ended.args == ["cancelled"]
    page = wizard.preview_page
    qtbot.waitUntil(lambda: "ยกเลิก" in page.counts.text(), timeout=WAIT)
    assert wizard.preview is None and not page.isComplete()
    assert not wizard.button(wizard.WizardButton.NextButton).isEnabled()
    executor.cancel_at_first_progress = False
    with qtbot.waitSignal(executor.ended, timeout=WAIT) as ended:
        page.again.click()
    pool.waitForDone()
    assert ended.args == ["finished"] and executor.worker_threads
    qtbot.waitUntil(lambda: wizard.preview is not None, timeout=WAIT)
    assert (wizard.preview.new, wizard.preview.invalid) == (4, 5) and page.isComplete()


def test_a_file_that_is_no_sheet_is_refused_in_thai(qtbot, desk, tmp_path):
    path = tmp_path / "รายชื่อ.pdf"
    path.write_bytes(b"%PDF-1.4")
    wizard = make_wizard(qtbot, desk, Dialogs(str(path)))
    wizard.file_page.browse.click()
    said = close_boxes()
    assert said and "รายชื่อ.pdf" in said[0]
    assert not wizard.file_page.isComplete() and wizard.table is None
    wizard.next()
    assert wizard.currentPage() is wizard.file_page


def test_the_file_is_read_in_the_worker(qtbot, desk, tmp_path):
    path = office_workbook(tmp_path / "office.xlsx")
    pool = QThreadPool()
    executor = WatchingExecutor(pool)
    wizard = make_wizard(qtbot, desk, Dialogs(str(path)), executor)
    with qtbot.waitSignal(executor.ended, timeout=WAIT) as ended:
        wizard.file_page.browse.click()
    pool.waitForDone()
    assert ended.args == ["finished"]
    qtbot.waitUntil(lambda: wizard.file_page.isComplete(), timeout=WAIT)
    assert wizard.table.headers[1] == "ชื่อ-สกุล" and "9 แถว" in wizard.file_page.info.text()
