from __future__ import annotations

import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy import ColumnElement, Select, Uuid, false, literal, or_, select, true
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import JurisdictionRef
from app.models import Jurisdiction
from app.pagination import PageRequest, apply_keyset


def to_ref(row: Jurisdiction) -> JurisdictionRef:
    return JurisdictionRef(id=row.id, ancestor_ids=tuple(row.ancestor_ids), time_zone=row.time_zone)


# The session's identity map holds rows weakly: a jurisdiction read to check the caller's scope
# and then dropped was read again by the service a moment later. The session keeps the ones
# this repository returns for its life (one request), so later gets are answered from memory.
_HELD = "gaiban.jurisdictions"


async def get(session: AsyncSession, jurisdiction_id: uuid.UUID) -> Jurisdiction | None:
    row = await session.get(Jurisdiction, jurisdiction_id)
    if row is not None:
        session.info.setdefault(_HELD, set()).add(row)
    return row


async def code_of(session: AsyncSession, jurisdiction_id: uuid.UUID) -> str | None:
    return (
        await session.execute(select(Jurisdiction.code).where(Jurisdiction.id == jurisdiction_id))
    ).scalar_one_or_none()


async def get_by_code(session: AsyncSession, code: str) -> Jurisdiction | None:
    result = await session.execute(select(Jurisdiction).where(Jurisdiction.code == code))
    return result.scalar_one_or_none()


def visibility_clause(
    see_all: bool, subtree_roots: Collection[uuid.UUID], exact: Collection[uuid.UUID] = ()
) -> ColumnElement[bool]:
    """Jurisdictions a caller sees: everything, whole subtrees under some roots, or exact ones."""
    if see_all:
        return true()
    conditions: list[ColumnElement[bool]] = []
    roots = list(subtree_roots)
    if roots:
        conditions.append(Jurisdiction.id.in_(roots))
        # ``&&`` uses the GIN index. One parameter typed uuid[]: ids read back through asyncpg
        # are not uuid.UUID, so SQLAlchemy cannot infer their type from the values themselves.
        conditions.append(Jurisdiction.ancestor_ids.overlap(literal(roots, ARRAY(Uuid))))
    if exact:
        conditions.append(Jurisdiction.id.in_(list(exact)))
    return or_(*conditions) if conditions else false()


def visible_ids_subquery(
    see_all: bool, subtree_roots: Collection[uuid.UUID], exact: Collection[uuid.UUID] = ()
) -> Select[Any]:
    return select(Jurisdiction.id).where(visibility_clause(see_all, subtree_roots, exact))


async def list_visible(
    session: AsyncSession,
    clause: ColumnElement[bool],
    page: PageRequest,
    *,
    parent_id: uuid.UUID | None,
    level: str | None,
) -> list[Jurisdiction]:
    statement = select(Jurisdiction).where(clause)
    if parent_id is not None:
        statement = statement.where(Jurisdiction.parent_id == parent_id)
    if level is not None:
        statement = statement.where(Jurisdiction.level == level)
    statement = apply_keyset(statement, [Jurisdiction.code], page)
    return list((await session.execute(statement)).scalars())


async def add(session: AsyncSession, row: Jurisdiction) -> Jurisdiction:
    session.add(row)
    await session.flush()  # INSERT … RETURNING brings back the server defaults
    return row


async def get_many(session: AsyncSession, ids: set[uuid.UUID]) -> list[Jurisdiction]:
    if not ids:
        return []
    result = await session.execute(select(Jurisdiction).where(Jurisdiction.id.in_(ids)))
    return list(result.scalars())


async def self_and_descendants(
    session: AsyncSession, jurisdiction_id: uuid.UUID
) -> list[Jurisdiction]:
    """This jurisdiction and every one below it, in one statement."""
    statement = select(Jurisdiction).where(
        or_(
            Jurisdiction.id == jurisdiction_id,
            Jurisdiction.ancestor_ids.contains(literal([jurisdiction_id], ARRAY(Uuid))),
        )
    )
    return list((await session.execute(statement)).scalars())


async def descendants(session: AsyncSession, jurisdiction_id: uuid.UUID) -> list[Jurisdiction]:
    """Every jurisdiction below this one (its counties, their parks …)."""
    statement = select(Jurisdiction).where(
        Jurisdiction.ancestor_ids.contains(literal([jurisdiction_id], ARRAY(Uuid)))
    )
    return list((await session.execute(statement)).scalars())
