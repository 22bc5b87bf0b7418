"""Mainland-China working days over the bundled chinese-calendar arrangements (pure, no database):
named days, the quarter-end check figures, refusals for unknown years, and walk properties."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from app.domain.calendar import (
    ArrangementCalendar,
    CalendarYearUnknown,
    DayInfo,
    DayKind,
    YearArrangement,
    add_working_days,
    is_working_day,
    merged,
    roll,
    working_days_between,
)
from app.domain.errors import DomainError
from app.domain.tasks import TaskDays, overdue_cutoff, overdue_working_days
from app.repositories.calendar import library_arrangements

CAL = merged(library_arrangements())
FIRST_KNOWN = date(2004, 1, 1)
LAST_KNOWN = date(2026, 12, 31)
ONE_DAY = timedelta(days=1)

STARTS = st.dates(min_value=FIRST_KNOWN, max_value=date(2026, 10, 31))
COUNTS = st.integers(min_value=0, max_value=60)
PROPERTY = settings(max_examples=200, deadline=None)


def forward(start: date, n: int) -> date:
    """add_working_days(CAL, start, n) for n >= 0. An example whose walk would run past 2026 is
    discarded, after checking that it is refused rather than guessed."""
    if start.year == LAST_KNOWN.year and working_days_between(CAL, start, LAST_KNOWN) < n:
        with pytest.raises(CalendarYearUnknown):
            add_working_days(CAL, start, n)
        assume(False)
    return add_working_days(CAL, start, n)


def entered(
    year: int,
    source: str = "entered notice",
    *,
    holidays: dict[date, str] | None = None,
    makeup_workdays: dict[date, str] | None = None,
) -> YearArrangement:
    return YearArrangement(year, holidays or {}, makeup_workdays or {}, source)


# --- what a day is ------------------------------------------------------------------------

DAY_CASES = [
    # (day, kind, holiday name)
    (date(2026, 10, 1), DayKind.holiday, "国庆节"),
    (date(2026, 10, 7), DayKind.holiday, "国庆节"),
    (date(2026, 10, 8), DayKind.workday, None),
    (date(2026, 10, 10), DayKind.makeup_workday, "国庆节"),  # a Saturday worked
    (date(2026, 10, 11), DayKind.weekend, None),
    (date(2026, 10, 12), DayKind.workday, None),
    (date(2026, 1, 4), DayKind.makeup_workday, "元旦"),  # a Sunday worked
    (date(2026, 2, 14), DayKind.makeup_workday, "春节"),
    (date(2026, 2, 17), DayKind.holiday, "春节"),
    (date(2026, 9, 20), DayKind.makeup_workday, "国庆节"),
    (date(2026, 9, 25), DayKind.holiday, "中秋节"),
    (date(2026, 5, 9), DayKind.makeup_workday, "劳动节"),
    (date(2026, 6, 19), DayKind.holiday, "端午节"),
    (date(2026, 4, 5), DayKind.holiday, "清明节"),
    (date(2015, 9, 3), DayKind.holiday, "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日"),
    (
        date(2015, 9, 6),
        DayKind.makeup_workday,
        "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
    ),
    # 2012's New Year was made up on the last Saturday of 2011: it belongs to 2011's dates.
    (date(2011, 12, 31), DayKind.makeup_workday, "元旦"),
    (date(2020, 1, 31), DayKind.holiday, "春节"),  # the 2020 extension
    (date(2004, 1, 1), DayKind.holiday, "元旦"),
    (date(2024, 2, 29), DayKind.workday, None),
    (date(2026, 12, 31), DayKind.workday, None),
]


@pytest.mark.parametrize(("day", "kind", "name"), DAY_CASES)
def test_library_days_are_classified_with_their_chinese_holiday_name(
    day: date, kind: DayKind, name: str | None
) -> None:
    info = CAL.day(day)
    assert (info.day, info.kind, info.holiday_name) == (day, kind, name)
    assert info.is_working_day is (kind in (DayKind.workday, DayKind.makeup_workday))
    assert is_working_day(CAL, day) is info.is_working_day
    assert info.source.startswith("chinese-calendar 1.")


def test_library_knows_every_year_from_2004_to_2026_and_no_other() -> None:
    assert CAL.known_years == tuple(range(2004, 2027))


def test_library_names_every_holiday_in_chinese() -> None:
    for arrangement in library_arrangements():
        for name in (*arrangement.holidays.values(), *arrangement.makeup_workdays.values()):
            assert not re.search(r"[A-Za-z]", name), (arrangement.year, name)


def test_library_2026_make_up_workdays_are_the_notices_six_weekend_days() -> None:
    (y2026,) = [a for a in library_arrangements() if a.year == 2026]
    assert sorted(y2026.makeup_workdays) == [
        date(2026, 1, 4),
        date(2026, 2, 14),
        date(2026, 2, 28),
        date(2026, 5, 9),
        date(2026, 9, 20),
        date(2026, 10, 10),
    ]
    assert all(d.weekday() >= 5 for d in y2026.makeup_workdays)


# --- adding and counting working days -----------------------------------------------------

ADD_CASES = [
    # (start, days, result)
    (date(2026, 9, 30), 10, date(2026, 10, 20)),  # Q3-2026: 10 working days after quarter end
    (date(2026, 6, 30), 10, date(2026, 7, 14)),  # Q2-2026
    (date(2026, 10, 20), -10, date(2026, 9, 30)),  # counting back
    (date(2026, 7, 14), -10, date(2026, 6, 30)),
    (date(2026, 10, 1), 0, date(2026, 10, 1)),  # zero: the start, even on a holiday
    (date(2026, 9, 30), 1, date(2026, 10, 8)),  # over the whole National Day week
    (date(2026, 10, 9), 1, date(2026, 10, 10)),  # Friday → the make-up Saturday
    (date(2026, 10, 10), 1, date(2026, 10, 12)),  # make-up Saturday → Monday
    (date(2025, 12, 31), 1, date(2026, 1, 4)),  # across the year, onto a make-up Sunday
    (date(2026, 1, 4), -1, date(2025, 12, 31)),
    (date(2026, 2, 13), 1, date(2026, 2, 14)),  # Friday → make-up Saturday before 春节
    (date(2026, 2, 14), 1, date(2026, 2, 24)),  # then the whole Spring Festival off
]


@pytest.mark.parametrize(("start", "days", "result"), ADD_CASES)
def test_adding_working_days_skips_weekends_and_holidays_and_counts_make_up_days(
    start: date, days: int, result: date
) -> None:
    assert add_working_days(CAL, start, days) == result


@pytest.mark.parametrize(("start", "days", "result"), [c for c in ADD_CASES if c[1] != 0])
def test_working_days_between_counts_what_adding_walked(
    start: date, days: int, result: date
) -> None:
    assert working_days_between(CAL, start, result) == days
    assert working_days_between(CAL, result, start) == -days


def test_working_days_between_a_day_and_itself_is_zero() -> None:
    assert working_days_between(CAL, date(2026, 10, 1), date(2026, 10, 1)) == 0


ROLL_CASES = [
    # (day, direction, result)
    (date(2026, 10, 1), 1, date(2026, 10, 8)),
    (date(2026, 10, 1), -1, date(2026, 9, 30)),
    (date(2026, 10, 10), 1, date(2026, 10, 10)),  # a make-up day is already a working day
    (date(2026, 10, 11), 1, date(2026, 10, 12)),
    (date(2026, 10, 11), -1, date(2026, 10, 10)),
    (date(2026, 10, 12), -1, date(2026, 10, 12)),
]


@pytest.mark.parametrize(("day", "direction", "result"), ROLL_CASES)
def test_roll_moves_a_day_off_to_the_nearest_working_day_in_its_direction(
    day: date, direction: int, result: date
) -> None:
    assert roll(CAL, day, direction) == result


@pytest.mark.parametrize("direction", [0, 2, -2])
def test_roll_refuses_a_direction_other_than_one_or_minus_one(direction: int) -> None:
    with pytest.raises(ValueError, match="direction"):
        roll(CAL, date(2026, 10, 1), direction)


# --- unknown years ------------------------------------------------------------------------


def test_a_day_in_an_unknown_year_is_refused_naming_the_year_and_how_to_add_it() -> None:
    with pytest.raises(CalendarYearUnknown) as caught:
        CAL.day(date(2027, 3, 1))
    assert caught.value.year == 2027
    assert caught.value.known == tuple(range(2004, 2027))
    assert "PUT /v1/calendar/years/2027" in caught.value.detail
    assert "2004–2026" in caught.value.detail


def test_a_calendar_with_no_arrangements_refuses_every_day() -> None:
    with pytest.raises(CalendarYearUnknown) as caught:
        ArrangementCalendar().day(date(2026, 10, 12))
    assert caught.value.known == ()
    assert "none" in caught.value.detail


@pytest.mark.parametrize(
    ("start", "days", "missing"),
    [
        (date(2026, 12, 20), 30, 2027),
        (date(2026, 12, 31), 1, 2027),
        (date(2004, 1, 5), -5, 2003),
    ],
)
def test_a_walk_crossing_into_an_unknown_year_is_refused(
    start: date, days: int, missing: int
) -> None:
    with pytest.raises(CalendarYearUnknown) as caught:
        add_working_days(CAL, start, days)
    assert caught.value.year == missing


def test_counting_or_rolling_into_an_unknown_year_is_refused() -> None:
    with pytest.raises(CalendarYearUnknown) as counted:
        working_days_between(CAL, date(2026, 12, 1), date(2027, 1, 10))
    assert counted.value.year == 2027
    with pytest.raises(CalendarYearUnknown) as rolled:
        roll(CAL, date(2004, 1, 1), -1)  # a holiday: the previous working day is in 2003
    assert rolled.value.year == 2003


def test_a_gap_between_known_years_is_refused_not_guessed() -> None:
    gappy = merged([a for a in library_arrangements() if a.year != 2025])
    assert gappy.day(date(2026, 1, 4)).is_working_day
    with pytest.raises(CalendarYearUnknown) as caught:
        add_working_days(gappy, date(2024, 12, 30), 5)
    assert caught.value.year == 2025
    assert "known years: 2004–2024, 2026)" in caught.value.detail
    lone = merged([entered(2030)])
    with pytest.raises(CalendarYearUnknown, match=r"known years: 2030\)"):
        lone.day(date(2027, 1, 1))


@pytest.mark.parametrize(("start", "days"), [(date.max, 1), (date.min, -1)])
def test_a_walk_off_the_end_of_the_dates_is_a_domain_error_not_an_overflow(
    start: date, days: int
) -> None:
    with pytest.raises(DomainError, match="leaves the dates that exist"):
        add_working_days(CAL, start, days)


def test_a_walk_that_stays_inside_the_known_years_needs_nothing_beyond_them() -> None:
    # 2026-12-31 is the 1st working day after 2026-12-30: no 2027 lookup is needed.
    assert add_working_days(CAL, date(2026, 12, 30), 1) == LAST_KNOWN


# --- arrangements and layering ------------------------------------------------------------


def test_year_arrangement_rejects_a_holiday_outside_its_year() -> None:
    with pytest.raises(ValueError, match="outside 2027"):
        entered(2027, holidays={date(2026, 12, 31): "元旦"})


def test_year_arrangement_rejects_a_make_up_workday_outside_its_year() -> None:
    with pytest.raises(ValueError, match="outside 2027"):
        entered(2027, makeup_workdays={date(2028, 1, 2): "元旦"})


def test_year_arrangement_rejects_a_date_both_holiday_and_make_up_workday() -> None:
    with pytest.raises(ValueError, match="both"):
        entered(
            2027,
            holidays={date(2027, 2, 14): "春节"},
            makeup_workdays={date(2027, 2, 14): "春节"},
        )


def test_an_arrangement_with_no_days_off_is_only_weekends() -> None:
    bare = merged([entered(2027)])
    assert bare.day(date(2027, 1, 1)).kind is DayKind.workday  # a Friday
    assert bare.day(date(2027, 1, 2)).kind is DayKind.weekend
    assert bare.day(date(2027, 1, 2)).source == "entered notice"


def test_a_later_layer_replaces_a_whole_year_of_an_earlier_one() -> None:
    override = entered(
        2026,
        "国办发明电〔2025〕×号",
        holidays={date(2026, 1, 1): "元旦"},
        makeup_workdays={},
    )
    calendar = merged(library_arrangements(), [override])
    national_day = calendar.day(date(2026, 10, 1))
    assert (national_day.kind, national_day.source) == (DayKind.workday, "国办发明电〔2025〕×号")
    assert calendar.day(date(2026, 10, 10)).kind is DayKind.weekend  # no longer a make-up day
    assert calendar.day(date(2026, 1, 1)).holiday_name == "元旦"
    assert add_working_days(calendar, date(2026, 9, 30), 10) == date(2026, 10, 14)
    # other years still come from the library
    assert calendar.day(date(2025, 10, 1)).kind is DayKind.holiday
    # the order matters: the later layer wins
    assert merged([override], library_arrangements()).day(date(2026, 10, 1)).kind is (
        DayKind.holiday
    )


# --- properties ---------------------------------------------------------------------------


@PROPERTY
@given(start=STARTS, n=st.integers(min_value=1, max_value=60))
def test_the_nth_working_day_after_a_date_is_a_later_working_day(start: date, n: int) -> None:
    result = forward(start, n)
    assert result > start
    assert is_working_day(CAL, result)


@PROPERTY
@given(start=STARTS, n=COUNTS)
def test_adding_more_working_days_never_lands_earlier(start: date, n: int) -> None:
    assert forward(start, n) < forward(start, n + 1)


@PROPERTY
@given(start=STARTS, n=COUNTS)
def test_counting_working_days_undoes_adding_them(start: date, n: int) -> None:
    assert working_days_between(CAL, start, forward(start, n)) == n


@PROPERTY
@given(start=STARTS, n=COUNTS)
def test_subtracting_what_was_added_returns_to_a_working_start(start: date, n: int) -> None:
    assume(is_working_day(CAL, start))
    assert add_working_days(CAL, forward(start, n), -n) == start


@PROPERTY
@given(day=STARTS)
def test_rolling_forward_gives_the_first_working_day_on_or_after(day: date) -> None:
    rolled = roll(CAL, day, 1)
    assert rolled >= day
    assert is_working_day(CAL, rolled)
    skipped = day
    while skipped < rolled:
        assert not is_working_day(CAL, skipped)
        skipped += ONE_DAY
    assert (rolled == day) is is_working_day(CAL, day)


@PROPERTY
@given(day=st.dates(min_value=date(2004, 1, 5), max_value=LAST_KNOWN))
def test_rolling_back_gives_the_last_working_day_on_or_before(day: date) -> None:
    rolled = roll(CAL, day, -1)
    assert rolled <= day
    assert is_working_day(CAL, rolled)
    assert working_days_between(CAL, rolled, day) == 0


@PROPERTY
@given(
    start=st.dates(min_value=date(2026, 6, 1), max_value=LAST_KNOWN),
    n=st.integers(min_value=0, max_value=200),
)
def test_a_walk_is_refused_exactly_when_it_runs_out_of_known_working_days(
    start: date, n: int
) -> None:
    left = working_days_between(CAL, start, LAST_KNOWN)
    if n <= left:
        assert add_working_days(CAL, start, n) <= LAST_KNOWN
    else:
        with pytest.raises(CalendarYearUnknown) as caught:
            add_working_days(CAL, start, n)
        assert caught.value.year == 2027


@dataclass(frozen=True)
class DayByDay:
    """The same calendar seen only through ``day``: working_days_between walks it day by day,
    the reference the arithmetic count over an ArrangementCalendar must agree with."""

    calendar: ArrangementCalendar

    def day(self, day: date) -> DayInfo:
        return self.calendar.day(day)


# An entered year with a holiday on a weekday, one on a Sunday, a make-up Saturday and a make-up
# day that is a weekday anyway (an office's entry may say so).
ODD_YEAR = entered(
    2027,
    holidays={date(2027, 1, 1): "元旦", date(2027, 1, 3): "元旦"},
    makeup_workdays={date(2027, 1, 9): "元旦", date(2027, 1, 11): "元旦"},
)
WITH_ODD_YEAR = merged(library_arrangements(), [ODD_YEAR])


@PROPERTY
@given(
    start=st.dates(min_value=FIRST_KNOWN, max_value=date(2027, 12, 31)),
    span=st.integers(min_value=-1200, max_value=1200),
)
def test_counting_working_days_agrees_with_walking_them_day_by_day(start: date, span: int) -> None:
    end = start + timedelta(days=span)
    assume(FIRST_KNOWN - ONE_DAY <= end <= date(2027, 12, 31))
    try:
        walked: int | CalendarYearUnknown = working_days_between(
            DayByDay(WITH_ODD_YEAR), start, end
        )
    except CalendarYearUnknown as refused:
        walked = refused
    if isinstance(walked, CalendarYearUnknown):
        with pytest.raises(CalendarYearUnknown) as caught:
            working_days_between(WITH_ODD_YEAR, start, end)
        assert caught.value.year == walked.year
    else:
        assert working_days_between(WITH_ODD_YEAR, start, end) == walked


@pytest.mark.parametrize(
    ("start", "end", "days"),
    [
        (date(2026, 12, 31), date(2027, 1, 1), 0),  # a holiday on a Friday
        (date(2026, 12, 31), date(2027, 1, 4), 1),  # ... the Sunday is a holiday too: Monday
        (date(2027, 1, 8), date(2027, 1, 9), 1),  # a make-up Saturday
        (date(2027, 1, 10), date(2027, 1, 11), 1),  # a make-up day that is a Monday anyway
        (date(2026, 12, 31), date(2027, 1, 17), 11),
    ],
)
def test_counting_an_entered_year_takes_its_holidays_and_make_up_days_as_entered(
    start: date, end: date, days: int
) -> None:
    assert working_days_between(WITH_ODD_YEAR, start, end) == days
    assert working_days_between(DayByDay(WITH_ODD_YEAR), start, end) == days


# --- provisional years (issue 14) ---------------------------------------------------------

# 2026 as published (a make-up Sunday on 4 January), 2027 provisional: no notice yet.
PUBLISHED_2026 = YearArrangement(
    2026,
    {date(2026, 1, 1): "元旦", date(2026, 1, 2): "元旦"},
    {date(2026, 1, 4): "元旦"},
    "notice",
)


def provisional_2027(days_off: frozenset[date]) -> YearArrangement:
    return YearArrangement(2027, dict.fromkeys(days_off, "节日"), {}, "estimate", provisional=True)


weekdays_of_2027 = st.frozensets(
    st.dates(min_value=date(2027, 1, 1), max_value=date(2027, 3, 31)).filter(
        lambda d: d.weekday() < 5
    ),
    max_size=10,
)
fridays_around_the_year_end = st.integers(min_value=0, max_value=14).map(
    lambda weeks: date(2026, 12, 4) + timedelta(weeks=weeks)
)


@given(friday=fridays_around_the_year_end, days_off=weekdays_of_2027)
def test_a_friday_deadline_is_not_overdue_on_saturday_into_a_provisional_year(
    friday: date, days_off: frozenset[date]
) -> None:
    calendar = merged([PUBLISHED_2026, provisional_2027(days_off)]).noting()
    task = TaskDays(created_on=date(2026, 11, 2), deadline=friday)
    saturday, sunday = friday + timedelta(days=1), friday + timedelta(days=2)
    assert overdue_working_days(calendar, task, saturday) == 0
    assert overdue_working_days(calendar, task, sunday) == 0
    assert (overdue_cutoff(calendar, sunday) > friday) is False
    monday = friday + timedelta(days=3)
    assert overdue_working_days(calendar, task, monday) == (0 if monday in days_off else 1)
    # the answers touched 2027 exactly when a day counted or rolled over lies in it
    if saturday.year == 2027:
        assert calendar.provisional_consulted == (2027,)


def test_a_provisional_day_says_so_and_each_record_learns_its_year() -> None:
    calendar = merged([PUBLISHED_2026, provisional_2027(frozenset({date(2027, 1, 1)}))])
    whole = calendar.noting()
    part = whole.noting()
    assert part.day(date(2026, 1, 1)).provisional is False
    assert whole.provisional_consulted == ()
    new_year = part.day(date(2027, 1, 1))
    assert (new_year.kind, new_year.provisional, new_year.source) == (
        DayKind.holiday,
        True,
        "estimate",
    )
    assert part.provisional_consulted == (2027,)
    assert whole.provisional_consulted == (2027,)  # the whole answer learns its part's years
    assert whole.noting().provisional_consulted == ()  # a fresh part starts empty
    assert calendar.provisional_years == (2027,)


def test_counting_across_a_provisional_year_notes_it_without_walking() -> None:
    calendar = merged([PUBLISHED_2026, provisional_2027(frozenset({date(2027, 1, 1)}))]).noting()
    # (2026-12-31, 2027-01-08]: the 1st off, the 2nd and 3rd a weekend, the 4th–8th worked
    assert working_days_between(calendar, date(2026, 12, 31), date(2027, 1, 8)) == 5
    assert calendar.provisional_consulted == (2027,)
    inside = merged([PUBLISHED_2026, provisional_2027(frozenset())]).noting()
    assert working_days_between(inside, date(2026, 1, 1), date(2026, 1, 9)) == 6
    assert inside.provisional_consulted == ()


def test_the_exact_calendar_refuses_a_provisional_year_as_unknown() -> None:
    calendar = merged([PUBLISHED_2026, provisional_2027(frozenset())])
    with pytest.raises(CalendarYearUnknown) as caught:
        add_working_days(calendar.exact(), date(2026, 12, 30), 5)
    assert caught.value.year == 2027
    assert add_working_days(calendar, date(2026, 12, 30), 5) == date(2027, 1, 6)


def test_a_provisional_arrangement_never_has_make_up_workdays() -> None:
    with pytest.raises(ValueError, match="make-up"):
        YearArrangement(2027, {}, {date(2027, 2, 20): "春节"}, "estimate", provisional=True)


def test_a_published_layer_replaces_a_provisional_one_for_its_year() -> None:
    calendar = merged(
        [provisional_2027(frozenset())],
        [YearArrangement(2027, {date(2027, 1, 1): "元旦"}, {}, "notice")],
    ).noting()
    assert calendar.day(date(2027, 1, 1)).source == "notice"
    assert calendar.provisional_consulted == ()
