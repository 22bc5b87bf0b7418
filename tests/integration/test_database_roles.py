"""Two database roles (issue 16): an owner that migrates, and the service's role, which reads
and writes rows and can do nothing else — no TRUNCATE, no DDL, no switching triggers off, no
change to the audit trail — while every feature still works through the API as that role."""

from __future__ import annotations

import asyncio
import os
import secrets
import subprocess
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import quote, urlsplit, urlunsplit

import asyncpg
import httpx
import pytest

from app.db import Database
from app.main import create_app
from app.migrations import AppRoleRefused, app_role_grants, grant, upgrade
from app.security import TokenService
from app.settings import PROJECT_ROOT, Settings
from tests import conftest
from tests.api.task_helpers import add_task, task_url
from tests.conftest import ENGLISH, TEST_AUDIENCE, TEST_ISSUER, _asyncpg_dsn
from tests.factories import build_world, with_if_match
from tests.integration.pg import fresh_database, maintenance_url


def _as(url: str, role: str, password: str) -> str:
    """``url`` with ``role`` and ``password`` as its user (host, port, query kept)."""
    parts = urlsplit(url)
    host = parts.netloc.rpartition("@")[2]
    return urlunsplit(
        (parts.scheme, f"{quote(role)}:{quote(password)}@{host}", parts.path, parts.query, "")
    )


async def _admin(url: str, *statements: str) -> None:
    connection = await asyncpg.connect(_asyncpg_dsn(url))
    try:
        for statement in statements:
            await connection.execute(statement)
    finally:
        await connection.close()


@dataclass
class Roles:
    owner_url: str
    app_url: str
    app_role: str
    superuser_url: str


@pytest.fixture
def bare_roles() -> Iterator[Roles]:
    """A fresh, empty database owned by a new owner role, and a new application role."""
    server = maintenance_url()
    suffix = secrets.token_hex(4)
    owner, app_role = f"gaiban_owner_{suffix}", f"gaiban_app_{suffix}"
    password = secrets.token_urlsafe(12)
    asyncio.run(
        _admin(
            server,
            f"CREATE ROLE {owner} LOGIN PASSWORD '{password}'",
            f"CREATE ROLE {app_role} LOGIN PASSWORD '{password}'",
        )
    )
    try:
        with fresh_database("roles") as url:
            name = urlsplit(url).path.lstrip("/")
            # The owner of the database owns its public schema (PostgreSQL 15: pg_database_owner).
            asyncio.run(_admin(server, f'ALTER DATABASE "{name}" OWNER TO {owner}'))
            yield Roles(_as(url, owner, password), _as(url, app_role, password), app_role, url)
    finally:
        asyncio.run(
            _admin(server, f"DROP ROLE IF EXISTS {app_role}", f"DROP ROLE IF EXISTS {owner}")
        )


@pytest.fixture
def roles(bare_roles: Roles) -> Roles:
    """The database migrated by its owner, the application role granted as ``gaiban migrate``
    grants it (GAIBAN_APP_ROLE)."""
    upgrade(bare_roles.owner_url, app_role=bare_roles.app_role)
    return bare_roles


def gaiban(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # This checkout's app.cli (the console script may belong to another checkout).
    base = {key: value for key, value in os.environ.items() if not key.startswith("GAIBAN_")}
    base.pop("TEST_DATABASE_URL", None)
    base["PYTHONPATH"] = str(PROJECT_ROOT)
    return subprocess.run(  # noqa: S603 - our own command
        [sys.executable, "-m", "app.cli", *args],
        input="a long operator passphrase 2026\n",
        capture_output=True,
        text=True,
        env={**base, **env},
        cwd=PROJECT_ROOT,
        timeout=120,
        check=False,
    )


def test_gaiban_migrate_as_the_owner_grants_the_application_role(bare_roles: Roles) -> None:
    env = {
        "DATABASE_URL": bare_roles.app_url,
        "GAIBAN_MIGRATION_DATABASE_URL": bare_roles.owner_url,
        "GAIBAN_APP_ROLE": bare_roles.app_role,
    }
    # As the application role alone, the schema cannot be made.
    refused = gaiban("migrate", env={"DATABASE_URL": bare_roles.app_url})
    assert refused.returncode == 1
    assert "permission denied" in refused.stderr
    assert "GAIBAN_MIGRATION_DATABASE_URL" in refused.stderr
    migrated = gaiban("migrate", env=env)
    assert migrated.returncode == 0, migrated.stderr
    assert f"role {bare_roles.app_role} may read and write rows" in migrated.stdout
    # The service's commands run as the application role: an administrator and its audit event.
    created = gaiban("create-admin", "--username", "ops.admin", env=env)
    assert created.returncode == 0, created.stderr
    regranted = gaiban("grant-app-role", bare_roles.app_role, env=env)
    assert regranted.returncode == 0, regranted.stderr
    superuser = urlsplit(bare_roles.superuser_url).username or "postgres"
    refused = gaiban("grant-app-role", superuser, env=env)
    assert refused.returncode == 1
    assert "neither a superuser nor the role that migrates" in refused.stderr


async def test_the_service_works_as_the_application_role(
    roles: Roles, token_service: TokenService, tmp_path_factory: pytest.TempPathFactory
) -> None:
    database = Database(roles.app_url, pool_size=4)
    try:
        settings = Settings(
            database_url=roles.app_url,
            data_dir=tmp_path_factory.mktemp("roles"),
            jwt_issuer=TEST_ISSUER,
            jwt_audience=TEST_AUDIENCE,
        )
        app = create_app(settings, database=database, token_service=token_service)
        # Users, posts (an advisory lock each, NOTIFY triggers), units, clients, audit events.
        world = await build_world(database, token_service)
        assert await asyncio.wait_for(database.caches.listener.wait_live(), 10)  # LISTEN
        transport = httpx.ASGITransport(app=app, raise_app_exceptions=False)
        async with httpx.AsyncClient(
            headers=ENGLISH, transport=transport, base_url="http://testserver"
        ) as client:
            assert (await client.get("/readyz")).status_code == 200  # reads alembic_version
            created = await client.post(
                f"/v1/jurisdictions/{world.places['city_a'].id}/units",
                json={"code": "development", "name": "发展和改革委员会", "kind": "department"},
                headers=world.headers("city_a.office_staff"),
            )
            assert created.status_code == 201, created.text
            task = await add_task(client, world)  # a task code counter, sequences
            patched = await with_if_match(
                client,
                "PATCH",  # gaiban_locked_task
                task_url(world, task),
                json={"title": "改过的标题"},
                headers=world.headers("city_a.office_staff"),
            )
            assert patched.status_code == 200, patched.text
            verified = await client.get("/v1/audit-events/verify", headers=world.headers("admin"))
            assert verified.status_code == 200, verified.text
            assert verified.json()["verified"] is True
            assert len(verified.json()["chains"]) == 4  # the platform's and three jurisdictions
    finally:
        await database.dispose()


# Each refused for want of a privilege, before any trigger could refuse it.
REFUSED = (
    "TRUNCATE audit_events",
    "TRUNCATE member_units CASCADE",
    "UPDATE audit_events SET actor_name = 'someone else'",
    "DELETE FROM audit_events",
    "INSERT INTO audit_chain_heads VALUES (gen_random_uuid(), 1, 'x')",
    "UPDATE audit_chain_heads SET seq = 0",
    "DELETE FROM audit_chain_heads",
    "UPDATE alembic_version SET version_num = 'x'",
    "UPDATE events SET payload = '{}'",
    "DELETE FROM events",
    "SET session_replication_role = replica",
    "ALTER TABLE audit_events DISABLE TRIGGER USER",
    "CREATE TABLE mine (id int)",
    "DROP TABLE member_units CASCADE",
    "DROP FUNCTION gaiban_audit_row_hash(audit_events)",
)


async def test_the_application_role_cannot_change_the_schema_or_the_trail(roles: Roles) -> None:
    await _admin(
        roles.owner_url,
        "INSERT INTO audit_events (actor_kind, actor_name, action, entity_type, entity_id) "
        "VALUES ('system', 'test', 'test.row', 'test', '1')",
    )
    connection = await asyncpg.connect(_asyncpg_dsn(roles.app_url))
    try:
        for statement in REFUSED:
            with pytest.raises(
                asyncpg.InsufficientPrivilegeError, match=r"permission denied|must be owner"
            ):
                await connection.execute(statement)
        # What it may do: append an event, chained by the owner's trigger, and read the trail.
        await connection.execute(
            "INSERT INTO audit_events (actor_kind, actor_name, action, entity_type, entity_id) "
            "VALUES ('system', 'test', 'test.row', 'test', '2')"
        )
        rows = await connection.fetch("SELECT chain_seq FROM audit_events ORDER BY chain_seq")
        assert [r["chain_seq"] for r in rows] == [1, 2]
        assert await connection.fetchval("SELECT seq FROM audit_chain_heads") == 2
    finally:
        await connection.close()


async def test_notifications_and_advisory_locks_work_as_the_application_role(
    roles: Roles,
) -> None:
    listener = await asyncpg.connect(_asyncpg_dsn(roles.app_url))
    sender = await asyncpg.connect(_asyncpg_dsn(roles.app_url))
    heard: asyncio.Queue[str] = asyncio.Queue()
    try:
        await listener.add_listener("gaiban_changes", lambda *args: heard.put_nowait(args[-1]))
        async with sender.transaction():
            await sender.execute("SELECT pg_advisory_xact_lock(42)")
            await sender.execute("SELECT pg_notify('gaiban_changes', 'positions')")
        assert await asyncio.wait_for(heard.get(), 5) == "positions"
    finally:
        await listener.close()
        await sender.close()


async def test_granting_refuses_a_superuser_a_missing_role_and_the_owner(roles: Roles) -> None:
    superuser = urlsplit(roles.superuser_url).username or "postgres"
    owner = urlsplit(roles.owner_url).username or ""
    for role in (superuser, "no_such_role_" + secrets.token_hex(4), owner):
        with pytest.raises(AppRoleRefused):
            await asyncio.to_thread(grant, roles.owner_url, role)
    await asyncio.to_thread(grant, roles.owner_url, roles.app_role)  # again: idempotent


def test_grants_quote_the_role_and_skip_tables_not_made_yet() -> None:
    statements = app_role_grants('odd"name', {"alembic_version"})
    assert all('"odd""name"' in s for s in statements)
    assert not any("audit_events" in s for s in statements)
    assert any(s.startswith("REVOKE INSERT, UPDATE, DELETE ON alembic_version") for s in statements)


async def test_the_suite_empties_a_database_whose_owner_is_no_superuser(
    roles: Roles, monkeypatch: pytest.MonkeyPatch
) -> None:
    """tests/conftest.py's way without DELETE under session_replication_role: TRUNCATE, with
    the audit trail's refusal switched off by its owner for the moment."""
    monkeypatch.setattr(conftest, "_delete_allowed", True)  # restored afterwards
    await _admin(
        roles.owner_url,
        "INSERT INTO audit_events (actor_kind, actor_name, action, entity_type, entity_id) "
        "VALUES ('system', 'test', 'test.row', 'test', '1')",
    )
    database = Database(roles.owner_url, pool_size=1)
    try:
        await conftest._empty(database)
        assert conftest._delete_allowed is False  # it took the TRUNCATE path
    finally:
        await database.dispose()
    connection = await asyncpg.connect(_asyncpg_dsn(roles.owner_url))
    try:
        assert await connection.fetchval("SELECT count(*) FROM audit_events") == 0
        assert await connection.fetchval("SELECT count(*) FROM audit_chain_heads") == 0
        with pytest.raises(asyncpg.InsufficientPrivilegeError, match="append-only"):
            await connection.execute("TRUNCATE audit_events")  # the refusal is back
    finally:
        await connection.close()


async def test_granting_refuses_a_role_that_acts_as_the_owner_or_makes_roles(
    roles: Roles,
) -> None:
    owner = urlsplit(roles.owner_url).username or ""
    member, creator = (f"gaiban_{kind}_{secrets.token_hex(4)}" for kind in ("member", "creator"))
    await _admin(
        roles.superuser_url,
        f"CREATE ROLE {member} LOGIN IN ROLE {owner}",
        f"CREATE ROLE {creator} LOGIN CREATEROLE",
    )
    try:
        for role in (member, creator):
            with pytest.raises(AppRoleRefused):
                await asyncio.to_thread(grant, roles.owner_url, role)
    finally:
        await _admin(roles.superuser_url, f"DROP ROLE {member}", f"DROP ROLE {creator}")
