from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date
from typing import Any

from sqlalchemy import Row, func, select
from sqlalchemy.dialects.postgresql import distinct_on
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import RulebookVersion
from app.pagination import PageRequest, apply_keyset


async def version_in_force(
    session: AsyncSession, jurisdiction_ids: Sequence[uuid.UUID], on: date
) -> RulebookVersion | None:
    """The version in force on ``on`` of the first jurisdiction in ``jurisdiction_ids`` that has
    one (a county without its own rulebook uses its parent's, C-ORG-3)."""
    if not jurisdiction_ids:
        return None
    rows = (
        await session.execute(
            select(RulebookVersion)
            .where(
                RulebookVersion.jurisdiction_id.in_(list(jurisdiction_ids)),
                RulebookVersion.effective_from <= on,
            )
            .order_by(RulebookVersion.jurisdiction_id, RulebookVersion.effective_from.desc())
            .ext(distinct_on(RulebookVersion.jurisdiction_id))
        )
    ).scalars()
    latest = {row.jurisdiction_id: row for row in rows}
    for jid in jurisdiction_ids:
        if jid in latest:
            return latest[jid]
    return None


async def versions_of(
    session: AsyncSession, jurisdiction_ids: Sequence[uuid.UUID]
) -> list[Row[Any]]:
    """Every version of these jurisdictions (id, jurisdiction, effective_from, document): what
    the process caches for a lineage (app/services/rulebooks.py)."""
    statement = select(
        RulebookVersion.id,
        RulebookVersion.jurisdiction_id,
        RulebookVersion.effective_from,
        RulebookVersion.document,
    ).where(RulebookVersion.jurisdiction_id.in_(list(jurisdiction_ids)))
    return list((await session.execute(statement)).all())


async def list_versions(
    session: AsyncSession, jurisdiction_id: uuid.UUID, page: PageRequest
) -> list[Row[Any]]:
    """The jurisdiction's own versions, oldest first, without their documents (only the title)."""
    statement = select(
        RulebookVersion.id,
        RulebookVersion.jurisdiction_id,
        RulebookVersion.effective_from,
        func.coalesce(RulebookVersion.document["title"].astext, "").label("title"),
        RulebookVersion.published_by,
        RulebookVersion.published_at,
    ).where(RulebookVersion.jurisdiction_id == jurisdiction_id)
    statement = apply_keyset(statement, [RulebookVersion.effective_from], page)
    return list((await session.execute(statement)).all())


async def get(
    session: AsyncSession, jurisdiction_id: uuid.UUID, version_id: uuid.UUID
) -> RulebookVersion | None:
    result = await session.execute(
        select(RulebookVersion).where(
            RulebookVersion.jurisdiction_id == jurisdiction_id, RulebookVersion.id == version_id
        )
    )
    return result.scalar_one_or_none()


async def get_by_date(
    session: AsyncSession, jurisdiction_id: uuid.UUID, effective_from: date
) -> RulebookVersion | None:
    result = await session.execute(
        select(RulebookVersion).where(
            RulebookVersion.jurisdiction_id == jurisdiction_id,
            RulebookVersion.effective_from == effective_from,
        )
    )
    return result.scalar_one_or_none()


async def get_by_id(session: AsyncSession, version_id: uuid.UUID) -> RulebookVersion | None:
    """A version by id alone: for ids the service itself recorded (a meeting's judging version,
    which may be an ancestor's, C-ORG-3), never for ids from a request."""
    return await session.get(RulebookVersion, version_id)
