"""Indexes for ?changed_since= on the task, submission, document and meeting lists (issue 19)

A script that pulls only what changed asks, per jurisdiction, for the rows whose updated_at is at
or after the time it last looked: (jurisdiction_id, updated_at) answers that without reading the
jurisdiction's every row.

Revision ID: b2d4f6a8c0e1
Revises: a1c3e5f7b9d0
Create Date: 2026-12-06 21:50:00.000000+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "b2d4f6a8c0e1"
down_revision: str | None = "a1c3e5f7b9d0"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("tasks", "report_submissions", "documents", "meetings")


def upgrade() -> None:
    for table in TABLES:
        op.create_index(
            f"ix_{table}_jurisdiction_id_updated_at", table, ["jurisdiction_id", "updated_at"]
        )


def downgrade() -> None:
    for table in reversed(TABLES):
        op.drop_index(f"ix_{table}_jurisdiction_id_updated_at", table_name=table)
