from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, Any, ClassVar

from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    StringConstraints,
    model_validator,
)

from app.domain.tasks import MAX_CODE_LENGTH, SourceKind, TaskState, code_problem
from app.schemas.base import WriteModel
from app.schemas.calendar import CalendarUse

TaskTitle = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=500)]
ShortText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Category = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=100)]
Reference = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=120)]
Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2_000)]


def _task_code(value: str) -> str:
    problem = code_problem(value)
    if problem is not None:
        raise ValueError(problem)
    return value


TaskCode = Annotated[
    str,
    StringConstraints(
        strip_whitespace=True,
        min_length=1,
        max_length=MAX_CODE_LENGTH,
        pattern=r"^[0-9A-Za-z][0-9A-Za-z.\-]*$",
    ),
    AfterValidator(_task_code),
]

MAX_COOPERATING = 100
MAX_MILESTONES = 50
MAX_MEASURES = 50

CODE = (
    "The task's number in the table (序号), such as `3` or `3.2`: letters, digits, dots and "
    "dashes, unique in the jurisdiction; a number between dots has at most six digits. Left "
    "out, the next free one is given: the next whole number for a task, `<parent>.<n>` for a "
    "sub-task (a 422 on `code` asks for it when that would not be a code)."
)


class MilestoneIn(WriteModel):
    """An intermediate milestone (阶段节点): on or before the deadline, in order."""

    due_on: date
    title: ShortText = Field(examples=["完成实施细则征求意见稿"])


class MeasureIn(WriteModel):
    """A supporting measure (配套管理办法) the lead unit must issue, and once issued, which
    document issued it and when."""

    title: ShortText = Field(examples=["《工程建设项目联合验收实施细则》"])
    document_reference: Reference | None = Field(default=None, examples=["鄂州住建发〔2019〕12号"])
    issued_on: date | None = None


# The flat fields tasks once took for their source (until issue 19): still accepted, deprecated,
# in place of `source` (never beside it). Answers have always named the source as an object.
_FLAT_SOURCE = {"source_kind": "kind", "source_title": "title", "source_reference": "reference"}


def _fold_flat_source(data: Any) -> Any:
    """``source_kind``/``source_title``/``source_reference`` given as before: the ``source``
    object they stand for (only the parts given, so a PATCH changes only those)."""
    if not isinstance(data, dict) or not any(name in data for name in _FLAT_SOURCE):
        return data
    if "source" in data:
        given = [name for name in _FLAT_SOURCE if name in data]
        raise ValueError(
            f"give the source as `source` only: {', '.join(given)} "
            f"{'is' if len(given) == 1 else 'are'} its deprecated flat form"
        )
    rest = {name: value for name, value in data.items() if name not in _FLAT_SOURCE}
    source = {part: data[name] for name, part in _FLAT_SOURCE.items() if name in data}
    return {**rest, "source": source}


def _document_flat_source(schema: dict[str, Any]) -> None:
    """The deprecated flat fields in the contract, marked so (`deprecated: true`)."""
    properties = schema.setdefault("properties", {})
    properties["source_kind"] = {
        "type": "string",
        "enum": [kind.value for kind in SourceKind],
        "deprecated": True,
        "description": "Deprecated: the former flat form of `source.kind`, accepted in place "
        "of `source` (not beside it).",
    }
    for name, part in (("source_title", "title"), ("source_reference", "reference")):
        properties[name] = {
            "anyOf": [{"type": "string"}, {"type": "null"}],
            "deprecated": True,
            "description": f"Deprecated: the former flat form of `source.{part}`.",
        }


class TaskSourceIn(WriteModel):
    """Where a task comes from: the same object as a task's `source` in answers, without the
    meeting decision's parts (those come with POST …/tasks/from-decision)."""

    kind: SourceKind = Field(
        description="`meeting_decision` is set by creating the task from the decision "
        "(POST …/tasks/from-decision)."
    )
    title: ShortText | None = Field(
        default=None, examples=["《国务院办公厅关于全面开展工程建设项目审批制度改革的实施意见》"]
    )
    reference: Reference | None = Field(default=None, examples=["国办发〔2019〕11号"])


class TaskSourceChange(WriteModel):
    """A change of a task's source: what is left out stays; `title` or `reference` null clears
    it."""

    kind: SourceKind | None = None
    title: ShortText | None = None
    reference: Reference | None = None


class TaskCreate(WriteModel):
    model_config = ConfigDict(json_schema_extra=_document_flat_source)

    code: TaskCode | None = Field(default=None, description=CODE, examples=["3.2"])
    parent_id: uuid.UUID | None = Field(
        default=None, description="The task this is a sub-task of (tasks nest one level)."
    )
    title: TaskTitle = Field(examples=["推行联合验收，出台联合验收实施细则"])
    category: Category = Field(
        description="The office's own grouping (改革事项类别), used by filters and summaries.",
        examples=["审批流程改革"],
    )
    source: TaskSourceIn = Field(
        description="Where the task comes from, as answers name it. The flat `source_kind`, "
        "`source_title` and `source_reference` of before are still accepted in its place, "
        "deprecated."
    )
    lead_unit_id: uuid.UUID = Field(description="The lead unit (牵头单位): an active member unit.")
    cooperating_unit_ids: list[uuid.UUID] = Field(
        default_factory=list,
        max_length=MAX_COOPERATING,
        description="Cooperating units (配合单位), each once, not the lead unit.",
    )
    deadline: date = Field(description="The deadline (完成时限), a date.")
    milestones: list[MilestoneIn] = Field(default_factory=list, max_length=MAX_MILESTONES)
    measures: list[MeasureIn] = Field(default_factory=list, max_length=MAX_MEASURES)

    _flat_source = model_validator(mode="before")(_fold_flat_source)


class TaskUpdate(WriteModel):
    """A partial change of an open task; what is left out stays. `parent_id: null` makes a
    sub-task a task of its own; lists are replaced whole."""

    model_config = ConfigDict(json_schema_extra=_document_flat_source)

    code: TaskCode | None = None
    parent_id: uuid.UUID | None = None
    title: TaskTitle | None = None
    category: Category | None = None
    source: TaskSourceChange | None = Field(
        default=None,
        description="The parts of the source to change. The flat `source_kind`, `source_title` "
        "and `source_reference` of before are still accepted in its place, deprecated.",
    )
    lead_unit_id: uuid.UUID | None = None
    cooperating_unit_ids: list[uuid.UUID] | None = Field(default=None, max_length=MAX_COOPERATING)
    deadline: date | None = None
    milestones: list[MilestoneIn] | None = Field(default=None, max_length=MAX_MILESTONES)
    measures: list[MeasureIn] | None = Field(default=None, max_length=MAX_MEASURES)

    _flat_source = model_validator(mode="before")(_fold_flat_source)


class TaskFromDecision(WriteModel):
    """A decision (明确意见) of archived minutes made a task: what the decision leaves open is
    given here; the decision's text, responsible unit and deadline are the defaults."""

    meeting_id: uuid.UUID
    agenda_index: int = Field(ge=0, le=49, description="The agenda item's place, from 0.")
    decision_index: int = Field(ge=0, le=199, description="The decision's place in it, from 0.")
    category: Category
    code: TaskCode | None = Field(default=None, description=CODE)
    parent_id: uuid.UUID | None = None
    title: TaskTitle | None = Field(default=None, description="Default: the decision's text.")
    lead_unit_id: uuid.UUID | None = Field(
        default=None, description="Default: the decision's responsible unit."
    )
    cooperating_unit_ids: list[uuid.UUID] = Field(default_factory=list, max_length=MAX_COOPERATING)
    deadline: date | None = Field(default=None, description="Default: the decision's deadline.")
    milestones: list[MilestoneIn] = Field(default_factory=list, max_length=MAX_MILESTONES)
    measures: list[MeasureIn] = Field(default_factory=list, max_length=MAX_MEASURES)


class TaskCancel(WriteModel):
    reason: Reason = Field(examples=["国家政策调整，该项任务不再实施"])


class UnitRef(BaseModel):
    id: uuid.UUID
    name: str


class MilestoneOut(BaseModel):
    due_on: date
    title: str


class MeasureOut(BaseModel):
    title: str
    document_reference: str | None
    issued_on: date | None


class TaskSourceOut(BaseModel):
    kind: SourceKind
    title: str | None
    reference: str | None
    meeting_id: uuid.UUID | None = Field(description="For a meeting decision: the meeting.")
    agenda_index: int | None
    decision_index: int | None


class TaskOut(BaseModel):
    # Figures judged on the day from the working-day calendar (possibly provisional): answered,
    # never kept in the audit trail's snapshots (app/services/audit.py).
    judged_on_the_day: ClassVar[frozenset[str]] = frozenset(
        {"overdue", "overdue_working_days", "calendar"}
    )

    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    parent_id: uuid.UUID | None
    code: str
    title: str
    category: str
    source: TaskSourceOut
    lead_unit: UnitRef
    cooperating_units: list[UnitRef]
    deadline: date
    milestones: list[MilestoneOut]
    measures: list[MeasureOut]
    state: TaskState
    percent: int = Field(description="The latest progress reported, 0–100.")
    last_reported_on: date | None
    completion_pending: bool = Field(
        description="The lead unit proposed completion; the office has yet to confirm it."
    )
    overdue: bool = Field(description="Open, and a working day has begun since the deadline.")
    overdue_working_days: int = Field(
        description="Working days past the deadline, as of today (0 when not overdue)."
    )
    calendar: CalendarUse = Field(
        description="The provisional calendar years these working days came from, if any."
    )
    created_on: date
    started_on: date | None = Field(description="The day of the first progress report.")
    completed_on: date | None = Field(
        description="The day the work was completed: the day of the proposal the office "
        "confirmed, or of the office's own completion."
    )
    completed_on_time: bool | None
    cancelled_on: date | None
    cancel_reason: str | None
    created_at: datetime
    updated_at: datetime


class TaskTally(BaseModel):
    total: int
    not_started: int
    in_progress: int
    done: int
    cancelled: int
    overdue: int = Field(description="Open on the day, and past the deadline by working days.")
    due: int = Field(description="Not cancelled, deadline on or before the day.")
    done_on_time: int = Field(description="Of those due, completed by the deadline.")
    done_late: int = Field(description="Completed after the deadline (by the day).")
    on_time_rate: float | None = Field(
        description="done_on_time / due, rounded to 4 places; null when nothing is due."
    )


class TaskSummaryGroup(TaskTally):
    unit_id: uuid.UUID | None = Field(description="When grouped by unit: the lead unit.")
    unit_name: str | None
    category: str | None = Field(description="When grouped by category.")
    overdue_working_days_sum: int = Field(
        description="Of the overdue tasks, the sum of each one's `overdue_working_days` on the "
        "day (mainland-China working days begun since its deadline); 0 when none is overdue."
    )
    overdue_working_days_max: int = Field(
        description="Of the overdue tasks, the largest `overdue_working_days`; 0 when none is."
    )


class TaskSummaryOut(BaseModel):
    as_of: date
    group_by: str
    groups: list[TaskSummaryGroup]
    totals: TaskTally
    calendar: CalendarUse
