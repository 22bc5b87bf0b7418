from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import Position
from app.pagination import PageRequest, apply_keyset


async def get(
    session: AsyncSession, jurisdiction_id: uuid.UUID, position_id: uuid.UUID
) -> Position | None:
    result = await session.execute(
        select(Position).where(
            Position.jurisdiction_id == jurisdiction_id, Position.id == position_id
        )
    )
    return result.scalar_one_or_none()


async def list_positions(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    page: PageRequest,
    *,
    role: str | None,
    unit_id: uuid.UUID | None,
    user_id: uuid.UUID | None,
    in_force_on: date | None,
) -> list[Position]:
    statement = select(Position).where(Position.jurisdiction_id == jurisdiction_id)
    if role is not None:
        statement = statement.where(Position.role == role)
    if unit_id is not None:
        statement = statement.where(Position.unit_id == unit_id)
    if user_id is not None:
        statement = statement.where(Position.user_id == user_id)
    if in_force_on is not None:
        statement = statement.where(
            Position.valid_from <= in_force_on,
            Position.valid_to.is_(None) | (Position.valid_to >= in_force_on),
        )
    statement = apply_keyset(statement, [Position.created_at, Position.id], page)
    return list((await session.execute(statement)).scalars())


async def add(session: AsyncSession, row: Position) -> Position:
    session.add(row)
    await session.flush()
    await session.refresh(row)
    return row
