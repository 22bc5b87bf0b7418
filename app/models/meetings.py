from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RowVersion, Timestamps, UuidPrimaryKey

MEETING_STATES_SQL = "('awaiting_consent','scheduled','held','minutes_archived','cancelled')"
ATTENDANCE_SQL = "('invited','present','absent','represented')"


def _user_fk() -> ForeignKey:
    return ForeignKey("users.id", ondelete="RESTRICT")


class Meeting(UuidPrimaryKey, Timestamps, RowVersion, Base):
    """A meeting of a kind the rulebook defines, with who convened, consented and chairs it and
    the delegation each acted under (if any)."""

    __tablename__ = "meetings"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    kind: Mapped[str] = mapped_column(String(64), nullable=False)
    # The kind's name in the rulebook version that judged the meeting (全体会议 …).
    kind_name: Mapped[str] = mapped_column(String(200), nullable=False)
    # Whether the rules require its minutes to be kept and archived (C-MTG-3), as judged.
    minutes_required: Mapped[bool] = mapped_column(Boolean, nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    starts_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    ends_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    place: Mapped[str] = mapped_column(String(300), nullable=False)
    is_extra: Mapped[bool] = mapped_column(Boolean, nullable=False)
    state: Mapped[str] = mapped_column(String(32), nullable=False)
    # [{"title", "presenting_unit_id", "concerned_unit_ids": [...]}, ...] in order.
    agenda: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    rulebook_version_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("rulebook_versions.id", ondelete="RESTRICT"), nullable=False
    )
    convened_by: Mapped[uuid.UUID] = mapped_column(Uuid, _user_fk(), nullable=False)
    convene_rule: Mapped[str] = mapped_column(String(64), nullable=False)
    convene_delegation_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("delegations.id", ondelete="RESTRICT")
    )
    chair_id: Mapped[uuid.UUID] = mapped_column(Uuid, _user_fk(), nullable=False)
    chair_rule: Mapped[str] = mapped_column(String(64), nullable=False)
    chair_delegation_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("delegations.id", ondelete="RESTRICT")
    )
    consented_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, _user_fk())
    consented_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    consent_rule: Mapped[str | None] = mapped_column(String(64))
    consent_delegation_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("delegations.id", ondelete="RESTRICT")
    )
    held_recorded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    cancelled_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    cancelled_by: Mapped[uuid.UUID | None] = mapped_column(Uuid, _user_fk())
    cancellation_reason: Mapped[str | None] = mapped_column(String(1000))
    # iCalendar SEQUENCE: raised on every change a subscriber should see.
    sequence: Mapped[int] = mapped_column(Integer, nullable=False, server_default=text("0"))

    __table_args__ = (
        # ?changed_since=: a script pulls what changed in a jurisdiction since it last looked.
        Index("ix_meetings_jurisdiction_id_updated_at", "jurisdiction_id", "updated_at"),
        UniqueConstraint("jurisdiction_id", "id"),
        CheckConstraint(f"state IN {MEETING_STATES_SQL}", name="state_known"),
        CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        CheckConstraint(
            "(state = 'cancelled') = (cancelled_at IS NOT NULL)", name="cancelled_has_time"
        ),
        Index("ix_meetings_jurisdiction_id_starts_at_id", "jurisdiction_id", "starts_at", "id"),
        Index("ix_meetings_jurisdiction_id_kind_starts_at", "jurisdiction_id", "kind", "starts_at"),
        # A person's own calendar across jurisdictions (GET /v1/me/meetings.ics).
        Index("ix_meetings_chair_id_starts_at", "chair_id", "starts_at"),
    )


class MeetingInvitee(UuidPrimaryKey, Timestamps, Base):
    """One invited person (or a unit still without one) and their attendance."""

    __tablename__ = "meeting_invitees"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    meeting_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    # The order of the list: the chair, then as the attendance rule derived them, then those
    # the office added.
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, _user_fk())
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    basis: Mapped[str] = mapped_column(String(40), nullable=False)
    attendance: Mapped[str] = mapped_column(
        String(20), nullable=False, server_default=text("'invited'")
    )
    absence_reason: Mapped[str | None] = mapped_column(String(1000))
    represented_by_name: Mapped[str | None] = mapped_column(String(200))
    represented_by_user_id: Mapped[uuid.UUID | None] = mapped_column(Uuid, _user_fk())
    attendance_recorded_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        ForeignKeyConstraint(
            ["jurisdiction_id", "meeting_id"],
            ["meetings.jurisdiction_id", "meetings.id"],
            name="fk_meeting_invitees_meeting_in_same_jurisdiction",
            ondelete="RESTRICT",
        ),
        ForeignKeyConstraint(
            ["jurisdiction_id", "unit_id"],
            ["member_units.jurisdiction_id", "member_units.id"],
            name="fk_meeting_invitees_unit_in_same_jurisdiction",
            ondelete="RESTRICT",
        ),
        CheckConstraint("user_id IS NOT NULL OR unit_id IS NOT NULL", name="someone"),
        CheckConstraint(f"attendance IN {ATTENDANCE_SQL}", name="attendance_known"),
        UniqueConstraint("meeting_id", "user_id"),
        Index(
            "uq_meeting_invitees_meeting_id_unit_id_without_person",
            "meeting_id",
            "unit_id",
            unique=True,
            postgresql_where=text("user_id IS NULL"),
        ),
        Index("ix_meeting_invitees_jurisdiction_id_meeting_id", "jurisdiction_id", "meeting_id"),
        Index("ix_meeting_invitees_jurisdiction_id_user_id", "jurisdiction_id", "user_id"),
        Index("ix_meeting_invitees_user_id", "user_id"),
    )


class MeetingMinutes(Timestamps, Base):
    """A meeting's minutes: a draft until archived; then the canonical text and its SHA-256,
    which a database trigger keeps from ever changing."""

    __tablename__ = "meeting_minutes"

    meeting_id: Mapped[uuid.UUID] = mapped_column(Uuid, primary_key=True)
    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    draft: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)
    archived_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    archived_by: Mapped[str | None] = mapped_column(String(200))
    canonical: Mapped[str | None] = mapped_column(Text)
    sha256: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        ForeignKeyConstraint(
            ["jurisdiction_id", "meeting_id"],
            ["meetings.jurisdiction_id", "meetings.id"],
            name="fk_meeting_minutes_meeting_in_same_jurisdiction",
            ondelete="RESTRICT",
        ),
        CheckConstraint(
            "(archived_at IS NULL) = (canonical IS NULL) "
            "AND (canonical IS NULL) = (sha256 IS NULL)",
            name="archived_whole",
        ),
        Index("ix_meeting_minutes_jurisdiction_id_meeting_id", "jurisdiction_id", "meeting_id"),
    )


class MinutesAddendum(UuidPrimaryKey, Base):
    """A dated correction to archived minutes; append-only like the minutes themselves."""

    __tablename__ = "meeting_minutes_addenda"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    meeting_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    dated: Mapped[date] = mapped_column(Date, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    recorded_by: Mapped[str] = mapped_column(String(200), nullable=False)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )

    __table_args__ = (
        ForeignKeyConstraint(
            ["jurisdiction_id", "meeting_id"],
            ["meetings.jurisdiction_id", "meetings.id"],
            name="fk_meeting_minutes_addenda_meeting_in_same_jurisdiction",
            ondelete="RESTRICT",
        ),
        Index(
            "ix_meeting_minutes_addenda_jurisdiction_id_meeting_id",
            "jurisdiction_id",
            "meeting_id",
            "created_at",
        ),
    )


class MeetingPeriodReason(UuidPrimaryKey, Timestamps, RowVersion, Base):
    """Why a period the rules expect a meeting in had none (the rules say 原则上, in principle)."""

    __tablename__ = "meeting_period_reasons"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    meeting_kind: Mapped[str] = mapped_column(String(64), nullable=False)
    period: Mapped[str] = mapped_column(String(16), nullable=False)  # 2026, 2026-Q2, 2026-03
    reason: Mapped[str] = mapped_column(String(2000), nullable=False)
    recorded_by: Mapped[str] = mapped_column(String(200), nullable=False)

    __table_args__ = (UniqueConstraint("jurisdiction_id", "meeting_kind", "period"),)
