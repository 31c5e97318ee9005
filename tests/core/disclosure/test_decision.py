"""The one disclosure decision, and the paths out that ask it (bundle, plan, print-record).

The case is the one issue 10 describes: a witness (W-001) whose consent excludes legal
proceedings, and a photo of that witness's injuries described with the pseudonym and the
clinic; a second witness (W-002) who consented to Germany only, and the recording of that
interview; an alleged perpetrator, whose consent governs nothing.
"""

from __future__ import annotations

import wave
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfReader
from sqlalchemy import select

from casebook.core.analysis import add_charge, add_tag
from casebook.core.disclosure.decision import Override, decide
from casebook.core.errors import CasebookError
from casebook.core.export.bundle import export_bundle
from casebook.core.export.plan import ExportRequest, plan_export
from casebook.core.export.record_print import DisclosureRefused, print_evidence, print_testimony
from casebook.core.models import AuditEntry, Case
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.records.persons import add_person
from casebook.core.records.records import add_incident, set_evidence_person, set_incident_link
from casebook.core.records.testimonies import ConsentTerms, add_testimony
from casebook.core.store.casebook import Casebook

PHOTO_TOKEN = "INJURY-PHOTO-TOKEN"
AUDIO_TOKEN = "INTERVIEW-AUDIO-TOKEN"
REFUSED_TOKEN = "REFUSED-STATEMENT-TOKEN"


@dataclass
class Ids:
    case: str
    w1_statement: str
    w2_statement: str
    photo: str
    audio: str
    unit_photo: str
    w1_incident: str
    w2_incident: str


def build(book: Casebook, folder: Path, w2_jurisdictions: list[str]) -> Ids:
    folder.mkdir(exist_ok=True)
    photo = folder / "injuries.jpg"
    Image.new("RGB", (40, 30), "red").save(photo)
    unit_photo = folder / "unit.jpg"
    Image.new("RGB", (40, 30), "green").save(unit_photo)
    audio = folder / "interview.wav"
    with wave.open(str(audio), "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(8000)
        out.writeframes(b"\0\1" * 800)
    with book.session() as s:
        case = add_case(s, "Clearance operation", "DIS-1")
        w1 = add_person(s, case, ["witness", "victim"], identity={"full_name": "Mya Mya Aye"})
        w2 = add_person(s, case, ["witness"], identity={"full_name": "Kyaw Zin Oo"})
        p1 = add_person(s, case, ["alleged_perpetrator"], unit="LIB 99")
        t1 = add_testimony(
            s, case, [f"{REFUSED_TOKEN} They beat me at the checkpoint."], witness=w1,
            language="en", consent=ConsentTerms(legal_proceedings=False),
        )  # fmt: skip
        t2 = add_testimony(
            s, case, ["Soldiers burned the market."], witness=w2, language="en",
            consent=ConsentTerms(legal_proceedings=True, jurisdictions=w2_jurisdictions),
        )  # fmt: skip
        injuries = take_in(
            book, s, case, photo, title="Injuries",
            description=f"{PHOTO_TOKEN} Injuries of W-001, clinic in Maungdaw",
        ).item  # fmt: skip
        set_evidence_person(s, injuries, w1.pseudonym)
        recording = take_in(
            book, s, case, audio, title="Interview recording", description=AUDIO_TOKEN
        ).item
        set_evidence_person(s, recording, w2.pseudonym)
        unit = take_in(book, s, case, unit_photo, title="Unit at the market").item
        set_evidence_person(s, unit, p1.pseudonym)
        i1 = add_incident(s, case, "Beating at the checkpoint", date_start="2017-08-26")
        set_incident_link(s, i1, "person", w1.id, True)
        set_incident_link(s, i1, "evidence", injuries.id, True)
        i2 = add_incident(s, case, "Burning of the market", date_start="2017-08-25")
        linked = (("person", w2), ("testimony", t2), ("evidence", recording), ("evidence", unit))
        for kind, record in linked:
            set_incident_link(s, i2, kind, record.id, True)
        charge = add_charge(
            s,
            case,
            "7(1)(d)",
            perpetrators=[(p1.id, "25(3)(a)-direct")],
            incident_ids=[i1.id, i2.id],
        )
        add_tag(s, case, "7(1)(d)/1", "direct", evidence_id=injuries.id)
        add_tag(s, case, "7(1)(d)/1", "direct", evidence_id=unit.id)
        add_tag(s, case, "7(1)(d)/2", "direct", segment_id=t1.segments[0].id)
        del charge
        s.commit()
        return Ids(case.id, t1.id, t2.id, injuries.id, recording.id, unit.id, i1.id, i2.id)


@pytest.fixture
def ids(book: Casebook, tmp_path: Path) -> Ids:
    return build(book, tmp_path / "files", ["DE"])


def decision(book: Casebook, ids: Ids, recipient: str = "DE", overrides=()):
    with book.session() as s:
        return decide(s, s.get(Case, ids.case), "legal_proceedings", recipient, overrides)


def test_material_concerning_a_person_follows_that_persons_consent(book, ids):
    d = decision(book, ids)
    assert not d.allows("testimony", ids.w1_statement)
    assert not d.allows("evidence", ids.photo)
    assert d.why_not("evidence", ids.photo) == (
        "it concerns W-001, and W-001's consent does not cover use in legal proceedings with DE"
    )
    assert not d.allows("incident", ids.w1_incident)
    for kind, record in (
        ("testimony", ids.w2_statement),
        ("evidence", ids.audio),
        ("evidence", ids.unit_photo),  # an alleged perpetrator's consent is not asked
        ("incident", ids.w2_incident),
    ):
        assert d.allows(kind, record), (kind, d.why_not(kind, record))


def test_a_statement_left_out_takes_its_recording_with_it(book, tmp_path):
    """Consent named only France; the addressee is German: statement and audio stay."""
    ids = build(book, tmp_path / "files", ["FR"])
    d = decision(book, ids)
    assert "does not cover sharing with DE" in d.why_not("testimony", ids.w2_statement)
    assert d.why_not("evidence", ids.audio).startswith("it concerns W-002, and W-002's consent")


def test_the_plan_lists_each_withheld_item_with_its_reason(book, ids):
    with book.session() as s:
        plan = plan_export(s, ExportRequest("DIS-1"))
        exhibit_ids = {item.id for item in plan.exhibits}
        assert ids.photo not in exhibit_ids and ids.unit_photo in exhibit_ids
        assert {t.evidence_id for t in plan.excluded_tags} >= {ids.photo}
        lines = "\n".join(map(str, plan.summary_lines()))
    assert "evidence 'Injuries': left out: it concerns W-001" in lines
    assert "incident 'Beating at the checkpoint': left out: it concerns W-001" in lines
    assert "statement of W-001" in lines


def _bundle_bytes(folder: Path) -> bytes:
    """Every byte of every file in the bundle, PDF text extracted and file names included."""
    out = bytearray()
    for path in sorted(folder.rglob("*")):
        out += str(path.relative_to(folder)).encode()
        if path.is_file():
            out += path.read_bytes()
            if path.suffix == ".pdf":
                out += "".join(page.extract_text() or "" for page in PdfReader(path).pages).encode()
    return bytes(out)


def test_the_filing_bundle_holds_nothing_of_the_withheld_photo(book, ids, tmp_path):
    result = export_bundle(book, ExportRequest("DIS-1"), tmp_path / "out")
    everything = _bundle_bytes(result.folder)
    assert PHOTO_TOKEN.encode() not in everything
    assert REFUSED_TOKEN.encode() not in everything
    photo_bytes = (tmp_path / "files" / "injuries.jpg").read_bytes()
    assert photo_bytes not in everything
    assert (tmp_path / "files" / "unit.jpg").read_bytes() in everything  # the rest goes out


def test_an_override_needs_a_written_reason_and_is_kept_in_the_audit_log(book, ids, tmp_path):
    with pytest.raises(CasebookError, match="at least 10 characters"):
        decision(book, ids, overrides=[Override("evidence", ids.photo, "ok")])
    with pytest.raises(CasebookError, match="a statement goes out only as its witness"):
        decision(book, ids, overrides=[Override("testimony", ids.w1_statement, "x" * 20)])
    reason = "The photo shows the checkpoint, a public place; W-001 is not visible."
    request = ExportRequest("DIS-1", overrides=(Override("evidence", ids.photo, reason),))
    with book.session() as s:
        lines = "\n".join(map(str, plan_export(s, request).summary_lines()))
    assert "evidence 'Injuries': included although it concerns W-001" in lines
    assert reason in lines
    result = export_bundle(book, request, tmp_path / "out")
    assert (tmp_path / "files" / "injuries.jpg").read_bytes() in _bundle_bytes(result.folder)
    with book.session() as s:
        kept = s.scalars(select(AuditEntry).where(AuditEntry.action == "override")).one()
        assert kept.record_id == f"evidence/{ids.photo}"
        assert kept.changes["included_because"] == reason


def test_print_record_refuses_what_consent_does_not_cover(book, ids, tmp_path):
    with book.session() as s, pytest.raises(DisclosureRefused, match="not printed"):
        print_testimony(s, ids.w1_statement, tmp_path / "t.pdf")
    with book.session() as s, pytest.raises(DisclosureRefused, match="--include-because"):
        print_evidence(s, ids.photo, tmp_path / "e.pdf")
    assert not (tmp_path / "t.pdf").exists() and not (tmp_path / "e.pdf").exists()
    with book.session() as s:
        print_testimony(s, ids.w2_statement, tmp_path / "ok.pdf")
        print_evidence(
            s, ids.photo, tmp_path / "e.pdf", include_because="Shown to the clinic's own doctor."
        )
        s.commit()
    assert (tmp_path / "ok.pdf").exists() and (tmp_path / "e.pdf").exists()
    with book.session() as s:
        assert s.scalars(select(AuditEntry).where(AuditEntry.action == "override")).one()


def test_export_json_for_a_recipient_asks_the_same_decision(book, ids, tmp_path, casebook_factory):
    from casebook.core import interchange

    said: list[str] = []
    document = interchange.export_case(
        book, "DIS-1", files_dir=tmp_path / "files-out", with_identities=True,
        document_dir=tmp_path, disclosure_for=("legal_proceedings", "DE"), left_out=said,
    )  # fmt: skip
    case = document["cases"][0]
    text = str(document)
    assert PHOTO_TOKEN not in text and REFUSED_TOKEN not in text
    assert ids.photo not in {e["id"] for e in case["evidence"]}
    assert ids.w1_incident not in {i["id"] for i in case["incidents"]}
    assert all(tag.get("evidence_id") != ids.photo for tag in case["tags"])
    assert "Mya Mya Aye" not in text and "Kyaw Zin Oo" in text  # W-002 consented to DE
    assert any(line.startswith(f"evidence {ids.photo}: left out") for line in said)
    assert any(line.startswith("identity of W-001: left out") for line in said)
    files = [p.read_bytes() for p in (tmp_path / "files-out").iterdir()]
    assert (tmp_path / "files" / "injuries.jpg").read_bytes() not in files
    other, _ = casebook_factory("receiver")
    interchange.import_document(other, document, tmp_path)  # still a valid document


def test_export_json_without_a_recipient_is_the_whole_case(book, ids):
    from casebook.core import interchange

    document = interchange.export_case(book, "DIS-1")
    assert ids.photo in {e["id"] for e in document["cases"][0]["evidence"]}


def test_the_matrix_for_a_recipient_does_not_count_what_it_may_not_see(
    book, ids, passphrase, monkeypatch, capsys
):
    from casebook.cli.main import main

    folder = book.folder
    book.close()
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", passphrase)

    def cited(*extra: str) -> str:
        """The matrix as JSON text: material is cited by its id."""
        assert main(["matrix", str(folder), "--case", "DIS-1", "--format", "json", *extra]) == 0
        return capsys.readouterr().out

    assert ids.photo in cited()  # the team's own matrix counts everything
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", passphrase)  # read and removed by the command
    for_de = cited("--recipient", "DE")
    assert ids.photo not in for_de and ids.unit_photo in for_de
