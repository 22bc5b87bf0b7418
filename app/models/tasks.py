"""The task breakdown (任务分解表): tasks, their progress and evidence, comments, supervision
notices (督办), public notices (通报) and accountability records (问责).

Every table carries its jurisdiction and references its parent by (jurisdiction_id, id), so no
row ever points across tenants. Progress reports, comments, notices and accountability records
are records of what was said and done: database triggers keep them from being rewritten."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    ForeignKeyConstraint,
    Identity,
    Index,
    Integer,
    LargeBinary,
    PrimaryKeyConstraint,
    SmallInteger,
    String,
    Text,
    UniqueConstraint,
    Uuid,
    func,
    text,
)
from sqlalchemy import text as sa_text
from sqlalchemy.dialects.postgresql import ARRAY, JSONB
from sqlalchemy.orm import Mapped, deferred, mapped_column

from app.models.base import Base, RowVersion, Timestamps, UuidPrimaryKey

TASK_STATES_SQL = "('not_started','in_progress','done','cancelled')"
SOURCE_KINDS_SQL = (
    "('national_document','provincial_document','city_document','county_document',"
    "'meeting_decision','other')"
)


def _unit_fk(columns: list[str], name: str) -> ForeignKeyConstraint:
    return ForeignKeyConstraint(
        columns,
        ["member_units.jurisdiction_id", "member_units.id"],
        name=name,
        ondelete="RESTRICT",
    )


def _task_fk(columns: list[str], name: str, ondelete: str = "RESTRICT") -> ForeignKeyConstraint:
    return ForeignKeyConstraint(
        columns, ["tasks.jurisdiction_id", "tasks.id"], name=name, ondelete=ondelete
    )


class Task(UuidPrimaryKey, Timestamps, RowVersion, Base):
    """One row of the task breakdown table: what, from which source, who leads and who
    cooperates, by when (with milestones), which supporting measures (配套管理办法) to issue.

    Its state on any day follows from created_on / started_on / completed_on / cancelled_on;
    ``state`` is today's, kept for filtering."""

    __tablename__ = "tasks"
    # A write gets its server-set times back in the same statement (RETURNING), so a change is
    # answered without reading the row again.
    __mapper_args__ = {"eager_defaults": True}  # noqa: RUF012 - SQLAlchemy's own declaration

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    parent_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    # 序号 as the office numbers it ("3", "3.2"): unique in the jurisdiction, the key an
    # imported workbook's rows are matched by.
    code: Mapped[str] = mapped_column(String(32), nullable=False)
    title: Mapped[str] = mapped_column(String(500), nullable=False)
    category: Mapped[str] = mapped_column(String(100), nullable=False)
    source_kind: Mapped[str] = mapped_column(String(32), nullable=False)
    source_title: Mapped[str | None] = mapped_column(String(300))
    source_reference: Mapped[str | None] = mapped_column(String(120))
    # A meeting decision it was made from: the meeting and the decision's place in the
    # archived minutes (agenda item, decision), each a task at most once.
    source_meeting_id: Mapped[uuid.UUID | None] = mapped_column(
        Uuid, ForeignKey("meetings.id", ondelete="RESTRICT")
    )
    source_agenda_index: Mapped[int | None] = mapped_column(SmallInteger)
    source_decision_index: Mapped[int | None] = mapped_column(SmallInteger)
    lead_unit_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    deadline: Mapped[date] = mapped_column(Date, nullable=False)
    # [{"due_on": "2027-03-31", "title": "…"}], in order, on or before the deadline.
    milestones: Mapped[list[dict[str, Any]]] = mapped_column(
        JSONB, nullable=False, server_default=text("'[]'::jsonb")
    )
    # [{"title": "…", "document_reference": "…" | null, "issued_on": "…" | null}]
    measures: Mapped[list[dict[str, Any]]] = mapped_column(
        JSONB, nullable=False, server_default=text("'[]'::jsonb")
    )
    state: Mapped[str] = mapped_column(String(16), nullable=False)
    # The latest progress reported (percent 0–100) and when.
    percent: Mapped[int] = mapped_column(SmallInteger, nullable=False, server_default="0")
    last_reported_on: Mapped[date | None] = mapped_column(Date)
    completion_pending: Mapped[bool] = mapped_column(
        Boolean, nullable=False, server_default=text("false")
    )
    created_on: Mapped[date] = mapped_column(Date, nullable=False)
    started_on: Mapped[date | None] = mapped_column(Date)
    completed_on: Mapped[date | None] = mapped_column(Date)
    cancelled_on: Mapped[date | None] = mapped_column(Date)
    cancel_reason: Mapped[str | None] = mapped_column(Text)
    created_by: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    created_by_name: Mapped[str] = mapped_column(String(200), nullable=False)

    __table_args__ = (
        # ?changed_since=: a script pulls what changed in a jurisdiction since it last looked.
        Index("ix_tasks_jurisdiction_id_updated_at", "jurisdiction_id", "updated_at"),
        UniqueConstraint("jurisdiction_id", "id"),
        UniqueConstraint("jurisdiction_id", "code"),
        UniqueConstraint("source_meeting_id", "source_agenda_index", "source_decision_index"),
        ForeignKeyConstraint(
            ["jurisdiction_id", "parent_id"],
            ["tasks.jurisdiction_id", "tasks.id"],
            name="fk_tasks_parent",
            ondelete="RESTRICT",
        ),
        _unit_fk(["jurisdiction_id", "lead_unit_id"], "fk_tasks_lead_unit"),
        CheckConstraint(f"state IN {TASK_STATES_SQL}", name="state_known"),
        CheckConstraint(f"source_kind IN {SOURCE_KINDS_SQL}", name="source_kind_known"),
        CheckConstraint("percent BETWEEN 0 AND 100", name="percent_range"),
        CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
        CheckConstraint(
            "(source_meeting_id IS NULL) = (source_agenda_index IS NULL) AND "
            "(source_meeting_id IS NULL) = (source_decision_index IS NULL)",
            name="decision_reference_whole",
        ),
        CheckConstraint("(state = 'done') = (completed_on IS NOT NULL)", name="done_has_day"),
        CheckConstraint(
            "(state = 'cancelled') = (cancelled_on IS NOT NULL AND cancel_reason IS NOT NULL)",
            name="cancelled_has_reason",
        ),
        CheckConstraint(
            "state <> 'in_progress' OR started_on IS NOT NULL", name="in_progress_started"
        ),
        CheckConstraint(
            "NOT completion_pending OR state = 'in_progress'", name="pending_while_open"
        ),
        # The list's default order and the per-unit page (lead unit, then deadline).
        Index("ix_tasks_jurisdiction_id_deadline_id", "jurisdiction_id", "deadline", "id"),
        Index(
            "ix_tasks_jurisdiction_id_lead_unit_id_deadline_id",
            "jurisdiction_id",
            "lead_unit_id",
            "deadline",
            "id",
        ),
        Index("ix_tasks_jurisdiction_id_parent_id", "jurisdiction_id", "parent_id"),
        # The per-unit summary reads only these columns: an index-only scan of this narrow
        # index (~7 MB for 100,000 tasks, against a 46 MB table) counts them in lead-unit order.
        Index(
            "ix_tasks_jurisdiction_id_lead_unit_id",
            "jurisdiction_id",
            "lead_unit_id",
            postgresql_include=[
                "created_on",
                "deadline",
                "started_on",
                "completed_on",
                "cancelled_on",
            ],
        ),
    )


class TaskCooperatingUnit(Base):
    """A unit that cooperates on a task (配合单位)."""

    __tablename__ = "task_cooperating_units"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    task_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    unit_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    position: Mapped[int] = mapped_column(SmallInteger, nullable=False)

    __table_args__ = (
        PrimaryKeyConstraint("task_id", "unit_id"),
        _task_fk(["jurisdiction_id", "task_id"], "fk_task_cooperating_units_task", "CASCADE"),
        _unit_fk(["jurisdiction_id", "unit_id"], "fk_task_cooperating_units_unit"),
        Index("ix_task_cooperating_units_jurisdiction_id_unit_id", "jurisdiction_id", "unit_id"),
    )


class TaskProgressReport(UuidPrimaryKey, Base):
    """A progress report (进展情况) by the lead unit or the office: text, percent, evidence;
    perhaps a proposal that the task is complete, which the office confirms or sends back."""

    __tablename__ = "task_progress_reports"
    # created_at comes back with the INSERT (RETURNING): the answer needs no read-back.
    __mapper_args__ = {"eager_defaults": True}  # noqa: RUF012 - SQLAlchemy's own declaration

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    task_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    # The lead unit it was reported for; null when the office reported.
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    reported_on: Mapped[date] = mapped_column(Date, nullable=False)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
    author_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    author_name: Mapped[str] = mapped_column(String(200), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    percent: Mapped[int] = mapped_column(SmallInteger, nullable=False)
    proposes_completion: Mapped[bool] = mapped_column(Boolean, nullable=False)
    # The office's review of a completion proposal, set once.
    review_outcome: Mapped[str | None] = mapped_column(String(16))
    reviewed_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    reviewed_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    reviewed_by_name: Mapped[str | None] = mapped_column(String(200))
    review_note: Mapped[str | None] = mapped_column(Text)

    __table_args__ = (
        UniqueConstraint("jurisdiction_id", "id"),
        _task_fk(["jurisdiction_id", "task_id"], "fk_task_progress_reports_task"),
        _unit_fk(["jurisdiction_id", "unit_id"], "fk_task_progress_reports_unit"),
        CheckConstraint("percent BETWEEN 0 AND 100", name="percent_range"),
        CheckConstraint(
            "review_outcome IS NULL OR review_outcome IN ('confirmed','sent_back')",
            name="review_outcome_known",
        ),
        CheckConstraint(
            "review_outcome IS NULL OR proposes_completion", name="review_only_of_proposal"
        ),
        CheckConstraint(
            "(review_outcome IS NULL) = (reviewed_at IS NULL) AND "
            "(review_outcome IS NULL) = (reviewed_by IS NULL)",
            name="review_whole",
        ),
        Index(
            "ix_task_progress_reports_jurisdiction_id_task_id_created_at",
            "jurisdiction_id",
            "task_id",
            "created_at",
        ),
    )


class TaskEvidenceFile(UuidPrimaryKey, Base):
    """A file attached to a progress report as evidence (佐证材料), stored with its digest."""

    __tablename__ = "task_evidence_files"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    report_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    position: Mapped[int] = mapped_column(Integer, nullable=False)
    filename: Mapped[str] = mapped_column(String(255), nullable=False)
    file_type: Mapped[str] = mapped_column(String(16), nullable=False)
    media_type: Mapped[str] = mapped_column(String(120), nullable=False)
    size_bytes: Mapped[int] = mapped_column(BigInteger, nullable=False)
    sha256: Mapped[str] = mapped_column(String(64), nullable=False)
    content: Mapped[bytes] = deferred(mapped_column(LargeBinary, nullable=False))

    __table_args__ = (
        ForeignKeyConstraint(
            ["jurisdiction_id", "report_id"],
            ["task_progress_reports.jurisdiction_id", "task_progress_reports.id"],
            name="fk_task_evidence_files_report",
            ondelete="RESTRICT",
        ),
        CheckConstraint("size_bytes = octet_length(content)", name="size_matches"),
        Index("ix_task_evidence_files_jurisdiction_id_report_id", "jurisdiction_id", "report_id"),
    )


class TaskComment(UuidPrimaryKey, Base):
    """A comment on a task, by a cooperating or the lead unit, or by the office."""

    __tablename__ = "task_comments"
    # created_at comes back with the INSERT (RETURNING): the answer needs no read-back.
    __mapper_args__ = {"eager_defaults": True}  # noqa: RUF012 - SQLAlchemy's own declaration

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    task_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    unit_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    author_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    author_name: Mapped[str] = mapped_column(String(200), nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )

    __table_args__ = (
        _task_fk(["jurisdiction_id", "task_id"], "fk_task_comments_task"),
        _unit_fk(["jurisdiction_id", "unit_id"], "fk_task_comments_unit"),
        Index(
            "ix_task_comments_jurisdiction_id_task_id_created_at",
            "jurisdiction_id",
            "task_id",
            "created_at",
        ),
    )


class SupervisionNotice(UuidPrimaryKey, Base):
    """A supervision notice (督办通知, E-TSK-2) on a task, to its lead unit, with a reply date;
    the unit's reply is recorded once."""

    __tablename__ = "supervision_notices"
    # created_at comes back with the INSERT (RETURNING): the answer needs no read-back.
    __mapper_args__ = {"eager_defaults": True}  # noqa: RUF012 - SQLAlchemy's own declaration

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    task_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    unit_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    text: Mapped[str] = mapped_column(Text, nullable=False)
    issued_on: Mapped[date] = mapped_column(Date, nullable=False)
    reply_due_on: Mapped[date] = mapped_column(Date, nullable=False)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
    issued_by: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    issued_by_name: Mapped[str] = mapped_column(String(200), nullable=False)
    reply_text: Mapped[str | None] = mapped_column(Text)
    replied_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    replied_on: Mapped[date | None] = mapped_column(Date)
    replied_by: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    replied_by_name: Mapped[str | None] = mapped_column(String(200))

    __table_args__ = (
        UniqueConstraint("jurisdiction_id", "id"),
        _task_fk(["jurisdiction_id", "task_id"], "fk_supervision_notices_task"),
        _unit_fk(["jurisdiction_id", "unit_id"], "fk_supervision_notices_unit"),
        CheckConstraint("reply_due_on >= issued_on", name="reply_after_issue"),
        CheckConstraint(
            "(reply_text IS NULL) = (replied_at IS NULL) AND (replied_at IS NULL) = "
            "(replied_on IS NULL) AND (replied_at IS NULL) = (replied_by IS NULL)",
            name="reply_whole",
        ),
        Index(
            "ix_supervision_notices_jurisdiction_id_issued_on_id",
            "jurisdiction_id",
            "issued_on",
            "id",
        ),
        Index("ix_supervision_notices_jurisdiction_id_task_id", "jurisdiction_id", "task_id"),
        # The scheduler's look for replies falling overdue: only the unanswered are indexed.
        Index(
            "ix_supervision_notices_jurisdiction_id_reply_due_on_unanswered",
            "jurisdiction_id",
            "reply_due_on",
            # ``text`` is the notice's column here, not SQLAlchemy's.
            postgresql_where=sa_text("replied_at IS NULL"),
        ),
    )


class PublicNotice(UuidPrimaryKey, Base):
    """A public notice (通报, E-TSK-3) naming units, citing the tasks and evidence (progress
    reports, supervision notices) that justify it."""

    __tablename__ = "public_notices"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    title: Mapped[str] = mapped_column(String(300), nullable=False)
    body: Mapped[str] = mapped_column(Text, nullable=False)
    tone: Mapped[str] = mapped_column(String(16), nullable=False)
    issued_on: Mapped[date] = mapped_column(Date, nullable=False)
    document_reference: Mapped[str | None] = mapped_column(String(120))
    evidence_report_ids: Mapped[list[uuid.UUID]] = mapped_column(
        ARRAY(Uuid), nullable=False, server_default=text("'{}'")
    )
    evidence_supervision_ids: Mapped[list[uuid.UUID]] = mapped_column(
        ARRAY(Uuid), nullable=False, server_default=text("'{}'")
    )
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
    created_by: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    created_by_name: Mapped[str] = mapped_column(String(200), nullable=False)

    __table_args__ = (
        UniqueConstraint("jurisdiction_id", "id"),
        ForeignKeyConstraint(
            ["jurisdiction_id"],
            ["jurisdictions.id"],
            name="fk_public_notices_jurisdiction",
            ondelete="RESTRICT",
        ),
        CheckConstraint("tone IN ('criticism','commendation')", name="tone_known"),
        Index(
            "ix_public_notices_jurisdiction_id_issued_on_id", "jurisdiction_id", "issued_on", "id"
        ),
    )


class PublicNoticeUnit(Base):
    __tablename__ = "public_notice_units"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    notice_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    unit_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    position: Mapped[int] = mapped_column(SmallInteger, nullable=False)

    __table_args__ = (
        PrimaryKeyConstraint("notice_id", "unit_id"),
        ForeignKeyConstraint(
            ["jurisdiction_id", "notice_id"],
            ["public_notices.jurisdiction_id", "public_notices.id"],
            name="fk_public_notice_units_notice",
            ondelete="RESTRICT",
        ),
        _unit_fk(["jurisdiction_id", "unit_id"], "fk_public_notice_units_unit"),
        Index("ix_public_notice_units_jurisdiction_id_unit_id", "jurisdiction_id", "unit_id"),
    )


class PublicNoticeTask(Base):
    __tablename__ = "public_notice_tasks"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    notice_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    task_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    position: Mapped[int] = mapped_column(SmallInteger, nullable=False)

    __table_args__ = (
        PrimaryKeyConstraint("notice_id", "task_id"),
        ForeignKeyConstraint(
            ["jurisdiction_id", "notice_id"],
            ["public_notices.jurisdiction_id", "public_notices.id"],
            name="fk_public_notice_tasks_notice",
            ondelete="RESTRICT",
        ),
        _task_fk(["jurisdiction_id", "task_id"], "fk_public_notice_tasks_task"),
        Index("ix_public_notice_tasks_jurisdiction_id_task_id", "jurisdiction_id", "task_id"),
    )


class AccountabilityRecord(UuidPrimaryKey, Base):
    """An accountability record (问责, E-TSK-3) for a unit whose work clearly lags: the measure
    decided, why, by whose decision, citing the tasks and evidence."""

    __tablename__ = "accountability_records"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    unit_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    decided_on: Mapped[date] = mapped_column(Date, nullable=False)
    measure: Mapped[str] = mapped_column(String(200), nullable=False)
    reason: Mapped[str] = mapped_column(Text, nullable=False)
    decided_by: Mapped[str] = mapped_column(String(300), nullable=False)
    public_notice_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    evidence_report_ids: Mapped[list[uuid.UUID]] = mapped_column(
        ARRAY(Uuid), nullable=False, server_default=text("'{}'")
    )
    evidence_supervision_ids: Mapped[list[uuid.UUID]] = mapped_column(
        ARRAY(Uuid), nullable=False, server_default=text("'{}'")
    )
    rule: Mapped[str] = mapped_column(String(64), nullable=False)
    source: Mapped[str] = mapped_column(String(1000), nullable=False)
    created_at: Mapped[datetime] = mapped_column(
        DateTime(timezone=True), server_default=func.now(), nullable=False
    )
    created_by: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    created_by_name: Mapped[str] = mapped_column(String(200), nullable=False)

    __table_args__ = (
        UniqueConstraint("jurisdiction_id", "id"),
        _unit_fk(["jurisdiction_id", "unit_id"], "fk_accountability_records_unit"),
        ForeignKeyConstraint(
            ["jurisdiction_id", "public_notice_id"],
            ["public_notices.jurisdiction_id", "public_notices.id"],
            name="fk_accountability_records_notice",
            ondelete="RESTRICT",
        ),
        Index(
            "ix_accountability_records_jurisdiction_id_decided_on_id",
            "jurisdiction_id",
            "decided_on",
            "id",
        ),
    )


class AccountabilityRecordTask(Base):
    __tablename__ = "accountability_record_tasks"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    record_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    task_id: Mapped[uuid.UUID] = mapped_column(Uuid, nullable=False)
    position: Mapped[int] = mapped_column(SmallInteger, nullable=False)

    __table_args__ = (
        PrimaryKeyConstraint("record_id", "task_id"),
        ForeignKeyConstraint(
            ["jurisdiction_id", "record_id"],
            ["accountability_records.jurisdiction_id", "accountability_records.id"],
            name="fk_accountability_record_tasks_record",
            ondelete="RESTRICT",
        ),
        _task_fk(["jurisdiction_id", "task_id"], "fk_accountability_record_tasks_task"),
        Index(
            "ix_accountability_record_tasks_jurisdiction_id_task_id", "jurisdiction_id", "task_id"
        ),
    )


class TaskLedgerRevision(Base):
    """A counter per jurisdiction that database triggers bump on any change to its tasks,
    progress or supervision: the list's and summary's ETag is built from it, so a poller's
    If-None-Match is answered 304 without reading a task."""

    __tablename__ = "task_ledger_revisions"

    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="CASCADE"), primary_key=True
    )
    revision: Mapped[int] = mapped_column(BigInteger, nullable=False)


class TaskCodeCounter(Base):
    """The last number given to a task by itself (序号, no code in the request), per
    jurisdiction and parent: ``parent_id`` null for the top-level tasks ("7"), a task's id for
    its sub-tasks ("7.3"). Raised by one atomic statement inside the creating transaction, so
    concurrent creates wait for each other on the row and never take the same number; a code
    given explicitly raises it to that number (GREATEST), so the next one follows it."""

    __tablename__ = "task_code_counters"

    id: Mapped[int] = mapped_column(BigInteger, Identity(), primary_key=True)
    jurisdiction_id: Mapped[uuid.UUID] = mapped_column(
        Uuid, ForeignKey("jurisdictions.id", ondelete="RESTRICT"), nullable=False
    )
    parent_id: Mapped[uuid.UUID | None] = mapped_column(Uuid)
    last: Mapped[int] = mapped_column(Integer, nullable=False)

    __table_args__ = (
        # One counter for the top level (parent_id null) and one per parent task.
        UniqueConstraint("jurisdiction_id", "parent_id", postgresql_nulls_not_distinct=True),
        _task_fk(["jurisdiction_id", "parent_id"], "fk_task_code_counters_parent", "CASCADE"),
        CheckConstraint("last >= 0", name="last_not_negative"),
    )
