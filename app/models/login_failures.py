from __future__ import annotations

from datetime import datetime

from sqlalchemy import CheckConstraint, DateTime, Index, Integer, Text
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base


class LoginFailure(Base):
    """A key's current run of failed sign-ins (app/domain/login_throttle.py): an account
    (``user:<username>``), a machine client (``client:<client_id>``) or an address
    (``ip:<address>``). Shared by every worker process; deleting a row lifts its lock."""

    __tablename__ = "login_failures"

    key: Mapped[str] = mapped_column(Text, primary_key=True)
    failures: Mapped[int] = mapped_column(Integer, nullable=False)
    first_failed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    last_failed_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    ends_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)

    __table_args__ = (
        CheckConstraint("failures > 0", name="failures_positive"),
        # Spent runs are deleted by their window's end.
        Index("ix_login_failures_ends_at", "ends_at"),
    )
