from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import CheckConstraint, DateTime, Integer, String, func
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from app.models.base import Base, RowVersion


class CalendarYear(RowVersion, Base):
    """An official holiday arrangement entered by a platform administrator; it overrides the
    bundled calendar library for its year. Platform-wide: holidays are national."""

    __tablename__ = "calendar_years"

    year: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    # [{"date": "2027-01-01", "name": "元旦"}, …]
    holidays: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    makeup_workdays: Mapped[list[dict[str, Any]]] = mapped_column(JSONB, nullable=False)
    source: Mapped[str] = mapped_column(String(500), nullable=False)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now(), nullable=False
    )

    __table_args__ = (CheckConstraint("year BETWEEN 2000 AND 2100", name="year_plausible"),)
