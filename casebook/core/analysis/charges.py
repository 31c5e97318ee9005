"""Charges: a crime of the taxonomy, the alleged perpetrators with their mode of liability,
the national provision it is brought under, and the incidents it rests on.

The checks are the ones a prosecutor's office would make first: the crime exists; the
national provision is one of the chosen state's that maps onto that crime; each mode of
liability applies to the crime's category (25(3)(e) incitement only to genocide); each
perpetrator is an alleged perpetrator of the same case; each incident is of the case.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..errors import NotFound
from ..models import Case, Charge, ChargePerpetrator, Incident
from ..phrase import phrase
from ..store.taxonomy_migration import record_taxonomy_version
from ..taxonomy import Crime, NationalProvision, Taxonomy, load_taxonomy
from ..text.text_input import clean
from .errors import InvalidCharge, TargetNotFound
from .perpetrators import alleged_perpetrator
from .targets import MIN_PREFIX, find_in_case

_CATEGORY_NAMES = {
    "genocide": "genocide",
    "crimes_against_humanity": "a crime against humanity",
    "war_crimes": "a war crime",
    "aggression": "the crime of aggression",
}


def check_crime(taxonomy: Taxonomy, crime_id: str) -> Crime:
    """The crime to charge; refuses unknown ids and crimes without elements."""
    key = crime_id.strip()
    if not taxonomy.has_crime(key):
        raise InvalidCharge(
            "There is no crime '{key}' in taxonomy {version}. Crime ids look like "
            "7(1)(d) or 8(2)(e)(i); `casebook taxonomy QUERY` finds them.",
            "crime",
            key=key,
            version=taxonomy.version,
        )
    crime = taxonomy.crime(key)
    if not crime.elements:
        raise InvalidCharge(
            "Crime {crime} has no elements in the Elements of Crimes yet, so it cannot be "
            "charged and analysed element by element. Choose another crime.",
            "crime",
            crime=crime.id,
        )
    return crime


def parse_national(value: str) -> tuple[str, str]:
    """``"DE:§7(1)(nr4)"`` → ``("DE", "§7(1)(nr4)")``: jurisdiction and provision id."""
    code, sep, provision = value.strip().partition(":")
    if not sep or not code.strip() or not provision.strip():
        raise InvalidCharge(
            "Give the national provision as JURISDICTION:PROVISION-ID, such as DE:§7(1)(nr4).",
            "national",
        )
    return code.strip().upper(), provision.strip()


def check_national_provision(
    taxonomy: Taxonomy, crime: Crime, jurisdiction: str, provision_id: str
) -> NationalProvision:
    """The provision ``provision_id`` of ``jurisdiction``, which must map onto ``crime``."""
    code = jurisdiction.strip().upper()
    if code not in taxonomy.jurisdictions:
        raise InvalidCharge(
            "Casebook's taxonomy has no national law for '{code}'. Covered: {jurisdictions}.",
            "national",
            code=code,
            jurisdictions=", ".join(taxonomy.jurisdictions) or phrase("none"),
        )
    # Repealed provisions are accepted: an act of 2017 is charged under the law of 2017.
    # Whether a provision applied at the incidents' dates is checked when a complaint is
    # planned (``export.provision_dates``), where the dates are known.
    fitting = taxonomy.all_national_provisions_for(crime.id, code)
    for provision in fitting:
        if provision.id == provision_id:
            return provision
    if not fitting:
        raise InvalidCharge(
            "No provision of {code} law maps onto crime {crime}. Leave the national "
            "provision out, or choose another crime.",
            "national",
            code=code,
            crime=crime.id,
        )
    exists = any(p.id == provision_id for p in taxonomy.national_law(code).provisions)
    if exists:
        raise InvalidCharge(
            "{code} provision '{provision_id}' does not map onto crime {crime}. "
            "Provisions of {code} that do: {provisions}.",
            "national",
            code=code,
            provision_id=provision_id,
            crime=crime.id,
            provisions=", ".join(p.id for p in fitting),
        )
    raise InvalidCharge(
        "{code} provision '{provision_id}' is not a provision id of that law and cannot "
        "cite crime {crime}. Provisions of {code} that do: {provisions}.",
        "national",
        code=code,
        provision_id=provision_id,
        crime=crime.id,
        provisions=", ".join(p.id for p in fitting),
    )


def check_liability(taxonomy: Taxonomy, crime: Crime, liability_id: str) -> str:
    """The id of a mode of liability that can be charged with ``crime``."""
    key = liability_id.strip()
    usable = taxonomy.liability_for(crime.category)
    if any(m.id == key for m in usable):
        return key
    choices = ", ".join(m.id for m in usable)
    known = {m.id: m for m in taxonomy.liability_modes}
    if key not in known:
        problem = phrase(
            "There is no mode of liability '{key}' in taxonomy {version}.",
            key=key,
            version=taxonomy.version,
        )
    elif known[key].kind != "mode":
        problem = phrase(
            "{key} ({title}) is not a mode of liability one is charged under.",
            key=key,
            title=known[key].title,
        )
    else:
        only = " or ".join(_CATEGORY_NAMES.get(c, c) for c in known[key].applies_to)
        problem = phrase(
            "{key} ({title}) applies only to {categories}, and {crime} is {category}.",
            key=key,
            title=known[key].title,
            categories=only,
            crime=crime.id,
            category=_CATEGORY_NAMES.get(crime.category, crime.category),
        )
    raise InvalidCharge(
        "{problem} Choose one of: {choices}.",
        "liability",
        problem=problem,
        choices=choices,
    )


def add_charge(
    session: Session,
    case: Case,
    crime_id: str,
    *,
    national: str | None = None,
    perpetrators: Sequence[tuple[str, str]] = (),
    incident_ids: Sequence[str] = (),
    title: str = "",
    notes: str = "",
    taxonomy: Taxonomy | None = None,
) -> Charge:
    """A new charge of ``crime_id`` in ``case``; the caller commits.

    ``national`` is ``"DE:§7(1)(nr4)"`` (jurisdiction and provision id); ``perpetrators``
    are ``(person id, liability id)`` pairs; incident ids may be unique prefixes.
    """
    taxonomy = taxonomy or load_taxonomy()
    crime = check_crime(taxonomy, crime_id)
    stored_national = ""
    if national and national.strip():
        code, provision_id = parse_national(national)
        provision = check_national_provision(taxonomy, crime, code, provision_id)
        stored_national = f"{code}:{provision.id}"
    charge = Charge(
        case_id=case.id,
        crime_id=crime.id,
        taxonomy_version=taxonomy.version,
        national_provision=stored_national,
        title=clean(title),
        notes=clean(notes),
    )
    session.add(charge)
    for person_id, liability_id in perpetrators:
        add_perpetrator(session, case, charge, person_id, liability_id, taxonomy)
    link_incidents(session, case, charge, incident_ids)
    record_taxonomy_version(session, taxonomy.version)
    session.flush()
    return charge


def add_perpetrator(
    session: Session,
    case: Case,
    charge: Charge,
    person_id: str,
    liability_id: str,
    taxonomy: Taxonomy | None = None,
) -> ChargePerpetrator:
    """Charge one more alleged perpetrator under a mode of liability fit for the crime.

    One person may be charged under several modes (commission and command responsibility,
    say), but not twice under the same one.
    """
    taxonomy = taxonomy or load_taxonomy()
    if charge.case_id != case.id:
        raise TargetNotFound("The charge is not one of case {reference}.", reference=case.reference)
    crime = check_crime(taxonomy, charge.crime_id)
    person = alleged_perpetrator(session, case, person_id)
    mode = check_liability(taxonomy, crime, liability_id)
    if any(p.person_id == person.id and p.liability_id == mode for p in charge.perpetrators):
        raise InvalidCharge(
            "{pseudonym} is already charged under {mode} in this charge.",
            "perpetrator",
            pseudonym=person.pseudonym,
            mode=mode,
        )
    link = ChargePerpetrator(person_id=person.id, liability_id=mode)
    charge.perpetrators.append(link)
    return link


def link_incidents(
    session: Session, case: Case, charge: Charge, incident_ids: Iterable[str]
) -> None:
    """Rest the charge on these incidents (only their material then counts in the matrix)."""
    for incident_id in incident_ids:
        incident = find_in_case(session, case, Incident, incident_id)
        if incident not in charge.incidents:
            charge.incidents.append(incident)


def list_charges(session: Session, case: Case) -> list[Charge]:
    """The charges of ``case`` in the order they were made."""
    query = select(Charge).where(Charge.case_id == case.id)
    return list(session.scalars(query.order_by(Charge.created_at, Charge.id)))


def get_charge(session: Session, case: Case, charge_id: str) -> Charge:
    """A charge of ``case`` by id or unique id prefix (as `casebook charge list` shows it)."""
    key = charge_id.strip()
    found = [c for c in list_charges(session, case) if c.id == key]
    if not found and len(key) >= MIN_PREFIX:
        found = [c for c in list_charges(session, case) if c.id.startswith(key)]
    if len(found) == 1:
        return found[0]
    if found:
        raise TargetNotFound(
            "More than one charge of case {reference} has an id starting with '{key}'. "
            "Give more of the id.",
            reference=case.reference,
            key=key,
        )
    raise NotFound(
        "Case {reference} has no charge with the id '{key}'. `casebook charge list` "
        "shows the charges.",
        reference=case.reference,
        key=key,
    )


def remove_charge(session: Session, case: Case, charge_id: str) -> None:
    """Delete a charge with its perpetrator links (audited); tags are not touched."""
    session.delete(get_charge(session, case, charge_id))
    session.flush()
