"""Reports the rules require (E-RPT-1, C-RPT-1, CO-RPT-1): who submits each kind, for which
periods, and when each is due.

A report kind's due rule is one of

* ``day_of_month`` N: day N of the period's **last** month (a monthly report for September is
  due on 22 September; a quarterly one on day N of the quarter's third month). "每月22日前"
  (E-RPT-1, "before the 22nd") is read as "the 22nd is the last day": the 22nd is the due date.
  A day past the month's end (31 in a 30-day month) is the month's last day;
* ``working_days_after`` N: the N-th working day after the period's last day (C-RPT-1: Q3-2026
  is due 2026-10-20), always a working day;
* ``calendar_days_after`` N: N calendar days after the period's last day.

The date so found is then kept, or rolled to the next or previous working day
(``on_non_working_day``).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum

from app.domain.calendar import WorkingDayCalendar, add_working_days, roll
from app.domain.errors import DomainError
from app.domain.messages import _


class PeriodKind(StrEnum):
    month = "month"
    quarter = "quarter"
    year = "year"

    @property
    def months(self) -> int:
        return {"month": 1, "quarter": 3, "year": 12}[self.value]

    @property
    def per_year(self) -> int:
        return 12 // self.months


class Submitter(StrEnum):
    member_units = "member_units"  # every active member unit submits one
    office = "office"  # the office submits one


class DueRule(StrEnum):
    day_of_month = "day_of_month"
    working_days_after = "working_days_after"
    calendar_days_after = "calendar_days_after"


class OnNonWorkingDay(StrEnum):
    keep = "keep"
    next = "next"
    previous = "previous"


class PartFormat(StrEnum):
    electronic = "electronic"
    scanned = "scanned"


# The largest N a due rule may name (day of month: 31).
MAX_DAY_OF_MONTH = 31
MAX_DAYS_AFTER = 366
# The most working days before its due date a reminder may come (six weeks: a reminder is a
# nudge before the date, not a second period).
MAX_REMINDER_WORKING_DAYS = 30


@dataclass(frozen=True)
class ReportPart:
    key: str
    name: str
    formats: tuple[PartFormat, ...]


@dataclass(frozen=True)
class Due:
    rule: DueRule
    days: int


@dataclass(frozen=True)
class ReportKind:
    key: str
    name: str
    submitter: Submitter
    # The key of the position that submits it: a member-unit position of the same rulebook when
    # each member unit submits (the parser checks it; a version-1 document named any of the nine).
    submitted_by: str
    period: PeriodKind
    due: Due
    on_non_working_day: OnNonWorkingDay
    parts: tuple[ReportPart, ...]
    rule: str
    source: str
    # The office's own practice, not a rule of the documents: remind the submitters this many
    # working days before the due date (``report.due_soon``); None: no reminder.
    reminder_working_days_before: int | None = None


def _last_day_of_month(year: int, month: int) -> date:
    if month == 12:
        return date(year, 12, 31)
    return date(year, month + 1, 1) - timedelta(days=1)


@dataclass(frozen=True, order=True)
class Period:
    """One period of a kind: ``index`` counts from 1 within ``year`` (month 1–12, quarter 1–4,
    year 1)."""

    kind: PeriodKind
    year: int
    index: int

    def __post_init__(self) -> None:
        if not 1 <= self.index <= self.kind.per_year:
            raise ValueError(
                _(
                    "a {kind} index is 1–{per_year}, not {index}",
                    kind=self.kind,
                    per_year=self.kind.per_year,
                    index=self.index,
                )
            )

    @property
    def first_month(self) -> int:
        return (self.index - 1) * self.kind.months + 1

    @property
    def last_month(self) -> int:
        return self.index * self.kind.months

    @property
    def start(self) -> date:
        return date(self.year, self.first_month, 1)

    @property
    def end(self) -> date:
        return _last_day_of_month(self.year, self.last_month)

    def next(self) -> Period:
        if self.index == self.kind.per_year:
            return Period(self.kind, self.year + 1, 1)
        return Period(self.kind, self.year, self.index + 1)

    @classmethod
    def containing(cls, kind: PeriodKind, day: date) -> Period:
        return cls(kind, day.year, (day.month - 1) // kind.months + 1)

    @property
    def label(self) -> str:
        """How every answer names it and every request gives it: ``2026-11`` (a month),
        ``2026-Q3`` (a quarter), ``2026`` (a year)."""
        return str(self)

    def __str__(self) -> str:
        if self.kind is PeriodKind.month:
            return f"{self.year}-{self.index:02d}"
        if self.kind is PeriodKind.quarter:
            return f"{self.year}-Q{self.index}"
        return str(self.year)


def periods_overlapping(kind: PeriodKind, start: date, end: date) -> Iterator[Period]:
    """The periods of ``kind`` sharing at least one day with [start, end], in order."""
    if end < start:
        return
    period = Period.containing(kind, start)
    # A period of year 10000 has no dates: the walk stops at the last year dates reach.
    while period.year <= date.max.year and period.start <= end:
        yield period
        period = period.next()


def raw_due_date(report: ReportKind, period: Period, calendar: WorkingDayCalendar) -> date:
    """The due date before any rolling (working_days_after already lands on a working day)."""
    due = report.due
    if due.rule is DueRule.day_of_month:
        last = _last_day_of_month(period.year, period.last_month)
        return last.replace(day=min(due.days, last.day))
    if due.rule is DueRule.calendar_days_after:
        try:
            return period.end + timedelta(days=due.days)
        except OverflowError:
            raise DomainError(
                _(
                    "The report for {period} would fall due after the last date there is ({max}).",
                    period=period,
                    max=date.max,
                )
            ) from None
    return add_working_days(calendar, period.end, due.days)


def due_date(report: ReportKind, period: Period, calendar: WorkingDayCalendar) -> date:
    """When ``report`` for ``period`` is due (CalendarYearUnknown if a year it needs is not)."""
    raw = raw_due_date(report, period, calendar)
    if report.due.rule is DueRule.working_days_after:
        return raw
    if report.on_non_working_day is OnNonWorkingDay.next:
        return roll(calendar, raw, 1)
    if report.on_non_working_day is OnNonWorkingDay.previous:
        return roll(calendar, raw, -1)
    return raw


def latest_period_end_before_due(report: ReportKind) -> int:
    """How many days after its period ends a report can at most fall due (a safe bound: a
    holiday run never exceeds 10 days, so N working days span less than 3N + 15 days)."""
    due = report.due
    if due.rule is DueRule.working_days_after:
        return 3 * due.days + 15
    if due.rule is DueRule.calendar_days_after:
        return due.days + 15
    return 15
