from __future__ import annotations

import uuid

from sqlalchemy import Boolean, CheckConstraint, ForeignKey, String, UniqueConstraint, Uuid, true
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RowVersion, Timestamps, UuidPrimaryKey


class MemberUnit(UuidPrimaryKey, Timestamps, RowVersion, Base):
    """A member unit (成员单位) of a jurisdiction's leading group."""

    __tablename__ = "member_units"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    code: Mapped[str] = mapped_column(String(64), nullable=False)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=true())

    __table_args__ = (
        UniqueConstraint("jurisdiction_id", "code"),
        UniqueConstraint("jurisdiction_id", "name"),
        # Composite key so positions can reference (jurisdiction, unit) and never cross tenants.
        UniqueConstraint("jurisdiction_id", "id"),
        CheckConstraint(
            "kind IN ('department','district_government','park_committee','enterprise','other')",
            name="kind_known",
        ),
    )
