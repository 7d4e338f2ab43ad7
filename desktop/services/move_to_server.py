"""Move the office's local data up to its PostgreSQL server, once.

The local SQLite file is copied, table by table with every id kept, into an **empty** server
database that is first brought to this release's schema (so the move is done as the schema's
owner). The copy is one transaction on the server: it is all there or none of it. A server
database that already holds data is refused — two offices' records are never mixed by
accident. The move is audited on the server (who moved how many rows of what, from which
file) in the same transaction, and on the local file afterwards.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy.orm import Session

from db.change_tracking import TOPICS, bump
from db.copy_database import TableCount, copy_all
from db.engine import Database, sqlite_file_of
from db.merge_database import merge_all
from db.migrate import upgrade_to_head
from db.server_check import owns_schema
from desktop.domain.errors import DeskError
from desktop.domain.permissions import Permission
from desktop.services import audit
from desktop.services.connection_settings import ServerSettings
from desktop.services.context import ServiceContext

# What the report calls each table; the first ones are what an office counts.
LABELS: dict[str, str] = {
    "person": "บุคคลในทะเบียน",
    "person_area": "พื้นที่รับผิดชอบของบุคคล",
    "status_history": "ประวัติสถานะของบุคคล",
    "award": "รางวัลและเกียรติบัตร",
    "referral_case": "เรื่องส่งต่อ",
    "case_need": "ความต้องการในเรื่อง",
    "case_event": "ลำดับเหตุการณ์ของเรื่อง",
    "approval_request": "คำขออนุมัติ",
    "follow_up": "การติดตามผล",
    "case_counter": "เลขที่เรื่องล่าสุดของแต่ละปี",
    "mentor_assignment": "การมอบหมายพี่เลี้ยง",
    "visit": "การเยี่ยม",
    "visit_topic": "หัวข้อการเยี่ยม",
    "visit_topic_link": "หัวข้อของแต่ละการเยี่ยม",
    "evaluation": "การประเมิน",
    "evaluation_score": "คะแนนการประเมิน",
    "evaluation_template": "แบบประเมิน",
    "template_criterion": "เกณฑ์ในแบบประเมิน",
    "grade_band": "ช่วงระดับผลการประเมิน",
    "app_user": "ผู้ใช้",
    "user_role": "บทบาทของผู้ใช้",
    "audit_event": "บันทึกการใช้งาน (audit)",
    "office": "ข้อมูลสำนักงาน",
    "service_level": "ระยะเวลามาตรฐานของขั้นตอน",
    "import_mapping": "การจับคู่คอลัมน์นำเข้า",
}


@dataclass(frozen=True)
class MoveReport:
    target: str  # database @ host:port
    counts: tuple[TableCount, ...]  # rows added to the server
    # Merge only: rows that were already there (a person with the same national ID …).
    matched: tuple[TableCount, ...] = ()

    @property
    def total(self) -> int:
        return sum(c.rows for c in self.counts)

    def count_of(self, table: str) -> int:
        return next((c.rows for c in self.counts if c.table == table), 0)

    def matched_of(self, table: str) -> int:
        return next((c.rows for c in self.matched if c.table == table), 0)

    def lines(self) -> list[str]:
        """One Thai line per table that had rows, in the order of ``LABELS``."""
        order = {name: i for i, name in enumerate(LABELS)}
        names = {c.table for c in self.counts if c.rows} | {c.table for c in self.matched if c.rows}
        said = []
        for name in sorted(names, key=lambda n: order.get(n, 99)):
            line = f"{LABELS.get(name, name)}: {self.count_of(name):,} แถว"
            if self.matched_of(name):
                line += f" (ตรงกับที่มีบนเซิร์ฟเวอร์แล้ว {self.matched_of(name):,} แถว)"
            said.append(line)
        return said

    def describe(self) -> str:
        verb = "รวมข้อมูลเข้ากับ" if self.matched else "ย้ายข้อมูลขึ้น"
        head = f"{verb}เซิร์ฟเวอร์ {self.target} แล้ว เพิ่ม {self.total:,} แถว"
        return "\n".join([head, *self.lines()])


class MoveToServerService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def move(
        self,
        server: ServerSettings,
        password: str | None,
        *,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        merge: bool = False,
    ) -> MoveReport:
        """Copy this local file into the server's empty database (raises with one Thai line)."""
        return self.move_to_url(
            server.url(), password, server.where(), progress, cancelled, merge=merge
        )

    def move_to_url(
        self,
        url: str,
        password: str | None,
        where: str,
        progress: Callable[[int, int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
        *,
        merge: bool = False,
    ) -> MoveReport:
        """``merge``: into a server database that holds data, people matched by national ID
        (:mod:`db.merge_database`); else only into an empty one, every id kept."""
        user = self.ctx.require(Permission.MANAGE_OFFICE)
        source = self.ctx.db
        file_path = sqlite_file_of(source.url)
        if source.dialect != "sqlite" or not file_path:
            raise DeskError("ย้ายข้อมูลขึ้นเซิร์ฟเวอร์ได้จากไฟล์ฐานข้อมูลในเครื่องเท่านั้น")
        target = Database.open(url, password=password)
        try:
            if target.dialect != "postgresql":
                raise DeskError("ปลายทางต้องเป็นฐานข้อมูล PostgreSQL บนเซิร์ฟเวอร์")
            if not owns_schema(target.engine):
                raise DeskError(
                    "ย้ายข้อมูลขึ้นเซิร์ฟเวอร์ต้องเชื่อมต่อเป็นเจ้าของฐานข้อมูล (เช่น labour_desk_owner) "
                    "ไม่ใช่ผู้ใช้ของโปรแกรม เพราะต้องสร้างตารางและตั้งลำดับเลขที่"
                )
            upgrade_to_head(target.url, target.engine)
            upgrade_to_head(source.url, source.engine)  # the same revision on both sides
            file_name = Path(file_path).name

            def audit_on_server(conn, copied) -> None:
                rows = {c.table: c.rows if not merge else c.added for c in copied}
                with Session(bind=conn) as s:
                    details = {"from": file_name, "rows": {t: n for t, n in rows.items() if n}}
                    if merge:
                        details["merged_by"] = "national_id"
                    audit.record(s, user, "move_to_server", "database", None, details)
                    bump(s, TOPICS)  # windows already on the server show what came in
                    s.flush()

            if merge:
                merged = merge_all(
                    source.engine,
                    target.engine,
                    progress=progress,
                    cancelled=cancelled,
                    before_commit=audit_on_server,
                )
                report = MoveReport(
                    where,
                    tuple(TableCount(c.table, c.added) for c in merged),
                    tuple(TableCount(c.table, c.matched) for c in merged),
                )
            else:
                counts = copy_all(
                    source.engine,
                    target.engine,
                    progress=progress,
                    cancelled=cancelled,
                    before_commit=audit_on_server,
                )
                report = MoveReport(where, tuple(counts))
        finally:
            target.dispose()
        with self.ctx.unit_of_work() as s:
            details = {"to": where, "rows": report.total, "merge": merge}
            audit.record(s, user, "move_to_server", "database", None, details)
        return report
