from __future__ import annotations

import uuid
from datetime import date

from sqlalchemy import (
    CheckConstraint,
    Date,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    String,
    Uuid,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RowVersion, Timestamps, UuidPrimaryKey


class Position(UuidPrimaryKey, Timestamps, RowVersion, Base):
    """Who holds which position, for which unit, from when to when (inclusive dates)."""

    __tablename__ = "positions"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    user_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="RESTRICT"), nullable=False
    )
    # The position's key in the rulebook, and its level (leading_group, office, member_unit),
    # stored when assigned: a key's level never changes (publishing refuses a version that
    # redefines a key held here; one inherited from above is reported by check-holdings).
    role: Mapped[str] = mapped_column(String(64), nullable=False)
    level: Mapped[str] = mapped_column(String(20), nullable=False)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    title: Mapped[str | None] = mapped_column(String(200))
    valid_from: Mapped[date] = mapped_column(Date, nullable=False)
    valid_to: Mapped[date | None] = mapped_column(Date)

    __table_args__ = (
        ForeignKeyConstraint(
            ["jurisdiction_id", "unit_id"],
            ["member_units.jurisdiction_id", "member_units.id"],
            name="fk_positions_unit_in_same_jurisdiction",
            ondelete="RESTRICT",
        ),
        CheckConstraint("valid_to IS NULL OR valid_to >= valid_from", name="tenure_ordered"),
        CheckConstraint("level IN ('leading_group','office','member_unit')", name="level_known"),
        CheckConstraint(
            "(level = 'member_unit') = (unit_id IS NOT NULL)", name="member_unit_post_has_unit"
        ),
        CheckConstraint("role ~ '^[a-z][a-z0-9_]{0,63}$'", name="role_is_a_key"),
        Index(
            "ix_positions_jurisdiction_id_role_valid_from", "jurisdiction_id", "role", "valid_from"
        ),
        Index("ix_positions_jurisdiction_id_unit_id", "jurisdiction_id", "unit_id"),
        Index("ix_positions_user_id", "user_id"),
    )
