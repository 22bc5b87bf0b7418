"""NOTIFY gaiban_changes when a table behind the process caches changes (issue 15)

Every process LISTENs on gaiban_changes (app/invalidation.py) and drops what it cached from the
table a notification names: users, positions and clients (the caller), jurisdictions (the
hierarchy, time zones), calendar_years (entered holidays). Statement-level triggers, so one
statement sends one notification, and PostgreSQL folds identical ones within a transaction and
delivers them at commit.

Revision ID: 7c1e0a2b9d4f
Revises: 59cc1dfafeb1
Create Date: 2026-12-06 10:00:00+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "7c1e0a2b9d4f"
down_revision: str | None = "59cc1dfafeb1"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

TABLES = ("users", "positions", "clients", "jurisdictions", "calendar_years")


def upgrade() -> None:
    op.execute(
        """
        CREATE FUNCTION gaiban_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            PERFORM pg_notify('gaiban_changes', TG_TABLE_NAME);
            RETURN NULL;
        END $$
        """
    )
    for table in TABLES:
        op.execute(
            f"CREATE TRIGGER {table}_notify_change "
            f"AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION gaiban_notify_change()"
        )


def downgrade() -> None:
    for table in TABLES:
        op.execute(f"DROP TRIGGER {table}_notify_change ON {table}")
    op.execute("DROP FUNCTION gaiban_notify_change()")
