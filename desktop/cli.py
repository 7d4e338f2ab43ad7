"""The ``labour-desk`` command: no subcommand opens the window; subcommands run headless.

Exit code 0 on success; on failure one clear line on stderr and a non-zero code.

Headless commands sign in like the window: ``--user NAME`` (or ``LABOUR_DESK_USER``) and the
password from, in this order, the first line of stdin (``--password-stdin``), the environment
(``LABOUR_DESK_PASSWORD``, for scheduled scripts), or a prompt when stdin is a terminal.
``user add --password-stdin`` reads the new user's password from stdin as well: after the
signer's line when both are given, else from the first line.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
import traceback
from collections.abc import Callable, Sequence

from desktop import __version__
from desktop.console import had_no_stderr, prepare_streams
from desktop.paths import configure_thai_nlp

EXIT_ERROR = 1
EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    from desktop.domain.cases.workflow import CaseStatus
    from desktop.domain.people import PersonKind, PersonStatus, Role

    p = argparse.ArgumentParser(
        prog="labour-desk", description="Labour Network Desk — ระบบเครือข่ายแรงงาน"
    )
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument(
        "--database",
        metavar="URL",
        help="database URL (env LABOUR_DESK_DATABASE_URL); default: SQLite in the user data folder",
    )
    p.add_argument(
        "--user",
        metavar="USERNAME",
        default=os.environ.get("LABOUR_DESK_USER"),
        help="sign in as this user (env LABOUR_DESK_USER); required by most commands",
    )
    p.add_argument(
        "--password-stdin",
        dest="signer_password_stdin",  # not password_stdin: init and user add have their own
        action="store_true",
        help="read the signing-in user's password from the first line of stdin "
        "(else env LABOUR_DESK_PASSWORD, else a prompt on a terminal)",
    )
    sub = p.add_subparsers(dest="command")

    demo = sub.add_parser("demo", help="fill the database with demo data")
    demo.add_argument("--people", type=int, default=300)
    demo.add_argument("--province", default="50", metavar="CODE")
    demo.add_argument(
        "--cases",
        type=int,
        default=None,
        metavar="N",
        help="referral cases to add (default: 3 for every 10 people)",
    )
    demo.add_argument(
        "--if-empty",
        action="store_true",
        help="only the stages (people, cases, mentoring) that are still empty",
    )
    demo.add_argument("--open", action="store_true", help="open the window afterwards")

    init = sub.add_parser("init", help="first-run set-up: office province and first administrator")
    init.add_argument("--province", required=True, metavar="CODE")
    init.add_argument("--office-name", default="")
    init.add_argument("--admin", required=True, metavar="USERNAME")
    init.add_argument("--name", required=True, help="the administrator's full name")
    init.add_argument("--password-stdin", action="store_true")

    user = sub.add_parser("user", help="manage users").add_subparsers(
        dest="user_command", required=True
    )
    add = user.add_parser("add")
    add.add_argument("username")
    add.add_argument("--name", required=True)
    add.add_argument("--position", default="")
    add.add_argument("--role", action="append", required=True, choices=[r.value for r in Role])
    add.add_argument("--password-stdin", action="store_true")
    user.add_parser("list")
    dis = user.add_parser("disable")
    dis.add_argument("username")
    unlock = user.add_parser("unlock", help="lift the lock after repeated wrong passwords")
    unlock.add_argument("username")

    pr = sub.add_parser("print", help="print PDFs").add_subparsers(
        dest="print_command", required=True
    )
    roster = pr.add_parser("roster")
    roster.add_argument("--out", required=True)
    roster.add_argument("--district", metavar="CODE", default="")
    roster.add_argument("--status", choices=[s.value for s in PersonStatus], action="append")
    roster.add_argument("--kind", choices=[k.value for k in PersonKind], action="append")
    roster.add_argument("--full-id", action="store_true")
    record = pr.add_parser("record")
    record.add_argument("national_id")
    record.add_argument("--out", required=True)
    record.add_argument("--full-id", action="store_true")
    slip = pr.add_parser("slip", help="referral slip (แบบส่งต่อ) of one or more cases")
    slip.add_argument("case_no", nargs="+", help="case number, e.g. 'ลป 2570/00042' or 2570/42")
    slip.add_argument("--out", required=True)
    consent = pr.add_parser(
        "consent", help="consent form (ใบยินยอมให้ส่งต่อข้อมูล) of a case, to be signed"
    )
    consent.add_argument("case_no")
    consent.add_argument("--out", required=True)
    consent.add_argument("--full-id", action="store_true")
    summary = pr.add_parser("case", help="case summary with its timeline")
    summary.add_argument("case_no")
    summary.add_argument("--out", required=True)
    summary.add_argument("--full-id", action="store_true")

    from desktop.commands_mentoring import add_parsers as add_mentoring_parsers

    add_mentoring_parsers(sub, pr)
    from desktop.commands_export import add_parsers as add_export_parsers

    add_export_parsers(sub)
    from desktop.commands_audit import add_parsers as add_audit_parsers

    add_audit_parsers(sub)
    from desktop.commands_reports import add_parsers as add_report_parsers

    add_report_parsers(sub)
    cases = sub.add_parser("cases", help="referral cases").add_subparsers(
        dest="cases_command", required=True
    )
    listing = cases.add_parser("list", help="list cases (all, or by status / overdue)")
    listing.add_argument("--status", choices=[s.value for s in CaseStatus], action="append")
    listing.add_argument("--overdue", action="store_true", help="open cases past their due date")
    listing.add_argument("--format", choices=("table", "csv"), default="table")

    from desktop.commands_import import add_parsers as add_import_parsers

    add_import_parsers(sub)
    dbp = sub.add_parser("db", help="database maintenance").add_subparsers(
        dest="db_command", required=True
    )
    dbp.add_parser("upgrade")
    dbp.add_parser("current")
    roles = dbp.add_parser("roles", help="PostgreSQL least-privilege roles: print (or --apply) SQL")
    roles.add_argument("--owner", required=True, metavar="NAME", help="owns the schema, migrates")
    roles.add_argument("--app", required=True, metavar="NAME", help="the programs connect as it")
    roles.add_argument("--apply", action="store_true", help="run it (--database: a superuser URL)")
    from desktop.commands_server import add_parser as add_move_parser

    add_move_parser(dbp)
    backup = sub.add_parser("backup", help="back up the SQLite database (checked copy)")
    backup.add_argument("--out", metavar="FILE", help="where (default: the backups folder)")
    backup.add_argument("--check", metavar="FILE", help="verify an existing backup instead")
    restore = sub.add_parser("restore", help="put a backup in place of the SQLite database")
    restore.add_argument("file", metavar="FILE")
    # Last: the ``person`` group is shared, and joins any ``person`` parser made above.
    from desktop.commands_person import add_parsers as add_person_parsers

    add_person_parsers(sub)
    return p


def _on_terminal() -> bool:
    # A windowed Windows build has no stdin at all.
    return sys.stdin is not None and sys.stdin.isatty()


def _password(from_stdin: bool) -> str:
    """The password of an account being made (``init``, ``user add``), asked twice."""
    if from_stdin or not _on_terminal():
        return sys.stdin.readline().rstrip("\r\n") if sys.stdin is not None else ""
    first = getpass.getpass("รหัสผ่าน / password: ")
    if first != getpass.getpass("ยืนยันรหัสผ่าน / again: "):
        raise SystemExit("labour-desk: รหัสผ่านทั้งสองครั้งไม่ตรงกัน")
    return first


def _signer_password(from_stdin: bool) -> Callable[[str], str | None]:
    def read(username: str) -> str | None:
        if from_stdin:
            return sys.stdin.readline().rstrip("\r\n") if sys.stdin is not None else None
        from_env = os.environ.get("LABOUR_DESK_PASSWORD")
        if from_env is not None:
            return from_env
        if _on_terminal():
            return getpass.getpass(f"รหัสผ่านของ {username} / password: ")
        return None

    return read


def main(argv: Sequence[str] | None = None) -> int:
    # Both Windows executables run this: the console one must write UTF-8 whatever the code
    # page, the windowed one has no streams at all (see desktop.console).
    finish = prepare_streams()
    configure_thai_nlp()
    headless = True
    try:
        args = build_parser().parse_args(argv)
        if args.command is None:
            headless = False
            from ui.app import run_app  # the one place the window is wired in

            return run_app(args.database)
        return _run_command(args)
    except SystemExit as exiting:
        if isinstance(exiting.code, str) and had_no_stderr():
            # Python would print the message to the missing stderr at exit: collect it now.
            print(exiting.code, file=sys.stderr)
            raise SystemExit(EXIT_ERROR) from None
        raise
    except Exception:
        if had_no_stderr():  # the traceback would go to the missing stderr: show it instead
            traceback.print_exc(file=sys.stderr)
        raise
    finally:
        finish(headless)


def _run_command(args: argparse.Namespace) -> int:
    from sqlalchemy.exc import SQLAlchemyError

    from db.engine import DatabaseProblem
    from desktop.domain.errors import DeskError
    from desktop.logging_setup import configure_logging
    from desktop.services.failures import expected_failure_message, file_failure_message

    configure_logging()
    try:
        from desktop import commands

        prompts = commands.Prompts(_password, _signer_password(args.signer_password_stdin))
        return commands.dispatch(args, prompts)
    except (DeskError, DatabaseProblem, SQLAlchemyError) as exc:
        print(f"labour-desk: {expected_failure_message(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except OSError as exc:
        print(f"labour-desk: {file_failure_message(exc)}", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":
    sys.exit(main())
