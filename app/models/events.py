from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import BigInteger, DateTime, Identity, Index, Text, Uuid, func, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class Event(Base):
    """The transactional outbox: one thing that happened, written in the transaction that made
    it happen (app/services/events.py), so an event exists exactly when its change does.

    ``seq`` is the feed's order, given at commit by a deferred trigger holding a lock, so that
    events are numbered in the order their transactions commit (null until then, so never seen
    null by a reader; app/repositories/events.py says why ``id`` cannot serve).
    A statement trigger NOTIFYs ``gaiban_changes`` with 'events' at commit, which wakes the
    feed's long polls."""

    __tablename__ = "events"

    id: Mapped[int] = mapped_column(BigInteger, Identity(always=True), primary_key=True)
    seq: Mapped[int | None] = mapped_column(BigInteger)
    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    type: Mapped[str] = mapped_column(Text, nullable=False)
    occurred_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
    resource_type: Mapped[str] = mapped_column(Text, nullable=False)
    resource_id: Mapped[str] = mapped_column(Text, nullable=False)
    resource_url: Mapped[str] = mapped_column(Text, nullable=False)
    payload: Mapped[dict[str, Any]] = mapped_column(
        JSONB, server_default=text("'{}'::jsonb"), nullable=False
    )
    # Names an event that must happen once only, with its occasion (``task.overdue:<id>:<day>``):
    # the scheduler's events from time (app/services/scheduled_events.py), written with
    # ON CONFLICT DO NOTHING by any number of workers. Null for an event made by a request.
    dedupe_key: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        Index("ix_events_jurisdiction_id_seq", "jurisdiction_id", "seq"),
        # The whole outbox in order: the webhook worker's fan-out (app/repositories/webhooks.py).
        Index("ix_events_seq", "seq", unique=True),
        Index(
            "uq_events_jurisdiction_id_dedupe_key",
            "jurisdiction_id",
            "dedupe_key",
            unique=True,
            postgresql_where=text("dedupe_key IS NOT NULL"),
        ),
    )
