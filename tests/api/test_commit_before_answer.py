"""A 2xx means committed: the request's transaction commits before the response starts, a
failed commit is an error answer with nothing stored, and a database that cannot be reached is a
503 with Retry-After, never a 500."""

from __future__ import annotations

import asyncio
import json
import logging
import socket
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest
import uvicorn
from fastapi import FastAPI
from sqlalchemy import text
from starlette.types import Message, Receive, Scope, Send

from app.db import Database
from app.main import create_app
from app.security import TokenService
from app.settings import Settings
from tests.api.task_helpers import add_task
from tests.conftest import ENGLISH, _asyncpg_dsn
from tests.factories import World

UNREACHABLE = "postgresql+asyncpg://postgres@127.0.0.1:9/nowhere"


def units_url(world: World, place: str = "city_a") -> str:
    return f"/v1/jurisdictions/{world.places[place].id}/units"


async def _unit_rows(database_url: str, **where: str) -> int:
    """Rows of member_units matching ``where``, counted on a connection of its own (not the
    app's pool): what any other caller of the database would see."""
    connection = await asyncpg.connect(_asyncpg_dsn(database_url))
    try:
        column, value = next(iter(where.items()))
        count: int = await connection.fetchval(
            f"SELECT count(*) FROM member_units WHERE {column}::text = $1",  # noqa: S608
            value,
        )
        return count
    finally:
        await connection.close()


# --- committed before the first byte ---------------------------------------------------------


async def test_a_created_unit_is_committed_before_its_201_is_sent(
    app: FastAPI, world: World, database_url: str
) -> None:
    """The check runs inside ``send``, when the last body chunk leaves the app: with the commit
    after the response (a request-scoped yield dependency) the row is not visible there yet."""
    seen: dict[str, Any] = {}

    async def checking(scope: Scope, receive: Receive, send: Send) -> None:
        body = bytearray()

        async def send_and_check(message: Message) -> None:
            if message["type"] == "http.response.start":
                seen["status"] = message["status"]
            if message["type"] == "http.response.body":
                body.extend(message.get("body", b""))
                if not message.get("more_body", False) and seen.get("status") == 201:
                    unit_id = json.loads(body)["id"]
                    seen["rows_when_sent"] = await _unit_rows(database_url, id=unit_id)
            await send(message)

        await app(scope, receive, send_and_check)

    transport = httpx.ASGITransport(app=checking)
    async with httpx.AsyncClient(
        headers=ENGLISH, transport=transport, base_url="http://testserver"
    ) as client:
        created = await client.post(
            units_url(world),
            json={"code": "committed", "name": "已提交局"},
            headers=world.headers("city_a.office_director"),
        )
    assert created.status_code == 201, created.text
    assert seen["rows_when_sent"] == 1


@asynccontextmanager
async def served(app: FastAPI) -> AsyncIterator[str]:
    """The app behind a real uvicorn server on a loopback port, in this event loop."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    config = uvicorn.Config(app, lifespan="off", log_config=None, access_log=False)
    server = uvicorn.Server(config)
    task = asyncio.create_task(server.serve(sockets=[sock]))
    try:
        while not server.started:
            if task.done():
                task.result()
            await asyncio.sleep(0.01)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task
        sock.close()


async def test_many_concurrent_creates_are_each_readable_at_once_on_other_connections(
    app: FastAPI, world: World, database_url: str
) -> None:
    """100 create-then-read pairs through a real HTTP server: each read goes out on a second
    HTTP connection (and so another database connection) the moment the 201 arrives."""
    headers = world.headers("city_a.office_director")
    base = units_url(world)
    limits = httpx.Limits(max_connections=20)
    async with (
        served(app) as url,
        httpx.AsyncClient(headers=ENGLISH, base_url=url, limits=limits, timeout=60) as writer,
        httpx.AsyncClient(headers=ENGLISH, base_url=url, limits=limits, timeout=60) as reader,
    ):

        async def create_then_read(n: int) -> tuple[int, int, int]:
            created = await writer.post(
                base, json={"code": f"pair{n}", "name": f"第{n}局"}, headers=headers
            )
            read = await reader.get(f"{base}/{created.json()['id']}", headers=headers)
            rows = await _unit_rows(database_url, id=created.json()["id"])
            return created.status_code, read.status_code, rows

        results = await asyncio.gather(*(create_then_read(n) for n in range(100)))
    assert [r for r in results if r != (201, 200, 1)] == []


async def test_a_csv_export_streams_after_the_commit_through_a_real_server(
    app: FastAPI, world: World, client: httpx.AsyncClient
) -> None:
    """The session is closed before a streamed body is sent: the export reads nothing then."""
    headers = world.headers("city_a.office_director")
    jid = world.places["city_a"].id
    for n in range(3):
        await add_task(client, world, title=f"任务{n}")
    async with served(app) as url, httpx.AsyncClient(headers=ENGLISH, base_url=url) as http:
        exported = await http.get(
            f"/v1/jurisdictions/{jid}/tasks", headers={**headers, "Accept": "text/csv"}
        )
    assert exported.status_code == 200, exported.text
    assert exported.headers["content-type"].startswith("text/csv")
    lines = exported.text.lstrip("\ufeff").strip().splitlines()
    assert len(lines) == 1 + 3
    assert all(f"任务{n}" in exported.text for n in range(3))


# --- a commit that fails ----------------------------------------------------------------------


@pytest.fixture
def refusing_at_commit(database_url: str) -> Iterator[None]:
    """A deferred constraint trigger on member_units: a unit whose code starts 'refuse-'
    makes COMMIT fail with the SQLSTATE that follows (its name's tail), or, for
    'refuse-terminate', ends the connection in the middle of the commit."""

    async def run(sql: str) -> None:
        connection = await asyncpg.connect(_asyncpg_dsn(database_url))
        try:
            await connection.execute(sql)
        finally:
            await connection.close()

    asyncio.run(
        run(
            """
            CREATE FUNCTION test_refuse_at_commit() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF NEW.code = 'refuse-terminate' THEN
                    PERFORM pg_terminate_backend(pg_backend_pid());
                ELSIF NEW.code LIKE 'refuse-%' THEN
                    RAISE EXCEPTION 'refused at commit' USING ERRCODE = upper(substr(NEW.code, 8));
                END IF;
                RETURN NULL;
            END $$;
            CREATE CONSTRAINT TRIGGER test_refuse_at_commit AFTER INSERT ON member_units
                DEFERRABLE INITIALLY DEFERRED FOR EACH ROW
                EXECUTE FUNCTION test_refuse_at_commit();
            """
        )
    )
    yield
    asyncio.run(
        run(
            "DROP TRIGGER test_refuse_at_commit ON member_units;"
            "DROP FUNCTION test_refuse_at_commit();"
        )
    )


@pytest.mark.parametrize(
    ("sqlstate", "status"),
    [
        ("40001", 409),  # serialization failure: lost a race, retry
        ("40P01", 409),  # deadlock
        ("23514", 409),  # a deferred check refused the change
        ("53300", 503),  # too many connections: not now
        ("P0001", 500),  # any other failure: an error, still never a 2xx
    ],
)
async def test_a_commit_that_fails_is_an_error_answer_and_stores_nothing(
    client: httpx.AsyncClient,
    world: World,
    database_url: str,
    refusing_at_commit: None,
    sqlstate: str,
    status: int,
) -> None:
    code = f"refuse-{sqlstate.lower()}"
    answer = await client.post(
        units_url(world),
        json={"code": code, "name": "提交失败局"},
        headers=world.headers("city_a.office_director"),
    )
    assert answer.status_code == status, answer.text
    assert answer.headers["content-type"].startswith("application/problem+json")
    assert await _unit_rows(database_url, code=code) == 0
    if status == 503:
        assert answer.headers["retry-after"].isdigit()
    # The audit event written in the same transaction went with it.
    audit = await client.get("/v1/audit-events", headers=world.headers("admin"))
    assert code not in audit.text


async def test_a_connection_lost_during_the_commit_is_503_saying_the_outcome_is_unknown(
    client: httpx.AsyncClient, world: World, database_url: str, refusing_at_commit: None
) -> None:
    answer = await client.post(
        units_url(world),
        json={"code": "refuse-terminate", "name": "断线局"},
        headers=world.headers("city_a.office_director"),
    )
    assert answer.status_code == 503, answer.text
    assert answer.json()["outcome"] == "unknown"
    assert answer.headers["retry-after"].isdigit()
    assert await _unit_rows(database_url, code="refuse-terminate") == 0
    # The pool replaced the dead connection: the next request is served.
    again = await client.get(units_url(world), headers=world.headers("city_a.office_director"))
    assert again.status_code == 200


# --- a database that cannot be reached --------------------------------------------------------


@asynccontextmanager
async def client_without_database(
    token_service: TokenService, data_dir: Path
) -> AsyncIterator[httpx.AsyncClient]:
    database = Database(UNREACHABLE, pool_size=1)
    app = create_app(
        Settings(database_url=UNREACHABLE, data_dir=data_dir),
        database=database,
        token_service=token_service,
    )
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    try:
        async with httpx.AsyncClient(
            headers=ENGLISH, transport=transport, base_url="http://testserver"
        ) as client:
            yield client
    finally:
        await database.dispose()


@pytest.mark.parametrize(
    ("method", "path", "body"),
    [
        ("GET", "/v1/me", None),
        ("GET", "/v1/audit-events", None),
        ("POST", "/v1/jurisdictions/6f1c2d3e-0000-4000-8000-000000000001/units", {"code": "x"}),
        ("PUT", "/v1/calendar/years/2027", {"holidays": [], "makeup_workdays": []}),
    ],
)
async def test_every_request_while_the_database_is_unreachable_is_503_with_retry_after(
    token_service: TokenService,
    tmp_path: Path,
    method: str,
    path: str,
    body: dict[str, Any] | None,
) -> None:
    token = token_service.issue("user:6f1c2d3e-0000-4000-8000-000000000002")[0]
    async with client_without_database(token_service, tmp_path) as client:
        answer = await client.request(
            method, path, json=body, headers={"Authorization": f"Bearer {token}"}
        )
        token_answer = await client.post(
            "/v1/auth/token",
            data={"grant_type": "password", "username": "someone", "password": "x" * 12},
        )
    for response in (answer, token_answer):
        assert response.status_code == 503, response.text
        assert response.headers["content-type"].startswith("application/problem+json")
        assert response.headers["retry-after"].isdigit()
        assert "nothing was changed" in response.json()["detail"]


# --- connections the server closed while they sat in the pool --------------------------------


async def test_requests_after_the_server_closed_the_pooled_connections_are_served(
    client: httpx.AsyncClient, world: World, database: Database, database_url: str
) -> None:
    """No pre-ping round trip, yet a restart's closed connections are not handed to a request:
    the checkout sees asyncpg's closed flag and the pool replaces them."""
    headers = world.headers("city_a.office_director")
    warm = await asyncio.gather(*(client.get(units_url(world), headers=headers) for _ in range(4)))
    assert {r.status_code for r in warm} == {200}
    assert database.engine.pool.checkedin() >= 1  # type: ignore[attr-defined]
    connection = await asyncpg.connect(_asyncpg_dsn(database_url))
    try:
        ended = await connection.fetchval(
            "SELECT count(*) FROM (SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid() "
            "AND application_name = 'gaiban') AS ended"
        )
    finally:
        await connection.close()
    assert ended >= 1
    await asyncio.sleep(0.2)  # the closed sockets reach asyncpg, as they would while idle
    after = await asyncio.gather(*(client.get(units_url(world), headers=headers) for _ in range(4)))
    assert [r.status_code for r in after] == [200] * 4


async def test_a_failed_commit_is_logged_with_its_cause_and_request_id(
    client: httpx.AsyncClient,
    world: World,
    refusing_at_commit: None,
    caplog: pytest.LogCaptureFixture,
) -> None:
    with caplog.at_level(logging.WARNING, logger="gaiban.db"):
        answer = await client.post(
            units_url(world),
            json={"code": "refuse-40001", "name": "冲突局"},
            headers={**world.headers("city_a.office_director"), "X-Request-ID": "commit-fail-1"},
        )
    assert answer.status_code == 409
    (record,) = [r for r in caplog.records if r.name == "gaiban.db"]
    assert record.exc_info is not None
    assert record.request_id == "commit-fail-1"  # type: ignore[attr-defined]
    assert record.sqlstate == "40001"  # type: ignore[attr-defined]
    assert "at commit" in record.getMessage()


async def test_one_task_read_on_a_connection_lost_mid_query_is_a_503(
    client: httpx.AsyncClient,
    world: World,
    database_url: str,
    settings: Settings,
    token_service: TokenService,
) -> None:
    """GET one task reads through the driver itself (app/repositories/tasks.py); a connection
    lost during that read is answered as any other database failure: 503 with Retry-After, not
    a 500. The read is held behind a table lock and its server process ended meanwhile, on an
    app of its own (one pooled connection), so that no other test's pool loses a connection."""
    task = await add_task(client, world)
    url = f"/v1/jurisdictions/{world.places['city_a'].id}/tasks/{task['id']}"
    headers = world.headers("city_a.office_staff")
    database = Database(database_url, pool_size=1)
    app = create_app(settings, database=database, token_service=token_service)
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    locker = await asyncpg.connect(_asyncpg_dsn(database_url))
    try:
        async with httpx.AsyncClient(
            headers=ENGLISH, transport=transport, base_url="http://testserver"
        ) as own:
            assert (await own.get(url, headers=headers)).status_code == 200
            async with database.engine.connect() as connection:  # the pool's one connection
                pid = (await connection.execute(text("SELECT pg_backend_pid()"))).scalar_one()
            async with locker.transaction():
                await locker.execute("LOCK TABLE tasks IN ACCESS EXCLUSIVE MODE")
                reading = asyncio.ensure_future(own.get(url, headers=headers))
                async with asyncio.timeout(10):
                    while not await locker.fetchval(  # noqa: ASYNC110 - polling the server
                        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                        "WHERE pid = $1 AND wait_event_type = 'Lock'",
                        pid,
                    ):
                        await asyncio.sleep(0.02)
                answer = await reading
            assert answer.status_code == 503, answer.text
            assert answer.headers["content-type"] == "application/problem+json"
            assert "Retry-After" in answer.headers
            again = await own.get(url, headers=headers)
            assert again.status_code == 200  # the pool replaced the lost connection
    finally:
        await locker.close()
        await database.dispose()
