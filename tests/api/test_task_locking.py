"""A change to a task waits for the task's row lock, then works on what the change that held it
committed: its units too, not only the task's own row. Under READ COMMITTED a statement that
waits for a row lock rechecks the locked row only; what it joined it reads as of its start, so
the task is locked and then read with its units' names by two statements of a database function
(gaiban_locked_task, called by app/repositories/tasks.py lock_named). Found in review: with one
statement a PATCH undid a concurrent change to the cooperating units, and a progress report
answered 404 when the lead unit had just changed."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import asyncpg
import httpx
import pytest

from tests.api.task_helpers import add_task, task_url
from tests.conftest import _asyncpg_dsn
from tests.factories import World

pytestmark = pytest.mark.usefixtures("pinned_clock")

OFFICE = "city_a.office_staff"


@pytest.fixture
async def other_transaction(database_url: str) -> AsyncIterator[asyncpg.Connection]:
    """Another process's connection, in a transaction the test commits."""
    connection = await asyncpg.connect(_asyncpg_dsn(database_url))
    try:
        yield connection
    finally:
        await connection.close()


WAITING = (
    "SELECT count(*) FROM pg_stat_activity "
    "WHERE datname = current_database() AND wait_event_type = 'Lock'"
)


async def _while_locked_elsewhere(
    other: asyncpg.Connection, task_id: str, change: str, args: tuple[Any, ...], request: Any
) -> httpx.Response:
    """Lock the task on ``other``, make ``change`` there, start ``request`` (it waits for the
    lock), then commit the change and let the request go on."""
    await other.execute("BEGIN")
    await other.execute("SELECT 1 FROM tasks WHERE id = $1 FOR UPDATE", task_id)
    await other.execute(change, task_id, *args)
    pending = asyncio.ensure_future(request)
    async with asyncio.timeout(10):
        while not await other.fetchval(WAITING):  # noqa: ASYNC110 - polling the server
            await asyncio.sleep(0.01)
    await other.execute("COMMIT")
    async with asyncio.timeout(10):
        return await pending


async def test_a_patch_that_waited_keeps_the_cooperating_units_committed_meanwhile(
    client: httpx.AsyncClient, world: World, other_transaction: asyncpg.Connection
) -> None:
    task = await add_task(client, world, code="1")
    assert [u["name"] for u in task["cooperating_units"]] == ["自然资源局"]
    response = await _while_locked_elsewhere(
        other_transaction,
        task["id"],
        "DELETE FROM task_cooperating_units WHERE task_id = $1",
        (),
        client.patch(
            task_url(world, task),
            json={"lead_unit_id": task["lead_unit"]["id"]},
            headers={**world.headers(OFFICE), "If-Match": "*"},
        ),
    )
    assert response.status_code == 200, response.text
    assert response.json()["cooperating_units"] == []
    stored = await other_transaction.fetchval(
        "SELECT count(*) FROM task_cooperating_units WHERE task_id = $1", task["id"]
    )
    assert stored == 0


async def test_a_progress_report_that_waited_sees_the_lead_unit_changed_meanwhile(
    client: httpx.AsyncClient, world: World, other_transaction: asyncpg.Connection
) -> None:
    task = await add_task(client, world, code="1")
    natural_resources = world.places["city_a"].unit_ids["natural_resources"]
    response = await _while_locked_elsewhere(
        other_transaction,
        task["id"],
        "UPDATE tasks SET lead_unit_id = $2 WHERE id = $1",
        (natural_resources,),
        client.post(
            task_url(world, task, "/progress"),
            data={"text": "已完成征求意见稿", "percent": "30"},
            headers=world.headers(OFFICE),
        ),
    )
    assert response.status_code == 201, response.text
    assert response.json()["unit"] is None  # the office reported
    read = await client.get(task_url(world, task), headers=world.headers(OFFICE))
    assert read.json()["lead_unit"]["name"] == "自然资源局"
    assert read.json()["percent"] == 30
