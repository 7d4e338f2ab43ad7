"""The administrator's retention review (PDPA s.37(3)): who left the network at least the
office's retention period ago and still has their identifying data, the period itself, and
"anonymise selected" — the reason and a confirmation asked by ``AnonymiseDialog``."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.erasure import MAX_RETENTION_YEARS, MIN_RETENTION_YEARS, NOT_WIPED, RetentionDue
from desktop.domain.people import PersonKind
from desktop.domain.permissions import Permission
from desktop.services.desk import Desk
from ui.domain_labels import label_of, medium_date
from ui.operations import ReloadsOnChange, run_op
from ui.registry.anonymise_dialog import AnonymiseDialog
from ui.widgets.field_error import FieldError, validation_into
from ui.widgets.list_model import ListTableModel
from ui.widgets.page_title import page_title
from ui.widgets.tables import set_up_record_table

REASON = QT_TRANSLATE_NOOP("RetentionPage", "ครบระยะเวลาเก็บข้อมูลหลังพ้นจากเครือข่าย")


class RetentionModel(ListTableModel[RetentionDue]):
    HEADERS = (
        QT_TRANSLATE_NOOP("RetentionModel", "ชื่อ"),
        QT_TRANSLATE_NOOP("RetentionModel", "ประเภท"),
        QT_TRANSLATE_NOOP("RetentionModel", "สถานะ"),
        QT_TRANSLATE_NOOP("RetentionModel", "พ้นจากเครือข่ายเมื่อ"),
        QT_TRANSLATE_NOOP("RetentionModel", "ครบกำหนดลบตั้งแต่"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__([self.tr(h) for h in self.HEADERS], parent=parent)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        return (
            r.name,
            label_of(PersonKind(r.kind)),
            label_of(r.status),
            medium_date(r.left_on),
            medium_date(r.due_on),
        )[index.column()]


class RetentionPage(ReloadsOnChange, QWidget):
    reload_on = ("person", "office")  # who left, who was erased; the period

    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.model = RetentionModel(self)
        self.dialog: AnonymiseDialog | None = None
        self.setWindowTitle(self.tr("ทบทวนระยะเวลาเก็บข้อมูล"))  # names the page when asking
        title = page_title(self.tr("ทบทวนระยะเวลาเก็บข้อมูลส่วนบุคคล"))
        intro = QLabel(
            self.tr(
                "ผู้ที่พ้นจากเครือข่าย (ไม่ได้ปฏิบัติหน้าที่แล้ว) นานครบระยะเวลาเก็บข้อมูลของสำนักงาน "
                "ควรลบข้อมูลระบุตัวตน: ชื่อ เลขประจำตัว ที่อยู่ และการติดต่อจะถูกลบทุกแห่ง "
                "ส่วนจำนวนในรายงานยังนับได้ถูกต้อง"
            )
        )
        intro.setWordWrap(True)

        self.years = QSpinBox(objectName="retentionYears")
        self.years.setRange(MIN_RETENTION_YEARS, MAX_RETENTION_YEARS)
        self.years.setSuffix(self.tr(" ปี"))
        self.save_years_button = QPushButton(self.tr("บันทึก"), objectName="saveRetentionYears")
        self.save_years_button.clicked.connect(self.save_years)
        can_set = desk.can(Permission.MANAGE_OFFICE)
        self.years.setEnabled(can_set)
        self.save_years_button.setEnabled(can_set)
        self.years_message = FieldError()
        years_row = QHBoxLayout()
        years_row.addWidget(QLabel(self.tr("เก็บข้อมูลหลังพ้นจากเครือข่าย")))
        years_row.addWidget(self.years)
        years_row.addWidget(self.save_years_button)
        years_row.addStretch(1)

        self.table = QTableView(objectName="retentionTable")
        self.table.setModel(self.model)
        set_up_record_table(self.table, (300, 220, 160, 150))
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

        self.count_label = QLabel(objectName="retentionCount")
        self.select_all_button = QPushButton(self.tr("เลือกทั้งหมด"), objectName="selectAllDue")
        self.select_all_button.clicked.connect(self.table.selectAll)
        self.anonymise_button = QPushButton(
            self.tr("ลบข้อมูลระบุตัวตนของที่เลือก…"), objectName="anonymiseSelected"
        )
        self.anonymise_button.clicked.connect(self.anonymise_selected)
        self.message = QLabel(objectName="retentionMessage")
        self.message.setWordWrap(True)
        buttons = QHBoxLayout()
        buttons.addWidget(self.count_label, 1)
        buttons.addWidget(self.select_all_button)
        buttons.addWidget(self.anonymise_button)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(years_row)
        layout.addWidget(self.years_message)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.message)
        self.listen_for_changes()
        self.reload()

    # -- the list ----------------------------------------------------------------------------
    def reload(self) -> None:
        service = self.desk.retention
        years = run_op(self, service.retention_years)
        if years is not None:
            self.years.setValue(years)
        due = run_op(self, service.due)
        self.model.set_rows(due or [])
        n = len(self.model.rows)
        self.count_label.setText(
            self.tr("ครบกำหนด %1 คน").replace("%1", str(n)) if n else self.tr("ยังไม่มีผู้ที่ครบกำหนด")
        )
        self._update_buttons()

    def selected(self) -> list[RetentionDue]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.row_at(r) for r in rows]

    def _update_buttons(self, *_args) -> None:
        self.select_all_button.setEnabled(bool(self.model.rows))
        self.anonymise_button.setEnabled(bool(self.selected()))

    # -- the period ----------------------------------------------------------------------------
    def save_years(self) -> int | None:
        years = self.years.value()
        self.years_message.setError(None)
        return run_op(
            self,
            lambda: self.desk.retention.set_retention_years(years),
            changed="office",
            on_error=validation_into(self.years_message),
        )

    # -- anonymising ---------------------------------------------------------------------------
    def anonymise_selected(self) -> AnonymiseDialog | None:
        chosen = self.selected()
        if not chosen:
            return None
        ids = [r.person_id for r in chosen]
        self.dialog = AnonymiseDialog(
            [r.name for r in chosen],
            lambda reason: self.desk.anonymise.anonymise_many(ids, reason),
            self,
            reason=self.tr(REASON),
        )
        self.dialog.anonymised.connect(lambda wiped: self._done(len(ids), wiped))
        self.dialog.open()
        return self.dialog

    def _done(self, n: int, wiped: bool) -> None:
        said = self.tr("ลบข้อมูลระบุตัวตนแล้ว %1 คน").replace("%1", str(n))
        self.message.setText(said if wiped else f"{said}: {NOT_WIPED}")
