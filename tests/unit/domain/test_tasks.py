"""The task breakdown's rules, pure (E-TSK-1..3, C-TSK-1): lifecycle, state on a day, overdue in
working days, the summary's counts, supervision replies, notices and accountability."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.domain.calendar import ArrangementCalendar, YearArrangement
from app.domain.errors import InvalidInput, StateConflict
from app.domain.tasks import (
    ACCOUNTABILITY_RULE,
    LinkedTask,
    Milestone,
    TaskAct,
    TaskDays,
    TaskState,
    check_act,
    check_named_units,
    check_nesting,
    check_percent,
    check_reply_due,
    check_schedule,
    judge_accountability,
    on_time,
    overdue_cutoff,
    overdue_working_days,
    reply_overdue,
    state_after_report,
    state_on,
    tally,
)

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


# --- lifecycle --------------------------------------------------------------------------------


@pytest.mark.parametrize("state", [TaskState.done, TaskState.cancelled])
@pytest.mark.parametrize("act", [a for a in TaskAct if a is not TaskAct.delete])
def test_done_and_cancelled_tasks_are_final(state: TaskState, act: TaskAct) -> None:
    with pytest.raises(StateConflict):
        check_act(state, act, completion_pending=False)


def test_a_pending_proposal_is_reviewed_before_more_progress() -> None:
    for act in (TaskAct.report_progress, TaskAct.propose_completion):
        with pytest.raises(StateConflict):
            check_act(TaskState.in_progress, act, completion_pending=True)
    check_act(TaskState.in_progress, TaskAct.review_completion, completion_pending=True)
    with pytest.raises(StateConflict):
        check_act(TaskState.in_progress, TaskAct.review_completion, completion_pending=False)
    check_act(TaskState.not_started, TaskAct.report_progress, completion_pending=False)


def test_a_report_starts_a_task() -> None:
    assert state_after_report(TaskState.not_started) is TaskState.in_progress
    assert state_after_report(TaskState.in_progress) is TaskState.in_progress


def test_percent_is_a_share_and_complete_at_a_proposal() -> None:
    check_percent(0, proposes_completion=False)
    check_percent(100, proposes_completion=True)
    for percent, proposes in ((-1, False), (101, False), (90, True)):
        with pytest.raises(InvalidInput):
            check_percent(percent, proposes_completion=proposes)


def test_tasks_nest_one_level() -> None:
    check_nesting(parent_has_parent=False, has_children=False)
    with pytest.raises(InvalidInput):
        check_nesting(parent_has_parent=True, has_children=False)
    with pytest.raises(InvalidInput):
        check_nesting(parent_has_parent=False, has_children=True)


def test_milestones_fall_before_the_deadline_in_order() -> None:
    deadline = date(2026, 12, 31)
    check_schedule(
        deadline, [Milestone(date(2026, 6, 30), "a"), Milestone(deadline, "b")], deadline
    )
    with pytest.raises(InvalidInput) as caught:
        check_schedule(
            deadline,
            [Milestone(date(2027, 1, 5), "late"), Milestone(date(2026, 3, 1), "backwards")],
            deadline,
        )
    assert [e.location for e in caught.value.errors] == [
        ("body", "milestones", 0, "due_on"),
        ("body", "milestones", 1, "due_on"),
    ]


# --- state on a day, overdue ----------------------------------------------------------------


def test_state_on_a_day_follows_the_days_recorded() -> None:
    task = TaskDays(
        created_on=date(2026, 3, 2),
        deadline=date(2026, 6, 30),
        started_on=date(2026, 3, 10),
        completed_on=date(2026, 7, 3),
    )
    assert state_on(task, date(2026, 3, 1)) is None
    assert state_on(task, date(2026, 3, 2)) is TaskState.not_started
    assert state_on(task, date(2026, 3, 10)) is TaskState.in_progress
    assert state_on(task, date(2026, 7, 3)) is TaskState.done
    assert on_time(task) is False
    assert on_time(TaskDays(date(2026, 1, 1), date(2026, 6, 30))) is None


def test_overdue_counts_working_days_begun_since_the_deadline() -> None:
    friday = TaskDays(created_on=date(2026, 11, 2), deadline=date(2026, 11, 27))
    assert overdue_working_days(CALENDAR, friday, date(2026, 11, 27)) == 0
    assert overdue_working_days(CALENDAR, friday, date(2026, 11, 28)) == 0  # Saturday
    assert overdue_working_days(CALENDAR, friday, date(2026, 11, 29)) == 0  # Sunday
    assert overdue_working_days(CALENDAR, friday, date(2026, 11, 30)) == 1
    assert overdue_working_days(CALENDAR, friday, date(2026, 12, 1)) == 2
    # The cutoff says the same for a whole table: overdue iff deadline < cutoff.
    assert overdue_cutoff(CALENDAR, date(2026, 11, 29)) == date(2026, 11, 27)
    assert overdue_cutoff(CALENDAR, date(2026, 11, 30)) == date(2026, 11, 30)


def test_overdue_skips_holidays_and_counts_make_up_workdays() -> None:
    task = TaskDays(created_on=date(2026, 9, 1), deadline=date(2026, 9, 30))
    assert overdue_working_days(CALENDAR, task, date(2026, 10, 7)) == 0  # all holiday
    assert overdue_working_days(CALENDAR, task, date(2026, 10, 8)) == 1
    assert overdue_working_days(CALENDAR, task, date(2026, 10, 10)) == 3  # worked Saturday
    assert overdue_working_days(CALENDAR, task, date(2026, 10, 11)) == 3


def test_closed_tasks_are_not_overdue() -> None:
    done = TaskDays(date(2026, 9, 1), date(2026, 9, 30), date(2026, 9, 2), date(2026, 10, 9))
    cancelled = TaskDays(date(2026, 9, 1), date(2026, 9, 30), cancelled_on=date(2026, 10, 9))
    assert overdue_working_days(CALENDAR, done, date(2026, 10, 12)) == 0
    assert overdue_working_days(CALENDAR, cancelled, date(2026, 10, 12)) == 0
    # …but were overdue before they closed.
    assert overdue_working_days(CALENDAR, done, date(2026, 10, 8)) == 1


days_in_2026 = st.dates(min_value=date(2026, 1, 1), max_value=date(2026, 12, 31))


@given(deadline=days_in_2026, day=days_in_2026)
def test_the_cutoff_and_the_day_count_agree(deadline: date, day: date) -> None:
    task = TaskDays(created_on=date(2026, 1, 1), deadline=deadline)
    late = overdue_working_days(CALENDAR, task, day)
    assert (late > 0) == (deadline < overdue_cutoff(CALENDAR, day))


@st.composite
def task_days(draw: st.DrawFn) -> TaskDays:
    created = draw(days_in_2026)
    deadline = draw(st.dates(min_value=created, max_value=date(2026, 12, 31)))
    later = st.one_of(st.none(), st.dates(min_value=created, max_value=date(2026, 12, 31)))
    started = draw(later)
    completed = draw(later) if started is not None else None
    if completed is not None and started is not None and completed < started:
        started, completed = completed, started
    cancelled = draw(later) if completed is None else None
    return TaskDays(created, deadline, started, completed, cancelled)


@given(tasks=st.lists(task_days(), max_size=30), day=days_in_2026)
def test_the_tally_counts_each_task_once_by_its_state(tasks: list[TaskDays], day: date) -> None:
    counts = tally(tasks, day, overdue_cutoff(CALENDAR, day))
    assert counts.total == sum(1 for t in tasks if t.created_on <= day)
    assert counts.total == (
        counts.not_started + counts.in_progress + counts.done + counts.cancelled
    )
    assert counts.done_on_time <= counts.due
    assert counts.overdue <= counts.not_started + counts.in_progress
    if counts.due:
        assert counts.on_time_rate == round(counts.done_on_time / counts.due, 4)
    else:
        assert counts.on_time_rate is None


def test_the_tally_on_a_small_table() -> None:
    day = date(2026, 12, 1)
    tasks = [
        TaskDays(date(2026, 11, 2), date(2026, 11, 20), date(2026, 11, 3), date(2026, 11, 19)),
        TaskDays(date(2026, 11, 2), date(2026, 11, 20), date(2026, 11, 3), date(2026, 11, 25)),
        TaskDays(date(2026, 11, 2), date(2026, 11, 27)),  # overdue by 2 working days
        TaskDays(date(2026, 11, 2), date(2026, 12, 31), date(2026, 11, 5)),
        TaskDays(date(2026, 11, 2), date(2026, 11, 20), cancelled_on=date(2026, 11, 10)),
        TaskDays(date(2026, 12, 2), date(2026, 12, 31)),  # not yet created
    ]
    counts = tally(tasks, day, overdue_cutoff(CALENDAR, day))
    assert (counts.total, counts.not_started, counts.in_progress, counts.done) == (5, 1, 1, 2)
    assert (counts.cancelled, counts.overdue, counts.due) == (1, 1, 3)
    assert (counts.done_on_time, counts.done_late, counts.on_time_rate) == (1, 1, 0.3333)


# --- supervision, notices, accountability -----------------------------------------------------


def test_a_reply_is_due_on_or_after_the_notice() -> None:
    check_reply_due(date(2026, 12, 1), date(2026, 12, 1))
    with pytest.raises(InvalidInput):
        check_reply_due(date(2026, 12, 1), date(2026, 11, 30))


def test_reply_overdue() -> None:
    due = date(2026, 12, 8)
    assert not reply_overdue(due, None, due)
    assert reply_overdue(due, None, due + timedelta(days=1))
    assert not reply_overdue(due, due, due + timedelta(days=5))
    assert reply_overdue(due, due + timedelta(days=1), due + timedelta(days=5))


HOUSING, NATURAL, OTHER = uuid.uuid4(), uuid.uuid4(), uuid.uuid4()


def test_a_notice_names_only_units_answerable_for_its_tasks() -> None:
    tasks = [LinkedTask(uuid.uuid4(), HOUSING, frozenset({NATURAL}))]
    check_named_units([HOUSING, NATURAL], tasks)
    with pytest.raises(InvalidInput) as caught:
        check_named_units([HOUSING, OTHER], tasks)
    assert [e.location for e in caught.value.errors] == [("body", "unit_ids", 1)]


def test_accountability_is_for_clearly_lagging_units() -> None:
    day = date(2026, 12, 1)
    cutoff = overdue_cutoff(CALENDAR, day)
    overdue = LinkedTask(
        uuid.uuid4(), HOUSING, days=TaskDays(date(2026, 11, 2), date(2026, 11, 27))
    )
    on_schedule = LinkedTask(
        uuid.uuid4(), HOUSING, days=TaskDays(date(2026, 11, 2), date(2026, 12, 31))
    )
    assert judge_accountability(HOUSING, [overdue], 0, day, cutoff).allowed
    refused = judge_accountability(HOUSING, [on_schedule], 0, day, cutoff)
    assert (refused.allowed, refused.rule) == (False, ACCOUNTABILITY_RULE)
    assert "二(五)" in refused.source
    # Another unit's overdue task is not this unit's lag; an unanswered supervision is.
    assert not judge_accountability(NATURAL, [overdue], 0, day, cutoff).allowed
    assert judge_accountability(NATURAL, [on_schedule], 1, day, cutoff).allowed
