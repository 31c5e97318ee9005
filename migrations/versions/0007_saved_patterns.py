"""Saved patterns: a filter over a case's incidents and its counts, citable for a contextual
element (issue 20).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 06:20:00

A new table only; no existing row changes, so no record's hash in the audit chain does.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "saved_patterns",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("title", sa.String(length=300), nullable=False),
        sa.Column("filter", sa.JSON(), nullable=False),
        sa.Column("counts", sa.JSON(), nullable=False),
        sa.Column("element_id", sa.String(length=80), nullable=True),
        sa.Column("taxonomy_version", sa.String(length=80), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_saved_patterns_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_saved_patterns")),
    )
    with op.batch_alter_table("saved_patterns", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_saved_patterns_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_saved_patterns_element_id"), ["element_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("saved_patterns")
