"""Fill a database with realistic synthetic people and a user of each role (demo and benchmarks).

People are written in bulk (not one use case each) so that 100,000 rows take seconds; they go
through the same ``apply_draft`` mapping as a clerk's registration, so derived columns (sort
keys, search text, district) are identical to real ones.
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import func, insert, select

from db.models import Case, MentorAssignment, Person, PersonArea, StatusHistory
from desktop import areas
from desktop.demo import names
from desktop.domain import national_id
from desktop.domain.people import (
    Gender,
    PersonDraft,
    PersonKind,
    PersonStatus,
    Role,
    default_term_end,
)
from desktop.services import audit
from desktop.services.accounts import AccountService
from desktop.services.context import ServiceContext
from desktop.services.people.mapping import apply_draft

DEMO_PASSWORD = "demo1234"
DEMO_USERS = (
    ("admin", "สมพงษ์ ผู้ดูแล", "ผู้ดูแลระบบ", (Role.ADMIN,)),
    ("clerk", "วันดี ทะเบียนดี", "เจ้าพนักงานธุรการ", (Role.CLERK,)),
    ("mentor", "ประยูร พี่เลี้ยงดี", "นักวิชาการแรงงาน", (Role.MENTOR,)),
    ("mentor2", "สุดารัตน์ ใส่ใจ", "นักวิชาการแรงงาน", (Role.MENTOR,)),
    ("mentor3", "ชาญชัย ลงพื้นที่", "เจ้าพนักงานแรงงาน", (Role.MENTOR,)),
    ("supervisor", "อรทัย หัวหน้างาน", "หัวหน้ากลุ่มงาน", (Role.SUPERVISOR, Role.CLERK)),
)
COLUMNS = [c.key for c in Person.__table__.columns if c.key != "id"]


@dataclass(frozen=True)
class DemoResult:
    people: int
    users: tuple[str, ...]
    password: str
    cases: int = 0
    visits: int = 0  # mentoring visits, when this run seeded the mentoring stage


def make_draft(rng: random.Random, serial: int, province_code: str, today: dt.date) -> PersonDraft:
    roll = rng.random()
    kind = (
        PersonKind.OVERSEAS_VOLUNTEER
        if roll < 0.04
        else PersonKind.GRADUATE
        if roll < 0.12
        else PersonKind.DOMESTIC_VOLUNTEER
    )
    gender = Gender.FEMALE if rng.random() < 0.52 else Gender.MALE
    first = rng.choice(names.FEMALE_FIRST if gender == Gender.FEMALE else names.MALE_FIRST)
    title = rng.choice(("นาง", "นางสาว")) if gender == Gender.FEMALE else "นาย"
    district = rng.choice(areas.districts(province_code))
    sub = rng.choice(areas.subdistricts(district.code))
    appointed = today - dt.timedelta(days=rng.randint(30, 3 * 365))
    # Digits 2-5 of a real ID are the registering office's code; the serial keeps them unique.
    nid = national_id.make_valid(f"{rng.choice('1358')}{district.code}{serial:07d}")
    overseas = kind == PersonKind.OVERSEAS_VOLUNTEER
    contract_start = dt.date(today.year if today.month >= 10 else today.year - 1, 10, 1)
    return PersonDraft(
        kind=kind,
        national_id=nid,
        title=title,
        first_name=first,
        last_name=rng.choice(names.LAST),
        gender=gender,
        birth_date=today - dt.timedelta(days=rng.randint(20 * 365, 65 * 365)),
        phone=f"0{rng.choice('689')}{rng.randint(0, 99_999_999):08d}",
        line_id=f"line{serial}" if rng.random() < 0.5 else "",
        house_no=f"{rng.randint(1, 299)}" + (f"/{rng.randint(1, 9)}" if rng.random() < 0.2 else ""),
        village_no="" if overseas else str(rng.randint(1, 15)),
        soi_road="" if overseas else rng.choice(names.ROADS),
        subdistrict_code="" if overseas else sub.code,
        country=rng.choice(names.COUNTRIES) if overseas else "",
        occupation=rng.choice(names.OCCUPATIONS),
        education=rng.choice(names.EDUCATION),
        degree=rng.choice(names.DEGREES) if kind == PersonKind.GRADUATE else "",
        contract_start=contract_start if kind == PersonKind.GRADUATE else None,
        contract_end=contract_start.replace(year=contract_start.year + 1) - dt.timedelta(days=1)
        if kind == PersonKind.GRADUATE
        else None,
        appointed_on=appointed,
        appointment_order=f"{rng.randint(1, 999)}/{appointed.year + 543}",
        term_end=None if kind == PersonKind.GRADUATE else default_term_end(appointed),
        responsible_subdistricts=[] if overseas else [sub.code],
        notes="",
    )


def _status(rng: random.Random) -> PersonStatus:
    r = rng.random()
    if r < 0.86:
        return PersonStatus.ACTIVE
    return rng.choice(
        (PersonStatus.SUSPENDED, PersonStatus.RESIGNED, PersonStatus.DECEASED, PersonStatus.REMOVED)
    )


def ensure_demo_users(ctx: ServiceContext, province_code: str) -> ServiceContext:
    """Set up the office and the demo users if the database is empty; returns an admin context."""
    accounts = AccountService(ctx)
    if accounts.is_first_run():
        admin = accounts.set_up(
            province_code, "", DEMO_USERS[0][0], DEMO_USERS[0][1], DEMO_PASSWORD
        )
        admin_ctx = ctx.as_user(admin)
        for username, full_name, position, roles in DEMO_USERS[1:]:
            AccountService(admin_ctx).add_user(username, full_name, DEMO_PASSWORD, roles, position)
        return admin_ctx
    return ctx


def seed_people(
    ctx: ServiceContext,
    count: int,
    province_code: str,
    *,
    seed: int = 2569,
    first_serial: int = 1,
    created_by_id: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    batch: int = 5000,
) -> int:
    """Add ``count`` people in batches, all in one transaction with its audit row: a demo
    killed half-way leaves every one of them or none."""
    rng = random.Random(seed)
    done = 0
    with ctx.unit_of_work() as s:
        while done < count:
            n = min(batch, count - done)
            _insert_people(s, ctx, rng, n, first_serial + done, province_code, created_by_id)
            done += n
            if progress:
                progress(done, count)
        audit.record(s, ctx.user, "seed", "person", None, {"people": done})
    return done


def _insert_people(
    s, ctx: ServiceContext, rng, n: int, first_serial: int, province_code: str, created_by_id
) -> None:
    today = ctx.today()
    rows, statuses = [], []
    for i in range(n):
        d = make_draft(rng, first_serial + i, province_code, today)
        p = Person(version=1, created_by_id=created_by_id, updated_by_id=created_by_id)
        apply_draft(p, d)
        status = _status(rng)
        p.status = status.value
        p.created_at = p.updated_at = ctx.now()
        rows.append({k: getattr(p, k) for k in COLUMNS})
        statuses.append((status, d))
    ids = s.scalars(insert(Person).returning(Person.id, sort_by_parameter_order=True), rows).all()
    history, area_rows = [], []
    for pid, (status, d) in zip(ids, statuses, strict=True):
        history.append(
            dict(
                person_id=pid,
                status="active",
                effective_on=d.appointed_on,
                reason="ลงทะเบียน",
                changed_by_id=created_by_id,
                changed_at=ctx.now(),
            )
        )
        if status != PersonStatus.ACTIVE:
            history.append(
                dict(
                    person_id=pid,
                    status=status.value,
                    effective_on=min(today, d.appointed_on + dt.timedelta(days=200)),
                    reason=f"ตัวอย่าง: {status.label}",
                    changed_by_id=created_by_id,
                    changed_at=ctx.now(),
                )
            )
        area_rows.extend(
            dict(person_id=pid, subdistrict_code=c) for c in d.responsible_subdistricts
        )
    if history:
        s.execute(insert(StatusHistory), history)
    if area_rows:
        s.execute(insert(PersonArea), area_rows)


def fill_demo(
    ctx: ServiceContext,
    people: int = 300,
    province_code: str = "50",
    cases: int | None = None,
    *,
    only_missing: bool = False,
) -> DemoResult:
    """People, then referral cases they reported (by default about 3 for every 10 people),
    then mentoring history: three stages, each one transaction, so a demo killed half-way
    leaves whole stages only. A re-run completes what is missing: mentoring whenever there is
    none yet; with ``only_missing`` (``demo --if-empty``) people and cases only when there are
    none either, otherwise more of both."""
    admin_ctx = ensure_demo_users(ctx, province_code)
    office = AccountService(admin_ctx).office()
    province = office.province_code if office else province_code
    user = admin_ctx.user  # without one (a set-up office, no user given) people only, as ever
    existing_people, existing_cases, has_mentoring = stages_done(admin_ctx)
    made = 0
    if not (only_missing and existing_people):
        made = seed_people(
            admin_ctx,
            people,
            province,
            first_serial=existing_people + 1,
            seed=2569 + existing_people,
            created_by_id=user.id if user else None,
        )
    from desktop.demo.cases import seed_cases

    made_cases = 0
    if user and not (only_missing and existing_cases):
        wanted = people * 3 // 10 if cases is None else cases
        made_cases = seed_cases(admin_ctx, wanted, seed=2570 + existing_people)
    visits = 0
    if user and not has_mentoring:
        from desktop.demo.mentoring import seed_mentoring

        visits = seed_mentoring(admin_ctx, seed=2571)
    return DemoResult(made, tuple(u[0] for u in DEMO_USERS), DEMO_PASSWORD, made_cases, visits)


def stages_done(ctx: ServiceContext) -> tuple[int, int, bool]:
    """How many people and cases there are, and whether any mentoring was seeded."""
    with ctx.unit_of_work() as s:
        return (
            s.scalar(select(func.count()).select_from(Person)) or 0,
            s.scalar(select(func.count()).select_from(Case)) or 0,
            s.scalar(select(MentorAssignment.id).limit(1)) is not None,
        )


def demo_complete(ctx: ServiceContext) -> bool:
    """Every stage of the demo is there (``demo --if-empty`` has nothing left to do)."""
    people, cases, mentoring = stages_done(ctx)
    return bool(people and cases and mentoring)
