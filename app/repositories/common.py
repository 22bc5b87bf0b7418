from __future__ import annotations

from typing import TypeVar

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from app.errors import Conflict

Row = TypeVar("Row")

UNIQUE_VIOLATION = "23505"


async def add_unique(session: AsyncSession, row: Row, conflict_detail: str) -> Row:
    """Insert ``row``; a unique violation (a concurrent twin won the race) answers 409, not 500.

    The insert runs in a savepoint so the request's transaction survives the refusal.
    """
    try:
        async with session.begin_nested():
            session.add(row)
            await session.flush()
    except IntegrityError as exc:
        if getattr(exc.orig, "sqlstate", None) == UNIQUE_VIOLATION:
            raise Conflict(conflict_detail) from exc
        raise
    await session.refresh(row)
    return row
