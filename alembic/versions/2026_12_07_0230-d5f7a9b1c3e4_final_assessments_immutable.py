"""A final assessment never changes (C-ASM-1), in the database too

The service answers 409 to every write on a final assessment; these triggers refuse what gets
past it (a script, a console, a bug): an UPDATE or DELETE of a final assessment — which also
refuses any change of its scores and appeals, since their writes move the assessment's row
version (migration c3e5a7b9d1f2) — and any change of a final assessment's evidence files.

Revision ID: d5f7a9b1c3e4
Revises: c3e5a7b9d1f2
Create Date: 2026-12-07 02:30:00+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "d5f7a9b1c3e4"
down_revision: str | None = "c3e5a7b9d1f2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

ASSESSMENT_FUNCTION = """
CREATE FUNCTION assessments_final_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF OLD.state = 'final' THEN
        RAISE EXCEPTION 'a final assessment never changes (% refused)', TG_OP;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$
"""
FILES_FUNCTION = """
CREATE FUNCTION assessment_score_files_final_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF EXISTS (
        SELECT 1 FROM assessment_scores s JOIN assessments a ON a.id = s.assessment_id
         WHERE s.id IN (OLD.score_id, NEW.score_id) AND a.state = 'final'
    ) THEN
        RAISE EXCEPTION 'a final assessment never changes (% of an evidence file refused)', TG_OP;
    END IF;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END $$
"""


def upgrade() -> None:
    op.execute(ASSESSMENT_FUNCTION)
    op.execute(
        "CREATE TRIGGER assessments_final_immutable BEFORE UPDATE OR DELETE ON assessments "
        "FOR EACH ROW EXECUTE FUNCTION assessments_final_immutable()"
    )
    op.execute(FILES_FUNCTION)
    op.execute(
        "CREATE TRIGGER assessment_score_files_final_immutable "
        "BEFORE INSERT OR UPDATE OR DELETE ON assessment_score_files "
        "FOR EACH ROW EXECUTE FUNCTION assessment_score_files_final_immutable()"
    )


def downgrade() -> None:
    op.execute("DROP TRIGGER assessment_score_files_final_immutable ON assessment_score_files")
    op.execute("DROP FUNCTION assessment_score_files_final_immutable()")
    op.execute("DROP TRIGGER assessments_final_immutable ON assessments")
    op.execute("DROP FUNCTION assessments_final_immutable()")
