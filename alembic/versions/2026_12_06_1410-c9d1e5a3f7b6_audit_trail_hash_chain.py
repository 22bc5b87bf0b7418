"""The audit trail as hash chains, one per jurisdiction; TRUNCATE refused

Each audit event stores its place in its jurisdiction's chain (``chain_seq``; events without a
jurisdiction form the platform's chain), the previous event's hash (``prev_hash``; 64 zeros for
the first) and its own (``row_hash``), the SHA-256 of gaiban_audit_row_hash's canonical text of
every column and the previous hash. A BEFORE INSERT trigger sets all three: it raises the
chain's head in audit_chain_heads with one ``INSERT … ON CONFLICT DO UPDATE``, which locks the
head's row until the transaction ends, so two transactions writing to one chain take turns and
the chain never forks (the unique (jurisdiction_id, chain_seq) makes sure of it). The trigger's
function is SECURITY DEFINER, owned by the role that migrates: the application's role needs no
right on audit_chain_heads beyond reading it. GET /v1/audit-events/verify recomputes each row's
hash with the same function.

A superuser (or the owner) can still switch triggers off; what the chain adds is that a row
changed or removed afterwards no longer matches its neighbours, and a chain rebuilt from
nothing no longer matches a head kept elsewhere (GET /v1/audit-events/chain-head).

Existing events are chained in id order.

Revision ID: c9d1e5a3f7b6
Revises: a7f3c1e5d9b2
Create Date: 2026-12-06 14:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "c9d1e5a3f7b6"
down_revision: str | None = "a7f3c1e5d9b2"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The canonical text of an event: a JSON array in jsonb's text form (canonical: one spelling
# per stored value, object keys shortest first then bytewise, ", " and ": " between items) of
# the previous hash, the event's place in its chain and every column in a fixed order: the
# instant in UTC to the microsecond, uuids as strings, the before/after documents as they are
# (a SQL NULL and a JSON null both null, as the API shows them). Its SHA-256 in lowercase hex
# is the event's hash. Keep in step with README's "Audit trail" (another system can recompute
# it from GET /v1/audit-events: tests/api/test_audit_chain.py does).
ROW_HASH_FUNCTION = """
CREATE FUNCTION gaiban_audit_row_hash(e audit_events) RETURNS text
LANGUAGE sql STABLE PARALLEL SAFE AS $$
    SELECT encode(sha256(convert_to(jsonb_build_array(
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
    )::text, 'UTF8')), 'hex')
$$
"""

# The platform's chain (events without a jurisdiction) is keyed by the nil UUID.
CHAIN_FUNCTION = """
CREATE FUNCTION audit_events_chain() RETURNS trigger
LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
    key uuid := coalesce(NEW.jurisdiction_id, '00000000-0000-0000-0000-000000000000');
    seq bigint;
    previous text;
BEGIN
    -- Raising the head locks its row until commit: writers of one chain take turns.
    INSERT INTO audit_chain_heads AS head (chain_key, seq, hash)
    VALUES (key, 1, repeat('0', 64))
    ON CONFLICT (chain_key) DO UPDATE SET seq = head.seq + 1
    RETURNING head.seq, head.hash INTO seq, previous;  -- the hash is still the previous one's
    NEW.chain_seq := seq;
    NEW.prev_hash := previous;
    NEW.row_hash := gaiban_audit_row_hash(NEW);
    UPDATE audit_chain_heads SET hash = NEW.row_hash WHERE chain_key = key;
    RETURN NEW;
END $$
"""

NO_TRUNCATE_FUNCTION = """
CREATE FUNCTION audit_trail_no_truncate() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'the audit trail is append-only (TRUNCATE % refused)', TG_TABLE_NAME
        USING ERRCODE = 'insufficient_privilege';
END $$
"""

# Existing events, chained in id order (the trigger that refuses UPDATE is off meanwhile).
BACKFILL = """
DO $$
DECLARE
    e audit_events;
    key uuid;
    heads jsonb := '{}';
    head jsonb;
BEGIN
    FOR e IN SELECT * FROM audit_events ORDER BY id LOOP
        key := coalesce(e.jurisdiction_id, '00000000-0000-0000-0000-000000000000');
        head := coalesce(heads -> key::text, jsonb_build_object('seq', 0, 'hash', repeat('0', 64)));
        e.chain_seq := (head ->> 'seq')::bigint + 1;
        e.prev_hash := head ->> 'hash';
        e.row_hash := gaiban_audit_row_hash(e);
        UPDATE audit_events
        SET chain_seq = e.chain_seq, prev_hash = e.prev_hash, row_hash = e.row_hash
        WHERE id = e.id;
        heads := heads || jsonb_build_object(
            key::text, jsonb_build_object('seq', e.chain_seq, 'hash', e.row_hash)
        );
    END LOOP;
    INSERT INTO audit_chain_heads (chain_key, seq, hash)
    SELECT k::uuid, (v ->> 'seq')::bigint, v ->> 'hash' FROM jsonb_each(heads) AS h(k, v);
END $$
"""


def upgrade() -> None:
    op.create_table(
        "audit_chain_heads",
        sa.Column("chain_key", sa.Uuid(), nullable=False),
        sa.Column("seq", sa.BigInteger(), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("chain_key", name=op.f("pk_audit_chain_heads")),
    )
    op.add_column("audit_events", sa.Column("chain_seq", sa.BigInteger(), nullable=True))
    op.add_column("audit_events", sa.Column("prev_hash", sa.String(length=64), nullable=True))
    op.add_column("audit_events", sa.Column("row_hash", sa.String(length=64), nullable=True))
    op.execute(ROW_HASH_FUNCTION)
    op.execute("ALTER TABLE audit_events DISABLE TRIGGER audit_events_append_only")
    op.execute(BACKFILL)
    op.execute("ALTER TABLE audit_events ENABLE TRIGGER audit_events_append_only")
    for column in ("chain_seq", "prev_hash", "row_hash"):
        op.alter_column("audit_events", column, nullable=False)
    op.create_unique_constraint(
        op.f("uq_audit_events_jurisdiction_id_chain_seq"),
        "audit_events",
        ["jurisdiction_id", "chain_seq"],
        postgresql_nulls_not_distinct=True,
    )
    op.execute(CHAIN_FUNCTION)
    op.execute(
        "CREATE TRIGGER audit_events_chain BEFORE INSERT ON audit_events "
        "FOR EACH ROW EXECUTE FUNCTION audit_events_chain()"
    )
    op.execute(NO_TRUNCATE_FUNCTION)
    for table in ("audit_events", "audit_chain_heads"):
        op.execute(
            f"CREATE TRIGGER {table}_no_truncate BEFORE TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_no_truncate()"
        )


def downgrade() -> None:
    for table in ("audit_events", "audit_chain_heads"):
        op.execute(f"DROP TRIGGER {table}_no_truncate ON {table}")
    op.execute("DROP FUNCTION audit_trail_no_truncate()")
    op.execute("DROP TRIGGER audit_events_chain ON audit_events")
    op.execute("DROP FUNCTION audit_events_chain()")
    op.drop_constraint(
        op.f("uq_audit_events_jurisdiction_id_chain_seq"), "audit_events", type_="unique"
    )
    op.execute("DROP FUNCTION gaiban_audit_row_hash(audit_events)")
    op.drop_column("audit_events", "row_hash")
    op.drop_column("audit_events", "prev_hash")
    op.drop_column("audit_events", "chain_seq")
    op.drop_table("audit_chain_heads")
