"""Printing benchmark: what the Thai text layer costs.

    uv run python bench/print_bench.py [--rows 10000] [--sheets 200] [--out FILE]

The 10,000-row roster (demo people, repeated), then the same roster with every line drawn
by plain reportlab ``drawString`` (unshaped, no ActualText) instead of ``draw_text``: the
baseline the text layer is measured against (target: ≤ 6 s and ≤ 2× the baseline); and 200 blank evaluation sheets as the window prints them (target: < 2 s). Median of 3 after a warm-up.
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import tempfile
from dataclasses import replace
from pathlib import Path

from bench_setup import median_ms, report


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=10_000)
    parser.add_argument("--sheets", type=int, default=200)
    parser.add_argument("--out", default="")
    args = parser.parse_args()

    from desktop.bootstrap import open_database
    from desktop.demo.seed import DEMO_PASSWORD, fill_demo
    from desktop.documents.roster import render_roster
    from desktop.services.accounts import AccountService
    from desktop.services.context import ServiceContext
    from desktop.services.mentoring.printing import MentoringPrintService
    from desktop.services.people.service import PeopleService, PersonFilter

    db = open_database(f"sqlite:///{Path(tempfile.mkdtemp()) / 'print.sqlite3'}")
    ctx = ServiceContext(db)
    fill_demo(ctx, 400)
    ctx = ctx.as_user(AccountService(ctx).authenticate("clerk", DEMO_PASSWORD))
    people = PeopleService(ctx).rows(PersonFilter(sort="district"))
    rows = [replace(r, id=i) for i in range(args.rows // len(people) + 1) for r in people]
    rows = rows[: args.rows]
    office = AccountService(ctx).required_office()
    today = dt.date.today()

    def roster() -> None:
        render_roster(io.BytesIO(), office, rows, printed_on=today)

    import desktop.documents.roster_rows as roster_rows
    from desktop.documents.thai_text import printable

    def plain_text(canvas, x, y, text, font_name, size, align="left"):
        """reportlab's own drawString, unshaped, with no ActualText: the text layer's
        baseline, drawing the same lines at the same places."""
        text = printable(text)
        canvas.setFont(font_name, size)
        if align == "right":
            canvas.drawRightString(x, y, text)
        elif align == "centre":
            canvas.drawCentredString(x, y, text)
        else:
            canvas.drawString(x, y, text)
        return canvas.stringWidth(text, font_name, size)

    def baseline() -> None:
        shaped = roster_rows.draw_text
        roster_rows.draw_text = plain_text
        try:
            roster()
        finally:
            roster_rows.draw_text = shaped

    service = MentoringPrintService(ctx)
    ids = service.people_for()[: args.sheets]
    year = 2570

    def sheets() -> None:
        """As the window prints them: read, laid out, audited."""
        service.evaluation_sheets(ids, year, io.BytesIO())

    roster_ms = median_ms(roster, repeat=3)
    base_ms = median_ms(baseline, repeat=3)
    sheets_ms = median_ms(sheets, repeat=3)
    report(
        [
            f"Printing ({len(rows):,} roster rows, {len(ids)} evaluation sheets)",
            "",
            "| what | median ms | target |",
            "|---|---:|:-:|",
            f"| roster, {len(rows):,} rows | {roster_ms:,.0f} | ≤ 6,000 "
            f"{'✓' if roster_ms <= 6000 else '✗'} |",
            f"| the same roster, lines drawn by plain reportlab drawString | {base_ms:,.0f} | |",
            f"| roster ÷ plain | {roster_ms / base_ms:.2f}× | ≤ 2× "
            f"{'✓' if roster_ms <= 2 * base_ms else '✗'} |",
            f"| {len(ids)} blank evaluation sheets | {sheets_ms:,.0f} | < 2,000 "
            f"{'✓' if sheets_ms < 2000 else '✗'} |",
        ],
        args.out,
    )


if __name__ == "__main__":
    main()
