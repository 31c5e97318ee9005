"""The complaint's exhibit index says each exhibit's C2PA state, as read at intake."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

from sqlalchemy import select

from casebook.core.export.bundle import export_bundle
from casebook.core.export.plan import ExportRequest
from casebook.core.models import Case, Incident
from casebook.core.records.evidence import take_in

from ..media.c2pa_signing import signed_jpeg, tampered
from .conftest import CaseFixture


def test_index_says_valid_invalid_and_none_in_words(case_fixture: CaseFixture, tmp_path: Path):
    book = case_fixture.book
    with book.session() as s:
        case = s.scalar(select(Case).where(Case.reference == case_fixture.reference))
        for name, data in (("signed.jpg", signed_jpeg()), ("changed.jpg", tampered(signed_jpeg()))):
            path = tmp_path / name
            path.write_bytes(data)
            item = take_in(book, s, case, path).item
            incident = s.scalars(select(Incident).where(Incident.case_id == case.id)).first()
            incident.evidence.append(item)  # so the complaint cites it as an exhibit
        s.commit()
    request = ExportRequest(case_fixture.reference, "all", "gba", "en", "filing")  # type: ignore[arg-type]
    folder = export_bundle(book, request, tmp_path / "out").folder
    assert folder is not None
    text = subprocess.run(
        ["pdftotext", str(folder / "complaint.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    flat = re.sub(r"\s+", " ", text)
    assert "content credentials: valid, signed by Test Camera (Casebook Test Suite)" in flat
    assert "content credentials present but invalid: asset hash error" in flat
    # The fixture's own photo has no manifest: unknown provenance, said not to be forgery.
    assert "content credentials: none (unknown provenance, which is not a sign of forgery)" in flat
