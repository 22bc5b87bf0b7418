from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import DateTime, ForeignKey, Index, String, Uuid, text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UuidPrimaryKey


class FeedToken(UuidPrimaryKey, Timestamps, Base):
    """A long-lived, revocable token a person gives a calendar program to read feeds as them
    (and nothing else). Only its SHA-256 is stored; the token is shown once."""

    __tablename__ = "feed_tokens"

    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="RESTRICT"), nullable=False
    )
    label: Mapped[str] = mapped_column(String(200), nullable=False)
    token_hash: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    revoked_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    expires_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), nullable=False, server_default=text("now() + interval '365 days'")
    )

    __table_args__ = (Index("ix_feed_tokens_user_id", "user_id"),)
