"""What of a person's identifiers a user sees: whole national IDs and phone numbers, or masks.

The services mask the records they hand out (``desktop.services.disclosure`` decides for the
signed-in user), so a list, a dialog, an export and the command line all show what the user
may see and nothing more; the database still searches the whole values, so a full ID typed
into a search box finds the person for everyone.

A masked ID is ``1-2345-xxxxx-xx-3``, as on printouts (``national_id.mask_id``). A masked
phone keeps its last four digits, ``xxx-xxx-5678``: enough to tell which of two people called,
not enough to call them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from desktop.domain.cases.records import CaseDetail, CaseRow
from desktop.domain.mentoring.records import MentoredPerson
from desktop.domain.national_id import digits_only, mask_id
from desktop.domain.records import PersonDetail, PersonRow, RegistryRecord

SHOWN_PHONE_DIGITS = 4


def mask_phone(phone: str) -> str:
    """``0812345678`` -> ``xxx-xxx-5678`` (the grouping of ``people.format_phone``); a number
    of four digits or fewer is masked whole. An already masked number stays as it is."""
    if not phone or "x" in phone:
        return phone or ""
    d = digits_only(phone)
    shown = d[-SHOWN_PHONE_DIGITS:] if len(d) > SHOWN_PHONE_DIGITS else ""
    hidden = "x" * (len(d) - len(shown))
    masked = hidden + shown
    if len(d) == 10:
        return f"{masked[:3]}-{masked[3:6]}-{masked[6:]}"
    if len(d) == 9:
        return f"{masked[:2]}-{masked[2:5]}-{masked[5:]}"
    return masked


@dataclass(frozen=True)
class Disclosure:
    """Whole IDs or masked ones; every phone, or only those of ``phones_of`` (person ids: the
    people a mentor mentors now)."""

    full_ids: bool = True
    all_phones: bool = True
    phones_of: frozenset[int] = frozenset()

    @property
    def masks_nothing(self) -> bool:
        return self.full_ids and self.all_phones

    def national_id(self, digits: str) -> str:
        if self.full_ids or not digits:
            return digits
        return mask_id(digits)

    def phone(self, phone: str, person_id: int | None = None) -> str:
        if not phone or self.all_phones or (person_id is not None and person_id in self.phones_of):
            return phone
        return mask_phone(phone)

    # -- the records the services hand out -----------------------------------------------
    def person_row(self, r: PersonRow) -> PersonRow:
        if self.masks_nothing:
            return r
        return replace(
            r, national_id=self.national_id(r.national_id), phone=self.phone(r.phone, r.id)
        )

    def person_detail(self, d: PersonDetail) -> PersonDetail:
        if self.masks_nothing:
            return d
        return replace(
            d, national_id=self.national_id(d.national_id), phone=self.phone(d.phone, d.id)
        )

    def registry_record(self, r: RegistryRecord, person_id: int) -> RegistryRecord:
        if self.masks_nothing:
            return r
        return replace(
            r, national_id=self.national_id(r.national_id), phone=self.phone(r.phone, person_id)
        )

    def case_row(self, r: CaseRow) -> CaseRow:
        """The person in need is not a registered person: their phone is shown only to those
        who see every phone."""
        if self.masks_nothing:
            return r
        return replace(
            r,
            person_national_id=self.national_id(r.person_national_id),
            person_phone=self.phone(r.person_phone),
        )

    def case_detail(self, d: CaseDetail) -> CaseDetail:
        """As :meth:`case_row`; the reporter is a volunteer, whose mentor sees their phone."""
        if self.masks_nothing:
            return d
        return replace(
            d,
            person_national_id=self.national_id(d.person_national_id),
            person_phone=self.phone(d.person_phone),
            reporter_phone=self.phone(d.reporter_phone, d.reporter_id),
        )

    def mentored(self, p: MentoredPerson) -> MentoredPerson:
        if self.all_phones:
            return p
        return replace(p, phone=self.phone(p.phone, p.person_id))


EVERYTHING = Disclosure()
