"""RFC 8785 canonical JSON, and objects hashed or signed in the legacy form still verifying.

The RFC vectors are the examples of RFC 8785 §3.2.2 (the "numbers / string / literals"
object) and §3.2.3 (property sorting), as published by the RFC's first author in
cyberphone/json-canonicalization testdata/input|output (values.json, weird.json).
"""

from __future__ import annotations

import functools
import hashlib
import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime

import pytest
from PIL import Image
from sqlalchemy import func, select, text

from casebook.core.canonical_json import (
    FORM_KEY,
    FORM_NAME,
    LEGACY,
    RFC8785,
    CanonicalJsonError,
    canonical_json,
    form_of,
)
from casebook.core.errors import CasebookError
from casebook.core.integrity import audit, custody, record_binding, signing
from casebook.core.integrity.audit import chain_problems, entry_hash
from casebook.core.models import AuditEntry, CustodyEvent, Incident, User
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.records.records import add_incident, update_field
from casebook.core.store.casebook import Casebook
from casebook.core.verification import verify_casebook

# RFC 8785 §3.2.2, input and canonical output (testdata values.json).
RFC_VALUES_IN = (
    '{\n  "numbers": [1E30, 4.50, 333333333.33333329, 2e-3, 0.000000000000000000000000001],\n'
    '  "escaping": "\\u20ac$\\u000F\\u000aA\'\\u0042\\u0022\\u005c\\\\\\"\\/",\n'
    '  "literals": [null, true, false]\n}'
)
RFC_VALUES_OUT = (
    '{"escaping":"€$\\u000f\\nA\'B\\"\\\\\\\\\\"/","literals":[null,true,false],'
    '"numbers":[1e+30,4.5,333333333.3333333,0.002,1e-27]}'
)
# RFC 8785 §3.2.3 property sorting (testdata weird.json): by UTF-16 code units, so the
# emoji (U+1F602, surrogates D83D DE02) sorts before U+FB33.
RFC_SORT_IN = (
    '{\n  "\\u20ac": "Euro Sign",\n  "1": "One",\n  "\\u0080": "Control\\u007f",\n'
    '  "\\ud83d\\ude02": "Smiley",\n  "\\u00f6": "Latin Small Letter O With Diaeresis",\n'
    '  "\\ufb33": "Hebrew Letter Dalet With Dagesh",\n  "</script>": "Browser Challenge"\n}'
)
RFC_SORT_OUT = (
    '{"1":"One","</script>":"Browser Challenge","\u0080":"Control\u007f",'
    '"\u00f6":"Latin Small Letter O With Diaeresis","\u20ac":"Euro Sign",'
    '"\U0001f602":"Smiley","\ufb33":"Hebrew Letter Dalet With Dagesh"}'
)


def test_the_rfc_value_example_is_written_byte_for_byte() -> None:
    assert canonical_json(json.loads(RFC_VALUES_IN)) == RFC_VALUES_OUT.encode("utf-8")


def test_the_rfc_sorting_example_orders_keys_by_utf16_code_units() -> None:
    assert canonical_json(json.loads(RFC_SORT_IN)) == RFC_SORT_OUT.encode("utf-8")


@pytest.mark.parametrize(
    ("number", "rfc8785", "legacy"),
    [(1.0, "1", "1.0"), (1e-7, "1e-7", "1e-07"), (1e21, "1e+21", "1e+21"), (4.5, "4.5", "4.5")],
)
def test_numbers_in_each_form(number: float, rfc8785: str, legacy: str) -> None:
    assert canonical_json({"n": number}) == f'{{"n":{rfc8785}}}'.encode()
    assert canonical_json({"n": number}, LEGACY) == f'{{"n":{legacy}}}'.encode()


def test_keys_beyond_the_bmp_sort_differently_in_the_two_forms() -> None:
    value = {"\U0001f600": 1, "\ufb33": 2}
    assert canonical_json(value) == '{"\U0001f600":1,"\ufb33":2}'.encode()
    assert canonical_json(value, LEGACY) == '{"\ufb33":2,"\U0001f600":1}'.encode()


@pytest.mark.parametrize("number", [float("nan"), float("inf"), float("-inf")])
def test_non_finite_numbers_are_refused_with_a_clear_error(number: float) -> None:
    with pytest.raises(CasebookError, match="not finite"):
        canonical_json({"latitude": number})


def test_integers_beyond_i_json_are_refused_not_rounded() -> None:
    assert canonical_json({"n": 2**53 - 1}) == b'{"n":9007199254740991}'
    with pytest.raises(CanonicalJsonError, match="too large"):
        canonical_json({"n": 2**53})


def test_dates_and_bytes_are_converted_before_either_form() -> None:
    value = {"at": datetime(2026, 1, 2, 3, 4, 5, tzinfo=UTC), "raw": b"\x00\xff"}
    expected = b'{"at":"2026-01-02T03:04:05+00:00","raw":"00ff"}'
    assert canonical_json(value) == canonical_json(value, LEGACY) == expected


def test_an_unknown_form_is_refused() -> None:
    with pytest.raises(CanonicalJsonError):
        canonical_json({}, 3)


@pytest.mark.parametrize("form", [LEGACY, RFC8785])
def test_a_value_of_no_json_kind_is_a_casebook_error_in_both_forms(form: int) -> None:
    with pytest.raises(CanonicalJsonError, match="kind set"):
        canonical_json({"values": {1, 2}}, form)


# -- the audit chain and custody: the legacy writer, then the current one --------------------


@contextmanager
def legacy_writer(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Casebook as it wrote before RFC 8785: no form marker, record hashes, entries and
    custody signatures over the legacy bytes."""
    with monkeypatch.context() as m:
        m.setattr(audit, "marked", lambda values: dict(values or {}))
        m.setattr(custody, "marked", lambda values: dict(values or {}))
        m.setattr(audit, "record_hash", functools.partial(record_binding.record_hash, form=LEGACY))
        yield


def _place(book: Casebook, session, title: str) -> Incident:  # type: ignore[no-untyped-def]
    case = add_case(session, "Canonical forms", f"CJ-{title}")
    # 16.0 and 97.0 are written "16.0" and "97.0" in the legacy form, "16" and "97" in
    # RFC 8785: an entry holding them hashes differently in the two forms.
    return add_incident(session, case, title, latitude=16.0, longitude=97.0)


def test_a_legacy_chain_keeps_verifying_as_rfc8785_entries_follow_it(
    book: Casebook, monkeypatch: pytest.MonkeyPatch, tmp_path
) -> None:
    photo = tmp_path / "photo.png"
    Image.new("RGB", (8, 8), "teal").save(photo)
    with book.session() as s:
        start = s.scalar(select(func.max(AuditEntry.sequence)))
    with legacy_writer(monkeypatch), book.session() as s:
        incident = _place(book, s, "old")
        item = take_in(book, s, incident.case, photo, title="Old photo").item
        # A fractional number in the details: signed bytes differ between the forms.
        viewed = custody.record_event(s, item, "viewed", book.actor_id, details={"zoom": 2.0})
        s.commit()
        signer = s.get(User, book.actor_id).signing_public_key
        assert signing.verify(
            signer, viewed.signature, custody._payload(viewed, item.sha256), LEGACY
        )
        assert not signing.verify(signer, viewed.signature, custody._payload(viewed, item.sha256))
        old_last = s.scalar(select(AuditEntry).order_by(AuditEntry.sequence.desc()).limit(1))
        old_sequence = old_last.sequence
        old_incident_id, item_id = incident.id, item.id
    with book.session() as s:
        incident = s.get(Incident, old_incident_id)
        update_field(s, incident, "latitude", 17.0)  # an RFC 8785 entry for a legacy record
        _place(book, s, "new")
        s.commit()
        log = list(s.scalars(select(AuditEntry).order_by(AuditEntry.sequence)))
        old = [e for e in log if start < e.sequence <= old_sequence]
        new = [e for e in log if e.sequence > old_sequence]
        assert old and new
        assert all(form_of(e.changes) == LEGACY for e in old)
        assert all(e.changes[FORM_KEY] == FORM_NAME for e in new)
        # The legacy entries hold numbers whose bytes differ between the forms: had they
        # been checked in RFC 8785, they would fail.
        floats = [e for e in old if e.table_name == "incidents" and e.action == "create"]
        unmarked = {**floats[0].changes, FORM_KEY: FORM_NAME}
        assert entry_hash(AuditEntry(**_fields(floats[0], unmarked))) != floats[0].entry_hash
        events = list(s.scalars(select(CustodyEvent).where(CustodyEvent.evidence_id == item_id)))
        assert events and all(form_of(e.details) == LEGACY for e in events)
    report = verify_casebook(book)
    assert report.problems == []


def _fields(entry: AuditEntry, changes: dict) -> dict:  # type: ignore[type-arg]
    return {
        "sequence": entry.sequence,
        "at": entry.at,
        "actor_id": entry.actor_id,
        "action": entry.action,
        "table_name": entry.table_name,
        "record_id": entry.record_id,
        "changes": changes,
        "prev_hash": entry.prev_hash,
        "record_hash": entry.record_hash,
    }


def test_new_entries_are_hashed_over_rfc8785_bytes(book: Casebook) -> None:
    with book.session() as s:
        _place(book, s, "rfc")
        s.commit()
        entry = s.scalar(select(AuditEntry).order_by(AuditEntry.sequence.desc()).limit(1))
        body = {
            "sequence": entry.sequence,
            "at": entry.at.isoformat(),
            "actor_id": entry.actor_id,
            "action": entry.action,
            "table_name": entry.table_name,
            "record_id": entry.record_id,
            "changes": entry.changes,
            "prev_hash": entry.prev_hash,
            "record_hash": entry.record_hash,
        }
        assert b'"latitude":16,' in canonical_json(body, RFC8785)
        assert entry.entry_hash == hashlib.sha256(canonical_json(body, RFC8785)).hexdigest()
        assert entry.entry_hash != hashlib.sha256(canonical_json(body, LEGACY)).hexdigest()


def test_a_tampered_rfc8785_entry_fails_and_its_marker_cannot_be_dropped(book: Casebook) -> None:
    with book.session() as s:
        _place(book, s, "tamper")
        s.commit()
        last = s.scalar(select(AuditEntry).order_by(AuditEntry.sequence.desc()).limit(1))
        sequence, changes = last.sequence, dict(last.changes)
    for forged in (
        {**changes, "title": "forged"},
        {k: v for k, v in changes.items() if k != FORM_KEY},
    ):
        with book.session() as s:
            s.execute(
                text("UPDATE audit_log SET changes = :c WHERE sequence = :s"),
                {"c": json.dumps(forged), "s": sequence},
            )
            s.commit()
            assert [str(p) for p in chain_problems(s)] == [
                f"audit entry {sequence} (create in incidents): its content was altered after "
                "it was written"
            ]


def test_a_record_changed_outside_casebook_is_named_under_an_rfc8785_entry(book: Casebook) -> None:
    with book.session() as s:
        incident_id = _place(book, s, "bound").id
        s.commit()
    with book.session() as s:
        s.execute(text("UPDATE incidents SET latitude = 16.5 WHERE id = :i"), {"i": incident_id})
        s.commit()
    assert any(f"incidents/{incident_id}" in str(p) for p in verify_casebook(book).problems)


def test_custody_events_are_signed_over_rfc8785_and_tampering_fails(
    book: Casebook, tmp_path
) -> None:
    photo = tmp_path / "p.png"
    Image.new("RGB", (8, 8), "navy").save(photo)
    with book.session() as s:
        case = add_case(s, "Custody forms", "CJ-C")
        item = take_in(book, s, case, photo, title="Photo").item
        s.commit()
        event = item.custody[0]
        assert event.details[FORM_KEY] == FORM_NAME
        assert custody.signature_valid(s, event, item.sha256)
        # Marker dropped: the payload changed, the signature no longer matches.
        event.details = {k: v for k, v in event.details.items() if k != FORM_KEY}
        assert not custody.signature_valid(s, event, item.sha256)
        s.rollback()


# -- objects whose signed JSON holds only strings and integers: the same bytes in both forms --

TRICKY = [
    "",
    "plain",
    'quote " backslash \\ slash /',
    "\x00\x01\x1f\x7f\b\t\n\f\r",
    "\u2028\u2029 \u00e9 \u20ac \ufb33 \U0001f600 \U0001f602",
    "ທະຫານມາຮອດບ້ານ ရွာကို မီးရှို့တယ်။",
]


@pytest.mark.parametrize("text_value", TRICKY)
def test_strings_and_integers_give_the_same_bytes_in_both_forms(text_value: str) -> None:
    value = {
        "format": "casebook-identity/1",
        "display_name": text_value,
        "sequence": 2**53 - 1,
        "list": [text_value, -7, None, True, False],
        "nested": {"ascii_key": text_value, "\u00e9": 0},
    }
    assert canonical_json(value) == canonical_json(value, LEGACY)


def test_identities_signed_in_the_legacy_form_still_import(
    book: Casebook, monkeypatch: pytest.MonkeyPatch
) -> None:
    from casebook.core.exchange import identities

    with book.session() as s:
        own = identities.own_identity(book, s)
        own.display_name = "ທ່ານ ສົມພອນ \U0001f600"
        with monkeypatch.context() as m:
            m.setattr(signing, "sign", functools.partial(signing.sign, form=LEGACY))
            text_before = identities.identity_text(book, s, own)
        s.rollback()
    assert identities.parse_identity_text(text_before).display_name.startswith("ທ່ານ")


def test_review_events_signed_in_the_legacy_form_still_verify(book: Casebook) -> None:
    from casebook.core.exchange import review
    from casebook.core.integrity.review_signature import review_payload

    with book.session() as s:
        case = add_case(s, "Review forms", "CJ-R")
        event = review.add_review(book, s, case, comment="ກວດແລ້ວ \U0001f44d")
        key = s.get(User, book.actor_id).signing_private_key
        event.signature = signing.sign(key, review_payload(event), LEGACY)
        assert review.signature_valid(s, event)
        event.comment = "changed"
        assert not review.signature_valid(s, event)
        s.rollback()


def test_time_stamp_claims_are_the_same_bytes_as_before() -> None:
    from casebook.core.integrity.timestamp import CLAIM_KIND, HeadClaim

    claim = HeadClaim("6f1c0a52-3a43-4b0e-9d38-3c4f3c1e2a10", 42, "ab" * 32)
    legacy = canonical_json(
        {
            "casebook_id": claim.casebook_id,
            "entry_hash": claim.entry_hash,
            "kind": CLAIM_KIND,
            "sequence": claim.sequence,
        },
        LEGACY,
    )
    assert claim.to_bytes() == legacy
    assert HeadClaim.from_bytes(legacy) == claim
