"""What the office's recipients (主送/抄送) see of reads, shared by briefings and documents."""

from __future__ import annotations

import uuid
from datetime import datetime

from pydantic import BaseModel, Field

from app.domain.recipients import RecipientKind


class ReaderOut(BaseModel):
    user_id: uuid.UUID
    display_name: str
    read_at: datetime | None = Field(description="The first read; null: not read yet.")


class RecipientReadsOut(BaseModel):
    recipient_id: uuid.UUID
    kind: RecipientKind
    is_copy: bool = Field(serialization_alias="copy", description="true: 抄送 (copied).")
    name: str
    unit_id: uuid.UUID | None
    jurisdiction_id: uuid.UUID
    read: bool = Field(description="Someone of this recipient has read it.")
    first_read_at: datetime | None
    readers: list[ReaderOut] = Field(description="Who read it as this recipient, first first.")
    not_read_by: list[ReaderOut] = Field(
        description="Who holds the recipient's posts today and has not read it."
    )


class MyRecipientOut(BaseModel):
    recipient_id: uuid.UUID
    kind: RecipientKind
    is_copy: bool = Field(serialization_alias="copy", description="true: 抄送 (copied).")
    name: str
