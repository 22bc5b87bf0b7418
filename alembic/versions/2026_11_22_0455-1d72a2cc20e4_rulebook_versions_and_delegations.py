"""rulebook versions and delegations

Revision ID: 1d72a2cc20e4
Revises: 2fc787980d3a
Create Date: 2026-11-22 04:55:20.751885+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "1d72a2cc20e4"
down_revision: str | None = "2fc787980d3a"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "rulebook_versions",
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=False),
        sa.Column("effective_from", sa.Date(), nullable=False),
        sa.Column("document", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("published_by", sa.String(length=200), nullable=False),
        sa.Column(
            "published_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id"],
            ["jurisdictions.id"],
            name=op.f("fk_rulebook_versions_jurisdiction_id_jurisdictions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rulebook_versions")),
        sa.UniqueConstraint(
            "jurisdiction_id",
            "effective_from",
            name=op.f("uq_rulebook_versions_jurisdiction_id_effective_from"),
        ),
    )
    op.create_table(
        "delegations",
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=False),
        sa.Column("from_user_id", sa.Uuid(), nullable=False),
        sa.Column("to_user_id", sa.Uuid(), nullable=False),
        sa.Column("scopes", postgresql.ARRAY(sa.String(length=100)), nullable=False),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
        sa.Column("reason", sa.String(length=1000), nullable=False),
        sa.Column("revoked_on", sa.Date(), nullable=True),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("revocation_reason", sa.String(length=1000), nullable=True),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column(
            "updated_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.CheckConstraint("cardinality(scopes) > 0", name=op.f("ck_delegations_has_scopes")),
        sa.CheckConstraint(
            "from_user_id <> to_user_id", name=op.f("ck_delegations_not_to_oneself")
        ),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_delegations_period_ordered")
        ),
        sa.ForeignKeyConstraint(
            ["from_user_id"],
            ["users.id"],
            name=op.f("fk_delegations_from_user_id_users"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id"],
            ["jurisdictions.id"],
            name=op.f("fk_delegations_jurisdiction_id_jurisdictions"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["to_user_id"],
            ["users.id"],
            name=op.f("fk_delegations_to_user_id_users"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_delegations")),
    )
    op.create_index(
        "ix_delegations_jurisdiction_id_from_user_id",
        "delegations",
        ["jurisdiction_id", "from_user_id"],
        unique=False,
    )
    op.create_index(
        "ix_delegations_jurisdiction_id_to_user_id",
        "delegations",
        ["jurisdiction_id", "to_user_id"],
        unique=False,
    )


def downgrade() -> None:
    op.drop_index("ix_delegations_jurisdiction_id_to_user_id", table_name="delegations")
    op.drop_index("ix_delegations_jurisdiction_id_from_user_id", table_name="delegations")
    op.drop_table("delegations")
    op.drop_table("rulebook_versions")
