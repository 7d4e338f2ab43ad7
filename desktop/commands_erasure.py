"""``labour-desk person anonymise NATIONAL_ID --reason TEXT`` erases a person's identifying
data for good (PDPA s.33; the administrator only), and ``labour-desk person retention-due``
lists who left the network at least the office's retention period ago (PDPA s.37(3)).
Both join the shared ``person`` group (``desktop.commands_person``)."""

from __future__ import annotations

import argparse

from desktop.domain.erasure import NOT_WIPED
from desktop.services.context import ServiceContext


def add_parsers(person) -> None:
    """``person``: the ``person`` group's subcommands."""
    anonymise = person.add_parser(
        "anonymise", help="erase one person's name, ID, contact and notes for good (PDPA s.33)"
    )
    anonymise.add_argument("national_id", metavar="NATIONAL_ID")
    anonymise.add_argument("--reason", required=True, help="why (kept in the audit trail)")
    person.add_parser(
        "retention-due", help="people who left the network longer ago than the retention period"
    )


def cmd_anonymise(args: argparse.Namespace, acting: ServiceContext) -> int:
    from desktop.services.people.anonymise import AnonymiseService

    person_id, wiped = AnonymiseService(acting).anonymise_by_national_id(
        args.national_id, args.reason
    )
    print(f"ลบข้อมูลระบุตัวตนแล้ว: ทะเบียนรหัส {person_id} (ผู้ถูกลบข้อมูล #{person_id})")
    if not wiped:
        print(f"คำเตือน: {NOT_WIPED}")
    return 0


def cmd_retention_due(args: argparse.Namespace, acting: ServiceContext) -> int:
    from desktop.console_table import print_table
    from desktop.domain.people import PersonKind
    from desktop.domain.thai_dates import format_medium
    from desktop.services.people.retention import RetentionService

    service = RetentionService(acting)
    years = service.retention_years()
    due = service.due()
    print(f"ระยะเวลาเก็บข้อมูลหลังพ้นจากเครือข่าย {years} ปี: ครบกำหนด {len(due)} คน")
    if due:
        header = ("รหัส", "ชื่อ", "ประเภท", "สถานะ", "พ้นจากเครือข่าย", "ครบกำหนดลบ")
        rows = [
            (
                str(r.person_id),
                r.name,
                PersonKind(r.kind).label,
                r.status.label,
                format_medium(r.left_on),
                format_medium(r.due_on),
            )
            for r in due
        ]
        print_table([header, *rows])
    return 0


COMMANDS = {"anonymise": cmd_anonymise, "retention-due": cmd_retention_due}
