from __future__ import annotations

import uuid
from collections.abc import Collection
from datetime import date
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.composition import Post
from app.domain.holdings import HeldPosition
from app.domain.organisation import Tenure
from app.domain.positions import PositionLevel
from app.domain.rulebook import Holding
from app.models import Position, User
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


async def holdings_on(session: AsyncSession, jurisdiction_id: uuid.UUID, on: date) -> list[Holding]:
    """Who holds which role in the jurisdiction on ``on`` (uses the index that leads with
    jurisdiction_id)."""
    rows = await session.execute(
        select(Position.user_id, Position.role).where(
            Position.jurisdiction_id == jurisdiction_id,
            Position.valid_from <= on,
            Position.valid_to.is_(None) | (Position.valid_to >= on),
        )
    )
    return [Holding(row.user_id, row.role) for row in rows]


async def add(session: AsyncSession, row: Position) -> Position:
    session.add(row)
    await session.flush()  # INSERT … RETURNING brings back the server defaults
    return row


async def lock_role(
    session: AsyncSession, jurisdiction_id: uuid.UUID, role: str, unit_id: uuid.UUID | None
) -> None:
    """Serialise assignments of one role (in one unit, when given) of a jurisdiction until the
    transaction ends, so two concurrent ones cannot both pass a limit on how many may hold it."""
    key = f"positions:{jurisdiction_id}:{role}:{unit_id or ''}"
    await session.execute(select(func.pg_advisory_xact_lock(func.hashtextextended(key, 0))))


async def other_holders_tenures(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    role: str,
    unit_id: uuid.UUID | None,
    within: Tenure,
    *,
    user_id: uuid.UUID,
    exclude_position_id: uuid.UUID | None = None,
) -> list[tuple[uuid.UUID | None, Tenure]]:
    """The units and tenures of ``role`` (in ``unit_id`` when given, else in every unit)
    overlapping ``within``, held by anyone but ``user_id`` (a second position of the same
    person adds no holder)."""
    statement = select(Position.unit_id, Position.valid_from, Position.valid_to).where(
        Position.jurisdiction_id == jurisdiction_id,
        Position.role == role,
        Position.user_id != user_id,
        Position.valid_to.is_(None) | (Position.valid_to >= within.valid_from),
    )
    if within.valid_to is not None:
        statement = statement.where(Position.valid_from <= within.valid_to)
    if unit_id is not None:
        statement = statement.where(Position.unit_id == unit_id)
    if exclude_position_id is not None:
        statement = statement.where(Position.id != exclude_position_id)
    rows = await session.execute(statement)
    return [(row.unit_id, Tenure(row.valid_from, row.valid_to)) for row in rows]


async def levels_held(
    session: AsyncSession, jurisdiction_id: uuid.UUID, roles: Collection[str]
) -> set[tuple[str, str]]:
    """Each (role, level) of ``roles`` anyone has ever held in the jurisdiction."""
    if not roles:
        return set()
    rows = await session.execute(
        select(Position.role, Position.level)
        .distinct()
        .where(Position.jurisdiction_id == jurisdiction_id, Position.role.in_(list(roles)))
    )
    return {(row.role, row.level) for row in rows}


async def held_from(
    session: AsyncSession, jurisdiction_id: uuid.UUID, on: date
) -> list[HeldPosition]:
    """The positions of the jurisdiction not ended before ``on``, oldest first."""
    rows = await session.execute(
        select(
            Position.id,
            Position.user_id,
            Position.role,
            Position.level,
            Position.unit_id,
            Position.valid_from,
            Position.valid_to,
        )
        .where(
            Position.jurisdiction_id == jurisdiction_id,
            Position.valid_to.is_(None) | (Position.valid_to >= on),
        )
        .order_by(Position.valid_from, Position.id)
    )
    return [
        HeldPosition(
            row.id,
            row.user_id,
            row.role,
            PositionLevel(row.level),
            row.unit_id,
            Tenure(row.valid_from, row.valid_to),
        )
        for row in rows
    ]


class HolderRow(NamedTuple):
    user_id: uuid.UUID
    display_name: str
    jurisdiction_id: uuid.UUID
    role: str
    unit_id: uuid.UUID | None
    level: str


async def holders_on(
    session: AsyncSession, jurisdiction_ids: Collection[uuid.UUID], on: date
) -> list[HolderRow]:
    """The positions in force on ``on`` in these jurisdictions, with the holders' names."""
    if not jurisdiction_ids:
        return []
    result = await session.execute(
        select(
            Position.user_id,
            User.display_name,
            Position.jurisdiction_id,
            Position.role,
            Position.unit_id,
            Position.level,
        )
        .join(User, User.id == Position.user_id)
        .where(
            Position.jurisdiction_id.in_(list(jurisdiction_ids)),
            Position.valid_from <= on,
            Position.valid_to.is_(None) | (Position.valid_to >= on),
            User.is_active.is_(True),
        )
        .order_by(User.display_name, Position.user_id)
    )
    return [HolderRow(*row) for row in result.all()]


async def posts_on(session: AsyncSession, jurisdiction_id: uuid.UUID, on: date) -> list[Post]:
    """The positions in force on ``on``, for judging the composition of that day; each post's
    ``holder_active`` is whether its holder's account is active now."""
    rows = await session.execute(
        select(Position.id, Position.user_id, Position.role, Position.unit_id, User.is_active)
        .join(User, User.id == Position.user_id)
        .where(
            Position.jurisdiction_id == jurisdiction_id,
            Position.valid_from <= on,
            Position.valid_to.is_(None) | (Position.valid_to >= on),
        )
        .order_by(Position.valid_from, Position.id)
    )
    return [
        Post(row.id, row.user_id, row.role, row.unit_id, holder_active=row.is_active)
        for row in rows
    ]
