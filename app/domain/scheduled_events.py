"""Events that come from time, not from a request (issue 17): what has come about by a day.

* ``report.overdue``: a report's due date has passed with nothing submitted for it. Due on a
  day means due by the end of that day (app.domain.submissions), so it comes about on the
  calendar day after the due date.
* ``report.due_soon``: the rulebook's report kind sets ``reminder_working_days_before`` N; it
  comes about on the N-th working day before the due date, and holds until the due date.
* ``task.overdue``: a task still open once a working day has begun since its deadline, the
  task rule (app.domain.tasks: one due on a Friday is overdue on the Monday, not the Saturday).
* ``supervision_notice.reply_overdue``: a notice unanswered on the calendar day after its
  reply date (app.domain.tasks.reply_overdue).
* ``finding.overdue``: an inspection's finding still unrectified (no answer of the unit
  accepted: one awaiting review does not stop it) once a working day has begun since its
  rectification deadline, the tasks' rule again (app.domain.inspections, CO-SUP-1).

Each is judged on the jurisdiction's local day ``today`` and comes about on a day, its
*moment*. Only occasions whose moment lies in the look-back window (today - LOOKBACK_DAYS,
today] are due: the scheduler runs every few seconds, so the window only matters after it was
stopped or on its first start, and then it must not announce every report missed since 2020.

What is checked at the moment it is judged, not at the moment it came about: a report submitted
late, a task completed late, a notice answered late or a finding's late rectification accepted
before the scheduler saw it is told by its own event (``submission.received`` with
``timeliness`` late, ``task.completed``, ``finding.accepted``, …), not also as overdue after the
fact, which a caller keeping state from the feed would take as news.

Pure: plain values in, occasions out; the calendar and ``today`` are given.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID

from app.domain.calendar import ArrangementCalendar, CalendarYearUnknown, add_working_days
from app.domain.events import EventType
from app.domain.inspections import finding_days
from app.domain.reports import (
    Period,
    ReportKind,
    Submitter,
    latest_period_end_before_due,
    periods_overlapping,
)
from app.domain.submissions import due_date_after
from app.domain.tasks import OPEN_STATES, TaskDays, state_on

# How far back an occasion may have come about and still be announced, in calendar days. Ten
# covers the scheduler being down over the longest run of days off (Spring Festival or National
# Day with the weekends next to them: 8–9 days), when nobody is there to restart it, so nothing
# that came about meanwhile is lost. On a first start it brings at most the last ten days'
# occasions (about one due date per report kind), not the years before the scheduler existed.
LOOKBACK_DAYS = 10

# A rolled due date lies within this many days of the date it was rolled from.
_ROLL_SLACK = timedelta(days=15)


def in_window(moment: date, today: date, lookback_days: int = LOOKBACK_DAYS) -> bool:
    """Whether an occasion that came about on ``moment`` is announced on ``today``."""
    return today - timedelta(days=lookback_days) < moment <= today


@dataclass(frozen=True)
class ReportOccasion:
    """A report kind's period that is overdue, or due soon, on the day judged: one event per
    submitter that has not submitted it."""

    type: EventType
    report: ReportKind
    period: Period
    due: date
    moment: date
    # The due date (or the reminder's day) came from a provisional calendar year: the State
    # Council's notice for it was not in yet (app.domain.calendar).
    provisional: bool


@dataclass(frozen=True)
class ReportOccasions:
    found: list[ReportOccasion]
    # Years the calendar does not know, at or before today, that a due date or a reminder's
    # day needed: those periods are left out until the year is entered (the service says so).
    unknown_years: frozenset[int] = frozenset()


def report_occasions(
    report: ReportKind,
    calendar: ArrangementCalendar,
    today: date,
    lookback_days: int = LOOKBACK_DAYS,
) -> ReportOccasions:
    """The periods of ``report`` overdue since a day in the window, and those whose reminder
    came about in the window while their due date has not passed yet, in period order.

    A date the calendar can reach only through a year after ``today``'s that it does not know
    (past its last year) lies after today: neither overdue nor reminded yet. One that needs an
    unknown year at or before today's cannot be judged: left out, its year named."""
    reminder = report.reminder_working_days_before
    window_start = today - timedelta(days=lookback_days)
    # Periods whose due date can reach back into the window, or forward to a reminder that can
    # come about by today (N working days span less than 3N + 15 days).
    first = window_start - timedelta(days=latest_period_end_before_due(report)) - _ROLL_SLACK
    ahead = timedelta(days=3 * reminder + 15) if reminder else timedelta(0)
    found: list[ReportOccasion] = []
    unknown: set[int] = set()
    for period in periods_overlapping(report.period, first, today + ahead + _ROLL_SLACK):
        own = calendar.noting()
        try:
            due = due_date_after(report, period, own, today)
            if due is None:  # in a coming year not known yet
                continue
            if due < today:
                event_type, moment = EventType.report_overdue, due + timedelta(days=1)
            elif reminder is not None:
                event_type = EventType.report_due_soon
                moment = add_working_days(own, due, -reminder)
            else:
                continue
        except CalendarYearUnknown as exc:
            if exc.year <= today.year:
                unknown.add(exc.year)
            continue
        if in_window(moment, today, lookback_days):
            provisional = bool(own.provisional_consulted)
            found.append(ReportOccasion(event_type, report, period, due, moment, provisional))
    return ReportOccasions(found, frozenset(unknown))


# A report submitted: (report kind, period start, unit; None: the office's own).
Submitted = tuple[str, date, UUID | None]


def owed(
    occasions: Iterable[ReportOccasion],
    units: Sequence[UUID],
    submitted: Collection[Submitted],
) -> list[tuple[ReportOccasion, UUID | None]]:
    """Each occasion with each submitter that has not submitted its report: every active
    member unit (``units``), or the office (None) for a report the office submits. A report
    submitted, on time or late, owes nothing more."""
    found: list[tuple[ReportOccasion, UUID | None]] = []
    for occasion in occasions:
        submitters: Sequence[UUID | None] = (
            [None] if occasion.report.submitter is Submitter.office else units
        )
        for unit in submitters:
            if (occasion.report.key, occasion.period.start, unit) not in submitted:
                found.append((occasion, unit))
    return found


def task_overdue_since(
    calendar: ArrangementCalendar,
    task: TaskDays,
    today: date,
    lookback_days: int = LOOKBACK_DAYS,
) -> date | None:
    """The first working day after the deadline, when the task is still open ``today`` and
    that day lies in the window (it is overdue since then); None otherwise."""
    if task.deadline >= today or state_on(task, today) not in OPEN_STATES:
        return None
    # Every day walked lies after the deadline and on or before today.
    moment = task.deadline + timedelta(days=1)
    while moment <= today and not calendar.day(moment).is_working_day:
        moment += timedelta(days=1)
    if moment > today or not in_window(moment, today, lookback_days):
        return None
    return moment


def finding_overdue_since(
    calendar: ArrangementCalendar,
    recorded_on: date,
    due_on: date,
    rectified_on: date | None,
    today: date,
    lookback_days: int = LOOKBACK_DAYS,
) -> date | None:
    """The first working day after a finding's rectification deadline, when it is still
    unrectified ``today`` and that day lies in the window; None otherwise. A finding is a task's
    days (app.domain.inspections.finding_days): the same rule, so the event agrees with the
    finding's ``overdue`` flag."""
    days = finding_days(recorded_on, due_on, rectified_on)
    return task_overdue_since(calendar, days, today, lookback_days)


def reply_overdue_since(
    reply_due_on: date,
    replied_on: date | None,
    today: date,
    lookback_days: int = LOOKBACK_DAYS,
) -> date | None:
    """The day after the reply date, when the notice is still unanswered ``today`` and that day
    lies in the window; None otherwise."""
    if replied_on is not None:
        return None
    moment = reply_due_on + timedelta(days=1)
    return moment if in_window(moment, today, lookback_days) else None


def task_window(today: date, lookback_days: int = LOOKBACK_DAYS) -> tuple[date, date]:
    """The deadlines a task can have to fall overdue in the window: its moment lies at most a
    run of days off after the deadline (for the repository's range scan)."""
    return today - timedelta(days=lookback_days) - _ROLL_SLACK, today - timedelta(days=1)


def reply_window(today: date, lookback_days: int = LOOKBACK_DAYS) -> tuple[date, date]:
    """The reply dates a notice can have to fall overdue in the window."""
    return today - timedelta(days=lookback_days), today - timedelta(days=1)
