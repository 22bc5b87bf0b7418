from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from app.domain.organisation import JurisdictionLevel
from app.schemas.base import ReadModel, WriteModel

CODE_PATTERN = r"^[a-z0-9](?:[a-z0-9_-]{0,62}[a-z0-9])?$"


class JurisdictionCreate(WriteModel):
    code: str = Field(pattern=CODE_PATTERN, examples=["ezhou"], description="Stable slug.")
    name: str = Field(min_length=1, max_length=200, examples=["鄂州市"])
    level: JurisdictionLevel
    parent_id: uuid.UUID | None = None
    division_code: str | None = Field(
        default=None, pattern=r"^\d{6}$", description="GB/T 2260 administrative division code."
    )
    time_zone: str = Field(default="Asia/Shanghai", max_length=64)


class JurisdictionUpdate(WriteModel):
    name: str | None = Field(default=None, min_length=1, max_length=200)
    division_code: str | None = Field(default=None, pattern=r"^\d{6}$")


class JurisdictionOut(ReadModel):
    id: uuid.UUID
    code: str
    name: str
    level: JurisdictionLevel
    parent_id: uuid.UUID | None
    division_code: str | None
    time_zone: str
    created_at: datetime
    updated_at: datetime


class PublicRulebookOut(ReadModel):
    """The rulebook version in force in a jurisdiction today: which, from when, its title."""

    version_id: uuid.UUID
    owner_jurisdiction_id: uuid.UUID = Field(description="Whose version it is.")
    inherited: bool = Field(description="The version is one of its own parent's (C-ORG-3).")
    effective_from: date
    title: str


class PublicBodyOut(ReadModel):
    """A body that issues documents in the jurisdiction's name (the rulebook's issuers): the
    leading group and its office, as one addresses them."""

    key: str = Field(examples=["office"])
    name: str = Field(examples=["昌吉州工程建设项目审批制度改革领导小组办公室"])
    code: str = Field(description="Its document-number code.", examples=["昌建审改办"])


class PublicContactOut(ReadModel):
    """Who leads the office today: the post and its holder's display name (no account)."""

    role: str = Field(examples=["office_director"])
    title: str = Field(description="The post's title in the rulebook.", examples=["办公室主任"])
    name: str = Field(description="The holder's display name.", examples=["张主任"])


class ParentFactsOut(ReadModel):
    """A jurisdiction's public facts, as a county reads its parent's."""

    id: uuid.UUID
    code: str
    name: str
    level: JurisdictionLevel
    division_code: str | None
    time_zone: str
    as_of: date = Field(description="Today in the parent's time zone: what the facts are of.")
    rulebook: PublicRulebookOut | None = Field(
        description="The rulebook in force there today; null when none is."
    )
    bodies: list[PublicBodyOut] = Field(
        description="The issuers the rulebook in force defines (its leading group, its office)."
    )
    contacts: list[PublicContactOut] = Field(
        description="The holders of the office's leading posts today (director, deputy "
        "directors: the posts with `office_leadership`), by display name only."
    )
