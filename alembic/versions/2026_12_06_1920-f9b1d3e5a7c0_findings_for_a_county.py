"""Findings for a county: an inspection's finding names a member unit or a county (issue 18)

CO-SUP-1: the office inspects member units and counties; a finding's responsible party is a member
unit here (``unit_id``, still a foreign key by (jurisdiction_id, unit_id)) or a county the
inspection inspects (``county_id``, a jurisdiction directly below: a foreign key by
(jurisdiction_id, county_id) to jurisdictions (parent_id, id)), exactly one. The county's office
answers it, and the answer names the county as a unit's answer names the unit (foreign keys keep
an answer's party its finding's own). A partial index finds a county's findings (read through its
own jurisdiction).

Going down, the older schema has no place for a county's finding: the downgrade refuses while one
exists rather than drop what was recorded (answers and evidence are set-once records).

Revision ID: f9b1d3e5a7c0
Revises: e7a9c1d3f5b8
Create Date: 2026-12-06 19:20:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "f9b1d3e5a7c0"
down_revision: str | None = "e7a9c1d3f5b8"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ONE_RESPONSIBLE = "(unit_id IS NULL) <> (county_id IS NULL)"
TABLES = ("inspection_findings", "inspection_finding_answers")


def upgrade() -> None:
    for table in TABLES:
        op.add_column(table, sa.Column("county_id", sa.Uuid(), nullable=True))
        op.alter_column(table, "unit_id", existing_type=sa.Uuid(), nullable=True)
        op.create_check_constraint(op.f(f"ck_{table}_one_responsible"), table, ONE_RESPONSIBLE)
    # Tenancy kept by the database: a county's finding names a jurisdiction directly below
    # this one, and an answer is for its finding's own unit or county.
    op.create_unique_constraint(
        op.f("uq_jurisdictions_parent_id_id"), "jurisdictions", ["parent_id", "id"]
    )
    op.create_foreign_key(
        "fk_inspection_findings_county",
        "inspection_findings",
        "jurisdictions",
        ["jurisdiction_id", "county_id"],
        ["parent_id", "id"],
        ondelete="RESTRICT",
    )
    for party in ("unit_id", "county_id"):
        op.create_unique_constraint(
            op.f(f"uq_inspection_findings_jurisdiction_id_id_{party}"),
            "inspection_findings",
            ["jurisdiction_id", "id", party],
        )
        op.create_foreign_key(
            f"fk_inspection_finding_answers_finding_{party.removesuffix('_id')}",
            "inspection_finding_answers",
            "inspection_findings",
            ["jurisdiction_id", "finding_id", party],
            ["jurisdiction_id", "id", party],
            ondelete="RESTRICT",
        )
    op.create_index(
        "ix_inspection_findings_county_id",
        "inspection_findings",
        ["county_id"],
        unique=False,
        postgresql_where=sa.text("county_id IS NOT NULL"),
    )


def downgrade() -> None:
    op.execute(
        "DO $$ BEGIN IF EXISTS (SELECT 1 FROM inspection_findings WHERE county_id IS NOT NULL) "
        "THEN RAISE EXCEPTION 'findings for a county exist: the schema before revision "
        "f9b1d3e5a7c0 cannot keep them'; END IF; END $$"
    )
    op.drop_index(
        "ix_inspection_findings_county_id",
        table_name="inspection_findings",
        postgresql_where=sa.text("county_id IS NOT NULL"),
    )
    for party in ("county_id", "unit_id"):
        op.drop_constraint(
            f"fk_inspection_finding_answers_finding_{party.removesuffix('_id')}",
            "inspection_finding_answers",
            type_="foreignkey",
        )
        op.drop_constraint(
            op.f(f"uq_inspection_findings_jurisdiction_id_id_{party}"),
            "inspection_findings",
            type_="unique",
        )
    op.drop_constraint("fk_inspection_findings_county", "inspection_findings", type_="foreignkey")
    op.drop_constraint(op.f("uq_jurisdictions_parent_id_id"), "jurisdictions", type_="unique")
    for table in reversed(TABLES):
        op.drop_constraint(op.f(f"ck_{table}_one_responsible"), table, type_="check")
        op.alter_column(table, "unit_id", existing_type=sa.Uuid(), nullable=False)
        op.drop_column(table, "county_id")
