from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from pydantic import Field

from app.pagination import Page
from app.schemas.base import ReadModel


class EventOut(ReadModel):
    id: int = Field(description="The event's number (unique; not the feed's order: see cursor).")
    type: str = Field(examples=["meeting.convened"])
    jurisdiction_id: uuid.UUID
    occurred_at: datetime
    resource_type: str = Field(examples=["meeting"])
    resource_id: str
    resource_url: str = Field(examples=["/v1/jurisdictions/…/meetings/…"])
    payload: dict[str, Any] = Field(description="Small: ids, numbers, titles, states (README).")


class EventPage(Page[EventOut]):
    next_cursor: str = Field(
        description="Pass as `after` to get the events that follow; never null: on the last "
        "page it is where the feed stands (the same `after` when nothing was served)."
    )
