"""What a database failure means for the user, in one Thai line, with no SQL and no values.

SQLAlchemy's own text of an error carries the statement and (unless the engine hides them)
its parameters — names, national IDs, phones — so it is never shown or logged as it is:
``explain`` names the failure, ``scrub`` keeps only the driver's first line of the reason.
"""

from __future__ import annotations

import re

from sqlalchemy import exc as sa_exc

from db.engine import BAD_URL, DatabaseProblem

_TOO_LONG = re.compile(r"character varying\((\d+)\)")

_BY_TEXT = (
    ("database is locked", "ฐานข้อมูลถูกใช้งานอยู่โดยผู้ใช้หรือโปรแกรมอื่น กรุณารอสักครู่แล้วลองบันทึกอีกครั้ง"),
    ("database table is locked", "ฐานข้อมูลถูกใช้งานอยู่โดยผู้ใช้หรือโปรแกรมอื่น กรุณารอสักครู่แล้วลองบันทึกอีกครั้ง"),
    ("readonly database", "เขียนฐานข้อมูลไม่ได้ เพราะไฟล์หรือโฟลเดอร์เป็นแบบอ่านอย่างเดียว"),
    ("disk is full", "พื้นที่ดิสก์เต็ม บันทึกข้อมูลไม่ได้ กรุณาเพิ่มพื้นที่แล้วลองอีกครั้ง"),
    ("file is not a database", "ไฟล์นี้ไม่ใช่ฐานข้อมูลของโปรแกรม หรือไฟล์เสียหาย"),
    ("malformed", "ไฟล์ฐานข้อมูลเสียหาย กรุณากู้คืนจากสำเนาด้วยคำสั่ง labour-desk restore"),
    ("unable to open database file", "เปิดไฟล์ฐานข้อมูลไม่ได้ กรุณาตรวจสอบที่อยู่ไฟล์และสิทธิ์ของโฟลเดอร์"),
    ("password authentication failed", "รหัสผ่านของเซิร์ฟเวอร์ฐานข้อมูลไม่ถูกต้อง"),
    ("no password supplied", "เซิร์ฟเวอร์ฐานข้อมูลต้องการรหัสผ่าน กรุณาใส่รหัสผ่านในการตั้งค่าเซิร์ฟเวอร์"),
    ('role "', "ชื่อผู้ใช้หรือรหัสผ่านของเซิร์ฟเวอร์ฐานข้อมูลไม่ถูกต้อง"),
    ('database "', "ไม่พบฐานข้อมูลนี้บนเซิร์ฟเวอร์ กรุณาตรวจสอบชื่อฐานข้อมูลในการตั้งค่าเซิร์ฟเวอร์"),
    ("no encryption", "เซิร์ฟเวอร์ฐานข้อมูลรับเฉพาะการเชื่อมต่อแบบเข้ารหัส TLS กรุณาเลือกโหมด TLS require"),
    ("ssl was required", "เซิร์ฟเวอร์ฐานข้อมูลไม่รองรับการเข้ารหัส TLS ตามที่ตั้งค่าไว้"),
    ("no pg_hba.conf entry", "เซิร์ฟเวอร์ฐานข้อมูลไม่อนุญาตให้เครื่องนี้หรือผู้ใช้นี้เชื่อมต่อ"),
    ("failed to resolve host", "ไม่พบเครื่องเซิร์ฟเวอร์ฐานข้อมูลตามชื่อที่ระบุ"),
    ("does not exist", "ไม่พบฐานข้อมูลหรือผู้ใช้นี้บนเซิร์ฟเวอร์ฐานข้อมูล"),
    ("connection refused", "เชื่อมต่อเซิร์ฟเวอร์ฐานข้อมูลไม่ได้ กรุณาตรวจสอบชื่อเครื่องและพอร์ต"),
    ("could not translate host name", "ไม่พบเครื่องเซิร์ฟเวอร์ฐานข้อมูลตามชื่อที่ระบุ"),
    ("timeout expired", "เซิร์ฟเวอร์ฐานข้อมูลไม่ตอบสนอง กรุณาตรวจสอบเครือข่าย"),
    ("permission denied", "ผู้ใช้ฐานข้อมูลนี้ไม่มีสิทธิ์ทำรายการนี้"),
)


def explain(error: BaseException) -> str | None:
    """One Thai line for a failure of the database or its URL; None when it is not one."""
    if isinstance(error, DatabaseProblem):
        return str(error)
    if isinstance(error, sa_exc.ArgumentError | sa_exc.NoSuchModuleError):
        return BAD_URL
    if not isinstance(error, sa_exc.DBAPIError):
        return None
    reason = scrub(error).lower()
    if isinstance(error, sa_exc.DataError) and (found := _TOO_LONG.search(reason)):
        return f"ข้อความยาวเกิน {found.group(1)} ตัวอักษร กรุณาย่อให้สั้นลง"
    for needle, said in _BY_TEXT:
        if needle in reason:
            return said
    return "ฐานข้อมูลทำรายการไม่สำเร็จ ข้อมูลที่บันทึกแล้วไม่สูญหาย กรุณาลองอีกครั้งหรือแจ้งผู้ดูแลระบบ"


def scrub(error: BaseException) -> str:
    """The driver's reason without the SQL statement or any bound value."""
    original = getattr(error, "orig", None)
    text = str(original if original is not None else error)
    first = text.strip().splitlines()[0] if text.strip() else type(error).__name__
    # PostgreSQL quotes the offending value in "DETAIL:" lines and sometimes inline.
    return re.sub(r"\(.*?\)=\(.*?\)", "(…)", first)
