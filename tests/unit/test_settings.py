"""Configuration: development runs on defaults; production refuses placeholders and guesses."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from pydantic import ValidationError

from app.security import generate_private_pem
from app.settings import PROJECT_ROOT, Environment, Settings

GOOD_URL = "postgresql+asyncpg://gaiban:s3cr3t-0f-th3-d4y@db.internal:5432/gaiban"


@pytest.fixture(autouse=True)
def clean_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    for key in list(os.environ):
        if key.startswith("GAIBAN_") or key == "DATABASE_URL":
            monkeypatch.delenv(key)


@pytest.fixture
def production(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAIBAN_ENVIRONMENT", "production")
    monkeypatch.setenv("DATABASE_URL", GOOD_URL)
    monkeypatch.setenv("GAIBAN_JWT_PRIVATE_KEY", generate_private_pem())


def test_development_starts_on_defaults() -> None:
    settings = Settings()
    assert settings.environment is Environment.development
    assert settings.database_url is None  # the embedded PostgreSQL
    assert settings.jwt_private_key is None  # a key file under data_dir
    assert settings.default_time_zone == "Asia/Shanghai"


@pytest.mark.usefixtures("production")
def test_production_starts_with_a_real_database_and_key() -> None:
    settings = Settings()
    assert settings.environment is Environment.production
    assert settings.database_url == GOOD_URL


@pytest.mark.usefixtures("production")
def test_production_refuses_to_start_without_database_url(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("DATABASE_URL")
    with pytest.raises(ValidationError, match="DATABASE_URL must name the production PostgreSQL"):
        Settings()


@pytest.mark.usefixtures("production")
def test_production_refuses_to_start_without_a_signing_key(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("GAIBAN_JWT_PRIVATE_KEY")
    with pytest.raises(ValidationError, match="GAIBAN_JWT_PRIVATE_KEY must hold"):
        Settings()


@pytest.mark.usefixtures("production")
@pytest.mark.parametrize("placeholder", ["changeme", "CHANGEME", " secret ", ""])
def test_production_refuses_a_placeholder_signing_key(
    monkeypatch: pytest.MonkeyPatch, placeholder: str
) -> None:
    monkeypatch.setenv("GAIBAN_JWT_PRIVATE_KEY", placeholder)
    with pytest.raises(ValidationError, match="GAIBAN_JWT_PRIVATE_KEY is a placeholder"):
        Settings()


@pytest.mark.usefixtures("production")
def test_production_refuses_a_signing_key_that_is_not_pem(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAIBAN_JWT_PRIVATE_KEY", "my-very-own-signing-key")
    with pytest.raises(ValidationError, match="not a PEM private key"):
        Settings()


@pytest.mark.usefixtures("production")
def test_production_refuses_a_placeholder_database_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://gaiban:changeme@db.internal/gaiban")
    with pytest.raises(ValidationError, match="DATABASE_URL carries a placeholder password"):
        Settings()


@pytest.mark.usefixtures("production")
def test_production_accepts_a_database_url_without_password(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Peer/certificate authentication carries no password at all: nothing to be a placeholder.
    monkeypatch.setenv("DATABASE_URL", "postgresql://gaiban@/gaiban?host=/run/postgresql")
    assert Settings().database_url == "postgresql+asyncpg://gaiban@/gaiban?host=/run/postgresql"


def test_development_ignores_placeholders(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAIBAN_JWT_PRIVATE_KEY", "changeme")
    assert Settings().jwt_private_key is not None


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ("postgres://u:p@h:5432/d", "postgresql+asyncpg://u:p@h:5432/d"),
        ("postgresql://u@h/d", "postgresql+asyncpg://u@h/d"),
        ("postgresql+asyncpg://u@h/d", "postgresql+asyncpg://u@h/d"),
    ],
)
def test_database_url_is_normalised_to_asyncpg(
    monkeypatch: pytest.MonkeyPatch, given: str, expected: str
) -> None:
    monkeypatch.setenv("DATABASE_URL", given)
    assert Settings().database_url == expected


def test_empty_database_url_means_the_embedded_server(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DATABASE_URL", "")
    assert Settings().database_url is None


@pytest.mark.parametrize(
    "url",
    [
        "mysql://u:hunter2@h/d",
        "oracle+oracledb://u:p@h/x",
        "postgresql+psycopg://u:hunter2@h/d",
        "h:5432/d",
    ],
)
def test_database_url_other_than_postgresql_is_refused_without_echoing_it(
    monkeypatch: pytest.MonkeyPatch, url: str
) -> None:
    monkeypatch.setenv("DATABASE_URL", url)
    with pytest.raises(ValidationError, match=r"postgresql\+asyncpg") as refused:
        Settings()
    assert "hunter2" not in str(refused.value)


def test_unknown_time_zone_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GAIBAN_DEFAULT_TIME_ZONE", "Mars/Olympus_Mons")
    with pytest.raises(ValidationError, match="unknown time zone"):
        Settings()


def test_gaiban_serve_in_production_with_placeholders_exits_with_a_clear_message(
    tmp_path: Path,
) -> None:
    env = {key: value for key, value in os.environ.items() if key != "TEST_DATABASE_URL"}
    env.update(
        GAIBAN_ENVIRONMENT="production",
        GAIBAN_JWT_PRIVATE_KEY="changeme",
        GAIBAN_DATA_DIR=str(tmp_path),
        DATABASE_URL="postgresql://gaiban:changeme@127.0.0.1:9/gaiban",
    )
    script = Path(sys.executable).parent / "gaiban"
    command = [str(script)] if script.exists() else [sys.executable, "-m", "app.cli"]
    result = subprocess.run(  # noqa: S603 - our own console script
        [*command, "serve", "--port", "9"],
        env=env,
        cwd=PROJECT_ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode != 0
    assert "refusing to run in production" in result.stderr
    assert "GAIBAN_JWT_PRIVATE_KEY is a placeholder" in result.stderr
    assert "DATABASE_URL carries a placeholder password" in result.stderr
    assert "serves on" not in result.stdout
    assert "changeme" not in result.stderr  # the refusal names settings, not their values
    assert not any(tmp_path.iterdir())  # nothing was started or written


def test_a_migration_url_of_its_own_is_normalised_and_checked(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GAIBAN_MIGRATION_DATABASE_URL", "postgresql://owner:pw@db/gaiban")
    monkeypatch.setenv("GAIBAN_APP_ROLE", "gaiban_app")
    settings = Settings()
    assert settings.migration_database_url == "postgresql+asyncpg://owner:pw@db/gaiban"
    assert settings.app_role == "gaiban_app"
    monkeypatch.setenv("GAIBAN_MIGRATION_DATABASE_URL", "mysql://owner@db/gaiban")
    with pytest.raises(ValidationError, match="GAIBAN_MIGRATION_DATABASE_URL must be a"):
        Settings()


@pytest.mark.usefixtures("production")
def test_production_refuses_a_placeholder_password_for_migrating(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("GAIBAN_MIGRATION_DATABASE_URL", "postgresql://owner:changeme@db/gaiban")
    with pytest.raises(
        ValidationError, match="GAIBAN_MIGRATION_DATABASE_URL carries a placeholder"
    ):
        Settings()


def test_trusted_proxies_are_comma_separated_addresses_or_networks(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert Settings().trusted_proxies == []  # none by default: the peer's address counts
    monkeypatch.setenv("GAIBAN_TRUSTED_PROXIES", "10.0.0.5, 10.1.0.0/16,::1")
    assert [str(network) for network in Settings().trusted_proxies] == [
        "10.0.0.5/32",
        "10.1.0.0/16",
        "::1/128",
    ]
    monkeypatch.setenv("GAIBAN_TRUSTED_PROXIES", "proxy.internal")
    with pytest.raises(ValidationError, match="GAIBAN_TRUSTED_PROXIES"):
        Settings()
