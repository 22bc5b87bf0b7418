"""/healthz says the process lives; /readyz says the database answers at the migrations' head.
Both are public and say nothing about the data."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import asyncpg
import httpx
import pytest

from app.db import Database
from app.main import create_app
from app.migrations import head_revision
from app.security import TokenService
from app.settings import Settings
from tests.conftest import ENGLISH, _asyncpg_dsn
from tests.integration.pg import fresh_database

UNREACHABLE = "postgresql+asyncpg://postgres@127.0.0.1:9/nowhere"


@pytest.fixture
def unmigrated_database() -> Iterator[str]:
    with fresh_database("readiness") as url:
        yield url


@asynccontextmanager
async def client_on(
    url: str, token_service: TokenService, data_dir: Path
) -> AsyncIterator[httpx.AsyncClient]:
    database = Database(url, pool_size=1)
    app = create_app(
        Settings(database_url=url, data_dir=data_dir),
        database=database,
        token_service=token_service,
    )
    transport = httpx.ASGITransport(app=app)
    try:
        async with httpx.AsyncClient(
            headers=ENGLISH, transport=transport, base_url="http://testserver"
        ) as client:
            yield client
    finally:
        await database.dispose()


async def _readiness(url: str, token_service: TokenService, data_dir: Path) -> httpx.Response:
    async with client_on(url, token_service, data_dir) as client:
        health = await client.get("/healthz")
        assert health.status_code == 200  # alive whatever the database says
        return await client.get("/readyz")


def _assert_unready(response: httpx.Response) -> str:
    assert response.status_code == 503, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    detail: str = response.json()["detail"]
    return detail


async def test_readyz_is_503_when_the_schema_is_missing(
    unmigrated_database: str, token_service: TokenService, tmp_path: Path
) -> None:
    _assert_unready(await _readiness(unmigrated_database, token_service, tmp_path))


async def test_readyz_is_503_when_the_schema_is_not_at_head(
    unmigrated_database: str,
    token_service: TokenService,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
) -> None:
    connection = await asyncpg.connect(_asyncpg_dsn(unmigrated_database))
    try:
        await connection.execute(
            "CREATE TABLE alembic_version (version_num varchar(32) PRIMARY KEY);"
            "INSERT INTO alembic_version VALUES ('0ld0ld0ld0ld')"
        )
    finally:
        await connection.close()
    caplog.set_level(logging.WARNING, logger="gaiban.readiness")
    response = await _readiness(unmigrated_database, token_service, tmp_path)
    detail = _assert_unready(response)
    assert "gaiban migrate" in detail
    # The answer is public: the revisions go to the operator's log, not to the caller.
    for revision in ("0ld0ld0ld0ld", head_revision()):
        assert revision not in response.text
        assert revision in caplog.text


async def test_readyz_is_503_when_the_database_does_not_answer(
    token_service: TokenService, tmp_path: Path
) -> None:
    detail = _assert_unready(await _readiness(UNREACHABLE, token_service, tmp_path))
    assert "127.0.0.1" not in detail  # data-free: no addresses, no driver messages


async def test_health_endpoints_need_no_token_and_carry_no_data(
    client: httpx.AsyncClient,
) -> None:
    health = await client.get("/healthz")
    ready = await client.get("/readyz")
    assert health.json() == {"status": "ok"}
    assert ready.json() == {"status": "ready"}


async def test_database_sessions_run_in_utc(database: Database) -> None:
    async with database.engine.connect() as connection:
        zone = (await connection.exec_driver_sql("SHOW timezone")).scalar_one()
        now = (await connection.exec_driver_sql("SELECT now()")).scalar_one()
    assert zone == "UTC"
    assert now.utcoffset().total_seconds() == 0
