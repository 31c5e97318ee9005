"""A case and its incidents: what happened, when (however uncertain) and where."""

from __future__ import annotations

from typing import TYPE_CHECKING

from sqlalchemy import Column, Float, ForeignKey, String, Table, Text
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Tracked

if TYPE_CHECKING:
    from .evidence import EvidenceItem
    from .person import Person
    from .testimony import Testimony

CASE_STATUSES = ("open", "submitted", "in_review", "changes_requested", "approved", "closed")
DATE_PRECISIONS = ("exact", "range", "month", "year", "approximate", "unknown")

incident_persons = Table(
    "incident_persons",
    Base.metadata,
    Column("incident_id", ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("persons.id", ondelete="CASCADE"), primary_key=True),
)
incident_testimonies = Table(
    "incident_testimonies",
    Base.metadata,
    Column("incident_id", ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("testimony_id", ForeignKey("testimonies.id", ondelete="CASCADE"), primary_key=True),
)
incident_evidence = Table(
    "incident_evidence",
    Base.metadata,
    Column("incident_id", ForeignKey("incidents.id", ondelete="CASCADE"), primary_key=True),
    Column("evidence_id", ForeignKey("evidence_items.id", ondelete="CASCADE"), primary_key=True),
)


class Case(Tracked, Base):
    __tablename__ = "cases"

    title: Mapped[str] = mapped_column(String(500))
    reference: Mapped[str] = mapped_column(String(100), unique=True)
    situation: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(30), default="open")

    incidents: Mapped[list[Incident]] = relationship(back_populates="case")


class Incident(Tracked, Base):
    __tablename__ = "incidents"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    title: Mapped[str] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    # Dates as ISO text of the precision known: "2017-08-25", "2017-08", "2017".
    date_precision: Mapped[str] = mapped_column(String(20), default="unknown")
    date_start: Mapped[str | None] = mapped_column(String(32))
    date_end: Mapped[str | None] = mapped_column(String(32))
    place_name: Mapped[str] = mapped_column(String(500), default="")  # in its original script
    admin_area: Mapped[str] = mapped_column(String(500), default="")
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    coordinate_precision_m: Mapped[float | None] = mapped_column(Float)

    case: Mapped[Case] = relationship(back_populates="incidents")
    persons: Mapped[list[Person]] = relationship(secondary=incident_persons)
    testimonies: Mapped[list[Testimony]] = relationship(secondary=incident_testimonies)
    evidence: Mapped[list[EvidenceItem]] = relationship(secondary=incident_evidence)
