"""The complaint's text layer gives back the statements as written, in logical order.

Shaped runs are drawn as glyphs in visual order (a Burmese vowel sign before its consonant,
Arabic right to left in presentation forms); each is wrapped in marked content whose
/ActualText holds its letters, which poppler's ``pdftotext`` returns instead.
"""

from __future__ import annotations

import subprocess
import unicodedata
from pathlib import Path

import pytest

from casebook.core.export.bundle import export_bundle
from casebook.core.export.plan import ExportRequest

from .conftest import ARABIC, BURMESE, LAO, CaseFixture

# pdftotext brackets each right-to-left section it outputs with U+202B ... U+202C
# (embedding marks of its own, not text of the PDF); they are dropped before comparing.
_POPPLER_MARKS = dict.fromkeys(map(ord, "\u202a\u202b\u202c\u202d\u202e"))


def _pdftotext(path: Path, *options: str) -> str:
    done = subprocess.run(
        ["pdftotext", *options, str(path), "-"], check=True, capture_output=True, text=True
    )
    return done.stdout.translate(_POPPLER_MARKS)


@pytest.fixture
def complaint(case_fixture: CaseFixture, tmp_path: Path) -> Path:
    request = ExportRequest(case_fixture.reference, "all", "gba", "en", "filing")
    result = export_bundle(case_fixture.book, request, tmp_path / "out")
    return result.folder / "complaint.pdf"


def test_every_statement_passage_extracts_as_written(complaint: Path):
    plain = _pdftotext(complaint)
    flat = " ".join(plain.split())
    bare = "".join(plain.split())
    passages = [*LAO[:2], LAO[3], *BURMESE, *ARABIC]  # LAO[2] is redacted
    missing = []
    for passage in passages:
        nfc = unicodedata.normalize("NFC", passage)
        if " ".join(nfc.split()) not in flat and "".join(nfc.split()) not in bare:
            missing.append(nfc)
    assert not missing, f"not in the text layer: {missing}"
    assert not any(0xFB50 <= ord(c) <= 0xFEFF for c in plain), "Arabic presentation forms"


def test_a_word_inside_a_sentence_is_found(complaint: Path):
    flat = " ".join(_pdftotext(complaint).split())
    for word in ("ကျွန်ုပ်တို့ရွာသို့", "မီးရှို့ခဲ့သည်။", "ရောက်လာပြီး", "وأحرقوا", "مغادرة"):
        assert word in flat, word


def test_the_complaint_still_passes_qpdf(complaint: Path):
    done = subprocess.run(["qpdf", "--check", str(complaint)], capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
