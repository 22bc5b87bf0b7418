from __future__ import annotations

import uuid
from datetime import date

from pydantic import Field

from app.schemas.base import ReadModel
from app.schemas.periods import PeriodOut


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
