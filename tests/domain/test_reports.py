"""The report period (fiscal year edges, months inside it, its words) and the percentile taken
from a histogram, against the percentile of the same values listed one by one."""

from __future__ import annotations

import datetime as dt
import random
import statistics

import pytest

from desktop.domain.reports import ReportPeriod, month_label, months_between, percentile


def test_a_fiscal_year_runs_from_1_october_to_30_september():
    period = ReportPeriod(2570)
    assert period.bounds == (dt.date(2026, 10, 1), dt.date(2027, 9, 30))
    assert len(period.months) == 12 and period.months[0] == (2026, 10)
    assert period.text() == "ปีงบประมาณ 2570 (ตุลาคม 2569 – กันยายน 2570)"


def test_months_inside_the_year_end_on_the_months_last_day():
    period = ReportPeriod.parse(2568, "12/2567", "02/2568")  # February 2025 has 28 days
    assert period.bounds == (dt.date(2024, 12, 1), dt.date(2025, 2, 28))
    leap = ReportPeriod.parse(2567, "02/2567", "02/2567")
    assert leap.bounds == (dt.date(2024, 2, 1), dt.date(2024, 2, 29))
    assert (
        ReportPeriod.parse(2570, district_code="5001")
        .text("เมืองเชียงใหม่")
        .endswith("· อำเภอเมืองเชียงใหม่")
    )


def test_month_labels_and_runs():
    assert month_label(2025, 10) == "ต.ค. 68" and month_label(2026, 1, full=True) == "มกราคม 2569"
    assert months_between(dt.date(2025, 11, 5), dt.date(2026, 2, 1)) == [
        (2025, 11),
        (2025, 12),
        (2026, 1),
        (2026, 2),
    ]


@pytest.mark.parametrize("seed", range(20))
def test_percentile_of_a_histogram_equals_the_listed_values(seed):
    rnd = random.Random(seed)
    values = [rnd.randrange(0, 60) for _ in range(rnd.randrange(2, 40))]
    histogram: dict[int, int] = {}
    for v in values:
        histogram[v] = histogram.get(v, 0) + 1
    deciles = statistics.quantiles(values, n=10, method="inclusive")
    assert percentile(histogram, 0.5) == pytest.approx(statistics.median(values))
    assert percentile(histogram, 0.9) == pytest.approx(deciles[8])
    assert percentile(histogram, 0.1) == pytest.approx(deciles[0])


def test_percentile_of_nothing_and_of_one_value():
    assert percentile({}, 0.5) is None
    assert percentile({7: 1}, 0.9) == 7.0
    assert percentile({3: 2}, 0.5) == 3.0
