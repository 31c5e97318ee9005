"""Exchange identities: an age X25519 key pair beside each user's Ed25519 signing key.

The age key receives packages; the signing key signs them. The identity text a user hands
to colleagues carries both public keys and a self-signature, so the one fingerprint people
compare (of the signing key) vouches for the age recipient as well: an age key swapped in
transit breaks the signature.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from typing import Any

import pyrage
from pyrage import x25519
from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import CasebookError
from ..integrity import signing
from ..models import ExchangeIdentity, User
from ..models.base import utcnow
from ..models.user import ROLES
from ..phrase import Phrase, phrase
from ..store.casebook import Casebook
from .errors import IdentityError

IDENTITY_FORMAT = "casebook-identity/1"
BEGIN = "-----BEGIN CASEBOOK IDENTITY-----"
END = "-----END CASEBOOK IDENTITY-----"
_FIELDS = ("format", "name", "role", "user", "casebook", "age", "signing-key", "signature")
_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")
_AGE_RECIPIENT = re.compile(r"age1[02-9ac-hj-np-z]{58}")
MAX_IDENTITY_TEXT = 16 * 1024


def normalise_fingerprint(text: str) -> str:
    """Upper-case hex without spaces or colons, as typed or pasted."""
    return re.sub(r"[\s:]", "", text).upper()


def fingerprint_of(identity: ExchangeIdentity) -> str:
    return signing.fingerprint(identity.signing_public_key)


def _self_signed(
    user_id: str, name: str, role: str, casebook_id: str, age: str, key: bytes
) -> dict[str, Any]:
    return {
        "format": IDENTITY_FORMAT,
        "user_id": user_id,
        "display_name": name,
        "role": role,
        "casebook_id": casebook_id,
        "age_recipient": age,
        "signing_public_key": base64.b64encode(key).decode("ascii"),
    }


# -- our own identity ------------------------------------------------------------------


def own_identity(book: Casebook, session: Session, create: bool = True) -> ExchangeIdentity:
    """The acting user's identity, with a new age key pair made on first use."""
    user = session.get(User, book.actor_id) if book.actor_id else None
    if user is None or user.signing_private_key is None:
        raise CasebookError(
            "No user with a signing key is acting in this casebook, so it cannot exchange "
            "packages. Open it with its passphrase."
        )
    found = session.scalar(select(ExchangeIdentity).where(ExchangeIdentity.user_id == user.id))
    if found is not None and found.age_secret is not None:
        return found
    if found is not None or not create:
        raise IdentityError(
            "This casebook has no exchange identity of its own yet. Run "
            "`casebook identity export` once to make it."
        )
    secret = x25519.Identity.generate()
    identity = ExchangeIdentity(
        user_id=user.id,
        display_name=user.display_name,
        role=user.role,
        casebook_id=book.id,
        signing_public_key=user.signing_public_key,
        age_recipient=str(secret.to_public()),
        age_secret=str(secret).encode("ascii"),
        verified_at=utcnow(),
        verified_by=user.id,
    )
    session.add(identity)
    session.flush()
    return identity


def age_identity_of(identity: ExchangeIdentity) -> x25519.Identity:
    if identity.age_secret is None:
        raise IdentityError("This identity has no secret key here; it belongs to a colleague.")
    return x25519.Identity.from_str(identity.age_secret.decode("ascii"))


def identity_text(book: Casebook, session: Session, identity: ExchangeIdentity) -> str:
    """The public identity to hand to colleagues; signed by the user's signing key."""
    user = session.get(User, identity.user_id)
    if user is None or user.signing_private_key is None:
        raise IdentityError("Only your own identity can be exported from this casebook.")
    payload = _self_signed(
        identity.user_id,
        identity.display_name,
        identity.role,
        identity.casebook_id,
        identity.age_recipient,
        identity.signing_public_key,
    )
    signature = signing.sign(user.signing_private_key, payload)
    lines = [
        BEGIN,
        f"format: {IDENTITY_FORMAT}",
        f"name: {identity.display_name}",
        f"role: {identity.role}",
        f"user: {identity.user_id}",
        f"casebook: {identity.casebook_id}",
        f"age: {identity.age_recipient}",
        f"signing-key: {payload['signing_public_key']}",
        f"signature: {base64.b64encode(signature).decode('ascii')}",
        f"fingerprint: {fingerprint_of(identity)}",
        END,
    ]
    return "\n".join(lines) + "\n"


# -- colleagues' identities --------------------------------------------------------------


@dataclass(frozen=True)
class ParsedIdentity:
    user_id: str
    display_name: str
    role: str
    casebook_id: str
    age_recipient: str
    signing_public_key: bytes

    @property
    def fingerprint(self) -> str:
        return signing.fingerprint(self.signing_public_key)


def _bad(problem: Phrase) -> IdentityError:
    return IdentityError(
        "This is not a usable Casebook identity: {problem}. Ask your colleague "
        "to run `casebook identity export` and send the whole text again.",
        problem=problem,
    )


def parse_identity_text(text: str) -> ParsedIdentity:
    """Read an identity text and check its self-signature; raises IdentityError."""
    if len(text) > MAX_IDENTITY_TEXT:
        raise _bad(phrase("the text is far longer than an identity"))
    fields: dict[str, str] = {}
    inside = BEGIN not in text
    for raw in text.splitlines():
        line = raw.strip()
        if line == BEGIN:
            inside = True
            continue
        if line == END:
            break
        if not inside or not line:
            continue
        key, sep, value = line.partition(":")
        if not sep:
            raise _bad(phrase("a line is not of the form 'name: value'"))
        fields[key.strip().lower()] = value.strip()
    missing = [f for f in _FIELDS if f not in fields]
    if missing:
        raise _bad(phrase("the line '{line}' is missing", line=missing[0]))
    if fields["format"] != IDENTITY_FORMAT:
        raise _bad(phrase("it was written in a format this version does not know"))
    if fields["role"] not in ROLES:
        raise _bad(phrase("its role is not one Casebook knows"))
    if not _UUID.fullmatch(fields["user"]) or not _UUID.fullmatch(fields["casebook"]):
        raise _bad(phrase("its user or casebook id is malformed"))
    if not _AGE_RECIPIENT.fullmatch(fields["age"]):
        raise _bad(phrase("its age recipient is malformed"))
    try:
        x25519.Recipient.from_str(fields["age"])
        key = base64.b64decode(fields["signing-key"], validate=True)
        signature = base64.b64decode(fields["signature"], validate=True)
    except (binascii.Error, ValueError, pyrage.RecipientError):
        raise _bad(phrase("a key or the signature is not valid")) from None
    name = fields["name"]
    if not name or len(name) > 200 or len(key) != 32:
        raise _bad(phrase("its name or signing key is malformed"))
    payload = _self_signed(
        fields["user"], name, fields["role"], fields["casebook"], fields["age"], key
    )
    if not signing.verify(key, signature, payload):
        raise _bad(phrase("its signature does not match its content, so it was altered"))
    parsed = ParsedIdentity(
        fields["user"], name, fields["role"], fields["casebook"], fields["age"], key
    )
    shown = fields.get("fingerprint")
    if shown is not None and normalise_fingerprint(shown) != normalise_fingerprint(
        parsed.fingerprint
    ):
        raise _bad(phrase("its fingerprint line does not belong to its signing key"))
    return parsed


def import_identity(session: Session, text: str) -> tuple[ExchangeIdentity, bool]:
    """Store a colleague's identity as unverified; returns it and whether it was new."""
    parsed = parse_identity_text(text)
    return store_identity(session, parsed)


def store_identity(session: Session, parsed: ParsedIdentity) -> tuple[ExchangeIdentity, bool]:
    by_key = session.scalar(
        select(ExchangeIdentity).where(
            ExchangeIdentity.signing_public_key == parsed.signing_public_key
        )
    )
    if by_key is not None:
        if by_key.user_id != parsed.user_id or by_key.age_recipient != parsed.age_recipient:
            raise IdentityError(
                "An identity with this signing key is already stored here for a different "
                "user or age key. Someone may be impersonating a colleague; do not use this "
                "identity, and compare fingerprints with your colleague."
            )
        return by_key, False
    clash = session.scalar(
        select(ExchangeIdentity).where(
            (ExchangeIdentity.user_id == parsed.user_id)
            | (ExchangeIdentity.age_recipient == parsed.age_recipient)
        )
    )
    if clash is not None:
        raise IdentityError(
            "This identity claims the user id or age key of an identity already stored here, "
            "but with another signing key. Someone may be impersonating a colleague; do not "
            "use it, and compare fingerprints with your colleague."
        )
    user = session.get(User, parsed.user_id)
    if user is not None and user.signing_public_key != parsed.signing_public_key:
        raise IdentityError(
            "This identity claims to be a user of this casebook but carries another signing "
            "key. Do not use it; compare fingerprints with your colleague."
        )
    identity = ExchangeIdentity(
        user_id=parsed.user_id,
        display_name=parsed.display_name,
        role=parsed.role,
        casebook_id=parsed.casebook_id,
        signing_public_key=parsed.signing_public_key,
        age_recipient=parsed.age_recipient,
    )
    session.add(identity)
    session.flush()
    return identity, True


def find_identity(session: Session, fingerprint: str, *, verified: bool) -> ExchangeIdentity:
    """The stored identity with this fingerprint (or a unique prefix of 8+ hex digits)."""
    wanted = normalise_fingerprint(fingerprint)
    if not re.fullmatch(r"[0-9A-F]{8,32}", wanted):
        raise IdentityError(
            "A fingerprint is 32 hexadecimal digits (spaces do not matter); at least the first "
            "8 are needed. `casebook identity list` shows them."
        )
    matches = [
        i
        for i in session.scalars(select(ExchangeIdentity))
        if normalise_fingerprint(fingerprint_of(i)).startswith(wanted)
    ]
    if not matches:
        raise IdentityError(
            "No stored identity has this fingerprint. Import your colleague's identity first "
            "with `casebook identity import`."
        )
    if len(matches) > 1:
        raise IdentityError("Several identities start with these digits; give more of them.")
    found = matches[0]
    if verified and found.verified_at is None:
        raise IdentityError(
            "The identity of {display_name} is not verified yet. Compare its "
            "fingerprint with your colleague by phone or in person, then run "
            "`casebook identity verify`.",
            display_name=found.display_name,
        )
    return found


def verify_identity(book: Casebook, session: Session, fingerprint: str) -> ExchangeIdentity:
    """Mark an identity verified; the whole fingerprint is required, as it was compared."""
    if len(normalise_fingerprint(fingerprint)) != 32:
        raise IdentityError(
            "Give the whole fingerprint (32 hexadecimal digits) you compared with your "
            "colleague, so a look-alike identity cannot be verified by mistake."
        )
    identity = find_identity(session, fingerprint, verified=False)
    if identity.verified_at is None:
        identity.verified_at = utcnow()
        identity.verified_by = book.actor_id
        session.flush()
    return identity


def list_identities(session: Session) -> list[ExchangeIdentity]:
    return list(session.scalars(select(ExchangeIdentity).order_by(ExchangeIdentity.display_name)))


def identity_by_key(session: Session, key: bytes) -> ExchangeIdentity | None:
    return session.scalar(
        select(ExchangeIdentity).where(ExchangeIdentity.signing_public_key == key)
    )
