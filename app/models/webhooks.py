from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    ARRAY,
    BigInteger,
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    func,
    text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RowVersion, Timestamps, UuidPrimaryKey


class WebhookSubscription(UuidPrimaryKey, Timestamps, RowVersion, Base):
    """A receiver of a jurisdiction's events (issue 17): its URL, the event types it wants, and
    the secret its deliveries are signed with (Standard Webhooks). ``last_seq`` is how far the
    worker has looked through the outbox for it: events after it are still to be fanned out."""

    __tablename__ = "webhook_subscriptions"
    # A change answers the row as written: updated_at and last_seq come back in the UPDATE's
    # RETURNING, not in a SELECT after it.
    __mapper_args__ = {"eager_defaults": True}  # noqa: RUF012 - SQLAlchemy's own declaration

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    url: Mapped[str] = mapped_column(String(2000), nullable=False)
    description: Mapped[str] = mapped_column(String(200), nullable=False, server_default="")
    event_types: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False)
    include_descendants: Mapped[bool] = mapped_column(
        Boolean, nullable=False, server_default=text("false")
    )
    # ``whsec_`` and base64: kept as is, since signing needs it; never answered after creation.
    secret: Mapped[str] = mapped_column(Text, nullable=False)
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=true())
    disabled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    disabled_reason: Mapped[str | None] = mapped_column(Text)
    # The start of the current run of failed attempts (null after a success).
    failing_since: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_seq: Mapped[int] = mapped_column(BigInteger, nullable=False, server_default="0")
    created_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)

    __table_args__ = (
        CheckConstraint("cardinality(event_types) >= 1", name="event_types_not_empty"),
        Index(
            "ix_webhook_subscriptions_jurisdiction_id_created_at", "jurisdiction_id", "created_at"
        ),
    )


class WebhookDelivery(UuidPrimaryKey, Base):
    """One event for one subscription, tried until acknowledged or dead. Its id is the
    ``webhook-id`` header: the same across retries, so a receiver can drop repeats."""

    __tablename__ = "webhook_deliveries"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    subscription_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("webhook_subscriptions.id", ondelete="CASCADE"), nullable=False
    )
    event_id: Mapped[int] = mapped_column(
        BigInteger, ForeignKey("events.id", ondelete="RESTRICT"), nullable=False
    )
    status: Mapped[str] = mapped_column(String(16), nullable=False, server_default="pending")
    attempts: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    # The attempt under way (or the last one): only it records its outcome.
    claim_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    # When it is next due; while an attempt is under way, when that attempt's lease ends.
    next_attempt_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=func.now()
    )
    first_failed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_attempt_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    last_status_code: Mapped[int | None] = mapped_column(SmallInteger)
    last_error: Mapped[str | None] = mapped_column(Text)
    delivered_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )

    __table_args__ = (
        UniqueConstraint("subscription_id", "event_id"),
        CheckConstraint("status IN ('pending', 'delivered', 'dead')", name="status_known"),
        # The worker's queue: what is pending, by when it is due.
        Index(
            "ix_webhook_deliveries_next_attempt_at",
            "next_attempt_at",
            postgresql_where=text("status = 'pending'"),
        ),
        Index(
            "ix_webhook_deliveries_jurisdiction_subscription_created",
            "jurisdiction_id",
            "subscription_id",
            "created_at",
        ),
    )
