from __future__ import annotations

import uuid
from collections.abc import Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import RulebookVersion


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
            .distinct(RulebookVersion.jurisdiction_id)
        )
    ).scalars()
    latest = {row.jurisdiction_id: row for row in rows}
    for jid in jurisdiction_ids:
        if jid in latest:
            return latest[jid]
    return None


async def list_versions(session: AsyncSession, jurisdiction_id: uuid.UUID) -> list[RulebookVersion]:
    rows = await session.execute(
        select(RulebookVersion)
        .where(RulebookVersion.jurisdiction_id == jurisdiction_id)
        .order_by(RulebookVersion.effective_from)
    )
    return list(rows.scalars())
