"""The open casebook as the window sees it: one GUI-thread session over the core services.

Every change is committed at once (autosave) and announced with ``changed`` so editors and
the navigator refresh; a failed change is rolled back and its ``CasebookError`` raised for
the caller to show. Background work (intake) opens its own sessions on its own thread and
calls ``refresh`` through the GUI thread when it is done.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from sqlalchemy import func, select
from sqlalchemy.exc import SQLAlchemyError

from casebook.core.disclosure.decision import decide
from casebook.core.errors import CasebookError, NotFound
from casebook.core.models import (
    Case,
    Charge,
    Consent,
    EvidenceItem,
    Incident,
    Person,
    PersonIdentity,
    Segment,
    Testimony,
    User,
)
from casebook.core.records import cases, evidence, evidence_filter, persons, records, testimonies
from casebook.core.records import search as core_search
from casebook.core.store.casebook import Casebook

MODELS: dict[str, type] = {
    "case": Case,
    "incident": Incident,
    "person": Person,
    "identity": PersonIdentity,
    "testimony": Testimony,
    "consent": Consent,
    "evidence": EvidenceItem,
    "charge": Charge,
}


@dataclass(frozen=True)
class KeptPassage:
    """Everything a passage holds besides its id: what undo must bring back."""

    text: str
    original_text: str | None
    original_encoding: str | None
    redact: bool


def kept_passages(testimony: Testimony) -> list[KeptPassage]:
    return [
        KeptPassage(s.text, s.original_text, s.original_encoding, bool(s.redact))
        for s in testimony.segments
    ]


def carried_over(before: list[KeptPassage], after: list[KeptPassage]) -> list[KeptPassage]:
    """``after`` with each unchanged text's original and mark taken from ``before``."""
    unused = list(before)
    out = []
    for passage in after:
        match = next((b for b in unused if b.text == passage.text), None)
        if match is not None and passage.original_text is None:
            unused.remove(match)
            passage = match
        out.append(passage)
    return out


@dataclass(frozen=True)
class EvidenceRow:
    """One line of the evidence list, as plain values (no live ORM object in the view)."""

    id: str
    title: str
    kind: str
    media_type: str
    size: int | None
    created_at: str
    sha256: str
    duplicate: bool
    taken_at: str = ""  # capture time from the file's metadata, as recorded; "" if none


class Workspace(QObject):
    changed = Signal(str, str)  # kind, record id
    structure_changed = Signal()  # records added or removed

    def __init__(self, book: Casebook, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.book = book
        self._unit = book.session()
        self.session = self._unit.__enter__()  # lives as long as the unlock; GUI thread only

    # -- lifetime ---------------------------------------------------------------------------

    @property
    def folder(self) -> Path:
        return self.book.folder

    def close(self) -> None:
        """End the session and close the casebook: the data key is dropped."""
        self.session.rollback()
        self._unit.__exit__(None, None, None)
        self.book.close()

    def refresh(self) -> None:
        """See what another thread committed: end this session's read transaction (in WAL
        mode it keeps reading its old snapshot) and forget cached rows."""
        self.session.commit()  # nothing is pending: every change is committed at once
        self.session.expire_all()
        self.structure_changed.emit()

    def saving(self) -> Any:
        """Commit what the block changes, or roll it back and raise a ``CasebookError``
        (for services of the window, such as the legal analysis, built on this session)."""
        return self._saving()

    @contextmanager
    def _saving(self) -> Iterator[None]:
        try:
            yield
            self.session.commit()
        except CasebookError:
            self.session.rollback()
            raise
        except SQLAlchemyError:
            self.session.rollback()
            raise CasebookError(
                QCoreApplication.translate(
                    "Workspace",
                    "The change could not be saved; the casebook is unchanged. Try again; if "
                    "it keeps failing, run `casebook verify` on this casebook.",
                )
            ) from None

    # -- reading ----------------------------------------------------------------------------

    def get(self, kind: str, record_id: str) -> Any:
        record = self.session.get(MODELS[kind], record_id)
        if record is None:
            raise NotFound(
                QCoreApplication.translate("Workspace", "That record is no longer in the casebook.")
            )
        return record

    def user_name(self) -> str:
        user = self.session.get(User, self.book.actor_id) if self.book.actor_id else None
        return user.display_name if user else ""

    def cases(self) -> list[Case]:
        return cases.list_cases(self.session)

    def incidents(self, case_id: str, limit: int | None = None) -> list[Incident]:
        query = select(Incident).where(Incident.case_id == case_id).order_by(Incident.created_at)
        return list(self.session.scalars(query.limit(limit)))

    def incident_count(self, case_id: str) -> int:
        query = select(func.count(Incident.id)).where(Incident.case_id == case_id)
        return self.session.scalar(query) or 0

    def persons(self, case_id: str, limit: int | None = None) -> list[Person]:
        return persons.persons_of(self.session, case_id, limit)

    def pseudonyms(self, person_ids: set[str]) -> dict[str, str]:
        """Person id -> pseudonym, for those persons only (a case may hold 100,000)."""
        if not person_ids:
            return {}
        query = select(Person.id, Person.pseudonym).where(Person.id.in_(person_ids))
        return {person_id: pseudonym for person_id, pseudonym in self.session.execute(query)}

    def person_count(self, case_id: str) -> int:
        query = select(func.count(Person.id)).where(Person.case_id == case_id)
        return self.session.scalar(query) or 0

    def testimonies(self, case_id: str, limit: int | None = None) -> list[Testimony]:
        """The current version of each statement (older versions appear in its history)."""
        query = select(Testimony).where(*self._current_testimonies(case_id))
        return list(self.session.scalars(query.order_by(Testimony.created_at).limit(limit)))

    def testimony_count(self, case_id: str) -> int:
        query = select(func.count(Testimony.id)).where(*self._current_testimonies(case_id))
        return self.session.scalar(query) or 0

    @staticmethod
    def _current_testimonies(case_id: str) -> tuple[Any, ...]:
        superseded = select(Testimony.supersedes_id).where(Testimony.supersedes_id.is_not(None))
        return (Testimony.case_id == case_id, Testimony.id.not_in(superseded))

    def versions(self, testimony: Testimony) -> list[Testimony]:
        return testimonies.versions(self.session, testimony.lineage_id)

    def evidence_count(self, case_id: str, text: str = "") -> int:
        """Unfiltered, one row kept by triggers (revision 0011; counting the items took 0.7 s
        at 500,000); filtered, it reads every match: the list itself does not count."""
        return self.session.scalar(evidence_filter.count(case_id, text)) or 0

    def evidence_rows(self, case_id: str, text: str, offset: int, limit: int) -> list[EvidenceRow]:
        columns = (
            EvidenceItem.id,
            EvidenceItem.title,
            EvidenceItem.kind,
            EvidenceItem.media_type,
            EvidenceItem.size,
            EvidenceItem.created_at,
            EvidenceItem.sha256,
            EvidenceItem.duplicate_of_id,
            func.coalesce(
                func.json_extract(EvidenceItem.extracted_metadata, "$.taken_at"),
                func.json_extract(EvidenceItem.extracted_metadata, "$.recorded_at"),
            ).label("taken_at"),
        )
        # Intake order (rowid order); a filter of three characters or more uses the index.
        query = evidence_filter.page(columns, case_id, text, offset, limit)
        return [
            EvidenceRow(
                r.id,
                r.title,
                r.kind,
                r.media_type,
                r.size,
                r.created_at.strftime("%Y-%m-%d %H:%M"),
                r.sha256 or "",
                r.duplicate_of_id is not None,
                str(r.taken_at or ""),
            )
            for r in self.session.execute(query)
        ]

    def search(self, query: str) -> list[core_search.SearchHit]:
        return core_search.search(self.session, query)

    def segment_place(self, segment_id: str) -> tuple[str, int]:
        """(testimony id, paragraph number) of a passage, for navigation from search."""
        segment = self.get_segment(segment_id)
        return segment.testimony_id, segment.position

    def get_segment(self, segment_id: str) -> Segment:
        segment = self.session.get(Segment, segment_id)
        if segment is None:
            raise NotFound(
                QCoreApplication.translate(
                    "Workspace", "That passage is no longer in the casebook."
                )
            )
        return segment

    def content_reader(self, item_id: str) -> Callable[[], bytes]:
        """A function that decrypts an item to memory on a worker thread, in its own session."""
        book = self.book

        def read() -> bytes:
            with book.session() as session:
                item = session.get(EvidenceItem, item_id)
                if item is None:
                    raise NotFound(
                        QCoreApplication.translate(
                            "Workspace", "That evidence item is no longer in the casebook."
                        )
                    )
                return evidence.read_content(book, item)

        return read

    def content_streamer(self, item_id: str) -> Callable[[Callable[[bytes], object]], int]:
        """Like ``content_reader``, but hands the verified plaintext to ``sink`` chunk by
        chunk (the vault read "export a copy" uses), so a viewer gathers it straight into its
        own memory buffer: one copy held, not three. Returns the number of bytes handed over;
        the SHA-256 is checked after the last chunk, and a mismatch raises."""
        book = self.book

        def stream(sink: Callable[[bytes], object]) -> int:
            with book.session() as session:
                item = session.get(EvidenceItem, item_id)
                if item is None:
                    raise NotFound(
                        QCoreApplication.translate(
                            "Workspace", "That evidence item is no longer in the casebook."
                        )
                    )
                if item.blob is None or item.sha256 is None:
                    raise CasebookError(
                        QCoreApplication.translate(
                            "Workspace", "This evidence item has no stored file."
                        )
                    )
                if (item.size or 0) > evidence.VIEW_IN_MEMORY_LIMIT:
                    raise CasebookError(
                        QCoreApplication.translate(
                            "Workspace",
                            "The file is too large to open here ({size} MiB; the limit is "
                            "{limit} MiB). Export it to a folder of your choice instead.",
                        ).format(
                            size=(item.size or 0) // 2**20,
                            limit=evidence.VIEW_IN_MEMORY_LIMIT // 2**20,
                        )
                    )
                label = f"evidence {item.title!r}"
                total = 0
                for chunk in book.vault.chunks(item.blob.storage_name, label, item.sha256):
                    sink(chunk)
                    total += len(chunk)
                return total

        return stream

    def disclosure_warning(self, item_id: str) -> str | None:
        """Why the consent of a person this item concerns does not cover it going out
        (the one disclosure decision, asked for legal use with any recipient)."""
        item = self.get("evidence", item_id)
        case = self.get("case", item.case_id)
        return decide(self.session, case, "legal_proceedings", None).why_not("evidence", item.id)

    def content_exporter(self, item_id: str, target: Path) -> Callable[[], Path]:
        """A function that writes the original bytes to ``target`` on a worker thread."""
        book = self.book

        def export() -> Path:
            with book.session() as session:
                item = session.get(EvidenceItem, item_id)
                if item is None:
                    raise NotFound(
                        QCoreApplication.translate(
                            "Workspace", "That evidence item is no longer in the casebook."
                        )
                    )
                evidence.export_copy(book, session, item, target, "copy exported by the user")
                session.commit()
            return target

        return export

    # -- changing -----------------------------------------------------------------------------

    def add_case(self, title: str, reference: str) -> Case:
        with self._saving():
            case = cases.add_case(self.session, title, reference)
        self.structure_changed.emit()
        return case

    def add_incident(self, case_id: str, title: str) -> Incident:
        with self._saving():
            incident = records.add_incident(self.session, self.get("case", case_id), title)
        self.structure_changed.emit()
        return incident

    def add_person(self, case_id: str, role: str) -> Person:
        with self._saving():
            person = persons.add_person(self.session, self.get("case", case_id), [role])
        self.structure_changed.emit()
        return person

    def add_testimony(
        self, case_id: str, language: str, witness_id: str | None, title: str = ""
    ) -> Testimony:
        """A draft statement with one empty paragraph and a consent record (nothing agreed)."""
        with self._saving():
            case = self.get("case", case_id)
            witness = self.get("person", witness_id) if witness_id else None
            if witness is None:
                witness = persons.add_person(self.session, case, ["witness"])
            testimony = testimonies.add_testimony(
                self.session,
                case,
                [""],
                witness=witness,
                language=language,
                title=title,
                consent=testimonies.ConsentTerms(),
            )
        self.structure_changed.emit()
        return testimony

    def linkable_evidence(self, case_id: str, limit: int = 1000) -> list[EvidenceItem]:
        """Evidence of a case to offer for linking to an incident (by title, ``limit`` at most)."""
        return list(
            self.session.scalars(
                select(EvidenceItem)
                .where(EvidenceItem.case_id == case_id)
                .order_by(EvidenceItem.title)
                .limit(limit)
            )
        )

    def set_incident_link(self, incident_id: str, kind: str, record_id: str, linked: bool) -> None:
        with self._saving():
            incident = self.get("incident", incident_id)
            records.set_incident_link(self.session, incident, kind, record_id, linked)

    def set_field(self, kind: str, record_id: str, field: str, value: Any) -> Any:
        with self._saving():
            stored = records.update_field(self.session, self.get(kind, record_id), field, value)
        self.changed.emit(kind, record_id)
        return stored

    def set_segments(
        self,
        testimony_id: str,
        texts: list[str],
        restore: list[KeptPassage] | None = None,
    ) -> list[KeptPassage]:
        """Write a statement's passages and return them as stored.

        A passage whose text was there before keeps its Zawgyi original and its redaction
        mark: the core reuses rows by position, so removing paragraph 2 put paragraph 3's
        text into a row without its original. ``restore`` (undo, redo) brings each passage
        back exactly as it was, original included (issue 14).
        """
        with self._saving():
            testimony = self.get("testimony", testimony_id)
            before = kept_passages(testimony)
            wanted_texts = texts if restore is None else [k.text for k in restore]
            testimonies.replace_segments(testimony, wanted_texts)
            after = kept_passages(testimony)
            wanted = restore if restore is not None else carried_over(before, after)
            for segment, kept in zip(testimony.segments, wanted, strict=True):
                segment.original_text = kept.original_text
                segment.original_encoding = kept.original_encoding
                segment.redact = kept.redact
        self.changed.emit("testimony", testimony_id)
        return kept_passages(testimony)

    def consent_of(self, testimony: Testimony) -> Consent:
        if testimony.consent is None:
            with self._saving():
                records.ensure_consent(testimony)
        assert testimony.consent is not None
        return testimony.consent

    def identity_of(self, person: Person) -> PersonIdentity:
        """The person's protected identity record, made empty on first use."""
        if person.identity is None:
            with self._saving():
                person.identity = PersonIdentity()
        assert person.identity is not None
        return person.identity

    def seal(self, testimony_id: str) -> None:
        with self._saving():
            testimonies.seal(self.get("testimony", testimony_id), self.book.actor_id)
        self.changed.emit("testimony", testimony_id)
        self.structure_changed.emit()

    def new_version(self, testimony_id: str) -> Testimony:
        with self._saving():
            successor = testimonies.new_version(self.session, self.get("testimony", testimony_id))
        self.structure_changed.emit()
        return successor
