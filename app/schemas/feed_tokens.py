from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import Field

from app.schemas.base import ReadModel, WriteModel


class FeedTokenCreate(WriteModel):
    label: str = Field(min_length=1, max_length=200, examples=["办公室电脑 Outlook"])


class FeedTokenOut(ReadModel):
    id: uuid.UUID
    label: str
    created_at: datetime
    revoked_at: datetime | None


class FeedTokenCreated(FeedTokenOut):
    token: str = Field(
        description="Shown once. Give it to the calendar program as `access_token` in the feed's "
        "URL (or as a bearer token); it reads the feeds you may read, and nothing else."
    )


class FeedTokenList(ReadModel):
    items: list[FeedTokenOut]
