"""Property-based fuzz of the package reader (issue 11).

A real package (the sample case: a witness with identity, consent, a statement, a photo, an
incident, a tag and a charge) is taken apart, its records, audit or manifest mutated with
hostile values, keys deleted or added, deep nesting, lone surrogates, huge integers and NaN,
then re-signed with the sender's real key, so every check after the signature is reached.
Each import must end in success or in a ``CasebookError`` whose sentence carries no case
data; a refused one writes nothing (SQLite's data_version unchanged, the same files in the
receiving casebook, nothing left in blobs/incoming). Derandomized, so CI is stable.
"""

from __future__ import annotations

import hashlib
import json
import os
from functools import cache
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import text

from casebook.core.canonical_json import canonical_json
from casebook.core.errors import CasebookError
from casebook.core.exchange import manifest as fmt

from ..hostile_values import (
    MARKER,
    Figures,
    Mutation,
    apply,
    case_texts,
    leaves,
    mutations,
    to_text,
)
from . import crafting
from .conftest import sample_case
from .test_hostile import recipient_of

EXAMPLES = int(os.environ.get("CASEBOOK_FUZZ_PACKAGE_EXAMPLES", "1000"))
FIGURES = Figures()
SERIAL: list[None] = []
JSON_ENTRIES = (fmt.RECORDS_NAME, fmt.AUDIT_NAME, fmt.MANIFEST_NAME)


def files_of(folder: Path) -> list[str]:
    return sorted(
        os.path.join(root, name)
        for root, _dirs, names in os.walk(folder)
        for name in names
        if not name.endswith(("-wal", "-shm", ".lock"))
    )


class Package(dict):
    """The package's entries, the sender's key, the receiver's age recipient (shown short in
    a falsifying example)."""

    def __repr__(self) -> str:
        return "Package(...)"


@pytest.fixture
def package(parties, tmp_path: Path) -> Package:
    sample_case(parties.aung.book, tmp_path / "files")
    path = tmp_path / "good.cbpkg"
    parties.aung.send([parties.sara], path)
    return Package(
        entries=crafting.open_package(path, parties.sara.age_secret()),
        key=crafting.signing_key(parties.aung.book),
        recipient=recipient_of(parties.sara),
    )


def seal(package: dict, documents: dict[str, object], raw: dict[str, bytes]) -> bytes:
    """Entries listed, hashed and signed as the sender would; ``raw`` entries are written as
    they are (a raw manifest is signed as it is, its list of entries unchanged)."""
    body = dict(package["entries"])
    body.update({n: d for n, d in raw.items() if n != fmt.MANIFEST_NAME})
    skip = (fmt.MANIFEST_NAME, fmt.SIGNATURE_NAME)
    listed = [(n, body[n]) for n, _ in package["entries"] if n not in skip]
    manifest = documents[fmt.MANIFEST_NAME]
    if fmt.MANIFEST_NAME not in raw:
        assert isinstance(manifest, dict)
        manifest["entries"] = [
            {"name": n, "size": len(d), "sha256": hashlib.sha256(d).hexdigest()} for n, d in listed
        ]
    signed = raw.get(fmt.MANIFEST_NAME) or canonical_json(manifest)
    signature = fmt.sign_manifest(package["key"], signed)
    out = [(fmt.MANIFEST_NAME, signed), (fmt.SIGNATURE_NAME, signature), *listed]
    return crafting.encrypt(crafting.tar_bytes(out), [package["recipient"]])


@cache
def _strategy(swaps: tuple[str, ...]) -> st.SearchStrategy[list[Mutation]]:
    return mutations(list(swaps))


@cache
def _parts(entries_key: bytes) -> tuple[dict[str, object], tuple[str, ...], frozenset[str]]:
    documents = json.loads(entries_key)
    swaps = sorted(
        {v for d in documents.values() for v in leaves(d) if isinstance(v, str) and len(v) <= 64}
    )
    return documents, tuple(swaps), frozenset(case_texts(documents[fmt.RECORDS_NAME]))


def test_the_unmutated_package_imports(parties, package, tmp_path):
    """The fuzz starts from a package that imports, so its refusals mean something."""
    documents = {n: json.loads(dict(package["entries"])[n]) for n in JSON_ENTRIES}
    path = tmp_path / "again.cbpkg"
    path.write_bytes(seal(package, documents, {}))
    assert parties.sara.receive(path).summary.counts


@settings(
    derandomize=True,
    database=None,
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=list(HealthCheck),
)
@given(
    data=st.data(),
    where=st.sampled_from([fmt.RECORDS_NAME] * 6 + [fmt.AUDIT_NAME] * 2 + [fmt.MANIFEST_NAME] * 2),
    cut=st.integers(0, 9),
)
def test_fuzzed_packages_import_or_are_refused_cleanly(
    parties, package, tmp_path, data, where, cut
):
    body = dict(package["entries"])
    key = json.dumps({n: json.loads(body[n]) for n in JSON_ENTRIES}).encode()
    originals, swaps, secrets = _parts(key)
    documents = json.loads(json.dumps(originals))
    SERIAL.append(None)
    # A new package id each time: a package is imported once, and a replay is refused.
    documents[fmt.MANIFEST_NAME]["package_id"] = f"{len(SERIAL):08x}-0000-4000-8000-0000000000f1"
    for mutation in data.draw(_strategy(swaps)):
        documents[where] = apply(documents[where], mutation)
    # Written as a hostile sender would (escapes, NaN, deep nesting); now and then cut short.
    raw = to_text(documents[where]).encode("utf-8")
    if cut == 0:
        raw = raw[: len(raw) * 2 // 3]
    path = tmp_path / "fuzzed.cbpkg"
    path.write_bytes(seal(package, documents, {where: raw}))
    sara = parties.sara.book
    watch = sara.engine.connect()
    try:
        before = (watch.execute(text("PRAGMA data_version")).scalar_one(), files_of(sara.folder))
        FIGURES.examples += 1
        try:
            parties.sara.receive(path, accept_unverified=True)
            FIGURES.succeeded += 1
        except CasebookError as error:
            FIGURES.refused += 1
            message = str(error)
            assert message.strip()
            assert MARKER not in message
            leaked = [t for t in secrets if t in message]
            assert not leaked, f"case data in the message: {message}"
            after = (watch.execute(text("PRAGMA data_version")).scalar_one(), files_of(sara.folder))
            assert after == before, f"a refused package wrote something: {message}"
        except Exception:
            FIGURES.other_exceptions += 1
            raise
    finally:
        watch.close()


def test_zz_fuzz_figures():
    """Runs after the fuzz (file order): reports what it saw and that it saw enough."""
    print(FIGURES.line("package fuzz"))
    if FIGURES.examples == 0:
        pytest.skip("the fuzz test did not run in this session")
    assert FIGURES.examples >= EXAMPLES and FIGURES.other_exceptions == 0
    assert FIGURES.succeeded > 0 and FIGURES.refused > 0
