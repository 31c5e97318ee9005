"""``casebook verify``: every check a court or a suspicious user could ask for, in one report."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, selectinload

from .errors import CasebookError
from .exchange.checks import exchange_problems
from .integrity.audit import chain_problems
from .integrity.custody import custody_problems
from .integrity.record_binding import binding_problems
from .models import AuditEntry, Blob, EvidenceItem
from .phrase import Phrase, phrase
from .store import evidence_timestamps
from .store.casebook import Casebook
from .store.database import integrity_problems
from .store.folder_contents import folder_problems
from .store.history_anchor import history_problem
from .store.staging import leftovers
from .store.timestamps import timestamp_problems


@dataclass
class VerifyReport:
    problems: list[str | Phrase] = field(default_factory=list)  # Phrases where converted
    checked: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_casebook(
    book: Casebook, progress: Callable[[str, int, int], None] | None = None
) -> VerifyReport:
    report = VerifyReport()
    try:
        book.check_slot_file()
    except CasebookError as exc:
        report.problems.append(phrase("key-slot file: {problem}", problem=exc.phrase))
    report.problems += integrity_problems(book.engine)
    report.problems += leftovers()  # decrypted files an interrupted export left behind
    try:
        with book.session() as session:
            _check_blobs(book, session, report, progress)
            _check_items(session, report)
            report.problems += folder_problems(book.folder, session)  # orphans, foreign files
            report.problems += chain_problems(session)
            history = history_problem(session, book.id)
            report.problems += [history] if history else []
            problems, bound = binding_problems(session)
            report.problems += problems
            report.checked["records bound to the audit log"] = bound
            report.checked["audit entries"] = (
                session.scalar(select(func.count(AuditEntry.sequence))) or 0
            )
            # Chains received from other casebooks, and signed review events.
            problems, counts = exchange_problems(session)
            report.problems += problems
            report.checked.update(counts)
            problems, counts = timestamp_problems(book, session)  # RFC 3161 stamps of the head
            report.problems += problems
            report.checked.update(counts)
            problems, counts = evidence_timestamps.timestamp_problems(book, session)
            report.problems += problems
            report.checked.update(counts)
    except SADatabaseError:
        report.problems.append(
            phrase("The remaining checks could not be completed because the database is damaged.")
        )
    return report


def _check_blobs(
    book: Casebook,
    session: Session,
    report: VerifyReport,
    progress: Callable[[str, int, int], None] | None,
) -> None:
    blobs = list(session.scalars(select(Blob)))
    titles: dict[str, list[str]] = {}
    for blob_id, title in session.execute(select(EvidenceItem.blob_id, EvidenceItem.title)):
        titles.setdefault(blob_id, []).append(repr(title))
    for index, blob in enumerate(blobs, start=1):
        names = ", ".join(titles[blob.id]) if blob.id in titles else phrase("(no item)")
        label = phrase(
            "evidence {names} (stored as {storage_name})",
            names=names,
            storage_name=blob.storage_name,
        )
        problem = book.vault.verify(blob.storage_name, label, blob.sha256, blob.size)
        if problem:
            report.problems.append(problem)
        if progress:
            progress("files", index, len(blobs))
    report.checked["stored files"] = len(blobs)


def _check_items(session: Session, report: VerifyReport) -> None:
    items = session.scalars(
        select(EvidenceItem).options(
            selectinload(EvidenceItem.custody), selectinload(EvidenceItem.blob)
        )
    ).all()
    events = 0
    for item in items:
        if item.blob is not None and item.blob.sha256 != item.sha256:
            report.problems.append(
                phrase(
                    "evidence {title}: its recorded SHA-256 differs from its stored file's",
                    title=repr(item.title),
                )
            )
        if item.blob is not None and not item.custody:
            report.problems.append(
                phrase("evidence {title}: has no chain-of-custody events", title=repr(item.title))
            )
        report.problems += custody_problems(session, item)
        events += len(item.custody)
    report.checked["evidence items"] = len(items)
    report.checked["custody signatures"] = events
