"""A year of referral cases for the report tests, written straight into the tables (so every
date is the test's choice), and the figures worked out again from the same list in Python —
the independent count each report figure is checked against."""

from __future__ import annotations

import datetime as dt
import random
import statistics
from collections import Counter
from dataclasses import dataclass

from factories import draft as person_draft
from sqlalchemy import select

from db.models import Case, CaseEvent, CaseNeed, ServiceLevel
from db.queries.cases import needs_mask
from desktop.domain.cases.service_levels import default_table
from desktop.domain.collation import thai_sort_key
from desktop.services.people.service import PeopleService

FY = 2569  # 1 Oct 2025 – 30 Sep 2026
FIRST, LAST = dt.date(2025, 10, 1), dt.date(2026, 9, 30)
# เมืองเชียงใหม่ (two subdistricts) and จอมทอง; สันป่าตอง (5010) has no case at all.
AREAS = (("5001", "500101"), ("5001", "500102"), ("5002", "500203"))
EMPTY_DISTRICT = "5010"
NEEDS = ("job", "training", "social_security", "protection", "safety", "abroad", "other")
AGENCIES = ("doe", "dsd", "dlpw", "sso", "tosh", "office")
CHANNELS = ("volunteer", "walk_in", "phone", "line")
OUTCOMES = ("placed", "trained", "section40", "complaint_settled", "advised")
REASONS = ("ข้อมูลไม่ครบ", "ไม่อยู่ในอำนาจหน้าที่", '=HYPERLINK("x")')


@dataclass
class Spec:
    received_on: dt.date
    needs: tuple[str, ...]
    channel: str
    district: str
    subdistrict: str
    status: str
    agency: str | None = None
    referred_on: dt.date | None = None
    outcome: str | None = None
    outcome_on: dt.date | None = None
    reporter: int | None = None
    back: tuple[tuple[str, str], ...] = ()  # (returned|rejected, reason)


def specs(reporter_ids: list[int]) -> list[Spec]:
    rnd = random.Random(12)
    out = [
        # the fiscal year's edges: 30 Sep and 1 Oct on both ends
        Spec(dt.date(2025, 9, 30), ("job",), "walk_in", "5001", "500101", "received"),
        Spec(dt.date(2025, 10, 1), ("job", "training"), "phone", "5001", "500101", "received"),
        Spec(dt.date(2026, 9, 30), ("safety",), "line", "5002", "500203", "screening"),
        Spec(dt.date(2026, 10, 1), ("job",), "walk_in", "5002", "500203", "received"),
    ]
    for i in range(70):
        received = dt.date(2025, 9, 25) + dt.timedelta(days=rnd.randrange(0, 380))
        district, sub = rnd.choice(AREAS)
        needs = tuple(sorted(rnd.sample(NEEDS, rnd.choice((1, 1, 2))), key=NEEDS.index))
        status = rnd.choice(
            (
                "received",
                "referred",
                "in_progress",
                "resolved",
                "closed",
                "returned",
                "rejected",
                "duplicate",
                "handled_by_office",
            )
        )
        s = Spec(received, needs, rnd.choice(CHANNELS), district, sub, status)
        if i % 3 == 0:
            s.reporter = rnd.choice(reporter_ids)
        if status in (
            "referred",
            "in_progress",
            "resolved",
            "closed",
            "returned",
            "handled_by_office",
        ):
            s.agency = "office" if status == "handled_by_office" else rnd.choice(AGENCIES)
            s.referred_on = received + dt.timedelta(days=rnd.randrange(0, 12))
        if status in ("resolved", "closed"):
            s.outcome = rnd.choice(OUTCOMES)
            s.outcome_on = s.referred_on + dt.timedelta(days=rnd.randrange(0, 50))
        if status == "returned":
            s.back = (("returned", rnd.choice(REASONS)),)
        if status == "rejected":
            s.back = (("rejected", rnd.choice(REASONS)),)
        if status == "closed" and i % 2:
            s.back = (("returned", REASONS[0]),)  # returned once, then worked to the end
        out.append(s)
    return out


def build(clerk) -> list[Spec]:
    people = PeopleService(clerk)
    ids = [
        people.register(person_draft(700 + k, first_name=f"ชี้เป้า{k}", last_name="ขยัน")).id
        for k in range(3)
    ]
    all_specs = specs(ids)
    with clerk.unit_of_work() as s:
        # The office gives screening a job need 2 days (the default is 7): the report must
        # judge by the office's table, as the queue's due dates do.
        s.add(ServiceLevel(step="screen", need="job", days=2))
        for seq, spec in enumerate(all_specs, start=1):
            case = Case(
                case_no=f"ลป T/{seq:05d}",
                case_prefix="ลป",
                fiscal_year=FY,
                seq=seq,
                received_on=spec.received_on,
                channel=spec.channel,
                reporter_id=spec.reporter,
                person_name=f"ผู้ร้อง {seq}",
                person_sort_key=thai_sort_key(f"ผู้ร้อง {seq}"),
                subdistrict_code=spec.subdistrict,
                district_code=spec.district,
                status=spec.status,
                is_open=spec.status not in ("closed", "rejected", "duplicate"),
                status_since=spec.received_on,
                agency=spec.agency,
                referred_on=spec.referred_on,
                outcome=spec.outcome,
                outcome_on=spec.outcome_on,
                needs_mask=needs_mask(spec.needs),  # as intake derives it
            )
            case.needs = [CaseNeed(need=n) for n in spec.needs]
            case.events = [
                CaseEvent(kind="transition", from_status="referred", to_status=st, note=reason)
                for st, reason in spec.back
            ]
            s.add(case)
    return all_specs


# -- the figures again, from the list -----------------------------------------------------
def in_scope(specs_: list[Spec], first=FIRST, last=LAST, district="", duplicates=False):
    return [
        s
        for s in specs_
        if first <= s.received_on <= last
        and (not district or s.district == district)
        and (duplicates or s.status != "duplicate")
    ]


def pct(values: list[int], q: float) -> float | None:
    """percentile_cont by sorting (not from a histogram): the independent answer."""
    if not values:
        return None
    if len(values) == 1:
        return float(values[0])
    v = sorted(values)
    rank = q * (len(v) - 1)
    lo = int(rank)
    hi = min(lo + 1, len(v) - 1)
    return v[lo] + (v[hi] - v[lo]) * (rank - lo)


def median(values: list[int]) -> float | None:
    return float(statistics.median(values)) if values else None


def service_days(clerk) -> dict[tuple[str, str], int]:
    """The domain's defaults (with their per-need exceptions) under the office's rows."""
    table = {(s.value, n.value): d for (s, n), d in default_table().items()}
    with clerk.unit_of_work() as s:
        rows = s.execute(select(ServiceLevel.step, ServiceLevel.need, ServiceLevel.days)).all()
    table.update({(st, n): d for st, n, d in rows})
    return table


def allowed(table: dict, step: str, needs: tuple[str, ...]) -> int:
    return min(table[(step, n)] for n in needs or ("other",))


def counter(items) -> Counter:
    return Counter(items)
