"""Exchange: identities, package log, merge bookkeeping, conflicts, review events and the
audit chains of other casebooks.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-23 20:30:37.221328
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "exchange_conflicts",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("unit_kind", sa.String(length=20), nullable=False),
        sa.Column("unit_id", sa.String(length=64), nullable=False),
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("sender_user_id", sa.String(length=36), nullable=False),
        sa.Column("reason", sa.String(length=200), nullable=False),
        sa.Column("local_hash", sa.String(length=64), nullable=False),
        sa.Column("incoming_hash", sa.String(length=64), nullable=False),
        sa.Column("local_content", sa.JSON(), nullable=False),
        sa.Column("incoming_content", sa.JSON(), nullable=False),
        sa.Column("incoming_history", sa.JSON(), nullable=False),
        sa.Column("resolved_at", sa.String(length=32), nullable=True),
        sa.Column("resolved_by", sa.String(length=36), nullable=True),
        sa.Column("resolution", sa.String(length=20), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_conflicts")),
    )
    with op.batch_alter_table("exchange_conflicts", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_conflicts_case_id"), ["case_id"], unique=False
        )
        batch_op.create_index(
            batch_op.f("ix_exchange_conflicts_unit_id"), ["unit_id"], unique=False
        )

    op.create_table(
        "exchange_identities",
        sa.Column("user_id", sa.String(length=36), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.Column("casebook_id", sa.String(length=36), nullable=False),
        sa.Column("signing_public_key", sa.LargeBinary(length=32), nullable=False),
        sa.Column("age_recipient", sa.String(length=100), nullable=False),
        sa.Column("age_secret", sa.LargeBinary(length=128), nullable=True),
        sa.Column("verified_at", sa.String(length=32), nullable=True),
        sa.Column("verified_by", sa.String(length=36), nullable=True),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_identities")),
        sa.UniqueConstraint("age_recipient", name=op.f("uq_exchange_identities_age_recipient")),
        sa.UniqueConstraint(
            "signing_public_key", name=op.f("uq_exchange_identities_signing_public_key")
        ),
        sa.UniqueConstraint("user_id", name=op.f("uq_exchange_identities_user_id")),
    )
    op.create_table(
        "exchange_packages",
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("direction", sa.String(length=10), nullable=False),
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("case_reference", sa.String(length=100), nullable=False),
        sa.Column("sender_user_id", sa.String(length=36), nullable=False),
        sa.Column("source_casebook_id", sa.String(length=36), nullable=False),
        sa.Column("recipients", sa.JSON(), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("processed_at", sa.String(length=32), nullable=False),
        sa.Column("manifest_sha256", sa.String(length=64), nullable=False),
        sa.Column("audit_head_sequence", sa.Integer(), nullable=False),
        sa.Column("audit_head_hash", sa.String(length=64), nullable=False),
        sa.Column("summary", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_exchange_packages")),
    )
    with op.batch_alter_table("exchange_packages", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_exchange_packages_case_id"), ["case_id"], unique=False)

    op.create_table(
        "exchange_peer_versions",
        sa.Column("peer_user_id", sa.String(length=36), nullable=False),
        sa.Column("unit_kind", sa.String(length=20), nullable=False),
        sa.Column("unit_id", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint(
            "peer_user_id", "unit_kind", "unit_id", name=op.f("pk_exchange_peer_versions")
        ),
    )
    op.create_table(
        "exchange_provenance",
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.Column("unit_kind", sa.String(length=20), nullable=False),
        sa.Column("unit_id", sa.String(length=64), nullable=False),
        sa.Column("action", sa.String(length=20), nullable=False),
        sa.Column("content_hash", sa.String(length=64), nullable=False),
        sa.Column("sender_user_id", sa.String(length=36), nullable=False),
        sa.Column("source_casebook_id", sa.String(length=36), nullable=False),
        sa.Column("sent_at", sa.String(length=32), nullable=False),
        sa.Column("received_at", sa.String(length=32), nullable=False),
        sa.PrimaryKeyConstraint(
            "package_id", "unit_kind", "unit_id", name=op.f("pk_exchange_provenance")
        ),
    )
    with op.batch_alter_table("exchange_provenance", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_exchange_provenance_unit_id"), ["unit_id"], unique=False
        )

    op.create_table(
        "exchange_versions",
        sa.Column("unit_kind", sa.String(length=20), nullable=False),
        sa.Column("unit_id", sa.String(length=64), nullable=False),
        sa.Column("hash", sa.String(length=64), nullable=False),
        sa.PrimaryKeyConstraint("unit_kind", "unit_id", "hash", name=op.f("pk_exchange_versions")),
    )
    op.create_table(
        "foreign_audit_entries",
        sa.Column("source_casebook_id", sa.String(length=36), nullable=False),
        sa.Column("sequence", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("entry_hash", sa.String(length=64), nullable=False),
        sa.Column("prev_hash", sa.String(length=64), nullable=True),
        sa.Column("at", sa.String(length=32), nullable=True),
        sa.Column("actor_id", sa.String(length=36), nullable=True),
        sa.Column("action", sa.String(length=10), nullable=True),
        sa.Column("table_name", sa.String(length=64), nullable=True),
        sa.Column("record_id", sa.String(length=80), nullable=True),
        sa.Column("changes", sa.JSON(), nullable=True),
        sa.Column("package_id", sa.String(length=36), nullable=False),
        sa.PrimaryKeyConstraint(
            "source_casebook_id", "sequence", name=op.f("pk_foreign_audit_entries")
        ),
    )
    op.create_table(
        "review_events",
        sa.Column("case_id", sa.String(length=36), nullable=False),
        sa.Column("target_kind", sa.String(length=20), nullable=False),
        sa.Column("target_id", sa.String(length=36), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=True),
        sa.Column("comment", sa.Text(), nullable=False),
        sa.Column("actor_id", sa.String(length=36), nullable=False),
        sa.Column("at", sa.String(length=32), nullable=False),
        sa.Column("content_sha256", sa.String(length=64), nullable=False),
        sa.Column("signature", sa.LargeBinary(length=64), nullable=False),
        sa.Column("id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.String(length=32), nullable=False),
        sa.Column("created_by", sa.String(length=36), nullable=True),
        sa.Column("updated_at", sa.String(length=32), nullable=False),
        sa.Column("updated_by", sa.String(length=36), nullable=True),
        sa.ForeignKeyConstraint(
            ["actor_id"], ["users.id"], name=op.f("fk_review_events_actor_id_users")
        ),
        sa.ForeignKeyConstraint(
            ["case_id"], ["cases.id"], name=op.f("fk_review_events_case_id_cases")
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_review_events")),
    )
    with op.batch_alter_table("review_events", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_review_events_case_id"), ["case_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_review_events_target_id"), ["target_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("review_events", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_review_events_target_id"))
        batch_op.drop_index(batch_op.f("ix_review_events_case_id"))

    op.drop_table("review_events")
    op.drop_table("foreign_audit_entries")
    op.drop_table("exchange_versions")
    with op.batch_alter_table("exchange_provenance", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_provenance_unit_id"))

    op.drop_table("exchange_provenance")
    op.drop_table("exchange_peer_versions")
    with op.batch_alter_table("exchange_packages", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_packages_case_id"))

    op.drop_table("exchange_packages")
    op.drop_table("exchange_identities")
    with op.batch_alter_table("exchange_conflicts", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_exchange_conflicts_unit_id"))
        batch_op.drop_index(batch_op.f("ix_exchange_conflicts_case_id"))

    op.drop_table("exchange_conflicts")
