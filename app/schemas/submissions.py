from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Annotated, ClassVar

from pydantic import BaseModel, Field, StringConstraints

from app.domain.reports import PartFormat
from app.domain.submissions import CellStatus, FileType, Timeliness
from app.schemas.base import ReadModel, WriteModel
from app.schemas.calendar import CalendarUse
from app.schemas.periods import PeriodOut

LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=20_000)]


class ProgressItem(WriteModel):
    """Progress on one reform task (工作推进表 in words)."""

    task: Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)] = (
        Field(examples=["推行工程建设项目分级分类管理"])
    )
    task_id: uuid.UUID | None = Field(
        default=None, description="The task in the task breakdown, when it is kept there."
    )
    percent: int | None = Field(default=None, ge=0, le=100, description="Share done, 0–100.")
    summary: LongText = Field(default="", description="What was done in the period.")


class SubmissionContent(WriteModel):
    """The structured part of a submission: what the quarterly bulletin assembles (E-RPT-2)."""

    progress: list[ProgressItem] = Field(default_factory=list, max_length=500)
    experience: LongText = Field(default="", description="Experience and good practice (经验做法).")
    problems: LongText = Field(default="", description="Problems met (存在的问题).")
    suggestions: LongText = Field(default="", description="Suggestions (建议).")
    note: LongText = Field(default="", description="Anything else, e.g. why it is resubmitted.")


class SubmissionCreate(SubmissionContent):
    """The `submission` field of the multipart request (JSON)."""

    report_kind: Annotated[str, StringConstraints(min_length=1, max_length=64)] = Field(
        examples=["monthly_report"],
        description="A report kind of the rulebook in force on the day of submission.",
    )
    period: Annotated[str, StringConstraints(min_length=4, max_length=16)] = Field(
        examples=["2026-10"],
        description="The period's label: `2026-10` (a month), `2026-Q3` (a quarter) or `2026` "
        "(a year), as the report kind's period is; a period that has begun. Answers name it "
        "as a whole period object (`period.label` is this).",
    )
    unit_id: uuid.UUID | None = Field(
        default=None,
        description="The member unit submitting. May be left out when the caller holds the "
        "submitting post for exactly one unit; null for a report the office submits.",
    )


class SubmissionFileOut(ReadModel):
    id: uuid.UUID
    field: str = Field(description="The multipart field it came in: `<part>.<format>`.")
    part_key: str
    format: PartFormat
    filename: str
    file_type: FileType = Field(description="As found in the content, not as declared.")
    media_type: str
    size_bytes: int
    sha256: str = Field(description="Hex SHA-256 of the content, also the download's ETag.")


class SubmissionVersionOut(ReadModel):
    id: uuid.UUID
    version: int
    submitted_at: datetime = Field(description="The server's time of receipt.")
    submitted_on: date = Field(description="Its day in the jurisdiction's time zone.")
    submitted_by: uuid.UUID
    submitted_by_name: str
    submitted_as: str = Field(description="The post it was submitted under (liaison_officer …).")
    rulebook_version_id: uuid.UUID
    content: SubmissionContent
    files: list[SubmissionFileOut]


class SubmissionOut(BaseModel):
    """A unit's report of a kind for a period: the latest version, and timeliness judged on the
    first (a resubmission corrects a report; it does not change when it first arrived)."""

    # Figures judged on the day from the working-day calendar (possibly provisional): answered,
    # never kept in the audit trail's snapshots (app/services/audit.py).
    judged_on_the_day: ClassVar[frozenset[str]] = frozenset(
        {"due_date", "timeliness", "working_days_late", "calendar"}
    )

    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    report_kind: str
    report_name: str | None = Field(
        description="In the rulebook in force now; null if that no longer defines the kind."
    )
    period: PeriodOut
    unit_id: uuid.UUID | None = Field(description="Null: the office's own report.")
    unit_name: str | None
    due_date: date | None = Field(
        description="Null while the holiday arrangement of the year it falls in is not known."
    )
    first_submitted_at: datetime
    first_submitted_on: date
    timeliness: Timeliness | None = Field(description="Null when the due date is not known yet.")
    working_days_late: int | None = Field(
        description="Working days after the due date up to the first working day on or after "
        "the first submission's day; 0 when on time."
    )
    rule: str | None
    source: str | None
    latest_version: int
    latest_submitted_at: datetime
    updated_at: datetime = Field(
        description="When the report last changed (a resubmission): what `changed_since` compares."
    )
    calendar: CalendarUse = Field(
        description="The provisional calendar years the due date and lateness came from."
    )


class SubmissionDetailOut(SubmissionOut):
    versions: list[SubmissionVersionOut] = Field(description="Every version, oldest first.")


# --- compliance -----------------------------------------------------------------------------


class CompliancePeriod(PeriodOut):
    """A period of the matrix: the shape of every period (PeriodOut), and its due date."""

    due_date: date | None = Field(
        description="Null when it falls in a coming year past the provisional calendar "
        "(after 2100): certainly after today, so its cells are not yet due (or on time). A "
        "date in a year not published yet is provisional (`calendar.provisional_years`)."
    )


class ComplianceCell(BaseModel):
    status: CellStatus
    working_days_late: int | None = Field(default=None, description="Only when late.")
    working_days_overdue: int | None = Field(
        default=None,
        description="Only when missing: mainland-China working days begun since the due date, "
        "as of `as_of` (provisional years in `calendar.provisional_years`).",
    )
    submitted_on: date | None = Field(default=None, description="The first submission's day.")
    submission_id: uuid.UUID | None = None
    versions: int | None = Field(default=None, description="How many versions were submitted.")


class ComplianceRow(BaseModel):
    unit_id: uuid.UUID | None = Field(description="Null: the office's own report.")
    unit_code: str | None
    unit_name: str | None
    cells: list[ComplianceCell] = Field(description="One per period, in the periods' order.")


class ComplianceTotals(BaseModel):
    on_time: int
    late: int
    missing: int
    not_yet_due: int


class ComplianceOut(BaseModel):
    """Unit × period for one report kind. `Accept: text/csv` gives the same as CSV, one line
    per unit and period."""

    jurisdiction_id: uuid.UUID
    report_kind: str
    report_name: str
    rule: str
    source: str
    as_of: date = Field(description="Today in the jurisdiction: what is not yet due is judged so.")
    periods: list[CompliancePeriod]
    rows: list[ComplianceRow]
    totals: list[ComplianceTotals] = Field(description="Per period, in the periods' order.")
    calendar: CalendarUse
    descendants: list[DescendantComplianceOut] | None = Field(
        default=None,
        description="Only with `include_descendants=true`: the matrix of every jurisdiction "
        "below this one whose submissions the caller reads, nearest first, each by its own "
        "rulebook (never with descendants of its own: the list is flat).",
    )
    skipped: list[SkippedComplianceOut] | None = Field(
        default=None,
        description="Only with `include_descendants=true`: the jurisdictions below whose "
        "matrix cannot be built (their rulebook does not define the kind, or none is in force).",
    )


class DescendantComplianceOut(ComplianceOut):
    jurisdiction_name: str


class SkippedComplianceOut(BaseModel):
    jurisdiction_id: uuid.UUID
    jurisdiction_name: str
    reason: str = Field(description="Why: the problem the jurisdiction answers alone.")
