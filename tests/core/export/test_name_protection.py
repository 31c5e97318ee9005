"""A real name in an evidence file's name or metadata does not leave in a bundle (issue 10).

The name was caught in a title but kept in ``Firstname_Lastname_scars.jpg``: in the
exhibit's file name, manifest.json and the PDF's "Original file name" line. Every file of
the bundle is searched: its path, its bytes (also as UTF-16, as PDF outlines store text),
and the complaint's text layer (pdftotext, and pypdf after decompressing the streams).
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import zlib
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas
from sqlalchemy import select

from casebook.core.export.bundle import export_bundle
from casebook.core.export.plan import ExportRequest, plan_export
from casebook.core.models import Incident
from casebook.core.records import persons
from casebook.core.records.cases import case_by_reference
from casebook.core.records.evidence import take_in
from casebook.core.text.names import fold

from .conftest import CaseFixture, make_jpeg

FIRST, LAST = "Nilar", "Thein"
_STREAM = re.compile(rb"stream\r?\n")


def _add_exhibit(fx: CaseFixture, path: Path, **details: str) -> str:
    """Add the person with that identity and an exhibit of the first incident; its pseudonym."""
    with fx.book.session() as session:
        case = case_by_reference(session, fx.reference)
        person = persons.add_person(
            session, case, ["witness"], identity={"full_name": f"{FIRST} {LAST}"}
        )
        item = take_in(fx.book, session, case, path, **details).item  # type: ignore[arg-type]
        incident = session.scalars(
            select(Incident).where(Incident.case_id == case.id, Incident.title.like("Burning%"))
        ).one()
        incident.evidence.append(item)
        session.commit()
        return person.pseudonym


def _pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _texts_of(path: Path) -> list[str]:
    """What a reader of this file can see: its bytes as text, and a PDF's text layer."""
    data = path.read_bytes()
    texts = [data.decode("latin-1"), data.decode("utf-16-be", "ignore")]
    texts.append(data[1:].decode("utf-16-be", "ignore"))
    if data.startswith(b"%PDF"):
        texts.append(_pdf_text(path))
        reader = PdfReader(io.BytesIO(data))
        texts += [page.extract_text() or "" for page in reader.pages]
        texts.append(str(reader.metadata or {}))
        for match in _STREAM.finditer(data):  # every stream, decompressed
            try:
                texts.append(zlib.decompressobj().decompress(data[match.end() :]).decode("latin-1"))
            except zlib.error:
                continue
    return texts


def _leaks(folder: Path, skip: tuple[str, ...] = ()) -> list[str]:
    """Each place in the bundle where either part of the name can be read."""
    needles = (fold(FIRST), fold(LAST))
    found = []
    for path in sorted(folder.rglob("*")):
        relative = path.relative_to(folder).as_posix()
        if any(n in fold(relative) for n in needles):
            found.append(f"path {relative}")
        if not path.is_file() or relative in skip:
            continue
        for text in _texts_of(path):
            if any(n in fold(text) for n in needles):
                found.append(f"content of {relative}")
                break
    return found


def test_a_name_in_an_exhibit_file_name_leaves_nowhere(case_fixture: CaseFixture, tmp_path: Path):
    photo = make_jpeg(tmp_path / f"{FIRST}_{LAST}_scars.jpg", "scars")
    pseudonym = _add_exhibit(case_fixture, photo, title="Scars on the forearm")
    request = ExportRequest(case_fixture.reference, "all", "gba", "en", "filing")
    with case_fixture.book.session() as session:
        plan = plan_export(session, request)
        entries = [(e.what, e.label, e.reason) for e in plan.left_out]
        numbers = {plan.protect(i.original_filename): plan.exhibit_number(i) for i in plan.exhibits}
    expected = f"{pseudonym}_scars.jpg"
    assert expected in numbers, numbers
    n = numbers[expected]
    assert ("name", f"exhibit {n} original file name") in [(w, label) for w, label, _ in entries]
    assert all(fold(FIRST) not in fold(" ".join(e)) for e in entries)  # the plan names no one

    result = export_bundle(case_fixture.book, request, tmp_path / "out")
    folder = result.folder
    assert folder is not None
    assert _leaks(folder) == []
    manifest = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
    paths = [f["path"] for f in manifest["files"]]
    assert f"exhibits/{n:03d}-{pseudonym}_scars.jpg" in paths
    flat = " ".join(_pdf_text(folder / "complaint.pdf").split())
    assert f"Original file name {expected}" in flat


def test_a_name_in_an_exhibit_s_own_metadata_is_shown_for_a_person_to_decide(
    case_fixture: CaseFixture, tmp_path: Path
):
    """The exhibit file goes out byte for byte (its hash is evidence): only a person can
    decide about the name inside it. The complaint's own pages print the pseudonym."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    canvas.setAuthor(f"{LAST.upper()} {FIRST}")
    canvas.drawString(72, 760, "Medical report")
    canvas.showPage()
    canvas.save()
    report = tmp_path / "medical-report.pdf"
    report.write_bytes(buffer.getvalue())
    pseudonym = _add_exhibit(case_fixture, report, title="Medical report")
    request = ExportRequest(case_fixture.reference, "all", "gba", "en", "filing")
    with case_fixture.book.session() as session:
        plan = plan_export(session, request)
        n = next(plan.exhibit_number(i) for i in plan.exhibits if i.title == "Medical report")
        reasons = {e.label: e.reason for e in plan.left_out if e.what == "name"}
    delivered = reasons[f"exhibit {n} file, embedded metadata (author)"]
    assert pseudonym in delivered and "unchanged" in delivered
    assert pseudonym in reasons[f"exhibit {n} embedded metadata (author)"]  # printed: replaced

    result = export_bundle(case_fixture.book, request, tmp_path / "out")
    assert result.folder is not None
    exhibit = next(p for p in (result.folder / "exhibits").iterdir() if p.suffix == ".pdf")
    assert exhibit.name.startswith(f"{n:03d}-")
    # Only the exhibit file itself still holds the name; the complaint prints the pseudonym.
    assert _leaks(result.folder) == [f"content of exhibits/{exhibit.name}"]
    flat = " ".join(_pdf_text(result.folder / "complaint.pdf").split())
    assert f"author: {pseudonym}" in flat


def test_what_cannot_be_replaced_is_listed_in_the_plan(case_fixture: CaseFixture, tmp_path: Path):
    """One part of a name is listed to check, and a person with no name to look for."""
    with case_fixture.book.session() as session:
        case = case_by_reference(session, case_fixture.reference)
        named = persons.add_person(
            session, case, ["witness"], identity={"full_name": f"{FIRST} {LAST}"}
        )
        nameless = persons.add_person(session, case, ["victim"])
        incident = session.scalars(
            select(Incident).where(Incident.case_id == case.id, Incident.title.like("Burning%"))
        ).one()
        incident.description += f" {FIRST} ran to the forest."
        session.commit()
        plan = plan_export(session, ExportRequest(case_fixture.reference))
        n = plan.incident_number(incident)
        names = {e.label: e.reason for e in plan.left_out if e.what == "name"}
        printed = plan.protect(incident.description)
    assert "check" in names[f"incident {n} description"]
    assert named.pseudonym in names[f"incident {n} description"]
    assert f"{FIRST} ran" in printed  # one part alone is left as written, and listed
    unfindable = next(reason for label, reason in names.items() if nameless.pseudonym in label)
    assert "no name recorded" in unfindable


def test_a_name_in_a_photo_s_exif_artist_and_owner_is_printed_as_the_pseudonym(
    case_fixture: CaseFixture, tmp_path: Path
):
    """EXIF artist and camera owner: replaced on the complaint's page, listed as still
    inside the delivered photo."""
    from PIL import Image

    exif = Image.Exif()
    exif[0x013B] = f"{FIRST} {LAST}"  # Artist
    exif.get_ifd(0x8769)[0xA430] = f"{LAST}_{FIRST}"  # CameraOwnerName
    photo = tmp_path / "wound.jpg"
    Image.new("RGB", (320, 240), (150, 100, 90)).save(photo, "JPEG", exif=exif)
    pseudonym = _add_exhibit(case_fixture, photo, title="Wound")
    request = ExportRequest(case_fixture.reference, "all", "gba", "en", "filing")
    with case_fixture.book.session() as session:
        plan = plan_export(session, request)
        n = next(plan.exhibit_number(i) for i in plan.exhibits if i.title == "Wound")
        reasons = {e.label: e.reason for e in plan.left_out if e.what == "name"}
    for key in ("artist", "camera_owner"):
        assert "unchanged" in reasons[f"exhibit {n} file, embedded metadata ({key})"]
        assert pseudonym in reasons[f"exhibit {n} embedded metadata ({key})"]

    result = export_bundle(case_fixture.book, request, tmp_path / "out")
    assert result.folder is not None
    exhibit = next(
        p for p in (result.folder / "exhibits").iterdir() if p.name.startswith(f"{n:03d}-")
    )
    assert _leaks(result.folder) == [f"content of exhibits/{exhibit.name}"]
    flat = " ".join(_pdf_text(result.folder / "complaint.pdf").split())
    assert f"artist: {pseudonym}" in flat and f"camera owner: {pseudonym}" in flat
