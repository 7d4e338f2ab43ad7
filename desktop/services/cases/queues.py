"""The case queues: the saved views, their live counts, and the rows a filter matches.

Every query goes through ``for_query``: the search text is read here, by the domain's rules
(a whole case number, the titles typed before a name), and handed to ``db.queries.cases`` as
parts, because db/ may not import the domain.
"""

from __future__ import annotations

from dataclasses import fields, replace

from db.queries import cases as q
from db.queries.cases import CaseFilter, CaseNoParts
from desktop.domain.cases.numbers import parse_case_no
from desktop.domain.cases.records import CaseRow, QueueView
from desktop.domain.cases.service_levels import STEP_OF_STATUS, Step
from desktop.domain.national_id import search_form
from desktop.domain.people import NAME_TITLES
from desktop.domain.permissions import Permission
from desktop.services.cases.mapping import to_row
from desktop.services.context import ServiceContext
from desktop.services.disclosure import disclosure_for


def for_query(f: CaseFilter) -> CaseFilter:
    """``f`` with its search text read: digits of any script as ASCII (an ID typed in Thai
    digits finds the stored one), a case number as parts, and the titles to look past."""
    f = replace(f, text=search_form(f.text))
    number = parse_case_no(f.text) if f.text.strip() else None
    parts = CaseNoParts(number.thai_prefix, number.fiscal_year, number.seq) if number else None
    return replace(f, case_no=parts, name_titles=NAME_TITLES)


def count(ctx: ServiceContext, f: CaseFilter) -> int:
    ctx.require(Permission.VIEW_CASES)
    with ctx.unit_of_work() as s:
        return q.count(s, for_query(f))


def page(ctx: ServiceContext, f: CaseFilter, offset: int, limit: int) -> list[CaseRow]:
    ctx.require(Permission.VIEW_CASES)
    today = ctx.today()
    with ctx.unit_of_work() as s:
        shown = disclosure_for(ctx, s)
        return [
            shown.case_row(to_row(line, today)) for line in q.page(s, for_query(f), offset, limit)
        ]


def rows(ctx: ServiceContext, f: CaseFilter) -> list[CaseRow]:
    """Every case the filter matches, in its order (queue list PDF, Excel export)."""
    ctx.require(Permission.VIEW_CASES)
    today = ctx.today()
    with ctx.unit_of_work() as s:
        shown = disclosure_for(ctx, s)
        return [shown.case_row(to_row(line, today)) for line in q.all_matching(s, for_query(f))]


def _statuses_in(step: Step) -> tuple[str, ...]:
    return tuple(s.value for s, st in STEP_OF_STATUS.items() if st == step)


def filter_for(ctx: ServiceContext, view: QueueView) -> CaseFilter:
    """The saved view's filter for the signed-in user, as of today."""
    user = ctx.user
    match QueueView(view):
        case QueueView.MINE:
            # Nobody signed in has nothing assigned: -1 matches no case.
            return CaseFilter(open_only=True, assigned_to_id=user.id if user else -1)
        case QueueView.TO_SCREEN:
            return CaseFilter(open_only=True, statuses=_statuses_in(Step.SCREEN))
        case QueueView.WAITING_AGENCY:
            return CaseFilter(open_only=True, statuses=_statuses_in(Step.AGENCY))
        case QueueView.OVERDUE:
            return CaseFilter(open_only=True, due_before=ctx.today(), sort="due_on")
        case QueueView.AWAITING_APPROVAL:
            return CaseFilter(open_only=True, awaiting_approval=True)
        case QueueView.ALL_OPEN:
            return CaseFilter(open_only=True)
        case _:
            return CaseFilter()


_NO_FILTER = CaseFilter()


def laid_over(base: CaseFilter, overlay: CaseFilter) -> CaseFilter:
    """``base`` (a saved view's filter) narrowed by every field ``overlay`` sets: how the
    queue opens the list behind a dashboard number, and how the dashboard counts it."""
    changes = {
        f.name: getattr(overlay, f.name)
        for f in fields(CaseFilter)
        if getattr(overlay, f.name) != getattr(_NO_FILTER, f.name)
    }
    return replace(base, **changes)


def queue_counts(ctx: ServiceContext) -> dict[QueueView, int]:
    """Live counts for the navigation (two queries); approvals only for those who decide."""
    ctx.require(Permission.VIEW_CASES)
    views = [
        v for v in QueueView if v != QueueView.AWAITING_APPROVAL or ctx.can(Permission.APPROVE_CASE)
    ]
    with ctx.unit_of_work() as s:
        return q.count_views(s, {v: for_query(filter_for(ctx, v)) for v in views})


def reported_counts(
    ctx: ServiceContext, fiscal_year: int, person_id: int | None = None
) -> dict[int, int]:
    """person id -> needs reported in the fiscal year (BE), duplicates not counted."""
    ctx.require(Permission.VIEW_CASES)
    with ctx.unit_of_work() as s:
        return q.reported_counts(s, fiscal_year, person_id)
