"""Fixtures shared by the whole suite: a cheap key-derivation policy, casebooks in tmp_path,
and a private temp folder so a test can prove nothing was written to the OS temp dir.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from casebook.core.store import kdf
from casebook.core.store.casebook import Casebook
from casebook.core.store.kdf import KdfParams

PASSPHRASE = "correct horse battery staple ຂ້ອຍ"
USER_NAME = "Test Documenter"
CHEAP_KDF = KdfParams(memory_kib=1024, iterations=1, lanes=1)


@pytest.fixture(autouse=True)
def private_user_data(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Path:
    """This computer's Casebook folder (history anchors, export staging) for this test only."""
    folder = tmp_path_factory.mktemp("user-data")
    monkeypatch.setenv("CASEBOOK_DATA_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def cheap_kdf() -> Iterator[KdfParams]:
    """Argon2id at 1 MiB and one pass, so the suite does not spend minutes deriving keys."""
    previous = kdf.set_policy(CHEAP_KDF)
    try:
        yield CHEAP_KDF
    finally:
        kdf.set_policy(previous)


@pytest.fixture
def passphrase() -> str:
    """The passphrase the ``book`` and ``casebook_factory`` casebooks are made with."""
    return PASSPHRASE


CasebookFactory = Callable[..., tuple[Casebook, str]]


@pytest.fixture
def casebook_factory(tmp_path: Path) -> Iterator[CasebookFactory]:
    """Create casebooks under tmp_path; returns (casebook, recovery text). Closes them after."""
    made: list[Casebook] = []
    counter = 0

    def make(
        name: str | None = None,
        passphrase: str = PASSPHRASE,
        user_name: str = USER_NAME,
        role: str = "documenter",
    ) -> tuple[Casebook, str]:
        nonlocal counter
        counter += 1
        folder = tmp_path / (name or f"casebook-{counter}")
        book, recovery = Casebook.create(folder, passphrase, user_name=user_name, role=role)
        made.append(book)
        return book, recovery

    yield make
    for book in made:
        book.close()  # closing twice is harmless


@pytest.fixture
def book_and_recovery(casebook_factory: CasebookFactory) -> tuple[Casebook, str]:
    return casebook_factory("book")


@pytest.fixture
def book(book_and_recovery: tuple[Casebook, str]) -> Casebook:
    """An open casebook at tmp_path/book, made with PASSPHRASE by USER_NAME."""
    return book_and_recovery[0]


@pytest.fixture
def private_tempdir(tmp_path_factory: pytest.TempPathFactory, monkeypatch) -> Iterator[Path]:
    """Point TMPDIR and tempfile.tempdir at a fresh, empty folder for this test.

    The folder is outside the casebook, so a test can assert it is still empty (or holds no
    plaintext) after the code under test ran.
    """
    folder = tmp_path_factory.mktemp("os-temp")
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setenv("TEMP", str(folder))
    monkeypatch.setenv("TMP", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    yield folder
