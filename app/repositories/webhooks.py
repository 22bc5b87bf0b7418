"""Webhook subscriptions and the delivery queue.

The worker's statements are written out in SQL: each does its whole step in one round trip,
over every subscription at once, and several workers may run them together. The fan-out locks
the subscriptions it advances (SKIP LOCKED: another worker takes the others), and the unique
(subscription, event) pair makes a second fan-out of the same event a no-op. A claim moves the
delivery's ``next_attempt_at`` to the end of a lease, in its own committed statement: a worker
that dies mid-attempt leaves the delivery due again when the lease ends (at least once).
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import func, select, text, update
from sqlalchemy.ext.asyncio import AsyncConnection, AsyncSession

from app.domain.webhooks import DeliveryStatus
from app.models import WebhookDelivery, WebhookSubscription
from app.pagination import PageRequest, apply_keyset, next_cursor_for

# The outbox's head as the statement sees it. Every event up to it is committed and visible:
# seq is given in commit order (app/repositories/events.py), so none below it can appear later.
_HEAD = "(SELECT coalesce(max(seq), 0) FROM events)"

FAN_OUT = text(
    """
    WITH head AS (SELECT coalesce(max(seq), 0) AS seq FROM events),
    due AS (
        SELECT s.id, s.jurisdiction_id, s.event_types, s.include_descendants, s.last_seq,
            least(head.seq, s.last_seq + :batch) AS up_to
        FROM webhook_subscriptions s, head
        WHERE s.is_active AND s.last_seq < head.seq
        FOR UPDATE OF s SKIP LOCKED
    ),
    fanned AS (
        INSERT INTO webhook_deliveries (id, jurisdiction_id, subscription_id, event_id)
        SELECT gen_random_uuid(), d.jurisdiction_id, d.id, e.id
        FROM due d
        JOIN events e ON e.seq > d.last_seq AND e.seq <= d.up_to
        WHERE e.type = ANY(d.event_types)
          AND (
            e.jurisdiction_id = d.jurisdiction_id
            OR (d.include_descendants AND e.jurisdiction_id IN (
                SELECT j.id FROM jurisdictions j WHERE d.jurisdiction_id = ANY(j.ancestor_ids)))
          )
        ORDER BY e.seq
        ON CONFLICT (subscription_id, event_id) DO NOTHING
        RETURNING 1
    ),
    advanced AS (
        UPDATE webhook_subscriptions s SET last_seq = due.up_to
        FROM due WHERE s.id = due.id
        RETURNING 1
    )
    SELECT (SELECT count(*) FROM fanned) AS deliveries, (SELECT count(*) FROM advanced) AS subs
    """
)

# The subscription's deliveries and events are joined in: one round trip for all the claim
# needs to send them.
#
# At most :per_subscription of a subscription's deliveries are under way at once (those claimed
# whose lease runs and whose outcome has not come: an outcome clears claim_id), so that one
# receiver that answers slowly or not at all holds a few of the worker's slots, not all of them,
# and the others' deliveries go on.
CLAIM = text(
    """
    WITH under_way AS (
        SELECT subscription_id, count(*) AS n FROM webhook_deliveries
        WHERE status = 'pending' AND claim_id IS NOT NULL AND next_attempt_at > now()
        GROUP BY subscription_id
    ),
    candidates AS (
        SELECT d.id, row_number() OVER (
            PARTITION BY d.subscription_id ORDER BY d.next_attempt_at
        ) + coalesce(u.n, 0) AS place
        FROM webhook_deliveries d
        JOIN webhook_subscriptions s ON s.id = d.subscription_id AND s.is_active
        LEFT JOIN under_way u ON u.subscription_id = d.subscription_id
        WHERE d.status = 'pending' AND d.next_attempt_at <= now()
            AND d.attempts < :max_attempts
    ),
    claimed AS (
        SELECT d.id FROM webhook_deliveries d
        JOIN candidates c ON c.id = d.id AND c.place <= :per_subscription
        WHERE d.status = 'pending' AND d.next_attempt_at <= now()
        ORDER BY d.next_attempt_at
        LIMIT :limit
        FOR UPDATE OF d SKIP LOCKED
    )
    UPDATE webhook_deliveries d
    SET attempts = d.attempts + 1, last_attempt_at = now(), claim_id = gen_random_uuid(),
        next_attempt_at = now() + make_interval(secs => :lease_seconds)
    FROM claimed, webhook_subscriptions s, events e
    WHERE d.id = claimed.id AND s.id = d.subscription_id AND e.id = d.event_id
    RETURNING d.id, d.claim_id, d.attempts, d.subscription_id, s.url, s.secret,
        e.id AS event_id, e.type, e.jurisdiction_id, e.occurred_at, e.resource_type,
        e.resource_id, e.resource_url, e.payload
    """
)

# A delivery whose last attempt of the schedule never recorded an outcome (its worker died, or
# could not record it) and whose lease has ended: dead, not claimed again and again.
ABANDONED = text(
    """
    UPDATE webhook_deliveries SET status = 'dead',
        last_error = 'no outcome was recorded for its last attempt (the worker stopped)'
    WHERE status = 'pending' AND next_attempt_at <= now() AND attempts >= :max_attempts
    """
)

# Only the attempt that claimed it records its outcome (a late answer after the lease ended,
# when another worker has claimed it again, changes nothing). A success is recorded even when
# the subscription was switched off meanwhile (the receiver has it: not to be redelivered).
DELIVERED = text(
    """
    WITH done AS (
        UPDATE webhook_deliveries
        SET status = 'delivered', delivered_at = now(), last_status_code = :status_code,
            last_error = NULL
        WHERE id = :id AND claim_id = :claim_id AND status <> 'delivered'
        RETURNING subscription_id
    )
    UPDATE webhook_subscriptions SET failing_since = NULL
    WHERE id IN (SELECT subscription_id FROM done) AND failing_since IS NOT NULL
    """
)

# The subscription first, then its delivery: the order disabling (and the API's changes) take
# them in, so that recording and disabling never wait on each other in a circle.
LOCK_SUBSCRIPTION = text("SELECT 1 FROM webhook_subscriptions WHERE id = :id FOR UPDATE")

NEXT_DUE = text(
    "SELECT min(d.next_attempt_at) - now() FROM webhook_deliveries d "
    "JOIN webhook_subscriptions s ON s.id = d.subscription_id AND s.is_active "
    "WHERE d.status = 'pending'"
)


@dataclass(frozen=True)
class ClaimedDelivery:
    id: uuid.UUID
    claim_id: uuid.UUID
    attempts: int
    subscription_id: uuid.UUID
    url: str
    secret: str
    event: dict[str, Any]


# Events looked through per subscription and round at most (a subscription far behind, after
# an outage, catches up over several rounds, each statement short).
FAN_OUT_BATCH = 5000


async def fan_out(connection: AsyncConnection, batch: int = FAN_OUT_BATCH) -> int:
    """Queue a delivery of each new event for each active subscription that wants it; the
    number queued."""
    row = (await connection.execute(FAN_OUT, {"batch": batch})).one()
    return int(row.deliveries)


async def claim(
    connection: AsyncConnection,
    *,
    limit: int,
    lease_seconds: float,
    max_attempts: int,
    per_subscription: int = 1_000_000,
) -> list[ClaimedDelivery]:
    """Lease up to ``limit`` due deliveries, at most ``per_subscription`` of a subscription's
    under way (first those attempted past the schedule whose outcome never came: dead)."""
    await connection.execute(ABANDONED, {"max_attempts": max_attempts})
    rows = await connection.execute(
        CLAIM,
        {
            "limit": limit,
            "lease_seconds": lease_seconds,
            "max_attempts": max_attempts,
            "per_subscription": per_subscription,
        },
    )
    return [
        ClaimedDelivery(
            id=row.id,
            claim_id=row.claim_id,
            attempts=row.attempts,
            subscription_id=row.subscription_id,
            url=row.url,
            secret=row.secret,
            event={
                "id": row.event_id,
                "type": row.type,
                "jurisdiction_id": row.jurisdiction_id,
                "occurred_at": row.occurred_at,
                "resource_type": row.resource_type,
                "resource_id": row.resource_id,
                "resource_url": row.resource_url,
                "payload": row.payload,
            },
        )
        for row in rows
    ]


async def seconds_until_next_due(connection: AsyncConnection) -> float | None:
    wait = (await connection.execute(NEXT_DUE)).scalar_one()
    return None if wait is None else max(wait.total_seconds(), 0.0)


async def lock_subscription(connection: AsyncConnection, delivery: ClaimedDelivery) -> None:
    await connection.execute(LOCK_SUBSCRIPTION, {"id": delivery.subscription_id})


async def mark_delivered(
    connection: AsyncConnection, delivery: ClaimedDelivery, status_code: int
) -> None:
    await connection.execute(
        DELIVERED,
        {"id": delivery.id, "claim_id": delivery.claim_id, "status_code": status_code},
    )


@dataclass(frozen=True)
class FailureContext:
    """What the failure rule reads: the subscription's run of failures and this delivery's."""

    failing_since: datetime | None
    first_failed_at: datetime | None


async def lock_for_failure(
    connection: AsyncConnection, delivery: ClaimedDelivery
) -> FailureContext | None:
    """Lock the delivery and its subscription for recording a failed attempt, and start both
    runs of failures (if not started); None when the attempt is no longer the delivery's."""
    row = (
        await connection.execute(
            text(
                """
                WITH d AS (
                    UPDATE webhook_deliveries SET first_failed_at = coalesce(first_failed_at, now())
                    WHERE id = :id AND claim_id = :claim_id AND status = 'pending'
                    RETURNING subscription_id, first_failed_at
                ),
                started AS (
                    -- Only when a run of failures starts: a failure within one moves nothing
                    -- (nor the subscription's ETag, which follows failing_since).
                    UPDATE webhook_subscriptions SET failing_since = now()
                    WHERE id IN (SELECT subscription_id FROM d) AND failing_since IS NULL
                    RETURNING failing_since
                )
                SELECT coalesce(
                    (SELECT failing_since FROM started),
                    (SELECT s.failing_since FROM webhook_subscriptions s
                     WHERE s.id IN (SELECT subscription_id FROM d))
                ) AS failing_since, d.first_failed_at FROM d
                """
            ),
            {"id": delivery.id, "claim_id": delivery.claim_id},
        )
    ).one_or_none()
    if row is None:
        return None
    return FailureContext(failing_since=row.failing_since, first_failed_at=row.first_failed_at)


async def retry_later(
    connection: AsyncConnection,
    delivery: ClaimedDelivery,
    retry_in: timedelta,
    status_code: int | None,
    error: str,
) -> None:
    await connection.execute(
        update(WebhookDelivery)
        .where(WebhookDelivery.id == delivery.id)
        .values(
            next_attempt_at=func.now() + retry_in,
            claim_id=None,  # no longer under way (CLAIM counts those)
            last_status_code=status_code,
            last_error=error,
        )
    )


async def mark_dead(
    connection: AsyncConnection, delivery: ClaimedDelivery, status_code: int | None, error: str
) -> None:
    await connection.execute(
        update(WebhookDelivery)
        .where(WebhookDelivery.id == delivery.id)
        .values(status=DeliveryStatus.dead.value, last_status_code=status_code, last_error=error)
    )


DISABLED_BY_FAILURES = (
    "disabled: its receiver failed every attempt of a delivery's whole retry schedule"
)


async def disable(
    connection: AsyncConnection | AsyncSession, subscription_id: uuid.UUID, reason: str
) -> None:
    """Switch a subscription off; its deliveries still pending die with it (they can be
    redelivered once it is on again)."""
    await connection.execute(
        text(
            """
            WITH off AS (
                UPDATE webhook_subscriptions
                SET is_active = false, disabled_at = now(), disabled_reason = :reason,
                    updated_at = now()
                WHERE id = :id
                RETURNING id
            )
            UPDATE webhook_deliveries SET status = 'dead',
                last_error = coalesce(last_error || '; ', '') || 'the subscription was disabled'
            WHERE subscription_id IN (SELECT id FROM off) AND status = 'pending'
            """
        ),
        {"id": subscription_id, "reason": reason},
    )


# --- the API's side -------------------------------------------------------------------------


async def add(session: AsyncSession, row: WebhookSubscription) -> WebhookSubscription:
    """Insert a subscription starting at the outbox's head: it receives what happens from now."""
    row.last_seq = text(_HEAD)  # type: ignore[assignment]
    session.add(row)
    await session.flush()
    return row


async def list_subscriptions(
    session: AsyncSession, jurisdiction_id: uuid.UUID, page: PageRequest
) -> tuple[list[WebhookSubscription], str | None]:
    statement = select(WebhookSubscription).where(
        WebhookSubscription.jurisdiction_id == jurisdiction_id
    )
    key = [WebhookSubscription.created_at, WebhookSubscription.id]
    rows = list((await session.execute(apply_keyset(statement, key, page))).scalars())
    return next_cursor_for(rows, page, lambda r: [r.created_at, r.id])


async def get(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    subscription_id: uuid.UUID,
    *,
    for_update: bool = False,
) -> WebhookSubscription | None:
    statement = select(WebhookSubscription).where(
        WebhookSubscription.jurisdiction_id == jurisdiction_id,
        WebhookSubscription.id == subscription_id,
    )
    if for_update:
        statement = statement.with_for_update()
    return (await session.execute(statement)).scalar_one_or_none()


async def restart_at_head(session: AsyncSession, row: WebhookSubscription) -> None:
    """Switched on again: from the events that happen from now on."""
    row.is_active = True
    row.disabled_at = None
    row.disabled_reason = None
    row.failing_since = None
    row.last_seq = text(_HEAD)  # type: ignore[assignment]


async def list_deliveries(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    subscription_id: uuid.UUID,
    status: DeliveryStatus | None,
    page: PageRequest,
) -> tuple[list[WebhookDelivery], str | None]:
    statement = select(WebhookDelivery).where(
        WebhookDelivery.jurisdiction_id == jurisdiction_id,
        WebhookDelivery.subscription_id == subscription_id,
    )
    if status is not None:
        statement = statement.where(WebhookDelivery.status == status.value)
    key = [WebhookDelivery.created_at, WebhookDelivery.id]
    rows = list(
        (await session.execute(apply_keyset(statement, key, page, descending=True))).scalars()
    )
    return next_cursor_for(rows, page, lambda r: [r.created_at, r.id])


async def redeliver(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    subscription_id: uuid.UUID,
    delivery_id: uuid.UUID | None,
) -> int:
    """Queue dead deliveries again, with a fresh schedule: one, or all of the subscription's."""
    statement = (
        update(WebhookDelivery)
        .where(
            WebhookDelivery.jurisdiction_id == jurisdiction_id,
            WebhookDelivery.subscription_id == subscription_id,
            WebhookDelivery.status == DeliveryStatus.dead.value,
        )
        .values(
            status=DeliveryStatus.pending.value,
            attempts=0,
            first_failed_at=None,
            next_attempt_at=text("now()"),
        )
    )
    if delivery_id is not None:
        statement = statement.where(WebhookDelivery.id == delivery_id)
    result = await session.execute(statement)
    return int(result.rowcount)  # type: ignore[attr-defined]


async def get_delivery(
    session: AsyncSession,
    jurisdiction_id: uuid.UUID,
    subscription_id: uuid.UUID,
    delivery_id: uuid.UUID,
) -> WebhookDelivery | None:
    return (
        await session.execute(
            select(WebhookDelivery).where(
                WebhookDelivery.jurisdiction_id == jurisdiction_id,
                WebhookDelivery.subscription_id == subscription_id,
                WebhookDelivery.id == delivery_id,
            )
        )
    ).scalar_one_or_none()
