from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from app.domain.organisation import PositionRole
from app.schemas.base import ReadModel, WriteModel


class PositionCreate(WriteModel):
    user_id: uuid.UUID
    role: PositionRole
    unit_id: uuid.UUID | None = Field(
        default=None, description="Required for unit_head, liaison_officer, information_officer."
    )
    title: str | None = Field(default=None, max_length=200, examples=["市住房和城乡建设局局长"])
    valid_from: date
    valid_to: date | None = Field(default=None, description="Last day held (inclusive).")


class PositionUpdate(WriteModel):
    title: str | None = Field(default=None, max_length=200)
    valid_from: date | None = None
    valid_to: date | None = None


class PositionOut(ReadModel):
    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    user_id: uuid.UUID
    role: PositionRole
    unit_id: uuid.UUID | None
    title: str | None
    valid_from: date
    valid_to: date | None
    created_at: datetime
    updated_at: datetime
