"""Report 2, the network: volunteers and graduates by kind, status, district, gender and age
band; who was appointed, resigned or was removed in the period; terms ending soon; and the
coverage of every subdistrict of the office's province. One unit of work, counted by the
database (``db.queries.reports_people``)."""

from __future__ import annotations

import datetime as dt

from db.queries import accounts as account_queries
from db.queries import reports_people as q
from desktop import areas
from desktop.domain.errors import NotFound
from desktop.domain.people import Gender, PersonKind, PersonStatus, person_name
from desktop.domain.permissions import Permission
from desktop.domain.report_figures import (
    AGE_BANDS,
    AGE_UNKNOWN,
    NOT_GIVEN,
    CountRow,
    CoverageRow,
    NetworkFigures,
    TermEndingRow,
    born_on_or_before,
)
from desktop.services.context import ServiceContext
from desktop.services.reports.period import check_period

TERM_WINDOW_DAYS = 90
ACTIVE = PersonStatus.ACTIVE.value


def _district_label(code: str) -> str:
    return (areas.district_name(code) or code) if code else NOT_GIVEN


def _rows(counts: dict[str, int], labels: dict[str, str]) -> tuple[CountRow, ...]:
    """Every known value in its order (zeros too, so tables keep their shape), then any other
    value the database holds, then "not given"."""
    rows = [CountRow(k, label, counts.get(k, 0)) for k, label in labels.items()]
    rows += [CountRow(k, k, n) for k, n in sorted(counts.items()) if k and k not in labels]
    if counts.get(""):
        rows.append(CountRow("", NOT_GIVEN, counts[""]))
    return tuple(rows)


def age_band_boundaries(on: dt.date) -> list[tuple[str, dt.date | None]]:
    """Each band (youngest first) with the date its members are born after on ``on``."""
    bounds: list[tuple[str, dt.date | None]] = []
    for i, (label, _low, _high) in enumerate(AGE_BANDS):
        nxt = AGE_BANDS[i + 1][1] if i + 1 < len(AGE_BANDS) else None
        bounds.append((label, born_on_or_before(on, nxt) if nxt is not None else None))
    return bounds


class NetworkReportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def figures(
        self,
        fiscal_year: int,
        date_from: dt.date,
        date_to: dt.date,
        district_code: str | None = None,
    ) -> NetworkFigures:
        """The network's figures for ``date_from`` – ``date_to`` (within ``fiscal_year``, BE),
        of one district or the whole province; ages are counted at ``date_to``."""
        self.ctx.require(Permission.VIEW_REPORTS)
        district_code = district_code or None
        today = self.ctx.today()
        with self.ctx.unit_of_work() as s:
            office = account_queries.office(s)
            if office is None:
                raise NotFound("ยังไม่ได้ตั้งค่าสำนักงาน")
            check_period(date_from, date_to, district_code, office.province_code)
            where = {"district_code": district_code}
            by_kind = q.people_by(s, "kind", status=ACTIVE, **where)
            by_status = q.people_by(s, "status", status=None, **where)
            by_district = q.people_by(s, "district_code", status=ACTIVE, **where)
            by_gender = q.people_by(s, "gender", status=ACTIVE, **where)
            by_age = q.people_by_age_band(
                s, age_band_boundaries(date_to), AGE_UNKNOWN, status=ACTIVE, **where
            )
            appointed = q.appointed_between(s, date_from, date_to, **where)
            resigned = q.status_changes_between(
                s, PersonStatus.RESIGNED.value, date_from, date_to, **where
            )
            removed = q.status_changes_between(
                s, PersonStatus.REMOVED.value, date_from, date_to, **where
            )
            terms_to = today + dt.timedelta(days=TERM_WINDOW_DAYS)
            terms = q.terms_ending(s, today, terms_to, status=ACTIVE, **where)
            covered = q.active_volunteers_by_subdistrict(s, status=ACTIVE, **where)
            province = office.province_code
        kind_labels = {k.value: k.label for k in PersonKind}
        district_labels = {
            d.code: d.name_th
            for d in areas.districts(province)
            if not district_code or d.code == district_code
        }
        age_labels = {label: label for label, _, _ in AGE_BANDS}
        age_rows = _rows({k: n for k, n in by_age.items() if k != AGE_UNKNOWN}, age_labels)
        if by_age.get(AGE_UNKNOWN):
            age_rows += (CountRow("", AGE_UNKNOWN, by_age[AGE_UNKNOWN]),)
        return NetworkFigures(
            fiscal_year=fiscal_year,
            date_from=date_from,
            date_to=date_to,
            district_code=district_code,
            age_on=date_to,
            by_kind=_rows(by_kind, kind_labels),
            by_status=_rows(by_status, {st.value: st.label for st in PersonStatus}),
            by_district=_district_rows(by_district, district_labels),
            by_gender=_rows(by_gender, {g.value: g.label for g in Gender}),
            by_age_band=age_rows,
            appointed=appointed,
            resigned=resigned,
            removed=removed,
            terms_from=today,
            terms_ending=tuple(
                TermEndingRow(
                    r.id,
                    person_name(r),
                    kind_labels[r.kind],
                    _district_label(r.district_code),
                    r.ends_on,
                )
                for r in terms
            ),
            coverage=coverage_rows(province, district_code, covered),
        )


def _district_rows(counts: dict[str, int], labels: dict[str, str]) -> tuple[CountRow, ...]:
    """Every district of the province in Thai order (those with nobody too), then people
    registered outside it (overseas volunteers: no district)."""
    rows = [CountRow(code, name, counts.get(code, 0)) for code, name in labels.items()]
    rows += [
        CountRow(k, _district_label(k), n)
        for k, n in sorted(counts.items())
        if k and k not in labels
    ]
    if counts.get(""):
        rows.append(CountRow("", NOT_GIVEN, counts[""]))
    return tuple(rows)


def coverage_rows(
    province_code: str, district_code: str | None, covered: dict[str, int]
) -> tuple[CoverageRow, ...]:
    """Every subdistrict of the province (or the district), without a volunteer first, then
    in district and subdistrict order (Thai collation, from the areas package)."""
    rows = [
        CoverageRow(sub.code, sub.name_th, d.code, d.name_th, covered.get(sub.code, 0))
        for d in areas.districts(province_code)
        if not district_code or d.code == district_code
        for sub in areas.subdistricts(d.code)
    ]
    return tuple(sorted(rows, key=lambda r: r.active_count > 0))  # stable: keeps area order
