from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    PrimaryKeyConstraint,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RowVersion, Timestamps, UuidPrimaryKey


class Briefing(UuidPrimaryKey, Timestamps, RowVersion, Base):
    """An information briefing (信息简报, CO-RPT-1): a draft the office edits, then sent for good
    with its issue number (a database trigger refuses changing or deleting a sent one)."""

    __tablename__ = "briefings"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    state: Mapped[str] = mapped_column(String(16), nullable=False)
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    # [{"unit_id", "unit_name", "submission_id", "submission_version", "text"}], in order.
    items: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    # What the draft was compiled from, if it was: the report kind and period.
    compiled_report_kind: Mapped[str | None] = mapped_column(String(64))
    compiled_period: Mapped[str | None] = mapped_column(String(16))
    # Who made the draft: a person's or a machine client's id (the audit trail has the rest).
    created_by: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    created_by_name: Mapped[str] = mapped_column(String(200), nullable=False)
    sent_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    sent_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    sent_by_name: Mapped[str | None] = mapped_column(String(200))
    issue_year: Mapped[int | None] = mapped_column(Integer)
    issue_number: Mapped[int | None] = mapped_column(Integer)

    __table_args__ = (
        CheckConstraint("state IN ('draft','sent')", name="state_known"),
        CheckConstraint(
            "(state = 'sent') = (sent_at IS NOT NULL AND sent_by IS NOT NULL "
            "AND issue_year IS NOT NULL AND issue_number IS NOT NULL)",
            name="sent_has_issue",
        ),
        CheckConstraint("issue_number IS NULL OR issue_number >= 1", name="issue_positive"),
        # 每年一个序列，不重号.
        UniqueConstraint("jurisdiction_id", "issue_year", "issue_number"),
        UniqueConstraint("jurisdiction_id", "id"),
        Index("ix_briefings_jurisdiction_id_created_at", "jurisdiction_id", "created_at"),
    )


class BriefingIssueCounter(Base):
    """The last issue number given per jurisdiction and year: raised by one atomic statement in
    the sending transaction, so numbers have no gaps and no duplicates."""

    __tablename__ = "briefing_issue_counters"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    year: Mapped[int] = mapped_column(Integer, nullable=False)
    last_number: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (
        PrimaryKeyConstraint("jurisdiction_id", "year"),
        CheckConstraint("last_number >= 1", name="last_number_positive"),
    )


class BriefingRecipient(UuidPrimaryKey, Base):
    """Who a sent briefing went to, fixed when it was sent (with the name of the day)."""

    __tablename__ = "briefing_recipients"

    # The briefing's jurisdiction (the tenant key).
    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    briefing_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    kind: Mapped[str] = mapped_column(String(16), nullable=False)
    copy: Mapped[bool] = mapped_column(Boolean, nullable=False)
    # The recipient's jurisdiction: the briefing's own (leading group, unit) or a county's.
    recipient_jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    name: Mapped[str] = mapped_column(String(250), nullable=False)

    __table_args__ = (
        ForeignKeyConstraint(
            ["jurisdiction_id", "briefing_id"],
            ["briefings.jurisdiction_id", "briefings.id"],
            name="fk_briefing_recipients_briefing",
            ondelete="RESTRICT",
        ),
        ForeignKeyConstraint(
            ["jurisdiction_id", "unit_id"],
            ["member_units.jurisdiction_id", "member_units.id"],
            name="fk_briefing_recipients_unit_in_same_jurisdiction",
            ondelete="RESTRICT",
        ),
        CheckConstraint(
            "kind IN ('leading_group','member_unit','county_office')", name="kind_known"
        ),
        CheckConstraint("(kind = 'member_unit') = (unit_id IS NOT NULL)", name="unit_iff_unit"),
        UniqueConstraint("briefing_id", "position"),
        Index(
            "ix_briefing_recipients_jurisdiction_id_briefing_id", "jurisdiction_id", "briefing_id"
        ),
        # The inbox asks by the recipient (across jurisdictions): these lead with its key.
        Index(
            "ix_briefing_recipients_recipient_jurisdiction_id_kind",
            "recipient_jurisdiction_id",
            "kind",
        ),
        Index(
            "ix_briefing_recipients_unit_id",
            "unit_id",
            postgresql_where=text("unit_id IS NOT NULL"),
        ),
    )


class BriefingRead(UuidPrimaryKey, Base):
    """A person's first read of a sent briefing, as one of its recipients (not an audit event:
    reading changes nothing; later reads do not move it)."""

    __tablename__ = "briefing_reads"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    briefing_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    recipient_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("briefing_recipients.id", ondelete="RESTRICT"), nullable=False
    )
    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="RESTRICT"), nullable=False
    )
    first_read_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)

    __table_args__ = (
        ForeignKeyConstraint(
            ["jurisdiction_id", "briefing_id"],
            ["briefings.jurisdiction_id", "briefings.id"],
            name="fk_briefing_reads_briefing",
            ondelete="RESTRICT",
        ),
        UniqueConstraint("recipient_id", "user_id"),
        Index("ix_briefing_reads_jurisdiction_id_briefing_id", "jurisdiction_id", "briefing_id"),
        Index("ix_briefing_reads_user_id", "user_id"),
    )
