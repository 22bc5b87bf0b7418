from __future__ import annotations

import uuid
from datetime import date, datetime

from sqlalchemy import CheckConstraint, Date, DateTime, ForeignKey, Index, String, Uuid
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UuidPrimaryKey


class Delegation(UuidPrimaryKey, Timestamps, Base):
    """An entrustment (委托) from one person to another for some acts; revocable, never deleted."""

    __tablename__ = "delegations"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    from_user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="RESTRICT"), nullable=False
    )
    to_user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="RESTRICT"), nullable=False
    )
    # e.g. {"chair:plenary_meeting", "sign:office"}
    scopes: Mapped[list[str]] = mapped_column(ARRAY(String(100)), nullable=False)
    valid_from: Mapped[date] = mapped_column(Date, nullable=False)
    valid_to: Mapped[date | None] = mapped_column(Date)
    reason: Mapped[str] = mapped_column(String(1000), nullable=False)
    revoked_on: Mapped[date | None] = mapped_column(Date)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    revocation_reason: Mapped[str | None] = mapped_column(String(1000))

    __table_args__ = (
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="period_ordered"),
        CheckConstraint("from_user_id <> to_user_id", name="not_to_oneself"),
        CheckConstraint("cardinality(scopes) > 0", name="has_scopes"),
        Index("ix_delegations_jurisdiction_id_to_user_id", "jurisdiction_id", "to_user_id"),
        Index("ix_delegations_jurisdiction_id_from_user_id", "jurisdiction_id", "from_user_id"),
    )
