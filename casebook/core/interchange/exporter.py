"""Writing a case as an interchange document, optionally with its original files."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from ..disclosure.decision import Disclosure, decide
from ..errors import CasebookError
from ..models import Case, EvidenceItem, Incident, Person, Setting, Testimony, User
from ..models.evidence import EVIDENCE_DOCUMENTATION
from ..models.testimony import TESTIMONY_DOCUMENTATION
from ..records.cases import case_by_reference
from ..records.evidence import export_copy
from ..records.persons import CHARACTERISTICS, IDENTITY_FIELDS
from ..store.atomic_write import make_private_folders, write_private
from ..store.casebook import Casebook
from ..store.staging import publish, staged
from ..store.taxonomy_migration import SETTING as TAXONOMY_SETTING
from ..taxonomy import load_taxonomy
from .audit import export_chains, record_keys
from .custody import custody_records, signer_records
from .names import matcher_for, protect_case
from .review import document_ids, export_reviews
from .schema import FORMAT


def _person(person: Person, with_identities: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"id": person.id, "pseudonym": person.pseudonym, "roles": person.roles}
    out.update({k: getattr(person, k) for k in CHARACTERISTICS if getattr(person, k)})
    if with_identities and person.identity is not None:
        out["identity"] = {"id": person.identity.id}
        out["identity"].update({k: getattr(person.identity, k) for k in IDENTITY_FIELDS})
    return out


def _incident(incident: Incident) -> dict[str, Any]:
    return {
        "id": incident.id,
        "title": incident.title,
        "description": incident.description,
        "date": {
            "precision": incident.date_precision,
            "start": incident.date_start,
            "end": incident.date_end,
        },
        "place": {
            "name": incident.place_name,
            "admin_area": incident.admin_area,
            "latitude": incident.latitude,
            "longitude": incident.longitude,
            "precision_m": incident.coordinate_precision_m,
        },
        "person_ids": [p.id for p in incident.persons],
        "testimony_ids": [t.id for t in incident.testimonies],
        "evidence_ids": [e.id for e in incident.evidence],
    }


def _stated(record: Testimony | EvidenceItem, names: Sequence[str]) -> dict[str, Any]:
    """The documentation fields the user stated (schema 0009), and only those: a file of a
    record that states none is as an older Casebook wrote it, and reads there too."""
    return {name: getattr(record, name) for name in names if getattr(record, name)}


def _testimony(t: Testimony, internal: bool) -> dict[str, Any]:
    """``internal``: the team's own export. One for a recipient leaves out the service a
    person was referred to, as a filing does (export/documentation_text.py): it says that
    support was arranged, not where the person receives it."""
    documentation = _stated(t, TESTIMONY_DOCUMENTATION)
    if not internal:
        documentation.pop("support_referral_to", None)
    out: dict[str, Any] = {
        "id": t.id,
        "lineage_id": t.lineage_id,
        "version": t.version,
        "supersedes_id": t.supersedes_id,
        "sealed_at": t.sealed_at.isoformat() if t.sealed_at else None,
        "sealed_by": t.sealed_by,
        "seal_reason": t.seal_reason,
        "title": t.title,
        "witness_id": t.witness_id,
        "interviewer_id": t.interviewer_id,
        "interpreter": t.interpreter,
        "taken_on": t.taken_on,
        "place": t.place,
        "language": t.language,
        **documentation,
        "segments": [
            {
                "id": s.id,
                "position": s.position,
                "text": s.text,
                "original_text": s.original_text,
                "original_encoding": s.original_encoding,
                "redact": s.redact,
            }
            for s in t.segments
        ],
        "consent": None,
    }
    if t.consent is not None:
        c = t.consent
        out["consent"] = {
            "id": c.id,
            "given_by_id": c.given_by_id,
            "given_on": c.given_on,
            "recorded_how": c.recorded_how,
            "legal_proceedings": c.legal_proceedings,
            "jurisdictions": c.jurisdictions,
            "publication": c.publication,
            "follow_up_contact": c.follow_up_contact,
            "withdrawn_on": c.withdrawn_on,
            "withdrawal_note": c.withdrawal_note,
            "notes": c.notes,
        }
        if c.review is not None:
            out["consent"]["review"] = {
                "id": c.review.id,
                "unmatched": c.review.unmatched,
                "note": c.review.note,
                "reviewed_at": c.review.reviewed_at.isoformat() if c.review.reviewed_at else None,
                "reviewed_by": c.review.reviewed_by,
            }
    return out


def _evidence(item: EvidenceItem) -> dict[str, Any]:
    return {
        "id": item.id,
        "lineage_id": item.lineage_id,
        "version": item.version,
        "supersedes_id": item.supersedes_id,
        "sealed_at": item.sealed_at.isoformat() if item.sealed_at else None,
        "sealed_by": item.sealed_by,
        "seal_reason": item.seal_reason,
        "duplicate_of_id": item.duplicate_of_id,
        "kind": item.kind,
        "title": item.title,
        "description": item.description,
        "source": item.source,
        "acquisition_method": item.acquisition_method,
        "collected_by": item.collected_by,
        "collected_at": item.collected_at,
        "collected_place": item.collected_place,
        **_stated(item, EVIDENCE_DOCUMENTATION),
        "url": item.url,
        "captured_at": item.captured_at,
        "original_filename": item.original_filename,
        "sha256": item.sha256,
        **({"blob_id": item.blob_id} if item.blob_id else {}),
        "size": item.size,
        "media_type": item.media_type,
        "metadata": item.extracted_metadata,
        "person_ids": [p.id for p in item.persons],
    }


_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]')


def safe_file_name(name: str, fallback: str) -> str:
    """A file name that is valid on Windows, macOS and Linux and cannot leave its folder."""
    cleaned = _UNSAFE.sub("_", name).strip(" .")
    return cleaned[:200] or fallback


def _unique(folder: Path, name: str, used: set[str]) -> str:
    stem, dot, ext = name.rpartition(".")
    if not dot:
        stem, ext = name, ""
    candidate, n = name, 1
    while candidate.lower() in used or (folder / candidate).exists():
        n += 1
        candidate = f"{stem}-{n}.{ext}" if ext else f"{stem}-{n}"
    used.add(candidate.lower())
    return candidate


def _load_case(session: Session, reference: str) -> Case:
    case = case_by_reference(session, reference)
    return session.scalars(
        select(Case).where(Case.id == case.id).options(selectinload(Case.incidents))
    ).one()


def export_case(
    book: Casebook,
    reference: str,
    files_dir: Path | None = None,
    with_identities: bool = False,
    document_dir: Path | None = None,
    disclosure_for: tuple[str, str | None] | None = None,
    left_out: list[str] | None = None,
) -> dict[str, Any]:
    """The case as a document. With ``files_dir``, the original files are written there and
    each evidence record names its file relative to ``document_dir`` (where the JSON goes).

    With ``disclosure_for`` (use, recipient), the disclosure decision decides: withheld
    statements, exhibits (and their files), incidents, the tags citing them and the
    identities of persons not covered are left out, each named in ``left_out``; such an
    export is for a recipient, so the names of persons whose identity it does not carry are
    replaced by their pseudonyms in its texts (``names``), and its audit chains are stubs.
    """
    with book.session() as session:
        case = _load_case(session, reference)
        persons = session.scalars(
            select(Person).where(Person.case_id == case.id).order_by(Person.pseudonym)
        ).all()
        testimonies = session.scalars(
            select(Testimony)
            .where(Testimony.case_id == case.id)
            .order_by(Testimony.lineage_id, Testimony.version)
        ).all()
        items = session.scalars(
            select(EvidenceItem)
            .where(EvidenceItem.case_id == case.id)
            .order_by(EvidenceItem.created_at)
        ).all()
        incidents = list(case.incidents)
        decision = decide(session, case, *disclosure_for) if disclosure_for else None
        if decision is not None:
            said = left_out if left_out is not None else []
            testimonies = _allowed(decision, "testimony", testimonies, said)
            items = _allowed(decision, "evidence", items, said)
            incidents = _allowed(decision, "incident", incidents, said)
        evidence = [_evidence(item) for item in items]
        shown = {p.id for p in persons if with_identities and _may_name(decision, p, None)}
        hidden = matcher_for(persons, shown) if decision is not None else matcher_for([], set())
        if files_dir is not None:
            _write_files(
                book, session, items, evidence, files_dir, document_dir or Path.cwd(),
                hidden.protect,
            )  # fmt: skip
            session.commit()
        # After the files: their "exported" events belong to the chain the file carries.
        custody_signers = custody_records(session, items, evidence)
        actor = session.get(User, book.actor_id) if book.actor_id else None
        taxonomy = session.get(Setting, TAXONOMY_SETTING)
        document: dict[str, Any] = {
            "format": FORMAT,
            "exported_at": datetime.now(UTC).isoformat(timespec="seconds"),
            "exported_by": actor.display_name if actor else "",
            "taxonomy_version": taxonomy.value if taxonomy else load_taxonomy().version,
            "cases": [
                {
                    "id": case.id,
                    "reference": case.reference,
                    "title": case.title,
                    "situation": case.situation,
                    "summary": case.summary,
                    "status": case.status,
                    "persons": [
                        _person(p, with_identities and _may_name(decision, p, left_out))
                        for p in persons
                    ],
                    "incidents": [_incident(i) for i in incidents],
                    "testimonies": [_testimony(t, decision is None) for t in testimonies],
                    "evidence": evidence,
                }
            ],
        }
        out = document["cases"][0]
        for extend in EXTENSIONS:
            extend(session, case, out)
        if decision is not None:
            _drop_dangling(out)
            if out.pop("patterns", None) and left_out is not None:
                left_out.append(
                    "saved patterns: left out: their counts were made over every incident of "
                    "the case, also those this recipient may not see"
                )
        reviews = export_reviews(session, case.id, document_ids(out))
        if reviews:
            out["review_events"] = reviews
        if decision is not None:
            protect_case(out, hidden, left_out if left_out is not None else [])
        signer_ids = [s["id"] for s in custody_signers]
        signers = signer_records(session, [*signer_ids, *(e["actor_id"] for e in reviews)])
        if signers:
            out["signers"] = signers
        # A recipient gets the chain's continuity, not its content: past values of what
        # the disclosure left out or an edit removed stay here.
        keys = record_keys(session, out) if decision is None else None
        out["audit"] = export_chains(session, book.id, keys)
        return document


def _allowed(decision: Disclosure, kind: str, records: Sequence[Any], said: list[str]) -> list[Any]:
    kept, withheld = decision.sort_out(kind, records)
    said += [f"{kind} {record.id}: left out: {why}" for record, why in withheld]
    return kept


def _may_name(decision: Disclosure | None, person: Person, said: list[str] | None) -> bool:
    if decision is None or person.id not in decision.persons_withheld:
        return True
    if said is not None and person.identity is not None:
        said.append(
            f"identity of {person.pseudonym}: left out: {decision.persons_withheld[person.id]}"
        )
    return False


def _drop_dangling(case: dict[str, Any]) -> None:
    """Links and tags that point at what the decision left out go too."""
    segments = {s["id"] for t in case["testimonies"] for s in t["segments"]}
    testimonies = {t["id"] for t in case["testimonies"]}
    evidence = {e["id"] for e in case["evidence"]}
    incidents = {i["id"] for i in case["incidents"]}
    for record, kept_ids in (
        *((t, testimonies) for t in case["testimonies"]),
        *((e, evidence) for e in case["evidence"]),
    ):
        for key in ("supersedes_id", "duplicate_of_id"):
            if record.get(key) is not None and record[key] not in kept_ids:
                record[key] = None  # an earlier version or a copy the decision left out
    for incident in case["incidents"]:
        incident["testimony_ids"] = [i for i in incident["testimony_ids"] if i in testimonies]
        incident["evidence_ids"] = [i for i in incident["evidence_ids"] if i in evidence]
    kept = {"segment_id": segments, "evidence_id": evidence, "incident_id": incidents}
    if "tags" in case:
        case["tags"] = [
            tag
            for tag in case["tags"]
            if all(tag.get(key) is None or tag[key] in ids for key, ids in kept.items())
        ]
    for charge in case.get("charges", []):
        charge["incident_ids"] = [i for i in charge.get("incident_ids", []) if i in incidents]


def _write_files(
    book: Casebook,
    session: Session,
    items: list[EvidenceItem],
    evidence: list[dict[str, Any]],
    folder: Path,
    document_dir: Path,
    protect: Callable[[str], str],
) -> None:
    """Decrypted originals into a new private folder, built in a registered staging folder.

    An existing folder is refused rather than written into: its own files would be mixed
    with the case's, and a later export could not tell them apart.
    """
    if folder.exists() or folder.is_symlink():
        raise CasebookError(
            "{folder} already exists. The files are written into a new folder: give "
            "a name that does not exist yet, or move that one away.",
            folder=folder,
        )
    try:
        make_private_folders(folder.parent)
    except OSError as exc:
        raise CasebookError(
            "The folder {folder} cannot be created ({strerror}).",
            folder=folder,
            strerror=exc.strerror,
        ) from None
    used: set[str] = set()
    sums = []
    with staged(folder, folder=True) as partial:
        for item, record in zip(items, evidence, strict=True):
            if item.blob is None or item.sha256 is None:
                continue
            fallback = f"{item.id}.bin"
            name = _unique(partial, safe_file_name(protect(item.original_filename), fallback), used)
            export_copy(book, session, item, partial / name, "exported with the case (export-json)")
            relative = os.path.relpath((folder / name).resolve(), document_dir.resolve())
            record["file"] = Path(relative).as_posix()
            sums.append(f"{item.sha256}  {name}")
        write_private(partial / "SHA256SUMS", ("\n".join(sums) + ("\n" if sums else "")).encode())
        publish(partial, folder)


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1024 * 1024):
            digest.update(chunk)
    return digest.hexdigest()


# Later features (tags, charges) add their records to an exported case through these hooks.
EXTENSIONS: list[Any] = []
