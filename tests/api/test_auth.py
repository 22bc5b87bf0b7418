"""The authentication layer over HTTP: the token endpoint, JWKS, and the refusal of bad tokens."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import re
import time
import uuid
from collections.abc import Callable
from typing import Any
from urllib.parse import quote_plus

import httpx
import pytest
from cryptography.hazmat.primitives import serialization
from fastapi import FastAPI
from fastapi.routing import APIRoute, iter_route_contexts
from jose import jwt

from app.db import Database
from app.domain.access import ClientScope
from app.domain.positions import DEFAULT_POSITIONS
from app.rulebooks import shipped_document
from app.schemas.clients import ClientCreate
from app.security import SigningKey, TokenService, generate_private_pem, signing_key_from_pem
from app.services import clients as clients_service
from tests.conftest import TEST_AUDIENCE, TEST_ISSUER
from tests.factories import PASSWORD, World

PROBLEM = "application/problem+json"
TOKEN_URL = "/v1/auth/token"
OTHER_KEY = signing_key_from_pem(generate_private_pem())


# --- crafting tokens ---------------------------------------------------------------------


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _segment(value: Any) -> str:
    return _b64url(json.dumps(value, separators=(",", ":")).encode())


def _claims(subject: str, /, **overrides: Any) -> dict[str, Any]:
    """Valid claims; an override of None removes the claim."""
    now = int(time.time())
    claims: dict[str, Any] = {
        "iss": TEST_ISSUER,
        "aud": TEST_AUDIENCE,
        "sub": subject,
        "iat": now,
        "exp": now + 900,
        "gen": 0,
    }
    for name, value in overrides.items():
        if value is None:
            claims.pop(name)
        else:
            claims[name] = value
    return claims


def _es256(claims: dict[str, Any], key: SigningKey, *, kid: str | None = None) -> str:
    return jwt.encode(
        claims, key.private_pem, algorithm="ES256", headers={"kid": kid or key.kid, "typ": "JWT"}
    )


def _hs256(claims: dict[str, Any], secret: bytes, kid: str) -> str:
    """HMAC made by hand, so no library can refuse to make it."""
    signing_input = _segment({"alg": "HS256", "typ": "JWT", "kid": kid}) + "." + _segment(claims)
    signature = hmac.new(secret, signing_input.encode(), hashlib.sha256).digest()
    return signing_input + "." + _b64url(signature)


def _public_der(key: SigningKey) -> bytes:
    public = serialization.load_pem_public_key(key.public_pem.encode())
    return public.public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    )


Craft = Callable[[TokenService, str], str]


def _alg_none(tokens: TokenService, sub: str) -> str:
    header = {"alg": "none", "typ": "JWT", "kid": tokens.signing_key.kid}
    return _segment(header) + "." + _segment(_claims(sub)) + "."


def _alg_none_capitalised(tokens: TokenService, sub: str) -> str:
    header = {"alg": "None", "typ": "JWT", "kid": tokens.signing_key.kid}
    return _segment(header) + "." + _segment(_claims(sub)) + "."


def _signature_stripped(tokens: TokenService, sub: str) -> str:
    valid = _es256(_claims(sub), tokens.signing_key)
    return valid.rsplit(".", 1)[0] + "."


def _payload_swapped(tokens: TokenService, sub: str) -> str:
    valid = _es256(_claims(sub), tokens.signing_key)
    header, _, signature = valid.split(".")
    forged = _claims(sub, exp=int(time.time()) + 10 * 365 * 86400)
    return f"{header}.{_segment(forged)}.{signature}"


def _embedded_jwk(tokens: TokenService, sub: str) -> str:
    # The key rides in the header (RFC 7515 jwk); it must never be trusted.
    return jwt.encode(
        _claims(sub),
        OTHER_KEY.private_pem,
        algorithm="ES256",
        headers={"kid": OTHER_KEY.kid, "jwk": OTHER_KEY.public_jwk},
    )


def _deeply_nested_header(tokens: TokenService, sub: str) -> str:
    return _b64url(b"[" * 5000) + "." + _segment(_claims(sub)) + ".c2ln"


ATTACKS: list[tuple[str, Craft, str]] = [
    ("alg-none", _alg_none, "only ES256"),
    ("alg-None", _alg_none_capitalised, "only ES256"),
    (
        "hs256-keyed-with-public-pem",
        lambda t, s: _hs256(_claims(s), t.signing_key.public_pem.encode(), t.signing_key.kid),
        "only ES256",
    ),
    (
        "hs256-keyed-with-public-der",
        lambda t, s: _hs256(_claims(s), _public_der(t.signing_key), t.signing_key.kid),
        "only ES256",
    ),
    (
        "wrong-aud",
        lambda t, s: _es256(_claims(s, aud="another-api"), t.signing_key),
        "not for this service",
    ),
    (
        "aud-list",
        lambda t, s: _es256(_claims(s, aud=["another-api"]), t.signing_key),
        "not for this service",
    ),
    (
        "wrong-iss",
        lambda t, s: _es256(_claims(s, iss="someone-else"), t.signing_key),
        "not issued by this service",
    ),
    (
        "expired",
        lambda t, s: _es256(
            _claims(s, iat=int(time.time()) - 1000, exp=int(time.time()) - 100), t.signing_key
        ),
        "expired",
    ),
    ("missing-exp", lambda t, s: _es256(_claims(s, exp=None), t.signing_key), "lacks"),
    ("missing-iat", lambda t, s: _es256(_claims(s, iat=None), t.signing_key), "lacks"),
    ("missing-sub", lambda t, s: _es256(_claims(s, sub=None), t.signing_key), "lacks"),
    ("missing-aud", lambda t, s: _es256(_claims(s, aud=None), t.signing_key), "lacks"),
    ("missing-iss", lambda t, s: _es256(_claims(s, iss=None), t.signing_key), "lacks"),
    (
        "future-iat",
        lambda t, s: _es256(_claims(s, iat=int(time.time()) + 60), t.signing_key),
        "issued in the future",
    ),
    ("iat-not-a-number", lambda t, s: _es256(_claims(s, iat=[1]), t.signing_key), "wrong types"),
    (
        "exp-not-a-number",
        lambda t, s: _es256(_claims(s, exp="never"), t.signing_key),
        "wrong types",
    ),
    (
        "unknown-kid",
        lambda t, s: _es256(_claims(s), t.signing_key, kid="no-such-key"),
        "not signed by a known key",
    ),
    (
        "other-key-with-service-kid",
        lambda t, s: _es256(_claims(s), OTHER_KEY, kid=t.signing_key.kid),
        "signature",
    ),
    (
        "other-key-with-own-kid",
        lambda t, s: _es256(_claims(s), OTHER_KEY),
        "not signed by a known key",
    ),
    ("embedded-jwk", _embedded_jwk, "not signed by a known key"),
    ("signature-stripped", _signature_stripped, "signature"),
    ("payload-swapped", _payload_swapped, "signature"),
    (
        "subject-unknown",
        lambda t, s: _es256(_claims(f"user:{uuid.uuid4()}"), t.signing_key),
        "unknown or disabled",
    ),
    (
        "subject-not-a-uuid",
        lambda t, s: _es256(_claims("user:admin"), t.signing_key),
        "unknown subject",
    ),
    (
        "subject-of-unknown-kind",
        lambda t, s: _es256(_claims("robot:" + s.partition(":")[2]), t.signing_key),
        "unknown or disabled",
    ),
    ("garbage-abc", lambda t, s: "abc", "malformed"),
    ("garbage-a.b.c", lambda t, s: "a.b.c", "malformed"),
    ("garbage-four-segments", lambda t, s: "a.b.c.d", "malformed"),
    ("garbage-nested-header", _deeply_nested_header, "malformed"),
]


def test_hs256_attack_with_the_public_der_key_is_genuine(token_service: TokenService) -> None:
    # The crafted token would fool python-jose itself if HS256 were allowed: the refusal in the
    # matrix below is the service's doing, not a malformed test token.
    der = _public_der(token_service.signing_key)
    token = _hs256(_claims("user:x"), der, token_service.signing_key.kid)
    claims = jwt.decode(
        token, der, algorithms=["ES256", "HS256"], audience=TEST_AUDIENCE, issuer=TEST_ISSUER
    )
    assert claims["sub"] == "user:x"


def _assert_refused(response: httpx.Response, *, error: str | None = "invalid_token") -> None:
    assert response.status_code == 401, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body = response.json()
    assert body["status"] == 401
    challenge = response.headers["www-authenticate"]
    assert challenge.startswith("Bearer ")
    if error is None:
        assert "error=" not in challenge
    else:
        assert f'error="{error}"' in challenge


# --- refusing bad tokens -----------------------------------------------------------------


async def test_crafted_token_with_valid_claims_is_accepted(
    client: httpx.AsyncClient, world: World, token_service: TokenService
) -> None:
    # The control for the attack matrix: the same recipe, unaltered, must work.
    sub = f"user:{world.admin_id}"
    response = await client.get(
        "/v1/me",
        headers={"Authorization": f"Bearer {_es256(_claims(sub), token_service.signing_key)}"},
    )
    assert response.status_code == 200, response.text
    assert response.json()["id"] == str(world.admin_id)


@pytest.mark.parametrize(("name", "craft", "reason"), ATTACKS, ids=[a[0] for a in ATTACKS])
async def test_bad_token_is_refused_with_a_bearer_challenge(
    client: httpx.AsyncClient,
    world: World,
    token_service: TokenService,
    name: str,
    craft: Craft,
    reason: str,
) -> None:
    token = craft(token_service, f"user:{world.admin_id}")
    response = await client.get("/v1/me", headers={"Authorization": f"Bearer {token}"})
    _assert_refused(response)
    # refused for the reason the case is about, not by accident of how it was made
    assert reason in response.json()["detail"]
    assert reason in response.headers["www-authenticate"]


async def test_iat_in_the_future_within_the_leeway_is_accepted(
    client: httpx.AsyncClient, world: World, token_service: TokenService
) -> None:
    claims = _claims(f"user:{world.admin_id}", iat=int(time.time()) + 20)
    token = _es256(claims, token_service.signing_key)
    response = await client.get("/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert response.status_code == 200, response.text


@pytest.mark.parametrize(
    "authorization",
    ["Bearer ", "Bearer", "Basic eHh4Onl5eQ==", "Token abc", "bearer"],
    ids=["bearer-empty", "bearer-alone", "basic", "other-scheme", "lowercase-bearer-alone"],
)
async def test_request_without_a_bearer_token_is_refused_without_error_code(
    client: httpx.AsyncClient, world: World, authorization: str
) -> None:
    response = await client.get("/v1/me", headers={"Authorization": authorization})
    _assert_refused(response, error=None)


async def test_request_without_authorization_is_refused_without_error_code(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/v1/me")
    _assert_refused(response, error=None)


async def test_token_of_a_disabled_user_stops_working(
    client: httpx.AsyncClient, world: World
) -> None:
    user_id = world.places["city_a"].user_ids["office_staff"]
    headers = world.headers("city_a.office_staff")
    assert (await client.get("/v1/me", headers=headers)).status_code == 200

    response = await client.patch(
        f"/v1/users/{user_id}", json={"is_active": False}, headers=world.headers("admin")
    )
    assert response.status_code == 200, response.text

    _assert_refused(await client.get("/v1/me", headers=headers))


async def test_token_of_a_disabled_client_stops_working(
    client: httpx.AsyncClient, world: World
) -> None:
    client_pk = world.places["city_a"].client_ids["client_read"]
    headers = world.headers("city_a.client_read")
    me = await client.get("/v1/me", headers=headers)
    assert me.status_code == 200
    assert me.json()["kind"] == "client"

    response = await client.patch(
        f"/v1/clients/{client_pk}", json={"is_active": False}, headers=world.headers("admin")
    )
    assert response.status_code == 200, response.text

    _assert_refused(await client.get("/v1/me", headers=headers))


# --- the token endpoint ------------------------------------------------------------------


async def _password_token(
    client: httpx.AsyncClient, username: str, password: str
) -> httpx.Response:
    return await client.post(
        TOKEN_URL, data={"grant_type": "password", "username": username, "password": password}
    )


async def test_password_grant_issues_a_working_es256_token(
    client: httpx.AsyncClient, world: World, token_service: TokenService
) -> None:
    response = await _password_token(client, "city-a.office_director", PASSWORD)
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 900
    token = body["access_token"]

    jwks = (await client.get("/.well-known/jwks.json")).json()
    header = jwt.get_unverified_header(token)
    assert header["alg"] == "ES256"
    assert header["kid"] == jwks["keys"][0]["kid"] == token_service.signing_key.kid

    claims = jwt.get_unverified_claims(token)
    assert {"iss", "aud", "sub", "iat", "exp"} <= set(claims)
    assert claims["iss"] == TEST_ISSUER
    assert claims["aud"] == TEST_AUDIENCE
    assert claims["exp"] - claims["iat"] == 900
    assert abs(claims["iat"] - time.time()) < 30
    director_id = world.places["city_a"].user_ids["office_director"]
    assert claims["sub"] == f"user:{director_id}"

    me = await client.get("/v1/me", headers={"Authorization": f"Bearer {token}"})
    assert me.status_code == 200, me.text
    assert me.json()["id"] == str(director_id)
    assert me.json()["kind"] == "user"


async def test_me_shows_each_post_as_the_rulebook_in_force_defines_it(
    client: httpx.AsyncClient, books: World
) -> None:
    """Each post with its level, and its title and whether it is defined in the rulebook in force
    today: once a version no longer defines office_staff, its holder's post is shown undefined,
    keeps the office's powers (it still manages the organisation) and has no title."""
    liaison = (await client.get("/v1/me", headers=books.headers("city_a.liaison"))).json()
    ((post),) = liaison["positions"]
    assert (post["role"], post["level"], post["title_zh"], post["defined"]) == (
        "liaison_officer",
        "member_unit",
        "联络员",
        True,
    )
    assert post["unit_id"] is not None
    positions = {
        key: {
            "title_zh": d.title_zh,
            "level": d.level.value,
            "capabilities": sorted(d.capabilities),
        }
        | ({"counts_as_member": True} if d.counts_as_member else {})
        for key, d in DEFAULT_POSITIONS.items()
        if key != "office_staff"
    }
    document = {
        **shipped_document("changji"),
        "schema_version": 2,
        "effective_from": "2021-01-01",
        "positions": positions,
    }
    city = f"/v1/jurisdictions/{books.places['city_a'].id}"
    director = books.headers("city_a.office_director")
    published = await client.put(
        f"{city}/rulebook", json=document, headers={**director, "If-Match": "*"}
    )
    assert published.status_code == 201, published.text
    staff = books.headers("city_a.office_staff")
    ((post),) = (await client.get("/v1/me", headers=staff)).json()["positions"]
    assert (post["role"], post["level"], post["title_zh"], post["defined"]) == (
        "office_staff",
        "office",
        None,
        False,
    )
    created = await client.post(
        f"{city}/units", json={"code": "still", "name": "仍可管理局"}, headers=staff
    )
    assert created.status_code == 201, created.text


async def test_jwks_is_public_and_its_key_verifies_issued_tokens(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await client.get("/.well-known/jwks.json")
    assert response.status_code == 200, response.text
    keys = response.json()["keys"]
    assert len(keys) == 1
    jwk = keys[0]
    assert jwk["kty"] == "EC"
    assert jwk["crv"] == "P-256"
    assert jwk["alg"] == "ES256"
    assert jwk["kid"]
    assert "d" not in jwk  # no private part

    token = (await _password_token(client, "city-a.office_director", PASSWORD)).json()[
        "access_token"
    ]
    claims = jwt.decode(
        token, jwk, algorithms=["ES256"], audience=TEST_AUDIENCE, issuer=TEST_ISSUER
    )
    assert claims["sub"].startswith("user:")
    # and the same JWK does not verify a token made with another key
    with pytest.raises(jwt.JWTError):
        jwt.decode(
            _es256(_claims(claims["sub"]), OTHER_KEY, kid=jwk["kid"]),
            jwk,
            algorithms=["ES256"],
            audience=TEST_AUDIENCE,
            issuer=TEST_ISSUER,
        )


def _assert_grant_problem(response: httpx.Response, status: int, error: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["error"] == error
    assert "access_token" not in body
    return body


async def test_wrong_password_is_invalid_grant(client: httpx.AsyncClient, world: World) -> None:
    response = await _password_token(client, "city-a.office_director", PASSWORD + "!")
    _assert_grant_problem(response, 400, "invalid_grant")


async def test_unknown_user_gets_the_same_answer_as_a_wrong_password(
    client: httpx.AsyncClient, world: World
) -> None:
    wrong = await _password_token(client, "city-a.office_director", "not the password")
    unknown = await _password_token(client, "city-a.nobody-at-all", "not the password")
    wrong_body = _assert_grant_problem(wrong, 400, "invalid_grant")
    unknown_body = _assert_grant_problem(unknown, 400, "invalid_grant")
    assert unknown_body["detail"] == wrong_body["detail"]
    assert unknown_body["title"] == wrong_body["title"]


async def test_disabled_user_cannot_get_a_token(client: httpx.AsyncClient, world: World) -> None:
    user_id = world.places["city_a"].user_ids["office_staff"]
    assert (await _password_token(client, "city-a.office_staff", PASSWORD)).status_code == 200
    response = await client.patch(
        f"/v1/users/{user_id}", json={"is_active": False}, headers=world.headers("admin")
    )
    assert response.status_code == 200, response.text

    refused = await _password_token(client, "city-a.office_staff", PASSWORD)
    body = _assert_grant_problem(refused, 400, "invalid_grant")
    wrong = await _password_token(client, "city-a.office_director", "not the password")
    assert body["detail"] == wrong.json()["detail"]  # does not reveal that the account exists


async def test_unsupported_grant_type_is_refused(client: httpx.AsyncClient, world: World) -> None:
    response = await client.post(
        TOKEN_URL, data={"grant_type": "authorization_code", "code": "xyz"}
    )
    _assert_grant_problem(response, 400, "unsupported_grant_type")


@pytest.mark.parametrize(
    "data",
    [
        {"grant_type": "password", "username": "city-a.office_director"},
        {"grant_type": "password", "password": PASSWORD},
        {"grant_type": "password", "username": "", "password": PASSWORD},
        {"grant_type": "client_credentials", "client_id": "city-a-client_read"},
        {"grant_type": "client_credentials"},
    ],
    ids=["no-password", "no-username", "empty-username", "no-secret", "no-client"],
)
async def test_grant_with_missing_fields_is_invalid_request(
    client: httpx.AsyncClient, world: World, data: dict[str, str]
) -> None:
    _assert_grant_problem(await client.post(TOKEN_URL, data=data), 400, "invalid_request")


async def test_request_without_grant_type_is_refused(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await client.post(
        TOKEN_URL, data={"username": "city-a.office_director", "password": PASSWORD}
    )
    assert response.status_code in (400, 422), response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    assert "access_token" not in response.json()


def _basic(client_id: str, secret: str) -> dict[str, str]:
    # RFC 6749 §2.3.1: each part form-urlencoded, then joined by ':' and base64-encoded.
    raw = f"{quote_plus(client_id)}:{quote_plus(secret)}".encode()
    return {"Authorization": "Basic " + base64.b64encode(raw).decode()}


async def _assert_client_token_works(
    client: httpx.AsyncClient, response: httpx.Response, client_pk: uuid.UUID
) -> None:
    assert response.status_code == 200, response.text
    assert response.headers["cache-control"] == "no-store"
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 900
    me = await client.get("/v1/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200, me.text
    assert me.json()["kind"] == "client"
    assert me.json()["id"] == str(client_pk)
    assert me.json()["scopes"] == ["read"]


async def test_client_credentials_in_the_form_issue_a_working_token(
    client: httpx.AsyncClient, world: World
) -> None:
    place = world.places["city_a"]
    response = await client.post(
        TOKEN_URL,
        data={
            "grant_type": "client_credentials",
            "client_id": "city-a-client_read",
            "client_secret": place.client_secrets["client_read"],
        },
    )
    await _assert_client_token_works(client, response, place.client_ids["client_read"])


async def test_client_credentials_in_http_basic_issue_a_working_token(
    client: httpx.AsyncClient, world: World
) -> None:
    place = world.places["city_a"]
    response = await client.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials"},
        headers=_basic("city-a-client_read", place.client_secrets["client_read"]),
    )
    await _assert_client_token_works(client, response, place.client_ids["client_read"])


async def test_http_basic_credentials_are_form_urldecoded(
    client: httpx.AsyncClient, world: World, database: Database
) -> None:
    client_id, secret = "ops client+1", "s3cret: with+plus & space"
    async with database.sessionmaker() as session, session.begin():
        created = await clients_service.create(
            session,
            None,
            ClientCreate(
                name="ops", jurisdiction_id=world.places["city_a"].id, scopes=[ClientScope.read]
            ),
            client_id=client_id,
            secret=secret,
        )
    response = await client.post(
        TOKEN_URL, data={"grant_type": "client_credentials"}, headers=_basic(client_id, secret)
    )
    await _assert_client_token_works(client, response, created.id)


def _assert_invalid_client(response: httpx.Response) -> dict[str, Any]:
    body = _assert_grant_problem(response, 401, "invalid_client")
    assert response.headers["www-authenticate"]
    return body


async def test_wrong_client_secret_is_invalid_client(
    client: httpx.AsyncClient, world: World
) -> None:
    secret = world.places["city_a"].client_secrets["client_read"]
    in_form = await client.post(
        TOKEN_URL,
        data={
            "grant_type": "client_credentials",
            "client_id": "city-a-client_read",
            "client_secret": secret + "x",
        },
    )
    in_basic = await client.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials"},
        headers=_basic("city-a-client_read", secret[:-1]),
    )
    unknown = await client.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials"},
        headers=_basic("no-such-client", secret),
    )
    details = {_assert_invalid_client(r)["detail"] for r in (in_form, in_basic, unknown)}
    assert len(details) == 1
    assert in_basic.headers["www-authenticate"].startswith("Basic")


async def test_client_secret_in_both_basic_and_form_is_invalid_request(
    client: httpx.AsyncClient, world: World
) -> None:
    # RFC 6749 §2.3: one client authentication method per request.
    secret = world.places["city_a"].client_secrets["client_read"]
    response = await client.post(
        TOKEN_URL,
        data={
            "grant_type": "client_credentials",
            "client_id": "city-a-client_read",
            "client_secret": secret,
        },
        headers=_basic("city-a-client_read", secret),
    )
    _assert_grant_problem(response, 400, "invalid_request")


async def test_another_clients_secret_is_invalid_client(
    client: httpx.AsyncClient, world: World
) -> None:
    other_secret = world.places["city_a"].client_secrets["client_write"]
    response = await client.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials"},
        headers=_basic("city-a-client_read", other_secret),
    )
    _assert_invalid_client(response)


@pytest.mark.parametrize(
    "authorization",
    ["Basic !!!not-base64!!!", "Basic " + base64.b64encode(b"no-colon").decode()],
    ids=["not-base64", "no-colon"],
)
async def test_malformed_http_basic_is_invalid_client(
    client: httpx.AsyncClient, world: World, authorization: str
) -> None:
    response = await client.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials"},
        headers={"Authorization": authorization},
    )
    _assert_invalid_client(response)


async def test_disabled_client_cannot_get_a_token(client: httpx.AsyncClient, world: World) -> None:
    place = world.places["city_a"]
    credentials = _basic("city-a-client_read", place.client_secrets["client_read"])
    data = {"grant_type": "client_credentials"}
    assert (await client.post(TOKEN_URL, data=data, headers=credentials)).status_code == 200
    response = await client.patch(
        f"/v1/clients/{place.client_ids['client_read']}",
        json={"is_active": False},
        headers=world.headers("admin"),
    )
    assert response.status_code == 200, response.text

    _assert_invalid_client(await client.post(TOKEN_URL, data=data, headers=credentials))


async def test_user_password_does_not_work_as_a_client_secret(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await client.post(
        TOKEN_URL,
        data={"grant_type": "client_credentials"},
        headers=_basic("city-a.office_director", PASSWORD),
    )
    _assert_invalid_client(response)


# --- every route is authenticated --------------------------------------------------------

PUBLIC_PATHS = {
    "/healthz",
    "/readyz",
    "/v1/auth/token",
    "/v1/auth/password-setup",
    "/.well-known/jwks.json",
    "/docs",
    "/openapi.json",
    "/docs/oauth2-redirect",
    "/docs/assets",  # Swagger UI's files (app/docs.py)
    "/redoc",  # a redirect to /docs
    # The progress board signs people in with its own cookie, never a bearer token: without
    # one its page redirects to the sign-in form (tests/api/test_board.py proves each).
    "/board/",
    "/board/login",
    "/board/logout",
    "/board/static",
}
# Anonymous by design: what the office published (E-PUB-1 / C-PUB-1); tests/api/
# test_publications.py walks every route under it and finds nothing that was not published.
PUBLIC_PREFIXES = ("/v1/public/",)


def _protected_calls(app: FastAPI) -> list[tuple[str, str]]:
    """(method, path) of every route not listed as public, path parameters filled in."""
    calls = []
    seen_public = set()
    # app.routes holds included routers unexpanded; iter_route_contexts yields their routes with
    # the full path.
    for context in iter_route_contexts(app.routes):
        path = context.path or ""
        if path in PUBLIC_PATHS:
            seen_public.add(path)
            continue
        if path.startswith(PUBLIC_PREFIXES):
            seen_public.add(next(p for p in PUBLIC_PREFIXES if path.startswith(p)))
            continue
        route = context.original_route
        assert isinstance(route, APIRoute), f"{path} is not an API route and not listed as public"
        concrete = re.sub(r"\{[^}/]+\}", lambda _: str(uuid.uuid4()), path)
        calls.extend((method, concrete) for method in sorted(context.methods or ()))
    # The lists of public routes are not stale.
    assert seen_public == PUBLIC_PATHS | set(PUBLIC_PREFIXES)
    return calls


async def test_every_route_but_the_public_ones_needs_a_token(
    client: httpx.AsyncClient, app: FastAPI
) -> None:
    calls = _protected_calls(app)
    assert len(calls) > 10  # the app's routes were found
    assert ("GET", "/v1/me") in calls
    answered = {}
    for method, path in calls:
        response = await client.request(method, path)
        answered[f"{method} {path}"] = response.status_code
        if response.status_code == 401:
            assert response.headers["www-authenticate"].startswith("Bearer")
            assert response.headers["content-type"].startswith(PROBLEM)
    assert {call: status for call, status in answered.items() if status != 401} == {}


async def test_every_route_but_the_public_ones_refuses_a_bad_token(
    client: httpx.AsyncClient, app: FastAPI, token_service: TokenService
) -> None:
    token = _es256(_claims(f"user:{uuid.uuid4()}", aud="another-api"), token_service.signing_key)
    refused = {}
    for method, path in _protected_calls(app):
        response = await client.request(method, path, headers={"Authorization": f"Bearer {token}"})
        refused[f"{method} {path}"] = response.status_code
    assert {call: status for call, status in refused.items() if status != 401} == {}


async def test_public_routes_answer_without_a_token(client: httpx.AsyncClient) -> None:
    for path in ("/healthz", "/readyz", "/.well-known/jwks.json", "/openapi.json", "/docs"):
        response = await client.get(path)
        assert response.status_code == 200, (path, response.text)


async def test_me_names_the_person_as_signatures_do(
    client: httpx.AsyncClient, world: World
) -> None:
    director = world.headers("city_a.office_director")
    me = (await client.get("/v1/me", headers=director)).json()
    account = (await client.get(f"/v1/users/{me['id']}", headers=director)).json()
    assert me["name"] == account["username"]
    assert me["display_name"] == account["display_name"] != account["username"]
