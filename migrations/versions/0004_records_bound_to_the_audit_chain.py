"""Records bound to the audit chain: each entry keeps the hash of the record it changed.

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-01 03:10:00

Entries written before this revision have no record hash; on the first open after the
upgrade, Casebook appends one "bind" entry per record (see integrity/record_binding.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.add_column(sa.Column("record_hash", sa.String(length=64), nullable=True))
        batch_op.create_index(
            "ix_audit_log_record", ["table_name", "record_id", "sequence"], unique=False
        )
    with op.batch_alter_table("foreign_audit_entries", schema=None) as batch_op:
        batch_op.add_column(sa.Column("record_hash", sa.String(length=64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("foreign_audit_entries", schema=None) as batch_op:
        batch_op.drop_column("record_hash")
    with op.batch_alter_table("audit_log", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_log_record")
        batch_op.drop_column("record_hash")
