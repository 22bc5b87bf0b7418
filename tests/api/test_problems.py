"""Every error the service answers is one RFC 9457 problem (application/problem+json)."""

from __future__ import annotations

import base64
import hashlib
import logging
import uuid
from collections.abc import AsyncIterator
from html.parser import HTMLParser
from typing import Any

import httpx
import pytest
from fastapi import FastAPI
from sqlalchemy import text

from app.db import Database, Session
from app.main import create_app
from app.middleware import JsonLogFormatter
from app.security import TokenService
from app.settings import Settings
from tests.conftest import ENGLISH
from tests.factories import World

PROBLEM = "application/problem+json"
LIMIT = 64 * 1024  # settings.max_request_bytes in the test settings


def assert_problem(response: httpx.Response, status: int) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith(PROBLEM)
    body: dict[str, Any] = response.json()
    for key in ("type", "title", "status", "detail", "instance"):
        assert body.get(key), f"problem lacks {key}: {body}"
    assert body["status"] == status
    assert body["type"].startswith("urn:gaiban:problem:")
    request_id = response.headers["x-request-id"]
    assert body["instance"].endswith(request_id), (body["instance"], request_id)
    return body


def units_url(world: World, place: str = "city_a") -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/units"


def test_the_test_app_uses_a_64_kib_body_limit(app: FastAPI) -> None:
    assert app.state.settings.max_request_bytes == LIMIT


async def test_unknown_path_is_a_404_problem(client: httpx.AsyncClient) -> None:
    body = assert_problem(await client.get("/no/such/thing"), 404)
    assert body["type"] == "urn:gaiban:problem:not-found"


async def test_unsupported_method_is_a_405_problem_with_allow(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await client.delete(
        f"/v1/jurisdictions/{world.places['city_a'].id}", headers=world.headers("admin")
    )
    body = assert_problem(response, 405)
    assert body["type"] == "urn:gaiban:problem:method-not-allowed"
    assert "GET" in response.headers["allow"]


@pytest.mark.parametrize(
    ("path", "taken"),
    [("/v1/users", {"GET", "POST"}), (f"/v1/users/{uuid.uuid4()}", {"GET", "PATCH"})],
    ids=["collection", "item"],
)
async def test_a_405_allows_every_method_the_path_takes(
    client: httpx.AsyncClient, world: World, path: str, taken: set[str]
) -> None:
    # One route per method: the router answered from the first whose path matched (GET only).
    response = await client.delete(path, headers=world.headers("admin"))
    assert_problem(response, 405)
    assert set(response.headers["allow"].split(", ")) == taken


@pytest.mark.parametrize(
    ("asked", "location"),
    [("/v1/me/", "/v1/me"), ("/v1/users/?limit=2", "/v1/users?limit=2")],
)
async def test_the_other_slash_redirect_does_not_reflect_the_host(
    client: httpx.AsyncClient, asked: str, location: str
) -> None:
    response = await client.get(asked, headers={"Host": "evil.example"})
    assert response.status_code == 307
    assert response.headers["location"] == location  # relative: the caller's own host
    assert "evil.example" not in str(response.headers.raw)


@pytest.mark.parametrize("path", ["/v1/no-such-thing/", "//evil.example/", "//v1/me/"])
async def test_a_path_without_a_route_either_way_is_not_redirected(
    client: httpx.AsyncClient, path: str
) -> None:
    assert_problem(await client.get(path), 404)


async def test_missing_token_is_a_401_problem_with_a_bearer_challenge(
    client: httpx.AsyncClient,
) -> None:
    response = await client.get("/v1/jurisdictions")
    assert_problem(response, 401)
    assert response.headers["www-authenticate"].startswith("Bearer")


async def test_refused_permission_is_a_403_problem(client: httpx.AsyncClient, world: World) -> None:
    response = await client.post(
        "/v1/jurisdictions",
        json={"code": "elsewhere", "name": "别处", "level": "city"},
        headers=world.headers("city_a.office_director"),
    )
    assert_problem(response, 403)


async def test_duplicate_unit_code_is_a_409_problem(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await client.post(
        units_url(world),
        json={"code": "housing", "name": "另一个住建局"},
        headers=world.headers("admin"),
    )
    assert_problem(response, 409)


async def test_invalid_body_is_a_422_problem_listing_each_field(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await client.post(
        units_url(world), json={"code": "Not A Slug!"}, headers=world.headers("admin")
    )
    body = assert_problem(response, 422)
    assert body["type"] == "urn:gaiban:problem:validation-error"
    errors = body["errors"]
    assert isinstance(errors, list)
    for error in errors:
        assert set(error) == {"loc", "msg", "type"}
        assert isinstance(error["loc"], list)
    locations = {tuple(error["loc"]) for error in errors}
    assert ("body", "code") in locations
    assert ("body", "name") in locations


async def test_unknown_field_on_a_write_is_refused_with_422(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await client.post(
        units_url(world),
        json={"code": "water", "name": "水务局", "budget": 1_000_000},
        headers=world.headers("admin"),
    )
    body = assert_problem(response, 422)
    assert ["body", "budget"] in [error["loc"] for error in body["errors"]]
    assert "extra_forbidden" in [error["type"] for error in body["errors"]]


async def test_malformed_json_is_a_422_problem(client: httpx.AsyncClient, world: World) -> None:
    response = await client.post(
        units_url(world),
        content=b'{"code": "water", "name": ',
        headers={**world.headers("admin"), "content-type": "application/json"},
    )
    body = assert_problem(response, 422)
    assert body["errors"][0]["type"] == "json_invalid"


def _unit_body(size: int) -> bytes:
    head = b'{"code": "water", "name": "'
    tail = b'"}'
    return head + b"x" * (size - len(head) - len(tail)) + tail


async def test_body_over_the_limit_by_content_length_is_a_413_problem(
    client: httpx.AsyncClient, world: World
) -> None:
    response = await client.post(
        units_url(world),
        content=_unit_body(LIMIT + 1),
        headers={**world.headers("admin"), "content-type": "application/json"},
    )
    body = assert_problem(response, 413)
    assert body["type"] == "urn:gaiban:problem:payload-too-large"


async def _chunks(payload: bytes, size: int = 4096) -> AsyncIterator[bytes]:
    for start in range(0, len(payload), size):
        yield payload[start : start + size]


async def test_streamed_body_over_the_limit_is_a_413_problem(
    client: httpx.AsyncClient, world: World
) -> None:
    request = client.build_request(
        "POST",
        units_url(world),
        content=_chunks(_unit_body(LIMIT + 1)),
        headers={**world.headers("admin"), "content-type": "application/json"},
    )
    assert "content-length" not in request.headers  # really streamed (chunked)
    response = await client.send(request)
    assert_problem(response, 413)


async def test_streamed_body_within_the_limit_is_accepted(
    client: httpx.AsyncClient, world: World
) -> None:
    request = client.build_request(
        "POST",
        units_url(world),
        content=_chunks('{"code": "water", "name": "水务局"}'.encode(), size=7),
        headers={**world.headers("admin"), "content-type": "application/json"},
    )
    response = await client.send(request)
    assert response.status_code == 201, response.text


SECRET_HASH = "$argon2id$v=19$m=65536,t=3,p=4$c2VjcmV0LXNhbHQ$not-to-be-logged"


@pytest.fixture
async def failing_client(
    settings: Settings, database: Database, token_service: TokenService
) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings, database=database, token_service=token_service)

    async def explode() -> None:
        raise RuntimeError("secret-internal-detail: connection string postgres://x:y@z")

    async def insert_a_user_without_a_name(session: Session) -> None:
        # A NOT NULL violation: PostgreSQL refuses the row, which holds a password hash.
        await session.execute(
            text(
                "INSERT INTO users (id, username, display_name, password_hash) "
                "VALUES (:id, :username, NULL, :password_hash)"
            ),
            {"id": uuid.uuid4(), "username": "leaky", "password_hash": SECRET_HASH},
        )

    app.add_api_route("/boom", explode, methods=["GET"])
    app.add_api_route("/failed-insert", insert_a_user_without_a_name, methods=["POST"])
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(
        headers=ENGLISH, transport=transport, base_url="http://testserver"
    ) as c:
        yield c


async def test_unexpected_error_is_a_500_problem_without_a_traceback_logged_with_the_request_id(
    failing_client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    response = await failing_client.get("/boom", headers={"X-Request-ID": "boom-1"})
    body = assert_problem(response, 500)
    assert response.headers["x-request-id"] == "boom-1"
    assert body["instance"].endswith("boom-1")
    for leak in ("Traceback", "RuntimeError", "secret-internal-detail", "explode", ".py"):
        assert leak not in response.text
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1, [r.getMessage() for r in caplog.records]
    record = errors[0]
    assert getattr(record, "request_id", None) == "boom-1"
    assert record.exc_info is not None
    assert record.exc_info[0] is RuntimeError
    access = [r for r in caplog.records if r.name == "gaiban.access"]
    assert [getattr(r, "status", None) for r in access] == [500]


async def test_a_failed_statement_logs_its_sql_but_not_its_bound_values(
    failing_client: httpx.AsyncClient, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    response = await failing_client.post("/failed-insert")
    assert_problem(response, 500)
    assert SECRET_HASH not in response.text
    errors = [r for r in caplog.records if r.levelno >= logging.ERROR]
    assert len(errors) == 1, [r.getMessage() for r in caplog.records]
    assert errors[0].exc_info is not None
    failure = errors[0].exc_info[1]
    assert "INSERT INTO users" in str(failure)  # the statement is still there to debug with
    assert SECRET_HASH not in str(failure)
    assert SECRET_HASH not in caplog.text
    assert SECRET_HASH not in JsonLogFormatter().format(errors[0])


async def test_sane_incoming_request_id_is_kept_and_ends_the_instance(
    client: httpx.AsyncClient,
) -> None:
    sane = "req-2026.11:22_abc"
    response = await client.get("/nowhere", headers={"X-Request-ID": sane})
    assert response.headers["x-request-id"] == sane
    assert response.json()["instance"].endswith(":" + sane)


@pytest.mark.parametrize(
    "insane",
    ["x" * 300, "has spaces in it", "semi;colon", "<script>"],
    ids=["300-chars", "spaces", "semicolon", "markup"],
)
async def test_insane_incoming_request_id_is_replaced(
    client: httpx.AsyncClient, insane: str
) -> None:
    response = await client.get("/nowhere", headers={"X-Request-ID": insane})
    echoed = response.headers["x-request-id"]
    assert echoed != insane
    assert uuid.UUID(hex=echoed)
    assert response.json()["instance"].endswith(echoed)


async def test_every_response_gets_a_fresh_request_id(client: httpx.AsyncClient) -> None:
    first = (await client.get("/healthz")).headers["x-request-id"]
    second = (await client.get("/healthz")).headers["x-request-id"]
    assert first
    assert second
    assert first != second


def assert_security_headers(response: httpx.Response) -> str:
    """The headers every answer carries; returns its Content-Security-Policy."""
    assert response.headers["x-content-type-options"] == "nosniff"
    assert response.headers["x-frame-options"] == "DENY"
    assert response.headers["referrer-policy"] == "no-referrer"
    policy = response.headers["content-security-policy"]
    assert "frame-ancestors 'none'" in policy
    return policy


@pytest.mark.parametrize(
    ("method", "path", "who", "status"),
    [
        ("GET", "/healthz", None, 200),
        ("GET", "/v1/me", "admin", 200),
        ("GET", "/openapi.json", None, 200),
        ("GET", "/v1/me", None, 401),
        ("GET", "/no/such/thing", None, 404),
        ("DELETE", "/v1/users", "admin", 405),
        ("POST", "/v1/users", "admin", 422),
        ("GET", "/v1/me/", None, 307),
    ],
)
async def test_every_kind_of_answer_has_the_security_headers(
    client: httpx.AsyncClient,
    world: World,
    method: str,
    path: str,
    who: str | None,
    status: int,
) -> None:
    headers = world.headers(who) if who else {}
    response = await client.request(
        method, path, headers=headers, json={} if method == "POST" else None
    )
    assert response.status_code == status, response.text
    # The API answers data: its policy lets nothing load or run.
    assert "default-src 'none'" in assert_security_headers(response)


async def test_the_500_answer_has_the_security_headers(failing_client: httpx.AsyncClient) -> None:
    response = await failing_client.get("/boom")
    assert response.status_code == 500
    assert "default-src 'none'" in assert_security_headers(response)


class _PageResources(HTMLParser):
    """What a page loads and runs: external scripts, inline scripts, style sheets, icons."""

    def __init__(self) -> None:
        super().__init__()
        self.scripts: list[str] = []
        self.inline_scripts: list[str] = []
        self.style_sheets: list[str] = []
        self.images: list[str] = []
        self._in_inline_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = dict(attrs)
        if tag == "script":
            if attributes.get("src"):
                self.scripts.append(str(attributes["src"]))
            else:
                self._in_inline_script = True
                self.inline_scripts.append("")
        elif tag == "link" and attributes.get("rel") == "stylesheet":
            self.style_sheets.append(str(attributes["href"]))
        elif tag == "link" and "icon" in str(attributes.get("rel")):
            self.images.append(str(attributes["href"]))

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            self._in_inline_script = False

    def handle_data(self, data: str) -> None:
        if self._in_inline_script:
            self.inline_scripts[-1] += data


def _directive(policy: str, name: str) -> list[str]:
    for directive in policy.split(";"):
        words = directive.split()
        if words and words[0] == name:
            return words[1:]
    return []


@pytest.mark.parametrize("path", ["/docs", "/docs/oauth2-redirect"])
async def test_the_docs_pages_policy_allows_what_they_load_and_nothing_else(
    client: httpx.AsyncClient, path: str
) -> None:
    response = await client.get(path)
    assert response.status_code == 200
    policy = assert_security_headers(response)
    page = _PageResources()
    page.feed(response.text)
    assert page.inline_scripts
    script_sources = _directive(policy, "script-src")
    for inline in page.inline_scripts:
        digest = base64.b64encode(hashlib.sha256(inline.encode()).digest()).decode()
        assert f"'sha256-{digest}'" in script_sources, (inline, policy)
    assert "'unsafe-inline'" not in script_sources
    # Everything the page loads is the service's own (app/docs.py): no CDN (issue 19); a CSP
    # source names a host, so a path on this origin is allowed as 'self'.
    for url in (*page.scripts, *page.style_sheets, *page.images):
        assert url.startswith("/docs/assets/"), url
    assert not page.scripts or "'self'" in script_sources
    assert not page.style_sheets or "'self'" in _directive(policy, "style-src")
    assert "'self'" in _directive(policy, "img-src")
    assert not [source for source in policy.split() if "://" in source], policy
    assert _directive(policy, "connect-src") == ["'self'"]  # the OpenAPI document, try-it-out
    assert _directive(policy, "default-src") == ["'none'"]
