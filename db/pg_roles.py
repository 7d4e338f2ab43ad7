"""Least-privilege PostgreSQL roles: an owner that migrates, an application role that works.

The **owner** owns the database, the schema and every table; migrations run as it. The
**application** role the clerks' programs connect as may read and write the data tables and use
their sequences, but may only INSERT and SELECT the audit trail: no UPDATE, DELETE or TRUNCATE
of ``audit_event``, no DDL anywhere, and (not being the owner) it cannot disable the table's
append-only trigger. Default privileges give tables of later migrations the same grants, and
:func:`secure_audit_table` takes the write grants back from the audit trail after each upgrade.

:func:`roles_script` is the psql script (``labour-desk db roles``, ``docs/postgresql-roles.sql``);
:func:`apply_roles` runs the same statements through a superuser URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Connection, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from db.engine import DatabaseProblem, make_engine

TRGM = "pg_trgm"
AUDIT_TABLE = "audit_event"
# What nobody but the owner may do to a table whose rows are history, not data.
_AUDIT_REVOKED = "UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER"
_VERSION_REVOKED = "INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER"
_NAME = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


class ExtensionMissing(DatabaseProblem):
    """An extension the schema needs is not installed and this role may not install it."""


class BadRoleName(DatabaseProblem):
    """A role or database name that would need quoting (kept out of generated SQL)."""


def checked_name(name: str, what: str) -> str:
    """A plain lower-case identifier: it goes into SQL unquoted, so nothing else is allowed."""
    if not _NAME.match(name or ""):
        raise BadRoleName(
            f"ชื่อ{what} {name!r} ใช้ไม่ได้ ต้องเป็นอักษรอังกฤษตัวเล็ก ตัวเลข หรือ _ "
            "ขึ้นต้นด้วยตัวอักษร ยาวไม่เกิน 63 ตัว"
        )
    return name


@dataclass(frozen=True)
class RolesSql:
    """The statements, split where psql reconnects: the cluster's and the database's."""

    owner: str
    app: str
    database: str

    def roles(self) -> list[str]:
        """Run in any database of the cluster (roles are cluster-wide); idempotent."""
        o, a = self.owner, self.app
        return [
            f"DO $$ BEGIN\n"
            f"  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{o}') THEN\n"
            f"    CREATE ROLE {o} LOGIN;\n"
            f"  END IF;\n"
            f"  IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{a}') THEN\n"
            f"    CREATE ROLE {a} LOGIN;\n"
            f"  END IF;\n"
            # A member of the owner role could act as the owner: the application must not be.
            f"  IF EXISTS (SELECT FROM pg_auth_members\n"
            f"             WHERE roleid = '{o}'::regrole AND member = '{a}'::regrole) THEN\n"
            f"    REVOKE {o} FROM {a};\n"
            f"  END IF;\n"
            f"END $$",
            # Whatever they were before: neither may bypass privileges or make roles/databases.
            f"ALTER ROLE {o} NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS",
            f"ALTER ROLE {a} NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS",
        ]

    def create_database(self) -> str:
        """CREATE DATABASE cannot run inside a transaction or a DO block: psql's \\gexec runs it
        only when the database is missing."""
        return (
            f"CREATE DATABASE {self.database} OWNER {self.owner} ENCODING 'UTF8' TEMPLATE template0"
        )

    def database_grants(self) -> list[str]:
        """Run in any database of the cluster, after the database exists."""
        d, o, a = self.database, self.owner, self.app
        return [
            f"ALTER DATABASE {d} OWNER TO {o}",
            # No CREATE (schemas) and no TEMPORARY (temp tables) for anyone else: no DDL at all.
            f"REVOKE ALL ON DATABASE {d} FROM PUBLIC",
            f"GRANT CONNECT ON DATABASE {d} TO {a}",
        ]

    def in_database(self) -> list[str]:
        """Run as a superuser inside the application's database; idempotent."""
        o, a = self.owner, self.app
        return [
            # Once, by the DBA: the application itself never needs a superuser.
            f"CREATE EXTENSION IF NOT EXISTS {TRGM}",
            f"ALTER SCHEMA public OWNER TO {o}",
            "REVOKE ALL ON SCHEMA public FROM PUBLIC",
            f"GRANT USAGE ON SCHEMA public TO {a}",
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {a}",
            f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {a}",
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {o} IN SCHEMA public "
            f"GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {a}",
            f"ALTER DEFAULT PRIVILEGES FOR ROLE {o} IN SCHEMA public "
            f"GRANT USAGE, SELECT ON SEQUENCES TO {a}",
            # Tables migrated before this script ran: the same fix the upgrade applies.
            f"DO $$ BEGIN\n"
            f"  IF to_regclass('public.{AUDIT_TABLE}') IS NOT NULL THEN\n"
            f"    REVOKE {_AUDIT_REVOKED} ON public.{AUDIT_TABLE} FROM PUBLIC, {a};\n"
            f"  END IF;\n"
            f"  IF to_regclass('public.alembic_version') IS NOT NULL THEN\n"
            f"    REVOKE {_VERSION_REVOKED} ON public.alembic_version FROM PUBLIC, {a};\n"
            f"  END IF;\n"
            f"END $$",
        ]


def roles_sql(owner: str, app: str, database: str) -> RolesSql:
    if owner == app:
        raise BadRoleName("บัญชีเจ้าของและบัญชีโปรแกรมต้องเป็นคนละชื่อกัน")
    return RolesSql(
        checked_name(owner, "บัญชีเจ้าของ"),
        checked_name(app, "บัญชีโปรแกรม"),
        checked_name(database, "ฐานข้อมูล"),
    )


def roles_script(sql: RolesSql) -> str:
    """The whole set-up as one psql script (``psql -U postgres -f postgresql-roles.sql``)."""
    lines = [
        "-- Labour Network Desk: least-privilege roles and the application's database.",
        f"-- Owner {sql.owner} owns the schema and runs migrations (labour-desk db upgrade);",
        f"-- the programs connect as {sql.app}: data tables read/write, audit_event",
        "-- INSERT/SELECT only, no DDL. Run as a superuser; safe to run again.",
        "-- Set the passwords afterwards in psql: \\password "
        + f"{sql.owner} / \\password {sql.app}",
        "",
    ]
    lines += [f"{s};" for s in sql.roles()]
    quoted = sql.create_database().replace("'", "''")
    lines.append(
        f"SELECT '{quoted}' "
        f"WHERE NOT EXISTS (SELECT FROM pg_database WHERE datname = '{sql.database}')\\gexec"
    )
    lines += [f"{s};" for s in sql.database_grants()]
    lines.append(f"\\connect {sql.database}")
    lines += [f"{s};" for s in sql.in_database()]
    return "\n".join(lines) + "\n"


def apply_roles(superuser_url: str, sql: RolesSql) -> None:
    """Run the script through SQLAlchemy: the cluster part in the URL's server's maintenance
    database, the rest inside ``sql.database`` (made if missing)."""
    url = make_url(superuser_url)
    cluster = make_engine(url.set(database="postgres").render_as_string(hide_password=False))
    try:
        with cluster.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            for statement in sql.roles():
                conn.execute(text(statement))
            exists = conn.execute(
                text("SELECT 1 FROM pg_database WHERE datname = :d"), {"d": sql.database}
            ).first()
            if not exists:
                conn.execute(text(sql.create_database()))
            for statement in sql.database_grants():
                conn.execute(text(statement))
    finally:
        cluster.dispose()
    inside = make_engine(url.set(database=sql.database).render_as_string(hide_password=False))
    try:
        with inside.begin() as conn:
            for statement in sql.in_database():
                conn.execute(text(statement))
    finally:
        inside.dispose()


def secure_audit_table(conn: Connection) -> None:
    """After an upgrade: nobody but the table's owner keeps a right to change history.

    Default privileges hand every new table (``audit_event`` too, when 0001 made it) the
    application's full read/write grant; whoever received one loses UPDATE/DELETE/TRUNCATE of
    the audit trail and any write of ``alembic_version`` here, whatever their names.
    """
    for table, revoked in ((AUDIT_TABLE, _AUDIT_REVOKED), ("alembic_version", _VERSION_REVOKED)):
        grantees = conn.execute(
            text(
                "SELECT DISTINCT COALESCE(r.rolname, 'PUBLIC') FROM pg_class c "
                "CROSS JOIN LATERAL aclexplode(c.relacl) a "
                "LEFT JOIN pg_roles r ON r.oid = a.grantee "
                "WHERE c.oid = to_regclass(:t) AND a.grantee <> c.relowner"
            ),
            {"t": f"public.{table}"},
        ).scalars()
        for grantee in grantees:
            who = "PUBLIC" if grantee == "PUBLIC" else f'"{grantee}"'
            conn.execute(text(f"REVOKE {revoked} ON public.{table} FROM {who}"))


def require_extension(conn: Connection, name: str = TRGM) -> None:
    """Use an installed extension; install it only if this role may (a superuser, or the
    database's owner for a trusted one); otherwise say who must, in one Thai line."""
    if conn.execute(text("SELECT 1 FROM pg_extension WHERE extname = :n"), {"n": name}).first():
        return
    try:
        with conn.begin_nested():
            conn.execute(text(f'CREATE EXTENSION "{name}"'))
    except DBAPIError as exc:
        raise ExtensionMissing(
            f"ฐานข้อมูลนี้ยังไม่มีส่วนขยาย {name} และผู้ใช้ฐานข้อมูลนี้ติดตั้งเองไม่ได้ "
            f"ให้เจ้าของฐานข้อมูลหรือผู้ดูแลเซิร์ฟเวอร์ (DBA) รันคำสั่ง CREATE EXTENSION {name}; "
            "ในฐานข้อมูลนี้ครั้งเดียว แล้วเปิดโปรแกรมอีกครั้ง"
        ) from exc
