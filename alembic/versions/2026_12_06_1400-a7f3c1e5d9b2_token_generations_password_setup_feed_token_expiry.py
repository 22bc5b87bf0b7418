"""Token generations, password setup tokens, feed-token expiry (issue 16)

- ``users.token_generation`` and ``clients.token_generation``: every access token carries the
  generation it was issued in; a password change or reset, a secret rotation, or a change of
  ``is_active`` raises it, and tokens of an older generation are refused.
- ``users.password_setup_hash`` / ``password_setup_expires_at``: a reset by someone else leaves
  the account with no usable password and a one-time setup token (only its SHA-256 is kept).
- ``users.credentials_issued_by_admin``: false while the account's password comes from a setup
  token an office issued (whoever holds one can choose the password with it): such an account
  is given a leading-group or office-leadership post by a platform administrator only.
  Existing accounts: true.
- ``feed_tokens.expires_at``: feed tokens end (a year by default); existing ones get a year from
  now.

Revision ID: a7f3c1e5d9b2
Revises: 5c9d3e7a2b18
Create Date: 2026-12-06 14:00:00+00:00
"""

from collections.abc import Sequence

import sqlalchemy as sa

from alembic import op

revision: str = "a7f3c1e5d9b2"
down_revision: str | None = "5c9d3e7a2b18"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    for table in ("users", "clients"):
        op.add_column(
            table,
            sa.Column("token_generation", sa.Integer(), server_default="0", nullable=False),
        )
    op.add_column("users", sa.Column("password_setup_hash", sa.String(length=100), nullable=True))
    op.add_column(
        "users",
        sa.Column("password_setup_expires_at", sa.DateTime(timezone=True), nullable=True),
    )
    op.add_column(
        "users",
        sa.Column(
            "credentials_issued_by_admin", sa.Boolean(), server_default=sa.true(), nullable=False
        ),
    )
    op.create_index(
        "ix_users_password_setup_hash",
        "users",
        ["password_setup_hash"],
        unique=True,
        postgresql_where=sa.text("password_setup_hash IS NOT NULL"),
    )
    op.add_column(
        "feed_tokens",
        sa.Column(
            "expires_at",
            sa.DateTime(timezone=True),
            server_default=sa.text("now() + interval '365 days'"),
            nullable=False,
        ),
    )


def downgrade() -> None:
    op.drop_column("feed_tokens", "expires_at")
    op.drop_index("ix_users_password_setup_hash", table_name="users")
    op.drop_column("users", "credentials_issued_by_admin")
    op.drop_column("users", "password_setup_expires_at")
    op.drop_column("users", "password_setup_hash")
    for table in ("clients", "users"):
        op.drop_column(table, "token_generation")
