from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    CheckConstraint,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UuidPrimaryKey

MATTER_STATES_SQL = "('submitted','forwarded','reviewed','returned')"
MATTER_ACTS_SQL = "('submit','forward','review','return','resubmit')"


class MajorMatter(UuidPrimaryKey, Timestamps, Base):
    """A major matter reported to the leading group of ``jurisdiction_id`` (CO-RPT-2): by one of
    its member units, or by the office of one of its counties (sender_jurisdiction_id, a child
    jurisdiction), which reads it through its own jurisdiction."""

    __tablename__ = "major_matters"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    urgency: Mapped[str] = mapped_column(String(16), nullable=False)
    sender_unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    sender_jurisdiction_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT")
    )
    submitted_by: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="RESTRICT"), nullable=False
    )
    submitted_by_name: Mapped[str] = mapped_column(String(200), nullable=False)
    # The server's clock at the first submission.
    submitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    state: Mapped[str] = mapped_column(String(16), nullable=False)
    state_changed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    # Shared by the matters the office forwarded together (汇总); null until forwarded.
    consolidation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    # How many hand-overs its history holds (the next one's position is this plus one).
    events: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (
        ForeignKeyConstraint(
            ["jurisdiction_id", "sender_unit_id"],
            ["member_units.jurisdiction_id", "member_units.id"],
            name="fk_major_matters_sender_unit_in_same_jurisdiction",
            ondelete="RESTRICT",
        ),
        UniqueConstraint("jurisdiction_id", "id"),
        CheckConstraint(f"state IN {MATTER_STATES_SQL}", name="state_known"),
        CheckConstraint("urgency IN ('normal','urgent')", name="urgency_known"),
        CheckConstraint(
            "(sender_unit_id IS NULL) <> (sender_jurisdiction_id IS NULL)", name="one_sender"
        ),
        CheckConstraint("sender_jurisdiction_id <> jurisdiction_id", name="sender_is_another"),
        CheckConstraint("events >= 1", name="events_positive"),
        # Received here, newest first (the office's and leader's list).
        Index(
            "ix_major_matters_jurisdiction_id_submitted_at_id",
            "jurisdiction_id",
            "submitted_at",
            "id",
        ),
        # A unit's own, and a county's sent upward (its parent is the jurisdiction).
        Index(
            "ix_major_matters_jurisdiction_id_sender_unit_submitted",
            "jurisdiction_id",
            "sender_unit_id",
            "submitted_at",
        ),
        Index(
            "ix_major_matters_jurisdiction_id_sender_jurisdiction_submitted",
            "jurisdiction_id",
            "sender_jurisdiction_id",
            "submitted_at",
        ),
        Index(
            "ix_major_matters_jurisdiction_id_consolidation_id",
            "jurisdiction_id",
            "consolidation_id",
        ),
    )


class MajorMatterEvent(UuidPrimaryKey, Base):
    """One hand-over of a major matter: who did what, when, from which state to which. Never
    changed afterwards (a database trigger refuses it)."""

    __tablename__ = "major_matter_events"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    matter_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    act: Mapped[str] = mapped_column(String(16), nullable=False)
    from_state: Mapped[str | None] = mapped_column(String(16))
    to_state: Mapped[str] = mapped_column(String(16), nullable=False)
    by_user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="RESTRICT"), nullable=False
    )
    by_name: Mapped[str] = mapped_column(String(200), nullable=False)
    at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    note: Mapped[str] = mapped_column(Text, nullable=False)
    consolidation_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)

    __table_args__ = (
        ForeignKeyConstraint(
            ["jurisdiction_id", "matter_id"],
            ["major_matters.jurisdiction_id", "major_matters.id"],
            name="fk_major_matter_events_matter",
            ondelete="RESTRICT",
        ),
        UniqueConstraint("jurisdiction_id", "matter_id", "position"),
        CheckConstraint(f"act IN {MATTER_ACTS_SQL}", name="act_known"),
        CheckConstraint(f"to_state IN {MATTER_STATES_SQL}", name="to_state_known"),
        CheckConstraint("position >= 1", name="position_positive"),
    )
