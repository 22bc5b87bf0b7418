"""Throwaway databases for the integration tests, on the same server the suite uses.

With TEST_DATABASE_URL set, that server; otherwise the embedded pgserver cluster under
.gaiban/test-pg (the one tests/conftest.py starts). Each database is dropped afterwards.
"""

from __future__ import annotations

import asyncio
import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager

import asyncpg

from app.settings import PROJECT_ROOT
from tests.conftest import _asyncpg_dsn, _drop_database, _with_database


def maintenance_url() -> str:
    """A postgresql+asyncpg:// URL to a database we may issue CREATE/DROP DATABASE from."""
    external = os.environ.get("TEST_DATABASE_URL")
    if external:
        return external.replace("postgresql://", "postgresql+asyncpg://", 1)
    from app.embedded_pg import embedded_database_url, start_embedded_postgres

    server = start_embedded_postgres(PROJECT_ROOT / ".gaiban" / "test-pg")
    return embedded_database_url(server, "postgres")


async def _create_database(url: str, name: str) -> None:
    connection = await asyncpg.connect(_asyncpg_dsn(url))
    try:
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


@contextmanager
def fresh_database(purpose: str, server_url: str | None = None) -> Iterator[str]:
    """An empty database (postgresql+asyncpg:// URL) that is dropped on the way out."""
    server = server_url or maintenance_url()
    name = f"gaiban_{purpose}_{os.getpid()}_{uuid.uuid4().hex[:8]}"
    asyncio.run(_create_database(server, name))
    try:
        yield _with_database(server, name)
    finally:
        asyncio.run(_drop_database(server, name))
