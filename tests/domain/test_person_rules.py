import datetime as dt

from desktop.domain.people import (
    PersonDraft,
    PersonKind,
    format_phone,
    phone_error,
    validate_person,
)

TODAY = dt.date(2026, 11, 22)


def exists(code):
    return code in {"500101", "500102"}


def test_phone_formats():
    assert phone_error("081-234-5678") is None
    assert phone_error("053-123-456") is None
    assert phone_error("+66 81 234 5678") is None
    assert "ไม่ถูกต้อง" in phone_error("12345")
    assert "ตัวอักษร" in phone_error("08x-234-5678")
    assert format_phone("0812345678") == "081-234-5678"


def test_required_fields_by_kind():
    errors = validate_person(PersonDraft(), TODAY, exists)
    assert {"national_id", "first_name", "last_name", "subdistrict_code"} <= set(errors)
    overseas = validate_person(PersonDraft(kind=PersonKind.OVERSEAS_VOLUNTEER), TODAY, exists)
    assert "country" in overseas and "subdistrict_code" not in overseas
    grad = validate_person(PersonDraft(kind=PersonKind.GRADUATE), TODAY, exists)
    assert {"contract_start", "contract_end"} <= set(grad)


def test_dates_must_make_sense():
    d = PersonDraft(
        birth_date=dt.date(2020, 1, 1),
        appointed_on=dt.date(2026, 1, 1),
        term_end=dt.date(2025, 1, 1),
    )
    errors = validate_person(d, TODAY, exists)
    assert "อายุ" in errors["birth_date"] and "term_end" in errors
