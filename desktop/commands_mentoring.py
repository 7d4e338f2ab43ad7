"""Mentoring on the command line: assign mentors, list who is due a visit, print sheets."""

from __future__ import annotations

import argparse

from db.queries import accounts as account_queries
from db.queries.people import PersonFilter
from desktop.domain import national_id
from desktop.domain.errors import NotFound, ValidationError
from desktop.domain.thai_dates import format_medium, parse_be
from desktop.services.context import ServiceContext
from desktop.services.mentoring.assignments import MentorAssignmentService
from desktop.services.mentoring.printing import MentoringPrintService
from desktop.services.mentoring.workspace import WorkspaceService
from desktop.services.people.service import PeopleService


def add_parsers(sub, printing) -> None:
    """``mentor …`` under the top level; the mentoring printouts under ``print``."""
    mentor = sub.add_parser("mentor", help="mentors: assign, who is due a visit").add_subparsers(
        dest="mentor_command", required=True
    )
    assign = mentor.add_parser("assign", help="make USER the mentor of a district or of people")
    assign.add_argument("--mentor", required=True, metavar="USER")
    target = assign.add_mutually_exclusive_group(required=True)
    target.add_argument("--district", metavar="CODE")
    target.add_argument("--national-id", nargs="+", metavar="ID")
    assign.add_argument(
        "--from", dest="from_date", metavar="DD/MM/BBBB", help="BE date, default today"
    )
    due = mentor.add_parser("due", help="people of a mentor due for a visit")
    due.add_argument("--mentor", required=True, metavar="USER")
    due.add_argument(
        "--days",
        type=int,
        default=None,
        help="a visit every N days (default: the office's rule, set by the admin)",
    )

    sheets = printing.add_parser("evaluation-sheets", help="evaluation sheets, one per person")
    _who(sheets)
    sheets.add_argument("--fiscal-year", type=int, required=True, metavar="BE")
    sheets.add_argument("--blank", action="store_true", help="blank sheets for the field")
    sheets.add_argument("--out", required=True)
    forms = printing.add_parser("visit-forms", help="blank visit forms, one per person")
    _who(forms)
    forms.add_argument("--out", required=True)
    summary = printing.add_parser("evaluation-summary", help="fiscal-year summary (.pdf or .xlsx)")
    summary.add_argument("--fiscal-year", type=int, required=True, metavar="BE")
    summary.add_argument("--out", required=True)


def _who(parser: argparse.ArgumentParser) -> None:
    who = parser.add_mutually_exclusive_group(required=True)
    who.add_argument("--mentor", metavar="USER")
    who.add_argument("--district", metavar="CODE")


def _user_id(ctx: ServiceContext, username: str) -> int:
    with ctx.unit_of_work() as s:
        user = account_queries.by_username(s, username)
        if user is None:
            raise NotFound(f"ไม่พบผู้ใช้ชื่อ {username}")
        return user.id


def cmd_mentor(args, acting: ServiceContext) -> int:
    mentor_id = _user_id(acting, args.mentor)
    if args.mentor_command == "assign":
        if args.district:
            ids = [
                p.id
                for p in PeopleService(acting).rows(
                    PersonFilter(district_code=args.district, statuses=("active",))
                )
            ]
        else:
            ids = []
            for nid in args.national_id:
                person = PeopleService(acting).find_by_national_id(nid)
                if person is None:
                    raise NotFound(f"ไม่พบเลขประจำตัวประชาชน {national_id.digits_only(nid)} ในทะเบียน")
                ids.append(person.id)
        try:
            start = parse_be(args.from_date) if args.from_date else None
        except ValueError as exc:
            raise ValidationError({"from": f"วันที่ไม่ถูกต้อง: {exc}"}) from None
        n = MentorAssignmentService(acting).assign(ids, mentor_id, start)
        print(f"กำหนดพี่เลี้ยง {args.mentor} ให้ {n} คน (จาก {len(ids)} คน)")
        return 0
    # Longest waiting first: never visited, then the oldest last visit.
    workspace = WorkspaceService(acting).overview(mentor_id, every_days=args.days)
    for p in workspace.due_for_visit:
        last = format_medium(p.last_visit) if p.last_visit else "ยังไม่เคยเยี่ยม"
        print(f"{p.name}\t{p.area}\t{last}\t{format_medium(p.visit_due_on)}")
    return 0


def cmd_print_mentoring(args, acting: ServiceContext) -> int:
    printing = MentoringPrintService(acting)
    if args.print_command == "evaluation-summary":
        if args.out.lower().endswith(".xlsx"):
            printing.summary_xlsx(args.fiscal_year, args.out)
        else:
            printing.summary_pdf(args.fiscal_year, args.out)
        print(f"พิมพ์สรุปผลการประเมินปีงบประมาณ {args.fiscal_year} → {args.out}")
        return 0
    mentor_id = _user_id(acting, args.mentor) if args.mentor else None
    ids = printing.people_for(mentor_id=mentor_id, district_code=args.district or "")
    if args.print_command == "visit-forms":
        n = printing.visit_forms(ids, args.out)
        print(f"พิมพ์แบบบันทึกการเยี่ยม {n} คน → {args.out}")
    else:
        n = printing.evaluation_sheets(ids, args.fiscal_year, args.out, blank=args.blank)
        kind = "เปล่า" if args.blank else ""
        print(f"พิมพ์แบบประเมิน{kind} {n} คน → {args.out}")
    return 0
