"""Each printed PDF is one PDF: the last layout pass, written once.

ReportLab saves a canvas at the end of every pass into the same target; a record print
(two passes, no contents list) held the layout-only pass and the drawn one back to back,
a file that strict readers refused ("unable to find /Root dictionary").
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from casebook.core.models import EvidenceItem

from .conftest import CaseFixture


def test_a_record_print_is_one_valid_pdf(case_fixture: CaseFixture, tmp_path: Path) -> None:
    from casebook.core.export.record_print import print_evidence

    with case_fixture.book.session() as session:
        item = session.query(EvidenceItem).filter_by(title="Burned houses in Ban Nakham").one()
        print_evidence(session, item.id, tmp_path / "e.pdf")
    data = (tmp_path / "e.pdf").read_bytes()
    assert data.count(b"%PDF-") == 1 and data.count(b"%%EOF") == 1
    if shutil.which("qpdf") is None:
        pytest.skip("qpdf is not installed")
    check = subprocess.run(["qpdf", "--check", str(tmp_path / "e.pdf")], capture_output=True)
    assert check.returncode == 0, check.stderr.decode()[-300:]
