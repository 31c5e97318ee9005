"""A fixture case for the pattern counts: 60 incidents over 2017 in four townships.

Imported by path (pytest runs in importlib mode) by the core, GUI and export tests and the
screenshot script. Built deterministically from the incident number i = 0..59, so every count
below is known by construction:

Dates
    i 0-47 exact days, four a month (month i//4 + 1, day 1 + 7*(i%4));
    i 48-53 month precision, August 2017; i 54-56 ranges 2017-08-25 to 2017-09-10;
    i 57 the year 2017; i 58-59 no date.
    Certain per month: 4, except August 10. Possible: August and September 4 (ranges + year),
    every other month 1 (the year). Lacking a date: 2.
Places (by i % 10)
    0-3 Maungdaw (24), 4-6 Buthidaung (18), 7-8 Rathedaung (12), 9: Sittwe for i < 30 (3),
    no area otherwise (3). Coordinates for all but Sittwe and the no-area ones (6 lacking).
Acts
    7(1)(d) tagged on the even incidents (30); 7(1)(a) tagged on a statement linked to every
    i % 3 == 0 (20); 7(1)(h) charged on i 0-4 (5); a contradicting 7(1)(k) tag on incident 7
    counts for nothing. Incidents with no act: 19.
Units
    P-001 "33 LID" linked to i < 30 (30); P-002 "99 LID" to 20 <= i < 45 (25); P-003 (no unit)
    to 45-49; P-004 "Border Guard Police" charged (7(1)(h)) on i 0-4 (5). No unit: 15.
Victims
    V-001..V-015 linked to incident 4k (k = 0..14); V-016 linked to incidents 0 and 4.
    Ethnicity: Rohingya 14, Kaman 1 (V-015, incident 56), none 1 (V-014).
    Religion: Muslim 12, Hindu 1 (V-014), none 3 (V-011..V-013).
    Sex/gender: f 9, m 7. Age group: adult 14, child 1 (V-014), none 1 (V-016).
    Incidents without a victim: 45. A witness linked to incident 0 is not a victim.
    Every victim and the witness gave a statement with consent to legal proceedings (DE, ICC),
    so an export may count every incident.
A second case with two incidents in Maungdaw shows the case filter.
"""

from __future__ import annotations

from dataclasses import dataclass

from casebook.core.analysis import add_charge, add_tag
from casebook.core.records import cases, persons, testimonies
from casebook.core.records.records import add_incident
from casebook.core.records.testimonies import ConsentTerms
from casebook.core.store.casebook import Casebook
from casebook.core.taxonomy import load_taxonomy

REFERENCE = "MM-2017-PATTERN"
CONSENT = ConsentTerms(legal_proceedings=True, jurisdictions=["DE", "ICC"])
TOWNSHIPS = ("Maungdaw", "Buthidaung", "Rathedaung", "Sittwe")
COORDINATES = {
    "Maungdaw": (20.82, 92.36),
    "Buthidaung": (20.87, 92.53),
    "Rathedaung": (20.48, 92.76),
}


@dataclass
class PatternCase:
    case_id: str
    other_case_id: str
    incidents: list[str]  # ids by i
    victims: list[str]  # ids of V-001..V-016


def _date(i: int) -> dict[str, str]:
    if i < 48:
        return {
            "date_precision": "exact",
            "date_start": f"2017-{i // 4 + 1:02d}-{1 + 7 * (i % 4):02d}",
        }
    if i < 54:
        return {"date_precision": "month", "date_start": "2017-08"}
    if i < 57:
        return {"date_precision": "range", "date_start": "2017-08-25", "date_end": "2017-09-10"}
    if i == 57:
        return {"date_precision": "year", "date_start": "2017"}
    return {}


def _place(i: int) -> dict[str, object]:
    slot = i % 10
    if slot <= 3:
        area = "Maungdaw"
    elif slot <= 6:
        area = "Buthidaung"
    elif slot <= 8:
        area = "Rathedaung"
    else:
        area = "Sittwe" if i < 30 else ""
    fields: dict[str, object] = {"admin_area": area} if area else {}
    if area in COORDINATES:
        lat, lon = COORDINATES[area]
        fields.update(latitude=lat + (i % 7) * 0.01, longitude=lon + (i % 5) * 0.01)
    return fields


def _victim(k: int) -> dict[str, str]:
    """Characteristics of V-(k+1)."""
    ethnicity = {13: "", 14: "Kaman"}.get(k, "Rohingya")
    religion = {13: "Hindu", 10: "", 11: "", 12: ""}.get(k, "Muslim")
    sex = "f" if k % 2 == 0 or k == 15 else "m"
    age = {13: "child", 15: ""}.get(k, "adult")
    fields = {"ethnicity": ethnicity, "religion": religion, "sex_gender": sex, "age_group": age}
    return {key: value for key, value in fields.items() if value}


def build_pattern_case(book: Casebook) -> PatternCase:
    taxonomy = load_taxonomy()
    with book.session() as s:
        case = cases.add_case(s, "Clearance operations, Rakhine State, 2017", REFERENCE)
        incidents = [
            add_incident(s, case, f"Incident {i + 1:02d}", **_date(i), **_place(i))
            for i in range(60)
        ]
        victims = [persons.add_person(s, case, ["victim"], **_victim(k)) for k in range(16)]
        for victim in victims:  # each victim's own statement, with consent to file it
            testimonies.add_testimony(
                s, case, ["I was there."], witness=victim, language="en", consent=CONSENT
            )
        for k in range(15):
            incidents[4 * k].persons.append(victims[k])
        incidents[0].persons.append(victims[15])
        incidents[4].persons.append(victims[15])
        witness = persons.add_person(s, case, ["witness"], ethnicity="Rakhine")
        incidents[0].persons.append(witness)
        units = [
            persons.add_person(s, case, ["alleged_perpetrator"], unit="33 LID"),
            persons.add_person(s, case, ["alleged_perpetrator"], unit="99 LID"),
            persons.add_person(s, case, ["alleged_perpetrator"]),
            persons.add_person(s, case, ["alleged_perpetrator"], unit="Border Guard Police"),
        ]
        for i, incident in enumerate(incidents):
            if i < 30:
                incident.persons.append(units[0])
            if 20 <= i < 45:
                incident.persons.append(units[1])
            if 45 <= i < 50:
                incident.persons.append(units[2])
        statement = testimonies.add_testimony(
            s,
            case,
            ["Soldiers shot people in every village they entered that year."],
            witness=witness,
            language="en",
            consent=CONSENT,
        )
        for i in range(0, 60, 3):
            incidents[i].testimonies.append(statement)
        s.flush()
        for i in range(0, 60, 2):
            add_tag(s, case, "7(1)(d)/1", "direct", incident_id=incidents[i].id, taxonomy=taxonomy)
        add_tag(
            s, case, "7(1)(a)/1", "direct", segment_id=statement.segments[0].id, taxonomy=taxonomy
        )
        add_tag(
            s, case, "7(1)(k)/1", "contradicting", incident_id=incidents[7].id, taxonomy=taxonomy
        )
        add_charge(
            s,
            case,
            "7(1)(h)",
            perpetrators=[(units[3].id, "25(3)(a)-direct")],
            incident_ids=[incidents[i].id for i in range(5)],
        )
        other = cases.add_case(s, "Another case", "MM-2017-OTHER")
        for n in range(2):
            add_incident(s, other, f"Other {n}", admin_area="Maungdaw", date_start="2017-08-01")
        s.commit()
        return PatternCase(case.id, other.id, [i.id for i in incidents], [v.id for v in victims])
