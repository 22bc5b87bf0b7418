from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field

from app.domain.organisation import UnitKind
from app.schemas.base import ReadModel, WriteModel
from app.schemas.jurisdictions import CODE_PATTERN


class UnitCreate(WriteModel):
    code: str = Field(pattern=CODE_PATTERN, examples=["natural_resources"])
    name: str = Field(min_length=1, max_length=200, examples=["市自然资源和规划局"])
    kind: UnitKind = UnitKind.department


class UnitUpdate(WriteModel):
    name: str | None = Field(default=None, min_length=1, max_length=200)
    kind: UnitKind | None = None
    is_active: bool | None = None


class UnitOut(ReadModel):
    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    code: str
    name: str
    kind: UnitKind
    is_active: bool
    created_at: datetime
    updated_at: datetime
