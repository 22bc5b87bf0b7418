from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import ColumnElement, Select, func, literal_column, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import InstrumentedAttribute

from app.domain.access import Actor, ActorKind, Grant
from app.domain.organisation import PositionRole
from app.models import Jurisdiction, Position, User
from app.pagination import PageRequest, apply_keyset


async def get(session: AsyncSession, user_id: uuid.UUID) -> User | None:
    return await session.get(User, user_id)


async def get_by_username(session: AsyncSession, username: str) -> User | None:
    result = await session.execute(select(User).where(User.username == username))
    return result.scalar_one_or_none()


def _today_in(zone_column: InstrumentedAttribute[str]) -> ColumnElement[Any]:
    """Today's date in a jurisdiction's own time zone, computed by PostgreSQL."""
    return func.date(func.timezone(zone_column, func.now()))


def positions_in_force_statement(
    user_id: uuid.UUID,
) -> Select[uuid.UUID, str, uuid.UUID | None]:
    today = _today_in(Jurisdiction.time_zone)
    return (
        select(Position.jurisdiction_id, Position.role, Position.unit_id)
        .join(Jurisdiction, Jurisdiction.id == Position.jurisdiction_id)
        .where(
            Position.user_id == user_id,
            Position.valid_from <= today,
            (Position.valid_to.is_(None)) | (Position.valid_to >= today),
        )
    )


async def load_actor(session: AsyncSession, user_id: uuid.UUID) -> Actor | None:
    """The active user with the positions in force today (in each jurisdiction's zone), in one
    statement: the user joined to its positions (one row, with nulls, when it holds none)."""
    held = positions_in_force_statement(user_id).add_columns(Position.user_id).subquery()
    rows = (
        await session.execute(
            select(
                User.username,
                User.is_active,
                User.is_platform_admin,
                User.jurisdiction_id,
                held.c.jurisdiction_id.label("grant_jurisdiction_id"),
                held.c.role,
                held.c.unit_id,
            )
            .outerjoin(held, held.c.user_id == User.id)
            .where(User.id == user_id)
        )
    ).all()
    if not rows or not rows[0].is_active:
        return None
    user = rows[0]
    return Actor(
        kind=ActorKind.user,
        id=user_id,
        name=user.username,
        is_platform_admin=user.is_platform_admin,
        grants=frozenset(
            Grant(
                jurisdiction_id=row.grant_jurisdiction_id,
                role=PositionRole(row.role),
                unit_id=row.unit_id,
            )
            for row in rows
            if row.role is not None
        ),
        home_jurisdiction_id=user.jurisdiction_id,
    )


async def list_users(
    session: AsyncSession,
    visible_jurisdictions: Select[Any] | None,
    page: PageRequest,
    *,
    jurisdiction_id: uuid.UUID | None,
    active: bool | None,
    query: str | None,
) -> list[User]:
    statement = select(User)
    if visible_jurisdictions is not None:
        statement = statement.where(User.jurisdiction_id.in_(visible_jurisdictions))
    if jurisdiction_id is not None:
        statement = statement.where(User.jurisdiction_id == jurisdiction_id)
    if active is not None:
        statement = statement.where(User.is_active.is_(active))
    if query:
        pattern = "%" + query.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
        statement = statement.where(
            User.username.ilike(pattern, escape="\\")
            | User.display_name.ilike(pattern, escape="\\")
        )
    statement = apply_keyset(statement, [User.username], page)
    return list((await session.execute(statement)).scalars())


async def add(session: AsyncSession, row: User) -> User:
    session.add(row)
    await session.flush()  # INSERT … RETURNING brings back the server defaults
    return row


async def count_platform_admins(session: AsyncSession) -> int:
    result = await session.execute(
        select(func.count(literal_column("*"))).select_from(User).where(User.is_platform_admin)
    )
    return int(result.scalar_one())
