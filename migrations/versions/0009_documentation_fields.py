"""Documentation the guidelines ask for: interview circumstances, prior accounts, support
referral on testimonies; original or copy and the original's location on evidence items.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-01 10:40:00

Issue 16 item 4 (Eurojust/ICC guidelines for civil society 2022, Berkeley Protocol, IIIM
chain of custody guidance). Every column is empty (NULL or '') for existing rows: nothing
is filled in for the user, and empty, the columns are left out of a record's hash
(models/base.py ``ADDED_LATER``), so no existing record's hash in the audit chain changes.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# (name, type, text column?) — text columns are '' when empty, choices NULL.
_TESTIMONY = (
    ("people_present", sa.Text(), True),
    ("interview_recording", sa.String(length=30), False),
    ("prior_accounts", sa.String(length=20), False),
    ("prior_accounts_to", sa.String(length=500), True),
    ("prior_accounts_when", sa.String(length=200), True),
    ("support_referral", sa.String(length=30), False),
    ("support_referral_to", sa.String(length=500), True),
)
_EVIDENCE = (
    ("copy_status", sa.String(length=20), False),
    ("original_location", sa.String(length=500), True),
)


def _add(table: str, columns: tuple[tuple[str, sa.types.TypeEngine, bool], ...]) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for name, kind, text in columns:
            if text:
                batch_op.add_column(sa.Column(name, kind, nullable=False, server_default=""))
            else:
                batch_op.add_column(sa.Column(name, kind, nullable=True))


def _drop(table: str, columns: tuple[tuple[str, sa.types.TypeEngine, bool], ...]) -> None:
    with op.batch_alter_table(table, schema=None) as batch_op:
        for name, _kind, _text in reversed(columns):
            batch_op.drop_column(name)


def upgrade() -> None:
    _add("testimonies", _TESTIMONY)
    _add("evidence_items", _EVIDENCE)


def downgrade() -> None:
    _drop("evidence_items", _EVIDENCE)
    _drop("testimonies", _TESTIMONY)
