"""`casebook section set/import/list/show` as a legal team uses them from a shell."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest

from casebook.cli.main import main
from casebook.core.analysis import add_charge
from casebook.core.models import Case
from casebook.core.records import cases, persons
from casebook.core.records.sections import MAX_SECTION_CHARS, load_sections
from casebook.core.store.casebook import Casebook

PASS = "a long field passphrase ຂ້ອຍ"
REF = "MM-2017-NR-010"


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def prepared(tmp_path, monkeypatch, capsys) -> tuple[Path, str]:
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", PASS)
    monkeypatch.delenv("CASEBOOK_RECOVERY_KEY", raising=False)
    path = tmp_path / "book"
    assert run(capsys, "init", path, "--user", "Legal team")[0] == 0
    with Casebook.open(path, PASS) as book, book.session() as s:
        case = cases.add_case(s, "Clearance operations, 2017", REF)
        perpetrator = persons.add_person(s, case, ["alleged_perpetrator"])
        charge = add_charge(s, case, "7(1)(d)", perpetrators=[(perpetrator.id, "28(a)")])
        s.commit()
        return path, charge.id


def _sections(path: Path):
    with Casebook.open(path, PASS) as book, book.session() as s:
        case = cases.case_by_reference(s, REF)
        return load_sections(s, case)


def test_set_from_a_file_list_and_show(prepared, capsys, tmp_path):
    path, charge = prepared
    text = tmp_path / "summary.txt"
    text.write_bytes("\ufeffWas geschah — ယခု.\r\nZweite Zeile.".encode())
    code, out, _ = run(capsys, "section", "set", path, "--case", REF, "--kind", "summary",
                       "--file", text)  # fmt: skip
    assert code == 0 and "version 1" in out
    code, out, _ = run(capsys, "section", "set", path, "--case", REF, "--kind", "summary",
                       "--file", text)  # fmt: skip
    assert code == 0 and "unchanged" in out
    code, out, _ = run(capsys, "section", "set", path, "--case", REF, "--kind",
                       "element_argument", "--charge", charge[:8], "--element", "7(1)(d)/1",
                       "--text", "Displaced.")  # fmt: skip
    assert code == 0 and "element 7(1)(d)/1" in out
    assert _sections(path).case("summary") == "Was geschah — ယခု.\nZweite Zeile."
    code, out, _ = run(capsys, "section", "list", path, "--case", REF)
    assert code == 0
    written = "Was geschah — ယခု.\nZweite Zeile."
    assert f"summary\t-\t-\t{len(written)} characters\t1 version(s)" in out
    assert f"element_argument\t{charge[:8]}\t7(1)(d)/1" in out
    assert "Was geschah" not in out  # the list names sections, never their text
    code, out, _ = run(capsys, "section", "show", path, "--case", REF, "--kind", "summary")
    assert out == "Was geschah — ယခု.\nZweite Zeile.\n"


def test_set_from_standard_input(prepared, capsys, monkeypatch):
    path, _ = prepared
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Counsel: X.")))
    code, _, _ = run(capsys, "section", "set", path, "--case", REF, "--kind", "counsel",
                     "--file", "-")  # fmt: skip
    assert code == 0 and _sections(path).case("counsel") == "Counsel: X."


def test_import_a_json_document(prepared, capsys, tmp_path):
    path, charge = prepared
    document = tmp_path / "sections.json"
    document.write_text(json.dumps({"sections": [
        {"kind": "jurisdiction", "text": "§ 1 VStGB."},
        {"kind": "legal_argument", "charge": charge, "text": "Argued."},
    ]}), encoding="utf-8")  # fmt: skip
    code, out, _ = run(capsys, "section", "import", path, "--case", REF, document)
    assert code == 0 and "Saved 2 section version(s)" in out
    sections = _sections(path)
    assert sections.case("jurisdiction") == "§ 1 VStGB." and sections.charge(charge) == "Argued."


@pytest.mark.parametrize(
    ("args", "content", "words"),
    [
        (["--kind", "summary", "--file", "missing.txt"], None, "There is no file"),
        (["--kind", "summary", "--file", "FILE"], b"\xff\xfe bad", "is not UTF-8"),
        (["--kind", "summary", "--file", "FILE"], b"a" * (4 * MAX_SECTION_CHARS + 5000),
         "larger than any section"),
        (["--kind", "summary", "--file", "FILE"], b"x" * (MAX_SECTION_CHARS + 1), "at most"),
        (["--kind", "summary", "--text", "bell \x07"], None, "control character"),
        (["--kind", "legal_argument", "--text", "x"], None, "needs the charge"),
        (["--kind", "legal_argument", "--charge", "ffffffff", "--text", "x"], None,
         "has no charge with the id"),
        (["--kind", "element_argument", "--charge", "CHARGE", "--element", "8(2)(a)(i)/1",
          "--text", "x"], None, "not an element of this charge"),
    ],
)  # fmt: skip
def test_set_errors_say_what_is_wrong(prepared, capsys, tmp_path, args, content, words):
    path, charge = prepared
    if content is not None:
        (tmp_path / "FILE").write_bytes(content)
    args = [str(tmp_path / a) if a in ("FILE", "missing.txt") else a for a in args]
    args = [charge if a == "CHARGE" else a for a in args]
    code, _, err = run(capsys, "section", "set", path, "--case", REF, *args)
    assert code != 0 and words in err
    assert not _sections(path)


def test_unknown_kind_is_refused_by_the_parser_with_the_choices(prepared, capsys):
    path, _ = prepared
    with pytest.raises(SystemExit):
        main(["section", "set", str(path), "--case", REF, "--kind", "summery", "--text", "x"])
    assert "invalid choice: 'summery'" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("content", "words"),
    [
        (b"{not json", "is not valid JSON (line 1"),
        (b'{"sections": [{"kind": "summary", "text": NaN}]}', "NaN"),
        (b'{"sections": [{"kind": "nope", "text": "x"}]}', "sections[0]"),
        (b'[{"kind": "summary"}]', "must be text"),
    ],
)
def test_import_errors_save_nothing(prepared, capsys, tmp_path, content, words):
    path, _ = prepared
    (tmp_path / "bad.json").write_bytes(content)
    code, _, err = run(capsys, "section", "import", path, "--case", REF, tmp_path / "bad.json")
    assert code != 0 and words in err
    assert not _sections(path)


def test_list_of_an_empty_case_says_how_to_start(prepared, capsys):
    path, _ = prepared
    code, out, _ = run(capsys, "section", "list", path, "--case", REF)
    assert code == 0 and "no authored sections yet" in out


def test_show_of_nothing_written_is_an_error(prepared, capsys):
    path, _ = prepared
    code, _, err = run(capsys, "section", "show", path, "--case", REF, "--kind", "counsel")
    assert code != 0 and "Nothing is written for counsel" in err


def test_a_case_reference_that_does_not_exist(prepared, capsys):
    path, _ = prepared
    code, _, err = run(capsys, "section", "list", path, "--case", "NOPE")
    assert code != 0 and "No case has the reference" in err
    with Casebook.open(path, PASS) as book, book.session() as s:
        assert s.query(Case).count() == 1


def test_set_warns_of_citations_that_name_nothing(prepared, capsys):
    path, _ = prepared
    code, out, err = run(capsys, "section", "set", path, "--case", REF, "--kind", "summary",
                         "--text", "See [[exhibit:ffffffff]] and [[incident:]].")  # fmt: skip
    assert code == 0 and "version 1" in out
    assert "Warning: [[exhibit:ffffffff]]: no evidence item of this case" in err
    assert "Warning: [[incident:…]]: an incident is cited by at least six" in err
