"""The checks every report makes of the period it is asked for, in Thai one-liners."""

from __future__ import annotations

import datetime as dt

from desktop import areas
from desktop.domain.errors import ValidationError


def check_period(
    date_from: dt.date, date_to: dt.date, district_code: str | None, province_code: str
) -> None:
    errors = {}
    if date_from > date_to:
        errors["date_from"] = "วันเริ่มต้นของช่วงรายงานต้องไม่อยู่หลังวันสิ้นสุด"
    if district_code and not any(d.code == district_code for d in areas.districts(province_code)):
        errors["district_code"] = f"ไม่พบอำเภอรหัส {district_code} ในจังหวัดของสำนักงาน"
    if errors:
        raise ValidationError(errors)
