"""``labour-desk person …``: one person's data from the command line.

``person export NATIONAL_ID --out DIR`` writes everything the office holds about them (PDPA
s.30, s.31) into DIR: ``ข้อมูลส่วนบุคคล-<id>.pdf`` to hand over and ``.json`` for another
program, audited like the window's export. ``person anonymise`` and ``person retention-due``
(PDPA s.33, s.37(3)) are ``desktop.commands_erasure``'s.

The ``person`` group is shared: :func:`person_group` makes it the first time and hands the
same one to any other module adding ``person`` subcommands; :data:`PERSON_COMMANDS` says which
function runs each of them.
"""

from __future__ import annotations

import argparse
from collections.abc import Callable

from desktop.commands_erasure import COMMANDS as ERASURE_COMMANDS
from desktop.commands_erasure import add_parsers as add_erasure_parsers
from desktop.domain.errors import NotFound
from desktop.services.context import ServiceContext

PersonCommand = Callable[[argparse.Namespace, ServiceContext], int]


def person_group(sub) -> argparse._SubParsersAction:
    """The subcommands of ``person``, made here unless another module made them first."""
    parser = sub.choices.get("person")
    if parser is None:
        parser = sub.add_parser("person", help="one person's data (PDPA)")
        parser.add_subparsers(dest="person_command", required=True)
    return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))


def add_parsers(sub) -> None:
    export = person_group(sub).add_parser(
        "export",
        help="everything held about one person: a PDF to hand over and a JSON file (PDPA s.30/31)",
    )
    export.add_argument("national_id", metavar="NATIONAL_ID")
    export.add_argument("--out", required=True, metavar="DIR", help="folder (made if missing)")
    add_erasure_parsers(person_group(sub))


def cmd_export(args: argparse.Namespace, acting: ServiceContext) -> int:
    from desktop.domain.permissions import Permission
    from desktop.services.people.service import PeopleService
    from desktop.services.person_data import PersonDataExportService

    acting.require(Permission.EXPORT_PERSON_DATA)  # before saying whether the ID is known
    person = PeopleService(acting).find_by_national_id(args.national_id)
    if person is None:
        raise NotFound(f"ไม่พบเลขประจำตัวประชาชน {args.national_id} ในทะเบียน")
    files = PersonDataExportService(acting).export(person.id, args.out)
    print(f"ส่งออกข้อมูลทั้งหมดของ {person.full_name} แล้ว:")
    for path in files.paths:
        print(path)
    return 0


PERSON_COMMANDS: dict[str, PersonCommand] = {"export": cmd_export, **ERASURE_COMMANDS}


def run(args: argparse.Namespace, acting: ServiceContext) -> int:
    return PERSON_COMMANDS[args.person_command](args, acting)
