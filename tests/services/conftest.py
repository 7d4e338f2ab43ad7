"""Fixtures the referral-case service tests share: the clerk's and the supervisor's case
service, and a registered volunteer to report needs."""

from __future__ import annotations

import pytest
from factories import draft as person_draft

from desktop.services.cases.service import CaseService
from desktop.services.people.service import PeopleService


@pytest.fixture
def cases(clerk) -> CaseService:
    return CaseService(clerk)


@pytest.fixture
def boss(supervisor) -> CaseService:
    return CaseService(supervisor)


@pytest.fixture
def volunteer(clerk):
    return PeopleService(clerk).register(person_draft(300, first_name="สมชาย", last_name="ใจดี"))
