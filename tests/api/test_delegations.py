"""Delegations (委托) and the dry-run check through HTTP, on the shipped rulebooks: Changji's in
city_a (and, inherited, county_a1 — C-ORG-3), Ezhou's in city_b. Rule ids from DOMAIN.md."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from tests.api.test_organisation import audit_events, error_locations, problem
from tests.factories import World

DAY = "2026-03-02"


def url(world: World, place: str, rest: str = "") -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/delegations{rest}"


def uid(world: World, who: str) -> str:
    place, _, name = who.partition(".")
    return str(world.places[place].user_ids[name])


def today_in_shanghai() -> date:
    return datetime.now(ZoneInfo("Asia/Shanghai")).date()


async def entrust(
    client: httpx.AsyncClient,
    world: World,
    by: str,
    to: str,
    scopes: list[str],
    *,
    status: int = 201,
    **extra: Any,
) -> dict[str, Any]:
    place = by.partition(".")[0]
    body = {
        "to_user_id": uid(world, to),
        "scopes": scopes,
        "valid_from": "2020-01-01",
        "reason": "组长出差期间委托",
        **extra,
    }
    response = await client.post(url(world, place), json=body, headers=world.headers(by))
    assert response.status_code == status, response.text
    result: dict[str, Any] = response.json()
    return result


async def check(
    client: httpx.AsyncClient,
    world: World,
    who: str,
    act: str,
    subject: str,
    *,
    on: str = DAY,
    asker: str = "admin",
) -> dict[str, Any]:
    place = who.partition(".")[0]
    response = await client.post(
        f"/v1/jurisdictions/{world.places[place].id}/rulebook/check",
        json={"act": act, "person_id": uid(world, who), "subject": subject, "on": on},
        headers=world.headers(asker),
    )
    assert response.status_code == 200, response.text
    decision: dict[str, Any] = response.json()
    assert set(decision) == {"allowed", "rule", "source", "reason", "delegation_id"}
    return decision


# --- the check, without any delegation ---------------------------------------------------


async def test_changji_deputy_without_entrustment_cannot_chair_the_plenary_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    decision = await check(client, books, "city_a.deputy_leader", "chair", "plenary_meeting")
    assert decision["allowed"] is False
    assert decision["rule"] == "C-MTG-1"
    assert "第八条" in decision["source"]
    assert "entrusted" in decision["reason"]
    assert decision["delegation_id"] is None

    leader = await check(client, books, "city_a.leader", "chair", "plenary_meeting")
    assert (leader["allowed"], leader["rule"], leader["delegation_id"]) == (True, "C-MTG-1", None)


async def test_ezhou_deputy_chairs_the_joint_meeting_without_delegation_e_mtg_3(
    client: httpx.AsyncClient, books: World
) -> None:
    decision = await check(client, books, "city_b.deputy_leader", "chair", "joint_meeting")
    assert (decision["allowed"], decision["rule"]) == (True, "E-MTG-3")
    assert decision["delegation_id"] is None
    staff = await check(client, books, "city_b.office_staff", "chair", "joint_meeting")
    assert (staff["allowed"], staff["rule"]) == (False, "E-MTG-3")


async def test_ezhou_extra_joint_meeting_needs_leader_or_deputy_consent_e_mtg_2(
    client: httpx.AsyncClient, books: World
) -> None:
    deputy = await check(client, books, "city_b.deputy_leader", "approve_extra", "joint_meeting")
    assert (deputy["allowed"], deputy["rule"]) == (True, "E-MTG-2")
    staff = await check(client, books, "city_b.office_staff", "approve_extra", "joint_meeting")
    assert (staff["allowed"], staff["rule"]) == (False, "E-MTG-2")
    assert "leader" in staff["reason"]


async def test_check_of_an_undefined_meeting_kind_is_refused_naming_it(
    client: httpx.AsyncClient, books: World
) -> None:
    decision = await check(client, books, "city_a.leader", "chair", "joint_meeting")
    assert (decision["allowed"], decision["rule"]) == (False, "RULEBOOK")
    assert "joint_meeting" in decision["reason"]


async def test_check_and_create_with_no_rulebook_in_force_are_409(
    client: httpx.AsyncClient, books: World
) -> None:
    response = await client.post(
        f"/v1/jurisdictions/{books.places['city_a'].id}/rulebook/check",
        json={
            "act": "chair",
            "person_id": uid(books, "city_a.leader"),
            "subject": "plenary_meeting",
            "on": "2019-12-31",
        },
        headers=books.headers("city_a.leader"),
    )
    assert "published" in problem(response, 409)["detail"]
    response = await client.post(
        url(books, "city_a"),
        json={
            "to_user_id": uid(books, "city_a.deputy_leader"),
            "scopes": ["chair:plenary_meeting"],
            "valid_from": "2019-12-31",
            "reason": "x",
        },
        headers=books.headers("city_a.leader"),
    )
    problem(response, 409)


async def test_check_body_is_validated(client: httpx.AsyncClient, books: World) -> None:
    response = await client.post(
        f"/v1/jurisdictions/{books.places['city_a'].id}/rulebook/check",
        json={"act": "preside", "person_id": "nope", "subject": "", "on": "someday"},
        headers=books.headers("city_a.leader"),
    )
    locations = error_locations(problem(response, 422))
    for field in ("act", "person_id", "subject", "on"):
        assert ["body", field] in locations


# --- entrusting --------------------------------------------------------------------------


async def test_leader_entrusts_deputy_who_then_may_chair_the_plenary_naming_it_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    created = await entrust(
        client, books, "city_a.leader", "city_a.deputy_leader", ["chair:plenary_meeting"]
    )
    assert created["from_user_id"] == uid(books, "city_a.leader")
    assert created["to_user_id"] == uid(books, "city_a.deputy_leader")
    assert created["scopes"] == ["chair:plenary_meeting"]
    assert created["jurisdiction_id"] == str(books.places["city_a"].id)
    assert (created["revoked_on"], created["revoked_at"]) == (None, None)

    decision = await check(client, books, "city_a.deputy_leader", "chair", "plenary_meeting")
    assert (decision["allowed"], decision["rule"]) == (True, "C-MTG-1")
    assert decision["delegation_id"] == created["id"]
    # The entrustment is for chairing; convening (and consenting to an extra one) is not in it.
    convene = await check(client, books, "city_a.deputy_leader", "convene", "plenary_meeting")
    assert convene["allowed"] is False

    events = await audit_events(client, books, entity_id=created["id"])
    assert [e["action"] for e in events] == ["delegation.create"]
    assert events[0]["actor_id"] == uid(books, "city_a.leader")
    assert events[0]["after"]["scopes"] == ["chair:plenary_meeting"]


async def test_office_director_cannot_entrust_the_chair_of_the_plenary_c_mtg_1(
    client: httpx.AsyncClient, books: World
) -> None:
    refused = await entrust(
        client,
        books,
        "city_a.office_director",
        "city_a.deputy_leader",
        ["chair:plenary_meeting"],
        status=403,
    )
    assert refused["rule"] == "C-MTG-1"
    assert "第八条" in refused["source"]
    assert "only the leader may entrust" in refused["detail"]
    assert refused["type"] == "urn:gaiban:problem:governance-refusal"


async def test_leader_cannot_entrust_signing_office_documents_co_doc_2(
    client: httpx.AsyncClient, books: World
) -> None:
    refused = await entrust(
        client, books, "city_a.leader", "city_a.office_deputy_director", ["sign:office"], status=403
    )
    assert refused["rule"] == "CO-DOC-2"
    assert "第十二条" in refused["source"]


async def test_entrusting_to_a_role_the_rule_does_not_name_is_refused(
    client: httpx.AsyncClient, books: World
) -> None:
    refused = await entrust(
        client, books, "city_a.leader", "city_a.office_staff", ["chair:plenary_meeting"], status=403
    )
    assert refused["rule"] == "C-MTG-1"
    assert "deputy_leader" in refused["detail"]


async def test_ezhou_rules_entrust_nothing(client: httpx.AsyncClient, books: World) -> None:
    refused = await entrust(
        client, books, "city_b.leader", "city_b.deputy_leader", ["chair:joint_meeting"], status=403
    )
    assert refused["rule"] == "E-MTG-3"


async def test_office_deputy_director_signs_office_documents_only_when_entrusted_co_doc_2(
    client: httpx.AsyncClient, books: World
) -> None:
    before = await check(client, books, "city_a.office_deputy_director", "sign", "office")
    assert (before["allowed"], before["rule"]) == (False, "CO-DOC-2")
    created = await entrust(
        client, books, "city_a.office_director", "city_a.office_deputy_director", ["sign:office"]
    )
    after = await check(client, books, "city_a.office_deputy_director", "sign", "office")
    assert (after["allowed"], after["rule"], after["delegation_id"]) == (
        True,
        "CO-DOC-2",
        created["id"],
    )
    # Signing in the office's name is not signing in the leading group's (CO-DOC-1).
    group = await check(client, books, "city_a.office_deputy_director", "sign", "leading_group")
    assert (group["allowed"], group["rule"]) == (False, "CO-DOC-1")


async def test_expired_revoked_and_out_of_scope_delegations_do_not_count(
    client: httpx.AsyncClient, books: World
) -> None:
    leader, deputy = "city_a.leader", "city_a.deputy_leader"
    expired = await entrust(
        client, books, leader, deputy, ["chair:plenary_meeting"], valid_to="2025-12-31"
    )
    revoked = await entrust(client, books, leader, deputy, ["chair:plenary_meeting"])
    response = await client.post(
        url(books, "city_a", f"/{revoked['id']}/revoke"),
        json={"reason": "组长返岗"},
        headers=books.headers(leader),
    )
    assert response.status_code == 200, response.text
    await entrust(client, books, leader, deputy, ["sign:leading_group"])  # out of scope

    today = today_in_shanghai()
    decision = await check(client, books, deputy, "chair", "plenary_meeting", on=today.isoformat())
    assert (decision["allowed"], decision["delegation_id"]) == (False, None)
    assert decision["rule"] == "C-MTG-1"

    # Each counted while it was in force.
    in_2025 = await check(client, books, deputy, "chair", "plenary_meeting", on="2025-06-01")
    assert in_2025["allowed"] is True
    assert in_2025["delegation_id"] in {expired["id"], revoked["id"]}
    yesterday = (today - timedelta(days=1)).isoformat()
    before_revocation = await check(client, books, deputy, "chair", "plenary_meeting", on=yesterday)
    assert before_revocation["delegation_id"] == revoked["id"]


async def test_a_delegation_from_someone_no_longer_leader_does_not_count(
    client: httpx.AsyncClient, books: World
) -> None:
    created = await entrust(
        client, books, "city_a.leader", "city_a.deputy_leader", ["chair:plenary_meeting"]
    )
    positions = await client.get(
        f"/v1/jurisdictions/{books.places['city_a'].id}/positions",
        params={"role": "leader"},
        headers=books.headers("admin"),
    )
    (position,) = positions.json()["items"]
    ended = await client.patch(
        f"/v1/jurisdictions/{books.places['city_a'].id}/positions/{position['id']}",
        json={"valid_to": "2025-12-31"},
        headers=books.headers("admin"),
    )
    assert ended.status_code == 200, ended.text
    decision = await check(client, books, "city_a.deputy_leader", "chair", "plenary_meeting")
    assert (decision["allowed"], decision["delegation_id"]) == (False, None)
    earlier = await check(
        client, books, "city_a.deputy_leader", "chair", "plenary_meeting", on="2025-06-01"
    )
    assert earlier["delegation_id"] == created["id"]


# --- validation ---------------------------------------------------------------------------


async def test_malformed_and_unknown_scopes_are_422_naming_each(
    client: httpx.AsyncClient, books: World
) -> None:
    body = await entrust(
        client,
        books,
        "city_a.leader",
        "city_a.deputy_leader",
        ["chair:plenary_meeting", "chair", "preside:plenary_meeting"],
        status=422,
    )
    assert error_locations(body) == [["body", "scopes", 1], ["body", "scopes", 2]]
    body = await entrust(
        client,
        books,
        "city_a.leader",
        "city_a.deputy_leader",
        ["chair:plenary_meeting", "chair:joint_meeting"],
        status=422,
    )
    assert error_locations(body) == [["body", "scopes", 1]]
    body = await entrust(client, books, "city_a.leader", "city_a.deputy_leader", [], status=422)
    assert ["body", "scopes"] in error_locations(body)


async def test_period_delegate_and_reason_are_validated(
    client: httpx.AsyncClient, books: World
) -> None:
    leader, deputy, scopes = "city_a.leader", "city_a.deputy_leader", ["chair:plenary_meeting"]
    body = await entrust(client, books, leader, deputy, scopes, valid_to="2019-12-31", status=422)
    assert error_locations(body) == [["body", "valid_to"]]
    body = await entrust(client, books, leader, "city_b.deputy_leader", scopes, status=422)
    assert error_locations(body) == [["body", "to_user_id"]]
    assert "city_b" not in body["detail"]
    body = await entrust(client, books, leader, leader, scopes, status=422)
    assert error_locations(body) == [["body", "to_user_id"]]
    body = await entrust(client, books, leader, deputy, scopes, reason="  ", status=422)
    assert ["body", "reason"] in error_locations(body)
    body = await entrust(client, books, leader, deputy, scopes, colour="red", status=422)
    assert ["body", "colour"] in error_locations(body)


async def test_only_a_platform_admin_enters_a_delegation_on_someones_behalf(
    client: httpx.AsyncClient, books: World
) -> None:
    on_behalf = {"from_user_id": uid(books, "city_a.leader")}
    await entrust(
        client,
        books,
        "city_a.office_director",
        "city_a.deputy_leader",
        ["chair:plenary_meeting"],
        status=403,
        **on_behalf,
    )
    response = await client.post(
        url(books, "city_a"),
        json={
            "to_user_id": uid(books, "city_a.deputy_leader"),
            "scopes": ["chair:plenary_meeting"],
            "valid_from": "2020-01-01",
            "reason": "录入纸质委托书",
            **on_behalf,
        },
        headers=books.headers("admin"),
    )
    assert response.status_code == 201, response.text
    assert response.json()["from_user_id"] == uid(books, "city_a.leader")
    # The admin holds no position: entrusting in their own name is refused by the rule.
    response = await client.post(
        url(books, "city_a"),
        json={
            "to_user_id": uid(books, "city_a.deputy_leader"),
            "scopes": ["chair:plenary_meeting"],
            "valid_from": "2020-01-01",
            "reason": "x",
        },
        headers=books.headers("admin"),
    )
    assert problem(response, 403)["rule"] == "C-MTG-1"
    # On behalf of an account of another jurisdiction: not acknowledged.
    response = await client.post(
        url(books, "city_a"),
        json={
            "from_user_id": uid(books, "city_b.leader"),
            "to_user_id": uid(books, "city_a.deputy_leader"),
            "scopes": ["chair:plenary_meeting"],
            "valid_from": "2020-01-01",
            "reason": "x",
        },
        headers=books.headers("admin"),
    )
    assert error_locations(problem(response, 422)) == [["body", "from_user_id"]]


# --- revocation, listing ------------------------------------------------------------------


async def test_revoke_lifecycle_is_audited_and_never_deletes(
    client: httpx.AsyncClient, books: World
) -> None:
    created = await entrust(
        client, books, "city_a.leader", "city_a.deputy_leader", ["chair:plenary_meeting"]
    )
    revoke_url = url(books, "city_a", f"/{created['id']}/revoke")

    for who in ("city_a.deputy_leader", "city_a.office_deputy_director", "city_a.client_write"):
        response = await client.post(revoke_url, json={"reason": "x"}, headers=books.headers(who))
        problem(response, 403)
    yesterday = (today_in_shanghai() - timedelta(days=1)).isoformat()
    response = await client.post(
        revoke_url,
        json={"reason": "x", "revoked_on": yesterday},
        headers=books.headers("city_a.leader"),
    )
    assert error_locations(problem(response, 422)) == [["body", "revoked_on"]]

    response = await client.post(
        revoke_url, json={"reason": "组长返岗"}, headers=books.headers("city_a.leader")
    )
    assert response.status_code == 200, response.text
    revoked = response.json()
    assert revoked["revoked_on"] == today_in_shanghai().isoformat()
    assert revoked["revocation_reason"] == "组长返岗"
    assert revoked["revoked_at"] is not None

    again = await client.post(revoke_url, json={"reason": "again"}, headers=books.headers("admin"))
    problem(again, 409)

    deleted = await client.delete(
        url(books, "city_a", f"/{created['id']}"), headers=books.headers("admin")
    )
    problem(deleted, 405)
    fetched = await client.get(
        url(books, "city_a", f"/{created['id']}"), headers=books.headers("city_a.liaison")
    )
    assert fetched.status_code == 200
    assert fetched.json() == revoked

    events = await audit_events(client, books, entity_id=created["id"])
    assert [e["action"] for e in events] == ["delegation.revoke", "delegation.create"]
    assert events[0]["before"]["revoked_on"] is None
    assert events[0]["after"]["revoked_on"] == revoked["revoked_on"]
    assert events[0]["actor_id"] == uid(books, "city_a.leader")


async def test_the_office_director_or_an_admin_may_revoke_and_a_future_day_is_kept(
    client: httpx.AsyncClient, books: World
) -> None:
    first = await entrust(
        client, books, "city_a.leader", "city_a.deputy_leader", ["chair:plenary_meeting"]
    )
    second = await entrust(
        client, books, "city_a.leader", "city_a.deputy_leader", ["sign:leading_group"]
    )
    response = await client.post(
        url(books, "city_a", f"/{first['id']}/revoke"),
        json={"reason": "x", "revoked_on": "2999-01-01"},
        headers=books.headers("city_a.office_director"),
    )
    assert response.status_code == 200, response.text
    assert response.json()["revoked_on"] == "2999-01-01"
    decision = await check(client, books, "city_a.deputy_leader", "chair", "plenary_meeting")
    assert decision["delegation_id"] == first["id"]  # counts until 2999
    response = await client.post(
        url(books, "city_a", f"/{second['id']}/revoke"),
        json={"reason": "x"},
        headers=books.headers("admin"),
    )
    assert response.status_code == 200, response.text


async def test_list_filters_by_people_day_and_revocation(
    client: httpx.AsyncClient, books: World
) -> None:
    plenary = await entrust(
        client,
        books,
        "city_a.leader",
        "city_a.deputy_leader",
        ["chair:plenary_meeting"],
        valid_to="2025-12-31",
    )
    office = await entrust(
        client, books, "city_a.office_director", "city_a.office_deputy_director", ["sign:office"]
    )
    revoked = await entrust(
        client, books, "city_a.leader", "city_a.deputy_leader", ["sign:leading_group"]
    )
    response = await client.post(
        url(books, "city_a", f"/{revoked['id']}/revoke"),
        json={"reason": "x"},
        headers=books.headers("city_a.leader"),
    )
    assert response.status_code == 200

    async def ids(**params: Any) -> list[str]:
        response = await client.get(
            url(books, "city_a"), params=params, headers=books.headers("city_a.office_staff")
        )
        assert response.status_code == 200, response.text
        return [d["id"] for d in response.json()["items"]]

    assert await ids() == [plenary["id"], office["id"]]
    assert await ids(include_revoked=True) == [plenary["id"], office["id"], revoked["id"]]
    assert await ids(from_user_id=uid(books, "city_a.leader")) == [plenary["id"]]
    assert await ids(to_user_id=uid(books, "city_a.office_deputy_director")) == [office["id"]]
    assert await ids(active_on=DAY) == [office["id"]]
    assert await ids(active_on="2025-06-01", include_revoked=True) == [
        plenary["id"],
        office["id"],
        revoked["id"],
    ]
    assert await ids(limit=1, include_revoked=True) == [plenary["id"]]


# --- who sees and who entrusts where ------------------------------------------------------


async def test_another_citys_delegations_are_404(client: httpx.AsyncClient, books: World) -> None:
    created = await entrust(
        client, books, "city_a.leader", "city_a.deputy_leader", ["chair:plenary_meeting"]
    )
    h = books.headers("city_b.office_director")
    problem(await client.get(url(books, "city_a"), headers=h), 404)
    problem(await client.get(url(books, "city_a", f"/{created['id']}"), headers=h), 404)
    problem(
        await client.post(
            url(books, "city_a", f"/{created['id']}/revoke"), json={"reason": "x"}, headers=h
        ),
        404,
    )
    problem(
        await client.post(
            f"/v1/jurisdictions/{books.places['city_a'].id}/rulebook/check",
            json={
                "act": "chair",
                "person_id": uid(books, "city_a.deputy_leader"),
                "subject": "plenary_meeting",
                "on": DAY,
            },
            headers=h,
        ),
        404,
    )
    # Asked through its own jurisdiction, another city's delegation is absent too.
    problem(await client.get(url(books, "city_b", f"/{created['id']}"), headers=h), 404)


async def test_county_uses_its_prefectures_rulebook_and_keeps_its_own_delegations_c_org_3(
    client: httpx.AsyncClient, books: World
) -> None:
    created = await entrust(
        client, books, "county_a1.leader", "county_a1.deputy_leader", ["chair:plenary_meeting"]
    )
    decision = await check(
        client,
        books,
        "county_a1.deputy_leader",
        "chair",
        "plenary_meeting",
        asker="county_a1.office_staff",
    )
    assert (decision["allowed"], decision["delegation_id"]) == (True, created["id"])

    county_office = books.headers("county_a1.office_staff")
    listed = await client.get(url(books, "county_a1"), headers=county_office)
    assert [d["id"] for d in listed.json()["items"]] == [created["id"]]
    # The county sees nothing of its prefecture's delegations.
    problem(await client.get(url(books, "city_a"), headers=county_office), 404)

    # The prefecture's office reads the county's, but entrusts and revokes nothing there.
    city_director = books.headers("city_a.office_director")
    fetched = await client.get(url(books, "county_a1", f"/{created['id']}"), headers=city_director)
    assert fetched.status_code == 200
    response = await client.post(
        url(books, "county_a1"),
        json={
            "to_user_id": uid(books, "county_a1.office_deputy_director"),
            "scopes": ["sign:office"],
            "valid_from": "2020-01-01",
            "reason": "x",
        },
        headers=city_director,
    )
    problem(response, 403)
    response = await client.post(
        url(books, "county_a1", f"/{created['id']}/revoke"),
        json={"reason": "x"},
        headers=city_director,
    )
    problem(response, 403)
    # A delegation of the county does not count in the prefecture.
    city = await check(client, books, "city_a.deputy_leader", "chair", "plenary_meeting")
    assert city["allowed"] is False


async def test_machine_clients_and_people_without_a_position_entrust_nothing(
    client: httpx.AsyncClient, books: World
) -> None:
    body = {
        "to_user_id": uid(books, "city_a.deputy_leader"),
        "scopes": ["chair:plenary_meeting"],
        "valid_from": "2020-01-01",
        "reason": "x",
    }
    for who, status in (("city_a.client_write", 403), ("city_a.nobody", 404)):
        response = await client.post(url(books, "city_a"), json=body, headers=books.headers(who))
        problem(response, status)
    # A read client may still ask the dry-run question (to decide which buttons to show).
    decision = await check(
        client, books, "city_a.leader", "chair", "plenary_meeting", asker="city_a.client_read"
    )
    assert decision["allowed"] is True
