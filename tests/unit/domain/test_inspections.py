"""Inspections' rules, pure (CO-SUP-1): the inspection's and the finding's state machines, who
answers a finding, its scope and days, overdue rectifications counted as tasks' are, and who
sees what a finding led to."""

from __future__ import annotations

import uuid
from datetime import date

import pytest

from app.domain import inspections as domain
from app.domain.calendar import ArrangementCalendar, YearArrangement
from app.domain.errors import InvalidInput, StateConflict
from app.domain.inspections import (
    FindingAct,
    FindingLinkKind,
    FindingReviewOutcome,
    FindingState,
    InspectionAct,
    InspectionState,
)
from app.domain.positions import PositionLevel

# 2026 as entered: National Day 1–7 October off, Saturday 10 October a make-up workday.
CALENDAR = ArrangementCalendar(
    {
        2026: YearArrangement(
            2026,
            {date(2026, 10, d): "国庆节" for d in range(1, 8)},
            {date(2026, 10, 10): "国庆节"},
            "test",
        )
    }
)


@pytest.mark.parametrize(
    ("state", "act", "allowed"),
    [
        (InspectionState.planned, InspectionAct.amend, True),
        (InspectionState.planned, InspectionAct.hold, True),
        (InspectionState.planned, InspectionAct.add_finding, False),
        (InspectionState.held, InspectionAct.amend, False),
        (InspectionState.held, InspectionAct.hold, False),
        (InspectionState.held, InspectionAct.add_finding, True),
    ],
)
def test_an_inspection_is_planned_then_held(
    state: InspectionState, act: InspectionAct, allowed: bool
) -> None:
    if allowed:
        domain.check_inspection_act(state, act)
    else:
        with pytest.raises(StateConflict):
            domain.check_inspection_act(state, act)


@pytest.mark.parametrize(
    ("state", "act", "allowed"),
    [
        (FindingState.open, FindingAct.answer, True),
        (FindingState.open, FindingAct.review, False),
        (FindingState.answered, FindingAct.answer, False),
        (FindingState.answered, FindingAct.review, True),
        (FindingState.accepted, FindingAct.answer, False),
        (FindingState.accepted, FindingAct.review, False),
    ],
)
def test_a_finding_is_answered_then_reviewed_until_accepted(
    state: FindingState, act: FindingAct, allowed: bool
) -> None:
    if allowed:
        domain.check_finding_act(state, act)
    else:
        with pytest.raises(StateConflict):
            domain.check_finding_act(state, act)


def test_a_review_accepts_or_reopens() -> None:
    assert domain.state_after_review(FindingReviewOutcome.accepted) is FindingState.accepted
    assert domain.state_after_review(FindingReviewOutcome.sent_back) is FindingState.open


def test_only_the_responsible_units_people_answer() -> None:
    unit, other = uuid.uuid4(), uuid.uuid4()
    assert domain.judge_answer(unit, frozenset({other, unit})).allowed
    refused = domain.judge_answer(unit, frozenset({other}))
    assert not refused.allowed
    assert (refused.rule, refused.source) == ("CO-SUP-1", domain.SOURCE)
    assert not domain.judge_answer(unit, frozenset()).allowed  # the office holds no unit post


def test_an_inspection_inspects_someone_on_days_in_order() -> None:
    domain.check_scope([uuid.uuid4()], [])
    domain.check_scope([], [uuid.uuid4()])
    with pytest.raises(InvalidInput):
        domain.check_scope([], [])
    domain.check_dates(date(2026, 12, 1), date(2026, 12, 1))
    domain.check_dates(date(2026, 12, 1), None)
    with pytest.raises(InvalidInput):
        domain.check_dates(date(2026, 12, 2), date(2026, 12, 1))


def test_held_on_a_day_from_the_plans_start_up_to_today() -> None:
    start, today = date(2026, 12, 1), date(2026, 12, 3)
    domain.check_held_on(start, start, today)
    domain.check_held_on(start, today, today)
    for day in (date(2026, 11, 30), date(2026, 12, 4)):
        with pytest.raises(InvalidInput):
            domain.check_held_on(start, day, today)


@pytest.mark.parametrize("days", [0, domain.MAX_RECTIFICATION_WORKING_DAYS + 1])
def test_a_rectification_period_is_bounded(days: int) -> None:
    with pytest.raises(InvalidInput):
        domain.check_rectification_days(days)


def test_overdue_is_counted_in_working_days_begun_since_the_deadline() -> None:
    """Due Wednesday 30 September: the National Day holiday and the weekend do not count; the
    make-up Saturday 10 October does."""
    recorded, due = date(2026, 9, 21), date(2026, 9, 30)
    assert domain.overdue_working_days(CALENDAR, recorded, due, None, due) == 0
    # 1–7 October off; the 8th (Thursday) is the first working day after the deadline.
    assert domain.overdue_working_days(CALENDAR, recorded, due, None, date(2026, 10, 7)) == 0
    assert domain.overdue_working_days(CALENDAR, recorded, due, None, date(2026, 10, 8)) == 1
    # 8, 9, 10 (make-up Saturday), 12.
    assert domain.overdue_working_days(CALENDAR, recorded, due, None, date(2026, 10, 12)) == 4
    # Rectified (an accepted answer's day) ends it, whether on time or late.
    assert (
        domain.overdue_working_days(CALENDAR, recorded, due, date(2026, 10, 9), date(2026, 10, 12))
        == 0
    )
    assert domain.rectified_late(due, date(2026, 10, 9)) is True
    assert domain.rectified_late(due, due) is False
    assert domain.rectified_late(due, None) is None


HOUSING, NATURAL = uuid.uuid4(), uuid.uuid4()


@pytest.mark.parametrize(
    ("kind", "target_units", "caller_units", "readable"),
    [
        # Whoever reads every unit's records (the office, the leadership, clients) sees them all.
        (FindingLinkKind.task, {NATURAL}, None, True),
        (FindingLinkKind.supervision_notice, {NATURAL}, None, True),
        # A public notice is every member unit's to read.
        (FindingLinkKind.public_notice, set(), frozenset({HOUSING}), True),
        (FindingLinkKind.public_notice, set(), frozenset(), True),
        # A notice to the caller's unit, a task it leads or cooperates on: yes.
        (FindingLinkKind.supervision_notice, {HOUSING}, frozenset({HOUSING}), True),
        (FindingLinkKind.task, {NATURAL, HOUSING}, frozenset({HOUSING}), True),
        # Another unit's notice or task: no, nor anything for a caller of no unit.
        (FindingLinkKind.supervision_notice, {NATURAL}, frozenset({HOUSING}), False),
        (FindingLinkKind.task, {NATURAL}, frozenset({HOUSING}), False),
        (FindingLinkKind.task, {NATURAL}, frozenset(), False),
    ],
)
def test_a_link_is_shown_to_whoever_reads_its_target(
    kind: FindingLinkKind,
    target_units: set[uuid.UUID],
    caller_units: frozenset[uuid.UUID] | None,
    readable: bool,
) -> None:
    assert domain.link_readable(kind, target_units, caller_units) is readable


@pytest.mark.parametrize("kind", list(FindingLinkKind))
def test_a_county_reading_through_its_own_path_sees_no_link(kind: FindingLinkKind) -> None:
    """The targets are the inspecting jurisdiction's, which the county's office does not read:
    not even a public notice, nor for a caller otherwise shown every link."""
    for caller_units in (None, frozenset({HOUSING}), frozenset()):
        assert not domain.link_readable(
            kind, {HOUSING}, caller_units, reads_inspecting_jurisdiction=False
        )


# --- findings for a county ------------------------------------------------------------------


def test_a_finding_names_one_responsible_party() -> None:
    unit, county = uuid.uuid4(), uuid.uuid4()
    domain.check_responsible(unit, None)
    domain.check_responsible(None, county)
    with pytest.raises(InvalidInput) as both:
        domain.check_responsible(unit, county)
    assert [e.location for e in both.value.errors] == [("body", "county_id")]
    with pytest.raises(InvalidInput) as neither:
        domain.check_responsible(None, None)
    assert [e.location for e in neither.value.errors] == [
        ("body", "unit_id"),
        ("body", "county_id"),
    ]


def test_a_countys_finding_names_a_county_the_inspection_inspects() -> None:
    county, other = uuid.uuid4(), uuid.uuid4()
    domain.check_county_in_scope(county, [other, county])
    for scope in ([other], []):
        with pytest.raises(InvalidInput) as refused:
            domain.check_county_in_scope(county, scope)
        assert [e.location for e in refused.value.errors] == [("body", "county_id")]


@pytest.mark.parametrize(
    ("through_the_county", "levels", "allowed"),
    [
        # Any office post of the county, through the county's own path.
        (True, {PositionLevel.office}, True),
        (True, {PositionLevel.office, PositionLevel.member_unit}, True),
        # Not its leadership nor its units' people; not a caller of no post (a client, an
        # admin).
        (True, {PositionLevel.leading_group}, False),
        (True, {PositionLevel.member_unit}, False),
        (True, set(), False),
        # Never through the inspecting jurisdiction's path: its office reviews, not answers.
        (False, {PositionLevel.office}, False),
    ],
)
def test_a_countys_finding_is_answered_by_its_office_through_its_own_path(
    through_the_county: bool, levels: set[PositionLevel], allowed: bool
) -> None:
    decision = domain.judge_county_answer(through_the_county, frozenset(levels))
    assert decision.allowed is allowed
    assert (decision.rule, decision.source) == ("CO-SUP-1", domain.SOURCE)


def test_only_the_inspecting_office_acts_at_home() -> None:
    assert domain.judge_inspecting_office(True).allowed
    refused = domain.judge_inspecting_office(False)
    assert not refused.allowed
    assert (refused.rule, refused.source) == ("CO-SUP-1", domain.SOURCE)
