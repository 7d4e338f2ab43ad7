"""``labour-desk report NAME --fiscal-year 2570 [--from MM/BBBB --to MM/BBBB] [--district CODE]
--out FILE.pdf|FILE.xlsx``: the province's reports from the command line. The subcommands
are the names in :data:`desktop.services.reports.REPORTS`, so a new report needs no change
here beyond its help line in :data:`HELP`."""

from __future__ import annotations

import argparse

from desktop.domain.reports import ReportPeriod
from desktop.services.context import ServiceContext

HELP = {
    "referrals": "ชี้เป้า คัดกรอง ส่งต่อ (needs received, referrals, days, outcomes)",
    "network": "the network: volunteers and graduates, coverage of subdistricts",
    "mentoring": "mentoring: visits, evaluations done and due, grades",
    "summary": "the one-page provincial summary for the monthly meeting",
}


def add_parsers(sub) -> None:
    from desktop.services.reports import REPORTS

    report = sub.add_parser("report", help="print a report as PDF or Excel (.xlsx)")
    names = report.add_subparsers(dest="report_name", required=True)
    for name in REPORTS:
        p = names.add_parser(name, help=HELP.get(name, name))
        p.add_argument("--fiscal-year", type=int, metavar="BE", help="default: this year")
        p.add_argument("--from", dest="from_month", metavar="MM/BBBB", default="")
        p.add_argument("--to", dest="to_month", metavar="MM/BBBB", default="")
        p.add_argument("--district", metavar="CODE", default="")
        p.add_argument("--out", required=True, metavar="FILE.pdf|FILE.xlsx")


def run(args: argparse.Namespace, acting: ServiceContext) -> int:
    from desktop.domain.fiscal_year import fiscal_year_of
    from desktop.services.reports import report_service

    year = args.fiscal_year or fiscal_year_of(acting.today())
    period = ReportPeriod.parse(year, args.from_month, args.to_month, args.district)
    service = report_service(args.report_name, acting)
    report = service.write(period, args.out)
    print(f"{report.title} {report.period_text} → {args.out}")
    return 0
