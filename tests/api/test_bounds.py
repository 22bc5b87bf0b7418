"""Values at the edges of what can be stored answer a 4xx problem naming the field, never a 500
(issue 14 §3): each test is one input that once answered 500, or one the contract fuzz
(tests/api/contract_fuzz.py) found.

World (tests/factories.py): city_a ── county_a1, and city_b. The clock stands at noon of
Tuesday 2026-12-01 in Shanghai."""

from __future__ import annotations

import httpx
import pytest

from tests.api.task_helpers import add_task, task_body, task_url, tasks_url
from tests.api.test_organisation import error_locations, problem
from tests.factories import World

pytestmark = pytest.mark.usefixtures("pinned_clock")

OFFICE = "city_a.office_staff"


# --- task codes (序号): a number in a code has at most six digits -----------------------------


@pytest.mark.parametrize(
    "code",
    ["9" * 32, "1234567", "3.1234567", "3." + "9" * 30],
)
async def test_a_task_code_with_a_number_of_more_than_six_digits_is_refused(
    client: httpx.AsyncClient, world: World, code: str
) -> None:
    response = await client.post(
        tasks_url(world), json=task_body(world, code=code), headers=world.headers(OFFICE)
    )
    assert ["body", "code"] in error_locations(problem(response, 422))
    task = await add_task(client, world)
    response = await client.patch(
        task_url(world, task), json={"code": code}, headers=world.headers(OFFICE)
    )
    assert ["body", "code"] in error_locations(problem(response, 422))


async def test_the_next_code_follows_the_greatest_six_digit_number(
    client: httpx.AsyncClient, world: World
) -> None:
    last = await add_task(client, world, code="999998")
    assert (await add_task(client, world))["code"] == "999999"
    # No seven-digit number is ever given: the office names the next task itself.
    response = await client.post(
        tasks_url(world), json=task_body(world), headers=world.headers(OFFICE)
    )
    assert ["body", "code"] in error_locations(problem(response, 422))
    sub = await add_task(client, world, parent_id=last["id"])
    assert sub["code"] == "999998.1"
    assert (await add_task(client, world, code="ABC"))["code"] == "ABC"


async def test_a_sub_task_of_a_long_code_asks_for_its_own_code(
    client: httpx.AsyncClient, world: World
) -> None:
    parent = await add_task(client, world, code="A" * 31)
    response = await client.post(
        tasks_url(world),
        json=task_body(world, parent_id=parent["id"]),
        headers=world.headers(OFFICE),
    )
    assert ["body", "code"] in error_locations(problem(response, 422))
    named = await add_task(client, world, parent_id=parent["id"], code="A1")
    assert named["parent_id"] == parent["id"]


# --- document numbers: a sequence past what PostgreSQL's integer holds finds nothing -----------


@pytest.mark.parametrize(
    "number",
    [
        "鄂州工改办[2026]1000000000000000000000000000000号",
        "鄂州工改办〔2026〕2147483648号",
        "鄂州工改办〔2026〕9223372036854775808号",
    ],
)
async def test_a_document_number_too_large_to_exist_finds_nothing(
    client: httpx.AsyncClient, world: World, number: str
) -> None:
    response = await client.get(
        f"/v1/jurisdictions/{world.places['city_a'].id}/documents",
        params={"number": number},
        headers=world.headers("city_a.office_director"),
    )
    assert response.status_code == 200, response.text
    assert response.json()["items"] == []


# --- instants: one that cannot be told in UTC is refused --------------------------------------


@pytest.mark.parametrize("name", ["since", "until"])
@pytest.mark.parametrize("value", ["9999-12-31T23:59:59-05:00", "0001-01-01T00:00:00+05:00"])
async def test_an_instant_outside_the_utc_calendar_is_a_422_naming_it(
    client: httpx.AsyncClient, world: World, name: str, value: str
) -> None:
    for path in ("/v1/audit-events", f"/v1/jurisdictions/{world.places['city_a'].id}/audit-events"):
        response = await client.get(path, params={name: value}, headers=world.headers("admin"))
        assert ["query", name] in error_locations(problem(response, 422)), path
