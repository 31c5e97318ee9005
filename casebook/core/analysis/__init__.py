"""The legal analysis: tags linking material to elements, charges, the coverage matrix.
May import: records, store and everything below them.
"""

# Core only (no Qt). ``coverage`` is the one place that decides which element is proven by
# what; the GUI, the CLI and the complaint export read its ``CoverageMatrix``.

from __future__ import annotations

from ..store.taxonomy_migration import MigrationReport, migrate_casebook_tags, migrate_tags
from ..taxonomy.elements import ElementIndex, ElementInfo, UnknownElement
from .charges import (
    add_charge,
    add_perpetrator,
    check_national_provision,
    get_charge,
    link_incidents,
    list_charges,
    remove_charge,
)
from .errors import (
    DuplicateTag,
    InvalidCharge,
    InvalidTag,
    NotAPerpetrator,
    TargetNotFound,
)
from .matrix import (
    STATUS_LEGEND,
    STATUSES,
    ChargeCoverage,
    CoverageMatrix,
    ElementRow,
    Fix,
    Item,
    NotCounted,
    PerpetratorCoverage,
    coverage,
    is_weak,
)
from .perpetrators import alleged_perpetrator, perpetrator_by_pseudonym
from .tagging import (
    Conflict,
    TagResult,
    add_tag,
    conflicts_in,
    get_tag,
    remove_tag,
    tags_for,
    tags_of_case,
)
from .targets import MaterialRef, cite_tags, find_in_case

__all__ = [
    "STATUSES",
    "STATUS_LEGEND",
    "ChargeCoverage",
    "Conflict",
    "CoverageMatrix",
    "DuplicateTag",
    "ElementIndex",
    "ElementInfo",
    "ElementRow",
    "Fix",
    "InvalidCharge",
    "InvalidTag",
    "Item",
    "MaterialRef",
    "MigrationReport",
    "NotAPerpetrator",
    "NotCounted",
    "PerpetratorCoverage",
    "TagResult",
    "TargetNotFound",
    "UnknownElement",
    "add_charge",
    "add_perpetrator",
    "add_tag",
    "alleged_perpetrator",
    "check_national_provision",
    "cite_tags",
    "conflicts_in",
    "coverage",
    "find_in_case",
    "get_charge",
    "get_tag",
    "is_weak",
    "link_incidents",
    "list_charges",
    "migrate_casebook_tags",
    "migrate_tags",
    "perpetrator_by_pseudonym",
    "remove_charge",
    "remove_tag",
    "tags_for",
    "tags_of_case",
]
