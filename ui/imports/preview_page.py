"""Step 3: every row checked (in the worker, with progress and cancel), nothing written yet.

The counts of new, registered and invalid rows; each row's problems in Thai, its cells
tinted where they are wrong; what to do with a row whose record is registered already —
for the whole file, and for any one row (the combo under the table or the row's context
menu) — with the changes that choice makes listed field by field before anything is applied.
"""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWizardPage,
)

from desktop.services.imports.records import DuplicateAction, ImportPreview, ImportRow, RowState
from ui.imports.jobs import run_with_progress
from ui.imports.preview_model import (
    ROW_ROLE,
    PreviewModel,
    ProblemRowsFilter,
    action_labels,
    changes_for,
)
from ui.widgets.tables import set_up_record_table

SIZED_ROWS = 100
ROW_ACTIONS = (DuplicateAction.SKIP, DuplicateAction.FILL, DuplicateAction.UPDATE)


class PreviewPage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__()
        self.wiz = wizard
        kind = wizard.kind
        self.setTitle(self.tr("3. ตรวจข้อมูลก่อนนำเข้า"))
        self.setSubTitle(self.tr("ยังไม่มีการบันทึกข้อมูลในขั้นนี้ ช่องที่มีสีคือช่องที่มีปัญหา ชี้ที่ช่องเพื่อดูเหตุผล"))
        self.action = QComboBox(objectName="duplicateCombo")
        for action, label in action_labels().items():
            self.action.addItem(label, action)
        self.action.activated.connect(lambda _i: self._action_changed())
        self._action = DuplicateAction.SKIP
        self.default = QComboBox(objectName="defaultCombo")
        for label, value in kind.default_choices:
            self.default.addItem(label, value)
        self.default.activated.connect(lambda _i: self.check())
        self.again = QPushButton(self.tr("ตรวจอีกครั้ง"), objectName="checkAgainButton")
        self.again.clicked.connect(self.check)
        options = QHBoxLayout()
        options.addWidget(QLabel(self.tr("แถวที่%1:").replace("%1", kind.existing_label)))
        options.addWidget(self.action)
        if kind.default_choices:
            options.addSpacing(16)
            options.addWidget(QLabel(kind.default_label + ":"))
            options.addWidget(self.default)
        options.addStretch(1)
        options.addWidget(self.again)

        self.counts = QLabel(objectName="countsLabel")
        self.only_problems = QCheckBox(self.tr("แสดงเฉพาะแถวที่มีปัญหา"), objectName="onlyProblems")
        self.only_problems.toggled.connect(self._filter)
        counts = QHBoxLayout()
        counts.addWidget(self.counts, 1)
        counts.addWidget(self.only_problems)

        self.model = PreviewModel(kind, self)
        self.rows = ProblemRowsFilter(self)
        self.rows.setSourceModel(self.model)
        self.table = QTableView(objectName="previewTable")
        self.table.setModel(self.rows)
        set_up_record_table(self.table)
        self.table.horizontalHeader().setStretchLastSection(False)
        # Column widths from the first rows: measuring 20,000 rows would hold the window up.
        self.table.horizontalHeader().setResizeContentsPrecision(SIZED_ROWS)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)

        self.details_box = QGroupBox(self.tr("รายละเอียดของแถวที่เลือก"))
        self.row_action = QComboBox(objectName="rowActionCombo")
        self.row_action.addItem(self.tr("ตามที่เลือกสำหรับทั้งไฟล์"), None)
        for action in ROW_ACTIONS:
            self.row_action.addItem(action_labels()[action], action)
        self.row_action.activated.connect(
            lambda _i: self.set_row_action(self.row_action.currentData())
        )
        self.row_action_label = QLabel(self.tr("สำหรับแถวนี้:"))
        self.lines = QStringListModel(self)
        self.details = QListView(objectName="rowDetails")
        self.details.setModel(self.lines)
        self.details.setWordWrap(False)
        self.details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        choose = QHBoxLayout()
        choose.addWidget(self.row_action_label)
        choose.addWidget(self.row_action)
        choose.addStretch(1)
        box = QVBoxLayout(self.details_box)
        box.addLayout(choose)
        box.addWidget(self.details)

        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.table)
        split.addWidget(self.details_box)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        split.setSizes([250, 240])  # room for a row's problems and its changes
        layout = QVBoxLayout(self)
        layout.addLayout(options)
        layout.addLayout(counts)
        layout.addWidget(split, 1)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_row())
        self._checked_for = None
        self._kept: dict[int, DuplicateAction] = {}
        self._job = None
        self._generation = 0
        self.first_field = self.action

    # -- checking ------------------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802
        wanted = (id(self.wiz.table), tuple(sorted(self.wiz.mapping.items())))
        if self.wiz.preview is None or self._checked_for != wanted:
            self._checked_for = wanted
            self._kept = {}
            self.check()

    def check(self) -> None:
        """Check every row again (a new file, mapping, default, or "stop" chosen or left)."""
        old = self.wiz.preview
        if old is not None:
            self._kept = {r.row: r.action for r in old.rows if r.action is not None}
        table, mapping = self.wiz.table, dict(self.wiz.mapping)
        action, default = self.action.currentData(), self.default.currentData()
        service, options = self.wiz.service, self.wiz.kind.preview_options(default)
        self._set_preview(None)
        self.counts.setText(self.tr("กำลังตรวจ…"))

        def work(progress, cancelled):
            return service.preview(
                table, mapping, action, progress=progress, cancelled=cancelled, **options
            )

        self.cancel_running()
        self._generation += 1
        generation = self._generation

        def checked(preview: ImportPreview) -> None:
            if generation == self._generation:  # not a check the clerk has since replaced
                self._job = None
                self._checked(preview)

        self._job = run_with_progress(
            self,
            self.tr("กำลังตรวจทุกแถว…"),
            work,
            executor=self.wiz.executor,
            on_done=checked,
            on_cancelled=lambda: self.counts.setText(
                self.tr("ยกเลิกการตรวจแล้ว กด “ตรวจอีกครั้ง” เพื่อตรวจใหม่")
            ),
            on_failed=lambda: self.counts.setText(self.tr("ตรวจไม่สำเร็จ")),
        )

    def cancel_running(self) -> None:
        if self._job is not None:
            self._job.cancel()
            self._job = None

    def cleanupPage(self) -> None:  # noqa: N802
        """Back to the mapping: a check still running is of no use any more."""
        self.cancel_running()
        self._generation += 1
        super().cleanupPage()

    def _checked(self, preview: ImportPreview) -> None:
        for row in preview.rows:
            if row.state == RowState.EXISTING and row.row in self._kept:
                row.action = self._kept[row.row]
        self._set_preview(preview)

    def _set_preview(self, preview: ImportPreview | None) -> None:
        self.wiz.preview = preview
        self.model.set_preview(preview)
        self.table.resizeColumnsToContents()
        for c in range(self.model.columnCount()):
            self.table.setColumnWidth(c, min(max(self.table.columnWidth(c), 60), 280))
        self._show_counts()
        if preview is not None and self.rows.rowCount():
            self.table.setCurrentIndex(self.rows.index(0, 0))
        self._show_row()
        self.completeChanged.emit()

    def _show_counts(self) -> None:
        p = self.wiz.preview
        if p is None:
            return
        self.counts.setText(
            self.tr("ใหม่ %1 · %2 %3 · ไม่ถูกต้อง %4 · รวม %5 แถว")
            .replace("%1", f"{p.new:,}")
            .replace("%2", self.wiz.kind.existing_label)
            .replace("%3", f"{p.existing:,}")
            .replace("%4", f"{p.invalid:,}")
            .replace("%5", f"{len(p.rows):,}")
        )

    def isComplete(self) -> bool:  # noqa: N802
        p = self.wiz.preview
        return p is not None and p.new + p.existing > 0

    def validatePage(self) -> bool:  # noqa: N802
        return self.isComplete()

    # -- duplicates ----------------------------------------------------------------------
    def _action_changed(self) -> None:
        new, old = self.action.currentData(), self._action
        self._action = new
        if self.wiz.preview is None:
            return
        if DuplicateAction.STOP in (new, old):  # "stop" decides which rows are valid
            self.check()
            return
        self.wiz.preview.on_duplicate = new
        self.model.all_changed()
        self._show_row()

    def current_row(self) -> ImportRow | None:
        index = self.table.currentIndex()
        return index.data(ROW_ROLE) if index.isValid() else None

    def set_row_action(self, action: DuplicateAction | None, rows: list[ImportRow] | None = None):
        """The choice for these rows (the current one by default); None: the whole file's."""
        rows = rows if rows is not None else [r for r in [self.current_row()] if r]
        for row in rows:
            if row.state == RowState.EXISTING:
                row.action = action
        if len(rows) == 1:
            self.model.rows_changed([self.wiz.preview.rows.index(rows[0])])
        else:
            self.model.all_changed()
        self._show_row()

    def _context_menu(self, pos) -> None:
        rows = [i.data(ROW_ROLE) for i in self.table.selectionModel().selectedRows()]
        rows = [r for r in rows if r.state == RowState.EXISTING]
        if not rows:
            return
        menu = QMenu(self)
        menu.setObjectName("rowActionMenu")
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for label, action in [(self.row_action.itemText(0), None)] + [
            (action_labels()[a], a) for a in ROW_ACTIONS
        ]:
            menu.addAction(label, lambda a=action: self.set_row_action(a, rows))
        menu.popup(self.table.viewport().mapToGlobal(pos))

    def _show_row(self) -> None:
        row, p = self.current_row(), self.wiz.preview
        existing = row is not None and row.state == RowState.EXISTING
        self.row_action.setEnabled(existing)
        self.row_action_label.setEnabled(existing)
        if row is None or p is None:
            self.lines.setStringList([])
            return
        self.row_action.setCurrentIndex(max(0, self.row_action.findData(row.action)))
        lines = [problem.line() for problem in row.problems]
        if existing:
            lines.append(
                self.tr("%1 (รหัส %2): %3")
                .replace("%1", self.wiz.kind.existing_label)
                .replace("%2", str(row.existing_id))
                .replace("%3", action_labels()[p.action_for(row)])
            )
            changes = changes_for(p, row)
            value = self.wiz.kind.value_text
            empty = self.tr("(ว่าง)")
            for c in changes:
                lines.append(
                    f"    {c.label}: {value(c.field, c.old) or empty} → {value(c.field, c.new) or empty}"
                )
            if not changes:
                lines.append("    " + self.tr("ไม่มีการเปลี่ยนแปลงข้อมูลเดิม"))
        elif row.state == RowState.NEW and not lines:
            lines.append(self.tr("แถวนี้ถูกต้อง จะเพิ่มเป็นรายการใหม่"))
        self.lines.setStringList(lines)

    def _filter(self, only: bool) -> None:
        self.rows.set_only_problems(only)
        if self.rows.rowCount():
            self.table.setCurrentIndex(self.rows.index(0, 0))
        self._show_row()
