from __future__ import annotations

import uuid
from datetime import datetime
from typing import cast

from sqlalchemy import Table, insert, select
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.ext.asyncio import AsyncSession

from app.models import AuditEvent
from app.pagination import PageRequest, apply_keyset

_INSERT = insert(cast(Table, AuditEvent.__table__))
_COLUMNS = frozenset(attribute.key for attribute in sa_inspect(AuditEvent).column_attrs)


async def add(session: AsyncSession, *events: AuditEvent) -> None:
    """Append ``events`` in the change's own transaction: what the change left pending is
    flushed first (the trail follows it), then one INSERT of the columns the events set, a
    statement compiled once per set of columns, not a unit of work each time. Several events
    go in one statement (an executemany: one round trip), in their order."""
    if not events:
        return
    await session.flush()
    rows = [
        {key: value for key, value in sa_inspect(event).dict.items() if key in _COLUMNS}
        for event in events
    ]
    await session.execute(_INSERT, rows if len(rows) > 1 else rows[0])


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
