from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    DateTime,
    Identity,
    Index,
    String,
    UniqueConstraint,
    Uuid,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class AuditEvent(Base):
    """One change, written in the transaction that made it. Append-only (a trigger refuses
    UPDATE and DELETE, another TRUNCATE); no foreign keys, so the trail outlives what it
    describes.

    Each event is a link of its jurisdiction's hash chain (the platform's when it has none):
    ``chain_seq`` numbers the chain from 1, ``prev_hash`` is the previous event's ``row_hash``
    and ``row_hash`` the SHA-256 of the canonical text of every column and ``prev_hash``
    (the SQL function gaiban_audit_row_hash). A BEFORE INSERT trigger sets the three, whatever
    the INSERT says (migration c9d1e5a3f7b6)."""

    __tablename__ = "audit_events"

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    jurisdiction_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    occurred_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
    actor_kind: Mapped[str] = mapped_column(String(16), nullable=False)
    actor_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    actor_name: Mapped[str] = mapped_column(String(200), nullable=False)
    delegation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    # The machine client that acted on the person's behalf with an exchanged token (RFC 8693):
    # the act is the person's, done through the client. Null otherwise.
    acting_client_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    action: Mapped[str] = mapped_column(String(64), nullable=False)
    entity_type: Mapped[str] = mapped_column(String(64), nullable=False)
    entity_id: Mapped[str] = mapped_column(String(64), nullable=False)
    before: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    after: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    request_id: Mapped[str | None] = mapped_column(String(128))
    chain_seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    prev_hash: Mapped[str] = mapped_column(String(64), nullable=False)
    row_hash: Mapped[str] = mapped_column(String(64), nullable=False)

    __table_args__ = (
        UniqueConstraint("jurisdiction_id", "chain_seq", postgresql_nulls_not_distinct=True),
        Index("ix_audit_events_jurisdiction_id_id", "jurisdiction_id", "id"),
        Index("ix_audit_events_entity_type_entity_id", "entity_type", "entity_id"),
    )


class AuditChainHead(Base):
    """The last link of each chain: its number and hash, raised by the trigger that chains
    every new event (its row stays locked until the inserting transaction ends, so writers of
    one chain take turns). ``chain_key`` is the jurisdiction's id, or the nil UUID for the
    platform's chain (app.domain.audit_chain.PLATFORM_CHAIN_KEY). Only the trigger's function
    (owned by the migrating role) writes here."""

    __tablename__ = "audit_chain_heads"

    chain_key: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, nullable=False)
    hash: Mapped[str] = mapped_column(String(64), nullable=False)
