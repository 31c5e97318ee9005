"""`casebook taxonomy`, `tag`, `charge` and `matrix` as a legal team uses them from a shell."""

from __future__ import annotations

import csv
import io
import json
import shutil
from pathlib import Path

import pytest

from casebook.cli import analysis_commands
from casebook.cli.main import main
from casebook.core.records import cases, persons, testimonies
from casebook.core.records.records import add_incident
from casebook.core.resource_paths import resource_path
from casebook.core.store.casebook import Casebook
from casebook.core.taxonomy import load_taxonomy_from

PASS = "a long field passphrase ຂ້ອຍ"
REF = "MM-2017-NR-009"


def run(capsys, *args: object) -> tuple[int, str, str]:
    code = main([str(a) for a in args])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def env(monkeypatch):
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", PASS)
    monkeypatch.delenv("CASEBOOK_RECOVERY_KEY", raising=False)


@pytest.fixture
def prepared(tmp_path, env, capsys) -> tuple[Path, dict[str, str]]:
    """A casebook with one case, a Burmese and an English statement, two perpetrators."""
    path = tmp_path / "book"
    assert run(capsys, "init", path, "--user", "Legal team")[0] == 0
    ids: dict[str, str] = {}
    with Casebook.open(path, PASS) as book, book.session() as s:
        case = cases.add_case(s, "Clearance operations, 2017", REF)
        w1 = persons.add_person(s, case, ["witness"])
        w2 = persons.add_person(s, case, ["witness"])
        persons.add_person(s, case, ["alleged_perpetrator"], rank="Lieutenant Colonel")
        persons.add_person(s, case, ["alleged_perpetrator"])
        t1 = testimonies.add_testimony(
            s, case, ["စစ်တပ်က ရွာသားအားလုံးကို ထွက်သွားခိုင်းတယ်။"], witness=w1, language="my"
        )
        t2 = testimonies.add_testimony(
            s, case, ["The officer gave the order to burn the houses."], witness=w2, language="en"
        )
        incident = add_incident(s, case, "Clearance of village A")
        incident.testimonies.extend([t1, t2])
        s.commit()
        ids.update(my=t1.segments[0].id, en=t2.segments[0].id, incident=incident.id)
    return path, ids


def _tag(capsys, path, *args: object) -> tuple[int, str, str]:
    return run(capsys, "tag", path, "--case", REF, *args)


def test_the_whole_flow_from_charge_to_matrix_in_three_formats(prepared, capsys):
    path, ids = prepared
    code, out, _ = run(
        capsys,
        "charge",
        "add",
        path,
        "--case",
        REF,
        "--crime",
        "7(1)(d)",
        "--national",
        "DE:§7(1)(nr4)",
        "--perpetrator",
        "P-001:28(a)",
        "P-002:25(3)(a)-direct",
        "--incident",
        ids["incident"],
    )
    assert code == 0 and "Added charge" in out and "against P-001 (28(a)), P-002" in out
    code, out, err = _tag(
        capsys,
        path,
        "--segment",
        ids["my"][:8],
        "--range",
        "0:8",
        "--element",
        "7(1)(d)/1",
        "--support",
        "direct",
        "--reliability",
        "b",
        "--credibility",
        "2",
    )
    assert code == 0 and "Tagged W-001, para. 1 (characters 0-8) with 7(1)(d)/1" in out, err
    assert "graded B2" in out
    assert (
        _tag(
            capsys,
            path,
            "--segment",
            ids["en"],
            "--element",
            "7(1)(d)/2",
            "--support",
            "circumstantial",
            "--reliability",
            "D",
            "--credibility",
            "4",
        )[0]
        == 0
    )
    assert (
        _tag(
            capsys,
            path,
            "--segment",
            ids["en"],
            "--element",
            "28(a)/1",
            "--support",
            "direct",
            "--reliability",
            "A",
            "--credibility",
            "1",
            "--perpetrator",
            "p-001",
        )[0]
        == 0
    )
    assert (
        _tag(
            capsys,
            path,
            "--incident",
            ids["incident"],
            "--element",
            "7(1)(d)/4",
            "--support",
            "contradicting",
            "--reliability",
            "C",
            "--credibility",
            "3",
        )[0]
        == 0
    )
    code, out, err = _tag(
        capsys,
        path,
        "--incident",
        ids["incident"],
        "--element",
        "7(1)(d)/4",
        "--support",
        "direct",
        "--reliability",
        "B",
        "--credibility",
        "2",
    )
    assert code == 0 and "both supports and contradicts cah_attack/1" in err

    code, table, _ = run(capsys, "matrix", path, "--case", REF)
    assert code == 0
    assert "Charge 1 [" in table and "7(1)(d) Crime against humanity of deportation" in table
    assert "National provision: § 7 Abs. 1 Nr. 4 VStGB (DE, corresponds)" in table
    assert "[SUPPORTED   ] 1. 7(1)(d)/1" in table
    assert "[WEAK        ] 2. 7(1)(d)/2" in table
    assert "[GAP         ] 3. 7(1)(d)/3" in table
    assert "[CONTESTED   ] 4. cah_attack/1" in table
    assert "[GAP         ] 5. cah_attack/2" in table
    assert "+ direct         W-001, para. 1 (B2)" in table
    assert "- contradicting  Incident: Clearance of village A (C3)" in table
    assert "! conflict: Incident: Clearance of village A" in table
    assert "P-001: 28(a) Responsibility of military commanders" in table
    assert "(wording not verified)" in table  # 28(a)/3 comes from case law
    legend = table[table.index("Legend") :]
    for word in ("SUPPORTED", "WEAK", "CONTESTED", "CONTRADICTED", "GAP"):
        assert word in legend
    assert "reliability D, E or F" in legend and "\x1b[" not in table  # no colour codes

    code, text, _ = run(capsys, "matrix", path, "--case", REF, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(text)))
    assert code == 0 and len(rows) == 5 + 6 + 1  # crime and context, 28(a), 25(3)(a)-direct
    by_element = {(r["perpetrator"], r["element_id"]): r for r in rows}
    assert by_element[("", "7(1)(d)/2")]["status"] == "weak"
    assert by_element[("", "7(1)(d)/2")]["circumstantial"] == "1"
    assert by_element[("", "cah_attack/1")]["crime_element_id"] == "7(1)(d)/4"
    assert by_element[("", "cah_attack/1")]["conflicts"] == "1"
    assert by_element[("P-001", "28(a)/1")]["status"] == "supported"
    assert by_element[("P-002", "25(3)(a)-direct/1")]["status"] == "gap"

    code, text, _ = run(capsys, "matrix", path, "--case", REF, "--format", "json")
    document = json.loads(text)
    charge = document["charges"][0]
    assert code == 0 and charge["crime"]["id"] == "7(1)(d)"
    assert [r["status"] for r in charge["elements"]] == ["supported", "weak", "gap"]
    assert charge["perpetrators"][0]["rows"][0]["supporting"]["direct"][0]["grading"] == "A1"

    code, out, _ = run(capsys, "charge", "list", path, "--case", REF)
    assert code == 0
    assert "\t7(1)(d)\tDE:§7(1)(nr4)\tP-001:28(a),P-002:25(3)(a)-direct\t1 incident(s)" in out
    charge_id = out.split("\t")[0]
    code, text, _ = run(
        capsys, "matrix", path, "--case", REF, "--charge", charge_id, "--format", "json"
    )
    assert code == 0 and len(json.loads(text)["charges"]) == 1


def test_refusals_are_sentences_with_exit_code_1(prepared, capsys):
    path, ids = prepared
    code, _, err = _tag(
        capsys, path, "--segment", ids["en"], "--element", "7(1)(d)/9", "--support", "direct"
    )
    assert code == 1 and "There is no element '7(1)(d)/9'" in err and "Traceback" not in err
    code, _, err = _tag(
        capsys,
        path,
        "--segment",
        ids["en"],
        "--element",
        "28(a)/1",
        "--support",
        "direct",
        "--perpetrator",
        "W-001",
    )
    assert code == 1 and "W-001 is not recorded as an alleged perpetrator" in err
    code, _, err = _tag(
        capsys,
        path,
        "--segment",
        ids["en"],
        "--range",
        "0:999",
        "--element",
        "7(1)(d)/1",
        "--support",
        "direct",
    )
    assert code == 1 and "does not fit the passage" in err
    assert "officer" not in err  # no testimony text in messages
    assert (
        _tag(
            capsys, path, "--evidence", ids["en"], "--element", "7(1)(d)/1", "--support", "direct"
        )[0]
        == 1
    )
    assert (
        _tag(capsys, path, "--segment", ids["en"], "--element", "7(1)(d)/1", "--support", "direct")[
            0
        ]
        == 0
    )
    code, _, err = _tag(
        capsys, path, "--segment", ids["en"], "--element", "7(1)(d)/1", "--support", "direct"
    )
    assert code == 1 and "already tagged to 7(1)(d)/1" in err
    code, _, err = run(
        capsys,
        "charge",
        "add",
        path,
        "--case",
        REF,
        "--crime",
        "7(1)(d)",
        "--national",
        "DE:§7(1)(nr1)",
        "--perpetrator",
        "P-001:28(a)",
    )
    assert code == 1 and "Provisions of DE that do: §7(1)(nr4)" in err
    code, _, err = run(
        capsys,
        "charge",
        "add",
        path,
        "--case",
        REF,
        "--crime",
        "7(1)(d)",
        "--perpetrator",
        "P-001:25(3)(e)",
    )
    assert code == 1 and "applies only to genocide" in err
    with pytest.raises(SystemExit):  # argparse: a perpetrator without a mode
        main(
            [
                "charge",
                "add",
                str(path),
                "--case",
                REF,
                "--crime",
                "7(1)(d)",
                "--perpetrator",
                "P-001",
            ]
        )
    code, out, _ = run(capsys, "matrix", path, "--case", REF)
    assert code == 0 and "No charges yet" in out


def test_taxonomy_browsing_needs_no_casebook(capsys):
    code, out, _ = run(capsys, "taxonomy", "forcible transfer")
    assert code == 0
    assert (
        "7(1)(d)\tCrime against humanity of deportation or forcible transfer of population\t"
        "not applicable" in out
    )
    code, out, _ = run(capsys, "taxonomy", "--article", "8", "pillag")
    lines = out.splitlines()
    assert code == 0 and {line.split("\t")[0] for line in lines} == {"8(2)(b)(xvi)", "8(2)(e)(v)"}
    assert "international armed conflict" in out and "non-international armed conflict" in out
    code, out, _ = run(capsys, "taxonomy", "--article", "8bis")
    assert out.startswith("8 bis\t")
    code, out, _ = run(capsys, "taxonomy", "--show", "7(1)(d)")
    assert code == 0 and "Verified: yes." in out
    assert "  1. The perpetrator deported or forcibly transferred" in out
    assert "  4. [context cah_attack/1] The conduct was committed" in out
    assert "[DE:§7(1)(nr4), corresponds]" in out
    code, out, _ = run(capsys, "taxonomy", "--show", "8(2)(e)(xix)")
    assert "Verified: NO." in out
    code, out, _ = run(capsys, "taxonomy", "--show", "25(3)(e)")
    assert "applies to: genocide" in out
    code, _, err = run(capsys, "taxonomy", "--show", "7(1)(z)")
    assert code == 1 and "no crime or mode of liability '7(1)(z)'" in err


def test_a_damaged_taxonomy_is_reported_not_a_traceback(tmp_path, capsys, monkeypatch):
    copy = tmp_path / "taxonomy"
    shutil.copytree(resource_path("taxonomy"), copy)
    (copy / "liability.json").write_text("{ not json", encoding="utf-8")
    monkeypatch.setattr(analysis_commands, "load_taxonomy", lambda: load_taxonomy_from(copy))
    code, out, err = run(capsys, "taxonomy", "--show", "7(1)(d)")
    assert code == 1 and out == ""
    assert "The Rome Statute taxonomy could not be loaded (liability.json)" in err
    assert "Reinstall Casebook" in err


def test_a_tag_given_no_grades_is_not_graded_and_the_matrix_says_so(prepared, capsys):
    path, ids = prepared
    assert run(capsys, "charge", "add", path, "--case", REF, "--crime", "7(1)(d)",
               "--perpetrator", "P-001:28(a)")[0] == 0  # fmt: skip
    code, out, err = _tag(capsys, path, "--segment", ids["en"], "--element", "7(1)(d)/1",
                          "--support", "direct")  # fmt: skip
    assert code == 0 and "not graded" in out and "F6" not in out, err
    code, table, _ = run(capsys, "matrix", path, "--case", REF)
    assert "+ direct         W-002, para. 1 (ungraded)" in table and "F6" not in table
    code, out, err = _tag(capsys, path, "--segment", ids["my"], "--element", "7(1)(d)/1",
                          "--support", "direct", "--reliability", "B")  # fmt: skip
    assert code == 1 and "or neither" in err
