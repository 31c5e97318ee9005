"""Consent recipients from a controlled list: a table for free-text values to review.

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-01 03:40:00

Schema only. The consents themselves are not touched here: raw SQL would change rows
outside the audit chain. On the first open after the upgrade, Casebook maps free-text
recipients that name a state or body exactly to its code, and files the rest in
``consent_reviews`` for a person to decide (see core/store/recipient_review.py).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "consent_reviews",
        sa.Column("consent_id", sa.String(length=36), nullable=False),
        sa.Column("unmatched", sa.JSON(), nullable=False),
        sa.Column("note", sa.Text(), nullable=False),
        sa.Column("reviewed_at", sa.String(length=32), nullable=True),
        sa.Column("reviewed_by", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["consent_id"],
            ["consents.id"],
            name=op.f("fk_consent_reviews_consent_id_consents"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_consent_reviews")),
        sa.UniqueConstraint("consent_id", name=op.f("uq_consent_reviews_consent_id")),
    )


def downgrade() -> None:
    op.drop_table("consent_reviews")
