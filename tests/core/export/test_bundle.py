"""Exporting a complaint bundle from a realistic case, and checking what it holds."""

from __future__ import annotations

import errno
import json
import subprocess
from pathlib import Path

import pyrage
import pytest
from pypdf import PdfReader

from casebook.core.errors import MissingFontError, StorageFull
from casebook.core.export import bundle as bundle_module
from casebook.core.export.bundle import export_bundle
from casebook.core.export.manifest import verify_bundle
from casebook.core.export.plan import ExportRequest, plan_export
from casebook.core.models import CustodyEvent, EvidenceItem

from .conftest import BURMESE, ICC_ONLY_TOKEN, LAO, REAL_NAMES, WITHDRAWN_TOKEN, CaseFixture


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def export(fx: CaseFixture, out: Path, **kwargs: object):
    edition = kwargs.pop("edition", "filing")
    language = kwargs.pop("language", "en")
    addressee = kwargs.pop("addressee", "gba")
    request = ExportRequest(fx.reference, "all", addressee, language, edition)  # type: ignore[arg-type]
    return export_bundle(fx.book, request, out, **kwargs)  # type: ignore[arg-type]


@pytest.fixture
def filing(case_fixture: CaseFixture, tmp_path: Path):
    result = export(case_fixture, tmp_path / "out")
    return result, pdf_text(result.folder / "complaint.pdf")


def test_plan_lists_consent_exclusions_before_writing(case_fixture: CaseFixture, tmp_path: Path):
    out = tmp_path / "never-written"
    with case_fixture.book.session() as session:
        plan = plan_export(session, ExportRequest(case_fixture.reference))
        left = {(e.what, e.label): e.reason for e in plan.left_out}
        labels = [st.who for st in plan.statements]
    assert not out.exists()
    assert labels == ["W-001", "W-002", "W-005"]
    assert any(
        "withdrew consent on 2019-05-01" in r
        for (w, label), r in left.items()
        if w == "testimony" and "W-003" in label
    )
    assert any(
        "does not cover sharing with DE" in r
        for (w, label), r in left.items()
        if w == "testimony" and "W-004" in label
    )
    assert ("passage", "W-001 para. 3") in left
    assert any(w == "name" and "W-001" in r for (w, _l), r in left.items())


def test_icc_addressee_takes_the_icc_only_statement(case_fixture: CaseFixture, tmp_path):
    with case_fixture.book.session() as session:
        plan = plan_export(session, ExportRequest(case_fixture.reference, addressee="icc-otp"))
        who = [st.who for st in plan.statements]
    assert "W-004" in who and "W-003" not in who
    result = export(case_fixture, tmp_path / "out", addressee="icc-otp")
    flat = " ".join(pdf_text(result.folder / "complaint.pdf").split())
    assert "Office of the Prosecutor International Criminal Court" in flat
    assert ICC_ONLY_TOKEN in flat and "VStGB" not in flat


def test_filing_pdf_cites_exhibits_and_passages_and_hides_identities(filing):
    result, text = filing
    flat = " ".join(text.split())
    for needle in (
        "Exhibit 1",
        "Exhibit 2",
        "Exhibit 3",
        "W-001 para. 1",
        "W-002 para. 1",
        "W-005",
        "P-001",
        "between 25 and 27 August 2017",
        "around August 2017",
        "2017 (month unknown)",
        "§ 7 Abs. 1 Nr. 4 VStGB",
        "7(1)(d)",
        "Der Generalbundesanwalt beim Bundesgerichtshof",
        "Brauerstraße 30",
        "76135 Karlsruhe",
        "Page 1 of",
        "Ordering",
    ):
        assert needle in flat, needle
    manifest = json.loads((result.folder / "manifest.json").read_text())
    for entry in manifest["files"]:
        if entry["path"].startswith("exhibits/"):
            assert entry["sha256"] in flat, entry["path"]  # whole, on the exhibit's page
    assert not any("\ufb00" <= c <= "\ufb06" for c in flat), "ligatures break copied hashes"
    for name in REAL_NAMES:
        assert name not in flat, name
    for token in (WITHDRAWN_TOKEN, ICC_ONLY_TOKEN, "REDACTME-LOCATION"):
        assert token not in flat, token
    assert "[redacted]" in flat
    assert "Gaps and contradicting evidence" not in flat
    assert "direct, B2" not in flat and "weakly graded" not in flat
    assert "NOT FOR FILING" not in flat


def test_statements_are_searchable_in_the_text_layer(filing):
    """Shaped glyphs map back to their letters: a Lao sentence copies out as it was typed."""
    result, _text = filing
    plain = subprocess.run(
        ["pdftotext", str(result.folder / "complaint.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    flat = " ".join(plain.split())
    for sentence in (LAO[0], LAO[1], LAO[3]):
        assert sentence in flat
    # Burmese, in content order: words without reordered vowel signs extract as typed; ေ and
    # ြ come out in visual order (before their consonant), a known limit of the text layer.
    raw = subprocess.run(
        ["pdftotext", "-raw", str(result.folder / "complaint.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    for word in ("စစ်သားများသည်", "ကျွန်ုပ်တို့ရွာသို့", "ကမ္ဘာ့နယ်စပ်ဘက်သို့"):
        assert word in raw


def test_every_page_is_marked_and_numbered(filing):
    result, _text = filing
    reader = PdfReader(result.folder / "complaint.pdf")
    pages = len(reader.pages)
    assert pages == result.pages
    for number, page in enumerate(reader.pages, start=1):
        page_text = " ".join(page.extract_text().split())
        assert "CONFIDENTIAL" in page_text
        assert f"Page {number} of {pages}" in page_text
        assert "LA-MM-2017-004" in page_text


def test_outline_mirrors_contents_and_qpdf_accepts(filing):
    result, text = filing
    path = result.folder / "complaint.pdf"
    subprocess.run(["qpdf", "--check", str(path)], check=True, capture_output=True)
    reader = PdfReader(path)
    titles = []

    def walk(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                walk(item)
            else:
                titles.append(item.title)

    walk(reader.outline)

    # Each bookmark opens the page that carries its heading.
    def check(items: list) -> None:
        for item in items:
            if isinstance(item, list):
                check(item)
                continue
            page = reader.pages[reader.get_destination_page_number(item)]
            assert item.title.split(":")[0] in " ".join(page.extract_text().split()), item.title

    check(reader.outline)
    for title in (
        "Contents",
        "Statement of facts",
        "Legal assessment",  # the GBA edition's English working translation
        "Exhibit index",
        "Chain of custody",
        "Witness statements",
        "Exhibits",
        "Exhibit 3: Burned houses in Ban Nakham",
        "Statement of W-002",
    ):
        assert title in titles, title
    contents = text.split("Contents", 1)[1].split("Statement of facts\n", 1)[0]
    assert "Legal assessment" in contents and "Exhibit index" in contents


def test_pdf_exhibit_pages_are_merged_and_searchable(filing):
    _result, text = filing
    assert "Village register page 1" in text and "Village register page 2" in text
    assert "Exhibit 1, page 2 of 2" in text
    assert "interview-extract.wav" in text  # the audio exhibit is listed with its file


def test_internal_edition_lists_gaps_and_contradictions(case_fixture: CaseFixture, tmp_path):
    result = export(case_fixture, tmp_path / "out", edition="internal")
    flat = " ".join(pdf_text(result.folder / "complaint.pdf").split())
    assert "INTERNAL WORKING COPY — NOT FOR FILING" in flat
    assert "Gaps and contradicting evidence (internal)" in flat
    assert "Contradicting material" in flat
    assert "Material left out of this export (consent): 1 passage(s)." in flat
    assert "No material supports this element." in flat
    assert "All supporting material is weakly graded" in flat  # the context row, graded D4
    assert "W-001 para. 1, direct, B2" in flat  # the team's grading, internal only
    for name in REAL_NAMES:
        assert name not in flat


def test_german_edition_uses_german_templates(case_fixture: CaseFixture, tmp_path):
    result = export(case_fixture, tmp_path / "out", language="de")
    flat = " ".join(pdf_text(result.folder / "complaint.pdf").split())
    for needle in (
        "Strafanzeige",
        "Sachverhalt",
        "Rechtliche Würdigung",
        "Anlagenverzeichnis",
        "Anlage 1",
        "zwischen dem 25. und 27. August 2017",
        "Seite 1 von",
        "[geschwärzt]",
    ):
        assert needle in flat, needle


def test_bundle_files_manifest_and_custody(case_fixture: CaseFixture, tmp_path: Path):
    result = export(case_fixture, tmp_path / "out", make_zip=True)
    folder = result.folder
    assert folder.name.startswith("LA-MM-2017-004-complaint-filing-")
    assert not list((tmp_path / "out").glob("*.partial"))
    names = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert names == [
        "SHA256SUMS",
        "VERIFY.txt",
        "complaint.pdf",
        "exhibits/001-village-register.pdf",
        "exhibits/002-interview-extract.wav",
        "exhibits/003-burned-houses.jpg",
        "exporter-key.txt",
        "manifest.json",
        "manifest.sig",
        "statements/W-001.txt",
        "statements/W-002.txt",
        "statements/W-005.txt",
    ]
    burmese = (folder / "statements/W-002.txt").read_text(encoding="utf-8")
    assert "\n".join(f"{n}. {text}" for n, text in enumerate(BURMESE, 1)) in burmese
    lao = (folder / "statements/W-001.txt").read_text(encoding="utf-8")
    assert "3. [redacted]" in lao and "REDACTME" not in lao
    assert all(name not in lao + burmese for name in REAL_NAMES)
    assert (folder / "exhibits/003-burned-houses.jpg").read_bytes() == (
        case_fixture.folder / "burned-houses.jpg"
    ).read_bytes()
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["case_reference"] == "LA-MM-2017-004"
    assert manifest["edition"] == "filing"
    assert manifest["taxonomy_version"].startswith("icc-eoc")
    assert manifest["exporter"]["fingerprint"] in (folder / "exporter-key.txt").read_text()
    report = verify_bundle(folder)
    assert report.ok, report.problems
    assert verify_bundle(result.zip_path).ok
    with case_fixture.book.session() as session:
        for item in session.query(EvidenceItem):
            actions = [e.action for e in item.custody]
            assert actions[-1] == "exported", item.title
            assert item.custody[-1].details["bundle"] == folder.name


def test_signature_checks_with_openssl(case_fixture: CaseFixture, tmp_path: Path):
    folder = export(case_fixture, tmp_path / "out").folder
    pem = (folder / "exporter-key.txt").read_text().split("-----BEGIN", 1)[1]
    (tmp_path / "key.pem").write_text("-----BEGIN" + pem)
    done = subprocess.run(
        [
            "openssl",
            "pkeyutl",
            "-verify",
            "-pubin",
            "-inkey",
            str(tmp_path / "key.pem"),
            "-rawin",
            "-in",
            str(folder / "manifest.json"),
            "-sigfile",
            str(folder / "manifest.sig"),
        ],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 0, done.stdout + done.stderr


def test_verify_bundle_names_each_tampered_file(case_fixture: CaseFixture, tmp_path: Path):
    folder = export(case_fixture, tmp_path / "out").folder
    photo = folder / "exhibits/003-burned-houses.jpg"
    data = bytearray(photo.read_bytes())
    data[500] ^= 0x01
    photo.write_bytes(bytes(data))
    report = verify_bundle(folder)
    assert not report.ok
    assert any(
        str(p).startswith("exhibits/003-burned-houses.jpg") and "SHA-256" in str(p)
        for p in report.problems
    )
    data[500] ^= 0x01
    photo.write_bytes(bytes(data))
    assert verify_bundle(folder).ok

    manifest = folder / "manifest.json"
    original = manifest.read_bytes()
    manifest.write_bytes(original.replace(b'"filing"', b'"fiLing"'))
    report = verify_bundle(folder)
    assert any("manifest.sig does not match manifest.json" in str(p) for p in report.problems)
    manifest.write_bytes(original)

    (folder / "exhibits/002-interview-extract.wav").unlink()
    (folder / "notes.txt").write_text("added later")
    problems = [str(p) for p in verify_bundle(folder).problems]
    assert any(p.startswith("exhibits/002-interview-extract.wav: listed") for p in problems)
    assert any(p.startswith("notes.txt: present in the bundle but not listed") for p in problems)


def test_encrypted_bundle_decrypts_with_the_identity(case_fixture: CaseFixture, tmp_path: Path):
    identity = pyrage.x25519.Identity.generate()
    result = export(case_fixture, tmp_path / "out", encrypt_to=str(identity.to_public()))
    assert result.age_path is not None and result.folder is None
    assert sorted(p.name for p in (tmp_path / "out").iterdir()) == [result.age_path.name]
    plain = pyrage.decrypt(result.age_path.read_bytes(), [identity])
    (tmp_path / "bundle.zip").write_bytes(plain)
    assert verify_bundle(tmp_path / "bundle.zip").ok


def test_missing_font_stops_before_writing(
    case_fixture: CaseFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from casebook.core.export import fonts

    real = fonts._require_font

    def no_myanmar(script: str, style: str = "regular", truetype_only: bool = False):
        if script == "Myanmar":
            raise MissingFontError("Myanmar", "Noto Sans Myanmar", "fonts-noto-core")
        return real(script, style, truetype_only)

    monkeypatch.setattr(fonts, "_require_font", no_myanmar)
    out = tmp_path / "out"
    with pytest.raises(MissingFontError) as caught:
        export(case_fixture, out)
    assert "Myanmar" in str(caught.value) and "Noto Sans Myanmar" in str(caught.value)
    assert not out.exists() or not any(out.iterdir())


def test_real_missing_cjk_font_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """Only a Latin font on the search path: Chinese text names the script and a font."""
    from casebook.core.export import fonts
    from casebook.core.text import scripts

    latin = scripts.find_font("Latin", truetype_only=True)
    bold = scripts.find_font("Latin", "bold", truetype_only=True)
    assert latin is not None and bold is not None
    only_latin = tmp_path / "fonts"
    only_latin.mkdir()
    for font in (latin, bold):
        (only_latin / font.path.name).symlink_to(font.path)
    monkeypatch.setattr(scripts, "font_dirs", lambda: [only_latin])
    scripts.clear_font_cache()
    try:
        book = fonts.FontBook()
        book.require("The witness said: Привет")  # Latin and Cyrillic share the base font
        with pytest.raises(MissingFontError) as caught:
            book.require("证人说 士兵来了")
    finally:
        scripts.clear_font_cache()
    # Noto Sans CJK has CFF outlines, which ReportLab cannot embed: a TrueType font is named.
    assert "Han" in str(caught.value) and "fonts-wqy-zenhei" in str(caught.value)


def test_disk_full_leaves_nothing(
    case_fixture: CaseFixture, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    def full(*_args: object, **_kwargs: object):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(bundle_module, "key_file_text", full)
    out = tmp_path / "out"
    with pytest.raises(StorageFull):
        export(case_fixture, out)
    assert list(out.iterdir()) == []
    with case_fixture.book.session() as session:
        assert session.query(CustodyEvent).filter_by(action="exported").count() == 0


def test_nothing_written_to_os_temp(
    case_fixture: CaseFixture, tmp_path: Path, private_tempdir: Path
):
    export(case_fixture, tmp_path / "out")
    assert list(private_tempdir.iterdir()) == []


def test_sealed_annex_holds_identities_only_encrypted(case_fixture: CaseFixture, tmp_path):
    identity = pyrage.x25519.Identity.generate()
    request = ExportRequest(
        case_fixture.reference,
        sealed_identities=("P-001", "W-002"),
        sealed_to=str(identity.to_public()),
    )
    result = export_bundle(case_fixture.book, request, tmp_path / "out")
    folder = result.folder
    annex = folder / "identities-annex.pdf.age"
    assert annex.read_bytes().startswith(b"age-encryption.org/v1")
    for path in folder.rglob("*"):
        if path.is_file() and path != annex:
            data = path.read_bytes()
            assert all(name.encode() not in data for name in REAL_NAMES), path
    flat = " ".join(pdf_text(folder / "complaint.pdf").split())
    assert "identities of P-001, W-002 are given in a separate sealed annex" in flat
    assert all(name not in flat for name in REAL_NAMES)
    (tmp_path / "annex.pdf").write_bytes(pyrage.decrypt(annex.read_bytes(), [identity]))
    annex_text = " ".join(pdf_text(tmp_path / "annex.pdf").split())
    assert "Min Khaing Zaw" in annex_text and "Aung Myint Thu" in annex_text
    assert "Somchai Vongsavath" not in annex_text  # W-001 was not chosen
    assert verify_bundle(folder).ok


def test_sealing_needs_a_recipient_and_consent(case_fixture: CaseFixture):
    from casebook.core.errors import CasebookError

    with case_fixture.book.session() as session:
        with pytest.raises(CasebookError, match="age public key"):
            plan_export(
                session, ExportRequest(case_fixture.reference, sealed_identities=("P-001",))
            )
        with pytest.raises(CasebookError, match="W-003's statement is left out"):
            plan_export(
                session,
                ExportRequest(
                    case_fixture.reference,
                    sealed_identities=("W-003",),
                    sealed_to=str(pyrage.x25519.Identity.generate().to_public()),
                ),
            )


def test_damaged_evidence_stops_the_export_and_leaves_nothing(
    case_fixture: CaseFixture, tmp_path: Path
):
    from casebook.core.errors import BlobIntegrityError

    book = case_fixture.book
    with book.session() as session:
        item = session.query(EvidenceItem).filter_by(title="Interview extract").one()
        stored = book.vault.path_of(item.blob.storage_name)
    data = bytearray(stored.read_bytes())
    data[-40] ^= 0xFF
    stored.write_bytes(bytes(data))
    out = tmp_path / "out"
    with pytest.raises(BlobIntegrityError):
        export(case_fixture, out)
    assert list(out.iterdir()) == []
    with book.session() as session:
        assert session.query(CustodyEvent).filter_by(action="exported").count() == 0


def test_cancel_leaves_nothing_and_progress_counts_up(case_fixture: CaseFixture, tmp_path):
    import threading

    from casebook.core.export.bundle import ExportCancelled

    cancel = threading.Event()
    seen: list[tuple[str, int, int]] = []

    def progress(message: str, done: int, total: int) -> None:
        seen.append((message, done, total))
        if str(message).startswith("Writing exhibit 2"):
            cancel.set()

    out = tmp_path / "out"
    with pytest.raises(ExportCancelled):
        export(case_fixture, out, progress=progress, cancel=cancel)
    assert list(out.iterdir()) == []
    assert [done for _m, done, _t in seen] == [0, 1]
    assert {total for _m, _d, total in seen} == {3 + 4}
    with case_fixture.book.session() as session:
        assert session.query(CustodyEvent).filter_by(action="exported").count() == 0


def test_charges_by_unique_id_prefix(case_fixture: CaseFixture):
    with case_fixture.book.session() as session:
        plan = plan_export(
            session, ExportRequest(case_fixture.reference, [case_fixture.charge_id[:8]])
        )
        assert [c.id for c in plan.charges] == [case_fixture.charge_id]


def test_bundle_is_never_written_inside_the_casebook(case_fixture: CaseFixture):
    from casebook.core.export.bundle import ExportFailed

    inside = case_fixture.book.folder / "exports"
    with pytest.raises(ExportFailed, match="outside the casebook"):
        export(case_fixture, inside)
    assert not inside.exists()


def test_unreadable_pdf_exhibit_is_delivered_and_described(case_fixture: CaseFixture, tmp_path):
    from casebook.core.models import Incident
    from casebook.core.records.cases import case_by_reference
    from casebook.core.records.evidence import take_in

    broken = tmp_path / "damaged-scan.pdf"
    broken.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 200)
    book = case_fixture.book
    with book.session() as session:
        case = case_by_reference(session, case_fixture.reference)
        item = take_in(book, session, case, broken, title="Damaged scan").item
        incident = session.query(Incident).filter_by(title="Burning of Ban Nakham").one()
        incident.evidence.append(item)
        session.commit()
    result = export(case_fixture, tmp_path / "out")
    flat = " ".join(pdf_text(result.folder / "complaint.pdf").split())
    assert "Damaged scan" in flat and "the PDF could not be read" in flat
    (copy,) = (result.folder / "exhibits").glob("*-damaged-scan.pdf")
    assert copy.read_bytes() == broken.read_bytes()
    assert verify_bundle(result.folder).ok


def test_a_single_custody_event_is_counted_in_the_singular(filing) -> None:
    _result, text = filing
    assert "1 events" not in text
    assert "1 event," in text
