"""GET /v1/jurisdictions/{jid}/composition: the leading group's and office's composition on a
day checked against the shipped rulebooks' composition sections (tests/factories.py: Changji's
rulebook in city_a and, inherited, county_a1; Ezhou's in city_b; both in force from 2020-01-01).

C-ORG-1 one leader; C-ORG-2 one office director, the housing bureau's principal leader; CO-ORG-1
one liaison officer and CO-ORG-2 an information officer in each member unit; E-ORG-1 Ezhou's 21
listed member units."""

from __future__ import annotations

import uuid
from typing import Any

import httpx
import pytest

from app.rulebooks import shipped_document
from tests.api.meeting_helpers import uid
from tests.api.test_organisation import jurisdiction_url, problem
from tests.factories import World

pytestmark = pytest.mark.usefixtures("pinned_clock")

# (rule id, source) of each composition rule of Changji's rulebook: C-ORG-2 cites two articles,
# one for the single director and one for the housing bureau's principal leader.
CHANGJI_RULES = {
    (rule["rule"], rule["source"])
    for section in ("holders", "held_with")
    for rule in shipped_document("changji")["composition"][section].values()
}
EZHOU_UNITS = shipped_document("ezhou")["composition"]["member_units"]


async def assign(
    client: httpx.AsyncClient,
    world: World,
    who: str,
    role: str,
    unit: str | None = None,
    valid_from: str = "2020-01-01",
) -> str:
    place = who.partition(".")[0]
    response = await client.post(
        jurisdiction_url(world, place) + "/positions",
        json={
            "user_id": uid(world, who),
            "role": role,
            "unit_id": str(world.places[place].unit_ids[unit]) if unit else None,
            "valid_from": valid_from,
        },
        headers=world.headers(f"{place}.office_director"),
    )
    assert response.status_code == 201, response.text
    position_id: str = response.json()["id"]
    return position_id


# What city_a lacks for a composition by the rules: the factories' world gives it a leader, an
# office director and a liaison officer in housing only.
MISSING = {
    "director heads housing": ("city_a.office_director", "unit_head", "housing"),
    "land liaison": ("city_a.nobody", "liaison_officer", "natural_resources"),
    "land information officer": ("city_a.nobody", "information_officer", "natural_resources"),
    "housing information officer": ("city_a.liaison", "information_officer", "housing"),
}


async def complete(client: httpx.AsyncClient, world: World, *, but: str | None = None) -> None:
    for name, (who, role, unit) in MISSING.items():
        if name != but:
            await assign(client, world, who, role, unit)


async def composition(
    client: httpx.AsyncClient, world: World, place: str = "city_a", who: str = "city_a.office_staff"
) -> dict[str, Any]:
    response = await client.get(
        jurisdiction_url(world, place) + "/composition", headers=world.headers(who)
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


def deviations(body: dict[str, Any]) -> set[tuple[str, str, str | None, str | None]]:
    return {(d["kind"], d["rule"], d["role"], d["unit_code"]) for d in body["deviations"]}


def assert_cited(body: dict[str, Any]) -> None:
    for deviation in body["deviations"]:
        assert (deviation["rule"], deviation["source"]) in CHANGJI_RULES, deviation
        assert deviation["message"]


async def test_a_composition_by_the_rules_has_no_deviation(
    client: httpx.AsyncClient, books: World
) -> None:
    await complete(client, books)
    body = await composition(client, books)
    assert body["deviations"] == []
    assert body["compliant"] is True
    assert body["on"] == "2026-12-01"  # today in Shanghai by the pinned clock
    assert body["inherited"] is False
    assert {(r["rule"], r["source"]) for r in body["rules"]} == CHANGJI_RULES
    assert len(body["rules"]) == 5  # the leader, the director twice, and two per-unit rules
    assert all(r["checked"] for r in body["rules"])


async def test_the_worlds_gaps_are_each_reported_with_rule_and_source(
    client: httpx.AsyncClient, books: World
) -> None:
    body = await composition(client, books)
    assert body["compliant"] is False
    assert deviations(body) == {
        ("not_held_with", "C-ORG-2", "office_director", "housing"),
        ("too_few_holders", "CO-ORG-1", "liaison_officer", "natural_resources"),
        ("too_few_holders", "CO-ORG-2", "information_officer", "housing"),
        ("too_few_holders", "CO-ORG-2", "information_officer", "natural_resources"),
    }
    assert_cited(body)


async def test_a_second_leader_is_a_deviation_from_c_org_1(
    client: httpx.AsyncClient, books: World
) -> None:
    await complete(client, books)
    # Recorded from a day before any rulebook was in force, the assignment passes no limit
    # (app/services/positions.py); the composition of today still breaks C-ORG-1.
    second = await assign(client, books, "city_a.nobody", "leader", valid_from="2019-12-01")
    body = await composition(client, books)
    assert deviations(body) == {("too_many_holders", "C-ORG-1", "leader", None)}
    assert_cited(body)
    (deviation,) = body["deviations"]
    assert second in deviation["position_ids"]
    assert set(deviation["user_ids"]) == {uid(books, "city_a.leader"), uid(books, "city_a.nobody")}


async def test_a_unit_without_its_liaison_officer_deviates_from_co_org_1(
    client: httpx.AsyncClient, books: World
) -> None:
    await complete(client, books, but="land liaison")
    body = await composition(client, books)
    assert deviations(body) == {
        ("too_few_holders", "CO-ORG-1", "liaison_officer", "natural_resources")
    }
    assert body["deviations"][0]["unit_id"] == str(
        books.places["city_a"].unit_ids["natural_resources"]
    )
    assert_cited(body)


async def test_an_office_director_not_from_the_housing_bureau_deviates_from_c_org_2(
    client: httpx.AsyncClient, books: World
) -> None:
    await complete(client, books, but="director heads housing")
    # Someone else heads the housing bureau; the director heads another unit.
    await assign(client, books, "city_a.nobody", "unit_head", "housing")
    await assign(client, books, "city_a.office_director", "unit_head", "natural_resources")
    body = await composition(client, books)
    assert deviations(body) == {("not_held_with", "C-ORG-2", "office_director", "housing")}
    assert_cited(body)
    (deviation,) = body["deviations"]
    assert deviation["user_ids"] == [uid(books, "city_a.office_director")]


async def test_a_day_is_judged_by_the_positions_and_rulebook_of_that_day(
    client: httpx.AsyncClient, books: World
) -> None:
    await complete(client, books)
    url = jurisdiction_url(books, "city_a") + "/composition"
    headers = books.headers("city_a.office_staff")
    # No rulebook was in force in 2019.
    problem(await client.get(url, params={"on": "2019-06-01"}, headers=headers), 409)
    body = (await client.get(url, params={"on": "2020-06-01"}, headers=headers)).json()
    assert body["on"] == "2020-06-01"
    assert body["compliant"] is True


async def test_a_deactivated_account_holds_no_post_from_today_on(
    client: httpx.AsyncClient, books: World
) -> None:
    """The leader's account is closed while the tenure runs on: today the leading group has no
    leader (C-ORG-1); on a past day the tenure's dates decide, the account keeping no date."""
    await complete(client, books)
    response = await client.patch(
        f"/v1/users/{uid(books, 'city_a.leader')}",
        json={"is_active": False},
        headers={**books.headers("admin"), "If-Match": "*"},
    )
    assert response.status_code == 200, response.text
    body = await composition(client, books)
    assert deviations(body) == {("too_few_holders", "C-ORG-1", "leader", None)}
    assert "deactivated account" in body["deviations"][0]["message"]
    assert_cited(body)
    url = jurisdiction_url(books, "city_a") + "/composition"
    headers = books.headers("city_a.office_staff")
    past = (await client.get(url, params={"on": "2026-11-30"}, headers=headers)).json()
    assert past["compliant"] is True
    ahead = (await client.get(url, params={"on": "2027-01-04"}, headers=headers)).json()
    assert deviations(ahead) == deviations(body)


async def test_a_county_is_judged_by_its_citys_rulebook(
    client: httpx.AsyncClient, books: World
) -> None:
    """C-ORG-3: county_a1 follows city_a's Changji rulebook; its own units are judged."""
    body = await composition(client, books, "county_a1", "county_a1.office_staff")
    assert body["inherited"] is True
    assert ("too_few_holders", "CO-ORG-1", "liaison_officer", "natural_resources") in deviations(
        body
    )


async def test_ezhou_reports_its_unlisted_and_missing_member_units(
    client: httpx.AsyncClient, books: World
) -> None:
    body = await composition(client, books, "city_b", "city_b.office_staff")
    listed = [r for r in body["rules"] if r["rule"] == "E-ORG-1"]
    assert listed == [
        {
            "rule": "E-ORG-1",
            "source": EZHOU_UNITS["source"],
            "description": "the leading group consists of the 21 listed member units",
            "checked": True,
            "reason": None,
        }
    ]
    missing = {d["unit_code"] for d in body["deviations"] if d["kind"] == "missing_unit"}
    # city_b has housing and natural_resources of Ezhou's 21.
    assert missing == set(EZHOU_UNITS["units"]) - {"housing", "natural_resources"}
    assert all(
        d["source"] == EZHOU_UNITS["source"] for d in body["deviations"] if d["rule"] == "E-ORG-1"
    )


async def test_another_jurisdictions_composition_is_not_found(
    client: httpx.AsyncClient, books: World
) -> None:
    url = jurisdiction_url(books, "city_a") + "/composition"
    problem(await client.get(url, headers=books.headers("city_b.office_director")), 404)
    unknown = f"/v1/jurisdictions/{uuid.uuid4()}/composition"
    problem(await client.get(unknown, headers=books.headers("admin")), 404)


async def test_a_malformed_composition_section_is_refused_naming_its_path(
    client: httpx.AsyncClient, books: World
) -> None:
    document = shipped_document("changji")
    document["effective_from"] = "2027-01-01"
    document["composition"]["held_with"]["office_director"]["role"] = "deputy_leader"
    document["composition"]["holders"]["leader"]["min"] = -1
    response = await client.put(
        jurisdiction_url(books, "city_a") + "/rulebook",
        json=document,
        headers={**books.headers("city_a.office_director"), "If-Match": "*"},
    )
    body = problem(response, 422)
    assert sorted(e["loc"] for e in body["errors"]) == [
        ["body", "composition", "held_with", "office_director", "role"],
        ["body", "composition", "holders", "leader", "min"],
    ]
