"""meetings, invitees, minutes (immutable once archived), addenda, period reasons, feed tokens

Revision ID: 2e04e0aad9c5
Revises: 1d72a2cc20e4
Create Date: 2026-12-01 21:18:11.521891+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql

from alembic import op

revision: str = "2e04e0aad9c5"
down_revision: str | None = "1d72a2cc20e4"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Archived minutes never change (C-MTG-3: 存档备查): the database refuses to update or delete
# them, and addenda are append-only, whatever the application does.
MINUTES_FUNCTION = """
CREATE FUNCTION meeting_minutes_archived_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.archived_at IS NOT NULL THEN
        RAISE EXCEPTION 'archived minutes never change (% refused)', TG_OP
            USING ERRCODE = 'insufficient_privilege';
    END IF;
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
END;
$$
"""
MINUTES_TRIGGER = """
CREATE TRIGGER meeting_minutes_archived_immutable
BEFORE UPDATE OR DELETE ON meeting_minutes
FOR EACH ROW EXECUTE FUNCTION meeting_minutes_archived_immutable()
"""
ADDENDA_FUNCTION = """
CREATE FUNCTION meeting_minutes_addenda_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'minutes addenda are append-only (% refused)', TG_OP
        USING ERRCODE = 'insufficient_privilege';
END;
$$
"""
ADDENDA_TRIGGER = """
CREATE TRIGGER meeting_minutes_addenda_append_only
BEFORE UPDATE OR DELETE ON meeting_minutes_addenda
FOR EACH ROW EXECUTE FUNCTION meeting_minutes_addenda_append_only()
"""


def upgrade() -> None:
    op.create_table(
        "meeting_period_reasons",
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=False),
        sa.Column("meeting_kind", sa.String(length=64), nullable=False),
        sa.Column("period", sa.String(length=16), nullable=False),
        sa.Column("reason", sa.String(length=2000), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
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
            name=op.f("fk_meeting_period_reasons_jurisdiction_id_jurisdictions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_period_reasons")),
        sa.UniqueConstraint(
            "jurisdiction_id",
            "meeting_kind",
            "period",
            name=op.f("uq_meeting_period_reasons_jurisdiction_id_meeting_kind_period"),
        ),
    )
    op.create_table(
        "meetings",
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=False),
        sa.Column("kind", sa.String(length=64), nullable=False),
        sa.Column("kind_name", sa.String(length=200), nullable=False),
        sa.Column("minutes_required", sa.Boolean(), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("ends_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("place", sa.String(length=300), nullable=False),
        sa.Column("is_extra", sa.Boolean(), nullable=False),
        sa.Column("state", sa.String(length=32), nullable=False),
        sa.Column("agenda", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("rulebook_version_id", sa.Uuid(), nullable=False),
        sa.Column("convened_by", sa.Uuid(), nullable=False),
        sa.Column("convene_rule", sa.String(length=64), nullable=False),
        sa.Column("convene_delegation_id", sa.Uuid(), nullable=True),
        sa.Column("chair_id", sa.Uuid(), nullable=False),
        sa.Column("chair_rule", sa.String(length=64), nullable=False),
        sa.Column("chair_delegation_id", sa.Uuid(), nullable=True),
        sa.Column("consented_by", sa.Uuid(), nullable=True),
        sa.Column("consented_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("consent_rule", sa.String(length=64), nullable=True),
        sa.Column("consent_delegation_id", sa.Uuid(), nullable=True),
        sa.Column("held_recorded_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancelled_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("cancelled_by", sa.Uuid(), nullable=True),
        sa.Column("cancellation_reason", sa.String(length=1000), nullable=True),
        sa.Column("sequence", sa.Integer(), server_default=sa.text("0"), nullable=False),
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
            "(state = 'cancelled') = (cancelled_at IS NOT NULL)",
            name=op.f("ck_meetings_cancelled_has_time"),
        ),
        sa.CheckConstraint(
            "state IN ('awaiting_consent','scheduled','held','minutes_archived','cancelled')",
            name=op.f("ck_meetings_state_known"),
        ),
        sa.CheckConstraint("ends_at > starts_at", name=op.f("ck_meetings_ends_after_start")),
        sa.ForeignKeyConstraint(
            ["chair_delegation_id"],
            ["delegations.id"],
            name=op.f("fk_meetings_chair_delegation_id_delegations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["cancelled_by"],
            ["users.id"],
            name=op.f("fk_meetings_cancelled_by_users"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["chair_id"], ["users.id"], name=op.f("fk_meetings_chair_id_users"), ondelete="RESTRICT"
        ),
        sa.ForeignKeyConstraint(
            ["consent_delegation_id"],
            ["delegations.id"],
            name=op.f("fk_meetings_consent_delegation_id_delegations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["consented_by"],
            ["users.id"],
            name=op.f("fk_meetings_consented_by_users"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["convene_delegation_id"],
            ["delegations.id"],
            name=op.f("fk_meetings_convene_delegation_id_delegations"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["convened_by"],
            ["users.id"],
            name=op.f("fk_meetings_convened_by_users"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id"],
            ["jurisdictions.id"],
            name=op.f("fk_meetings_jurisdiction_id_jurisdictions"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["rulebook_version_id"],
            ["rulebook_versions.id"],
            name=op.f("fk_meetings_rulebook_version_id_rulebook_versions"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meetings")),
        sa.UniqueConstraint("jurisdiction_id", "id", name=op.f("uq_meetings_jurisdiction_id_id")),
    )
    op.create_index(
        "ix_meetings_chair_id_starts_at", "meetings", ["chair_id", "starts_at"], unique=False
    )
    op.create_index(
        "ix_meetings_jurisdiction_id_kind_starts_at",
        "meetings",
        ["jurisdiction_id", "kind", "starts_at"],
        unique=False,
    )
    op.create_index(
        "ix_meetings_jurisdiction_id_starts_at_id",
        "meetings",
        ["jurisdiction_id", "starts_at", "id"],
        unique=False,
    )
    op.create_table(
        "meeting_invitees",
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("user_id", sa.Uuid(), nullable=True),
        sa.Column("unit_id", sa.Uuid(), nullable=True),
        sa.Column("basis", sa.String(length=40), nullable=False),
        sa.Column(
            "attendance", sa.String(length=20), server_default=sa.text("'invited'"), nullable=False
        ),
        sa.Column("absence_reason", sa.String(length=1000), nullable=True),
        sa.Column("represented_by_name", sa.String(length=200), nullable=True),
        sa.Column("represented_by_user_id", sa.Uuid(), nullable=True),
        sa.Column("attendance_recorded_at", sa.DateTime(timezone=True), nullable=True),
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
            "attendance IN ('invited','present','absent','represented')",
            name=op.f("ck_meeting_invitees_attendance_known"),
        ),
        sa.CheckConstraint(
            "user_id IS NOT NULL OR unit_id IS NOT NULL", name=op.f("ck_meeting_invitees_someone")
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id", "meeting_id"],
            ["meetings.jurisdiction_id", "meetings.id"],
            name="fk_meeting_invitees_meeting_in_same_jurisdiction",
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id", "unit_id"],
            ["member_units.jurisdiction_id", "member_units.id"],
            name="fk_meeting_invitees_unit_in_same_jurisdiction",
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["represented_by_user_id"],
            ["users.id"],
            name=op.f("fk_meeting_invitees_represented_by_user_id_users"),
            ondelete="RESTRICT",
        ),
        sa.ForeignKeyConstraint(
            ["user_id"],
            ["users.id"],
            name=op.f("fk_meeting_invitees_user_id_users"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_invitees")),
        sa.UniqueConstraint(
            "meeting_id", "user_id", name=op.f("uq_meeting_invitees_meeting_id_user_id")
        ),
    )
    op.create_index(
        "ix_meeting_invitees_jurisdiction_id_meeting_id",
        "meeting_invitees",
        ["jurisdiction_id", "meeting_id"],
        unique=False,
    )
    op.create_index("ix_meeting_invitees_user_id", "meeting_invitees", ["user_id"], unique=False)
    op.create_index(
        "ix_meeting_invitees_jurisdiction_id_user_id",
        "meeting_invitees",
        ["jurisdiction_id", "user_id"],
        unique=False,
    )
    op.create_index(
        "uq_meeting_invitees_meeting_id_unit_id_without_person",
        "meeting_invitees",
        ["meeting_id", "unit_id"],
        unique=True,
        postgresql_where=sa.text("user_id IS NULL"),
    )
    op.create_table(
        "meeting_minutes",
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=False),
        sa.Column("draft", postgresql.JSONB(astext_type=sa.Text()), nullable=False),
        sa.Column("archived_at", sa.DateTime(timezone=True), nullable=True),
        sa.Column("archived_by", sa.String(length=200), nullable=True),
        sa.Column("canonical", sa.Text(), nullable=True),
        sa.Column("sha256", sa.String(length=64), nullable=True),
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
            "(archived_at IS NULL) = (canonical IS NULL) AND (canonical IS NULL) = (sha256 IS NULL)",
            name=op.f("ck_meeting_minutes_archived_whole"),
        ),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id", "meeting_id"],
            ["meetings.jurisdiction_id", "meetings.id"],
            name="fk_meeting_minutes_meeting_in_same_jurisdiction",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("meeting_id", name=op.f("pk_meeting_minutes")),
    )
    op.create_index(
        "ix_meeting_minutes_jurisdiction_id_meeting_id",
        "meeting_minutes",
        ["jurisdiction_id", "meeting_id"],
        unique=False,
    )
    op.create_table(
        "meeting_minutes_addenda",
        sa.Column("jurisdiction_id", sa.Uuid(), nullable=False),
        sa.Column("meeting_id", sa.Uuid(), nullable=False),
        sa.Column("dated", sa.Date(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("recorded_by", sa.String(length=200), nullable=False),
        sa.Column(
            "created_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now()"),
            nullable=False,
        ),
        sa.Column("id", sa.Uuid(), nullable=False),
        sa.ForeignKeyConstraint(
            ["jurisdiction_id", "meeting_id"],
            ["meetings.jurisdiction_id", "meetings.id"],
            name="fk_meeting_minutes_addenda_meeting_in_same_jurisdiction",
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_meeting_minutes_addenda")),
    )
    op.create_index(
        "ix_meeting_minutes_addenda_jurisdiction_id_meeting_id",
        "meeting_minutes_addenda",
        ["jurisdiction_id", "meeting_id", "created_at"],
        unique=False,
    )
    op.create_table(
        "feed_tokens",
        sa.Column("user_id", sa.Uuid(), nullable=False),
        sa.Column("label", sa.String(length=200), nullable=False),
        sa.Column("token_hash", sa.String(length=100), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
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
            ["user_id"],
            ["users.id"],
            name=op.f("fk_feed_tokens_user_id_users"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_feed_tokens")),
        sa.UniqueConstraint("token_hash", name=op.f("uq_feed_tokens_token_hash")),
    )
    op.create_index("ix_feed_tokens_user_id", "feed_tokens", ["user_id"], unique=False)
    op.execute(MINUTES_FUNCTION)
    op.execute(MINUTES_TRIGGER)
    op.execute(ADDENDA_FUNCTION)
    op.execute(ADDENDA_TRIGGER)


def downgrade() -> None:
    op.execute("DROP TRIGGER meeting_minutes_addenda_append_only ON meeting_minutes_addenda")
    op.execute("DROP FUNCTION meeting_minutes_addenda_append_only()")
    op.execute("DROP TRIGGER meeting_minutes_archived_immutable ON meeting_minutes")
    op.execute("DROP FUNCTION meeting_minutes_archived_immutable()")
    op.drop_index("ix_feed_tokens_user_id", table_name="feed_tokens")
    op.drop_table("feed_tokens")
    op.drop_index(
        "ix_meeting_minutes_addenda_jurisdiction_id_meeting_id",
        table_name="meeting_minutes_addenda",
    )
    op.drop_table("meeting_minutes_addenda")
    op.drop_index("ix_meeting_minutes_jurisdiction_id_meeting_id", table_name="meeting_minutes")
    op.drop_table("meeting_minutes")
    op.drop_index(
        "uq_meeting_invitees_meeting_id_unit_id_without_person",
        table_name="meeting_invitees",
        postgresql_where=sa.text("user_id IS NULL"),
    )
    op.drop_index("ix_meeting_invitees_jurisdiction_id_user_id", table_name="meeting_invitees")
    op.drop_index("ix_meeting_invitees_user_id", table_name="meeting_invitees")
    op.drop_index("ix_meeting_invitees_jurisdiction_id_meeting_id", table_name="meeting_invitees")
    op.drop_table("meeting_invitees")
    op.drop_index("ix_meetings_jurisdiction_id_starts_at_id", table_name="meetings")
    op.drop_index("ix_meetings_chair_id_starts_at", table_name="meetings")
    op.drop_index("ix_meetings_jurisdiction_id_kind_starts_at", table_name="meetings")
    op.drop_table("meetings")
    op.drop_table("meeting_period_reasons")
