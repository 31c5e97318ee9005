"""Whether a person's informed consent covers a use and a recipient.

Consent is recorded with each statement (``Consent``). A statement is governed by its own
consent; everything else that concerns a person (exhibits and incidents linked to them) by
the person's consent taken as a whole: covered when one of their consents covers the use
and recipient and none was withdrawn. A record can only narrow that, never widen it.
Alleged perpetrators and interviewers are not asked for consent; their links govern nothing.
"""

from __future__ import annotations

from collections.abc import Iterable

from ..models import Consent, Person
from ..phrase import Phrase, phrase

USES = ("legal_proceedings", "publication")
CONSENTING_ROLES = frozenset({"victim", "survivor", "witness", "source"})


def consent_problem(consent: Consent | None, use: str, recipient: str | None) -> Phrase | None:
    """Why this one consent does not cover ``use`` with ``recipient`` (None: it does).

    A phrase: the export plan shows it in the interface language; ``str()`` is the English
    the audit log and the command line keep."""
    if consent is None:
        return phrase("no consent is recorded for this statement")
    if consent.withdrawn_on:
        return phrase("the witness withdrew consent on {date}", date=consent.withdrawn_on)
    if use == "publication":
        if consent.publication:
            return None
        return phrase("the consent given does not cover publication")
    if not consent.legal_proceedings:
        return phrase("the consent given does not cover use in legal proceedings")
    if recipient is not None and recipient.upper() not in {
        j.upper() for j in consent.jurisdictions
    }:
        if not consent.jurisdictions:
            return phrase(
                "the consent does not cover sharing with {recipient} (jurisdictions named: none)",
                recipient=recipient,
            )
        return phrase(
            "the consent does not cover sharing with {recipient} (jurisdictions named: {named})",
            recipient=recipient,
            named=", ".join(consent.jurisdictions),
        )
    return None


def needs_consent(person: Person) -> bool:
    return bool(CONSENTING_ROLES.intersection(person.roles or ()))


def person_problem(
    person: Person, consents: Iterable[Consent], use: str, recipient: str | None
) -> Phrase | None:
    """Why ``person``'s consent as a whole does not cover the use (None: it does, or the
    person is not one whose consent is asked)."""
    if not needs_consent(person):
        return None
    given = list(consents)
    if not given:
        return phrase("{pseudonym} has no consent recorded", pseudonym=person.pseudonym)
    withdrawn = sorted(c.withdrawn_on for c in given if c.withdrawn_on)
    if withdrawn:
        return phrase(
            "{pseudonym} withdrew consent on {date}", pseudonym=person.pseudonym, date=withdrawn[0]
        )
    if all(consent_problem(c, use, recipient) for c in given):
        who = person.pseudonym
        if use == "legal_proceedings" and recipient:
            return phrase(
                "{pseudonym}'s consent does not cover use in legal proceedings with {recipient}",
                pseudonym=who,
                recipient=recipient,
            )
        if use == "legal_proceedings":
            return phrase(
                "{pseudonym}'s consent does not cover use in legal proceedings", pseudonym=who
            )
        if use == "publication":
            return phrase("{pseudonym}'s consent does not cover publication", pseudonym=who)
        return phrase("{pseudonym}'s consent does not cover {use}", pseudonym=who, use=use)
    return None
