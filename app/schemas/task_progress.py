from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints

from app.domain.tasks import ReviewOutcome
from app.schemas.base import WriteModel
from app.schemas.tasks import Reason, TaskOut, UnitRef

MAX_PROGRESS_TEXT = 20_000
MAX_COMMENT_TEXT = 5_000
MAX_EVIDENCE_FILES = 10

Note = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=2_000)]
CommentText = Annotated[
    str, StringConstraints(strip_whitespace=True, min_length=1, max_length=MAX_COMMENT_TEXT)
]


class EvidenceFileOut(BaseModel):
    """A file attached to a progress report as evidence (佐证材料)."""

    id: uuid.UUID
    position: int
    filename: str
    file_type: str = Field(examples=["pdf"])
    media_type: str
    size_bytes: int
    sha256: str


class ReviewOut(BaseModel):
    """The office's review of a completion proposal."""

    outcome: ReviewOutcome
    by: uuid.UUID
    by_name: str
    at: datetime
    note: str | None = Field(description="The confirmation's note, or the reason it was sent back.")


class ProgressReportOut(BaseModel):
    id: uuid.UUID
    task_id: uuid.UUID
    unit: UnitRef | None = Field(
        description="The lead unit it was reported for; null when the office reported."
    )
    reported_on: date = Field(description="The day reported, in the jurisdiction's time zone.")
    created_at: datetime
    author_id: uuid.UUID
    author_name: str
    text: str
    percent: int
    proposes_completion: bool = Field(
        description="The report says the task is complete and asks the office to confirm it."
    )
    evidence: list[EvidenceFileOut]
    review: ReviewOut | None = Field(
        description="For a completion proposal: the office's review once given."
    )


class CompletionConfirm(WriteModel):
    note: Note | None = Field(default=None, examples=["经核实，联合验收实施细则已印发。"])


class CompletionSendBack(WriteModel):
    reason: Reason = Field(examples=["佐证材料不全，请补充印发文件。"])


class TaskComplete(WriteModel):
    note: Reason = Field(
        description="What was achieved, recorded as the office's progress report.",
        examples=["实施细则已由市政府办公室印发（鄂州政办发〔2026〕8号）。"],
    )


class CommentCreate(WriteModel):
    text: CommentText = Field(examples=["自然资源局已提供用地审批环节的材料清单。"])
    unit_id: uuid.UUID | None = Field(
        default=None,
        description="The unit commented for: the lead or a cooperating unit, for which the "
        "caller holds a post. Left out, the only such unit the caller holds a post for (422 "
        "when several), or the office when none and the caller is the office. An explicit "
        "null comments as the office.",
    )


class CommentOut(BaseModel):
    id: uuid.UUID
    task_id: uuid.UUID
    unit: UnitRef | None = Field(description="The unit commenting; null for the office.")
    author_id: uuid.UUID
    author_name: str
    text: str
    created_at: datetime


class TaskProgressRecord(BaseModel):
    """What a progress act changed, as the audit trail keeps it: the task and the report."""

    task: TaskOut
    report: ProgressReportOut | None
