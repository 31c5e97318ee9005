"""Exchange between casebooks: identities, the package log, merge bookkeeping, conflicts,
review events, and the audit chains received from other casebooks.

Bookkeeping that is derived from packages (known versions, what each peer has, provenance,
foreign audit entries) is written with plain SQL statements, not ORM objects, so that the
audit hook does not log thousands of rows for every import; the package log, conflicts,
identities and review events are ordinary audited records.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import ForeignKey, Integer, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Tracked

REVIEW_STATUSES = ("draft", "submitted", "in_review", "changes_requested", "approved")


class ExchangeIdentity(Tracked, Base):
    """A person's public exchange identity; ``age_secret`` is set only for our own users.

    ``verified_at`` is set when a user compared the fingerprint with its owner by another
    channel; packages from an unverified identity need explicit acceptance.
    """

    __tablename__ = "exchange_identities"

    user_id: Mapped[str] = mapped_column(String(36), unique=True)
    display_name: Mapped[str] = mapped_column(String(200))
    role: Mapped[str] = mapped_column(String(20))
    casebook_id: Mapped[str] = mapped_column(String(36))
    signing_public_key: Mapped[bytes] = mapped_column(LargeBinary(32), unique=True)
    age_recipient: Mapped[str] = mapped_column(String(100), unique=True)
    # Bytes, so the audit log records only its SHA-256, never the key itself.
    age_secret: Mapped[bytes | None] = mapped_column(LargeBinary(128))
    verified_at: Mapped[datetime | None] = mapped_column()
    verified_by: Mapped[str | None] = mapped_column(String(36))


class ExchangePackage(Base):
    """One package made here or imported here; the id makes a replay detectable."""

    __tablename__ = "exchange_packages"

    id: Mapped[str] = mapped_column(String(36), primary_key=True)
    direction: Mapped[str] = mapped_column(String(10))  # sent, received
    case_id: Mapped[str] = mapped_column(String(36), index=True)
    case_reference: Mapped[str] = mapped_column(String(100))
    sender_user_id: Mapped[str] = mapped_column(String(36))
    source_casebook_id: Mapped[str] = mapped_column(String(36))
    recipients: Mapped[list[str]] = mapped_column(default=list)  # user ids
    created_at: Mapped[datetime] = mapped_column()
    processed_at: Mapped[datetime] = mapped_column()
    manifest_sha256: Mapped[str] = mapped_column(String(64))
    audit_head_sequence: Mapped[int] = mapped_column(Integer, default=0)
    audit_head_hash: Mapped[str] = mapped_column(String(64), default="")
    summary: Mapped[dict[str, Any]] = mapped_column(default=dict)


class ExchangeVersion(Base):
    """A content hash this casebook has held for a unit at an exchange (its ancestry)."""

    __tablename__ = "exchange_versions"

    unit_kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    unit_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    hash: Mapped[str] = mapped_column(String(64), primary_key=True)


class ExchangePeerVersion(Base):
    """The version of a unit a peer is known to hold (sent to it, or received from it)."""

    __tablename__ = "exchange_peer_versions"

    peer_user_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    unit_kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    unit_id: Mapped[str] = mapped_column(String(64), primary_key=True)
    hash: Mapped[str] = mapped_column(String(64))


class ExchangeProvenance(Base):
    """Which package brought which version of a unit, from whom and from which casebook."""

    __tablename__ = "exchange_provenance"

    package_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    unit_kind: Mapped[str] = mapped_column(String(20), primary_key=True)
    unit_id: Mapped[str] = mapped_column(String(64), primary_key=True, index=True)
    action: Mapped[str] = mapped_column(String(20))  # inserted, updated, unchanged, conflict…
    content_hash: Mapped[str] = mapped_column(String(64))
    sender_user_id: Mapped[str] = mapped_column(String(36))
    source_casebook_id: Mapped[str] = mapped_column(String(36))
    sent_at: Mapped[datetime] = mapped_column()
    received_at: Mapped[datetime] = mapped_column()


class ExchangeConflict(Tracked, Base):
    """A unit changed on both sides since their last common version; local is kept."""

    __tablename__ = "exchange_conflicts"

    case_id: Mapped[str] = mapped_column(String(36), index=True)
    unit_kind: Mapped[str] = mapped_column(String(20))
    unit_id: Mapped[str] = mapped_column(String(64), index=True)
    package_id: Mapped[str] = mapped_column(String(36))
    sender_user_id: Mapped[str] = mapped_column(String(36))
    reason: Mapped[str] = mapped_column(String(200), default="")
    local_hash: Mapped[str] = mapped_column(String(64))
    incoming_hash: Mapped[str] = mapped_column(String(64))
    local_content: Mapped[dict[str, Any]] = mapped_column(default=dict)
    incoming_content: Mapped[dict[str, Any]] = mapped_column(default=dict)
    incoming_history: Mapped[list[str]] = mapped_column(default=list)
    resolved_at: Mapped[datetime | None] = mapped_column()
    resolved_by: Mapped[str | None] = mapped_column(String(36))
    resolution: Mapped[str | None] = mapped_column(String(20))  # local, incoming


class ReviewEvent(Tracked, Base):
    """A status change or comment on a case or one of its records, signed by its author.

    Review is an append-only log rather than a column on each record, so a supervisor's
    review and a documenter's edit never collide, and the history of the review is kept.
    """

    __tablename__ = "review_events"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    target_kind: Mapped[str] = mapped_column(String(20))
    target_id: Mapped[str] = mapped_column(String(36), index=True)
    status: Mapped[str | None] = mapped_column(String(20))
    comment: Mapped[str] = mapped_column(Text, default="")
    actor_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column()
    # SHA-256 of the record's canonical content when reviewed; the signature covers it.
    content_sha256: Mapped[str] = mapped_column(String(64))
    signature: Mapped[bytes] = mapped_column(LargeBinary(64))


class ForeignAuditEntry(Base):
    """An audit entry of another casebook, kept in that casebook's own chain.

    Entries of records that were not in any package arrive as stubs (hash only), so the
    chain stays continuous without revealing other cases.
    """

    __tablename__ = "foreign_audit_entries"

    source_casebook_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    sequence: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    entry_hash: Mapped[str] = mapped_column(String(64))
    prev_hash: Mapped[str | None] = mapped_column(String(64))
    at: Mapped[datetime | None] = mapped_column()
    actor_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str | None] = mapped_column(String(10))
    table_name: Mapped[str | None] = mapped_column(String(64))
    record_id: Mapped[str | None] = mapped_column(String(80))
    changes: Mapped[dict[str, Any] | None] = mapped_column()
    record_hash: Mapped[str | None] = mapped_column(String(64))
    package_id: Mapped[str] = mapped_column(String(36))
