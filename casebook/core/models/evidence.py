"""Evidence items, the encrypted blobs that hold their content, and their custody."""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import BigInteger, Column, ForeignKey, Integer, LargeBinary, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import ADDED_LATER, Base, Tracked
from .testimony import Sealable

if TYPE_CHECKING:
    from .person import Person

EVIDENCE_KINDS = ("photo", "video", "audio", "document", "physical", "open_source", "other")
# What the casebook holds (issue 16, IIIM chain of custody guidance): the original, a
# working copy made from an original kept elsewhere, or a copy received as it was.
COPY_STATUSES = ("original", "working_copy", "copy")
EVIDENCE_DOCUMENTATION = ("copy_status", "original_location")
CUSTODY_ACTIONS = ("collected", "received", "transferred", "copied", "viewed", "exported")

evidence_persons = Table(
    "evidence_persons",
    Base.metadata,
    Column("evidence_id", ForeignKey("evidence_items.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True),
)


class Blob(Tracked, Base):
    """One stored content; several evidence items may point at it (same file taken twice)."""

    __tablename__ = "blobs"

    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    size: Mapped[int] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100), default="application/octet-stream")
    storage_name: Mapped[str] = mapped_column(String(100), unique=True)


class EvidenceItem(Sealable, Tracked, Base):
    __tablename__ = "evidence_items"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(20), default="other")
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    source: Mapped[str] = mapped_column(String(500), default="")
    acquisition_method: Mapped[str] = mapped_column(String(500), default="")
    collected_by: Mapped[str] = mapped_column(String(300), default="")
    collected_at: Mapped[str | None] = mapped_column(String(32))
    collected_place: Mapped[str] = mapped_column(String(500), default="")
    url: Mapped[str] = mapped_column(String(2000), default="")  # open-source captures
    captured_at: Mapped[str | None] = mapped_column(String(32))
    original_filename: Mapped[str] = mapped_column(String(1000), default="")
    blob_id: Mapped[str | None] = mapped_column(ForeignKey("blobs.id"), index=True)
    sha256: Mapped[str | None] = mapped_column(String(64), index=True)
    size: Mapped[int | None] = mapped_column(BigInteger)
    media_type: Mapped[str] = mapped_column(String(100), default="")
    extracted_metadata: Mapped[dict[str, Any]] = mapped_column(default=dict)
    # Set when this item's content was already in the casebook under another item.
    duplicate_of_id: Mapped[str | None] = mapped_column(String(36))
    # Original or copy, and where the original is kept (schema 0009); hashed once set.
    copy_status: Mapped[str | None] = mapped_column(String(20), info=ADDED_LATER)
    original_location: Mapped[str] = mapped_column(String(500), default="", info=ADDED_LATER)

    blob: Mapped[Blob | None] = relationship()
    persons: Mapped[list[Person]] = relationship(secondary=evidence_persons)
    custody: Mapped[list[CustodyEvent]] = relationship(
        back_populates="evidence", order_by="CustodyEvent.sequence"
    )


class CustodyEvent(Tracked, Base):
    """One link of an item's chain of custody, signed by the acting user's Ed25519 key."""

    __tablename__ = "custody_events"

    evidence_id: Mapped[str] = mapped_column(ForeignKey("evidence_items.id"), index=True)
    sequence: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    actor_id: Mapped[str] = mapped_column(ForeignKey("users.id"))
    at: Mapped[datetime] = mapped_column()
    place: Mapped[str] = mapped_column(String(500), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    details: Mapped[dict[str, Any]] = mapped_column(default=dict)
    signature: Mapped[bytes] = mapped_column(LargeBinary(64))

    evidence: Mapped[EvidenceItem] = relationship(back_populates="custody")
