"""Engine, sessions and the request's unit of work."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from typing import Annotated, Any, TypeVar

import asyncpg
from fastapi import Depends, Request
from sqlalchemy import event, text
from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.ext.asyncio import (
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import ORMExecuteState
from sqlalchemy.orm import Session as ORMSession
from sqlalchemy.pool import PoolProxiedConnection

from app.errors import ServiceError, database_failure
from app.invalidation import (
    EVERYTHING,
    READING_KEY,
    SESSION_KEY,
    WRITTEN_KEY,
    Caches,
    ChangeListener,
    has_writes,
)
from app.request_context import current_request_id
from app.settings import Settings

logger = logging.getLogger("gaiban.db")


def resolve_database_url(settings: Settings) -> str:
    """The external server's URL, or the embedded server's (started on demand)."""
    if settings.database_url:
        return settings.database_url
    from app.embedded_pg import embedded_url_for

    return embedded_url_for(settings.resolved_data_dir, settings.database_name)


class Database:
    """One engine and its session factory; the app keeps one in ``app.state.database``."""

    def __init__(self, url: str, *, pool_size: int = 10, **engine_options: Any) -> None:
        self.url = url
        self.engine: AsyncEngine = create_async_engine(
            url,
            # Every connection the pool opens stays: no overflow. An overflow connection is
            # closed when it comes back to a full pool, so under a burst each request past the
            # pool's size paid for a new connection (TCP, TLS attempt, authentication, and its
            # prepared statements again): ~1 ms of CPU a request with 32 clients on 10+10.
            # Past pool_size, a request waits for a connection (pool_timeout, then a 503).
            pool_size=pool_size,
            max_overflow=0,
            # No pool_pre_ping: it costs each request three round trips (BEGIN, a ping,
            # ROLLBACK). A connection the server closed while it sat in the pool is found at
            # checkout without one (see _refuse_closed_connection); one that dies in use is a
            # 503 with Retry-After, and the pool then replaces all its older connections.
            pool_recycle=1800,
            # Failed statements' errors (and so the tracebacks logged for them) show the SQL
            # but not its bound values: a failed insert into users would log a password hash.
            hide_parameters=True,
            # Timestamps are stored in UTC; the session never depends on the server's zone.
            connect_args={
                "server_settings": {"timezone": "UTC", "application_name": "gaiban"},
                # A server that does not answer fails readiness in seconds, not asyncpg's 60 s.
                "timeout": 10,
            },
            **engine_options,
        )
        event.listen(self.engine.sync_engine, "checkout", _refuse_closed_connection)
        event.listen(self.engine.sync_engine, "handle_error", _hide_row_values)
        listener_dsn = self.engine.url.set(drivername="postgresql").render_as_string(
            hide_password=False
        )
        self.caches = Caches(ChangeListener(listener_dsn, {"application_name": "gaiban-listener"}))
        self.sessionmaker = async_sessionmaker(
            self.engine, expire_on_commit=False, info={SESSION_KEY: self.caches}
        )
        # Reads run outside an explicit transaction: no BEGIN and COMMIT round trips (two of a
        # read's three or four). Same pool; the isolation level is asyncpg's autocommit flag,
        # set and reset on checkout without a round trip. Each statement sees what was
        # committed when it ran; the one write a read may make (recording a first read) is a
        # single INSERT … ON CONFLICT, atomic on its own.
        self.read_sessionmaker = async_sessionmaker(
            self.engine.execution_options(isolation_level="AUTOCOMMIT"),
            expire_on_commit=False,
            info={SESSION_KEY: self.caches, READING_KEY: True},
        )

    async def ping(self) -> None:
        async with self.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))

    async def dispose(self) -> None:
        await self.caches.listener.stop()
        await self.engine.dispose()


def _refuse_closed_connection(
    _dbapi_connection: Any, _record: Any, proxy: PoolProxiedConnection
) -> None:
    """A pre-ping without the round trip. When the server ends a pooled connection (a restart,
    pg_terminate_backend, an idle timeout), asyncpg sees the socket close while the connection
    waits in the pool, and marks it closed. Raising InvalidatePoolError here makes the pool
    discard it, and every connection older than it, and check out a fresh one."""
    driver = proxy.driver_connection
    if driver is not None and driver.is_closed():
        raise sa_exc.InvalidatePoolError("the server closed this pooled connection")


def _hide_row_values(context: ExceptionContext) -> None:
    """hide_parameters keeps the bound values out of a failed statement's error; PostgreSQL's
    DETAIL repeats them ("Failing row contains (…)" with the whole row, "Key (username)=(…)
    already exists"), and the driver's error, chained under SQLAlchemy's, prints it in every
    traceback logged. Dropped here, as the error is raised: its message still names the
    constraint and the column, and nothing reads the DETAIL."""
    error: BaseException | None = context.original_exception
    seen = 0
    while error is not None and seen < 8:  # the driver's error is one or two causes down
        if isinstance(error, asyncpg.PostgresError) and getattr(error, "detail", None):
            error.detail = None
        error = error.__cause__ or error.__context__
        seen += 1


def _written(session: ORMSession) -> set[str]:
    written: set[str] = session.info.setdefault(WRITTEN_KEY, set())
    return written


@event.listens_for(ORMSession, "after_flush")
def _note_flushed_tables(session: ORMSession, _context: Any) -> None:
    for row in (*session.new, *session.dirty, *session.deleted):
        _written(session).add(getattr(type(row), "__tablename__", EVERYTHING))


@event.listens_for(ORMSession, "do_orm_execute")
def _note_executed_tables(state: ORMExecuteState) -> None:
    if state.is_select:
        return
    table = getattr(state.statement, "table", None)  # INSERT, UPDATE, DELETE name theirs
    _written(state.session).add(getattr(table, "name", None) or EVERYTHING)


@event.listens_for(ORMSession, "after_commit")
def _drop_cached_after_a_write(session: ORMSession) -> None:
    """A process reads its own writes at once, before their notification comes back
    (app/invalidation.py): a committed write drops what its Database cached from the tables
    it wrote. A savepoint's release (SQLAlchemy dispatches after_commit for it too) commits
    nothing: what was written stays noted until the transaction itself ends."""
    if session.in_nested_transaction():
        return
    written = session.info.pop(WRITTEN_KEY, set())
    caches = session.info.get(SESSION_KEY)
    if isinstance(caches, Caches):
        for table in written:
            caches.changed(table)


@event.listens_for(ORMSession, "after_rollback")
def _forget_written_tables(session: ORMSession) -> None:
    # A savepoint rolled back leaves what was written before it: keep the note (the tables
    # written inside it stay noted too, which only costs a cache drop at commit).
    if session.in_nested_transaction():
        return
    session.info.pop(WRITTEN_KEY, None)


# Requests that change nothing but, at most, a first-read record (see Database.read_sessionmaker).
READ_METHODS = frozenset({"GET", "HEAD", "OPTIONS"})
_READS_ONLY = "_gaiban_reads_only"

Endpoint = TypeVar("Endpoint", bound=Callable[..., Any])


def reads_only(endpoint: Endpoint) -> Endpoint:
    """Mark a POST route that changes nothing (a dry run, a query whose criteria do not fit in
    a URL): its request's one session is a read's (autocommit, no BEGIN or COMMIT). The mark
    is on the endpoint, which routing puts in the request's scope before any dependency runs,
    so the caller's look-up and the handler share that one session and connection."""
    setattr(endpoint, _READS_ONLY, True)
    return endpoint


def is_reads_only(endpoint: object) -> bool:
    """Whether the endpoint is marked by :func:`reads_only`."""
    return bool(getattr(endpoint, _READS_ONLY, False))


async def get_session(request: Request) -> AsyncIterator[AsyncSession]:
    """One transaction per request, committed **before the response starts**.

    ``Session`` declares this dependency with ``scope="function"``: FastAPI then closes it when
    the handler (and the response model's serialisation) returns, before the first byte is sent.
    A plain request-scoped ``yield`` dependency closes after the response has gone out, so a
    caller could hold a 2xx for a transaction whose commit then failed, or read its own write
    on another connection before it was committed. A failed commit is an error answer: 409
    when the transaction lost to a concurrent one, 503 when the database cannot be reached.

    Services and repositories only flush; nothing else commits. A read (GET, HEAD) runs in
    autocommit mode instead, so its commit costs nothing.
    """
    # The database from the app's state, not a sub-dependency: FastAPI solves a dependency's
    # sub-dependencies again wherever it is used (before looking in its cache), ~30 µs each.
    database: Database = request.app.state.database
    reading = request.method in READ_METHODS or getattr(
        request.scope.get("endpoint"), _READS_ONLY, False
    )
    factory = database.read_sessionmaker if reading else database.sessionmaker
    async with factory() as session:
        try:
            yield session
        except BaseException as exc:
            await _roll_back(session)
            failure = database_failure(exc)
            if failure is not None:
                _log_failure(failure, exc, "in the request")
                raise failure from exc
            raise
        if reading and not has_writes(session):
            return  # autocommit: nothing is held open, nothing is left to commit
        try:
            await session.commit()
        except Exception as exc:
            await _roll_back(session)
            failure = database_failure(exc, committing=True)
            if failure is not None:
                _log_failure(failure, exc, "at commit")
                raise failure from exc
            raise


def _log_failure(failure: ServiceError, exc: BaseException, where: str) -> None:
    """The caller gets a 409 or 503 problem; the operator gets the cause, with the request id."""
    logger.warning(
        "database failure %s answered %s",
        where,
        failure.status,
        exc_info=exc,
        extra={"request_id": current_request_id(), **failure.extensions},
    )


async def _roll_back(session: AsyncSession) -> None:
    """Roll back, and say nothing if the connection is gone: the error that got us here is the
    one to report, and a transaction on a dead connection is rolled back by the server."""
    with contextlib.suppress(Exception):
        await session.rollback()


Session = Annotated[AsyncSession, Depends(get_session, scope="function")]
