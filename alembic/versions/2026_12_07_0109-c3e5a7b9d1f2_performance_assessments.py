"""Performance assessments (绩效考核, C-ASM-1): assessments, entered scores and their files, appeals

An assessment per (jurisdiction, year), preparing then final (its scorecards frozen in ``frozen``);
the office's entered scores with their reasons and evidence files; the assessed units' and
counties' appeals with the office's decision. The assessment carries a row version (migration
b3d5f7a9c1e4) that its scores and appeals move too, for its ETag and If-Match.

Revision ID: c3e5a7b9d1f2
Revises: c4e6a8b0d2f3
Create Date: 2026-12-07 01:09:44.166911+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

# child table, its column naming the assessment: their writes move the assessment's version.
CHILDREN = (("assessment_scores", "assessment_id"), ("assessment_appeals", "assessment_id"))
CHILD_EVENTS = (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD"))

revision: str = "c3e5a7b9d1f2"
down_revision: str | None = "c4e6a8b0d2f3"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "assessments",
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=False),
        sa.Column("year", sa.SmallInteger(), nullable=False),
        sa.Column("state", sa.String(length=16), server_default="preparing", nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=False),
        sa.Column("created_by_name", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("finalised_on", sa.Date(), nullable=True),
        sa.Column("finalised_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("finalised_by", sa.Uuid(), nullable=True),
        sa.Column("finalised_by_name", sa.String(length=200), nullable=True),
        sa.Column("frozen", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column("row_version", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        sa.CheckConstraint(
            "(state = 'final') = (frozen IS NOT NULL) AND (frozen IS NULL) = (finalised_on IS NULL)",
            name=op.f("ck_assessments_final_whole"),
        ),
        sa.CheckConstraint(
            "state IN ('preparing','final')", name=op.f("ck_assessments_state_known")
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id"],
            ["jurisdictions.id"],
            name=op.f("fk_assessments_jurisdiction_id_jurisdictions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessments")),
        sa.UniqueConstraint(
            "jurisdiction_id", "id", name=op.f("uq_assessments_jurisdiction_id_id")
        ),
        sa.UniqueConstraint(
            "jurisdiction_id", "year", name=op.f("uq_assessments_jurisdiction_id_year")
        ),
    )
    op.create_table(
        "assessment_appeals",
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=False),
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("subject_kind", sa.String(length=16), nullable=False),
        sa.Column("indicator_key", sa.String(length=64), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("appealed_by", sa.Uuid(), nullable=False),
        sa.Column("appealed_by_name", sa.String(length=200), nullable=False),
        sa.Column(
            "appealed_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("outcome", sa.String(length=16), nullable=True),
        sa.Column("decision_reason", sa.Text(), nullable=True),
        sa.Column("decided_by", sa.Uuid(), nullable=True),
        sa.Column("decided_by_name", sa.String(length=200), nullable=True),
        sa.Column("decided_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "outcome IS NULL OR outcome IN ('upheld','rejected')",
            name=op.f("ck_assessment_appeals_outcome_known"),
        ),
        sa.CheckConstraint(
            "subject_kind IN ('unit','county')",
            name=op.f("ck_assessment_appeals_subject_kind_known"),
        ),
        sa.CheckConstraint(
            "(outcome IS NULL) = (decided_at IS NULL) AND (outcome IS NULL) = (decision_reason IS NULL)",
            name=op.f("ck_assessment_appeals_decision_whole"),
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id", "assessment_id"],
            ["assessments.jurisdiction_id", "assessments.id"],
            name="fk_assessment_appeals_assessment",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_appeals")),
    )
    op.create_index(
        "ix_assessment_appeals_jurisdiction_id_assessment_id",
        "assessment_appeals",
        ["jurisdiction_id", "assessment_id"],
        unique=False,
    )
    op.create_table(
        "assessment_scores",
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=False),
        sa.Column("assessment_id", sa.Uuid(), nullable=False),
        sa.Column("subject_id", sa.Uuid(), nullable=False),
        sa.Column("indicator_key", sa.String(length=64), nullable=False),
        sa.Column("score", sa.Numeric(precision=7, scale=2), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("entered_by", sa.Uuid(), nullable=False),
        sa.Column("entered_by_name", sa.String(length=200), nullable=False),
        sa.Column(
            "entered_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint("score >= 0", name=op.f("ck_assessment_scores_score_not_negative")),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id", "assessment_id"],
            ["assessments.jurisdiction_id", "assessments.id"],
            name="fk_assessment_scores_assessment",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_scores")),
        sa.UniqueConstraint(
            "jurisdiction_id",
            "assessment_id",
            "subject_id",
            "indicator_key",
            name="uq_assessment_scores_subject_indicator",
        ),
        sa.UniqueConstraint(
            "jurisdiction_id", "id", name=op.f("uq_assessment_scores_jurisdiction_id_id")
        ),
    )
    op.create_table(
        "assessment_score_files",
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=False),
        sa.Column("score_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("filename", sa.String(length=255), nullable=False),
        sa.Column("file_type", sa.String(length=16), nullable=False),
        sa.Column("media_type", sa.String(length=120), nullable=False),
        sa.Column("size_bytes", sa.BigInteger(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "size_bytes = octet_length(content)",
            name=op.f("ck_assessment_score_files_size_matches"),
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id", "score_id"],
            ["assessment_scores.jurisdiction_id", "assessment_scores.id"],
            name="fk_assessment_score_files_score",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assessment_score_files")),
    )
    op.create_index(
        "ix_assessment_score_files_jurisdiction_id_score_id",
        "assessment_score_files",
        ["jurisdiction_id", "score_id"],
        unique=False,
    )
    op.execute(
        "CREATE TRIGGER assessments_version BEFORE INSERT OR UPDATE ON assessments "
        "FOR EACH ROW EXECUTE FUNCTION row_version_set()"
    )
    for child, column in CHILDREN:
        for event, which in CHILD_EVENTS:
            op.execute(
                f"CREATE TRIGGER {child}_assessments_version_{event} AFTER {event.upper()} "
                f"ON {child} REFERENCING {which} TABLE AS changed_rows FOR EACH STATEMENT "
                f"EXECUTE FUNCTION row_version_touch_parent('{column}', 'assessments')"
            )


def downgrade() -> None:
    op.drop_index(
        "ix_assessment_score_files_jurisdiction_id_score_id", table_name="assessment_score_files"
    )
    op.drop_table("assessment_score_files")
    op.drop_table("assessment_scores")
    op.drop_index(
        "ix_assessment_appeals_jurisdiction_id_assessment_id", table_name="assessment_appeals"
    )
    op.drop_table("assessment_appeals")
    op.drop_table("assessments")
