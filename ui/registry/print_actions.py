"""Printing from the registry: the roster of everyone the current filter shows, one person's
record form (ทะเบียนประวัติ), and the list itself exported to Excel or CSV."""

from __future__ import annotations

from desktop.services.people.service import PersonFilter
from ui.printing.print_actions import PrintActions, export_suffix
from ui.workers import Job


class RegistryPrintActions(PrintActions):
    def print_roster(self, f: PersonFilter) -> Job | None:
        full_id = self.ask_full_id(self.parent_widget)
        if full_id is None:
            return None
        return self.save(
            self.tr("บันทึกทะเบียนรายชื่อเป็น PDF"),
            "ทะเบียนรายชื่ออาสาสมัครแรงงาน.pdf",
            self.tr("กำลังสร้างทะเบียนรายชื่อ…"),
            lambda path, progress, cancelled: self.desk.registry_printing.roster(
                f, path, full_id=full_id, progress=progress, cancelled=cancelled
            ),
        )

    def print_record(self, person_id: int) -> Job | None:
        person = self.desk.people.get(person_id)
        return self.save(
            self.tr("บันทึกทะเบียนประวัติเป็น PDF"),
            f"ทะเบียนประวัติ {person.first_name} {person.last_name}.pdf",
            self.tr("กำลังสร้างทะเบียนประวัติ…"),
            lambda path, _progress, _cancelled: self.desk.registry_printing.record(person_id, path),
        )

    def export_people(self, f: PersonFilter, *, csv: bool = False) -> Job | None:
        """Everyone the filter shows, in its sort order (all rows, not the loaded page)."""
        full_id = self.ask_full_id(self.parent_widget)
        if full_id is None:
            return None
        return self.save(
            self.tr("ส่งออกทะเบียนรายชื่อ"),
            "ทะเบียนรายชื่ออาสาสมัครแรงงาน" + export_suffix(csv),
            self.tr("กำลังส่งออกทะเบียนรายชื่อ…"),
            lambda path, progress, cancelled: self.desk.registry_printing.export(
                f, path, full_id=full_id, progress=progress, cancelled=cancelled
            ),
        )
