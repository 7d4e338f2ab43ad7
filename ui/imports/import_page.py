"""Step 4: the import itself, and what it did.

All or nothing by default: every valid row goes in, in one transaction, or — when any row is
invalid — nothing does. Or the valid rows, and a workbook of the rejected ones (asked where,
beside the source file by default) for the clerk to fix and import again. The writing runs in
the worker with progress and cancel; a cancel leaves the database exactly as it was. The
last page says what happened and opens the error workbook's folder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWizardPage,
)

from desktop.services.imports.records import ImportResult, RowState
from ui.cases.case_details import breakable
from ui.imports.jobs import run_with_progress
from ui.imports.preview_model import changes_for
from ui.operations import bus

ERRORS_FILE_SUFFIX = " - แถวที่ไม่ได้นำเข้า.xlsx"


def errors_file_beside(source: str) -> str:
    """``<name> - แถวที่ไม่ได้นำเข้า.xlsx`` in the source file's folder."""
    p = Path(source)
    return str(p.with_name(p.stem + ERRORS_FILE_SUFFIX))


class ImportPage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("4. นำเข้า"))
        self.setSubTitle(self.tr("เลือกวิธีนำเข้า แล้วกด “นำเข้า” ระหว่างนำเข้ากดยกเลิกได้ ข้อมูลเดิมจะไม่เปลี่ยน"))
        self.setCommitPage(True)
        self.setButtonText(self.wiz.WizardButton.CommitButton, self.tr("นำเข้า"))
        self.all_or_nothing = QRadioButton(
            self.tr("นำเข้าทั้งหมดหรือไม่นำเข้าเลย: ถ้ามีแถวที่ไม่ถูกต้อง จะไม่นำเข้าแถวใด (แนะนำ)"),
            objectName="allOrNothing",
        )
        self.keep_valid = QRadioButton(
            self.tr("นำเข้าเฉพาะแถวที่ถูกต้อง และบันทึกแถวที่ไม่ได้นำเข้าเป็นไฟล์ Excel เพื่อแก้ไขแล้วนำเข้าใหม่"),
            objectName="keepValid",
        )
        self.all_or_nothing.setChecked(True)
        group = QButtonGroup(self)
        for b in (self.all_or_nothing, self.keep_valid):
            group.addButton(b)
            b.toggled.connect(lambda _on: self._show_plan())
        self.plan = QLabel(objectName="planLabel")
        self.plan.setWordWrap(True)
        self.status = QLabel(objectName="importStatus")
        self.status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.all_or_nothing)
        layout.addWidget(self.keep_valid)
        layout.addSpacing(12)
        layout.addWidget(self.plan)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self._job = None
        self._in_validate = self._running = False
        self.first_field = self.all_or_nothing

    def initializePage(self) -> None:  # noqa: N802
        self.wiz.result = None
        self.status.setText("")
        self._show_plan()

    def _show_plan(self) -> None:
        p = self.wiz.preview
        if p is None:
            return
        existing = [r for r in p.rows if r.state == RowState.EXISTING]
        updated = sum(1 for r in existing if changes_for(p, r))
        lines = [
            self.tr("จะเพิ่มใหม่ %1 แถว ปรับปรุง %2 แถว ข้าม %3 แถว")
            .replace("%1", f"{p.new:,}")
            .replace("%2", f"{updated:,}")
            .replace("%3", f"{len(existing) - updated:,}")
        ]
        if p.invalid and self.all_or_nothing.isChecked():
            lines.append(
                self.tr(
                    "มี %1 แถวที่ไม่ถูกต้อง: แบบทั้งหมดหรือไม่เลยจะไม่นำเข้าแถวใด กรุณาแก้ไฟล์ หรือเลือกนำเข้าเฉพาะแถวที่ถูกต้อง"
                ).replace("%1", f"{p.invalid:,}")
            )
        elif p.invalid:
            lines.append(
                self.tr("%1 แถวที่ไม่ถูกต้องจะบันทึกลงไฟล์ Excel พร้อมเหตุผล").replace("%1", f"{p.invalid:,}")
            )
        self.plan.setText(breakable("\n".join(lines)))

    def validatePage(self) -> bool:  # noqa: N802
        """Start the import; the wizard moves on when it has finished (at once with a
        synchronous executor, else when the worker reports)."""
        if self.wiz.result is not None:
            return True
        if self._running:
            return False
        p = self.wiz.preview
        keep_valid = self.keep_valid.isChecked()
        errors_out = None
        if keep_valid and p.invalid:
            errors_out = self.wiz.choose_save(
                self,
                self.tr("บันทึกแถวที่ไม่ได้นำเข้า"),
                errors_file_beside(self.wiz.path),
                self.tr("Excel (*.xlsx)"),
            )
            if not errors_out:
                return False
            if not errors_out.lower().endswith(".xlsx"):
                errors_out += ".xlsx"
        service = self.wiz.service
        self.status.setText(self.tr("กำลังนำเข้า…"))

        finished: list[ImportResult] = []

        def work(progress, cancelled):
            result = service.run(
                p,
                keep_valid=keep_valid,
                errors_out=errors_out,
                progress=progress,
                cancelled=cancelled,
            )
            finished.append(result)
            return result

        def cancelled() -> None:
            # Cancel pressed after the last check: the rows are in, and the clerk is told so.
            if finished:
                bus().dataChanged.emit(self.wiz.kind.changed)
                self._done(finished[0])
            else:
                self._ended(self.tr("ยกเลิกการนำเข้าแล้ว ข้อมูลในฐานข้อมูลไม่เปลี่ยนแปลง"))

        self._in_validate = self._running = True
        try:
            job = run_with_progress(
                self,
                self.tr("กำลังนำเข้า…"),
                work,
                executor=self.wiz.executor,
                changed=self.wiz.kind.changed,
                on_done=self._done,
                on_cancelled=cancelled,
                on_failed=lambda: self._ended(self.tr("ไม่ได้นำเข้า ข้อมูลในฐานข้อมูลไม่เปลี่ยนแปลง")),
            )
        finally:
            self._in_validate = False
        self._job = job if self._running else None  # kept only while it runs, for cancel
        return self.wiz.result is not None

    def _done(self, result: ImportResult) -> None:
        self._job, self._running = None, False
        self.wiz.result = result
        self.wiz.imported.emit(result)
        if not self._in_validate:  # the worker finished later: move on now
            self.wiz.next()

    def _ended(self, message: str) -> None:
        self._job, self._running = None, False
        self.status.setText(message)

    def cancel_running(self) -> None:
        if self._job is not None:
            self._job.cancel()


class DonePage(QWizardPage):
    def __init__(self, wizard) -> None:
        super().__init__()
        self.wiz = wizard
        self.setTitle(self.tr("นำเข้าเสร็จแล้ว"))
        self.created, self.updated = (
            QLabel(objectName="createdCount"),
            QLabel(objectName="updatedCount"),
        )
        self.skipped, self.rejected = (
            QLabel(objectName="skippedCount"),
            QLabel(objectName="rejectedCount"),
        )
        form = QFormLayout()
        form.addRow(self.tr("เพิ่มใหม่"), self.created)
        form.addRow(self.tr("ปรับปรุง"), self.updated)
        form.addRow(self.tr("ข้าม (มีอยู่แล้ว ไม่เปลี่ยน)"), self.skipped)
        form.addRow(self.tr("ไม่ได้นำเข้า"), self.rejected)
        self.errors_file = QLabel(objectName="errorsFile")
        self.errors_file.setWordWrap(True)
        self.open_folder = QPushButton(self.tr("เปิดโฟลเดอร์"), objectName="openFolderButton")
        self.open_folder.clicked.connect(self._open_folder)
        files = QHBoxLayout()
        files.addWidget(self.errors_file, 1)
        files.addWidget(self.open_folder)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addSpacing(12)
        layout.addLayout(files)
        layout.addStretch(1)
        self.first_field = self.open_folder

    def initializePage(self) -> None:  # noqa: N802
        r = self.wiz.result
        for label, n in (
            (self.created, r.created),
            (self.updated, r.updated),
            (self.skipped, r.skipped),
            (self.rejected, r.rejected),
        ):
            label.setText(self.tr("%1 แถว").replace("%1", f"{n:,}"))
        has_file = bool(r.errors_file)
        self.errors_file.setText(
            self.tr("แถวที่ไม่ได้นำเข้าบันทึกไว้ที่: %1").replace("%1", r.errors_file) if has_file else ""
        )
        self.open_folder.setVisible(has_file)
        self.first_field = self.open_folder if has_file else None

    def _open_folder(self) -> None:
        if self.wiz.result and self.wiz.result.errors_file:
            self.wiz.open_folder(str(Path(self.wiz.result.errors_file).parent))
