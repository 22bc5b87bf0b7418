"""The connection pool keeps what it opens (app/db.py: no overflow). A burst of more requests
than the pool holds waits for its connections instead of opening short-lived ones: an overflow
connection was closed as it came back, so every burst paid for new connections (TCP, the TLS
attempt, authentication, the prepared statements again)."""

from __future__ import annotations

import asyncio
from typing import Any

import httpx
from sqlalchemy import event

from app.db import Database
from tests.factories import World

BURST = 32  # more than the pool's 10 connections (tests/conftest.py)


async def test_bursts_past_the_pool_size_reuse_its_connections(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    opened: list[Any] = []

    def connected(dbapi_connection: Any, record: Any) -> None:
        opened.append(dbapi_connection)

    url = f"/v1/jurisdictions/{world.places['city_a'].id}/units"
    headers = world.headers("city_a.office_staff")

    async def burst() -> None:
        answers = await asyncio.gather(*(client.get(url, headers=headers) for _ in range(BURST)))
        assert {answer.status_code for answer in answers} == {200}

    pool = database.engine.sync_engine.pool
    event.listen(pool, "connect", connected)
    try:
        await burst()
        first = len(opened)
        await burst()
        await burst()
    finally:
        event.remove(pool, "connect", connected)
    assert first <= pool.size(), opened
    assert len(opened) == first, "a later burst opened connections again"
    assert pool.checkedout() == 0
