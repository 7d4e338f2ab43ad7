"""Plain, frozen records that cross from services into the UI, documents and exports.

No ORM objects leave a unit of work: services copy what callers need into these.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from desktop.domain.people import Gender, PersonKind, PersonStatus, Role, person_name


@dataclass(frozen=True)
class AreaNames:
    subdistrict_code: str = ""
    subdistrict: str = ""
    district_code: str = ""
    district: str = ""
    province_code: str = ""
    province: str = ""

    def line(self) -> str:
        """``ต.ศรีภูมิ อ.เมืองเชียงใหม่ จ.เชียงใหม่`` (Bangkok uses แขวง/เขต)."""
        if not self.subdistrict_code:
            return ""
        if self.province_code == "10":
            return f"แขวง{self.subdistrict} {self.district} {self.province}"
        return f"ต.{self.subdistrict} อ.{self.district} จ.{self.province}"


@dataclass(frozen=True)
class PersonRow:
    """One line of the registry list or roster."""

    id: int
    kind: PersonKind
    national_id: str
    title: str
    first_name: str
    last_name: str
    phone: str
    status: PersonStatus
    district_code: str
    district: str
    subdistrict: str
    address: str
    appointed_on: dt.date | None
    term_end: dt.date | None
    country: str = ""

    @property
    def full_name(self) -> str:
        return person_name(self)


@dataclass(frozen=True)
class RegistryRecord:
    """A person's whole record as a sheet carries it: what the registry export writes and the
    import reads back (kinds, statuses and gender as their Thai words, areas by name)."""

    national_id: str
    title: str
    first_name: str
    last_name: str
    gender: str
    birth_date: dt.date | None
    phone: str
    line_id: str
    house_no: str
    village_no: str
    soi_road: str
    subdistrict: str
    district: str
    province: str
    postcode: str
    country: str
    kind: str
    status: str
    occupation: str
    education: str
    degree: str
    appointed_on: dt.date | None
    appointment_order: str
    term_end: dt.date | None
    contract_start: dt.date | None
    contract_end: dt.date | None
    notes: str


@dataclass(frozen=True)
class StatusChange:
    status: PersonStatus
    effective_on: dt.date
    reason: str
    changed_by: str
    changed_at: dt.datetime


@dataclass(frozen=True)
class PersonDetail:
    """Everything the record dialog and the ทะเบียนประวัติ form show for one person."""

    id: int
    version: int
    kind: PersonKind
    national_id: str
    title: str
    first_name: str
    last_name: str
    gender: Gender | None
    birth_date: dt.date | None
    phone: str
    line_id: str
    house_no: str
    village_no: str
    soi_road: str
    area: AreaNames
    postcode: str
    country: str
    occupation: str
    education: str
    degree: str
    contract_start: dt.date | None
    contract_end: dt.date | None
    appointed_on: dt.date | None
    appointment_order: str
    term_end: dt.date | None
    responsible_areas: tuple[AreaNames, ...]
    notes: str
    status: PersonStatus
    status_history: tuple[StatusChange, ...] = field(default_factory=tuple)
    created_at: dt.datetime | None = None
    updated_at: dt.datetime | None = None
    # When their identifying data was erased (PDPA): the record reads anonymous, edits refused.
    anonymised_at: dt.datetime | None = None

    @property
    def full_name(self) -> str:
        return person_name(self)

    @property
    def address_line(self) -> str:
        parts = []
        if self.house_no:
            parts.append(f"บ้านเลขที่ {self.house_no}")
        if self.village_no:
            parts.append(f"หมู่ที่ {self.village_no}")
        if self.soi_road:
            parts.append(self.soi_road)
        if self.country:
            parts.append(self.country)
        else:
            parts.append(self.area.line())
        if self.postcode:
            parts.append(self.postcode)
        return " ".join(p for p in parts if p)


@dataclass(frozen=True)
class OfficeInfo:
    province_code: str
    province_name: str
    office_name: str
    case_prefix: str = "ลป"
    visit_every_days: int = 90
    idle_lock_minutes: int = 10


@dataclass(frozen=True)
class UserInfo:
    id: int
    username: str
    full_name: str
    roles: frozenset[Role]
    active: bool = True
    position: str = ""

    def has(self, role: Role) -> bool:
        return role in self.roles
