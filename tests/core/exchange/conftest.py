"""Three casebooks that know each other: two documenters and a supervisor, and a sample case."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import select, text

from casebook.core.exchange import identities
from casebook.core.exchange.importer import ImportResult, import_package
from casebook.core.exchange.packager import PackageResult, make_package
from casebook.core.models import (
    Case,
    Charge,
    ChargePerpetrator,
    Tag,
)
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.records.persons import add_person
from casebook.core.records.records import add_incident
from casebook.core.records.testimonies import ConsentTerms, add_testimony
from casebook.core.store.casebook import Casebook

CASE_REF = "MM-2017-001"


@dataclass
class Party:
    book: Casebook
    name: str

    @property
    def fingerprint(self) -> str:
        with self.book.session() as s:
            return identities.fingerprint_of(identities.own_identity(self.book, s))

    def identity_text(self) -> str:
        with self.book.session() as s:
            text = identities.identity_text(self.book, s, identities.own_identity(self.book, s))
            s.commit()
        return text

    def age_secret(self) -> str:
        with self.book.session() as s:
            own = identities.own_identity(self.book, s)
            return own.age_secret.decode()

    def send(self, to: list[Party], out: Path, since_last: bool = False, **kwargs) -> PackageResult:
        return make_package(
            self.book, CASE_REF, [p.fingerprint for p in to], out, since_last=since_last, **kwargs
        )

    def receive(self, package: Path, **kwargs) -> ImportResult:
        return import_package(self.book, package, **kwargs)


def introduce(a: Party, b: Party, verify: bool = True) -> None:
    """b learns a's identity (and verifies it, as after comparing fingerprints)."""
    text = a.identity_text()
    with b.book.session() as s:
        identities.import_identity(s, text)
        if verify:
            identities.verify_identity(b.book, s, a.fingerprint)
        s.commit()


@dataclass
class Parties:
    aung: Party  # documenter
    bopha: Party  # documenter
    sara: Party  # supervisor


@pytest.fixture
def parties(casebook_factory) -> Parties:
    made = []
    for name, role in (("Aung", "documenter"), ("Bopha", "documenter"), ("Sara", "supervisor")):
        book, _ = casebook_factory(name.lower(), user_name=name, role=role)
        made.append(Party(book, name))
    trio = Parties(*made)
    for a in made:
        for b in made:
            if a is not b:
                introduce(a, b)
    return trio


def make_photo(path: Path, colour: str = "purple") -> Path:
    Image.new("RGB", (24, 24), colour).save(path)
    return path


def sample_case(book: Casebook, folder: Path) -> dict[str, str]:
    """A case with a witness (with identity), a sealed-consent testimony, a photo, an
    incident linking them, a tag and a charge; returns the ids."""
    folder.mkdir(parents=True, exist_ok=True)
    with book.session() as s:
        case = add_case(s, "Village burning", CASE_REF, situation="Myanmar")
        witness = add_person(
            s, case, ["witness", "survivor"], identity={"full_name": "Daw Khin"}, sex_gender="f"
        )
        perpetrator = add_person(s, case, ["alleged_perpetrator"], unit="LIB 33")
        testimony = add_testimony(
            s, case, ["The soldiers came at dawn.", "ရွာကို မီးရှို့တယ်။"], witness=witness,
            language="my", consent=ConsentTerms(legal_proceedings=True, jurisdictions=["DE"]),
        )  # fmt: skip
        photo = take_in(book, s, case, make_photo(folder / "photo.png"), title="Burnt house")
        incident = add_incident(s, case, "Burning of the village", description="At dawn.")
        incident.persons = [witness, perpetrator]
        incident.testimonies = [testimony]
        incident.evidence = [photo.item]
        tag = Tag(
            case_id=case.id, segment_id=testimony.segments[0].id, element_kind="crime",
            element_id="7(1)(d)/1", taxonomy_version="test", support="direct",
        )  # fmt: skip
        charge = Charge(
            case_id=case.id, crime_id="7(1)(d)", taxonomy_version="test", title="Deportation"
        )
        charge.incidents = [incident]
        charge.perpetrators = [ChargePerpetrator(person_id=perpetrator.id, liability_id="25(3)(a)")]
        s.add_all([tag, charge])
        s.commit()
        return {
            "case": case.id,
            "witness": witness.id,
            "perpetrator": perpetrator.id,
            "testimony": testimony.id,
            "evidence": photo.item.id,
            "incident": incident.id,
            "tag": tag.id,
            "charge": charge.id,
        }


def snapshot(book: Casebook) -> tuple[list[str], dict[str, list[tuple]]]:
    """Every file in the casebook folder and every row of every table, to prove nothing moved."""
    files = sorted(
        str(p.relative_to(book.folder))
        for p in book.folder.rglob("*")
        if p.is_file() and not p.name.endswith(("-wal", "-shm"))
    )
    rows: dict[str, list[tuple]] = {}
    with book.engine.connect() as conn:
        tables = conn.execute(
            text(
                "SELECT name FROM sqlite_master WHERE type = 'table' "
                "AND name NOT LIKE 'search_index%'"
            )
        ).scalars()
        for table in list(tables):
            rows[table] = sorted(
                tuple(map(repr, r)) for r in conn.execute(text(f'SELECT * FROM "{table}"'))
            )
    return files, rows


def case_of(book: Casebook) -> Case | None:
    with book.session() as s:
        return s.scalar(select(Case).where(Case.reference == CASE_REF))


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()
