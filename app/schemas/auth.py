from __future__ import annotations

import uuid
from typing import Literal

from pydantic import BaseModel, Field

from app.domain.access import ClientScope
from app.domain.positions import PositionLevel
from app.domain.rulebook import KEY_PATTERN


class TokenOut(BaseModel):
    access_token: str
    token_type: Literal["Bearer"] = "Bearer"  # noqa: S105 - a token kind, not a secret
    expires_in: int = Field(description="Seconds until the token expires.")
    issued_token_type: str | None = Field(
        default=None,
        description="Token exchange only (RFC 8693 §2.2.1): "
        "urn:ietf:params:oauth:token-type:access_token.",
    )


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
    role: str = Field(
        pattern=KEY_PATTERN,
        description="The position's key in the rulebook (leader, office_staff, liaison_officer…).",
    )
    unit_id: uuid.UUID | None
    level: PositionLevel = Field(
        description="leading_group, office or member_unit: fixed when the post was assigned."
    )
    title_zh: str | None = Field(
        description="The position's title in the rulebook in force today (null when it no "
        "longer defines the key)."
    )
    defined: bool = Field(
        description="False when the rulebook in force today no longer defines the key: the post "
        "keeps its level's powers and none of the capabilities the rulebook gave it."
    )


class MeOut(BaseModel):
    kind: Literal["user", "client"]
    id: uuid.UUID
    name: str = Field(description="The login (a person's username, a client's client_id).")
    display_name: str = Field(
        description="The name shown in signatures and every 'by' field (a client's client_id)."
    )
    is_platform_admin: bool
    home_jurisdiction_id: uuid.UUID | None
    positions: list[MyPosition] = Field(description="Positions in force today.")
    scopes: list[ClientScope] = Field(description="For machine clients: read, write, act_as.")
    acting_client_id: uuid.UUID | None = Field(
        default=None,
        description="With a token from a token exchange: the machine client acting for this "
        "person (the token's act claim).",
    )


class Health(BaseModel):
    status: Literal["ok"]


class Readiness(BaseModel):
    """Public: says nothing an anonymous caller could use (no schema revision, no version)."""

    status: Literal["ready"]
