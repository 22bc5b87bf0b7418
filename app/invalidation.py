"""Process-wide caches of what nearly every request reads and almost nothing changes: the caller
(user or client with its posts in force), the jurisdiction named in the path, the rulebook
versions of a jurisdiction's lineage, the entered holiday years. Each saves a round trip per
request (issue 15); none may serve stale authority.

How they stay true:

- PostgreSQL tells every process. Statement-level triggers on the tables they are built from
  (migrations 2026_12_06_1000 and _1200) ``NOTIFY gaiban_changes, '<table>'``; the notification is
  delivered when the changing transaction commits. Each process keeps one connection that
  LISTENs (``ChangeListener``) and drops what a notification names.
- A process's own writes drop everything at once, when their commit succeeds (app/db.py), so
  a caller reads its own change at once even before the notification comes back.
- No listener, no cache: until the listening connection is up, and from the moment it is lost
  until it is up again, every lookup goes to the database. A notification missed while it was
  down cannot matter: everything cached before is dropped on reconnect.
- A value loaded while a change was being committed is not kept: a lookup notes the cache's
  generation before it reads the database and keeps the value only if no change came since.
- Entries also end after ``ttl`` seconds and at the next midnight in China (posts are in force
  by the day).

The window that remains: a change committed by *another* process is seen here once its
notification arrives, normally within a millisecond or two of the commit.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import time
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, Generic, TypeVar
from zoneinfo import ZoneInfo

import asyncpg

from app.domain.access import Actor, JurisdictionRef
from app.domain.calendar import YearArrangement
from app.domain.rulebook import PublishedVersion

logger = logging.getLogger("gaiban.invalidation")

CHANNEL = "gaiban_changes"
# The events outbox's notifications wake long polls; no cache is built from it.
EVENTS_TABLE = "events"
EVERYTHING = "*"
CHINA = ZoneInfo("Asia/Shanghai")

V = TypeVar("V")

# How long a cached caller holds at most (issue 16: revocation is seen within seconds).
ACTOR_TTL = 5.0


def _next_china_midnight(now: float) -> float:
    local = datetime.fromtimestamp(now, CHINA)
    midnight = (local + timedelta(days=1)).replace(hour=0, minute=0, second=0, microsecond=0)
    return midnight.timestamp()


@dataclass
class _Entry(Generic[V]):
    value: V
    expires: float


class VersionedCache(Generic[V]):
    """A bounded LRU map whose entries hold only while its listener listens and nothing it
    depends on has changed since they were loaded."""

    def __init__(
        self,
        listener: ChangeListener,
        tables: Iterable[str],
        *,
        max_entries: int = 10_000,
        ttl: float = 300.0,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.tables = frozenset(tables)
        self.generation = 0
        self.max_entries = max_entries
        self.ttl = ttl
        self._clock = clock
        self._listener = listener
        self._entries: OrderedDict[Hashable, _Entry[V]] = OrderedDict()
        listener.register(self)

    def begin(self) -> int:
        """The generation to hand back to ``put`` for a value read from the database now."""
        return self.generation

    def get(self, key: Hashable) -> V | None:
        if not self._listener.live:
            return None
        entry = self._entries.get(key)
        if entry is None:
            return None
        if entry.expires <= self._clock():
            del self._entries[key]
            return None
        self._entries.move_to_end(key)
        return entry.value

    def put(self, key: Hashable, value: V, generation: int) -> None:
        """Keep ``value`` if nothing changed since ``begin`` gave ``generation``."""
        if not self._listener.live or generation != self.generation:
            return
        now = self._clock()
        self._entries[key] = _Entry(value, min(now + self.ttl, _next_china_midnight(now)))
        self._entries.move_to_end(key)
        while len(self._entries) > self.max_entries:
            self._entries.popitem(last=False)

    def clear(self) -> None:
        self.generation += 1
        self._entries.clear()

    def __len__(self) -> int:
        return len(self._entries)


class ChangeListener:
    """The process's LISTEN connection on ``gaiban_changes``, started on first use and kept
    up (reconnecting with back-off) until ``stop``."""

    def __init__(self, dsn: str, server_settings: dict[str, str] | None = None) -> None:
        self._dsn = dsn
        self._server_settings = server_settings or {}
        self._caches: list[VersionedCache[Any]] = []
        self._task: asyncio.Task[None] | None = None
        self._connection: asyncpg.Connection | None = None
        self._closed: asyncio.Event | None = None
        self._listening: asyncio.Event | None = None
        self._stopped = False
        self.live = False
        # Set (and replaced) whenever a notification names the events outbox, or the
        # connection is lost: the feed's long polls wait on it (app/services/events.py).
        self._events_signal: asyncio.Event | None = None

    def events_signal(self) -> asyncio.Event:
        """An event set when the next notification of new events arrives (take it before
        reading the feed, then wait on it: nothing committed in between is missed)."""
        if self._events_signal is None:
            self._events_signal = asyncio.Event()
        return self._events_signal

    def _wake_event_waiters(self) -> None:
        signal, self._events_signal = self._events_signal, None
        if signal is not None:
            signal.set()

    def register(self, cache: VersionedCache[Any]) -> None:
        self._caches.append(cache)

    def changed(self, table: str = EVERYTHING) -> None:
        """Drop what depends on ``table`` (everything for '*')."""
        for cache in self._caches:
            if table == EVERYTHING or table in cache.tables:
                cache.clear()

    def _notified(self, _connection: Any, _pid: int, _channel: str, payload: str) -> None:
        self.changed(payload or EVERYTHING)
        if payload in (EVENTS_TABLE, EVERYTHING, ""):
            self._wake_event_waiters()

    def _lost(self, _connection: Any) -> None:
        self.live = False
        self.changed()
        self._wake_event_waiters()
        if self._closed is not None:
            self._closed.set()

    def ensure_started(self) -> None:
        """Start listening in the running event loop, once (a no-op when already started, and
        after ``stop``: a disposed Database caches nothing)."""
        if self._stopped:
            return
        if self._task is None or self._task.done():
            self._listening = asyncio.Event()
            self._task = asyncio.get_running_loop().create_task(self._run())

    async def _run(self) -> None:
        delay = 0.5
        while True:
            try:
                connection = await asyncpg.connect(
                    self._dsn, server_settings=self._server_settings, timeout=10
                )
            except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
                logger.warning("cannot listen for changes (%s); retrying in %.1f s", exc, delay)
                await asyncio.sleep(delay)
                delay = min(delay * 2, 30.0)
                continue
            try:
                self._closed = asyncio.Event()
                connection.add_termination_listener(self._lost)
                await connection.add_listener(CHANNEL, self._notified)
                self._connection = connection
                # What was cached before may have missed a change: start afresh.
                self.changed()
                self.live = True
                if self._listening is not None:
                    self._listening.set()
                delay = 0.5
                await self._closed.wait()
            finally:
                self.live = False
                self.changed()
                self._connection = None
                with contextlib.suppress(Exception):
                    await connection.close(timeout=2)

    async def wait_live(self) -> bool:
        """For tests and start-up: (re)start listening and wait until the listener listens
        (bound it with asyncio.timeout)."""
        self._stopped = False
        self.ensure_started()
        assert self._listening is not None
        await self._listening.wait()
        return self.live

    async def caught_up(self) -> None:
        """Return once every change committed before the call has been heard: the server sends
        a transaction's notifications before it answers a later query on this connection, and
        asyncpg runs the callbacks on the next turn of the loop. For tests."""
        connection = self._connection
        if connection is not None and not connection.is_closed():
            await connection.fetchval("SELECT 1")
            await asyncio.sleep(0)

    async def stop(self) -> None:
        self._stopped = True
        self.live = False
        task, self._task = self._task, None
        if task is not None:
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        self.changed()
        self._wake_event_waiters()


class Caches:
    """The process's caches and their listener (one per Database)."""

    def __init__(self, listener: ChangeListener) -> None:
        self.listener = listener
        # The caller: users or clients with their posts in force (posts reach jurisdictions
        # for their time zone) and what the rulebook in force says of each post (a published
        # version may take a capability away, effective at once). A version taking effect at a
        # later midnight is seen within ACTOR_TTL seconds.
        # It also holds each one's token generation, so a revoked token is refused here within
        # ACTOR_TTL seconds at most, even should a notification be lost without the connection.
        self.actors: VersionedCache[Actor] = VersionedCache(
            listener,
            ("users", "positions", "clients", "jurisdictions", "rulebook_versions"),
            ttl=ACTOR_TTL,
        )
        # A jurisdiction's place in the hierarchy and its time zone.
        self.jurisdictions: VersionedCache[JurisdictionRef] = VersionedCache(
            listener, ("jurisdictions",)
        )
        # The rulebook versions of a jurisdiction and its ancestors (published versions never
        # change; a new one changes which is in force).
        self.rulebooks: VersionedCache[tuple[PublishedVersion, ...]] = VersionedCache(
            listener, ("rulebook_versions",), max_entries=1_000
        )
        # The holiday years administrators entered.
        self.calendar: VersionedCache[tuple[list[YearArrangement], str]] = VersionedCache(
            listener, ("calendar_years",)
        )

    def changed(self, table: str = EVERYTHING) -> None:
        self.listener.changed(table)


SESSION_KEY = "gaiban.caches"


def caches_of(session: Any) -> Caches | None:
    """The caches of the Database a session came from (None for a session made elsewhere)."""
    caches = session.info.get(SESSION_KEY)
    return caches if isinstance(caches, Caches) else None


# Set on the sessions of reads (autocommit: each statement sees only what is committed).
READING_KEY = "gaiban.reading"
# The tables a session has written in its transaction (app/db.py notes them).
WRITTEN_KEY = "gaiban.written"


def sees_only_committed(session: Any) -> bool:
    """Whether what ``session`` reads now is what is committed: a read's session (autocommit),
    or a write's that has written nothing yet (READ COMMITTED: each statement reads what was
    committed when it began; only its own uncommitted rows, which may never be, could differ).
    Only such a session fills the caches: a write's first lookups (the caller, the
    jurisdiction, the calendar) are as good as a read's, and writes that follow writes are not
    left uncached."""
    return bool(session.info.get(READING_KEY)) or not has_writes(session)


def note_written(session: Any, *tables: str) -> None:
    """Note tables a statement wrote that SQLAlchemy cannot name (an INSERT inside a SELECT's
    CTE reads as a SELECT): the caches of what a transaction wrote are never filled by it, and
    are dropped when it commits."""
    session.info.setdefault(WRITTEN_KEY, set()).update(tables)


def has_writes(session: Any) -> bool:
    """Whether ``session`` holds changes: rows added or changed but not flushed, or tables
    written in its transaction."""
    return bool(session.info.get(WRITTEN_KEY) or session.new or session.dirty or session.deleted)


async def through_cache(
    session: Any,
    pick: Callable[[Caches], VersionedCache[V]],
    key: Hashable,
    load: Callable[[], Awaitable[V | None]],
) -> V | None:
    """``load()``, or what the cache ``pick`` chooses holds for ``key``."""
    caches = caches_of(session)
    if caches is None:
        return await load()
    caches.listener.ensure_started()
    cache = pick(caches)
    written = session.info.get(WRITTEN_KEY)
    if written and (EVERYTHING in written or not cache.tables.isdisjoint(written)):
        # This transaction changed what the cache is built from: only it sees its change.
        return await load()
    hit = cache.get(key)
    if hit is not None:
        return hit
    generation = cache.begin()
    value = await load()
    if value is not None and sees_only_committed(session):
        cache.put(key, value, generation)
    return value
