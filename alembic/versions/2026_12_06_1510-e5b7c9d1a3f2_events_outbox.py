"""Events: the transactional outbox behind the events feed (issue 17)

One row per thing that happened, written in the transaction of the change. ``seq``, the feed's
order, is given at commit by a deferred constraint trigger holding a transaction-level advisory
lock: event-writing transactions number their events one after another, each holding the lock
until its commit is visible, so the numbers follow commit order (app/repositories/events.py
says why). The statement trigger reuses gaiban_notify_change (migration 7c1e0a2b9d4f): it
sends 'events' on gaiban_changes at commit, which wakes the feed's long polls.

Revision ID: e5b7c9d1a3f2
Revises: d2a6f4b8c1e3
Create Date: 2026-12-06 15:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "e5b7c9d1a3f2"
down_revision: str | None = "d2a6f4b8c1e3"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "events",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=True),
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=False),
        sa.Column("type", sa.Text(), nullable=False),
        sa.Column(
            "occurred_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("resource_type", sa.Text(), nullable=False),
        sa.Column("resource_id", sa.Text(), nullable=False),
        sa.Column("resource_url", sa.Text(), nullable=False),
        sa.Column(
            "payload",
            postgresql.JSONB(astext_type=sa.Text()),
            server_default=sa.text("'{}'::jsonb"),
            nullable=False,
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_events")),
    )
    op.create_index("ix_events_jurisdiction_id_seq", "events", ["jurisdiction_id", "seq"])
    op.execute("CREATE SEQUENCE events_seq AS bigint")
    # The lock's key: hashtextextended('gaiban.events.commit_order', 0), written out. SECURITY
    # DEFINER: the function numbers events as the owner, so the application's role needs no
    # UPDATE on events, which stay append-only to it (app/migrations.py app_role_grants).
    op.execute(
        """
        CREATE FUNCTION gaiban_events_commit_order() RETURNS trigger LANGUAGE plpgsql
        SECURITY DEFINER SET search_path = public, pg_temp AS $$
        BEGIN
            PERFORM pg_advisory_xact_lock(-1485967771020857692);
            UPDATE events SET seq = nextval('events_seq') WHERE id = NEW.id;
            RETURN NULL;
        END $$
        """
    )
    op.execute(
        "CREATE CONSTRAINT TRIGGER events_commit_order AFTER INSERT ON events "
        "DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION gaiban_events_commit_order()"
    )
    op.execute(
        "CREATE TRIGGER events_notify_change AFTER INSERT ON events "
        "FOR EACH STATEMENT EXECUTE FUNCTION gaiban_notify_change()"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER events_notify_change ON events")
    op.execute("DROP TRIGGER events_commit_order ON events")
    op.execute("DROP FUNCTION gaiban_events_commit_order()")
    op.drop_index("ix_events_jurisdiction_id_seq", table_name="events")
    op.drop_table("events")
    op.execute("DROP SEQUENCE events_seq")
