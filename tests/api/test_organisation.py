"""Jurisdictions, member units, positions, accounts and clients through HTTP: validation,
conflicts, pagination and the audit trail that every change leaves behind."""

from __future__ import annotations

import base64
import json
import uuid
from typing import Any

import httpx
import pytest
from sqlalchemy import func, select, text
from sqlalchemy.exc import DBAPIError

from app.db import Database
from app.domain.organisation import UnitKind
from app.models import AuditEvent, MemberUnit
from app.schemas.units import UnitCreate
from app.services import units as units_service
from app.settings import Settings
from tests.factories import PASSWORD, World

NEW_PASSWORD = "a brand new passphrase"


def problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"] == "application/problem+json"
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    return body


def error_locations(body: dict[str, Any]) -> list[list[str | int]]:
    return [e["loc"] for e in body.get("errors") or []]


def jurisdiction_url(world: World, place: str) -> str:
    return f"/v1/jurisdictions/{world.places[place].id}"


async def audit_events(
    client: httpx.AsyncClient, world: World, **params: Any
) -> list[dict[str, Any]]:
    response = await client.get(
        "/v1/audit-events", params={"limit": 200, **params}, headers=world.headers("admin")
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def count_audit_events(database: Database) -> int:
    async with database.sessionmaker() as session:
        return int((await session.execute(select(func.count(AuditEvent.id)))).scalar_one())


async def walk(
    client: httpx.AsyncClient, url: str, headers: dict[str, str], **params: Any
) -> list[dict[str, Any]]:
    """Every item of a list, one item per page."""
    items: list[dict[str, Any]] = []
    cursor: str | None = None
    for _ in range(1000):
        query = {"limit": 1, **params, **({"cursor": cursor} if cursor else {})}
        response = await client.get(url, params=query, headers=headers)
        assert response.status_code == 200, response.text
        page = response.json()
        assert len(page["items"]) <= 1
        items.extend(page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            return items
    raise AssertionError("the cursor never ended")


# --- member units -------------------------------------------------------------------------


async def test_office_creates_gets_lists_and_renames_a_unit(
    client: httpx.AsyncClient, world: World
) -> None:
    base = jurisdiction_url(world, "city_a") + "/units"
    h = world.headers("city_a.office_staff")

    created = await client.post(
        base,
        json={"code": "development", "name": "发展和改革委员会", "kind": "department"},
        headers=h,
    )
    assert created.status_code == 201, created.text
    unit = created.json()
    assert unit["jurisdiction_id"] == str(world.places["city_a"].id)
    assert (unit["code"], unit["kind"], unit["is_active"]) == ("development", "department", True)

    fetched = await client.get(f"{base}/{unit['id']}", headers=h)
    assert fetched.status_code == 200
    assert fetched.json() == unit

    listed = await client.get(base, headers=h)
    assert [u["code"] for u in listed.json()["items"]] == [
        "development",
        "housing",
        "natural_resources",
    ]

    patched = await client.patch(
        f"{base}/{unit['id']}", json={"name": "发展改革委", "kind": "other"}, headers=h
    )
    assert patched.status_code == 200, patched.text
    assert (patched.json()["name"], patched.json()["kind"]) == ("发展改革委", "other")
    assert patched.json()["code"] == "development"


async def test_unit_code_or_name_already_used_in_the_jurisdiction_is_409(
    client: httpx.AsyncClient, world: World
) -> None:
    base = jurisdiction_url(world, "city_a") + "/units"
    h = world.headers("city_a.office_director")

    problem(await client.post(base, json={"code": "housing", "name": "另一个"}, headers=h), 409)
    problem(
        await client.post(base, json={"code": "other", "name": "住房和城乡建设局"}, headers=h), 409
    )
    natural_resources = world.places["city_a"].unit_ids["natural_resources"]
    problem(
        await client.patch(
            f"{base}/{natural_resources}", json={"name": "住房和城乡建设局"}, headers=h
        ),
        409,
    )
    # The same code and name are free in another jurisdiction.
    other = jurisdiction_url(world, "city_b") + "/units"
    for url, who in ((base, "city_a.office_director"), (other, "city_b.office_director")):
        response = await client.post(
            url, json={"code": "parks", "name": "园林局"}, headers=world.headers(who)
        )
        assert response.status_code == 201, response.text


async def test_unit_bodies_with_unknown_fields_are_422(
    client: httpx.AsyncClient, world: World
) -> None:
    base = jurisdiction_url(world, "city_a") + "/units"
    h = world.headers("city_a.office_director")
    body = problem(
        await client.post(base, json={"code": "x1", "name": "X", "colour": "red"}, headers=h), 422
    )
    assert ["body", "colour"] in error_locations(body)
    housing = world.places["city_a"].unit_ids["housing"]
    body = problem(await client.patch(f"{base}/{housing}", json={"code": "y"}, headers=h), 422)
    assert ["body", "code"] in error_locations(body)


async def test_unit_code_outside_the_code_pattern_is_422(
    client: httpx.AsyncClient, world: World
) -> None:
    for code in ("Housing", "housing bureau", "-housing", "housing-", "a" * 65, "", "住房"):
        body = problem(
            await client.post(
                jurisdiction_url(world, "city_a") + "/units",
                json={"code": code, "name": "X"},
                headers=world.headers("city_a.office_director"),
            ),
            422,
        )
        assert ["body", "code"] in error_locations(body), code


async def test_patch_null_on_a_required_unit_field_is_422(
    client: httpx.AsyncClient, world: World
) -> None:
    housing = world.places["city_a"].unit_ids["housing"]
    url = jurisdiction_url(world, "city_a") + f"/units/{housing}"
    h = world.headers("city_a.office_director")
    for field in ("name", "kind", "is_active"):
        body = problem(await client.patch(url, json={field: None}, headers=h), 422)
        assert ["body", field] in error_locations(body), field
    unit = (await client.get(url, headers=h)).json()
    assert (unit["name"], unit["kind"], unit["is_active"]) == (
        "住房和城乡建设局",
        "department",
        True,
    )


async def test_deactivated_unit_leaves_the_active_list_but_stays_readable(
    client: httpx.AsyncClient, world: World
) -> None:
    base = jurisdiction_url(world, "city_a") + "/units"
    h = world.headers("city_a.office_director")
    housing = world.places["city_a"].unit_ids["housing"]

    response = await client.patch(f"{base}/{housing}", json={"is_active": False}, headers=h)
    assert response.status_code == 200, response.text
    assert response.json()["is_active"] is False

    active = await client.get(base, params={"active": "true"}, headers=h)
    inactive = await client.get(base, params={"active": "false"}, headers=h)
    assert [u["code"] for u in active.json()["items"]] == ["natural_resources"]
    assert [u["code"] for u in inactive.json()["items"]] == ["housing"]
    assert (await client.get(f"{base}/{housing}", headers=h)).json()["is_active"] is False


# --- positions ----------------------------------------------------------------------------


def position_body(world: World, place: str, **overrides: Any) -> dict[str, Any]:
    return {
        "user_id": str(world.places[place].user_ids["nobody"]),
        "role": "member",
        "valid_from": "2024-01-01",
        **overrides,
    }


async def test_unit_role_without_unit_id_is_422_naming_unit_id(
    client: httpx.AsyncClient, world: World
) -> None:
    for role in ("unit_head", "liaison_officer", "information_officer"):
        body = problem(
            await client.post(
                jurisdiction_url(world, "city_a") + "/positions",
                json=position_body(world, "city_a", role=role),
                headers=world.headers("city_a.office_staff"),
            ),
            422,
        )
        assert error_locations(body) == [["body", "unit_id"]], role


async def test_non_unit_role_with_unit_id_is_422(client: httpx.AsyncClient, world: World) -> None:
    housing = str(world.places["city_a"].unit_ids["housing"])
    for role in ("office_director", "office_staff", "leader", "member"):
        body = problem(
            await client.post(
                jurisdiction_url(world, "city_a") + "/positions",
                json=position_body(world, "city_a", role=role, unit_id=housing),
                headers=world.headers("city_a.office_director"),
            ),
            422,
        )
        assert error_locations(body) == [["body", "unit_id"]], role


async def test_valid_to_before_valid_from_is_422_on_create_and_on_patch(
    client: httpx.AsyncClient, world: World
) -> None:
    base = jurisdiction_url(world, "city_a") + "/positions"
    h = world.headers("city_a.office_staff")
    body = problem(
        await client.post(
            base,
            json=position_body(world, "city_a", valid_from="2024-05-01", valid_to="2024-04-30"),
            headers=h,
        ),
        422,
    )
    assert error_locations(body) == [["body", "valid_to"]]

    created = await client.post(base, json=position_body(world, "city_a"), headers=h)
    assert created.status_code == 201, created.text
    url = f"{base}/{created.json()['id']}"
    problem(await client.patch(url, json={"valid_to": "2023-12-31"}, headers=h), 422)
    # Moving valid_from after an existing valid_to is refused too.
    assert (await client.patch(url, json={"valid_to": "2024-12-31"}, headers=h)).status_code == 200
    problem(await client.patch(url, json={"valid_from": "2025-01-01"}, headers=h), 422)
    problem(await client.patch(url, json={"valid_from": None}, headers=h), 422)


async def test_user_of_another_jurisdiction_is_refused_like_an_unknown_one(
    client: httpx.AsyncClient, world: World
) -> None:
    base = jurisdiction_url(world, "city_a") + "/positions"
    h = world.headers("city_a.office_director")
    foreign = await client.post(
        base,
        json=position_body(world, "city_a", user_id=str(world.places["city_b"].user_ids["nobody"])),
        headers=h,
    )
    unknown = await client.post(
        base, json=position_body(world, "city_a", user_id=str(uuid.uuid4())), headers=h
    )
    foreign_body, unknown_body = problem(foreign, 422), problem(unknown, 422)
    assert error_locations(foreign_body) == [["body", "user_id"]]
    # Nothing tells the caller that the other jurisdiction's account exists.
    for key in ("detail", "errors", "title", "type"):
        assert foreign_body[key] == unknown_body[key]


async def test_unit_of_another_jurisdiction_is_422(client: httpx.AsyncClient, world: World) -> None:
    body = problem(
        await client.post(
            jurisdiction_url(world, "city_a") + "/positions",
            json=position_body(
                world,
                "city_a",
                role="liaison_officer",
                unit_id=str(world.places["county_a1"].unit_ids["housing"]),
            ),
            headers=world.headers("city_a.office_director"),
        ),
        422,
    )
    assert error_locations(body) == [["body", "unit_id"]]


async def test_in_force_on_lists_only_positions_held_that_day(
    client: httpx.AsyncClient, world: World
) -> None:
    base = jurisdiction_url(world, "city_a") + "/positions"
    h = world.headers("city_a.office_director")
    created = await client.post(
        base,
        json=position_body(world, "city_a", valid_from="2021-01-01", valid_to="2021-12-31"),
        headers=h,
    )
    assert created.status_code == 201, created.text
    term = created.json()["id"]

    async def ids_on(day: str) -> set[str]:
        response = await client.get(base, params={"in_force_on": day, "limit": 200}, headers=h)
        assert response.status_code == 200, response.text
        return {p["id"] for p in response.json()["items"]}

    assert term in await ids_on("2021-01-01")
    assert term in await ids_on("2021-12-31")  # valid_to is inclusive
    assert term not in await ids_on("2020-12-31")
    assert term not in await ids_on("2022-01-01")
    assert len(await ids_on("2019-12-31")) == 0  # the world's positions start in 2020
    assert len(await ids_on("2022-01-01")) == 6
    members = await client.get(base, params={"role": "member"}, headers=h)
    assert [p["id"] for p in members.json()["items"]] == [term]


async def test_ending_a_tenure_withdraws_the_grant_from_me_and_the_access_it_gave(
    client: httpx.AsyncClient, world: World
) -> None:
    leader = world.headers("city_a.leader")
    me = (await client.get("/v1/me", headers=leader)).json()
    assert [p["role"] for p in me["positions"]] == ["leader"]
    assert (await client.get(jurisdiction_url(world, "city_a"), headers=leader)).status_code == 200

    director = world.headers("city_a.office_director")
    base = jurisdiction_url(world, "city_a") + "/positions"
    (position,) = (await client.get(base, params={"role": "leader"}, headers=director)).json()[
        "items"
    ]
    ended = await client.patch(
        f"{base}/{position['id']}", json={"valid_to": "2021-06-30"}, headers=director
    )
    assert ended.status_code == 200, ended.text
    assert ended.json()["valid_to"] == "2021-06-30"

    me = (await client.get("/v1/me", headers=leader)).json()
    assert me["positions"] == []
    assert (await client.get(jurisdiction_url(world, "city_a"), headers=leader)).status_code == 404


# --- jurisdictions ------------------------------------------------------------------------


async def test_admin_creates_a_county_that_its_city_office_then_oversees(
    client: httpx.AsyncClient, world: World
) -> None:
    created = await client.post(
        "/v1/jurisdictions",
        json={
            "code": "county-a2",
            "name": "华容区",
            "level": "district",
            "parent_id": str(world.places["city_a"].id),
            "division_code": "420703",
        },
        headers=world.headers("admin"),
    )
    assert created.status_code == 201, created.text
    county = created.json()
    assert county["parent_id"] == str(world.places["city_a"].id)
    assert (county["level"], county["time_zone"]) == ("district", "Asia/Shanghai")

    url = f"/v1/jurisdictions/{county['id']}"
    assert (await client.get(url, headers=world.headers("city_a.office_staff"))).status_code == 200
    children = await client.get(
        "/v1/jurisdictions",
        params={"parent_id": str(world.places["city_a"].id)},
        headers=world.headers("city_a.client_read"),
    )
    assert {j["code"] for j in children.json()["items"]} == {"county-a1", "county-a2"}
    for outsider in ("city_b.office_director", "county_a1.office_director", "city_a.leader"):
        assert (await client.get(url, headers=world.headers(outsider))).status_code == 404


async def test_county_under_a_county_is_422(client: httpx.AsyncClient, world: World) -> None:
    body = problem(
        await client.post(
            "/v1/jurisdictions",
            json={
                "code": "township",
                "name": "乡",
                "level": "county",
                "parent_id": str(world.places["county_a1"].id),
            },
            headers=world.headers("admin"),
        ),
        422,
    )
    assert error_locations(body) == [["body", "parent_id"]]


async def test_prefecture_level_body_with_a_parent_is_422(
    client: httpx.AsyncClient, world: World
) -> None:
    for level in ("city", "prefecture"):
        body = problem(
            await client.post(
                "/v1/jurisdictions",
                json={
                    "code": "city-c",
                    "name": "C",
                    "level": level,
                    "parent_id": str(world.places["city_b"].id),
                },
                headers=world.headers("admin"),
            ),
            422,
        )
        assert error_locations(body) == [["body", "parent_id"]], level


async def test_county_without_a_parent_is_422(client: httpx.AsyncClient, world: World) -> None:
    body = problem(
        await client.post(
            "/v1/jurisdictions",
            json={"code": "orphan", "name": "O", "level": "county"},
            headers=world.headers("admin"),
        ),
        422,
    )
    assert error_locations(body) == [["body", "parent_id"]]


async def test_duplicate_jurisdiction_code_is_409(client: httpx.AsyncClient, world: World) -> None:
    problem(
        await client.post(
            "/v1/jurisdictions",
            json={"code": "city-b", "name": "another", "level": "city"},
            headers=world.headers("admin"),
        ),
        409,
    )


async def test_only_platform_admins_create_jurisdictions(
    client: httpx.AsyncClient, world: World
) -> None:
    for who in ("city_a.office_director", "city_a.leader", "city_a.client_write", "city_a.nobody"):
        response = await client.post(
            "/v1/jurisdictions",
            json={"code": "city-c", "name": "C", "level": "city"},
            headers=world.headers(who),
        )
        assert response.status_code == 403, who
    response = await client.post(
        "/v1/jurisdictions",
        json={"code": "city-c", "name": "C", "level": "city"},
        headers=world.headers("admin"),
    )
    assert response.status_code == 201, response.text


async def test_office_renames_its_jurisdiction_but_cannot_null_the_name(
    client: httpx.AsyncClient, world: World
) -> None:
    url = jurisdiction_url(world, "county_a1")
    h = world.headers("county_a1.office_deputy_director")
    response = await client.patch(
        url, json={"name": "鄂城区", "division_code": "420704"}, headers=h
    )
    assert response.status_code == 200, response.text
    assert (response.json()["name"], response.json()["division_code"]) == ("鄂城区", "420704")
    assert ["body", "name"] in error_locations(
        problem(await client.patch(url, json={"name": None}, headers=h), 422)
    )
    problem(await client.patch(url, json={"division_code": "42"}, headers=h), 422)
    problem(await client.patch(url, json={"parent_id": None}, headers=h), 422)


# --- accounts -----------------------------------------------------------------------------


def user_body(world: World, place: str | None, username: str, **extra: Any) -> dict[str, Any]:
    return {
        "username": username,
        "display_name": username,
        **({"jurisdiction_id": str(world.places[place].id)} if place else {}),
        **extra,
    }


async def set_up(client: httpx.AsyncClient, setup_token: str, password: str = NEW_PASSWORD) -> None:
    """The account's person chooses a password with the setup token its creation gave."""
    response = await client.post(
        "/v1/auth/password-setup", json={"setup_token": setup_token, "new_password": password}
    )
    assert response.status_code == 204, response.text


async def password_token(client: httpx.AsyncClient, username: str, password: str) -> int:
    response = await client.post(
        "/v1/auth/token",
        data={"grant_type": "password", "username": username, "password": password},
    )
    return response.status_code


async def test_office_leadership_creates_accounts_in_its_own_jurisdiction(
    client: httpx.AsyncClient, world: World
) -> None:
    for who in ("office_director", "office_deputy_director"):
        username = f"county-a1.clerk-of-{who.replace('_', '-')}"
        response = await client.post(
            "/v1/users",
            json=user_body(world, "county_a1", username),
            headers=world.headers(f"county_a1.{who}"),
        )
        assert response.status_code == 201, response.text
        account = response.json()
        assert account["username"] == username
        assert account["jurisdiction_id"] == str(world.places["county_a1"].id)
        assert (account["is_platform_admin"], account["is_active"]) == (False, True)
        # No password until its person chooses one with the setup token.
        assert await password_token(client, username, NEW_PASSWORD) == 400
        await set_up(client, account["setup_token"])
        assert await password_token(client, username, NEW_PASSWORD) == 200


async def test_others_of_the_jurisdiction_cannot_create_accounts(
    client: httpx.AsyncClient, world: World
) -> None:
    for who in ("office_staff", "leader", "liaison", "nobody", "client_read", "client_write"):
        response = await client.post(
            "/v1/users",
            json=user_body(world, "city_a", "city-a.clerk"),
            headers=world.headers(f"city_a.{who}"),
        )
        # An account holding no position does not even see its jurisdiction.
        assert response.status_code == (404 if who == "nobody" else 403), (who, response.text)


async def test_accounts_cannot_be_created_in_another_jurisdiction(
    client: httpx.AsyncClient, world: World
) -> None:
    # Invisible jurisdiction: 404, as if it did not exist.
    problem(
        await client.post(
            "/v1/users",
            json=user_body(world, "city_a", "intruder"),
            headers=world.headers("city_b.office_director"),
        ),
        404,
    )
    # The city office sees its county, but accounts belong to the county's own office.
    problem(
        await client.post(
            "/v1/users",
            json=user_body(world, "county_a1", "overreach"),
            headers=world.headers("city_a.office_director"),
        ),
        403,
    )
    problem(
        await client.post(
            "/v1/users",
            json=user_body(world, None, "homeless"),
            headers=world.headers("city_a.office_director"),
        ),
        422,
    )


async def test_password_never_appears_in_any_response(
    client: httpx.AsyncClient, world: World
) -> None:
    h = world.headers("city_a.office_director")
    created = await client.post(
        "/v1/users", json=user_body(world, "city_a", "city-a.clerk1"), headers=h
    )
    assert created.status_code == 201, created.text
    user_id = created.json()["id"]
    await set_up(client, created.json()["setup_token"])
    responses = [
        await client.get(f"/v1/users/{user_id}", headers=h),
        await client.post(f"/v1/users/{user_id}/password-reset", headers=h),
        await client.get("/v1/users", params={"limit": 200}, headers=h),
        await client.get(jurisdiction_url(world, "city_a") + "/audit-events", headers=h),
        await client.get("/v1/audit-events", headers=world.headers("admin")),
    ]
    for response in responses:
        assert response.status_code in (200, 201), response.text
        assert NEW_PASSWORD not in response.text
        assert PASSWORD not in response.text
        text = response.text
        for action in ("user.password_reset", "user.password_setup"):
            text = text.replace(action, "")
        assert "password" not in text
        assert "argon2" not in response.text
    events = await audit_events(client, world, entity_id=user_id)
    assert [e["action"] for e in events] == [
        "user.password_reset",
        "user.password_setup",
        "user.create",
    ]
    # The reset took the password away: the resetter holds a setup token, not a password.
    assert await password_token(client, "city-a.clerk1", NEW_PASSWORD) == 400
    await set_up(client, responses[1].json()["setup_token"], PASSWORD + "!")
    assert await password_token(client, "city-a.clerk1", PASSWORD + "!") == 200


async def test_duplicate_username_is_409(client: httpx.AsyncClient, world: World) -> None:
    problem(
        await client.post(
            "/v1/users",
            json=user_body(world, "city_a", "city-a.leader"),
            headers=world.headers("city_a.office_director"),
        ),
        409,
    )


async def test_names_outside_the_offices_namespace_cannot_be_probed(
    client: httpx.AsyncClient, world: World
) -> None:
    # city_b's office gets the same answer for a name taken in city_a as for a free one: it is
    # not its to take either way.
    h = world.headers("city_b.office_director")
    taken, free = [
        problem(
            await client.post("/v1/users", json=user_body(world, "city_b", name), headers=h), 422
        )
        for name in ("city-a.leader", "city-a.no-such-person")
    ]
    assert taken["errors"] == free["errors"]
    assert ["body", "username"] in error_locations(taken)


async def test_only_platform_admins_make_platform_admins(
    client: httpx.AsyncClient, world: World
) -> None:
    problem(
        await client.post(
            "/v1/users",
            json=user_body(world, "city_a", "wannabe", is_platform_admin=True),
            headers=world.headers("city_a.office_director"),
        ),
        403,
    )
    nobody = world.places["city_a"].user_ids["nobody"]
    body = problem(
        await client.patch(
            f"/v1/users/{nobody}",
            json={"is_platform_admin": True},
            headers=world.headers("city_a.office_director"),
        ),
        422,
    )
    assert ["body", "is_platform_admin"] in error_locations(body)
    created = await client.post(
        "/v1/users",
        json=user_body(world, None, "second.admin", is_platform_admin=True),
        headers=world.headers("admin"),
    )
    assert created.status_code == 201, created.text
    assert created.json()["is_platform_admin"] is True


async def test_office_cannot_take_over_a_platform_admin_account_of_its_jurisdiction(
    client: httpx.AsyncClient, world: World
) -> None:
    created = await client.post(
        "/v1/users",
        json=user_body(world, "city_a", "city-a.admin", is_platform_admin=True),
        headers=world.headers("admin"),
    )
    assert created.status_code == 201, created.text
    url = f"/v1/users/{created.json()['id']}"
    await set_up(client, created.json()["setup_token"])
    director = world.headers("city_a.office_director")
    assert (await client.get(url, headers=director)).status_code == 200
    problem(await client.post(f"{url}/password-reset", headers=director), 403)
    problem(await client.patch(url, json={"is_active": False}, headers=director), 403)
    assert await password_token(client, "city-a.admin", NEW_PASSWORD) == 200


async def test_nobody_can_disable_their_own_account(
    client: httpx.AsyncClient, world: World
) -> None:
    for who in ("admin", "city_a.office_director"):
        me = (await client.get("/v1/me", headers=world.headers(who))).json()
        before = await audit_events(client, world, entity_id=me["id"])
        problem(
            await client.patch(
                f"/v1/users/{me['id']}", json={"is_active": False}, headers=world.headers(who)
            ),
            409,
        )
        assert (await client.get("/v1/me", headers=world.headers(who))).status_code == 200
        assert await audit_events(client, world, entity_id=me["id"]) == before


async def test_disabled_account_is_refused_even_with_a_live_token(
    client: httpx.AsyncClient, world: World
) -> None:
    staff = world.headers("city_a.office_staff")
    assert (await client.get("/v1/me", headers=staff)).status_code == 200
    response = await client.patch(
        f"/v1/users/{world.places['city_a'].user_ids['office_staff']}",
        json={"is_active": False},
        headers=world.headers("city_a.office_deputy_director"),
    )
    assert response.status_code == 200, response.text
    problem(await client.get("/v1/me", headers=staff), 401)
    assert await password_token(client, "city-a.office_staff", PASSWORD) == 400


# --- machine clients ----------------------------------------------------------------------


async def client_token(client: httpx.AsyncClient, client_id: str, secret: str) -> int:
    response = await client.post(
        "/v1/auth/token",
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
    )
    return response.status_code


async def test_client_secret_is_shown_once_and_rotation_retires_the_old_one(
    client: httpx.AsyncClient, world: World
) -> None:
    h = world.headers("city_a.office_director")
    created = await client.post(
        "/v1/clients",
        json={
            "name": "审批管理系统",
            "jurisdiction_id": str(world.places["city_a"].id),
            "scopes": ["read"],
        },
        headers=h,
    )
    assert created.status_code == 201, created.text
    first = created.json()
    old_secret = first["client_secret"]
    assert old_secret
    url = f"/v1/clients/{first['id']}"

    shown_later = [
        await client.get(url, headers=h),
        await client.get("/v1/clients", headers=h),
        await client.patch(url, json={"name": "审批系统"}, headers=h),
        await client.get("/v1/audit-events", headers=world.headers("admin")),
    ]
    for response in shown_later:
        assert response.status_code == 200, response.text
        assert old_secret not in response.text
        assert "client_secret" not in response.text
        assert "secret_hash" not in response.text
    assert await client_token(client, first["client_id"], old_secret) == 200

    rotated = await client.post(f"{url}/secret", headers=h)
    assert rotated.status_code == 200, rotated.text
    new_secret = rotated.json()["client_secret"]
    assert new_secret
    assert new_secret != old_secret
    assert rotated.json()["client_id"] == first["client_id"]

    assert await client_token(client, first["client_id"], old_secret) == 401
    assert await client_token(client, first["client_id"], new_secret) == 200
    events = await audit_events(client, world, entity_id=first["id"])
    assert [e["action"] for e in events] == [
        "client.rotate_secret",
        "client.update",
        "client.create",
    ]
    assert new_secret not in json.dumps(events)


async def test_only_the_jurisdictions_office_leadership_registers_clients(
    client: httpx.AsyncClient, world: World
) -> None:
    body = {"name": "x", "jurisdiction_id": str(world.places["city_a"].id), "scopes": ["read"]}
    for who, status in (
        ("city_a.office_staff", 403),
        ("city_a.client_write", 403),
        ("city_a.leader", 403),
        ("county_a1.office_director", 404),
        ("city_b.office_director", 404),
        ("city_a.office_deputy_director", 201),
    ):
        response = await client.post("/v1/clients", json=body, headers=world.headers(who))
        assert response.status_code == status, (who, response.text)


async def test_disabled_client_is_refused_with_its_token_and_its_secret(
    client: httpx.AsyncClient, world: World
) -> None:
    place = world.places["city_b"]
    reader = world.headers("city_b.client_read")
    assert (await client.get(jurisdiction_url(world, "city_b"), headers=reader)).status_code == 200
    response = await client.patch(
        f"/v1/clients/{place.client_ids['client_read']}",
        json={"is_active": False},
        headers=world.headers("city_b.office_director"),
    )
    assert response.status_code == 200, response.text
    problem(await client.get(jurisdiction_url(world, "city_b"), headers=reader), 401)
    secret = place.client_secrets["client_read"]
    assert await client_token(client, "city-b-client_read", secret) == 401


async def test_client_scopes_cannot_be_emptied_or_nulled(
    client: httpx.AsyncClient, world: World
) -> None:
    url = f"/v1/clients/{world.places['city_a'].client_ids['client_write']}"
    h = world.headers("city_a.office_director")
    problem(await client.patch(url, json={"scopes": []}, headers=h), 422)
    problem(await client.patch(url, json={"scopes": None}, headers=h), 422)
    problem(await client.patch(url, json={"scopes": ["admin"]}, headers=h), 422)
    response = await client.patch(url, json={"scopes": ["read"]}, headers=h)
    assert response.json()["scopes"] == ["read"]
    # The client lost its write scope: it may no longer add units.
    problem(
        await client.post(
            jurisdiction_url(world, "city_a") + "/units",
            json={"code": "x1", "name": "X"},
            headers=world.headers("city_a.client_write"),
        ),
        403,
    )


# --- pagination ---------------------------------------------------------------------------


async def test_limit_is_capped_at_the_configured_maximum(
    client: httpx.AsyncClient, world: World, settings: Settings
) -> None:
    assert settings.list_limit_max == 200
    h = world.headers("admin")
    for url in ("/v1/users", "/v1/jurisdictions", jurisdiction_url(world, "city_a") + "/units"):
        response = await client.get(url, params={"limit": 100_000}, headers=h)
        assert response.status_code == 200, response.text
        assert response.json()["limit"] == settings.list_limit_max
    default = await client.get("/v1/users", headers=h)
    assert default.json()["limit"] == settings.list_limit_default
    problem(await client.get("/v1/users", params={"limit": 0}, headers=h), 422)


async def test_cursor_walks_every_page_once_in_order(
    client: httpx.AsyncClient, world: World
) -> None:
    admin = world.headers("admin")
    director = world.headers("city_a.office_director")
    units_url = jurisdiction_url(world, "city_a") + "/units"
    for code in ("b-unit", "z-unit", "m-unit"):
        created = await client.post(units_url, json={"code": code, "name": code}, headers=director)
        assert created.status_code == 201

    cases: list[tuple[str, dict[str, str], str]] = [
        (units_url, director, "code"),
        (jurisdiction_url(world, "city_a") + "/positions", director, "id"),
        ("/v1/users", admin, "username"),
        ("/v1/clients", admin, "client_id"),
        ("/v1/jurisdictions", admin, "code"),
        (jurisdiction_url(world, "city_a") + "/audit-events", director, "id"),
        ("/v1/audit-events", admin, "id"),
    ]
    for url, headers, key in cases:
        whole = await client.get(url, params={"limit": 200}, headers=headers)
        assert whole.json()["next_cursor"] is None
        expected = [item[key] for item in whole.json()["items"]]
        assert len(expected) >= 3, url
        walked = [item[key] for item in await walk(client, url, headers)]
        assert walked == expected, url
        assert len(set(walked)) == len(walked), url
    # Positions created in one transaction share created_at: the id breaks the tie.
    positions = await walk(client, jurisdiction_url(world, "city_a") + "/positions", director)
    assert len({p["created_at"] for p in positions}) == 1
    assert len(positions) == 6


def _cursor(value: Any) -> str:
    return base64.urlsafe_b64encode(json.dumps(value).encode()).rstrip(b"=").decode()


async def test_invalid_cursor_is_a_422_problem(client: httpx.AsyncClient, world: World) -> None:
    for path, cursor in (
        ("/units", "not a cursor!"),
        ("/units", "%%%"),
        ("/units", _cursor({"code": "housing"})),
        ("/units", _cursor(["housing", "extra"])),
        ("/positions", _cursor(["yesterday", str(uuid.uuid4())])),
        ("/positions", _cursor(["2024-01-01T00:00:00+00:00", "not-a-uuid"])),
        ("/positions", _cursor([5, 6])),
        ("/audit-events", _cursor(["many"])),
    ):
        response = await client.get(
            jurisdiction_url(world, "city_a") + path,
            params={"cursor": cursor},
            headers=world.headers("city_a.office_director"),
        )
        body = problem(response, 422)
        assert error_locations(body) == [["query", "cursor"]], (path, cursor)


# --- audit trail --------------------------------------------------------------------------


async def test_every_change_leaves_an_audit_event_naming_actor_action_and_before_after(
    client: httpx.AsyncClient, world: World
) -> None:
    city_a = world.places["city_a"]
    director = world.headers("city_a.office_director")
    director_id = str(city_a.user_ids["office_director"])
    base = jurisdiction_url(world, "city_a")

    async def change(method: str, url: str, body: dict[str, Any] | None = None) -> Any:
        response = await client.request(method, url, json=body, headers=director)
        assert response.status_code in (200, 201), response.text
        return response

    unit = await change("POST", f"{base}/units", {"code": "audit-unit", "name": "审计"})
    unit_id = unit.json()["id"]
    renamed = await change("PATCH", f"{base}/units/{unit_id}", {"name": "审计局"})
    position = await change("POST", f"{base}/positions", position_body(world, "city_a"))
    position_id = position.json()["id"]
    ended = await change(
        "PATCH", f"{base}/positions/{position_id}", {"valid_to": "2024-12-31", "title": "委员"}
    )
    jurisdiction = await change("PATCH", base, {"name": "鄂州"})
    user = await change("POST", "/v1/users", user_body(world, "city_a", "city-a.auditor"))
    user_id = user.json()["id"]
    user_renamed = await change("PATCH", f"/v1/users/{user_id}", {"display_name": "审计员"})
    new_client = await change(
        "POST",
        "/v1/clients",
        {"name": "门户", "jurisdiction_id": str(city_a.id), "scopes": ["read"]},
    )
    client_pk = new_client.json()["id"]
    client_renamed = await change("PATCH", f"/v1/clients/{client_pk}", {"name": "门户网站"})
    rotated = await change("POST", f"/v1/clients/{client_pk}/secret")

    expected = [
        (unit, "unit.create", unit_id, None, ("name", "审计")),
        (renamed, "unit.update", unit_id, ("name", "审计"), ("name", "审计局")),
        (position, "position.create", position_id, None, ("valid_to", None)),
        (ended, "position.update", position_id, ("valid_to", None), ("valid_to", "2024-12-31")),
        (jurisdiction, "jurisdiction.update", str(city_a.id), ("name", "city_a"), ("name", "鄂州")),
        (user, "user.create", user_id, None, ("username", "city-a.auditor")),
        (user_renamed, "user.update", user_id, ("display_name", "city-a.auditor"),
            ("display_name", "审计员")),
        (new_client, "client.create", client_pk, None, ("name", "门户")),
        (client_renamed, "client.update", client_pk, ("name", "门户"), ("name", "门户网站")),
        (rotated, "client.rotate_secret", client_pk, None, ("name", "门户网站")),
    ]  # fmt: skip
    trail = await client.get(f"{base}/audit-events", params={"limit": 200}, headers=director)
    assert trail.status_code == 200
    by_request = {e["request_id"]: e for e in trail.json()["items"] if e["request_id"]}
    assert len(by_request) == len(expected)
    for response, action, entity_id, before, after in expected:
        event = by_request[response.headers["x-request-id"]]
        assert event["action"] == action
        assert event["entity_id"] == entity_id
        assert event["jurisdiction_id"] == str(city_a.id)
        assert (event["actor_kind"], event["actor_id"]) == ("user", director_id)
        assert event["actor_name"] == "city-a.office_director"
        if before is None:
            assert event["before"] is None, action
        else:
            assert event["before"][before[0]] == before[1], action
        assert event["after"][after[0]] == after[1], action


async def test_changes_by_a_machine_client_are_attributed_to_it(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await client.post(
        jurisdiction_url(world, "city_b") + "/units",
        json={"code": "portal-made", "name": "门户创建"},
        headers=world.headers("city_b.client_write"),
    )
    assert response.status_code == 201, response.text
    (event,) = await audit_events(client, world, entity_id=response.json()["id"])
    assert (event["actor_kind"], event["actor_id"], event["actor_name"]) == (
        "client",
        str(world.places["city_b"].client_ids["client_write"]),
        "city-b-client_write",
    )


async def test_database_refuses_to_update_or_delete_audit_events(
    world: World, database: Database
) -> None:
    before = await count_audit_events(database)
    assert before > 0
    for statement in (
        "UPDATE audit_events SET action = 'tampered'",
        "UPDATE audit_events SET after = NULL WHERE entity_type = 'unit'",
        "DELETE FROM audit_events",
        "DELETE FROM audit_events WHERE action = 'unit.create'",
    ):
        with pytest.raises(DBAPIError, match="append-only"):
            async with database.engine.begin() as connection:
                await connection.execute(text(statement))
    async with database.engine.connect() as connection:
        actions = (await connection.execute(text("SELECT DISTINCT action FROM audit_events"))).all()
        nulled = await connection.scalar(
            text("SELECT count(*) FROM audit_events WHERE after IS NULL")
        )
    assert ("tampered",) not in actions
    assert nulled == 0
    assert await count_audit_events(database) == before


async def test_refused_requests_leave_no_audit_event(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    before = await count_audit_events(database)
    base = jurisdiction_url(world, "city_a")
    director_id = world.places["city_a"].user_ids["office_director"]
    refused: list[tuple[str, str, dict[str, Any], str, int]] = [
        ("POST", f"{base}/units", {"code": "housing", "name": "dup"}, "office_director", 409),
        ("POST", f"{base}/units", {"code": "BAD", "name": "x"}, "office_director", 422),
        ("POST", f"{base}/units", {"code": "x2", "name": "x"}, "leader", 403),
        (
            "POST",
            jurisdiction_url(world, "city_b") + "/units",
            {"code": "x3", "name": "x"},
            "office_director",
            404,
        ),
        ("POST", "/v1/users", user_body(world, "city_a", "city-a.nobody"), "office_director", 409),
        (
            "POST",
            f"{base}/positions",
            position_body(world, "city_a", valid_to="2000-01-01"),
            "office_director",
            422,
        ),
        ("PATCH", f"/v1/users/{director_id}", {"is_active": False}, "office_director", 409),
    ]
    for method, url, body, who, status in refused:
        response = await client.request(
            method, url, json=body, headers=world.headers(f"city_a.{who}")
        )
        problem(response, status)
    assert await count_audit_events(database) == before


async def test_audit_event_is_written_in_the_transaction_of_its_change(
    world: World, database: Database
) -> None:
    """Rolled back together, committed together: the service writes both in one session."""
    jid = world.places["city_b"].id
    before = await count_audit_events(database)

    async with database.sessionmaker() as session:
        transaction = await session.begin()
        rolled_back = await units_service.create(
            session, None, jid, UnitCreate(code="ghost", name="幽灵", kind=UnitKind.other)
        )
        assert await session.scalar(select(func.count(AuditEvent.id))) == before + 1
        await transaction.rollback()
    async with database.sessionmaker() as session:
        assert await session.get(MemberUnit, rolled_back.id) is None
        events = await session.scalar(
            select(func.count(AuditEvent.id)).where(AuditEvent.entity_id == str(rolled_back.id))
        )
        assert events == 0
    assert await count_audit_events(database) == before

    async with database.sessionmaker() as session, session.begin():
        kept = await units_service.create(
            session, None, jid, UnitCreate(code="kept", name="保留", kind=UnitKind.other)
        )
    async with database.sessionmaker() as session:
        (event,) = (
            await session.scalars(select(AuditEvent).where(AuditEvent.entity_id == str(kept.id)))
        ).all()
        assert (event.action, event.actor_kind, event.actor_name) == (
            "unit.create",
            "system",
            "system",
        )
        assert event.after is not None
        assert event.after["code"] == "kept"


async def test_only_office_leadership_assigns_governing_positions(
    client: httpx.AsyncClient, world: World
) -> None:
    """Office staff and write clients manage units and ordinary posts, but cannot make anyone
    leader, deputy leader, office director or deputy director (no self-promotion)."""
    url = jurisdiction_url(world, "city_a") + "/positions"
    for caller in ("city_a.office_staff", "city_a.client_write"):
        for role in ("leader", "deputy_leader", "office_director", "office_deputy_director"):
            response = await client.post(
                url, json=position_body(world, "city_a", role=role), headers=world.headers(caller)
            )
            assert response.status_code == 403, (caller, role, response.text)
        member = await client.post(
            url, json=position_body(world, "city_a", role="member"), headers=world.headers(caller)
        )
        assert member.status_code == 201, (caller, member.text)
    for caller in ("city_a.office_director", "city_a.office_deputy_director", "admin"):
        response = await client.post(
            url,
            json=position_body(world, "city_a", role="office_director"),
            headers=world.headers(caller),
        )
        assert response.status_code == 201, (caller, response.text)
