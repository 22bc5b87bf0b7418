"""Rulebooks through HTTP: publishing versions (the office director's), validation naming the bad
field, the version in force by date, a county inheriting its parent's (C-ORG-3), and position
limits judged by the rulebook in force (C-ORG-1, CO-ORG-1; Ezhou's E-ORG-3 sets none for
liaison officers). The world's positions all start 2020-01-01, so the shipped rulebooks are
published here with an earlier or equal effective_from."""

from __future__ import annotations

import copy
import json
from typing import Any

import httpx
import pytest

from app.rulebooks import shipped_document
from app.settings import PROJECT_ROOT
from tests.api.test_organisation import audit_events, error_locations, problem
from tests.factories import World, with_if_match
from tests.position_books import v2_book, without_position


def book(name: str, effective_from: str = "2020-01-01") -> dict[str, Any]:
    document = copy.deepcopy(shipped_document(name))
    document["effective_from"] = effective_from
    return document


def rulebook_url(world: World, place: str, rest: str = "") -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/rulebook{rest}"


async def publish(
    client: httpx.AsyncClient,
    world: World,
    place: str,
    document: Any,
    *,
    who: str = "admin",
    status: int = 201,
) -> dict[str, Any]:
    response = await with_if_match(
        client, "PUT", rulebook_url(world, place), json=document, headers=world.headers(who)
    )
    if status != 201:
        return problem(response, status)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def in_force(
    client: httpx.AsyncClient, world: World, place: str, on: str | None = None, status: int = 200
) -> dict[str, Any]:
    params = {"on": on} if on else {}
    response = await client.get(
        rulebook_url(world, place), params=params, headers=world.headers("admin")
    )
    if status != 200:
        return problem(response, status)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def assign(
    client: httpx.AsyncClient,
    world: World,
    place: str,
    role: str,
    valid_from: str,
    *,
    unit: str | None = None,
    user: str = "nobody",
    valid_to: str | None = None,
) -> httpx.Response:
    p = world.places[place]
    body: dict[str, Any] = {
        "user_id": str(p.user_ids[user]),
        "role": role,
        "valid_from": valid_from,
    }
    if unit:
        body["unit_id"] = str(p.unit_ids[unit])
    if valid_to:
        body["valid_to"] = valid_to
    return await client.post(
        f"/v1/jurisdictions/{p.id}/positions",
        json=body,
        headers=world.headers(f"{place}.office_director"),
    )


# --- publishing ---------------------------------------------------------------------------


async def test_the_office_director_publishes_a_version_and_everyone_here_reads_it(
    client: httpx.AsyncClient, world: World
) -> None:
    document = book("changji")
    response = await with_if_match(
        client,
        "PUT",
        rulebook_url(world, "city_a"),
        json=document,
        headers=world.headers("city_a.office_director"),
    )
    assert response.status_code == 201, response.text
    version = response.json()
    assert response.headers["location"] == rulebook_url(
        world, "city_a", f"/versions/{version['id']}"
    )
    assert version["effective_from"] == "2020-01-01"
    assert version["published_by"] == "city-a office_director"
    assert version["jurisdiction_id"] == str(world.places["city_a"].id)
    assert version["title"] == document["title"]
    assert version["document"] == document

    for reader in ("city_a.liaison", "city_a.leader", "city_a.client_read"):
        headers = world.headers(reader)
        listed = await client.get(rulebook_url(world, "city_a", "/versions"), headers=headers)
        assert listed.status_code == 200, listed.text
        (item,) = listed.json()["items"]
        assert item["id"] == version["id"]
        assert "document" not in item
        one = await client.get(
            rulebook_url(world, "city_a", f"/versions/{version['id']}"), headers=headers
        )
        assert one.status_code == 200, one.text
        assert one.json()["document"] == document
        current = await client.get(rulebook_url(world, "city_a"), headers=headers)
        assert current.status_code == 200, current.text
        assert current.json()["version_id"] == version["id"]
        assert current.json()["inherited"] is False

    (event,) = await audit_events(client, world, action="rulebook.publish")
    assert event["entity_id"] == version["id"]
    assert event["jurisdiction_id"] == str(world.places["city_a"].id)
    assert event["after"]["effective_from"] == "2020-01-01"


async def test_a_platform_administrator_publishes_anywhere(
    client: httpx.AsyncClient, world: World
) -> None:
    version = await publish(client, world, "county_a1", book("ezhou"))
    assert version["published_by"] == "Platform admin"


@pytest.mark.parametrize(
    ("who", "place", "status"),
    [
        ("city_a.office_deputy_director", "city_a", 403),
        ("city_a.office_staff", "city_a", 403),
        ("city_a.leader", "city_a", 403),
        ("city_a.deputy_leader", "city_a", 403),
        ("city_a.liaison", "city_a", 403),
        ("city_a.client_write", "city_a", 403),
        ("city_a.nobody", "city_a", 404),
        # A county's office does not see its city; the city's office sees but does not publish
        # the county's own rulebook (C-ORG-3: the county sets its own).
        ("county_a1.office_director", "city_a", 404),
        ("city_a.office_director", "county_a1", 403),
        ("city_b.office_director", "city_a", 404),
    ],
)
async def test_only_the_jurisdictions_office_director_publishes(
    client: httpx.AsyncClient, world: World, who: str, place: str, status: int
) -> None:
    await publish(client, world, place, book("changji"), who=who, status=status)
    listed = await client.get(
        rulebook_url(world, place, "/versions"), headers=world.headers("admin")
    )
    assert listed.json()["items"] == []


async def test_a_malformed_rulebook_is_refused_naming_the_bad_fields(
    client: httpx.AsyncClient, world: World
) -> None:
    document = book("changji")
    document["meeting_kinds"]["plenary_meeting"]["chair"]["allowed"][1]["role"] = "emperor"
    del document["positions"]["leader"]["level"]
    document["issuers"]["office"]["sing"] = document["issuers"]["office"].pop("sign")
    body = await publish(client, world, "city_a", document, status=422)
    assert sorted(error_locations(body), key=str) == sorted(
        [
            ["body", "meeting_kinds", "plenary_meeting", "chair", "allowed", 1, "role"],
            ["body", "positions", "leader", "level"],
            ["body", "issuers", "office", "sign"],
            ["body", "issuers", "office", "sing"],
        ],
        key=str,
    )
    assert body["type"] == "urn:gaiban:problem:validation-error"

    bad_date = await publish(client, world, "city_a", book("changji", "2020-02-30"), status=422)
    assert error_locations(bad_date) == [["body", "effective_from"]]
    not_an_object = await publish(client, world, "city_a", [book("changji")], status=422)
    assert error_locations(not_an_object) == [["body"]]

    listed = await client.get(
        rulebook_url(world, "city_a", "/versions"), headers=world.headers("admin")
    )
    assert listed.json()["items"] == []


async def test_a_second_version_on_the_same_day_conflicts_versions_never_change(
    client: httpx.AsyncClient, world: World
) -> None:
    first = await publish(client, world, "city_a", book("changji"))
    changed = book("changji")
    changed["title"] = "another text"
    body = await publish(client, world, "city_a", changed, status=409)
    assert "2020-01-01" in body["detail"]
    current = await in_force(client, world, "city_a", "2026-03-02")
    assert (current["version_id"], current["title"]) == (first["id"], first["title"])
    # The same day in another jurisdiction is another rulebook.
    await publish(client, world, "city_b", book("changji"))


async def test_the_version_in_force_is_the_latest_started_by_the_date(
    client: httpx.AsyncClient, world: World
) -> None:
    later = book("changji", "2024-07-01")
    later["title"] = "revised rules"
    v2 = await publish(client, world, "city_a", later)
    v1 = await publish(client, world, "city_a", book("changji"))  # published after, starts before

    assert (await in_force(client, world, "city_a", "2024-06-30"))["version_id"] == v1["id"]
    on_the_day = await in_force(client, world, "city_a", "2024-07-01")
    assert (on_the_day["version_id"], on_the_day["title"]) == (v2["id"], "revised rules")
    today = await in_force(client, world, "city_a")
    assert today["version_id"] == v2["id"]
    assert today["on"] >= "2024-07-01"
    missing = await in_force(client, world, "city_a", "2019-12-31", status=404)
    assert "2019-12-31" in missing["detail"]

    listed = await client.get(
        rulebook_url(world, "city_a", "/versions"),
        params={"limit": 1},
        headers=world.headers("admin"),
    )
    first_page = listed.json()
    assert [v["id"] for v in first_page["items"]] == [v1["id"]]
    listed = await client.get(
        rulebook_url(world, "city_a", "/versions"),
        params={"limit": 1, "cursor": first_page["next_cursor"]},
        headers=world.headers("admin"),
    )
    assert [v["id"] for v in listed.json()["items"]] == [v2["id"]]
    assert listed.json()["next_cursor"] is None


async def test_a_version_is_read_only_through_its_own_jurisdiction(
    client: httpx.AsyncClient, world: World
) -> None:
    version = await publish(client, world, "city_a", book("changji"))
    response = await client.get(
        rulebook_url(world, "city_b", f"/versions/{version['id']}"), headers=world.headers("admin")
    )
    problem(response, 404)


async def test_a_county_uses_its_parents_rulebook_until_it_publishes_its_own(
    client: httpx.AsyncClient, world: World
) -> None:
    """C-ORG-3: the county's rules start as the prefecture's and may differ."""
    await in_force(client, world, "county_a1", "2026-03-02", status=404)
    parent = await publish(client, world, "city_a", book("changji"))
    inherited = await in_force(client, world, "county_a1", "2026-03-02")
    assert inherited["inherited"] is True
    assert inherited["owner_jurisdiction_id"] == str(world.places["city_a"].id)
    assert inherited["jurisdiction_id"] == str(world.places["county_a1"].id)
    assert inherited["version_id"] == parent["id"]

    own_document = book("changji", "2022-01-01")
    own_document["positions"]["liaison_officer"]["max_holders_per_unit"] = None
    own = await publish(client, world, "county_a1", own_document, who="county_a1.office_director")
    now = await in_force(client, world, "county_a1", "2026-03-02")
    assert (now["version_id"], now["inherited"]) == (own["id"], False)
    before = await in_force(client, world, "county_a1", "2021-06-01")
    assert (before["version_id"], before["inherited"]) == (parent["id"], True)
    listed = await client.get(
        rulebook_url(world, "county_a1", "/versions"),
        headers=world.headers("county_a1.office_director"),
    )
    assert [v["id"] for v in listed.json()["items"]] == [own["id"]]

    # The county's own rule now differs from the prefecture's (CO-ORG-1 there, none here).
    response = await assign(
        client, world, "county_a1", "liaison_officer", "2023-01-01", unit="housing"
    )
    assert response.status_code == 201, response.text
    response = await assign(
        client, world, "city_a", "liaison_officer", "2023-01-01", unit="housing"
    )
    assert problem(response, 409)["rule"] == "CO-ORG-1"


# --- position limits ----------------------------------------------------------------------


async def test_changji_has_exactly_one_leader_c_org_1(
    client: httpx.AsyncClient, world: World
) -> None:
    await publish(client, world, "city_a", book("changji"))
    body = problem(await assign(client, world, "city_a", "leader", "2021-01-01"), 409)
    assert body["rule"] == "C-ORG-1"
    assert "第二条" in body["source"]
    assert "leader" in body["detail"]
    # Deputies and members are any number ("若干").
    for role in ("deputy_leader", "member"):
        response = await assign(client, world, "city_a", role, "2021-01-01")
        assert response.status_code == 201, response.text


async def test_a_leader_whose_tenure_ended_before_does_not_count(
    client: httpx.AsyncClient, world: World
) -> None:
    await publish(client, world, "city_a", book("changji"))
    place = world.places["city_a"]
    admin = world.headers("admin")
    positions = f"/v1/jurisdictions/{place.id}/positions"
    (old,) = (await client.get(positions, params={"role": "leader"}, headers=admin)).json()["items"]
    ended = await client.patch(
        f"{positions}/{old['id']}", json={"valid_to": "2020-12-31"}, headers=admin
    )
    assert ended.status_code == 200, ended.text

    overlapping = await assign(client, world, "city_a", "leader", "2020-12-31")
    assert problem(overlapping, 409)["rule"] == "C-ORG-1"
    successor = await assign(client, world, "city_a", "leader", "2021-01-01")
    assert successor.status_code == 201, successor.text

    # Re-opening the old leader's tenure would make two leaders again.
    reopened = await client.patch(
        f"{positions}/{old['id']}", json={"valid_to": None}, headers=admin
    )
    assert problem(reopened, 409)["rule"] == "C-ORG-1"
    retitled = await client.patch(f"{positions}/{old['id']}", json={"title": "组长"}, headers=admin)
    assert retitled.status_code == 200, retitled.text


async def test_changji_has_one_liaison_officer_per_member_unit_co_org_1(
    client: httpx.AsyncClient, world: World
) -> None:
    await publish(client, world, "city_a", book("changji"))
    second = await assign(client, world, "city_a", "liaison_officer", "2021-01-01", unit="housing")
    body = problem(second, 409)
    assert body["rule"] == "CO-ORG-1"
    assert "第二条" in body["source"]
    other_unit = await assign(
        client, world, "city_a", "liaison_officer", "2021-01-01", unit="natural_resources"
    )
    assert other_unit.status_code == 201, other_unit.text


async def test_ezhou_allows_several_liaison_officers_per_unit_e_org_3(
    client: httpx.AsyncClient, world: World
) -> None:
    await publish(client, world, "city_b", book("ezhou"))
    second = await assign(client, world, "city_b", "liaison_officer", "2021-01-01", unit="housing")
    assert second.status_code == 201, second.text
    leader = await assign(client, world, "city_b", "leader", "2021-01-01")
    assert problem(leader, 409)["rule"] == "E-ORG-2"


async def test_without_a_rulebook_in_force_there_is_no_limit(
    client: httpx.AsyncClient, world: World
) -> None:
    # None at all in city_b; in city_a only from 2020-12-31 (the shipped date), after the
    # position starts.
    response = await assign(client, world, "city_b", "leader", "2021-01-01")
    assert response.status_code == 201, response.text
    await publish(client, world, "city_a", book("changji", "2020-12-31"))
    response = await assign(client, world, "city_a", "leader", "2020-06-01", valid_to="2020-06-30")
    assert response.status_code == 201, response.text


# --- positions as rulebook data (issue 18) ------------------------------------------------

EXECUTIVE = {
    "title_zh": "常务副组长",
    "level": "leading_group",
    "max_holders": 1,
    "counts_as_member": True,
    "capabilities": ["reads_all", "decides_for_leading_group"],
    "rule": "X-ORG-1",
    "source": "工作规则 第二条",
}


def with_positions(document: dict[str, Any], **positions: dict[str, Any]) -> dict[str, Any]:
    changed = copy.deepcopy(document)
    changed["positions"].update(positions)
    return changed


async def test_a_position_is_assigned_only_as_the_rulebook_in_force_on_its_first_day_defines_it(
    client: httpx.AsyncClient, world: World
) -> None:
    document = with_positions(v2_book("changji", "2020-01-01"), executive_deputy_leader=EXECUTIVE)
    await publish(client, world, "city_a", document, who="city_a.office_director")
    given = await assign(client, world, "city_a", "executive_deputy_leader", "2021-01-01")
    assert given.status_code == 201, given.text
    assert (given.json()["role"], given.json()["level"]) == (
        "executive_deputy_leader",
        "leading_group",
    )
    # Its own limit, with its rule.
    second = await assign(
        client, world, "city_a", "executive_deputy_leader", "2021-01-01", user="office_staff"
    )
    assert problem(second, 409)["rule"] == "X-ORG-1"
    # A key it does not define: 422 at the role, naming the version.
    refused = problem(await assign(client, world, "city_a", "secretary", "2021-01-01"), 422)
    assert error_locations(refused) == [["body", "role"]]
    assert "2020-01-01" in refused["errors"][0]["msg"]
    # Before any rulebook is in force, only the default catalogue's keys.
    refused = problem(
        await assign(client, world, "city_b", "executive_deputy_leader", "2021-01-01"), 422
    )
    assert "default catalogue" in refused["errors"][0]["msg"]
    # A key is lower-case letters, digits and '_'.
    malformed = problem(
        await assign(client, world, "city_a", "Executive-Deputy", "2021-01-01"), 422
    )
    assert error_locations(malformed) == [["body", "role"]]
    positions = f"/v1/jurisdictions/{world.places['city_a'].id}/positions"
    listed = await client.get(
        positions, params={"role": "executive_deputy_leader"}, headers=world.headers("admin")
    )
    assert [p["id"] for p in listed.json()["items"]] == [given.json()["id"]]
    bad_filter = await client.get(positions, params={"role": "x-y"}, headers=world.headers("admin"))
    assert error_locations(problem(bad_filter, 422)) == [["query", "role"]]


async def test_a_positions_level_says_whether_it_names_a_unit_and_its_limits_count_all_units(
    client: httpx.AsyncClient, world: World
) -> None:
    secretary = {"title_zh": "成员单位秘书", "level": "member_unit", "max_holders": 1}
    document = with_positions(v2_book("changji", "2020-01-01"), unit_secretary=secretary)
    await publish(client, world, "city_a", document, who="city_a.office_director")
    no_unit = problem(await assign(client, world, "city_a", "unit_secretary", "2021-01-01"), 422)
    assert error_locations(no_unit) == [["body", "unit_id"]]
    housing = await assign(client, world, "city_a", "unit_secretary", "2021-01-01", unit="housing")
    assert housing.status_code == 201, housing.text
    assert housing.json()["level"] == "member_unit"
    # max_holders counts every unit's holders; max_holders_per_unit each unit's.
    other = await assign(
        client,
        world,
        "city_a",
        "unit_secretary",
        "2021-01-01",
        unit="natural_resources",
        user="office_staff",
    )
    assert "at most 1 unit_secretary at a time" in problem(other, 409)["detail"]


async def test_whoever_a_signing_rule_names_is_assigned_by_the_offices_leadership_only(
    client: httpx.AsyncClient, world: World
) -> None:
    plain = {"title_zh": "办公室秘书", "level": "office"}
    document = with_positions(
        v2_book("changji", "2020-01-01"), office_secretary=plain, office_clerk=plain
    )
    # The secretary signs for the office when its director entrusts it.
    document["issuers"]["office"]["sign"]["allowed"].append(
        {"role": "office_secretary", "entrusted_by": "office_director"}
    )
    await publish(client, world, "city_a", document, who="city_a.office_director")
    url = f"/v1/jurisdictions/{world.places['city_a'].id}/positions"
    body = {
        "user_id": str(world.places["city_a"].user_ids["nobody"]),
        "valid_from": "2021-01-01",
    }
    for who, role, status in (
        ("city_a.office_staff", "office_clerk", 201),
        ("city_a.office_staff", "office_secretary", 403),
        ("city_a.client_write", "office_secretary", 403),
        ("city_a.office_deputy_director", "office_secretary", 201),
    ):
        response = await client.post(url, json={**body, "role": role}, headers=world.headers(who))
        assert response.status_code == status, (who, role, response.text)


async def test_a_version_may_not_change_the_level_of_a_position_ever_held_here(
    client: httpx.AsyncClient, world: World
) -> None:
    first = v2_book("changji", "2020-01-01")
    await publish(client, world, "city_a", first, who="city_a.office_director")
    place = world.places["city_a"]
    (staff,) = (
        await client.get(
            f"/v1/jurisdictions/{place.id}/positions",
            params={"role": "office_staff"},
            headers=world.headers("admin"),
        )
    ).json()["items"]
    ended = await client.patch(
        f"/v1/jurisdictions/{place.id}/positions/{staff['id']}",
        json={"valid_to": "2020-12-31"},
        headers=world.headers("admin"),
    )
    assert ended.status_code == 200, ended.text
    # Nobody holds office_staff any more, but somebody did: its level stays office.
    promoted = {**first["positions"]["office_staff"], "level": "leading_group"}
    second = with_positions({**first, "effective_from": "2027-01-01"}, office_staff=promoted)
    body = await publish(client, world, "city_a", second, who="city_a.office_director", status=422)
    assert error_locations(body) == [["body", "positions", "office_staff", "level"]]
    assert "define a new key" in body["errors"][0]["msg"]
    # A key never held here may move (member: nobody of city_a ever was one) ...
    office_member = {**first["positions"]["member"], "level": "office"}
    office_member.pop("counts_as_member", None)
    moved = with_positions({**first, "effective_from": "2027-01-01"}, member=office_member)
    await publish(client, world, "city_a", moved, who="city_a.office_director")
    # ... and a held one may go: its holders are reported by GET …/rulebook/check-holdings.
    dropped = without_position({**first, "effective_from": "2028-01-01"}, "office_deputy_director")
    await publish(client, world, "city_a", dropped, who="city_a.office_director")


# --- the schema ---------------------------------------------------------------------------


async def test_the_json_schema_is_served_to_any_caller_as_committed(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await client.get("/v1/rulebook-schema", headers=world.headers("county_a1.liaison"))
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/schema+json")
    committed = json.loads((PROJECT_ROOT / "openapi" / "rulebook.schema.json").read_text("utf-8"))
    assert response.json() == committed
    problem(await client.get("/v1/rulebook-schema"), 401)
