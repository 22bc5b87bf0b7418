"""Every error the service answers is one RFC 9457 problem (application/problem+json)."""

from __future__ import annotations

import logging
import uuid
from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest
from fastapi import FastAPI

from app.db import Database
from app.main import create_app
from app.security import TokenService
from app.settings import Settings
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


@pytest.fixture
async def failing_client(
    settings: Settings, database: Database, token_service: TokenService
) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings, database=database, token_service=token_service)

    async def explode() -> None:
        raise RuntimeError("secret-internal-detail: connection string postgres://x:y@z")

    app.add_api_route("/boom", explode, methods=["GET"])
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(transport=transport, base_url="http://testserver") as c:
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
