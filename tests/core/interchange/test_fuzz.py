"""Property-based fuzz of the interchange importer (issue 11).

A real exported case (small, but with every part of the format: identities, consent,
segments, a file, dates, a place, a tag and a charge) is mutated: values replaced by hostile
ones, keys deleted or added, deep nesting, odd Unicode, huge integers, NaN, paths out of the
folder. Every import must end in success or in a ``CasebookError`` whose sentence carries
no case data, and a refused import writes nothing: the database commits nothing (SQLite's
data_version is unchanged) and the casebook folder holds the same files. Derandomized, so
CI sees the same examples every run.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image
from sqlalchemy import text

from casebook.core import interchange
from casebook.core.analysis import add_charge, add_tag
from casebook.core.errors import CasebookError
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.records.persons import add_person
from casebook.core.records.records import add_incident, set_incident_link
from casebook.core.records.testimonies import ConsentTerms, add_testimony, withdraw_consent

from ..hostile_values import (
    MARKER,
    Figures,
    Mutation,
    apply,
    case_texts,
    fresh_ids,
    leaves,
    materialize,
    mutations,
    to_text,
)

EXAMPLES = int(os.environ.get("CASEBOOK_FUZZ_EXAMPLES", "1500"))
FIGURES = Figures()
SERIAL: list[None] = []


def files_of(folder: Path) -> list[str]:
    """Every file under ``folder`` except SQLite's own journal files."""
    return sorted(
        os.path.join(root, name)
        for root, _dirs, names in os.walk(folder)
        for name in names
        if not name.endswith(("-wal", "-shm", ".lock"))
    )


class Target:
    """The receiving casebook, with a connection kept open to read SQLite's data_version."""

    def __init__(self, book, folder: Path) -> None:
        self.book = book
        self.folder = folder
        self._watch = book.engine.connect()

    def state(self) -> tuple[int, list[str]]:
        version = self._watch.execute(text("PRAGMA data_version")).scalar_one()
        return version, files_of(self.book.folder)

    def close(self) -> None:
        self._watch.close()


REFERENCE = "MM-2017-FZ-001"


def build_source(book, folder: Path) -> None:
    """A small case that uses every part of the format: a witness with identity and consent
    given then withdrawn, a statement, a photo with its file, a dated and placed incident
    linking them, a tag and a charge."""
    folder.mkdir(parents=True, exist_ok=True)
    photo_file = folder / "photo.png"
    Image.new("RGB", (16, 16), "purple").save(photo_file)
    with book.session() as s:
        case = add_case(s, "Burning of Tula Toli", REFERENCE, situation="Myanmar, 2017")
        witness = add_person(
            s, case, ["witness", "survivor"], identity={"full_name": "Daw Khin"}, sex_gender="f"
        )
        soldier = add_person(s, case, ["alleged_perpetrator"], unit="LIB 33")
        testimony = add_testimony(
            s, case, ["The soldiers came at dawn.", "ရွာကို မီးရှို့တယ်။"], witness=witness,
            language="my", taken_on="2017-10-02",
            consent=ConsentTerms(legal_proceedings=True, given_on="2017-10-02"),
        )  # fmt: skip
        withdraw_consent(testimony.consent, "2018-01-10", "fears for family")
        photo = take_in(
            book, s, case, photo_file, title="Burnt house", collected_at="2017-09-01"
        ).item
        incident = add_incident(
            s, case, "Burning of the village", date_precision="range",
            date_start="2017-08-25", date_end="2017-08-27", place_name="ဘူးသီးတောင်",
            latitude="20.87", longitude="92.53",
        )  # fmt: skip
        incident.coordinate_precision_m = 500.0
        for kind, record in (("person", witness), ("testimony", testimony), ("evidence", photo)):
            set_incident_link(s, incident, kind, record.id, True)
        add_tag(s, case, "7(1)(d)/1", "direct", segment_id=testimony.segments[0].id)
        add_charge(s, case, "7(1)(d)", perpetrators=[(soldier.id, "25(3)(a)-direct")],
                   incident_ids=[incident.id])  # fmt: skip
        s.commit()


@pytest.fixture
def source(casebook_factory, tmp_path: Path) -> tuple[str, Path]:
    """The exported document (as text) and its folder, with hostile neighbours beside it."""
    book, _ = casebook_factory("source")
    build_source(book, tmp_path / "material")
    out = tmp_path / "export"
    document = interchange.export_case(
        book, REFERENCE, files_dir=out / "files", with_identities=True, document_dir=out
    )
    (tmp_path / "secret.txt").write_bytes(b"a file outside the export folder")
    os.symlink(tmp_path / "secret.txt", out / "link.txt")
    os.symlink(tmp_path, out / "linkdir")
    return json.dumps(document, ensure_ascii=False), out


@pytest.fixture
def no_fsync(monkeypatch) -> None:
    """Durability is not what the fuzz tests, and fsync is most of a successful import's time;
    SQLite's own syncing is untouched, and data_version still sees every commit."""
    monkeypatch.setattr(os, "fsync", lambda _fd: None)


@pytest.fixture
def target(casebook_factory, source) -> Iterator[Target]:
    book, _ = casebook_factory("target")
    watched = Target(book, source[1])
    yield watched
    watched.close()


def test_the_unmutated_document_imports(source, target):
    """The fuzz starts from a document that imports, so its refusals mean something."""
    message = interchange.import_document(target.book, json.loads(source[0]), target.folder)
    assert "1 incidents" in message and "1 files" in message


@cache
def _strategy(swaps: tuple[str, ...]) -> st.SearchStrategy[list[Mutation]]:
    return mutations(list(swaps))


@cache
def _parts(base: str) -> tuple[dict, list[str], frozenset[str]]:
    """The document, the values to swap in, and its texts that read as case data."""
    original = json.loads(base)
    swaps = sorted({v for v in leaves(original) if isinstance(v, str) and len(v) <= 64})
    return original, swaps, frozenset(case_texts(original))


@settings(
    derandomize=True,
    database=None,
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
@given(data=st.data(), as_text=st.booleans(), cut=st.integers(0, 40))
def test_fuzzed_documents_import_or_are_refused_cleanly(
    source, target, no_fsync, data, as_text, cut
):
    base, folder = source
    _original, swaps, secrets = _parts(base)
    SERIAL.append(None)
    serial = len(SERIAL)
    document = json.loads(fresh_ids(base, serial).replace(REFERENCE, f"FZ-{serial}"))
    if serial % 2:
        # Custody is signed over the original ids, so under fresh ids it is (rightly) refused;
        # every other example goes without it, so that some imports succeed.
        document["cases"][0].pop("signers", None)
        for item in document["cases"][0]["evidence"]:
            item.pop("custody", None)
    for mutation in data.draw(_strategy(tuple(swaps))):
        document = apply(document, mutation)
    before = target.state()
    FIGURES.examples += 1
    try:
        if as_text:
            raw = to_text(document).encode("utf-8")
            if cut == 0:  # now and then, a file cut short
                raw = raw[: len(raw) * 2 // 3]
            path = folder / "case.json"
            path.write_bytes(raw)
            interchange.import_file(target.book, path)
        else:
            interchange.import_document(target.book, materialize(document), folder)
        FIGURES.succeeded += 1
    except CasebookError as error:
        FIGURES.refused += 1
        message = str(error)
        assert message.strip()
        assert MARKER not in message
        leaked = [t for t in secrets if t in message]
        assert not leaked, f"case data in the message: {message}"
        assert target.state() == before, f"a refused import wrote something: {message}"
    except Exception:
        FIGURES.other_exceptions += 1
        raise


def test_zz_fuzz_figures():
    """Runs after the fuzz (file order): reports what it saw and that it saw enough."""
    print(FIGURES.line("interchange fuzz"))
    if FIGURES.examples == 0:
        pytest.skip("the fuzz test did not run in this session")
    assert FIGURES.examples >= EXAMPLES and FIGURES.other_exceptions == 0
    assert FIGURES.succeeded > 0 and FIGURES.refused > 0
