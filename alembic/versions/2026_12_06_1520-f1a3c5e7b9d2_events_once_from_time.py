"""Events once from time: a dedupe key on events, and unanswered notices by reply date (issue 17)

The scheduler's events (a report or task falling overdue, a reminder, a reply falling overdue)
come from time, and several workers may look at once: each names its occasion in
``dedupe_key``, unique per jurisdiction, and is written with ON CONFLICT DO NOTHING, so it
exists once whoever wrote it (app/services/scheduled_events.py). The index is partial: events
made by requests carry no key. The notices' partial index serves the scheduler's range scan of
unanswered notices by reply date.

Revision ID: f1a3c5e7b9d2
Revises: e5b7c9d1a3f2
Create Date: 2026-12-06 15:20:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "f1a3c5e7b9d2"
down_revision: str | None = "e5b7c9d1a3f2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("events", sa.Column("dedupe_key", sa.Text(), nullable=True))
    op.create_index(
        "uq_events_jurisdiction_id_dedupe_key",
        "events",
        ["jurisdiction_id", "dedupe_key"],
        unique=True,
        postgresql_where=sa.text("dedupe_key IS NOT NULL"),
    )
    op.create_index(
        "ix_supervision_notices_jurisdiction_id_reply_due_on_unanswered",
        "supervision_notices",
        ["jurisdiction_id", "reply_due_on"],
        postgresql_where=sa.text("replied_at IS NULL"),
    )


def downgrade() -> None:
    op.drop_index(
        "ix_supervision_notices_jurisdiction_id_reply_due_on_unanswered",
        table_name="supervision_notices",
    )
    op.drop_index("uq_events_jurisdiction_id_dedupe_key", table_name="events")
    op.drop_column("events", "dedupe_key")
