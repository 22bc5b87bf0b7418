from __future__ import annotations

import datetime as dt

from pydantic import Field

from app.domain.calendar import DayKind
from app.schemas.base import ReadModel, WriteModel


class DayOut(ReadModel):
    date: dt.date
    is_working_day: bool
    kind: DayKind
    holiday_name: str | None = Field(description="The holiday a day off or make-up day belongs to.")
    source: str = Field(description="Where the year's arrangement comes from.")


class WorkingDaysAddOut(ReadModel):
    date: dt.date
    days: int
    result: dt.date = Field(
        description="The days-th working day after date (before it when negative)."
    )


class NamedDay(WriteModel):
    date: dt.date
    name: str = Field(min_length=1, max_length=100, examples=["元旦"])


class CalendarYearIn(WriteModel):
    holidays: list[NamedDay] = Field(
        max_length=120, description="Every day off of the statutory holidays, weekends included."
    )
    makeup_workdays: list[NamedDay] = Field(
        max_length=30, description="Weekend days worked (调休), with the holiday they make up for."
    )
    source: str = Field(
        min_length=1,
        max_length=500,
        examples=["国务院办公厅关于2027年部分节假日安排的通知（国办发明电〔2026〕×号）"],
    )


class CalendarYearOut(ReadModel):
    year: int
    holidays: list[NamedDay]
    makeup_workdays: list[NamedDay]
    source: str
    entered: bool = Field(description="True when entered here; false when from the bundled data.")
    updated_at: dt.datetime | None = None
