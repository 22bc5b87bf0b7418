"""The events that come from time (issue 17): on which day a report falls overdue or due soon, a
task or an inspection's finding falls overdue, a notice's reply falls overdue; the look-back
window; the year boundary, where 2027 is known only provisionally (the bundled library ends with
2026) and a calendar without it knows nothing of January's due dates.

Check figures from the published 2026 arrangement: 2026-10-01 to 10-07 off (National Day), 10-08
a working Thursday; 2026-11-22 a Sunday; 2026-12-31 a Thursday; provisionally 2027-01-01 off
(元旦), 01-02/03 a weekend, 01-04 a working Monday."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from app.domain.calendar import merged
from app.domain.events import EventType
from app.domain.organisation import PositionRole
from app.domain.reports import Due, DueRule, OnNonWorkingDay, Period, PeriodKind, ReportKind
from app.domain.reports import Submitter as By
from app.domain.rulebook import parse_rulebook
from app.domain.scheduled_events import (
    LOOKBACK_DAYS,
    ReportOccasions,
    finding_overdue_since,
    in_window,
    owed,
    reply_overdue_since,
    report_occasions,
    task_overdue_since,
)
from app.domain.tasks import TaskDays
from app.repositories.calendar import library_arrangements, provisional_arrangements
from app.rulebooks import shipped_document

# What the service uses: the library, and provisional years after it.
CAL = merged(provisional_arrangements(), library_arrangements())
# Only the published years: 2027 unknown.
LIBRARY_ONLY = merged(library_arrangements())
CHANGJI = parse_rulebook(shipped_document("changji")).report_kinds
EZHOU = parse_rulebook(shipped_document("ezhou")).report_kinds
OVERDUE, DUE_SOON = EventType.report_overdue, EventType.report_due_soon
d = date.fromisoformat


def kind(
    rule: DueRule,
    days: int,
    period: PeriodKind,
    reminder: int | None = None,
    rolling: OnNonWorkingDay = OnNonWorkingDay.keep,
    submitter: By = By.member_units,
) -> ReportKind:
    return ReportKind(
        "k", "k", submitter, PositionRole.liaison_officer, period, Due(rule, days), rolling, (),
        "R", "S", reminder,
    )  # fmt: skip


# Due on the last day of 2026 (a Thursday), and on the first working day of 2027 (a Monday).
LAST_DAY_MONTHLY = kind(DueRule.day_of_month, 31, PeriodKind.month, reminder=1)
FIRST_WORKING_DAY_QUARTERLY = kind(DueRule.working_days_after, 1, PeriodKind.quarter, reminder=1)

Found = list[tuple[EventType, str, str, str, bool]]  # (type, period, due, moment, provisional)

REPORT_CASES: list[tuple[str, ReportKind, str, Found]] = [
    # C-RPT-1: Q3-2026 due 2026-10-20; overdue from the next day, for the window's ten days.
    ("C-RPT-1 the day it is due", CHANGJI["quarterly_report"], "2026-10-20", []),
    (
        "C-RPT-1 the day after",
        CHANGJI["quarterly_report"],
        "2026-10-21",
        [(OVERDUE, "2026-Q3", "2026-10-20", "2026-10-21", False)],
    ),
    (
        "C-RPT-1 the window's last day",
        CHANGJI["quarterly_report"],
        "2026-10-30",
        [(OVERDUE, "2026-Q3", "2026-10-20", "2026-10-21", False)],
    ),
    ("C-RPT-1 past the window", CHANGJI["quarterly_report"], "2026-10-31", []),
    # E-RPT-1 with the shipped reminder of 3 working days: November's report is due on Sunday
    # the 22nd; three working days before it is Wednesday the 18th.
    ("E-RPT-1 before the reminder", EZHOU["monthly_report"], "2026-11-17", []),
    (
        "E-RPT-1 the reminder's day",
        EZHOU["monthly_report"],
        "2026-11-18",
        [(DUE_SOON, "2026-11", "2026-11-22", "2026-11-18", False)],
    ),
    (
        "E-RPT-1 the due day still reminds",
        EZHOU["monthly_report"],
        "2026-11-22",
        [(DUE_SOON, "2026-11", "2026-11-22", "2026-11-18", False)],
    ),
    (
        "E-RPT-1 past the due date: overdue, no reminder any more",
        EZHOU["monthly_report"],
        "2026-11-23",
        [(OVERDUE, "2026-11", "2026-11-22", "2026-11-23", False)],
    ),
    # A kind without a reminder never reminds.
    ("no reminder set", CHANGJI["monthly_information"], "2026-11-04", []),
    # The year boundary: due 2026-12-31, reminded the working day before.
    (
        "due 2026-12-31: reminded on the 30th",
        LAST_DAY_MONTHLY,
        "2026-12-30",
        [(DUE_SOON, "2026-12", "2026-12-31", "2026-12-30", False)],
    ),
    (
        "due 2026-12-31: overdue on New Year's Day, a holiday",
        LAST_DAY_MONTHLY,
        "2027-01-01",
        [(OVERDUE, "2026-12", "2026-12-31", "2027-01-01", False)],
    ),
    # Q4-2026 is due on the first working day after the quarter: 2027-01-04, from the
    # provisional 2027; reminded on the last working day of 2026.
    ("due 2027-01-04: not yet reminded", FIRST_WORKING_DAY_QUARTERLY, "2026-12-30", []),
    (
        "due 2027-01-04: reminded on 2026-12-31",
        FIRST_WORKING_DAY_QUARTERLY,
        "2026-12-31",
        [(DUE_SOON, "2026-Q4", "2027-01-04", "2026-12-31", True)],
    ),
    (
        "due 2027-01-04: still reminding over the holiday",
        FIRST_WORKING_DAY_QUARTERLY,
        "2027-01-03",
        [(DUE_SOON, "2026-Q4", "2027-01-04", "2026-12-31", True)],
    ),
    (
        "due 2027-01-04: overdue on the 5th",
        FIRST_WORKING_DAY_QUARTERLY,
        "2027-01-05",
        [(OVERDUE, "2026-Q4", "2027-01-04", "2027-01-05", True)],
    ),
]


@pytest.mark.parametrize(
    ("why", "report", "today", "expected"), REPORT_CASES, ids=[c[0] for c in REPORT_CASES]
)
def test_report_occasions(why: str, report: ReportKind, today: str, expected: Found) -> None:
    found = [
        (o.type, str(o.period), o.due.isoformat(), o.moment.isoformat(), o.provisional)
        for o in report_occasions(report, CAL, d(today)).found
    ]
    assert found == expected


def test_a_due_date_in_a_year_the_calendar_does_not_know_is_after_today() -> None:
    """Without 2027 (only the published years), Q4-2026's due date is unknown: it lies after
    2026-12-31, so nothing is due yet — not an error that stops the scheduler."""
    nothing = report_occasions(FIRST_WORKING_DAY_QUARTERLY, LIBRARY_ONLY, d("2026-12-31"))
    assert nothing == ReportOccasions([], frozenset())


def test_what_needs_an_unknown_year_up_to_today_is_left_out_and_named() -> None:
    """On 2027-01-01 without 2027, December's report (due 2026-12-31) falls overdue all the
    same; January's reminder (due 2027-01-31, a Sunday: counted back through 2027) cannot be
    placed, and says why."""
    occasions = report_occasions(LAST_DAY_MONTHLY, LIBRARY_ONLY, d("2027-01-01"))
    assert [(o.type, o.due) for o in occasions.found] == [(OVERDUE, d("2026-12-31"))]
    assert occasions.unknown_years == {2027}
    # With the provisional 2027, nothing is left out.
    assert report_occasions(LAST_DAY_MONTHLY, CAL, d("2027-01-01")).unknown_years == set()


def test_a_reminder_whose_day_fell_before_the_window_is_not_sent() -> None:
    """30 working days before Tuesday 2026-12-22 is Tuesday 2026-11-10. Ten days on it is still
    sent (a scheduler stopped over a holiday catches up); a day later it is not, though the due
    date is weeks away: a first start does not send what came about long before."""
    far = kind(DueRule.day_of_month, 22, PeriodKind.month, reminder=30)
    (occasion,) = report_occasions(far, CAL, d("2026-11-19")).found
    assert (occasion.type, str(occasion.period), occasion.moment) == (
        DUE_SOON,
        "2026-12",
        d("2026-11-10"),
    )
    assert report_occasions(far, CAL, d("2026-11-20")).found == []


def test_the_office_owes_a_report_it_submits_and_units_theirs() -> None:
    a, b = uuid.uuid4(), uuid.uuid4()
    units_report = CHANGJI["quarterly_report"]
    (unit_occasion,) = report_occasions(units_report, CAL, d("2026-10-21")).found
    office_report = kind(DueRule.working_days_after, 10, PeriodKind.quarter, submitter=By.office)
    (office_occasion,) = report_occasions(office_report, CAL, d("2026-10-21")).found
    q3 = Period(PeriodKind.quarter, 2026, 3).start
    # Unit a submitted (on time or late: either way it owes nothing more); b did not.
    assert owed([unit_occasion], [a, b], {("quarterly_report", q3, a)}) == [(unit_occasion, b)]
    assert owed([unit_occasion], [a, b], set()) == [(unit_occasion, a), (unit_occasion, b)]
    # Another period's or kind's report does not count.
    assert owed([unit_occasion], [a], {("quarterly_report", d("2026-04-01"), a)}) == [
        (unit_occasion, a)
    ]
    assert owed([office_occasion], [a, b], set()) == [(office_occasion, None)]
    assert owed([office_occasion], [a, b], {("k", q3, None)}) == []


TASK_CASES = [
    # (why, deadline, completed_on, cancelled_on, today, overdue since)
    ("due today", "2026-11-27", None, None, "2026-11-27", None),
    ("a Friday deadline on the Saturday", "2026-11-27", None, None, "2026-11-28", None),
    ("a Friday deadline on the Monday", "2026-11-27", None, None, "2026-11-30", "2026-11-30"),
    ("before National Day, on the holiday", "2026-09-30", None, None, "2026-10-07", None),
    ("before National Day, after it", "2026-09-30", None, None, "2026-10-08", "2026-10-08"),
    ("due 2026-12-31, on New Year's Day", "2026-12-31", None, None, "2027-01-01", None),
    ("due 2026-12-31, on the Sunday", "2026-12-31", None, None, "2027-01-03", None),
    ("due 2026-12-31, on 2027-01-04", "2026-12-31", None, None, "2027-01-04", "2027-01-04"),
    ("due 2026-12-31, window's last day", "2026-12-31", None, None, "2027-01-13", "2027-01-04"),
    ("due 2026-12-31, past the window", "2026-12-31", None, None, "2027-01-14", None),
    ("completed late, before it was seen", "2026-11-27", "2026-11-30", None, "2026-11-30", None),
    ("completed in time", "2026-11-27", "2026-11-20", None, "2026-11-30", None),
    ("cancelled", "2026-11-27", None, "2026-11-28", "2026-11-30", None),
]


@pytest.mark.parametrize(
    ("why", "deadline", "completed", "cancelled", "today", "since"),
    TASK_CASES,
    ids=[c[0] for c in TASK_CASES],
)
def test_task_overdue_since(
    why: str,
    deadline: str,
    completed: str | None,
    cancelled: str | None,
    today: str,
    since: str | None,
) -> None:
    task = TaskDays(
        created_on=d("2026-09-01"),
        deadline=d(deadline),
        started_on=d("2026-09-02"),
        completed_on=d(completed) if completed else None,
        cancelled_on=d(cancelled) if cancelled else None,
    )
    found = task_overdue_since(CAL, task, d(today))
    assert found == (d(since) if since else None)


FINDING_CASES = [
    # (why, due on, rectified on, today, overdue since): the tasks' rule on a finding's days.
    ("due today", "2026-11-27", None, "2026-11-27", None),
    ("a Friday deadline on the Saturday", "2026-11-27", None, "2026-11-28", None),
    ("a Friday deadline on the Monday", "2026-11-27", None, "2026-11-30", "2026-11-30"),
    ("before National Day, after it", "2026-09-30", None, "2026-10-08", "2026-10-08"),
    ("due 2026-12-31, on 2027-01-04", "2026-12-31", None, "2027-01-04", "2027-01-04"),
    ("past the window", "2026-12-31", None, "2027-01-14", None),
    ("rectified late, before it was seen", "2026-11-27", "2026-11-30", "2026-11-30", None),
    ("rectified in time", "2026-11-27", "2026-11-26", "2026-11-30", None),
]


@pytest.mark.parametrize(
    ("why", "due", "rectified", "today", "since"),
    FINDING_CASES,
    ids=[c[0] for c in FINDING_CASES],
)
def test_finding_overdue_since(
    why: str, due: str, rectified: str | None, today: str, since: str | None
) -> None:
    found = finding_overdue_since(
        CAL, d("2026-09-01"), d(due), d(rectified) if rectified else None, d(today)
    )
    assert found == (d(since) if since else None)


REPLY_CASES = [
    # (why, reply due on, replied on, today, overdue since): calendar days, as the list's
    # ``overdue`` filter counts them (app.domain.tasks.reply_overdue).
    ("the reply date itself", "2026-12-31", None, "2026-12-31", None),
    ("the day after, a holiday", "2026-12-31", None, "2027-01-01", "2027-01-01"),
    ("the window's last day", "2026-12-31", None, "2027-01-10", "2027-01-01"),
    ("past the window", "2026-12-31", None, "2027-01-11", None),
    ("answered, even late", "2026-12-31", "2027-01-02", "2027-01-05", None),
]


@pytest.mark.parametrize(
    ("why", "due", "replied", "today", "since"), REPLY_CASES, ids=[c[0] for c in REPLY_CASES]
)
def test_reply_overdue_since(
    why: str, due: str, replied: str | None, today: str, since: str | None
) -> None:
    found = reply_overdue_since(d(due), d(replied) if replied else None, d(today))
    assert found == (d(since) if since else None)


@pytest.mark.parametrize(
    ("moment", "today", "inside"),
    [
        ("2026-12-01", "2026-12-01", True),
        ("2026-12-02", "2026-12-01", False),  # not yet
        ("2026-11-22", "2026-12-01", True),  # the window's first day
        ("2026-11-21", "2026-12-01", False),
    ],
)
def test_the_window_is_the_last_lookback_days_up_to_today(
    moment: str, today: str, inside: bool
) -> None:
    assert LOOKBACK_DAYS == 10
    assert in_window(d(moment), d(today)) is inside
