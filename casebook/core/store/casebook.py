"""One casebook = one folder: the encrypted database, its key slots, the vault, backups.

``Casebook.create`` and ``Casebook.open`` are the only ways in. An open casebook holds the
folder's write lock and the data key; ``close`` releases both.
"""

from __future__ import annotations

import contextlib
import getpass
import os
import shutil
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pyrage
from pyrage import x25519
from sqlalchemy import Engine, select
from sqlalchemy.exc import DatabaseError as SADatabaseError
from sqlalchemy.orm import Session, sessionmaker

from ..errors import (
    CasebookDamaged,
    CasebookError,
    NotACasebook,
    NotFound,
    WrongAgeIdentity,
)
from ..integrity import audit
from ..integrity.signing import new_key_pair
from ..models import Setting, User
from ..models.base import new_id
from ..models.user import ROLES
from ..phrase import Phrase
from . import history_anchor, migrate, unfinished
from .database import WRITE_OPTION, check_readable, damaged, make_engine
from .disk_space import CasebookDiskFull, is_full_disk_error
from .folder_contents import (
    clear_recorded_marks,
    remove_slot_file_leftovers,
    remove_unrecorded_blobs,
)
from .folder_lock import FolderLock
from .keyslots import DATA_KEY_BYTES, KIND_AGE, KeySlotFile, derive_subkey
from .layout import BACKUP_DIR, DB_NAME, LOCK_NAME, MARKER_NAME, SLOTS_NAME, VAULT_DIR
from .process_hygiene import keep_secrets_out_of_dumps
from .recipient_review import review_consent_recipients
from .taxonomy_migration import migrate_casebook_tags
from .vault import Vault

_MARKER_TEXT = (
    "This folder is an encrypted Casebook. Everything in it is unreadable without the\n"
    "passphrase or the recovery key. Open it with Casebook; do not edit these files.\n"
    "\n"
    "Its format (key slots, database settings, encrypted files) is published, so it can be\n"
    "read without Casebook: see casebook-format.md, in Casebook's documentation (docs/) and\n"
    "in every installed copy (casebook/resources/format/). The tool tools/casebook-read in\n"
    "Casebook's source reads it with Python, cryptography and sqlcipher3 alone. Format:\n"
    "casebook-keyslots/1, blobs CBX 1, SQLCipher 4 with a raw key (not SQLCipher 3).\n"
)


class Casebook:
    def __init__(self, folder: Path, data_key: bytes, slots: KeySlotFile, lock: FolderLock) -> None:
        self.folder = folder
        self.slots = slots
        self._data_key = data_key
        self._lock = lock
        self.engine: Engine = make_engine(folder / DB_NAME, data_key)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        audit.install(self._sessions)
        self.vault = Vault(folder / VAULT_DIR, derive_subkey(data_key, "vault"))
        self.actor_id: str | None = None
        # Set on open when the history does not extend the head seen on this computer.
        self.history_warning: Phrase | None = None

    # -- creating ------------------------------------------------------------------------

    @classmethod
    def create(
        cls, folder: Path, passphrase: str, user_name: str | None = None, role: str = "documenter"
    ) -> tuple[Casebook, str]:
        """Make a new casebook; returns it and the recovery key text to show once."""
        keep_secrets_out_of_dumps()  # before the passphrase is used or a key made
        folder = Path(folder)
        if role not in ROLES:
            raise CasebookError("The role must be one of: {roles}.", roles=", ".join(ROLES))
        unfinished.check_free_for_create(folder)  # the remains of a killed create may go
        made_folder = not folder.exists()
        try:
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        except OSError as exc:
            raise CasebookError(
                "The folder {folder} could not be created ({reason}). Choose a place you can "
                "write to.",
                folder=folder,
                reason=exc.strerror,
            ) from None
        lock = FolderLock(folder / LOCK_NAME)
        lock.acquire()
        try:
            unfinished.begin(folder)  # checked again now that no other create can run here
        except BaseException:
            lock.release()
            raise
        book: Casebook | None = None
        try:
            casebook_id = str(uuid.uuid4())
            data_key = os.urandom(DATA_KEY_BYTES)
            slots, recovery_text = KeySlotFile.create(
                folder / SLOTS_NAME, casebook_id, data_key, passphrase
            )
            (folder / MARKER_NAME).write_text(_MARKER_TEXT, encoding="utf-8")
            book = cls(folder, data_key, slots, lock)
            (folder / VAULT_DIR).mkdir(exist_ok=True, mode=0o700)
            book.vault.ensure_layout()
            (folder / BACKUP_DIR).mkdir(exist_ok=True, mode=0o700)
            migrate.upgrade(book.engine, before_upgrade=lambda: None)
            os.chmod(folder / DB_NAME, 0o600)
            with book.session() as session:
                private, public = new_key_pair()
                user = User(
                    id=new_id(),
                    display_name=user_name or _os_user(),
                    role=role,
                    signing_public_key=public,
                    signing_private_key=private,
                )
                session.info["actor_id"] = user.id
                session.add(user)
                session.add_all(
                    [
                        Setting(key="casebook_id", value=casebook_id),
                        Setting(key="default_user_id", value=user.id),
                        Setting(key="created_at", value=datetime.now(UTC).isoformat()),
                    ]
                )
                session.commit()
            book.actor_id = user.id
            unfinished.finish(folder)
            book._remember_history()
        except BaseException:
            if book is not None:
                book.engine.dispose()
            lock.release()
            _remove_partial(folder, remove_folder=made_folder)
            raise
        return book, recovery_text

    # -- opening -------------------------------------------------------------------------

    @classmethod
    def open(
        cls,
        folder: Path,
        passphrase: str | None = None,
        recovery_key: str | None = None,
        age_identity: str | None = None,
    ) -> Casebook:
        """Unlock with the passphrase, the recovery key, or a supervisor's age identity.

        ``age_identity`` is the text of an age identity file (``AGE-SECRET-KEY-1…``, comment
        lines allowed) whose recipient was given a key slot with ``add_age_slot``.
        """
        keep_secrets_out_of_dumps()  # before the passphrase is used or a key unwrapped
        folder = Path(folder)
        if not folder.exists():
            raise NotFound("There is no casebook at {folder}. Check the path.", folder=folder)
        if unfinished.is_unfinished(folder):
            raise unfinished.unfinished_error(folder)
        if not (folder / DB_NAME).is_file():
            raise NotACasebook(
                "{folder} is not a casebook folder (it has no {db_name}). Choose the folder "
                "that Casebook created.",
                folder=folder,
                db_name=DB_NAME,
            )
        lock = FolderLock(folder / LOCK_NAME)
        lock.acquire()
        book: Casebook | None = None
        try:
            slots = KeySlotFile.load(folder / SLOTS_NAME)
            if age_identity is not None:
                data_key = _unlock_with_age(slots, age_identity)
            elif recovery_key is not None:
                data_key = slots.unlock_with_recovery_key(recovery_key)
            else:
                data_key = slots.unlock_with_passphrase(passphrase or "")
            if (folder / DB_NAME).stat().st_size == 0:
                raise _empty_database()  # before SQLCipher writes a fresh header into it
            book = cls(folder, data_key, slots, lock)
            check_readable(book.engine)
            try:
                book._check_not_empty()
                migrate.upgrade(book.engine, before_upgrade=book.backup_database)
                book._check_identity()
            except SADatabaseError:
                raise damaged(book.engine) from None
            with book.session() as session:  # under the lock: no intake can be under way
                remove_unrecorded_blobs(book.vault, session)
            book.vault.remove_leftovers()
            remove_slot_file_leftovers(folder)
            book.actor_id = book.setting("default_user_id")
            migrate_casebook_tags(book)  # tags made under an older taxonomy
            review_consent_recipients(book)  # free-text consent recipients -> codes or review
            book._bind_and_anchor()
        except BaseException:
            if book is not None:
                book.engine.dispose()  # close its connections (they hold the key) and the WAL
            lock.release()
            raise
        return book

    def _check_not_empty(self) -> None:
        # An empty or emptied file reads as a valid, blank database; upgrading it would
        # build a fresh schema over what should have been the casebook's records.
        with self.engine.connect() as conn:
            if migrate.current_revision(conn) is None:
                raise _empty_database()

    def _check_identity(self) -> None:
        stored = self.setting("casebook_id")
        if stored != self.slots.casebook_id:
            raise CasebookError(
                "The database in this folder belongs to a different casebook than its key-slot "
                "file. Files from two casebooks have been mixed; restore the folder from a "
                "backup."
            )

    # -- using ---------------------------------------------------------------------------

    @contextlib.contextmanager
    def session(self, write: bool = False) -> Iterator[Session]:
        """A unit of work; changes are stamped with the acting user and audited on flush.

        ``write=True`` takes the database's write lock at the start (waiting up to ten
        seconds for another writer); use it for short transactions that run beside others,
        such as recording an intake from a worker thread.
        """
        session = self._sessions()
        session.info["actor_id"] = self.actor_id
        if write:
            session.connection(execution_options={WRITE_OPTION: True})
        try:
            yield session
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def setting(self, key: str) -> str | None:
        with self._sessions() as session:
            return session.scalar(select(Setting.value).where(Setting.key == key))

    @property
    def id(self) -> str:
        return self.slots.casebook_id

    def derive_key(self, purpose: str) -> bytes:
        return derive_subkey(self._data_key, purpose)

    def change_passphrase(self, new_passphrase: str) -> None:
        self.slots.change_passphrase(self._data_key, new_passphrase)

    def replace_recovery_key(self) -> str:
        return self.slots.replace_recovery_key(self._data_key)

    def add_age_slot(self, recipient: str, label: str) -> str:
        """Wrap the data key with age to ``recipient`` (a supervisor); returns the slot id."""
        wrapped = pyrage.encrypt(self._data_key, [x25519.Recipient.from_str(recipient)])
        return self.slots.add_public_key_slot(self._data_key, KIND_AGE, recipient, label, wrapped)

    def remove_slot(self, slot_id: str) -> None:
        self.slots.remove_slot(self._data_key, slot_id)

    def check_slot_file(self) -> None:
        self.slots.check(self._data_key)

    def backup_database(self) -> Path:
        """Copy the (encrypted) database aside before a schema upgrade."""
        with self.engine.connect() as conn:
            conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        backups = self.folder / BACKUP_DIR
        backups.mkdir(exist_ok=True, mode=0o700)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        target = backups / f"casebook-{stamp}.db"
        try:
            shutil.copy2(self.folder / DB_NAME, target)
        except OSError as exc:
            with contextlib.suppress(OSError):
                target.unlink()
            if is_full_disk_error(exc, self.folder):
                raise CasebookDiskFull(self.folder) from None
            raise
        os.chmod(target, 0o600)
        return target

    # -- history outside the folder --------------------------------------------------------

    def _bind_and_anchor(self) -> None:
        with self.session() as session:
            if audit.bind_unbound(session, self.actor_id):  # records from before schema 0004
                session.commit()
        self._remember_history()

    def _remember_history(self, accept: bool = False) -> None:
        """Keep this casebook's head on this computer, unless its history does not extend
        the one kept there (then ``history_warning`` says how, and the anchor stays)."""
        with self.session() as session:
            if not accept:
                self.history_warning = history_anchor.history_problem(session, self.id)
                if self.history_warning:
                    return
            history_anchor.remember(session, self.id, accept=accept)
        self.history_warning = None

    def accept_history(self) -> None:
        """The user accepts the history as it now is (a backup restored on purpose)."""
        self._remember_history(accept=True)

    def close(self) -> None:
        """Drop the key and the lock. Python cannot wipe memory; references are released."""
        if self._data_key:  # not yet closed
            with contextlib.suppress(CasebookError, OSError, SADatabaseError), self.session() as s:
                clear_recorded_marks(self.vault, s)
        with contextlib.suppress(CasebookError, OSError, SADatabaseError):
            self._remember_history()  # the head as it is on closing
        self.engine.dispose()
        self._data_key = b""
        self.vault = Vault(self.folder / VAULT_DIR, b"")
        self._lock.release()

    def __enter__(self) -> Casebook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _empty_database() -> CasebookDamaged:
    return CasebookDamaged(
        "The casebook's database file is empty or holds none of this casebook's records, so "
        "it was not opened. Restore casebook.db from a backup of the folder (an automatic one "
        "may be in its backups/ folder)."
    )


def _unlock_with_age(slots: KeySlotFile, identity_text: str) -> bytes:
    keys = [line.strip() for line in identity_text.splitlines()]
    secrets = [k for k in keys if k.startswith("AGE-SECRET-KEY-")]
    try:
        identities = [x25519.Identity.from_str(k) for k in secrets]
    except pyrage.IdentityError:
        identities = []
    if not identities:
        raise CasebookError(
            "The age identity file holds no usable key (a line starting AGE-SECRET-KEY-1). "
            "Choose the identity file you exported from your own casebook."
        )
    for slot in slots.public_key_slots(KIND_AGE):
        try:
            data_key = pyrage.decrypt(slots.wrapped_key_of(slot), identities)
        except pyrage.DecryptError:
            continue
        if len(data_key) == DATA_KEY_BYTES:
            slots.check(data_key)  # an added or edited slot is tampering, as for passphrases
            return data_key
    raise WrongAgeIdentity()


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "documenter"


def _remove_partial(folder: Path, remove_folder: bool) -> None:
    """After a failed create, leave no half-made casebook behind (nor a folder we made)."""
    unfinished.remove_remains(folder, keep_lock=False)
    if remove_folder:
        with contextlib.suppress(OSError):
            folder.rmdir()
