"""Chains of custody in the interchange format: written with their signatures, imported as
events signed elsewhere.

A case moved from one casebook to another keeps the custody of its evidence from the
collection in the field onwards. The importing casebook never re-signs those events: each
is stored with the signature its signer made, checked first against the signer's public key
that the file carries; the signer becomes a user of this casebook with that public key only
(no private key, no role), as a colleague merged in from a package does. The import then
appends its own "received" event, signed here.
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any

from sqlalchemy.orm import Session

from ..integrity.custody import signed_by
from ..integrity.signing import encode_public_key
from ..models import CustodyEvent, EvidenceItem, User
from ..phrase import phrase
from ..text.calendar_dates import moment_problem
from ..text.text_input import clean

# The role of users known here only by their public key (exchange/signers.py EXTERNAL_ROLE;
# the interchange and exchange packages are peers and may not import each other).
EXTERNAL_ROLE = "external"


# -- export -------------------------------------------------------------------------------


def custody_records(
    session: Session, items: Sequence[EvidenceItem], evidence: list[dict[str, Any]]
) -> list[dict[str, Any]]:
    """Adds each item's custody events, as signed, to its record; returns the signers.

    The events are written exactly as they were signed, so an import can check every
    signature against the key listed for its signer."""
    signer_ids: list[str] = []
    for item, record in zip(items, evidence, strict=True):
        events = list(item.custody)
        if not events:
            continue
        record["custody"] = [
            {
                "id": e.id,
                "sequence": e.sequence,
                "action": e.action,
                "actor_id": e.actor_id,
                "at": e.at.isoformat(),
                "place": e.place,
                "reason": e.reason,
                "details": e.details,
                "signature": base64.b64encode(e.signature).decode("ascii"),
            }
            for e in events
        ]
        signer_ids.extend(e.actor_id for e in events)
    return signer_records(session, signer_ids)


def signer_records(session: Session, user_ids: Sequence[str]) -> list[dict[str, Any]]:
    """Each user's id, name and public key, once, in the order first named."""
    signers = []
    for user_id in dict.fromkeys(user_ids):
        user = session.get(User, user_id)
        if user is not None:  # a missing signer: the import refuses the event, saying so
            signers.append(
                {
                    "id": user.id,
                    "display_name": user.display_name,
                    "signing_public_key": encode_public_key(user.signing_public_key),
                }
            )
    return signers


# -- import -------------------------------------------------------------------------------


def _moment(value: str) -> datetime:
    return datetime.fromisoformat(value.replace("Z", "+00:00")).astimezone(UTC)


def _event(evidence_id: str, raw: dict[str, Any]) -> CustodyEvent:
    """The event as the file states it (not added to the session)."""
    return CustodyEvent(
        id=raw["id"],
        evidence_id=evidence_id,
        sequence=raw["sequence"],
        action=raw["action"],
        actor_id=raw["actor_id"],
        at=_moment(raw["at"]),
        place=raw.get("place", ""),
        reason=raw.get("reason", ""),
        details=raw.get("details", {}),
        signature=base64.b64decode(raw["signature"], validate=True),
    )


def signer_keys(
    case: dict[str, Any], where: str = "", problems: list[str] | None = None
) -> dict[str, bytes]:
    """Each listed signer's public key; what is wrong with the list goes to ``problems``."""
    problems = problems if problems is not None else []
    keys: dict[str, bytes] = {}
    for i, signer in enumerate(case.get("signers", [])):
        try:
            key = base64.b64decode(signer["signing_public_key"], validate=True)
        except (binascii.Error, ValueError):
            key = b""
        if len(key) != 32:
            problems.append(
                phrase(
                    "{where}/signers/{i}/signing_public_key: is not an Ed25519 key",
                    where=where,
                    i=i,
                )
            )
        elif signer["id"] in keys:
            problems.append(
                phrase("{where}/signers/{i}/id: this signer is listed twice", where=where, i=i)
            )
        else:
            keys[signer["id"]] = key
    return keys


def custody_problems(session: Session, case: dict[str, Any], where: str) -> list[str]:
    """Everything wrong with the custody the file carries, before anything is written:
    events out of order, times without their UTC offset, ids in use, signers missing or
    claiming a user of this casebook with another key, and signatures that do not match
    (an event, its item's SHA-256 or the key was changed after signing)."""
    problems: list[str] = []
    keys = signer_keys(case, where, problems)
    for signer_id, key in keys.items():
        local = session.get(User, signer_id)
        if local is not None and local.signing_public_key != key:
            problems.append(
                phrase(
                    "{where}/signers: a signer has the id of a user of this casebook but "
                    "another signing key; someone may be impersonating a colleague",
                    where=where,
                )
            )
    seen: set[str] = set()
    for ei, ev in enumerate(case.get("evidence", [])):
        for j, raw in enumerate(ev.get("custody", [])):
            at = f"{where}/evidence/{ei}/custody/{j}"
            if raw["sequence"] != j + 1:
                problems.append(
                    phrase(
                        "{at}/sequence: is {sequence}, expected {expected}",
                        at=at,
                        sequence=raw["sequence"],
                        expected=j + 1,
                    )
                )
            time_problem = moment_problem(raw["at"])
            if time_problem is not None:
                problems.append(phrase("{at}/at: {time_problem}", at=at, time_problem=time_problem))
            if raw["id"] in seen or session.get(CustodyEvent, raw["id"]) is not None:
                problems.append(phrase("{at}/id: this id is already in use", at=at))
            seen.add(raw["id"])
            key = keys.get(raw["actor_id"])
            if key is None:
                problems.append(
                    phrase("{at}/actor_id: the signer is not listed under signers", at=at)
                )
            elif time_problem is None and not signed_by(
                _event(ev["id"], raw), ev.get("sha256"), key
            ):
                problems.append(
                    phrase(
                        "{at}/signature: does not match the event: the event, the item's SHA-256 "
                        "or the signer's key was changed after it was signed",
                        at=at,
                    )
                )
    return problems


def add_signers(session: Session, case: dict[str, Any]) -> None:
    """Signers not yet known here become users with their public key only."""
    for signer in case.get("signers", []):
        if session.get(User, signer["id"]) is None:
            session.add(
                User(
                    id=signer["id"],
                    display_name=clean(signer["display_name"]),
                    role=EXTERNAL_ROLE,  # granted here; a file never gives a role
                    signing_public_key=base64.b64decode(signer["signing_public_key"]),
                    signing_private_key=None,
                )
            )
    session.flush()


def add_events(session: Session, item: EvidenceItem, events: list[dict[str, Any]]) -> int:
    """The item's events from the file, stored with their own signatures (checked by
    ``custody_problems``); returns how many."""
    for raw in events:
        session.add(_event(item.id, raw))
    session.flush()
    return len(events)
