"""Property: whatever the consent, nothing protected leaves in any byte of any output.

Random cases: witnesses with random consent (legal use or not, which jurisdictions,
withdrawn or not), each with a statement and photos that concern them, whose titles,
descriptions and file names carry the witness's real name in the forms people write it
(parts in either order, joined by spaces, underscores, dots or hyphens, any case). Each
case is exported every way a complaint leaves (filing and internal bundles as folders, a
zip, and print-record of each statement and photo); then every byte of every output, with
PDF text extracted, is searched for any form of any real name, any left-out passage and
the bytes of any left-out file.
"""

from __future__ import annotations

import io
import itertools
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from PIL import Image
from pypdf import PdfReader

from casebook.core.analysis import add_charge, add_tag
from casebook.core.export.bundle import export_bundle
from casebook.core.export.plan import ExportRequest, plan_export
from casebook.core.export.record_print import DisclosureRefused, print_evidence, print_testimony
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.records.persons import add_person
from casebook.core.records.records import add_incident, set_evidence_person, set_incident_link
from casebook.core.records.testimonies import ConsentTerms, add_testimony
from casebook.core.store.casebook import Casebook

GIVEN = ["Thandar", "Kyawzin", "Sompong", "Mariamu", "Nilufar", "Bounmy"]
FAMILY = ["Htwehla", "Vongsouk", "Rahmani", "Okonkwo", "Phommach", "Zawlinn"]
SEPARATORS = [" ", "_", ".", "-"]

witness = st.fixed_dictionaries(
    {
        "given": st.sampled_from(GIVEN),
        "family": st.sampled_from(FAMILY),
        "legal": st.booleans(),
        "jurisdictions": st.sets(st.sampled_from(["DE", "FR"]), max_size=2),
        "withdrawn": st.booleans(),
        "swap": st.booleans(),
        "separator": st.sampled_from(SEPARATORS),
        "case": st.sampled_from(["lower", "upper", "title"]),
        "photos": st.integers(min_value=1, max_value=2),
        "redact_second": st.booleans(),
    }
)
cases = st.lists(witness, min_size=1, max_size=3, unique_by=lambda w: w["given"])


def written(w: dict, swap: bool | None = None, separator: str | None = None) -> str:
    parts = [w["given"], w["family"]]
    if w["swap"] if swap is None else swap:
        parts.reverse()
    text = (w["separator"] if separator is None else separator).join(parts)
    return {"lower": text.lower(), "upper": text.upper(), "title": text}[w["case"]]


@dataclass
class Built:
    book: Casebook
    statements: dict[str, str] = field(default_factory=dict)  # testimony id -> witness key
    photos: dict[str, tuple[str, bytes]] = field(default_factory=dict)  # id -> (key, bytes)
    passages: dict[str, list[str]] = field(default_factory=dict)  # key -> passage tokens
    redacted: list[str] = field(default_factory=list)


def build(book: Casebook, folder: Path, drawn: list[dict]) -> Built:
    built = Built(book)
    with book.session() as s:
        case = add_case(s, "Random case", "PROP-1")
        perpetrator = add_person(s, case, ["alleged_perpetrator"], unit="LIB 1")
        incident = add_incident(s, case, "The attack", date_start="2017-08-25")
        set_incident_link(s, incident, "person", perpetrator.id, True)
        for n, w in enumerate(drawn):
            key = w["given"]
            person = add_person(
                s, case, ["witness"], identity={"full_name": f"{w['given']} {w['family']}"}
            )
            tokens = [f"PASSAGE{n}A{i}" for i in range(2)]
            testimony = add_testimony(
                s, case, [f"{tokens[0]} We saw {written(w)} at the river.", f"{tokens[1]} fled."],
                witness=person, language="en",
                consent=ConsentTerms(legal_proceedings=w["legal"],
                                     jurisdictions=sorted(w["jurisdictions"])),
            )  # fmt: skip
            if w["withdrawn"]:
                testimony.consent.withdrawn_on = "2020-01-01"
            if w["redact_second"]:
                testimony.segments[1].redact = True
                built.redacted.append(tokens[1])
            built.statements[testimony.id] = key
            built.passages[key] = tokens
            set_incident_link(s, incident, "testimony", testimony.id, True)
            for k in range(w["photos"]):
                name = f"{written(w, swap=bool(k), separator='_')}_injuries_{k}.png"
                path = folder / name
                Image.new("RGB", (9 + n, 7 + k), (40 * n, 90 + k, 200)).save(path)
                item = take_in(
                    book, s, case, path, title=f"Injuries of {written(w)}",
                    description=f"Photo of {written(w, swap=True)} by the clinic",
                ).item  # fmt: skip
                set_evidence_person(s, item, person.pseudonym)
                set_incident_link(s, incident, "evidence", item.id, True)
                built.photos[item.id] = (key, path.read_bytes())
        add_charge(s, case, "7(1)(d)", perpetrators=[(perpetrator.id, "25(3)(a)-direct")],
                   incident_ids=[incident.id])  # fmt: skip
        add_tag(s, case, "7(1)(d)/1", "direct", incident_id=incident.id)
        s.commit()
    return built


def output_bytes(paths: list[Path]) -> bytes:
    """Every byte written, file names included, zips opened, PDF text extracted."""
    out = bytearray()
    for root in paths:
        for path in [root, *sorted(root.rglob("*"))] if root.is_dir() else [root]:
            out += path.name.encode()
            if not path.is_file():
                continue
            data = path.read_bytes()
            out += data
            if path.suffix == ".zip":
                with zipfile.ZipFile(path) as archive:
                    for info in archive.infolist():
                        out += info.filename.encode() + archive.read(info)
            if path.suffix == ".pdf":
                text = "".join(
                    page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages
                )
                out += text.encode()
    return bytes(out)


def name_forms(w: dict) -> set[str]:
    forms = set()
    for swap, separator in itertools.product((False, True), SEPARATORS):
        forms.add(written({**w, "case": "lower"}, swap, separator))
    return forms


@settings(
    max_examples=10,
    derandomize=True,
    deadline=None,
    phases=[Phase.explicit, Phase.generate],  # each example exports a case: no slow shrinking
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(drawn=cases)
def test_nothing_protected_leaves_in_any_output(
    drawn: list[dict], casebook_factory, tmp_path_factory: pytest.TempPathFactory
) -> None:
    folder = tmp_path_factory.mktemp("prop")
    book, _ = casebook_factory(f"prop-{folder.name}")
    built = build(book, folder, drawn)
    outputs: list[Path] = []
    with book.session() as s:
        plan = plan_export(s, ExportRequest("PROP-1"))
        allowed_statements = {st.testimony.id for st in plan.statements}
        allowed_photos = {item.id for item in plan.exhibits}
    for edition, make_zip in (("filing", True), ("internal", False)):
        result = export_bundle(book, ExportRequest("PROP-1", edition=edition),
                               folder / f"out-{edition}", make_zip=make_zip)  # fmt: skip
        outputs += [p for p in (result.folder, result.zip_path) if p is not None]
    printed: set[str] = set()  # print-record asks for legal use with any recipient
    with book.session() as s:
        for n, testimony_id in enumerate(built.statements):
            target = folder / f"statement-{n}.pdf"
            try:
                print_testimony(s, testimony_id, target)
                outputs.append(target)
                printed.add(testimony_id)
            except DisclosureRefused:
                assert not target.exists()
        for n, photo_id in enumerate(built.photos):
            target = folder / f"photo-{n}.pdf"
            try:
                print_evidence(s, photo_id, target)
                outputs.append(target)
            except DisclosureRefused:
                assert not target.exists()
    everything = output_bytes(outputs).lower()

    for w in drawn:
        for form in name_forms(w):
            assert form.encode() not in everything, form
    for testimony_id, key in built.statements.items():
        tokens = built.passages[key]
        for token in tokens:
            out = testimony_id in allowed_statements or testimony_id in printed
            if not out or token in built.redacted:
                assert token.lower().encode() not in everything, token
    for photo_id, (_key, data) in built.photos.items():
        if photo_id not in allowed_photos:
            assert data.lower() not in everything
    # What consent allows does go out (the property is not met by exporting nothing).
    for photo_id in allowed_photos:
        assert built.photos[photo_id][1].lower() in everything
