"""Signers the receiver trusts, not the sender: a package cannot bring its own supervisor.

The attack from issue 11: a package from a verified colleague carried an invented user,
"Chief Prosecutor (ICC OTP)" with role supervisor, and an approval signed by that user's
key (which came in the same package). `review` showed the case approved by the invented
user and `verify` passed.
"""

from __future__ import annotations

import base64
from datetime import datetime

from sqlalchemy import select

from casebook.core.exchange import identities
from casebook.core.exchange.review import add_review, review_states
from casebook.core.exchange.signers import EXTERNAL_ROLE, signers
from casebook.core.exchange.units import unit_hash
from casebook.core.integrity import signing
from casebook.core.models import Case, User
from casebook.core.verification import verify_casebook

from . import crafting
from .conftest import Parties, Party, case_of, introduce, sample_case

FORGED_NAME = "Chief Prosecutor (ICC OTP)"


def case_state(party) -> object:
    with party.book.session() as s:
        case = s.get(Case, case_of(party.book).id)
        return next(st for st in review_states(s, case) if st.target_kind == "case")


def forged_package(parties: Parties, tmp_path) -> bytes:
    """Aung's real package to Sara, with a forged supervisor and their signed approval."""
    sample_case(parties.aung.book, tmp_path / "files")
    with parties.aung.book.session() as s:
        add_review(parties.aung.book, s, s.get(Case, case_of(parties.aung.book).id), None,
                   "submitted", "Ready.")  # fmt: skip
        s.commit()
    path = tmp_path / "good.cbpkg"
    parties.aung.send([parties.sara], path)
    entries = crafting.open_package(path, parties.sara.age_secret())
    private, public = signing.new_key_pair()
    forged_id = "0f0f0f0f-0000-4000-8000-0000000000aa"

    def forge(records: dict) -> None:
        records["users"].append(
            {
                "id": forged_id,
                "display_name": FORGED_NAME,
                "role": "supervisor",
                "signing_public_key": base64.b64encode(public).decode(),
            }
        )
        unit = next(u for u in records["units"] if u["kind"] == "review")
        row = unit["content"]["row"]
        row.update(status="approved", comment="Approved for filing.", actor_id=forged_id)
        payload = {
            "kind": "casebook review event",
            "id": row["id"],
            "case_id": row["case_id"],
            "target_kind": row["target_kind"],
            "target_id": row["target_id"],
            "status": row["status"],
            "comment": row["comment"],
            "actor_id": forged_id,
            "at": datetime.fromisoformat(row["at"]).isoformat(),
            "content_sha256": row["content_sha256"],
        }
        row["signature"] = base64.b64encode(signing.sign(private, payload)).decode()
        unit["history"] = [unit_hash(unit["content"])]

    altered = crafting.edit_json(entries, "records.json", forge)
    with parties.sara.book.session() as s:
        sara_recipient = identities.own_identity(parties.sara.book, s).age_recipient
    return crafting.rebuild(altered, [sara_recipient], crafting.signing_key(parties.aung.book))


def test_a_supervisor_brought_by_the_package_does_not_approve_anything(
    parties: Parties, tmp_path
) -> None:
    path = tmp_path / "forged.cbpkg"
    path.write_bytes(forged_package(parties, tmp_path))
    parties.sara.receive(path)

    state = case_state(parties.sara)
    assert state.status != "approved"
    assert FORGED_NAME not in state.status_by
    (uncounted,) = state.uncounted
    assert uncounted[1] == f"{FORGED_NAME} (unverified signer)"
    assert uncounted[2] == "approved"
    assert "not verified" in uncounted[3]

    with parties.sara.book.session() as s:
        forged = s.scalars(select(User).where(User.display_name == FORGED_NAME)).one()
        assert forged.role == EXTERNAL_ROLE  # the package's "supervisor" was not taken
        assert not signers(s)[forged.id].trusted

    report = verify_casebook(parties.sara.book)
    assert any(
        FORGED_NAME in str(p) and "unverified signer" in str(p) and "does not count" in str(p)
        for p in report.problems
    ), report.problems


def test_a_verified_colleague_counts_with_the_role_granted_here(parties: Parties, tmp_path) -> None:
    sample_case(parties.aung.book, tmp_path / "files")
    parties.aung.send([parties.sara], tmp_path / "p1.cbpkg")
    parties.sara.receive(tmp_path / "p1.cbpkg")
    with parties.sara.book.session() as s:
        add_review(parties.sara.book, s, s.get(Case, case_of(parties.sara.book).id), None,
                   "approved", "")  # fmt: skip
        s.commit()
    parties.sara.send([parties.aung], tmp_path / "back.cbpkg", since_last=True)
    parties.aung.receive(tmp_path / "back.cbpkg")
    state = case_state(parties.aung)
    assert state.status == "approved" and state.status_by == "Sara"
    assert state.uncounted == [] and state.status_signature_ok
    assert verify_casebook(parties.aung.book).ok


def test_an_unverified_colleague_is_shown_as_such(parties: Parties, casebook_factory, tmp_path):
    book, _ = casebook_factory("dara", user_name="Dara", role="supervisor")
    dara = Party(book, "Dara")
    introduce(parties.aung, dara)  # Dara verified Aung's identity...
    introduce(dara, parties.aung, verify=False)  # ...Aung holds Dara's, not verified
    sample_case(dara.book, tmp_path / "files")
    with dara.book.session() as s:
        add_review(dara.book, s, s.get(Case, case_of(dara.book).id), None, "approved", "Fine.")
        s.commit()
    dara.send([parties.aung], tmp_path / "from-dara.cbpkg")
    parties.aung.receive(tmp_path / "from-dara.cbpkg", accept_unverified=True)
    state = case_state(parties.aung)
    assert state.status is None
    assert state.comments[-1][1] == "Dara (unverified signer)"
    assert state.uncounted[0][1:3] == ("Dara (unverified signer)", "approved")
    assert not verify_casebook(parties.aung.book).ok
