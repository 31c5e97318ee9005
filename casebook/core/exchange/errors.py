"""Errors of the exchange between casebooks; each says what is wrong and what to do.

Messages never quote case content: they name entries of a package, record kinds and ids.
"""

from __future__ import annotations

from ..errors import CasebookError, ImportRejected
from ..phrase import Phrase


class IdentityError(CasebookError):
    """An identity text is malformed, unknown, or does not match what is stored."""


class PackageRejected(ImportRejected):
    """A package was refused as a whole; nothing from it was written."""


class NotAddressedToUs(PackageRejected):
    def __init__(self) -> None:
        super().__init__(
            "This package was not encrypted to your identity, so it cannot be opened here. "
            "Ask the sender to make it again for your fingerprint "
            "(`casebook identity export` shows it). Nothing was imported."
        )


class PackageDamaged(PackageRejected):
    """``detail`` says what is wrong, as a phrase (``phrase("it could not be decrypted")``)."""

    def __init__(self, detail: str | Phrase = "") -> None:
        if not detail:
            super().__init__(
                "The package is damaged, incomplete or was altered. Ask the sender for a "
                "new copy; nothing was imported."
            )
            return
        super().__init__(
            "The package is damaged, incomplete or was altered ({detail}). Ask the sender "
            "for a new copy; nothing was imported.",
            detail=detail,
        )


class UntrustedSender(PackageRejected):
    """The sender's signing key is unknown here, or known but not verified."""


class PackageReplayed(PackageRejected):
    pass


class ConflictError(CasebookError):
    """A conflict cannot be resolved as asked."""


class ReviewError(CasebookError):
    pass
