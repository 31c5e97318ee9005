"""Each printed PDF is one PDF: the last layout pass, written once.

ReportLab saves a canvas at the end of every pass into the same target; a record print
(two passes, no contents list) held the layout-only pass and the drawn one back to back,
a file that strict readers refused ("unable to find /Root dictionary").
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pyrage
import pytest

from casebook.core.export.bundle import export_bundle
from casebook.core.export.plan import ExportRequest
from casebook.core.models import EvidenceItem

from .conftest import CaseFixture


def test_a_record_print_is_one_valid_pdf(case_fixture: CaseFixture, tmp_path: Path) -> None:
    from casebook.core.export.record_print import print_evidence

    with case_fixture.book.session() as session:
        item = session.query(EvidenceItem).filter_by(title="Burned houses in Ban Nakham").one()
        print_evidence(session, item.id, tmp_path / "e.pdf")
    _one_valid_pdf(tmp_path / "e.pdf")


def test_the_sealed_annex_is_one_valid_pdf(case_fixture: CaseFixture, tmp_path: Path) -> None:
    identity = pyrage.x25519.Identity.generate()
    request = ExportRequest(
        case_fixture.reference, sealed_identities=("W-002",), sealed_to=str(identity.to_public())
    )
    folder = export_bundle(case_fixture.book, request, tmp_path / "out").folder
    assert folder is not None
    sealed = (folder / "identities-annex.pdf.age").read_bytes()
    (tmp_path / "annex.pdf").write_bytes(pyrage.decrypt(sealed, [identity]))
    _one_valid_pdf(tmp_path / "annex.pdf")
    _one_valid_pdf(folder / "complaint.pdf")


def _one_valid_pdf(path: Path) -> None:
    data = path.read_bytes()
    assert data.count(b"%PDF-") == 1 and data.count(b"%%EOF") == 1
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed")
    check = subprocess.run(["qpdf", "--check", str(path)], capture_output=True)
    assert check.returncode == 0, check.stderr.decode()[-300:]
