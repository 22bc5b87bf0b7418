from __future__ import annotations

import datetime as dt
from typing import Generic, Literal, TypeVar

from pydantic import ConfigDict, Field

from app.domain.calendar import DayKind
from app.pagination import Page
from app.schemas.base import ReadModel, WriteModel

T = TypeVar("T")


class CalendarUse(ReadModel):
    """Which provisional years an answer's working days came from (empty: exact figures)."""

    provisional_years: list[int] = Field(
        description="Years without a published (bundled or entered) holiday arrangement whose "
        "provisional calendar — weekends and the statutory holidays on their computed dates, "
        "no make-up workdays — this answer used. Its figures may change once they are "
        "entered. Also named in the Gaiban-Calendar-Provisional response header.",
        examples=[[2027]],
    )


class CalendarPage(Page[T], Generic[T]):
    """A page of answers computed from working days, with the calendar years they used."""

    calendar: CalendarUse


class DayOut(ReadModel):
    date: dt.date
    is_working_day: bool
    kind: DayKind
    holiday_name: str | None = Field(description="The holiday a day off or make-up day belongs to.")
    source: str = Field(description="Where the year's arrangement comes from.")
    provisional: bool = Field(
        description="True when the year has no published arrangement yet (a computed guess)."
    )
    calendar: CalendarUse


class WorkingDaysAddOut(ReadModel):
    date: dt.date
    days: int
    result: dt.date = Field(
        description="The days-th working day after date (before it when negative)."
    )
    calendar: CalendarUse


class WorkingDaysBetweenOut(ReadModel):
    model_config = ConfigDict(from_attributes=True, populate_by_name=True)

    from_: dt.date = Field(alias="from", serialization_alias="from")
    to: dt.date
    working_days: int = Field(
        description="Working days in (from, to]; negative when to is before from."
    )
    calendar: CalendarUse


class KnownYear(ReadModel):
    year: int
    source: Literal["library", "entered"] = Field(
        description="`library`: the bundled chinese-calendar data; `entered`: entered here."
    )
    detail: str = Field(description="The arrangement's source (the notice it follows).")


class CalendarStatusOut(ReadModel):
    today: dt.date = Field(description="The service's date (Asia/Shanghai).")
    years: list[KnownYear] = Field(description="Every year with a published arrangement.")
    library_first_year: int = Field(
        description="Dates before this year are unknown (422): the holiday rules differed."
    )
    library_last_year: int
    provisional_years_in_use: list[int] = Field(
        description="This year and next, where no arrangement is known: answers touching them "
        "use the provisional calendar and say so."
    )
    provisional_last_year: int = Field(
        description="The provisional calendar reaches this year; later dates are unknown (422)."
    )
    warnings: list[str] = Field(
        description="From 1 November, that next year is not entered; at any time, that this "
        "year is not. Also logged."
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
