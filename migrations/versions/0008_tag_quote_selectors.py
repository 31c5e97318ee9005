"""Tags keep the words they quote: a W3C TextQuoteSelector beside the character range.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 06:30:00

Three columns on ``tags`` (``quote``, ``quote_prefix``, ``quote_suffix``), empty for
existing rows. They are filled lazily, through the ORM and so audited, from the tag's
range in its passage the first time the passage changes (records/passage_anchors.py):
until then that range still points at the words it was made for. Raw SQL here would change
rows outside the audit chain; empty, the new columns are left out of a record's hash
(models/analysis.py ``ADDED_LATER``), so no existing tag's hash changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_COLUMNS = ("quote", "quote_prefix", "quote_suffix")


def upgrade() -> None:
    with op.batch_alter_table("tags", schema=None) as batch_op:
        for name in _COLUMNS:
            batch_op.add_column(sa.Column(name, sa.Text(), nullable=False, server_default=""))


def downgrade() -> None:
    with op.batch_alter_table("tags", schema=None) as batch_op:
        for name in reversed(_COLUMNS):
            batch_op.drop_column(name)
