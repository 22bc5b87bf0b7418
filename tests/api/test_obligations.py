"""Report obligations through HTTP (E-RPT-1, C-RPT-1, CO-RPT-1): every report due from every
unit in a range, with its period, due date and rule; the unit filter, pagination, range limits,
unknown calendar years, no rulebook, and a county inheriting its parent's report kinds."""

from __future__ import annotations

from typing import Any

import httpx

from tests.api.test_organisation import error_locations, problem
from tests.api.test_rulebooks import book, publish
from tests.factories import World


def url(world: World, place: str) -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/obligations"


async def obligations(
    client: httpx.AsyncClient, world: World, place: str, who: str = "admin", **params: Any
) -> httpx.Response:
    params = {"limit": 200, **params}
    return await client.get(url(world, place), params=params, headers=world.headers(who))


async def all_items(
    client: httpx.AsyncClient, world: World, place: str, **params: Any
) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    while True:
        extra = {"cursor": cursor} if cursor else {}
        response = await obligations(client, world, place, **params, **extra)
        assert response.status_code == 200, response.text
        body = response.json()
        items += body["items"]
        cursor = body["next_cursor"]
        if cursor is None:
            return items


async def test_changji_quarterly_reports_are_due_ten_working_days_after_the_quarter(
    client: httpx.AsyncClient, world: World
) -> None:
    await publish(client, world, "city_a", book("changji"))
    items = await all_items(
        client,
        world,
        "city_a",
        due_from="2026-10-01",
        due_to="2026-10-31",
        report_kind="quarterly_report",
    )
    units = world.places["city_a"].unit_ids
    assert {i["unit_id"] for i in items} == {str(u) for u in units.values()}
    assert len(items) == len(units)
    for item in items:
        assert item["due_date"] == "2026-10-20"
        assert item["period"] == {
            "kind": "quarter",
            "year": 2026,
            "index": 3,
            "label": "2026-Q3",
            "start": "2026-07-01",
            "end": "2026-09-30",
        }
        assert item["rule"] == "C-RPT-1"
        assert "第十条" in item["source"]
    july = await all_items(
        client,
        world,
        "city_a",
        due_from="2026-07-01",
        due_to="2026-07-31",
        report_kind="quarterly_report",
    )
    assert {i["due_date"] for i in july} == {"2026-07-14"}


async def test_ezhou_monthly_reports_are_due_on_the_22nd(
    client: httpx.AsyncClient, world: World
) -> None:
    await publish(client, world, "city_b", book("ezhou"))
    items = await all_items(client, world, "city_b", due_from="2026-01-01", due_to="2026-12-31")
    assert len(items) == 12 * len(world.places["city_b"].unit_ids)
    assert {i["due_date"][8:] for i in items} == {"22"}
    september = [i for i in items if i["period"]["index"] == 9]
    assert {i["due_date"] for i in september} == {"2026-09-22"}
    assert {i["rule"] for i in items} == {"E-RPT-1"}
    assert {i["submitted_by"] for i in items} == {"liaison_officer"}
    # Ordered by due date, then unit code.
    keys = [(i["due_date"], i["report_kind"], i["unit_name"]) for i in items]
    assert [k[0] for k in keys] == sorted(k[0] for k in keys)


async def test_the_unit_filter_keeps_one_units_obligations(
    client: httpx.AsyncClient, world: World
) -> None:
    await publish(client, world, "city_a", book("changji"))
    housing = world.places["city_a"].unit_ids["housing"]
    items = await all_items(
        client, world, "city_a", due_from="2026-01-01", due_to="2026-12-31", unit_id=str(housing)
    )
    assert items
    assert {i["unit_id"] for i in items} == {str(housing)}
    # Due within 2026: the information of Dec 2025 – Nov 2026 (12) and the quarterly reports of
    # 2025-Q4 – 2026-Q3 (4); December's information and Q4's report fall due in 2027.
    assert len(items) == 12 + 4
    assert items[0]["period"]["year"] == 2025
    foreign = world.places["city_b"].unit_ids["housing"]
    response = await obligations(
        client, world, "city_a", due_from="2026-01-01", due_to="2026-12-31", unit_id=str(foreign)
    )
    problem(response, 404)


async def test_pagination_walks_every_page_without_duplicates(
    client: httpx.AsyncClient, world: World
) -> None:
    await publish(client, world, "city_a", book("changji"))
    everything = await all_items(
        client, world, "city_a", due_from="2026-01-01", due_to="2026-12-31"
    )
    paged = await all_items(
        client, world, "city_a", due_from="2026-01-01", due_to="2026-12-31", limit=3
    )
    key = [(i["due_date"], i["report_kind"], i["period"]["start"], i["unit_id"]) for i in paged]
    assert len(set(key)) == len(key)
    assert paged == everything
    assert [k[0] for k in key] == sorted(k[0] for k in key)
    response = await obligations(
        client, world, "city_a", due_from="2026-01-01", due_to="2026-12-31", cursor="not-a-cursor"
    )
    assert error_locations(problem(response, 422)) == [["query", "cursor"]]


async def test_ranges_longer_than_366_days_are_refused(
    client: httpx.AsyncClient, world: World
) -> None:
    await publish(client, world, "city_a", book("changji"))
    response = await obligations(
        client, world, "city_a", due_from="2025-01-01", due_to="2026-01-02"
    )
    assert error_locations(problem(response, 422)) == [["query", "due_to"]]
    response = await obligations(
        client, world, "city_a", due_from="2026-02-01", due_to="2026-01-01"
    )
    assert error_locations(problem(response, 422)) == [["query", "due_to"]]


async def test_a_year_without_a_published_arrangement_is_provisional_and_flagged(
    client: httpx.AsyncClient, world: World
) -> None:
    await publish(client, world, "city_a", book("changji"))
    response = await obligations(
        client, world, "city_a", due_from="2027-01-01", due_to="2027-03-31"
    )
    assert response.status_code == 200, response.text
    assert response.json()["calendar"] == {"provisional_years": [2027]}
    assert response.headers["gaiban-calendar-provisional"] == "2027"
    exact = await obligations(client, world, "city_a", due_from="2026-01-01", due_to="2026-03-31")
    assert exact.json()["calendar"] == {"provisional_years": []}
    assert "gaiban-calendar-provisional" not in exact.headers


async def test_no_rulebook_is_a_conflict(client: httpx.AsyncClient, world: World) -> None:
    response = await obligations(
        client, world, "city_a", due_from="2026-01-01", due_to="2026-03-31"
    )
    problem(response, 409)


async def test_a_county_inherits_its_parents_report_kinds(
    client: httpx.AsyncClient, world: World
) -> None:
    await publish(client, world, "city_a", book("changji"))
    items = await all_items(
        client,
        world,
        "county_a1",
        who="county_a1.liaison",
        due_from="2026-10-01",
        due_to="2026-10-31",
        report_kind="quarterly_report",
    )
    county_units = world.places["county_a1"].unit_ids
    assert {i["unit_id"] for i in items} == {str(u) for u in county_units.values()}
    assert {i["due_date"] for i in items} == {"2026-10-20"}


async def test_due_from_and_due_to_name_the_due_dates_and_from_to_are_deprecated_aliases(
    client: httpx.AsyncClient, world: World
) -> None:
    """`due_from`/`due_to` are the names; `from`/`to` (the names before issue 19) still answer
    the same, and the contract marks them deprecated. A bound given by both names, or by
    neither, is a 422 naming it."""
    await publish(client, world, "city_a", book("changji"))
    new = await obligations(client, world, "city_a", due_from="2026-10-01", due_to="2026-10-31")
    old = await obligations(client, world, "city_a", **{"from": "2026-10-01", "to": "2026-10-31"})
    mixed = await obligations(client, world, "city_a", due_from="2026-10-01", to="2026-10-31")
    assert new.status_code == old.status_code == mixed.status_code == 200, old.text
    assert new.json()["items"]
    assert new.json() == old.json() == mixed.json()
    both = await obligations(
        client, world, "city_a", due_from="2026-10-01", due_to="2026-10-31", to="2026-10-31"
    )
    assert error_locations(problem(both, 422)) == [["query", "to"]]
    neither = await obligations(client, world, "city_a")
    assert error_locations(problem(neither, 422)) == [["query", "due_from"], ["query", "due_to"]]
    contract = (await client.get("/openapi.json")).json()
    parameters = contract["paths"]["/v1/jurisdictions/{jid}/obligations"]["get"]["parameters"]
    deprecated = {p["name"]: p.get("deprecated", False) for p in parameters if "name" in p}
    assert {name: deprecated[name] for name in ("due_from", "due_to", "from", "to")} == {
        "due_from": False,
        "due_to": False,
        "from": True,
        "to": True,
    }
