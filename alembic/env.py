"""Alembic environment (async). The URL comes from app.migrations.alembic_config, or from the
service's settings when alembic is run by hand (GAIBAN_MIGRATION_DATABASE_URL, else
DATABASE_URL). Once the scripts have run, the application role (app.migrations.alembic_config's
``app_role``, or GAIBAN_APP_ROLE by hand) is granted what the service needs, in the same
transaction."""

from __future__ import annotations

import asyncio
from logging.config import fileConfig

from sqlalchemy import pool
from sqlalchemy.engine import Connection
from sqlalchemy.ext.asyncio import create_async_engine

from alembic import context
from app.migrations import grant_app_role
from app.models import Base

config = context.config
if config.config_file_name is not None and config.attributes.get("configure_logger", True):
    fileConfig(config.config_file_name, disable_existing_loggers=False)

target_metadata = Base.metadata


def _url() -> str:
    url = config.get_main_option("sqlalchemy.url")
    if url:
        return url
    from app.migrations import migration_url
    from app.settings import get_settings

    return migration_url(get_settings())


def _app_role() -> str | None:
    if "app_role" in config.attributes:
        role: str | None = config.attributes["app_role"]
        return role
    from app.settings import get_settings

    return get_settings().app_role


def run_migrations_offline() -> None:
    context.configure(url=_url(), target_metadata=target_metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def _run(connection: Connection) -> None:
    context.configure(connection=connection, target_metadata=target_metadata, compare_type=True)
    with context.begin_transaction():
        context.run_migrations()
        role = _app_role()
        if role:
            grant_app_role(connection, role)


async def run_migrations_online() -> None:
    # As the service's engine (app/db.py): a failed statement's error shows no bound values.
    engine = create_async_engine(_url(), poolclass=pool.NullPool, hide_parameters=True)
    async with engine.connect() as connection:
        await connection.run_sync(_run)
    await engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    asyncio.run(run_migrations_online())
