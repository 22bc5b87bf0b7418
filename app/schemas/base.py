from __future__ import annotations

from datetime import UTC, datetime
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict

from app.domain.messages import _


class WriteModel(BaseModel):
    """Base of request bodies: unknown fields are an error, never silently dropped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class ReadModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)


def _in_utc(value: datetime) -> datetime:
    """An instant with an offset, told in UTC as PostgreSQL's timestamptz keeps it; one whose UTC
    time leaves the years 1–9999 (9999-12-31T23:59:59-05:00) is a validation error, not a 500."""
    if value.tzinfo is None:
        return value
    try:
        return value.astimezone(UTC)
    except OverflowError:
        raise ValueError(_("an instant whose time in UTC is within the years 1 to 9999")) from None


# An instant a request gives (a filter's bound): in UTC, or refused as a 422 naming the field.
Instant = Annotated[datetime, AfterValidator(_in_utc)]
