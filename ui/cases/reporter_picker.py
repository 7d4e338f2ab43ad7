"""Search-as-you-type over the registry to pick the volunteer or graduate who reported a need.

The clerk types part of a name, an ID or a phone number; matches (searched in the database,
at most ``LIMIT`` of them) appear under the box, and a click, Enter or a double click picks one.
The chosen person then replaces the search box until the clerk presses "เปลี่ยน". A
volunteer who is not active (suspended, resigned …) can still be chosen (the paper may be
older than the suspension), but a warning under the name says so.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractListModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.people import PersonKind, PersonStatus, format_phone
from desktop.domain.records import PersonRow
from desktop.services.people.service import PersonFilter
from ui.domain_labels import label_of

LIMIT = 20
SEARCH_DELAY_MS = 200
ROW_ROLE = Qt.ItemDataRole.UserRole

KIND_SHORT = {
    PersonKind.DOMESTIC_VOLUNTEER: QT_TRANSLATE_NOOP("ReporterPicker", "อสร."),
    PersonKind.OVERSEAS_VOLUNTEER: QT_TRANSLATE_NOOP("ReporterPicker", "อสร. ต่างประเทศ"),
    PersonKind.GRADUATE: QT_TRANSLATE_NOOP("ReporterPicker", "บัณฑิตแรงงาน"),
}


def kind_short(kind: PersonKind) -> str:
    short = KIND_SHORT.get(kind)
    return QCoreApplication.translate("ReporterPicker", short) if short else label_of(kind)


Search = Callable[[str], Sequence[PersonRow]]


def describe(row: PersonRow) -> str:
    """``นายสมชาย ใจดี — ต.ศรีภูมิ อ.เมืองเชียงใหม่ · 081-234-5678 · บัณฑิตแรงงาน``."""
    where = f"ต.{row.subdistrict} อ.{row.district}" if row.subdistrict else row.country
    parts = [p for p in (where, format_phone(row.phone), kind_short(row.kind)) if p]
    text = f"{row.full_name} — " + " · ".join(parts)
    if row.status != PersonStatus.ACTIVE:
        text += f" ({label_of(row.status)})"
    return text


class ReporterModel(QAbstractListModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[PersonRow] = []

    def set_rows(self, rows: Sequence[PersonRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PersonRow:
        return self._rows[row]

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return describe(row)
        if role == Qt.ItemDataRole.ToolTipRole:
            return describe(row)
        if role == ROW_ROLE:
            return row
        return None


class ReporterPicker(QWidget):
    """``personId()`` is the chosen person's id (None until one is picked)."""

    changed = Signal()

    def __init__(self, search: Search, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._search = search
        self._chosen: PersonRow | None = None
        self._timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._timer.timeout.connect(self.search_now)

        self.search = QLineEdit(self, objectName="reporterSearch")
        self.search.setPlaceholderText(self.tr("พิมพ์ชื่อ เลขประจำตัวประชาชน หรือเบอร์โทรศัพท์"))
        self.search.setClearButtonEnabled(True)
        self.model = ReporterModel(self)
        self.results = QListView(self, objectName="reporterResults")
        self.results.setModel(self.model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setFixedHeight(self.fontMetrics().lineSpacing() * 6 + 10)
        self.results.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.results.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.results.hide()
        self.hint = QLabel(self, objectName="reporterHint")
        self.hint.setStyleSheet("color: palette(mid);")
        self.hint.hide()

        self.chosen_label = QLabel(self, objectName="reporterChosen")
        self.chosen_label.setWordWrap(True)
        self.change_button = QPushButton(self.tr("เปลี่ยน"), self, objectName="reporterChange")
        self.change_button.setAutoDefault(False)
        self.chosen_box = QWidget(self)
        chosen_row = QHBoxLayout(self.chosen_box)
        chosen_row.setContentsMargins(0, 0, 0, 0)
        chosen_row.addWidget(self.chosen_label, 1)
        chosen_row.addWidget(self.change_button)
        self.chosen_box.hide()
        self.warning = QLabel(self, objectName="reporterWarning")
        self.warning.setWordWrap(True)
        self.warning.setStyleSheet(
            "background:#fff3cd; color:#664d03; padding:4px; border-radius:4px;"
        )
        self.warning.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(self.hint)
        layout.addWidget(self.chosen_box)
        layout.addWidget(self.warning)
        self.setFocusProxy(self.search)

        self.search.textEdited.connect(self._schedule_search)
        self.results.clicked.connect(self._choose_index)
        self.change_button.clicked.connect(self.clear)
        self.search.installEventFilter(self)
        self.results.installEventFilter(self)

    # -- public ----------------------------------------------------------------------------
    def personId(self) -> int | None:
        return self._chosen.id if self._chosen else None

    def person(self) -> PersonRow | None:
        return self._chosen

    def setPerson(self, row: PersonRow | None) -> None:
        self._chosen = row
        self._timer.stop()
        self.model.set_rows([])
        self.results.hide()
        self.hint.hide()
        if row is None:
            self.chosen_box.hide()
            self.search.show()
        else:
            self.chosen_label.setText(describe(row))
            self.search.hide()
            self.chosen_box.show()
        inactive = row is not None and row.status != PersonStatus.ACTIVE
        self.warning.setText(
            self.tr("%1 มีสถานะ “%2” ในทะเบียน กรุณาตรวจสอบว่าเป็นผู้แจ้งเรื่องนี้จริงก่อนบันทึก")
            .replace("%1", row.full_name)
            .replace("%2", row.status.label)
            if inactive
            else ""
        )
        self.warning.setVisible(inactive)
        self.changed.emit()

    def clear(self) -> None:
        self.search.clear()
        self.setPerson(None)
        self.search.setFocus()

    def search_now(self) -> None:
        self._timer.stop()
        text = self.search.text().strip()
        rows = self._search(text) if text else []
        self.model.set_rows(rows)
        self.results.setVisible(bool(rows))
        if rows:
            self.results.setCurrentIndex(self.model.index(0))
        self.hint.setText(
            self.tr("ไม่พบในทะเบียน")
            if text and not rows
            else self.tr("แสดง %1 รายการแรก พิมพ์เพิ่มเพื่อค้นให้แคบลง").replace("%1", str(LIMIT))
            if len(rows) >= LIMIT
            else ""
        )
        self.hint.setVisible(bool(self.hint.text()))

    # -- behaviour -------------------------------------------------------------------------
    def _schedule_search(self, _text: str) -> None:
        self._timer.start()  # one query once the clerk pauses, not one per key

    def _choose_index(self, index: QModelIndex) -> None:
        if index.isValid():
            self.setPerson(self.model.row_at(index.row()))

    def _choose_first(self) -> None:
        if self._timer.isActive():
            self.search_now()
        current = self.results.currentIndex()
        self._choose_index(current if current.isValid() else self.model.index(0))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or watched not in (self.search, self.results):
            return super().eventFilter(watched, event)
        key = event.key()
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            # Enter picks a match; it must not reach the dialog and press its Save button.
            if watched is self.search:
                self._choose_first()
            else:
                self._choose_index(self.results.currentIndex())
            return True
        if watched is self.search and key == Qt.Key.Key_Down and self.model.rowCount():
            self.results.setFocus()  # into the matches, as in a completer
            return True
        return False


def registry_search(people) -> Search:
    """Search the registry through ``PeopleService`` (``desk.people``), in the database."""

    def search(text: str) -> Sequence[PersonRow]:
        return people.page(PersonFilter(text=text), 0, LIMIT)

    return search
