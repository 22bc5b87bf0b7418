from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field, SecretStr

from app.schemas.base import ReadModel, WriteModel

USERNAME_PATTERN = r"^[a-z0-9][a-z0-9._-]{2,99}$"


class UserCreate(WriteModel):
    username: str = Field(pattern=USERNAME_PATTERN, examples=["ezhou.office_staff"])
    display_name: str = Field(min_length=1, max_length=200)
    password: SecretStr = Field(min_length=10, max_length=128)
    jurisdiction_id: uuid.UUID | None = Field(
        default=None,
        description="The managing jurisdiction; null only for platform administrators.",
    )
    is_platform_admin: bool = False


class UserUpdate(WriteModel):
    display_name: str | None = Field(default=None, min_length=1, max_length=200)
    is_active: bool | None = None
    password: SecretStr | None = Field(default=None, min_length=10, max_length=128)


class UserOut(ReadModel):
    id: uuid.UUID
    username: str
    display_name: str
    jurisdiction_id: uuid.UUID | None
    is_platform_admin: bool
    is_active: bool
    created_at: datetime
    updated_at: datetime
