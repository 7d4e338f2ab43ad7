"""The rules under the report figures: age band boundary dates (29 February too) and the
visit rule's cutoff, which must say what ``is_due_for_visit`` says for every day."""

from __future__ import annotations

import datetime as dt

import pytest

from desktop.domain.mentoring.visits import is_due_for_visit, last_visit_cutoff
from desktop.domain.report_figures import AGE_BANDS, born_on_or_before


def age(birth: dt.date, on: dt.date) -> int:
    return on.year - birth.year - ((on.month, on.day) < (birth.month, birth.day))


@pytest.mark.parametrize(
    "on", [dt.date(2026, 9, 30), dt.date(2028, 2, 29), dt.date(2027, 2, 28), dt.date(2027, 3, 1)]
)
def test_born_on_or_before_is_the_age_boundary(on):
    for years in (15, 20, 60, 61):
        boundary = born_on_or_before(on, years)
        assert age(boundary, on) >= years
        assert age(boundary + dt.timedelta(days=1), on) == years - 1


def test_a_leap_day_birth_comes_of_age_on_1_march():
    born = dt.date(2008, 2, 29)
    assert not born <= born_on_or_before(dt.date(2027, 2, 28), 19)
    assert born <= born_on_or_before(dt.date(2027, 3, 1), 19)
    assert born <= born_on_or_before(dt.date(2028, 2, 29), 20)


def test_bands_are_contiguous_from_zero():
    lows = [low for _, low, _ in AGE_BANDS]
    highs = [high for _, _, high in AGE_BANDS]
    assert lows[0] == 0 and highs[-1] is None
    assert all(h + 1 == low for h, low in zip(highs[:-1], lows[1:], strict=True))


@pytest.mark.parametrize("every_days", [7, 90, 365])
def test_cutoff_says_what_is_due_for_visit_says(every_days):
    today = dt.date(2026, 11, 22)
    for back in range(0, 400):
        last = today - dt.timedelta(days=back)
        assert (last <= last_visit_cutoff(every_days, today)) == is_due_for_visit(
            last, every_days, today
        )
