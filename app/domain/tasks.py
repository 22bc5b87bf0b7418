"""The task breakdown (任务分解表 / 改革工作台账, E-TSK-1, C-TSK-1): reform tasks with a lead unit,
cooperating units and a deadline; progress reported by the lead unit and confirmed by the office;
supervision (督办, E-TSK-2); public notices (通报) and accountability (问责, E-TSK-3).

A task's state on any day follows from the days it was created, started, completed and
cancelled, so summaries "as of" a past date are computed, never stored. Overdue is counted in
mainland-China working days: a task still open is overdue by the working days that have begun
since its deadline, so one due on a Friday is not yet overdue on the Saturday.

Pure: plain values in, values, ``Decision``s or domain errors out.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from uuid import UUID

from app.domain.calendar import WorkingDayCalendar, roll, working_days_between
from app.domain.errors import FieldError, InvalidInput, StateConflict
from app.domain.messages import _
from app.domain.rulebook import Decision

_EZHOU = "鄂州工改办〔2019〕23号《鄂州市工程建设项目审批制度改革工作协调推进工作机制》"
TABLE_RULE = "E-TSK-1"
TABLE_SOURCE = (
    f"{_EZHOU} 二(三)、五(一)（按任务分解表规定的时间节点完成相关工作和制定配套管理办法）"
)
SUPERVISION_RULE = "E-TSK-2"
SUPERVISION_SOURCE = f"{_EZHOU} 三(三)（督办成员单位按时间节点完成）"
ACCOUNTABILITY_RULE = "E-TSK-3"
ACCOUNTABILITY_SOURCE = f"{_EZHOU} 二(五)（对工作明显滞后的部门依法依规严肃问责）"

# Working days a supervised unit has to reply when the notice sets no date.
DEFAULT_REPLY_WORKING_DAYS = 5


class TaskState(StrEnum):
    not_started = "not_started"
    in_progress = "in_progress"
    done = "done"
    cancelled = "cancelled"


OPEN_STATES = frozenset({TaskState.not_started, TaskState.in_progress})


class SourceKind(StrEnum):
    """Where a task comes from: a reform document of some level, or a meeting's decision."""

    national_document = "national_document"
    provincial_document = "provincial_document"
    city_document = "city_document"
    county_document = "county_document"
    meeting_decision = "meeting_decision"
    other = "other"


class TaskAct(StrEnum):
    edit = "edit"
    delete = "delete"
    report_progress = "report_progress"
    propose_completion = "propose_completion"
    review_completion = "review_completion"  # confirm or send back
    complete = "complete"  # the office marks it done itself
    cancel = "cancel"
    supervise = "supervise"


class ReviewOutcome(StrEnum):
    confirmed = "confirmed"
    sent_back = "sent_back"


class NoticeTone(StrEnum):
    """A public notice (通报) criticises units that failed their duties (E-TSK-3) or commends."""

    criticism = "criticism"
    commendation = "commendation"


# --- codes (序号) -------------------------------------------------------------------------------

# A code is stored in 32 characters; each number in it (``3``, ``3.2``) has at most six digits, so
# that the next number given (one more than the greatest) is always a code too.
MAX_CODE_LENGTH = 32
MAX_CODE_NUMBER = 999_999
_MAX_NUMBER_DIGITS = len(str(MAX_CODE_NUMBER))


def code_problem(code: str) -> str | None:
    """Why ``code`` cannot be a task's code, or None: too long, or a number of over six digits
    between its dots."""
    if len(code) > MAX_CODE_LENGTH:
        return _("at most {max_length} characters", max_length=MAX_CODE_LENGTH)
    if any(part.isdigit() and len(part) > _MAX_NUMBER_DIGITS for part in code.split(".")):
        return _("each number in a code has at most {digits} digits", digits=_MAX_NUMBER_DIGITS)
    return None


def code_for(parent_code: str | None, number: int) -> str:
    """The code a counter's ``number`` gives: ``number`` itself for a task, ``<parent>.<number>``
    for a sub-task. When it would not be a code (a seventh digit, or over 32 characters), the
    office names the task itself: an InvalidInput on ``code``."""
    code = f"{parent_code}.{number}" if parent_code is not None else str(number)
    if number > MAX_CODE_NUMBER or len(code) > MAX_CODE_LENGTH:
        raise InvalidInput(
            _(
                "No code follows here by itself ({code} is not one): give the task's code.",
                code=code,
            ),
            (FieldError(("body", "code"), _("required here: the next number is not a code")),),
        )
    return code


@dataclass(frozen=True)
class CountedCode:
    """What a code given explicitly says to the counters: ``number`` was taken at the top level
    (``parent_code`` None, a code "7") or among the sub-tasks of the task coded
    ``parent_code`` ("7.3"), so the next code given there follows it."""

    parent_code: str | None
    number: int


def counted(code: str) -> CountedCode | None:
    """The counter ``code`` advances, if any: a whole number counts at the top level, ``p.n``
    among p's sub-tasks; other codes ("A-1") and numbers of over six digits count nowhere."""
    if _counted_number(code):
        return CountedCode(None, int(code))
    prefix, dot, number = code.rpartition(".")
    if dot and prefix and _counted_number(number):
        return CountedCode(prefix, int(number))
    return None


def _counted_number(text: str) -> bool:
    """ASCII digits only, as the SQL behind the counters reads them (``[0-9]{1,6}``)."""
    return text.isascii() and text.isdigit() and len(text) <= _MAX_NUMBER_DIGITS


# --- lifecycle --------------------------------------------------------------------------------


def check_act(state: TaskState, act: TaskAct, *, completion_pending: bool) -> None:
    """Whether ``act`` fits a task in ``state``; a StateConflict (409) saying why when not.

    Done and cancelled are final: the record of what was achieved, or abandoned, stays as it
    was. While a completion proposal awaits the office, the unit does not report over it."""
    if act is TaskAct.delete:
        return  # whether it has a history to keep is the service's question
    if state not in OPEN_STATES:
        raise StateConflict(
            _("The task is {state}: it is no longer changed ({act} refused).", state=state, act=act)
        )
    if act is TaskAct.review_completion and not completion_pending:
        raise StateConflict(_("No completion proposal awaits review on this task."))
    if act in (TaskAct.report_progress, TaskAct.propose_completion) and completion_pending:
        raise StateConflict(
            _(
                "A completion proposal awaits the office's review: it is confirmed or "
                "sent back before further progress is reported."
            )
        )


def state_after_report(state: TaskState) -> TaskState:
    """Any progress report starts a task that had not started."""
    return TaskState.in_progress if state is TaskState.not_started else state


def check_percent(percent: int, *, proposes_completion: bool) -> None:
    if not 0 <= percent <= 100:
        raise InvalidInput(
            _("percent is between 0 and 100"),
            (FieldError(("body", "percent"), _("between 0 and 100")),),
        )
    if proposes_completion and percent != 100:
        raise InvalidInput(
            _("A task proposed as complete is 100 percent done."),
            (FieldError(("body", "percent"), _("must be 100 when proposing completion")),),
        )


def check_nesting(parent_has_parent: bool, has_children: bool) -> None:
    """Tasks nest one level: a sub-task has no sub-tasks and is no one's sub-task's parent."""
    if parent_has_parent:
        raise InvalidInput(
            _("Tasks nest one level: the parent named is itself a sub-task."),
            (FieldError(("body", "parent_id"), _("a sub-task cannot have sub-tasks")),),
        )
    if has_children:
        raise InvalidInput(
            _("Tasks nest one level: this task has sub-tasks, so it cannot become one."),
            (FieldError(("body", "parent_id"), _("the task has sub-tasks of its own")),),
        )


@dataclass(frozen=True)
class Milestone:
    due_on: date
    title: str


def check_schedule(deadline: date, milestones: Sequence[Milestone], created_on: date) -> None:
    """Milestones (阶段节点) fall on or before the deadline, in order."""
    errors: list[FieldError] = []
    for index, milestone in enumerate(milestones):
        if milestone.due_on > deadline:
            errors.append(
                FieldError(("body", "milestones", index, "due_on"), _("after the task's deadline"))
            )
        if index and milestone.due_on < milestones[index - 1].due_on:
            errors.append(
                FieldError(("body", "milestones", index, "due_on"), _("before the previous one"))
            )
    if errors:
        raise InvalidInput(_("The milestones do not fit the deadline."), tuple(errors))


# --- state on a day, overdue ------------------------------------------------------------------


@dataclass(frozen=True)
class TaskDays:
    """The days that fix a task's state on any date (local days of its jurisdiction)."""

    created_on: date
    deadline: date
    started_on: date | None = None
    completed_on: date | None = None
    cancelled_on: date | None = None


def state_on(task: TaskDays, day: date) -> TaskState | None:
    """The task's state on ``day``; None before it was created."""
    if day < task.created_on:
        return None
    if task.cancelled_on is not None and task.cancelled_on <= day:
        return TaskState.cancelled
    if task.completed_on is not None and task.completed_on <= day:
        return TaskState.done
    if task.started_on is not None and task.started_on <= day:
        return TaskState.in_progress
    return TaskState.not_started


def overdue_cutoff(calendar: WorkingDayCalendar, day: date) -> date:
    """The last working day on or before ``day``: a task still open on ``day`` is overdue iff
    its deadline is before it (a working day has begun since the deadline)."""
    return roll(calendar, day, -1)


def overdue_working_days(calendar: WorkingDayCalendar, task: TaskDays, day: date) -> int:
    """Working days a task open on ``day`` is past its deadline (0 when not overdue)."""
    if state_on(task, day) not in OPEN_STATES or task.deadline >= day:
        return 0
    return working_days_between(calendar, task.deadline, day)


def on_time(task: TaskDays) -> bool | None:
    """Whether a completed task was completed by its deadline (None if not completed)."""
    return None if task.completed_on is None else task.completed_on <= task.deadline


@dataclass
class Tally:
    """Counts for one group of tasks on one day, as the summary reports them."""

    total: int = 0
    not_started: int = 0
    in_progress: int = 0
    done: int = 0
    cancelled: int = 0
    overdue: int = 0
    due: int = 0  # deadline on or before the day, not cancelled
    done_on_time: int = 0  # of those due, completed by the deadline
    done_late: int = 0  # completed after the deadline (by the day)

    @property
    def on_time_rate(self) -> float | None:
        """Share of the tasks due by the day that were completed by their deadline."""
        return None if self.due == 0 else round(self.done_on_time / self.due, 4)


def tally(tasks: Iterable[TaskDays], day: date, cutoff: date) -> Tally:
    """The summary's definition, row by row (the repository computes the same in SQL; the
    tests hold the two together). ``cutoff`` is overdue_cutoff(calendar, day)."""
    counts = Tally()
    for task in tasks:
        state = state_on(task, day)
        if state is None:
            continue
        counts.total += 1
        setattr(counts, state.value, getattr(counts, state.value) + 1)
        if state in OPEN_STATES and task.deadline < cutoff:
            counts.overdue += 1
        if state is not TaskState.cancelled and task.deadline <= day:
            counts.due += 1
            if state is TaskState.done and task.completed_on <= task.deadline:  # type: ignore[operator]
                counts.done_on_time += 1
        if state is TaskState.done and task.completed_on > task.deadline:  # type: ignore[operator]
            counts.done_late += 1
    return counts


# --- supervision (督办, E-TSK-2) ----------------------------------------------------------------


def check_reply_due(issued_on: date, reply_due_on: date) -> None:
    if reply_due_on < issued_on:
        raise InvalidInput(
            _("A supervision notice's reply is due on or after the day it is issued."),
            (FieldError(("body", "reply_due_on"), _("before the day of issue")),),
        )


def reply_overdue(reply_due_on: date, replied_on: date | None, day: date) -> bool:
    """An unanswered notice whose reply date has passed (answered late counts from then)."""
    return (replied_on is None and day > reply_due_on) or (
        replied_on is not None and replied_on > reply_due_on
    )


def unanswered_past_due(reply_due_on: date, replied_on: date | None, day: date) -> bool:
    """Whether a notice stood unanswered past its reply date on ``day``: the date had passed
    and no reply had been given by then (a reply given after ``day`` did not exist yet)."""
    return day > reply_due_on and (replied_on is None or replied_on > day)


def judge_reply(unit_id: UUID, caller_units: frozenset[UUID]) -> Decision:
    """E-TSK-2: a supervision notice is answered by the unit it supervises, through a person
    holding a post for it; the office that issued it, the leadership and other units do not
    answer for the unit."""
    if unit_id in caller_units:
        return Decision(
            True, SUPERVISION_RULE, SUPERVISION_SOURCE, _("the supervised unit replies")
        )
    return Decision(
        False,
        SUPERVISION_RULE,
        SUPERVISION_SOURCE,
        _(
            "A supervision notice (督办) is answered by the unit it supervises: only "
            "a person holding a post for that unit replies."
        ),
    )


# --- public notices and accountability (E-TSK-3) -----------------------------------------------


@dataclass(frozen=True)
class LinkedTask:
    """A task a notice or an accountability record cites, with its units and days."""

    id: UUID
    lead_unit_id: UUID
    cooperating_unit_ids: frozenset[UUID] = field(default_factory=frozenset)
    days: TaskDays | None = None


def check_named_units(units: Sequence[UUID], tasks: Sequence[LinkedTask]) -> None:
    """A notice names units answerable for the tasks it cites: each one leads or cooperates
    on at least one of them (422 naming each that does not)."""
    answerable = {t.lead_unit_id for t in tasks} | {
        u for t in tasks for u in t.cooperating_unit_ids
    }
    errors = tuple(
        FieldError(("body", "unit_ids", i), _("neither leads nor cooperates on a task cited"))
        for i, unit in enumerate(units)
        if unit not in answerable
    )
    if errors:
        raise InvalidInput(_("Each unit named must answer for a task the notice cites."), errors)


def judge_accountability(
    unit_id: UUID,
    tasks: Sequence[LinkedTask],
    overdue_supervisions: int,
    day: date,
    cutoff: date,
) -> Decision:
    """E-TSK-3: accountability (问责) is for units whose work clearly lags (工作明显滞后): the
    record cites a task the unit leads that is overdue on the day it is decided, or a
    supervision notice of it left unanswered past its reply date."""
    lagging = [
        t
        for t in tasks
        if t.lead_unit_id == unit_id
        and t.days is not None
        and state_on(t.days, day) in OPEN_STATES
        and t.days.deadline < cutoff
    ]
    if lagging or overdue_supervisions:
        return Decision(
            True,
            ACCOUNTABILITY_RULE,
            ACCOUNTABILITY_SOURCE,
            _(
                "{lagging_count} task(s) led by the unit overdue, "
                "{overdue_supervisions} supervision notice(s) unanswered past the "
                "reply date",
                lagging_count=len(lagging),
                overdue_supervisions=overdue_supervisions,
            ),
        )
    return Decision(
        False,
        ACCOUNTABILITY_RULE,
        ACCOUNTABILITY_SOURCE,
        _(
            "Accountability (问责) is for a unit whose work clearly lags: cite a "
            "task it leads that is overdue on the day of the decision, or a "
            "supervision notice it left unanswered past the reply date."
        ),
    )
