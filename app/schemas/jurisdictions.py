from __future__ import annotations

import uuid
from datetime import datetime

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
