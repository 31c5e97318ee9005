"""Supervisor key slots: the data key wrapped with age to a supervisor's recipient.

A supervisor whose identity is verified here can then open this casebook folder with their
age identity file, without the documenter's passphrase (for recovery, or for review on the
documenter's own machine).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from ..errors import NotFound
from ..store.casebook import Casebook
from ..store.keyslots import KIND_AGE
from .errors import IdentityError
from .identities import find_identity, fingerprint_of


@dataclass(frozen=True)
class SlotView:
    id: str
    label: str
    recipient: str
    created_at: str


def add_supervisor_slot(book: Casebook, session: Session, fingerprint: str) -> str:
    identity = find_identity(session, fingerprint, verified=True)
    if identity.role != "supervisor":
        raise IdentityError(
            "{display_name} is registered as a {role}, not a supervisor; only "
            "supervisors get a key slot.",
            display_name=identity.display_name,
            role=identity.role,
        )
    if any(
        s.get("recipient") == identity.age_recipient for s in book.slots.public_key_slots(KIND_AGE)
    ):
        raise IdentityError(
            "{display_name} already has a key slot in this casebook.",
            display_name=identity.display_name,
        )
    label = f"supervisor {identity.display_name} ({fingerprint_of(identity)})"
    return book.add_age_slot(identity.age_recipient, label)


def supervisor_slots(book: Casebook) -> list[SlotView]:
    return [
        SlotView(
            str(s.get("id")),
            str(s.get("label", "")),
            str(s.get("recipient", "")),
            str(s.get("created_at", "")),
        )
        for s in book.slots.public_key_slots(KIND_AGE)
    ]


def remove_supervisor_slot(book: Casebook, session: Session, which: str) -> SlotView:
    """Remove by slot id, or by the supervisor's fingerprint."""
    slots = supervisor_slots(book)
    chosen = [s for s in slots if s.id == which.strip()]
    if not chosen:
        try:
            identity = find_identity(session, which, verified=False)
        except IdentityError:
            identity = None
        if identity is not None:
            chosen = [s for s in slots if s.recipient == identity.age_recipient]
    if not chosen:
        raise NotFound(
            "No supervisor key slot matches. `casebook supervisor-slot list PATH` shows them."
        )
    book.remove_slot(chosen[0].id)
    return chosen[0]
