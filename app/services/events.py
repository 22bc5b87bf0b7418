"""The events outbox (issue 17): ``emit`` records what happened in the change's own transaction;
``feed`` serves a jurisdiction's events after a cursor, waiting for one when asked (long poll).
"""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from app.domain.access import Actor, JurisdictionRef, Permission, allows_below
from app.domain.events import EventType
from app.domain.messages import _
from app.errors import Forbidden, ValidationProblem
from app.invalidation import caches_of
from app.models import Event
from app.pagination import decode_cursor, encode_cursor
from app.repositories import events as events_repo
from app.schemas.events import EventOut, EventPage

# The cursor before the first event.
_START = 0
# While a notified event is held back by an older transaction still open, look again after
# these pauses (seconds), then wait for the next notification again.
_RECHECKS = (0.02, 0.05, 0.1, 0.25, 0.5)
_NO_LISTENER_PAUSE = 0.5


def resource_url(jurisdiction_id: uuid.UUID, collection: str, resource_id: uuid.UUID) -> str:
    return f"/v1/jurisdictions/{jurisdiction_id}/{collection}/{resource_id}"


def emit(
    session: AsyncSession,
    type: EventType,
    jurisdiction_id: uuid.UUID,
    resource_type: str,
    resource_id: uuid.UUID | str,
    url: str,
    payload: dict[str, Any] | None = None,
) -> None:
    """Record that ``type`` happened to the resource, in the change's transaction. Call it
    before the change's audit record: the event rides in the audit row's INSERT (no round trip
    of its own). Staged after it, it is written at commit, one statement more."""
    events_repo.stage(
        session,
        {
            "jurisdiction_id": str(jurisdiction_id),
            "type": type.value,
            "resource_type": resource_type,
            "resource_id": str(resource_id),
            "resource_url": url,
            "payload": payload or {},
        },
    )


def _cursor(raw: str | None) -> int:
    if raw is None:
        return _START
    (seq,) = decode_cursor(raw, [Event.seq])
    return int(seq)


def parse_types(raw: str | None) -> list[EventType]:
    """The ``types`` query: comma-separated names from the catalogue (an unknown one: 422)."""
    if not raw:
        return []
    names = [name.strip() for name in raw.split(",") if name.strip()]
    known = {event_type.value for event_type in EventType}
    unknown = [name for name in names if name not in known]
    if unknown:
        raise ValidationProblem(
            _("Unknown event types: {types} (README, Events).", types=", ".join(unknown)),
            [{"loc": ["query", "types"], "msg": _("unknown event type"), "type": "value_error"}],
        )
    return [EventType(name) for name in names]


async def feed(
    session: AsyncSession,
    actor: Actor,
    jurisdiction: JurisdictionRef,
    *,
    include_descendants: bool,
    after: str | None,
    types: Collection[EventType],
    limit: int,
    wait: float,
) -> EventPage:
    """The events after ``after``; with none and ``wait`` > 0, wait up to ``wait`` seconds for
    one. While waiting the request holds no database connection: it waits for the process's
    listener to hear the outbox's NOTIFY (app/invalidation.py). The jurisdictions below are
    read by those who read them too: the office here or above, and read clients."""
    if include_descendants and not allows_below(actor, Permission.read_events, jurisdiction):
        raise Forbidden(
            _(
                "Only the office of this jurisdiction or one above it, or a read "
                "client, reads the events of the jurisdictions below."
            )
        )
    jurisdiction_id = jurisdiction.id
    position = _cursor(after)
    caches = caches_of(session)
    listener = caches.listener if caches is not None else None
    deadline = time.monotonic() + wait
    rechecks_left = 0
    while True:
        signal = None
        if listener is not None:
            listener.ensure_started()
            # Taken before reading: a commit between the read and the wait still wakes us.
            signal = listener.events_signal() if listener.live else None
        rows = await events_repo.list_after(
            session,
            jurisdiction_id,
            include_descendants=include_descendants,
            after=position,
            types=[t.value for t in types],
            limit=limit,
        )
        remaining = deadline - time.monotonic()
        if rows or remaining <= 0:
            break
        # Hand the connection back while waiting (a read's session: nothing to commit).
        await session.close()
        if signal is None:  # no listener (yet): look again now and then
            await asyncio.sleep(min(_NO_LISTENER_PAUSE, remaining))
            continue
        timeout = remaining
        if rechecks_left:
            # Something was committed but not served: another jurisdiction's event, or one
            # whose notification came a moment before its commit was visible here. Look
            # again shortly.
            timeout = min(remaining, _RECHECKS[len(_RECHECKS) - rechecks_left])
            rechecks_left -= 1
        try:
            async with asyncio.timeout(timeout):
                await signal.wait()
            rechecks_left = len(_RECHECKS)
        except TimeoutError:
            pass
    items = [EventOut.model_validate(row) for row in rows]
    last = rows[-1].seq if rows else position
    return EventPage(items=items, next_cursor=encode_cursor([last]), limit=limit)
