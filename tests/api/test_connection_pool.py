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
from tests.api.round_trips import round_trips
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


async def test_a_dry_run_post_takes_one_connection_and_no_transaction(
    client: httpx.AsyncClient, books: World, database: Database
) -> None:
    """POST …/rulebook/check changes nothing: its request runs on one read's session, the
    caller's look-up included (caches cold, so that look-up reads the database). A second
    session for the handler held two connections at once: as many cold checks as the pool
    holds then waited for each other until the pool's timeout (found in review)."""
    held, most = 0, 0

    def checked_out(*_: Any) -> None:
        nonlocal held, most
        held += 1
        most = max(most, held)

    def checked_in(*_: Any) -> None:
        nonlocal held
        held -= 1

    pool = database.engine.sync_engine.pool
    database.caches.changed()  # cold: the caller and the jurisdiction are read
    event.listen(pool, "checkout", checked_out)
    event.listen(pool, "checkin", checked_in)
    try:
        with round_trips(database) as sent:
            response = await client.post(
                f"/v1/jurisdictions/{books.places['city_a'].id}/rulebook/check",
                json={
                    "act": "chair",
                    "person_id": str(books.places["city_a"].user_ids["leader"]),
                    "subject": "plenary_meeting",
                    "on": "2026-03-20",
                },
                headers=books.headers("city_a.office_director"),
            )
    finally:
        event.remove(pool, "checkout", checked_out)
        event.remove(pool, "checkin", checked_in)
    assert response.status_code == 200, response.text
    assert response.json()["allowed"] is True
    assert most == 1
    assert not [s for s in sent if s.split()[0] in ("BEGIN", "COMMIT")], sent
