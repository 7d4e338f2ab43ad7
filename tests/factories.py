"""Builders for test data shared by every layer's tests."""

from __future__ import annotations

import datetime as dt

from desktop.domain import national_id
from desktop.domain.people import PersonDraft, PersonKind, Role
from desktop.domain.records import UserInfo
from desktop.services.accounts import AccountService
from desktop.services.context import ServiceContext


def make_user(admin_ctx: ServiceContext, username: str, *roles: Role) -> ServiceContext:
    info: UserInfo = AccountService(admin_ctx).add_user(
        username, f"ผู้ใช้ {username}", "password-123", roles
    )
    return admin_ctx.as_user(info)


def valid_id(seed: int) -> str:
    return national_id.make_valid(f"1{seed:011d}")


def draft(seed: int = 1, **overrides) -> PersonDraft:
    base = dict(
        kind=PersonKind.DOMESTIC_VOLUNTEER,
        national_id=valid_id(seed),
        title="นาย",
        first_name="สมชาย",
        last_name="ใจดี",
        phone="081-234-5678",
        house_no="12/3",
        village_no="4",
        subdistrict_code="500101",
        appointed_on=dt.date(2025, 1, 15),
        appointment_order="123/2568",
        responsible_subdistricts=["500101"],
    )
    base.update(overrides)
    return PersonDraft(**base)
