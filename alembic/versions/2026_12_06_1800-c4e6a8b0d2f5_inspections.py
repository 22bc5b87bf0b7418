"""Inspections (督导检查, CO-SUP-1): inspections, findings, answers and evidence files (issue 18)

An inspection is planned, then recorded as held; its findings name a responsible unit and a
rectification deadline; the unit's answers carry evidence files. Answers and evidence are records:
the task records' trigger function (task_records_set_once, migration f5dfb42f71ed) keeps them from
being rewritten or deleted, except an answer's review, set once.

Revision ID: c4e6a8b0d2f5
Revises: b3d5f7a9c1e4
Create Date: 2026-12-06 18:07:05.113251+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "c4e6a8b0d2f5"
down_revision: str | None = "b3d5f7a9c1e4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

SET_ONCE = {
    "inspection_finding_answers": (
        "review_outcome",
        "reviewed_at",
        "reviewed_on",
        "reviewed_by",
        "reviewed_by_name",
        "review_note",
    ),
    "inspection_evidence_files": (),
}
TRIGGERS = [
    f"CREATE TRIGGER {table}_set_once BEFORE UPDATE OR DELETE ON {table} FOR EACH ROW "
    "EXECUTE FUNCTION task_records_set_once("
    + ", ".join(f"'{column}'" for column in settable)
    + ")"
    for table, settable in SET_ONCE.items()
]


def upgrade() -> None:
    op.create_table(
        "inspections",
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=False),
        sa.Column("title", sa.String(length=200), nullable=False),
        sa.Column("starts_on", sa.Date(), nullable=False),
        sa.Column("ends_on", sa.Date(), nullable=False),
        sa.Column(
            "unit_ids", postgresql.ARRAY(sa.Uuid()), server_default=sa.text("'{}'"), nullable=False
        ),
        sa.Column(
            "county_ids",
            postgresql.ARRAY(sa.Uuid()),
            server_default=sa.text("'{}'"),
            nullable=False,
        ),
        sa.Column("inspectors", postgresql.ARRAY(sa.Text()), nullable=False),
        sa.Column("plan", sa.Text(), server_default="", nullable=False),
        sa.Column("state", sa.String(length=16), server_default="planned", nullable=False),
        sa.Column("held_on", sa.Date(), nullable=True),
        sa.Column("summary", sa.Text(), nullable=True),
        sa.Column("held_by", sa.Uuid(), nullable=True),
        sa.Column("held_by_name", sa.String(length=200), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=False),
        sa.Column("created_by_name", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "(state = 'held') = (held_on IS NOT NULL) AND (held_on IS NULL) = (held_by IS NULL)",
            name=op.f("ck_inspections_held_whole"),
        ),
        sa.CheckConstraint("state IN ('planned','held')", name=op.f("ck_inspections_state_known")),
        sa.CheckConstraint(
            "cardinality(inspectors) >= 1", name=op.f("ck_inspections_has_inspectors")
        ),
        sa.CheckConstraint("ends_on >= starts_on", name=op.f("ck_inspections_ends_after_start")),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id"],
            ["jurisdictions.id"],
            name=op.f("fk_inspections_jurisdiction_id_jurisdictions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspections")),
        sa.UniqueConstraint(
            "jurisdiction_id", "id", name=op.f("uq_inspections_jurisdiction_id_id")
        ),
    )
    op.create_index(
        "ix_inspections_jurisdiction_id_starts_on_id",
        "inspections",
        ["jurisdiction_id", "starts_on", "id"],
        unique=False,
    )
    op.create_table(
        "inspection_findings",
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=False),
        sa.Column("inspection_id", sa.Uuid(), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("problem", sa.Text(), nullable=False),
        sa.Column("cause", sa.Text(), nullable=False),
        sa.Column("handling", sa.Text(), nullable=False),
        sa.Column("recorded_on", sa.Date(), nullable=False),
        sa.Column("working_days", sa.Integer(), nullable=False),
        sa.Column("due_on", sa.Date(), nullable=False),
        sa.Column("state", sa.String(length=16), server_default="open", nullable=False),
        sa.Column("rectified_on", sa.Date(), nullable=True),
        sa.Column("created_by", sa.Uuid(), nullable=False),
        sa.Column("created_by_name", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "(state = 'accepted') = (rectified_on IS NOT NULL)",
            name=op.f("ck_inspection_findings_rectified_whole"),
        ),
        sa.CheckConstraint(
            "state IN ('open','answered','accepted')",
            name=op.f("ck_inspection_findings_state_known"),
        ),
        sa.CheckConstraint(
            "due_on > recorded_on AND working_days >= 1",
            name=op.f("ck_inspection_findings_due_after_record"),
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id", "inspection_id"],
            ["inspections.jurisdiction_id", "inspections.id"],
            name="fk_inspection_findings_inspection",
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id", "unit_id"],
            ["member_units.jurisdiction_id", "member_units.id"],
            name="fk_inspection_findings_unit",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_findings")),
        sa.UniqueConstraint(
            "jurisdiction_id", "id", name=op.f("uq_inspection_findings_jurisdiction_id_id")
        ),
    )
    op.create_index(
        "ix_inspection_findings_jurisdiction_id_inspection_id",
        "inspection_findings",
        ["jurisdiction_id", "inspection_id"],
        unique=False,
    )
    op.create_index(
        "ix_inspection_findings_jurisdiction_id_unit_id",
        "inspection_findings",
        ["jurisdiction_id", "unit_id"],
        unique=False,
    )
    op.create_table(
        "inspection_finding_answers",
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=False),
        sa.Column("finding_id", sa.Uuid(), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("answered_on", sa.Date(), nullable=False),
        sa.Column("author_id", sa.Uuid(), nullable=False),
        sa.Column("author_name", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("review_outcome", sa.String(length=16), nullable=True),
        sa.Column("reviewed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("reviewed_on", sa.Date(), nullable=True),
        sa.Column("reviewed_by", sa.Uuid(), nullable=True),
        sa.Column("reviewed_by_name", sa.String(length=200), nullable=True),
        sa.Column("review_note", sa.Text(), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "review_outcome IS NULL OR review_outcome IN ('accepted','sent_back')",
            name=op.f("ck_inspection_finding_answers_outcome_known"),
        ),
        sa.CheckConstraint(
            "(review_outcome IS NULL) = (reviewed_at IS NULL) AND (reviewed_at IS NULL) = (reviewed_on IS NULL) AND (reviewed_at IS NULL) = (reviewed_by IS NULL)",
            name=op.f("ck_inspection_finding_answers_review_whole"),
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id", "finding_id"],
            ["inspection_findings.jurisdiction_id", "inspection_findings.id"],
            name="fk_inspection_finding_answers_finding",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_finding_answers")),
        sa.UniqueConstraint(
            "jurisdiction_id", "id", name=op.f("uq_inspection_finding_answers_jurisdiction_id_id")
        ),
    )
    op.create_index(
        "ix_inspection_finding_answers_jurisdiction_id_finding_id",
        "inspection_finding_answers",
        ["jurisdiction_id", "finding_id"],
        unique=False,
    )
    op.create_table(
        "inspection_evidence_files",
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=False),
        sa.Column("answer_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("file_type", sa.String(length=16), nullable=False),
        sa.Column("media_type", sa.String(length=120), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "size_bytes = octet_length(content)",
            name=op.f("ck_inspection_evidence_files_size_matches"),
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id", "answer_id"],
            ["inspection_finding_answers.jurisdiction_id", "inspection_finding_answers.id"],
            name="fk_inspection_evidence_files_answer",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_evidence_files")),
    )
    op.create_index(
        "ix_inspection_evidence_files_jurisdiction_id_answer_id",
        "inspection_evidence_files",
        ["jurisdiction_id", "answer_id"],
        unique=False,
    )
    for statement in TRIGGERS:
        op.execute(statement)


def downgrade() -> None:
    for table in SET_ONCE:
        op.execute(f"DROP TRIGGER {table}_set_once ON {table}")
    op.drop_index(
        "ix_inspection_evidence_files_jurisdiction_id_answer_id",
        table_name="inspection_evidence_files",
    )
    op.drop_table("inspection_evidence_files")
    op.drop_index(
        "ix_inspection_finding_answers_jurisdiction_id_finding_id",
        table_name="inspection_finding_answers",
    )
    op.drop_table("inspection_finding_answers")
    op.drop_index(
        "ix_inspection_findings_jurisdiction_id_unit_id", table_name="inspection_findings"
    )
    op.drop_index(
        "ix_inspection_findings_jurisdiction_id_inspection_id", table_name="inspection_findings"
    )
    op.drop_table("inspection_findings")
    op.drop_index("ix_inspections_jurisdiction_id_starts_on_id", table_name="inspections")
    op.drop_table("inspections")
