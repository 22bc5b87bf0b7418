"""Report kinds and their due dates (E-RPT-1, C-RPT-1, CO-RPT-1) over the bundled calendar:
the check figures, the shipped rulebooks' reports, and properties of periods and rolling."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.calendar import is_working_day, merged
from app.domain.meetings import period_from_label
from app.domain.organisation import PositionRole
from app.domain.reports import (
    Due,
    DueRule,
    OnNonWorkingDay,
    PartFormat,
    Period,
    PeriodKind,
    ReportKind,
    Submitter,
    due_date,
    periods_overlapping,
    raw_due_date,
)
from app.domain.rulebook import parse_rulebook
from app.domain.submissions import parse_period
from app.repositories.calendar import library_arrangements
from app.rulebooks import shipped_document

CAL = merged(library_arrangements())
CHANGJI = parse_rulebook(shipped_document("changji")).report_kinds
EZHOU = parse_rulebook(shipped_document("ezhou")).report_kinds


def kind(rule: DueRule, days: int, rolling: OnNonWorkingDay, period: PeriodKind) -> ReportKind:
    return ReportKind(
        "k", "k", Submitter.member_units, PositionRole.liaison_officer, period,
        Due(rule, days), rolling, (), "R", "S",
    )  # fmt: skip


@pytest.mark.parametrize(("quarter", "due"), [(3, date(2026, 10, 20)), (2, date(2026, 7, 14))])
def test_changji_quarterly_report_check_figures(quarter: int, due: date) -> None:
    report = CHANGJI["quarterly_report"]
    assert report.rule == "C-RPT-1"
    assert due_date(report, Period(PeriodKind.quarter, 2026, quarter), CAL) == due


def test_ezhou_monthly_report_is_due_on_the_22nd_with_both_parts_in_both_formats() -> None:
    report = EZHOU["monthly_report"]
    assert due_date(report, Period(PeriodKind.month, 2026, 9), CAL) == date(2026, 9, 22)
    # 2026-08-22 is a Saturday: the rule keeps it.
    assert due_date(report, Period(PeriodKind.month, 2026, 8), CAL) == date(2026, 8, 22)
    assert [p.key for p in report.parts] == ["report", "progress_table"]
    assert all(p.formats == (PartFormat.electronic, PartFormat.scanned) for p in report.parts)
    assert report.submitted_by == PositionRole.liaison_officer


def test_changji_monthly_information_rolls_to_the_next_working_day() -> None:
    report = CHANGJI["monthly_information"]
    # September 2026 + 5 days = 2026-10-05, inside the National Day holiday → 2026-10-09.
    due = due_date(report, Period(PeriodKind.month, 2026, 9), CAL)
    assert due > date(2026, 10, 5)
    assert is_working_day(CAL, due)


def test_day_of_month_past_the_months_end_is_its_last_day() -> None:
    report = kind(DueRule.day_of_month, 31, OnNonWorkingDay.keep, PeriodKind.quarter)
    assert due_date(report, Period(PeriodKind.quarter, 2026, 2), CAL) == date(2026, 6, 30)


def test_periods_overlapping_a_range() -> None:
    got = list(periods_overlapping(PeriodKind.quarter, date(2025, 12, 31), date(2026, 4, 1)))
    assert [str(p) for p in got] == ["2025-Q4", "2026-Q1", "2026-Q2"]
    assert got[1].start == date(2026, 1, 1)
    assert got[1].end == date(2026, 3, 31)


@given(
    st.sampled_from(list(PeriodKind)),
    st.dates(date(2004, 1, 1), date(2026, 12, 31)),
    st.integers(0, 800),
)
def test_periods_tile_the_days_without_gaps_or_overlaps(
    period_kind: PeriodKind, start: date, length: int
) -> None:
    end = start + timedelta(days=length)
    periods = list(periods_overlapping(period_kind, start, end))
    assert periods[0].start <= start
    assert periods[-1].end >= end
    for before, after in itertools.pairwise(periods):
        assert after.start == before.end + timedelta(days=1)
        assert after == before.next()
    for period in periods:
        assert period.start <= period.end
        assert Period.containing(period_kind, period.start) == period
        assert Period.containing(period_kind, period.end) == period


PERIODS = st.builds(
    Period.containing,
    st.sampled_from(list(PeriodKind)),
    st.dates(date(2004, 2, 1), date(2025, 10, 31)),
)


@given(PERIODS, st.integers(1, 30))
def test_working_days_after_is_a_working_day_after_the_period(period: Period, n: int) -> None:
    report = kind(DueRule.working_days_after, n, OnNonWorkingDay.keep, period.kind)
    due = due_date(report, period, CAL)
    assert due > period.end
    assert is_working_day(CAL, due)


@given(PERIODS, st.sampled_from(list(DueRule)), st.integers(1, 28))
def test_rolling_next_gives_a_working_day_on_or_after_the_raw_date(
    period: Period, rule: DueRule, n: int
) -> None:
    report = kind(rule, n, OnNonWorkingDay.next, period.kind)
    raw = raw_due_date(report, period, CAL)
    due = due_date(report, period, CAL)
    assert due >= raw
    assert is_working_day(CAL, due)
    previous = due_date(kind(rule, n, OnNonWorkingDay.previous, period.kind), period, CAL)
    assert previous <= raw
    assert is_working_day(CAL, previous)


def test_periods_stop_at_the_last_year_dates_reach() -> None:
    months = list(periods_overlapping(PeriodKind.month, date(9999, 11, 1), date.max))
    assert [str(m) for m in months] == ["9999-11", "9999-12"]


@pytest.mark.parametrize(
    ("period", "label"),
    [
        (Period(PeriodKind.month, 2026, 11), "2026-11"),
        (Period(PeriodKind.month, 2026, 1), "2026-01"),
        (Period(PeriodKind.quarter, 2026, 3), "2026-Q3"),
        (Period(PeriodKind.year, 2026, 1), "2026"),
    ],
)
def test_a_periods_label_is_the_form_requests_give_it_in(period: Period, label: str) -> None:
    assert period.label == label == str(period)
    # Every parser of a request's period reads the label back to the same period.
    assert parse_period(period.kind, label, ("period",)) == period
    assert period_from_label(label, ("period",)) == period


@given(
    st.sampled_from(list(PeriodKind)),
    st.integers(min_value=1900, max_value=2999),
    st.integers(min_value=1, max_value=12),
)
def test_every_label_names_exactly_its_period(kind: PeriodKind, year: int, index: int) -> None:
    period = Period(kind, year, (index - 1) % kind.per_year + 1)
    assert period_from_label(period.label, ("period",)) == period
