from __future__ import annotations

import uuid

from sqlalchemy import func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import FeedToken


async def add(session: AsyncSession, row: FeedToken) -> FeedToken:
    session.add(row)
    await session.flush()  # INSERT … RETURNING brings back the server defaults
    return row


async def list_for_user(session: AsyncSession, user_id: uuid.UUID) -> list[FeedToken]:
    rows = await session.execute(
        select(FeedToken)
        .where(FeedToken.user_id == user_id)
        .order_by(FeedToken.created_at, FeedToken.id)
    )
    return list(rows.scalars())


async def get_for_user(
    session: AsyncSession, user_id: uuid.UUID, token_id: uuid.UUID
) -> FeedToken | None:
    return (
        await session.execute(
            select(FeedToken)
            .where(FeedToken.user_id == user_id, FeedToken.id == token_id)
            .with_for_update()
        )
    ).scalar_one_or_none()


async def owner_of(session: AsyncSession, token_hash: str) -> uuid.UUID | None:
    """The user a token in force belongs to (revoked and expired ones belong to nobody)."""
    return (
        await session.execute(
            select(FeedToken.user_id).where(
                FeedToken.token_hash == token_hash,
                FeedToken.revoked_at.is_(None),
                FeedToken.expires_at > func.now(),
            )
        )
    ).scalar_one_or_none()


async def revoke_all_of(session: AsyncSession, user_id: uuid.UUID) -> None:
    await session.execute(
        update(FeedToken)
        .where(FeedToken.user_id == user_id, FeedToken.revoked_at.is_(None))
        .values(revoked_at=func.now())
    )
