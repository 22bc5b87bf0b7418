"""The provisional calendar's source (the ``holidays`` package, built in the repository) checked
against the published arrangements the bundled library holds (issue 14): on every published
year its statutory holidays and in-lieu days are days off there, never make-up workdays, and
what the library has beyond them are exactly the bridging days off (调休) only a notice sets."""

from __future__ import annotations

from datetime import date

import holidays
import pytest

from app.repositories.calendar import (
    PROVISIONAL_LAST_YEAR,
    estimated_holidays,
    library_arrangements,
    library_years,
    provisional_arrangements,
)

LIBRARY = {a.year: a for a in library_arrangements()}
FIRST, LAST = library_years()
ESTIMATED = estimated_holidays(FIRST, LAST)


@pytest.mark.parametrize("year", range(FIRST, LAST + 1))
def test_the_provisional_rules_agree_with_every_published_year_day_for_day(year: int) -> None:
    published = LIBRARY[year]
    days_off = {d for d in published.holidays if d.weekday() < 5}
    estimated = {d for d in ESTIMATED[year] if d.weekday() < 5}
    assert estimated <= days_off
    assert not set(ESTIMATED[year]) & set(published.makeup_workdays)
    bridging = {
        d
        for d, name in holidays.country_holidays("CN", years=year, language="zh_CN").items()
        if "调休" in str(name) and d.weekday() < 5
    }
    assert days_off - estimated == bridging


def test_provisional_years_follow_the_library_and_have_no_make_up_workdays() -> None:
    years = [a.year for a in provisional_arrangements()]
    assert years == list(range(LAST + 1, PROVISIONAL_LAST_YEAR + 1))
    assert all(a.provisional and not a.makeup_workdays for a in provisional_arrangements())


def test_2027_has_the_statutory_holidays_on_their_computed_dates_and_in_lieu_days() -> None:
    (y2027,) = (a for a in provisional_arrangements() if a.year == 2027)
    assert y2027.holidays[date(2027, 1, 1)] == "元旦"
    assert y2027.holidays[date(2027, 2, 5)] == "农历除夕"  # lunar: Spring Festival 2027-02-06
    assert y2027.holidays[date(2027, 6, 9)] == "端午节"
    assert y2027.holidays[date(2027, 9, 15)] == "中秋节"
    # Spring Festival's 2nd day falls on a Sunday: an in-lieu day follows the run
    assert y2027.holidays[date(2027, 2, 9)] == "春节（补假）"
    assert {d for d in y2027.holidays if d.month == 10} == {date(2027, 10, d) for d in range(1, 6)}
