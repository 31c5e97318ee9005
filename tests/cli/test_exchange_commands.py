"""The exchange commands as three people use them: identities, packages, conflicts, review,
and a supervisor opening a documenter's casebook through a key slot."""

from __future__ import annotations

import io
import re
import subprocess
import tarfile
from pathlib import Path

import pytest
from PIL import Image

from casebook.cli.main import main
from casebook.core.records.cases import case_by_reference
from casebook.core.store.casebook import Casebook

PASS = "a long field passphrase ຂ້ອຍ"
REF = "LA-7"


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", PASS)
    monkeypatch.delenv("CASEBOOK_RECOVERY_KEY", raising=False)
    monkeypatch.delenv("CASEBOOK_AGE_IDENTITY_FILE", raising=False)


def run(capsys, *args) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


def ok(capsys, *args) -> str:
    code, out, err = run(capsys, *args)
    assert code == 0, err
    return out


def fingerprint_of(text: str) -> str:
    return re.search(r"fingerprint: ([0-9A-F ]{39})", text).group(1)


def set_summary(path: Path, summary: str) -> None:
    book = Casebook.open(path, PASS)
    try:
        with book.session() as s:
            case_by_reference(s, REF).summary = summary
            s.commit()
    finally:
        book.close()


@pytest.fixture
def people(tmp_path, env, capsys) -> dict[str, tuple[Path, str]]:
    """Three casebooks whose owners have exchanged and verified identities."""
    made = {}
    for name, role in (("aung", "documenter"), ("bopha", "documenter"), ("sara", "supervisor")):
        path = tmp_path / name
        ok(capsys, "init", path, "--user", name.title(), "--role", role)
        text = ok(capsys, "identity", "export", path)
        (tmp_path / f"{name}.id").write_text(text)
        made[name] = (path, fingerprint_of(text))
    for name, (path, _) in made.items():
        for other, (_, fingerprint) in made.items():
            if other == name:
                continue
            out = ok(capsys, "identity", "import", path, tmp_path / f"{other}.id")
            assert "Compare this fingerprint" in out
            # Typed as read out over the phone: groups of four, not quoted.
            ok(capsys, "identity", "verify", path, *fingerprint.split())
    assert "UNVERIFIED" not in ok(capsys, "identity", "list", made["sara"][0])
    return made


def test_three_people_exchange_a_case(people, tmp_path, capsys):
    (aung, aung_fp), (bopha, bopha_fp), (sara, sara_fp) = (
        people["aung"],
        people["bopha"],
        people["sara"],
    )
    photo = tmp_path / "photo.png"
    Image.new("RGB", (20, 20), "red").save(photo)
    ok(capsys, "case", "add", aung, "--title", "ການໂຈມຕີ", "--ref", REF)
    ok(capsys, "add-evidence", aung, "--case", REF, photo)

    out = ok(capsys, "package", aung, "--case", REF, "--to", sara_fp, "--out", tmp_path / "1.pkg")
    assert "1 evidence" in out and "1 attachment(s)" in out
    preview = ok(capsys, "import-package", sara, tmp_path / "1.pkg", "--dry-run")
    assert "verified sender" in preview and "Dry run: nothing was changed." in preview
    assert "evidence: 1 new" in preview
    ok(capsys, "import-package", sara, tmp_path / "1.pkg")
    code, _, err = run(capsys, "import-package", sara, tmp_path / "1.pkg")
    assert code == 1 and "already imported" in err

    ok(capsys, "package", sara, "--case", REF, "--to", bopha_fp, "--out", tmp_path / "2.pkg")
    ok(capsys, "import-package", bopha, tmp_path / "2.pkg")

    # Both documenters change the case summary at the same time.
    set_summary(aung, "Aung's summary.")
    set_summary(bopha, "Bopha's summary.")
    for name, path in (("a", aung), ("b", bopha)):
        ok(capsys, "package", path, "--case", REF, "--to", sara_fp, "--since-last",
           "--out", tmp_path / f"3{name}.pkg")  # fmt: skip
    ok(capsys, "import-package", sara, tmp_path / "3a.pkg")
    out = ok(capsys, "import-package", sara, tmp_path / "3b.pkg")
    assert "1 conflict(s)" in out and "summary" in out
    listing = ok(capsys, "conflicts", sara)
    conflict_id = listing.split("\t")[0]
    assert "from Bopha" in listing
    ok(capsys, "resolve", sara, conflict_id, "--keep", "incoming")
    assert ok(capsys, "conflicts", sara).strip() == "No open conflicts."

    ok(capsys, "review", sara, "--case", REF, "--status", "in_review", "--comment", "Looking.")
    code, _, err = run(capsys, "review", aung, "--case", REF, "--status", "approved")
    assert code == 1 and "supervisor's" in err
    ok(capsys, "package", sara, "--case", REF, "--to", aung_fp, "--to", bopha_fp, "--since-last",
       "--out", tmp_path / "4.pkg")  # fmt: skip
    for path in (aung, bopha):
        out = ok(capsys, "import-package", path, tmp_path / "4.pkg")
        assert "conflict" not in out
    shown = ok(capsys, "review", aung, "--case", REF)
    assert "in_review by Sara" in shown and "Sara: Looking." in shown
    for path in (aung, bopha, sara):
        assert "All checks passed." in ok(capsys, "verify", path)


def test_the_age_tool_reads_a_package_made_by_the_command(people, tmp_path, capsys):
    (aung, _), (sara, sara_fp) = people["aung"], people["sara"]
    ok(capsys, "case", "add", aung, "--title", "T", "--ref", REF)
    ok(capsys, "package", aung, "--case", REF, "--to", sara_fp, "--out", tmp_path / "p.pkg")
    secret = tmp_path / "sara.key"
    ok(capsys, "identity", "export", sara, "--secret-out", secret)
    assert secret.stat().st_mode & 0o777 == 0o600
    plain = subprocess.run(
        ["age", "-d", "-i", str(secret), str(tmp_path / "p.pkg")], check=True, capture_output=True
    ).stdout
    with tarfile.open(fileobj=io.BytesIO(plain)) as tar:
        assert tar.getnames()[:2] == ["MANIFEST.json", "MANIFEST.sig"]


def test_an_unknown_sender_needs_acceptance(tmp_path, env, capsys, people):
    stranger = tmp_path / "stranger"
    ok(capsys, "init", stranger, "--user", "Stranger")
    sara, sara_fp = people["sara"]
    ok(capsys, "identity", "import", stranger, tmp_path / "sara.id")
    ok(capsys, "identity", "verify", stranger, sara_fp)
    ok(capsys, "case", "add", stranger, "--title", "T", "--ref", "X-1")
    ok(capsys, "package", stranger, "--case", "X-1", "--to", sara_fp, "--out", tmp_path / "s.pkg")
    code, _, err = run(capsys, "import-package", sara, tmp_path / "s.pkg")
    assert code == 1 and "unknown sender" in err and "--accept-unverified" in err
    out = ok(capsys, "import-package", sara, tmp_path / "s.pkg", "--accept-unverified")
    assert "UNKNOWN sender" in out


def test_a_supervisor_opens_a_casebook_through_a_key_slot(people, tmp_path, capsys, monkeypatch):
    (aung, _), (sara, sara_fp) = people["aung"], people["sara"]
    ok(capsys, "supervisor-slot", "add", aung, sara_fp)
    assert "supervisor Sara" in ok(capsys, "supervisor-slot", "list", aung)
    secret = tmp_path / "sara.key"
    ok(capsys, "identity", "export", sara, "--secret-out", secret)
    monkeypatch.delenv("CASEBOOK_PASSPHRASE", raising=False)  # read and removed already
    monkeypatch.setenv("CASEBOOK_AGE_IDENTITY_FILE", str(secret))
    assert "All checks passed." in ok(capsys, "verify", aung)
    code, _, err = run(capsys, "verify", people["bopha"][0])
    assert code == 1 and "none of its supervisor key slots" in err
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", PASS)
    monkeypatch.delenv("CASEBOOK_AGE_IDENTITY_FILE")
    ok(capsys, "supervisor-slot", "remove", aung, sara_fp)
    assert "No supervisor key slots." in ok(capsys, "supervisor-slot", "list", aung)
