"""foundation: organisation, accounts, audit

Revision ID: decf320cfe56
Revises:
Create Date: 2026-11-22 03:25:51.305409+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "decf320cfe56"
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


APPEND_ONLY_FUNCTION = """
CREATE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$
"""
APPEND_ONLY_TRIGGER = """
CREATE TRIGGER audit_events_append_only
BEFORE UPDATE OR DELETE ON audit_events
FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()
"""


def upgrade() -> None:
    op.create_table(
        "audit_events",
        sa.Column("id", sa.BigInteger(), sa.Identity(always=True), nullable=False),
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=True),
        sa.Column(
            "occurred_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("actor_kind", sa.String(length=16), nullable=False),
        sa.Column("actor_id", sa.Uuid(), nullable=True),
        sa.Column("actor_name", sa.String(length=200), nullable=False),
        sa.Column("delegation_id", sa.Uuid(), nullable=True),
        sa.Column("action", sa.String(length=64), nullable=False),
        sa.Column("entity_type", sa.String(length=64), nullable=False),
        sa.Column("entity_id", sa.String(length=64), nullable=False),
        sa.Column("before", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("after", postgresql.JSONB(astext_type=sa.Text()), nullable=True),
        sa.Column("request_id", sa.String(length=128), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_audit_events")),
    )
    op.create_index(
        "ix_audit_events_entity_type_entity_id",
        "audit_events",
        ["entity_type", "entity_id"],
        unique=False,
    )
    op.create_index(
        "ix_audit_events_jurisdiction_id_id",
        "audit_events",
        ["jurisdiction_id", "id"],
        unique=False,
    )
    op.execute(APPEND_ONLY_FUNCTION)
    op.execute(APPEND_ONLY_TRIGGER)
    op.create_table(
        "jurisdictions",
        sa.Column("parent_id", sa.Uuid(), nullable=True),
        sa.Column(
            "ancestor_ids",
            sa.ARRAY(sa.Uuid()),
            server_default=sa.text("'{}'::uuid[]"),
            nullable=False,
        ),
        sa.Column("level", sa.String(length=32), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("division_code", sa.String(length=12), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column(
            "time_zone", sa.String(length=64), server_default="Asia/Shanghai", nullable=False
        ),
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
        sa.CheckConstraint(
            "level IN ('city','prefecture','county','county_level_city','district','park')",
            name=op.f("ck_jurisdictions_level_known"),
        ),
        sa.ForeignKeyConstraint(
            ["parent_id"],
            ["jurisdictions.id"],
            name=op.f("fk_jurisdictions_parent_id_jurisdictions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_jurisdictions")),
        sa.UniqueConstraint("code", name=op.f("uq_jurisdictions_code")),
    )
    op.create_index(
        "ix_jurisdictions_ancestor_ids",
        "jurisdictions",
        ["ancestor_ids"],
        unique=False,
        postgresql_using="gin",
    )
    op.create_index("ix_jurisdictions_parent_id", "jurisdictions", ["parent_id"], unique=False)
    op.create_table(
        "clients",
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=False),
        sa.Column("client_id", sa.String(length=100), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("secret_hash", sa.String(length=255), nullable=False),
        sa.Column("scopes", sa.ARRAY(sa.String(length=16)), nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["jurisdiction_id"],
            ["jurisdictions.id"],
            name=op.f("fk_clients_jurisdiction_id_jurisdictions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_clients")),
        sa.UniqueConstraint("client_id", name=op.f("uq_clients_client_id")),
    )
    op.create_index(
        "ix_clients_jurisdiction_id_name", "clients", ["jurisdiction_id", "name"], unique=False
    )
    op.create_table(
        "member_units",
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=False),
        sa.Column("code", sa.String(length=64), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=32), nullable=False),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
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
        sa.CheckConstraint(
            "kind IN ('department','district_government','park_committee','enterprise','other')",
            name=op.f("ck_member_units_kind_known"),
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id"],
            ["jurisdictions.id"],
            name=op.f("fk_member_units_jurisdiction_id_jurisdictions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_member_units")),
        sa.UniqueConstraint(
            "jurisdiction_id", "code", name=op.f("uq_member_units_jurisdiction_id_code")
        ),
        sa.UniqueConstraint(
            "jurisdiction_id", "id", name=op.f("uq_member_units_jurisdiction_id_id")
        ),
        sa.UniqueConstraint(
            "jurisdiction_id", "name", name=op.f("uq_member_units_jurisdiction_id_name")
        ),
    )
    op.create_table(
        "users",
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=True),
        sa.Column("username", sa.String(length=100), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("password_hash", sa.String(length=255), nullable=False),
        sa.Column(
            "is_platform_admin", sa.Boolean(), server_default=sa.text("false"), nullable=False
        ),
        sa.Column("is_active", sa.Boolean(), server_default=sa.text("true"), nullable=False),
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
        sa.ForeignKeyConstraint(
            ["jurisdiction_id"],
            ["jurisdictions.id"],
            name=op.f("fk_users_jurisdiction_id_jurisdictions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_users")),
        sa.UniqueConstraint("username", name=op.f("uq_users_username")),
    )
    op.create_index(
        "ix_users_jurisdiction_id_username", "users", ["jurisdiction_id", "username"], unique=False
    )
    op.create_table(
        "positions",
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("role", sa.String(length=40), nullable=False),
        sa.Column("unit_id", sa.Uuid(), nullable=True),
        sa.Column("title", sa.String(length=200), nullable=True),
        sa.Column("valid_from", sa.Date(), nullable=False),
        sa.Column("valid_to", sa.Date(), nullable=True),
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
        sa.CheckConstraint(
            "(role IN ('unit_head','liaison_officer','information_officer')) = (unit_id IS NOT NULL)",
            name=op.f("ck_positions_unit_role_has_unit"),
        ),
        sa.CheckConstraint(
            "valid_to IS NULL OR valid_to >= valid_from", name=op.f("ck_positions_tenure_ordered")
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id", "unit_id"],
            ["member_units.jurisdiction_id", "member_units.id"],
            name="fk_positions_unit_in_same_jurisdiction",
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id"],
            ["jurisdictions.id"],
            name=op.f("fk_positions_jurisdiction_id_jurisdictions"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"], ["users.id"], name=op.f("fk_positions_user_id_users"), ondelete="RESTRICT"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_positions")),
    )
    op.create_index(
        "ix_positions_jurisdiction_id_role_valid_from",
        "positions",
        ["jurisdiction_id", "role", "valid_from"],
        unique=False,
    )
    op.create_index(
        "ix_positions_jurisdiction_id_unit_id",
        "positions",
        ["jurisdiction_id", "unit_id"],
        unique=False,
    )
    op.create_index("ix_positions_user_id", "positions", ["user_id"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_positions_user_id", table_name="positions")
    op.drop_index("ix_positions_jurisdiction_id_unit_id", table_name="positions")
    op.drop_index("ix_positions_jurisdiction_id_role_valid_from", table_name="positions")
    op.drop_table("positions")
    op.drop_index("ix_users_jurisdiction_id_username", table_name="users")
    op.drop_table("users")
    op.drop_table("member_units")
    op.drop_index("ix_clients_jurisdiction_id_name", table_name="clients")
    op.drop_table("clients")
    op.drop_index("ix_jurisdictions_parent_id", table_name="jurisdictions")
    op.drop_index(
        "ix_jurisdictions_ancestor_ids", table_name="jurisdictions", postgresql_using="gin"
    )
    op.drop_table("jurisdictions")
    op.execute("DROP TRIGGER audit_events_append_only ON audit_events")
    op.execute("DROP FUNCTION audit_events_append_only()")
    op.drop_index("ix_audit_events_jurisdiction_id_id", table_name="audit_events")
    op.drop_index("ix_audit_events_entity_type_entity_id", table_name="audit_events")
    op.drop_table("audit_events")
