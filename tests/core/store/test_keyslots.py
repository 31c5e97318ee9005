"""Key slots: the data key wrapped under a passphrase or recovery key, and tamper detection."""

from __future__ import annotations

import base64
import copy
import json
import os
import stat
import unicodedata
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from casebook.core.errors import (
    CasebookError,
    KeySlotFileError,
    MalformedRecoveryKey,
    WrongPassphrase,
    WrongRecoveryKey,
)
from casebook.core.store import kdf, keyslots, recovery_key
from casebook.core.store.kdf import KdfParams
from casebook.core.store.keyslots import KeySlotFile, derive_subkey, normalise_passphrase

PASSPHRASE = "ຂ້ອຍຈື່ໄດ້ correct horse"
DATA_KEY = bytes(range(32))


@pytest.fixture
def slot_path(tmp_path: Path) -> Path:
    return tmp_path / "keyslots.json"


@pytest.fixture
def made(slot_path: Path) -> tuple[KeySlotFile, str]:
    return KeySlotFile.create(slot_path, str(uuid.uuid4()), DATA_KEY, PASSPHRASE)


def _edit(path: Path, change: Callable[[dict[str, Any]], None], fix_checksum: bool = True) -> None:
    """Change the file as an attacker would; by default also fixing any unkeyed checksum,
    so that only the keyed MAC (or the AEAD) stands between the edit and an unlock."""
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    if fix_checksum and "checksum" in data and hasattr(keyslots, "_checksum"):
        body = {k: data[k] for k in ("format", "casebook_id", "slots")}
        data["checksum"] = keyslots._checksum(body)
    path.write_text(json.dumps(data, indent=2), encoding="utf-8")


def _slot(data: dict[str, Any], kind: str) -> dict[str, Any]:
    return next(s for s in data["slots"] if s["kind"] == kind)


def _flip_b64(text: str, index: int = 0) -> str:
    raw = bytearray(base64.b64decode(text))
    raw[index] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


def _assert_sentence(exc: BaseException) -> str:
    message = str(exc)
    assert message[:1].isupper() and message.rstrip().endswith("."), message
    assert PASSPHRASE not in message
    assert DATA_KEY.hex() not in message
    assert "Traceback" not in message
    return message


# -- creating ------------------------------------------------------------------------------


def test_create_writes_a_passphrase_and_a_recovery_slot(
    made: tuple[KeySlotFile, str], slot_path: Path
) -> None:
    slots, recovery_text = made
    data = json.loads(slot_path.read_text(encoding="utf-8"))
    assert data["format"] == keyslots.FORMAT
    assert data["casebook_id"] == slots.casebook_id
    assert sorted(s["kind"] for s in data["slots"]) == ["passphrase", "recovery"]
    assert _slot(data, "passphrase")["kdf"] == kdf.policy().to_dict()
    assert data["mac"]
    assert len(recovery_key.parse(recovery_text)) == recovery_key.SECRET_BYTES


def test_slot_file_is_private_and_holds_no_secret(
    made: tuple[KeySlotFile, str], slot_path: Path
) -> None:
    _, recovery_text = made
    assert stat.S_IMODE(slot_path.stat().st_mode) == 0o600
    raw = slot_path.read_bytes()
    for secret in (
        PASSPHRASE.encode(),
        PASSPHRASE.encode("utf-16-le"),
        DATA_KEY,
        DATA_KEY.hex().encode(),
        base64.b64encode(DATA_KEY),
        recovery_text.encode(),
        recovery_text.replace("-", "").encode(),
    ):
        assert secret not in raw
    assert not [p for p in slot_path.parent.iterdir() if p.name.endswith(".tmp")]


# -- unlocking -----------------------------------------------------------------------------


def test_passphrase_unlocks_after_reloading(made: tuple[KeySlotFile, str], slot_path: Path) -> None:
    assert KeySlotFile.load(slot_path).unlock_with_passphrase(PASSPHRASE) == DATA_KEY


def test_recovery_key_unlocks_in_any_spelling(
    made: tuple[KeySlotFile, str], slot_path: Path
) -> None:
    _, recovery_text = made
    loaded = KeySlotFile.load(slot_path)
    assert loaded.unlock_with_recovery_key(recovery_text) == DATA_KEY
    sloppy = recovery_text.lower().replace("-", " ").replace("0", "o").replace("1", "l")
    assert loaded.unlock_with_recovery_key(sloppy) == DATA_KEY


def test_nfd_spelling_of_the_same_passphrase_unlocks(slot_path: Path) -> None:
    composed = unicodedata.normalize("NFC", "Café résumé ñandú Ǆ")
    decomposed = unicodedata.normalize("NFD", composed)
    assert composed != decomposed
    KeySlotFile.create(slot_path, str(uuid.uuid4()), DATA_KEY, decomposed)
    assert KeySlotFile.load(slot_path).unlock_with_passphrase(composed) == DATA_KEY
    assert normalise_passphrase(decomposed) == normalise_passphrase(composed)


@pytest.mark.parametrize(
    "attempt", ["", " " + PASSPHRASE, PASSPHRASE.upper(), PASSPHRASE[:-1], "something else"]
)
def test_wrong_passphrase(made: tuple[KeySlotFile, str], slot_path: Path, attempt: str) -> None:
    with pytest.raises(WrongPassphrase) as caught:
        KeySlotFile.load(slot_path).unlock_with_passphrase(attempt)
    message = _assert_sentence(caught.value)
    assert "recovery key" in message
    if attempt:
        assert attempt not in message


def test_a_valid_but_different_recovery_key_is_wrong(
    made: tuple[KeySlotFile, str], slot_path: Path
) -> None:
    other_text, _ = recovery_key.generate()
    with pytest.raises(WrongRecoveryKey) as caught:
        KeySlotFile.load(slot_path).unlock_with_recovery_key(other_text)
    assert other_text not in _assert_sentence(caught.value)


def test_a_mistyped_recovery_key_is_caught_before_unlocking(
    made: tuple[KeySlotFile, str], slot_path: Path
) -> None:
    _, text = made
    typo = ("1" if text[0] != "1" else "2") + text[1:]
    with pytest.raises(MalformedRecoveryKey):
        KeySlotFile.load(slot_path).unlock_with_recovery_key(typo)


def test_the_passphrase_does_not_open_the_recovery_slot(
    made: tuple[KeySlotFile, str], slot_path: Path
) -> None:
    _, text = made
    with pytest.raises(WrongPassphrase):
        KeySlotFile.load(slot_path).unlock_with_passphrase(text)


def test_an_unlock_at_policy_strength_does_not_rewrite_the_file(
    made: tuple[KeySlotFile, str], slot_path: Path
) -> None:
    before = slot_path.read_bytes()
    KeySlotFile.load(slot_path).unlock_with_passphrase(PASSPHRASE)
    assert slot_path.read_bytes() == before


def test_weak_slot_is_rewrapped_with_the_policy_on_unlock(
    made: tuple[KeySlotFile, str], slot_path: Path
) -> None:
    old = _slot(json.loads(slot_path.read_text()), "passphrase")
    stronger = KdfParams(memory_kib=2048, iterations=2, lanes=1)
    kdf.set_policy(stronger)  # the autouse fixture restores the cheap policy afterwards
    assert KeySlotFile.load(slot_path).unlock_with_passphrase(PASSPHRASE) == DATA_KEY

    data = json.loads(slot_path.read_text())
    passphrase_slots = [s for s in data["slots"] if s["kind"] == "passphrase"]
    assert len(passphrase_slots) == 1
    new = passphrase_slots[0]
    assert new["kdf"] == stronger.to_dict()
    assert new["salt"] != old["salt"] and new["wrapped_key"] != old["wrapped_key"]
    # The rewritten file is whole: it unlocks, its MAC checks, and no second rewrap happens.
    after = slot_path.read_bytes()
    reloaded = KeySlotFile.load(slot_path)
    assert reloaded.unlock_with_passphrase(PASSPHRASE) == DATA_KEY
    reloaded.check(DATA_KEY)
    assert slot_path.read_bytes() == after


# -- tampering and damage ------------------------------------------------------------------


def _unlock_after(slot_path: Path, change: Callable[[dict[str, Any]], None]) -> None:
    _edit(slot_path, change)
    KeySlotFile.load(slot_path).unlock_with_passphrase(PASSPHRASE)


def test_edited_recovery_slot_is_detected_after_a_passphrase_unlock(
    made: tuple[KeySlotFile, str], slot_path: Path
) -> None:
    def flip(data: dict[str, Any]) -> None:
        slot = _slot(data, "recovery")
        slot["wrapped_key"] = _flip_b64(slot["wrapped_key"], 5)

    with pytest.raises(KeySlotFileError) as caught:
        _unlock_after(slot_path, flip)
    assert "altered" in _assert_sentence(caught.value)


def test_added_slot_is_detected(made: tuple[KeySlotFile, str], slot_path: Path) -> None:
    def add(data: dict[str, Any]) -> None:
        extra = copy.deepcopy(_slot(data, "recovery"))
        extra["id"] = str(uuid.uuid4())
        data["slots"].append(extra)

    with pytest.raises(KeySlotFileError):
        _unlock_after(slot_path, add)


def test_removed_recovery_slot_is_detected(made: tuple[KeySlotFile, str], slot_path: Path) -> None:
    def remove(data: dict[str, Any]) -> None:
        data["slots"] = [s for s in data["slots"] if s["kind"] != "recovery"]

    with pytest.raises(KeySlotFileError):
        _unlock_after(slot_path, remove)


def test_a_slot_wrapping_another_data_key_is_refused(
    made: tuple[KeySlotFile, str], slot_path: Path
) -> None:
    # Someone with write access adds a slot of their own, wrapping a data key they chose,
    # and keeps the file's MAC: the slot unwraps, but the MAC under that key does not match.
    slots, _ = made
    forged = KeySlotFile.load(slot_path)
    forged._add_passphrase_slot(b"\x42" * 32, "intruder's passphrase", kdf.policy())
    body = {"format": keyslots.FORMAT, "casebook_id": forged.casebook_id, "slots": forged.slots}
    if hasattr(keyslots, "_checksum"):
        body["checksum"] = keyslots._checksum(dict(body))
    body["mac"] = slots.mac
    slot_path.write_text(json.dumps(body))
    with pytest.raises(KeySlotFileError, match="altered"):
        KeySlotFile.load(slot_path).unlock_with_passphrase("intruder's passphrase")
    with pytest.raises(KeySlotFileError):  # the owner's unlock notices the extra slot too
        KeySlotFile.load(slot_path).unlock_with_passphrase(PASSPHRASE)


def test_missing_mac_is_reported(made: tuple[KeySlotFile, str], slot_path: Path) -> None:
    with pytest.raises(KeySlotFileError) as caught:
        _unlock_after(slot_path, lambda d: d.pop("mac"))
    _assert_sentence(caught.value)


@pytest.mark.parametrize(
    ("memory_kib", "iterations", "lanes"),
    [
        (2**40, 1, 1),  # 1 PiB of memory: would never finish (or exhaust the machine)
        (1024, 10**9, 1),
        (64 * 1024, 1, 10**6),
        (1, 1, 1),  # below what Argon2id accepts
        (0, 1, 1),
        (-5, 1, 1),
    ],
)
def test_absurd_kdf_parameters_are_refused_without_deriving(
    made: tuple[KeySlotFile, str],
    slot_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    memory_kib: int,
    iterations: int,
    lanes: int,
) -> None:
    derived: list[KdfParams] = []
    real_derive = kdf.derive

    def watching(secret: bytes, salt: bytes, params: KdfParams) -> bytes:
        derived.append(params)
        return real_derive(secret, salt, params)

    monkeypatch.setattr(kdf, "derive", watching)

    def absurd(data: dict[str, Any]) -> None:
        _slot(data, "passphrase")["kdf"].update(
            memory_kib=memory_kib, iterations=iterations, lanes=lanes
        )

    with pytest.raises(KeySlotFileError) as caught:
        _unlock_after(slot_path, absurd)
    _assert_sentence(caught.value)
    assert derived == []


@pytest.mark.parametrize(
    "kdf_field", [{"algorithm": "pbkdf2"}, {}, "argon2id", None, {"algorithm": "argon2id"}]
)
def test_unknown_kdf_is_refused(
    made: tuple[KeySlotFile, str], slot_path: Path, kdf_field: object
) -> None:
    def replace(data: dict[str, Any]) -> None:
        _slot(data, "passphrase")["kdf"] = kdf_field

    with pytest.raises(KeySlotFileError):
        _unlock_after(slot_path, replace)


def test_lowered_kdf_parameters_do_not_unlock(
    made: tuple[KeySlotFile, str], slot_path: Path
) -> None:
    # The parameters are bound into the slot's associated data: a downgrade just fails.
    def lower(data: dict[str, Any]) -> None:
        _slot(data, "passphrase")["kdf"]["memory_kib"] = 512

    with pytest.raises(WrongPassphrase):
        _unlock_after(slot_path, lower)


@pytest.mark.parametrize("field_name", ["nonce", "salt", "wrapped_key"])
def test_slot_fields_that_are_not_base64(
    made: tuple[KeySlotFile, str], slot_path: Path, field_name: str
) -> None:
    def garble(data: dict[str, Any]) -> None:
        _slot(data, "passphrase")[field_name] = "not base64 !!"

    with pytest.raises(KeySlotFileError) as caught:
        _unlock_after(slot_path, garble)
    assert "not valid" in _assert_sentence(caught.value)


@pytest.mark.parametrize("field_name", ["nonce", "salt", "wrapped_key"])
def test_slot_fields_that_are_missing(
    made: tuple[KeySlotFile, str], slot_path: Path, field_name: str
) -> None:
    with pytest.raises(KeySlotFileError) as caught:
        _unlock_after(slot_path, lambda d: _slot(d, "passphrase").pop(field_name))
    assert "missing" in _assert_sentence(caught.value)


def test_flipped_byte_without_fixing_the_checksum_is_damage(
    made: tuple[KeySlotFile, str], slot_path: Path
) -> None:
    def flip(data: dict[str, Any]) -> None:
        slot = _slot(data, "recovery")
        slot["nonce"] = _flip_b64(slot["nonce"])

    _edit(slot_path, flip, fix_checksum=False)
    with pytest.raises(KeySlotFileError):
        KeySlotFile.load(slot_path).unlock_with_passphrase(PASSPHRASE)


def test_missing_file(tmp_path: Path) -> None:
    with pytest.raises(KeySlotFileError) as caught:
        KeySlotFile.load(tmp_path / "keyslots.json")
    assert "missing" in _assert_sentence(caught.value)


def test_unreadable_file(made: tuple[KeySlotFile, str], slot_path: Path, monkeypatch) -> None:
    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    with pytest.raises(KeySlotFileError) as caught:
        KeySlotFile.load(slot_path)
    assert "Permission denied" in _assert_sentence(caught.value)


@pytest.mark.parametrize(
    "content",
    [b"", b"{", b"\xff\xfe not utf-8", b'{"format": "casebook-keyslots/1", "slots": [', b"null"],
)
def test_invalid_json(slot_path: Path, content: bytes) -> None:
    slot_path.write_bytes(content)
    with pytest.raises(KeySlotFileError) as caught:
        KeySlotFile.load(slot_path)
    _assert_sentence(caught.value)


@pytest.mark.parametrize(
    "body",
    [
        [],
        {"format": "casebook-keyslots/2", "casebook_id": "x", "slots": [{}]},
        {"format": keyslots.FORMAT, "casebook_id": "x", "slots": []},
        {"format": keyslots.FORMAT, "casebook_id": "x", "slots": {}},
        {"format": keyslots.FORMAT, "casebook_id": 5, "slots": [{}]},
        {"format": keyslots.FORMAT, "casebook_id": "x", "slots": ["slot"]},
    ],
)
def test_wrong_shape(slot_path: Path, body: object) -> None:
    slot_path.write_text(json.dumps(body))
    with pytest.raises(KeySlotFileError) as caught:
        KeySlotFile.load(slot_path)
    _assert_sentence(caught.value)


def test_key_slot_errors_are_casebook_errors() -> None:
    assert issubclass(KeySlotFileError, CasebookError)


# -- changing ------------------------------------------------------------------------------


def test_change_passphrase(made: tuple[KeySlotFile, str], slot_path: Path) -> None:
    slots, recovery_text = made
    slots.change_passphrase(DATA_KEY, "a new passphrase")
    loaded = KeySlotFile.load(slot_path)
    assert loaded.unlock_with_passphrase("a new passphrase") == DATA_KEY
    with pytest.raises(WrongPassphrase):
        KeySlotFile.load(slot_path).unlock_with_passphrase(PASSPHRASE)
    assert KeySlotFile.load(slot_path).unlock_with_recovery_key(recovery_text) == DATA_KEY
    kinds = [s["kind"] for s in json.loads(slot_path.read_text())["slots"]]
    assert sorted(kinds) == ["passphrase", "recovery"]


def test_change_passphrase_refuses_a_tampered_file(
    made: tuple[KeySlotFile, str], slot_path: Path
) -> None:
    slots, _ = made
    slots.slots.append({"id": "x", "kind": "age", "wrapped_key": "AAAA"})
    before = slot_path.read_bytes()
    with pytest.raises(KeySlotFileError):
        slots.change_passphrase(DATA_KEY, "new")
    assert slot_path.read_bytes() == before


def test_change_passphrase_with_the_wrong_data_key_writes_nothing(
    made: tuple[KeySlotFile, str], slot_path: Path
) -> None:
    slots, _ = made
    before = slot_path.read_bytes()
    with pytest.raises(KeySlotFileError):
        slots.change_passphrase(b"\x00" * 32, "new")
    assert slot_path.read_bytes() == before


def test_replace_recovery_key(made: tuple[KeySlotFile, str], slot_path: Path) -> None:
    slots, old_text = made
    new_text = slots.replace_recovery_key(DATA_KEY)
    assert new_text != old_text
    loaded = KeySlotFile.load(slot_path)
    assert loaded.unlock_with_recovery_key(new_text) == DATA_KEY
    with pytest.raises(WrongRecoveryKey):
        loaded.unlock_with_recovery_key(old_text)
    assert loaded.unlock_with_passphrase(PASSPHRASE) == DATA_KEY


def test_public_key_slots(made: tuple[KeySlotFile, str], slot_path: Path) -> None:
    slots, _ = made
    slot_id = slots.add_public_key_slot(DATA_KEY, "age", "age1recipient", "Supervisor", b"wrapped")
    loaded = KeySlotFile.load(slot_path)
    loaded.check(DATA_KEY)
    (slot,) = loaded.public_key_slots("age")
    assert slot["id"] == slot_id and slot["label"] == "Supervisor"
    assert loaded.wrapped_key_of(slot) == b"wrapped"
    assert loaded.unlock_with_passphrase(PASSPHRASE) == DATA_KEY  # MAC covers the new slot

    loaded.remove_slot(DATA_KEY, slot_id)
    reloaded = KeySlotFile.load(slot_path)
    assert reloaded.public_key_slots("age") == []
    reloaded.check(DATA_KEY)


def test_the_last_passphrase_slot_cannot_be_removed(
    made: tuple[KeySlotFile, str], slot_path: Path
) -> None:
    slots, _ = made
    passphrase_id = _slot(json.loads(slot_path.read_text()), "passphrase")["id"]
    before = slot_path.read_bytes()
    with pytest.raises(KeySlotFileError) as caught:
        slots.remove_slot(DATA_KEY, passphrase_id)
    _assert_sentence(caught.value)
    assert slot_path.read_bytes() == before


def test_check_detects_an_edit_made_while_open(
    made: tuple[KeySlotFile, str], slot_path: Path
) -> None:
    KeySlotFile.load(slot_path).check(DATA_KEY)
    _edit(slot_path, lambda d: d["slots"].reverse())  # same slots, new order
    with pytest.raises(KeySlotFileError):
        KeySlotFile.load(slot_path).check(DATA_KEY)


# -- helpers -------------------------------------------------------------------------------


def test_subkeys_differ_by_purpose_and_are_stable() -> None:
    a = derive_subkey(DATA_KEY, "vault")
    assert len(a) == 32
    assert a == derive_subkey(DATA_KEY, "vault")
    assert a != derive_subkey(DATA_KEY, "keyslot file mac")
    assert a != derive_subkey(bytes(32), "vault")
    assert a != DATA_KEY


def test_fingerprint_changes_with_the_slots(made: tuple[KeySlotFile, str]) -> None:
    slots, _ = made
    before = slots.fingerprint()
    assert len(before) == 16 and int(before, 16) >= 0
    slots.replace_recovery_key(DATA_KEY)
    assert slots.fingerprint() != before


def test_no_temporary_file_is_left_when_saving_fails(
    made: tuple[KeySlotFile, str], slot_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    slots, _ = made
    before = slot_path.read_bytes()

    def fail(*_args: object) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "replace", fail)
    with pytest.raises(OSError):
        slots.change_passphrase(DATA_KEY, "new")
    assert slot_path.read_bytes() == before
    assert sorted(p.name for p in slot_path.parent.iterdir()) == ["keyslots.json"]
