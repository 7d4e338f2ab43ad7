"""Copying between the Person model, drafts and the plain records the UI and PDFs get."""

from __future__ import annotations

from db.models import Person
from db.queries.people import search_text_for
from desktop import areas
from desktop.domain import national_id
from desktop.domain.collation import thai_sort_key
from desktop.domain.people import (
    GENDER_LABELS,
    Gender,
    PersonDraft,
    PersonKind,
    PersonStatus,
    normalize_phone,
)
from desktop.domain.records import PersonDetail, PersonRow, RegistryRecord, StatusChange
from desktop.services.context import local_time

# Fields copied as they are from a draft onto the model (text is stripped).
TEXT_FIELDS = (
    "title",
    "first_name",
    "last_name",
    "line_id",
    "house_no",
    "village_no",
    "soi_road",
    "country",
    "occupation",
    "education",
    "degree",
    "appointment_order",
    "notes",
)
DATE_FIELDS = ("birth_date", "contract_start", "contract_end", "appointed_on", "term_end")


def draft_values(draft: PersonDraft) -> dict[str, object]:
    """The column values ``draft`` is stored as (trimmed, normalised, derived areas)."""
    values: dict[str, object] = {f: getattr(draft, f).strip() for f in TEXT_FIELDS}
    values.update({f: getattr(draft, f) for f in DATE_FIELDS})
    values["kind"] = PersonKind(draft.kind).value
    values["national_id"] = national_id.digits_only(draft.national_id)
    values["gender"] = draft.gender.value if draft.gender else None
    values["phone"] = normalize_phone(draft.phone)
    overseas = draft.kind == PersonKind.OVERSEAS_VOLUNTEER
    code = "" if overseas else draft.subdistrict_code
    names = areas.area_names(code)
    values["subdistrict_code"] = code
    values["district_code"] = names.district_code
    values["province_code"] = names.province_code
    values["postcode"] = "" if overseas else (draft.postcode.strip() or areas.postcode_of(code))
    if not overseas:
        values["country"] = ""
    if draft.kind != PersonKind.GRADUATE:
        values.update(degree="", contract_start=None, contract_end=None)
    return values


def apply_draft(person: Person, draft: PersonDraft) -> dict[str, list]:
    """Write ``draft`` onto ``person``; returns the changed fields as {name: [old, new]}."""
    values = draft_values(draft)
    names = areas.area_names(str(values["subdistrict_code"]))
    changes: dict[str, list] = {}
    for name, new in values.items():
        old = getattr(person, name, None)
        if old != new:
            changes[name] = [old, new]
            setattr(person, name, new)
    person.name_sort_key = thai_sort_key(f"{person.first_name} {person.last_name}")
    person.district_sort_key = thai_sort_key(names.district) if names.district else "\uffff"
    person.search_text = search_text_for(
        person.first_name, person.last_name, person.title, person.national_id, person.phone
    )
    if "national_id" in changes:  # never keep a clear national ID in the audit trail
        changes["national_id"] = [national_id.mask_id(v or "") for v in changes["national_id"]]
    return changes


def sync_areas(person: Person, codes: list[str]) -> list | None:
    from db.models import PersonArea

    wanted = list(dict.fromkeys(codes))
    current = [a.subdistrict_code for a in person.areas]
    if current == wanted:
        return None
    keep = {a.subdistrict_code: a for a in person.areas if a.subdistrict_code in wanted}
    person.areas = [keep.get(c) or PersonArea(subdistrict_code=c) for c in wanted]
    return [current, wanted]


def to_row(p: Person) -> PersonRow:
    names = areas.area_names(p.subdistrict_code)
    return PersonRow(
        id=p.id,
        kind=PersonKind(p.kind),
        national_id=p.national_id,
        title=p.title,
        first_name=p.first_name,
        last_name=p.last_name,
        phone=p.phone,
        status=PersonStatus(p.status),
        district_code=p.district_code,
        district=names.district,
        subdistrict=names.subdistrict,
        address=address_line(p),
        appointed_on=p.appointed_on,
        term_end=p.term_end,
        country=p.country,
    )


def to_record(p) -> RegistryRecord:
    """From a Person or a row of its columns."""
    names = areas.area_names(p.subdistrict_code)
    return RegistryRecord(
        national_id=p.national_id,
        title=p.title,
        first_name=p.first_name,
        last_name=p.last_name,
        gender=GENDER_LABELS[Gender(p.gender)] if p.gender else "",
        birth_date=p.birth_date,
        phone=p.phone,
        line_id=p.line_id,
        house_no=p.house_no,
        village_no=p.village_no,
        soi_road=p.soi_road,
        subdistrict=names.subdistrict,
        district=names.district,
        province=names.province,
        postcode=p.postcode,
        country=p.country,
        kind=PersonKind(p.kind).label,
        status=PersonStatus(p.status).label,
        occupation=p.occupation,
        education=p.education,
        degree=p.degree,
        appointed_on=p.appointed_on,
        appointment_order=p.appointment_order,
        term_end=p.term_end,
        contract_start=p.contract_start,
        contract_end=p.contract_end,
        notes=p.notes,
    )


def address_line(p: Person) -> str:
    parts = []
    if p.house_no:
        parts.append(f"บ้านเลขที่ {p.house_no}")
    if p.village_no:
        parts.append(f"หมู่ที่ {p.village_no}")
    if p.soi_road:
        parts.append(p.soi_road)
    parts.append(p.country if p.country else areas.area_names(p.subdistrict_code).line())
    if p.postcode:
        parts.append(p.postcode)
    return " ".join(x for x in parts if x)


def to_detail(p: Person, usernames: dict[int, str]) -> PersonDetail:
    return PersonDetail(
        id=p.id,
        version=p.version,
        kind=PersonKind(p.kind),
        national_id=p.national_id,
        title=p.title,
        first_name=p.first_name,
        last_name=p.last_name,
        gender=Gender(p.gender) if p.gender else None,
        birth_date=p.birth_date,
        phone=p.phone,
        line_id=p.line_id,
        house_no=p.house_no,
        village_no=p.village_no,
        soi_road=p.soi_road,
        area=areas.area_names(p.subdistrict_code),
        postcode=p.postcode,
        country=p.country,
        occupation=p.occupation,
        education=p.education,
        degree=p.degree,
        contract_start=p.contract_start,
        contract_end=p.contract_end,
        appointed_on=p.appointed_on,
        appointment_order=p.appointment_order,
        term_end=p.term_end,
        responsible_areas=tuple(areas.area_names(a.subdistrict_code) for a in p.areas),
        notes=p.notes,
        status=PersonStatus(p.status),
        status_history=tuple(
            StatusChange(
                status=PersonStatus(h.status),
                effective_on=h.effective_on,
                reason=h.reason,
                changed_by=usernames.get(h.changed_by_id or 0, ""),
                changed_at=local_time(h.changed_at),
            )
            for h in p.history
        ),
        created_at=local_time(p.created_at),
        updated_at=local_time(p.updated_at),
        anonymised_at=local_time(p.anonymised_at),
    )


def to_draft(d: PersonDetail) -> PersonDraft:
    return PersonDraft(
        kind=d.kind,
        national_id=d.national_id,
        title=d.title,
        first_name=d.first_name,
        last_name=d.last_name,
        gender=d.gender,
        birth_date=d.birth_date,
        phone=d.phone,
        line_id=d.line_id,
        house_no=d.house_no,
        village_no=d.village_no,
        soi_road=d.soi_road,
        subdistrict_code=d.area.subdistrict_code,
        postcode=d.postcode,
        country=d.country,
        occupation=d.occupation,
        education=d.education,
        degree=d.degree,
        contract_start=d.contract_start,
        contract_end=d.contract_end,
        appointed_on=d.appointed_on,
        appointment_order=d.appointment_order,
        term_end=d.term_end,
        responsible_subdistricts=[a.subdistrict_code for a in d.responsible_areas],
        notes=d.notes,
    )
