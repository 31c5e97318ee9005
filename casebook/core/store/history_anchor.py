"""The last audit-chain head seen on this computer, per casebook, kept outside its folder.

Whoever holds the passphrase can rewrite a casebook's history and re-hash the chain, or
put back an older copy of the folder; nothing inside the folder can show that. So the head
seen when a casebook is opened and closed is kept in this computer's Casebook folder
(``user_data.py``), with the hash of every hundredth entry to say where a rewrite began.
A casebook whose chain does not extend it is reported on open and fails ``verify``, and
the anchor stays where it was until the user accepts the history as it now is.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..models import AuditEntry
from ..phrase import Phrase, phrase
from .atomic_write import write_atomically
from .user_data import user_data_dir

CHECKPOINT_EVERY = 100
_FORMAT = "casebook-history-anchor/1"
_ID = re.compile(r"^[0-9a-f-]{36}$")


@dataclass(frozen=True)
class Anchor:
    sequence: int
    entry_hash: str
    checkpoints: dict[int, str]  # sequence -> entry hash, every CHECKPOINT_EVERY entries
    seen_at: datetime


def _path(casebook_id: str) -> Path:
    if not _ID.match(casebook_id):  # it names a file: never a path from outside
        raise ValueError("not a casebook id")
    folder = user_data_dir() / "anchors"
    folder.mkdir(exist_ok=True, mode=0o700)
    return folder / f"{casebook_id}.json"


def load(casebook_id: str) -> Anchor | None:
    """The anchor kept here, or None when this computer has not seen the casebook."""
    try:
        data = json.loads(_path(casebook_id).read_text(encoding="utf-8"))
        if data["format"] != _FORMAT:
            return None
        return Anchor(
            sequence=int(data["sequence"]),
            entry_hash=str(data["entry_hash"]),
            checkpoints={int(k): str(v) for k, v in data["checkpoints"].items()},
            seen_at=datetime.fromisoformat(data["seen_at"]),
        )
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None  # unreadable: treated as never seen; the next close writes a good one


def _head(session: Session) -> tuple[int, str] | None:
    row = session.execute(
        select(AuditEntry.sequence, AuditEntry.entry_hash)
        .order_by(AuditEntry.sequence.desc())
        .limit(1)
    ).first()
    return (row[0], row[1]) if row else None


def _when(anchor: Anchor) -> str:
    return anchor.seen_at.astimezone(UTC).strftime("%Y-%m-%d %H:%M UTC")


def history_problem(session: Session, casebook_id: str) -> Phrase | None:
    """A sentence when this casebook's chain does not extend the head seen here before."""
    anchor = load(casebook_id)
    if anchor is None or anchor.sequence == 0:
        return None
    stored = session.scalar(
        select(AuditEntry.entry_hash).where(AuditEntry.sequence == anchor.sequence)
    )
    if stored == anchor.entry_hash:
        return None
    last = session.scalar(select(func.max(AuditEntry.sequence))) or 0
    intact, diverged = 0, False
    for sequence in sorted(anchor.checkpoints):
        if sequence > last:
            break
        found = session.scalar(select(AuditEntry.entry_hash).where(AuditEntry.sequence == sequence))
        if found != anchor.checkpoints[sequence]:
            diverged = True
            break
        intact = sequence
    if stored is None and not diverged and last < anchor.sequence:
        return phrase(
            "This casebook is older than the copy last opened on this computer on "
            "{when}: its history ends at audit entry {last}, but that copy's had "
            "reached entry {reached}. An older copy of the folder or of its "
            "database may have been put back. If you restored a backup on purpose, run "
            "`casebook verify FOLDER --accept-history`; otherwise keep this computer's "
            "copy and report it.",
            when=_when(anchor),
            last=last,
            reached=anchor.sequence,
        )
    return phrase(
        "This casebook's history was rewritten after audit entry {intact}: entry "
        "{changed}, as seen on this computer on {when}, is no longer what it "
        "was, so entries were changed, removed or renumbered since. Do not rely on this copy; "
        "compare it with a backup and report it. If the change is known and accepted, run "
        "`casebook verify FOLDER --accept-history`.",
        intact=intact,
        changed=anchor.sequence,
        when=_when(anchor),
    )


def remember(session: Session, casebook_id: str, accept: bool = False) -> None:
    """Move the anchor to this casebook's head: the caller checked that it extends the old
    one, or the user accepted the history as it is now (``accept``: start afresh)."""
    head = _head(session)
    if head is None:
        return
    previous = None if accept else load(casebook_id)
    checkpoints = dict(previous.checkpoints) if previous else {}
    start = previous.sequence if previous and previous.sequence <= head[0] else 0
    if start == 0:
        checkpoints = {}
    rows = session.execute(
        select(AuditEntry.sequence, AuditEntry.entry_hash).where(
            AuditEntry.sequence > start,
            AuditEntry.sequence % CHECKPOINT_EVERY == 0,
        )
    )
    checkpoints.update({sequence: digest for sequence, digest in rows})
    data = {
        "format": _FORMAT,
        "casebook_id": casebook_id,
        "sequence": head[0],
        "entry_hash": head[1],
        "checkpoints": {str(k): v for k, v in sorted(checkpoints.items())},
        "seen_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    write_atomically(_path(casebook_id), json.dumps(data, indent=1).encode("utf-8"))
