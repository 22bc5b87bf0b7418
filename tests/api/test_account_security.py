"""Accounts and tokens after issue 16: no one chooses or learns another person's password, and
revoked means revoked.

- Passwords: a person changes their own (PUT /v1/me/password); a reset by someone else
  (POST /v1/users/{id}/password-reset) takes the password away and gives a one-time,
  short-lived setup token the person chooses a new one with (POST /v1/auth/password-setup);
  accounts holding leading-group or office-leadership posts are reset only by a platform
  administrator. New accounts get a setup token too, never a password chosen by their creator.
- An office names its accounts `<jurisdiction code>.<name>`: a name outside that namespace is
  refused before anyone looks whether it exists elsewhere.
- Token generations: a password change or reset, a change of is_active, a client-secret rotation
  revoke every access token issued before (and feed tokens of people).
- Access tokens living longer than the configured maximum are refused, whoever signed them;
  feed tokens expire.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

import asyncpg
import httpx
import pytest
from jose import jwt
from sqlalchemy import text

from app.db import Database
from app.domain.organisation import PositionRole
from app.models import Position
from app.schemas.positions import PositionCreate
from app.security import SigningKey, TokenError, TokenService, generate_private_pem
from app.security import signing_key_from_pem as key_from_pem
from app.services import positions
from app.settings import Settings
from tests.api.test_organisation import audit_events, error_locations, problem
from tests.api.test_rulebooks import publish
from tests.conftest import PINNED_NOW, TEST_AUDIENCE, TEST_ISSUER, FixedClock, _asyncpg_dsn
from tests.factories import PASSWORD, SINCE, World
from tests.position_books import v2_book, without_position

TOKEN_URL = "/v1/auth/token"
SETUP_URL = "/v1/auth/password-setup"
MY_PASSWORD_URL = "/v1/me/password"
NEW_PASSWORD = "a passphrase of my own"
# What the director of the old attack chose for someone else.
CHOSEN_BY_THE_DIRECTOR = "the director's choice 1"
# What app.security stores while an account has no password: it must never work as one.
NO_PASSWORD_MARKER = "!no-password"


# --- helpers ---------------------------------------------------------------------------------


def _split(who: str) -> tuple[str, str]:
    place, _, name = who.partition(".")
    return place, name


def _user_id(world: World, who: str) -> uuid.UUID:
    if who == "admin":
        return world.admin_id
    place, name = _split(who)
    return world.places[place].user_ids[name]


def _username(world: World, who: str) -> str:
    place, name = _split(who)
    return f"{world.places[place].code}.{name}"


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


async def _log_in(client: httpx.AsyncClient, username: str, password: str) -> httpx.Response:
    return await client.post(
        TOKEN_URL, data={"grant_type": "password", "username": username, "password": password}
    )


async def _access_token(client: httpx.AsyncClient, username: str, password: str) -> str:
    response = await _log_in(client, username, password)
    assert response.status_code == 200, response.text
    token: str = response.json()["access_token"]
    return token


def _assert_login_refused(response: httpx.Response) -> None:
    body = problem(response, 400)
    assert body["error"] == "invalid_grant"


async def _client_token(client: httpx.AsyncClient, client_id: str, secret: str) -> httpx.Response:
    return await client.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials", "client_id": client_id, "client_secret": secret},
    )


async def _reset(
    client: httpx.AsyncClient, world: World, resetter: str, who: str
) -> httpx.Response:
    return await client.post(
        f"/v1/users/{_user_id(world, who)}/password-reset", headers=world.headers(resetter)
    )


async def _reset_token(client: httpx.AsyncClient, world: World, resetter: str, who: str) -> str:
    response = await _reset(client, world, resetter, who)
    assert response.status_code == 200, response.text
    token: str = response.json()["setup_token"]
    return token


async def _set_up(client: httpx.AsyncClient, setup_token: str, password: str) -> httpx.Response:
    return await client.post(SETUP_URL, json={"setup_token": setup_token, "new_password": password})


async def _feed_token(
    client: httpx.AsyncClient, headers: dict[str, str], **body: Any
) -> dict[str, Any]:
    response = await client.post(
        "/v1/me/feed-tokens", json={"label": "Outlook", **body}, headers=headers
    )
    assert response.status_code == 201, response.text
    created: dict[str, Any] = response.json()
    return created


async def _feed(client: httpx.AsyncClient, world: World, feed_token: str) -> httpx.Response:
    return await client.get(
        f"/v1/jurisdictions/{world.places['city_a'].id}/meetings.ics",
        params={"access_token": feed_token},
    )


async def _me(client: httpx.AsyncClient, token: str) -> httpx.Response:
    return await client.get("/v1/me", headers=_bearer(token))


def _assert_revoked(response: httpx.Response) -> None:
    body = problem(response, 401)
    assert "revoked" in body["detail"], body
    assert response.headers["www-authenticate"].startswith("Bearer")


def _es256(claims: dict[str, Any], key: SigningKey) -> str:
    return jwt.encode(
        claims, key.private_pem, algorithm="ES256", headers={"kid": key.kid, "typ": "JWT"}
    )


def _claims(subject: str, **overrides: Any) -> dict[str, Any]:
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": TEST_ISSUER,
        "aud": TEST_AUDIENCE,
        "sub": subject,
        "iat": now,
        "exp": now + 900,
        "gen": 0,
    }
    claims.update(overrides)
    return claims


def _no_secret_in(events: list[dict[str, Any]], *secrets: str) -> None:
    dumped = json.dumps(events)
    for secret in secrets:
        assert secret not in dumped


# --- the attack this closes ----------------------------------------------------------------


async def test_an_office_director_can_no_longer_take_over_an_account_by_choosing_its_password(
    client: httpx.AsyncClient, world: World
) -> None:
    """Before issue 16 the office director PATCHed the leader's password to one of their
    choosing, logged in as the leader and signed the leading group's documents."""
    director = world.headers("city_a.office_director")

    # The old way: a password chosen by someone else is no longer accepted at all.
    for who in ("city_a.leader", "city_a.liaison"):
        response = await client.patch(
            f"/v1/users/{_user_id(world, who)}",
            json={"password": CHOSEN_BY_THE_DIRECTOR},
            headers=director,
        )
        body = problem(response, 422)
        assert ["body", "password"] in error_locations(body)
        _assert_login_refused(await _log_in(client, _username(world, who), CHOSEN_BY_THE_DIRECTOR))

    # The leader's password only a platform administrator resets.
    refused = problem(await _reset(client, world, "city_a.office_director", "city_a.leader"), 403)
    assert "leader" in refused["detail"]
    assert "platform administrator" in refused["detail"]
    # ... and the refusal changed nothing: the leader's password and token still work.
    await _access_token(client, "city-a.leader", PASSWORD)
    assert (await client.get("/v1/me", headers=world.headers("city_a.leader"))).status_code == 200

    # An ordinary account: the director gets a one-time setup token for its person, no password.
    response = await _reset(client, world, "city_a.office_director", "city_a.liaison")
    assert response.status_code == 200, response.text
    reset = response.json()
    assert set(reset) == {"user_id", "setup_token", "setup_token_expires_at"}
    assert reset["user_id"] == str(_user_id(world, "city_a.liaison"))
    # Nothing the director holds or could have chosen opens the account.
    for password in (
        CHOSEN_BY_THE_DIRECTOR,
        PASSWORD,
        reset["setup_token"],
        NO_PASSWORD_MARKER,
    ):
        _assert_login_refused(await _log_in(client, "city-a.liaison", password))
    # The setup token is no access token either.
    problem(await _me(client, reset["setup_token"]), 401)

    # The person chooses their password with it, and only then logs in.
    assert (await _set_up(client, reset["setup_token"], NEW_PASSWORD)).status_code == 204
    await _access_token(client, "city-a.liaison", NEW_PASSWORD)


# --- who resets whom -------------------------------------------------------------------------


@pytest.mark.parametrize("resetter", ["city_a.office_director", "city_a.office_deputy_director"])
async def test_the_leading_group_and_the_offices_leadership_are_reset_by_an_administrator_only(
    client: httpx.AsyncClient, world: World, resetter: str
) -> None:
    targets = ["leader", "deputy_leader", "office_director", "office_deputy_director"]
    for name in targets:
        who = f"city_a.{name}"
        if who == resetter:
            continue
        body = problem(await _reset(client, world, resetter, who), 403)
        assert name in body["detail"], body
        await _access_token(client, _username(world, who), PASSWORD)  # untouched

    for name in targets:
        response = await _reset(client, world, "admin", f"city_a.{name}")
        assert response.status_code == 200, response.text
        _assert_login_refused(await _log_in(client, f"city-a.{name}", PASSWORD))


@pytest.mark.parametrize("resetter", ["city_a.office_director", "city_a.office_deputy_director"])
@pytest.mark.parametrize("who", ["city_a.office_staff", "city_a.liaison", "city_a.nobody"])
async def test_an_office_resets_its_ordinary_accounts(
    client: httpx.AsyncClient, world: World, resetter: str, who: str
) -> None:
    response = await _reset(client, world, resetter, who)
    assert response.status_code == 200, response.text
    assert response.json()["setup_token"]
    _assert_login_refused(await _log_in(client, _username(world, who), PASSWORD))


async def _add_post(
    database: Database,
    world: World,
    who: str,
    role: PositionRole,
    *,
    valid_from: Any = SINCE,
    valid_to: Any = None,
) -> None:
    place, _ = _split(who)
    async with database.sessionmaker() as session, session.begin():
        await positions.create(
            session,
            None,
            world.places[place].id,
            PositionCreate(
                user_id=_user_id(world, who),
                role=role,
                valid_from=valid_from,
                valid_to=valid_to,
            ),
        )


async def test_a_leading_group_member_is_reset_by_an_administrator_only(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    await _add_post(database, world, "city_a.office_staff", PositionRole.member)
    body = problem(
        await _reset(client, world, "city_a.office_director", "city_a.office_staff"), 403
    )
    assert "member" in body["detail"]
    assert (await _reset(client, world, "admin", "city_a.office_staff")).status_code == 200


async def test_a_post_to_come_counts_and_an_ended_one_does_not(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    today = datetime.now().date()
    # A leader from next month: resetting the account now would hand over the post to come.
    await _add_post(
        database,
        world,
        "city_a.nobody",
        PositionRole.leader,
        valid_from=today + timedelta(days=40),
    )
    problem(await _reset(client, world, "city_a.office_director", "city_a.nobody"), 403)

    # A deputy leader until 2021: the post ended, the account is an ordinary one again.
    await _add_post(
        database,
        world,
        "city_a.liaison",
        PositionRole.deputy_leader,
        valid_from=SINCE,
        valid_to=SINCE.replace(year=2021, month=12, day=31),
    )
    response = await _reset(client, world, "city_a.office_director", "city_a.liaison")
    assert response.status_code == 200, response.text


async def test_a_leading_post_in_another_jurisdiction_counts_too(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    # Accounts hold posts of their own jurisdiction through the API; the rule does not rely on
    # it: a city_a account holding county_a1's leader post is still not city_a's office's to
    # reset.
    async with database.sessionmaker() as session, session.begin():
        session.add(
            Position(
                jurisdiction_id=world.places["county_a1"].id,
                user_id=_user_id(world, "city_a.nobody"),
                role=PositionRole.leader.value,
                level="leading_group",
                valid_from=SINCE,
            )
        )
    body = problem(await _reset(client, world, "city_a.office_director", "city_a.nobody"), 403)
    assert "leader" in body["detail"]


@pytest.mark.parametrize("who", ["city_a.office_director", "admin"])
async def test_resetting_your_own_password_is_a_conflict(
    client: httpx.AsyncClient, world: World, who: str
) -> None:
    body = problem(await _reset(client, world, who, who), 409)
    assert MY_PASSWORD_URL.removeprefix("/v1") in body["detail"]
    # Nothing changed.
    assert (await client.get("/v1/me", headers=world.headers(who))).status_code == 200


@pytest.mark.parametrize(
    ("resetter", "who", "status"),
    [
        # Out of sight: not found, as if it did not exist.
        ("city_b.office_director", "city_a.liaison", 404),
        ("county_a1.office_director", "city_a.liaison", 404),
        ("city_a.liaison", "city_a.office_staff", 404),
        ("city_a.nobody", "city_a.liaison", 404),
        # An administrator's account belongs to no jurisdiction: no office sees it.
        ("city_a.office_director", "admin", 404),
        # In sight, not theirs to manage.
        ("city_a.office_staff", "city_a.liaison", 403),
        ("city_a.office_director", "county_a1.liaison", 403),
    ],
)
async def test_a_reset_needs_the_accounts_office_leadership(
    client: httpx.AsyncClient, world: World, resetter: str, who: str, status: int
) -> None:
    problem(await _reset(client, world, resetter, who), status)
    if who == "admin":
        return
    await _access_token(client, _username(world, who), PASSWORD)  # untouched
    # The account is there to reset, by an administrator.
    assert (await _reset(client, world, "admin", who)).status_code == 200


async def test_an_unknown_account_is_not_found(client: httpx.AsyncClient, world: World) -> None:
    response = await client.post(
        f"/v1/users/{uuid.uuid4()}/password-reset", headers=world.headers("admin")
    )
    problem(response, 404)
    assert (await _reset(client, world, "admin", "city_a.liaison")).status_code == 200


async def test_a_machine_client_resets_no_password(client: httpx.AsyncClient, world: World) -> None:
    # A client does not see accounts at all (as GET /v1/users/{id} answers it).
    response = await _reset(client, world, "city_a.client_write", "city_a.liaison")
    problem(response, 404)
    await _access_token(client, "city-a.liaison", PASSWORD)
    assert (await _reset(client, world, "admin", "city_a.liaison")).status_code == 200


# --- what a reset revokes, and its audit -----------------------------------------------------


async def test_a_reset_revokes_every_access_and_feed_token_of_the_account_and_is_audited(
    client: httpx.AsyncClient, world: World
) -> None:
    issued_directly = world.token("city_a.liaison")
    logged_in = await _access_token(client, "city-a.liaison", PASSWORD)
    feed = await _feed_token(client, _bearer(logged_in))
    assert (await _feed(client, world, feed["token"])).status_code == 200
    # Another account's tokens are not touched.
    bystander = world.token("city_a.office_staff")
    bystander_feed = await _feed_token(client, _bearer(bystander))

    setup_token = await _reset_token(client, world, "city_a.office_director", "city_a.liaison")

    _assert_revoked(await _me(client, issued_directly))
    _assert_revoked(await _me(client, logged_in))
    body = problem(await _feed(client, world, feed["token"]), 401)
    assert "feed token" in body["detail"]
    _assert_login_refused(await _log_in(client, "city-a.liaison", PASSWORD))
    assert (await _me(client, bystander)).status_code == 200
    assert (await _feed(client, world, bystander_feed["token"])).status_code == 200

    # After setting up a password: a new token works, the old ones stay dead.
    assert (await _set_up(client, setup_token, NEW_PASSWORD)).status_code == 204
    fresh = await _access_token(client, "city-a.liaison", NEW_PASSWORD)
    assert (await _me(client, fresh)).status_code == 200
    _assert_revoked(await _me(client, logged_in))
    problem(await _feed(client, world, feed["token"]), 401)
    listed = await client.get("/v1/me/feed-tokens", headers=_bearer(fresh))
    (item,) = listed.json()["items"]
    assert item["id"] == feed["id"]
    assert item["revoked_at"] is not None

    (event,) = await audit_events(client, world, action="user.password_reset")
    assert event["entity_type"] == "user"
    assert event["entity_id"] == str(_user_id(world, "city_a.liaison"))
    assert event["actor_id"] == str(_user_id(world, "city_a.office_director"))
    assert event["jurisdiction_id"] == str(world.places["city_a"].id)
    assert event["after"]["feed_tokens_revoked"] == 1
    assert event["after"]["setup_token_expires_at"]
    assert event["before"]["username"] == "city-a.liaison"
    everything = await audit_events(client, world)
    _no_secret_in(everything, setup_token, NEW_PASSWORD, PASSWORD, feed["token"])


async def test_an_administrator_resets_a_leader_and_the_leaders_tokens_stop_working(
    client: httpx.AsyncClient, world: World
) -> None:
    leader = world.token("city_a.leader")
    feed = await _feed_token(client, _bearer(leader))
    setup_token = await _reset_token(client, world, "admin", "city_a.leader")
    _assert_revoked(await _me(client, leader))
    problem(await _feed(client, world, feed["token"]), 401)
    assert (await _set_up(client, setup_token, NEW_PASSWORD)).status_code == 204
    await _access_token(client, "city-a.leader", NEW_PASSWORD)
    (event,) = await audit_events(client, world, action="user.password_reset")
    assert event["actor_id"] == str(world.admin_id)
    assert event["after"]["feed_tokens_revoked"] == 1


# --- setting up a password with a setup token ------------------------------------------------


async def test_a_setup_token_is_used_once(client: httpx.AsyncClient, world: World) -> None:
    setup_token = await _reset_token(client, world, "city_a.office_director", "city_a.liaison")
    assert (await _set_up(client, setup_token, NEW_PASSWORD)).status_code == 204
    again = await _set_up(client, setup_token, "someone else's password")
    problem(again, 400)
    # The second use changed nothing.
    await _access_token(client, "city-a.liaison", NEW_PASSWORD)
    _assert_login_refused(await _log_in(client, "city-a.liaison", "someone else's password"))


async def test_a_setup_token_expires(
    client: httpx.AsyncClient, world: World, settings: Settings, pinned_clock: FixedClock
) -> None:
    ttl = timedelta(seconds=settings.password_setup_ttl_seconds)
    assert ttl <= timedelta(hours=2)  # short-lived by default
    response = await _reset(client, world, "city_a.office_director", "city_a.liaison")
    assert response.status_code == 200, response.text
    expires_at = datetime.fromisoformat(response.json()["setup_token_expires_at"])
    assert expires_at == PINNED_NOW + ttl

    pinned_clock.at = PINNED_NOW + ttl + timedelta(seconds=1)
    body = problem(await _set_up(client, response.json()["setup_token"], NEW_PASSWORD), 400)
    assert "expired" in body["detail"]
    _assert_login_refused(await _log_in(client, "city-a.liaison", NEW_PASSWORD))

    # A new reset, used just in time.
    response = await _reset(client, world, "city_a.office_director", "city_a.liaison")
    pinned_clock.at += ttl - timedelta(seconds=1)
    assert (await _set_up(client, response.json()["setup_token"], NEW_PASSWORD)).status_code == 204
    await _access_token(client, "city-a.liaison", NEW_PASSWORD)


async def test_a_new_reset_voids_the_setup_token_of_the_last(
    client: httpx.AsyncClient, world: World
) -> None:
    first = await _reset_token(client, world, "city_a.office_director", "city_a.liaison")
    second = await _reset_token(client, world, "city_a.office_deputy_director", "city_a.liaison")
    problem(await _set_up(client, first, NEW_PASSWORD), 400)
    assert (await _set_up(client, second, NEW_PASSWORD)).status_code == 204


@pytest.mark.parametrize("setup_token", ["gbp_" + "x" * 43, "not a token at all"])
async def test_an_unknown_setup_token_is_refused(
    client: httpx.AsyncClient, world: World, setup_token: str
) -> None:
    body = problem(await _set_up(client, setup_token, NEW_PASSWORD), 400)
    assert body["error"] == "invalid_grant"


async def test_a_setup_token_of_a_disabled_account_is_refused(
    client: httpx.AsyncClient, world: World
) -> None:
    setup_token = await _reset_token(client, world, "city_a.office_director", "city_a.liaison")
    disabled = await client.patch(
        f"/v1/users/{_user_id(world, 'city_a.liaison')}",
        json={"is_active": False},
        headers=world.headers("city_a.office_director"),
    )
    assert disabled.status_code == 200, disabled.text
    problem(await _set_up(client, setup_token, NEW_PASSWORD), 400)


async def test_a_password_too_short_leaves_the_setup_token_usable(
    client: httpx.AsyncClient, world: World
) -> None:
    setup_token = await _reset_token(client, world, "city_a.office_director", "city_a.liaison")
    body = problem(await _set_up(client, setup_token, "short"), 422)
    assert ["body", "new_password"] in error_locations(body)
    extra = await client.post(
        SETUP_URL,
        json={"setup_token": setup_token, "new_password": NEW_PASSWORD, "username": "x"},
    )
    problem(extra, 422)
    assert (await _set_up(client, setup_token, NEW_PASSWORD)).status_code == 204


async def test_setting_up_a_password_is_audited_as_the_person(
    client: httpx.AsyncClient, world: World
) -> None:
    setup_token = await _reset_token(client, world, "city_a.office_director", "city_a.liaison")
    assert (await _set_up(client, setup_token, NEW_PASSWORD)).status_code == 204
    (event,) = await audit_events(client, world, action="user.password_setup")
    liaison = str(_user_id(world, "city_a.liaison"))
    assert event["actor_kind"] == "user"
    assert event["actor_id"] == liaison
    assert event["actor_name"] == "city-a.liaison"
    assert event["entity_id"] == liaison
    _no_secret_in(await audit_events(client, world), setup_token, NEW_PASSWORD)


# --- creating accounts -----------------------------------------------------------------------


def _new_account(
    world: World, username: str, place: str = "city_a", **extra: Any
) -> dict[str, Any]:
    return {
        "username": username,
        "display_name": "办事员",
        "jurisdiction_id": str(world.places[place].id),
        **extra,
    }


async def test_a_new_account_has_no_password_until_its_person_sets_one_up(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await client.post(
        "/v1/users",
        json=_new_account(world, "city-a.clerk"),
        headers=world.headers("city_a.office_director"),
    )
    assert response.status_code == 201, response.text
    created = response.json()
    assert created["username"] == "city-a.clerk"
    assert created["setup_token"]
    assert created["setup_token_expires_at"]
    assert "password" not in created
    for password in (created["setup_token"], NO_PASSWORD_MARKER, PASSWORD):
        _assert_login_refused(await _log_in(client, "city-a.clerk", password))

    assert (await _set_up(client, created["setup_token"], NEW_PASSWORD)).status_code == 204
    token = await _access_token(client, "city-a.clerk", NEW_PASSWORD)
    me = await _me(client, token)
    assert me.status_code == 200
    assert me.json()["id"] == created["id"]

    _no_secret_in(await audit_events(client, world), created["setup_token"], NEW_PASSWORD)


@pytest.mark.parametrize("who", ["city_a.office_director", "admin"])
async def test_no_one_chooses_a_password_for_a_new_account(
    client: httpx.AsyncClient, world: World, who: str
) -> None:
    response = await client.post(
        "/v1/users",
        json=_new_account(world, "city-a.clerk", password=CHOSEN_BY_THE_DIRECTOR),
        headers=world.headers(who),
    )
    body = problem(response, 422)
    assert ["body", "password"] in error_locations(body)
    _assert_login_refused(await _log_in(client, "city-a.clerk", CHOSEN_BY_THE_DIRECTOR))


@pytest.mark.parametrize(
    "username",
    [
        "clerk",
        "city-a-clerk",
        "city-b.clerk",
        "county-a1.clerk",
        "city-a.",
        # Names that exist elsewhere get the very same answer as names that do not.
        "city-b.leader",
        "county-a1.liaison",
        "platform.admin",
    ],
)
async def test_an_office_names_its_accounts_in_its_own_namespace(
    client: httpx.AsyncClient, world: World, username: str
) -> None:
    response = await client.post(
        "/v1/users",
        json=_new_account(world, username),
        headers=world.headers("city_a.office_director"),
    )
    body = problem(response, 422)
    assert error_locations(body) == [["body", "username"]]
    assert "city-a." in body["errors"][0]["msg"] or "city-a." in body["detail"]


async def test_a_refusal_does_not_tell_whether_a_name_exists_elsewhere(
    client: httpx.AsyncClient, world: World
) -> None:
    director = world.headers("city_a.office_director")
    taken = await client.post(
        "/v1/users", json=_new_account(world, "city-b.leader"), headers=director
    )
    free = await client.post(
        "/v1/users", json=_new_account(world, "city-b.no-such-one"), headers=director
    )
    assert taken.status_code == free.status_code == 422
    assert error_locations(taken.json()) == [["body", "username"]]
    assert taken.json()["detail"] == free.json()["detail"]
    assert taken.json()["errors"] == free.json()["errors"]


async def test_a_name_taken_in_its_own_namespace_is_a_conflict(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await client.post(
        "/v1/users",
        json=_new_account(world, "city-a.liaison"),
        headers=world.headers("city_a.office_director"),
    )
    problem(response, 409)


async def test_an_administrator_names_accounts_freely(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await client.post(
        "/v1/users", json=_new_account(world, "clerk"), headers=world.headers("admin")
    )
    assert response.status_code == 201, response.text
    assert response.json()["setup_token"]


# --- changing your own password --------------------------------------------------------------


async def _change(
    client: httpx.AsyncClient, headers: dict[str, str], current: str, new: str
) -> httpx.Response:
    return await client.put(
        MY_PASSWORD_URL,
        json={"current_password": current, "new_password": new},
        headers=headers,
    )


async def test_changing_your_password_revokes_every_token_you_hold(
    client: httpx.AsyncClient, world: World
) -> None:
    issued_directly = world.token("city_a.office_staff")
    used = await _access_token(client, "city-a.office_staff", PASSWORD)
    other = await _access_token(client, "city-a.office_staff", PASSWORD)
    feed = await _feed_token(client, _bearer(used))

    response = await _change(client, _bearer(used), PASSWORD, NEW_PASSWORD)
    assert response.status_code == 204, response.text

    for token in (used, other, issued_directly):
        _assert_revoked(await _me(client, token))
    problem(await _feed(client, world, feed["token"]), 401)
    _assert_login_refused(await _log_in(client, "city-a.office_staff", PASSWORD))
    fresh = await _access_token(client, "city-a.office_staff", NEW_PASSWORD)
    assert (await _me(client, fresh)).status_code == 200

    (event,) = await audit_events(client, world, action="user.password_change")
    staff = str(_user_id(world, "city_a.office_staff"))
    assert event["actor_id"] == staff
    assert event["entity_id"] == staff
    assert event["after"]["feed_tokens_revoked"] == 1
    _no_secret_in(await audit_events(client, world), PASSWORD, NEW_PASSWORD, feed["token"])


async def test_a_wrong_current_password_changes_nothing(
    client: httpx.AsyncClient, world: World
) -> None:
    headers = world.headers("city_a.office_staff")
    problem(await _change(client, headers, "not my password", NEW_PASSWORD), 403)
    assert (await client.get("/v1/me", headers=headers)).status_code == 200
    await _access_token(client, "city-a.office_staff", PASSWORD)
    _assert_login_refused(await _log_in(client, "city-a.office_staff", NEW_PASSWORD))
    assert await audit_events(client, world, action="user.password_change") == []


@pytest.mark.parametrize("new", ["city-a.office_staff", "CITY-A.Office_Staff"])
async def test_the_new_password_is_not_the_username(
    client: httpx.AsyncClient, world: World, new: str
) -> None:
    body = problem(await _change(client, world.headers("city_a.office_staff"), PASSWORD, new), 422)
    assert ["body", "new_password"] in error_locations(body)
    await _access_token(client, "city-a.office_staff", PASSWORD)


@pytest.mark.parametrize(
    "body",
    [
        {"current_password": PASSWORD, "new_password": "short"},
        {"current_password": PASSWORD},
        {"new_password": NEW_PASSWORD},
        {"current_password": PASSWORD, "new_password": NEW_PASSWORD, "user_id": "x"},
    ],
)
async def test_a_malformed_change_is_unprocessable(
    client: httpx.AsyncClient, world: World, body: dict[str, str]
) -> None:
    response = await client.put(
        MY_PASSWORD_URL, json=body, headers=world.headers("city_a.office_staff")
    )
    problem(response, 422)
    await _access_token(client, "city-a.office_staff", PASSWORD)


async def test_a_machine_client_has_no_password_to_change(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await _change(client, world.headers("city_a.client_write"), PASSWORD, NEW_PASSWORD)
    problem(response, 403)


async def test_changing_a_password_needs_a_token(client: httpx.AsyncClient, world: World) -> None:
    problem(await _change(client, {}, PASSWORD, NEW_PASSWORD), 401)


# --- disabling and re-enabling accounts ------------------------------------------------------


async def _set_active(
    client: httpx.AsyncClient, world: World, who: str, active: bool, by: str = "admin"
) -> None:
    response = await client.patch(
        f"/v1/users/{_user_id(world, who)}", json={"is_active": active}, headers=world.headers(by)
    )
    assert response.status_code == 200, response.text
    assert response.json()["is_active"] is active


async def test_a_token_from_before_disabling_does_not_work_after_re_enabling(
    client: httpx.AsyncClient, world: World
) -> None:
    token = await _access_token(client, "city-a.office_staff", PASSWORD)
    feed = await _feed_token(client, _bearer(token))
    await _set_active(client, world, "city_a.office_staff", False, by="city_a.office_director")
    problem(await _me(client, token), 401)
    problem(await _feed(client, world, feed["token"]), 401)

    await _set_active(client, world, "city_a.office_staff", True, by="city_a.office_director")
    _assert_revoked(await _me(client, token))
    problem(await _feed(client, world, feed["token"]), 401)
    fresh = await _access_token(client, "city-a.office_staff", PASSWORD)
    listed = await client.get("/v1/me/feed-tokens", headers=_bearer(fresh))
    (item,) = listed.json()["items"]
    assert item["revoked_at"] is not None


async def test_re_enabling_revokes_too(
    client: httpx.AsyncClient, world: World, token_service: TokenService
) -> None:
    subject = f"user:{_user_id(world, 'city_a.office_staff')}"
    await _set_active(client, world, "city_a.office_staff", False)
    # A token of the disabled account's generation (a token minted while it was off) is not
    # brought to life by re-enabling it.
    while_disabled, _ = token_service.issue(subject, generation=1)
    await _set_active(client, world, "city_a.office_staff", True)
    _assert_revoked(await _me(client, while_disabled))
    current, _ = token_service.issue(subject, generation=2)
    assert (await _me(client, current)).status_code == 200


async def test_renaming_an_account_revokes_nothing(client: httpx.AsyncClient, world: World) -> None:
    token = await _access_token(client, "city-a.office_staff", PASSWORD)
    feed = await _feed_token(client, _bearer(token))
    user_url = f"/v1/users/{_user_id(world, 'city_a.office_staff')}"
    director = world.headers("city_a.office_director")
    for body in ({"display_name": "新名字"}, {"is_active": True}):  # no change of is_active
        response = await client.patch(user_url, json=body, headers=director)
        assert response.status_code == 200, response.text
    assert (await _me(client, token)).status_code == 200
    assert (await _feed(client, world, feed["token"])).status_code == 200


# --- machine clients -------------------------------------------------------------------------


async def test_rotating_a_client_secret_revokes_its_tokens(
    client: httpx.AsyncClient, world: World
) -> None:
    place = world.places["city_a"]
    old_secret = place.client_secrets["client_read"]
    response = await _client_token(client, "city-a-client_read", old_secret)
    assert response.status_code == 200, response.text
    token = response.json()["access_token"]
    issued_directly = world.token("city_a.client_read")
    assert (await _me(client, token)).status_code == 200

    rotated = await client.post(
        f"/v1/clients/{place.client_ids['client_read']}/secret",
        headers=world.headers("city_a.office_director"),
    )
    assert rotated.status_code == 200, rotated.text
    _assert_revoked(await _me(client, token))
    _assert_revoked(await _me(client, issued_directly))
    problem(await _client_token(client, "city-a-client_read", old_secret), 401)

    fresh = await _client_token(client, "city-a-client_read", rotated.json()["client_secret"])
    assert fresh.status_code == 200, fresh.text
    assert (await _me(client, fresh.json()["access_token"])).status_code == 200
    # The other client is not touched.
    assert (await _me(client, world.token("city_a.client_write"))).status_code == 200


async def test_a_client_token_from_before_disabling_does_not_work_after_re_enabling(
    client: httpx.AsyncClient, world: World
) -> None:
    place = world.places["city_a"]
    secret = place.client_secrets["client_read"]
    token = (await _client_token(client, "city-a-client_read", secret)).json()["access_token"]
    url = f"/v1/clients/{place.client_ids['client_read']}"
    director = world.headers("city_a.office_director")
    for active in (False, True):
        response = await client.patch(url, json={"is_active": active}, headers=director)
        assert response.status_code == 200, response.text
    _assert_revoked(await _me(client, token))
    fresh = await _client_token(client, "city-a-client_read", secret)
    assert fresh.status_code == 200, fresh.text
    assert (await _me(client, fresh.json()["access_token"])).status_code == 200


async def test_renaming_a_client_revokes_nothing(client: httpx.AsyncClient, world: World) -> None:
    place = world.places["city_a"]
    token = world.token("city_a.client_read")
    response = await client.patch(
        f"/v1/clients/{place.client_ids['client_read']}",
        json={"name": "another name"},
        headers=world.headers("city_a.office_director"),
    )
    assert response.status_code == 200, response.text
    assert (await _me(client, token)).status_code == 200


# --- the generation claim --------------------------------------------------------------------


async def test_only_a_token_of_the_accounts_current_generation_works(
    client: httpx.AsyncClient, world: World, token_service: TokenService
) -> None:
    subject = f"user:{_user_id(world, 'city_a.office_staff')}"
    key = token_service.signing_key
    assert (await _me(client, _es256(_claims(subject, gen=0), key))).status_code == 200
    # One from a generation the account has not reached is no better than a revoked one.
    _assert_revoked(await _me(client, _es256(_claims(subject, gen=1), key)))

    await _change(client, world.headers("city_a.office_staff"), PASSWORD, NEW_PASSWORD)
    _assert_revoked(await _me(client, _es256(_claims(subject, gen=0), key)))
    assert (await _me(client, _es256(_claims(subject, gen=1), key))).status_code == 200


@pytest.mark.parametrize(
    ("gen", "reason"),
    [
        (None, "lacks the gen claim"),
        ("0", "wrong types"),
        (-1, "wrong types"),
        (True, "wrong types"),
    ],
)
async def test_a_token_without_a_proper_generation_is_refused(
    client: httpx.AsyncClient, world: World, token_service: TokenService, gen: Any, reason: str
) -> None:
    claims = _claims(f"user:{_user_id(world, 'city_a.office_staff')}")
    if gen is None:
        del claims["gen"]
    else:
        claims["gen"] = gen
    body = problem(await _me(client, _es256(claims, token_service.signing_key)), 401)
    assert reason in body["detail"]


# --- how long a revoked token may still work -------------------------------------------------


async def test_the_caller_is_cached_for_a_few_seconds_at_most(database: Database) -> None:
    from app.invalidation import ACTOR_TTL

    assert ACTOR_TTL <= 5
    assert database.caches.actors.ttl == ACTOR_TTL


async def _eventually(check: Callable[[], Awaitable[bool]], seconds: float) -> None:
    async with asyncio.timeout(seconds):
        while not await check():  # noqa: ASYNC110 - polling the API, not waiting on an event
            await asyncio.sleep(0.05)


async def test_a_revocation_whose_notification_is_lost_is_seen_within_seconds(
    client: httpx.AsyncClient, world: World, database: Database, database_url: str
) -> None:
    from app.invalidation import ACTOR_TTL

    async with asyncio.timeout(10):
        assert await database.caches.listener.wait_live()
        await database.caches.listener.caught_up()
    headers = world.headers("city_a.office_staff")
    assert (await client.get("/v1/me", headers=headers)).status_code == 200
    assert len(database.caches.actors) >= 1  # the caller is cached

    # Another process raises the generation with no trigger firing: no notification comes.
    connection = await asyncpg.connect(_asyncpg_dsn(database_url))
    try:
        async with connection.transaction():
            try:
                await connection.execute("SET LOCAL session_replication_role = replica")
            except asyncpg.InsufficientPrivilegeError:
                pytest.skip("needs a role that may turn triggers off")
            await connection.execute(
                "UPDATE users SET token_generation = token_generation + 1 WHERE id = $1",
                _user_id(world, "city_a.office_staff"),
            )
    finally:
        await connection.close()

    async def refused() -> bool:
        return (await client.get("/v1/me", headers=headers)).status_code == 401

    await _eventually(refused, ACTOR_TTL + 2)


# --- maximum token lifetime ------------------------------------------------------------------


def _unit_service(ttl: int = 900, max_lifetime: int | None = 3600) -> TokenService:
    return TokenService(
        key_from_pem(generate_private_pem()),
        issuer=TEST_ISSUER,
        audience=TEST_AUDIENCE,
        ttl_seconds=ttl,
        max_lifetime_seconds=max_lifetime,
    )


T0 = 1_700_000_000


def test_a_validly_signed_token_living_longer_than_the_maximum_is_refused() -> None:
    service = _unit_service(max_lifetime=3600)
    subject = "user:00000000-0000-0000-0000-000000000001"
    at_most = _es256(_claims(subject, iat=T0, exp=T0 + 3600), service.signing_key)
    assert service.verify(at_most, now=T0 + 10).sub == subject
    for lifetime in (3601, 10 * 365 * 86400):
        too_long = _es256(_claims(subject, iat=T0, exp=T0 + lifetime), service.signing_key)
        with pytest.raises(TokenError, match="lifetime"):
            service.verify(too_long, now=T0 + 10)
    # Also when most of it is over: the lifetime counts, not what is left of it.
    late = _es256(_claims(subject, iat=T0 - 7000, exp=T0 + 600), service.signing_key)
    with pytest.raises(TokenError, match="lifetime"):
        service.verify(late, now=T0)


def test_the_maximum_lifetime_is_never_below_the_services_own_tokens() -> None:
    service = _unit_service(ttl=900, max_lifetime=None)
    assert service.max_lifetime_seconds == 900
    token, expires_in = service.issue("user:x", generation=3)
    claims = service.verify(token)
    assert claims.exp - claims.iat == expires_in == 900
    assert claims.gen == 3


def test_the_settings_bound_token_lifetimes(settings: Settings) -> None:
    from app.main import build_token_service

    assert Settings.model_fields["max_token_lifetime_seconds"].default == 3600
    built = build_token_service(settings)
    assert built.max_lifetime_seconds == settings.max_token_lifetime_seconds
    with pytest.raises(ValueError, match="MAX_TOKEN_LIFETIME"):
        settings.model_validate(
            {
                **settings.model_dump(),
                "access_token_ttl_seconds": 3600,
                "max_token_lifetime_seconds": 600,
            }
        )


async def test_the_api_refuses_a_validly_signed_token_living_too_long(
    client: httpx.AsyncClient, world: World, token_service: TokenService
) -> None:
    subject = f"user:{_user_id(world, 'city_a.office_director')}"
    key = token_service.signing_key
    now = int(time.time())
    longest = token_service.max_lifetime_seconds
    fine = _es256(_claims(subject, iat=now, exp=now + longest), key)
    assert (await _me(client, fine)).status_code == 200
    for claims in (
        _claims(subject, iat=now, exp=now + longest + 1),
        _claims(subject, iat=now, exp=now + 10 * 365 * 86400),
        _claims(subject, iat=now - longest, exp=now + 60),
    ):
        body = problem(await _me(client, _es256(claims, key)), 401)
        assert "lifetime" in body["detail"]


# --- feed tokens expire ----------------------------------------------------------------------


async def test_a_feed_token_lasts_a_year_unless_asked_for_less(
    client: httpx.AsyncClient, world: World
) -> None:
    headers = world.headers("city_a.liaison")
    for body, days in (({}, 365), ({"expires_in_days": 1}, 1), ({"expires_in_days": 366}, 366)):
        created = await _feed_token(client, headers, **body)
        lifetime = datetime.fromisoformat(created["expires_at"]) - datetime.fromisoformat(
            created["created_at"]
        )
        assert lifetime == timedelta(days=days), (body, lifetime)
    listed = await client.get("/v1/me/feed-tokens", headers=headers)
    assert all(item["expires_at"] for item in listed.json()["items"])


@pytest.mark.parametrize("days", [0, -1, 367, 10_000, "forever"])
async def test_a_feed_token_lasts_a_day_to_a_year(
    client: httpx.AsyncClient, world: World, days: Any
) -> None:
    response = await client.post(
        "/v1/me/feed-tokens",
        json={"label": "Outlook", "expires_in_days": days},
        headers=world.headers("city_a.liaison"),
    )
    body = problem(response, 422)
    assert ["body", "expires_in_days"] in error_locations(body)
    # ... while a day and a leap year's days are fine.
    for fine in (1, 366):
        await _feed_token(client, world.headers("city_a.liaison"), expires_in_days=fine)


async def test_an_expired_feed_token_is_refused(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    created = await _feed_token(client, world.headers("city_a.liaison"), expires_in_days=1)
    assert (await _feed(client, world, created["token"])).status_code == 200
    async with database.sessionmaker() as session, session.begin():
        await session.execute(
            text("UPDATE feed_tokens SET expires_at = now() - interval '1 second' WHERE id = :id"),
            {"id": uuid.UUID(created["id"])},
        )
    body = problem(await _feed(client, world, created["token"]), 401)
    assert "feed token" in body["detail"]


# --- guessing through PUT /v1/me/password; flooding the setup route ------------------------


async def test_wrong_current_passwords_are_throttled_as_sign_ins_are(
    client: httpx.AsyncClient, world: World
) -> None:
    # A stolen token lasts minutes; guessing the password through this route would outlast it.
    who = "city_a.office_staff"
    wrong = {"current_password": "not my password", "new_password": NEW_PASSWORD}
    answers = [
        await client.put(MY_PASSWORD_URL, json=wrong, headers=world.headers(who)) for _ in range(6)
    ]
    assert [a.status_code for a in answers[:5]] == [403] * 5
    assert answers[5].status_code == 403  # the sixth failure starts a lock and says so
    assert "refused until" in answers[5].json()["detail"]
    right = {"current_password": PASSWORD, "new_password": NEW_PASSWORD}
    locked = await client.put(MY_PASSWORD_URL, json=right, headers=world.headers(who))
    assert locked.status_code == 429, locked.text
    assert int(locked.headers["retry-after"]) >= 1
    # The same account's key: sign-ins are locked too, and the password was not changed.
    signed_in = await _log_in(client, _username(world, who), PASSWORD)
    assert signed_in.status_code == 429, signed_in.text


async def test_a_made_up_setup_token_costs_no_password_hash(
    client: httpx.AsyncClient, world: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    import app.security as security

    def refuse(_: str) -> str:
        raise AssertionError("hashed a password for an unknown setup token")

    monkeypatch.setattr(security, "hash_password", refuse)
    answer = await client.post(
        SETUP_URL, json={"setup_token": "gbp_made-up", "new_password": NEW_PASSWORD}
    )
    assert answer.status_code == 400, answer.text


# --- an office cannot appoint a leader whose password it could have chosen ---------------------


async def _appoint(
    client: httpx.AsyncClient, world: World, user_id: str, role: str, who: str
) -> httpx.Response:
    return await client.post(
        f"/v1/jurisdictions/{world.places['city_a'].id}/positions",
        json={"user_id": user_id, "role": role, "valid_from": "2026-01-01"},
        headers=world.headers(who),
    )


async def test_an_account_the_office_set_up_is_not_appointed_to_the_leading_group_by_it(
    client: httpx.AsyncClient, world: World
) -> None:
    director = world.headers("city_a.office_director")
    created = await client.post(
        "/v1/users",
        json={
            "username": "city-a.puppet",
            "display_name": "傀儡",
            "jurisdiction_id": str(world.places["city_a"].id),
        },
        headers=director,
    )
    assert created.status_code == 201, created.text
    puppet = created.json()["id"]
    # The director holds the setup token, so could choose the password ...
    chosen = {"setup_token": created.json()["setup_token"], "new_password": CHOSEN_BY_THE_DIRECTOR}
    assert (await client.post(SETUP_URL, json=chosen)).status_code == 204
    # ... so may not make the account a deputy leader (or a member, or office leadership).
    for role in ("deputy_leader", "member", "office_deputy_director"):
        refused = await _appoint(client, world, puppet, role, "city_a.office_director")
        assert refused.status_code == 403, refused.text
        assert "password-reset" in refused.json()["detail"]
    # Ordinary posts are the office's to give.
    given = await _appoint(client, world, puppet, "office_staff", "city_a.office_director")
    assert given.status_code == 201, given.text
    # Once a platform administrator has reset it, only the person chooses the password.
    reset = await client.post(f"/v1/users/{puppet}/password-reset", headers=world.headers("admin"))
    assert reset.status_code == 200, reset.text
    appointed = await _appoint(client, world, puppet, "deputy_leader", "city_a.office_director")
    assert appointed.status_code == 201, appointed.text
    # The director's password no longer opens it.
    assert (await _log_in(client, "city-a.puppet", CHOSEN_BY_THE_DIRECTOR)).status_code == 400


async def test_an_account_the_office_reset_is_not_appointed_to_the_leading_group_by_it(
    client: httpx.AsyncClient, world: World
) -> None:
    staff = str(_user_id(world, "city_a.office_staff"))
    reset = await client.post(
        f"/v1/users/{staff}/password-reset", headers=world.headers("city_a.office_director")
    )
    assert reset.status_code == 200, reset.text
    office_token = reset.json()["setup_token"]
    for who in ("city_a.office_director", "admin"):
        # Not even by an administrator: the office still holds the setup token.
        refused = await _appoint(client, world, staff, "member", who)
        assert refused.status_code == 403, (who, refused.text)
    # The administrator's reset takes the office's token away.
    reset = await client.post(f"/v1/users/{staff}/password-reset", headers=world.headers("admin"))
    assert reset.status_code == 200, reset.text
    setup = {"setup_token": office_token, "new_password": CHOSEN_BY_THE_DIRECTOR}
    assert (await client.post(SETUP_URL, json=setup)).status_code == 400
    appointed = await _appoint(client, world, staff, "member", "city_a.office_director")
    assert appointed.status_code == 201, appointed.text


# --- who resets whom, as the rulebooks from today on define the posts -------------------------


def _changji_stating_the_posts(
    effective_from: str, *, staff_signs: bool = False, staff_defined: bool = True
) -> dict[str, Any]:
    """Changji's rulebook stating the nine default posts (schema version 2), perhaps letting
    office staff sign the office's documents, or no longer defining office staff."""
    document = v2_book("changji", effective_from)
    if not staff_defined:
        document = without_position(document, "office_staff")
    if staff_signs:
        document["issuers"]["office"]["sign"]["allowed"].append({"role": "office_staff"})
    return document


@pytest.mark.parametrize(
    ("version", "office_resets"),
    [
        # The same posts, stated: office staff are the office's to reset.
        (_changji_stating_the_posts("2021-01-01"), True),
        # A version taking effect years ahead lets staff sign: sensitive already now.
        (_changji_stating_the_posts("2099-01-01", staff_signs=True), False),
        # A version in force no longer defines the post: its holder keeps only the office
        # level's powers, and no version ever made it sensitive: the office still resets it.
        (_changji_stating_the_posts("2021-01-01", staff_defined=False), True),
    ],
    ids=["stated", "signs-later", "undefined"],
)
async def test_an_office_resets_a_post_no_rulebook_version_makes_sensitive(
    client: httpx.AsyncClient, books: World, version: dict[str, Any], office_resets: bool
) -> None:
    city = f"/v1/jurisdictions/{books.places['city_a'].id}"
    director = books.headers("city_a.office_director")
    published = await client.put(
        f"{city}/rulebook", json=version, headers={**director, "If-Match": "*"}
    )
    assert published.status_code == 201, published.text
    staff = _user_id(books, "city_a.office_staff")
    reset = await client.post(f"/v1/users/{staff}/password-reset", headers=director)
    assert reset.status_code == (200 if office_resets else 403), reset.text
    if not office_resets:
        assert "office_staff" in reset.json()["detail"]
        by_admin = await client.post(
            f"/v1/users/{staff}/password-reset", headers=books.headers("admin")
        )
        assert by_admin.status_code == 200, by_admin.text


async def test_the_rulebook_in_force_says_which_posts_need_an_administrators_reset_first(
    client: httpx.AsyncClient, world: World
) -> None:
    """Any leading-group post and any sensitive one (capabilities, or named in a signing rule),
    as the rulebook in force on the tenure's first day defines them (issue 18)."""
    document = v2_book("changji", "2020-01-01")
    document["positions"].update(
        office_secretary={"title_zh": "办公室秘书", "level": "office"},
        office_clerk={"title_zh": "办公室文书", "level": "office"},
        adviser={"title_zh": "顾问", "level": "leading_group"},
    )
    document["issuers"]["office"]["sign"]["allowed"].append({"role": "office_secretary"})
    await publish(client, world, "city_a", document, who="city_a.office_director")
    director = world.headers("city_a.office_director")
    created = await client.post(
        "/v1/users",
        json={
            "username": "city-a.newcomer",
            "display_name": "新人",
            "jurisdiction_id": str(world.places["city_a"].id),
        },
        headers=director,
    )
    assert created.status_code == 201, created.text
    newcomer = created.json()["id"]
    for role in ("office_secretary", "adviser"):
        refused = await _appoint(client, world, newcomer, role, "city_a.office_director")
        assert refused.status_code == 403, (role, refused.text)
        assert "password-reset" in refused.json()["detail"]
    given = await _appoint(client, world, newcomer, "office_clerk", "city_a.office_director")
    assert given.status_code == 201, given.text
