"""Try an office PostgreSQL server and say what stands in the way, as one kind of problem.

libpq reports a failed connection in English text (``sqlstate`` is empty for most of them),
so :func:`classify` reads the reason the driver gives — never shown to the user as it is —
and names the problem; the service layer turns the problem into one Thai line. :func:`probe`
connects with a short timeout and reads where the schema stands and whether this user may
upgrade it.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from sqlalchemy import exc as sa_exc
from sqlalchemy import inspect, text

from db.engine import DatabaseProblem, make_engine
from db.errors import scrub
from db.migrate import current_revision, head_revision, known_revision

# A test of the connection should answer in seconds, not in the operating system's minutes.
TEST_CONNECT_SECONDS = 5


class Problem(enum.StrEnum):
    NONE = "none"
    BAD_SETTINGS = "bad_settings"
    UNREACHABLE = "unreachable"
    NOT_POSTGRESQL = "not_postgresql"
    LOGIN = "login"  # wrong password or no such user
    NO_DATABASE = "no_database"
    NOT_ALLOWED = "not_allowed"  # pg_hba.conf has no line for this PC or user
    NO_PERMISSION = "no_permission"
    TLS = "tls"
    SERVER_BUSY = "server_busy"
    SCHEMA_EMPTY = "schema_empty"
    SCHEMA_TOO_OLD = "schema_too_old"
    SCHEMA_TOO_NEW = "schema_too_new"
    OTHER = "other"


_BY_SQLSTATE = {
    "28P01": Problem.LOGIN,  # invalid_password
    "28000": Problem.LOGIN,  # invalid_authorization_specification (unknown role, pg_hba)
    "3D000": Problem.NO_DATABASE,  # invalid_catalog_name
    "42501": Problem.NO_PERMISSION,  # insufficient_privilege
    "53300": Problem.SERVER_BUSY,  # too_many_connections
    "57P03": Problem.SERVER_BUSY,  # cannot_connect_now (starting up, shutting down)
}

_NO_ROLE = re.compile(r'role "[^"]*" does not exist')
_NO_DATABASE = re.compile(r'database "[^"]*" does not exist')

# Read in this order: the first needle found names the problem (lower-case texts).
_BY_TEXT: tuple[tuple[tuple[str, ...], Problem], ...] = (
    (("password authentication failed", "no password supplied"), Problem.LOGIN),
    (("authentication failed for user",), Problem.LOGIN),  # peer, ident, sspi, gss
    (("no encryption",), Problem.TLS),  # pg_hba.conf allows this user only over TLS
    (("no pg_hba.conf entry",), Problem.NOT_ALLOWED),
    (
        ("invalid response to ssl negotiation", "expected authentication request"),
        Problem.NOT_POSTGRESQL,
    ),
    (
        (
            "ssl was required",
            "ssl error",
            "ssl syscall",
            "ssl connection",
            "ssl is not enabled",
            "sslmode",
            "certificate",
            "tlsv1",
        ),
        Problem.TLS,
    ),
    (("permission denied", "connect privilege", "must be owner"), Problem.NO_PERMISSION),
    (
        ("too many clients", "connection slots", "starting up", "shutting down", "recovery mode"),
        Problem.SERVER_BUSY,
    ),
    (
        (
            "connection refused",
            "timeout expired",
            "timed out",
            "could not translate host name",
            "failed to resolve host",
            "name or service not known",
            "no such host is known",
            "nodename nor servname",
            "no route to host",
            "network is unreachable",
            "host is down",
            "could not connect",
            "connection failed",
        ),
        Problem.UNREACHABLE,
    ),
)


def classify(error: BaseException) -> Problem:
    """What kind of problem a failed connection or first query is (OTHER if not known)."""
    if isinstance(error, DatabaseProblem | sa_exc.ArgumentError | sa_exc.NoSuchModuleError):
        return Problem.BAD_SETTINGS
    original = getattr(error, "orig", None) or error
    state = getattr(original, "sqlstate", None)
    reason = str(original).lower()
    if state in _BY_SQLSTATE and not (state == "28000" and "pg_hba" in reason):
        return _BY_SQLSTATE[state]
    if _NO_ROLE.search(reason):
        return Problem.LOGIN
    if _NO_DATABASE.search(reason):
        return Problem.NO_DATABASE
    for needles, problem in _BY_TEXT:
        if any(needle in reason for needle in needles):
            return problem
    return Problem.OTHER


@dataclass(frozen=True)
class ServerState:
    """What a test of the connection found; ``problem`` is NONE when the program can work."""

    problem: Problem
    revision: str | None = None
    head: str = ""
    may_upgrade: bool = False  # the user owns the schema (or may create it): can migrate
    has_data: bool = False
    reason: str = ""  # the driver's first line, for the log only (no values, no SQL)


def probe(
    url: str, password: str | None = None, *, connect_seconds: int = TEST_CONNECT_SECONDS
) -> ServerState:
    """Connect to ``url`` and read where its schema stands; never raises for a database error."""
    try:
        engine = make_engine(url, password=password, connect_seconds=connect_seconds)
    except DatabaseProblem as exc:
        return ServerState(Problem.BAD_SETTINGS, reason=str(exc))
    head = head_revision()
    try:
        revision = current_revision(engine)
        with engine.connect() as conn:
            may_upgrade = _may_change_schema(conn, revision is not None)
            readable = _may_read_data(conn) if revision is not None else True
            has_data = _has_data(conn) if revision is not None and readable else False
    except (sa_exc.DBAPIError, sa_exc.OperationalError) as exc:
        return ServerState(classify(exc), head=head, reason=scrub(exc))
    finally:
        engine.dispose()
    if not readable:
        return ServerState(Problem.NO_PERMISSION, revision, head, may_upgrade)
    if revision is None:
        problem = Problem.SCHEMA_EMPTY
    elif revision == head:
        problem = Problem.NONE
    elif not known_revision(revision):
        problem = Problem.SCHEMA_TOO_NEW
    else:
        problem = Problem.SCHEMA_TOO_OLD
    return ServerState(problem, revision, head, may_upgrade, has_data)


def owns_schema(engine) -> bool:
    """Whether the engine's user owns the migrated tables (may migrate, may set sequences)."""
    with engine.connect() as conn:
        return _may_change_schema(conn, inspect(conn).has_table("alembic_version"))


def _may_change_schema(conn, has_schema: bool) -> bool:
    """The owner of the migrated tables (or, on an empty database, one who may create them)."""
    if has_schema:
        sql = (
            "SELECT pg_has_role(current_user, tableowner, 'MEMBER') FROM pg_tables "
            "WHERE schemaname = current_schema() AND tablename = 'alembic_version'"
        )
    else:
        sql = "SELECT has_schema_privilege(current_schema(), 'CREATE')"
    return bool(conn.execute(text(sql)).scalar())


def _may_read_data(conn) -> bool:
    """The program's tables can be read and written by this user (the application role's grants)."""
    if not inspect(conn).has_table("person"):
        return True  # an older schema: the upgrade brings the table
    sql = "SELECT has_table_privilege('person', 'SELECT, INSERT, UPDATE')"
    return bool(conn.execute(text(sql)).scalar())


def _has_data(conn) -> bool:
    if not inspect(conn).has_table("app_user"):
        return False
    return conn.execute(text("SELECT EXISTS (SELECT 1 FROM app_user)")).scalar() is True
