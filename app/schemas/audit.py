from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, Field

from app.schemas.base import ReadModel

HASH_DESCRIPTION = "SHA-256, lowercase hex (64 characters)."


class AuditEventOut(ReadModel):
    id: int
    jurisdiction_id: uuid.UUID | None
    occurred_at: datetime
    actor_kind: str
    actor_id: uuid.UUID | None
    actor_name: str
    delegation_id: uuid.UUID | None
    acting_client_id: uuid.UUID | None = Field(
        description="The machine client that did this on the person's behalf, with a token "
        "from a token exchange (the actor is the person); null otherwise."
    )
    action: str
    entity_type: str
    entity_id: str
    before: dict[str, Any] | None
    after: dict[str, Any] | None
    request_id: str | None
    chain_seq: int = Field(
        description="The event's number in its jurisdiction's chain (the platform's chain when "
        "it has no jurisdiction), from 1."
    )
    prev_hash: str = Field(description="The previous event's row_hash (64 zeros for the first).")
    row_hash: str = Field(
        description="SHA-256 of the event's canonical content and prev_hash (README, Audit trail)."
    )


@dataclass(frozen=True)
class AuditFilter:
    entity_type: str | None = None
    entity_id: str | None = None
    action: str | None = None
    since: datetime | None = None
    until: datetime | None = None


class ChainBreakOut(BaseModel):
    seq: int = Field(description="The number in the chain of the first row that is wrong.")
    id: int | None = Field(description="That row's id; null when the row is missing.")
    reason: Literal["hash mismatch", "missing row", "prev_hash mismatch", "head mismatch"] = Field(
        description="hash mismatch: the row's content no longer gives its hash (changed); "
        "missing row: no row has this number (deleted; past the last row, the tail is gone); "
        "prev_hash mismatch: the row does not follow the one before it; head mismatch: the "
        "last row is not the head the inserting trigger recorded."
    )


class ChainOut(BaseModel):
    jurisdiction_id: uuid.UUID | None = Field(description="null: the platform's chain.")
    length: int = Field(description="The rows the chain holds.")
    head_seq: int = Field(description="The head's number as recorded at the last insert.")
    head_hash: str = Field(description="The head's hash. " + HASH_DESCRIPTION)
    first_broken: ChainBreakOut | None = Field(description="null: the chain holds.")


class ExpectedHeadOut(BaseModel):
    jurisdiction_id: uuid.UUID | None
    seq: int
    hash: str
    holds: bool = Field(
        description="Whether the chain still has the row numbered seq, with that hash. False "
        "when the chain was cut there or rebuilt."
    )


class VerificationOut(BaseModel):
    verified: bool = Field(
        description="Every chain holds, and so does the expected head when one is given."
    )
    chains: list[ChainOut]
    expected: ExpectedHeadOut | None = Field(
        description="The head kept elsewhere (expected_seq, expected_hash), when given."
    )


class ChainHeadOut(BaseModel):
    jurisdiction_id: uuid.UUID | None = Field(description="null: the platform's chain.")
    seq: int = Field(description="The number of the chain's last row; 0 when it has none yet.")
    hash: str = Field(description="That row's row_hash (64 zeros for 0). " + HASH_DESCRIPTION)
    at: datetime = Field(description="When the head was read.")
