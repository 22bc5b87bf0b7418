"""A county reads its parent's public facts: GET /v1/jurisdictions/{jid}/parent."""

from __future__ import annotations

import httpx

from tests.factories import World


async def _county(client: httpx.AsyncClient, world: World, code: str, parent: str) -> str:
    created = await client.post(
        "/v1/jurisdictions",
        json={
            "code": code,
            "name": code,
            "level": "county",
            "parent_id": str(world.places[parent].id),
        },
        headers=world.headers("admin"),
    )
    assert created.status_code == 201, created.text
    return str(created.json()["id"])


async def test_a_county_reads_its_parents_public_facts(
    client: httpx.AsyncClient, books: World
) -> None:
    county = books.places["county_a1"].id
    r = await client.get(
        f"/v1/jurisdictions/{county}/parent", headers=books.headers("county_a1.office_staff")
    )
    assert r.status_code == 200, r.text
    body = r.json()
    assert body["id"] == str(books.places["city_a"].id)
    assert body["name"] == "city_a"
    assert body["level"] == "prefecture"
    rulebook = body["rulebook"]
    assert rulebook["effective_from"] == "2020-01-01"
    assert rulebook["inherited"] is False
    assert rulebook["owner_jurisdiction_id"] == body["id"]
    assert rulebook["title"].startswith("昌吉州")
    assert {b["key"]: b["code"] for b in body["bodies"]} == {
        "leading_group": "昌建审改组",
        "office": "昌建审改办",
    }
    # Who leads the office: the director first, then the deputies; names, never accounts.
    assert body["contacts"] == [
        {"role": "office_director", "title": "办公室主任", "name": "city-a office_director"},
        {
            "role": "office_deputy_director",
            "title": "办公室副主任",
            "name": "city-a office_deputy_director",
        },
    ]
    assert "city-a.office_director" not in r.text  # no username
    assert str(books.places["city_a"].user_ids["office_director"]) not in r.text  # no user id

    # A unit's liaison in the county reads it too: the facts are public to the county.
    r = await client.get(
        f"/v1/jurisdictions/{county}/parent", headers=books.headers("county_a1.liaison")
    )
    assert r.status_code == 200


async def test_a_parent_without_a_rulebook_has_no_bodies_nor_contacts(
    client: httpx.AsyncClient, world: World
) -> None:
    county = world.places["county_a1"].id
    r = await client.get(
        f"/v1/jurisdictions/{county}/parent", headers=world.headers("county_a1.office_director")
    )
    assert r.status_code == 200, r.text
    assert r.json()["rulebook"] is None
    assert r.json()["bodies"] == []
    assert r.json()["contacts"] == []


async def test_not_a_siblings_nor_another_citys_facts(
    client: httpx.AsyncClient, books: World
) -> None:
    sibling = await _county(client, books, "county-a2", "city_a")
    elsewhere = await _county(client, books, "county-b1", "city_b")
    headers = books.headers("county_a1.office_director")
    for jid in (sibling, elsewhere):
        r = await client.get(f"/v1/jurisdictions/{jid}/parent", headers=headers)
        assert r.status_code == 404, r.text
        assert r.headers["content-type"].startswith("application/problem+json")
    # Nor a city's (one it does not read, and one with nothing above it).
    for city in ("city_b", "city_a"):
        r = await client.get(f"/v1/jurisdictions/{books.places[city].id}/parent", headers=headers)
        assert r.status_code == 404, r.text
    # The sibling's own people read the same parent through their own county.
    r = await client.get(f"/v1/jurisdictions/{elsewhere}/parent", headers=books.headers("admin"))
    assert r.status_code == 200
    assert r.json()["id"] == str(books.places["city_b"].id)


async def test_a_city_has_no_parent(client: httpx.AsyncClient, books: World) -> None:
    city = books.places["city_a"].id
    r = await client.get(
        f"/v1/jurisdictions/{city}/parent", headers=books.headers("city_a.office_director")
    )
    assert r.status_code == 404
    assert "no parent" in r.json()["detail"]


async def test_needs_a_token(client: httpx.AsyncClient, books: World) -> None:
    r = await client.get(f"/v1/jurisdictions/{books.places['county_a1'].id}/parent")
    assert r.status_code == 401
