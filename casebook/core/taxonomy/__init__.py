"""The Rome Statute taxonomy: crimes, elements, liability, national law, element ids; and
the controlled lists of consent (``recipients``: states and bodies, uses).
May import: core.errors and core.resource_paths.
"""

# The data lives in ``resources/taxonomy`` (one JSON file per group of crimes, plus
# ``liability.json`` and ``national/*.json``); ``load_taxonomy()`` reads and checks it once.
# Tags in a casebook store element ids together with ``TAXONOMY_VERSION``.

from __future__ import annotations

from ..errors import TaxonomyError
from .loader import TAXONOMY_VERSION, load_taxonomy, load_taxonomy_from
from .model import (
    CATEGORIES,
    Amendment,
    Citation,
    ContextElement,
    ContextGroup,
    Crime,
    CrimeGroup,
    CrossCheck,
    Element,
    LiabilityElement,
    LiabilityMode,
    NationalLaw,
    NationalLiability,
    NationalProvision,
    NationalSource,
    Provenance,
    ProvisionLink,
    Quote,
    Source,
    StatuteAmendment,
    Taxonomy,
)

taxonomy_version = TAXONOMY_VERSION
"""Alias of ``TAXONOMY_VERSION`` under the name the CLI and the matrix were promised."""

__all__ = [
    "CATEGORIES",
    "TAXONOMY_VERSION",
    "Amendment",
    "Citation",
    "ContextElement",
    "ContextGroup",
    "Crime",
    "CrimeGroup",
    "CrossCheck",
    "Element",
    "LiabilityElement",
    "LiabilityMode",
    "NationalLaw",
    "NationalLiability",
    "NationalProvision",
    "NationalSource",
    "Provenance",
    "ProvisionLink",
    "Quote",
    "Source",
    "StatuteAmendment",
    "Taxonomy",
    "TaxonomyError",
    "load_taxonomy",
    "load_taxonomy_from",
    "taxonomy_version",
]
