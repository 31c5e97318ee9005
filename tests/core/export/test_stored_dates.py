"""A date stored before dates were checked (or changed outside Casebook) stops the export with
a sentence, never an IndexError in a month's name, and nothing is left behind."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import text

from casebook.core.errors import CasebookError
from casebook.core.export.bundle import export_bundle
from casebook.core.export.dates import StoredDateInvalid, describe_date
from casebook.core.export.plan import ExportRequest
from casebook.core.export.strings import Strings

from .conftest import CaseFixture


@pytest.mark.parametrize("value", ["2022-14-03", "2017-99-99", "2022-02-30", "yesterday"])
def test_describing_an_impossible_date_is_a_clean_error(value):
    with pytest.raises(StoredDateInvalid, match="not a calendar date") as caught:
        describe_date("exact", value, None, Strings("en"))
    assert value not in str(caught.value)
    assert isinstance(caught.value, CasebookError)


def test_an_impossible_stored_incident_date_stops_the_bundle_cleanly(
    case_fixture: CaseFixture, tmp_path: Path
):
    with case_fixture.book.engine.begin() as conn:  # as an old casebook may hold it
        conn.execute(text("UPDATE incidents SET date_start = '2022-14-03', date_end = NULL"))
    request = ExportRequest(case_fixture.reference, "all", "gba", "en", "filing")  # type: ignore[arg-type]
    out = tmp_path / "out"
    with pytest.raises(StoredDateInvalid, match="left nothing behind"):
        export_bundle(case_fixture.book, request, out)
    assert list(out.iterdir()) == []
