"""The font check reads only what the edition prints: a filing does not print the service a
person was referred to for support (export/documentation_text.py), so its text must neither
be required of the fonts nor stop a filing."""

from __future__ import annotations

from casebook.core.export.plan import ExportRequest, plan_export

from .conftest import CaseFixture

SERVICE = "Counselling centre, Block C"


def _texts(case_fixture: CaseFixture, edition: str) -> list[str]:
    with case_fixture.book.session() as session, session.no_autoflush:
        request = ExportRequest(case_fixture.reference, edition=edition)  # type: ignore[arg-type]
        plan = plan_export(session, request)
        plan.statements[0].testimony.support_referral_to = SERVICE  # never flushed
        texts = plan.texts()
        session.rollback()
    return texts


def test_a_filing_does_not_check_fonts_for_the_support_service(case_fixture: CaseFixture):
    assert SERVICE not in _texts(case_fixture, "filing")
    assert SERVICE in _texts(case_fixture, "internal")
