from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Table, insert, select, text
from sqlalchemy import inspect as sa_inspect
from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.audit_chain import (
    GENESIS_HASH,
    PLATFORM_CHAIN_KEY,
    Break,
    BreakReason,
    ChainWalk,
)
from app.models import AuditEvent
from app.pagination import PageRequest, apply_keyset
from app.repositories import events as events_repo

_INSERT = insert(cast(Table, AuditEvent.__table__))
# The same, carrying the events the change staged (app/services/events.py) in a CTE: the
# outbox costs the write no round trip.
_INSERT_WITH_EVENTS = _INSERT.add_cte(events_repo.INSERT_STAGED.cte("outbox"))
_COLUMNS = frozenset(attribute.key for attribute in sa_inspect(AuditEvent).column_attrs)


async def add(session: AsyncSession, *events: AuditEvent) -> None:
    """Append ``events`` in the change's own transaction: what the change left pending is
    flushed first (the trail follows it), then one INSERT of the columns the events set, a
    statement compiled once per set of columns, not a unit of work each time. Several events
    go in one statement (an executemany: one round trip), in their order. The events the
    change staged for the outbox (app/services/events.py) ride in the first row's INSERT."""
    if not events:
        return
    await session.flush()
    rows = [
        {key: value for key, value in sa_inspect(event).dict.items() if key in _COLUMNS}
        for event in events
    ]
    outbox = events_repo.take_staged(session)
    if outbox is not None:
        await session.execute(_INSERT_WITH_EVENTS, {**rows[0], "outbox": outbox})
        rows = rows[1:]
        if not rows:
            return
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


# One statement walks the chains in order of chain_seq, in the database (a chain can be long:
# nothing but one row per chain comes back). Each row is compared with the one before it: a
# number skipped is a missing row, a prev_hash that is not the previous row_hash breaks the
# link, a row_hash that gaiban_audit_row_hash (the trigger's own function) no longer gives is
# a changed row. The first of these per chain comes back with the chain's length, its last row
# and its recorded head; app.domain.audit_chain judges the head. One statement, so one
# snapshot, though reads run without a transaction. {chains} selects the events, {heads} the
# heads: one chain, or all of them.
_WALK = """
WITH walked AS (
    SELECT e.jurisdiction_id, e.id, e.chain_seq, e.prev_hash, e.row_hash,
           gaiban_audit_row_hash(e) AS recomputed_hash,
           coalesce(lag(e.chain_seq) OVER chain, 0) AS previous_seq,
           coalesce(lag(e.row_hash) OVER chain, :genesis) AS previous_hash,
           lead(e.chain_seq) OVER chain IS NULL AS is_last
    FROM audit_events AS e
    WHERE {chains}
    WINDOW chain AS (PARTITION BY e.jurisdiction_id ORDER BY e.chain_seq)
), judged AS (
    SELECT *,
           CASE
               WHEN chain_seq > previous_seq + 1 THEN 'missing row'
               WHEN prev_hash IS DISTINCT FROM previous_hash THEN 'prev_hash mismatch'
               WHEN row_hash IS DISTINCT FROM recomputed_hash THEN 'hash mismatch'
           END AS reason,
           CASE WHEN chain_seq > previous_seq + 1 THEN previous_seq + 1 ELSE chain_seq END
               AS at_seq
    FROM walked
), chains AS (
    SELECT coalesce(jurisdiction_id, :platform) AS chain_key,
           count(*) AS length,
           max(chain_seq) AS last_seq,
           max(id) FILTER (WHERE is_last) AS last_id,
           max(row_hash) FILTER (WHERE is_last) AS last_hash,
           (array_agg(at_seq ORDER BY at_seq, id) FILTER (WHERE reason IS NOT NULL))[1]
               AS broken_seq,
           (array_agg(reason ORDER BY at_seq, id) FILTER (WHERE reason IS NOT NULL))[1]
               AS broken_reason,
           (array_agg(CASE WHEN reason <> 'missing row' THEN id END ORDER BY at_seq, id)
               FILTER (WHERE reason IS NOT NULL))[1] AS broken_id
    FROM judged
    GROUP BY jurisdiction_id
), heads AS (
    SELECT chain_key, seq, hash
    FROM audit_chain_heads
    WHERE {heads}
)
SELECT nullif(coalesce(c.chain_key, h.chain_key), :platform) AS jurisdiction_id,
       coalesce(c.length, 0) AS length, c.last_seq, c.last_id, c.last_hash,
       c.broken_seq, c.broken_reason, c.broken_id,
       h.seq AS head_seq, h.hash AS head_hash
FROM chains AS c
FULL JOIN heads AS h ON h.chain_key = c.chain_key
ORDER BY 1 NULLS FIRST
"""
_ONE_CHAIN = "e.jurisdiction_id = :jurisdiction_id"
_PLATFORM_CHAIN = "e.jurisdiction_id IS NULL"
_ONE_HEAD = "chain_key = :chain_key"
_WALK_ONE = text(_WALK.format(chains=_ONE_CHAIN, heads=_ONE_HEAD))
_WALK_PLATFORM = text(_WALK.format(chains=_PLATFORM_CHAIN, heads=_ONE_HEAD))
_WALK_ALL = text(_WALK.format(chains="true", heads="true"))


def _walk(row: Any) -> ChainWalk:
    problem = None
    if row.broken_seq is not None:
        problem = Break(row.broken_seq, row.broken_id, BreakReason(row.broken_reason))
    return ChainWalk(
        jurisdiction_id=row.jurisdiction_id,
        length=row.length,
        last_seq=row.last_seq,
        last_id=row.last_id,
        last_hash=row.last_hash,
        first_problem=problem,
        head_seq=row.head_seq,
        head_hash=row.head_hash,
    )


async def walk_chains(
    session: AsyncSession, jurisdiction_id: uuid.UUID | None, *, every_chain: bool
) -> list[ChainWalk]:
    """Walk one chain (``jurisdiction_id``; None: the platform's), or every chain. A chain
    with neither rows nor a head is not listed."""
    params: dict[str, Any] = {"genesis": GENESIS_HASH, "platform": PLATFORM_CHAIN_KEY}
    if every_chain:
        statement = _WALK_ALL
    else:
        statement = _WALK_ONE if jurisdiction_id is not None else _WALK_PLATFORM
        params["chain_key"] = jurisdiction_id or PLATFORM_CHAIN_KEY
        if jurisdiction_id is not None:
            params["jurisdiction_id"] = jurisdiction_id
    rows = (await session.execute(statement, params)).all()
    return [_walk(row) for row in rows]


async def row_hash_at(
    session: AsyncSession, jurisdiction_id: uuid.UUID | None, seq: int
) -> str | None:
    """The stored hash of the row numbered ``seq`` in the chain, or None when there is none."""
    chain = (
        AuditEvent.jurisdiction_id == jurisdiction_id
        if jurisdiction_id is not None
        else AuditEvent.jurisdiction_id.is_(None)
    )
    statement = select(AuditEvent.row_hash).where(chain, AuditEvent.chain_seq == seq)
    return (await session.execute(statement)).scalar_one_or_none()


_HEAD = text(
    "SELECT now() AS at, h.seq, h.hash FROM (SELECT) AS here "
    "LEFT JOIN audit_chain_heads AS h ON h.chain_key = :chain_key"
)


async def chain_head(
    session: AsyncSession, jurisdiction_id: uuid.UUID | None
) -> tuple[int, str, datetime]:
    """The chain's head as the inserting trigger recorded it (number 0 and the genesis hash for
    a chain without events yet), and the instant it was read."""
    row = (await session.execute(_HEAD, {"chain_key": jurisdiction_id or PLATFORM_CHAIN_KEY})).one()
    if row.seq is None:
        return 0, GENESIS_HASH, row.at
    return row.seq, row.hash, row.at
