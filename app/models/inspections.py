"""Inspections (督导检查, CO-SUP-1): an inspection of member units and counties, its findings, the
responsible units' or counties' answers and their evidence files.

Every table leads with its jurisdiction and references its parent by (jurisdiction_id, id), so no
row points across tenants. Answers and evidence are records of what was said: a database trigger
keeps them from being rewritten, except an answer's review, set once. So are the links from a
finding to what it led to (a supervision notice, a public notice, a task): kept once made, a
link removed has its removal set, once."""

from __future__ import annotations

import uuid
from datetime import date, datetime

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
    Text,
    UniqueConstraint,
    Uuid,
    func,
    text,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Mapped, deferred, mapped_column

from app.models.base import Base, UuidPrimaryKey

INSPECTION_STATES_SQL = "('planned','held')"
FINDING_STATES_SQL = "('open','answered','accepted')"
LINK_KINDS_SQL = "('supervision_notice','public_notice','task')"
# A finding, and each answer to it, names one responsible party: a member unit or a county.
ONE_RESPONSIBLE_SQL = "(unit_id IS NULL) <> (county_id IS NULL)"


def _fk(columns: list[str], table: str, name: str) -> ForeignKeyConstraint:
    return ForeignKeyConstraint(
        columns, [f"{table}.jurisdiction_id", f"{table}.id"], name=name, ondelete="RESTRICT"
    )


class Inspection(UuidPrimaryKey, Base):
    """An inspection the office plans (dates, scope, inspectors) and then records as held."""

    __tablename__ = "inspections"
    __mapper_args__ = {"eager_defaults": True}  # noqa: RUF012 - SQLAlchemy's own declaration

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    title: Mapped[str] = mapped_column(String(200), nullable=False)
    starts_on: Mapped[date] = mapped_column(Date, nullable=False)
    ends_on: Mapped[date] = mapped_column(Date, nullable=False)
    unit_ids: Mapped[list[uuid.UUID]] = mapped_column(
        ARRAY(Uuid), nullable=False, server_default=text("'{}'")
    )
    county_ids: Mapped[list[uuid.UUID]] = mapped_column(
        ARRAY(Uuid), nullable=False, server_default=text("'{}'")
    )
    inspectors: Mapped[list[str]] = mapped_column(ARRAY(Text), nullable=False)
    plan: Mapped[str] = mapped_column(Text, nullable=False, server_default="")
    state: Mapped[str] = mapped_column(String(16), nullable=False, server_default="planned")
    held_on: Mapped[date | None] = mapped_column(Date)
    summary: Mapped[str | None] = mapped_column(Text)
    held_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    held_by_name: Mapped[str | None] = mapped_column(String(200))
    created_by: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    created_by_name: Mapped[str] = mapped_column(String(200), nullable=False)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now(), nullable=False
    )

    __table_args__ = (
        UniqueConstraint("jurisdiction_id", "id"),
        CheckConstraint(f"state IN {INSPECTION_STATES_SQL}", name="state_known"),
        CheckConstraint("ends_on >= starts_on", name="ends_after_start"),
        CheckConstraint("cardinality(inspectors) >= 1", name="has_inspectors"),
        CheckConstraint(
            "(state = 'held') = (held_on IS NOT NULL) AND (held_on IS NULL) = (held_by IS NULL)",
            name="held_whole",
        ),
        Index("ix_inspections_jurisdiction_id_starts_on_id", "jurisdiction_id", "starts_on", "id"),
    )


class InspectionFinding(UuidPrimaryKey, Base):
    """A finding: the problem, its cause, the proposed handling, the responsible party and the
    rectification deadline (``due_on``, ``working_days`` working days after ``recorded_on``).

    The responsible party is a member unit here (``unit_id``) or a county the inspection
    inspects (``county_id``, a jurisdiction directly below), exactly one. A county's finding is
    kept here, with the inspection, and read and answered by the county's office through its own
    jurisdiction (as the major matters a county's office sends up are)."""

    __tablename__ = "inspection_findings"
    __mapper_args__ = {"eager_defaults": True}  # noqa: RUF012 - SQLAlchemy's own declaration

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    inspection_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    county_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    problem: Mapped[str] = mapped_column(Text, nullable=False)
    cause: Mapped[str] = mapped_column(Text, nullable=False)
    handling: Mapped[str] = mapped_column(Text, nullable=False)
    recorded_on: Mapped[date] = mapped_column(Date, nullable=False)
    working_days: Mapped[int] = mapped_column(Integer, nullable=False)
    due_on: Mapped[date] = mapped_column(Date, nullable=False)
    state: Mapped[str] = mapped_column(String(16), nullable=False, server_default="open")
    rectified_on: Mapped[date | None] = mapped_column(Date)
    created_by: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    created_by_name: Mapped[str] = mapped_column(String(200), nullable=False)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
    updated_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), onupdate=func.now(), nullable=False
    )

    __table_args__ = (
        UniqueConstraint("jurisdiction_id", "id"),
        _fk(
            ["jurisdiction_id", "inspection_id"], "inspections", "fk_inspection_findings_inspection"
        ),
        _fk(["jurisdiction_id", "unit_id"], "member_units", "fk_inspection_findings_unit"),
        # A county's finding names a jurisdiction directly below this one.
        ForeignKeyConstraint(
            ["jurisdiction_id", "county_id"],
            ["jurisdictions.parent_id", "jurisdictions.id"],
            name="fk_inspection_findings_county",
            ondelete="RESTRICT",
        ),
        # Referred to by the answers, which answer for the finding's own unit or county.
        UniqueConstraint("jurisdiction_id", "id", "unit_id"),
        UniqueConstraint("jurisdiction_id", "id", "county_id"),
        CheckConstraint(ONE_RESPONSIBLE_SQL, name="one_responsible"),
        CheckConstraint(f"state IN {FINDING_STATES_SQL}", name="state_known"),
        CheckConstraint("due_on > recorded_on AND working_days >= 1", name="due_after_record"),
        CheckConstraint(
            "(state = 'accepted') = (rectified_on IS NOT NULL)", name="rectified_whole"
        ),
        Index(
            "ix_inspection_findings_jurisdiction_id_inspection_id",
            "jurisdiction_id",
            "inspection_id",
        ),
        Index("ix_inspection_findings_jurisdiction_id_unit_id", "jurisdiction_id", "unit_id"),
        # A county's findings, read through its own jurisdiction.
        Index(
            "ix_inspection_findings_county_id",
            "county_id",
            postgresql_where=text("county_id IS NOT NULL"),
        ),
        # The scheduler's look for findings falling overdue (finding.overdue): the unrectified.
        Index(
            "ix_inspection_findings_jurisdiction_id_due_on_unrectified",
            "jurisdiction_id",
            "due_on",
            postgresql_where=text("rectified_on IS NULL"),
        ),
    )


class FindingAnswer(UuidPrimaryKey, Base):
    """The responsible unit's or county's answer to a finding (整改情况), with the office's
    review; it names the finding's responsible party, as the finding does."""

    __tablename__ = "inspection_finding_answers"
    __mapper_args__ = {"eager_defaults": True}  # noqa: RUF012 - SQLAlchemy's own declaration

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    finding_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    county_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    answered_on: Mapped[date] = mapped_column(Date, nullable=False)
    author_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    author_name: Mapped[str] = mapped_column(String(200), nullable=False)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
    review_outcome: Mapped[str | None] = mapped_column(String(16))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    reviewed_on: Mapped[date | None] = mapped_column(Date)
    reviewed_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    reviewed_by_name: Mapped[str | None] = mapped_column(String(200))
    review_note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("jurisdiction_id", "id"),
        _fk(
            ["jurisdiction_id", "finding_id"],
            "inspection_findings",
            "fk_inspection_finding_answers_finding",
        ),
        # An answer is given for its finding's own unit or county, no other.
        ForeignKeyConstraint(
            ["jurisdiction_id", "finding_id", "unit_id"],
            [
                "inspection_findings.jurisdiction_id",
                "inspection_findings.id",
                "inspection_findings.unit_id",
            ],
            name="fk_inspection_finding_answers_finding_unit",
            ondelete="RESTRICT",
        ),
        ForeignKeyConstraint(
            ["jurisdiction_id", "finding_id", "county_id"],
            [
                "inspection_findings.jurisdiction_id",
                "inspection_findings.id",
                "inspection_findings.county_id",
            ],
            name="fk_inspection_finding_answers_finding_county",
            ondelete="RESTRICT",
        ),
        CheckConstraint(ONE_RESPONSIBLE_SQL, name="one_responsible"),
        CheckConstraint(
            "review_outcome IS NULL OR review_outcome IN ('accepted','sent_back')",
            name="outcome_known",
        ),
        CheckConstraint(
            "(review_outcome IS NULL) = (reviewed_at IS NULL) AND (reviewed_at IS NULL) = "
            "(reviewed_on IS NULL) AND (reviewed_at IS NULL) = (reviewed_by IS NULL)",
            name="review_whole",
        ),
        Index(
            "ix_inspection_finding_answers_jurisdiction_id_finding_id",
            "jurisdiction_id",
            "finding_id",
        ),
    )


class FindingEvidenceFile(UuidPrimaryKey, Base):
    """A file attached to an answer as rectification evidence (整改佐证材料)."""

    __tablename__ = "inspection_evidence_files"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    answer_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    file_type: Mapped[str] = mapped_column(String(16), nullable=False)
    media_type: Mapped[str] = mapped_column(String(120), nullable=False)
    size_bytes: Mapped[int] = mapped_column(BigInteger, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))

    __table_args__ = (
        _fk(
            ["jurisdiction_id", "answer_id"],
            "inspection_finding_answers",
            "fk_inspection_evidence_files_answer",
        ),
        CheckConstraint("size_bytes = octet_length(content)", name="size_matches"),
        Index(
            "ix_inspection_evidence_files_jurisdiction_id_answer_id",
            "jurisdiction_id",
            "answer_id",
        ),
    )


class FindingLink(UuidPrimaryKey, Base):
    """What a finding led to (CO-SUP-1): a supervision notice, a public notice or a task of the
    same jurisdiction, in the one column its ``kind`` names (each a foreign key by
    (jurisdiction_id, id)). In force, a finding names a target once; a link removed keeps its
    row, with who removed it and when."""

    __tablename__ = "inspection_finding_links"
    __mapper_args__ = {"eager_defaults": True}  # noqa: RUF012 - SQLAlchemy's own declaration

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    finding_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    kind: Mapped[str] = mapped_column(String(32), nullable=False)
    supervision_notice_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    public_notice_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    task_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    linked_on: Mapped[date] = mapped_column(Date, nullable=False)
    created_by: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    created_by_name: Mapped[str] = mapped_column(String(200), nullable=False)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
    removed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    removed_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    removed_by_name: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (
        _fk(
            ["jurisdiction_id", "finding_id"],
            "inspection_findings",
            "fk_inspection_finding_links_finding",
        ),
        _fk(
            ["jurisdiction_id", "supervision_notice_id"],
            "supervision_notices",
            "fk_inspection_finding_links_supervision_notice",
        ),
        _fk(
            ["jurisdiction_id", "public_notice_id"],
            "public_notices",
            "fk_inspection_finding_links_public_notice",
        ),
        _fk(["jurisdiction_id", "task_id"], "tasks", "fk_inspection_finding_links_task"),
        CheckConstraint(f"kind IN {LINK_KINDS_SQL}", name="kind_known"),
        CheckConstraint(
            "(kind = 'supervision_notice') = (supervision_notice_id IS NOT NULL) AND "
            "(kind = 'public_notice') = (public_notice_id IS NOT NULL) AND "
            "(kind = 'task') = (task_id IS NOT NULL)",
            name="one_target",
        ),
        CheckConstraint(
            "(removed_at IS NULL) = (removed_by IS NULL) AND "
            "(removed_at IS NULL) = (removed_by_name IS NULL)",
            name="removal_whole",
        ),
        Index(
            "ix_inspection_finding_links_jurisdiction_id_finding_id",
            "jurisdiction_id",
            "finding_id",
        ),
        # A task with a link is not deleted (app/repositories/tasks.py has_history).
        Index("ix_inspection_finding_links_jurisdiction_id_task_id", "jurisdiction_id", "task_id"),
        # In force, each target once per finding (one target column is set, the others null).
        *(
            Index(
                f"uq_inspection_finding_links_finding_id_{column}",
                "finding_id",
                column,
                unique=True,
                postgresql_where=text("removed_at IS NULL"),
            )
            for column in ("supervision_notice_id", "public_notice_id", "task_id")
        ),
    )
