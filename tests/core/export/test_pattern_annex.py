"""The pattern annex of the complaint, on the 60-incident fixture: chosen in the plan, the
known counts printed, small counts of persons suppressed with the threshold stated, no
identities, incidents withheld for consent not counted, and the charts drawn as vectors."""

from __future__ import annotations

import importlib.util
import re
import subprocess
import sys
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from casebook.core.errors import CasebookError
from casebook.core.export.bundle import export_bundle
from casebook.core.export.pattern_annex import suppressed
from casebook.core.export.plan import ExportRequest, plan_export
from casebook.core.models import Consent, Person, Testimony
from casebook.core.records.testimonies import withdraw_consent


def _fixture_module():
    path = Path(__file__).parents[1] / "analysis" / "pattern_case.py"
    spec = importlib.util.spec_from_file_location("pattern_case", path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


pattern_case = _fixture_module()


def _text(path: Path) -> str:
    done = subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    )
    return done.stdout


def _annex(text: str) -> str:
    start = text.rindex("Annex: pattern of incidents")  # the heading, not the contents line
    return text[start : text.index("Incidents by crime", start) + 2000]


def _row(text: str, label: str) -> list[str]:
    """The cells after ``label`` on its line of the -layout text."""
    line = next(line for line in text.splitlines() if line.strip().startswith(label))
    return line.strip()[len(label) :].split()


def _export(book, tmp_path: Path, name: str = "out", edition: str = "filing", **options):
    request = ExportRequest(pattern_case.REFERENCE, "all", "gba", "en", edition, **options)
    return export_bundle(book, request, tmp_path / name)


@pytest.fixture
def fixture_case(book):
    return pattern_case.build_pattern_case(book)


def test_the_annex_prints_the_known_counts_and_suppresses_small_ones(book, fixture_case, tmp_path):
    result = _export(book, tmp_path, pattern_annex=True)
    pdf = result.folder / "complaint.pdf"
    annex = _annex(_text(pdf))
    assert "60 incidents counted; 0 incidents" in " ".join(annex.split())
    assert _row(annex, "August 2017") == ["10", "4"]
    assert _row(annex, "September 2017") == ["4", "4"]
    assert _row(annex, "January 2017") == ["4", "1"]
    assert "(no date, an open-ended range, or not a calendar date): 2." in annex
    assert _row(annex, "Maungdaw") == ["24"]
    assert _row(annex, "Buthidaung") == ["18"]
    assert _row(annex, "Rathedaung") == ["12"]
    assert _row(annex, "Sittwe") == ["3"]
    assert "Incidents plotted by coordinates: 54; without coordinates: 6." in annex
    assert _row(annex, "Rohingya") == ["14"]
    assert _row(annex, "Muslim") == ["12"]
    assert "".join(_row(annex, "Kaman")) == "<3"  # one person: suppressed
    assert "".join(_row(annex, "Hindu")) == "<3"
    assert "".join(_row(annex, "child")) == "<3"
    assert "are shown as '< 3'" in annex and "(threshold 3)" in annex
    assert _row(annex, "33 LID") == ["30"]
    assert _row(annex, "99 LID") == ["25"]
    assert _row(annex, "Border Guard Police") == ["5"]
    assert re.search(r"7\(1\)\(d\) — .*deportation.*\s30\b", annex)
    assert re.search(r"7\(1\)\(a\) — .*murder\s+20\b", annex)
    # No identities: no pseudonym and no incident title in the annex.
    assert not re.search(r"\b[VWP]-0\d\d\b", annex)
    assert "Incident 57" not in annex
    # The charts are vector graphics: the month chart's labels are text, not an image.
    reader = PdfReader(pdf)
    page = next(p for p in reader.pages if "Incidents certainly in the month" in p.extract_text())
    assert "10+4" in page.extract_text()
    assert not page.images


def test_threshold_is_chosen_and_checked(book, fixture_case, tmp_path):
    result = _export(book, tmp_path, pattern_annex=True, pattern_threshold=15)
    annex = _annex(_text(result.folder / "complaint.pdf"))
    assert "".join(_row(annex, "Rohingya")) == "<15"
    assert "".join(_row(annex, "Muslim")) == "<15"
    assert _row(annex, "Maungdaw") == ["24"]  # incidents are not persons: not suppressed
    with book.session() as s:
        for bad in (1, 0):
            request = ExportRequest(
                pattern_case.REFERENCE, pattern_annex=True, pattern_threshold=bad
            )
            with pytest.raises(CasebookError, match="at least 2"):
                plan_export(s, request)
    assert suppressed(0, 3) == "0" and suppressed(2, 3) == "< 3" and suppressed(3, 3) == "3"


def test_without_the_option_there_is_no_annex(book, fixture_case, tmp_path):
    text = _text(_export(book, tmp_path).folder / "complaint.pdf")
    assert "pattern of incidents" not in text


def test_incidents_withheld_for_consent_are_not_counted(book, fixture_case, tmp_path):
    with book.session() as s:
        kaman = s.get(Person, fixture_case.victims[14])  # V-015, linked to incident 57 only
        consent = s.scalars(
            select(Consent).join(Testimony).where(Testimony.witness_id == kaman.id)
        ).one()
        withdraw_consent(consent, "2018-01-01")
        s.commit()
    annex = _annex(_text(_export(book, tmp_path, pattern_annex=True).folder / "complaint.pdf"))
    assert "59 incidents counted; 1 incidents" in " ".join(annex.split())
    assert "Kaman" not in annex
    assert _row(annex, "Buthidaung") == ["17"]  # incident 57 (i = 56) was in Buthidaung


def test_german_annex(book, fixture_case, tmp_path):
    request = ExportRequest(
        pattern_case.REFERENCE, "all", "gba", "de", "filing", pattern_annex=True
    )
    text = _text(export_bundle(book, request, tmp_path / "de").folder / "complaint.pdf")
    start = text.rindex("Anlage: Muster der Vorfälle")
    annex = text[start:]
    assert _row(annex, "August 2017") == ["10", "4"]
    assert "„< 3“" in annex
    assert "".join(_row(annex, "Kaman")) == "<3"


def test_command_line_option(casebook_factory, tmp_path, monkeypatch, passphrase, capsys):
    from casebook.cli.main import main

    book, _ = casebook_factory("cli-book")
    pattern_case.build_pattern_case(book)
    book.close()  # the command line opens the casebook itself
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", passphrase)
    args = ["export-bundle", str(tmp_path / "cli-book"), "--case", pattern_case.REFERENCE]
    args += ["--charges", "all", "--out", str(tmp_path / "bundles"), "--language", "en"]
    assert main([*args, "--pattern-annex", "--pattern-threshold", "4", "--dry-run"]) == 0
    assert "Pattern annex: counts" in capsys.readouterr().out
    assert main([*args, "--pattern-annex", "--pattern-threshold", "1", "--dry-run"]) != 0
    assert "at least 2" in capsys.readouterr().err
    assert main([*args, "--pattern-annex"]) == 0
    bundle = next(p for p in (tmp_path / "bundles").iterdir() if p.is_dir())
    annex = _annex(_text(bundle / "complaint.pdf"))
    assert _row(annex, "August 2017") == ["10", "4"]


def _cite(book, fc, title="Deportations in Maungdaw", **filters):
    from casebook.core.analysis.patterns import PatternFilter, save_pattern
    from casebook.core.models import Case

    with book.session() as s:
        save_pattern(
            s, s.get(Case, fc.case_id), title, PatternFilter(**filters), element_id="cah_attack/1"
        )
        s.commit()


def _legal(text: str) -> str:
    start = text.rindex("Legal assessment")
    return " ".join(text[start : text.index("Signatures", start)].split())


def test_a_pattern_cited_in_the_matrix_appears_in_the_filing_analysis(book, fixture_case, tmp_path):
    _cite(book, fixture_case, admin_areas=("Maungdaw",), acts=("7(1)(d)",))
    legal = _legal(_text(_export(book, tmp_path, pattern_annex=True).folder / "complaint.pdf"))
    assert (
        "Pattern “Deportations in Maungdaw” (incidents with Maungdaw; 7(1)(d)): 12 incidents "
        "between January 2017 and November 2017, in 1 administrative areas; victims "
        "recorded: 7; alleged perpetrator units: 3. The counts behind it are set out in the "
        "annex on the pattern of incidents." in legal
    )
    # Without the annex the sentence does not point to it; small counts of persons are
    # suppressed here as in the annex.
    _cite(book, fixture_case, "Kaman victims", groups=(("ethnicity", "Kaman"),))
    legal = _legal(_text(_export(book, tmp_path, "plain").folder / "complaint.pdf"))
    assert "units: 3. The counts" not in legal
    assert "Pattern “Kaman victims” (incidents with Kaman): 1 incidents" in legal
    assert "victims recorded: < 3" in legal


def test_the_internal_edition_notes_a_pattern_whose_counts_changed(book, fixture_case, tmp_path):
    _cite(book, fixture_case, admin_areas=("Buthidaung",))
    with book.session() as s:
        kaman = s.get(Person, fixture_case.victims[14])  # incident 57, in Buthidaung
        consent = s.scalars(
            select(Consent).join(Testimony).where(Testimony.witness_id == kaman.id)
        ).one()
        withdraw_consent(consent, "2018-01-01")
        s.commit()
    internal = _text(_export(book, tmp_path, edition="internal").folder / "complaint.pdf")
    flat = " ".join(internal.split())
    assert "17 incidents between" in flat
    assert "when the pattern was saved it counted 18 incidents" in flat
