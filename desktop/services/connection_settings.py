"""Which database this PC works on: the local file or the office's PostgreSQL server.

The choice is a small JSON file in the app-data folder (``connection.json``), which the window
and the ``labour-desk`` command both read when no ``--database`` or
``LABOUR_DESK_DATABASE_URL`` is given. It holds the host, port, database, user and TLS mode and
**never the password**: that goes to the operating system's credential store through
``keyring`` (Windows Credential Manager), under the service ``LabourNetworkDesk`` and a name
``user@host:port/database``. The URL built from the settings has no password in it either;
the engine hands the password to the driver at each connect (:func:`db.engine.make_engine`).

:func:`test_connection` tries the server with a short timeout and says in one Thai line what
stands in the way (unreachable, wrong password, no database, no permission, TLS, schema too
old or too new) — never the driver's English text.
"""

from __future__ import annotations

import json
import logging
import os
from contextlib import suppress
from dataclasses import asdict, dataclass
from pathlib import Path

from sqlalchemy.engine import URL

from db.engine import Database
from db.migrate import upgrade_to_head
from db.server_check import Problem, ServerState, probe
from desktop.domain.errors import DeskError, ValidationError
from desktop.domain.permissions import Permission
from desktop.paths import DATABASE_ENV, data_dir, default_database_url
from desktop.services import audit
from desktop.services.context import ServiceContext

log = logging.getLogger(__name__)

SETTINGS_FILE = "connection.json"
KEYRING_SERVICE = "LabourNetworkDesk"
SSL_MODES = ("", "disable", "prefer", "require", "verify-ca", "verify-full")
LOCAL, SERVER = "local", "server"


@dataclass(frozen=True)
class ServerSettings:
    host: str
    database: str
    user: str
    port: int = 5432
    sslmode: str = ""  # empty: libpq's default (prefer)

    def url(self) -> str:
        """The SQLAlchemy URL, without a password (it stays in the credential store)."""
        query = {"sslmode": self.sslmode} if self.sslmode else {}
        built = URL.create(
            "postgresql+psycopg", self.user, None, self.host, self.port, self.database, query
        )
        return built.render_as_string(hide_password=False)

    def credential_name(self) -> str:
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    def where(self) -> str:
        """What the user reads: ``database บน host:port``."""
        return f"{self.database} @ {self.host}:{self.port}"


@dataclass(frozen=True)
class ConnectionChoice:
    kind: str = LOCAL  # LOCAL or SERVER
    server: ServerSettings | None = None

    @property
    def on_server(self) -> bool:
        return self.kind == SERVER and self.server is not None


def settings_path() -> Path:
    return data_dir() / SETTINGS_FILE


def checked_server(
    host: str, port: str | int, database: str, user: str, sslmode: str = ""
) -> ServerSettings:
    """The settings as typed, each field checked with a Thai message naming it."""
    errors: dict[str, str] = {}
    host, database, user, sslmode = host.strip(), database.strip(), user.strip(), sslmode.strip()
    if not host:
        errors["host"] = "กรุณาระบุชื่อเครื่องหรือที่อยู่ IP ของเซิร์ฟเวอร์"
    elif any(c in host for c in " /\\@?#"):
        errors["host"] = "ชื่อเครื่องเซิร์ฟเวอร์มีอักขระที่ใช้ไม่ได้ (ช่องว่าง / \\ @ ? #)"
    try:
        port_number = int(str(port).strip())
        if not 1 <= port_number <= 65535:
            raise ValueError
    except ValueError:
        errors["port"] = "พอร์ตต้องเป็นตัวเลข 1–65535 (ค่าปกติของ PostgreSQL คือ 5432)"
        port_number = 5432
    if not database:
        errors["database"] = "กรุณาระบุชื่อฐานข้อมูลบนเซิร์ฟเวอร์"
    if not user:
        errors["user"] = "กรุณาระบุชื่อผู้ใช้ฐานข้อมูล"
    if sslmode not in SSL_MODES:
        errors["sslmode"] = "โหมด TLS ต้องเป็น require, verify-ca หรือ verify-full (หรือเว้นว่าง)"
    if errors:
        raise ValidationError(errors)
    return ServerSettings(host, database, user, port_number, sslmode)


def load_choice(path: Path | None = None) -> ConnectionChoice:
    """The saved choice; the local file when none was saved or the file cannot be read."""
    path = path or settings_path()
    try:
        raw = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return ConnectionChoice()
    except (OSError, ValueError):
        log.warning("connection settings file unreadable; using the local database")
        return ConnectionChoice()
    if raw.get("kind") != SERVER or not isinstance(raw.get("server"), dict):
        return ConnectionChoice()
    s = raw["server"]
    try:
        server = checked_server(
            str(s.get("host", "")),
            s.get("port", 5432),
            str(s.get("database", "")),
            str(s.get("user", "")),
            str(s.get("sslmode", "")),
        )
    except ValidationError:
        log.warning("connection settings file incomplete; using the local database")
        return ConnectionChoice()
    return ConnectionChoice(SERVER, server)


def save_choice(
    choice: ConnectionChoice, password: str | None = None, path: Path | None = None
) -> None:
    """Write the choice (no password in it); ``password`` (when given) to the credential store
    first, so a store that refuses leaves the old choice in place."""
    path = path or settings_path()
    if choice.on_server and password is not None:
        store_password(choice.server, password)  # type: ignore[arg-type]
    body: dict = {"kind": choice.kind}
    if choice.on_server:
        body["server"] = asdict(choice.server)  # type: ignore[arg-type]
    path.parent.mkdir(parents=True, exist_ok=True)
    part = path.with_name(path.name + ".part")
    part.write_text(json.dumps(body, ensure_ascii=False, indent=2), encoding="utf-8")
    os.replace(part, path)


def store_password(server: ServerSettings, password: str) -> None:
    import keyring
    from keyring.errors import KeyringError

    try:
        if password:
            keyring.set_password(KEYRING_SERVICE, server.credential_name(), password)
        else:
            forget_password(server)
    except KeyringError:
        raise DeskError(
            "เก็บรหัสผ่านในที่เก็บรหัสผ่านของระบบ (Windows Credential Manager) ไม่ได้ "
            "โปรแกรมจะไม่เก็บรหัสผ่านไว้ในไฟล์ กรุณาแจ้งผู้ดูแลเครื่อง"
        ) from None


def saved_password(server: ServerSettings) -> str | None:
    import keyring
    from keyring.errors import KeyringError

    try:
        return keyring.get_password(KEYRING_SERVICE, server.credential_name())
    except KeyringError:
        log.warning("the credential store could not be read")
        return None


def forget_password(server: ServerSettings) -> None:
    import keyring
    from keyring.errors import KeyringError, PasswordDeleteError

    with suppress(PasswordDeleteError, KeyringError):  # nothing was stored
        keyring.delete_password(KEYRING_SERVICE, server.credential_name())


def resolve_database(explicit: str | None = None) -> tuple[str, str | None]:
    """The URL (and password) to open: ``--database``, the environment, the saved choice,
    else the local file."""
    if explicit:
        return explicit, None
    if from_env := os.environ.get(DATABASE_ENV):
        return from_env, None
    choice = load_choice()
    if choice.on_server:
        return choice.server.url(), saved_password(choice.server)  # type: ignore[union-attr]
    return default_database_url(), None


@dataclass(frozen=True)
class ConnectionTest:
    ok: bool
    message: str  # one Thai line
    problem: Problem = Problem.NONE
    may_upgrade: bool = False  # the schema is old (or empty) and this user owns it
    has_data: bool = False

    @property
    def offer_upgrade(self) -> bool:
        """An older schema this user may upgrade (an empty one is made on connecting)."""
        return self.may_upgrade and self.problem is Problem.SCHEMA_TOO_OLD


def _message(state: ServerState, server: ServerSettings) -> str:
    where = server.where()
    said = {
        Problem.NONE: f"เชื่อมต่อฐานข้อมูล {where} ได้ โครงสร้างเป็นรุ่นล่าสุด พร้อมใช้งาน",
        Problem.BAD_SETTINGS: "การตั้งค่าเซิร์ฟเวอร์ไม่ถูกต้อง กรุณาตรวจสอบชื่อเครื่อง พอร์ต และชื่อฐานข้อมูล",
        Problem.UNREACHABLE: (
            f"ติดต่อเซิร์ฟเวอร์ {server.host} พอร์ต {server.port} ไม่ได้ "
            "กรุณาตรวจสอบชื่อเครื่อง พอร์ต เครือข่าย และไฟร์วอลล์ของเซิร์ฟเวอร์"
        ),
        Problem.NOT_POSTGRESQL: (
            f"เครื่อง {server.host} พอร์ต {server.port} ไม่ใช่เซิร์ฟเวอร์ PostgreSQL กรุณาตรวจสอบพอร์ต"
        ),
        Problem.LOGIN: (f"เข้าสู่ระบบฐานข้อมูลไม่ได้: ชื่อผู้ใช้ {server.user} หรือรหัสผ่านไม่ถูกต้อง"),
        Problem.NO_DATABASE: (
            f"ไม่พบฐานข้อมูล {server.database} บนเซิร์ฟเวอร์ กรุณาตรวจสอบชื่อ "
            "หรือให้ผู้ดูแลสร้างด้วยคำสั่ง labour-desk db roles --apply"
        ),
        Problem.NOT_ALLOWED: (
            "เซิร์ฟเวอร์ไม่อนุญาตให้เครื่องนี้หรือผู้ใช้นี้เชื่อมต่อ ให้ผู้ดูแลเพิ่มบรรทัดใน pg_hba.conf ของเซิร์ฟเวอร์"
        ),
        Problem.NO_PERMISSION: (
            f"ผู้ใช้ {server.user} ไม่มีสิทธิ์ใช้ฐานข้อมูล {server.database} "
            "ให้ผู้ดูแลให้สิทธิ์ด้วยคำสั่ง labour-desk db roles --apply"
        ),
        Problem.TLS: (
            "การเข้ารหัส TLS ไม่ตรงกับที่เซิร์ฟเวอร์กำหนด: เลือกโหมด TLS require "
            "(หรือ verify-full พร้อมใบรับรองของเซิร์ฟเวอร์) ตามที่ผู้ดูแลตั้งไว้"
        ),
        Problem.SERVER_BUSY: "เซิร์ฟเวอร์ฐานข้อมูลยังไม่พร้อมหรือมีผู้เชื่อมต่อเต็มแล้ว กรุณาลองใหม่ในอีกสักครู่",
        Problem.SCHEMA_EMPTY: (
            f"ฐานข้อมูล {where} ยังว่าง โปรแกรมจะสร้างตารางให้เมื่อบันทึกและเชื่อมต่อ"
            if state.may_upgrade
            else f"ฐานข้อมูล {where} ยังว่าง และผู้ใช้นี้สร้างตารางไม่ได้ ให้เจ้าของฐานข้อมูลรัน "
            "labour-desk db upgrade ก่อน"
        ),
        Problem.SCHEMA_TOO_OLD: (
            f"โครงสร้างฐานข้อมูลบนเซิร์ฟเวอร์เป็นรุ่นเก่า ({state.revision}) "
            + (
                "กด 'ปรับปรุงโครงสร้าง' เพื่อปรับเป็นรุ่นล่าสุด"
                if state.may_upgrade
                else "ให้เจ้าของฐานข้อมูลรัน labour-desk db upgrade ก่อน"
            )
        ),
        Problem.SCHEMA_TOO_NEW: (
            f"ฐานข้อมูลบนเซิร์ฟเวอร์สร้างด้วยโปรแกรมรุ่นที่ใหม่กว่า ({state.revision}) "
            "โปรแกรมในเครื่องนี้เก่ากว่า กรุณาติดตั้งรุ่นล่าสุดก่อนเชื่อมต่อ"
        ),
        Problem.OTHER: "เชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูลไม่สำเร็จ กรุณาตรวจสอบการตั้งค่าหรือแจ้งผู้ดูแลระบบ",
    }
    return said[state.problem]


def test_connection(server: ServerSettings, password: str | None) -> ConnectionTest:
    """Try the server now (a few seconds at most) and say what was found in one Thai line."""
    state = probe(server.url(), password)
    if state.reason:
        log.info("connection test: %s (%s)", state.problem.value, state.reason)
    ok = state.problem in (Problem.NONE, Problem.SCHEMA_EMPTY) and (
        state.problem is Problem.NONE or state.may_upgrade
    )
    may_upgrade = state.may_upgrade and state.problem in (
        Problem.SCHEMA_EMPTY,
        Problem.SCHEMA_TOO_OLD,
    )
    return ConnectionTest(ok, _message(state, server), state.problem, may_upgrade, state.has_data)


test_connection.__test__ = False  # type: ignore[attr-defined]  # not a pytest test


def upgrade_server(server: ServerSettings, password: str | None) -> None:
    """Bring the server's schema to this release's (as its owner); one Thai line on failure."""
    db = Database.open(server.url(), password=password)
    try:
        upgrade_to_head(db.url, db.engine)
    finally:
        db.dispose()


class ConnectionSettingsService:
    """The administrator's change of this PC's database, audited in the database in use."""

    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def current(self) -> ConnectionChoice:
        self.ctx.require(Permission.MANAGE_OFFICE)
        return load_choice()

    def in_use(self) -> str:
        """Where the window works now, for the dialog's first line (no password)."""
        return self.ctx.db.url

    def save(self, choice: ConnectionChoice, password: str | None = None) -> None:
        user = self.ctx.require(Permission.MANAGE_OFFICE)
        save_choice(choice, password)
        if self.ctx.db.read_only:
            return
        details = {"kind": choice.kind}
        if choice.on_server:
            details["server"] = choice.server.where()  # type: ignore[union-attr]
        with self.ctx.unit_of_work() as s:
            audit.record(s, user, "connection_settings", "database", None, details)
