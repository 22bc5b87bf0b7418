from __future__ import annotations

from pydantic import BaseModel, ConfigDict


class WriteModel(BaseModel):
    """Base of request bodies: unknown fields are an error, never silently dropped."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class ReadModel(BaseModel):
    model_config = ConfigDict(from_attributes=True)
