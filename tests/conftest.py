"""Test infrastructure: one migrated PostgreSQL database per xdist worker, emptied after each test.

The database is the embedded pgserver cluster under .gaiban/test-pg, or the server named by
TEST_DATABASE_URL (any postgresql+asyncpg:// URL; a database per worker is created next to the one
it names). Always a real PostgreSQL server, never a stand-in or a mock.
"""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from urllib.parse import urlsplit, urlunsplit

import asyncpg
import httpx
import pytest
from argon2 import PasswordHasher
from sqlalchemy import text

import app.security as security
from app.db import Database
from app.main import create_app
from app.migrations import upgrade
from app.security import TokenService, generate_private_pem, signing_key_from_pem
from app.settings import PROJECT_ROOT, Settings
from tests.factories import World, build_world, publish_shipped_rulebooks

TEST_ISSUER = "gaiban-test"
TEST_AUDIENCE = "gaiban-api"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Longest modules first: a module marked ``heavy(seconds=…)`` (its rough running time) is
    sent to a test process before the light ones, the longest first, so that the two processes
    of ``make test`` (``--dist loadfile --no-loadscope-reorder``) finish together instead of
    one of them starting the longest module last. The order inside a module is kept."""

    def weight(item: pytest.Item) -> float:
        marker = item.get_closest_marker("heavy")
        return -float(marker.kwargs.get("seconds", 0)) if marker else 0.0

    items.sort(key=weight)


# One database per test process: concurrent runs (xdist workers, several people or agents on one
# machine) never share one. Databases of processes that no longer exist are dropped on the way in.
DATABASE_PREFIX = "gaiban_test_"


def _pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _asyncpg_dsn(url: str) -> str:
    return url.replace("postgresql+asyncpg://", "postgresql://", 1)


async def _recreate_database(maintenance_url: str, name: str) -> None:
    connection = await asyncpg.connect(_asyncpg_dsn(maintenance_url))
    try:
        existing = await connection.fetch(
            "SELECT datname FROM pg_database WHERE datname LIKE $1", DATABASE_PREFIX + "%"
        )
        for row in existing:
            # gaiban_test_<pid>, or gaiban_test_<pid>_<purpose> (the contract fuzz's own)
            pid = row["datname"].removeprefix(DATABASE_PREFIX).partition("_")[0]
            if pid.isdigit() and not _pid_alive(int(pid)):
                await connection.execute(f'DROP DATABASE IF EXISTS "{row["datname"]}" WITH (FORCE)')
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await connection.execute(f'CREATE DATABASE "{name}"')
    finally:
        await connection.close()


async def _drop_database(maintenance_url: str, name: str) -> None:
    connection = await asyncpg.connect(_asyncpg_dsn(maintenance_url))
    try:
        await connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await connection.close()


def _with_database(url: str, name: str) -> str:
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


@pytest.fixture(scope="session")
def maintenance_url() -> str:
    """The server's maintenance database, next to which the test databases are made."""
    external = os.environ.get("TEST_DATABASE_URL")
    if external:
        return external.replace("postgresql://", "postgresql+asyncpg://", 1)
    from app.embedded_pg import embedded_database_url, start_embedded_postgres

    server = start_embedded_postgres(PROJECT_ROOT / ".gaiban" / "test-pg")
    return str(embedded_database_url(server, "postgres"))


@pytest.fixture(scope="session")
def database_url(maintenance_url: str) -> Iterator[str]:
    name = f"{DATABASE_PREFIX}{os.getpid()}"
    maintenance = maintenance_url
    asyncio.run(_recreate_database(maintenance, name))
    url = _with_database(maintenance, name)
    upgrade(url)
    yield url
    asyncio.run(_drop_database(maintenance, name))


@pytest.fixture(scope="session")
def token_service() -> TokenService:
    return TokenService(
        signing_key_from_pem(generate_private_pem()),
        issuer=TEST_ISSUER,
        audience=TEST_AUDIENCE,
        ttl_seconds=900,
    )


@pytest.fixture(scope="session", autouse=True)
def fast_password_hashing() -> None:
    # Real argon2, cheap parameters: the suite hashes hundreds of passwords.
    security._password_hasher = PasswordHasher(time_cost=1, memory_cost=1024, parallelism=1)


@pytest.fixture(scope="session")
def settings(tmp_path_factory: pytest.TempPathFactory, database_url: str) -> Settings:
    return Settings(
        database_url=database_url,
        data_dir=tmp_path_factory.mktemp("data"),
        jwt_issuer=TEST_ISSUER,
        jwt_audience=TEST_AUDIENCE,
        max_request_bytes=64 * 1024,
        # Small upload limits, so that refusing an oversized upload costs little.
        upload_max_file_bytes=256 * 1024,
        upload_max_request_bytes=1024 * 1024,
        # The public routes' per-address limit is tested with an app of its own
        # (tests/api/test_publications.py): here every request comes from one address.
        public_rate_limit_requests=1_000_000,
    )


@pytest.fixture(scope="session")
async def database(database_url: str) -> AsyncIterator[Database]:
    db = Database(database_url, pool_size=10)
    yield db
    await db.dispose()


@pytest.fixture(scope="session")
def app(settings: Settings, database: Database, token_service: TokenService):  # type: ignore[no-untyped-def]
    return create_app(settings, database=database, token_service=token_service)


@dataclass
class FixedClock:
    at: datetime

    def now(self) -> datetime:
        return self.at


# Noon of 2026-12-01 in Shanghai: Q4 and December 2026 are not over, every earlier period is.
PINNED_NOW = datetime(2026, 12, 1, 4, 0, tzinfo=UTC)


@pytest.fixture
def pinned_clock(app) -> Iterator[FixedClock]:  # type: ignore[no-untyped-def]
    """The service's clock stopped at PINNED_NOW for one test, whatever the day it runs."""
    clock = FixedClock(PINNED_NOW)
    previous = app.state.clock
    app.state.clock = clock
    yield clock
    app.state.clock = previous


# The tests read the service's messages in English (its own text); the service answers Chinese
# unless asked (app/i18n.py): every test client asks. tests/api/test_messages.py checks both.
ENGLISH = {"Accept-Language": "en"}


@pytest.fixture
async def client(app) -> AsyncIterator[httpx.AsyncClient]:  # type: ignore[no-untyped-def]
    transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
    async with httpx.AsyncClient(
        headers=ENGLISH, transport=transport, base_url="http://testserver"
    ) as c:
        yield c


TABLES_SQL = (
    "SELECT format('%I', tablename) FROM pg_tables "
    "WHERE schemaname = 'public' AND tablename <> 'alembic_version' ORDER BY tablename"
)
# Sequences back to their start, as TRUNCATE … RESTART IDENTITY would; setval changes one in
# place (ALTER SEQUENCE … RESTART would give it a new file).
RESTART_SEQUENCES_SQL = (
    "SELECT setval(format('%I.%I', schemaname, sequencename)::regclass, start_value, false) "
    "FROM pg_sequences WHERE schemaname = 'public' AND last_value IS NOT NULL"
)


# How the tables are emptied after each test: DELETE with triggers off, not TRUNCATE. Every
# TRUNCATE gives each table, index and TOAST table a new file (~150 per test); the files it drops
# wait for the next checkpoint, which fsyncs them all: the checkpoint DROP DATABASE forces at the
# end of a run took 42 s for 65,761 files, and the background ones stall the run the same way.
# DELETE writes no new file. With session_replication_role = replica no trigger fires, so the
# records that refuse DELETE are emptied too and no foreign-key check cares about the order. That
# needs a superuser (the embedded server's postgres) or the SET privilege on the parameter;
# without either, the tables are truncated as before.
_delete_allowed = True
TRUNCATE_REFUSED = ("audit_events", "audit_chain_heads")


async def _empty(db: Database) -> None:
    global _delete_allowed
    if _delete_allowed:
        try:
            async with db.engine.begin() as connection:
                tables = list((await connection.execute(text(TABLES_SQL))).scalars())
                # Names from pg_tables, quoted by format('%I').
                deletes = "".join(f"DELETE FROM {table}; " for table in tables)  # noqa: S608
                raw = (await connection.get_raw_connection()).driver_connection
                assert raw is not None
                # One round trip: the simple-query protocol takes several statements.
                await raw.execute(
                    f"SET LOCAL session_replication_role = replica; {deletes}"
                    + RESTART_SEQUENCES_SQL
                )
            return
        except asyncpg.InsufficientPrivilegeError:
            _delete_allowed = False
    async with db.engine.begin() as connection:
        tables = list((await connection.execute(text(TABLES_SQL))).scalars())
        if tables:
            # The audit trail refuses TRUNCATE (a trigger); its owner switches that off for the
            # moment, inside this transaction.
            refusing = [f"ALTER TABLE {t} %s TRIGGER {t}_no_truncate" for t in TRUNCATE_REFUSED]
            for statement in refusing:
                await connection.execute(text(statement % "DISABLE"))
            await connection.execute(text(f"TRUNCATE {', '.join(tables)} RESTART IDENTITY CASCADE"))
            for statement in refusing:
                await connection.execute(text(statement % "ENABLE"))


@pytest.fixture(autouse=True)
async def _empty_database(request: pytest.FixtureRequest) -> AsyncIterator[None]:
    yield
    if "database" not in request.fixturenames:
        return  # this test never opened the shared engine (unit tests, throwaway databases)
    database = request.getfixturevalue("database")
    await _empty(database)
    # Emptying fires no trigger (replica role), so no notification: drop the caches here.
    database.caches.changed()


@pytest.fixture
async def world(database: Database, token_service: TokenService) -> World:
    """Two cities, a county under the first, units, people in every role, clients, tokens."""
    return await build_world(database, token_service)


@pytest.fixture
async def books(world: World, database: Database) -> World:
    """The world with the shipped rulebooks: Changji's in city_a (and, inherited, county_a1),
    Ezhou's in city_b, in force from 2020-01-01."""
    return await publish_shipped_rulebooks(world, database)
