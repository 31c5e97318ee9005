"""The legal analysis: tags linking material to elements, and charges (theory of the case).

Element references are the taxonomy's ids (``7(1)(g)-1/2``, ``25(3)(a)-co/1``) together with
the taxonomy version they were made under, so a newer taxonomy can migrate or flag them.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import CheckConstraint, Column, ForeignKey, Integer, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import ADDED_LATER, Base, Tracked

if TYPE_CHECKING:
    from .case import Incident

SUPPORT_KINDS = ("direct", "circumstantial", "corroborating", "contradicting")
# The admiralty (NATO) grading used by investigators: source reliability A (completely
# reliable) to F (cannot be judged); information credibility 1 (confirmed) to 6 (cannot be
# judged).
SOURCE_RELIABILITY = ("A", "B", "C", "D", "E", "F")
INFO_CREDIBILITY = ("1", "2", "3", "4", "5", "6")
ELEMENT_KINDS = ("crime", "context", "liability")
TAG_STATUSES = ("active", "needs_review")

charge_incidents = Table(
    "charge_incidents",
    Base.metadata,
    Column("charge_id", ForeignKey("charges.id", ondelete="CASCADE"), primary_key=True),
    Column("incident_id", ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
)


class Tag(Tracked, Base):
    """One piece of material (a passage, an exhibit, an incident) bearing on one element."""

    __tablename__ = "tags"
    __table_args__ = (
        CheckConstraint(
            "(segment_id IS NOT NULL) + (evidence_id IS NOT NULL) + (incident_id IS NOT NULL) = 1",
            name="one_target",
        ),
    )

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    segment_id: Mapped[str | None] = mapped_column(
        ForeignKey("testimony_segments.id", ondelete="CASCADE"), index=True
    )
    char_start: Mapped[int | None] = mapped_column(Integer)
    char_end: Mapped[int | None] = mapped_column(Integer)
    evidence_id: Mapped[str | None] = mapped_column(
        ForeignKey("evidence_items.id", ondelete="CASCADE"), index=True
    )
    incident_id: Mapped[str | None] = mapped_column(
        ForeignKey("incidents.id", ondelete="CASCADE"), index=True
    )
    element_kind: Mapped[str] = mapped_column(String(10))
    element_id: Mapped[str] = mapped_column(String(80), index=True)
    taxonomy_version: Mapped[str] = mapped_column(String(80))
    perpetrator_id: Mapped[str | None] = mapped_column(
        ForeignKey("persons.id", ondelete="SET NULL")
    )
    support: Mapped[str] = mapped_column(String(20))
    source_reliability: Mapped[str] = mapped_column(String(1), default="F")
    info_credibility: Mapped[str] = mapped_column(String(1), default="6")
    note: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="active")
    review_note: Mapped[str] = mapped_column(Text, default="")
    # The quoted words of a passage tag, with some text before and after them (a W3C
    # TextQuoteSelector, core/text/quote_selectors.py): the range goes stale when the
    # passage is edited, split or moved; the words find their place again. Empty until a
    # tag from before schema 0007 is first re-anchored (filled from its range then).
    quote: Mapped[str] = mapped_column(Text, default="", info=ADDED_LATER)
    quote_prefix: Mapped[str] = mapped_column(Text, default="", info=ADDED_LATER)
    quote_suffix: Mapped[str] = mapped_column(Text, default="", info=ADDED_LATER)


class Charge(Tracked, Base):
    """A crime charged against one or more alleged perpetrators, under a national provision."""

    __tablename__ = "charges"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    crime_id: Mapped[str] = mapped_column(String(40))
    taxonomy_version: Mapped[str] = mapped_column(String(80))
    national_provision: Mapped[str] = mapped_column(
        String(200), default=""
    )  # e.g. "DE:§7(1) Nr. 1"
    title: Mapped[str] = mapped_column(String(500), default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    perpetrators: Mapped[list[ChargePerpetrator]] = relationship(
        back_populates="charge", cascade="all, delete-orphan"
    )
    incidents: Mapped[list[Incident]] = relationship(secondary=charge_incidents)


class ChargePerpetrator(Tracked, Base):
    __tablename__ = "charge_perpetrators"

    charge_id: Mapped[str] = mapped_column(ForeignKey("charges.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[str] = mapped_column(ForeignKey("persons.id"))
    liability_id: Mapped[str] = mapped_column(String(40))

    charge: Mapped[Charge] = relationship(back_populates="perpetrators")
