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

USES = ("legal_proceedings", "publication")
USE_LABELS = {"legal_proceedings": "use in legal proceedings", "publication": "publication"}
CONSENTING_ROLES = frozenset({"victim", "survivor", "witness", "source"})


def consent_problem(consent: Consent | None, use: str, recipient: str | None) -> str | None:
    """Why this one consent does not cover ``use`` with ``recipient`` (None: it does)."""
    if consent is None:
        return "no consent is recorded for this statement"
    if consent.withdrawn_on:
        return f"the witness withdrew consent on {consent.withdrawn_on}"
    if use == "publication":
        return None if consent.publication else "the consent given does not cover publication"
    if not consent.legal_proceedings:
        return "the consent given does not cover use in legal proceedings"
    if recipient is not None and recipient.upper() not in {
        j.upper() for j in consent.jurisdictions
    }:
        named = ", ".join(consent.jurisdictions) or "none"
        return f"the consent does not cover sharing with {recipient} (jurisdictions named: {named})"
    return None


def needs_consent(person: Person) -> bool:
    return bool(CONSENTING_ROLES.intersection(person.roles or ()))


def person_problem(
    person: Person, consents: Iterable[Consent], use: str, recipient: str | None
) -> str | None:
    """Why ``person``'s consent as a whole does not cover the use (None: it does, or the
    person is not one whose consent is asked)."""
    if not needs_consent(person):
        return None
    given = list(consents)
    if not given:
        return f"{person.pseudonym} has no consent recorded"
    withdrawn = sorted(c.withdrawn_on for c in given if c.withdrawn_on)
    if withdrawn:
        return f"{person.pseudonym} withdrew consent on {withdrawn[0]}"
    if all(consent_problem(c, use, recipient) for c in given):
        what = USE_LABELS.get(use, use)
        to = f" with {recipient}" if recipient and use == "legal_proceedings" else ""
        return f"{person.pseudonym}'s consent does not cover {what}{to}"
    return None
