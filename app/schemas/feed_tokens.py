from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field

from app.schemas.base import ReadModel, WriteModel


class FeedTokenCreate(WriteModel):
    label: str = Field(min_length=1, max_length=200, examples=["办公室电脑 Outlook"])
    expires_in_days: int = Field(
        default=365, ge=1, le=366, description="The token stops working after this many days."
    )


class FeedTokenOut(ReadModel):
    id: uuid.UUID
    label: str
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None = Field(
        description="Set when you revoke it, and when your password is changed or reset or "
        "your account is disabled."
    )


class FeedTokenCreated(FeedTokenOut):
    token: str = Field(
        description="Shown once. Give it to the calendar program as `access_token` in the feed's "
        "URL (or as a bearer token); it reads the feeds you may read, and nothing else."
    )


class FeedTokenList(ReadModel):
    items: list[FeedTokenOut]
