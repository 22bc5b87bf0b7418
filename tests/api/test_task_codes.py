"""Task codes (序号) given by the service (issue 15): the next number comes from a counter row
raised inside the creating transaction, so concurrent creates never take the same code, and a
code given explicitly keeps the counter ahead of it.

World (tests/factories.py): city_a with units housing and natural_resources. The clock stands at
noon of Tuesday 2026-12-01 in Shanghai."""

from __future__ import annotations

import asyncio
import uuid
from datetime import date

import httpx
import pytest

from app.db import Database
from app.models import Task
from tests.api.task_helpers import add_task, task_body, task_url, tasks_url
from tests.factories import World, with_if_match

pytestmark = pytest.mark.usefixtures("pinned_clock")

OFFICE = "city_a.office_staff"
AT_ONCE = 50


async def _create_at_once(
    client: httpx.AsyncClient, world: World, **fields: object
) -> list[httpx.Response]:
    headers = world.headers(OFFICE)
    return await asyncio.gather(
        *(
            client.post(tasks_url(world), json=task_body(world, **fields), headers=headers)
            for _ in range(AT_ONCE)
        )
    )


async def test_fifty_concurrent_creates_without_a_code_each_get_their_own(
    client: httpx.AsyncClient, world: World
) -> None:
    responses = await _create_at_once(client, world)
    assert [r.status_code for r in responses] == [201] * AT_ONCE, [
        r.text for r in responses if r.status_code != 201
    ]
    codes = sorted(int(r.json()["code"]) for r in responses)
    assert codes == list(range(1, AT_ONCE + 1))
    assert (await add_task(client, world))["code"] == str(AT_ONCE + 1)


async def test_fifty_concurrent_sub_tasks_of_one_parent_each_get_their_own(
    client: httpx.AsyncClient, world: World
) -> None:
    parent = await add_task(client, world, code="7")
    responses = await _create_at_once(client, world, parent_id=parent["id"])
    assert [r.status_code for r in responses] == [201] * AT_ONCE, [
        r.text for r in responses if r.status_code != 201
    ]
    codes = sorted(r.json()["code"] for r in responses)
    assert codes == sorted(f"7.{n}" for n in range(1, AT_ONCE + 1))
    # The top level counts on its own.
    assert (await add_task(client, world))["code"] == "8"


async def test_the_next_code_follows_one_given_explicitly(
    client: httpx.AsyncClient, world: World
) -> None:
    assert (await add_task(client, world, code="120"))["code"] == "120"
    follower = await add_task(client, world)
    assert follower["code"] == "121"
    # A smaller one given later does not move the counter back.
    await add_task(client, world, code="5")
    assert (await add_task(client, world))["code"] == "122"
    # Nor does a code that is no number.
    await add_task(client, world, code="A-900")
    assert (await add_task(client, world))["code"] == "123"
    # Sub-tasks: p.n given explicitly moves the counter of p's sub-tasks.
    await add_task(client, world, code="121.40", parent_id=follower["id"])
    assert (await add_task(client, world, parent_id=follower["id"]))["code"] == "121.41"


async def test_a_code_changed_by_a_patch_keeps_the_counter_ahead(
    client: httpx.AsyncClient, world: World
) -> None:
    task = await add_task(client, world)
    response = await with_if_match(
        client, "PATCH", task_url(world, task), json={"code": "300"}, headers=world.headers(OFFICE)
    )
    assert response.status_code == 200, response.text
    assert (await add_task(client, world))["code"] == "301"


async def test_an_explicit_code_taken_answers_409_and_writes_nothing(
    client: httpx.AsyncClient, world: World
) -> None:
    await add_task(client, world, code="9")
    response = await client.post(
        tasks_url(world), json=task_body(world, code="9"), headers=world.headers(OFFICE)
    )
    assert response.status_code == 409
    listed = await client.get(tasks_url(world), headers=world.headers(OFFICE))
    assert [t["code"] for t in listed.json()["items"]] == ["9"]


async def test_codes_stored_past_the_counter_are_stepped_over(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    """Rows written without the counters (a bulk load): the counter catches up with them."""
    first = await add_task(client, world)
    assert first["code"] == "1"
    place = world.places["city_a"]
    async with database.sessionmaker() as session, session.begin():
        session.add_all(
            Task(
                id=uuid.uuid4(),
                jurisdiction_id=place.id,
                code=code,
                title="直接写入",
                category="审批流程改革",
                source_kind="other",
                lead_unit_id=place.unit_ids["housing"],
                deadline=date(2026, 12, 31),
                state="not_started",
                created_on=date(2026, 12, 1),
                created_by=uuid.uuid4(),
                created_by_name="bulk",
            )
            for code in ("2", "3", "4")
        )
    assert (await add_task(client, world))["code"] == "5"
