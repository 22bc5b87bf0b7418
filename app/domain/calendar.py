"""Mainland-China working days: weekends and statutory holidays off, make-up workdays (调休) on.

The State Council publishes each year's arrangement late in the preceding year. The domain knows
only the arrangements it is given (one per year); a date in a year without one is an error.
An arrangement may be *provisional*: the statutory holidays of the current national rules on
their computed dates, without the make-up workdays only a notice can set. The calendar answers
from it but notes every provisional year it answered from, so that an answer built on one can
say so (and be recomputed once the year's notice is entered).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import date, timedelta
from enum import StrEnum
from functools import cached_property
from typing import Protocol

from app.domain.errors import DomainError
from app.domain.messages import _


class DayKind(StrEnum):
    workday = "workday"
    weekend = "weekend"
    holiday = "holiday"
    makeup_workday = "makeup_workday"


@dataclass(frozen=True)
class DayInfo:
    day: date
    kind: DayKind
    holiday_name: str | None
    source: str
    provisional: bool = False

    @property
    def is_working_day(self) -> bool:
        return self.kind in (DayKind.workday, DayKind.makeup_workday)


def _year_spans(years: tuple[int, ...]) -> str:
    """'2004–2026, 2028' for sorted years: a gap is shown, never bridged."""
    if not years:
        return "none"
    runs: list[list[int]] = [[years[0], years[0]]]
    for year in years[1:]:
        if year == runs[-1][1] + 1:
            runs[-1][1] = year
        else:
            runs.append([year, year])
    return ", ".join(f"{a}–{b}" if a != b else str(a) for a, b in runs)


class CalendarYearUnknown(DomainError):
    """No holiday arrangement is known for ``year``."""

    def __init__(self, year: int, known: tuple[int, ...]) -> None:
        super().__init__(
            _(
                "No official holiday arrangement is known for {year} (known years: {known}). "
                "A platform administrator can enter it with PUT /v1/calendar/years/{year}.",
                year=year,
                known=_year_spans(known),
            )
        )
        self.year = year
        self.known = known


@dataclass(frozen=True)
class YearArrangement:
    """One year's official arrangement: days off with their holiday's name, and make-up workdays
    (weekend days that are worked, with the holiday they make up for). ``provisional``: not a
    published arrangement but the statutory holidays computed for a year whose notice is not in."""

    year: int
    holidays: Mapping[date, str]
    makeup_workdays: Mapping[date, str]
    source: str
    provisional: bool = False

    def __post_init__(self) -> None:
        outside = [d for d in (*self.holidays, *self.makeup_workdays) if d.year != self.year]
        if outside:
            raise ValueError(f"dates outside {self.year}: {sorted(outside)[:3]}")
        both = set(self.holidays) & set(self.makeup_workdays)
        if both:
            raise ValueError(f"dates both holiday and make-up workday: {sorted(both)[:3]}")
        if self.provisional and self.makeup_workdays:
            raise ValueError("a provisional arrangement has no make-up workdays (only a notice)")

    # Sorted once per arrangement, so that counting working days over a span is two bisections
    # a year, not a pass over every holiday (a page of tasks counts one span per task).
    @cached_property
    def weekday_holidays(self) -> tuple[date, ...]:
        """The days off that fall Monday to Friday, in order."""
        return tuple(sorted(d for d in self.holidays if d.weekday() < 5))

    @cached_property
    def weekend_makeup_workdays(self) -> tuple[date, ...]:
        """The make-up workdays that fall on a Saturday or Sunday, in order."""
        return tuple(sorted(d for d in self.makeup_workdays if d.weekday() >= 5))


class WorkingDayCalendar(Protocol):
    """What the rules need from a calendar; the service injects one built from its sources."""

    def day(self, day: date) -> DayInfo: ...


@dataclass(frozen=True)
class ArrangementCalendar:
    """A calendar over known yearly arrangements (later sources already merged in by year).

    ``records`` are the sets that learn each provisional year the calendar answers from: the
    first is this calendar's own (``provisional_consulted``), the others belong to the calendars
    it was made from with ``noting()`` (a whole answer learns what each of its parts used)."""

    arrangements: Mapping[int, YearArrangement] = field(default_factory=dict)
    records: tuple[set[int], ...] = field(default=(), compare=False, repr=False)

    @property
    def known_years(self) -> tuple[int, ...]:
        return tuple(sorted(self.arrangements))

    @property
    def provisional_years(self) -> tuple[int, ...]:
        """The years this calendar would answer provisionally."""
        return tuple(sorted(y for y, a in self.arrangements.items() if a.provisional))

    @property
    def provisional_consulted(self) -> tuple[int, ...]:
        """The provisional years answered from so far (by this calendar and what it noted)."""
        return tuple(sorted(self.records[0])) if self.records else ()

    def noting(self) -> ArrangementCalendar:
        """The same arrangements with a fresh record of the provisional years consulted, which
        every record of this calendar also learns."""
        return ArrangementCalendar(self.arrangements, (set(), *self.records))

    def exact(self) -> ArrangementCalendar:
        """Only the published arrangements: for a figure that is stored, never a guess (a
        provisional year is unknown here, CalendarYearUnknown)."""
        return ArrangementCalendar(
            {y: a for y, a in self.arrangements.items() if not a.provisional}, self.records
        )

    def _note(self, year: int) -> None:
        for record in self.records:
            record.add(year)

    def day(self, day: date) -> DayInfo:
        arrangement = self.arrangements.get(day.year)
        if arrangement is None:
            raise CalendarYearUnknown(day.year, self.known_years)
        provisional = arrangement.provisional
        if provisional:
            self._note(day.year)
        if day in arrangement.holidays:
            return DayInfo(
                day, DayKind.holiday, arrangement.holidays[day], arrangement.source, provisional
            )
        if day in arrangement.makeup_workdays:
            return DayInfo(
                day,
                DayKind.makeup_workday,
                arrangement.makeup_workdays[day],
                arrangement.source,
                provisional,
            )
        kind = DayKind.weekend if day.weekday() >= 5 else DayKind.workday
        return DayInfo(day, kind, None, arrangement.source, provisional)


def merged(*layers: Iterable[YearArrangement]) -> ArrangementCalendar:
    """Later layers replace earlier ones year by year (an office's entry beats a library's, a
    library's beats a provisional one)."""
    by_year: dict[int, YearArrangement] = {}
    for layer in layers:
        for arrangement in layer:
            by_year[arrangement.year] = arrangement
    return ArrangementCalendar(by_year)


def is_working_day(calendar: WorkingDayCalendar, day: date) -> bool:
    return calendar.day(day).is_working_day


def add_working_days(calendar: WorkingDayCalendar, start: date, days: int) -> date:
    """The ``days``-th working day after ``start`` (before it when negative); ``start`` itself is
    not counted, so "10 working days after the quarter ends" is add(quarter_end, 10).
    Zero gives ``start`` unchanged."""
    step = timedelta(days=1 if days >= 0 else -1)
    remaining = abs(days)
    current = start
    while remaining:
        try:
            current += step
        except OverflowError:
            # Only when start is date.min or date.max: any other walk meets an unknown year first.
            raise DomainError(
                _(
                    "Counting {days} working days from {start} leaves the dates that exist "
                    "({min}–{max}).",
                    days=days,
                    start=start,
                    min=date.min,
                    max=date.max,
                )
            ) from None
        if calendar.day(current).is_working_day:
            remaining -= 1
    return current


def working_days_between(calendar: WorkingDayCalendar, start: date, end: date) -> int:
    """Working days in (start, end]; negative when ``end`` is before ``start``."""
    if end < start:
        return -working_days_between(calendar, end, start)
    if isinstance(calendar, ArrangementCalendar):
        return _counted(calendar, start, end)
    count = 0
    current = start
    while current < end:
        current += timedelta(days=1)
        if calendar.day(current).is_working_day:
            count += 1
    return count


def _weekdays_between(start: date, end: date) -> int:
    """Mondays to Fridays in (start, end], for start <= end."""
    days = (end - start).days
    weeks, rest = divmod(days, 7)
    first = start.weekday() + 1  # (start + 1 day).weekday(), before taking it modulo 7
    return 5 * weeks + sum(1 for offset in range(rest) if (first + offset) % 7 < 5)


def _counted(calendar: ArrangementCalendar, start: date, end: date) -> int:
    """working_days_between for start <= end without walking day by day: the weekdays, less the
    holidays that fall on one, plus the make-up workdays that fall on a weekend. Refuses the
    first unknown year of (start, end] as the walk would."""
    if start == end:
        return 0
    count = _weekdays_between(start, end)
    for year in range((start + timedelta(days=1)).year, end.year + 1):
        arrangement = calendar.arrangements.get(year)
        if arrangement is None:
            raise CalendarYearUnknown(year, calendar.known_years)
        if arrangement.provisional:
            calendar._note(year)
        off, on = arrangement.weekday_holidays, arrangement.weekend_makeup_workdays
        count -= bisect_right(off, end) - bisect_right(off, start)
        count += bisect_right(on, end) - bisect_right(on, start)
    return count


def roll(calendar: WorkingDayCalendar, day: date, direction: int) -> date:
    """``day`` if it is a working day, else the next (direction 1) or previous (-1) one."""
    if direction not in (1, -1):
        raise ValueError("direction is 1 or -1")
    current = day
    while not calendar.day(current).is_working_day:
        current += timedelta(days=direction)
    return current
