from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Bulletin
from app.pagination import PageRequest, apply_keyset


async def get(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    bulletin_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> Bulletin | None:
    statement = select(Bulletin).where(
        Bulletin.jurisdiction_id == jurisdiction_id, Bulletin.id == bulletin_id
    )
    if for_update:
        statement = statement.with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def find(
    session: AsyncSession, jurisdiction_id: uuid.UUID, kind: str, period_start: date
) -> Bulletin | None:
    return (
        await session.execute(
            select(Bulletin).where(
                Bulletin.jurisdiction_id == jurisdiction_id,
                Bulletin.kind == kind,
                Bulletin.period_start == period_start,
            )
        )
    ).scalar_one_or_none()


async def list_bulletins(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    page: PageRequest,
    *,
    state: str | None,
    only_published: bool,
) -> list[Bulletin]:
    """Newest period first."""
    statement = select(Bulletin).where(Bulletin.jurisdiction_id == jurisdiction_id)
    if only_published:
        statement = statement.where(Bulletin.state == "published")
    if state is not None:
        statement = statement.where(Bulletin.state == state)
    statement = apply_keyset(statement, [Bulletin.period_start, Bulletin.id], page, descending=True)
    return list((await session.execute(statement)).scalars())


async def delete(session: AsyncSession, row: Bulletin) -> None:
    await session.delete(row)
    await session.flush()
