"""Running Alembic from code (CLI, tests, readiness): one place that knows where the scripts are.

Alembic is imported inside the functions: importing it and reading the scripts took ~0.1 s of
every start-up, and only ``--migrate``, the CLI and the first /readyz need it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from app.settings import PROJECT_ROOT, Settings

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy.engine import Connection


def alembic_config(database_url: str, *, app_role: str | None = None) -> Config:
    """``app_role``: the role granted what the service needs once the scripts have run
    (alembic/env.py, grant_app_role)."""
    from alembic.config import Config

    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "alembic"))
    # '%' must be doubled for configparser; the URL can carry percent-encoded parts.
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    # alembic.ini's logging sections are for running alembic by hand; applied from inside the
    # service they would replace its JSON log handler (and silence INFO) mid-run.
    config.attributes["configure_logger"] = False
    config.attributes["app_role"] = app_role
    return config


def upgrade(database_url: str, revision: str = "head", *, app_role: str | None = None) -> None:
    from alembic import command

    command.upgrade(alembic_config(database_url, app_role=app_role), revision)


def downgrade(database_url: str, revision: str = "base") -> None:
    from alembic import command

    command.downgrade(alembic_config(database_url), revision)


@cache  # the scripts do not change while the process runs
def head_revision() -> str:
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config("postgresql+asyncpg://unused/unused"))
    head = script.get_current_head()
    assert head is not None, "no migrations found"
    return head


def migration_url(settings: Settings) -> str:
    """Where ``gaiban migrate`` connects: as the schema's owner when one is named."""
    if settings.migration_database_url:
        return settings.migration_database_url
    from app.db import resolve_database_url

    return resolve_database_url(settings)


class AppRoleRefused(ValueError):
    """The role named to run the service cannot be given the service's rights."""


def _quoted(role: str) -> str:
    return '"' + role.replace('"', '""') + '"'


def app_role_grants(role: str, tables: set[str]) -> list[str]:
    """What the service's own role may do: read and write rows, use the sequences; never
    TRUNCATE, never change the schema (it owns nothing), never change or remove an audit event
    or an event of the outbox
    (the trigger that chains them is SECURITY DEFINER: it writes the chain heads as the
    owner), never move the schema's version. ``tables``: the tables that exist now."""
    who = _quoted(role)
    statements = [
        f"GRANT USAGE ON SCHEMA public TO {who}",
        f"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {who}",
        f"REVOKE TRUNCATE, REFERENCES, TRIGGER ON ALL TABLES IN SCHEMA public FROM {who}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {who}",
    ]
    revoked = {
        "alembic_version": "INSERT, UPDATE, DELETE",
        "audit_events": "UPDATE, DELETE",
        "audit_chain_heads": "INSERT, UPDATE, DELETE",
        # Numbered at commit by a SECURITY DEFINER trigger: the outbox is append-only here.
        "events": "UPDATE, DELETE",
    }
    statements += [
        f"REVOKE {rights} ON {table} FROM {who}"
        for table, rights in revoked.items()
        if table in tables
    ]
    return statements


def grant_app_role(connection: Connection, role: str) -> None:
    """Give ``role`` the service's rights (app_role_grants) on what exists now, as the owner
    connected on ``connection``. Run after every upgrade (new tables need their grants)."""
    from sqlalchemy import text

    found = connection.execute(
        text(
            "SELECT rolsuper, rolname = current_user AS is_me, rolcreaterole, rolbypassrls, "
            "pg_has_role(rolname, current_user, 'MEMBER') AS acts_as_me "
            "FROM pg_roles WHERE rolname = :role"
        ),
        {"role": role},
    ).one_or_none()
    if found is None:
        raise AppRoleRefused(
            f"the application role {role!r} does not exist: create it first "
            f"(CREATE ROLE … LOGIN PASSWORD …)"
        )
    if found.rolsuper or found.is_me or found.acts_as_me:
        raise AppRoleRefused(
            f"the application role {role!r} must be a role of its own, neither a superuser "
            "nor the role that migrates (nor a member of it, which acts as its owner)"
        )
    if found.rolcreaterole or found.rolbypassrls:
        raise AppRoleRefused(
            f"the application role {role!r} must not have CREATEROLE or BYPASSRLS: it reads "
            "and writes rows, nothing more"
        )
    tables = set(
        connection.execute(
            text("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
        ).scalars()
    )
    for statement in app_role_grants(role, tables):
        connection.execute(text(statement))


def grant(database_url: str, role: str) -> None:
    """grant_app_role in a transaction of its own (``gaiban grant-app-role``)."""
    import asyncio

    from sqlalchemy import pool
    from sqlalchemy.ext.asyncio import create_async_engine

    async def run() -> None:
        engine = create_async_engine(database_url, poolclass=pool.NullPool)
        try:
            async with engine.begin() as connection:
                await connection.run_sync(grant_app_role, role)
        finally:
            await engine.dispose()

    asyncio.run(run())
