"""``labour-desk audit list [--user U] [--person NATIONAL_ID] [--case CASE_NO] [--action A]
[--from DD/MM/BBBB] [--to DD/MM/BBBB] [--format csv|table] [--limit N]``: the audit trail on
the command line, filtered as on the audit page. Listing it is itself audited (export)."""

from __future__ import annotations

import argparse
import os
import sys

from desktop.domain.audit_actions import AuditCategory
from desktop.domain.audit_trail import AuditFilter
from desktop.domain.errors import ValidationError
from desktop.services.context import ServiceContext

ACTIONS = ", ".join(c.value for c in AuditCategory)


def add_parsers(sub) -> None:
    audit = sub.add_parser("audit", help="the audit trail: who did what to whom, and when")
    cmds = audit.add_subparsers(dest="audit_command", required=True)
    listing = cmds.add_parser("list", help="list the audit trail, newest first")
    listing.add_argument("--user", dest="audit_user", metavar="USERNAME", help="done by this user")
    listing.add_argument(
        "--person", metavar="NATIONAL_ID", help="about this person (or a name only one has)"
    )
    listing.add_argument("--case", metavar="CASE_NO", help="about this case")
    listing.add_argument("--action", metavar="KIND", help=f"one of: {ACTIONS}")
    listing.add_argument("--from", dest="date_from", metavar="DD/MM/BBBB", default="")
    listing.add_argument("--to", dest="date_to", metavar="DD/MM/BBBB", default="")
    listing.add_argument("--format", choices=("table", "csv"), default="table")
    listing.add_argument(
        "--limit", type=int, default=0, metavar="N", help="at most N rows (default: all)"
    )


def audit_filter(args: argparse.Namespace, trail) -> AuditFilter:
    from desktop.domain.thai_dates import parse_be

    errors: dict[str, str] = {}
    category = None
    if args.action:
        try:
            category = AuditCategory(args.action.strip().lower())
        except ValueError:
            errors["--action"] = f"--action ไม่รู้จักการกระทำ “{args.action}” (ใช้ได้: {ACTIONS})"
    dates = {}
    for name, text in (("--from", args.date_from), ("--to", args.date_to)):
        if text:
            try:
                dates[name] = parse_be(text)
            except ValueError:
                errors[name] = f"{name} วันที่ “{text}” ไม่ถูกต้อง (วว/ดด/ปปปป พ.ศ.)"
    if errors:
        raise ValidationError(errors)
    person_id = trail.find_person(args.person)[0] if args.person else None
    case_id = trail.find_case(args.case) if args.case else None
    return AuditFilter(
        username=args.audit_user or None,
        person_id=person_id,
        case_id=case_id,
        category=category,
        date_from=dates.get("--from"),
        date_to=dates.get("--to"),
    )


def run(args: argparse.Namespace, acting: ServiceContext) -> int:
    from desktop.console_table import print_table
    from desktop.services.audit_export import COLUMNS, AuditExportService, cells
    from desktop.services.audit_trail import AuditTrailService

    trail = AuditTrailService(acting)
    f = audit_filter(args, trail)
    export = AuditExportService(trail)
    try:
        if args.format == "csv":
            export.csv(f, sys.stdout, limit=args.limit)
        else:
            rows = [tuple(str(c) for c in cells(r)) for r in export.listing(f, args.limit)]
            print_table([tuple(c.header for c in COLUMNS), *rows])
        sys.stdout.flush()
    except BrokenPipeError:
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0
