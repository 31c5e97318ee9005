"""Errors of the legal analysis (tags, charges, the matrix), each a sentence with a next step.

Messages name taxonomy ids, pseudonyms and record kinds, never testimony, titles or notes,
because errors end up in logs and dialogs.
"""

from __future__ import annotations

from ..errors import NotFound, ValidationError


class TargetNotFound(NotFound):
    """The passage, evidence item, incident or charge is not in the case (or was deleted)."""


class InvalidTag(ValidationError):
    """A tag that cannot be made as asked (support, grading, range, perpetrator)."""


class DuplicateTag(InvalidTag):
    """The same material is already tagged to the same element in the same way."""


class InvalidCharge(ValidationError):
    """A charge that does not fit the taxonomy (crime, national provision, liability)."""


class NotAPerpetrator(ValidationError):
    """The person is not of the case, or not recorded as an alleged perpetrator."""
