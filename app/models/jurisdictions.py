from __future__ import annotations

import uuid

from sqlalchemy import CheckConstraint, ForeignKey, Index, String, UniqueConstraint, Uuid, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RowVersion, Timestamps, UuidPrimaryKey


class Jurisdiction(UuidPrimaryKey, Timestamps, RowVersion, Base):
    """A city or prefecture, or a county, district or park under one; the tenant key."""

    __tablename__ = "jurisdictions"

    parent_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT")
    )
    # Materialised path (root first) so "is X under Y" needs no recursive query.
    ancestor_ids: Mapped[list[uuid.UUID]] = mapped_column(
        ARRAY(Uuid), nullable=False, server_default=text("'{}'::uuid[]")
    )
    level: Mapped[str] = mapped_column(String(32), nullable=False)
    code: Mapped[str] = mapped_column(String(64), nullable=False, unique=True)
    division_code: Mapped[str | None] = mapped_column(String(12))
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    time_zone: Mapped[str] = mapped_column(
        String(64), nullable=False, server_default="Asia/Shanghai"
    )

    __table_args__ = (
        CheckConstraint(
            "level IN ('city','prefecture','county','county_level_city','district','park')",
            name="level_known",
        ),
        # What refers to "a jurisdiction directly below this one" (a county's inspection
        # findings) references this pair, so the database keeps it a child.
        UniqueConstraint("parent_id", "id"),
        Index("ix_jurisdictions_parent_id", "parent_id"),
        Index("ix_jurisdictions_ancestor_ids", "ancestor_ids", postgresql_using="gin"),
    )
