from __future__ import annotations

import uuid

from sqlalchemy import ARRAY, Boolean, ForeignKey, Index, Integer, String, Uuid, true
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RowVersion, Timestamps, UuidPrimaryKey


class Client(UuidPrimaryKey, Timestamps, RowVersion, Base):
    """A machine client (approval-management system, county portal, script)."""

    __tablename__ = "clients"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    client_id: Mapped[str] = mapped_column(String(100), nullable=False, unique=True)
    name: Mapped[str] = mapped_column(String(200), nullable=False)
    secret_hash: Mapped[str] = mapped_column(String(255), nullable=False)
    scopes: Mapped[list[str]] = mapped_column(ARRAY(String(16)), nullable=False)
    is_active: Mapped[bool] = mapped_column(Boolean, nullable=False, server_default=true())
    # Raised by a secret rotation and a change of is_active: older tokens are refused.
    token_generation: Mapped[int] = mapped_column(Integer, nullable=False, server_default="0")

    __table_args__ = (Index("ix_clients_jurisdiction_id_name", "jurisdiction_id", "name"),)
