"""Mentoring lists as list exports: a mentor's workspace (people, last visit, when the next is
due) and a fiscal year's evaluations (one row per evaluated person, total and grade)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from desktop.domain.mentoring.evaluation import EvaluationInfo
from desktop.domain.mentoring.records import MentoredPerson
from desktop.domain.people import format_phone
from desktop.exchange.list_export import Column, ListTable

__all__ = ["EVALUATION_COLUMNS", "WORKSPACE_COLUMNS", "evaluations_table", "workspace_table"]

WORKSPACE_COLUMNS = (
    Column("ชื่อ-สกุล"),
    Column("ประเภท"),
    Column("ตำบล / อำเภอ"),
    Column("โทรศัพท์"),
    Column("พี่เลี้ยง"),
    Column("ดูแลตั้งแต่", "date"),
    Column("เยี่ยมล่าสุด", "date"),
    Column("ครบกำหนดเยี่ยม", "date"),
    Column("ถึงกำหนดเยี่ยม"),
    Column("เรื่องติดตามค้าง", "number"),
    Column("ประเมินปีนี้แล้ว"),
    Column("ผลการประเมิน"),
)

EVALUATION_COLUMNS = (
    Column("ชื่อ-สกุล"),
    Column("ปีงบประมาณ", "number"),
    Column("วันที่ประเมิน", "date"),
    Column("ผู้ประเมิน"),
    Column("คะแนนรวม", "number"),
    Column("คะแนนเต็ม", "number"),
    Column("ผลการประเมิน"),
)


def workspace_table(
    people: Sequence[MentoredPerson], *, title: str, office: str, filter_text: str, printed_on
) -> ListTable:
    return ListTable.build(
        [
            (
                p.name,
                p.kind_label,
                p.area,
                format_phone(p.phone),
                p.mentor_name,
                p.since,
                p.last_visit,
                p.visit_due_on,
                "ใช่" if p.due_for_visit else "",
                p.open_follow_ups,
                "ใช่" if p.evaluated else "",
                p.grade,
            )
            for p in people
        ],
        WORKSPACE_COLUMNS,
        title=title,
        office=office,
        filter_text=filter_text,
        printed_on=printed_on,
        sheet="งานพี่เลี้ยง",
    )


def evaluations_table(
    evaluations: Sequence[EvaluationInfo], *, office: str, filter_text: str, printed_on: dt.date
) -> ListTable:
    return ListTable.build(
        [
            (
                e.person_name,
                e.fiscal_year,
                e.evaluated_on,
                e.evaluator,
                e.total,
                sum(c.max_score for c in e.template.criteria),
                e.grade,
            )
            for e in evaluations
        ],
        EVALUATION_COLUMNS,
        title="ผลการประเมินรายบุคคล",
        office=office,
        filter_text=filter_text,
        printed_on=printed_on,
        sheet="ผลการประเมิน",
    )
