"""Supervision notices (督办, E-TSK-2), public notices (通报) and accountability records (问责,
E-TSK-3) on the task breakdown."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, ClassVar

from pydantic import BaseModel, Field, StringConstraints

from app.domain.tasks import NoticeTone
from app.schemas.base import WriteModel
from app.schemas.calendar import CalendarUse
from app.schemas.tasks import Reference, UnitRef

LongText = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=10_000)]
NoticeTitle = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
Measure = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=200)]
DecidedBy = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]

MAX_NAMED_UNITS = 100
MAX_CITED_TASKS = 200
MAX_EVIDENCE = 200

REPORT_EVIDENCE = (
    "Progress reports (进展情况) of the tasks cited, as evidence; each once (422 naming each one "
    "that is not a report of a task cited)."
)
SUPERVISION_EVIDENCE = (
    "Supervision notices (督办) of the tasks cited, as evidence; each once (422 naming each one "
    "that is not a notice on a task cited)."
)


class TaskRef(BaseModel):
    id: uuid.UUID
    code: str = Field(description="The task's number in the table (序号).")
    title: str


# --- supervision notices ----------------------------------------------------------------------


class SupervisionNoticeCreate(WriteModel):
    text: LongText = Field(
        examples=["请你单位于12月8日前书面报告联合验收实施细则的起草进展及存在问题。"]
    )
    reply_due_on: date | None = Field(
        default=None,
        description="The day the unit's reply is due, on or after today. Left out: "
        "5 working days after today (mainland-China calendar).",
    )


class SupervisionReply(WriteModel):
    text: LongText = Field(examples=["已完成征求意见稿，拟于12月20日前提请审议。"])


class SupervisionNoticeOut(BaseModel):
    # Figures judged on the day from the working-day calendar (possibly provisional): answered,
    # never kept in the audit trail's snapshots (app/services/audit.py).
    judged_on_the_day: ClassVar[frozenset[str]] = frozenset(
        {"reply_overdue", "reply_overdue_working_days", "calendar"}
    )

    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    task: TaskRef
    unit: UnitRef = Field(description="The unit supervised: the task's lead unit at issue.")
    text: str
    issued_on: date
    reply_due_on: date
    issued_by: uuid.UUID
    issued_by_name: str
    created_at: datetime
    answered: bool
    reply_text: str | None
    replied_on: date | None
    replied_at: datetime | None
    replied_by: uuid.UUID | None
    replied_by_name: str | None
    reply_overdue: bool = Field(
        description="Unanswered and today is after the reply date, or answered after it (a late "
        "reply stays overdue)."
    )
    reply_overdue_working_days: int = Field(
        description="Working days begun since the reply date: up to today while unanswered, up "
        "to the reply day when answered late; 0 otherwise (a reply due on a Friday is overdue on "
        "the Saturday with 0 working days)."
    )
    calendar: CalendarUse = Field(
        description="The provisional calendar years these working days came from, if any."
    )


# --- public notices ---------------------------------------------------------------------------


class PublicNoticeCreate(WriteModel):
    title: NoticeTitle = Field(examples=["关于工程建设项目审批制度改革任务推进滞后情况的通报"])
    body: LongText
    tone: NoticeTone = Field(description="Criticism (通报批评) or commendation (通报表扬).")
    issued_on: date | None = Field(
        default=None, description="The day of the notice, not after today (default today)."
    )
    document_reference: Reference | None = Field(
        default=None, examples=["鄂州工改办〔2026〕5号"], description="Its document number, if any."
    )
    unit_ids: list[uuid.UUID] = Field(
        min_length=1,
        max_length=MAX_NAMED_UNITS,
        description="The units named: member units here, each once, each leading or cooperating "
        "on a task cited (422 naming each one that does not).",
    )
    task_ids: list[uuid.UUID] = Field(
        min_length=1,
        max_length=MAX_CITED_TASKS,
        description="The tasks the notice cites: tasks of this jurisdiction, each once.",
    )
    evidence_report_ids: list[uuid.UUID] = Field(
        default_factory=list, max_length=MAX_EVIDENCE, description=REPORT_EVIDENCE
    )
    evidence_supervision_ids: list[uuid.UUID] = Field(
        default_factory=list, max_length=MAX_EVIDENCE, description=SUPERVISION_EVIDENCE
    )


class PublicNoticeOut(BaseModel):
    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    title: str
    body: str
    tone: NoticeTone
    issued_on: date
    document_reference: str | None
    units: list[UnitRef]
    tasks: list[TaskRef]
    evidence_report_ids: list[uuid.UUID]
    evidence_supervision_ids: list[uuid.UUID]
    created_at: datetime
    created_by: uuid.UUID
    created_by_name: str


# --- accountability records ---------------------------------------------------------------------


class AccountabilityRecordCreate(WriteModel):
    unit_id: uuid.UUID = Field(description="The unit held accountable: a member unit here.")
    measure: Measure = Field(
        examples=["约谈"], description="The measure: 约谈, 通报批评, 责令整改 …"
    )
    reason: LongText = Field(examples=["联合验收实施细则逾期未出台，督办后仍未按期回复。"])
    decided_by: DecidedBy = Field(
        examples=["领导小组第3次全体会议"], description="Whose decision it is."
    )
    decided_on: date | None = Field(
        default=None, description="The day of the decision, not after today (default today)."
    )
    task_ids: list[uuid.UUID] = Field(
        min_length=1,
        max_length=MAX_CITED_TASKS,
        description="The tasks it concerns: tasks of this jurisdiction, each once.",
    )
    public_notice_id: uuid.UUID | None = Field(
        default=None,
        description="A public notice here that named the unit, if the record follows one.",
    )
    evidence_report_ids: list[uuid.UUID] = Field(
        default_factory=list, max_length=MAX_EVIDENCE, description=REPORT_EVIDENCE
    )
    evidence_supervision_ids: list[uuid.UUID] = Field(
        default_factory=list, max_length=MAX_EVIDENCE, description=SUPERVISION_EVIDENCE
    )


class AccountabilityRecordOut(BaseModel):
    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    unit: UnitRef
    measure: str
    reason: str
    decided_by: str
    decided_on: date
    tasks: list[TaskRef]
    public_notice_id: uuid.UUID | None
    evidence_report_ids: list[uuid.UUID]
    evidence_supervision_ids: list[uuid.UUID]
    rule: str = Field(description="The rule it was judged by (E-TSK-3).")
    source: str = Field(description="Where the rule is written.")
    created_at: datetime
    created_by: uuid.UUID
    created_by_name: str
