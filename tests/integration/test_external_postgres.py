"""DATABASE_URL switches to an external PostgreSQL: `gaiban migrate` and `gaiban create-admin`
work against it, and the service built on it signs its administrator in.

Runs against the server at 127.0.0.1:5432 when one answers; skipped (reason shown) otherwise.
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import asyncpg
import httpx
import pytest

from app.db import Database
from app.main import create_app
from app.migrations import head_revision
from app.security import TokenService
from app.settings import PROJECT_ROOT, Settings
from tests.conftest import ENGLISH, _asyncpg_dsn
from tests.integration.pg import fresh_database

pytestmark = pytest.mark.external_pg

SERVER = "postgresql://postgres@127.0.0.1:5432/postgres"
ADMIN = "ops.admin"
ADMIN_PASSWORD = "a long operator passphrase 2026"


def _server_answers() -> str | None:
    """None when the server answers, else why not."""

    async def probe() -> None:
        connection = await asyncpg.connect(SERVER, timeout=3)
        await connection.close()

    try:
        asyncio.run(probe())
    except (OSError, asyncpg.PostgresError, TimeoutError) as exc:
        return f"no PostgreSQL answers at 127.0.0.1:5432 ({type(exc).__name__}: {exc})"
    return None


def gaiban(
    *args: str, database_url: str, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    script = Path(sys.executable).parent / "gaiban"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "app.cli"]
    env = {key: value for key, value in os.environ.items() if not key.startswith("GAIBAN_")}
    env.pop("TEST_DATABASE_URL", None)
    env["DATABASE_URL"] = database_url
    # This checkout's app, whichever checkout the console script was installed from.
    env["PYTHONPATH"] = str(PROJECT_ROOT)
    return subprocess.run(  # noqa: S603 - our own console script
        [*command, *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=env,
        cwd=PROJECT_ROOT,
        timeout=120,
        check=False,
    )


@pytest.fixture(scope="module")
def external_database() -> Iterator[str]:
    """A throwaway database on 127.0.0.1:5432, migrated and given an administrator by the CLI."""
    reason = _server_answers()
    if reason:
        pytest.skip(reason)
    with fresh_database(
        "external", SERVER.replace("postgresql://", "postgresql+asyncpg://")
    ) as url:
        # The libpq spelling, as an operator would paste it: Settings normalises it.
        libpq_url = url.replace("postgresql+asyncpg://", "postgresql://", 1)
        migrated = gaiban("migrate", database_url=libpq_url)
        assert migrated.returncode == 0, migrated.stderr
        assert "head" in migrated.stdout

        created = gaiban(
            "create-admin", "--username", ADMIN, database_url=url, stdin=ADMIN_PASSWORD + "\n"
        )
        assert created.returncode == 0, created.stderr
        assert ADMIN in created.stdout
        assert ADMIN_PASSWORD not in created.stdout + created.stderr
        yield url


async def _fetch(url: str, query: str) -> list[asyncpg.Record]:
    connection = await asyncpg.connect(_asyncpg_dsn(url))
    try:
        return list(await connection.fetch(query))
    finally:
        await connection.close()


async def test_gaiban_migrate_brings_the_external_database_to_head(external_database: str) -> None:
    rows = await _fetch(external_database, "SELECT version_num FROM alembic_version")
    assert [row["version_num"] for row in rows] == [head_revision()]


async def test_gaiban_create_admin_stores_an_argon2_hashed_platform_admin(
    external_database: str,
) -> None:
    rows = await _fetch(
        external_database,
        f"SELECT username, password_hash, is_platform_admin FROM users "  # noqa: S608
        f"WHERE username = '{ADMIN}'",
    )
    assert len(rows) == 1
    assert rows[0]["is_platform_admin"] is True
    assert rows[0]["password_hash"].startswith("$argon2")
    assert ADMIN_PASSWORD not in rows[0]["password_hash"]


@pytest.fixture
async def external_client(
    external_database: str, token_service: TokenService, tmp_path: Path
) -> AsyncIterator[httpx.AsyncClient]:
    settings = Settings(database_url=external_database, data_dir=tmp_path)
    database = Database(external_database, pool_size=1)
    app = create_app(settings, database=database, token_service=token_service)
    transport = httpx.ASGITransport(app=app)
    try:
        async with httpx.AsyncClient(
            headers=ENGLISH, transport=transport, base_url="http://testserver"
        ) as client:
            yield client
    finally:
        await database.dispose()


async def test_service_on_the_external_database_is_ready_and_signs_the_admin_in(
    external_client: httpx.AsyncClient,
) -> None:
    ready = await external_client.get("/readyz")
    assert ready.status_code == 200, ready.text
    assert ready.json() == {"status": "ready"}  # the revision is the operator's, not public

    token = await external_client.post(
        "/v1/auth/token",
        data={"grant_type": "password", "username": ADMIN, "password": ADMIN_PASSWORD},
    )
    assert token.status_code == 200, token.text
    me = await external_client.get(
        "/v1/me", headers={"Authorization": f"Bearer {token.json()['access_token']}"}
    )
    assert me.status_code == 200, me.text
    assert ADMIN in me.text


async def test_wrong_password_is_refused_on_the_external_database(
    external_client: httpx.AsyncClient,
) -> None:
    token = await external_client.post(
        "/v1/auth/token",
        data={"grant_type": "password", "username": ADMIN, "password": "not the password"},
    )
    assert token.status_code in (400, 401), token.text


def test_gaiban_calendar_enter_stores_the_year_with_an_audit_event_naming_the_cli(
    external_database: str, tmp_path: Path
) -> None:
    """Issue 14: `gaiban calendar enter` does what PUT /v1/calendar/years/{year} does."""
    notice = tmp_path / "notice-2027.json"
    notice.write_text(
        '{"holidays": [{"date": "2027-01-01", "name": "元旦"}], '
        '"makeup_workdays": [{"date": "2027-02-20", "name": "春节"}], '
        '"source": "国务院办公厅关于2027年部分节假日安排的通知"}',
        encoding="utf-8",
    )
    entered = gaiban(
        "calendar", "enter", "2027", "--file", str(notice), database_url=external_database
    )
    assert entered.returncode == 0, entered.stderr
    assert "entered 2027" in entered.stdout
    years = asyncio.run(_fetch(external_database, "SELECT year, source FROM calendar_years"))
    assert [(r["year"], r["source"]) for r in years] == [
        (2027, "国务院办公厅关于2027年部分节假日安排的通知")
    ]
    events = asyncio.run(
        _fetch(
            external_database,
            "SELECT actor_kind, actor_name, entity_id FROM audit_events "
            "WHERE action = 'calendar_year.put'",
        )
    )
    assert [(e["actor_kind"], e["entity_id"]) for e in events] == [("system", "2027")]
    assert events[0]["actor_name"].startswith("cli:")


def test_gaiban_calendar_enter_refuses_what_the_api_refuses(
    external_database: str, tmp_path: Path
) -> None:
    notice = tmp_path / "bad.json"
    # a make-up workday on a Wednesday, and a holiday in another year
    notice.write_text(
        '{"holidays": [{"date": "2026-12-31", "name": "元旦"}], '
        '"makeup_workdays": [{"date": "2028-02-16", "name": "春节"}], "source": "x"}',
        encoding="utf-8",
    )
    refused = gaiban(
        "calendar", "enter", "2028", "--file", str(notice), database_url=external_database
    )
    assert refused.returncode == 1
    assert "holidays.0.date: not in 2028" in refused.stderr
    assert "a make-up workday must fall on a Saturday or Sunday" in refused.stderr
    malformed = tmp_path / "malformed.json"
    malformed.write_text('{"holidays": []}', encoding="utf-8")
    schema = gaiban(
        "calendar", "enter", "2028", "--file", str(malformed), database_url=external_database
    )
    assert schema.returncode == 2
    assert "makeup_workdays" in schema.stderr
    rows = asyncio.run(
        _fetch(external_database, "SELECT year FROM calendar_years WHERE year = 2028")
    )
    assert rows == []


def test_gaiban_calendar_enter_says_in_one_line_what_the_api_answers_422_or_503(
    external_database: str, tmp_path: Path
) -> None:
    notice = tmp_path / "nul.json"
    notice.write_text(
        '{"holidays": [{"date": "2029-01-01", "name": "元\\u0000旦"}], '
        '"makeup_workdays": [], "source": "x"}',
        encoding="utf-8",
    )
    nul = gaiban("calendar", "enter", "2029", "--file", str(notice), database_url=external_database)
    assert nul.returncode == 1
    assert "U+0000" in nul.stderr
    assert "Traceback" not in nul.stderr
    fine = tmp_path / "fine.json"
    fine.write_text('{"holidays": [], "makeup_workdays": [], "source": "x"}', encoding="utf-8")
    down = gaiban(
        "calendar",
        "enter",
        "2029",
        "--file",
        str(fine),
        database_url="postgresql+asyncpg://postgres@127.0.0.1:9/nowhere",
    )
    assert down.returncode == 1
    assert "cannot be reached" in down.stderr
    assert "Traceback" not in down.stderr
