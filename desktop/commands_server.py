"""``labour-desk db move-to-server --to URL [--merge]``: the local file's data, once, into the
office server's empty database (or, with ``--merge``, into one that holds data, people matched
by national ID), with the counts per table (the settings dialog's button does the same). The server's password is never typed on the command line: it comes from the OS
credential store when the URL is the one saved in the server settings, else from libpq's own
``PGPASSWORD`` or ``pgpass.conf``."""

from __future__ import annotations

import sys

from sqlalchemy.engine import URL, make_url

from db.engine import parse_url
from desktop.services.connection_settings import load_choice, saved_password
from desktop.services.context import ServiceContext
from desktop.services.move_to_server import MoveToServerService


def add_parser(dbp) -> None:
    move = dbp.add_parser(
        "move-to-server",
        help="copy the local SQLite data into an empty PostgreSQL server database (once)",
    )
    move.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help="postgresql+psycopg://owner@host:5432/database (password: the saved settings', "
        "PGPASSWORD or pgpass.conf)",
    )
    move.add_argument(
        "--merge",
        action="store_true",
        help="into a database that already holds data: people matched by national ID, "
        "users by user name (refused, with nothing written, on two versions of one thing)",
    )


def server_password(url: str) -> str | None:
    """The saved settings' password when ``url`` names the same server, database and user."""
    u = make_url(url)
    if u.password:
        return str(u.password)
    choice = load_choice()
    if not choice.on_server:
        return None
    s = choice.server
    same = (s.host, s.port, s.database, s.user) == (u.host, u.port or 5432, u.database, u.username)
    return saved_password(s) if same else None


def cmd_move_to_server(args, acting: ServiceContext) -> int:
    u = parse_url(args.to)
    where = f"{u.database} @ {u.host}:{u.port or 5432}"
    # The password goes to the driver apart from the URL (``URL.set(password=None)`` keeps it).
    plain = URL.create(u.drivername, u.username, None, u.host, u.port, u.database, dict(u.query))

    def progress(done: int, total: int) -> None:
        if sys.stderr is not None and total and (done == total or done % 5000 < 1000):
            print(f"… {done:,}/{total:,}", file=sys.stderr)

    report = MoveToServerService(acting).move_to_url(
        plain.render_as_string(hide_password=False),
        server_password(args.to),
        where,
        progress,
        merge=args.merge,
    )
    print(report.describe())
    return 0
