"""A covering index for the per-unit task summary: the columns it counts, in lead-unit order

Revision ID: 59cc1dfafeb1
Revises: f5dfb42f71ed
Create Date: 2026-12-06 01:09:04.517601+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "59cc1dfafeb1"
down_revision: str | None = "f5dfb42f71ed"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The summary reads only these: with them in the index, 100,000 tasks are counted by an
# index-only scan of ~7 MB rather than a scan of the ~46 MB table (bench/tasks.py).
INCLUDED = ["created_on", "deadline", "started_on", "completed_on", "cancelled_on"]


def upgrade() -> None:
    op.create_index(
        "ix_tasks_jurisdiction_id_lead_unit_id",
        "tasks",
        ["jurisdiction_id", "lead_unit_id"],
        unique=False,
        postgresql_include=INCLUDED,
    )


def downgrade() -> None:
    op.drop_index("ix_tasks_jurisdiction_id_lead_unit_id", table_name="tasks")
