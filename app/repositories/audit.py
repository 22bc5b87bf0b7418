from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AuditEvent
from app.pagination import PageRequest, apply_keyset


async def add(session: AsyncSession, event: AuditEvent) -> None:
    session.add(event)
    await session.flush()


async def list_events(
    session: AsyncSession,
    page: PageRequest,
    *,
    jurisdiction_id: uuid.UUID | None,
    entity_type: str | None,
    entity_id: str | None,
    action: str | None,
    since: datetime | None,
    until: datetime | None,
) -> list[AuditEvent]:
    statement = select(AuditEvent)
    if jurisdiction_id is not None:
        statement = statement.where(AuditEvent.jurisdiction_id == jurisdiction_id)
    if entity_type is not None:
        statement = statement.where(AuditEvent.entity_type == entity_type)
    if entity_id is not None:
        statement = statement.where(AuditEvent.entity_id == entity_id)
    if action is not None:
        statement = statement.where(AuditEvent.action == action)
    if since is not None:
        statement = statement.where(AuditEvent.occurred_at >= since)
    if until is not None:
        statement = statement.where(AuditEvent.occurred_at < until)
    statement = apply_keyset(statement, [AuditEvent.id], page, descending=True)
    return list((await session.execute(statement)).scalars())
