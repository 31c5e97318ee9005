"""The data model (SQLAlchemy 2.0 typed declarative): every table of a casebook.
May import: core.errors only; every package above reads and writes through it.
"""

from .analysis import Charge, ChargePerpetrator, Tag
from .audit import AuditEntry
from .authored import AuthoredSection
from .base import Base
from .case import Case, Incident
from .evidence import Blob, CustodyEvent, EvidenceItem
from .exchange import (
    ExchangeConflict,
    ExchangeIdentity,
    ExchangePackage,
    ExchangePeerVersion,
    ExchangeProvenance,
    ExchangeVersion,
    ForeignAuditEntry,
    ReviewEvent,
)
from .pattern import SavedPattern
from .person import Person, PersonIdentity
from .testimony import Consent, ConsentReview, Segment, Testimony
from .user import Setting, User

__all__ = [
    "AuditEntry",
    "AuthoredSection",
    "Base",
    "Blob",
    "Case",
    "Charge",
    "ChargePerpetrator",
    "Consent",
    "ConsentReview",
    "CustodyEvent",
    "EvidenceItem",
    "ExchangeConflict",
    "ExchangeIdentity",
    "ExchangePackage",
    "ExchangePeerVersion",
    "ExchangeProvenance",
    "ExchangeVersion",
    "ForeignAuditEntry",
    "Incident",
    "Person",
    "PersonIdentity",
    "ReviewEvent",
    "SavedPattern",
    "Segment",
    "Setting",
    "Tag",
    "Testimony",
    "User",
]
