"""The hash-chained audit log: each entry commits to the hash of the one before it and to
the content of the record it changed, so an edit made outside Casebook shows."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import Index, Integer, String
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base

GENESIS_HASH = "0" * 64


class AuditEntry(Base):
    __tablename__ = "audit_log"
    # The last entry about a record is looked up on open (binding) and by verify.
    __table_args__ = (Index("ix_audit_log_record", "table_name", "record_id", "sequence"),)

    sequence: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=False)
    at: Mapped[datetime] = mapped_column()
    actor_id: Mapped[str | None] = mapped_column(String(36))
    action: Mapped[str] = mapped_column(String(10))  # create, update, delete
    table_name: Mapped[str] = mapped_column(String(64))
    record_id: Mapped[str] = mapped_column(String(80))
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    prev_hash: Mapped[str] = mapped_column(String(64))
    entry_hash: Mapped[str] = mapped_column(String(64), unique=True)
    # SHA-256 of the record's content after the change (None for a delete, and for entries
    # written before schema 0004); see integrity/record_binding.py.
    record_hash: Mapped[str | None] = mapped_column(String(64))
