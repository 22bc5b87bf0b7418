"""The events outbox: staged by services, written with the change's audit row, read by the feed.

Why ``seq`` and not the identity ``id``: an id is taken when a row is inserted, not when its
transaction commits. A transaction holding event 5 can commit after one holding event 6 has
committed and been read: a reader that went on after 6 would never see 5. So each event gets its
``seq`` at commit, from a deferred constraint trigger (migration e5b7c9d1a3f2) that first takes
a transaction-level advisory lock. Event-writing transactions thus number their events one after
another, and each keeps the lock until its commit is visible (PostgreSQL releases a
transaction's locks after making it visible): a reader that sees seq N sees every event below N
that will ever exist, so a cursor of seq skips nothing and repeats nothing. The trigger runs
inside COMMIT: no round trip more. The price: event-writing commits take turns for the moment
of their commit (writers of one jurisdiction already do, on its audit chain's head).

Rejected: serving only events whose transaction id (a ``pg_current_xact_id()`` column) lies
below the reader's snapshot xmin, in (txid, id) order. It locks nothing, but xmin is the
cluster's: any open transaction in any database of the server — a long report, an idle
session in a transaction — holds every later event back for as long as it stays open.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Collection
from typing import Any, cast

from sqlalchemy import Table, Uuid, and_, insert, literal, or_, select, text
from sqlalchemy import event as sa_event
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session as ORMSession

from app.models import Event, Jurisdiction

# Events a transaction has staged and not yet written (session.info).
STAGED_KEY = "gaiban.outbox"

_EVENTS = cast(Table, Event.__table__)
# The staged events as one JSON array, spread into rows by PostgreSQL: one statement whatever
# their number, which can also ride in the audit row's INSERT as a CTE.
_FROM_JSON = text(
    "SELECT e.jurisdiction_id, e.type, e.resource_type, e.resource_id, e.resource_url, "
    "e.payload FROM jsonb_to_recordset(CAST(:outbox AS jsonb)) AS e(jurisdiction_id uuid, "
    "type text, resource_type text, resource_id text, resource_url text, payload jsonb)"
).columns(
    _EVENTS.c.jurisdiction_id,
    _EVENTS.c.type,
    _EVENTS.c.resource_type,
    _EVENTS.c.resource_id,
    _EVENTS.c.resource_url,
    _EVENTS.c.payload,
)
INSERT_STAGED = insert(_EVENTS).from_select(
    ["jurisdiction_id", "type", "resource_type", "resource_id", "resource_url", "payload"],
    _FROM_JSON,
)


def stage(session: AsyncSession | ORMSession, row: dict[str, Any]) -> None:
    session.info.setdefault(STAGED_KEY, []).append(row)


def take_staged(session: AsyncSession | ORMSession) -> str | None:
    """The staged events as the ``outbox`` parameter of INSERT_STAGED (None when there are
    none); they count as written from here on."""
    rows = session.info.pop(STAGED_KEY, None)
    if not rows:
        return None
    return json.dumps(rows, ensure_ascii=False, default=str)


@sa_event.listens_for(ORMSession, "before_commit")
def _write_what_is_left(session: ORMSession) -> None:
    """A safety net: events staged after the change's audit row (which carries those staged
    before it) are written before the commit, one statement more, never lost. Runs inside the
    async session's greenlet, so the sync session may execute."""
    if session.in_nested_transaction():
        return
    outbox = take_staged(session)
    if outbox is not None:
        session.execute(INSERT_STAGED, {"outbox": outbox})


@sa_event.listens_for(ORMSession, "after_rollback")
def _forget_staged(session: ORMSession) -> None:
    if not session.in_nested_transaction():
        session.info.pop(STAGED_KEY, None)


# An event that must exist once (the scheduler's, app/services/scheduled_events.py): a row per
# object of the JSON array, in key order, so that writers racing over the same keys wait for
# each other in one order and never deadlock; a key already written (or being written by a
# transaction that then commits) is skipped. The rows go through the same commit-order trigger.
_INSERT_ONCE = text(
    "INSERT INTO events (jurisdiction_id, type, resource_type, resource_id, resource_url, "
    "payload, dedupe_key) "
    "SELECT e.jurisdiction_id, e.type, e.resource_type, e.resource_id, e.resource_url, "
    "e.payload, e.dedupe_key FROM jsonb_to_recordset(CAST(:rows AS jsonb)) AS e("
    "jurisdiction_id uuid, type text, resource_type text, resource_id text, resource_url text, "
    "payload jsonb, dedupe_key text) ORDER BY e.jurisdiction_id, e.dedupe_key "
    "ON CONFLICT (jurisdiction_id, dedupe_key) WHERE dedupe_key IS NOT NULL DO NOTHING "
    "RETURNING id"
)
_NOT_WRITTEN = text(
    "SELECT k.jurisdiction_id, k.dedupe_key "
    "FROM unnest(CAST(:jurisdictions AS uuid[]), CAST(:keys AS text[])) "
    "AS k(jurisdiction_id, dedupe_key) WHERE NOT EXISTS (SELECT FROM events e "
    "WHERE e.jurisdiction_id = k.jurisdiction_id AND e.dedupe_key = k.dedupe_key)"
)


async def not_written(
    session: AsyncSession, keys: Collection[tuple[uuid.UUID, str]]
) -> set[tuple[uuid.UUID, str]]:
    """Those of the (jurisdiction, dedupe key) pairs no committed event carries yet: asked
    first, so that a look that finds nothing new writes nothing (an INSERT of no rows would
    still NOTIFY every feed's listener at commit)."""
    if not keys:
        return set()
    ordered = sorted(keys)
    rows = await session.execute(
        _NOT_WRITTEN,
        {"jurisdictions": [k[0] for k in ordered], "keys": [k[1] for k in ordered]},
    )
    return {(row[0], row[1]) for row in rows}


async def insert_once(session: AsyncSession, rows: Collection[dict[str, Any]]) -> int:
    """Write the events whose (jurisdiction, dedupe_key) no event has yet; how many were
    written. Under concurrency a writer waits for another's uncommitted row of the same key,
    then skips it if that one commits."""
    if not rows:
        return 0
    outbox = json.dumps(list(rows), ensure_ascii=False, default=str)
    return len((await session.execute(_INSERT_ONCE, {"rows": outbox})).all())


async def list_after(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    *,
    include_descendants: bool,
    after: int,
    types: Collection[str],
    limit: int,
) -> list[Event]:
    """Up to ``limit`` committed events of the jurisdiction (and those below it) whose seq
    comes after ``after``, in that order."""
    here = Event.jurisdiction_id == jurisdiction_id
    if include_descendants:
        below = select(Jurisdiction.id).where(
            Jurisdiction.ancestor_ids.contains(literal([jurisdiction_id], ARRAY(Uuid)))
        )
        here = or_(here, Event.jurisdiction_id.in_(below))
    # A row whose seq is null is not committed: never seen by another transaction.
    conditions = [here, Event.seq > after]
    if types:
        conditions.append(Event.type.in_(list(types)))
    statement = select(Event).where(and_(*conditions)).order_by(Event.seq).limit(limit)
    return list((await session.execute(statement)).scalars())
