"""The exchange as the window sees it: identities, packages, conflicts, review and key slots.

A thin layer over ``casebook.core.exchange``. Quick steps run on the workspace's GUI-thread
session and commit at once (``Workspace.saving``); making and importing a package take
minutes on large cases, so ``package_job``/``import_job`` return functions for a worker
thread, where the core opens its own sessions. Everything handed to widgets is plain values,
never live ORM rows. Core errors (``CasebookError``) reach the caller unchanged.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casebook.core.errors import CasebookError
from casebook.core.exchange import identities
from casebook.core.exchange.conflicts import list_conflicts, resolve
from casebook.core.exchange.importer import ImportResult, import_package
from casebook.core.exchange.merge import ACTIONS
from casebook.core.exchange.packager import PackageResult, make_package
from casebook.core.exchange.review import (
    STATUSES_BY_ROLE,
    ReviewState,
    add_review,
    review_states,
)
from casebook.core.exchange.slots import (
    SlotView,
    add_supervisor_slot,
    remove_supervisor_slot,
    supervisor_slots,
)
from casebook.core.models import ExchangeConflict, User

from ..shared.workspace import Workspace

STATUS_LABELS = {
    "draft": QT_TRANSLATE_NOOP("ExchangeService", "Draft"),
    "submitted": QT_TRANSLATE_NOOP("ExchangeService", "Submitted"),
    "in_review": QT_TRANSLATE_NOOP("ExchangeService", "In review"),
    "changes_requested": QT_TRANSLATE_NOOP("ExchangeService", "Changes requested"),
    "approved": QT_TRANSLATE_NOOP("ExchangeService", "Approved"),
}
# A team member's role (models.user.ROLES, and "external" for users merged in from packages).
ROLE_WORDS = {
    "documenter": QT_TRANSLATE_NOOP("ExchangeService", "documenter"),
    "legal": QT_TRANSLATE_NOOP("ExchangeService", "legal analyst"),
    "supervisor": QT_TRANSLATE_NOOP("ExchangeService", "supervisor"),
    "external": QT_TRANSLATE_NOOP("ExchangeService", "external (no role claimed)"),
}
# How many records of a kind an import adds, updates, keeps...: "{count}" is the number.
ACTION_WORDS = {
    "inserted": QT_TRANSLATE_NOOP("ExchangeService", "{count} new"),
    "updated": QT_TRANSLATE_NOOP("ExchangeService", "{count} updated"),
    "unchanged": QT_TRANSLATE_NOOP("ExchangeService", "{count} unchanged"),
    "kept_local": QT_TRANSLATE_NOOP("ExchangeService", "{count} kept (ours is newer)"),
    "conflict": QT_TRANSLATE_NOOP("ExchangeService", "{count} in conflict"),
}

# The kinds of record a package carries (core.exchange.unit_kinds), as words for people.
KIND_WORDS = {
    "case": QT_TRANSLATE_NOOP("ExchangeService", "case"),
    "person": QT_TRANSLATE_NOOP("ExchangeService", "person"),
    "identity": QT_TRANSLATE_NOOP("ExchangeService", "identity"),
    "evidence": QT_TRANSLATE_NOOP("ExchangeService", "evidence"),
    "testimony": QT_TRANSLATE_NOOP("ExchangeService", "testimony"),
    "incident": QT_TRANSLATE_NOOP("ExchangeService", "incident"),
    "charge": QT_TRANSLATE_NOOP("ExchangeService", "charge"),
    "tag": QT_TRANSLATE_NOOP("ExchangeService", "tag"),
    "section": QT_TRANSLATE_NOOP("ExchangeService", "section"),
    "custody": QT_TRANSLATE_NOOP("ExchangeService", "custody"),
    "review": QT_TRANSLATE_NOOP("ExchangeService", "review"),
}


def _tr(text: str) -> str:
    """A text marked with QT_TRANSLATE_NOOP("ExchangeService", …) in the interface's language."""
    return QCoreApplication.translate("ExchangeService", text)


def kind_word(kind: str) -> str:
    """A kind of record ("incident") in the interface's language; unknown: as is."""
    return _tr(KIND_WORDS[kind]) if kind in KIND_WORDS else kind


def role_word(role: str) -> str:
    """A team member's stored role ("documenter") in the interface's language; unknown: as is."""
    return _tr(ROLE_WORDS[role]) if role in ROLE_WORDS else role


def status_label(status: str) -> str:
    """A review status as the user reads it, in the interface's language; unknown: as is."""
    return _tr(STATUS_LABELS[status]) if status in STATUS_LABELS else status


@dataclass(frozen=True)
class Colleague:
    fingerprint: str
    name: str
    role: str
    verified: bool
    own: bool


@dataclass(frozen=True)
class FieldDiff:
    name: str
    mine: str
    theirs: str


@dataclass(frozen=True)
class ConflictRow:
    id: str
    kind: str
    unit_id: str
    sender: str
    detected_at: str
    reason: str
    fields: list[FieldDiff]
    immutable: bool


# -- identities --------------------------------------------------------------------------------


def own_identity(ws: Workspace) -> tuple[str, str]:
    """(identity text, fingerprint); the age key pair is made on first use."""
    with ws.saving():
        own = identities.own_identity(ws.book, ws.session)
        text = identities.identity_text(ws.book, ws.session, own)
        fingerprint = identities.fingerprint_of(own)
    return text, fingerprint


def colleagues(ws: Workspace) -> list[Colleague]:
    return [
        Colleague(
            identities.fingerprint_of(i),
            i.display_name,
            i.role,
            i.verified_at is not None,
            i.age_secret is not None,
        )
        for i in identities.list_identities(ws.session)
    ]


def import_identity(ws: Workspace, text: str) -> tuple[Colleague, bool]:
    """Store a colleague's identity (unverified); returns it and whether it was new."""
    with ws.saving():
        identity, new = identities.import_identity(ws.session, text)
        row = Colleague(
            identities.fingerprint_of(identity),
            identity.display_name,
            identity.role,
            identity.verified_at is not None,
            identity.age_secret is not None,
        )
    return row, new


def read_identity_file(path: Path) -> str:
    try:
        with path.open(encoding="utf-8") as f:
            return f.read(identities.MAX_IDENTITY_TEXT + 1)
    except (OSError, UnicodeDecodeError):
        raise CasebookError(
            QCoreApplication.translate(
                "ExchangeService", "{path} cannot be read as a text file."
            ).format(path=path)
        ) from None


def mark_verified(ws: Workspace, fingerprint: str) -> None:
    with ws.saving():
        identities.verify_identity(ws.book, ws.session, fingerprint)


# -- packages ------------------------------------------------------------------------------------


def package_job(
    ws: Workspace,
    case_reference: str,
    fingerprints: list[str],
    out: Path,
    since_last: bool,
    with_identities: bool,
) -> Callable[[Callable[[Any], None]], PackageResult]:
    """The packaging call for a worker thread; ``report`` receives bytes written so far."""
    book = ws.book

    def job(report: Callable[[Any], None]) -> PackageResult:
        return make_package(
            book,
            case_reference,
            fingerprints,
            out,
            since_last=since_last,
            with_identities=with_identities,
            progress=report,
        )

    return job


def import_job(
    ws: Workspace, path: Path, dry_run: bool, accept_unverified: bool
) -> Callable[[Callable[[Any], None]], ImportResult]:
    book = ws.book

    def job(_report: Callable[[Any], None]) -> ImportResult:
        return import_package(book, path, dry_run=dry_run, accept_unverified=accept_unverified)

    return job


def change_lines(result: ImportResult) -> list[str]:
    """One line per kind of record: how many are new, updated, kept or in conflict."""
    lines = []
    separator = QCoreApplication.translate("ExchangeService", ", ", "list separator")
    for kind, counts in result.summary.counts.items():
        words = [_tr(ACTION_WORDS[a]).format(count=counts[a]) for a in ACTIONS if counts[a]]
        lines.append(
            QCoreApplication.translate("ExchangeService", "{kind}: {changes}").format(
                kind=kind_word(kind), changes=separator.join(words)
            )
        )
    lines.append(
        QCoreApplication.translate(
            "ExchangeService", "attachments: {new} new, {known} already here"
        ).format(new=result.attachments_new, known=result.attachments_known)
    )
    return lines


def count(result: ImportResult, action: str) -> int:
    return result.summary.total(action)


# -- conflicts ---------------------------------------------------------------------------------


def when(iso: str) -> str:
    """An ISO 8601 stamp from the core, as people read it ("2026-11-23 21:29 UTC")."""
    text = iso.replace("T", " ")
    return text.removesuffix("+00:00")[:16] + " UTC" if text.endswith("+00:00") else text[:16]


def _shown(value: Any) -> str:
    if value is None:
        return "—"
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _diffs(local: dict[str, Any], incoming: dict[str, Any]) -> list[FieldDiff]:
    if not local:
        return [
            FieldDiff(
                QCoreApplication.translate("ExchangeService", "(the whole record)"),
                QCoreApplication.translate("ExchangeService", "not here"),
                QCoreApplication.translate("ExchangeService", "new version"),
            )
        ]
    out = []
    for group in ("row", "rows", "links"):
        mine, theirs = local.get(group) or {}, incoming.get(group) or {}
        for key in sorted(set(mine) | set(theirs)):
            if key in ("updated_at", "updated_by") or mine.get(key) == theirs.get(key):
                continue
            out.append(FieldDiff(key, _shown(mine.get(key)), _shown(theirs.get(key))))
    if local.get("blob") != incoming.get("blob"):
        out.append(
            FieldDiff(
                QCoreApplication.translate("ExchangeService", "attachment"),
                _shown(local.get("blob")),
                _shown(incoming.get("blob")),
            )
        )
    return out


def open_conflicts(ws: Workspace) -> list[ConflictRow]:
    rows = []
    for view in list_conflicts(ws.session):
        stored = ws.session.get(ExchangeConflict, view.id)
        if stored is None:
            continue
        rows.append(
            ConflictRow(
                view.id,
                view.kind,
                view.unit_id,
                view.sender,
                view.detected_at,
                view.reason,
                _diffs(stored.local_content, stored.incoming_content),
                view.kind in ("custody", "review"),
            )
        )
    return rows


def resolve_conflict(ws: Workspace, conflict_id: str, keep: str) -> None:
    with ws.saving():
        resolve(ws.book, ws.session, conflict_id, keep)
    ws.structure_changed.emit()


# -- review --------------------------------------------------------------------------------------


def my_role(ws: Workspace) -> str:
    user = ws.session.get(User, ws.book.actor_id) if ws.book.actor_id else None
    return user.role if user else ""


def statuses_i_can_set(ws: Workspace) -> tuple[str, ...]:
    return tuple(STATUSES_BY_ROLE.get(my_role(ws), ()))


def review_of(ws: Workspace, case_id: str) -> list[ReviewState]:
    return review_states(ws.session, ws.get("case", case_id))


@dataclass(frozen=True)
class SignOff:
    by: str
    at: str
    signature_ok: bool
    content_current: bool


def sign_off(ws: Workspace, case_id: str) -> SignOff | None:
    """The case's approval, if it is the last status that counts (a trusted signer's)."""
    state = next((s for s in review_of(ws, case_id) if s.target_kind == "case"), None)
    if state is None or state.status != "approved":
        return None
    return SignOff(
        state.status_by,
        datetime.fromisoformat(state.status_at).strftime("%Y-%m-%d %H:%M UTC"),
        state.status_signature_ok,
        bool(state.approved_content_current),
    )


def add_review_event(
    ws: Workspace, case_id: str, status: str | None, comment: str, record_id: str | None = None
) -> None:
    with ws.saving():
        add_review(ws.book, ws.session, ws.get("case", case_id), record_id, status, comment)
    ws.changed.emit("review", case_id)


# -- supervisor key slots ---------------------------------------------------------------------


def slots(ws: Workspace) -> list[SlotView]:
    return supervisor_slots(ws.book)


def add_slot(ws: Workspace, fingerprint: str) -> None:
    add_supervisor_slot(ws.book, ws.session, fingerprint)


def remove_slot(ws: Workspace, slot_id: str) -> None:
    remove_supervisor_slot(ws.book, ws.session, slot_id)
