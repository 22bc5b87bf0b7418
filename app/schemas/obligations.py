from __future__ import annotations

import uuid
from datetime import date

from pydantic import Field

from app.domain.reports import PeriodKind
from app.schemas.base import ReadModel


class PeriodOut(ReadModel):
    kind: PeriodKind
    year: int
    index: int = Field(description="1–12 for a month, 1–4 for a quarter, 1 for a year.")
    start: date
    end: date


class ObligationOut(ReadModel):
    report_kind: str
    report_name: str
    period: PeriodOut
    due_date: date
    unit_id: uuid.UUID | None = Field(description="Null: the office submits it.")
    unit_name: str | None
    submitted_by: str = Field(description="The role that submits it (liaison_officer …).")
    rule: str
    source: str
