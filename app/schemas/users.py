from __future__ import annotations

import uuid
from datetime import datetime
from typing import Annotated

from pydantic import Field, SecretStr

from app.schemas.base import ReadModel, WriteModel

USERNAME_PATTERN = r"^[a-z0-9][a-z0-9._-]{2,99}$"


NewPassword = Annotated[
    SecretStr,
    Field(min_length=10, max_length=128, description="At least 10 characters."),
]


class UserCreate(WriteModel):
    """A new account. It has no password until its person chooses one with the setup token the
    answer carries: no one chooses or learns another person's password."""

    username: str = Field(
        pattern=USERNAME_PATTERN,
        examples=["ezhou.office_staff"],
        description="Begins with the managing jurisdiction's code and a dot (`ezhou.` for "
        "ezhou) unless a platform administrator creates it: a name taken elsewhere can then "
        "never be probed.",
    )
    display_name: str = Field(min_length=1, max_length=200)
    jurisdiction_id: uuid.UUID | None = Field(
        default=None,
        description="The managing jurisdiction; null only for platform administrators.",
    )
    is_platform_admin: bool = False


class UserCreateWithPassword(UserCreate):
    """An account made by the system itself (the operator's `gaiban create-admin`, demo data)."""

    password: NewPassword


class UserUpdate(WriteModel):
    display_name: str | None = Field(default=None, min_length=1, max_length=200)
    is_active: bool | None = Field(
        default=None,
        description="Disabling or re-enabling an account revokes its access and feed tokens.",
    )


class PasswordChange(WriteModel):
    current_password: SecretStr = Field(min_length=1, max_length=128)
    new_password: NewPassword


class PasswordSetup(WriteModel):
    setup_token: SecretStr = Field(
        min_length=1, max_length=200, description="The token a reset or a new account gave."
    )
    new_password: NewPassword


class PasswordSetupToken(ReadModel):
    user_id: uuid.UUID
    setup_token: str = Field(
        description="Shown once. Hand it to the account's person only: with it they choose "
        "their password (POST /v1/auth/password-setup), once, before `setup_token_expires_at`. "
        "It is no password and opens nothing else."
    )
    setup_token_expires_at: datetime


class UserOut(ReadModel):
    id: uuid.UUID
    username: str
    display_name: str
    jurisdiction_id: uuid.UUID | None
    is_platform_admin: bool
    is_active: bool
    created_at: datetime
    updated_at: datetime


class UserCreated(UserOut):
    setup_token: str = Field(
        description="Shown once: hand it to the account's person, who chooses their password "
        "with it (POST /v1/auth/password-setup) before `setup_token_expires_at`."
    )
    setup_token_expires_at: datetime


class CredentialsReplaced(UserOut):
    """What the audit trail records of a password change or reset (never a secret)."""

    feed_tokens_revoked: int
    setup_token_expires_at: datetime | None = None
