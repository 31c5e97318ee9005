"""The recovery key: shown once, typed back by hand, typos caught before any unlock."""

from __future__ import annotations

import re

import pytest

from casebook.core.errors import MalformedRecoveryKey
from casebook.core.store import recovery_key

ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ"
KEY_SHAPE = re.compile(r"^([0-9A-HJKMNP-TV-Z]{4}-){8}[0-9A-HJKMNP-TV-Z]{4}$")


def _secret_spelling(body: str) -> bytes:
    """The secret whose base32 body is ``body`` (32 characters of the alphabet)."""
    value = 0
    for ch in body:
        value = (value << 5) | ALPHABET.index(ch)
    return value.to_bytes(recovery_key.SECRET_BYTES, "big")


# A key whose body is the whole alphabet, so every character appears once.
EVERY_CHARACTER = _secret_spelling(ALPHABET)


def test_generate_returns_nine_groups_and_the_secret_they_stand_for() -> None:
    text, secret = recovery_key.generate()
    assert KEY_SHAPE.match(text), text
    assert len(secret) == recovery_key.SECRET_BYTES
    assert recovery_key.parse(text) == secret


def test_generated_keys_differ() -> None:
    assert len({recovery_key.generate()[1] for _ in range(50)}) == 50


def test_format_spells_the_secret_in_crockford_base32() -> None:
    text = recovery_key.format_key(EVERY_CHARACTER)
    assert text.replace("-", "")[:32] == ALPHABET
    assert recovery_key.format_key(bytes(20)).startswith("0000-0000-0000-0000-0000-0000-0000-0000-")
    assert recovery_key.format_key(b"\xff" * 20).startswith("ZZZZ-ZZZZ-ZZZZ-ZZZZ-")


@pytest.mark.parametrize("secret", [bytes(20), b"\xff" * 20, EVERY_CHARACTER, b"\x01" * 20])
def test_round_trip(secret: bytes) -> None:
    assert recovery_key.parse(recovery_key.format_key(secret)) == secret


@pytest.mark.parametrize(
    "retype",
    [
        str.lower,
        lambda t: t.replace("-", ""),
        lambda t: t.replace("-", " "),
        lambda t: "  " + t.replace("-", "\t").lower() + "\r\n",
        lambda t: "-".join(t.replace("-", "")[i : i + 2] for i in range(0, 36, 2)),
    ],
    ids=["lowercase", "no-dashes", "spaces", "tabs-and-newline", "pairs"],
)
def test_forgiving_about_case_and_separators(retype) -> None:  # type: ignore[no-untyped-def]
    text = recovery_key.format_key(EVERY_CHARACTER)
    assert recovery_key.parse(retype(text)) == EVERY_CHARACTER


def test_look_alike_letters_are_read_as_digits() -> None:
    text = recovery_key.format_key(EVERY_CHARACTER)
    assert "0" in text and "1" in text
    for zero, one in [("O", "I"), ("o", "l"), ("O", "L"), ("o", "i")]:
        assert recovery_key.parse(text.replace("0", zero).replace("1", one)) == EVERY_CHARACTER


@pytest.mark.parametrize("position", range(36))
def test_any_single_character_typo_is_caught_by_the_check_group(position: int) -> None:
    text = recovery_key.format_key(EVERY_CHARACTER).replace("-", "")
    wrong = ALPHABET[(ALPHABET.index(text[position]) + 7) % 32]
    typo = text[:position] + wrong + text[position + 1 :]
    with pytest.raises(MalformedRecoveryKey) as caught:
        recovery_key.parse(typo)
    message = str(caught.value)
    assert "typing mistake" in message
    assert typo not in message and text not in message


def test_swapped_neighbours_are_caught() -> None:
    text = recovery_key.format_key(EVERY_CHARACTER).replace("-", "")
    swapped = text[:5] + text[6] + text[5] + text[7:]
    with pytest.raises(MalformedRecoveryKey):
        recovery_key.parse(swapped)


@pytest.mark.parametrize("cut", [1, 4, 20])
def test_wrong_length_says_how_many_characters_there_should_be(cut: int) -> None:
    text = recovery_key.format_key(EVERY_CHARACTER).replace("-", "")
    with pytest.raises(MalformedRecoveryKey) as caught:
        recovery_key.parse(text[:-cut])
    message = str(caught.value)
    assert "36" in message and str(36 - cut) in message
    assert message.endswith(".")
    assert text[:-cut] not in message


def test_an_extra_group_is_refused() -> None:
    text = recovery_key.format_key(EVERY_CHARACTER)
    with pytest.raises(MalformedRecoveryKey, match="has 40"):
        recovery_key.parse(text + "-ABCD")


def test_characters_outside_the_alphabet_are_named() -> None:
    text = recovery_key.format_key(EVERY_CHARACTER).replace("-", "")
    with pytest.raises(MalformedRecoveryKey) as caught:
        recovery_key.parse("U" + text[1:-1] + "*")
    message = str(caught.value)
    assert "U" in message.split(":")[-1] and "*" in message
    assert text[1:-1] not in message


def test_empty_input_is_malformed_not_a_crash() -> None:
    with pytest.raises(MalformedRecoveryKey, match="this one has 0"):
        recovery_key.parse("")
