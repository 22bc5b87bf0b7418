"""Inspections (督导检查, CO-SUP-1): inspections, their findings, the units' answers and the
regular evaluation (定期评估)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, ClassVar

from pydantic import BaseModel, Field, StringConstraints

from app.domain.inspections import (
    MAX_RECTIFICATION_WORKING_DAYS,
    FindingLinkKind,
    FindingReviewOutcome,
    FindingState,
    InspectionState,
)
from app.schemas.base import WriteModel
from app.schemas.calendar import CalendarUse
from app.schemas.task_progress import EvidenceFileOut
from app.schemas.tasks import UnitRef

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=10_000)]
Inspector = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
Note = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2_000)]

MAX_SCOPE = 200
MAX_INSPECTORS = 50
MAX_ANSWER_TEXT = 20_000


class CountyRef(BaseModel):
    id: uuid.UUID
    name: str


class InspectionCreate(WriteModel):
    title: Title = Field(examples=["2026年第四季度工程建设项目审批制度改革督导检查"])
    starts_on: date = Field(description="The (first) day of the inspection.")
    ends_on: date | None = Field(
        default=None, description="The last day of a range; left out, the inspection is one day."
    )
    unit_ids: list[uuid.UUID] = Field(
        default_factory=list,
        max_length=MAX_SCOPE,
        description="Member units of this jurisdiction inspected, each once.",
    )
    county_ids: list[uuid.UUID] = Field(
        default_factory=list,
        max_length=MAX_SCOPE,
        description="Counties (jurisdictions directly below this one) inspected, each once.",
    )
    inspectors: list[Inspector] = Field(
        min_length=1, max_length=MAX_INSPECTORS, examples=[["张三（市住建局）", "李四"]]
    )
    plan: str = Field(default="", max_length=10_000, description="What is to be checked.")


class InspectionPatch(WriteModel):
    """The plan's fields to change while the inspection is planned; those left out stay."""

    title: Title | None = None
    starts_on: date | None = None
    ends_on: date | None = None
    unit_ids: list[uuid.UUID] | None = Field(default=None, max_length=MAX_SCOPE)
    county_ids: list[uuid.UUID] | None = Field(default=None, max_length=MAX_SCOPE)
    inspectors: list[Inspector] | None = Field(
        default=None, min_length=1, max_length=MAX_INSPECTORS
    )
    plan: str | None = Field(default=None, max_length=10_000)


class InspectionHeld(WriteModel):
    held_on: date | None = Field(
        default=None,
        description="The day it was held (default today): not before starts_on, not after today.",
    )
    summary: LongText = Field(examples=["检查了3个成员单位，发现问题5个。"])


class InspectionOut(BaseModel):
    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    title: str
    starts_on: date
    ends_on: date
    units: list[UnitRef]
    counties: list[CountyRef]
    inspectors: list[str]
    plan: str
    state: InspectionState
    held_on: date | None
    summary: str | None
    held_by: uuid.UUID | None
    held_by_name: str | None
    created_by: uuid.UUID
    created_by_name: str
    created_at: datetime
    updated_at: datetime


class FindingCreate(WriteModel):
    problem: LongText = Field(examples=["联合验收平台未与审批管理系统对接。"])
    cause: LongText = Field(description="The cause analysis (原因分析).")
    handling: LongText = Field(description="The proposed handling (处理意见).")
    unit_id: uuid.UUID | None = Field(
        default=None,
        description="The responsible member unit of this jurisdiction (an active one). Exactly "
        "one of `unit_id` and `county_id`.",
    )
    county_id: uuid.UUID | None = Field(
        default=None,
        description="The responsible county: one of this inspection's `county_ids` (a "
        "jurisdiction directly below), whose office answers the finding through its own "
        "jurisdiction. Exactly one of `unit_id` and `county_id`.",
    )
    rectify_within_working_days: int = Field(
        ge=1,
        le=MAX_RECTIFICATION_WORKING_DAYS,
        description="The rectification period in mainland-China working days, counted from "
        "the day the finding is recorded (today).",
    )


class FindingReviewOut(BaseModel):
    outcome: FindingReviewOutcome
    by: uuid.UUID
    by_name: str
    at: datetime
    on: date
    note: str | None


class FindingAnswerOut(BaseModel):
    id: uuid.UUID
    finding_id: uuid.UUID
    unit: UnitRef | None = Field(description="The answering unit (null: a county's answer).")
    county: CountyRef | None = Field(
        description="The answering county, through its office (null: a unit's answer)."
    )
    text: str
    answered_on: date
    created_at: datetime
    author_id: uuid.UUID
    author_name: str
    evidence: list[EvidenceFileOut]
    review: FindingReviewOut | None


class FindingLinkCreate(WriteModel):
    kind: FindingLinkKind = Field(
        description="What the finding led to: a supervision notice (督办通知), a public notice "
        "(通报) or a task of the task breakdown."
    )
    target_id: uuid.UUID = Field(
        description="The supervision notice's, public notice's or task's id, in this jurisdiction."
    )


class FindingLinkOut(BaseModel):
    id: uuid.UUID = Field(description="The link's id (DELETE …/links/{link_id} removes it).")
    kind: FindingLinkKind
    target_id: uuid.UUID
    label: str = Field(
        description="A task's code and title; a supervision notice's task code and title with "
        "the day it was issued; a public notice's title.",
        examples=["3.2 建设工程建设项目联合验收平台"],
    )
    url: str = Field(description="The path of the supervision notice, public notice or task.")
    linked_on: date
    linked_by: uuid.UUID
    linked_by_name: str
    created_at: datetime


class FindingOut(BaseModel):
    # Judged on the day from the working-day calendar: answered, never kept in the audit trail.
    judged_on_the_day: ClassVar[frozenset[str]] = frozenset(
        {"overdue", "overdue_working_days", "calendar"}
    )

    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    inspection_id: uuid.UUID
    unit: UnitRef | None = Field(
        description="The responsible member unit (null when the responsible party is a county)."
    )
    county: CountyRef | None = Field(
        description="The responsible county, whose office answers (null for a unit's finding)."
    )
    problem: str
    cause: str
    handling: str
    recorded_on: date
    rectify_within_working_days: int
    due_on: date = Field(description="The rectification deadline.")
    state: FindingState
    rectified_on: date | None = Field(
        description="The day of the answer the office accepted (the rectification's day)."
    )
    rectified_late: bool | None
    overdue: bool = Field(
        description="Unrectified and a working day has begun since `due_on` (as tasks are)."
    )
    overdue_working_days: int
    answers: list[FindingAnswerOut] = Field(description="Oldest first.")
    links: list[FindingLinkOut] = Field(
        description="What the finding led to (supervision notices, public notices, tasks), "
        "oldest first: the links in force that the caller may read."
    )
    created_by: uuid.UUID
    created_by_name: str
    created_at: datetime
    calendar: CalendarUse


class FindingReview(WriteModel):
    note: Note | None = None


class FindingSendBack(WriteModel):
    reason: Note = Field(examples=["佐证材料不全，请补充验收平台对接测试报告。"])


class EvaluationTotals(BaseModel):
    inspections: int
    planned: int
    held: int
    findings: int
    open: int
    answered: int
    accepted: int
    overdue: int
    rectified_late: int


class EvaluationInspection(BaseModel):
    inspection: InspectionOut
    findings: list[FindingOut]


class EvaluationOut(BaseModel):
    judged_on_the_day: ClassVar[frozenset[str]] = frozenset({"calendar"})

    jurisdiction_id: uuid.UUID
    period_from: date
    period_to: date
    as_of: date = Field(description="Today, the day statuses and overdue are judged on.")
    totals: EvaluationTotals
    inspections: list[EvaluationInspection]
    calendar: CalendarUse
