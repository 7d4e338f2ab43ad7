"""Help → About (เกี่ยวกับโปรแกรม): the version, the credits the licences ask for, and every
bundled component with its licence; choosing one shows its licence text."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
)

from desktop import APP_NAME, APP_NAME_TH, __version__
from desktop.areas import AREA_DATA_CREDIT
from desktop.licences import Component, bundled_components, licence_text
from ui.widgets.list_model import ListTableModel


class ComponentModel(ListTableModel[Component]):
    NAME, VERSION, LICENCE = range(3)

    def data(self, index: QModelIndex, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        c = self.rows[index.row()]
        return (c.name, c.version, c.licence)[index.column()]


class AboutDialog(QDialog):
    def __init__(self, parent=None, components: list[Component] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("เกี่ยวกับโปรแกรม"))
        heading = QLabel(
            f"<b>{APP_NAME_TH}</b><br>{APP_NAME} — " + self.tr("รุ่น") + f" {__version__}",
            objectName="aboutHeading",
        )
        credits = QLabel(
            self.tr("แบบอักษร Sarabun (SIL Open Font License 1.1)")
            + "\n"
            + AREA_DATA_CREDIT
            + "\n"
            + self.tr("ตัดคำภาษาไทยด้วย PyThaiNLP (Apache-2.0)")
            + "\n"
            + self.tr("ใช้ Qt / PySide6 ภายใต้ LGPL-3.0: แทนที่ไลบรารี Qt ได้ (ดูข้อความด้านล่าง)"),
            objectName="aboutCredits",
        )
        self.model = ComponentModel(
            [self.tr("ส่วนประกอบ"), self.tr("รุ่น"), self.tr("สัญญาอนุญาต")],
            bundled_components() if components is None else components,
            self,
        )
        self.table = QTableView(objectName="componentTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(ComponentModel.NAME, QHeaderView.ResizeMode.Stretch)
        for column in (ComponentModel.VERSION, ComponentModel.LICENCE):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.text = QPlainTextEdit(objectName="licenceText", readOnly=True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setPlaceholderText(self.tr("เลือกส่วนประกอบเพื่ออ่านสัญญาอนุญาต"))
        self.table.selectionModel().currentRowChanged.connect(self._show_licence)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.text)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(credits)
        layout.addWidget(split, 1)
        layout.addWidget(buttons)
        self.resize(760, 560)
        if self.model.rowCount():
            self.table.selectRow(0)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setText(self.tr("ปิด"))
        close.setFocus()

    def _show_licence(self, current: QModelIndex, _previous: QModelIndex | None = None) -> None:
        if not current.isValid():
            self.text.clear()
            return
        component = self.model.row_at(current.row())
        body = licence_text(component)
        if not body:
            body = self.tr("ไม่มีไฟล์สัญญาอนุญาตในแพ็กเกจนี้") + (
                f"\n{component.note}" if component.note else ""
            )
        self.text.setPlainText(
            f"{component.name} {component.version} — {component.licence}\n\n{body}"
        )
        self.text.moveCursor(self.text.textCursor().MoveOperation.Start)
