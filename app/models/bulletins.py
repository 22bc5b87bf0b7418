from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    String,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RowVersion, Timestamps, UuidPrimaryKey


def _user_fk() -> ForeignKey:
    return ForeignKey("users.id", ondelete="RESTRICT")


class Bulletin(UuidPrimaryKey, Timestamps, RowVersion, Base):
    """The office's bulletin of a kind for a period (内部情况通报, E-RPT-2): a draft assembled from
    the period's submissions, edited by the office, then published for good."""

    __tablename__ = "bulletins"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    kind: Mapped[str] = mapped_column(String(64), nullable=False)
    kind_name: Mapped[str] = mapped_column(String(200), nullable=False)
    period_kind: Mapped[str] = mapped_column(String(16), nullable=False)
    period_start: Mapped[date] = mapped_column(Date, nullable=False)
    period_label: Mapped[str] = mapped_column(String(16), nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    state: Mapped[str] = mapped_column(String(16), nullable=False)
    # {"period", "tasks", "experience", "problems_and_suggestions", "compliance", "analysis"}
    content: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    rule: Mapped[str] = mapped_column(String(64), nullable=False)
    source: Mapped[str] = mapped_column(String(1000), nullable=False)
    rulebook_version_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("rulebook_versions.id", ondelete="RESTRICT"), nullable=False
    )
    generated_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    generated_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, _user_fk())
    published_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    published_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, _user_fk())

    __table_args__ = (
        # One bulletin of a kind per period: a draft is discarded before another is generated.
        UniqueConstraint("jurisdiction_id", "kind", "period_start"),
        CheckConstraint("state IN ('draft','published')", name="state_known"),
        CheckConstraint(
            "(state = 'published') = (published_at IS NOT NULL)", name="published_has_time"
        ),
        Index(
            "ix_bulletins_jurisdiction_id_period_start_id", "jurisdiction_id", "period_start", "id"
        ),
    )
