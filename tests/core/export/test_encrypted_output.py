"""`--encrypt-to` promises no plaintext folder: none exists at any moment of the export.

Issue 10 found the encrypted export writing the whole bundle as a plaintext folder, then a
plaintext zip, before encrypting; a kill left them behind. The output folder, the temp
folder and the data folder are watched while the export runs (at every progress step and
by a thread polling every few milliseconds) for any file holding decrypted case data.
"""

from __future__ import annotations

import threading
from pathlib import Path

import pyrage
import pytest

from casebook.core.errors import BlobIntegrityError
from casebook.core.export.bundle import ExportCancelled, export_bundle
from casebook.core.export.manifest import verify_bundle
from casebook.core.export.plan import ExportRequest
from casebook.core.models import CustodyEvent, EvidenceItem

from .conftest import CaseFixture
from .plaintext_search import byte_markers, plaintext_files


class Watcher:
    """Looks into folders while an export runs; remembers every name and every leak."""

    def __init__(self, roots: list[Path], markers: list[bytes]) -> None:
        self.roots, self.markers = roots, markers
        self.names: set[str] = set()
        self.leaks: dict[Path, str] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._poll, daemon=True)

    def look(self, *_progress: object) -> None:
        for root in self.roots:
            if root.exists():
                self.names.update(p.relative_to(root).as_posix() for p in root.rglob("*"))
            self.leaks.update(plaintext_files(root, self.markers))

    def _poll(self) -> None:
        while not self._stop.wait(0.003):
            self.look()

    def __enter__(self) -> Watcher:
        self._thread.start()
        return self

    def __exit__(self, *_exc: object) -> None:
        self._stop.set()
        self._thread.join()
        self.look()


def test_encrypting_writes_no_plaintext_file_at_any_moment(
    case_fixture: CaseFixture, tmp_path: Path, private_tempdir: Path, private_user_data: Path
):
    identity = pyrage.x25519.Identity.generate()
    out = tmp_path / "out"
    markers = byte_markers(case_fixture)
    with (
        Watcher([out, private_tempdir], markers) as watcher,
        Watcher([private_user_data], markers) as registry,
    ):
        result = export_bundle(
            case_fixture.book,
            ExportRequest(case_fixture.reference, "all"),
            out,
            encrypt_to=str(identity.to_public()),
            progress=watcher.look,
        )
    assert result.age_path is not None and result.folder is None and result.zip_path is None
    assert watcher.leaks == {} and registry.leaks == {}
    age = result.age_path.name
    assert watcher.names <= {age, f"{age}.partial"}, watcher.names
    assert [p.name for p in out.iterdir()] == [age]
    # The markers are really in the bundle: the watch could have seen them.
    plain = pyrage.decrypt(result.age_path.read_bytes(), [identity])
    assert all(marker in plain for marker in markers)
    (tmp_path / "bundle.zip").write_bytes(plain)
    report = verify_bundle(tmp_path / "bundle.zip")
    assert report.ok, report.problems
    assert report.files_checked == 10  # 3 exhibits, 3 statements, complaint, key, VERIFY, SUMS


def test_a_damaged_exhibit_stops_an_encrypted_export_by_name_and_leaves_nothing(
    case_fixture: CaseFixture, tmp_path: Path
):
    book = case_fixture.book
    with book.session() as session:
        item = session.query(EvidenceItem).filter_by(title="Interview extract").one()
        stored = book.vault.path_of(item.blob.storage_name)
    data = bytearray(stored.read_bytes())
    data[-40] ^= 0xFF
    stored.write_bytes(bytes(data))
    out = tmp_path / "out"
    identity = pyrage.x25519.Identity.generate()
    with pytest.raises(BlobIntegrityError):  # not age's own EncryptError
        export_bundle(
            book,
            ExportRequest(case_fixture.reference, "all"),
            out,
            encrypt_to=str(identity.to_public()),
        )
    assert list(out.iterdir()) == []
    with book.session() as session:
        assert session.query(CustodyEvent).filter_by(action="exported").count() == 0


def test_cancelling_an_encrypted_export_leaves_nothing(case_fixture: CaseFixture, tmp_path):
    cancel = threading.Event()

    def progress(message: str, _done: int, _total: int) -> None:
        if str(message).startswith("Writing exhibit 2"):
            cancel.set()

    out = tmp_path / "out"
    with pytest.raises(ExportCancelled):
        export_bundle(
            case_fixture.book,
            ExportRequest(case_fixture.reference, "all"),
            out,
            encrypt_to=str(pyrage.x25519.Identity.generate().to_public()),
            progress=progress,
            cancel=cancel,
        )
    assert list(out.iterdir()) == []
