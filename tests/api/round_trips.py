"""Counting what a request sends to PostgreSQL: every statement (SQLAlchemy's
``before_cursor_execute``) and every transaction command (BEGIN, COMMIT, ROLLBACK, which asyncpg
sends as simple queries and SQLAlchemy does not report as statements). Each one is a round trip.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import event

from app.db import Database

# asyncpg looks up a type the first time a connection meets it in a statement (an array of
# dates, say): its own query, with JIT turned off around it. Once per pooled connection, not per
# request; which connection a request gets is chance, so it is left out of the count.
_INTROSPECTION = ("typeinfo_tree", "current_setting('jit')", "set_config('jit', $1, false)")


def _introspecting(query: str) -> bool:
    return any(mark in query for mark in _INTROSPECTION)


@contextmanager
def round_trips(database: Database) -> Iterator[list[str]]:
    """The statements and transaction commands sent on the app's engine while the block runs,
    in order."""
    sent: list[str] = []

    def statement(
        connection: Any,
        cursor: Any,
        text: str,
        parameters: Any,
        context: Any,
        executemany: bool,
    ) -> None:
        sent.append(text)

    def simple_query(record: Any) -> None:
        if not _introspecting(record.query):
            sent.append(record.query)

    def watch(dbapi_connection: Any, record: Any, proxy: Any) -> None:
        proxy.driver_connection.add_query_logger(simple_query)

    def unwatch(dbapi_connection: Any, record: Any) -> None:
        driver = getattr(dbapi_connection, "_connection", None)
        if driver is not None:
            driver.remove_query_logger(simple_query)

    engine = database.engine.sync_engine
    event.listen(engine, "before_cursor_execute", statement)
    event.listen(engine.pool, "checkout", watch)
    event.listen(engine.pool, "checkin", unwatch)
    try:
        yield sent
    finally:
        event.remove(engine, "before_cursor_execute", statement)
        event.remove(engine.pool, "checkout", watch)
        event.remove(engine.pool, "checkin", unwatch)
