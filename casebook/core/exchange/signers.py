"""Whose signature counts here: the receiver decides, never the package.

A package may carry any user with any role and events signed by that user's key. Such a
signer counts only when the key belongs to a user of this casebook (one whose private key
is here) or to an identity this casebook verified by comparing its fingerprint; the role
that counts is the one granted here (the local user's, or the verified identity's).
Everyone else is shown as an unverified signer and their review decisions do not count.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..models import ExchangeIdentity, User

EXTERNAL_ROLE = "external"  # stored for users merged in from packages: no role is claimed


@dataclass(frozen=True)
class Signer:
    user_id: str
    name: str
    trusted: bool
    role: str | None  # as granted by this casebook; None when not trusted

    @property
    def label(self) -> str:
        return self.name if self.trusted else f"{self.name} (unverified signer)"


def signers(session: Session) -> dict[str, Signer]:
    """Every user of this casebook as a signer, by user id."""
    verified = {
        identity.signing_public_key: identity
        for identity in session.scalars(
            select(ExchangeIdentity).where(ExchangeIdentity.verified_at.is_not(None))
        )
    }
    found: dict[str, Signer] = {}
    for user in session.scalars(select(User)):
        identity = verified.get(user.signing_public_key)
        if user.signing_private_key is not None:
            found[user.id] = Signer(user.id, user.display_name, True, user.role)
        elif identity is not None:
            found[user.id] = Signer(user.id, user.display_name, True, identity.role)
        else:
            found[user.id] = Signer(user.id, user.display_name, False, None)
    return found


def unknown_signer(user_id: str) -> Signer:
    return Signer(user_id, "?", False, None)
