"""The administrator's mentoring set-up: the fiscal year's evaluation template (criteria,
weights, maximum scores, grade bands), the visit checklist, and the office's visit rule.

A template that has been scored on is never changed: saving makes a new version, and the page
says so before the admin saves.

Edits wait for their Save button; the page follows the ``has_unsaved()`` / ``save()`` /
``discard()`` protocol of ``ui.dialogs.unsaved``, so the main window asks before the admin
leaves it or closes, and choosing another fiscal year asks before the template is reloaded.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.fiscal_year import fiscal_year_of
from desktop.domain.mentoring.evaluation import Criterion, GradeBand, TemplateInfo
from desktop.domain.mentoring.visits import VISIT_EVERY_DAYS_RANGE
from desktop.services.desk import Desk
from ui.dialogs.unsaved import IGNORE_PROPERTY, ask_unsaved, form_state
from ui.operations import run_op
from ui.widgets.field_error import FieldError, validation_into
from ui.widgets.flow_layout import FlowLayout


def _grid(headers: list[str], stretch: int = 0) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().setVisible(False)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _number(text: str) -> float | None:
    try:
        return float(text.strip())
    except ValueError:
        return None


class MentoringSetupPage(QWidget):
    def __init__(self, desk: Desk, parent=None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.setWindowTitle(self.tr("แบบประเมินและหัวข้อการเยี่ยม"))  # names it when asking
        self.template: TemplateInfo | None = None
        self._template_as_loaded: dict = {}
        self.year = QSpinBox(objectName="templateYear")
        self.year.setRange(2560, 2700)
        self.year.setValue(fiscal_year_of(desk.ctx.today()))
        self.year.setProperty(IGNORE_PROPERTY, True)  # which year to show is not an edit
        self._loaded_year = self.year.value()
        self.year.valueChanged.connect(self._year_chosen)
        self.version = QLabel(objectName="templateVersion")
        self.version.setWordWrap(True)
        self.name = QLineEdit(objectName="templateName")
        self.criteria = _grid([self.tr("หัวข้อการประเมิน"), self.tr("น้ำหนัก"), self.tr("คะแนนเต็ม")])
        self.bands = _grid([self.tr("ระดับ"), self.tr("คะแนนขั้นต่ำ (ร้อยละ)")])
        self.message = FieldError()
        self.message.setObjectName("templateMessage")
        add_c, remove_c = QPushButton(self.tr("เพิ่มหัวข้อ")), QPushButton(self.tr("ลบหัวข้อที่เลือก"))
        add_c.clicked.connect(self._add_criterion)
        remove_c.clicked.connect(lambda: self._remove_row(self.criteria))
        add_b, remove_b = QPushButton(self.tr("เพิ่มระดับ")), QPushButton(self.tr("ลบระดับที่เลือก"))
        add_b.clicked.connect(lambda: self._set_band(self.bands.rowCount(), GradeBand("", 0)))
        remove_b.clicked.connect(lambda: self._remove_row(self.bands))
        self.save_button = QPushButton(self.tr("บันทึกแบบประเมิน"), objectName="saveTemplate")
        self.save_button.clicked.connect(self.save_template)

        self.template_box = template_box = QGroupBox(self.tr("แบบประเมินประจำปีงบประมาณ"))
        t = QVBoxLayout(template_box)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("ปีงบประมาณ")))
        row.addWidget(self.year)
        row.addWidget(self.version, 1)
        t.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("ชื่อแบบประเมิน")))
        row.addWidget(self.name, 1)
        t.addLayout(row)
        t.addWidget(self.criteria, 3)
        t.addLayout(self._row(add_c, remove_c))
        t.addWidget(self.bands, 2)
        t.addLayout(self._row(add_b, remove_b))
        t.addWidget(self.message)
        t.addLayout(self._row(self.save_button))

        self.topics = QListWidget(objectName="topicList")
        self.topics.itemChanged.connect(self._topic_toggled)
        self.new_topic = QLineEdit(objectName="newTopic")
        self.new_topic.setPlaceholderText(self.tr("หัวข้อใหม่ เช่น แนะนำบริการจัดหางาน"))
        add_topic = QPushButton(self.tr("เพิ่มหัวข้อการเยี่ยม"), objectName="addTopic")
        add_topic.clicked.connect(self.add_topic)
        self.new_topic.returnPressed.connect(self.add_topic)
        topics_box = QGroupBox(self.tr("หัวข้อการเยี่ยม (เลือก = ใช้งานอยู่)"))
        tb = QVBoxLayout(topics_box)
        tb.addWidget(self.topics, 1)
        row = QHBoxLayout()
        row.addWidget(self.new_topic, 1)
        row.addWidget(add_topic)
        tb.addLayout(row)

        self.every_days = QSpinBox(objectName="visitEveryDays")
        self.every_days.setRange(*VISIT_EVERY_DAYS_RANGE)
        self.every_days.setSuffix(self.tr(" วัน"))
        self._saved_every_days = self.desk.workspace.visit_every_days()
        self.every_days.setValue(self._saved_every_days)
        self.save_rule_button = QPushButton(self.tr("บันทึกรอบการเยี่ยม"), objectName="saveVisitRule")
        self.save_rule_button.clicked.connect(self.save_visit_rule)
        self.rule_message = FieldError()
        rule_box = QGroupBox(self.tr("รอบการเยี่ยม"))
        rb = QVBoxLayout(rule_box)
        explain = QLabel(
            self.tr("ผู้ที่ไม่ได้รับการเยี่ยมนานเกินรอบนี้ จะขึ้นในรายการ “ถึงกำหนดเยี่ยม” ของพี่เลี้ยงทุกคน")
        )
        explain.setWordWrap(True)
        rb.addWidget(explain)
        row = FlowLayout()  # the button moves under the days when the column is narrow
        row.addWidget(QLabel(self.tr("ควรเยี่ยมอย่างน้อยทุก")))
        row.addWidget(self.every_days)
        row.addWidget(self.save_rule_button)
        rb.addLayout(row)
        rb.addWidget(self.rule_message)
        side = QVBoxLayout()
        side.addWidget(topics_box, 1)
        side.addWidget(rule_box)

        layout = QHBoxLayout(self)
        layout.addWidget(template_box, 3)
        layout.addLayout(side, 2)
        self.load_template()
        self.load_topics()

    def _row(self, *buttons) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addStretch(1)
        for b in buttons:
            row.addWidget(b)
        return row

    # -- unsaved edits (the protocol of ui.dialogs.unsaved) ---------------------------------
    def template_edited(self) -> bool:
        return form_state(self.template_box) != self._template_as_loaded

    def has_unsaved(self) -> bool:
        return (
            self.template_edited()
            or self.every_days.value() != self._saved_every_days
            or bool(self.new_topic.text().strip())
        )

    def save(self) -> bool:
        """Save whatever was edited; False (with the message on the page) if any is refused."""
        if self.template_edited() and self.save_template() is None:
            return False
        if self.every_days.value() != self._saved_every_days and self.save_visit_rule() is None:
            return False
        return not self.new_topic.text().strip() or self.add_topic()

    def discard(self) -> None:
        self.load_template()
        self.every_days.setValue(self._saved_every_days)
        self.new_topic.clear()
        self.rule_message.setError(None)

    def _year_chosen(self, year: int) -> None:
        """Another fiscal year: ask first when this year's template has edits."""
        if self.template_edited():
            answer = ask_unsaved(
                self,
                self.tr("แบบประเมินปีงบประมาณ %1").replace("%1", str(self._loaded_year)),
            )
            if answer == "cancel" or (answer == "save" and self.save_template() is None):
                self.year.blockSignals(True)
                self.year.setValue(self._loaded_year)
                self.year.blockSignals(False)
                return
        self.load_template()

    # -- the template ----------------------------------------------------------------------
    def load_template(self) -> TemplateInfo:
        self._loaded_year = self.year.value()
        self.template = t = self.desk.evaluations.template_for(self._loaded_year)
        self.version.setText(
            self.tr("ฉบับที่ %1").replace("%1", str(t.version))
            + (
                self.tr(" · ใช้ประเมินแล้ว: การแก้ไขจะบันทึกเป็นฉบับใหม่ ผลประเมินเดิมไม่เปลี่ยน")
                if t.used
                else ""
            )
        )
        self.name.setText(t.name)
        self.criteria.setRowCount(0)
        for i, c in enumerate(t.criteria):
            self._set_criterion(i, c)
        self.bands.setRowCount(0)
        for i, b in enumerate(sorted(t.bands, key=lambda b: -b.min_percent)):
            self._set_band(i, b)
        self.message.setError(None)
        self._template_as_loaded = form_state(self.template_box)
        return t

    def _set_criterion(self, row: int, c: Criterion) -> None:
        self.criteria.insertRow(row)
        for col, value in enumerate((c.text, f"{c.weight:g}", str(c.max_score))):
            self.criteria.setItem(row, col, QTableWidgetItem(value))

    def _set_band(self, row: int, b: GradeBand) -> None:
        self.bands.insertRow(row)
        self.bands.setItem(row, 0, QTableWidgetItem(b.label))
        self.bands.setItem(row, 1, QTableWidgetItem(f"{b.min_percent:g}"))

    def _add_criterion(self) -> None:
        self._set_criterion(self.criteria.rowCount(), Criterion("", 10, 10))
        self.criteria.editItem(self.criteria.item(self.criteria.rowCount() - 1, 0))

    def _remove_row(self, table: QTableWidget) -> None:
        if table.currentRow() >= 0:
            table.removeRow(table.currentRow())

    def _cell(self, table: QTableWidget, row: int, col: int) -> str:
        item = table.item(row, col)
        return item.text() if item else ""

    def read(self) -> tuple[list[Criterion], list[GradeBand], dict[str, str]]:
        criteria, bands, errors = [], [], {}
        for r in range(self.criteria.rowCount()):
            weight, top = (
                _number(self._cell(self.criteria, r, 1)),
                _number(self._cell(self.criteria, r, 2)),
            )
            if weight is None or top is None or top != int(top):
                errors["criteria"] = self.tr("หัวข้อที่ %1: น้ำหนักและคะแนนเต็มต้องเป็นตัวเลข").replace(
                    "%1", str(r + 1)
                )
                continue
            criteria.append(Criterion(self._cell(self.criteria, r, 0), weight, int(top)))
        for r in range(self.bands.rowCount()):
            low = _number(self._cell(self.bands, r, 1))
            if low is None:
                errors["bands"] = self.tr("ระดับที่ %1: คะแนนขั้นต่ำต้องเป็นตัวเลข").replace(
                    "%1", str(r + 1)
                )
                continue
            bands.append(GradeBand(self._cell(self.bands, r, 0), low))
        return criteria, bands, errors

    def save_template(self) -> TemplateInfo | None:
        criteria, bands, errors = self.read()
        if errors:
            self.message.setError("\n".join(errors.values()))
            return None
        year, name = self._loaded_year, self.name.text()
        saved = run_op(
            self,
            lambda: self.desk.evaluations.save_template(year, name, criteria, bands),
            changed="evaluation",
            on_error=validation_into(self.message),
        )
        if saved is not None:
            self.year.blockSignals(True)
            self.year.setValue(year)  # still the year that was edited, even if asked on leaving
            self.year.blockSignals(False)
            self.load_template()
            self.message.setError(None)
        return saved

    # -- visit topics ----------------------------------------------------------------------
    def load_topics(self) -> None:
        self.topics.blockSignals(True)
        self.topics.clear()
        for t in self.desk.visits.topics(active_only=False):
            item = QListWidgetItem(t.text)
            item.setData(Qt.ItemDataRole.UserRole, t.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if t.active else Qt.CheckState.Unchecked)
            self.topics.addItem(item)
        self.topics.blockSignals(False)

    def add_topic(self) -> bool:
        text = self.new_topic.text()
        if run_op(self, lambda: self.desk.visits.add_topic(text), changed="visit") is not None:
            self.new_topic.clear()
            self.load_topics()
            return True
        return False

    def _topic_toggled(self, item: QListWidgetItem) -> None:
        topic_id = item.data(Qt.ItemDataRole.UserRole)
        active = item.checkState() == Qt.CheckState.Checked
        run_op(self, lambda: self.desk.visits.set_topic_active(topic_id, active), changed="visit")

    # -- the visit rule --------------------------------------------------------------------
    def save_visit_rule(self) -> int | None:
        days = self.every_days.value()
        self.rule_message.setError(None)
        saved = run_op(
            self,
            lambda: self.desk.workspace.set_visit_every_days(days),
            changed="mentoring",
            on_error=validation_into(self.rule_message),
        )
        if saved is not None:
            self._saved_every_days = days
        return saved
