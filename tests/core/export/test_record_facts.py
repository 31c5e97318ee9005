"""Facts from the record in the complaint: coordinates with their precision, statements
converted from Zawgyi, interview circumstances, and no raw stored value (``oral_witnessed``,
``(written)``, ``alleged_perpetrator``) in either language."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import select

from casebook.core.analysis import add_tag
from casebook.core.export.bundle import export_bundle
from casebook.core.export.places import describe_coordinates
from casebook.core.export.plan import ExportRequest
from casebook.core.export.record_print import print_testimony
from casebook.core.export.strings import Strings
from casebook.core.integrity.custody import record_event
from casebook.core.models import Case, EvidenceItem, Incident, Testimony
from casebook.core.models.analysis import SUPPORT_KINDS
from casebook.core.models.evidence import COPY_STATUSES, CUSTODY_ACTIONS, EVIDENCE_KINDS
from casebook.core.models.person import PERSON_ROLES
from casebook.core.models.testimony import (
    CONSENT_RECORDING,
    INTERVIEW_RECORDING,
    PRIOR_ACCOUNTS,
    SUPPORT_REFERRAL,
)
from casebook.core.records import persons, testimonies
from casebook.core.records.evidence import take_in
from casebook.core.records.testimonies import ConsentTerms

from .conftest import REFERENCE, CaseFixture, make_jpeg

ZAWGYI = "ျမန္မာလိုေျပာမယ္လကြာ"  # Unicode: မြန်မာလိုပြောမယ်လကွာ
LATER_SECTIONS = ("jurisdiction", "reasons_to_act", "legal")
# The second statement states every free-text documentation field (issue 16 item 4).
DOCUMENTED = {
    "people_present": "Her sister",
    "prior_accounts_to": "UN Fact-Finding Mission",
    "prior_accounts_when": "March 2018",
    "support_referral_to": "Psychosocial team, Camp 7",
}
STORED_VALUES = (
    *CONSENT_RECORDING, *PERSON_ROLES, *EVIDENCE_KINDS, *CUSTODY_ACTIONS,
    *INTERVIEW_RECORDING, *PRIOR_ACCOUNTS, *SUPPORT_REFERRAL, *COPY_STATUSES,
)  # fmt: skip


def pdf_text(path: Path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout


def _flat(text: str) -> str:
    return " ".join(text.split())


def every_value_case(fx: CaseFixture, source: Path) -> dict[str, str]:
    """The export fixture's case, made to use every stored value that the complaint prints:
    each evidence kind, custody action, person role, way of recording consent and support."""
    book = fx.book
    with book.session() as s:
        case = s.scalar(select(Case).where(Case.reference == REFERENCE))
        incidents = {i.title: i for i in s.scalars(select(Incident))}
        burning = incidents["Burning of Ban Nakham"]
        burning.latitude, burning.longitude = 16.840939, 96.173526
        burning.coordinate_precision_m = 500.0
        interviewer = persons.add_person(s, case, ["interviewer"])
        made = {}
        # One statement per way of recording consent, each by a person of another role
        # (who consented, so the incident naming them is in the bundle).
        for n, (how, role) in enumerate(zip(CONSENT_RECORDING, PERSON_ROLES, strict=True)):
            person = persons.add_person(s, case, [role])
            paragraphs = [f"Statement {n}.", ZAWGYI] if n == 0 else [f"S{n}."]
            t = testimonies.add_testimony(
                s, case, paragraphs, witness=person, language=("my", "lo", "ar")[n % 3],
                taken_on="2018-04-02", place="Camp 7", interviewer=interviewer,
                interpreter="Interpreter M.",
                consent=ConsentTerms(legal_proceedings=True, jurisdictions=["DE"],
                                     given_on="2018-04-02", recorded_how=how),
                documentation={  # every stored value of the guidelines' fields (issue 16)
                    "interview_recording": INTERVIEW_RECORDING[n % len(INTERVIEW_RECORDING)],
                    "prior_accounts": PRIOR_ACCOUNTS[n % len(PRIOR_ACCOUNTS)],
                    "support_referral": SUPPORT_REFERRAL[n % len(SUPPORT_REFERRAL)],
                    **(DOCUMENTED if n == 1 else {}),
                },
            )  # fmt: skip
            burning.persons.append(person)
            burning.testimonies.append(t)
            made[how] = t.id
        items = {i.kind: i for i in s.scalars(select(EvidenceItem))}
        source.mkdir(parents=True, exist_ok=True)
        for kind in EVIDENCE_KINDS:
            if kind not in items:
                path = make_jpeg(source / f"item-{len(items)}.jpg", "x", (160, 160))
                item = take_in(book, s, case, path, title=f"Item {len(items)}").item
                item.kind = kind
                items[kind] = item
                burning.evidence.append(item)
        for n, item in enumerate(items.values()):
            item.copy_status = COPY_STATUSES[n % len(COPY_STATUSES)]
        items["photo"].copy_status = "working_copy"
        items["photo"].original_location = "Safe, Cox's Bazar office"
        photo = items["photo"]
        for action in CUSTODY_ACTIONS:
            record_event(s, photo, action, book.actor_id, reason="R", place="Camp 7")
        add_tag(s, case, "7(1)(d)/2", "direct", evidence_id=items["video"].id)  # ungraded
        s.commit()
        return {
            "interviewer": interviewer.pseudonym,
            "zawgyi_testimony": made[CONSENT_RECORDING[0]],
        }


def _export(fx: CaseFixture, out: Path, language: str, edition: str = "filing") -> str:
    request = ExportRequest(fx.reference, "all", "gba", language, edition)  # type: ignore[arg-type]
    result = export_bundle(fx.book, request, out)
    return pdf_text(result.folder / "complaint.pdf")


@pytest.fixture
def texts(case_fixture: CaseFixture, tmp_path: Path) -> dict[str, object]:
    facts = every_value_case(case_fixture, tmp_path / "more-files")
    return {
        "facts": facts,
        "en": _export(case_fixture, tmp_path / "en", "en"),
        "de": _export(case_fixture, tmp_path / "de", "de"),
        "internal": _export(case_fixture, tmp_path / "internal", "en", "internal"),
    }


def _own_sections(text: str, s: Strings) -> str:
    """The statement of facts and the annexes (exhibit index, custody, statements,
    exhibits): the parts printed from stored records, without the legal argument."""
    pages = [p for p in text.split("\f") if ". . . . ." not in p]  # no table of contents
    body = "\f".join(pages)
    start = body.index(s("facts"))
    ends = [body.find(s(k), start) for k in LATER_SECTIONS if s.has(k)]
    end = min(i for i in ends if i > 0)
    return body[start:end] + body[body.index(s("exhibit_index")) :]


def test_coordinates_are_printed_to_their_precision(texts):
    en, de = _flat(texts["en"]), _flat(texts["de"])
    assert "Coordinates: 16.841° N, 96.174° E (± 500 m)." in en
    assert "Koordinaten: 16,841° N, 96,174° O (± 500 m)." in de
    assert en.count("Coordinates:") == 1  # nothing for incidents without coordinates


@pytest.mark.parametrize(
    ("precision", "en", "de"),
    [
        (500, "16.841° N, 96.174° E (± 500 m)", "16,841° N, 96,174° O (± 500 m)"),
        (5, "16.84094° N, 96.17353° E (± 5 m)", "16,84094° N, 96,17353° O (± 5 m)"),
        (1500, "16.84° N, 96.17° E (± 1.5 km)", "16,84° N, 96,17° O (± 1,5 km)"),
        (None, "16.8409° N, 96.1735° E (precision not recorded)", "(Genauigkeit nicht erfasst)"),
    ],
)
def test_coordinates_carry_no_more_decimals_than_their_precision(precision, en, de):
    assert en in describe_coordinates(16.840939, 96.173526, precision, Strings("en"))
    assert de in describe_coordinates(16.840939, 96.173526, precision, Strings("de"))
    south_west = describe_coordinates(-3.5, -60.2, 5000, Strings("de"))
    assert south_west == "Koordinaten: 3,50° S, 60,20° W (± 5 km)."
    assert describe_coordinates(None, 96.1, 500, Strings("en")) == ""


def test_a_statement_converted_from_zawgyi_says_so(texts):
    en, de = _flat(texts["en"]), _flat(texts["de"])
    assert "Paragraph 2 was converted from the legacy Zawgyi encoding to Unicode" in en
    assert "Absatz 2 wurde aus der veralteten Zawgyi-Kodierung in Unicode umgewandelt" in de
    assert en.count("Zawgyi") == 1  # only the converted statement


def test_interview_circumstances_are_stated(texts):
    interviewer = texts["facts"]["interviewer"]
    en, de = _flat(texts["en"]), _flat(texts["de"])
    assert (
        f"Interview: 2 April 2018; place: Camp 7; language: Burmese (my); interviewer: "
        f"{interviewer}; interpreter: Interpreter M. Record of the interview: notes taken by "
        "the interviewer." in en
    )
    assert f"Sprache: Birmanisch (my); Befrager(in): {interviewer}" in de
    assert "interviewer: not recorded" in en  # the fixture's own statements name nobody
    assert "given 2 April 2018 (orally, before a witness)" in en or "orally, before a witness" in en


@pytest.mark.parametrize("language", ["en", "de"])
def test_no_raw_stored_value_is_printed(texts, language):
    s = Strings(language, "gba")
    text = _flat(texts[language])
    raw = [v for v in STORED_VALUES if "_" in v and v in text]
    assert not raw, raw
    how = "|".join(CONSENT_RECORDING)  # the stored word where the way of recording goes
    assert not re.search(rf"(given|erteilt) [^;()]*\(({how})\)", text)
    assert not re.search(r"\ba (audio|open)", text)
    if language == "de":  # an English enum word in the German record parts is a raw value
        own = _flat(_own_sections(texts[language], s))
        # Free text as recorded, not stored values: media types, and the reason Casebook
        # itself writes (in English) when a bundle exports an exhibit.
        own = re.sub(r"\b(audio|video)/\S+", "", own)
        own = re.sub(r"exported as exhibit \d+ of complaint bundle", "", own)
        english = {
            *STORED_VALUES, *SUPPORT_KINDS,
            "Burmese", "Arabic", "Lao", "English", "interviewer", "interpreter",
        }  # fmt: skip
        found = sorted(w for w in english if re.search(rf"\b{re.escape(w)}\b", own))
        assert not found, found


def test_the_guidelines_documentation_is_stated_in_both_languages(texts):
    en, de, internal = _flat(texts["en"]), _flat(texts["de"]), _flat(texts["internal"])
    assert "Also present at the interview: Her sister." in en
    assert "Bei der Befragung außerdem anwesend: Her sister." in de
    assert (
        "Earlier accounts of these events: given; to whom: UN Fact-Finding Mission; when: "
        "March 2018." in en
    )
    assert "Frühere Schilderungen dieser Ereignisse: ja; gegenüber wem: UN Fact-Finding" in de
    assert "Earlier accounts of these events: none given." in en
    assert "Record of the interview: statement written by the person." in en
    assert "Dokumentation der Befragung: von der Person selbst verfasste Aussage." in de
    assert "Referral to support: offered and declined." in en
    assert "Vermittlung an Unterstützungsangebote: nicht erforderlich." in de
    # Where a person receives support: the team's own edition only, never a filing.
    assert "Referral to support: offered and declined (Psychosocial team, Camp 7)." in internal
    assert "Psychosocial team" not in en and "Psychosocial team" not in de
    # Exhibits: what the casebook holds and where the original is, in index and description.
    assert "Original kept at Safe, Cox's Bazar office" in en
    # (the German label wraps in its column: its second line follows the value)
    assert re.search(r"Aufbewahrungsort des (Originals )?Safe, Cox's Bazar office", de)
    assert "Arbeitskopie" in de and "working copy" in en
    assert "Dokument, Arbeitskopie" in de  # the exhibit index's kind column
    assert re.search(r"Original or copy (original|working copy|copy)\b", en)
    assert re.search(r"Original oder Kopie (Original|Arbeitskopie|Kopie)\b", de)


def test_a_statement_that_states_nothing_says_nothing_of_it(case_fixture, tmp_path):
    en = _flat(_export(case_fixture, tmp_path / "plain", "en"))
    for words in ("Also present", "Record of the interview", "Earlier accounts", "Referral to"):
        assert words not in en
    assert "Original or copy" not in en and "Original kept at" not in en


def test_grading_is_shown_only_when_given(texts):
    internal = _flat(texts["internal"])
    assert "B2" in internal  # graded tags show their grading in the team's own edition
    assert "F6" not in internal  # an ungraded tag is not printed as F6
    assert "B2" not in _flat(texts["en"])  # and never in a filing


def test_a_testimony_print_states_the_interview_and_the_conversion(case_fixture, tmp_path):
    facts = every_value_case(case_fixture, tmp_path / "more-files")
    target = tmp_path / "statement.pdf"
    with case_fixture.book.session() as s:
        print_testimony(s, facts["zawgyi_testimony"], target, "de")
        assert s.get(Testimony, facts["zawgyi_testimony"]).segments[1].original_text == ZAWGYI
    text = _flat(pdf_text(target))
    assert "Absatz 2 wurde aus der veralteten Zawgyi-Kodierung" in text
    assert f"Befrager(in): {facts['interviewer']}" in text and "oral_witnessed" not in text
