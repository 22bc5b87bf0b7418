"""Performance assessments (绩效考核, C-ASM-1): a jurisdiction's assessment of a year, the scores
its office enters (manual indicators, and computed ones after an upheld appeal) with their
evidence files, and the appeals of the assessed units and counties.

Every table leads with its jurisdiction and references its parent by (jurisdiction_id, id), so
no row points across tenants. A final assessment keeps its scorecards as they were when it was
finalised (``frozen``): it never changes after that (the service refuses every write, 409)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import (
    BigInteger,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Index,
    Integer,
    LargeBinary,
    Numeric,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    func,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, deferred, mapped_column

from app.models.base import Base, RowVersion, UuidPrimaryKey

ASSESSMENT_STATES_SQL = "('preparing','final')"
APPEAL_OUTCOMES_SQL = "('upheld','rejected')"
SUBJECT_KINDS_SQL = "('unit','county')"


def _fk(columns: list[str], table: str, name: str) -> ForeignKeyConstraint:
    return ForeignKeyConstraint(
        columns, [f"{table}.jurisdiction_id", f"{table}.id"], name=name, ondelete="RESTRICT"
    )


class Assessment(UuidPrimaryKey, RowVersion, Base):
    """A jurisdiction's assessment of one year: preparing, then final (by its office director),
    when the scorecards as of that day are kept in ``frozen``."""

    __tablename__ = "assessments"
    __mapper_args__ = {"eager_defaults": True}  # noqa: RUF012 - SQLAlchemy's own declaration

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    year: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    state: Mapped[str] = mapped_column(String(16), nullable=False, server_default="preparing")
    created_by: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    created_by_name: Mapped[str] = mapped_column(String(200), nullable=False)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
    finalised_on: Mapped[date | None] = mapped_column(Date)
    finalised_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    finalised_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    finalised_by_name: Mapped[str | None] = mapped_column(String(200))
    frozen: Mapped[dict[str, Any] | None] = mapped_column(JSONB)

    __table_args__ = (
        UniqueConstraint("jurisdiction_id", "id"),
        UniqueConstraint("jurisdiction_id", "year"),
        CheckConstraint(f"state IN {ASSESSMENT_STATES_SQL}", name="state_known"),
        CheckConstraint(
            "(state = 'final') = (frozen IS NOT NULL) "
            "AND (frozen IS NULL) = (finalised_on IS NULL)",
            name="final_whole",
        ),
    )


class AssessmentScore(UuidPrimaryKey, Base):
    """A score the office entered for one subject's indicator, with its written reason."""

    __tablename__ = "assessment_scores"
    __mapper_args__ = {"eager_defaults": True}  # noqa: RUF012 - SQLAlchemy's own declaration

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    assessment_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    subject_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    indicator_key: Mapped[str] = mapped_column(String(64), nullable=False)
    score: Mapped[Decimal] = mapped_column(Numeric(7, 2), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    entered_by: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    entered_by_name: Mapped[str] = mapped_column(String(200), nullable=False)
    entered_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )

    __table_args__ = (
        UniqueConstraint("jurisdiction_id", "id"),
        UniqueConstraint(
            "jurisdiction_id",
            "assessment_id",
            "subject_id",
            "indicator_key",
            name="uq_assessment_scores_subject_indicator",
        ),
        _fk(["jurisdiction_id", "assessment_id"], "assessments", "fk_assessment_scores_assessment"),
        CheckConstraint("score >= 0", name="score_not_negative"),
    )


class AssessmentScoreFile(UuidPrimaryKey, Base):
    """A file the office attached to an entered score as its evidence."""

    __tablename__ = "assessment_score_files"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    score_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    file_type: Mapped[str] = mapped_column(String(16), nullable=False)
    media_type: Mapped[str] = mapped_column(String(120), nullable=False)
    size_bytes: Mapped[int] = mapped_column(BigInteger, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )

    __table_args__ = (
        _fk(
            ["jurisdiction_id", "score_id"], "assessment_scores", "fk_assessment_score_files_score"
        ),
        CheckConstraint("size_bytes = octet_length(content)", name="size_matches"),
        Index("ix_assessment_score_files_jurisdiction_id_score_id", "jurisdiction_id", "score_id"),
    )


class AssessmentAppeal(UuidPrimaryKey, Base):
    """An assessed unit's or county's appeal against one indicator of its card, and the office's
    decision (upheld or rejected, with its reason), set once."""

    __tablename__ = "assessment_appeals"
    __mapper_args__ = {"eager_defaults": True}  # noqa: RUF012 - SQLAlchemy's own declaration

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    assessment_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    subject_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    subject_kind: Mapped[str] = mapped_column(String(16), nullable=False)
    indicator_key: Mapped[str] = mapped_column(String(64), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    appealed_by: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    appealed_by_name: Mapped[str] = mapped_column(String(200), nullable=False)
    appealed_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
    outcome: Mapped[str | None] = mapped_column(String(16))
    decision_reason: Mapped[str | None] = mapped_column(Text)
    decided_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    decided_by_name: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))

    __table_args__ = (
        _fk(
            ["jurisdiction_id", "assessment_id"], "assessments", "fk_assessment_appeals_assessment"
        ),
        CheckConstraint(f"subject_kind IN {SUBJECT_KINDS_SQL}", name="subject_kind_known"),
        CheckConstraint(
            f"outcome IS NULL OR outcome IN {APPEAL_OUTCOMES_SQL}", name="outcome_known"
        ),
        CheckConstraint(
            "(outcome IS NULL) = (decided_at IS NULL) "
            "AND (outcome IS NULL) = (decision_reason IS NULL)",
            name="decision_whole",
        ),
        Index(
            "ix_assessment_appeals_jurisdiction_id_assessment_id",
            "jurisdiction_id",
            "assessment_id",
        ),
    )
