from __future__ import annotations

import uuid
from datetime import datetime

from sqlalchemy import (
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Uuid,
    false,
    text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RowVersion, Timestamps, UuidPrimaryKey


class User(UuidPrimaryKey, Timestamps, RowVersion, Base):
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
    # Raised by a password change or reset and by a change of is_active: access tokens of an
    # older generation are refused (app/deps.py).
    token_generation: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")
    # A reset by someone else: the SHA-256 of a one-time setup token the person uses to choose
    # a password, and when it ends. The account has no usable password meanwhile.
    password_setup_hash: Mapped[str | None] = mapped_column(String(100))
    password_setup_expires_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    # Whether the account's credentials were last issued by a platform administrator or the
    # system (a setup token, or the password itself), not by an office: whoever holds a setup
    # token can choose the password with it, so only such an account may be given a post
    # whose holder only an administrator resets (app.domain.positions.reset_by_administrators_only).
    credentials_issued_by_admin: Mapped[bool] = mapped_column(
        Boolean, nullable=False, server_default=true()
    )

    __table_args__ = (
        Index("ix_users_jurisdiction_id_username", "jurisdiction_id", "username"),
        Index(
            "ix_users_password_setup_hash",
            "password_setup_hash",
            unique=True,
            postgresql_where=text("password_setup_hash IS NOT NULL"),
        ),
    )
