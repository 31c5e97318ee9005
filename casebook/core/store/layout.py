"""What a casebook folder holds, by name; anything else found in it is foreign."""

from __future__ import annotations

DB_NAME = "casebook.db"
DB_SIDE_FILES = (f"{DB_NAME}-wal", f"{DB_NAME}-shm")  # SQLite's, while the database is open
SLOTS_NAME = "keyslots.json"
LOCK_NAME = "casebook.lock"
VAULT_DIR = "blobs"
INCOMING_DIR = "incoming"  # inside the vault: blobs still being written
BACKUP_DIR = "backups"
MARKER_NAME = "CASEBOOK.txt"
# Present from the first step of creating a casebook until its last: its remains may be
# replaced by a new create, and open says what happened instead of failing obscurely.
UNFINISHED_NAME = "UNFINISHED.txt"

TIMESTAMPS_DIR = "timestamps"  # RFC 3161 stamps of the chain head; store/timestamps.py checks it

MADE_BY_CREATE = frozenset(
    {DB_NAME, *DB_SIDE_FILES, SLOTS_NAME, LOCK_NAME, VAULT_DIR, BACKUP_DIR, MARKER_NAME}
)
TOP_LEVEL = MADE_BY_CREATE | {TIMESTAMPS_DIR}


def is_slot_file_leftover(name: str) -> bool:
    """A key-slot file being replaced when the process stopped (``atomic_write``'s temp)."""
    return name.startswith(f".{SLOTS_NAME}.") and name.endswith(".tmp")
