"""Holiday arrangements: the bundled chinese-calendar data, and years entered by administrators."""

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


def to_arrangement(row: CalendarYear) -> YearArrangement:
    return YearArrangement(
        year=row.year,
        holidays={date.fromisoformat(h["date"]): h["name"] for h in row.holidays},
        makeup_workdays={date.fromisoformat(m["date"]): m["name"] for m in row.makeup_workdays},
        source=row.source,
    )


async def entered_arrangements(session: AsyncSession) -> list[YearArrangement]:
    rows = (await session.execute(select(CalendarYear).order_by(CalendarYear.year))).scalars()
    return [to_arrangement(row) for row in rows]


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
