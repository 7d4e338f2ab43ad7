"""Change a person's status (with date and reason) and show the dated history."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
)

from desktop.domain.errors import DeskError, ValidationError
from desktop.domain.people import STATUS_LABELS, PersonStatus
from desktop.domain.records import PersonDetail, StatusChange
from desktop.services.desk import Desk
from ui.dialogs.entry_dialog import EntryDialog
from ui.domain_labels import date_time, label_of, medium_date
from ui.operations import run_op
from ui.widgets.be_date_edit import BeDateEdit
from ui.widgets.field_error import FieldError


class StatusHistoryModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("StatusHistoryModel", "สถานะ"),
        QT_TRANSLATE_NOOP("StatusHistoryModel", "มีผลวันที่"),
        QT_TRANSLATE_NOOP("StatusHistoryModel", "เหตุผล"),
        QT_TRANSLATE_NOOP("StatusHistoryModel", "บันทึกโดย"),
        QT_TRANSLATE_NOOP("StatusHistoryModel", "เมื่อ"),
    )

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: tuple[StatusChange, ...] = ()

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = tuple(rows)
        self.endResetModel()

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        h = self._rows[index.row()]
        return (
            label_of(h.status),
            medium_date(h.effective_on),
            h.reason,
            h.changed_by,
            date_time(h.changed_at),
        )[index.column()]


class StatusHistoryView(QTableView):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("statusHistory")
        self.history_model = StatusHistoryModel(self)
        self.setModel(self.history_model)
        self.verticalHeader().setVisible(False)
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.setMaximumHeight(130)

    def set_history(self, rows) -> None:
        self.history_model.set_rows(rows)
        self.resizeColumnToContents(0)


class StatusDialog(EntryDialog):
    changed = Signal(object)  # PersonDetail

    def __init__(self, desk: Desk, person: PersonDetail, parent=None) -> None:
        super().__init__(parent)
        self.desk, self.person = desk, person
        self.setWindowTitle(self.tr("เปลี่ยนสถานะ — ") + person.full_name)
        self.status = QComboBox(objectName="newStatus")
        for status in STATUS_LABELS:
            if status != person.status:
                self.status.addItem(label_of(status), status.value)
        self.effective = BeDateEdit()
        self.effective.setObjectName("effectiveDate")
        self.effective.setDate(desk.ctx.today())
        self.reason = QLineEdit(objectName="reasonEdit")
        self.errors = {k: FieldError() for k in ("status", "effective_on", "reason")}
        for name, field in (
            ("status", self.status),
            ("effective_on", self.effective),
            ("reason", self.reason),
        ):
            self.errors[name].watch(field)  # the message goes once the field is fixed
        form = QFormLayout()
        form.addRow(self.tr("สถานะใหม่"), self.status)
        form.addRow("", self.errors["status"])
        form.addRow(self.tr("มีผลตั้งแต่วันที่"), self.effective)
        form.addRow("", self.errors["effective_on"])
        form.addRow(self.tr("เหตุผล"), self.reason)
        form.addRow("", self.errors["reason"])
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("บันทึกสถานะ"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def save(self) -> PersonDetail | None:
        if self.effective.error():
            self.errors["effective_on"].setError(self.effective.error())
            return None
        status = PersonStatus(self.status.currentData())

        def on_error(exc: DeskError) -> bool:
            if isinstance(exc, ValidationError):
                for name, label in self.errors.items():
                    label.setError(exc.fields.get(name))
                return True
            return False

        result = run_op(
            self,
            lambda: self.desk.people.change_status(
                self.person.id,
                self.person.version,
                status,
                self.effective.date(),
                self.reason.text(),
            ),
            changed="person",
            on_error=on_error,
        )
        if result is not None:
            self.changed.emit(result)
            self.accept()
        return result
