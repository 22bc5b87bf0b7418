from __future__ import annotations

import uuid
from typing import Literal

from pydantic import BaseModel, Field

from app.domain.access import ClientScope
from app.domain.organisation import PositionRole


class TokenOut(BaseModel):
    access_token: str
    token_type: Literal["Bearer"] = "Bearer"  # noqa: S105 - a token kind, not a secret
    expires_in: int = Field(description="Seconds until the token expires.")


class Jwk(BaseModel):
    kty: str
    crv: str
    x: str
    y: str
    kid: str
    use: str
    alg: str


class Jwks(BaseModel):
    keys: list[Jwk]


class MyPosition(BaseModel):
    jurisdiction_id: uuid.UUID
    role: PositionRole
    unit_id: uuid.UUID | None


class MeOut(BaseModel):
    kind: Literal["user", "client"]
    id: uuid.UUID
    name: str
    is_platform_admin: bool
    home_jurisdiction_id: uuid.UUID | None
    positions: list[MyPosition] = Field(description="Positions in force today.")
    scopes: list[ClientScope] = Field(description="For machine clients: read, write.")


class Health(BaseModel):
    status: Literal["ok"]


class Readiness(BaseModel):
    """Public: says nothing an anonymous caller could use (no schema revision, no version)."""

    status: Literal["ready"]
