from __future__ import annotations

import uuid
from datetime import date, datetime
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
    String,
    UniqueConstraint,
    Uuid,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, deferred, mapped_column

from app.models.base import Base, Timestamps, UuidPrimaryKey

PERIOD_KINDS_SQL = "('month','quarter','year')"


class ReportSubmission(UuidPrimaryKey, Timestamps, Base):
    """One unit's (or the office's) report of a kind for a period: the head of its versions.

    The row is the counter of its versions (``latest_version`` is raised by one atomic UPDATE
    in the submitting transaction, so concurrent resubmissions never collide), and it keeps the
    first submission's time, on which timeliness is judged."""

    __tablename__ = "report_submissions"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    report_kind: Mapped[str] = mapped_column(String(64), nullable=False)
    period_kind: Mapped[str] = mapped_column(String(16), nullable=False)
    period_start: Mapped[date] = mapped_column(Date, nullable=False)
    period_label: Mapped[str] = mapped_column(String(16), nullable=False)
    # Null: the office submits it (a report kind whose submitter is the office).
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    first_submitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    # The jurisdiction's local day of the first submission: what timeliness is judged on.
    first_submitted_on: Mapped[date] = mapped_column(Date, nullable=False)
    latest_version: Mapped[int] = mapped_column(Integer, nullable=False)
    latest_submitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)

    __table_args__ = (
        # ?changed_since=: a script pulls what changed in a jurisdiction since it last looked.
        Index("ix_report_submissions_jurisdiction_id_updated_at", "jurisdiction_id", "updated_at"),
        ForeignKeyConstraint(
            ["jurisdiction_id", "unit_id"],
            ["member_units.jurisdiction_id", "member_units.id"],
            name="fk_report_submissions_unit_in_same_jurisdiction",
            ondelete="RESTRICT",
        ),
        # One head per unit, kind and period; the office's own (unit null) counts as one too.
        UniqueConstraint(
            "jurisdiction_id",
            "report_kind",
            "period_start",
            "unit_id",
            name="uq_report_submissions_slot",
            postgresql_nulls_not_distinct=True,
        ),
        UniqueConstraint("jurisdiction_id", "id"),
        CheckConstraint(f"period_kind IN {PERIOD_KINDS_SQL}", name="period_kind_known"),
        CheckConstraint("latest_version >= 1", name="latest_version_positive"),
        Index(
            "ix_report_submissions_jurisdiction_id_unit_id_period_start",
            "jurisdiction_id",
            "unit_id",
            "period_start",
        ),
    )


class SubmissionVersion(UuidPrimaryKey, Base):
    """One complete submission (the first, or a resubmission): never changed afterwards."""

    __tablename__ = "submission_versions"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    submission_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    version: Mapped[int] = mapped_column(Integer, nullable=False)
    # The server's clock, never the client's.
    submitted_at: Mapped[datetime] = mapped_column(DateTime(timezone=True), nullable=False)
    submitted_on: Mapped[date] = mapped_column(Date, nullable=False)
    submitted_by: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("users.id", ondelete="RESTRICT"), nullable=False
    )
    submitted_by_name: Mapped[str] = mapped_column(String(200), nullable=False)
    submitted_as: Mapped[str] = mapped_column(String(64), nullable=False)
    rulebook_version_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("rulebook_versions.id", ondelete="RESTRICT"), nullable=False
    )
    # The due date as judged when submitted (null: the year's holidays were not known yet).
    due_date: Mapped[date | None] = mapped_column(Date)
    # {"progress": [{"task", "percent", "summary"}], "experience", "problems", "suggestions",
    #  "note"}
    content: Mapped[dict[str, Any]] = mapped_column(JSONB, nullable=False)

    __table_args__ = (
        ForeignKeyConstraint(
            ["jurisdiction_id", "submission_id"],
            ["report_submissions.jurisdiction_id", "report_submissions.id"],
            name="fk_submission_versions_submission",
            ondelete="RESTRICT",
        ),
        UniqueConstraint("submission_id", "version"),
        UniqueConstraint("jurisdiction_id", "id"),
        CheckConstraint("version >= 1", name="version_positive"),
        Index(
            "ix_submission_versions_jurisdiction_id_submission_id",
            "jurisdiction_id",
            "submission_id",
        ),
    )


class SubmissionFile(UuidPrimaryKey, Base):
    """One uploaded file of a version, stored in PostgreSQL with its digest."""

    __tablename__ = "submission_files"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    version_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    # The multipart field it came in: "<part>.<format>" (report.electronic …).
    field: Mapped[str] = mapped_column(String(100), nullable=False)
    part_key: Mapped[str] = mapped_column(String(64), nullable=False)
    format: Mapped[str] = mapped_column(String(16), nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    file_type: Mapped[str] = mapped_column(String(16), nullable=False)
    media_type: Mapped[str] = mapped_column(String(120), nullable=False)
    size_bytes: Mapped[int] = mapped_column(BigInteger, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    # Loaded only when the file itself is asked for.
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))

    __table_args__ = (
        ForeignKeyConstraint(
            ["jurisdiction_id", "version_id"],
            ["submission_versions.jurisdiction_id", "submission_versions.id"],
            name="fk_submission_files_version",
            ondelete="RESTRICT",
        ),
        CheckConstraint("format IN ('electronic','scanned')", name="format_known"),
        CheckConstraint("size_bytes = octet_length(content)", name="size_matches"),
        Index("ix_submission_files_jurisdiction_id_version_id", "jurisdiction_id", "version_id"),
    )
