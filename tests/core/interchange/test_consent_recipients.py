"""Importing consents: recipients must be codes of Casebook's list, refused with their place."""

from __future__ import annotations

from sqlalchemy import select

from casebook.core import interchange
from casebook.core.models import Testimony

from .test_hostile_input import refused
from .test_interchange import minimal_document


def _consent(document: dict) -> dict:
    return document["cases"][0]["testimonies"][0]["consent"]


def test_a_state_named_instead_of_coded_is_refused_with_its_place_and_code(book):
    document = minimal_document()
    _consent(document)["jurisdictions"] = ["DE", "Germany"]
    message = refused(book, document, "consent recipients")
    assert "/cases/0/testimonies/0/consent/jurisdictions/1: Germany is DE" in message


def test_an_unknown_recipient_is_refused_without_quoting_it(book):
    document = minimal_document()
    _consent(document)["jurisdictions"] = ["Office of Mr Example"]
    message = refused(book, document, "nothing was imported")
    assert "/cases/0/testimonies/0/consent/jurisdictions/0: This recipient is not" in message
    assert "Example" not in message


def test_codes_in_any_case_are_imported_as_stored_codes(book):
    document = minimal_document()
    _consent(document)["jurisdictions"] = ["iimm", "de"]
    interchange.import_document(book, document, book.folder)
    with book.session() as s:
        assert s.scalar(select(Testimony)).consent.jurisdictions == ["DE", "IIMM"]
