"""Area names as sheets write them, matched to real subdistricts through geothai."""

from __future__ import annotations

import pytest

from desktop.services.imports.area_matching import match_area


@pytest.mark.parametrize(
    ("sub", "dist", "prov"),
    [
        ("สุเทพ", "เมืองเชียงใหม่", "เชียงใหม่"),
        ("ต.สุเทพ", "อ.เมืองเชียงใหม่", "จ.เชียงใหม่"),
        ("ตำบลสุเทพ", "อำเภอเมืองเชียงใหม่", "จังหวัดเชียงใหม่"),
        (" ต. สุเทพ ", "อ.เมือง", ""),  # the office's province; เมือง is its capital district
        ("สุเทพ", "", ""),
    ],
)
def test_prefixes_spaces_and_the_office_province(sub, dist, prov):
    assert match_area(sub, dist, prov, "", "50").code == "500108"


def test_bangkok_khwaeng_and_khet():
    found = match_area("แขวงพระบรมมหาราชวัง", "เขตพระนคร", "กทม", "10200", "50")
    assert found.code == "100101" and found.error is None


def test_the_postcode_is_checked_against_the_subdistrict():
    wrong = match_area("สุเทพ", "เมืองเชียงใหม่", "เชียงใหม่", "10200", "50")
    assert wrong.part == "postcode" and "50200" in wrong.error
    assert match_area("สุเทพ", "", "", "", "50").postcode == "50200"  # filled in when missing


def test_unknown_and_ambiguous_names_are_reported():
    assert "ไม่พบตำบล" in match_area("ไม่มีจริงแน่นอน", "", "", "", "50").error
    many = match_area("ในเมือง", "", "", "", "")
    assert many.error and "หลายแห่ง" in many.error
