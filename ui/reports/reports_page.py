"""The Reports page: pick a report (title and one line from its service), the period and the
district, then print it as a PDF or export it to Excel — written in the worker with progress
and cancel, audited by the service, and opened like every other print."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.reports.period_form import PeriodForm
from ui.reports.report_actions import ReportChoice, ReportPrintActions, report_choices
from ui.reports.report_list import ReportList
from ui.workers import Job


class ReportsPage(QWidget):
    def __init__(
        self,
        desk,
        parent: QWidget | None = None,
        *,
        print_actions: ReportPrintActions | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("reportsPage")
        self.desk = desk
        self.print_actions = print_actions or ReportPrintActions(desk, self)

        heading = QLabel(self.tr("รายงาน"))
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)

        self.reports = ReportList(report_choices(desk))

        self.form = PeriodForm(desk)
        self.pdf_button = QPushButton(self.tr("พิมพ์ PDF…"), objectName="reportPdf")
        self.excel_button = QPushButton(self.tr("ส่งออก Excel…"), objectName="reportExcel")
        self.pdf_button.clicked.connect(lambda: self.write(excel=False))
        self.excel_button.clicked.connect(lambda: self.write(excel=True))
        self.pdf_button.setDefault(True)

        # The period and the buttons in a column of a form's width, not across the page.
        period = QWidget()
        period.setMaximumWidth(640)
        column = QVBoxLayout(period)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.form)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.excel_button)
        column.addLayout(buttons)

        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addWidget(QLabel(self.tr("เลือกรายงาน")))
        lay.addWidget(self.reports, 1)
        lay.addWidget(QLabel(self.tr("ช่วงเวลาและพื้นที่")))
        lay.addWidget(period)
        self.setTabOrder(self.reports, self.form.fiscal_year)

    def choice(self) -> ReportChoice | None:
        return self.reports.choice()

    def select(self, name: str) -> None:
        self.reports.select(name)

    def write(self, *, excel: bool) -> Job | None:
        """Check the period (a message under the field at fault), then save the file."""
        choice, period = self.choice(), self.form.period()
        if choice is None or period is None:
            return None
        return self.print_actions.write(choice, period, excel=excel)

    def showEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        self.reports.setFocus(Qt.FocusReason.OtherFocusReason)
