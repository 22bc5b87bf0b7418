"""Audit events record the client acting on a person's behalf (issue 19, token exchange)

A machine client with the ``act_as`` scope exchanges its token for a short-lived token of a person
of its jurisdiction (RFC 8693). An act done with it is the person's (``actor_*``), done through the
client: ``acting_client_id`` names the client (null otherwise). The scope itself is a value of the
clients' ``scopes`` array: no schema change.

The row hash covers the new column only when it is set: the canonical array gains a last item,
the client's id, so every event written before keeps its hash and the chains still verify.

Going down would leave the events that carry a client with a hash no function reproduces: the
downgrade refuses while one exists.

Revision ID: a1c3e5f7b9d0
Revises: f9b1d3e5a7c0
Create Date: 2026-12-06 21:00:00.000000+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "a1c3e5f7b9d0"
down_revision: str | None = "f9b1d3e5a7c0"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_COLUMNS = """
        e.prev_hash,
        e.chain_seq,
        e.id,
        e.jurisdiction_id,
        to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        e.actor_kind,
        e.actor_id,
        e.actor_name,
        e.delegation_id,
        e.action,
        e.entity_type,
        e.entity_id,
        e.before,
        e.after,
        e.request_id
"""

ROW_HASH_WITH_ACTING_CLIENT = f"""
CREATE OR REPLACE FUNCTION gaiban_audit_row_hash(e audit_events) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT encode(sha256(convert_to((
        jsonb_build_array({_COLUMNS})
        || CASE WHEN e.acting_client_id IS NULL THEN '[]'::jsonb
                ELSE jsonb_build_array(e.acting_client_id) END
    )::text, 'UTF8')), 'hex')
$$
"""

ROW_HASH_BEFORE = f"""
CREATE OR REPLACE FUNCTION gaiban_audit_row_hash(e audit_events) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT encode(sha256(convert_to(jsonb_build_array({_COLUMNS})::text, 'UTF8')), 'hex')
$$
"""

REFUSE_DOWNGRADE = """
DO $$
BEGIN
    IF EXISTS (SELECT 1 FROM audit_events WHERE acting_client_id IS NOT NULL) THEN
        RAISE EXCEPTION 'audit events record a client acting for a person: going down would '
            'break their hashes';
    END IF;
END $$
"""


def upgrade() -> None:
    op.add_column("audit_events", sa.Column("acting_client_id", sa.Uuid(), nullable=True))
    op.execute(ROW_HASH_WITH_ACTING_CLIENT)


def downgrade() -> None:
    op.execute(REFUSE_DOWNGRADE)
    # The function takes the table's row type: it is restored before the column goes.
    op.execute(ROW_HASH_BEFORE)
    op.drop_column("audit_events", "acting_client_id")
