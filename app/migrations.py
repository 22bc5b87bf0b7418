"""Running Alembic from code (CLI, tests, readiness): one place that knows where the scripts are.

Alembic is imported inside the functions: importing it and reading the scripts took ~0.1 s of
every start-up, and only ``--migrate``, the CLI and the first /readyz need it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from app.settings import PROJECT_ROOT

if TYPE_CHECKING:
    from alembic.config import Config


def alembic_config(database_url: str) -> Config:
    from alembic.config import Config

    config = Config(str(PROJECT_ROOT / "alembic.ini"))
    config.set_main_option("script_location", str(PROJECT_ROOT / "alembic"))
    # '%' must be doubled for configparser; the URL can carry percent-encoded parts.
    config.set_main_option("sqlalchemy.url", database_url.replace("%", "%%"))
    # alembic.ini's logging sections are for running alembic by hand; applied from inside the
    # service they would replace its JSON log handler (and silence INFO) mid-run.
    config.attributes["configure_logger"] = False
    return config


def upgrade(database_url: str, revision: str = "head") -> None:
    from alembic import command

    command.upgrade(alembic_config(database_url), revision)


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
