"""Reading an interchange document into the casebook: all of it, or nothing.

Problems are collected before anything is written (schema errors with their location,
references to records that are not in the file, ids or references already in use, files
that are missing or do not match their hash), and reported together.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import datetime
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import select
from sqlalchemy.exc import OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

from ..errors import CasebookError, ImportRejected
from ..integrity.custody import record_event
from ..media import proofmode
from ..media.intake_metadata import keep_for_metadata, metadata_at_intake
from ..media.media_type import sniff_media_type
from ..models import (
    Blob,
    Case,
    Consent,
    ConsentReview,
    EvidenceItem,
    Incident,
    Person,
    PersonIdentity,
    Segment,
    Testimony,
)
from ..models.base import new_id
from ..models.evidence import EVIDENCE_DOCUMENTATION
from ..models.testimony import TESTIMONY_DOCUMENTATION
from ..phrase import phrase
from ..records.persons import CHARACTERISTICS, IDENTITY_FIELDS, next_pseudonym
from ..records.records import RULES
from ..store.casebook import Casebook
from ..store.vault import StoredContent
from ..taxonomy.recipients import checked_codes, recipient_problem
from ..text import json_input
from ..text.calendar_dates import date_problem, moment_problem, range_problem
from ..text.text_input import clean, clean_text
from .audit import audit_problems, store_chains
from .custody import add_events, add_signers, custody_problems, signer_keys
from .review import add_reviews, review_problems
from .schema import schema_problems

MAX_DOCUMENT_BYTES = 512 * 1024 * 1024


def import_file(book: Casebook, path: Path) -> str:
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise CasebookError("The file {path} does not exist. Check the path.", path=path) from None
    if size > MAX_DOCUMENT_BYTES:
        raise ImportRejected(
            "{name} is {size} MiB; interchange documents over {limit} MiB are "
            "refused. Split the export by case.",
            name=path.name,
            size=size // 2**20,
            limit=MAX_DOCUMENT_BYTES // 2**20,
        )
    try:
        document = json_input.loads(path.read_bytes().decode("utf-8"))
    except json_input.JsonInputError as exc:
        raise _unreadable(exc) from None
    except UnicodeDecodeError:
        raise ImportRejected(
            "{name} is not UTF-8 text; nothing was imported.", name=path.name
        ) from None
    except json.JSONDecodeError as exc:
        raise ImportRejected(
            "{name} is not valid JSON (line {lineno}, column {colno}: {msg}); "
            "nothing was imported.",
            name=path.name,
            lineno=exc.lineno,
            colno=exc.colno,
            msg=exc.msg,
        ) from None
    return import_document(book, document, path.parent)


def _unreadable(error: json_input.JsonInputError) -> ImportRejected:
    return ImportRejected(
        "The file holds a value Casebook does not read; nothing was imported:",
        [f"{json_input.pointer(error.path)}: {error.problem}"],
    )


def import_document(book: Casebook, document: Any, base_dir: Path) -> str:
    try:
        json_input.check_tree(document)
    except json_input.JsonInputError as exc:
        raise _unreadable(exc) from None
    problems = schema_problems(document)
    if problems:
        raise ImportRejected(
            "The file does not follow the interchange format; nothing was imported:", problems
        )
    problems = value_problems(document)
    if problems:
        raise ImportRejected(
            "The file holds dates that do not exist, ranges that end before they start, or "
            "consent recipients that are not codes of Casebook's list of states and bodies; "
            "nothing was imported. Correct them and import again:",
            problems,
        )
    with book.session() as session:
        problems = _reference_problems(session, document, base_dir, book.id)
        if problems:
            raise ImportRejected(
                "The file cannot be imported as it is; nothing was imported:", problems
            )
        stored: list[StoredContent] = []
        try:
            counts = _write(book, session, document, base_dir, stored)
            session.commit()
        except BaseException as exc:
            session.rollback()
            for content in stored:
                book.vault.discard(content.storage_name)
            if isinstance(exc, SQLAlchemyError) and not isinstance(exc, OperationalError):
                # Its text carries the SQL parameters, which are case data: never shown.
                raise ImportRejected(
                    "The casebook's database refused a record of this file ({kind}); nothing "
                    "was imported. Check the file against the interchange format, or report "
                    "this with the file's format version.",
                    kind=type(exc).__name__,
                ) from None
            raise
    converted = counts.pop("converted")
    parts = ", ".join(f"{n} {what}" for what, n in counts.items() if n)
    note = ""
    if converted:
        note = (
            f" {converted} Burmese passage(s) were in the legacy Zawgyi encoding and were "
            "converted to Unicode; the original text is kept beside each."
        )
    return f"Imported {parts}.{note}"


# Where each checked date sits in a case: (list key, path inside a record, kind).
_DATES: tuple[tuple[str, tuple[str, ...], str], ...] = (
    ("incidents", ("date", "start"), "date"),
    ("incidents", ("date", "end"), "date"),
    ("testimonies", ("taken_on",), "date"),
    ("testimonies", ("sealed_at",), "moment"),
    ("testimonies", ("consent", "given_on"), "date"),
    ("testimonies", ("consent", "withdrawn_on"), "date"),
    ("evidence", ("collected_at",), "date"),
    ("evidence", ("captured_at",), "date"),
    ("evidence", ("sealed_at",), "moment"),
    ("testimonies", ("consent", "review", "reviewed_at"), "moment"),
)
# Pairs whose second may not be before the first: an incident's range, and consent, which
# cannot be withdrawn before it was given.
_RANGES = (
    ("incidents", ("date",), "start", "end"),
    ("testimonies", ("consent",), "given_on", "withdrawn_on"),
)


def _at(record: Any, keys: tuple[str, ...]) -> Any:
    for key in keys:
        record = record.get(key) if isinstance(record, dict) else None
    return record


def recipient_problems(case: dict[str, Any], where: str) -> list[str]:
    """Consent recipients that are not codes of Casebook's list ("Germany" is refused
    with the code DE to use instead), with their locations."""
    problems = []
    for i, testimony in enumerate(case.get("testimonies", [])):
        consent = testimony.get("consent") if isinstance(testimony, dict) else None
        values = consent.get("jurisdictions") if isinstance(consent, dict) else None
        for j, value in enumerate(values if isinstance(values, list) else []):
            problem = recipient_problem(value)
            if problem is not None:
                problems.append(
                    phrase(
                        "{where}/testimonies/{i}/consent/jurisdictions/{j}: {problem}",
                        where=where,
                        i=i,
                        j=j,
                        problem=problem,
                    )
                )
    return problems


def value_problems(document: dict[str, Any]) -> list[str]:
    """Dates that are not calendar dates, ranges out of order, and consent recipients not
    in the controlled list, with their locations."""
    problems: list[str] = []
    for ci, case in enumerate(document["cases"]):
        problems.extend(recipient_problems(case, f"/cases/{ci}"))
        for key, keys, kind in _DATES:
            for i, record in enumerate(case.get(key, [])):
                value = _at(record, keys)
                if value is None:
                    continue
                check = moment_problem if kind == "moment" else date_problem
                problem = check(value)
                if problem is not None:
                    problems.append(
                        phrase(
                            "/cases/{ci}/{key}/{i}/{path}: {problem}",
                            ci=ci,
                            key=key,
                            i=i,
                            path="/".join(keys),
                            problem=problem,
                        )
                    )
        for key, keys, first, second in _RANGES:
            for i, record in enumerate(case.get(key, [])):
                holder = _at(record, keys)
                if isinstance(holder, dict):
                    problem = range_problem(holder.get(first), holder.get(second))
                    if problem is not None:
                        where = f"/cases/{ci}/{key}/{i}/{'/'.join(keys)}/{second}"
                        problems.append(phrase("{where}: {problem}", where=where, problem=problem))
    return problems


def _file_path(base_dir: Path, relative: str) -> Path | None:
    """The file inside ``base_dir``, or ``None`` when the path could lead out of it.

    No absolute path, no drive, no ``..``, and no symbolic link on the way: a file that
    names ``../x`` or a link to elsewhere must not be read into the casebook.
    """
    pure = PurePosixPath(relative)
    if (
        pure.is_absolute()
        or relative[1:2] == ":"
        or "\\" in relative
        or "\x00" in relative
        or any(part == ".." for part in pure.parts)
    ):
        return None
    try:
        root = base_dir.resolve(strict=True)
        step = root
        for part in pure.parts:
            step = step / part
            if step.is_symlink():
                return None
        if not step.resolve(strict=False).is_relative_to(root):
            return None
    except (OSError, RuntimeError, ValueError):
        return None
    return step


def _reference_problems(
    session: Session, document: dict[str, Any], base_dir: Path, own_id: str
) -> list[str]:
    problems: list[str] = []
    seen_ids: set[str] = set()
    seen_refs: set[str] = set()
    for ci, case in enumerate(document["cases"]):
        where = f"/cases/{ci}"
        if case["reference"] in seen_refs or session.scalar(
            select(Case.id).where(Case.reference == case["reference"])
        ):
            problems.append(
                phrase("{where}/reference: a case with this reference already exists", where=where)
            )
        seen_refs.add(case["reference"])
        local: dict[str, set[str]] = {"person": set(), "testimony": set(), "evidence": set()}
        for kind, key, model in (
            ("person", "persons", Person),
            ("incident", "incidents", Incident),
            ("testimony", "testimonies", Testimony),
            ("evidence", "evidence", EvidenceItem),
        ):
            for i, record in enumerate(case.get(key, [])):
                rid = record["id"]
                if rid in seen_ids or session.get(model, rid) is not None:
                    problems.append(
                        phrase(
                            "{where}/{key}/{i}/id: this id is already in use",
                            where=where,
                            key=key,
                            i=i,
                        )
                    )
                seen_ids.add(rid)
                local.setdefault(kind, set()).add(rid)
        pseudonyms = [p.get("pseudonym") for p in case.get("persons", []) if p.get("pseudonym")]
        for dup in sorted({p for p in pseudonyms if pseudonyms.count(p) > 1}):
            problems.append(
                phrase("{where}/persons: the pseudonym {dup} is used twice", where=where, dup=dup)
            )

        def ref(
            path: str, value: str | None, kind: str, local: dict[str, set[str]] = local
        ) -> None:
            if value is not None and value not in local[kind]:
                problems.append(
                    phrase(
                        "{path}: refers to a {kind} that is not in this case", path=path, kind=kind
                    )
                )

        for i, t in enumerate(case.get("testimonies", [])):
            ref(f"{where}/testimonies/{i}/witness_id", t.get("witness_id"), "person")
            ref(f"{where}/testimonies/{i}/interviewer_id", t.get("interviewer_id"), "person")
            ref(f"{where}/testimonies/{i}/supersedes_id", t.get("supersedes_id"), "testimony")
            for key, model in (("consent", Consent), ("review", ConsentReview)):
                holder = t.get("consent") or {}
                record = holder if key == "consent" else holder.get("review") or {}
                rid = record.get("id")
                if rid is not None and (rid in seen_ids or session.get(model, rid) is not None):
                    path = "consent" if key == "consent" else "consent/review"
                    problems.append(
                        phrase(
                            "{where}/testimonies/{i}/{path}/id: this id is already in use",
                            where=where,
                            i=i,
                            path=path,
                        )
                    )
                if rid is not None:
                    seen_ids.add(rid)
            if t.get("consent"):
                ref(
                    f"{where}/testimonies/{i}/consent/given_by_id",
                    t["consent"].get("given_by_id"),
                    "person",
                )
            positions = [s.get("position", n) for n, s in enumerate(t["segments"], start=1)]
            if len(set(positions)) != len(positions):
                problems.append(
                    phrase(
                        "{where}/testimonies/{i}/segments: two segments share a position",
                        where=where,
                        i=i,
                    )
                )
            for j, seg in enumerate(t["segments"]):
                if "id" not in seg:
                    continue
                if seg["id"] in seen_ids or session.get(Segment, seg["id"]) is not None:
                    problems.append(
                        phrase(
                            "{where}/testimonies/{i}/segments/{j}/id: already in use",
                            where=where,
                            i=i,
                            j=j,
                        )
                    )
                seen_ids.add(seg["id"])
        for i, inc in enumerate(case.get("incidents", [])):
            for field, kind in (
                ("person_ids", "person"),
                ("testimony_ids", "testimony"),
                ("evidence_ids", "evidence"),
            ):
                for j, value in enumerate(inc.get(field, [])):
                    ref(f"{where}/incidents/{i}/{field}/{j}", value, kind)
        for i, ev in enumerate(case.get("evidence", [])):
            for j, value in enumerate(ev.get("person_ids", [])):
                ref(f"{where}/evidence/{i}/person_ids/{j}", value, "person")
            ref(f"{where}/evidence/{i}/supersedes_id", ev.get("supersedes_id"), "evidence")
            ref(f"{where}/evidence/{i}/duplicate_of_id", ev.get("duplicate_of_id"), "evidence")
            if "file" in ev:
                path = _file_path(base_dir, ev["file"])
                if path is None:
                    problems.append(
                        phrase(
                            "{where}/evidence/{i}/file: must be a path inside the JSON file's "
                            "folder, relative to it, with no '..' and no symbolic link",
                            where=where,
                            i=i,
                        )
                    )
                elif not path.is_file():
                    problems.append(
                        phrase(
                            "{where}/evidence/{i}/file: there is no file at this path beside the "
                            "JSON file",
                            where=where,
                            i=i,
                        )
                    )
                elif not ev.get("sha256"):
                    problems.append(
                        phrase(
                            "{where}/evidence/{i}/sha256: a file needs its SHA-256 to be checked",
                            where=where,
                            i=i,
                        )
                    )
        problems.extend(custody_problems(session, case, where))
        problems.extend(review_problems(session, case, where, signer_keys(case)))
        problems.extend(audit_problems(session, case, where, own_id))
        for check in CHECKS:
            problems.extend(check(session, case, where))
    return problems


def _date(value: str | None) -> datetime | None:
    """A seal's time, already checked by ``value_problems`` to carry its UTC offset."""
    return datetime.fromisoformat(value.replace("Z", "+00:00")) if value else None


def _write(
    book: Casebook,
    session: Session,
    document: dict[str, Any],
    base_dir: Path,
    stored: list[StoredContent],
) -> dict[str, int]:
    counts = {
        "cases": 0,
        "persons": 0,
        "incidents": 0,
        "testimonies": 0,
        "evidence items": 0,
        "files": 0,
        "review events": 0,
        "converted": 0,
    }
    for ci, data in enumerate(document["cases"]):
        case = Case(
            reference=clean(data["reference"]).strip(),
            title=clean(data["title"]),
            situation=clean(data.get("situation", "")),
            summary=clean(data.get("summary", "")),
            status=data.get("status", "open"),
        )
        if "id" in data:
            case.id = data["id"]
        session.add(case)
        session.flush()
        counts["cases"] += 1
        # Persons with a pseudonym first, so the automatic ones are numbered after them.
        ordered = sorted(data.get("persons", []), key=lambda p: "pseudonym" not in p)
        persons = {p["id"]: _person(session, case, p) for p in ordered}
        counts["persons"] += len(persons)
        testimonies = {t["id"]: _testimony(case, t) for t in data.get("testimonies", [])}
        session.add_all(testimonies.values())
        counts["testimonies"] += len(testimonies)
        counts["converted"] += sum(
            1 for t in testimonies.values() for s in t.segments if s.original_encoding == "zawgyi"
        )
        add_signers(session, data)
        # Other casebooks' histories first: the 'received' events name the heads that came.
        received = {"interchange_format": document["format"]}
        heads = store_chains(session, data, book.id, new_id())
        if heads:
            received["audit_heads"] = heads
        items: dict[str, EvidenceItem] = {}
        for ei, ev in enumerate(data.get("evidence", [])):
            where = f"/cases/{ci}/evidence/{ei}"
            items[ev["id"]] = _evidence(
                book, session, case, ev, base_dir, stored, where, persons, received
            )
            counts["files"] += 1 if "file" in ev else 0
        counts["evidence items"] += len(items)
        for inc in data.get("incidents", []):
            session.add(_incident(case, inc, persons, testimonies, items))
            counts["incidents"] += 1
        session.flush()
        for extend in EXTENSIONS:
            extend(session, case, data)
        counts["review events"] += add_reviews(session, case.id, data)
    return counts


def _person(session: Session, case: Case, data: dict[str, Any]) -> Person:
    person = Person(
        id=data["id"],
        case_id=case.id,
        roles=data["roles"],
        pseudonym=data.get("pseudonym") or next_pseudonym(session, case.id, data["roles"][0]),
        **{k: clean(data.get(k, "")) for k in CHARACTERISTICS},
    )
    session.add(person)
    if "identity" in data:
        person.identity = PersonIdentity(
            **({"id": data["identity"]["id"]} if "id" in data["identity"] else {}),
            **{k: clean(data["identity"].get(k, "")) for k in IDENTITY_FIELDS},
        )
    session.flush()
    return person


def _version_and_seal(data: dict[str, Any]) -> dict[str, Any]:
    """The version chain and seal a testimony or evidence item arrives with."""
    return {
        "lineage_id": data.get("lineage_id") or data["id"],
        "version": data.get("version", 1),
        "supersedes_id": data.get("supersedes_id"),
        "sealed_at": _date(data.get("sealed_at")),
        "sealed_by": data.get("sealed_by"),
        "seal_reason": data.get("seal_reason", ""),
    }


def _documentation(model: type, data: dict[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """Documentation fields (schema 0009; the schema checked the choices): text cleaned, a
    field the file leaves out empty, as it is in a file written before them."""
    rules = RULES[model]
    out: dict[str, Any] = {}
    for name in names:
        value = data.get(name)
        if rules[name].kind == "choice":
            out[name] = value or None
        else:
            out[name] = clean(value) if isinstance(value, str) else ""
    return out


def _testimony(case: Case, data: dict[str, Any]) -> Testimony:
    segments = []
    for n, s in enumerate(data["segments"], start=1):
        cleaned = clean_text(s["text"])
        segments.append(
            Segment(
                **({"id": s["id"]} if "id" in s else {}),
                position=s.get("position", n),
                text=cleaned.text,
                original_text=s.get("original_text") or cleaned.original,
                original_encoding=s.get("original_encoding") or cleaned.original_encoding,
                redact=s.get("redact", False),
            )
        )
    testimony = Testimony(
        id=data["id"],
        **_version_and_seal(data),
        case_id=case.id,
        title=clean(data.get("title", "")),
        witness_id=data.get("witness_id"),
        interviewer_id=data.get("interviewer_id"),
        interpreter=clean(data.get("interpreter", "")),
        taken_on=data.get("taken_on"),
        place=clean(data.get("place", "")),
        language=data.get("language", ""),
        **_documentation(Testimony, data, TESTIMONY_DOCUMENTATION),
        segments=segments,
    )
    consent = data.get("consent")
    if consent:
        testimony.consent = Consent(
            **({"id": consent["id"]} if "id" in consent else {}),
            given_by_id=consent.get("given_by_id"),
            given_on=consent.get("given_on"),
            recorded_how=consent.get("recorded_how", "not_recorded"),
            legal_proceedings=consent.get("legal_proceedings", False),
            jurisdictions=checked_codes(consent.get("jurisdictions", [])),
            publication=consent.get("publication", False),
            follow_up_contact=consent.get("follow_up_contact", False),
            withdrawn_on=consent.get("withdrawn_on"),
            withdrawal_note=clean(consent.get("withdrawal_note", "")),
            notes=clean(consent.get("notes", "")),
        )
        review = consent.get("review")
        if review:
            testimony.consent.review = ConsentReview(
                **({"id": review["id"]} if "id" in review else {}),
                unmatched=[clean(value) for value in review["unmatched"]],
                note=clean(review.get("note", "")),
                reviewed_at=_date(review.get("reviewed_at")),
                reviewed_by=review.get("reviewed_by"),
            )
    return testimony


def _evidence(
    book: Casebook,
    session: Session,
    case: Case,
    data: dict[str, Any],
    base_dir: Path,
    stored: list[StoredContent],
    where: str,
    persons: dict[str, Person],
    received: dict[str, Any],
) -> EvidenceItem:
    item = EvidenceItem(
        id=data["id"],
        **_version_and_seal(data),
        duplicate_of_id=data.get("duplicate_of_id"),
        case_id=case.id,
        kind=data.get("kind", "other"),
        title=clean(data["title"]),
        description=clean(data.get("description", "")),
        source=clean(data.get("source", "")),
        acquisition_method=clean(data.get("acquisition_method", "")),
        collected_by=clean(data.get("collected_by", "")),
        collected_at=data.get("collected_at"),
        collected_place=clean(data.get("collected_place", "")),
        **_documentation(EvidenceItem, data, EVIDENCE_DOCUMENTATION),
        url=data.get("url", ""),
        captured_at=data.get("captured_at"),
        original_filename=clean(data.get("original_filename", "")),
        sha256=data.get("sha256"),
        size=data.get("size"),
        media_type=data.get("media_type", ""),
        extracted_metadata=data.get("metadata", {}),
        # Before the first flush: a sealed item cannot be changed after it.
        persons=[persons[i] for i in data.get("person_ids", [])],
    )
    if "file" in data:
        path = _file_path(base_dir, data["file"])
        assert path is not None  # checked before writing began
        content = book.vault.store_file(path, keep=keep_for_metadata)
        stored.append(content)
        if content.sha256 != data["sha256"]:
            raise ImportRejected(
                "A file does not match the SHA-256 its record declares; nothing was imported:",
                [f"{where}/file: the file's content differs from {where}/sha256"],
            )
        existing = session.scalar(select(Blob).where(Blob.sha256 == content.sha256))
        if existing is not None:
            book.vault.discard(content.storage_name)
            stored.remove(content)
            item.blob = existing
        else:
            blob_id = data.get("blob_id")
            item.blob = Blob(
                **({"id": blob_id} if blob_id and session.get(Blob, blob_id) is None else {}),
                sha256=content.sha256,
                size=content.size,
                media_type=sniff_media_type(content.head),
                storage_name=content.storage_name,
            )
        item.size = content.size
        item.media_type = item.media_type or item.blob.media_type
        # Read from the file as add-evidence reads it; the document's "metadata" is kept
        # only for records without a file.
        item.extracted_metadata = metadata_at_intake(
            content.head, content.plaintext, content.size, sniff_media_type(content.head)
        )
        # A ProofMode proof is not in the file: kept as declared, its hash check redone.
        declared = proofmode.as_declared(data.get("metadata", {}).get("proofmode"), content.sha256)
        if declared is not None:
            item.extracted_metadata["proofmode"] = declared
    session.add(item)
    session.flush()
    # The chain from the field, as signed elsewhere; then this casebook's own event.
    carried = add_events(session, item, data.get("custody", []))
    if item.blob is not None and book.actor_id:
        details: dict[str, Any] = {"file": data["file"], "sha256": item.sha256, **received}
        if carried:
            details["custody_events_carried"] = carried
        record_event(
            session, item, "received", book.actor_id, reason="imported from an interchange file",
            details=details,
        )  # fmt: skip
    return item


def _incident(
    case: Case,
    data: dict[str, Any],
    persons: dict[str, Person],
    testimonies: dict[str, Testimony],
    items: dict[str, EvidenceItem],
) -> Incident:
    date = data.get("date", {})
    place = data.get("place", {})
    return Incident(
        id=data["id"],
        case_id=case.id,
        title=clean(data["title"]),
        description=clean(data.get("description", "")),
        date_precision=date.get("precision", "unknown"),
        date_start=date.get("start"),
        date_end=date.get("end"),
        place_name=clean(place.get("name", "")),
        admin_area=clean(place.get("admin_area", "")),
        latitude=place.get("latitude"),
        longitude=place.get("longitude"),
        coordinate_precision_m=place.get("precision_m"),
        persons=[persons[i] for i in data.get("person_ids", [])],
        testimonies=[testimonies[i] for i in data.get("testimony_ids", [])],
        evidence=[items[i] for i in data.get("evidence_ids", [])],
    )


# Later features (tags, charges) read their part of an imported case through these hooks.
EXTENSIONS: list[Callable[[Session, Case, dict[str, Any]], None]] = []
# ...and check it first (session, case data, its JSON location): problems, nothing written.
CHECKS: list[Callable[[Session, dict[str, Any], str], list[str]]] = []
