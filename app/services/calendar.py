"""Working-day questions, answered from the bundled library overlaid with entered years, and
from a provisional calendar for the years no notice covers yet.

Each request gets one calendar (kept on its session): it records every provisional year it
answered from, so the answer can say so in its body (``calendar.provisional_years``) and
RequestContextMiddleware in its ``Gaiban-Calendar-Provisional`` header. Nothing derived
from a provisional year is stored: stored figures use ``exact()`` (a provisional year is
unknown there, as before).
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Actor
from app.domain.calendar import (
    ArrangementCalendar,
    CalendarYearUnknown,
    YearArrangement,
    add_working_days,
    merged,
    working_days_between,
)
from app.domain.errors import FieldError, InvalidInput
from app.domain.messages import _
from app.errors import NotFound
from app.invalidation import through_cache
from app.models import CalendarYear
from app.repositories import calendar as repo
from app.request_context import provisional_record
from app.schemas.calendar import (
    CalendarStatusOut,
    CalendarUse,
    CalendarYearIn,
    CalendarYearOut,
    DayOut,
    KnownYear,
    NamedDay,
    WorkingDaysAddOut,
    WorkingDaysBetweenOut,
)
from app.services import audit

logger = logging.getLogger("gaiban.calendar")

_SESSION_KEY = "gaiban.calendar"


@dataclass(frozen=True)
class Loaded:
    calendar: ArrangementCalendar
    revision: str


async def _entered(session: AsyncSession) -> tuple[list[YearArrangement], str]:
    """The years administrators entered and their revision, from the process's cache when it
    holds them (app/invalidation.py: dropped when calendar_years changes)."""
    entered = await through_cache(
        session, lambda c: c.calendar, "entered", lambda: repo.entered_arrangements(session)
    )
    assert entered is not None
    return entered


async def _loaded(session: AsyncSession) -> Loaded:
    cached = session.info.get(_SESSION_KEY)
    if isinstance(cached, Loaded):
        return cached
    entered, entered_revision = await _entered(session)
    base = merged(repo.provisional_arrangements(), repo.library_arrangements(), entered)
    # The request's record, named in the response header (RequestContextMiddleware).
    request = provisional_record()
    records = (set(), request) if request is not None else (set(),)
    calendar = ArrangementCalendar(base.arrangements, records)
    revision = f"{repo.library_revision()}|{entered_revision}"
    loaded = Loaded(calendar, revision)
    session.info[_SESSION_KEY] = loaded
    return loaded


async def load_calendar(session: AsyncSession) -> ArrangementCalendar:
    """The calendar every rule uses: an administrator's entry for a year replaces the library's,
    which replaces the provisional one. One per request (session): its record names every
    provisional year the request's answers used; ``noting()`` gives a part of an answer its own."""
    return (await _loaded(session)).calendar


async def calendar_revision(session: AsyncSession) -> str:
    """Changes whenever the calendar could answer differently (a year entered, a new library):
    part of the validators of answers computed from working days."""
    return (await _loaded(session)).revision


def forget_calendar(session: AsyncSession) -> None:
    """After a year is entered: the next load reads the years again."""
    session.info.pop(_SESSION_KEY, None)


def use_of(calendar: ArrangementCalendar) -> CalendarUse:
    """The body's note of the provisional years ``calendar`` answered from."""
    return CalendarUse(provisional_years=list(calendar.provisional_consulted))


async def describe_day(session: AsyncSession, day: date) -> DayOut:
    calendar = (await load_calendar(session)).noting()
    info = calendar.day(day)
    return DayOut(
        date=info.day,
        is_working_day=info.is_working_day,
        kind=info.kind,
        holiday_name=info.holiday_name,
        source=info.source,
        provisional=info.provisional,
        calendar=use_of(calendar),
    )


async def add_days(session: AsyncSession, start: date, days: int) -> WorkingDaysAddOut:
    calendar = (await load_calendar(session)).noting()
    result = add_working_days(calendar, start, days)
    return WorkingDaysAddOut(date=start, days=days, result=result, calendar=use_of(calendar))


MAX_BETWEEN_DAYS = 3660  # about ten years: a deadline's lateness, never a century


async def between(session: AsyncSession, start: date, end: date) -> WorkingDaysBetweenOut:
    if abs((end - start).days) > MAX_BETWEEN_DAYS:
        raise InvalidInput(
            _(
                "The dates are more than {max_between_days} days apart; ask for it in parts.",
                max_between_days=MAX_BETWEEN_DAYS,
            ),
            (
                FieldError(
                    ("query", "to"),
                    _(
                        "at most {max_between_days} days from `from`",
                        max_between_days=MAX_BETWEEN_DAYS,
                    ),
                ),
            ),
        )
    calendar = (await load_calendar(session)).noting()
    for year in sorted({start.year, end.year}):
        if year not in calendar.arrangements:  # not even a guess (before 2004, after 2100)
            raise CalendarYearUnknown(year, calendar.known_years)
    count = working_days_between(calendar, start, end)
    return WorkingDaysBetweenOut(from_=start, to=end, working_days=count, calendar=use_of(calendar))


# --- status ---------------------------------------------------------------------------------

WARN_FROM = (11, 1)  # from 1 November, next year's arrangement is awaited
# The years PUT /v1/calendar/years/{year} and the command line accept.
MIN_ENTERABLE_YEAR, MAX_ENTERABLE_YEAR = 2000, 2100
_warned: set[tuple[date, str]] = set()


def _warn_once_a_day(today: date, warning: str) -> None:
    """A monitor polling the status logs each warning once a day, not on every poll."""
    if (today, warning) in _warned:
        return
    if len(_warned) > 1000:
        _warned.clear()
    _warned.add((today, warning))
    logger.warning(warning)


async def status(session: AsyncSession, today: date) -> CalendarStatusOut:
    """Which years are known and from where, the provisional years today's answers use (this
    year and next), and a warning from 1 November when next year is not entered."""
    entered, __ = await _entered(session)
    entered_years = {a.year: a for a in entered}
    known = [KnownYear(year=a.year, source="entered", detail=a.source) for a in entered] + [
        KnownYear(year=a.year, source="library", detail=a.source)
        for a in repo.library_arrangements()
        if a.year not in entered_years
    ]
    known.sort(key=lambda k: k.year)
    known_years = {k.year for k in known}
    first, last = repo.library_years()

    def provisional(year: int) -> bool:
        return year not in known_years and last < year <= repo.PROVISIONAL_LAST_YEAR

    def enterable(year: int) -> str:
        if not MIN_ENTERABLE_YEAR <= year <= MAX_ENTERABLE_YEAR:
            return ""
        return (
            f" Enter it with PUT /v1/calendar/years/{year} or "
            f"`gaiban calendar enter {year} --file notice.json`."
        )

    in_use = [y for y in (today.year, today.year + 1) if provisional(y)]
    warnings: list[str] = []
    if today.year not in known_years:
        how = (
            "answers touching it use the provisional calendar and say so."
            if provisional(today.year)
            else "answers touching it are refused (422 calendar-year-unknown)."
        )
        warnings.append(
            f"{today.year}'s holiday arrangement is not entered: {how}{enterable(today.year)}"
        )
    if (today.month, today.day) >= WARN_FROM and today.year + 1 not in known_years:
        how = (
            "from 1 January answers touching it use the provisional calendar."
            if provisional(today.year + 1)
            else "from 1 January answers touching it are refused (422 calendar-year-unknown)."
        )
        warnings.append(
            f"{today.year + 1}'s holiday arrangement is not entered yet: {how} Enter it once "
            f"the State Council's notice is out.{enterable(today.year + 1)}"
        )
    for warning in warnings:
        _warn_once_a_day(today, warning)
    return CalendarStatusOut(
        today=today,
        years=known,
        library_first_year=first,
        library_last_year=last,
        provisional_years_in_use=in_use,
        provisional_last_year=repo.PROVISIONAL_LAST_YEAR,
        warnings=warnings,
    )


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
    raise NotFound(_("No holiday arrangement is known for {year}; PUT one to enter it.", year=year))


def _check_year(year: int, data: CalendarYearIn) -> None:
    errors: list[FieldError] = []
    seen: dict[date, str] = {}
    for field in ("holidays", "makeup_workdays"):
        for index, item in enumerate(getattr(data, field)):
            where = ("body", field, index, "date")
            if item.date.year != year:
                errors.append(FieldError(where, _("not in {year}", year=year)))
            elif item.date in seen:
                errors.append(
                    FieldError(where, _("already listed in {seen}", seen=seen[item.date]))
                )
            elif field == "makeup_workdays" and item.date.weekday() < 5:
                errors.append(
                    FieldError(where, _("a make-up workday must fall on a Saturday or Sunday"))
                )
            seen.setdefault(item.date, field)
    if errors:
        raise InvalidInput(
            _("The arrangement for {year} is not consistent.", year=year), tuple(errors)
        )


async def put_year(
    session: AsyncSession,
    actor: Actor | None,
    year: int,
    data: CalendarYearIn,
    *,
    operator: str | None = None,
) -> CalendarYearOut:
    """Enter (or replace) a year's arrangement, audited: ``actor`` None is the command line,
    recorded as the system acting for ``operator`` (the operating-system account)."""
    _check_year(year, data)
    forget_calendar(session)
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
        system_name=f"cli:{operator}" if actor is None and operator else "system",
    )
    return after
