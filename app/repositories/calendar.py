"""Holiday arrangements: the bundled chinese-calendar data, years entered by administrators, and
provisional years computed by the ``holidays`` package for the years no notice covers yet."""

from __future__ import annotations

from datetime import date
from functools import lru_cache
from importlib.metadata import version
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.calendar import YearArrangement
from app.models import CalendarYear

# The library names holidays in English; the offices read Chinese.
_CHINESE_NAMES = {
    "New Year's Day": "元旦",
    "Spring Festival": "春节",
    "Tomb-sweeping Day": "清明节",
    "Labour Day": "劳动节",
    "Dragon Boat Festival": "端午节",
    "National Day": "国庆节",
    "Mid-autumn Festival": "中秋节",
    "Anti-Fascist 70th Day": "中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日",
}


@lru_cache(maxsize=1)
def library_revision() -> str:
    """The bundled calendars' versions, for the calendar's revision. Read once: every
    importlib.metadata.version() call parses the package's METADATA file (~4 ms a request)."""
    return f"{version('chinesecalendar')}|{version('holidays')}"


@lru_cache(maxsize=1)
def library_arrangements() -> tuple[YearArrangement, ...]:
    """Every year the chinese-calendar package knows (it follows the State Council's notices)."""
    from chinese_calendar import constants

    source = f"chinese-calendar {version('chinesecalendar')} (国务院办公厅关于部分节假日安排的通知)"
    years = sorted({d.year for d in constants.holidays} | {d.year for d in constants.workdays})
    arrangements = []
    for year in years:
        holidays = {
            d: _CHINESE_NAMES.get(str(name), str(name))
            for d, name in constants.holidays.items()
            if d.year == year
        }
        makeup = {
            d: _CHINESE_NAMES.get(str(name), str(name))
            for d, name in constants.workdays.items()
            if d.year == year
        }
        arrangements.append(YearArrangement(year, holidays, makeup, source))
    return tuple(arrangements)


# The holidays package computes China's statutory holidays (lunar dates included) for any year up
# to this one; the calendar is provisional from the year after the library's last through it.
PROVISIONAL_LAST_YEAR = 2100
PROVISIONAL_SOURCE = (
    "provisional: statutory holidays of 全国年节及纪念日放假办法 on their computed dates, "
    "with in-lieu days (补假) for those on a weekend and no make-up workdays (holidays {version})"
)


def library_years() -> tuple[int, int]:
    """The first and last year the bundled library knows."""
    years = [a.year for a in library_arrangements()]
    return min(years), max(years)


def estimated_holidays(first: int, last: int) -> dict[int, dict[date, str]]:
    """The days off the ``holidays`` package gives for each year of [first, last] under the
    current rules, its Chinese names kept (``（补假）`` marks an in-lieu day), without the
    bridging days off (调休) that only a published notice sets (an estimated year has none)."""
    import holidays

    found = holidays.country_holidays("CN", years=range(first, last + 1), language="zh_CN")
    by_year: dict[int, dict[date, str]] = {year: {} for year in range(first, last + 1)}
    for day, name in found.items():
        if "调休" not in str(name):
            by_year[day.year][day] = str(name)
    return by_year


@lru_cache(maxsize=1)
def provisional_arrangements() -> tuple[YearArrangement, ...]:
    """A provisional arrangement for every year after the library's last, through
    PROVISIONAL_LAST_YEAR: weekends, the statutory holidays and their in-lieu days, no make-up
    workdays. Years before the library's first stay unknown (the holiday rules differed)."""
    source = PROVISIONAL_SOURCE.format(version=version("holidays"))
    _, last = library_years()
    estimated = estimated_holidays(last + 1, PROVISIONAL_LAST_YEAR)
    return tuple(
        YearArrangement(year, days, {}, source, provisional=True)
        for year, days in estimated.items()
    )


def to_arrangement(row: CalendarYear) -> YearArrangement:
    return YearArrangement(
        year=row.year,
        holidays={date.fromisoformat(h["date"]): h["name"] for h in row.holidays},
        makeup_workdays={date.fromisoformat(m["date"]): m["name"] for m in row.makeup_workdays},
        source=row.source,
    )


async def entered_arrangements(session: AsyncSession) -> tuple[list[YearArrangement], str]:
    """The years entered here, and a revision that changes whenever one is entered again."""
    rows = list((await session.execute(select(CalendarYear).order_by(CalendarYear.year))).scalars())
    revision = ",".join(f"{row.year}@{row.updated_at.isoformat()}" for row in rows)
    return [to_arrangement(row) for row in rows], revision


async def get(session: AsyncSession, year: int) -> CalendarYear | None:
    return await session.get(CalendarYear, year)


async def put(
    session: AsyncSession,
    year: int,
    holidays: list[dict[str, Any]],
    makeup_workdays: list[dict[str, Any]],
    source: str,
) -> CalendarYear:
    """Insert or replace the year in one statement, so two first PUTs cannot collide."""
    values = {"holidays": holidays, "makeup_workdays": makeup_workdays, "source": source}
    statement = (
        insert(CalendarYear)
        .values(year=year, **values)
        .on_conflict_do_update(
            index_elements=[CalendarYear.year], set_={**values, "updated_at": func.now()}
        )
        .returning(CalendarYear)
        .execution_options(populate_existing=True)
    )
    row: CalendarYear = (await session.execute(statement)).scalar_one()
    return row
