"""What ``casebook verify`` checks of the exchange: foreign audit chains, review signatures."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..phrase import Phrase
from .audit_chains import foreign_chain_problems
from .review import review_problems


def exchange_problems(session: Session) -> tuple[list[Phrase], dict[str, int]]:
    chain, entries = foreign_chain_problems(session)
    reviews, events = review_problems(session)
    return chain + reviews, {"received audit entries": entries, "review signatures": events}
