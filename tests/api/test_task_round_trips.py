"""Round trips of a task write (issue 15: a simple write ≤ 6 including its audit row), counted
with tests/api/round_trips.py: every statement, and BEGIN and COMMIT.

The caller, the jurisdiction and the calendar come from the process caches when warm; a
committed write drops them, so each write is measured after a GET has filled them again.

World (tests/factories.py): city_a with units housing and natural_resources. The clock stands at
noon of Tuesday 2026-12-01 in Shanghai."""

from __future__ import annotations

import asyncio
import uuid

import httpx
import pytest

from app.db import Database
from app.repositories import tasks as tasks_repo
from tests.api.round_trips import round_trips
from tests.api.task_helpers import add_task, task_body, task_url, tasks_url
from tests.factories import World

pytestmark = pytest.mark.usefixtures("pinned_clock")

OFFICE = "city_a.office_staff"
# BEGIN, the units named, the task with its cooperating units (and its code's counter), the
# audit row, COMMIT.
POST_AT_MOST = 5
# BEGIN, the counter's next number, then as POST_AT_MOST.
POST_WITHOUT_CODE_AT_MOST = 6


@pytest.fixture
async def listening(database: Database) -> Database:
    async with asyncio.timeout(10):
        assert await database.caches.listener.wait_live()
        await database.caches.listener.caught_up()  # the world's inserts notified too
    return database


async def _warm(client: httpx.AsyncClient, world: World, task: dict[str, object]) -> None:
    response = await client.get(task_url(world, task), headers=world.headers(OFFICE))
    assert response.status_code == 200


async def test_a_task_posted_with_its_code_takes_five_round_trips(
    client: httpx.AsyncClient, world: World, listening: Database
) -> None:
    first = await add_task(client, world, code="1")
    await _warm(client, world, first)
    with round_trips(listening) as sent:
        response = await client.post(
            tasks_url(world), json=task_body(world, code="2"), headers=world.headers(OFFICE)
        )
    assert response.status_code == 201, response.text
    assert len(sent) <= POST_AT_MOST, sent


async def test_a_task_posted_without_a_code_takes_six_round_trips(
    client: httpx.AsyncClient, world: World, listening: Database
) -> None:
    first = await add_task(client, world)
    await _warm(client, world, first)
    with round_trips(listening) as sent:
        response = await client.post(
            tasks_url(world), json=task_body(world), headers=world.headers(OFFICE)
        )
    assert response.status_code == 201, response.text
    assert response.json()["code"] == "2"
    assert len(sent) <= POST_WITHOUT_CODE_AT_MOST, sent


# BEGIN, the task's version read and locked for If-Match (app/routers/conditional.py), the task
# locked and then read with its lead unit's name and its cooperating units (one call of
# gaiban_locked_task: tests/api/test_task_locking.py), the UPDATE (its updated_at returned), the
# audit row, COMMIT.
PATCH_AT_MOST = 6


async def test_a_task_patched_takes_six_round_trips(
    client: httpx.AsyncClient, world: World, listening: Database
) -> None:
    task = await add_task(client, world, code="1")
    await _warm(client, world, task)
    etag = (await client.get(task_url(world, task), headers=world.headers(OFFICE))).headers["etag"]
    with round_trips(listening) as sent:
        response = await client.patch(
            task_url(world, task),
            json={"title": "新标题"},
            headers={**world.headers(OFFICE), "If-Match": etag},
        )
    assert response.status_code == 200, response.text
    assert response.json()["title"] == "新标题"
    assert response.json()["updated_at"] >= task["updated_at"]
    assert len(sent) <= PATCH_AT_MOST, sent


# One statement: the task with its lead unit's name and its cooperating units (which also decide
# whether a unit's person sees it) and its version, which its ETag names (the query notes it for
# app/routers/conditional.py); the caller, the jurisdiction and the calendar from the caches; no
# BEGIN or COMMIT (a read runs in autocommit mode).
GET_AT_MOST = 1


@pytest.mark.parametrize("who", [OFFICE, "city_a.liaison"])
async def test_one_task_is_read_in_one_round_trip(
    client: httpx.AsyncClient, world: World, listening: Database, who: str
) -> None:
    task = await add_task(client, world)
    url = task_url(world, task)
    first = await client.get(url, headers=world.headers(who))
    assert first.status_code == 200
    with round_trips(listening) as sent:
        response = await client.get(url, headers=world.headers(who))
    assert response.status_code == 200, response.text
    assert response.json()["cooperating_units"][0]["name"] == "自然资源局"
    # The version noted by the task's query is the stored one, which If-Match compares.
    assert response.headers["etag"] == first.headers["etag"]
    changed = await client.patch(
        url,
        json={"title": "改过的标题"},
        headers={**world.headers(OFFICE), "If-Match": response.headers["etag"]},
    )
    assert changed.status_code == 200, changed.text
    after = await client.get(url, headers=world.headers(OFFICE))
    assert after.headers["etag"] == changed.headers["etag"]
    assert len(sent) <= GET_AT_MOST, sent


async def test_the_driver_reads_one_task_as_sqlalchemy_does(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """GET one task reads through the driver on a read's connection (app/repositories/tasks.py):
    the same names, values and types as SQLAlchemy's row, milestones and measures (JSONB),
    dates, times and the cooperating units' arrays included; and a session that is not a
    read's goes through SQLAlchemy."""
    task = await add_task(
        client,
        world,
        milestones=[{"due_on": "2026-12-20", "title": "完成初稿"}],
        measures=[{"title": "建立周调度机制"}],
    )
    jid, task_id = world.places["city_a"].id, uuid.UUID(task["id"])
    async with database.read_sessionmaker() as session:
        expected = (await tasks_repo.read_named(session, jid, task_id))._asdict()
        through_driver = await tasks_repo.read_named_committed(session, jid, task_id)
    assert isinstance(through_driver, tasks_repo.NamedTaskRecord)
    got = through_driver._asdict()
    assert got == expected
    assert {k: type(v) for k, v in got.items()} == {k: type(v) for k, v in expected.items()}
    assert got["milestones"]
    assert got["measures"]
    assert len(got["cooperating_ids"]) == 1
    async with database.sessionmaker() as session:
        row = await tasks_repo.read_named_committed(session, jid, task_id)
        assert not isinstance(row, tasks_repo.NamedTaskRecord)
        assert row is not None
        assert row._asdict() == expected
    async with database.read_sessionmaker() as session:
        assert await tasks_repo.read_named_committed(session, jid, uuid.uuid4()) is None


# The ledger's revision (for the ETag), then the page with each task's lead unit's name and its
# cooperating units: one statement whatever the page holds.
PAGE_AT_MOST = 2


@pytest.mark.parametrize("who", [OFFICE, "city_a.liaison"])
async def test_a_page_of_tasks_is_read_in_two_round_trips(
    client: httpx.AsyncClient, world: World, listening: Database, who: str
) -> None:
    for code in ("1", "2", "3"):
        await add_task(client, world, code=code)
    housing = world.places["city_a"].unit_ids["housing"]
    url = tasks_url(world) + f"?unit_id={housing}&limit=2"
    assert (await client.get(url, headers=world.headers(who))).status_code == 200
    with round_trips(listening) as sent:
        response = await client.get(url, headers=world.headers(who))
    assert response.status_code == 200, response.text
    page = response.json()
    assert {item["code"] for item in page["items"]} <= {"1", "2", "3"}
    assert len(page["items"]) == 2
    assert page["next_cursor"] is not None
    assert [u["name"] for u in page["items"][0]["cooperating_units"]] == ["自然资源局"]
    assert len(sent) <= PAGE_AT_MOST, sent
