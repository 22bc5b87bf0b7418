"""The one shape of a period in every answer (obligations, submissions, compliance, briefings,
bulletins, meeting compliance): ``{kind, year, index, label, start, end}``. A request names a
period by its label alone (``2026-11``, ``2026-Q3``, ``2026``)."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, Field

from app.domain.reports import Period, PeriodKind

LABEL_DESCRIPTION = (
    "`2026-11` (a month), `2026-Q3` (a quarter) or `2026` (a year): the form a request gives a "
    "period in."
)


class PeriodOut(BaseModel):
    """A month, quarter or year, named the same way in every answer."""

    kind: PeriodKind
    year: int
    index: int = Field(description="1–12 for a month, 1–4 for a quarter, 1 for a year.")
    label: str = Field(examples=["2026-Q3"], description=LABEL_DESCRIPTION)
    start: date = Field(description="The period's first day.")
    end: date = Field(description="The period's last day.")

    @classmethod
    def of(cls, period: Period) -> PeriodOut:
        return cls(
            kind=period.kind,
            year=period.year,
            index=period.index,
            label=period.label,
            start=period.start,
            end=period.end,
        )


def period_json(period: Period) -> dict[str, Any]:
    """PeriodOut as plain JSON, for answers written without a model (the compliance matrix)."""
    return {
        "kind": period.kind.value,
        "year": period.year,
        "index": period.index,
        "label": period.label,
        "start": period.start.isoformat(),
        "end": period.end.isoformat(),
    }
