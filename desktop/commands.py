"""What each ``labour-desk`` subcommand does, on top of the same services the window uses."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from db.engine import Database
from db.migrate import current_revision, head_revision
from db.queries import accounts as account_queries
from db.queries.people import PersonFilter
from desktop.bootstrap import open_database
from desktop.commands_mentoring import cmd_mentor as run_mentor_command
from desktop.commands_mentoring import cmd_print_mentoring
from desktop.demo.seed import fill_demo
from desktop.domain.errors import DeskError, NotFound
from desktop.domain.people import Role
from desktop.paths import database_url
from desktop.services.accounts import AccountService, user_info
from desktop.services.backups import BackupService, restore_database
from desktop.services.backups import describe as describe_backup
from desktop.services.context import ServiceContext
from desktop.services.people.printing import RegistryPrintService
from desktop.services.people.service import PeopleService


def acting_context(ctx: ServiceContext, username: str | None) -> ServiceContext:
    """The CLI acts as a named user, or as the first active administrator."""
    with ctx.unit_of_work() as s:
        if username:
            user = account_queries.by_username(s, username)
            if user is None or not user.active:
                raise DeskError(f"ไม่พบผู้ใช้ที่ใช้งานได้ชื่อ {username}")
        else:
            admins = account_queries.users_with_role(s, Role.ADMIN.value)
            if not admins:
                raise DeskError("ยังไม่ได้ตั้งค่าระบบ: ใช้คำสั่ง labour-desk init หรือ labour-desk demo ก่อน")
            user = min(admins, key=lambda u: u.id)
        return ctx.as_user(user_info(user))


def dispatch(args: argparse.Namespace, read_password: Callable[[bool], str]) -> int:
    if args.command == "restore":
        return cmd_restore(args)
    if args.command == "db" and args.db_command == "roles":
        return cmd_db_roles(args)  # a DBA's job on the server: no sign-in, no upgrade
    db = open_database(args.database)
    try:
        ctx = ServiceContext(db)
        handler = HANDLERS[args.command]
        return handler(args, ctx, read_password)
    finally:
        db.dispose()


def cmd_demo(args, ctx: ServiceContext, _pw) -> int:
    from desktop.demo.seed import ensure_demo_users

    admin_ctx = acting_context(ensure_demo_users(ctx, args.province), None)
    existing = PeopleService(admin_ctx).count(PersonFilter())
    result = (
        None
        if (args.if_empty and existing)
        else fill_demo(admin_ctx, args.people, args.province, args.cases)
    )
    made = result.people if result else 0
    print(f"demo: เพิ่ม {made} คน (รวม {existing + made} คน) ในฐานข้อมูล {ctx.db.url}")
    if result and result.cases:
        print(f"demo: เพิ่มเรื่องส่งต่อ {result.cases} เรื่อง")
    print(
        "เข้าสู่ระบบด้วย / sign in with: admin, clerk, mentor, supervisor — รหัสผ่าน / password: demo1234"
    )
    if args.open:
        from ui.app import run_app

        return run_app(ctx.db.url)
    return 0


def cmd_init(args, ctx: ServiceContext, read_password) -> int:
    info = AccountService(ctx).set_up(
        args.province, args.office_name, args.admin, args.name, read_password(args.password_stdin)
    )
    print(f"ตั้งค่าสำนักงานแล้ว ผู้ดูแลระบบ: {info.username}")
    return 0


def cmd_user(args, ctx: ServiceContext, read_password) -> int:
    accounts = AccountService(acting_context(ctx, args.user))
    if args.user_command == "list":
        for u in accounts.list_users():
            state = "" if u.active else " (ระงับ/disabled)"
            print(
                f"{u.username}\t{u.full_name}\t{','.join(sorted(r.value for r in u.roles))}{state}"
            )
    elif args.user_command == "add":
        u = accounts.add_user(
            args.username,
            args.name,
            read_password(args.password_stdin),
            [Role(r) for r in args.role],
            args.position,
        )
        print(f"เพิ่มผู้ใช้ {u.username} แล้ว")
    elif args.user_command == "disable":
        accounts.set_active(args.username, False)
        print(f"ระงับผู้ใช้ {args.username} แล้ว")
    return 0


def cmd_print(args, ctx: ServiceContext, _pw) -> int:
    acting = acting_context(ctx, args.user)
    printer = RegistryPrintService(acting)
    if args.print_command == "roster":
        f = PersonFilter(
            district_code=args.district,
            statuses=tuple(args.status or ()),
            kinds=tuple(args.kind or ()),
        )
        n = printer.roster(f, args.out, full_id=args.full_id)
        print(f"พิมพ์ทะเบียนรายชื่อ {n} คน → {args.out}")
    elif args.print_command in ("slip", "case"):
        return _print_case_documents(args, acting)
    elif args.print_command in ("evaluation-sheets", "visit-forms", "evaluation-summary"):
        return cmd_print_mentoring(args, acting)
    else:
        person = PeopleService(acting).find_by_national_id(args.national_id)
        if person is None:
            raise NotFound(f"ไม่พบเลขประจำตัวประชาชน {args.national_id} ในทะเบียน")
        printer.record(person.id, args.out, full_id=args.full_id)
        print(f"พิมพ์ทะเบียนประวัติ → {args.out}")
    return 0


def _print_case_documents(args, acting: ServiceContext) -> int:
    from desktop.services.cases.printing import CasePrintService
    from desktop.services.cases.service import CaseService

    cases = CaseService(acting)
    numbers = args.case_no if args.print_command == "slip" else [args.case_no]
    found = []
    for number in numbers:
        case = cases.find_by_no(number)
        if case is None:
            raise NotFound(f"ไม่พบเรื่องเลขที่ {number}")
        found.append(case)
    printer = CasePrintService(acting)
    if args.print_command == "slip":
        n = printer.slips([c.id for c in found], args.out)
        print(f"พิมพ์แบบส่งต่อ {n} เรื่อง → {args.out}")
    else:
        printer.summary(found[0].id, args.out, full_id=args.full_id)
        print(f"พิมพ์สรุปเรื่อง {found[0].case_no} → {args.out}")
    return 0


CASE_LIST_HEADER = (
    "case_no",
    "received_on",
    "status",
    "person",
    "needs",
    "district",
    "agency",
    "due_on",
    "health",
)


def cmd_cases(args, ctx: ServiceContext, _pw) -> int:
    """``cases list``: one line per case, as CSV (with a header) or as an aligned table."""
    from dataclasses import replace

    from desktop.domain.cases.records import QueueView
    from desktop.services.cases.service import CaseService

    cases = CaseService(acting_context(ctx, args.user))
    f = cases.filter_for(QueueView.OVERDUE if args.overdue else QueueView.ALL)
    f = replace(f, statuses=tuple(args.status or ()), sort="case_no")
    lines = [_case_fields(r) for r in cases.rows(f)]
    try:
        if args.format == "csv":
            import csv

            writer = csv.writer(sys.stdout, lineterminator="\n")
            writer.writerow(CASE_LIST_HEADER)
            writer.writerows(lines)
        else:
            _print_table([CASE_LIST_HEADER, *lines])
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (``| head``) has gone: stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def _case_fields(r) -> tuple[str, ...]:
    from desktop.domain.thai_dates import format_short

    return (
        r.case_no,
        format_short(r.received_on),
        r.status.label,
        r.person_name,
        r.needs_label,
        r.area.district,
        r.agency.label if r.agency else "",
        format_short(r.due_on),
        r.health.label if r.health else "",
    )


def _print_table(rows: list[tuple[str, ...]]) -> None:
    """Columns padded by how wide Thai text looks: vowel and tone marks take no width."""
    import unicodedata

    def width(text: str) -> int:
        return sum(
            1 for ch in text if not unicodedata.combining(ch) and unicodedata.category(ch) != "Mn"
        )

    widths = [max(width(row[i]) for row in rows) for i in range(len(rows[0]))]
    for row in rows:
        cells = [cell + " " * (w - width(cell)) for cell, w in zip(row, widths, strict=True)]
        print("  ".join(cells).rstrip())


def cmd_db(args, ctx: ServiceContext, _pw) -> int:
    # open_database already upgraded; both subcommands report where the schema stands.
    print(f"{current_revision(ctx.db.engine)} (head {head_revision()})")
    return 0


def cmd_backup(args, ctx: ServiceContext, _pw) -> int:
    service = BackupService(acting_context(ctx, args.user))
    if args.check:
        checked = service.check(Path(args.check))
        print(f"สำเนา {checked.path} ใช้กู้คืนได้: {describe_backup(checked)}")
        return 0
    if ctx.db.dialect == "postgresql" and not args.check:
        dumped = service.dump_server(Path(args.out) if args.out else None)
        print(f"สำรองฐานข้อมูลด้วย pg_dump ไว้ที่ {dumped}")
        return 0
    made = service.backup_now(Path(args.out) if args.out else None)
    print(f"สำรองฐานข้อมูลไว้ที่ {made.path}: {describe_backup(made)}")
    return 0


def cmd_db_roles(args) -> int:
    """``db roles``: the least-privilege roles' SQL, printed, or run as the superuser URL."""
    from sqlalchemy.engine import make_url

    from db.pg_roles import apply_roles, roles_script, roles_sql

    url = args.database or os.environ.get("LABOUR_DESK_DATABASE_URL") or ""
    on_server = url.startswith("postgresql")
    sql = roles_sql(args.owner, args.app, make_url(url).database if on_server else "labour_desk")
    if not args.apply:
        print(roles_script(sql), end="")
        return 0
    if not on_server:
        raise DeskError("--apply ต้องระบุ --database postgresql+psycopg://ผู้ดูแลเซิร์ฟเวอร์@เครื่อง/ฐานข้อมูล")
    apply_roles(url, sql)
    print(f"สร้างบัญชี {sql.owner} (เจ้าของ) และ {sql.app} (โปรแกรม) ในฐานข้อมูล {sql.database} แล้ว")
    return 0


def cmd_restore(args) -> int:
    """Restore without upgrading or even trusting the current file: it may be the damaged one."""
    db = Database.open(database_url(args.database))
    try:
        try:
            actor = acting_context(ServiceContext(db), args.user)
        except DBAPIError:  # the current file cannot be read: whoever holds the files restores
            actor = None
        if actor is not None:
            report = BackupService(actor).restore(Path(args.file))
        else:
            report = restore_database(db, Path(args.file), args.user or "", dt.datetime.now(dt.UTC))
        print(report.describe())
        return 0
    finally:
        db.dispose()


def cmd_mentor(args, ctx: ServiceContext, _pw) -> int:
    return run_mentor_command(args, acting_context(ctx, args.user))


HANDLERS = {
    "mentor": cmd_mentor,
    "demo": cmd_demo,
    "init": cmd_init,
    "user": cmd_user,
    "print": cmd_print,
    "cases": cmd_cases,
    "db": cmd_db,
    "backup": cmd_backup,
}
