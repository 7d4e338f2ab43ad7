"""The shape of the record of processing (บันทึกรายการกิจกรรมการประมวลผล, PDPA ม.39): one
line per personal-data column, with what it is, why it is kept, on what lawful basis, for how
long, and who sees it (from the permission table, so the record cannot drift from the code)."""

from __future__ import annotations

import enum
from dataclasses import dataclass

from desktop.domain.people import Role
from desktop.domain.permissions import ALLOWED, Permission


class Basis(enum.StrEnum):
    """The lawful bases the desk relies on (พ.ร.บ.คุ้มครองข้อมูลส่วนบุคคล พ.ศ. 2562)."""

    CONTRACT = "contract"
    PUBLIC_TASK = "public_task"
    LEGITIMATE_INTEREST = "legitimate_interest"
    LEGAL_OBLIGATION = "legal_obligation"
    CONSENT = "consent"
    LABOUR_PROTECTION = "labour_protection"

    @property
    def label(self) -> str:
        return BASIS_LABELS[self]


BASIS_LABELS = {
    Basis.CONTRACT: "ม.24(3) สัญญา",
    Basis.PUBLIC_TASK: "ม.24(4) ภารกิจของรัฐ",
    Basis.LEGITIMATE_INTEREST: "ม.24(5) ประโยชน์โดยชอบด้วยกฎหมาย",
    Basis.LEGAL_OBLIGATION: "ม.24(6) หน้าที่ตามกฎหมาย",
    Basis.CONSENT: "ม.19 ความยินยอม",
    Basis.LABOUR_PROTECTION: "ม.26(5)(ค) การคุ้มครองแรงงาน",
}


@dataclass(frozen=True)
class RopaEntry:
    """One personal-data column. ``bases``: the first is the main one; a volunteer's record
    rests on the public task, a graduate's also on their contract. ``seen_with``: the
    permission that shows it on screen (None: nobody sees it, the desk only uses it);
    ``masked_without``: roles lacking this permission see it masked."""

    table: str
    column: str
    category: str
    purpose: str
    bases: tuple[Basis, ...]
    retention: str
    seen_with: Permission | None
    masked_without: Permission | None = None
    sensitive: bool = False
    note: str = ""

    @property
    def key(self) -> str:
        return f"{self.table}.{self.column}"

    @property
    def basis_text(self) -> str:
        return "; ".join(b.label for b in self.bases)

    def roles_seeing(self) -> tuple[Role, ...]:
        if self.seen_with is None:
            return ()
        return tuple(r for r in ROLE_ORDER if r in ALLOWED[self.seen_with])

    def roles_masked(self) -> tuple[Role, ...]:
        if self.masked_without is None:
            return ()
        return tuple(r for r in self.roles_seeing() if r not in ALLOWED[self.masked_without])

    @property
    def seen_by_text(self) -> str:
        """``ผู้ดูแลระบบ, หัวหน้างาน`` or ``ทุกบทบาท``, then who sees it masked:
        ``ทุกบทบาท (ปิดบางส่วน: เจ้าหน้าที่พี่เลี้ยง)``."""
        roles = self.roles_seeing()
        if not roles:
            return "ไม่แสดงแก่ผู้ใช้ (โปรแกรมใช้ภายใน)"
        who = "ทุกบทบาท" if set(roles) == set(ROLE_ORDER) else ", ".join(r.label for r in roles)
        if masked := self.roles_masked():
            who += f" (ปิดบางส่วน: {', '.join(r.label for r in masked)})"
        return who


ROLE_ORDER = (Role.ADMIN, Role.SUPERVISOR, Role.CLERK, Role.MENTOR)


@dataclass(frozen=True)
class Group:
    """Columns of one table that share a category, a purpose, a basis and a retention: the
    register is written by group and read one line per column (:func:`lines`)."""

    table: str
    columns: tuple[str, ...]
    category: str
    purpose: str
    bases: tuple[Basis, ...]
    retention: str
    seen_with: Permission | None
    masked_without: Permission | None = None
    sensitive: bool = False
    note: str = ""

    def entries(self) -> tuple[RopaEntry, ...]:
        return tuple(
            RopaEntry(
                self.table,
                column,
                self.category,
                self.purpose,
                self.bases,
                self.retention,
                self.seen_with,
                self.masked_without,
                self.sensitive,
                self.note,
            )
            for column in self.columns
        )
