"""Thai administrative areas (province → district → subdistrict, postcodes) from ``geothai``.

The data ships inside the package (CC-BY-4.0, credited in the About box): nothing is typed
in by hand and nothing is downloaded at run time.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import geothai

from desktop.domain.collation import thai_sort_key
from desktop.domain.records import AreaNames

AREA_DATA_CREDIT = "ข้อมูลเขตการปกครอง: geothai (CC-BY-4.0)"


@dataclass(frozen=True)
class Area:
    code: str
    name_th: str
    name_en: str


@dataclass(frozen=True)
class SubdistrictArea(Area):
    postcode: str


def _sorted(items):
    return sorted(items, key=lambda a: thai_sort_key(a.name_th))


@lru_cache(maxsize=1)
def provinces() -> tuple[Area, ...]:
    return tuple(_sorted(Area(p.code, p.name_th, p.name_en) for p in geothai.provinces()))


@lru_cache(maxsize=128)
def districts(province_code: str) -> tuple[Area, ...]:
    return tuple(
        _sorted(Area(d.code, d.name_th, d.name_en) for d in geothai.districts(province_code))
    )


@lru_cache(maxsize=1024)
def subdistricts(district_code: str) -> tuple[SubdistrictArea, ...]:
    return tuple(
        _sorted(
            SubdistrictArea(
                s.code, s.name_th, s.name_en, s.postal_codes[0] if s.postal_codes else ""
            )
            for s in geothai.subdistricts(district_code)
        )
    )


@lru_cache(maxsize=1)
def all_names() -> frozenset[str]:
    """Every province, district and subdistrict name in Thai (for the word segmenter)."""
    names: set[str] = set()
    for p in provinces():
        names.add(p.name_th)
        for d in districts(p.code):
            names.add(d.name_th)
            names.update(s.name_th for s in subdistricts(d.code))
    return frozenset(n for n in names if n)


def province_name(code: str) -> str:
    p = geothai.province(code)
    return p.name_th if p else ""


def district_name(code: str) -> str:
    d = geothai.district(code)
    return d.name_th if d else ""


def subdistrict_exists(code: str) -> bool:
    return bool(code) and geothai.subdistrict(code) is not None


def postcode_of(subdistrict_code: str) -> str:
    s = geothai.subdistrict(subdistrict_code) if subdistrict_code else None
    return s.postal_codes[0] if s and s.postal_codes else ""


@lru_cache(maxsize=20000)
def area_names(subdistrict_code: str) -> AreaNames:
    if not subdistrict_code:
        return AreaNames()
    a = geothai.address(subdistrict_code)
    if a is None:
        return AreaNames(subdistrict_code=subdistrict_code)
    return AreaNames(
        subdistrict_code=a.subdistrict.code,
        subdistrict=a.subdistrict.name_th,
        district_code=a.district.code,
        district=a.district.name_th,
        province_code=a.province.code,
        province=a.province.name_th,
    )
