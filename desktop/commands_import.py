"""``labour-desk import people FILE`` and ``labour-desk import cases FILE``: the imports on
the command line, with the same options and the same report for both kinds.

The same four steps as the window's wizard (read, map, preview, import). ``--dry-run``
prints the counts and every problem and writes nothing; without ``--keep-valid`` one invalid
row means nothing is imported. The exit code is 1 whenever a row is invalid and nothing was
imported (a dry run with problems included), so a script can tell.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from desktop.domain.errors import ValidationError
from desktop.services.context import ServiceContext
from desktop.services.imports.case_import import CaseImportService
from desktop.services.imports.people_import import PeopleImportService
from desktop.services.imports.records import DuplicateAction, ImportPreview

EXIT_INVALID = 1

# Each kind: its service, its help, what a duplicate is, and the word its rows are counted in.
_KINDS = {
    "people": (
        PeopleImportService,
        "people from .xlsx/.xlsm/.xls/.csv",
        "an ID already registered: skip, fill empty fields, update all, or stop",
        ("คน", "มีในทะเบียนแล้ว"),
    ),
    "cases": (
        CaseImportService,
        "referral cases (reported needs) from .xlsx/.xlsm/.xls/.csv",
        "a case already in (its number, or the person's ID, need and received date): "
        "skip, fill empty fields, update all, or stop",
        ("เรื่อง", "มีอยู่แล้ว"),
    ),
}


def add_parsers(sub) -> None:
    imp = sub.add_parser("import", help="bring an office's sheet in").add_subparsers(
        dest="import_command", required=True
    )
    for kind, (_, help_text, duplicate_help, _) in _KINDS.items():
        _add_options(imp.add_parser(kind, help=help_text), duplicate_help)


def _add_options(p, duplicate_help: str) -> None:
    p.add_argument("file", metavar="FILE")
    p.add_argument("--sheet", metavar="NAME", help="which sheet of a workbook")
    p.add_argument("--mapping", metavar="FILE.json", help="{header: field} (the wizard's)")
    p.add_argument("--encoding", metavar="ENC", help="a CSV's encoding (default: detect)")
    p.add_argument(
        "--on-duplicate",
        choices=[a.value for a in DuplicateAction],
        default=DuplicateAction.SKIP.value,
        help=duplicate_help,
    )
    p.add_argument("--keep-valid", action="store_true", help="import the valid rows")
    p.add_argument("--errors-out", metavar="FILE.xlsx", help="the rejected rows, to fix")
    p.add_argument("--dry-run", action="store_true", help="check only, write nothing")


def _mapping(path: str) -> dict[str, str]:
    try:
        value = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except ValueError:
        raise ValidationError({"mapping": f"ไฟล์ {path} ไม่ใช่ JSON ที่อ่านได้"}) from None
    if not isinstance(value, dict):
        raise ValidationError({"mapping": f"ไฟล์ {path} ต้องเป็น JSON แบบ {{หัวคอลัมน์: ช่องข้อมูล}}"})
    return {str(k): str(v) for k, v in value.items()}


def _report(preview: ImportPreview, unit: str, existing: str) -> None:
    print(
        f"{preview.file_name} ({preview.sheet}): ใหม่ {preview.new} {unit}, "
        f"{existing} {preview.existing} {unit}, ไม่ถูกต้อง {preview.invalid} แถว"
    )
    for problem in preview.problems:
        print(problem.line())
    for row in preview.rows:  # what fill/update would change, before it is applied
        action = preview.action_for(row)
        changes = {
            DuplicateAction.FILL: row.fill_changes,
            DuplicateAction.UPDATE: row.update_changes,
        }
        for change in changes.get(action, ()):
            old = "(ว่าง)" if change.old in (None, "") else change.old
            print(f"แถว {row.row} ปรับปรุง{change.label}: {old} → {change.new}")


def cmd_import(args: argparse.Namespace, acting: ServiceContext) -> int:
    if args.keep_valid and not args.errors_out and not args.dry_run:
        raise ValidationError({"errors_out": "--keep-valid ต้องใช้คู่กับ --errors-out FILE.xlsx"})
    service_class, _, _, (unit, existing) = _KINDS[args.import_command]
    service = service_class(acting)
    table = service.read(args.file, args.sheet, args.encoding)
    mapping = _mapping(args.mapping) if args.mapping else service.suggested_mapping(table)
    preview = service.preview(table, mapping, DuplicateAction(args.on_duplicate))
    _report(preview, unit, existing)
    if args.dry_run:
        print("ตรวจอย่างเดียว (--dry-run): ไม่ได้บันทึกข้อมูล")
        return EXIT_INVALID if preview.invalid else 0
    if preview.invalid and not args.keep_valid:
        print(
            f"ไม่ได้นำเข้า: มี {preview.invalid} แถวที่ไม่ถูกต้อง "
            "(แก้ไฟล์แล้วนำเข้าใหม่ หรือใช้ --keep-valid --errors-out FILE.xlsx)",
            file=sys.stderr,
        )
        return EXIT_INVALID
    result = service.run(preview, keep_valid=args.keep_valid, errors_out=args.errors_out)
    print(
        f"นำเข้าแล้ว: เพิ่ม {result.created} {unit}, ปรับปรุง {result.updated} {unit}, "
        f"ข้าม {result.skipped} {unit}, ไม่ได้นำเข้า {result.rejected} แถว"
    )
    if result.errors_file:
        print(f"แถวที่ไม่ได้นำเข้า → {result.errors_file}")
    return 0
