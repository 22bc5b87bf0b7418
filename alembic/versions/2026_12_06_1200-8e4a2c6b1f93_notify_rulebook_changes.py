"""NOTIFY gaiban_changes when a rulebook version is published (issue 15)

Each process caches the published rulebook versions of a jurisdiction's lineage
(app/services/rulebooks.py): versions never change, but a new one changes which is in force, so
publishing one must drop every process's copy, as for the tables of migration 7c1e0a2b9d4f (whose
trigger function this reuses).

Revision ID: 8e4a2c6b1f93
Revises: 3b8d6f2a1c47
Create Date: 2026-12-06 12:00:00+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "8e4a2c6b1f93"
down_revision: str | None = "3b8d6f2a1c47"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        "CREATE TRIGGER rulebook_versions_notify_change "
        "AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON rulebook_versions "
        "FOR EACH STATEMENT EXECUTE FUNCTION gaiban_notify_change()"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER rulebook_versions_notify_change ON rulebook_versions")
