"""Synthetic referral cases for the demo and benchmarks, written in bulk.

Each case walks a plausible path through the workflow table with realistic delays, and stops
where today falls, so a demo has cases in every state, some overdue, some waiting for a
supervisor's approval. Rows are built through the same ``apply_draft`` and ``enter_status``
as a clerk's intake and steps, so due dates, search text and sort keys are the real ones;
they are inserted in batches, so 250,000 cases take a couple of minutes and 600 well under a
second, all in one transaction. Numbers are reserved from the same counter clerks take theirs
from.
"""

from __future__ import annotations

import datetime as dt
import random
from collections import Counter
from collections.abc import Callable
from dataclasses import replace

from sqlalchemy import bindparam, insert, select, update

from db.models import ApprovalRequest, Case, CaseEvent, CaseNeed, Person
from db.queries import accounts as account_queries
from db.queries import cases as q
from desktop import areas
from desktop.demo import case_texts as texts
from desktop.demo import names
from desktop.demo.case_paths import PLAN_WEIGHTS, SHOWCASE, Spec, Staff, tl_at, walk
from desktop.domain import national_id
from desktop.domain.cases.categories import Channel, Need, Urgency
from desktop.domain.cases.numbers import format_case_no
from desktop.domain.cases.records import CaseDraft
from desktop.domain.cases.workflow import CaseStatus
from desktop.domain.fiscal_year import fiscal_year_of
from desktop.services import audit
from desktop.services.cases.mapping import apply_draft, canonical_needs, enter_status
from desktop.services.cases.numbers import office_prefix
from desktop.services.cases.service_levels import table_in
from desktop.services.context import ServiceContext

NEED_WEIGHTS = {
    Need.JOB: 34,
    Need.TRAINING: 18,
    Need.SOCIAL_SECURITY: 20,
    Need.PROTECTION: 12,
    Need.SAFETY: 5,
    Need.ABROAD: 6,
    Need.OTHER: 5,
}
COLUMNS = [c.key for c in Case.__table__.columns if c.key != "id"]


def seed_cases(
    ctx: ServiceContext,
    count: int,
    *,
    seed: int = 2570,
    days_back: int = 240,
    batch: int = 5000,
    progress: Callable[[int, int], None] | None = None,
) -> int:
    """Add ``count`` cases received over the last ``days_back`` days; returns how many.

    One transaction for all of them, their numbers and the audit row: a demo killed half-way
    leaves either every case or none (and no numbers taken from the clerks' counter)."""
    if count <= 0:
        return 0
    rng = random.Random(seed)
    today = ctx.today()
    ids: list[int] = []
    with ctx.unit_of_work() as s:
        people = _people(s)
        table = table_in(s)
        prefix = office_prefix(s)
        specs = _number(s, rng, prefix, _specs(rng, count, today, days_back))
        for start in range(0, len(specs), batch):
            chunk = specs[start : start + batch]
            _write(s, seed, rng, chunk, start, ids, specs, people, table, prefix, today)
            if progress:
                progress(len(ids), count)
        audit.record(s, ctx.user, "seed", "case", None, {"cases": len(ids)})
    return len(ids)


def _people(s) -> Staff:
    rows = s.execute(
        select(Person.id, Person.subdistrict_code).where(Person.status == "active")
    ).all()
    office = account_queries.office(s)
    province = office.province_code if office else "50"
    subs = [sub.code for d in areas.districts(province) for sub in areas.subdistricts(d.code)]
    clerks = account_queries.users_with_role(s, "clerk")
    bosses = account_queries.users_with_role(s, "supervisor")
    return Staff(
        [(pid, code) for pid, code in rows],
        subs,
        min((u.id for u in clerks), default=None),
        min((u.id for u in bosses), default=None),
    )


def _specs(rng: random.Random, count: int, today: dt.date, days_back: int) -> list[Spec]:
    specs = []
    for i in range(count):
        if i < len(SHOWCASE):
            plan, stop, pending, overdue = SHOWCASE[i]
            back = rng.randint(1, 5) + (25 if overdue else 0) + 12 * stop
            specs.append(Spec(today - dt.timedelta(days=back), plan, stop, pending))
        else:
            plan = rng.choices(list(PLAN_WEIGHTS), weights=list(PLAN_WEIGHTS.values()))[0]
            # More recent cases than old ones, as in an office whose network is growing.
            back = int(days_back * rng.random() ** 1.3)
            specs.append(Spec(today - dt.timedelta(days=back), plan, None))
    return specs


def _number(s, rng: random.Random, prefix: str, specs: list[Spec]) -> list[Spec]:
    """Sort by date, give each fiscal year a block of numbers, pick duplicates' originals."""
    specs.sort(key=lambda sp: sp.received_on)
    per_year = Counter(fiscal_year_of(sp.received_on) for sp in specs)
    nxt = {fy: q.reserve_case_numbers(s, prefix, fy, n) for fy, n in sorted(per_year.items())}
    out: list[Spec] = []
    firsts: list[int] = []  # cases that are not themselves duplicates
    for i, sp in enumerate(specs):
        fy = fiscal_year_of(sp.received_on)
        plan, original = sp.plan, None
        if plan == "duplicate":
            if firsts:
                original = rng.choice(firsts[-50:])  # the same person reported again lately
            else:
                plan = "office"
        out.append(replace(sp, plan=plan, seq=nxt[fy], original=original))
        nxt[fy] += 1
        if plan != "duplicate":
            firsts.append(i)
    return out


def _person(seed: int, sp: Spec) -> tuple[str, str, str]:
    """Name, national ID and phone of the person a case is about, the same every time it is
    asked for, so a duplicate can repeat its original's person exactly."""
    fy = fiscal_year_of(sp.received_on)
    rng = random.Random(f"{seed}/{fy}/{sp.seq}")
    female = rng.random() < 0.55
    first = rng.choice(names.FEMALE_FIRST if female else names.MALE_FIRST)
    title = rng.choice(("นาง", "นางสาว")) if female else "นาย"
    # The fiscal year and number make an ID no other demo case has.
    nid = national_id.make_valid(f"3{fy * 1_000_000 + sp.seq:011d}") if rng.random() < 0.7 else ""
    phone = f"0{rng.choice('689')}{rng.randint(0, 99_999_999):08d}" if rng.random() < 0.85 else ""
    return f"{title}{first} {rng.choice(names.LAST)}", nid, phone


REPORTER_NOTES = {
    Channel.WALK_IN: "มาติดต่อด้วยตนเอง",
    Channel.PHONE: "โทรแจ้งสายด่วน",
    Channel.LINE: "แจ้งทาง LINE สำนักงาน",
}


def _draft(rng: random.Random, sp: Spec, people: Staff, person: tuple[str, str, str]) -> CaseDraft:
    needs = {rng.choices(list(NEED_WEIGHTS), weights=list(NEED_WEIGHTS.values()))[0]}
    if rng.random() < 0.2:
        needs.add(rng.choice(list(Need)))
    channel = rng.choices(list(Channel), weights=(60, 15, 15, 10))[0]
    reporter = rng.choice(people.reporters) if people.reporters else None
    if reporter is None:
        channel = Channel.WALK_IN
    volunteer = channel == Channel.VOLUNTEER and reporter is not None
    # A volunteer mostly reports needs in the area they answer for.
    sub = reporter[1] if volunteer and reporter[1] and rng.random() < 0.8 else ""
    consent = rng.random() < 0.55
    name, nid, phone = person
    return CaseDraft(
        received_on=sp.received_on,
        channel=channel,
        person_name=name,
        needs=tuple(needs),
        description=rng.choice(texts.DESCRIPTIONS[canonical_needs(needs)[0]]),
        reporter_id=reporter[0] if volunteer else None,
        reporter_note=REPORTER_NOTES.get(channel, ""),
        person_national_id=nid,
        person_phone=phone,
        subdistrict_code=sub or rng.choice(people.subdistricts),
        village_no=str(rng.randint(1, 15)),
        urgency=rng.choices(list(Urgency), weights=(80, 15, 5))[0],
        consent=consent,
        consent_on=sp.received_on if consent else None,
    )


def _write(
    s,
    seed: int,
    rng: random.Random,
    chunk: list[Spec],
    start: int,
    ids: list[int],
    specs: list[Spec],
    people: Staff,
    table,
    prefix: str,
    today: dt.date,
) -> None:
    """Build and insert one batch: cases, their needs, timelines and approval requests."""
    originals = {
        sp.original: _case_no(prefix, specs[sp.original]) for sp in chunk if sp.original is not None
    }
    rows, needs, timelines, dup_links = [], [], [], []
    for i, sp in enumerate(chunk, start=start):
        case = Case(version=1, created_by_id=people.clerk_id)
        case.case_prefix, case.seq = prefix, sp.seq
        case.fiscal_year = fiscal_year_of(sp.received_on)
        case.case_no = _case_no(prefix, sp)
        person = _person(seed, specs[sp.original] if sp.original is not None else sp)
        apply_draft(case, _draft(rng, sp, people, person))
        enter_status(case, CaseStatus.RECEIVED, sp.received_on, table)
        timelines.append(walk(rng, case, sp, people, table, today, originals))
        case.created_at = case.updated_at = tl_at(sp.received_on)
        row = {k: getattr(case, k) for k in COLUMNS}
        row["duplicate_of_id"] = None  # linked below, once every original has its id
        rows.append(row)
        needs.append([n.need for n in case.needs])
        if case.status == CaseStatus.DUPLICATE.value:
            dup_links.append((i, sp.original))
    new_ids = s.scalars(insert(Case).returning(Case.id, sort_by_parameter_order=True), rows).all()
    ids.extend(new_ids)
    pairs = list(zip(new_ids, needs, timelines, strict=True))
    s.execute(insert(CaseNeed), [dict(case_id=c, need=n) for c, ns, _ in pairs for n in ns])
    s.execute(insert(CaseEvent), [dict(case_id=c, **e) for c, _, tl in pairs for e in tl.events])
    approvals = [dict(case_id=c, **a) for c, _, tl in pairs for a in tl.approvals]
    if approvals:
        s.execute(insert(ApprovalRequest), approvals)
    if dup_links:
        t = Case.__table__
        s.execute(
            update(t).where(t.c.id == bindparam("b_id")).values(duplicate_of_id=bindparam("b_of")),
            [dict(b_id=ids[i], b_of=ids[o]) for i, o in dup_links],
        )


def _case_no(prefix: str, sp: Spec) -> str:
    return format_case_no(prefix, fiscal_year_of(sp.received_on), sp.seq)
