from __future__ import annotations

from datetime import date
from typing import Annotated
from zoneinfo import ZoneInfo

from fastapi import APIRouter, Path, Query

from app.db import Session
from app.deps import CurrentActor, Now, PlatformAdmin
from app.errors import problem_responses
from app.schemas.calendar import (
    CalendarStatusOut,
    CalendarYearIn,
    CalendarYearOut,
    DayOut,
    WorkingDaysAddOut,
    WorkingDaysBetweenOut,
)
from app.services import calendar as service

router = APIRouter(prefix="/calendar", tags=["calendar"])

Year = Annotated[int, Path(ge=service.MIN_ENTERABLE_YEAR, le=service.MAX_ENTERABLE_YEAR)]
SERVICE_ZONE = ZoneInfo("Asia/Shanghai")
PROVISIONAL = (
    "A year without a published arrangement (bundled or entered) after the bundled data's last "
    "year is answered from the provisional calendar — weekends and the statutory holidays on "
    "their computed dates, no make-up workdays — and the answer says so: "
    "`calendar.provisional_years` in the body and the `Gaiban-Calendar-Provisional` header. "
    "Dates before the bundled data's first year (2004) are unknown: 422 calendar-year-unknown."
)


@router.get(
    "/days/{day}",
    summary="Is a date a mainland-China working day, and why",
    description=PROVISIONAL,
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
    description=PROVISIONAL,
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
    "/working-days/between",
    summary='How many working days lie in (from, to]: "late by N working days"',
    description="Negative when `to` is before `from`; the dates at most "
    f"{service.MAX_BETWEEN_DAYS} days apart (422 beyond). {PROVISIONAL}",
    response_model=WorkingDaysBetweenOut,
    responses=problem_responses(401, 422),
)
async def get_working_days_between(
    _: CurrentActor,
    session: Session,
    from_: Annotated[date, Query(alias="from", examples=["2026-09-30"])],
    to: Annotated[date, Query(examples=["2026-10-15"])],
) -> WorkingDaysBetweenOut:
    return await service.between(session, from_, to)


@router.get(
    "/status",
    summary="Which years' holiday arrangements are known, and which are provisional",
    description="The years with a published arrangement and where each comes from (`library`: "
    "the bundled chinese-calendar data; `entered`: entered here), the provisional years "
    "today's answers use (this year and next), and warnings — from 1 November that next year "
    "is not entered yet, at any time that this year is not. Each warning is also logged, once a "
    "day. A "
    "missing year is no outage: /readyz stays 200.",
    response_model=CalendarStatusOut,
    responses=problem_responses(401),
)
async def get_calendar_status(_: CurrentActor, session: Session, now: Now) -> CalendarStatusOut:
    return await service.status(session, now.astimezone(SERVICE_ZONE).date())


@router.get(
    "/years/{year}",
    summary="A year's holiday arrangement (entered here, or from the bundled data)",
    description="The holidays and make-up workdays of a year, with the source they come from: "
    "entered with PUT, or the data bundled with the service. 404 when neither knows the year.",
    response_model=CalendarYearOut,
    responses=problem_responses(401, 404, 422),
)
async def get_calendar_year(_: CurrentActor, session: Session, year: Year) -> CalendarYearOut:
    return await service.get_year(session, year)


@router.put(
    "/years/{year}",
    summary="Enter a year's official holiday arrangement (platform administrators)",
    description="Enters (or replaces) a year's arrangement as the State Council published it: "
    "holidays and make-up workdays, with the notice as source. From then on every deadline and "
    "overdue count in that year uses it instead of the bundled or provisional calendar. "
    "Platform administrators only (403).",
    response_model=CalendarYearOut,
    responses=problem_responses(401, 403, 422),
)
async def update_calendar_year(
    actor: PlatformAdmin, session: Session, year: Year, body: CalendarYearIn
) -> CalendarYearOut:
    return await service.put_year(session, actor, year, body)
