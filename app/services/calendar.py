"""Working-day questions, answered from the bundled library overlaid with entered years."""

from __future__ import annotations

from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Actor
from app.domain.calendar import (
    ArrangementCalendar,
    YearArrangement,
    add_working_days,
    merged,
)
from app.domain.errors import FieldError, InvalidInput
from app.errors import NotFound
from app.models import CalendarYear
from app.repositories import calendar as repo
from app.schemas.calendar import (
    CalendarYearIn,
    CalendarYearOut,
    DayOut,
    NamedDay,
    WorkingDaysAddOut,
)
from app.services import audit


async def load_calendar(session: AsyncSession) -> ArrangementCalendar:
    """The calendar every rule uses: an administrator's entry for a year replaces the library's."""
    return merged(repo.library_arrangements(), await repo.entered_arrangements(session))


async def describe_day(session: AsyncSession, day: date) -> DayOut:
    info = (await load_calendar(session)).day(day)
    return DayOut(
        date=info.day,
        is_working_day=info.is_working_day,
        kind=info.kind,
        holiday_name=info.holiday_name,
        source=info.source,
    )


async def add_days(session: AsyncSession, start: date, days: int) -> WorkingDaysAddOut:
    result = add_working_days(await load_calendar(session), start, days)
    return WorkingDaysAddOut(date=start, days=days, result=result)


def _named(days: dict[date, str]) -> list[NamedDay]:
    return [NamedDay(date=d, name=name) for d, name in sorted(days.items())]


def _out(arrangement: YearArrangement, row: CalendarYear | None) -> CalendarYearOut:
    return CalendarYearOut(
        year=arrangement.year,
        holidays=_named(dict(arrangement.holidays)),
        makeup_workdays=_named(dict(arrangement.makeup_workdays)),
        source=arrangement.source,
        entered=row is not None,
        updated_at=row.updated_at if row is not None else None,
    )


async def get_year(session: AsyncSession, year: int) -> CalendarYearOut:
    row = await repo.get(session, year)
    if row is not None:
        return _out(repo.to_arrangement(row), row)
    for arrangement in repo.library_arrangements():
        if arrangement.year == year:
            return _out(arrangement, None)
    raise NotFound(f"No holiday arrangement is known for {year}; PUT one to enter it.")


def _check_year(year: int, data: CalendarYearIn) -> None:
    errors: list[FieldError] = []
    seen: dict[date, str] = {}
    for field in ("holidays", "makeup_workdays"):
        for index, item in enumerate(getattr(data, field)):
            where = ("body", field, index, "date")
            if item.date.year != year:
                errors.append(FieldError(where, f"not in {year}"))
            elif item.date in seen:
                errors.append(FieldError(where, f"already listed in {seen[item.date]}"))
            elif field == "makeup_workdays" and item.date.weekday() < 5:
                errors.append(
                    FieldError(where, "a make-up workday must fall on a Saturday or Sunday")
                )
            seen.setdefault(item.date, field)
    if errors:
        raise InvalidInput(f"The arrangement for {year} is not consistent.", tuple(errors))


async def put_year(
    session: AsyncSession, actor: Actor, year: int, data: CalendarYearIn
) -> CalendarYearOut:
    _check_year(year, data)
    existing = await repo.get(session, year)
    before = _out(repo.to_arrangement(existing), existing) if existing else None
    row = await repo.put(
        session,
        year,
        holidays=[h.model_dump(mode="json") for h in data.holidays],
        makeup_workdays=[m.model_dump(mode="json") for m in data.makeup_workdays],
        source=data.source,
    )
    after = _out(repo.to_arrangement(row), row)
    await audit.record(
        session,
        actor,
        action="calendar_year.put",
        entity_type="calendar_year",
        entity_id=str(year),
        jurisdiction_id=None,
        before=before,
        after=after,
    )
    return after
