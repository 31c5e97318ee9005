"""Authored sections of a complaint: the argument a lawyer writes, kept with the case.

Each save is a new row (a version) that supersedes the one it was written over, like a
testimony's versions, so every earlier wording stays readable and audited. A section is
found by its slot: the case and kind, plus the charge for ``legal_argument`` and the charge
and element for ``element_argument``. The current text of a slot is its newest version no
other version supersedes or merges (two casebooks may each have written one; the next
version written over them merges both; see records/sections).

``charge_id`` is deliberately not a foreign key: removing a charge must not delete
audited rows behind the audit hook's back (a database cascade would); the argument of a
removed charge is simply never printed.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, Tracked

# Per case, in the order a complaint prints them.
CASE_SECTION_KINDS = (
    "complainants",
    "counsel",
    "summary",
    "jurisdiction",
    "reasons_to_act",
    "other_mechanisms",
    "investigative_measures",
    "closing_requests",
)
CHARGE_SECTION_KIND = "legal_argument"
ELEMENT_SECTION_KIND = "element_argument"
SECTION_KINDS = (*CASE_SECTION_KINDS, CHARGE_SECTION_KIND, ELEMENT_SECTION_KIND)


class AuthoredSection(Tracked, Base):
    """One version of one authored section's text."""

    __tablename__ = "authored_sections"

    case_id: Mapped[str] = mapped_column(ForeignKey("cases.id"), index=True)
    kind: Mapped[str] = mapped_column(String(30))
    charge_id: Mapped[str | None] = mapped_column(String(36), index=True)
    element_id: Mapped[str | None] = mapped_column(String(80))
    lineage_id: Mapped[str] = mapped_column(String(36), index=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    supersedes_id: Mapped[str | None] = mapped_column(String(36))
    # Other current versions of the slot this one was written over: versions written in
    # two casebooks at once, both seen by the author of this one (joins the two lines).
    merges_ids: Mapped[list[str]] = mapped_column(default=list)
    text: Mapped[str] = mapped_column(Text, default="")

    @property
    def slot(self) -> tuple[str, str, str, str]:
        """(case, kind, charge, element): what the section is the text of."""
        return (self.case_id, self.kind, self.charge_id or "", self.element_id or "")
