"""After a person's data is erased, nothing new that could name them again is recorded about
them: no visit, evaluation or award, and the old visit or evaluation is not edited."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from factories import draft

from desktop.domain.erasure import NOTHING_NEW_FOR_ANONYMISED
from desktop.domain.errors import DeskError
from desktop.domain.mentoring.evaluation import EvaluationDraft
from desktop.domain.mentoring.visits import VisitDraft, VisitMode
from desktop.domain.people import PersonStatus
from desktop.services.desk import Desk
from desktop.services.people.anonymise import AnonymiseService

TODAY = dt.date(2026, 11, 22)  # the fixed clock


def test_an_erased_person_gets_no_new_visit_evaluation_or_award(admin, clerk, mentor):
    desk = Desk(clerk)
    person = desk.people.register(draft(31, first_name="ประยูร", last_name="ทองคำ"))
    desk.assignments.assign([person.id], mentor.user.id, TODAY)
    visits, evaluations = Desk(mentor).visits, Desk(mentor).evaluations
    visit = visits.record(VisitDraft(person.id, TODAY, VisitMode.FIELD, notes="เยี่ยมบ้าน"))
    scores = tuple(c.max_score for c in evaluations.template_for(2570).criteria)
    evaluation = evaluations.evaluate(EvaluationDraft(person.id, 2570, TODAY, scores, "ขยัน"))
    person = desk.people.get(person.id)
    desk.people.change_status(
        person.id, person.version, PersonStatus.RESIGNED, TODAY, "ย้ายไปต่างจังหวัด"
    )
    AnonymiseService(admin).anonymise(person.id, "เจ้าตัวขอให้ลบ")

    attempts = {
        "visit": lambda: visits.record(
            VisitDraft(person.id, TODAY, VisitMode.PHONE, notes="โทรหาคุณประยูร")
        ),
        "visit edit": lambda: visits.update(
            visit.id,
            visits.for_person(person.id)[0].version,
            dataclasses.replace(VisitDraft(person.id, TODAY, VisitMode.FIELD), notes="ประยูร"),
        ),
        "evaluation": lambda: evaluations.evaluate(
            EvaluationDraft(person.id, 2569, TODAY, scores, "ประยูร")
        ),
        "evaluation edit": lambda: evaluations.update(
            evaluation.id,
            evaluations.get(evaluation.id).version,
            EvaluationDraft(person.id, 2570, TODAY, scores, "ประยูร ทองคำ"),
        ),
        "award": lambda: desk.awards.record(person.id, "ดีเด่น", TODAY, "มอบแก่ประยูร"),
    }
    for what, attempt in attempts.items():
        with pytest.raises(DeskError) as refused:
            attempt()
        assert refused.value.message == NOTHING_NEW_FOR_ANONYMISED, what
    assert [v.notes for v in visits.for_person(person.id)] == [""]  # erased, and stays so
