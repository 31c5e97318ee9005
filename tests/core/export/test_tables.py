"""Tables laid out for their content: hashes in whole monospace groups, no word cut."""

from __future__ import annotations

import subprocess
from datetime import UTC, datetime
from pathlib import Path

import pytest
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph, Table

from casebook.core.export.bundle import export_bundle
from casebook.core.export.complaint_pdf import ComplaintBuilder
from casebook.core.export.document import (
    Styles,
    break_long_words,
    fit_widths,
    grid_table,
    hash_block,
    mono_font,
)
from casebook.core.export.fonts import FontBook
from casebook.core.export.plan import ExportRequest, plan_export

from .conftest import CaseFixture

DIGEST = "0123456789abcdef" * 4
PADDING = 5.0


def cell_overflows(table: Table) -> list[str]:
    """Texts of cells whose widest word is wider than their column (it would be cut)."""
    out = []
    for row in table._cellvalues:
        for c, cell in enumerate(row):
            if isinstance(cell, Paragraph) and cell.minWidth() > table._colWidths[c] - PADDING:
                out.append(cell.getPlainText())
    return out


def tables(flowables: list[object]) -> list[Table]:
    return [f for f in flowables if isinstance(f, Table)]


@pytest.mark.parametrize("language", ["en", "de"])
def test_index_and_custody_tables_cut_no_word(case_fixture: CaseFixture, language: str):
    with case_fixture.book.session() as session:
        request = ExportRequest(case_fixture.reference, "all", "gba", language, "filing")  # type: ignore[arg-type]
        plan = plan_export(session, request)
        builder = ComplaintBuilder(session, plan, [], datetime.now(UTC), "Exporter")
        found = tables(builder.exhibit_index()) + tables(builder.custody_annex())
    assert len(found) == 1 + len(plan.exhibits)
    for table in found:
        assert cell_overflows(table) == []
        assert sum(table._colWidths) == pytest.approx(170 * mm)


def test_narrow_german_header_column_is_widened_not_cut():
    st = Styles(FontBook())
    widths = [9 * mm, 33 * mm, 19 * mm, 20 * mm, 24 * mm, 35 * mm, 13 * mm, 17 * mm]
    header = ["Nr.", "Bezeichnung", "Art", "Datum", "Quelle", "SHA-256", "Größe", "Verwahrung"]
    table = grid_table(st, [header, ["1", "x", "y", "z", "w", DIGEST, "1 KiB", "ok"]], widths)
    assert cell_overflows(table) == []
    assert table._colWidths[-1] > widths[-1]  # the measured "Verwahrun/g" column
    assert sum(table._colWidths) == pytest.approx(sum(widths))


def test_fit_widths_leaves_a_fitting_table_alone():
    st = Styles(FontBook())
    cells = [[Paragraph("short", st.cell), Paragraph("words only", st.cell)]]
    assert fit_widths(cells, [40 * mm, 40 * mm]) == [40 * mm, 40 * mm]


def test_hash_block_wraps_at_whole_groups():
    st = Styles(FontBook())
    narrow = hash_block(DIGEST, st.cell_mono, 25 * mm)
    assert narrow.split("\n") == ["0123456789abcdef"] * 4
    assert hash_block(DIGEST, st.cell_mono, 130 * mm) == DIGEST
    middle = hash_block(DIGEST, st.cell_mono, 45 * mm).split("\n")
    assert all(len(line) in (16, 32) for line in middle) and "".join(middle) == DIGEST


def test_rendered_index_prints_hashes_in_groups_and_whole_headers(
    case_fixture: CaseFixture, tmp_path: Path
):
    request = ExportRequest(case_fixture.reference, "all", "gba", "de", "filing")  # type: ignore[arg-type]
    folder = export_bundle(case_fixture.book, request, tmp_path / "out").folder
    assert folder is not None
    pdf = folder / "complaint.pdf"
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    lines = [line.strip() for line in text.splitlines()]
    for digest in (case_fixture.photo_sha256, case_fixture.pdf_sha256, case_fixture.wav_sha256):
        groups = [digest[i : i + 16] for i in range(0, 64, 16)]
        start = lines.index(groups[0])
        assert lines[start : start + 4] == groups
        assert digest in lines  # the exhibit's own page has room for one line
    assert "Verwahrung" in lines and "Verwahrun" not in lines
    fonts = subprocess.run(
        ["pdffonts", str(pdf)], check=True, capture_output=True, text=True
    ).stdout
    mono = mono_font()
    if mono is not None:
        row = next(r for r in fonts.splitlines() if mono.removeprefix("cb-") in r)
        assert " yes " in row  # embedded


URL = (
    "https://www.example.org/reports/2017/myanmar-laos-border/"
    "forced-displacement-ban-nakham-village-register-scan.pdf?download=1"
)


def test_long_value_breaks_at_its_own_separators():
    st = Styles(FontBook())
    table = grid_table(st, [["URL", URL]], [38 * mm, 60 * mm], header=False)
    assert cell_overflows(table) == []
    lines = break_long_words(URL, st.cell.fontName, st.cell.fontSize, 60 * mm - PADDING)
    pieces = lines.split("\n")
    assert len(pieces) > 1 and "".join(pieces) == URL
    assert all(piece[-1] in "/-_.?&=:,;" for piece in pieces[:-1])
    assert break_long_words("two words", st.cell.fontName, 7.5, 20 * mm) == "two words"
