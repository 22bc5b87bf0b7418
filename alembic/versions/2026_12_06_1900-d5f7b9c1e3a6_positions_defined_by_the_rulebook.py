"""Positions defined by the rulebook: a post's key is any rulebook key, its level is stored (issue 18)

Until now a post's role was one of nine fixed names and "held for a member unit" was a list of
three of them in a check constraint. The rulebook now defines the positions (key, title, level,
limits, capabilities), so the row keeps the level it was assigned at: the database still keeps
member-unit posts tied to a unit, and the office and recipient rules read the level without the
rulebook. A key's level never changes (a rulebook that redefines a key held there is refused),
so it is stored once. Existing rows are the nine defaults: their level follows from the key.

Revision ID: d5f7b9c1e3a6
Revises: c4e6a8b0d2f5
Create Date: 2026-12-06 19:00:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "d5f7b9c1e3a6"
down_revision: str | None = "c4e6a8b0d2f5"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

UNIT_ROLES_SQL = "('unit_head','liaison_officer','information_officer')"


def upgrade() -> None:
    op.add_column("positions", sa.Column("level", sa.String(length=20), nullable=True))
    op.execute(
        "UPDATE positions SET level = CASE "
        "WHEN role IN ('unit_head','liaison_officer','information_officer') THEN 'member_unit' "
        "WHEN role IN ('office_director','office_deputy_director','office_staff') THEN 'office' "
        "ELSE 'leading_group' END"
    )
    op.alter_column("positions", "level", nullable=False)
    op.alter_column(
        "positions", "role", type_=sa.String(length=64), existing_type=sa.String(length=40)
    )
    op.drop_constraint(op.f("ck_positions_unit_role_has_unit"), "positions", type_="check")
    op.create_check_constraint(
        op.f("ck_positions_level_known"),
        "positions",
        "level IN ('leading_group','office','member_unit')",
    )
    op.create_check_constraint(
        op.f("ck_positions_member_unit_post_has_unit"),
        "positions",
        "(level = 'member_unit') = (unit_id IS NOT NULL)",
    )
    op.create_check_constraint(
        op.f("ck_positions_role_is_a_key"), "positions", "role ~ '^[a-z][a-z0-9_]{0,63}$'"
    )
    # The post a report was submitted as is a position's key too.
    op.alter_column(
        "submission_versions",
        "submitted_as",
        type_=sa.String(length=64),
        existing_type=sa.String(length=40),
    )


def downgrade() -> None:
    op.alter_column(
        "submission_versions",
        "submitted_as",
        type_=sa.String(length=40),
        existing_type=sa.String(length=64),
    )
    op.drop_constraint(op.f("ck_positions_role_is_a_key"), "positions", type_="check")
    op.drop_constraint(op.f("ck_positions_member_unit_post_has_unit"), "positions", type_="check")
    op.drop_constraint(op.f("ck_positions_level_known"), "positions", type_="check")
    # Posts of keys outside the nine cannot be kept by the older schema.
    op.execute(
        "DELETE FROM positions WHERE role NOT IN "
        "('leader','deputy_leader','member','office_director','office_deputy_director',"
        "'office_staff','unit_head','liaison_officer','information_officer')"
    )
    op.create_check_constraint(
        op.f("ck_positions_unit_role_has_unit"),
        "positions",
        f"(role IN {UNIT_ROLES_SQL}) = (unit_id IS NOT NULL)",
    )
    op.alter_column(
        "positions", "role", type_=sa.String(length=40), existing_type=sa.String(length=64)
    )
    op.drop_column("positions", "level")
