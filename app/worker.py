"""The worker (`gaiban worker`): webhook deliveries and time-driven events, on PostgreSQL alone.

Why a loop over ``FOR UPDATE SKIP LOCKED`` and not procrastinate: the queue is the outbox the
service already writes in its own transactions (app/repositories/events.py), fanned out into
``webhook_deliveries`` rows; a job library would add a second queue to feed from the first, its
own schema outside Alembic, and psycopg beside asyncpg. What a job queue gives is here in three
statements (app/repositories/webhooks.py): a fan-out that locks the subscriptions it advances,
a claim that skips rows another worker holds and leases them, and an outcome recorded only by
the attempt that claimed it. Several workers may run at once.

Waking: the outbox's NOTIFY (gaiban_changes 'events', the feed's long polls hear the same) wakes
the loop at once; retries come due by the clock, looked for at least every ``_POLL_SECONDS``.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import text

from app.db import Database
from app.domain.webhooks import ATTEMPT_TIMEOUT_SECONDS, after_failure, disables_subscription
from app.repositories import webhooks as repo
from app.services import scheduled_events
from app.settings import Settings
from app.webhook_sender import AttemptResult, Sender

logger = logging.getLogger("gaiban.worker")

# A claimed attempt holds its delivery this long; a worker that died mid-attempt leaves it due
# again after that (well past an attempt's own time limit).
LEASE_SECONDS = ATTEMPT_TIMEOUT_SECONDS * 3
_POLL_SECONDS = 1.0
# One worker at a time looks for time-driven events (each is made once whoever looks, by the
# database's unique key; the lock only spares the others the work).
_SCHEDULER_LOCK = "SELECT pg_try_advisory_xact_lock(hashtextextended('gaiban.scheduler', 0))"


def utc_now() -> datetime:
    return datetime.now(UTC)


class Worker:
    def __init__(
        self,
        settings: Settings,
        database: Database,
        *,
        clock: Callable[[], datetime] = utc_now,
    ) -> None:
        self.settings = settings
        self.database = database
        # What "now" is for the events from time (tests set the day).
        self.clock = clock
        self.sender = Sender(
            allow_http=settings.webhook_allow_http,
            allow_private=settings.webhook_allow_private_addresses,
        )
        self._in_flight: set[asyncio.Task[None]] = set()
        self._next_schedule = 0.0

    async def run(self, stop: asyncio.Event) -> None:
        listener = self.database.caches.listener
        logger.info("worker started: %d deliveries at once", self.settings.worker_concurrency)
        try:
            while not stop.is_set():
                # Each round: a listener that stopped (the database restarted) starts again.
                listener.ensure_started()
                signal = listener.events_signal() if listener.live else None
                wait = await self._step()
                waits: list[asyncio.Future[Any]] = [asyncio.ensure_future(stop.wait())]
                if signal is not None:
                    waits.append(asyncio.ensure_future(signal.wait()))
                waits += list(self._in_flight)
                _, pending = await asyncio.wait(
                    waits, timeout=wait, return_when=asyncio.FIRST_COMPLETED
                )
                for future in pending:
                    if future not in self._in_flight:
                        future.cancel()
        finally:
            if self._in_flight:
                await asyncio.wait(self._in_flight, timeout=ATTEMPT_TIMEOUT_SECONDS)
            await self.sender.close()
            logger.info("worker stopped")

    async def _step(self) -> float:
        """One round: time-driven events when due, fan-out, claim what the free slots take.
        How long to wait before the next round when nothing wakes the loop. Each part fails
        on its own (logged): a failing fan-out does not stop the retries of what is queued."""
        try:
            await self._schedule_if_due()
        except Exception:
            logger.exception("time-driven events failed; tried again next interval")
        try:
            async with self.database.engine.begin() as connection:
                await repo.fan_out(connection)
        except Exception:
            logger.exception("webhook fan-out failed")
        try:
            return await self._claim()
        except Exception:
            # The database restarting, a network blip: log and look again shortly.
            logger.exception("webhook claim failed")
            return _POLL_SECONDS

    async def _claim(self) -> float:
        free = self.settings.worker_concurrency - len(self._in_flight)
        if free <= 0:
            return _POLL_SECONDS  # a finished attempt wakes the loop
        async with self.database.engine.begin() as connection:
            claimed = await repo.claim(
                connection,
                limit=free,
                lease_seconds=LEASE_SECONDS,
                max_attempts=len(self.settings.webhook_retry_schedule) + 1,
                per_subscription=self.settings.webhook_max_in_flight_per_subscription,
            )
        for delivery in claimed:
            task = asyncio.create_task(self._attempt(delivery))
            self._in_flight.add(task)
            task.add_done_callback(self._in_flight.discard)
        if len(claimed) == free:
            return 0.0  # more may be due: look again once a slot frees
        async with self.database.engine.connect() as connection:
            due_in = await repo.seconds_until_next_due(connection)
        schedule_in = max(self._next_schedule - time.monotonic(), 0.0)
        return min(_POLL_SECONDS, schedule_in, due_in if due_in is not None else _POLL_SECONDS)

    async def _schedule_if_due(self) -> None:
        if time.monotonic() < self._next_schedule:
            return
        self._next_schedule = time.monotonic() + self.settings.scheduler_interval_seconds
        made = scheduled_events.MAX_EVENTS_PER_CALL
        # A call writes a batch at most: a full one means more may be due.
        while made == scheduled_events.MAX_EVENTS_PER_CALL:
            async with self.database.sessionmaker() as session, session.begin():
                if not (await session.execute(text(_SCHEDULER_LOCK))).scalar_one():
                    return  # another worker is looking
                made = await scheduled_events.emit_time_driven_events(session, self.clock())
            if made:
                logger.info("time-driven events made: %d", made)

    async def _attempt(self, delivery: repo.ClaimedDelivery) -> None:
        try:
            result = await self.sender.send(
                delivery.url, delivery.secret, str(delivery.id), delivery.event
            )
        except Exception:
            # A defect here, not the receiver's failure: nothing recorded against it; the
            # delivery is tried again when its lease ends (and dies after the schedule's
            # number of attempts, as abandoned).
            logger.exception("delivery %s: not sent (internal error)", delivery.id)
            return
        try:
            await self._record(delivery, result)
        except Exception:
            # Unrecorded, the attempt's lease ends and the delivery is tried again.
            logger.exception("delivery %s: outcome not recorded", delivery.id)

    async def _record(self, delivery: repo.ClaimedDelivery, result: AttemptResult) -> None:
        async with self.database.engine.begin() as connection:
            await repo.lock_subscription(connection, delivery)
            if result.ok:
                assert result.status_code is not None
                await repo.mark_delivered(connection, delivery, result.status_code)
                return
            error = result.error or "failed"
            context = await repo.lock_for_failure(connection, delivery)
            if context is None:
                return  # no longer this attempt's to record
            outcome = after_failure(delivery.attempts, self.settings.webhook_retry_schedule)
            if outcome.retry_in is not None:
                await repo.retry_later(
                    connection, delivery, outcome.retry_in, result.status_code, error
                )
                return
            await repo.mark_dead(connection, delivery, result.status_code, error)
            if disables_subscription(
                failing_since=context.failing_since,
                delivery_first_failed_at=context.first_failed_at,
            ):
                await repo.disable(connection, delivery.subscription_id, repo.DISABLED_BY_FAILURES)
                logger.warning(
                    "webhook subscription %s disabled: failing since %s",
                    delivery.subscription_id,
                    context.failing_since,
                )


async def run_worker(settings: Settings, url: str, stop: asyncio.Event) -> None:
    database = Database(url, pool_size=4)
    try:
        await Worker(settings, database).run(stop)
    finally:
        with contextlib.suppress(Exception):
            await database.dispose()
