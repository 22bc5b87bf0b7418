"""What the benchmarks share: a throwaway migrated database (in the embedded pgserver cluster
under .gaiban/test-pg, or next to TEST_DATABASE_URL), and a platform administrator's token."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

NAME = f"gaiban_bench_{os.getpid()}"


async def _admin(url: str, sql: str) -> None:
    import asyncpg

    connection = await asyncpg.connect(url.replace("postgresql+asyncpg://", "postgresql://", 1))
    try:
        await connection.execute(sql)
    finally:
        await connection.close()


def _with_database(url: str, name: str) -> str:
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def run_in_throwaway_database(run: Callable[[str], Awaitable[None]]) -> None:
    """Create and migrate a database, run ``run(url)`` on it, and drop it whatever happens."""
    from app.migrations import upgrade
    from app.settings import PROJECT_ROOT

    external = os.environ.get("TEST_DATABASE_URL")
    if external:
        maintenance = external.replace("postgresql://", "postgresql+asyncpg://", 1)
    else:
        from app.embedded_pg import embedded_database_url, start_embedded_postgres

        server = start_embedded_postgres(PROJECT_ROOT / ".gaiban" / "test-pg")
        maintenance = embedded_database_url(server, "postgres")
    asyncio.run(_admin(maintenance, f'CREATE DATABASE "{NAME}"'))
    try:
        url = _with_database(maintenance, NAME)
        upgrade(url)
        asyncio.run(run(url))
    finally:
        asyncio.run(_admin(maintenance, f'DROP DATABASE IF EXISTS "{NAME}" WITH (FORCE)'))


def token_service() -> Any:
    from app.security import TokenService, generate_private_pem, signing_key_from_pem

    return TokenService(
        signing_key_from_pem(generate_private_pem()), issuer="b", audience="b", ttl_seconds=3600
    )


async def create_admin(session: Any) -> Any:
    from pydantic import SecretStr

    from app.schemas.users import UserCreateWithPassword
    from app.services import users

    return await users.create_with_password(
        session,
        UserCreateWithPassword(
            username="bench.admin",
            display_name="bench",
            password=SecretStr("correct horse battery"),
            is_platform_admin=True,
        ),
    )
