"""gaiban_locked_task: lock a task, then read it with its units' names, in one round trip

A change to a task (PATCH, a progress report, a supervision notice) locks the task's row, then
reads its lead unit's name and its cooperating units. They cannot be one statement: under READ
COMMITTED a statement that waits for a row lock rechecks only the locked row, and reads what it
joined as of its own start (tests/api/test_task_locking.py). In a function each statement takes
its own snapshot, so the read that follows the lock sees what the change that held it committed;
the caller pays one round trip instead of two (issue 15). The result's ``task`` is the table's
own row type, so columns added to tasks later come with it.

Revision ID: 5c9d3e7a2b18
Revises: 8e4a2c6b1f93
Create Date: 2026-12-06 12:10:00+00:00
"""

from collections.abc import Sequence

from alembic import op

revision: str = "5c9d3e7a2b18"
down_revision: str | None = "8e4a2c6b1f93"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute(
        """
        CREATE FUNCTION gaiban_locked_task(p_jurisdiction uuid, p_task uuid)
        RETURNS TABLE (
            task tasks, lead_name varchar, cooperating_ids uuid[], cooperating_names varchar[]
        )
        LANGUAGE plpgsql VOLATILE AS $$
        BEGIN
            PERFORM 1 FROM tasks AS locked
            WHERE locked.jurisdiction_id = p_jurisdiction AND locked.id = p_task
            FOR UPDATE;
            -- A new statement, so a new snapshot: taken once the lock is held.
            RETURN QUERY
            SELECT t, lead.name::varchar, cooperation.ids, cooperation.names
            FROM tasks AS t
            JOIN member_units AS lead ON lead.id = t.lead_unit_id
            CROSS JOIN LATERAL (
                SELECT array_agg(c.unit_id ORDER BY c.position),
                       array_agg(u.name::varchar ORDER BY c.position)
                FROM task_cooperating_units AS c
                JOIN member_units AS u ON u.id = c.unit_id
                WHERE c.task_id = t.id
            ) AS cooperation(ids, names)
            WHERE t.jurisdiction_id = p_jurisdiction AND t.id = p_task;
        END $$
        """
    )


def downgrade() -> None:
    op.execute("DROP FUNCTION gaiban_locked_task(uuid, uuid)")
