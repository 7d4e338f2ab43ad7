"""First run on an empty database: the office's province and its first administrator."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QCompleter, QLabel, QLineEdit

from desktop import APP_NAME_TH, areas
from desktop.domain.records import UserInfo
from desktop.services.accounts import AccountService
from ui.dialogs.form_dialog import FormDialog
from ui.operations import run_op


def default_office_name(province_name: str) -> str:
    return f"สำนักงานแรงงานจังหวัด{province_name}" if province_name else ""


class FirstRunDialog(FormDialog):
    def __init__(self, accounts: AccountService, parent=None) -> None:
        super().__init__(parent, field_width=320)
        self.accounts = accounts
        self._user: UserInfo | None = None
        self._office_name_typed = False  # the user's own office name wins over the suggestion
        self.setWindowTitle(self.tr("ตั้งค่าครั้งแรก — ") + APP_NAME_TH)
        self.ok_button.setText(self.tr("เริ่มใช้งาน"))

        heading = QLabel(APP_NAME_TH, objectName="appName")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        # Broken by hand at a space: Qt on Windows cannot find Thai word boundaries to wrap at.
        intro = QLabel(
            self.tr("ยังไม่มีข้อมูลสำนักงานในฐานข้อมูลนี้")
            + "\n"
            + self.tr("กรุณาเลือกจังหวัดของสำนักงาน และสร้างบัญชีผู้ดูแลระบบคนแรก"),
            objectName="introLabel",
        )
        self.body.insertWidget(0, heading)
        self.body.insertWidget(1, intro)
        self.body.insertSpacing(2, 6)

        self.province = self.add_row("province_code", self.tr("จังหวัด *"), self._province_combo())
        self.office_name = self.add_row("office_name", self.tr("ชื่อสำนักงาน"), QLineEdit())
        self.username = self.add_row("username", self.tr("ชื่อผู้ใช้ (ภาษาอังกฤษ) *"), QLineEdit())
        self.username.setPlaceholderText(self.tr("เช่น somchai.j"))
        self.full_name = self.add_row("full_name", self.tr("ชื่อ-สกุล *"), QLineEdit())
        self.password = self.password_row("password", self.tr("รหัสผ่าน *"))
        self.confirm = self.password_row("confirm", self.tr("ยืนยันรหัสผ่าน *"))

        self.province.currentTextChanged.connect(self._suggest_office_name)
        self.office_name.textEdited.connect(
            lambda text: setattr(self, "_office_name_typed", bool(text.strip()))
        )

    def _province_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.setEditable(True)  # 77 provinces: typing part of the name is quicker than scrolling
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setMaxVisibleItems(15)
        for province in areas.provinces():
            combo.addItem(province.name_th, province.code)
        combo.setCurrentIndex(-1)
        combo.lineEdit().setPlaceholderText(self.tr("— เลือกจังหวัด —"))
        combo.completer().setFilterMode(Qt.MatchFlag.MatchContains)
        combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return combo

    def _suggest_office_name(self) -> None:
        if not self._office_name_typed:
            self.office_name.setText(default_office_name(self.province_name()))

    def province_code(self) -> str:
        """The chosen province; typed text counts only when it is exactly a province's name."""
        combo = self.province
        index = combo.findText(combo.currentText().strip(), Qt.MatchFlag.MatchFixedString)
        return combo.itemData(index) if index >= 0 else ""

    def province_name(self) -> str:
        code = self.province_code()
        return areas.province_name(code) if code else ""

    def user(self) -> UserInfo | None:
        return self._user

    def submit(self) -> UserInfo | None:
        errors = self.confirm_error(self.password, self.confirm)
        if not self.province_code():
            errors["province_code"] = self.tr("กรุณาเลือกจังหวัดของสำนักงาน")
        self.show_errors(errors)
        if errors:
            return None
        user = run_op(
            self,
            lambda: self.accounts.set_up(
                self.province_code(),
                self.office_name.text(),
                self.username.text().strip(),
                self.full_name.text(),
                self.password.text(),
            ),
            on_error=self.on_error,
        )
        if user is not None:
            self._user = user
            self.accept()
        return user
