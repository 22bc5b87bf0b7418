from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from pydantic import Field

from app.schemas.base import ReadModel


class RulebookVersionSummary(ReadModel):
    """One published version of a jurisdiction's rulebook (versions never change)."""

    id: uuid.UUID
    jurisdiction_id: uuid.UUID
    effective_from: date = Field(description="In force from this day until a later version.")
    title: str
    published_by: str = Field(description="The account or client that published it, or system.")
    published_at: datetime


class RulebookVersionOut(RulebookVersionSummary):
    document: dict[str, Any] = Field(
        description="The rulebook document, as published (schema: GET /v1/rulebook-schema)."
    )


class RulebookInForceOut(ReadModel):
    """The rulebook that judges acts of a jurisdiction on a date."""

    jurisdiction_id: uuid.UUID = Field(description="The jurisdiction asked about.")
    on: date = Field(description="The date judged (today in the jurisdiction's zone if not given).")
    version_id: uuid.UUID
    owner_jurisdiction_id: uuid.UUID = Field(description="Whose version it is.")
    inherited: bool = Field(
        description="True when the jurisdiction has no version of its own in force and uses its "
        "parent's (C-ORG-3)."
    )
    effective_from: date
    title: str
    document: dict[str, Any]
