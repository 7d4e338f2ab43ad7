"""The domain's field limits are the database columns' widths: one cannot change alone."""

from __future__ import annotations

import pytest

from db.models import (
    Award,
    Case,
    EvaluationTemplate,
    GradeBandRow,
    Office,
    Person,
    User,
    Visit,
    VisitTopic,
)
from desktop.domain import field_lengths as fl

# Each table of limits, the model it is stored in, and the column of each field where the
# field's name is not the column's.
TABLES = [
    (fl.PERSON, Person, {}),
    (fl.CASE, Case, {}),
    (fl.CASE_STEP, Case, {}),
    (fl.VISIT, Visit, {}),
    (fl.VISIT_TOPIC, VisitTopic, {"topic": "text"}),
    (fl.TEMPLATE, EvaluationTemplate, {}),
    (fl.GRADE_BAND, GradeBandRow, {"bands": "label"}),
    (fl.AWARD, Award, {}),
    (fl.USER, User, {}),
    (fl.OFFICE, Office, {}),
]


@pytest.mark.parametrize(("limits", "model", "columns"), TABLES, ids=lambda v: "")
def test_every_limit_equals_its_column(limits, model, columns):
    for name, (_label, limit) in limits.items():
        column = model.__table__.c[columns.get(name, name)]
        assert column.type.length == limit, f"{model.__name__}.{column.name}"


def test_every_typed_person_text_column_has_a_limit():
    # Columns the clerk does not type: codes chosen from lists, digits validated on their own.
    derived = {"national_id", "phone", "subdistrict_code", "district_code", "province_code"}
    derived |= {"postcode", "kind", "status", "gender", "name_sort_key", "district_sort_key"}
    typed = {
        c.name
        for c in Person.__table__.c
        if getattr(c.type, "length", None) and c.name not in derived
    }
    assert typed <= set(fl.PERSON), typed - set(fl.PERSON)


def test_the_message_names_the_field_and_the_limit():
    assert fl.length_errors(fl.PERSON, {"first_name": "ก" * 101}) == {
        "first_name": "ชื่อ ยาวเกิน 100 ตัวอักษร"
    }
    assert fl.length_errors(fl.PERSON, {"first_name": " " + "ก" * 100 + " "}) == {}


def test_visit_place_template_name_and_grade_label_are_limited():
    import datetime as dt

    from desktop.domain.mentoring.evaluation import Criterion, GradeBand, template_errors
    from desktop.domain.mentoring.visits import VisitDraft, VisitMode, visit_errors

    day = dt.date(2026, 11, 1)
    visit = VisitDraft(1, day, next(iter(VisitMode)), place="ก" * 10_000)
    assert visit_errors(visit, day)["place"] == "สถานที่ ยาวเกิน 200 ตัวอักษร"
    errors = template_errors("ก" * 201, [Criterion("ข้อ", 1, 5)], [GradeBand("ก" * 51, 0)])
    assert errors["name"] == "ชื่อแบบประเมิน ยาวเกิน 200 ตัวอักษร"
    assert errors["bands"] == "ชื่อระดับผลการประเมิน ยาวเกิน 50 ตัวอักษร"
