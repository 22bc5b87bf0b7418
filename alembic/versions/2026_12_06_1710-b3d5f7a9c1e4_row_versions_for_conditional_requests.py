"""Row versions: what an ETag names and If-Match compares (issue 17, safe retries)

Each resource a caller can read one at a time and change (PATCH, PUT, DELETE) gets a
``row_version``: the id of the transaction that last wrote the row, set by a trigger on every
INSERT and UPDATE. A version is a transaction id rather than a counter so that a request knows
the version its own writes leave without reading the row back: it is its own transaction's id
(app/routers/conditional.py). Two states of a row never share a version, a transaction
committing once. ``xmin`` would say the same without a column, but it is 32 bits (it comes round
again), is not carried by a dump, and could not be moved by the child rows below.

A resource whose representation shows rows of another table moves with them: a statement trigger
on the child table sets its parent's version (a task's cooperating units; a meeting's invitees,
their attendance and its minutes, whose version is the meeting's, the minutes showing the
attendance; a document's recipients and attachments; a jurisdiction's rulebook versions: the
rulebook's version is its jurisdiction's).

The version triggers are named ``<table>_version``: after the triggers that keep final rows
final (``documents_signed_immutable``, ``tasks_closed_final``…) in PostgreSQL's alphabetical
order, so those compare the row as the statement wrote it.

Revision ID: b3d5f7a9c1e4
Revises: a8c0e2f4b6d1
Create Date: 2026-12-06 16:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "b3d5f7a9c1e4"
down_revision: str | None = "a8c0e2f4b6d1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

VERSIONED = (
    "jurisdictions",
    "member_units",
    "positions",
    "users",
    "clients",
    "calendar_years",
    "meetings",
    "meeting_period_reasons",
    "bulletins",
    "briefings",
    "documents",
    "tasks",
)
# Moved only by the columns a subscription's representation shows: the worker advances
# last_seq (how far it has fanned the outbox out) on every new event, which no caller sees.
WEBHOOK_SUBSCRIPTIONS = "webhook_subscriptions"
WEBHOOK_SHOWN = (
    "url, description, event_types, include_descendants, is_active, disabled_at, "
    "disabled_reason, failing_since"
)
# child table, its column naming the parent, the parent table
CHILDREN = (
    ("task_cooperating_units", "task_id", "tasks"),
    ("meeting_invitees", "meeting_id", "meetings"),
    ("meeting_minutes", "meeting_id", "meetings"),
    ("document_recipients", "document_id", "documents"),
    ("document_attachments", "document_id", "documents"),
    ("rulebook_versions", "jurisdiction_id", "jurisdictions"),
)
CHILD_EVENTS = (("insert", "NEW"), ("update", "NEW"), ("delete", "OLD"))

SET_FUNCTION = """
CREATE FUNCTION row_version_set() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.row_version := pg_current_xact_id()::text::bigint;
    RETURN NEW;
END;
$$
"""
# One UPDATE per statement on the child table, and none when the parent already carries this
# transaction's version (its own UPDATE came first, or an earlier child statement).
TOUCH_FUNCTION = """
CREATE FUNCTION row_version_touch_parent() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    EXECUTE format(
        'UPDATE %I SET row_version = $1 WHERE id IN (SELECT %I FROM changed_rows) '
        'AND row_version <> $1',
        TG_ARGV[1], TG_ARGV[0]
    ) USING pg_current_xact_id()::text::bigint;
    RETURN NULL;
END;
$$
"""


def upgrade() -> None:
    op.execute(SET_FUNCTION)
    op.execute(TOUCH_FUNCTION)
    for table in VERSIONED:
        # Rows there already keep 0 until their next write: a version like any other.
        op.add_column(
            table,
            sa.Column("row_version", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
        )
        op.execute(
            f"CREATE TRIGGER {table}_version BEFORE INSERT OR UPDATE ON {table} "
            "FOR EACH ROW EXECUTE FUNCTION row_version_set()"
        )
    op.add_column(
        WEBHOOK_SUBSCRIPTIONS,
        sa.Column("row_version", sa.BigInteger(), server_default=sa.text("0"), nullable=False),
    )
    op.execute(
        f"CREATE TRIGGER {WEBHOOK_SUBSCRIPTIONS}_version BEFORE INSERT OR UPDATE OF "
        f"{WEBHOOK_SHOWN} ON {WEBHOOK_SUBSCRIPTIONS} FOR EACH ROW EXECUTE FUNCTION row_version_set()"
    )
    for child, column, parent in CHILDREN:
        for event, which in CHILD_EVENTS:
            op.execute(
                f"CREATE TRIGGER {child}_{parent}_version_{event} AFTER {event.upper()} ON {child} "
                f"REFERENCING {which} TABLE AS changed_rows FOR EACH STATEMENT "
                f"EXECUTE FUNCTION row_version_touch_parent('{column}', '{parent}')"
            )


def downgrade() -> None:
    for child, _, parent in CHILDREN:
        for event, _ in CHILD_EVENTS:
            op.execute(f"DROP TRIGGER {child}_{parent}_version_{event} ON {child}")
    for table in (*VERSIONED, WEBHOOK_SUBSCRIPTIONS):
        op.execute(f"DROP TRIGGER {table}_version ON {table}")
        op.drop_column(table, "row_version")
    op.execute("DROP FUNCTION row_version_touch_parent()")
    op.execute("DROP FUNCTION row_version_set()")
