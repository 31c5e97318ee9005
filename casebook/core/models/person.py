"""People in a case, known by pseudonym; identifying details live in a separate table."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base, Tracked

PERSON_ROLES = ("victim", "survivor", "witness", "alleged_perpetrator", "source", "interviewer")
# The pseudonym prefix follows the person's main role: W-001 witness, V-001 victim or
# survivor, P-001 alleged perpetrator, S-001 source, I-001 interviewer.
PSEUDONYM_PREFIX = {
    "witness": "W",
    "victim": "V",
    "survivor": "V",
    "alleged_perpetrator": "P",
    "source": "S",
    "interviewer": "I",
}


class Person(Tracked, Base):
    __tablename__ = "persons"
    __table_args__ = (UniqueConstraint("case_id", "pseudonym"),)

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    pseudonym: Mapped[str] = mapped_column(String(20))
    roles: Mapped[list[str]] = mapped_column(default=list)
    sex_gender: Mapped[str] = mapped_column(String(50), default="")
    age_group: Mapped[str] = mapped_column(String(50), default="")
    ethnicity: Mapped[str] = mapped_column(String(200), default="")
    religion: Mapped[str] = mapped_column(String(200), default="")
    nationality: Mapped[str] = mapped_column(String(200), default="")
    # For alleged perpetrators.
    affiliation: Mapped[str] = mapped_column(String(300), default="")
    unit: Mapped[str] = mapped_column(String(300), default="")
    rank: Mapped[str] = mapped_column(String(100), default="")
    position: Mapped[str] = mapped_column(String(300), default="")

    identity: Mapped[PersonIdentity | None] = relationship(
        back_populates="person", cascade="all, delete-orphan", uselist=False
    )


class PersonIdentity(Tracked, Base):
    """What identifies a person. Never exported unless explicitly chosen with consent."""

    __tablename__ = "person_identities"

    person_id: Mapped[str] = mapped_column(
        ForeignKey("persons.id", ondelete="CASCADE"), unique=True
    )
    full_name: Mapped[str] = mapped_column(String(500), default="")
    other_names: Mapped[str] = mapped_column(String(1000), default="")
    contact: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")
    photo_blob_id: Mapped[str | None] = mapped_column(ForeignKey("blobs.id"))

    person: Mapped[Person] = relationship(back_populates="identity")
