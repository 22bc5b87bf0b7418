from __future__ import annotations

from datetime import date
from typing import Annotated

from fastapi import APIRouter, Path, Query

from app.db import Session
from app.deps import CurrentActor, PlatformAdmin
from app.errors import problem_responses
from app.schemas.calendar import CalendarYearIn, CalendarYearOut, DayOut, WorkingDaysAddOut
from app.services import calendar as service

router = APIRouter(prefix="/calendar", tags=["calendar"])

Year = Annotated[int, Path(ge=2000, le=2100)]


@router.get(
    "/days/{day}",
    summary="Is a date a mainland-China working day, and why",
    response_model=DayOut,
    responses=problem_responses(401, 422),
)
async def get_calendar_day(
    _: CurrentActor, session: Session, day: Annotated[date, Path(examples=["2026-10-10"])]
) -> DayOut:
    return await service.describe_day(session, day)


@router.get(
    "/working-days/add",
    summary="The date N working days after a date (before it when N is negative)",
    response_model=WorkingDaysAddOut,
    responses=problem_responses(401, 422),
)
async def get_working_days_add(
    _: CurrentActor,
    session: Session,
    date_: Annotated[date, Query(alias="date", examples=["2026-09-30"])],
    days: Annotated[int, Query(ge=-1000, le=1000, examples=[10])],
) -> WorkingDaysAddOut:
    return await service.add_days(session, date_, days)


@router.get(
    "/years/{year}",
    summary="A year's holiday arrangement (entered here, or from the bundled data)",
    response_model=CalendarYearOut,
    responses=problem_responses(401, 404, 422),
)
async def get_calendar_year(_: CurrentActor, session: Session, year: Year) -> CalendarYearOut:
    return await service.get_year(session, year)


@router.put(
    "/years/{year}",
    summary="Enter a year's official holiday arrangement (platform administrators)",
    response_model=CalendarYearOut,
    responses=problem_responses(401, 403, 422),
)
async def update_calendar_year(
    actor: PlatformAdmin, session: Session, year: Year, body: CalendarYearIn
) -> CalendarYearOut:
    return await service.put_year(session, actor, year, body)
