"""What the import wizard needs to know about one kind of import (people; referral cases):
a small adapter, so the same wizard, pages and models serve every kind.

An import service has the people import's four steps with the same names and records
(:class:`ImportService`); the adapter adds the window's words for it: its title, the Thai
label of every field a column can fill, the columns of the read record shown per row, the
permission that opens the wizard, and an optional "default" choice for rows without a
column for it (the people import's default kind).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QCoreApplication

from desktop import areas
from desktop.domain import national_id, thai_dates
from desktop.domain.cases.categories import Channel, Need, Urgency
from desktop.domain.people import GENDER_LABELS, KIND_LABELS, Gender, PersonKind, person_name
from desktop.domain.permissions import Permission
from desktop.exchange import column_mapping
from desktop.exchange.sheet_reading import SheetTable
from desktop.services.desk import Desk
from desktop.services.imports.records import DuplicateAction, ImportPreview, ImportResult
from ui.domain_labels import label_of, needs_label


class ImportService(Protocol):
    """The four steps every import service offers (PeopleImportService's names)."""

    def sheets(self, path: str | Path) -> list[str]: ...

    def read(
        self, path: str | Path, sheet: str | None = None, encoding: str | None = None
    ) -> SheetTable: ...

    def suggested_mapping(self, table: SheetTable) -> dict[str, str]: ...

    def save_mapping(self, mapping: dict[str, str]) -> None: ...

    def preview(
        self, table: SheetTable, mapping: dict[str, str], on_duplicate: DuplicateAction, **kw
    ) -> ImportPreview: ...

    def run(self, preview: ImportPreview, **kw) -> ImportResult: ...


@dataclass(frozen=True)
class DraftColumn:
    """One column of the preview table read from a row's draft (None for an invalid row)."""

    header: str
    value: Callable[[Any], str]


@dataclass(frozen=True)
class ImportKind:
    name: str  # "people"; also the object names' prefix
    title: str  # the wizard's window title
    permission: Permission  # who may open the wizard
    service: Callable[[Desk], ImportService]
    fields: Mapping[str, str]  # field → Thai label, in the order the mapping combo lists them
    mapping_errors: Callable[[dict[str, str], list[str]], dict[str, str]]
    draft_columns: tuple[DraftColumn, ...]
    changed: str  # what the data bus announces after an import ("person")
    existing_label: str  # a row whose record is registered already
    # How a changed field's value reads ("(ว่าง)" for nothing), for "field: old → new".
    value_text: Callable[[str, Any], str] = lambda _field, value: plain_text(value)
    # An option the preview takes for rows without a column for it (keyword, label, choices).
    default_option: str = ""
    default_label: str = ""
    default_choices: tuple[tuple[str, Any], ...] = field(default_factory=tuple)

    def preview_options(self, value: Any) -> dict[str, Any]:
        return {self.default_option: value} if self.default_option and value is not None else {}


BE_FROM = 2400  # a year above this is in the Buddhist Era already


def plain_text(value: Any) -> str:
    """A cell or field value as the wizard shows it: BE dates, whole numbers without ".0"."""
    if value is None or value == "" or (isinstance(value, float) and value != value):
        return ""
    if isinstance(value, dt.datetime):
        value = value.date() if value.time() == dt.time() else value
    if isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        if value.year > BE_FROM:  # Excel took a BE year (2525) as the year itself
            return f"{value.day:02d}/{value.month:02d}/{value.year}"
        return thai_dates.format_short(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def _person_value(field_name: str, value: Any) -> str:
    if field_name == "kind" and value:
        return KIND_LABELS[PersonKind(value)]
    if field_name == "gender" and value:
        return GENDER_LABELS[Gender(value)]
    if field_name == "subdistrict_code" and value:
        return areas.area_names(value).line() or str(value)
    return plain_text(value)


def _id_of(draft) -> str:
    return national_id.format_id(draft.national_id) if draft and draft.national_id else ""


def people_kind() -> ImportKind:
    """Volunteers and graduates from a registry sheet (``desk.people_import``)."""
    return ImportKind(
        name="people",
        title=QCoreApplication.translate("ImportKinds", "นำเข้ารายชื่อจากไฟล์ Excel/CSV"),
        permission=Permission.REGISTER_PERSON,
        service=lambda desk: desk.people_import,
        fields=column_mapping.FIELDS,
        mapping_errors=column_mapping.mapping_errors,
        draft_columns=(
            DraftColumn(
                QCoreApplication.translate("ImportKinds", "ชื่อ-สกุล (ที่อ่านได้)"),
                lambda d: person_name(d) if d else "",
            ),
            DraftColumn(
                QCoreApplication.translate("ImportKinds", "เลขประจำตัวประชาชน (ที่อ่านได้)"), _id_of
            ),
            DraftColumn(
                QCoreApplication.translate("ImportKinds", "ประเภท"),
                lambda d: KIND_LABELS[d.kind] if d else "",
            ),
        ),
        changed="person",
        existing_label=QCoreApplication.translate("ImportKinds", "มีในทะเบียนแล้ว"),
        value_text=_person_value,
        default_option="default_kind",
        default_label=QCoreApplication.translate("ImportKinds", "ประเภทของแถวที่ไม่ได้ระบุ"),
        default_choices=tuple((label, kind) for kind, label in KIND_LABELS.items()),
    )


def _case_value(field_name: str, value: Any) -> str:
    if field_name == "needs" and value:
        return needs_label(Need(v) for v in value)
    if field_name == "channel" and value:
        return label_of(Channel(value))
    if field_name == "urgency" and value:
        return label_of(Urgency(value))
    if field_name == "consent":
        if value is None or value == "":
            return ""
        if value:
            return QCoreApplication.translate("ImportKinds", "ยินยอม")
        return QCoreApplication.translate("ImportKinds", "ไม่ยินยอม")
    if field_name == "subdistrict_code" and value:
        return areas.area_names(value).line() or str(value)
    return plain_text(value)


def _requester_id(draft) -> str:
    if not draft or not draft.person_national_id:
        return ""
    return national_id.format_id(draft.person_national_id)


def case_kind() -> ImportKind:
    """Reported needs from an office's sheet: referral cases (``desk.case_import``)."""
    return ImportKind(
        name="cases",
        title=QCoreApplication.translate("ImportKinds", "นำเข้าเรื่องส่งต่อจากไฟล์ Excel/CSV"),
        permission=Permission.INTAKE_CASE,
        service=lambda desk: desk.case_import,
        fields=column_mapping.CASE_FIELDS,
        mapping_errors=lambda mapping, headers: column_mapping.mapping_errors(
            mapping, headers, column_mapping.CASES
        ),
        draft_columns=(
            DraftColumn(
                QCoreApplication.translate("ImportKinds", "วันที่รับเรื่อง (ที่อ่านได้)"),
                lambda d: thai_dates.format_short(d.received_on) if d else "",
            ),
            DraftColumn(
                QCoreApplication.translate("ImportKinds", "ผู้ขอรับบริการ (ที่อ่านได้)"),
                lambda d: d.person_name if d else "",
            ),
            DraftColumn(
                QCoreApplication.translate("ImportKinds", "เลขประจำตัวประชาชน (ที่อ่านได้)"),
                _requester_id,
            ),
            DraftColumn(
                QCoreApplication.translate("ImportKinds", "ความต้องการ"),
                lambda d: needs_label(d.needs) if d else "",
            ),
        ),
        changed="case",
        existing_label=QCoreApplication.translate("ImportKinds", "มีเรื่องนี้แล้ว"),
        value_text=_case_value,
    )
