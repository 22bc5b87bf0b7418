from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, Field, StringConstraints, model_validator

from app.domain.bulletins import BulletinState
from app.domain.reports import Period, PeriodKind
from app.schemas.base import ReadModel, WriteModel
from app.schemas.periods import PeriodOut

Title = Annotated[str, StringConstraints(strip_whitespace=True, min_length=1, max_length=300)]
LongText = Annotated[str, StringConstraints(strip_whitespace=True, max_length=50_000)]


class BulletinCreate(WriteModel):
    period: Annotated[str, StringConstraints(min_length=4, max_length=16)] = Field(
        examples=["2026-Q3"],
        description="The period it covers, by its label, as its kind's period: `2026-Q3`. "
        "Answers name it as a whole period object (`period.label` is this).",
    )
    kind: Annotated[str, StringConstraints(min_length=1, max_length=64)] | None = Field(
        default=None,
        description="A bulletin kind of the rulebook in force; may be left out when it "
        "defines one only (Ezhou: internal_bulletin).",
    )
    title: Title | None = Field(
        default=None, description="Defaults to the kind's name and the period."
    )


class ProgressEntry(BaseModel):
    task: str
    task_id: uuid.UUID | None = None
    percent: int | None = None
    summary: str = ""


class TaskSection(BaseModel):
    unit_id: uuid.UUID | None
    unit_name: str
    report_kind: str
    period: str
    submission_id: uuid.UUID
    version: int
    items: list[ProgressEntry]


class TextSection(BaseModel):
    unit_id: uuid.UUID | None
    unit_name: str
    submission_id: uuid.UUID | None = None
    text: LongText


class ProblemsSection(BaseModel):
    unit_id: uuid.UUID | None
    unit_name: str
    submission_id: uuid.UUID | None = None
    problems: LongText = ""
    suggestions: LongText = ""


class ComplianceEntry(BaseModel):
    period: str
    status: str
    working_days_late: int | None = None


class UnitComplianceSection(BaseModel):
    unit_id: uuid.UUID | None
    unit_name: str
    cells: list[ComplianceEntry]
    on_time: int
    late: int
    missing: int


class ComplianceSection(BaseModel):
    report_kind: str | None
    periods: list[str]
    units: list[UnitComplianceSection]


class BulletinContent(BaseModel):
    """The sections E-RPT-2 names, assembled from the period's submissions. A stored, editable
    document: the periods in it are named by their labels (`2026-Q3`), as a request gives
    them; the bulletin's own `period` is the whole object."""

    period: str
    tasks: list[TaskSection] = Field(
        description="国务院、省政府和市政府…工作任务落实情况: each unit's progress per task."
    )
    experience: list[TextSection] = Field(description="经验做法.")
    problems_and_suggestions: list[ProblemsSection] = Field(description="存在的问题和建议.")
    compliance: ComplianceSection | None = Field(
        description="各部门月报制度的落实情况: each unit's compliance with the report kind."
    )
    analysis: LongText = Field(description="The office's own analysis (分析汇总).")


class BulletinUpdate(WriteModel):
    """Edit a draft: any section may be rewritten; the compliance section stays as assembled
    (it is the record of who reported when)."""

    title: Title | None = None
    analysis: LongText | None = None
    tasks: list[TaskSection] | None = Field(default=None, max_length=5000)
    experience: list[TextSection] | None = Field(default=None, max_length=5000)
    problems_and_suggestions: list[ProblemsSection] | None = Field(default=None, max_length=5000)


class BulletinOut(ReadModel):
    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    kind: str
    kind_name: str
    period: PeriodOut
    title: str
    state: BulletinState
    rule: str
    source: str
    rulebook_version_id: uuid.UUID
    generated_at: datetime
    generated_by: uuid.UUID | None
    published_at: datetime | None
    published_by: uuid.UUID | None
    updated_at: datetime

    @model_validator(mode="before")
    @classmethod
    def _period_of_row(cls, data: Any) -> Any:
        """A stored bulletin keeps its period as (kind, first day): answered as a PeriodOut."""
        if isinstance(data, dict):
            return data
        values = {name: getattr(data, name) for name in cls.model_fields if name != "period"}
        period = Period.containing(PeriodKind(data.period_kind), data.period_start)
        return {**values, "period": PeriodOut.of(period)}


class BulletinDetailOut(BulletinOut):
    content: BulletinContent

    @classmethod
    def of(cls, row: Any) -> BulletinDetailOut:
        return cls.model_validate(
            {**BulletinOut.model_validate(row).model_dump(), "content": row.content}
        )
