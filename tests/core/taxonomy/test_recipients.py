"""The controlled lists of consent: every ISO 3166-1 state, the named bodies, and the uses."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import inspect

from casebook.core.models import Consent
from casebook.core.resource_paths import resource_path
from casebook.core.taxonomy.recipients import (
    RecipientListError,
    build_list,
    checked_codes,
    recipient_list,
    recipient_problem,
    use,
    uses,
)


def test_the_list_holds_every_iso_3166_1_state_and_cites_its_source():
    listed = recipient_list()
    assert len(listed.states) == 249  # Debian iso-codes 4.15.0, json/iso_3166-1.json
    assert "iso-codes 4.15.0" in listed.source and "iso_3166-1.json" in listed.source
    codes = [s.code for s in listed.states]
    assert all(len(c) == 2 and c.isalpha() and c.isupper() for c in codes)
    assert listed.get("DE").name == "Germany"
    assert listed.get("MM").name == "Myanmar"
    assert listed.get("LA").name == "Lao People's Democratic Republic"


def test_named_bodies_have_stable_ids_official_names_and_a_cited_source():
    listed = recipient_list()
    names = {b.code: b.name for b in listed.bodies}
    assert names["ICC"] == "International Criminal Court, Office of the Prosecutor"
    assert names["IIMM"] == "Independent Investigative Mechanism for Myanmar"
    assert names["IIIM"].startswith("International, Impartial and Independent Mechanism to Assist")
    assert names["COI-SYRIA"] == (
        "Independent International Commission of Inquiry on the Syrian Arab Republic"
    )
    assert names["OHCHR"] == "Office of the United Nations High Commissioner for Human Rights"
    assert all((b.source and "resolution" in b.source.lower()) or "Statute" in b.source
               for b in listed.bodies)  # fmt: skip
    assert all(len(b.code) > 2 for b in listed.bodies)  # never mistaken for a state


@pytest.mark.parametrize(
    ("typed", "code"),
    [
        ("DE", "DE"),
        ("de", "DE"),
        ("Germany", "DE"),
        ("  germany ", "DE"),
        ("Federal Republic of Germany", "DE"),  # official_name
        ("DEU", "DE"),  # alpha-3
        ("Laos", "LA"),  # common_name
        ("Burma", None),  # not a name in the cited list: not guessed
        ("iimm", "IIMM"),
        ("ICC-OTP", "ICC"),
        ("International Criminal Court", "ICC"),
        ("Allemagne", None),
    ],
)
def test_codes_and_exact_names_map_to_one_recipient(typed, code):
    found = recipient_list().match(typed)
    assert (found.code if found else None) == code


def test_only_codes_are_accepted_and_a_name_is_answered_with_its_code():
    assert recipient_problem("DE") is None and recipient_problem("iimm") is None
    assert recipient_problem("Germany") == ("Germany is DE: give the code DE instead of the name.")
    unknown = recipient_problem("Atlantis-secret-village")
    assert "not in Casebook's list" in unknown and "Atlantis" not in unknown
    assert "empty" in recipient_problem("  ")
    assert "empty" in recipient_problem(7)
    assert checked_codes(["icc", "de", "DE", " "]) == ["DE", "ICC"]
    with pytest.raises(RecipientListError, match="Germany is DE"):
        checked_codes(["DE", "Germany"])


def test_every_export_addressee_names_a_recipient_of_the_list():
    data = json.loads(resource_path("export", "addressees.json").read_text(encoding="utf-8"))
    for key, addressee in data["addressees"].items():
        assert recipient_problem(addressee["jurisdiction"]) is None, key


def test_a_name_standing_for_two_recipients_is_refused():
    states = [
        {"code": "AA", "name": "Same"},
        {"code": "BB", "name": "Other", "aliases": ["same"]},
    ]
    data = {"format": "casebook-recipients/1", "states": states, "bodies": []}
    with pytest.raises(RecipientListError, match="stands for both AA and BB"):
        build_list(data)


@pytest.mark.parametrize("bad", ["aa", "A", "ABC", "A1"])
def test_a_state_code_must_be_two_capital_letters(bad):
    data = {"format": "casebook-recipients/1", "states": [{"code": bad, "name": "X"}]}
    with pytest.raises(RecipientListError, match="wrong or repeated code"):
        build_list(data)


def test_the_uses_are_a_controlled_list_tied_to_the_consent_columns():
    listed = uses()
    assert list(listed) == ["legal_proceedings", "publication", "advocacy", "research"]
    columns = {a.key for a in inspect(Consent).column_attrs}
    for item in listed.values():
        assert item.consent_field is None or item.consent_field in columns
    assert use("legal_proceedings").needs_recipient
    with pytest.raises(RecipientListError, match="no use 'lobbying'"):
        use("lobbying")
