"""Running Alembic from code (CLI, tests, readiness): one place that knows where the scripts are."""

from __future__ import annotations

from alembic.config import Config
from alembic.script import ScriptDirectory

from alembic import command
from app.settings import PROJECT_ROOT


def alembic_config(database_url: str) -> Config:
    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "alembic"))
    # '%' must be doubled for configparser; the URL can carry percent-encoded parts.
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    # alembic.ini's logging sections are for running alembic by hand; applied from inside the
    # service they would replace its JSON log handler (and silence INFO) mid-run.
    config.attributes["configure_logger"] = False
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    command.upgrade(alembic_config(database_url), revision)


def downgrade(database_url: str, revision: str = "base") -> None:
    command.downgrade(alembic_config(database_url), revision)


def head_revision() -> str:
    script = ScriptDirectory.from_config(alembic_config("postgresql+asyncpg://unused/unused"))
    head = script.get_current_head()
    assert head is not None, "no migrations found"
    return head
