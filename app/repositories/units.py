from __future__ import annotations

import uuid

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import MemberUnit
from app.pagination import PageRequest, apply_keyset


async def get(
    session: AsyncSession, jurisdiction_id: uuid.UUID, unit_id: uuid.UUID
) -> MemberUnit | None:
    result = await session.execute(
        select(MemberUnit).where(
            MemberUnit.jurisdiction_id == jurisdiction_id, MemberUnit.id == unit_id
        )
    )
    return result.scalar_one_or_none()


async def get_many(
    session: AsyncSession, jurisdiction_id: uuid.UUID, unit_ids: set[uuid.UUID]
) -> dict[uuid.UUID, MemberUnit]:
    """Those of ``unit_ids`` that are member units of the jurisdiction (active or not), by id:
    one read for them all."""
    if not unit_ids:
        return {}
    result = await session.execute(
        select(MemberUnit).where(
            MemberUnit.jurisdiction_id == jurisdiction_id, MemberUnit.id.in_(unit_ids)
        )
    )
    return {unit.id: unit for unit in result.scalars()}


async def list_units(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    page: PageRequest,
    *,
    kind: str | None,
    active: bool | None,
) -> list[MemberUnit]:
    statement = select(MemberUnit).where(MemberUnit.jurisdiction_id == jurisdiction_id)
    if kind is not None:
        statement = statement.where(MemberUnit.kind == kind)
    if active is not None:
        statement = statement.where(MemberUnit.is_active.is_(active))
    statement = apply_keyset(statement, [MemberUnit.code], page)
    return list((await session.execute(statement)).scalars())


async def add(session: AsyncSession, row: MemberUnit) -> MemberUnit:
    session.add(row)
    await session.flush()  # INSERT … RETURNING brings back the server defaults
    return row


async def active_summaries(
    session: AsyncSession, jurisdiction_id: uuid.UUID
) -> list[tuple[uuid.UUID, str, str]]:
    """(id, code, name) of the jurisdiction's active member units, by code."""
    result = await session.execute(
        select(MemberUnit.id, MemberUnit.code, MemberUnit.name)
        .where(MemberUnit.jurisdiction_id == jurisdiction_id, MemberUnit.is_active.is_(True))
        .order_by(MemberUnit.code)
    )
    return [(row.id, row.code, row.name) for row in result]


async def existing_ids(
    session: AsyncSession, jurisdiction_id: uuid.UUID, unit_ids: set[uuid.UUID]
) -> set[uuid.UUID]:
    """Those of ``unit_ids`` that are member units of the jurisdiction."""
    result = await session.execute(
        select(MemberUnit.id).where(
            MemberUnit.jurisdiction_id == jurisdiction_id, MemberUnit.id.in_(unit_ids)
        )
    )
    return set(result.scalars())
