"""Authored sections of a complaint (summary, jurisdiction, arguments…), versioned per slot.

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 05:30:00

A new table only; no existing row changes, so no record's hash in the audit chain does.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "authored_sections",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("kind", sa.String(length=30), nullable=False),
        sa.Column("charge_id", sa.String(length=36), nullable=True),
        sa.Column("element_id", sa.String(length=80), nullable=True),
        sa.Column("lineage_id", sa.String(length=36), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("supersedes_id", sa.String(length=36), nullable=True),
        sa.Column("merges_ids", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_authored_sections_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_authored_sections")),
    )
    with op.batch_alter_table("authored_sections", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_authored_sections_case_id"), ["case_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_authored_sections_charge_id"), ["charge_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_authored_sections_lineage_id"), ["lineage_id"], unique=False
        )


def downgrade() -> None:
    op.drop_table("authored_sections")
