from __future__ import annotations

import uuid
from datetime import date, datetime

from pydantic import Field

from app.domain.positions import PositionLevel
from app.domain.rulebook import KEY_PATTERN
from app.schemas.base import ReadModel, WriteModel

ROLE_DESCRIPTION = (
    "The position's key. The rulebook in force on the tenure's first day defines the keys (its "
    "`positions` section; before any rulebook is in force, the default catalogue: leader, "
    "deputy_leader, member, office_director, office_deputy_director, office_staff, unit_head, "
    "liaison_officer, information_officer)."
)


class PositionCreate(WriteModel):
    user_id: uuid.UUID
    role: str = Field(
        pattern=KEY_PATTERN,
        max_length=64,
        description=ROLE_DESCRIPTION + " A key it does not define is refused (422).",
        examples=["office_staff"],
    )
    unit_id: uuid.UUID | None = Field(
        default=None,
        description="The member unit: required for a position of the member_unit level "
        "(unit_head, liaison_officer, information_officer in the default catalogue), null for "
        "any other.",
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
    role: str = Field(description=ROLE_DESCRIPTION)
    level: PositionLevel = Field(
        description="Where the position sits, as the rulebook defined it when it was assigned: "
        "the leading group, its office or a member unit. A key's level never changes."
    )
    unit_id: uuid.UUID | None
    title: str | None
    valid_from: date
    valid_to: date | None
    created_at: datetime
    updated_at: datetime
