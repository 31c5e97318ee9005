"""The custody annex prints each exhibit's RFC 3161 time-stamp, checked offline at export."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest

from casebook.core.export.bundle import export_bundle
from casebook.core.export.plan import ExportRequest
from casebook.core.integrity.timestamp import load_certificates
from casebook.core.store import evidence_timestamps

from ..integrity.loopback_tsa import make_tsa_keys, running_tsa
from .conftest import CaseFixture


def _complaint_text(fx: CaseFixture, out: Path, language: str) -> str:
    request = ExportRequest(fx.reference, "all", "gba", language, "filing")  # type: ignore[arg-type]
    folder = export_bundle(fx.book, request, out).folder
    assert folder is not None
    text = subprocess.run(
        ["pdftotext", str(folder / "complaint.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return re.sub(r"\s+", " ", text)


@pytest.mark.parametrize("language", ["en", "de"])
def test_stamped_exhibits_carry_their_time_stamp_in_the_custody_annex(
    case_fixture: CaseFixture, tmp_path: Path, language: str
):
    book = case_fixture.book
    keys = make_tsa_keys(tmp_path / "tsa")
    certificates = load_certificates(keys.chain_file.read_bytes(), "chain")
    before = _complaint_text(case_fixture, tmp_path / "before", language)
    assert "RFC 3161" not in before  # queued at intake, not sent: nothing is claimed
    with running_tsa(keys) as tsa, book.session() as session:
        sent = evidence_timestamps.send_queued(book, session, tsa.url, certificates)
    assert len(sent) == 3  # the photo, the register and the recording of the fixture
    text = _complaint_text(case_fixture, tmp_path / "after", language)
    stamp = (
        "Trusted time-stamp (RFC 3161) of this file's SHA-256:"
        if language == "en"
        else "Zeitstempel (RFC 3161) des SHA-256 dieser Datei:"
    )
    assert text.count(stamp) == 3
    assert "CN=Loopback Test TSA" in text
