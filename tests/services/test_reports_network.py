"""Report 2 (the network) against counts made here, in plain Python over the people this test
registers: fiscal-year boundaries, an empty year, a district with nobody, coverage with the
uncovered subdistricts first, age bands at their boundary birthdays, a suspended volunteer."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest
from factories import draft

from desktop import areas
from desktop.domain.errors import PermissionDenied, ValidationError
from desktop.domain.fiscal_year import fiscal_year_bounds
from desktop.domain.people import Gender, PersonKind, PersonStatus
from desktop.domain.report_figures import AGE_BANDS, AGE_UNKNOWN, NOT_GIVEN
from desktop.services.people.service import PeopleService
from desktop.services.reports.network import NetworkReportService

TODAY = dt.date(2026, 11, 22)  # the fixed clock: fiscal year 2570
D, OV, G = PersonKind.DOMESTIC_VOLUNTEER, PersonKind.OVERSEAS_VOLUNTEER, PersonKind.GRADUATE
M, F = Gender.MALE, Gender.FEMALE
S = PersonStatus

# seed, kind, gender, birth date, home subdistrict, areas, appointed, term end, status change
PEOPLE = [
    # 20 on 30 Sep 2026 (the end of FY 2569) to the day: in 20–29, not under 20.
    (
        1,
        D,
        M,
        dt.date(2006, 9, 30),
        "500101",
        ["500101", "500102"],
        dt.date(2025, 10, 1),
        TODAY + dt.timedelta(days=90),
        None,
    ),
    # one day younger: still 19 on 30 Sep 2026.
    (
        2,
        D,
        F,
        dt.date(2006, 10, 1),
        "500101",
        ["500101"],
        dt.date(2025, 9, 30),
        TODAY + dt.timedelta(days=91),
        None,
    ),
    # a graduate of 60 to the day; appointed by contract start; contract ends 1 Jan 2027.
    (3, G, F, dt.date(1966, 9, 30), "500103", [], None, None, None),
    # suspended: counted by status, never as active, and does not cover 500104 (home).
    (
        4,
        D,
        M,
        dt.date(1966, 10, 1),
        "500104",
        [],
        dt.date(2026, 10, 1),
        None,
        (S.SUSPENDED, dt.date(2026, 1, 5)),
    ),
    (5, D, None, None, "500204", ["500204"], None, None, (S.RESIGNED, dt.date(2025, 9, 30))),
    (6, D, M, dt.date(1990, 1, 1), "500101", [], None, None, (S.RESIGNED, dt.date(2025, 10, 1))),
    (7, D, F, dt.date(1980, 1, 1), "500101", [], None, None, (S.REMOVED, dt.date(2026, 9, 30))),
    # overseas: no Thai district; 59 on 30 Sep 2026 (60 the next day).
    (8, OV, M, dt.date(1966, 10, 1), "", [], None, None, None),
]
GRADUATE_CONTRACT = (dt.date(2026, 9, 30), dt.date(2027, 1, 1))


def _register(clerk) -> dict[int, tuple]:
    service = PeopleService(clerk)
    ids = {}
    for seed, kind, gender, birth, home, subs, appointed, term_end, change in PEOPLE:
        extra = {}
        if kind == G:
            extra = dict(contract_start=GRADUATE_CONTRACT[0], contract_end=GRADUATE_CONTRACT[1])
        if kind == OV:
            extra = dict(country="ไต้หวัน", village_no="", house_no="")
        p = service.register(
            draft(
                seed,
                kind=kind,
                gender=gender,
                birth_date=birth,
                subdistrict_code=home,
                responsible_subdistricts=subs,
                appointed_on=appointed,
                term_end=term_end,
                **extra,
            )
        )
        if change:
            service.change_status(p.id, p.version, change[0], change[1], "ทดสอบ")
        ids[seed] = p.id
    return ids


@pytest.fixture
def network(clerk, supervisor):
    _register(clerk)
    return NetworkReportService(supervisor)


# -- the independent counts -----------------------------------------------------------------
def status_of(p) -> PersonStatus:
    return p[8][0] if p[8] else S.ACTIVE


def district_of(p) -> str:
    return p[4][:4]


def active(district: str | None = None):
    return [
        p
        for p in PEOPLE
        if status_of(p) == S.ACTIVE and (district is None or district_of(p) == district)
    ]


def age(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


def band_of(birth: dt.date | None, on: dt.date) -> str:
    if birth is None:
        return AGE_UNKNOWN
    years = age(birth, on)
    return next(label for label, low, high in AGE_BANDS if low <= years <= (high or 999))


def began(p) -> dt.date | None:
    return p[6] or (GRADUATE_CONTRACT[0] if p[1] == G else None)


def as_dict(rows) -> dict[str, int]:
    return {r.key: r.count for r in rows if r.count}


def test_every_figure_matches_a_plain_count(network):
    first, last = fiscal_year_bounds(2569)
    fig = network.figures(2569, first, last)
    people = active()
    assert as_dict(fig.by_kind) == dict(Counter(p[1].value for p in people))
    assert [r.key for r in fig.by_kind] == [k.value for k in PersonKind]  # zeros keep the shape
    assert as_dict(fig.by_status) == dict(Counter(status_of(p).value for p in PEOPLE))
    assert as_dict(fig.by_gender) == dict(Counter(p[2].value if p[2] else "" for p in people))
    assert as_dict(fig.by_district) == dict(Counter(district_of(p) for p in people))
    assert len([r for r in fig.by_district if r.key]) == len(areas.districts("50"))
    ages = {r.label: r.count for r in fig.by_age_band if r.count}
    assert ages == dict(Counter(band_of(p[3], last) for p in people))
    assert fig.active == len(people) == 4
    assert fig.by_status[[r.key for r in fig.by_status].index("suspended")].count == 1


def test_age_bands_at_their_boundary_birthdays(network):
    fig = network.figures(2569, *fiscal_year_bounds(2569))
    ages = {r.label: r.count for r in fig.by_age_band}
    # 20 on the day (seed 1) / 19 (seed 2); 60 on the day (3) / 59 (8); 4 suspended, not here.
    assert ages["ต่ำกว่า 20 ปี"] == 1 and ages["20–29 ปี"] == 1
    assert ages["50–59 ปี"] == 1 and ages["60 ปีขึ้นไป"] == 1
    assert AGE_UNKNOWN not in ages  # seed 5 has no birth date but is not active
    # A day later everyone's age moves on: seed 8 turns 60, seed 2 turns 20.
    later = network.figures(2570, dt.date(2026, 10, 1), dt.date(2026, 10, 1))
    ages = {r.label: r.count for r in later.by_age_band}
    assert ages["ต่ำกว่า 20 ปี"] == 0 and ages["20–29 ปี"] == 2 and ages["60 ปีขึ้นไป"] == 2


@pytest.mark.parametrize("fiscal_year", [2568, 2569, 2570, 2560])
def test_appointed_resigned_removed_by_fiscal_year(network, fiscal_year):
    first, last = fiscal_year_bounds(fiscal_year)
    fig = network.figures(fiscal_year, first, last)

    def within(d):
        return d is not None and first <= d <= last

    def changed(status):
        return sum(1 for p in PEOPLE if p[8] and p[8][0] == status and within(p[8][1]))

    assert fig.appointed == sum(1 for p in PEOPLE if within(began(p)))
    assert fig.resigned == changed(S.RESIGNED)
    assert fig.removed == changed(S.REMOVED)
    # The same by hand, so the plain count above cannot drift with the fixture unnoticed.
    assert (fig.appointed, fig.resigned, fig.removed) == {
        2568: (1, 1, 0),  # seed 2 appointed 30 Sep 2025; seed 5 resigned 30 Sep 2025
        2569: (2, 1, 1),  # seeds 1 (1 Oct 2025) and 3 (contract 30 Sep 2026); 6; 7
        2570: (1, 0, 0),  # seed 4 (1 Oct 2026)
        2560: (0, 0, 0),  # an empty year
    }[fiscal_year]


def test_terms_ending_in_the_next_90_days(network):
    fig = network.figures(2570, *fiscal_year_bounds(2570))
    # seed 1 ends on day 90 (in), seed 2 on day 91 (out); the graduate's contract (1 Jan 2027).
    assert [r.ends_on for r in fig.terms_ending] == [dt.date(2027, 1, 1), TODAY + dt.timedelta(90)]
    assert fig.terms_ending[1].district == "เมืองเชียงใหม่"
    assert fig.terms_ending[0].kind_label == G.label


def test_coverage_lists_every_subdistrict_uncovered_first(network):
    fig = network.figures(2569, *fiscal_year_bounds(2569))
    assert len(fig.coverage) == sum(len(areas.subdistricts(d.code)) for d in areas.districts("50"))
    counts = {r.subdistrict_code: r.active_count for r in fig.coverage}
    expected = Counter(
        code for p in active() if p[1] != G for code in (p[5] or ([p[4]] if p[4] else []))
    )
    assert {c: n for c, n in counts.items() if n} == dict(expected) == {"500101": 2, "500102": 1}
    assert counts["500104"] == 0  # its volunteer is suspended
    assert counts["500103"] == 0  # a graduate is not a volunteer
    zeros = [r.active_count == 0 for r in fig.coverage]
    assert zeros == sorted(zeros, reverse=True)  # every subdistrict without one comes first
    assert fig.subdistricts_without_volunteer == len(fig.coverage) - 2
    assert fig.coverage[-1].subdistrict_code in {"500101", "500102"}


def test_a_district_with_nobody(network):
    fig = network.figures(2569, *fiscal_year_bounds(2569), district_code="5025")
    assert fig.active == 0 and fig.appointed == fig.resigned == fig.removed == 0
    assert [(r.key, r.count) for r in fig.by_district] == [("5025", 0)]
    assert {r.district_code for r in fig.coverage} == {"5025"}
    assert all(r.active_count == 0 for r in fig.coverage)
    assert len(fig.coverage) == len(areas.subdistricts("5025"))
    assert fig.terms_ending == ()


def test_one_district(network):
    first, last = fiscal_year_bounds(2569)
    fig = network.figures(2569, first, last, district_code="5001")
    assert fig.active == len(active("5001")) == 3
    assert fig.resigned == 1 and fig.removed == 1  # seed 6 and 7 are in 5001; seed 5 is not
    assert as_dict(fig.by_status) == dict(
        Counter(status_of(p).value for p in PEOPLE if district_of(p) == "5001")
    )


def test_not_given_rows_name_themselves(network):
    fig = network.figures(2569, *fiscal_year_bounds(2569))
    assert [r.label for r in fig.by_district if not r.key] == [NOT_GIVEN]  # the overseas one


def test_who_may_read_it_and_a_backwards_period(network, mentor, clerk, admin):
    with pytest.raises(PermissionDenied):
        NetworkReportService(mentor).figures(2569, *fiscal_year_bounds(2569))
    for ctx in (clerk, admin):
        assert NetworkReportService(ctx).figures(2569, *fiscal_year_bounds(2569)).active == 4
    with pytest.raises(ValidationError) as e:
        network.figures(2569, dt.date(2026, 9, 30), dt.date(2025, 10, 1))
    assert "date_from" in e.value.fields
    with pytest.raises(ValidationError) as e:
        network.figures(2569, *fiscal_year_bounds(2569), district_code="1001")
    assert "district_code" in e.value.fields
