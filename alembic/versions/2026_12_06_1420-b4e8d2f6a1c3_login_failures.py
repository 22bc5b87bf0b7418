"""Login failures: each key's current run of failed sign-ins, for throttling (issue 16)

A row per key (``user:<username>``, ``client:<client_id>``, ``ip:<address>``): how many
failures its run holds, when the first and the last came, and when its window ends. Kept in
PostgreSQL so that every worker process sees the same locks (app/domain/login_throttle.py).

Revision ID: b4e8d2f6a1c3
Revises: c9d1e5a3f7b6
Create Date: 2026-12-06 14:20:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "b4e8d2f6a1c3"
down_revision: str | None = "c9d1e5a3f7b6"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "login_failures",
        sa.Column("key", sa.Text(), nullable=False),
        sa.Column("failures", sa.Integer(), nullable=False),
        sa.Column("first_failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("last_failed_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.CheckConstraint("failures > 0", name=op.f("ck_login_failures_failures_positive")),
        sa.PrimaryKeyConstraint("key", name=op.f("pk_login_failures")),
    )
    op.create_index("ix_login_failures_ends_at", "login_failures", ["ends_at"])


def downgrade() -> None:
    op.drop_index("ix_login_failures_ends_at", table_name="login_failures")
    op.drop_table("login_failures")
