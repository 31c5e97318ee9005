"""Testimony as ordered, citable segments, with the consent the person gave for its use.

A sealed testimony is never edited in place: a correction is a new version that points
to the one it supersedes, and every version stays readable.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import ADDED_LATER, Base, Tracked

# "not_recorded" first and by default: how consent was given is a fact the user states, never
# one Casebook fills in (issue 14).
CONSENT_RECORDING = ("not_recorded", "written", "audio", "video", "oral_witnessed", "other")

# Documentation the Eurojust/ICC guidelines for civil society (2022) and the Berkeley
# Protocol ask for (issue 16). Each is optional and empty (None) until the user states it:
# "not recorded" is never a value Casebook fills in.
# How the interview itself was recorded.
INTERVIEW_RECORDING = ("notes", "audio", "video", "written_by_person", "other")
# Whether the person had already given an account of these events to someone else.
PRIOR_ACCOUNTS = ("none", "given")
# Whether the person was referred to support (medical, psychosocial, legal, protection).
SUPPORT_REFERRAL = ("referred", "declined", "not_needed", "none_available")
TESTIMONY_DOCUMENTATION = (
    "people_present",
    "interview_recording",
    "prior_accounts",
    "prior_accounts_to",
    "prior_accounts_when",
    "support_referral",
    "support_referral_to",
)


class Sealable:
    """Version chain and seal shared by testimonies and evidence items."""

    lineage_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[str | None] = mapped_column(String(36))
    sealed_at: Mapped[datetime | None] = mapped_column()
    sealed_by: Mapped[str | None] = mapped_column(String(36))
    seal_reason: Mapped[str] = mapped_column(String(200), default="")

    @property
    def sealed(self) -> bool:
        return self.sealed_at is not None


class Testimony(Sealable, Tracked, Base):
    __tablename__ = "testimonies"
    __test__ = False  # not a pytest test class, despite the name

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    title: Mapped[str] = mapped_column(String(500), default="")
    witness_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id"))
    interviewer_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id"))
    interpreter: Mapped[str] = mapped_column(String(300), default="")
    taken_on: Mapped[str | None] = mapped_column(String(32))  # ISO date or datetime
    place: Mapped[str] = mapped_column(String(500), default="")
    language: Mapped[str] = mapped_column(String(35), default="")  # BCP 47 tag: lo, my, th…
    # Interview circumstances, prior accounts and support (schema 0009). Added to a table of
    # audited rows: hashed once set, so old testimonies keep their hash (``ADDED_LATER``).
    people_present: Mapped[str] = mapped_column(Text, default="", info=ADDED_LATER)
    interview_recording: Mapped[str | None] = mapped_column(String(30), info=ADDED_LATER)
    prior_accounts: Mapped[str | None] = mapped_column(String(20), info=ADDED_LATER)
    prior_accounts_to: Mapped[str] = mapped_column(String(500), default="", info=ADDED_LATER)
    prior_accounts_when: Mapped[str] = mapped_column(String(200), default="", info=ADDED_LATER)
    support_referral: Mapped[str | None] = mapped_column(String(30), info=ADDED_LATER)
    support_referral_to: Mapped[str] = mapped_column(String(500), default="", info=ADDED_LATER)

    segments: Mapped[list[Segment]] = relationship(
        back_populates="testimony", order_by="Segment.position", cascade="all, delete-orphan"
    )
    consent: Mapped[Consent | None] = relationship(
        back_populates="testimony", cascade="all, delete-orphan", uselist=False
    )


class Segment(Tracked, Base):
    """One citable passage ("paragraph 12") of a statement."""

    __tablename__ = "testimony_segments"
    __table_args__ = (UniqueConstraint("testimony_id", "position"),)

    testimony_id: Mapped[str] = mapped_column(
        ForeignKey("testimonies.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    # The text as first entered when it had to be converted (legacy Zawgyi Burmese).
    original_text: Mapped[str | None] = mapped_column(Text)
    original_encoding: Mapped[str | None] = mapped_column(String(20))
    redact: Mapped[bool] = mapped_column(Boolean, default=False)

    testimony: Mapped[Testimony] = relationship(back_populates="segments")


class Consent(Tracked, Base):
    """What the person agreed their statement may be used for, and any withdrawal."""

    __tablename__ = "consents"

    testimony_id: Mapped[str] = mapped_column(
        ForeignKey("testimonies.id", ondelete="CASCADE"), unique=True
    )
    given_by_id: Mapped[str | None] = mapped_column(ForeignKey("persons.id"))
    given_on: Mapped[str | None] = mapped_column(String(32))
    recorded_how: Mapped[str] = mapped_column(String(30), default="not_recorded")
    legal_proceedings: Mapped[bool] = mapped_column(Boolean, default=False)
    # Jurisdictions or prosecutors the statement may be shared with ("DE", "ICC", …).
    jurisdictions: Mapped[list[str]] = mapped_column(default=list)
    publication: Mapped[bool] = mapped_column(Boolean, default=False)
    follow_up_contact: Mapped[bool] = mapped_column(Boolean, default=False)
    withdrawn_on: Mapped[str | None] = mapped_column(String(32))
    withdrawal_note: Mapped[str] = mapped_column(Text, default="")
    notes: Mapped[str] = mapped_column(Text, default="")

    testimony: Mapped[Testimony] = relationship(back_populates="consent")
    # Free-text recipients from before the controlled list, waiting for a person's decision.
    review: Mapped[ConsentReview | None] = relationship(
        back_populates="consent", cascade="all, delete-orphan", uselist=False
    )


class ConsentReview(Tracked, Base):
    """Recipients a consent named as free text that match no state or body of the list.

    Kept in a table of their own (not columns of ``consents``) so that adding them left the
    content of every consent, and so its hash in the audit chain, unchanged. Made on open by
    ``store.recipient_review``; the text is kept as it was until a person has chosen the
    codes it meant and marked the review done.
    """

    __tablename__ = "consent_reviews"

    consent_id: Mapped[str] = mapped_column(
        ForeignKey("consents.id", ondelete="CASCADE"), unique=True
    )
    unmatched: Mapped[list[str]] = mapped_column(default=list)  # the values, as entered
    note: Mapped[str] = mapped_column(Text, default="")
    reviewed_at: Mapped[datetime | None] = mapped_column()
    reviewed_by: Mapped[str | None] = mapped_column(String(36))

    consent: Mapped[Consent] = relationship(back_populates="review")

    @property
    def open(self) -> bool:
        return self.reviewed_at is None
