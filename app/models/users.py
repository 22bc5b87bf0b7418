from __future__ import annotations

import uuid

from sqlalchemy import Boolean, ForeignKey, Index, String, Uuid, false, true
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, Timestamps, UuidPrimaryKey


class User(UuidPrimaryKey, Timestamps, Base):
    """A person's account. ``jurisdiction_id`` is the jurisdiction that manages the account."""

    __tablename__ = "users"

    jurisdiction_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT")
    )
    username: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    display_name: Mapped[str] = mapped_column(String(200), nullable=False)
    password_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    is_platform_admin: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=false())
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=true())

    __table_args__ = (Index("ix_users_jurisdiction_id_username", "jurisdiction_id", "username"),)
