"""Editions by addressee: a Strafanzeige to the Generalbundesanwalt in German, an article 15
communication to the ICC Prosecutor, a submission to the Myanmar Mechanism.

Each edition is rendered from the realistic case of conftest.py with authored sections, and
its text read back with pdftotext. The German edition must not print English from the
taxonomy (element texts, liability titles) or raw stored values (enum values).
"""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from casebook.core.errors import CasebookError
from casebook.core.export.bundle import export_bundle
from casebook.core.export.legal_frame import format_provision, legal_frame
from casebook.core.export.plan import ExportRequest
from casebook.core.export.strings import SECTIONS, Strings, addressees, edition
from casebook.core.models import Charge, Incident
from casebook.core.models.testimony import CONSENT_RECORDING
from casebook.core.records.cases import case_by_reference
from casebook.core.records.sections import set_section
from casebook.core.resource_paths import resource_path
from casebook.core.taxonomy.loader import load_taxonomy

from .conftest import CaseFixture
from .test_cli_and_prints import cli_case as cli_book  # noqa: F401 (fixture: the CLI casebook)

# Authored in German, as counsel writes for the German filing; tokens are live citations.
AUTHORED = {
    "complainants": "AUTHORED-COMPLAINANTS Überlebende, vertreten durch [[person:W-001]].",
    "counsel": "AUTHORED-COUNSEL Rechtsanwältin M. Muster, Berlin.",
    "summary": "AUTHORED-SUMMARY Die Bewohner wurden vertrieben ([[incident:{incident}]]).",
    "jurisdiction": "AUTHORED-JURISDICTION Das Weltrechtsprinzip gilt.",
    "reasons_to_act": "AUTHORED-PRESENCE Zeugen leben in Deutschland.",
    "other_mechanisms": "AUTHORED-MECHANISMS Kein Staat verfolgt die Taten.",
    "investigative_measures": "AUTHORED-MEASURES 1. Vernehmung der Zeugen.\n2. Ermittlungen.",
    "closing_requests": "AUTHORED-CLOSING Akteneinsicht nach § 406e StPO.",
}
CHARGE_ARGUMENT = "AUTHORED-CHARGE Die Vertreibung war Teil eines Angriffs."
ELEMENT_ARGUMENT = "AUTHORED-ELEMENT Die Ausweisung geschah ohne völkerrechtlichen Grund."

# The order a German practitioner expects, as printed (headings of the German edition).
GERMAN_ORDER = [
    "Strafanzeige",
    "Betreff",
    "Anzeigeerstatter und Verfahrensbevollmächtigte",
    "AUTHORED-COMPLAINANTS",
    "AUTHORED-COUNSEL",
    "AUTHORED-SUMMARY",
    "Sachverhalt",
    "Zuständigkeit und Anwendbarkeit des Völkerstrafgesetzbuchs",
    "AUTHORED-JURISDICTION",
    "Gründe für die Aufnahme von Ermittlungen (§ 153f StPO)",
    "AUTHORED-PRESENCE",
    "AUTHORED-MECHANISMS",
    "Rechtliche Würdigung",
    "AUTHORED-CHARGE",
    "Verbrechenselemente (Auslegungshilfe)",
    "AUTHORED-ELEMENT",
    "Beteiligung der Angezeigten",
    "Beantragte Ermittlungsmaßnahmen",
    "AUTHORED-MEASURES",
    "Anträge",
    "§ 171 StPO",
    "AUTHORED-CLOSING",
    "Unterschriften",
    "Anlagenverzeichnis",
]


def write_sections(fx: CaseFixture) -> None:
    with fx.book.session() as session:
        case = case_by_reference(session, fx.reference)
        incident = session.scalars(
            select(Incident).where(Incident.title == "Burning of Ban Nakham")
        ).one()
        for kind, text in AUTHORED.items():
            set_section(session, case, kind, text.format(incident=incident.id[:8]))
        set_section(session, case, "legal_argument", CHARGE_ARGUMENT, charge_id=fx.charge_id)
        set_section(
            session,
            case,
            "element_argument",
            ELEMENT_ARGUMENT,
            charge_id=fx.charge_id,
            element_id="7(1)(d)/1",
        )
        session.commit()


def render(fx: CaseFixture, out: Path, addressee: str, language: str, edition_: str = "filing"):
    request = ExportRequest(fx.reference, "all", addressee, language, edition_)  # type: ignore[arg-type]
    result = export_bundle(fx.book, request, out)
    pdf = result.folder / "complaint.pdf"
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], check=True, capture_output=True, text=True
    ).stdout
    return pdf, " ".join(text.split())  # one line: headings and sentences are not cut


def words(text: str) -> set[str]:
    return {w.lower() for w in re.findall(r"[A-Za-z_]{4,}", text)}


def english_from_the_taxonomy(crime_id: str, liability_ids: list[str]) -> set[str]:
    """Words of the charge's English element texts and liability titles, and raw values
    (stored enum values, embedded-metadata field names)."""
    taxonomy = load_taxonomy()
    crime = taxonomy.crime(crime_id)
    texts = [crime.title, *(e.text for e in crime.elements)]
    for liability_id in liability_ids:
        mode = taxonomy.liability(liability_id)
        texts += [mode.title, *(e.text for e in mode.elements)]
    raw = {*CONSENT_RECORDING, "alleged_perpetrator", "circumstantial", "corroborating"}
    # embedded-metadata field names of the fixture's photo and recording
    raw |= {"width", "height", "duration_seconds", "audio_codec", "sample_rate", "channels"}
    return words(" ".join(texts)) | raw


def case_words(fx: CaseFixture, pdf: Path) -> set[str]:
    """Words the case itself (English in this fixture) puts into the PDF: allowed."""
    from casebook.core.models import EvidenceItem, Person, Testimony

    with fx.book.session() as session:
        case = case_by_reference(session, fx.reference)
        texts = [case.title, case.situation or ""]
        for incident in session.scalars(select(Incident).where(Incident.case_id == case.id)):
            texts += [incident.title, incident.description or "", incident.place_name or ""]
        for item in session.scalars(select(EvidenceItem).where(EvidenceItem.case_id == case.id)):
            texts += [item.title, item.description or "", item.source or ""]
            texts += [item.original_filename or "", item.media_type or ""]
        for person in session.scalars(select(Person).where(Person.case_id == case.id)):
            texts += [person.rank or "", person.unit or "", person.position or ""]
        for testimony in session.scalars(select(Testimony).where(Testimony.case_id == case.id)):
            texts += [s.text for s in testimony.segments]
    # the exhibit PDF's own pages ("Village register page 1") are the exhibit, not the edition
    texts.append("page")
    return words(" ".join(texts))


@pytest.fixture
def authored_case(case_fixture: CaseFixture) -> CaseFixture:
    write_sections(case_fixture)
    return case_fixture


def test_german_edition_is_a_strafanzeige_in_german(authored_case: CaseFixture, tmp_path):
    fx = authored_case
    pdf, text = render(fx, tmp_path / "de", "gba", "de")

    # The structure, in order.
    positions = []
    for heading in GERMAN_ORDER:
        start = positions[-1] + 1 if positions else 0
        found = text.find(heading, start)
        assert found >= 0, f"{heading!r} missing or out of order"
        positions.append(found)

    # A German Gliederung: the argument is lettered, in the contents too.
    assert "A. Anzeigeerstatter und Verfahrensbevollmächtigte" in text
    assert "C. Sachverhalt" in text and "F. Rechtliche Würdigung" in text and "H. Anträge" in text

    # The legal frame in German style, each provision once.
    assert (
        "Rechtsgrundlage: § 7 Abs. 1 Nr. 4 VStGB (Verbrechen gegen die Menschlichkeit). "
        "Völkerrechtliche Entsprechung: Art. 7 Abs. 1 lit. d IStGH-Statut." in text
    )
    assert "Verbrechenselement 1 zu Art. 7 Abs. 1 lit. d" in text
    assert "Kontextelement 4 zu Art. 7 Abs. 1 lit. d" in text  # EoC: 4 and 5 are contextual
    assert "Element 1 der Beteiligungsform nach Art. 25 Abs. 3 lit. b" in text
    assert (
        "„kein Tatverdächtiger sich im Inland aufhält und ein solcher Aufenthalt auch nicht "
        "zu erwarten ist“" in text
    )
    assert "Deutschland" in text
    # Live citations rendered with this bundle's numbers.
    assert "vertreten durch W-001." in text
    assert re.search(r"vertrieben \(Sachverhalt Nr\. \d\)\.", text)
    assert "[[" not in text

    # The wording the issue found wrong.
    for wrong in (
        "Beschuldigte",
        "Tatbestandsmerkmal",
        "Römisches Statut",
        "Germany",
        "Merkmal ",
        "Verfahren:",
        "Der Wortlaut dieses Eintrags wurde rekonstruiert",
        "not yet written",
        "noch nicht verfasst",
    ):
        assert wrong not in text, wrong
    assert not re.search(r"\bmittelbar", text)  # "unmittelbar" (direct) is right
    assert "Indiz" in text  # the circumstantial tag on context element 4

    # No English from the taxonomy and no raw values: every English word of the charge's
    # element texts and liability titles that the case data does not itself contain.
    with fx.book.session() as session:
        charge = session.get(Charge, fx.charge_id)
        assert charge is not None
        liability_ids = [p.liability_id for p in charge.perpetrators]
        crime_id = charge.crime_id
    german = words(json.dumps(json.loads(resource_path("export", "strings.de.json").read_text())))
    german |= words(json.dumps(edition("gba").strings["de"], ensure_ascii=False))
    authored = words(" ".join([*AUTHORED.values(), CHARGE_ARGUMENT, ELEMENT_ARGUMENT]))
    allowed = case_words(fx, pdf) | german | authored
    forbidden = english_from_the_taxonomy(crime_id, liability_ids) - allowed
    assert {
        "perpetrator",
        "deported",
        "forcibly",
        "ordering",
        "oral_witnessed",
        "width",
    } <= forbidden
    printed = words(text)
    assert not forbidden & printed, sorted(forbidden & printed)


def test_german_edition_names_participation_in_german_law(authored_case: CaseFixture, tmp_path):
    """Ordering (25(3)(b)): the German provisions the national data maps (§§ 25-27 StGB),
    with the Statute's provision in German style; never the English title "Ordering"."""
    _pdf, text = render(authored_case, tmp_path / "de", "gba", "de")
    start = text.index("P-001 (Colonel, 33rd Light Infantry Division): ")
    line = text[start : text.index("Element 1 der Beteiligungsform", start)]
    assert "Art. 25 Abs. 3 lit. b IStGH-Statut" in line
    for citation, heading in legal_frame().national_liability("25(3)(b)-ordering", "DE"):
        assert citation in line and (heading is None or heading in line)
    assert "Ordering" not in text and "Co-perpetration" not in text


def test_icc_and_mechanism_editions(authored_case: CaseFixture, tmp_path):
    _pdf, icc = render(authored_case, tmp_path / "icc", "icc-otp", "en")
    assert icc.startswith("Communication under article 15 of the Rome Statute") or (
        "Communication under article 15 of the Rome Statute" in icc[:400]
    )
    assert "Alleged crime 1: Crime against humanity of deportation or forcible transfer" in icc
    assert "Rome Statute: article 7(1)(d)." in icc
    assert "A. Senders" not in icc  # lettered headings are the German edition's
    assert "Rome Statute: Rome Statute" not in icc and "Rome Statute, article" not in icc
    assert (
        "“The Prosecutor may initiate investigations proprio motu on the basis of "
        "information on crimes within the jurisdiction of the Court.”" in icc
    )
    for wrong in ("Criminal complaint", "criminal complaint", "Charge ", "charges", "VStGB"):
        assert wrong not in icc, wrong
    assert "a audio" not in icc and "oral_witnessed" not in icc

    _pdf, iimm = render(authored_case, tmp_path / "iimm", "iimm", "en")
    assert "Submission of information and evidence" in iimm[:400]
    assert "Independent Investigative Mechanism for Myanmar" in iimm[:600]
    assert "Mandate of the Mechanism" in iimm
    assert "Human Rights Council resolution 39/2 of 27 September 2018" in iimm
    assert "Crime 1: Crime against humanity of deportation or forcible transfer" in iimm
    for wrong in ("Criminal complaint", "Charge ", "charges", "§ 153f", "§ 171"):
        assert wrong not in iimm, wrong


def test_unwritten_sections_print_nothing_in_filing(case_fixture: CaseFixture, tmp_path):
    """Nothing authored: the filing keeps only the fixed frame (jurisdiction, § 153f, the
    requests, signatures); the internal edition says which sections are still to write."""
    _pdf, filing = render(case_fixture, tmp_path / "f", "gba", "de")
    assert "Anzeigeerstatter und Verfahrensbevollmächtigte" not in filing
    assert "Beantragte Ermittlungsmaßnahmen" not in filing
    assert "noch nicht verfasst" not in filing
    for kept in ("§ 153f StPO", "§ 1 Satz 1 VStGB", "Anträge", "§ 171 StPO", "Unterschriften"):
        assert kept in filing, kept
    # An element with no material says so rather than printing bare.
    assert "Zu diesem Element benennt diese Anzeige kein Beweismittel." in filing

    _pdf, internal = render(case_fixture, tmp_path / "i", "gba", "de", "internal")
    assert "[Abschnitt noch nicht verfasst" in internal
    assert "Der Wortlaut dieses Eintrags" not in filing


@pytest.mark.parametrize(
    ("provision", "german", "english"),
    [
        ("7(1)(g)", "Art. 7 Abs. 1 lit. g", "article 7(1)(g)"),
        ("7(1)(g)-1", "Art. 7 Abs. 1 lit. g-1", "article 7(1)(g)-1"),
        ("8(2)(b)(xxii)-1", "Art. 8 Abs. 2 lit. b Ziff. xxii-1", "article 8(2)(b)(xxii)-1"),
        ("8(2)(e)(xvi)", "Art. 8 Abs. 2 lit. e Ziff. xvi", "article 8(2)(e)(xvi)"),
        ("7(1)(i)", "Art. 7 Abs. 1 lit. i", "article 7(1)(i)"),
        ("25(3 bis)", "Art. 25 Abs. 3bis", "article 25(3 bis)"),
        ("8 bis", "Art. 8bis", "article 8 bis"),
        ("28(a)", "Art. 28 lit. a", "article 28(a)"),
        ("30", "Art. 30", "article 30"),
    ],
)
def test_provisions_in_german_style(provision: str, german: str, english: str):
    assert format_provision(provision, "de") == german
    assert format_provision(provision, "en") == english
    assert Strings("de", "gba").statute(provision) == f"{german} IStGH-Statut"
    assert Strings("en", "icc-otp").statute(provision) == f"{english} of the Rome Statute"


def test_every_addressee_has_an_edition_in_its_language():
    for key, entry in addressees().items():
        ed = edition(key)
        assert entry.language in ed.languages
        assert set(ed.sections) <= set(SECTIONS) and "cover" in ed.sections
        Strings(entry.language, key)("cover_title")
    with pytest.raises(CasebookError, match="written in en"):
        Strings("de", "icc-otp")
    assert addressees()["iimm"].jurisdiction == "IIMM"  # the consent code of recipients.json


def test_command_line_writes_each_addressee_in_its_language(cli_book, tmp_path, capsys):  # noqa: F811
    """`export-bundle --addressee gba` without --language: the Strafanzeige in German."""
    from casebook.cli.main import main

    fx, folder = cli_book
    out = tmp_path / "bundles"
    args = ["export-bundle", str(folder), "--case", fx.reference, "--charges", "all"]
    args += ["--out", str(out)]
    assert main([*args, "--addressee", "gba"]) == 0
    bundle = next(p for p in out.iterdir() if p.is_dir())
    text = subprocess.run(
        ["pdftotext", str(bundle / "complaint.pdf"), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    assert "Strafanzeige" in text and "Rechtliche Würdigung" in text
    capsys.readouterr()
