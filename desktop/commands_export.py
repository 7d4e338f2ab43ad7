"""``labour-desk export people|cases|evaluations --out FILE.xlsx|FILE.csv``: the window's list
exports from the command line, with the filters of ``print roster`` (district, status, kind)
and of ``cases list`` (status, overdue); the format follows the file's extension."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from db.queries.people import PersonFilter
from desktop.domain.errors import ValidationError
from desktop.domain.fiscal_year import fiscal_year_of
from desktop.services.context import ServiceContext

SUFFIXES = (".xlsx", ".csv")


def add_parsers(sub) -> None:
    from desktop.domain.cases.workflow import CaseStatus
    from desktop.domain.people import PersonKind, PersonStatus

    export = sub.add_parser("export", help="export a list to Excel (.xlsx) or CSV").add_subparsers(
        dest="export_command", required=True
    )
    people = export.add_parser("people", help="the registry (the same filters as print roster)")
    people.add_argument("--district", metavar="CODE", default="")
    people.add_argument("--status", choices=[s.value for s in PersonStatus], action="append")
    people.add_argument("--kind", choices=[k.value for k in PersonKind], action="append")
    cases = export.add_parser("cases", help="referral cases (the same filters as cases list)")
    cases.add_argument("--status", choices=[s.value for s in CaseStatus], action="append")
    cases.add_argument("--overdue", action="store_true", help="open cases past their due date")
    evaluations = export.add_parser("evaluations", help="a fiscal year's evaluations")
    evaluations.add_argument("--fiscal-year", type=int, metavar="BE", help="default: this year")
    for parser in (people, cases, evaluations):
        parser.add_argument("--out", required=True, metavar="FILE.xlsx|FILE.csv")
    for parser in (people, cases):
        parser.add_argument("--full-id", action="store_true", help="full IDs (when allowed)")


def run(args: argparse.Namespace, acting: ServiceContext) -> int:
    suffix = Path(args.out).suffix.lower()
    if suffix not in SUFFIXES:
        raise ValidationError({"out": f"ไฟล์ส่งออกต้องเป็น .xlsx หรือ .csv: {args.out}"})
    if args.export_command == "people":
        from desktop.services.people.printing import RegistryPrintService

        f = PersonFilter(
            district_code=args.district,
            statuses=tuple(args.status or ()),
            kinds=tuple(args.kind or ()),
        )
        n = RegistryPrintService(acting).export(f, args.out, full_id=args.full_id)
        print(f"ส่งออกทะเบียนรายชื่อ {n} คน → {args.out}")
    elif args.export_command == "cases":
        from desktop.domain.cases.records import QueueView
        from desktop.services.cases.printing import CasePrintService
        from desktop.services.cases.service import CaseService

        view = QueueView.OVERDUE if args.overdue else QueueView.ALL
        f = replace(
            CaseService(acting).filter_for(view), statuses=tuple(args.status or ()), sort="case_no"
        )
        described = " · ".join([view.label, *(f"สถานะ: {s}" for s in f.statuses)])
        n = CasePrintService(acting).export_excel(
            f, args.out, full_id=args.full_id, title=view.label, filter_description=described
        )
        print(f"ส่งออกรายการเรื่อง {n} เรื่อง → {args.out}")
    else:
        from desktop.services.mentoring.printing import MentoringPrintService

        year = args.fiscal_year or fiscal_year_of(acting.today())
        n = MentoringPrintService(acting).export_evaluations(year, args.out)
        print(f"ส่งออกผลการประเมินปีงบประมาณ {year} {n} คน → {args.out}")
    return 0
