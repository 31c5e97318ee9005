"""Embedded metadata of a file being taken in: the one reading every way in uses.

``casebook add-evidence``, the GUI's intake and ``casebook import`` all encrypt a file into
the vault in one pass, keeping the plaintext in memory when :func:`keep_for_metadata` asks
for it, and then call :func:`metadata_at_intake` on it; so the same photo or video gets the
same capture time, place and length whichever way it came in.

Exchange packages are the exception, on purpose: an evidence item arrives as a unit signed
by the sender, with the metadata the sender's intake read (by this same function), and the
unit's hash covers it. Reading it again at the receiver would make the same record differ
between two casebooks; the attachment's bytes are checked against the signed SHA-256, so the
metadata carried is the metadata of exactly those bytes.
"""

from __future__ import annotations

import io
from typing import Any

from .content_credentials import read_content_credentials
from .media_metadata import extract_metadata, has_metadata_reader
from .media_type import sniff_media_type

#: Largest file whose plaintext intake keeps in memory for the metadata readers; a larger
#: one gets what its first bytes hold (a phone video's header is usually at its start).
METADATA_IN_MEMORY_LIMIT = 128 * 1024 * 1024

_CUT_SHORT = "The file is shorter than its headers say; it may be cut short."
_ONLY_THE_START = (
    "The file is too large for all of it to be read for metadata; only its first part was "
    "read, so its length and other details kept near its end are not recorded."
)
_UNREADABLE = "The file's embedded metadata could not be read."


def keep_for_metadata(head: bytes) -> int:
    """How much plaintext intake keeps in memory for the metadata readers (see the vault)."""
    if has_metadata_reader(sniff_media_type(head)):
        return METADATA_IN_MEMORY_LIMIT
    return 0


def metadata_at_intake(
    head: bytes, plaintext: bytes | None, size: int, media_type: str
) -> dict[str, Any]:
    """The metadata of a file just stored: from its whole plaintext when intake kept it,
    else from its first bytes ``head`` (then what lies further in is said to be missing,
    not guessed). Never raises: a reader's failure must not lose the evidence itself."""
    whole = plaintext is not None or len(head) >= size
    try:
        metadata = extract_metadata(
            io.BytesIO(plaintext if plaintext is not None else head), media_type
        )
    except Exception:
        return {"warnings": [_UNREADABLE]}
    if whole:
        credentials = read_content_credentials(
            plaintext if plaintext is not None else head, media_type
        )
        if credentials is not None:
            metadata["content_credentials"] = credentials
        return metadata
    if not has_metadata_reader(media_type):
        return metadata
    warnings = [w for w in metadata.get("warnings", []) if w != _CUT_SHORT]
    if len(warnings) != len(metadata.get("warnings", [])):
        # Cut short only by us: a length read from part of the file would be wrong.
        metadata.pop("duration_seconds", None)
    metadata["warnings"] = [_ONLY_THE_START, *warnings]
    return metadata
