from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain import rulebook
from app.models import Delegation
from app.pagination import PageRequest, apply_keyset


def to_domain(row: Delegation) -> rulebook.Delegation:
    return rulebook.Delegation(
        id=row.id,
        from_person=row.from_user_id,
        to_person=row.to_user_id,
        scopes=frozenset(row.scopes),
        valid_from=row.valid_from,
        valid_to=row.valid_to,
        revoked_on=row.revoked_on,
    )


async def get(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    delegation_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> Delegation | None:
    statement = select(Delegation).where(
        Delegation.jurisdiction_id == jurisdiction_id, Delegation.id == delegation_id
    )
    if for_update:
        statement = statement.with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def list_delegations(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    page: PageRequest,
    *,
    from_user_id: uuid.UUID | None,
    to_user_id: uuid.UUID | None,
    active_on: date | None,
    include_revoked: bool,
) -> list[Delegation]:
    statement = select(Delegation).where(Delegation.jurisdiction_id == jurisdiction_id)
    if from_user_id is not None:
        statement = statement.where(Delegation.from_user_id == from_user_id)
    if to_user_id is not None:
        statement = statement.where(Delegation.to_user_id == to_user_id)
    if active_on is not None:
        statement = statement.where(
            Delegation.valid_from <= active_on,
            Delegation.valid_to.is_(None) | (Delegation.valid_to >= active_on),
            Delegation.revoked_on.is_(None) | (Delegation.revoked_on > active_on),
        )
    if not include_revoked:
        statement = statement.where(Delegation.revoked_at.is_(None))
    statement = apply_keyset(statement, [Delegation.created_at, Delegation.id], page)
    return list((await session.execute(statement)).scalars())


async def to_person_on(
    session: AsyncSession, jurisdiction_id: uuid.UUID, person: uuid.UUID, on: date
) -> list[rulebook.Delegation]:
    """The delegations to ``person`` that may count on ``on`` (the domain judges the rest)."""
    rows = await session.execute(
        select(Delegation).where(
            Delegation.jurisdiction_id == jurisdiction_id,
            Delegation.to_user_id == person,
            Delegation.valid_from <= on,
        )
    )
    return [to_domain(row) for row in rows.scalars()]


async def add(session: AsyncSession, row: Delegation) -> Delegation:
    session.add(row)
    await session.flush()  # INSERT … RETURNING brings back the server defaults
    return row
