"""All configuration, read once from the environment (prefix ``GAIBAN_``; ``DATABASE_URL`` too)."""

from __future__ import annotations

from enum import StrEnum
from functools import lru_cache
from ipaddress import IPv4Network, IPv6Network, ip_network
from pathlib import Path
from typing import Annotated
from urllib.parse import unquote, urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import (
    AliasChoices,
    Field,
    SecretStr,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

from app.domain.webhooks import DEFAULT_RETRY_SCHEDULE

PROJECT_ROOT = Path(__file__).resolve().parent.parent

# Values that must never protect a production deployment.
PLACEHOLDER_SECRETS = frozenset(
    {"", "changeme", "change-me", "change_me", "secret", "password", "gaiban", "placeholder"}
)


class Environment(StrEnum):
    development = "development"
    production = "production"


class Settings(BaseSettings):
    # hide_input_in_errors: a refusal must not print the key or the database password it refuses.
    model_config = SettingsConfigDict(
        env_prefix="GAIBAN_", extra="ignore", hide_input_in_errors=True
    )

    environment: Environment = Environment.development
    data_dir: Path = Field(
        default=Path(".gaiban"), description="Embedded PostgreSQL and key files."
    )
    database_url: str | None = Field(
        default=None,
        validation_alias=AliasChoices("DATABASE_URL", "GAIBAN_DATABASE_URL"),
        description="postgresql+asyncpg://… of an external server; unset = embedded PostgreSQL.",
    )
    # Two roles in production (README, "Database roles in production"): the owner of the schema,
    # which migrates, and the service's own role, which may only read and write rows.
    migration_database_url: str | None = Field(
        default=None,
        description="postgresql+asyncpg://… as the role that owns the schema, for `gaiban "
        "migrate` and `serve --migrate`; unset = DATABASE_URL.",
    )
    app_role: str | None = Field(
        default=None,
        max_length=63,
        description="The role DATABASE_URL connects as: after migrating, it is granted what the "
        "service needs (rows only) and nothing more.",
    )
    database_name: str = "gaiban"
    database_pool_size: int = Field(default=10, ge=1, le=200)

    host: str = "127.0.0.1"
    port: int = Field(default=8000, ge=1, le=65535)
    public_base_url: str = "http://127.0.0.1:8000"

    jwt_issuer: str = "gaiban"
    jwt_audience: str = "gaiban-api"
    jwt_private_key: SecretStr | None = Field(
        default=None, description="ES256 private key in PEM; unset = generated under data_dir."
    )
    access_token_ttl_seconds: int = Field(default=900, ge=60, le=3600)
    # Tokens whose exp - iat exceeds this are refused, whoever signed them.
    max_token_lifetime_seconds: int = Field(default=3600, ge=60, le=86_400)
    # Tokens a client with the act_as scope gets for a person by token exchange (RFC 8693):
    # short, since the person is not there to sign out.
    token_exchange_ttl_seconds: int = Field(default=300, ge=60, le=3600)
    # Browser origins allowed to call the API (CORS), comma-separated, e.g.
    # "https://portal.example.gov.cn". None by default: no CORS headers, preflights refused.
    cors_origins: Annotated[list[str], NoDecode] = Field(default_factory=list)
    # How long a password setup token (a reset by someone else, a new account) can be used.
    password_setup_ttl_seconds: int = Field(default=2 * 3600, ge=300, le=72 * 3600)

    # argon2 at its default cost takes ~64 MiB and a core for ~0.1-0.4 s a hash: at most this
    # many at once per process, in worker threads (app/security.py).
    password_hashing_threads: int = Field(default=2, ge=1, le=64)
    # Proxies whose X-Forwarded-For is believed (addresses or networks, comma-separated): the
    # sign-in throttle counts failures per client address. None by default: the peer's address.
    trusted_proxies: Annotated[list[IPv4Network | IPv6Network], NoDecode] = Field(
        default_factory=list
    )

    # The public routes (/v1/public/…, no token): each client address (as trusted_proxies
    # tells it) may make this many requests per window, counted in each process's memory (a
    # deployment with N worker processes lets an address make up to N times as many); past
    # that, 429 with Retry-After. Answers may be cached by browsers and proxies this long.
    public_rate_limit_requests: int = Field(default=120, ge=1, le=1_000_000)
    public_rate_limit_window_seconds: int = Field(default=60, ge=1, le=86_400)
    public_cache_max_age_seconds: int = Field(default=300, ge=0, le=86_400)

    # Webhooks (issue 17). Deliveries go to https URLs on public addresses only: http and
    # loopback/private/link-local receivers are for development and tests, allowed here.
    webhook_allow_http: bool = False
    webhook_allow_private_addresses: bool = False
    # Seconds between a failed attempt and the next, comma-separated; the delivery is dead
    # when the last one fails (app/domain/webhooks.py DEFAULT_RETRY_SCHEDULE).
    webhook_retry_schedule: Annotated[tuple[float, ...], NoDecode] = Field(
        default=DEFAULT_RETRY_SCHEDULE
    )
    # How many deliveries one worker process has under way at once, and of one subscription
    # (a receiver that answers slowly or not at all holds no more than that).
    worker_concurrency: int = Field(default=16, ge=1, le=256)
    webhook_max_in_flight_per_subscription: int = Field(default=4, ge=1, le=256)
    # How often the worker looks for time-driven events (overdue, reminders).
    scheduler_interval_seconds: float = Field(default=30.0, gt=0, le=3600)

    default_time_zone: str = "Asia/Shanghai"
    max_request_bytes: int = Field(default=1_048_576, ge=1024)
    # Routes that take files (report submissions): each file, and the whole request.
    upload_max_file_bytes: int = Field(default=20 * 1_048_576, ge=1024)
    upload_max_request_bytes: int = Field(default=64 * 1_048_576, ge=1024)
    list_limit_default: int = Field(default=50, ge=1)
    list_limit_max: int = Field(default=200, ge=1)

    demo_password: SecretStr = SecretStr("gaiban-demo-2026")
    demo_client_secret: SecretStr = SecretStr("gaiban-demo-2026")
    log_level: str = "INFO"
    # FastAPI's own OpenTelemetry instrumentation (spans, metrics, logs to the providers the
    # process configures). Off by default: when on, every request asks the global providers
    # whether anyone listens (~15 µs) even when nobody does.
    opentelemetry: bool = False

    @field_validator("database_url", "migration_database_url")
    @classmethod
    def _asyncpg_url(cls, value: str | None, info: ValidationInfo) -> str | None:
        if value is None or value == "":
            return None
        if value.startswith(("postgres://", "postgresql://")):
            # Accept the libpq spelling operators paste from elsewhere; the driver is fixed.
            value = "postgresql+asyncpg://" + value.split("://", 1)[1]
        if not value.startswith("postgresql+asyncpg://"):
            name = (
                "DATABASE_URL"
                if info.field_name == "database_url"
                else "GAIBAN_" + str(info.field_name).upper()
            )
            raise ValueError(f"{name} must be a postgresql+asyncpg:// URL")
        return value

    @field_validator("trusted_proxies", mode="before")
    @classmethod
    def _comma_separated_networks(cls, value: object) -> object:
        if isinstance(value, str):
            try:
                return [ip_network(part.strip()) for part in value.split(",") if part.strip()]
            except ValueError as exc:
                raise ValueError(f"GAIBAN_TRUSTED_PROXIES: {exc}") from exc
        return value

    @field_validator("cors_origins", mode="before")
    @classmethod
    def _comma_separated_origins(cls, value: object) -> object:
        if isinstance(value, str):
            value = [part.strip().rstrip("/") for part in value.split(",") if part.strip()]
        if isinstance(value, list):
            for origin in value:
                # An origin is scheme://host[:port]: "*" would let any site call with the
                # user's token in its scripts, and a path never matches a browser's Origin.
                scheme, sep, rest = str(origin).partition("://")
                if scheme not in ("http", "https") or not sep or not rest or "/" in rest:
                    raise ValueError(
                        f"GAIBAN_CORS_ORIGINS: {str(origin)[:80]!r} is not an origin "
                        "(scheme://host[:port])"
                    )
        return value

    @field_validator("webhook_retry_schedule", mode="before")
    @classmethod
    def _comma_separated_seconds(cls, value: object) -> object:
        if isinstance(value, str):
            try:
                delays = tuple(float(part) for part in value.split(",") if part.strip())
            except ValueError as exc:
                raise ValueError(f"GAIBAN_WEBHOOK_RETRY_SCHEDULE: {exc}") from exc
            if any(delay < 0 for delay in delays):
                raise ValueError("GAIBAN_WEBHOOK_RETRY_SCHEDULE: delays must not be negative")
            return delays
        return value

    @field_validator("default_time_zone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @model_validator(mode="after")
    def _refuse_placeholders_outside_development(self) -> Settings:
        if self.environment is Environment.development:
            return self
        problems = []
        if self.database_url is None:
            problems.append("DATABASE_URL must name the production PostgreSQL")
        elif _url_password(self.database_url) in PLACEHOLDER_SECRETS - {""}:
            problems.append("DATABASE_URL carries a placeholder password")
        if self.migration_database_url is not None and _url_password(
            self.migration_database_url
        ) in PLACEHOLDER_SECRETS - {""}:
            problems.append("GAIBAN_MIGRATION_DATABASE_URL carries a placeholder password")
        if self.jwt_private_key is None:
            problems.append("GAIBAN_JWT_PRIVATE_KEY must hold the ES256 signing key (PEM)")
        else:
            key = self.jwt_private_key.get_secret_value().strip()
            if key.lower() in PLACEHOLDER_SECRETS:
                problems.append("GAIBAN_JWT_PRIVATE_KEY is a placeholder")
            elif not (key.startswith("-----BEGIN ") and "PRIVATE KEY-----" in key):
                problems.append("GAIBAN_JWT_PRIVATE_KEY is not a PEM private key")
        if problems:
            raise ValueError("refusing to run in production: " + "; ".join(problems))
        return self

    @model_validator(mode="after")
    def _token_lifetimes_ordered(self) -> Settings:
        if self.token_exchange_ttl_seconds > self.max_token_lifetime_seconds:
            raise ValueError(
                "GAIBAN_TOKEN_EXCHANGE_TTL_SECONDS must not exceed "
                "GAIBAN_MAX_TOKEN_LIFETIME_SECONDS"
            )
        if self.access_token_ttl_seconds > self.max_token_lifetime_seconds:
            raise ValueError(
                "GAIBAN_ACCESS_TOKEN_TTL_SECONDS must not exceed GAIBAN_MAX_TOKEN_LIFETIME_SECONDS"
            )
        return self

    @model_validator(mode="after")
    def _upload_limits_ordered(self) -> Settings:
        if self.upload_max_file_bytes > self.upload_max_request_bytes:
            raise ValueError(
                "GAIBAN_UPLOAD_MAX_FILE_BYTES must not exceed GAIBAN_UPLOAD_MAX_REQUEST_BYTES"
            )
        return self

    @property
    def resolved_data_dir(self) -> Path:
        path = self.data_dir if self.data_dir.is_absolute() else Path.cwd() / self.data_dir
        return path.resolve()


def _url_password(url: str) -> str | None:
    password = urlsplit(url).password
    return None if password is None else unquote(password).lower()


@lru_cache(maxsize=1)
def get_settings() -> Settings:
    return Settings()
