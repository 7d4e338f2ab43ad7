"""Small synthetic people, and helpers that read PDFs the way a user's tools would."""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import unicodedata

import pypdf

from desktop.domain.national_id import make_valid
from desktop.domain.people import Gender, PersonKind, PersonStatus
from desktop.domain.records import AreaNames, OfficeInfo, PersonDetail, PersonRow, StatusChange

PRINTED_ON = dt.date(2026, 11, 22)  # 22 พฤศจิกายน 2569
OFFICE = OfficeInfo("50", "เชียงใหม่", "สำนักงานแรงงานจังหวัดเชียงใหม่")
# Names chosen for the marks HarfBuzz substitutes or repositions.
TRICKY_NAMES = [
    ("ตั้งใจ", "เป็นสุข"),
    ("ที่นี่", "สำราญ"),
    ("ปั้นหยา", "น้ำใจงาม"),
    ("กิ๊ฟ", "ฝ้ายปั่น"),
    ("ญาณี", "ฐิติกุล"),
]
AREA = AreaNames("500101", "ศรีภูมิ", "5001", "เมืองเชียงใหม่", "50", "เชียงใหม่")


def nfkd(text: str) -> str:
    return unicodedata.normalize("NFKD", text)


def pdf_pages_text(data: bytes) -> list[str]:
    return [page.extract_text() for page in pypdf.PdfReader(io.BytesIO(data)).pages]


def bad_characters(text: str) -> list[str]:
    """Replacement characters, private-use code points and HarfBuzz's dotted circle."""
    return [
        f"U+{ord(ch):04X}" for ch in text if ch in "\ufffd\u25cc" or 0xE000 <= ord(ch) <= 0xF8FF
    ]


def make_row(
    seed: int,
    first: str = "สมชาย",
    last: str = "ใจดี",
    *,
    district: str = "เมืองเชียงใหม่",
    district_code: str = "5001",
    address: str = "",
    country: str = "",
    kind: PersonKind = PersonKind.DOMESTIC_VOLUNTEER,
    status: PersonStatus = PersonStatus.ACTIVE,
) -> PersonRow:
    return PersonRow(
        id=seed,
        kind=kind,
        national_id=make_valid(f"1{seed:011d}"),
        title="นาย",
        first_name=first,
        last_name=last,
        phone="0812345678",
        status=status,
        district_code=district_code,
        district=district,
        subdistrict="ศรีภูมิ" if district else "",
        address=address or f"บ้านเลขที่ {seed}/3 หมู่ที่ 4 ต.ศรีภูมิ อ.{district} จ.เชียงใหม่ 50200",
        appointed_on=dt.date(2025, 1, 15),
        term_end=dt.date(2028, 1, 14),
        country=country,
    )


def make_detail(**overrides) -> PersonDetail:
    base = dict(
        id=7,
        version=1,
        kind=PersonKind.GRADUATE,
        national_id=make_valid("110020003000"),
        title="นางสาว",
        first_name="ปั้นหยา",
        last_name="น้ำใจงาม",
        gender=Gender.FEMALE,
        birth_date=dt.date(1995, 5, 17),
        phone="0812345678",
        line_id="panya.n",
        house_no="12/3",
        village_no="4",
        soi_road="ถนนเชียงใหม่-ลำปาง",
        area=AREA,
        postcode="50200",
        country="",
        occupation="ค้าขายสินค้าพื้นเมือง",
        education="ปริญญาตรี",
        degree="รัฐประศาสนศาสตรบัณฑิต",
        contract_start=dt.date(2025, 10, 1),
        contract_end=dt.date(2026, 9, 30),
        appointed_on=dt.date(2025, 10, 1),
        appointment_order="123/2568",
        term_end=dt.date(2028, 9, 30),
        responsible_areas=(
            AREA,
            AreaNames("500102", "พระสิงห์", "5001", "เมืองเชียงใหม่", "50", "เชียงใหม่"),
        ),
        notes="ตั้งใจทำงานเป็นอย่างดี ที่นี่มีความต้องการฝึกอาชีพสูง",
        status=PersonStatus.ACTIVE,
        status_history=(
            StatusChange(
                PersonStatus.SUSPENDED,
                dt.date(2026, 1, 5),
                "ขาดการติดต่อเกินสามเดือน",
                "ผู้ใช้ clerk",
                dt.datetime(2026, 1, 5, 9, 30),
            ),
            StatusChange(
                PersonStatus.ACTIVE,
                dt.date(2026, 3, 1),
                "กลับมาปฏิบัติหน้าที่",
                "ผู้ใช้ clerk",
                dt.datetime(2026, 3, 1, 10, 0),
            ),
        ),
    )
    base.update(overrides)
    return PersonDetail(**base)


@contextlib.contextmanager
def demo_office(folder, people: int, username: str):
    """A demo office of ``people`` people in a SQLite file in ``folder``, as ``username``
    (a demo account) sees it: a ServiceContext signed in."""
    from desktop.bootstrap import open_database
    from desktop.demo.seed import DEMO_PASSWORD, fill_demo
    from desktop.services.accounts import AccountService
    from desktop.services.context import ServiceContext

    db = open_database(f"sqlite:///{folder / 'demo.sqlite3'}")
    try:
        ctx = ServiceContext(db)
        fill_demo(ctx, people)
        yield ctx.as_user(AccountService(ctx).authenticate(username, DEMO_PASSWORD))
    finally:
        db.dispose()
