"""GET …/rulebook/check-holdings (issue 18): a rulebook version that drops a position, defines it
at another level or lowers a limit does not rewrite history, nor silently drop its holders: the
check reports them against each version their tenures reach, while past acts stay judged by the
version of their day.

The world's positions all start 2020-01-01 (tests/factories.py); Changji's rulebook, as a
version-2 document, is published in city_a from that day by its office director, and a second
version from 2027-01-01 changes it."""

from __future__ import annotations

from typing import Any

import httpx
import pytest

from app.domain.positions import PositionLevel
from tests.api.test_organisation import problem
from tests.api.test_rulebooks import assign, publish, rulebook_url
from tests.factories import World
from tests.position_books import v2_book, without_position

LATER = "2027-01-01"
OFFICE_MEMBER = {"level": "office", "counts_as_member": False}


async def check(
    client: httpx.AsyncClient,
    world: World,
    place: str,
    on: str | None = "2026-12-01",
    *,
    who: str | None = None,
    status: int = 200,
) -> dict[str, Any]:
    response = await client.get(
        rulebook_url(world, place, "/check-holdings"),
        params={"on": on} if on else {},
        headers=world.headers(who or f"{place}.office_staff"),
    )
    if status != 200:
        return problem(response, status)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def publish_v2(
    client: httpx.AsyncClient, world: World, place: str = "city_a", name: str = "changji"
) -> dict[str, Any]:
    document = v2_book(name, "2020-01-01")
    await publish(client, world, place, document, who=f"{place}.office_director")
    return document


def later(document: dict[str, Any], **positions: dict[str, Any]) -> dict[str, Any]:
    """The next version, from LATER, with these definitions merged in."""
    changed: dict[str, Any] = {**document, "effective_from": LATER}
    changed["positions"] = {
        key: {**definition, **positions.get(key, {})}
        for key, definition in document["positions"].items()
    }
    return changed


async def position_id(
    client: httpx.AsyncClient, world: World, place: str, role: str, user: str
) -> str:
    p = world.places[place]
    listed = await client.get(
        f"/v1/jurisdictions/{p.id}/positions",
        params={"role": role, "user_id": str(p.user_ids[user])},
        headers=world.headers("admin"),
    )
    assert listed.status_code == 200, listed.text
    (item,) = listed.json()["items"]
    identifier: str = item["id"]
    return identifier


async def may_convene_special_meeting(
    client: httpx.AsyncClient, world: World, who: str, on: str
) -> dict[str, Any]:
    place = world.places["city_a"]
    response = await client.post(
        rulebook_url(world, "city_a", "/check"),
        json={
            "act": "convene",
            "subject": "special_meeting",
            "person_id": str(place.user_ids[who]),
            "on": on,
        },
        headers=world.headers("admin"),
    )
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def test_holders_of_a_position_a_later_version_drops_are_reported_past_acts_unaffected(
    client: httpx.AsyncClient, world: World
) -> None:
    first = await publish_v2(client, world)
    assert (await check(client, world, "city_a"))["sound"] is True
    # The deputy leader is dropped (with every rule naming it): publishing is not refused for
    # its holder, who is not dropped either.
    second = without_position({**first, "effective_from": LATER}, "deputy_leader")
    published = await publish(client, world, "city_a", second, who="city_a.office_director")

    body = await check(client, world, "city_a")
    assert [
        (v["effective_from"], v["judged_from"], v["judged_until"]) for v in body["versions"]
    ] == [
        ("2020-01-01", "2026-12-01", "2026-12-31"),
        (LATER, LATER, None),
    ]
    assert body["sound"] is False
    (found,) = body["problems"]
    assert found["kind"] == "undefined"
    assert found["role"] == "deputy_leader"
    assert (found["version_id"], found["effective_from"]) == (published["id"], LATER)
    assert found["first_day"] == LATER
    assert found["position_ids"] == [
        await position_id(client, world, "city_a", "deputy_leader", "deputy_leader")
    ]
    assert found["user_ids"] == [str(world.places["city_a"].user_ids["deputy_leader"])]
    assert (found["held_level"], found["defined_level"]) == ("leading_group", None)
    assert (found["rule"], found["source"]) == (None, None)

    # Past acts keep the version of their day: before LATER the deputy leader convenes special
    # meetings (C-MTG-2); from then on the rulebook names no such post.
    before = await may_convene_special_meeting(client, world, "deputy_leader", "2026-12-01")
    assert (before["allowed"], before["rule"]) == (True, "C-MTG-2")
    after = await may_convene_special_meeting(client, world, "deputy_leader", "2027-02-01")
    assert after["allowed"] is False
    # Asked from LATER on, only the second version is judged by.
    assert [v["version_id"] for v in (await check(client, world, "city_a", LATER))["versions"]] == [
        published["id"]
    ]


async def test_a_position_the_parents_later_version_defines_at_another_level(
    client: httpx.AsyncClient, world: World
) -> None:
    first = await publish_v2(client, world)
    # The county (under city_a's rulebook, C-ORG-3) appoints a member of its leading group ...
    appointed = await assign(client, world, "county_a1", "member", "2021-01-01")
    assert appointed.status_code == 201, appointed.text
    assert appointed.json()["level"] == "leading_group"
    # ... and the city, where nobody ever was a member, makes `member` an office post.
    second = later(first, member=OFFICE_MEMBER)
    published = await publish(client, world, "city_a", second, who="city_a.office_director")

    body = await check(client, world, "county_a1", who="county_a1.office_director")
    assert [v["inherited"] for v in body["versions"]] == [True, True]
    (found,) = body["problems"]
    assert found["kind"] == "level_mismatch"
    assert (found["role"], found["version_id"]) == ("member", published["id"])
    assert (found["held_level"], found["defined_level"]) == ("leading_group", "office")
    assert found["position_ids"] == [appointed.json()["id"]]
    assert (found["rule"], found["source"]) == (
        first["positions"]["member"]["rule"],
        first["positions"]["member"]["source"],
    )
    # The city itself is sound; its office sees the county's problem too (the office above).
    assert (await check(client, world, "city_a"))["sound"] is True
    assert (await check(client, world, "county_a1"))["problems"] == body["problems"]

    # A new member's tenure may not reach the version that changes the level (422 naming it);
    # one that ends before it may be assigned, and an existing one may be ended.
    reaching = await assign(client, world, "county_a1", "member", "2026-06-01", user="office_staff")
    refused = problem(reaching, 422)
    assert refused["errors"][0]["loc"] == ["body", "valid_to"]
    assert LATER in refused["errors"][0]["msg"]
    ending = await assign(
        client,
        world,
        "county_a1",
        "member",
        "2026-06-01",
        user="office_staff",
        valid_to="2026-12-31",
    )
    assert ending.status_code == 201, ending.text
    county = world.places["county_a1"]
    url = f"/v1/jurisdictions/{county.id}/positions/{appointed.json()['id']}"
    director = world.headers("county_a1.office_director")
    # Shortening a tenure is always allowed, even one that still reaches the change (reported
    # until it ends) ...
    shortened = await client.patch(url, json={"valid_to": "2027-06-30"}, headers=director)
    assert shortened.status_code == 200, shortened.text
    assert [p["kind"] for p in (await check(client, world, "county_a1"))["problems"]] == [
        "level_mismatch"
    ]
    # ... and so is ending it before.
    ended = await client.patch(url, json={"valid_to": "2026-12-31"}, headers=director)
    assert ended.status_code == 200, ended.text
    assert (await check(client, world, "county_a1"))["sound"] is True
    # Prolonging it again is judged as an assignment is.
    prolonged = await client.patch(url, json={"valid_to": None}, headers=director)
    assert error_at(problem(prolonged, 422)) == ["body", "valid_to"]


def error_at(body: dict[str, Any]) -> list[str | int]:
    (error,) = body["errors"]
    location: list[str | int] = error["loc"]
    return location


async def test_a_lowered_limit_reports_the_peak_with_its_first_day_and_rule(
    client: httpx.AsyncClient, world: World
) -> None:
    first = await publish_v2(client, world)
    second_staff = await assign(client, world, "city_a", "office_staff", "2027-03-01")
    assert second_staff.status_code == 201, second_staff.text
    lowered = {"max_holders": 1, "rule": "C-ORG-2", "source": "第三条（工作人员1名）"}
    published = await publish(
        client, world, "city_a", later(first, office_staff=lowered), who="city_a.office_director"
    )

    (found,) = (await check(client, world, "city_a"))["problems"]
    assert found["kind"] == "over_limit"
    assert (found["role"], found["version_id"]) == ("office_staff", published["id"])
    assert (found["peak"], found["limit"], found["first_day"]) == (2, 1, "2027-03-01")
    assert (found["rule"], found["source"]) == ("C-ORG-2", "第三条（工作人员1名）")
    assert found["defined_level"] == PositionLevel.office
    assert found["unit_id"] is None
    assert sorted(found["user_ids"]) == sorted(
        str(world.places["city_a"].user_ids[u]) for u in ("office_staff", "nobody")
    )
    # New assignments are held to the version of their first day: no third from LATER on.
    third = await assign(client, world, "city_a", "office_staff", "2027-06-01", user="leader")
    assert problem(third, 409)["rule"] == "C-ORG-2"


async def test_a_lowered_limit_per_member_unit_names_the_unit(
    client: httpx.AsyncClient, world: World
) -> None:
    # Ezhou sets no limit on liaison officers (E-ORG-3): a second one in the housing bureau.
    first = await publish_v2(client, world, "city_b", "ezhou")
    second = await assign(client, world, "city_b", "liaison_officer", "2021-01-01", unit="housing")
    assert second.status_code == 201, second.text
    assert (await check(client, world, "city_b"))["sound"] is True
    one_each = {"max_holders_per_unit": 1}
    await publish(
        client,
        world,
        "city_b",
        later(first, liaison_officer=one_each),
        who="city_b.office_director",
    )
    (found,) = (await check(client, world, "city_b"))["problems"]
    assert (found["kind"], found["role"], found["peak"], found["limit"]) == (
        "over_limit",
        "liaison_officer",
        2,
        1,
    )
    assert found["unit_id"] == str(world.places["city_b"].unit_ids["housing"])
    assert found["first_day"] == LATER


async def test_positions_ended_before_the_day_are_not_judged(
    client: httpx.AsyncClient, world: World
) -> None:
    first = await publish_v2(client, world)
    deputy = await position_id(client, world, "city_a", "deputy_leader", "deputy_leader")
    ended = await client.patch(
        f"/v1/jurisdictions/{world.places['city_a'].id}/positions/{deputy}",
        json={"valid_to": "2026-12-31"},
        headers=world.headers("city_a.office_director"),
    )
    assert ended.status_code == 200, ended.text
    second = without_position({**first, "effective_from": LATER}, "deputy_leader")
    await publish(client, world, "city_a", second, who="city_a.office_director")
    # The tenure ends before the second version: nothing to report, from any day.
    assert (await check(client, world, "city_a"))["sound"] is True
    assert (await check(client, world, "city_a", "2030-01-01"))["problems"] == []


@pytest.mark.usefixtures("pinned_clock")
async def test_the_day_is_today_in_the_jurisdiction_by_default(
    client: httpx.AsyncClient, world: World
) -> None:
    body = await check(client, world, "city_a", None)
    # No rulebook in force, from today on: nothing judged (the default catalogue applies, which
    # every assignment was checked against).
    assert body == {
        "jurisdiction_id": str(world.places["city_a"].id),
        "on": "2026-12-01",
        "versions": [],
        "problems": [],
        "sound": True,
    }
    await publish_v2(client, world)
    (version,) = (await check(client, world, "city_a", None))["versions"]
    assert (version["effective_from"], version["judged_from"]) == ("2020-01-01", "2026-12-01")
    assert version["inherited"] is False


async def test_the_office_here_or_above_checks(client: httpx.AsyncClient, world: World) -> None:
    await publish_v2(client, world)
    for who in ("city_a.office_staff", "county_a1.office_director", "admin"):
        await check(client, world, "county_a1", who=who)
    for who in ("county_a1.leader", "county_a1.liaison", "county_a1.client_read"):
        await check(client, world, "county_a1", who=who, status=403)
    # Nothing of city_a is the county's to see.
    await check(client, world, "city_a", who="county_a1.office_director", status=404)
    bad_day = await client.get(
        rulebook_url(world, "city_a", "/check-holdings"),
        params={"on": "someday"},
        headers=world.headers("city_a.office_staff"),
    )
    assert problem(bad_day, 422)["errors"][0]["loc"] == ["query", "on"]
