"""Supervisor key slots: a verified supervisor's age identity opens the casebook."""

from __future__ import annotations

import pytest

from casebook.core.errors import CasebookError, NotFound, WrongAgeIdentity
from casebook.core.exchange.errors import IdentityError
from casebook.core.exchange.slots import (
    add_supervisor_slot,
    remove_supervisor_slot,
    supervisor_slots,
)
from casebook.core.store.casebook import Casebook
from casebook.core.verification import verify_casebook


def test_a_supervisor_slot_opens_the_casebook_until_removed(parties):
    aung, sara = parties.aung, parties.sara
    with aung.book.session() as s:
        slot_id = add_supervisor_slot(aung.book, s, sara.fingerprint)
        with pytest.raises(IdentityError, match="already has a key slot"):
            add_supervisor_slot(aung.book, s, sara.fingerprint)
        with pytest.raises(IdentityError, match="not a supervisor"):
            add_supervisor_slot(aung.book, s, parties.bopha.fingerprint)
    [slot] = supervisor_slots(aung.book)
    assert slot.id == slot_id and "Sara" in slot.label
    folder, secret = aung.book.folder, sara.age_secret()
    aung.book.close()
    with Casebook.open(folder, age_identity=f"# Sara's key\n{secret}\n") as book:
        assert verify_casebook(book).ok
    with pytest.raises(WrongAgeIdentity, match="none of its supervisor key slots"):
        Casebook.open(folder, age_identity=parties.bopha.age_secret())
    with pytest.raises(CasebookError, match="holds no usable key"):
        Casebook.open(folder, age_identity="not a key")
    with Casebook.open(folder, "correct horse battery staple ຂ້ອຍ") as book, book.session() as s:
        removed = remove_supervisor_slot(book, s, sara.fingerprint)
        assert removed.id == slot_id
        with pytest.raises(NotFound):
            remove_supervisor_slot(book, s, slot_id)
    with pytest.raises(WrongAgeIdentity):
        Casebook.open(folder, age_identity=secret)


def test_a_slot_added_behind_the_casebooks_back_is_refused(parties):
    """Key slots are covered by the file's MAC: a slot someone else slips in fails."""
    import json

    aung = parties.aung
    with aung.book.session() as s:
        add_supervisor_slot(aung.book, s, parties.sara.fingerprint)
    path = aung.book.folder / "keyslots.json"
    aung.book.close()
    data = json.loads(path.read_text())
    data["slots"][-1]["label"] = "someone else"
    path.write_text(json.dumps(data))
    with pytest.raises(CasebookError, match=r"damaged|altered"):
        Casebook.open(aung.book.folder, age_identity=parties.sara.age_secret())
