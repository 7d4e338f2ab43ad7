"""Score one person for a fiscal year on the year's template; total and grade as you type.

An existing evaluation is re-scored on the template it was made with, never a newer one.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QSpinBox,
    QVBoxLayout,
)

from desktop.domain.conflicts import EditConflict
from desktop.domain.errors import DeskError, StaleRecordError, ValidationError
from desktop.domain.mentoring.evaluation import (
    EvaluationDraft,
    EvaluationInfo,
    grade_for,
    weighted_total,
)
from desktop.domain.permissions import Permission
from desktop.services.desk import Desk
from desktop.services.mentoring.evaluation_conflicts import draft_of
from ui.dialogs.conflict_dialog import ConflictDialog, resolve_conflict
from ui.dialogs.entry_dialog import EntryDialog
from ui.domain_labels import label_of
from ui.mentoring.mentor_choice import MentorChoice
from ui.mentoring.visit_dialog import text_box
from ui.operations import run_op
from ui.widgets.be_date_edit import BeDateEdit
from ui.widgets.field_error import FieldError, with_error

NO_SCORE = -1  # the spin box's "—": not scored yet


class EvaluationDialog(EntryDialog):
    saved = Signal(object)  # EvaluationInfo

    def __init__(self, desk: Desk, person_id: int, fiscal_year: int, parent=None) -> None:
        super().__init__(parent)
        self.desk, self.person_id, self.fiscal_year = desk, person_id, fiscal_year
        self.evaluation: EvaluationInfo | None = desk.evaluations.of(person_id, fiscal_year)
        # What the form starts from: tells a conflict which side changed each score.
        self._opened = draft_of(self.evaluation) if self.evaluation else None
        self._unsaved: EvaluationDraft | None = None
        self.conflict_dialog: ConflictDialog | None = None
        self.template = (
            self.evaluation.template
            if self.evaluation
            else desk.evaluations.template_for(fiscal_year)
        )
        person = desk.people.get(person_id)
        self.setWindowTitle(
            self.tr("ประเมินผลปีงบประมาณ %1 — ").replace("%1", str(fiscal_year)) + person.full_name
        )
        self.errors: dict[str, FieldError] = {}
        self.spins: list[QSpinBox] = []
        self._build(desk.evaluations.year_figures(person_id, fiscal_year))
        self._show()
        self.resize(980, 760)

    def _build(self, figures) -> None:
        criteria = QGroupBox(self.template.title)
        grid = QGridLayout(criteria)
        for col, title in enumerate(
            (
                self.tr("ข้อ"),
                self.tr("หัวข้อการประเมิน"),
                self.tr("น้ำหนัก"),
                self.tr("คะแนนเต็ม"),
                self.tr("คะแนนที่ได้"),
            )
        ):
            header = QLabel(f"<b>{title}</b>")
            grid.addWidget(header, 0, col)
        for i, c in enumerate(self.template.criteria):
            text = QLabel(c.text)
            text.setWordWrap(True)
            text.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
            spin = QSpinBox(objectName=f"score{i}")
            spin.setRange(NO_SCORE, c.max_score)
            spin.setSpecialValueText("—")
            spin.setValue(NO_SCORE)
            spin.valueChanged.connect(self._update_total)
            box, self.errors[f"score_{i}"] = with_error(f"score_{i}", spin)
            for col, w in enumerate(
                (QLabel(str(i + 1)), text, QLabel(f"{c.weight:g}"), QLabel(str(c.max_score)), box)
            ):
                if w is text:  # the whole cell: an aligned item gets no height for its width
                    grid.addWidget(w, i + 1, col)
                else:
                    grid.addWidget(w, i + 1, col, Qt.AlignmentFlag.AlignTop)
            self.spins.append(spin)
        grid.setColumnStretch(1, 1)
        self.total = QLabel(objectName="totalLabel")
        font = self.total.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.total.setFont(font)
        bands = " · ".join(
            f"{b.label} ≥ {b.min_percent:g}"
            for b in sorted(self.template.bands, key=lambda b: -b.min_percent)
        )
        legend = QLabel(self.tr("ระดับผล: ") + bands)
        legend.setWordWrap(True)

        form = QFormLayout()
        # A clerk keying in a mentor's paper sheet names the mentor who evaluated; the mentor,
        # not the clerk, signs the evaluation.
        self.keying_in = self.desk.can(Permission.KEY_IN_FOR_MENTOR)
        self.evaluator = MentorChoice(objectName="evaluator")
        if self.keying_in:
            self.evaluator.fill(self.tr("— เลือกพี่เลี้ยงผู้ประเมิน —"), self.desk.assignments.mentors())
            box, self.errors["evaluator_id"] = with_error("evaluator_id", self.evaluator)
            form.addRow(self.tr("ผู้ประเมิน"), box)
        self.evaluated_on = BeDateEdit(today=self.desk.ctx.today)
        self.evaluated_on.setRequired(True)
        self.evaluated_on.setMaximumDate(self.desk.ctx.today())
        self.strengths, self.to_improve, self.comments = text_box(), text_box(), text_box()
        for name, label, w in (
            ("evaluated_on", self.tr("วันที่ประเมิน"), self.evaluated_on),
            ("strengths", self.tr("จุดเด่น"), self.strengths),
            ("to_improve", self.tr("สิ่งที่ควรพัฒนา"), self.to_improve),
            ("comments", self.tr("ความเห็นเพิ่มเติม"), self.comments),
        ):
            box, self.errors[name] = with_error(name, w)
            form.addRow(label, box)

        self.keyed_note = QLabel(objectName="keyedNote")
        self.keyed_note.setVisible(False)
        facts = QGroupBox(
            self.tr("ข้อมูลจากระบบ (ปีงบประมาณ %1)").replace("%1", str(self.fiscal_year))
        )
        facts_form = QFormLayout(facts)
        detail = ", ".join(f"{label_of(o)} {n}" for o, n in figures.outcomes)
        resolved = self.tr("%1 เรื่อง").replace("%1", str(figures.resolved))
        for name, value in (
            (self.tr("การเยี่ยมที่ได้รับ"), self.tr("%1 ครั้ง").replace("%1", str(figures.visits))),
            (self.tr("ความต้องการที่ชี้เป้า"), self.tr("%1 เรื่อง").replace("%1", str(figures.reported))),
            (self.tr("ได้รับการแก้ไขแล้ว"), resolved + (f" ({detail})" if detail else "")),
        ):
            value_label = QLabel(value)
            value_label.setWordWrap(True)
            facts_form.addRow(name, value_label)
        self.general = FieldError()
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("บันทึกผลการประเมิน"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("ยกเลิก"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)

        side = QVBoxLayout()
        side.addWidget(facts)
        side.addStretch(1)
        top = QHBoxLayout()
        # The criteria scroll when the screen is too short for them all (1280×720).
        scroll = QScrollArea(objectName="criteriaScroll")
        scroll.setWidget(criteria)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        top.addWidget(scroll, 1)
        top.addLayout(side)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        layout.addWidget(self.total)
        layout.addWidget(legend)
        layout.addLayout(form)
        layout.addWidget(self.keyed_note)
        layout.addWidget(self.general)
        layout.addWidget(buttons)

    def _show(self) -> None:
        e = self.evaluation
        self.evaluated_on.setDate(e.evaluated_on if e else self.desk.ctx.today())
        if self.keying_in and e is not None:
            self.evaluator.choose(e.evaluator_id, e.evaluator)
        elif self.keying_in:
            self.evaluator.choose_mentor_of(self.desk.assignments, self.person_id)
        if e is not None and e.keyed_for_evaluator:
            self.keyed_note.setText(
                self.tr("ประเมินโดย %1 · บันทึกแทนโดย %2")
                .replace("%1", e.evaluator)
                .replace("%2", e.entered_by)
            )
            self.keyed_note.setVisible(True)
        if e is not None:
            for spin, score in zip(self.spins, e.scores, strict=False):
                spin.setValue(score)
            self.strengths.setPlainText(e.strengths)
            self.to_improve.setPlainText(e.to_improve)
            self.comments.setPlainText(e.comments)
        self._update_total()

    def scores(self) -> tuple[int | None, ...]:
        return tuple(None if s.value() == NO_SCORE else s.value() for s in self.spins)

    def _update_total(self) -> None:
        scores = self.scores()
        if any(s is None for s in scores):
            done = sum(s is not None for s in scores)
            self.total.setText(
                self.tr("ให้คะแนนแล้ว %1 จาก %2 ข้อ")
                .replace("%1", str(done))
                .replace("%2", str(len(scores)))
            )
            return
        total = weighted_total(scores, self.template.criteria)
        grade = grade_for(total, self.template.bands)
        self.total.setText(
            self.tr("คะแนนรวม %1 จาก 100 · ระดับ %2")
            .replace("%1", f"{total:.2f}")
            .replace("%2", grade)
        )

    def draft(self) -> EvaluationDraft:
        return EvaluationDraft(
            self.person_id,
            self.fiscal_year,
            self.evaluated_on.date(),
            self.scores(),
            self.strengths.toPlainText().strip(),
            self.to_improve.toPlainText().strip(),
            self.comments.toPlainText().strip(),
            evaluator_id=self.evaluator.currentData() if self.keying_in else None,
        )

    def show_errors(self, errors: dict[str, str]) -> None:
        for name, label in self.errors.items():
            label.setError(errors.get(name))
        self.general.setError("\n".join(m for n, m in errors.items() if n not in self.errors))

    def submit(self) -> EvaluationInfo | None:
        local = {}
        if self.evaluated_on.error():
            local["evaluated_on"] = self.evaluated_on.error()
        if self.keying_in and self.evaluator.currentData() is None:
            local["evaluator_id"] = self.tr("กรุณาเลือกพี่เลี้ยงผู้ประเมิน")
        if local:
            self.show_errors(local)
            return None
        self.show_errors({})
        draft = self.draft()
        if self.evaluation is None:
            call = lambda: self.desk.evaluations.evaluate(draft)  # noqa: E731
        else:
            e = self.evaluation
            self._unsaved = draft
            call = lambda: self.desk.evaluations.update(e.id, e.version, draft)  # noqa: E731
        saved = run_op(self, call, changed="evaluation", on_error=self._on_error)
        if saved is not None:
            self.evaluation = saved
            self.saved.emit(saved)
            self.accept()
        return saved

    def save(self) -> EvaluationInfo | None:
        return self.submit()

    def _on_error(self, exc: DeskError) -> bool:
        if isinstance(exc, ValidationError):
            self.show_errors(exc.fields)
            return True
        if isinstance(exc, StaleRecordError):
            self.general.setError(exc.message)
            if self.evaluation is not None and self._unsaved is not None:
                self._resolve_conflict(self._unsaved)
            return True
        return False

    # -- someone else saved first: mine vs theirs, criterion by criterion ------------------
    def _resolve_conflict(self, mine: EvaluationDraft) -> None:
        evaluation_id, opened = self.evaluation.id, self._opened
        conflict = run_op(self, lambda: self.desk.evaluations.conflict(evaluation_id, mine, opened))
        if conflict is None:
            return
        self.conflict_dialog = resolve_conflict(
            self, conflict, lambda draft: self._save_resolved(conflict, draft)
        )

    def _save_resolved(self, conflict: EditConflict, draft: EvaluationDraft) -> None:
        evaluation_id = self.evaluation.id
        saved = run_op(
            self,
            lambda: self.desk.evaluations.save_resolved(
                evaluation_id, draft, conflict.version, conflict.mine
            ),
            changed="evaluation",
            on_error=self._on_error,
        )
        if saved is not None:
            self.evaluation = saved
            self._unsaved = None
            self.saved.emit(saved)
            self.accept()
