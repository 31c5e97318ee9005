"""Key slots: the data key wrapped under a passphrase, a recovery key, or a public key.

The data key never changes; a slot is one wrapping of it. Changing the passphrase rewrites
one slot. Each slot is AES-256-GCM with the casebook id, slot id, kind and KDF parameters
as associated data, and the whole file carries an HMAC under a key derived from the data
key, so an added, removed or edited slot is detected after any slot unlocks.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import os
import unicodedata
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.hazmat.primitives.kdf.hkdf import HKDF

from ..errors import CasebookError, KeySlotFileError, WrongPassphrase, WrongRecoveryKey
from . import kdf, recovery_key
from .atomic_write import write_atomically

FORMAT = "casebook-keyslots/1"
DATA_KEY_BYTES = 32

KIND_PASSPHRASE = "passphrase"  # noqa: S105 - a slot kind, not a secret
KIND_RECOVERY = "recovery"
KIND_AGE = "age"


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _unb64(text: object, what: str) -> bytes:
    if not isinstance(text, str):
        raise KeySlotFileError("The key-slot file is damaged: {what} is missing.", what=what)
    try:
        return base64.b64decode(text, validate=True)
    except ValueError:
        raise KeySlotFileError(
            "The key-slot file is damaged: {what} is not valid.", what=what
        ) from None


def _canonical(data: Any) -> bytes:
    return json.dumps(data, sort_keys=True, separators=(",", ":"), ensure_ascii=True).encode()


def _checksum(body: dict[str, Any]) -> str:
    return hashlib.sha256(_canonical(body)).hexdigest()


def derive_subkey(data_key: bytes, purpose: str) -> bytes:
    """One key per purpose from the data key (HKDF-SHA256), so no key does two jobs."""
    return HKDF(
        algorithm=hashes.SHA256(), length=32, salt=None, info=f"casebook {purpose}".encode()
    ).derive(data_key)


def normalise_passphrase(passphrase: str) -> bytes:
    """NFC, so the same passphrase typed on two keyboards gives the same bytes."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def _require_passphrase(passphrase: str) -> None:
    # Opening without a passphrase tries "", so an empty one would protect nothing.
    if not passphrase.strip():
        raise CasebookError(
            "A casebook needs a passphrase; an empty one would let anyone open it. Choose a "
            "passphrase of several words."
        )


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


@dataclass
class KeySlotFile:
    """The parsed ``keyslots.json`` of one casebook."""

    path: Path
    casebook_id: str
    slots: list[dict[str, Any]] = field(default_factory=list)
    mac: str = ""

    # -- creating and saving -------------------------------------------------------------

    @classmethod
    def create(
        cls, path: Path, casebook_id: str, data_key: bytes, passphrase: str
    ) -> tuple[KeySlotFile, str]:
        """Make a file with a passphrase slot and a recovery slot; returns the recovery text."""
        _require_passphrase(passphrase)
        slots = cls(path=path, casebook_id=casebook_id)
        slots._add_passphrase_slot(data_key, passphrase, kdf.for_new_slot())
        recovery_text, secret = recovery_key.generate()
        slots._add_recovery_slot(data_key, secret)
        slots.save(data_key)
        return slots, recovery_text

    def save(self, data_key: bytes) -> None:
        self.mac = _b64(self._compute_mac(data_key))
        body: dict[str, Any] = {
            "format": FORMAT,
            "casebook_id": self.casebook_id,
            "slots": self.slots,
        }
        # The checksum catches accidental damage before any unlock is tried (so a flipped
        # byte is not mistaken for a wrong passphrase); the keyed MAC catches tampering.
        body["checksum"] = _checksum(body)
        body["mac"] = self.mac
        write_atomically(self.path, json.dumps(body, indent=2).encode("utf-8"))

    def _compute_mac(self, data_key: bytes) -> bytes:
        body = {"format": FORMAT, "casebook_id": self.casebook_id, "slots": self.slots}
        mac_key = derive_subkey(data_key, "keyslot file mac")
        return hmac.new(mac_key, _canonical(body), "sha256").digest()

    # -- loading -------------------------------------------------------------------------

    @classmethod
    def load(cls, path: Path) -> KeySlotFile:
        try:
            raw = path.read_bytes()
        except FileNotFoundError:
            raise KeySlotFileError(
                "The key-slot file (keyslots.json) is missing from this casebook folder, so it "
                "cannot be opened. Restore the file from a backup of the folder."
            ) from None
        except OSError as exc:
            raise KeySlotFileError(
                "The key-slot file cannot be read ({reason}). Check the folder's permissions "
                "and the disk.",
                reason=exc.strerror,
            ) from None
        try:
            data = json.loads(raw.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError):
            raise KeySlotFileError(
                "The key-slot file (keyslots.json) is damaged: it is not valid JSON. Restore it "
                "from a backup of the casebook folder."
            ) from None
        if not isinstance(data, dict) or data.get("format") != FORMAT:
            raise KeySlotFileError(
                "The key-slot file is not in a format this version of Casebook knows. It may "
                "come from a newer version, or be damaged."
            )
        slots = data.get("slots")
        cid = data.get("casebook_id")
        if not isinstance(slots, list) or not isinstance(cid, str) or not slots:
            raise KeySlotFileError("The key-slot file is damaged: it lists no usable key slots.")
        if not all(isinstance(s, dict) for s in slots):
            raise KeySlotFileError("The key-slot file is damaged: a slot is not an object.")
        body = {"format": FORMAT, "casebook_id": cid, "slots": slots}
        if data.get("checksum") != _checksum(body):
            raise KeySlotFileError(
                "The key-slot file (keyslots.json) is damaged: its checksum does not match its "
                "content. Restore it from a backup of the casebook folder."
            )
        return cls(path=path, casebook_id=cid, slots=slots, mac=str(data.get("mac", "")))

    def _check_mac(self, data_key: bytes) -> None:
        expected = self._compute_mac(data_key)
        if not hmac.compare_digest(expected, _unb64(self.mac, "the file's authentication code")):
            raise KeySlotFileError(
                "The key-slot file has been altered since Casebook last wrote it (a slot was "
                "added, removed or edited). The casebook was not opened. Restore keyslots.json "
                "from a backup, and treat this computer as possibly tampered with."
            )

    # -- wrapping ------------------------------------------------------------------------

    def _aad(self, slot: dict[str, Any]) -> bytes:
        return _canonical(
            {
                "casebook_id": self.casebook_id,
                "slot_id": slot.get("id"),
                "kind": slot.get("kind"),
                "kdf": slot.get("kdf"),
                "salt": slot.get("salt"),
            }
        )

    def _wrap(self, slot: dict[str, Any], kek: bytes, data_key: bytes) -> None:
        nonce = os.urandom(12)
        slot["nonce"] = _b64(nonce)
        slot["wrapped_key"] = _b64(AESGCM(kek).encrypt(nonce, data_key, self._aad(slot)))

    def _unwrap(self, slot: dict[str, Any], kek: bytes) -> bytes | None:
        nonce = _unb64(slot.get("nonce"), "a slot's nonce")
        wrapped = _unb64(slot.get("wrapped_key"), "a slot's wrapped key")
        try:
            key = AESGCM(kek).decrypt(nonce, wrapped, self._aad(slot))
        except (InvalidTag, ValueError):
            return None
        return key if len(key) == DATA_KEY_BYTES else None

    def _add_passphrase_slot(self, data_key: bytes, passphrase: str, params: kdf.KdfParams) -> None:
        salt = kdf.new_salt()
        slot: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "kind": KIND_PASSPHRASE,
            "kdf": params.to_dict(),
            "salt": _b64(salt),
            "created_at": _now(),
        }
        self._wrap(slot, kdf.derive(normalise_passphrase(passphrase), salt, params), data_key)
        self.slots.append(slot)

    def _add_recovery_slot(self, data_key: bytes, secret: bytes) -> None:
        salt = os.urandom(16)
        slot: dict[str, Any] = {
            "id": str(uuid.uuid4()),
            "kind": KIND_RECOVERY,
            "kdf": {"algorithm": "hkdf-sha256"},
            "salt": _b64(salt),
            "created_at": _now(),
        }
        self._wrap(slot, self._recovery_kek(secret, salt), data_key)
        self.slots.append(slot)

    @staticmethod
    def _recovery_kek(secret: bytes, salt: bytes) -> bytes:
        # 160 random bits need no stretching; HKDF binds the salt.
        return HKDF(
            algorithm=hashes.SHA256(), length=32, salt=salt, info=b"casebook recovery slot"
        ).derive(secret)

    def _slots_of(self, kind: str) -> list[dict[str, Any]]:
        return [s for s in self.slots if s.get("kind") == kind]

    @staticmethod
    def _params_of(slot: dict[str, Any]) -> kdf.KdfParams:
        try:
            params = kdf.KdfParams.from_dict(slot.get("kdf") or {})
        except ValueError as exc:
            raise KeySlotFileError("The key-slot file is damaged: {exc}.", exc=exc) from None
        if not params.within_bounds():  # refused before any work: it could run for hours
            raise KeySlotFileError(
                "The key-slot file asks for key-derivation costs beyond anything Casebook "
                "writes (at most {mib} MiB of memory and {max_iterations} passes), so it "
                "was not tried: it is damaged or was tampered with. Restore keyslots.json "
                "from a backup of the casebook folder.",
                mib=kdf.MAX_MEMORY_KIB // 1024,
                max_iterations=kdf.MAX_ITERATIONS,
            )
        return params

    # -- unlocking -----------------------------------------------------------------------

    def unlock_with_passphrase(self, passphrase: str) -> bytes:
        secret = normalise_passphrase(passphrase)
        for slot in self._slots_of(KIND_PASSPHRASE):
            params = self._params_of(slot)
            salt = _unb64(slot.get("salt"), "a slot's salt")
            data_key = self._unwrap(slot, kdf.derive(secret, salt, params))
            if data_key is None:
                continue
            self._check_mac(data_key)
            if params.weaker_than(kdf.policy()):
                self._replace_slot(slot, data_key, passphrase)
            return data_key
        raise WrongPassphrase()

    def unlock_with_recovery_key(self, text: str) -> bytes:
        secret = recovery_key.parse(text)
        for slot in self._slots_of(KIND_RECOVERY):
            salt = _unb64(slot.get("salt"), "a slot's salt")
            data_key = self._unwrap(slot, self._recovery_kek(secret, salt))
            if data_key is not None:
                self._check_mac(data_key)
                return data_key
        raise WrongRecoveryKey()

    def check(self, data_key: bytes) -> None:
        """Raise if the file was altered; for ``verify`` and for unlocks by other means."""
        self._check_mac(data_key)

    # -- changing ------------------------------------------------------------------------

    def _replace_slot(self, old: dict[str, Any], data_key: bytes, passphrase: str) -> None:
        self.slots.remove(old)
        self._add_passphrase_slot(data_key, passphrase, kdf.policy())
        self.save(data_key)

    def change_passphrase(self, data_key: bytes, new_passphrase: str) -> None:
        """Replace every passphrase slot with one for ``new_passphrase``; data untouched."""
        _require_passphrase(new_passphrase)
        self._check_mac(data_key)
        self.slots = [s for s in self.slots if s.get("kind") != KIND_PASSPHRASE]
        self._add_passphrase_slot(data_key, new_passphrase, kdf.for_new_slot())
        self.save(data_key)

    def replace_recovery_key(self, data_key: bytes) -> str:
        self._check_mac(data_key)
        self.slots = [s for s in self.slots if s.get("kind") != KIND_RECOVERY]
        text, secret = recovery_key.generate()
        self._add_recovery_slot(data_key, secret)
        self.save(data_key)
        return text

    def add_public_key_slot(
        self, data_key: bytes, kind: str, recipient: str, label: str, wrapped: bytes
    ) -> str:
        """Store a data key already encrypted to a public key (e.g. age); returns the slot id."""
        self._check_mac(data_key)
        slot_id = str(uuid.uuid4())
        self.slots.append(
            {
                "id": slot_id,
                "kind": kind,
                "recipient": recipient,
                "label": label,
                "wrapped_key": _b64(wrapped),
                "created_at": _now(),
            }
        )
        self.save(data_key)
        return slot_id

    def public_key_slots(self, kind: str) -> list[dict[str, Any]]:
        return self._slots_of(kind)

    def wrapped_key_of(self, slot: dict[str, Any]) -> bytes:
        return _unb64(slot.get("wrapped_key"), "a slot's wrapped key")

    def remove_slot(self, data_key: bytes, slot_id: str) -> None:
        self._check_mac(data_key)
        remaining = [s for s in self.slots if s.get("id") != slot_id]
        if not any(s.get("kind") == KIND_PASSPHRASE for s in remaining):
            raise KeySlotFileError("The last passphrase slot cannot be removed.")
        self.slots = remaining
        self.save(data_key)

    def fingerprint(self) -> str:
        """A short digest of the file, for support conversations; reveals nothing secret."""
        return hashlib.sha256(_canonical(self.slots)).hexdigest()[:16]
