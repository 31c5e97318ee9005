"""SHA256SUMS and VERIFY.txt: a prosecutor's IT staff check a bundle with standard tools only.

The commands are taken from VERIFY.txt itself and run with bash in the bundle folder, so
the text cannot drift from what actually works.
"""

from __future__ import annotations

import io
import json
import subprocess
import zipfile
from pathlib import Path

import pyrage
import pytest

from casebook.core.export.bundle import export_bundle
from casebook.core.export.manifest import sums_text, verify_bundle
from casebook.core.export.plan import ExportRequest

from .conftest import CaseFixture

TOOLS = ("openssl ", "grep ", "sha256sum ")


def export(fx: CaseFixture, out: Path, language: str = "en", **kwargs: object):
    request = ExportRequest(fx.reference, "all", "gba", language, "filing")  # type: ignore[arg-type]
    return export_bundle(fx.book, request, out, **kwargs)  # type: ignore[arg-type]


def commands(folder: Path) -> list[str]:
    """The indented command lines of VERIFY.txt, in the order it gives them."""
    lines = (folder / "VERIFY.txt").read_text(encoding="utf-8").splitlines()
    return [
        line.strip() for line in lines if line.startswith("  ") and line.strip().startswith(TOOLS)
    ]


def run(command: str, folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["bash", "-c", command], cwd=folder, capture_output=True, text=True, timeout=60
    )


def listed(folder: Path) -> list[str]:
    text = (folder / "SHA256SUMS").read_text(encoding="utf-8")
    return [line.split("  ", 1)[1] for line in text.splitlines()]


@pytest.mark.parametrize("language", ["en", "de"])
def test_verify_txt_commands_pass_on_a_fresh_bundle(
    case_fixture: CaseFixture, tmp_path: Path, language: str
):
    folder = export(case_fixture, tmp_path / "out", language).folder
    text = (folder / "VERIFY.txt").read_text(encoding="utf-8")
    assert ("Prüfung" in text) == (language == "de")
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["exporter"]["fingerprint"] in text
    steps = commands(folder)
    assert [s.split()[0] for s in steps] == ["openssl", "grep", "sha256sum"]
    assert steps[0] == (
        "openssl pkeyutl -verify -pubin -inkey exporter-key.txt -rawin -in manifest.json "
        "-sigfile manifest.sig"
    )
    for step in steps:
        done = run(step, folder)
        assert done.returncode == 0, (step, done.stdout, done.stderr)
        assert done.stdout.strip(), step  # grep prints the line it found
    assert "Signature Verified Successfully" in run(steps[0], folder).stdout
    assert "FAILED" not in run(steps[2], folder).stdout


def test_sums_list_every_file_but_manifest_signature_and_itself(
    case_fixture: CaseFixture, tmp_path: Path
):
    folder = export(case_fixture, tmp_path / "out").folder
    on_disk = sorted(p.relative_to(folder).as_posix() for p in folder.rglob("*") if p.is_file())
    assert listed(folder) == sorted(set(on_disk) - {"SHA256SUMS", "manifest.json", "manifest.sig"})
    assert "VERIFY.txt" in listed(folder) and "exporter-key.txt" in listed(folder)
    manifest = json.loads((folder / "manifest.json").read_text())
    in_manifest = {f["path"] for f in manifest["files"]}
    assert {"SHA256SUMS", "VERIFY.txt", "exporter-key.txt"} <= in_manifest
    assert verify_bundle(folder).ok


def test_flipped_exhibit_byte_fails_sha256sum(case_fixture: CaseFixture, tmp_path: Path):
    folder = export(case_fixture, tmp_path / "out").folder
    photo = folder / "exhibits/003-burned-houses.jpg"
    data = bytearray(photo.read_bytes())
    data[len(data) // 2] ^= 0x01
    photo.write_bytes(bytes(data))
    done = run(commands(folder)[2], folder)
    assert done.returncode != 0
    assert "exhibits/003-burned-houses.jpg: FAILED" in done.stdout
    assert "complaint.pdf: OK" in done.stdout


def test_altered_manifest_fails_openssl(case_fixture: CaseFixture, tmp_path: Path):
    folder = export(case_fixture, tmp_path / "out").folder
    openssl = commands(folder)[0]
    manifest = folder / "manifest.json"
    manifest.write_bytes(manifest.read_bytes().replace(b'"filing"', b'"Filing"', 1))
    done = run(openssl, folder)
    assert done.returncode != 0
    assert "Signature Verified Successfully" not in done.stdout


def test_edited_sums_file_is_caught_by_the_manifest_step(case_fixture: CaseFixture, tmp_path: Path):
    """Someone who swaps an exhibit and rewrites SHA256SUMS to match fails step 3."""
    folder = export(case_fixture, tmp_path / "out").folder
    photo = folder / "exhibits/003-burned-houses.jpg"
    photo.write_bytes(photo.read_bytes() + b"x")
    sums = folder / "SHA256SUMS"
    fresh = run("sha256sum exhibits/003-burned-houses.jpg", folder).stdout.split()[0]
    lines = [
        f"{fresh}  {line.split('  ', 1)[1]}" if line.endswith("burned-houses.jpg") else line
        for line in sums.read_text().splitlines()
    ]
    sums.write_text("\n".join(lines) + "\n")
    openssl, grep, check = commands(folder)
    assert run(openssl, folder).returncode == 0
    assert run(check, folder).returncode == 0
    assert run(grep, folder).returncode != 0


def test_zip_and_encrypted_bundles_hold_both_files(case_fixture: CaseFixture, tmp_path: Path):
    zipped = export(case_fixture, tmp_path / "zip", make_zip=True)
    identity = pyrage.x25519.Identity.generate()
    sealed = export(case_fixture, tmp_path / "age", encrypt_to=str(identity.to_public()))
    assert sealed.folder is None and sealed.age_path is not None
    plain = pyrage.decrypt(sealed.age_path.read_bytes(), [identity])
    for archive, where in (
        (zipfile.ZipFile(zipped.zip_path), tmp_path / "unzipped"),
        (zipfile.ZipFile(io.BytesIO(plain)), tmp_path / "decrypted"),
    ):
        names = {n.split("/", 1)[1] for n in archive.namelist()}
        assert {"SHA256SUMS", "VERIFY.txt", "manifest.json", "manifest.sig"} <= names
        archive.extractall(where)
        (folder,) = where.iterdir()
        for step in commands(folder):
            done = run(step, folder)
            assert done.returncode == 0, (step, done.stdout, done.stderr)


def test_sums_text_refuses_paths_sha256sum_would_escape():
    assert sums_text({"b": "2" * 64, "a": "1" * 64}) == f"{'1' * 64}  a\n{'2' * 64}  b\n"
    for bad in ("a\nb", "a\\b", "SHA256SUMS", "manifest.json"):
        with pytest.raises(ValueError):
            sums_text({bad: "0" * 64})
