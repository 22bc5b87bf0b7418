"""OAuth 2.0 Token Exchange (RFC 8693) over HTTP: a portal with the act_as scope signs its
people in without their passwords, and CORS for browser portals."""

from __future__ import annotations

import time
from collections.abc import AsyncIterator
from types import SimpleNamespace
from typing import Any

import httpx
import pytest
from jose import jwt

from app import security
from app.db import Database
from app.main import create_app
from app.security import TokenService
from app.settings import Settings
from tests.api.test_audit_chain import chain_events, recomputed_hash
from tests.api.test_organisation import jurisdiction_url
from tests.conftest import ENGLISH
from tests.factories import World

TOKEN_URL = "/v1/auth/token"
EXCHANGE = "urn:ietf:params:oauth:grant-type:token-exchange"
ACCESS_TOKEN = "urn:ietf:params:oauth:token-type:access_token"
USERNAME = "urn:gaiban:params:oauth:token-type:username"
PORTAL_ORIGIN = "https://portal.example.gov.cn"


async def _register_client(
    client: httpx.AsyncClient, world: World, place: str, scopes: list[str]
) -> dict[str, Any]:
    created = await client.post(
        "/v1/clients",
        json={
            "name": f"{place} portal",
            "jurisdiction_id": str(world.places[place].id),
            "scopes": scopes,
        },
        headers=world.headers("admin"),
    )
    assert created.status_code == 201, created.text
    body: dict[str, Any] = created.json()
    return body


async def _client_token(client: httpx.AsyncClient, registered: dict[str, Any]) -> str:
    answer = await client.post(
        TOKEN_URL,
        data={
            "grant_type": "client_credentials",
            "client_id": registered["client_id"],
            "client_secret": registered["client_secret"],
        },
    )
    assert answer.status_code == 200, answer.text
    token: str = answer.json()["access_token"]
    return token


async def _exchange(
    client: httpx.AsyncClient, actor: str, username: str, /, **overrides: str | None
) -> httpx.Response:
    form: dict[str, str | None] = {
        "grant_type": EXCHANGE,
        "subject_token": username,
        "subject_token_type": USERNAME,
        "actor_token": actor,
        "actor_token_type": ACCESS_TOKEN,
        **overrides,
    }
    return await client.post(TOKEN_URL, data={k: v for k, v in form.items() if v is not None})


@pytest.fixture
async def portal(client: httpx.AsyncClient, world: World) -> dict[str, Any]:
    """city_a's portal: read, write and act_as; ``token`` its own access token."""
    registered = await _register_client(client, world, "city_a", ["read", "write", "act_as"])
    registered["token"] = await _client_token(client, registered)
    return registered


def _unverified(token: str) -> dict[str, Any]:
    claims: dict[str, Any] = jwt.get_unverified_claims(token)
    return claims


def _bearer(token: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {token}"}


def _refusal(answer: httpx.Response, status: int, error: str) -> None:
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert answer.json()["error"] == error
    assert "access_token" not in answer.json()


# --- success -------------------------------------------------------------------------------


async def test_a_portal_gets_a_short_lived_token_of_a_person_carrying_act(
    client: httpx.AsyncClient, world: World, portal: dict[str, Any], settings: Settings
) -> None:
    answer = await _exchange(client, portal["token"], "city-a.office_staff")
    assert answer.status_code == 200, answer.text
    body = answer.json()
    assert body["issued_token_type"] == ACCESS_TOKEN
    assert body["token_type"] == "Bearer"
    assert answer.headers["cache-control"] == "no-store"
    claims = _unverified(body["access_token"])
    assert claims["sub"] == f"user:{world.places['city_a'].user_ids['office_staff']}"
    assert claims["act"] == {"sub": f"client:{portal['id']}"}
    assert claims["exp"] - claims["iat"] == settings.token_exchange_ttl_seconds == 300
    assert body["expires_in"] == 300

    me = await client.get("/v1/me", headers=_bearer(body["access_token"]))
    assert me.status_code == 200, me.text
    assert me.json()["kind"] == "user"
    assert me.json()["id"] == str(world.places["city_a"].user_ids["office_staff"])
    assert me.json()["acting_client_id"] == portal["id"]
    assert [p["role"] for p in me.json()["positions"]] == ["office_staff"]


async def test_other_grants_answer_no_issued_token_type(
    client: httpx.AsyncClient, portal: dict[str, Any]
) -> None:
    answer = await client.post(
        TOKEN_URL,
        data={
            "grant_type": "client_credentials",
            "client_id": portal["client_id"],
            "client_secret": portal["client_secret"],
        },
    )
    assert "issued_token_type" not in answer.json()
    me = await client.get("/v1/me", headers=_bearer(answer.json()["access_token"]))
    assert me.json()["acting_client_id"] is None
    assert me.json()["scopes"] == ["act_as", "read", "write"]


async def test_an_act_done_with_the_token_is_audited_with_the_person_and_the_client(
    client: httpx.AsyncClient, world: World, portal: dict[str, Any]
) -> None:
    token = (await _exchange(client, portal["token"], "city-a.office_staff")).json()["access_token"]
    created = await client.post(
        jurisdiction_url(world, "city_a") + "/units",
        json={"code": "portal_made", "name": "门户所建单位", "kind": "department"},
        headers=_bearer(token),
    )
    assert created.status_code == 201, created.text

    events = await chain_events(client, world, "city_a")
    made = [e for e in events if e["entity_id"] == created.json()["id"]]
    assert len(made) == 1
    assert made[0]["actor_kind"] == "user"
    assert made[0]["actor_id"] == str(world.places["city_a"].user_ids["office_staff"])
    assert made[0]["acting_client_id"] == portal["id"]
    # An act done by the person themselves names no client.
    assert all(e["acting_client_id"] is None for e in events if e is not made[0])
    # The client is part of the hashed content, and the chain still verifies.
    assert recomputed_hash(made[0]) == made[0]["row_hash"]
    verified = await client.get(
        "/v1/audit-events/verify",
        params={"jurisdiction_id": str(world.places["city_a"].id)},
        headers=world.headers("admin"),
    )
    assert verified.status_code == 200, verified.text
    assert verified.json()["verified"] is True


async def test_the_token_has_the_persons_powers_not_the_clients(
    client: httpx.AsyncClient, world: World
) -> None:
    # A portal with act_as only (neither read nor write: it does not even see its jurisdiction):
    # acting as the office, it writes as the office; acting as a unit's liaison, it may not.
    registered = await _register_client(client, world, "city_a", ["act_as"])
    own = await _client_token(client, registered)
    unit = {"code": "x1", "name": "单位", "kind": "department"}
    url = jurisdiction_url(world, "city_a") + "/units"
    assert (await client.post(url, json=unit, headers=_bearer(own))).status_code == 404
    office = (await _exchange(client, own, "city-a.office_staff")).json()["access_token"]
    assert (await client.post(url, json=unit, headers=_bearer(office))).status_code == 201
    liaison = (await _exchange(client, own, "city-a.liaison")).json()["access_token"]
    unit["code"] = "x2"
    assert (await client.post(url, json=unit, headers=_bearer(liaison))).status_code == 403


# --- refusals --------------------------------------------------------------------------------


async def test_a_client_without_act_as_is_refused(client: httpx.AsyncClient, world: World) -> None:
    answer = await _exchange(client, world.token("city_a.client_write"), "city-a.office_staff")
    _refusal(answer, 400, "unauthorized_client")


async def test_a_person_of_another_jurisdiction_is_refused_descendants_included(
    client: httpx.AsyncClient, portal: dict[str, Any]
) -> None:
    for username in ("city-b.office_staff", "county-a1.office_staff"):
        _refusal(await _exchange(client, portal["token"], username), 400, "invalid_grant")


async def test_a_platform_administrator_is_refused_even_of_the_clients_jurisdiction(
    client: httpx.AsyncClient, world: World, portal: dict[str, Any], database: Database
) -> None:
    _refusal(await _exchange(client, portal["token"], "platform.admin"), 400, "invalid_grant")
    # An administrator whose account a jurisdiction manages is refused just the same.
    async with database.sessionmaker() as session, session.begin():
        from sqlalchemy import update

        from app.models import User

        await session.execute(
            update(User)
            .where(User.id == world.places["city_a"].user_ids["office_director"])
            .values(is_platform_admin=True)
        )
    answer = await _exchange(client, portal["token"], "city-a.office_director")
    _refusal(answer, 400, "invalid_grant")


async def test_an_unknown_or_disabled_person_is_refused_alike(
    client: httpx.AsyncClient, world: World, portal: dict[str, Any]
) -> None:
    unknown = await _exchange(client, portal["token"], "city-a.nobody-at-all")
    _refusal(unknown, 400, "invalid_grant")
    user_id = world.places["city_a"].user_ids["liaison"]
    read = await client.get(f"/v1/users/{user_id}", headers=world.headers("admin"))
    disabled = await client.patch(
        f"/v1/users/{user_id}",
        json={"is_active": False},
        headers={**world.headers("admin"), "If-Match": read.headers.get("etag", "*")},
    )
    assert disabled.status_code == 200, disabled.text
    answer = await _exchange(client, portal["token"], "city-a.liaison")
    _refusal(answer, 400, "invalid_grant")
    # One answer for every person it may not act for: nothing is learnt of other accounts.
    assert answer.json()["detail"] == unknown.json()["detail"]


async def test_an_exchanged_token_cannot_be_the_actor_of_another_exchange(
    client: httpx.AsyncClient, portal: dict[str, Any], token_service: TokenService
) -> None:
    exchanged = (await _exchange(client, portal["token"], "city-a.office_staff")).json()[
        "access_token"
    ]
    _refusal(await _exchange(client, exchanged, "city-a.leader"), 400, "invalid_grant")
    # A client token carrying act (however it was made) is refused as an actor too.
    nested, _ = token_service.issue(
        f"client:{portal['id']}", actor=f"client:{portal['id']}", actor_generation=0
    )
    _refusal(await _exchange(client, nested, "city-a.leader"), 400, "invalid_grant")


async def test_a_persons_token_is_no_actor_token(client: httpx.AsyncClient, world: World) -> None:
    answer = await _exchange(client, world.token("city_a.office_director"), "city-a.leader")
    _refusal(answer, 400, "invalid_grant")


@pytest.mark.parametrize(
    "overrides",
    [
        {"subject_token": None},
        {"actor_token": None},
        {"subject_token_type": None},
        {"subject_token_type": ACCESS_TOKEN},
        {"actor_token_type": USERNAME},
    ],
    ids=["no-subject", "no-actor", "no-subject-type", "subject-type-token", "actor-type-username"],
)
async def test_an_incomplete_exchange_is_an_invalid_request(
    client: httpx.AsyncClient, portal: dict[str, Any], overrides: dict[str, str | None]
) -> None:
    answer = await _exchange(client, portal["token"], "city-a.office_staff", **overrides)
    _refusal(answer, 400, "invalid_request")


async def test_another_requested_token_type_is_an_invalid_target(
    client: httpx.AsyncClient, portal: dict[str, Any]
) -> None:
    answer = await _exchange(
        client,
        portal["token"],
        "city-a.office_staff",
        requested_token_type="urn:ietf:params:oauth:token-type:refresh_token",
    )
    _refusal(answer, 400, "invalid_target")


async def test_a_forged_actor_token_is_refused(
    client: httpx.AsyncClient, portal: dict[str, Any]
) -> None:
    head, body, _ = portal["token"].split(".")
    _refusal(await _exchange(client, f"{head}.{body}.AAAA", "city-a.leader"), 400, "invalid_grant")


# --- lifetime and revocation ---------------------------------------------------------------


async def test_the_exchanged_token_expires_after_its_short_lifetime(
    client: httpx.AsyncClient, portal: dict[str, Any], monkeypatch: pytest.MonkeyPatch
) -> None:
    token = (await _exchange(client, portal["token"], "city-a.office_staff")).json()["access_token"]
    assert (await client.get("/v1/me", headers=_bearer(token))).status_code == 200
    later = time.time() + 301
    monkeypatch.setattr(security, "time", SimpleNamespace(time=lambda: later))
    expired = await client.get("/v1/me", headers=_bearer(token))
    assert expired.status_code == 401
    assert "expired" in expired.json()["detail"]


async def test_rotating_the_clients_secret_revokes_the_tokens_it_got_for_people(
    client: httpx.AsyncClient, world: World, portal: dict[str, Any]
) -> None:
    token = (await _exchange(client, portal["token"], "city-a.office_staff")).json()["access_token"]
    rotated = await client.post(
        f"/v1/clients/{portal['id']}/secret", headers=world.headers("admin")
    )
    assert rotated.status_code == 200, rotated.text
    refused = await client.get("/v1/me", headers=_bearer(token))
    assert refused.status_code == 401
    assert "exchange anew" in refused.json()["detail"]


@pytest.mark.parametrize(
    "change", [{"is_active": False}, {"scopes": ["read", "write"]}], ids=["disabled", "no-act_as"]
)
async def test_disabling_the_client_or_withdrawing_act_as_revokes_its_tokens_for_people(
    client: httpx.AsyncClient, world: World, portal: dict[str, Any], change: dict[str, Any]
) -> None:
    token = (await _exchange(client, portal["token"], "city-a.office_staff")).json()["access_token"]
    changed = await client.patch(
        f"/v1/clients/{portal['id']}", json=change, headers=world.headers("admin")
    )
    assert changed.status_code == 200, changed.text
    assert (await client.get("/v1/me", headers=_bearer(token))).status_code == 401


async def test_the_persons_revocation_revokes_the_exchanged_token(
    client: httpx.AsyncClient, world: World, portal: dict[str, Any]
) -> None:
    token = (await _exchange(client, portal["token"], "city-a.office_staff")).json()["access_token"]
    user_id = world.places["city_a"].user_ids["office_staff"]
    reset = await client.post(f"/v1/users/{user_id}/password-reset", headers=world.headers("admin"))
    assert reset.status_code in (200, 201), reset.text
    assert (await client.get("/v1/me", headers=_bearer(token))).status_code == 401


# --- CORS ------------------------------------------------------------------------------------


def _preflight(origin: str) -> dict[str, str]:
    return {
        "Origin": origin,
        "Access-Control-Request-Method": "POST",
        "Access-Control-Request-Headers": "authorization, content-type",
    }


@pytest.fixture
async def cors_client(
    settings: Settings, database: Database, token_service: TokenService
) -> AsyncIterator[httpx.AsyncClient]:
    configured = Settings.model_validate(
        {**settings.model_dump(), "cors_origins": f"{PORTAL_ORIGIN}, https://other.example"}
    )
    app = create_app(configured, database=database, token_service=token_service)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(
        headers=ENGLISH, transport=transport, base_url="http://testserver"
    ) as c:
        yield c


async def test_a_preflight_from_an_allowed_origin_is_answered(
    cors_client: httpx.AsyncClient,
) -> None:
    answer = await cors_client.options(TOKEN_URL, headers=_preflight(PORTAL_ORIGIN))
    assert answer.status_code == 200, answer.text
    assert answer.headers["access-control-allow-origin"] == PORTAL_ORIGIN
    assert "POST" in answer.headers["access-control-allow-methods"]
    assert "authorization" in answer.headers["access-control-allow-headers"].lower()
    # And the call itself carries the origin back.
    me = await cors_client.get("/healthz", headers={"Origin": PORTAL_ORIGIN})
    assert me.headers.get("access-control-allow-origin") == PORTAL_ORIGIN


async def test_a_preflight_from_an_origin_not_allowed_is_refused(
    cors_client: httpx.AsyncClient,
) -> None:
    answer = await cors_client.options(TOKEN_URL, headers=_preflight("https://evil.example"))
    assert answer.status_code == 400
    assert "access-control-allow-origin" not in answer.headers


async def test_without_configuration_no_origin_is_allowed(client: httpx.AsyncClient) -> None:
    answer = await client.options(TOKEN_URL, headers=_preflight(PORTAL_ORIGIN))
    assert "access-control-allow-origin" not in answer.headers
    assert answer.status_code in (404, 405)
    plain = await client.get("/healthz", headers={"Origin": PORTAL_ORIGIN})
    assert "access-control-allow-origin" not in plain.headers


@pytest.mark.parametrize("origins", ["*", "https://portal.example/path", "portal.example"])
def test_an_origin_list_that_is_not_origins_is_refused_at_start(
    settings: Settings, origins: str
) -> None:
    with pytest.raises(ValueError, match="GAIBAN_CORS_ORIGINS"):
        Settings.model_validate({**settings.model_dump(), "cors_origins": origins})


def test_no_cors_origins_by_default() -> None:
    assert Settings.model_fields["cors_origins"].default_factory() == []  # type: ignore[misc,call-arg]


def _signed(token_service: TokenService, claims: dict[str, Any]) -> str:
    key = token_service.signing_key
    return jwt.encode(claims, key.private_pem, algorithm="ES256", headers={"kid": key.kid})


@pytest.mark.parametrize(
    "act",
    [
        {"act": {"sub": "client:{client}", "act": {"sub": "client:{client}"}}, "act_gen": 0},
        {"act": {"sub": "client:{client}"}},
        {"act": "client:{client}", "act_gen": 0},
        {"act_gen": 0},
    ],
    ids=["nested-act", "no-act_gen", "act-not-an-object", "act_gen-alone"],
)
async def test_a_token_with_an_act_claim_not_issued_here_is_refused(
    client: httpx.AsyncClient,
    world: World,
    portal: dict[str, Any],
    token_service: TokenService,
    act: dict[str, Any],
) -> None:
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": token_service.issuer,
        "aud": token_service.audience,
        "sub": f"user:{world.places['city_a'].user_ids['office_staff']}",
        "iat": now,
        "exp": now + 60,
        "gen": 0,
    }
    for name, value in act.items():
        claims[name] = _with_client(value, portal["id"])
    refused = await client.get("/v1/me", headers=_bearer(_signed(token_service, claims)))
    assert refused.status_code == 401, refused.text


def _with_client(value: Any, client_id: str) -> Any:
    """``value`` with the portal's id in place of ``{client}``."""
    if isinstance(value, str):
        return value.replace("{client}", client_id)
    if isinstance(value, dict):
        return {k: _with_client(v, client_id) for k, v in value.items()}
    return value


# --- who grants act_as, and what an exchanged token may not do ------------------------------


async def test_only_a_platform_administrator_grants_act_as(
    client: httpx.AsyncClient, world: World
) -> None:
    # With act_as a client acts as any person of its jurisdiction, the leader included, whose
    # password the office may not even reset: the office director may not hand it out.
    director = world.headers("city_a.office_director")
    city = str(world.places["city_a"].id)
    refused = await client.post(
        "/v1/clients",
        json={"name": "portal", "jurisdiction_id": city, "scopes": ["read", "act_as"]},
        headers=director,
    )
    assert refused.status_code == 403, refused.text
    assert "act_as" in refused.json()["detail"]
    created = await client.post(
        "/v1/clients",
        json={"name": "portal", "jurisdiction_id": city, "scopes": ["read"]},
        headers=director,
    )
    assert created.status_code == 201, created.text
    url = f"/v1/clients/{created.json()['id']}"
    widened = await client.patch(url, json={"scopes": ["read", "act_as"]}, headers=director)
    assert widened.status_code == 403, widened.text
    granted = await client.patch(
        url, json={"scopes": ["read", "act_as"]}, headers=world.headers("admin")
    )
    assert granted.status_code == 200, granted.text
    # Once granted, the director may still change the rest, or withdraw it.
    renamed = await client.patch(
        url, json={"scopes": ["read", "write", "act_as"]}, headers=director
    )
    assert renamed.status_code == 200, renamed.text
    withdrawn = await client.patch(url, json={"scopes": ["read"]}, headers=director)
    assert withdrawn.status_code == 200, withdrawn.text


async def test_an_exchanged_token_creates_no_feed_token(
    client: httpx.AsyncClient, portal: dict[str, Any]
) -> None:
    answer = await _exchange(client, portal["token"], "city-a.office_staff")
    token = answer.json()["access_token"]
    made = await client.post(
        "/v1/me/feed-tokens", json={"label": "calendar"}, headers=_bearer(token)
    )
    assert made.status_code == 403, made.text
