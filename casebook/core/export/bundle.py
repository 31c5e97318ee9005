"""Writing a complaint bundle: complaint.pdf, exhibits/, a signed manifest, the exporter's key.

A plain bundle is written into ``<name>.partial`` inside the folder the user chose and
renamed to ``<name>`` only when complete, so a failure (a damaged blob, a full disk, a
missing font) leaves nothing half-written; the staging folder is recorded first
(``store.staging``) so that even a killed export's decrypted files are removed at the next
start. An encrypted bundle (``encrypt_to``) is zipped and encrypted as it is made, straight
into the ``.age`` file: no plaintext file or folder exists at any moment. Every file and
folder is private to the user (0600/0700). Exhibits are hashed as they are written and
checked against the hash recorded at intake. Each exported exhibit gets an "exported"
custody event, committed only once the bundle exists.
"""

from __future__ import annotations

import contextlib
import errno
import functools
import hashlib
import io
import os
import re
import shutil
import stat
import threading
import zipfile
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyrage

from ..disclosure.decision import record_overrides
from ..errors import BlobIntegrityError, CasebookError, StorageFull
from ..integrity.custody import record_event
from ..integrity.signing import encode_public_key, fingerprint, sign_bytes
from ..models import EvidenceItem, User
from ..phrase import Phrase, phrase
from ..store import evidence_timestamps
from ..store.atomic_write import (
    fsync_dir,
    make_private_folder,
    make_private_folders,
    open_private,
)
from ..store.casebook import Casebook
from ..store.staging import publish, staged, staging_path
from .annexes import ExhibitFile, consent_text
from .complaint_pdf import ComplaintBuilder
from .exhibit_pages import ExhibitSource, exhibit_form, image_problem, pdf_page_count
from .fonts import FontBook
from .legal_frame import legal_frame
from .manifest import (
    COMPLAINT,
    EXHIBITS_DIR,
    FORMAT,
    KEY_FILE,
    MANIFEST,
    SIGNATURE,
    SUMS,
    VERIFY,
    key_file_text,
    manifest_bytes,
    sums_text,
    verify_text,
)
from .plan import ExportPlan, ExportRequest, plan_export
from .sealed_annex import ANNEX_FILE, sealed_annex

# progress(what is being done, steps done, steps in all): for a progress bar and its label.
Progress = Callable[[Phrase, int, int], None]  # str() is the English
# One file of a bundle: its path inside the bundle, its contents in pieces, its size.
# Contents ``None``: the producer already wrote the file into the bundle folder.
Entry = tuple[str, Iterable[bytes] | None, int | None]
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
        "Writing the bundle failed ({reason}). Nothing was kept; check that the "
        "folder is writable and try again.",
        reason=exc.strerror or exc,
    )


def _check_destination(out_dir: Path) -> None:
    """Refuse a file, or a bundle folder, as the place to put a new bundle into."""
    out_dir = out_dir.absolute()  # a relative --out inside a bundle is inside it too
    for place in (out_dir, *out_dir.parents):
        if place.exists() or place.is_symlink():
            if not place.is_dir():
                raise ExportFailed(
                    "{place} is a file, not a folder. Choose a folder for the bundle (a new "
                    "one is created if it does not exist), or move that file away.",
                    place=place,
                )
            break
    for place in (out_dir, *out_dir.parents):
        if (place / MANIFEST).is_file() and (place / SIGNATURE).is_file():
            raise ExportFailed(
                "{place} is a complaint bundle exported before; writing into it would "
                "break its signed manifest. Choose another folder (for example the one "
                "that holds it), or move that bundle away.",
                place=place,
            )


class _Checked:
    """An exhibit's plaintext from the vault, hashed on the way and checked at the end."""

    def __init__(self, book: Casebook, item: EvidenceItem) -> None:
        assert item.blob is not None and item.sha256 is not None
        self.book, self.item = book, item
        self.sha256, self.size = "", 0

    def __iter__(self) -> Iterator[bytes]:
        item = self.item
        assert item.blob is not None
        digest, size = hashlib.sha256(), 0
        for chunk in self.book.vault.chunks(
            item.blob.storage_name, f"evidence {item.title!r}", item.sha256
        ):
            digest.update(chunk)
            size += len(chunk)
            yield chunk
        if digest.hexdigest() != item.sha256 or (item.size is not None and size != item.size):
            raise BlobIntegrityError(
                "Evidence {title} did not come out of the vault as it went in; the "
                "bundle was not written. Run `casebook verify` on the casebook.",
                title=repr(item.title),
            )
        self.sha256, self.size = digest.hexdigest(), size


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

    def say(message: Phrase) -> None:
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
        _check_destination(out_dir)
        final = out_dir / name
        zip_target, age_target = out_dir / f"{name}.zip", out_dir / f"{name}.age"
        for target in (final, zip_target, age_target):
            for existing in (target, staging_path(target)):
                if existing.exists() or existing.is_symlink():
                    raise ExportFailed(
                        "{existing} already exists. Move it away or choose another folder.",
                        existing=existing,
                    )
        try:
            make_private_folders(out_dir)
        except OSError as exc:
            raise _disk_error(exc) from None
        counts = [0, 0]
        files = functools.partial(_entries, book, session, plan, exporter, name, exported_at, say)
        folder = zip_path = age_path = None
        try:
            if recipient is None:
                with staged(final, folder=True) as partial:
                    _write_folder(files(partial, counts), partial)
                    publish(partial, final)
                folder = final
                if make_zip:
                    say(phrase("Packing the bundle into a zip file"))
                    zip_path = _zip(final, zip_target)
            else:
                # Straight into the age file: no plaintext folder, zip or staging file exists.
                say(phrase("Encrypting the bundle to the recipient"))
                stream = _zip_stream(files(None, counts), name, exported_at)
                age_path = _encrypt(stream, age_target, recipient)
            say(phrase("Recording the export in the chain of custody"))
            if plan.disclosure is not None:
                record_overrides(session, book.actor_id, plan.disclosure)
            session.commit()
        except BaseException as exc:
            session.rollback()
            for leftover in (zip_path, age_path):
                if leftover is not None:
                    with contextlib.suppress(OSError):
                        leftover.unlink()
            if folder is not None:
                shutil.rmtree(folder, ignore_errors=True)
            if isinstance(exc, OSError):
                raise _disk_error(exc) from None
            raise
    return BundleResult(
        path=age_path or folder or final,
        folder=folder,
        zip_path=zip_path,
        age_path=age_path,
        pages=counts[0],
        exhibits=counts[1],
        plan=plan,
    )


def _entries(
    book: Casebook,
    session: object,
    plan: ExportPlan,
    exporter: User,
    name: str,
    exported_at: datetime,
    say: Callable[[str], None],
    on_disk: Path | None,
    counts: list[int],
) -> Iterator[Entry]:
    """The bundle's files, one at a time, as (path in the bundle, contents, size).

    Each entry is written by the consumer before the next is made, so an exhibit's hash is
    known by the time the complaint cites it. ``on_disk`` is the folder the consumer writes
    into; without one (an encrypted bundle) images and PDFs are kept in memory for the
    complaint, which draws them.
    """
    entries: dict[str, dict[str, object]] = {}
    files: list[ExhibitFile] = []
    for item in plan.exhibits:
        n = plan.exhibit_number(item)
        if item.blob is None or item.sha256 is None:
            files.append(ExhibitFile(n, item, None, None, "file"))
            continue
        say(phrase("Writing exhibit {n} of {total}", n=n, total=len(plan.exhibits)))
        relative = f"{EXHIBITS_DIR}/{_exhibit_file_name(n, item, plan)}"
        form = exhibit_form(item.media_type or "", item.kind)
        content = _Checked(book, item)
        source: ExhibitSource | None
        if on_disk is None and form in ("image", "pdf"):
            data = b"".join(content)
            yield relative, (data,), len(data)
            source = data
        else:
            yield relative, content, item.size
            source = on_disk / relative if on_disk is not None else None
        sha256, size = content.sha256, content.size
        entries[relative] = {
            "path": relative,
            "sha256": sha256,
            "size": size,
            "exhibit": n,
            "title": plan.protect(item.title),
        }
        pages, problem = 0, None
        if form == "image" and source is not None:
            problem = image_problem(source)
        elif form == "pdf" and source is not None:
            counted = pdf_page_count(source)
            if isinstance(counted, str):
                problem = counted
            else:
                pages = counted
        files.append(ExhibitFile(n, item, relative, source, form, pages, problem))
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

    def whole(relative: str, data: bytes) -> Entry:
        entries[relative] = {
            "path": relative,
            "sha256": hashlib.sha256(data).hexdigest(),
            "size": len(data),
        }
        return relative, (data,), len(data)

    def written(relative: str, path: Path) -> Entry:
        digest, size = hashlib.sha256(), 0
        with path.open("rb") as f:
            while chunk := f.read(1 << 20):
                digest.update(chunk)
                size += len(chunk)
        entries[relative] = {"path": relative, "sha256": digest.hexdigest(), "size": size}
        return relative, None, size

    for relative, text in statement_texts(plan).items():
        yield whole(relative, text.encode("utf-8"))
    say(phrase("Typesetting the complaint"))
    builder = ComplaintBuilder(
        session,  # type: ignore[arg-type]
        plan,
        files,
        exported_at,
        exporter.display_name,
    )
    builder.evidence_stamps = evidence_timestamps.stamps_by_item(book, session)  # type: ignore[arg-type]
    if on_disk is not None:
        # Typeset straight into its file: held in memory, the complaint (tens of MB with
        # its photos) was there twice more, as the buffer and as the bytes written out.
        path = on_disk / COMPLAINT
        with open_private(path) as out:
            pages = builder.build(out)
        yield written(COMPLAINT, path)
    else:
        complaint = io.BytesIO()
        pages = builder.build(complaint)
        yield whole(COMPLAINT, complaint.getvalue())
    if plan.sealed_persons:
        say(phrase("Sealing the identity annex"))
        sealed = sealed_annex(
            plan.sealed_persons,
            plan.case.reference,
            plan.strings,
            _recipient(plan.request.sealed_to or ""),
        )
        yield whole(ANNEX_FILE, sealed)
    key_text = key_file_text(exporter.display_name, exporter.signing_public_key)
    yield whole(KEY_FILE, key_text.encode("utf-8"))
    how = verify_text(plan.strings, plan.case.reference, exporter.signing_public_key)
    yield whole(VERIFY, how.encode("utf-8"))
    # Last before the manifest: it lists every file above, and the manifest lists it.
    sums = sums_text({k: str(v["sha256"]) for k, v in entries.items()})
    yield whole(SUMS, sums.encode("utf-8"))
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
    yield MANIFEST, (data,), len(data)
    signature = sign_bytes(exporter.signing_private_key, data)
    yield SIGNATURE, (signature,), len(signature)
    counts[:] = [pages, len(plan.exhibits)]


def _write_folder(entries: Iterable[Entry], folder: Path) -> None:
    """Write each entry as a private file in the (staging) folder, durably."""
    made = {folder}
    for relative, chunks, _size in entries:
        path = folder / relative
        if chunks is None:  # written in place by the producer: made durable here
            with path.open("rb+") as done:
                os.fsync(done.fileno())
            continue
        if path.parent not in made:
            make_private_folder(path.parent)
            made.add(path.parent)
        with open_private(path) as out:
            for chunk in chunks:
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())
    for each in sorted(made, key=lambda p: len(p.parts), reverse=True):
        fsync_dir(each)


def _zip(folder: Path, target: Path) -> Path:
    """The bundle folder packed into a private zip, through a registered staging file."""
    with staged(target) as part:
        with open_private(part) as out:
            with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_STORED) as archive:
                for path in sorted(folder.rglob("*")):
                    if path.is_file():
                        relative = path.relative_to(folder).as_posix()
                        archive.write(path, f"{folder.name}/{relative}")
            out.flush()
            os.fsync(out.fileno())
        publish(part, target)
    return target


class _Sink(io.RawIOBase):
    """Where the streamed zip writes; what it wrote is taken away piece by piece."""

    def __init__(self) -> None:
        self._parts: list[bytes] = []

    def writable(self) -> bool:
        return True

    def write(self, data: bytes) -> int:  # type: ignore[override]
        self._parts.append(bytes(data))
        return len(data)

    def take(self) -> bytes:
        data = b"".join(self._parts)
        self._parts.clear()
        return data


def _zip_stream(entries: Iterable[Entry], top: str, when: datetime) -> Iterator[bytes]:
    """The bundle as a zip (one top folder named like the bundle), made as it is read."""
    sink = _Sink()
    stamp = when.timetuple()[:6]
    with zipfile.ZipFile(sink, "w", compression=zipfile.ZIP_STORED) as archive:
        for relative, chunks, size in entries:
            assert chunks is not None  # only a folder's entries are written in place
            info = zipfile.ZipInfo(f"{top}/{relative}", date_time=stamp)
            info.external_attr = (stat.S_IFREG | 0o600) << 16
            info.file_size = size or 0
            with archive.open(info, "w", force_zip64=size is None) as member:
                for chunk in chunks:
                    member.write(chunk)
                    yield sink.take()
            yield sink.take()
    yield sink.take()


class _StreamReader(io.RawIOBase):
    """A readable file over an iterator of bytes, for ``pyrage.encrypt_io``.

    age reports any failure of the iterator as its own EncryptError; the original
    exception (a damaged exhibit, a cancel, a full disk) is kept to be raised instead.
    """

    def __init__(self, chunks: Iterator[bytes]) -> None:
        self._chunks = chunks
        self._current = memoryview(b"")
        self.error: BaseException | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray | memoryview) -> int:  # type: ignore[override]
        try:
            while not self._current:
                try:
                    self._current = memoryview(next(self._chunks))
                except StopIteration:
                    return 0
        except BaseException as exc:
            self.error = exc
            raise
        n = min(len(buffer), len(self._current))
        buffer[:n] = self._current[:n]
        self._current = self._current[n:]
        return n


def _encrypt(chunks: Iterator[bytes], target: Path, recipient: object) -> Path:
    """Encrypt the streamed zip into a private .age file, through a registered staging file."""
    reader = _StreamReader(chunks)
    with staged(target) as part:
        with open_private(part) as out:
            try:
                pyrage.encrypt_io(io.BufferedReader(reader, 1 << 20), out, [recipient])
            except pyrage.EncryptError:
                if reader.error is not None:
                    raise reader.error from None
                raise
            out.flush()
            os.fsync(out.fileno())
        publish(part, target)
    return target
