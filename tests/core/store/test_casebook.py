"""One casebook = one folder: create, open, lock, close, change passphrase, back up."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import stat
import unicodedata
from collections.abc import Callable
from pathlib import Path

import pytest
from sqlalchemy import func, select, text

from casebook.core.errors import (
    CasebookDamaged,
    CasebookError,
    CasebookExists,
    CasebookLocked,
    KeySlotFileError,
    NotACasebook,
    NotFound,
    SchemaTooNew,
    WrongPassphrase,
    WrongRecoveryKey,
)
from casebook.core.models import Case, Segment, Setting, Testimony, User
from casebook.core.records.cases import add_case
from casebook.core.records.testimonies import add_testimony
from casebook.core.store import casebook as casebook_module
from casebook.core.store import kdf, migrate, recovery_key
from casebook.core.store.casebook import (
    BACKUP_DIR,
    DB_NAME,
    LOCK_NAME,
    MARKER_NAME,
    SLOTS_NAME,
    VAULT_DIR,
    Casebook,
)
from casebook.core.store.database import integrity_problems, make_engine
from casebook.core.store.kdf import KdfParams
from casebook.core.store.keyslots import KeySlotFile
from casebook.core.text.text_input import clean

CasebookFactory = Callable[..., tuple[Casebook, str]]


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_hashes(folder: Path, skip: tuple[str, ...] = ()) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): sha256_of(p)
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name not in skip
    }


def assert_clear_sentence(exc: BaseException, *secrets: str) -> str:
    message = str(exc)
    assert len(message) > 30 and not message[:1].islower(), message
    assert message.rstrip().endswith((".", ")")), message
    assert "Traceback" not in message and "sqlite" not in message.lower()
    for secret in secrets:
        assert secret not in message
    return message


# -- creating --------------------------------------------------------------------------------


def test_create_lays_out_the_folder(book: Casebook) -> None:
    folder = book.folder
    names = {p.name for p in folder.iterdir()}
    assert {DB_NAME, SLOTS_NAME, MARKER_NAME, LOCK_NAME, VAULT_DIR, BACKUP_DIR} <= names
    assert (folder / VAULT_DIR / "incoming").is_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE((folder / DB_NAME).stat().st_mode) == 0o600
    assert stat.S_IMODE((folder / SLOTS_NAME).stat().st_mode) == 0o600
    for sub in (VAULT_DIR, BACKUP_DIR):
        assert stat.S_IMODE((folder / sub).stat().st_mode) == 0o700
    assert "encrypted Casebook" in (folder / MARKER_NAME).read_text(encoding="utf-8")
    # The database is SQLCipher: no plain SQLite header.
    assert not (folder / DB_NAME).read_bytes().startswith(b"SQLite format 3")


def test_create_records_the_user_and_identity(book: Casebook, passphrase: str) -> None:
    assert book.setting("casebook_id") == book.id
    assert book.setting("created_at")
    assert book.setting("no such setting") is None
    with book.session() as session:
        (user,) = session.scalars(select(User)).all()
        assert user.id == book.actor_id == book.setting("default_user_id")
        assert user.display_name == "Test Documenter"
        assert user.role == "documenter"
        assert len(user.signing_public_key) == 32 and len(user.signing_private_key) == 32


def test_create_returns_a_working_recovery_key(
    book_and_recovery: tuple[Casebook, str], passphrase: str
) -> None:
    book, recovery = book_and_recovery
    folder, book_id = book.folder, book.id
    book.close()
    with Casebook.open(folder, recovery_key=recovery) as reopened:
        assert reopened.id == book_id
    sloppy = recovery.lower().replace("-", " ").replace("0", "o")
    with Casebook.open(folder, recovery_key=sloppy) as reopened:
        assert reopened.id == book_id


def test_create_in_an_existing_empty_folder(tmp_path: Path, passphrase: str) -> None:
    folder = tmp_path / "empty"
    folder.mkdir()
    book, _ = Casebook.create(folder, passphrase, user_name="A")
    book.close()
    assert (folder / DB_NAME).is_file()


def test_create_in_a_non_empty_folder_is_refused(tmp_path: Path, passphrase: str) -> None:
    folder = tmp_path / "my documents"
    folder.mkdir()
    keep = folder / "notes.txt"
    keep.write_text("mine")
    with pytest.raises(CasebookExists) as caught:
        Casebook.create(folder, passphrase)
    assert "not empty" in assert_clear_sentence(caught.value, passphrase)
    assert [p.name for p in folder.iterdir()] == ["notes.txt"]
    assert keep.read_text() == "mine"


def test_create_over_a_file_is_refused(tmp_path: Path, passphrase: str) -> None:
    target = tmp_path / "casebook"
    target.write_text("a file")
    with pytest.raises(CasebookExists):
        Casebook.create(target, passphrase)
    assert target.read_text() == "a file"


def test_create_over_an_existing_casebook_is_refused(book: Casebook, passphrase: str) -> None:
    before = folder_hashes(book.folder)
    with pytest.raises(CasebookExists):
        Casebook.create(book.folder, "another passphrase")
    assert folder_hashes(book.folder) == before


def test_create_with_an_unknown_role(tmp_path: Path, passphrase: str) -> None:
    with pytest.raises(CasebookError, match="role must be one of"):
        Casebook.create(tmp_path / "x", passphrase, role="admin")
    assert not (tmp_path / "x").exists()


@pytest.mark.parametrize("empty", ["", "   ", "\t\n"])
def test_create_refuses_an_empty_passphrase(tmp_path: Path, empty: str) -> None:
    # Open(folder) with no passphrase tries "", so an empty one would lock nothing.
    with pytest.raises(CasebookError) as caught:
        Casebook.create(tmp_path / "open-to-all", empty)
    assert "passphrase" in assert_clear_sentence(caught.value)
    assert not (tmp_path / "open-to-all").exists()


def test_change_to_an_empty_passphrase_is_refused(book: Casebook, passphrase: str) -> None:
    before = sha256_of(book.folder / SLOTS_NAME)
    with pytest.raises(CasebookError):
        book.change_passphrase("")
    assert sha256_of(book.folder / SLOTS_NAME) == before
    folder = book.folder
    book.close()
    with pytest.raises(WrongPassphrase):
        Casebook.open(folder)
    Casebook.open(folder, passphrase).close()


def test_create_where_the_folder_cannot_be_made(
    tmp_path: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object, **_kwargs: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "mkdir", refuse)
    with pytest.raises(CasebookError) as caught:
        Casebook.create(tmp_path / "new", passphrase)
    assert "Permission denied" in assert_clear_sentence(caught.value, passphrase)


@pytest.mark.parametrize(
    ("target", "error"),
    [
        ("migrate.upgrade", RuntimeError("schema step failed")),
        ("new_key_pair", RuntimeError("no randomness")),
        ("new_key_pair", KeyboardInterrupt()),
        ("KeySlotFile.create", OSError(28, "No space left on device")),
    ],
)
def test_a_create_that_fails_midway_leaves_no_files(
    tmp_path: Path,
    passphrase: str,
    monkeypatch: pytest.MonkeyPatch,
    target: str,
    error: BaseException,
) -> None:
    def fail(*_args: object, **_kwargs: object) -> None:
        raise error

    owner, _, name = target.rpartition(".")
    holder = {"migrate": migrate, "KeySlotFile": KeySlotFile, "": casebook_module}[owner]
    monkeypatch.setattr(holder, name, fail)
    folder = tmp_path / "half"
    with pytest.raises(type(error)):
        Casebook.create(folder, passphrase)
    assert not folder.exists() or list(folder.rglob("*")) == []
    # Nothing else was left beside it either.
    assert [p.name for p in tmp_path.iterdir() if p.name != "half"] == []


def test_a_failed_create_keeps_an_empty_folder_the_user_made(
    tmp_path: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "chosen-by-user"
    folder.mkdir()
    monkeypatch.setattr(casebook_module, "new_key_pair", lambda: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        Casebook.create(folder, passphrase)
    assert folder.is_dir() and list(folder.iterdir()) == []


def test_a_failed_create_releases_the_folder_for_a_retry(
    tmp_path: Path, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "retry"
    with monkeypatch.context() as patch:
        patch.setattr(casebook_module, "new_key_pair", lambda: 1 / 0)
        with pytest.raises(ZeroDivisionError):
            Casebook.create(folder, passphrase)
    book, _ = Casebook.create(folder, passphrase)
    book.close()


# -- opening ---------------------------------------------------------------------------------


def test_open_with_the_passphrase(book: Casebook, passphrase: str) -> None:
    folder, book_id, actor = book.folder, book.id, book.actor_id
    book.close()
    with Casebook.open(folder, passphrase) as reopened:
        assert reopened.id == book_id
        assert reopened.actor_id == actor


def test_open_with_the_nfd_spelling_of_the_passphrase(tmp_path: Path) -> None:
    nfc = unicodedata.normalize("NFC", "Mật khẩu của tôi ຂ້ອຍ")
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfc != nfd
    book, _ = Casebook.create(tmp_path / "v", nfc)
    book.close()
    Casebook.open(tmp_path / "v", nfd).close()


def test_wrong_passphrase(book: Casebook, passphrase: str, capfd: pytest.CaptureFixture) -> None:
    folder = book.folder
    book.close()
    capfd.readouterr()
    with pytest.raises(WrongPassphrase) as caught:
        Casebook.open(folder, passphrase + "x")
    message = assert_clear_sentence(caught.value, passphrase)
    assert "recovery key" in message
    captured = capfd.readouterr()
    assert captured.err == "" and captured.out == ""
    # The failed attempt released the lock.
    Casebook.open(folder, passphrase).close()


def test_no_passphrase_at_all(book: Casebook) -> None:
    folder = book.folder
    book.close()
    with pytest.raises(WrongPassphrase):
        Casebook.open(folder)


def test_wrong_recovery_key(book: Casebook) -> None:
    folder = book.folder
    book.close()
    other, _ = recovery_key.generate()
    with pytest.raises(WrongRecoveryKey) as caught:
        Casebook.open(folder, recovery_key=other)
    assert_clear_sentence(caught.value, other)


def test_swapped_key_slots_give_our_sentence_and_nothing_on_stderr(
    casebook_factory: CasebookFactory, passphrase: str, capfd: pytest.CaptureFixture
) -> None:
    # Same passphrase on both: the slots unlock, but the data key does not open the DB.
    a, _ = casebook_factory("a")
    b, _ = casebook_factory("b")
    a.close()
    b.close()
    shutil.copy2(b.folder / SLOTS_NAME, a.folder / SLOTS_NAME)
    capfd.readouterr()
    with pytest.raises(CasebookDamaged) as caught:
        Casebook.open(a.folder, passphrase)
    message = assert_clear_sentence(caught.value, passphrase)
    assert "does not belong to this key-slot file" in message
    captured = capfd.readouterr()
    assert "hmac check failed" not in captured.err.lower()
    assert "error" not in captured.err.lower()
    assert captured.err == ""
    Casebook.open(b.folder, passphrase).close()  # the lock of a was released too
    with pytest.raises(CasebookDamaged):
        Casebook.open(a.folder, passphrase)


def test_key_slots_of_another_casebook_with_this_data_key(book: Casebook, passphrase: str) -> None:
    # A slot file that unlocks the database but names another casebook: files were mixed.
    folder, data_key = book.folder, book._data_key
    book.close()
    KeySlotFile.create(folder / SLOTS_NAME, "another-casebook-id", data_key, passphrase)
    with pytest.raises(CasebookError, match="different casebook") as caught:
        Casebook.open(folder, passphrase)
    assert_clear_sentence(caught.value)
    KeySlotFile.create(folder / SLOTS_NAME, book.id, data_key, passphrase)
    Casebook.open(folder, passphrase).close()  # the lock was released by the failure


def test_open_a_path_that_does_not_exist(tmp_path: Path, passphrase: str) -> None:
    with pytest.raises(NotFound) as caught:
        Casebook.open(tmp_path / "nowhere", passphrase)
    assert_clear_sentence(caught.value, passphrase)
    assert not (tmp_path / "nowhere").exists()


def test_open_a_folder_that_is_not_a_casebook(tmp_path: Path, passphrase: str) -> None:
    folder = tmp_path / "photos"
    folder.mkdir()
    (folder / "a.jpg").write_bytes(b"\xff\xd8")
    with pytest.raises(NotACasebook) as caught:
        Casebook.open(folder, passphrase)
    assert DB_NAME in assert_clear_sentence(caught.value, passphrase)
    assert [p.name for p in folder.iterdir()] == ["a.jpg"]  # no lock file made there


def test_open_a_casebook_without_its_key_slot_file(book: Casebook, passphrase: str) -> None:
    folder = book.folder
    book.close()
    (folder / SLOTS_NAME).unlink()
    with pytest.raises(KeySlotFileError, match="missing"):
        Casebook.open(folder, passphrase)


def test_second_open_while_the_first_is_open(book: Casebook, passphrase: str) -> None:
    with pytest.raises(CasebookLocked) as caught:
        Casebook.open(book.folder, passphrase)
    assert "already open" in assert_clear_sentence(caught.value, passphrase)
    # The first one still works.
    with book.session() as session:
        add_case(session, "Still mine", "KEEP-1")
        session.commit()
    folder = book.folder
    book.close()
    with Casebook.open(folder, passphrase) as reopened, reopened.session() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 1


def test_create_refuses_while_open_elsewhere(book: Casebook, passphrase: str) -> None:
    # (The folder is not empty, which is reason enough; the lock must not be stolen either.)
    with pytest.raises(CasebookError):
        Casebook.create(book.folder, passphrase)
    with pytest.raises(CasebookLocked):
        Casebook.open(book.folder, passphrase)


def test_close_releases_the_key_and_the_lock(book: Casebook, passphrase: str) -> None:
    folder = book.folder
    book.close()
    assert book._data_key == b""
    book.close()  # twice is harmless
    with Casebook.open(folder, passphrase) as again:
        assert again.setting("casebook_id") == again.id
    with Casebook.open(folder, passphrase):
        pass


def test_open_from_a_folder_we_cannot_write_to(
    book: Casebook, passphrase: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Tests run as root in CI, where chmod does not stop writes; simulate the refusal.
    folder = book.folder
    book.close()
    real_open = os.open

    def read_only(path, flags, *args, **kwargs):  # type: ignore[no-untyped-def]
        writing = flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT)
        if writing and Path(path).parent == folder:
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, flags, *args, **kwargs)

    monkeypatch.setattr(os, "open", read_only)
    with pytest.raises(CasebookError) as caught:
        Casebook.open(folder, passphrase)
    message = assert_clear_sentence(caught.value, passphrase)
    assert "Permission denied" in message or "permission" in message.lower()
    monkeypatch.undo()
    Casebook.open(folder, passphrase).close()


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores folder permissions")
def test_open_from_a_read_only_folder(book: Casebook, passphrase: str) -> None:
    folder = book.folder
    book.close()
    folder.chmod(0o500)
    try:
        with pytest.raises(CasebookError) as caught:
            Casebook.open(folder, passphrase)
        assert_clear_sentence(caught.value, passphrase)
    finally:
        folder.chmod(0o700)


def test_weak_passphrase_slot_is_upgraded_on_open(book: Casebook, passphrase: str) -> None:
    folder = book.folder
    book.close()
    db_before = sha256_of(folder / DB_NAME)
    stronger = KdfParams(memory_kib=2048, iterations=2, lanes=1)
    kdf.set_policy(stronger)  # the autouse fixture restores the cheap one
    Casebook.open(folder, passphrase).close()
    slots = json.loads((folder / SLOTS_NAME).read_text())["slots"]
    assert [s["kdf"] for s in slots if s["kind"] == "passphrase"] == [stronger.to_dict()]
    assert sha256_of(folder / DB_NAME) == db_before
    Casebook.open(folder, passphrase).close()


# -- changing keys ---------------------------------------------------------------------------


def test_change_passphrase_rewrites_only_the_key_slot_file(
    book_and_recovery: tuple[Casebook, str], passphrase: str
) -> None:
    book, recovery = book_and_recovery
    with book.session() as session:
        add_case(session, "Case A", "A-1")
        session.commit()
    folder = book.folder
    book.close()
    before = folder_hashes(folder, skip=(SLOTS_NAME,))
    slots_before = sha256_of(folder / SLOTS_NAME)

    book = Casebook.open(folder, passphrase)
    while_open = folder_hashes(folder, skip=(SLOTS_NAME,))
    book.change_passphrase("a brand new passphrase")
    assert folder_hashes(folder, skip=(SLOTS_NAME,)) == while_open
    book.close()

    assert folder_hashes(folder, skip=(SLOTS_NAME,)) == before
    assert sha256_of(folder / SLOTS_NAME) != slots_before
    with pytest.raises(WrongPassphrase):
        Casebook.open(folder, passphrase)
    with Casebook.open(folder, "a brand new passphrase") as reopened, reopened.session() as s:
        assert s.scalar(select(Case.title)) == "Case A"
    Casebook.open(folder, recovery_key=recovery).close()


def test_replace_recovery_key(book_and_recovery: tuple[Casebook, str], passphrase: str) -> None:
    book, old = book_and_recovery
    new = book.replace_recovery_key()
    folder = book.folder
    book.close()
    with pytest.raises(WrongRecoveryKey):
        Casebook.open(folder, recovery_key=old)
    Casebook.open(folder, recovery_key=new).close()
    Casebook.open(folder, passphrase).close()


def test_check_slot_file_notices_tampering_while_open(book: Casebook) -> None:
    book.check_slot_file()
    book.slots.slots.append({"id": "forged", "kind": "age", "wrapped_key": "AAAA"})
    with pytest.raises(KeySlotFileError):
        book.check_slot_file()


def test_derived_keys_differ_by_purpose(book: Casebook) -> None:
    a, b = book.derive_key("export"), book.derive_key("search")
    assert len(a) == 32 and a != b
    assert a == book.derive_key("export")


# -- sessions --------------------------------------------------------------------------------


def test_session_stamps_the_acting_user(book: Casebook) -> None:
    with book.session() as session:
        case = add_case(session, "Stamped", "S-1")
        session.commit()
        assert case.created_by == book.actor_id
        assert case.updated_by == book.actor_id
        assert case.created_at.tzinfo is not None


def test_session_rolls_back_on_error(book: Casebook) -> None:
    with pytest.raises(RuntimeError), book.session() as session:
        add_case(session, "Never saved", "N-1")
        raise RuntimeError("the window crashed")
    with book.session() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0


def test_uncommitted_work_is_not_saved(book: Casebook) -> None:
    with book.session() as session:
        add_case(session, "Not committed", "N-2")
    with book.session() as session:
        assert session.scalar(select(func.count()).select_from(Case)) == 0


# -- backups ---------------------------------------------------------------------------------


def test_backup_database(book: Casebook) -> None:
    with book.session() as session:
        add_case(session, "Backed up", "B-1")
        session.commit()
    target = book.backup_database()
    assert target.parent == book.folder / BACKUP_DIR
    assert target.name.startswith("casebook-") and target.suffix == ".db"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    raw = target.read_bytes()
    assert not raw.startswith(b"SQLite format 3") and b"Backed up" not in raw
    # The copy is whole and opens with the same key.
    engine = make_engine(target, book._data_key)
    try:
        with engine.connect() as conn:
            assert conn.scalar(select(Case.title)) == "Backed up"
            assert conn.scalar(select(Setting.value).where(Setting.key == "casebook_id")) == book.id
        assert integrity_problems(engine) == []
    finally:
        engine.dispose()


# -- schema version --------------------------------------------------------------------------


def test_a_fresh_casebook_is_at_the_head_revision(book: Casebook) -> None:
    with book.engine.connect() as conn:
        assert migrate.current_revision(conn) == migrate.head_revision()
    called: list[bool] = []
    assert migrate.upgrade(book.engine, before_upgrade=lambda: called.append(True)) is False
    assert called == []


def test_opening_at_the_head_makes_no_backup(book: Casebook, passphrase: str) -> None:
    folder = book.folder
    book.close()
    Casebook.open(folder, passphrase).close()
    assert list((folder / BACKUP_DIR).iterdir()) == []


def test_a_casebook_from_a_newer_version_is_refused_untouched(
    book: Casebook, passphrase: str
) -> None:
    with book.engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = 'ffff'"))
    folder = book.folder
    book.close()
    before = folder_hashes(folder)
    with pytest.raises(SchemaTooNew) as caught:
        Casebook.open(folder, passphrase)
    assert "newer version" in assert_clear_sentence(caught.value, passphrase)
    assert folder_hashes(folder) == before
    assert list((folder / BACKUP_DIR).iterdir()) == []
    with pytest.raises(SchemaTooNew):  # the lock was released: the same answer again
        Casebook.open(folder, passphrase)


# -- damage ----------------------------------------------------------------------------------


def _fill(book: Casebook, count: int = 150) -> None:
    with book.session() as session:
        for i in range(count):
            add_case(session, f"Case {i} " + "x" * 400, f"D-{i}")
        session.commit()


def test_closing_leaves_no_write_ahead_log(book: Casebook) -> None:
    _fill(book, 5)
    folder = book.folder
    book.close()
    wal = folder / f"{DB_NAME}-wal"
    assert not wal.exists() or wal.stat().st_size == 0


def test_damaged_page_one_is_reported_on_open(book: Casebook, passphrase: str) -> None:
    _fill(book)
    folder = book.folder
    book.close()
    db = folder / DB_NAME
    raw = bytearray(db.read_bytes())
    raw[200:216] = b"\xff" * 16
    db.write_bytes(bytes(raw))
    with pytest.raises(CasebookDamaged) as caught:
        Casebook.open(folder, passphrase)
    assert "backup" in assert_clear_sentence(caught.value, passphrase)
    raw[200:216] = b"\x00" * 16  # still wrong, a second time: the lock was released
    db.write_bytes(bytes(raw))
    with pytest.raises(CasebookDamaged):
        Casebook.open(folder, passphrase)


def test_damage_in_the_middle_of_the_database_is_found(
    book: Casebook, passphrase: str, capfd: pytest.CaptureFixture
) -> None:
    _fill(book)
    folder = book.folder
    book.close()
    db = folder / DB_NAME
    raw = bytearray(db.read_bytes())
    middle = len(raw) // 2
    raw[middle : middle + 32] = bytes(b ^ 0x5A for b in raw[middle : middle + 32])
    db.write_bytes(bytes(raw))
    capfd.readouterr()
    try:
        reopened = Casebook.open(folder, passphrase)
    except CasebookDamaged as exc:
        assert_clear_sentence(exc, passphrase)
    else:
        try:
            problems = [str(p) for p in integrity_problems(reopened.engine)]
            assert problems, "damage in the middle of the file went unnoticed"
            assert any("page" in p for p in problems)
        finally:
            reopened.close()
    assert "hmac" not in capfd.readouterr().err.lower()


def test_a_database_cut_short_is_damaged(book: Casebook, passphrase: str) -> None:
    _fill(book)
    folder = book.folder
    book.close()
    db = folder / DB_NAME
    with db.open("r+b") as f:
        f.truncate(1000)
    with pytest.raises(CasebookDamaged):
        Casebook.open(folder, passphrase)


def test_an_empty_database_file_is_damaged(book: Casebook, passphrase: str) -> None:
    folder = book.folder
    book.close()
    (folder / DB_NAME).write_bytes(b"")
    with pytest.raises(CasebookError):
        Casebook.open(folder, passphrase)
    # Refused without being turned into a fresh, empty database.
    assert (folder / DB_NAME).read_bytes() == b""


def test_a_blank_database_is_not_silently_rebuilt(book: Casebook, passphrase: str) -> None:
    # A valid but empty SQLCipher file under the right key: upgrading it would build a new,
    # empty casebook in place of the lost one.
    folder, key = book.folder, book._data_key
    book.close()
    db = folder / DB_NAME
    db.unlink()
    engine = make_engine(db, key)
    with engine.begin() as conn:
        conn.exec_driver_sql("CREATE TABLE placeholder (x)")
        conn.exec_driver_sql("DROP TABLE placeholder")
    engine.dispose()
    before = sha256_of(db)
    with pytest.raises(CasebookDamaged) as caught:
        Casebook.open(folder, passphrase)
    assert "backup" in assert_clear_sentence(caught.value, passphrase)
    assert sha256_of(db) == before
    assert list((folder / BACKUP_DIR).iterdir()) == []


# -- nothing readable at rest ----------------------------------------------------------------

SENTENCES = {
    "lao": "ຂ້ອຍເຫັນທະຫານເຂົ້າມາໃນບ້ານ",
    "burmese": "စစ်သားတွေ ရွာထဲကို ဝင်လာတာ ကျွန်မ မြင်ခဲ့တယ်",
    "thai": "ฉันเห็นทหารเข้ามาในหมู่บ้าน",
    "khmer": "ខ្ញុំបានឃើញទាហានចូលភូមិ",
    "arabic": "رأيت الجنود يدخلون القرية",
    "emoji": "🔥🏠😢 the houses burned",
    "english": "I saw the soldiers enter the village at dawn",
}


def _needles() -> dict[str, bytes]:
    needles: dict[str, bytes] = {}
    for name, sentence in SENTENCES.items():
        for form in {sentence, clean(sentence)}:
            for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
                needles[f"{name} as {encoding}"] = form.encode(encoding)
    return needles


def _plaintext_found(folders: list[Path]) -> list[str]:
    found = []
    needles = _needles()
    for folder in folders:
        for path in folder.rglob("*"):
            if path.is_file():
                raw = path.read_bytes()
                found += [f"{label} in {path}" for label, n in needles.items() if n in raw]
    return found


def test_no_plaintext_in_the_folder_or_the_temp_dir(
    tmp_path: Path, private_tempdir: Path, passphrase: str
) -> None:
    folder = tmp_path / "plaintext-check"
    book, _ = Casebook.create(folder, passphrase, user_name=SENTENCES["lao"])
    try:
        with book.session() as session:
            for i, (name, sentence) in enumerate(SENTENCES.items()):
                case = add_case(session, sentence, f"P-{i}", summary=sentence * 3)
                add_testimony(session, case, [sentence, sentence + " " + name], title=sentence)
            session.commit()
        with book.session() as session:  # read back, so pages pass through the cache
            assert session.scalar(select(func.count()).select_from(Segment)) == 2 * len(SENTENCES)
            titles = set(session.scalars(select(Testimony.title)))
            assert clean(SENTENCES["thai"]) in titles
        source = tmp_path / "statement.txt"
        source.write_bytes(SENTENCES["burmese"].encode() * 50)
        book.vault.store_file(source)
        source.unlink()  # the user's own copy is outside the check
        assert _plaintext_found([folder, private_tempdir]) == []  # while open (WAL in use)
        book.backup_database()
    finally:
        book.close()
    assert _plaintext_found([folder, private_tempdir]) == []
    assert list(private_tempdir.iterdir()) == []
    # The check itself works: a plain copy of a sentence is found.
    (private_tempdir / "leak.txt").write_text(SENTENCES["arabic"], encoding="utf-16-le")
    assert _plaintext_found([private_tempdir])
