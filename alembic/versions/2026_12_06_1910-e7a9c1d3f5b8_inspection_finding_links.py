"""What an inspection's finding led to: links to supervision notices, public notices and tasks (issue 18)

CO-SUP-1: a finding can lead to a supervision notice, a public notice or a task. A link names one
of them in the column its kind names, each a foreign key by (jurisdiction_id, id), so no link
points across tenants. Links are records as answers are: the task records' trigger function
(task_records_set_once, migration f5dfb42f71ed) keeps them from being rewritten or deleted, except
their removal, set once. In force, a finding names a target once (a partial unique index each).

Also the partial index the scheduler reads unrectified findings by deadline with (finding.overdue).

Revision ID: e7a9c1d3f5b8
Revises: d5f7b9c1e3a6
Create Date: 2026-12-06 19:10:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "e7a9c1d3f5b8"
down_revision: str | None = "d5f7b9c1e3a6"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TARGETS = ("supervision_notice_id", "public_notice_id", "task_id")
SET_ONCE = ("removed_at", "removed_by", "removed_by_name")
TRIGGER = (
    "CREATE TRIGGER inspection_finding_links_set_once BEFORE UPDATE OR DELETE ON "
    "inspection_finding_links FOR EACH ROW EXECUTE FUNCTION task_records_set_once("
    + ", ".join(f"'{column}'" for column in SET_ONCE)
    + ")"
)


def upgrade() -> None:
    op.create_table(
        "inspection_finding_links",
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=False),
        sa.Column("finding_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("supervision_notice_id", sa.Uuid(), nullable=True),
        sa.Column("public_notice_id", sa.Uuid(), nullable=True),
        sa.Column("task_id", sa.Uuid(), nullable=True),
        sa.Column("linked_on", sa.Date(), nullable=False),
        sa.Column("created_by", sa.Uuid(), nullable=False),
        sa.Column("created_by_name", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("removed_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("removed_by", sa.Uuid(), nullable=True),
        sa.Column("removed_by_name", sa.String(length=200), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('supervision_notice','public_notice','task')",
            name=op.f("ck_inspection_finding_links_kind_known"),
        ),
        sa.CheckConstraint(
            "(kind = 'supervision_notice') = (supervision_notice_id IS NOT NULL) AND "
            "(kind = 'public_notice') = (public_notice_id IS NOT NULL) AND "
            "(kind = 'task') = (task_id IS NOT NULL)",
            name=op.f("ck_inspection_finding_links_one_target"),
        ),
        sa.CheckConstraint(
            "(removed_at IS NULL) = (removed_by IS NULL) AND "
            "(removed_at IS NULL) = (removed_by_name IS NULL)",
            name=op.f("ck_inspection_finding_links_removal_whole"),
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id", "finding_id"],
            ["inspection_findings.jurisdiction_id", "inspection_findings.id"],
            name="fk_inspection_finding_links_finding",
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id", "supervision_notice_id"],
            ["supervision_notices.jurisdiction_id", "supervision_notices.id"],
            name="fk_inspection_finding_links_supervision_notice",
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id", "public_notice_id"],
            ["public_notices.jurisdiction_id", "public_notices.id"],
            name="fk_inspection_finding_links_public_notice",
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id", "task_id"],
            ["tasks.jurisdiction_id", "tasks.id"],
            name="fk_inspection_finding_links_task",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_inspection_finding_links")),
    )
    op.create_index(
        "ix_inspection_finding_links_jurisdiction_id_finding_id",
        "inspection_finding_links",
        ["jurisdiction_id", "finding_id"],
        unique=False,
    )
    op.create_index(
        "ix_inspection_finding_links_jurisdiction_id_task_id",
        "inspection_finding_links",
        ["jurisdiction_id", "task_id"],
        unique=False,
    )
    for column in TARGETS:
        op.create_index(
            f"uq_inspection_finding_links_finding_id_{column}",
            "inspection_finding_links",
            ["finding_id", column],
            unique=True,
            postgresql_where=sa.text("removed_at IS NULL"),
        )
    op.execute(TRIGGER)
    op.create_index(
        "ix_inspection_findings_jurisdiction_id_due_on_unrectified",
        "inspection_findings",
        ["jurisdiction_id", "due_on"],
        unique=False,
        postgresql_where=sa.text("rectified_on IS NULL"),
    )


def downgrade() -> None:
    op.drop_index(
        "ix_inspection_findings_jurisdiction_id_due_on_unrectified",
        table_name="inspection_findings",
        postgresql_where=sa.text("rectified_on IS NULL"),
    )
    op.execute("DROP TRIGGER inspection_finding_links_set_once ON inspection_finding_links")
    for column in TARGETS:
        op.drop_index(
            f"uq_inspection_finding_links_finding_id_{column}",
            table_name="inspection_finding_links",
            postgresql_where=sa.text("removed_at IS NULL"),
        )
    op.drop_index(
        "ix_inspection_finding_links_jurisdiction_id_task_id",
        table_name="inspection_finding_links",
    )
    op.drop_index(
        "ix_inspection_finding_links_jurisdiction_id_finding_id",
        table_name="inspection_finding_links",
    )
    op.drop_table("inspection_finding_links")
