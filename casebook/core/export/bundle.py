"""Writing a complaint bundle: complaint.pdf, exhibits/, a signed manifest, the exporter's key.

Everything is written into ``<name>.partial`` inside the folder the user chose and renamed
to ``<name>`` only when complete, so a failure (a damaged blob, a full disk, a missing
font) leaves nothing half-written. Exhibits are decrypted only into that folder, hashed as
they are written and checked against the hash recorded at intake. Each exported exhibit
gets an "exported" custody event, committed only once the bundle exists.
"""

from __future__ import annotations

import contextlib
import errno
import os
import re
import shutil
import threading
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyrage

from ..errors import BlobIntegrityError, CasebookError, StorageFull
from ..integrity.custody import record_event
from ..integrity.signing import encode_public_key, fingerprint, sign_bytes
from ..models import EvidenceItem, User
from ..store.atomic_write import fsync_dir
from ..store.casebook import Casebook
from .annexes import ExhibitFile, consent_text
from .complaint_pdf import ComplaintBuilder
from .exhibit_pages import exhibit_form, image_problem, pdf_page_count
from .fonts import FontBook
from .legal_frame import legal_frame
from .manifest import (
    COMPLAINT,
    EXHIBITS_DIR,
    FORMAT,
    KEY_FILE,
    MANIFEST,
    SIGNATURE,
    hash_file,
    key_file_text,
    manifest_bytes,
)
from .plan import ExportPlan, ExportRequest, plan_export
from .sealed_annex import ANNEX_FILE, sealed_annex

# progress(what is being done, steps done, steps in all): for a progress bar and its label.
Progress = Callable[[str, int, int], None]
STATEMENTS_DIR = "statements"
_UNSAFE = re.compile(r'[\x00-\x1f<>:"/\\|?*]')


class ExportFailed(CasebookError):
    """The bundle could not be written; nothing was left behind."""


class ExportCancelled(CasebookError):
    def __init__(self) -> None:
        super().__init__("The export was cancelled; nothing was written and nothing recorded.")


@dataclass(frozen=True)
class BundleResult:
    path: Path  # the bundle folder, or the .zip / .age file when only that was kept
    folder: Path | None
    zip_path: Path | None
    age_path: Path | None
    pages: int
    exhibits: int
    plan: ExportPlan


def safe_name(name: str, fallback: str) -> str:
    """A file name valid on Windows, macOS and Linux that cannot leave its folder."""
    cleaned = _UNSAFE.sub("_", name).strip(" .")
    return cleaned[:120] or fallback


def _exhibit_file_name(n: int, item: EvidenceItem, plan: ExportPlan) -> str:
    original = plan.protect(item.original_filename or item.title or "exhibit")
    stem, dot, ext = original.rpartition(".")
    ext = ext if dot and 0 < len(ext) <= 8 else ""
    base = safe_name(stem if dot else original, "exhibit")[:80]
    return f"{n:03d}-{base}" + (f".{safe_name(ext, 'bin')}" if ext else "")


def _disk_error(exc: OSError) -> CasebookError:
    if exc.errno == errno.ENOSPC:
        return StorageFull()
    return ExportFailed(
        f"Writing the bundle failed ({exc.strerror or exc}). Nothing was kept; check that the "
        "folder is writable and try again."
    )


def _write_exhibit(book: Casebook, item: EvidenceItem, target: Path) -> tuple[str, int]:
    """Decrypt into the bundle, hashing while writing; the vault checks the intake hash."""
    assert item.blob is not None and item.sha256 is not None
    import hashlib

    digest, size = hashlib.sha256(), 0
    with target.open("xb") as out:
        for chunk in book.vault.chunks(
            item.blob.storage_name, f"evidence {item.title!r}", item.sha256
        ):
            digest.update(chunk)
            size += len(chunk)
            out.write(chunk)
        out.flush()
        os.fsync(out.fileno())
    if digest.hexdigest() != item.sha256 or (item.size is not None and size != item.size):
        raise BlobIntegrityError(
            f"Evidence {item.title!r} did not come out of the vault as it went in; the bundle "
            "was not written. Run `casebook verify` on the casebook."
        )
    return digest.hexdigest(), size


def _recipient(text: str) -> object:
    try:
        return pyrage.x25519.Recipient.from_str(text.strip())
    except Exception:
        raise CasebookError(
            "The age recipient is not valid. It is a public key starting with 'age1'; ask the "
            "recipient for it again."
        ) from None


def statement_texts(plan: ExportPlan) -> dict[str, str]:
    """Each included statement as UTF-8 text, paragraph by paragraph as the PDF cites it.

    The PDF's text layer cannot always give back the exact letters of a shaped script
    (Burmese vowel signs come out in visual order), so the exact text travels beside it,
    redacted and by pseudonym like the PDF, and covered by the signed manifest.
    """
    s = plan.strings
    out = {}
    for statement in plan.statements:
        t = statement.testimony
        lines = [
            s("statement_heading", pseudonym=statement.who),
            s(
                "statement_meta",
                date=t.taken_on or "—",
                language=t.language or "—",
                place=plan.protect(t.place) or "—",
            ),
            f"{s('consent_summary')}: {consent_text(t, s)}",
            "",
        ]
        for segment in t.segments:
            lines.append(f"{segment.position}. {plan.segment_text(segment)}")
        name = safe_name(statement.who.replace(" ", "-"), "statement")
        out[f"{STATEMENTS_DIR}/{name}.txt"] = "\n".join(lines) + "\n"
    return out


def check_fonts(plan: ExportPlan) -> None:
    """Raise ``MissingFontError`` before anything is written if a script has no font."""
    fonts = FontBook()
    for text in plan.texts():
        fonts.require(text)


def export_bundle(
    book: Casebook,
    request: ExportRequest,
    out_dir: Path,
    make_zip: bool = False,
    encrypt_to: str | None = None,
    progress: Progress | None = None,
    now: datetime | None = None,
    cancel: threading.Event | None = None,
) -> BundleResult:
    """Plan, then write the bundle into ``out_dir``. Returns where it is.

    ``cancel`` is checked between steps (a GUI's Cancel button); a cancelled export leaves
    nothing behind, like a failed one.
    """
    report = progress or (lambda _message, _done, _total: None)
    steps = [0, 1]

    def say(message: str) -> None:
        if cancel is not None and cancel.is_set():
            raise ExportCancelled()
        report(message, steps[0], steps[1])
        steps[0] += 1

    exported_at = (now or datetime.now(UTC)).replace(microsecond=0)
    recipient = _recipient(encrypt_to) if encrypt_to else None
    if request.sealed_to:
        _recipient(request.sealed_to)  # refuse a bad key before anything is written
    with book.session() as session:
        plan = plan_export(session, request)
        check_fonts(plan)
        steps[1] = len(plan.exhibits) + 4
        exporter = session.get(User, book.actor_id) if book.actor_id else None
        if exporter is None or exporter.signing_private_key is None:
            raise CasebookError(
                "The bundle is signed with the exporting user's key, and this user has none in "
                "this casebook. Open the casebook as the user who exports."
            )
        stamp = exported_at.strftime("%Y%m%dT%H%M%SZ")
        name = safe_name(f"{plan.case.reference}-complaint-{request.edition}-{stamp}", "bundle")
        out_dir = Path(out_dir)
        if out_dir.resolve().is_relative_to(book.folder.resolve()):
            raise ExportFailed(
                "Choose a folder outside the casebook for the bundle: it holds decrypted files, "
                "which must not sit beside the encrypted casebook."
            )
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _disk_error(exc) from None
        final = out_dir / name
        partial = out_dir / f"{name}.partial"
        for existing in (final, partial, out_dir / f"{name}.zip", out_dir / f"{name}.age"):
            if existing.exists():
                raise ExportFailed(
                    f"{existing} already exists. Move it away or choose another folder."
                )
        try:
            partial.mkdir(mode=0o700)
            result = _write(book, session, plan, exporter, partial, name, exported_at, say)
            _finish_files(partial)
            os.replace(partial, final)
            fsync_dir(out_dir)
        except OSError as exc:
            session.rollback()
            shutil.rmtree(partial, ignore_errors=True)
            raise _disk_error(exc) from None
        except BaseException:
            session.rollback()
            shutil.rmtree(partial, ignore_errors=True)
            raise
        zip_path = age_path = None
        try:
            if make_zip or recipient is not None:
                say("Packing the bundle into a zip file")
                zip_path = _zip(final, out_dir / f"{name}.zip")
            if recipient is not None:
                say("Encrypting the bundle to the recipient")
                assert zip_path is not None
                age_path = _encrypt(zip_path, out_dir / f"{name}.age", recipient)
                zip_path.unlink()
                shutil.rmtree(final)
                zip_path = None
            say("Recording the export in the chain of custody")
            session.commit()
        except BaseException as exc:
            session.rollback()
            for leftover in (
                zip_path,
                age_path,
                out_dir / f"{name}.zip.partial",
                out_dir / f"{name}.age.partial",
            ):
                if leftover is not None:
                    with contextlib.suppress(OSError):
                        leftover.unlink()
            shutil.rmtree(final, ignore_errors=True)
            if isinstance(exc, OSError):
                raise _disk_error(exc) from None
            raise
    folder = final if final.exists() else None
    return BundleResult(
        path=age_path or folder or zip_path or final,
        folder=folder,
        zip_path=zip_path,
        age_path=age_path,
        pages=result[0],
        exhibits=result[1],
        plan=plan,
    )


def _write(
    book: Casebook,
    session: object,
    plan: ExportPlan,
    exporter: User,
    folder: Path,
    name: str,
    exported_at: datetime,
    say: Progress,
) -> tuple[int, int]:
    (folder / EXHIBITS_DIR).mkdir(mode=0o700)
    entries: dict[str, dict[str, object]] = {}
    files: list[ExhibitFile] = []
    for item in plan.exhibits:
        n = plan.exhibit_number(item)
        if item.blob is None or item.sha256 is None:
            files.append(ExhibitFile(n, item, None, None, "file"))
            continue
        say(f"Writing exhibit {n} of {len(plan.exhibits)}")
        relative = f"{EXHIBITS_DIR}/{_exhibit_file_name(n, item, plan)}"
        path = folder / relative
        sha256, size = _write_exhibit(book, item, path)
        entries[relative] = {
            "path": relative,
            "sha256": sha256,
            "size": size,
            "exhibit": n,
            "title": plan.protect(item.title),
        }
        form = exhibit_form(item.media_type or "", item.kind)
        pages, problem = 0, None
        if form == "image":
            problem = image_problem(path)
        elif form == "pdf":
            counted = pdf_page_count(path)
            if isinstance(counted, str):
                problem = counted
            else:
                pages = counted
        files.append(ExhibitFile(n, item, relative, path, form, pages, problem))
        record_event(
            session,  # type: ignore[arg-type]
            item,
            "exported",
            exporter.id,
            reason=(
                f"exported as exhibit {n} of complaint bundle {name} for "
                f"{plan.addressee.short} ({plan.edition} edition)"
            ),
            details={"bundle": name, "exhibit": n, "file": relative, "sha256": sha256},
            at=exported_at,
        )
    for relative, text in statement_texts(plan).items():
        path = folder / relative
        path.parent.mkdir(mode=0o700, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        sha256, size = hash_file(path)
        entries[relative] = {"path": relative, "sha256": sha256, "size": size}
    say("Typesetting the complaint")
    builder = ComplaintBuilder(
        session,
        plan,
        files,
        exported_at,
        exporter.display_name,  # type: ignore[arg-type]
    )
    pages = builder.build(folder / COMPLAINT)
    if plan.sealed_persons:
        say("Sealing the identity annex")
        sealed = sealed_annex(
            plan.sealed_persons,
            plan.case.reference,
            plan.strings,
            _recipient(plan.request.sealed_to or ""),
        )
        (folder / ANNEX_FILE).write_bytes(sealed)
        sha256, size = hash_file(folder / ANNEX_FILE)
        entries[ANNEX_FILE] = {"path": ANNEX_FILE, "sha256": sha256, "size": size}
    key_text = key_file_text(exporter.display_name, exporter.signing_public_key)
    (folder / KEY_FILE).write_text(key_text, encoding="utf-8")
    for fixed in (COMPLAINT, KEY_FILE):
        sha256, size = hash_file(folder / fixed)
        entries[fixed] = {"path": fixed, "sha256": sha256, "size": size}
    manifest = {
        "format": FORMAT,
        "bundle": name,
        "case_reference": plan.case.reference,
        "edition": plan.edition,
        "addressee": plan.addressee.key,
        "jurisdiction": plan.addressee.jurisdiction,
        "language": plan.strings.language,
        "exported_at": exported_at.isoformat().replace("+00:00", "Z"),
        "exporter": {
            "name": exporter.display_name,
            "user_id": exporter.id,
            "algorithm": "Ed25519",
            "public_key": encode_public_key(exporter.signing_public_key),
            "fingerprint": fingerprint(exporter.signing_public_key),
        },
        "taxonomy_version": legal_frame().version,
        "charges": [c.id for c in plan.charges],
        "complaint_pages": pages,
        "files": [entries[k] for k in sorted(entries)],
    }
    data = manifest_bytes(manifest)
    (folder / MANIFEST).write_bytes(data)
    (folder / SIGNATURE).write_bytes(sign_bytes(exporter.signing_private_key, data))
    return pages, len(plan.exhibits)


def _finish_files(folder: Path) -> None:
    """Make everything durable before the rename that publishes the bundle."""
    for path in folder.rglob("*"):
        if path.is_file():
            with path.open("rb") as f:
                os.fsync(f.fileno())
    fsync_dir(folder / EXHIBITS_DIR)
    fsync_dir(folder)


def _zip(folder: Path, target: Path) -> Path:
    part = target.with_name(target.name + ".partial")
    with zipfile.ZipFile(part, "x", compression=zipfile.ZIP_STORED) as archive:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                archive.write(path, f"{folder.name}/{path.relative_to(folder).as_posix()}")
    os.replace(part, target)
    return target


def _encrypt(source: Path, target: Path, recipient: object) -> Path:
    part = target.with_name(target.name + ".partial")
    with source.open("rb") as plain, part.open("xb") as out:
        pyrage.encrypt_io(plain, out, [recipient])
    os.replace(part, target)
    return target
