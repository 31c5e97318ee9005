"""The bundle commands through ``casebook.cli.main``, and single-record prints."""

from __future__ import annotations

import subprocess
from pathlib import Path

import pytest

from casebook.cli.main import main
from casebook.core.errors import CasebookError
from casebook.core.models import EvidenceItem, Testimony

from .conftest import REAL_NAMES, CaseFixture, build_case


def text_of(path: Path) -> str:
    out = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return " ".join(out.stdout.split())


@pytest.fixture
def cli_case(casebook_factory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, passphrase: str):
    book, _ = casebook_factory("cli-book")
    fx = build_case(book, tmp_path / "src")
    book.close()  # the CLI opens the casebook itself
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", passphrase)
    return fx, tmp_path / "cli-book"


def test_export_and_verify_bundle_from_the_command_line(cli_case, tmp_path, capsys):
    fx, folder = cli_case
    out = tmp_path / "bundles"
    code = main(
        [
            "export-bundle",
            str(folder),
            "--case",
            fx.reference,
            "--charges",
            "all",
            "--out",
            str(out),
            "--zip",
        ]
    )
    printed = capsys.readouterr().out
    assert code == 0
    assert "statement of W-003, taken 2018-02-04: left out: the witness withdrew consent" in printed
    bundle = next(p for p in out.iterdir() if p.is_dir())
    assert main(["verify-bundle", str(bundle)]) == 0
    assert "All checks passed" in capsys.readouterr().out
    (bundle / "exhibits" / "001-village-register.pdf").write_bytes(b"%PDF-1.4 replaced")
    assert main(["verify-bundle", str(bundle)]) == 2
    assert "exhibits/001-village-register.pdf" in capsys.readouterr().err


def test_dry_run_writes_nothing(cli_case, tmp_path, capsys):
    fx, folder = cli_case
    out = tmp_path / "bundles"
    assert (
        main(
            [
                "export-bundle",
                str(folder),
                "--case",
                fx.reference,
                "--charges",
                "all",
                "--out",
                str(out),
                "--dry-run",
                "--addressee",
                "icc-otp",
            ]
        )
        == 0
    )
    assert "W-004" not in capsys.readouterr().out.split("Left out")[1].split("marked")[0]
    assert not out.exists()


def test_unknown_charge_is_a_clear_error(cli_case, tmp_path, capsys):
    fx, folder = cli_case
    code = main(
        [
            "export-bundle",
            str(folder),
            "--case",
            fx.reference,
            "--charges",
            "nope",
            "--out",
            str(tmp_path / "x"),
        ]
    )
    assert code == 1
    assert "has no charge with the id 'nope'" in capsys.readouterr().err


def test_print_testimony_by_pseudonym_with_consent(case_fixture: CaseFixture, tmp_path: Path):
    from casebook.core.export.record_print import print_testimony

    with case_fixture.book.session() as session:
        testimony = session.query(Testimony).filter_by(language="lo").one()
        print_testimony(session, testimony.id, tmp_path / "w1.pdf")
    text = text_of(tmp_path / "w1.pdf")
    assert "Witness statement W-001" in text
    assert "legal proceedings: yes; jurisdictions: DE, ICC" in text
    assert "[redacted]" in text and "REDACTME" not in text
    assert all(name not in text for name in REAL_NAMES)


def test_print_evidence_with_custody(case_fixture: CaseFixture, tmp_path: Path):
    from casebook.core.export.record_print import print_evidence

    with case_fixture.book.session() as session:
        item = session.query(EvidenceItem).filter_by(title="Burned houses in Ban Nakham").one()
        print_evidence(session, item.id, tmp_path / "e.pdf", language="de")
    text = text_of(tmp_path / "e.pdf")
    assert case_fixture.photo_sha256 in text
    assert "Verwahrungsverlauf" in text and "erhoben" in text and "geprüft" in text
    with pytest.raises(CasebookError, match="already exists"), case_fixture.book.session() as s:
        print_evidence(s, item.id, tmp_path / "e.pdf")
