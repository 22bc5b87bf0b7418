"""Performance assessments (绩效考核, C-ASM-1): an assessment of a year, its scorecards with their
drill-down, entered scores, appeals and their decisions."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Annotated

from pydantic import BaseModel, Field, StringConstraints

from app.domain.assessments import (
    AppealOutcome,
    AssessmentState,
    Measure,
    Outcome,
    SubjectKind,
)
from app.schemas.base import WriteModel
from app.schemas.task_progress import EvidenceFileOut

Reason = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=4_000)]


class IndicatorDefinitionOut(BaseModel):
    key: str
    name: str
    weight: int
    measure: Measure
    report_kind: str | None = None


class GradeOut(BaseModel):
    name: str = Field(examples=["优秀"])
    min: int = Field(description="The lowest total that earns it.")


class StandingOut(BaseModel):
    """One subject's place: its total, grade and rank among subjects of its kind."""

    subject_id: uuid.UUID
    kind: SubjectKind
    name: str
    total: float
    grade: str
    rank: int
    complete: bool = Field(description="Every manual indicator's score is entered.")


class AssessmentPut(WriteModel):
    """Prepare the year's assessment (nothing to say beyond the path): an empty object."""


class AssessmentOut(BaseModel):
    jurisdiction_id: uuid.UUID
    year: int
    state: AssessmentState
    as_of: date = Field(
        description="The day the figures are counted up to: today (the year's last day for a "
        "past year) while preparing, the day it was finalised once final."
    )
    rule: str = Field(examples=["C-ASM-1"])
    source: str
    scale: int
    indicators: list[IndicatorDefinitionOut]
    grades: list[GradeOut]
    created_at: datetime
    created_by_name: str
    finalised_at: datetime | None = None
    finalised_by_name: str | None = None
    appeals_pending: int = Field(description="Appeals the caller sees that are not decided.")
    standings: list[StandingOut] = Field(
        description="Every subject the caller may see: the office and the leadership see all, "
        "a unit or a county its own."
    )


class EvidenceOut(BaseModel):
    """One record that made a computed figure (the drill-down)."""

    record_id: str
    label: str = Field(examples=["2026-Q1 季度书面汇报"])
    due_on: date | None
    done_on: date | None
    outcome: Outcome
    working_days_late: int


class AppealOut(BaseModel):
    id: uuid.UUID
    subject_id: uuid.UUID
    subject_kind: SubjectKind
    indicator_key: str
    reason: str
    appealed_by_name: str
    appealed_at: datetime
    outcome: AppealOutcome | None = None
    decision_reason: str | None = None
    decided_by_name: str | None = None
    decided_at: datetime | None = None


class AppealsOut(BaseModel):
    items: list[AppealOut]


class IndicatorOut(BaseModel):
    key: str
    name: str
    measure: Measure
    weight: int
    score: float | None = Field(description="None: a manual score not entered yet.")
    rate: float | None = Field(
        default=None,
        description="Computed indicators: met ÷ counted (None when no record counted: the full "
        "weight is scored, nothing speaking against the subject).",
    )
    counted: int = 0
    met: int = 0
    late: int = 0
    missed: int = 0
    working_days_late: int = 0
    computed_score: float | None = Field(
        default=None, description="The score the records give, before an adjustment."
    )
    adjusted: bool = Field(
        default=False, description="The office entered this score after an upheld appeal."
    )
    reason: str | None = Field(default=None, description="The office's reason for its score.")
    entered_by_name: str | None = None
    files: list[EvidenceFileOut] = Field(
        default_factory=list, description="The office's evidence files for the entered score."
    )
    evidence: list[EvidenceOut] | None = Field(
        default=None,
        description="The records that made the figures (one scorecard's answer only).",
    )


class ScorecardOut(BaseModel):
    subject_id: uuid.UUID
    kind: SubjectKind
    name: str
    total: float
    grade: str
    rank: int
    complete: bool
    indicators: list[IndicatorOut]
    appeals: list[AppealOut] | None = Field(
        default=None, description="The card's appeals (one scorecard's answer only)."
    )


class ScorecardsOut(BaseModel):
    year: int
    state: AssessmentState
    as_of: date
    rule: str
    source: str
    scale: int
    items: list[ScorecardOut]


class ScoreIn(WriteModel):
    score: Decimal = Field(
        ge=0, max_digits=7, decimal_places=2, description="From 0 to the indicator's weight."
    )
    reason: Reason = Field(description="Why this score (评分说明).")


class ScoreOut(BaseModel):
    subject_id: uuid.UUID
    indicator_key: str
    score: float
    reason: str
    entered_by_name: str
    entered_at: datetime
    files: list[EvidenceFileOut]


class AppealIn(WriteModel):
    reason: Reason = Field(description="Why the unit or county disputes the item.")


class AppealDecisionIn(WriteModel):
    outcome: AppealOutcome
    reason: Reason = Field(description="The office's reason for its decision.")
