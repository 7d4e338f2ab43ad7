"""A demo killed half-way: each stage (people, cases, mentoring) is written whole or not at all,
and a re-run fills the stages that are missing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

import desktop.demo.cases as demo_cases
import desktop.demo.mentoring as demo_mentoring
import desktop.demo.seed as demo_seed
from db.models import Case, MentorAssignment, Person, Visit
from desktop.demo.cases import seed_cases
from desktop.demo.seed import DEMO_PASSWORD, ensure_demo_users, fill_demo, seed_people
from desktop.services.accounts import AccountService


class Killed(Exception):
    """Stands in for the process dying at that point."""


def _counts(ctx) -> tuple[int, int, int, int]:
    with ctx.unit_of_work() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(model)) or 0
            for model in (Person, Case, MentorAssignment, Visit)
        )


def _admin(anonymous):
    """What ``labour-desk demo`` re-runs as: the office's administrator."""
    return anonymous.as_user(AccountService(anonymous).authenticate("admin", DEMO_PASSWORD))


def _die_on_call(monkeypatch, module, name: str, call: int) -> None:
    real = getattr(module, name)
    calls = []

    def dying(*args, **kwargs):
        calls.append(1)
        if len(calls) == call:
            raise Killed
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, dying)


def test_people_killed_mid_stage_leave_nobody(anonymous, monkeypatch):
    admin = ensure_demo_users(anonymous, "50")
    _die_on_call(monkeypatch, demo_seed, "make_draft", 13)  # in the third batch of five
    with pytest.raises(Killed):
        seed_people(admin, 30, "50", batch=5, created_by_id=admin.user.id)
    assert _counts(admin)[0] == 0


def test_cases_killed_mid_stage_leave_no_case_and_no_number_taken(anonymous, monkeypatch):
    admin = ensure_demo_users(anonymous, "50")
    seed_people(admin, 20, "50", created_by_id=admin.user.id)
    with monkeypatch.context() as patch:
        _die_on_call(patch, demo_cases, "_write", 2)  # the second batch
        with pytest.raises(Killed):
            seed_cases(admin, 30, batch=10)
    assert _counts(admin)[1] == 0
    assert seed_cases(admin, 5) == 5
    with admin.unit_of_work() as s:
        assert s.scalar(select(func.min(Case.seq))) == 1  # the counter was not consumed


def test_killed_before_mentoring_a_rerun_seeds_mentoring(anonymous, monkeypatch):
    with monkeypatch.context() as patch:
        _die_on_call(patch, demo_mentoring, "seed_mentoring", 1)
        with pytest.raises(Killed):
            fill_demo(anonymous, 40, "50", cases=12)
    people, cases, assignments, visits = _counts(anonymous)
    assert (people, cases, assignments, visits) == (40, 12, 0, 0)  # whole stages only

    result = fill_demo(_admin(anonymous), 40, "50", cases=12, only_missing=True)
    people, cases, assignments, visits = _counts(anonymous)
    assert (people, cases) == (40, 12) and result.people == result.cases == 0
    assert assignments > 0 and visits == result.visits > 0


def test_killed_before_cases_a_rerun_seeds_cases_and_mentoring(anonymous, monkeypatch):
    with monkeypatch.context() as patch:
        _die_on_call(patch, demo_cases, "seed_cases", 1)
        with pytest.raises(Killed):
            fill_demo(anonymous, 30, "50", cases=9)
    assert _counts(anonymous) == (30, 0, 0, 0)
    fill_demo(_admin(anonymous), 30, "50", cases=9, only_missing=True)
    people, cases, assignments, _ = _counts(anonymous)
    assert (people, cases) == (30, 9) and assignments > 0
    # Complete now: another --if-empty run adds nothing.
    before = _counts(anonymous)
    fill_demo(_admin(anonymous), 30, "50", cases=9, only_missing=True)
    assert _counts(anonymous) == before


def test_a_plain_rerun_still_adds_people_and_cases_and_seeds_missing_mentoring(
    anonymous, monkeypatch
):
    with monkeypatch.context() as patch:
        _die_on_call(patch, demo_mentoring, "seed_mentoring", 1)
        with pytest.raises(Killed):
            fill_demo(anonymous, 20, "50", cases=5)
    fill_demo(_admin(anonymous), 20, "50", cases=5)
    people, cases, assignments, _ = _counts(anonymous)
    assert (people, cases) == (40, 10) and assignments > 0
