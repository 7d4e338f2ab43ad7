"""What each ``labour-desk`` subcommand does, on top of the same services the window uses.

Every command but ``init``, ``demo`` on an empty database and ``db`` signs in first, as the
window does: ``--user`` (or ``LABOUR_DESK_USER``) with its password, checked, throttled and
audited by ``AccountService.authenticate``. There is no default user.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.exc import DBAPIError

from db.engine import Database
from db.migrate import current_revision, head_revision
from db.queries import accounts as account_queries
from db.queries import people as people_queries
from db.queries.people import PersonFilter
from desktop.bootstrap import open_database
from desktop.commands_mentoring import cmd_mentor as run_mentor_command
from desktop.commands_mentoring import cmd_print_mentoring
from desktop.console_table import print_table
from desktop.demo.seed import demo_complete, fill_demo
from desktop.domain.errors import AuthenticationFailed, DeskError, NotFound
from desktop.domain.people import Role
from desktop.domain.permissions import Permission
from desktop.exchange.case_list import HEADER as CASE_LIST_HEADER
from desktop.paths import database_url
from desktop.services.accounts import AccountService
from desktop.services.backups import BackupService, restore_database
from desktop.services.backups import describe as describe_backup
from desktop.services.context import ServiceContext
from desktop.services.people.printing import RegistryPrintService
from desktop.services.people.service import PeopleService


@dataclass(frozen=True)
class Prompts:
    """Where passwords come from: ``new_password(from_stdin)`` for the account being made
    (``init``, ``user add``), ``signer_password(username)`` for the one signing in (None when
    none was given: no ``--password-stdin``, no ``LABOUR_DESK_PASSWORD``, no terminal)."""

    new_password: Callable[[bool], str]
    signer_password: Callable[[str], str | None]


def signed_in(ctx: ServiceContext, args: argparse.Namespace, prompts: Prompts) -> ServiceContext:
    """The context of the user named by ``--user``, once their password is right."""
    username = (args.user or "").strip()
    if not username:
        raise AuthenticationFailed("ต้องระบุผู้ใช้ที่เข้าสู่ระบบ: --user ชื่อผู้ใช้ หรือตัวแปร LABOUR_DESK_USER")
    accounts = AccountService(ctx)
    password = prompts.signer_password(username)
    if password is None:
        accounts.refuse_without_password(username)
        raise AuthenticationFailed(
            f"ไม่ได้ใส่รหัสผ่านของ {username}: ใช้ --password-stdin หรือตัวแปร "
            "LABOUR_DESK_PASSWORD หรือพิมพ์รหัสผ่านเมื่อรันในหน้าต่างคำสั่ง"
        )
    try:
        return ctx.as_user(accounts.authenticate(username, password))
    except AuthenticationFailed as exc:
        raise AuthenticationFailed(f"เข้าสู่ระบบเป็น {username} ไม่ได้: {exc.message}") from None


def dispatch(args: argparse.Namespace, prompts: Prompts) -> int:
    if args.command == "restore":
        return cmd_restore(args, prompts)
    if args.command == "db" and args.db_command == "roles":
        return cmd_db_roles(args)  # a DBA's job on the server: no sign-in, no upgrade
    db = open_database(args.database)
    try:
        ctx = ServiceContext(db)
        handler = HANDLERS[args.command]
        return handler(args, ctx, prompts)
    finally:
        db.dispose()


def cmd_demo(args, ctx: ServiceContext, prompts: Prompts) -> int:
    """On an empty database anyone may seed the demo; on one with users only an administrator
    who signs in. ``--if-empty`` on a database with people skips, signing nobody in: ``--open``
    then goes to the window's own sign-in (``python dev.py run``)."""
    from desktop.demo.seed import ensure_demo_users

    if AccountService(ctx).is_first_run():
        admin_ctx = ensure_demo_users(ctx, args.province)
    else:
        # --if-empty on a filled database needs nobody (python dev.py run); completing a demo
        # stopped half-way is an admin's, when one signs in.
        if args.if_empty and (demo_complete(ctx) or not (args.user or "").strip()):
            return _demo_done(args, ctx, None, _people_count(ctx))
        admin_ctx = signed_in(ctx, args, prompts)
        admin_ctx.require(Permission.MANAGE_USERS)
    existing = _people_count(ctx)
    # --if-empty fills only the stages still empty (a run killed half-way is completed).
    result = fill_demo(
        admin_ctx, args.people, args.province, args.cases, only_missing=args.if_empty
    )
    return _demo_done(args, ctx, result, existing)


def _people_count(ctx: ServiceContext) -> int:
    with ctx.unit_of_work() as s:
        return people_queries.count(s, PersonFilter())


def _demo_done(args, ctx: ServiceContext, result, existing: int) -> int:
    made = result.people if result else 0
    print(f"demo: เพิ่ม {made} คน (รวม {existing + made} คน) ในฐานข้อมูล {ctx.db.url}")
    if result and result.cases:
        print(f"demo: เพิ่มเรื่องส่งต่อ {result.cases} เรื่อง")
    if result and result.visits:
        print(f"demo: เพิ่มประวัติการเป็นพี่เลี้ยง (การเยี่ยม {result.visits} ครั้ง)")
    print(
        "เข้าสู่ระบบด้วย / sign in with: admin, clerk, mentor, supervisor — รหัสผ่าน / password: demo1234"
    )
    if args.open:
        from ui.app import run_app

        return run_app(ctx.db.url)
    return 0


def cmd_init(args, ctx: ServiceContext, prompts: Prompts) -> int:
    # No sign-in: set_up itself refuses a database that is already set up.
    info = AccountService(ctx).set_up(
        args.province,
        args.office_name,
        args.admin,
        args.name,
        prompts.new_password(args.password_stdin),
    )
    print(f"ตั้งค่าสำนักงานแล้ว ผู้ดูแลระบบ: {info.username}")
    return 0


def cmd_user(args, ctx: ServiceContext, prompts: Prompts) -> int:
    # Signed in first: with both --password-stdin, the signer's password is the first line.
    accounts = AccountService(signed_in(ctx, args, prompts))
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
            prompts.new_password(args.password_stdin),
            [Role(r) for r in args.role],
            args.position,
        )
        print(f"เพิ่มผู้ใช้ {u.username} แล้ว")
    elif args.user_command == "disable":
        accounts.set_active(args.username, False)
        print(f"ระงับผู้ใช้ {args.username} แล้ว")
    elif args.user_command == "unlock":
        accounts.unlock(args.username)
        print(f"ปลดล็อกผู้ใช้ {args.username} แล้ว")
    return 0


def cmd_print(args, ctx: ServiceContext, prompts: Prompts) -> int:
    acting = signed_in(ctx, args, prompts)
    printer = RegistryPrintService(acting)
    if args.print_command == "roster":
        f = PersonFilter(
            district_code=args.district,
            statuses=tuple(args.status or ()),
            kinds=tuple(args.kind or ()),
        )
        n = printer.roster(f, args.out, full_id=args.full_id)
        print(f"พิมพ์ทะเบียนรายชื่อ {n} คน → {args.out}")
    elif args.print_command in ("slip", "case", "consent"):
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
    elif args.print_command == "consent":
        printer.consent_form(found[0].id, args.out, full_id=args.full_id)
        print(f"พิมพ์ใบยินยอมให้ส่งต่อข้อมูล {found[0].case_no} → {args.out}")
    else:
        printer.summary(found[0].id, args.out, full_id=args.full_id)
        print(f"พิมพ์สรุปเรื่อง {found[0].case_no} → {args.out}")
    return 0


def cmd_cases(args, ctx: ServiceContext, prompts: Prompts) -> int:
    """``cases list``: one line per case, as CSV (with a header) or as an aligned table. The
    CSV leaves the app with everyone's personal data, so it is audited like any export."""
    from dataclasses import replace

    from desktop.domain.cases.records import QueueView
    from desktop.exchange import case_list
    from desktop.services.cases.printing import CasePrintService
    from desktop.services.cases.service import CaseService

    acting = signed_in(ctx, args, prompts)
    cases = CaseService(acting)
    view = QueueView.OVERDUE if args.overdue else QueueView.ALL
    f = cases.filter_for(view)
    f = replace(f, statuses=tuple(args.status or ()), sort="case_no")
    if args.format == "csv":
        described = " · ".join([view.value, *(f"สถานะ: {s}" for s in f.statuses)])
        rows = CasePrintService(acting).list_export(f, filter_description=described)
    else:
        rows = cases.rows(f)
    lines = [case_list.fields(r) for r in rows]
    try:
        if args.format == "csv":
            case_list.write_csv(lines, sys.stdout)
        else:
            print_table([CASE_LIST_HEADER, *lines])
        sys.stdout.flush()
    except BrokenPipeError:
        # The reader (``| head``) has gone: stop quietly, as other command-line tools do.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
    return 0


def cmd_db(args, ctx: ServiceContext, prompts: Prompts) -> int:
    if args.db_command == "move-to-server":
        from desktop.commands_server import cmd_move_to_server

        return cmd_move_to_server(args, signed_in(ctx, args, prompts))
    # open_database already upgraded; both subcommands report where the schema stands.
    print(f"{current_revision(ctx.db.engine)} (head {head_revision()})")
    return 0


def cmd_backup(args, ctx: ServiceContext, prompts: Prompts) -> int:
    service = BackupService(signed_in(ctx, args, prompts))
    if args.check:
        checked = service.check(Path(args.check))
        print(f"สำเนา {checked.path} ใช้กู้คืนได้: {describe_backup(checked)}")
        return 0
    if ctx.db.dialect == "postgresql":
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


def cmd_restore(args, prompts: Prompts) -> int:
    """Restore without upgrading or even trusting the current file: it may be the damaged one.
    A current file that can be read, with users in it, needs an administrator's sign-in; one
    that cannot (damaged, not set up, an older schema) is restored by whoever holds the files."""
    db = Database.open(database_url(args.database))
    try:
        ctx = ServiceContext(db)
        if _has_users(db):
            report = BackupService(signed_in(ctx, args, prompts)).restore(Path(args.file))
        else:
            report = restore_database(db, Path(args.file), args.user or "", dt.datetime.now(dt.UTC))
        print(report.describe())
        return 0
    finally:
        db.dispose()


def _has_users(db: Database) -> bool:
    try:
        with db.sessions() as s:
            return account_queries.any_user(s)
    except DBAPIError:
        return False


def cmd_mentor(args, ctx: ServiceContext, prompts: Prompts) -> int:
    return run_mentor_command(args, signed_in(ctx, args, prompts))


def cmd_export(args, ctx: ServiceContext, prompts: Prompts) -> int:
    from desktop.commands_export import run

    return run(args, signed_in(ctx, args, prompts))


def cmd_report(args, ctx: ServiceContext, prompts: Prompts) -> int:
    from desktop.commands_reports import run

    return run(args, signed_in(ctx, args, prompts))


def cmd_person(args, ctx: ServiceContext, prompts: Prompts) -> int:
    from desktop.commands_person import run

    return run(args, signed_in(ctx, args, prompts))


def cmd_import_sheet(args, ctx: ServiceContext, prompts: Prompts) -> int:
    from desktop.commands_import import cmd_import

    return cmd_import(args, signed_in(ctx, args, prompts))


def cmd_audit(args, ctx: ServiceContext, prompts: Prompts) -> int:
    from desktop.commands_audit import run

    return run(args, signed_in(ctx, args, prompts))


HANDLERS = {
    "audit": cmd_audit,
    "export": cmd_export,
    "report": cmd_report,
    "import": cmd_import_sheet,
    "person": cmd_person,
    "mentor": cmd_mentor,
    "demo": cmd_demo,
    "init": cmd_init,
    "user": cmd_user,
    "print": cmd_print,
    "cases": cmd_cases,
    "db": cmd_db,
    "backup": cmd_backup,
}
