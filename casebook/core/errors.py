"""Typed errors the services raise; the CLI and GUI decide how to show them.

Every message is a sentence a person can act on. Messages never contain case data
(testimony text, names, file contents), because errors end up in logs and dialogs.

A message is written as an English template with ``{name}`` fields and the values passed as
keywords (``NotFound("No testimony {ref}.", ref=ref)``), so the interface can translate it
(``error.phrase``; see casebook.core.phrase). A finished sentence still works; it stays English.
"""

from __future__ import annotations

from typing import Any

from casebook.core.phrase import Phrase


class CasebookError(Exception):
    """Base of every error a user may see; ``str(error)`` is the English message to show."""

    def __init__(self, message: str = "", /, **fields: Any) -> None:
        self.phrase = Phrase(message, fields)
        super().__init__(str(self.phrase))


class WrongPassphrase(CasebookError):
    def __init__(self) -> None:
        super().__init__(
            "The passphrase does not open this casebook. Check the keyboard layout and "
            "Caps Lock, or use the recovery key."
        )


class WrongRecoveryKey(CasebookError):
    def __init__(self) -> None:
        super().__init__(
            "The recovery key does not open this casebook. Check each group of characters "
            "against the copy you kept."
        )


class MalformedRecoveryKey(CasebookError):
    pass


class KeySlotFileError(CasebookError):
    """The key-slot file is missing, unreadable, or was altered."""


class NotACasebook(CasebookError):
    pass


class CasebookDamaged(CasebookError):
    pass


class CasebookLocked(CasebookError):
    """Another process holds the write lock."""


class CasebookExists(CasebookError):
    pass


class SchemaTooNew(CasebookError):
    pass


class UpgradeFailed(CasebookError):
    pass


class IntegrityFailure(CasebookError):
    """Stored content no longer matches what was recorded (hash, tag or chain)."""


class BlobIntegrityError(IntegrityFailure):
    pass


class IntakeError(CasebookError):
    pass


class SealedRecordError(CasebookError):
    pass


class NotFound(CasebookError):
    pass


class ValidationError(CasebookError):
    """Input that does not fit; ``location`` says where (a JSON path, a field name)."""

    def __init__(self, message: str, location: str = "", **fields: Any) -> None:
        self.location = location
        super().__init__(message, **fields)
        if location:
            self.args = (f"{location}: {self.args[0]}",)


class ImportRejected(CasebookError):
    """An import file was refused as a whole; ``problems`` lists every reason found."""

    def __init__(
        self, message: str, problems: list[str | Phrase] | None = None, **fields: Any
    ) -> None:
        self.problems = problems or []
        super().__init__(message, **fields)
        detail = "".join(f"\n  - {p}" for p in self.problems[:50])
        more = len(self.problems) - 50
        if more > 0:
            detail += f"\n  … and {more} more"
        self.args = (self.args[0] + detail,)


class StorageFull(CasebookError):
    def __init__(self) -> None:
        super().__init__(
            "The disk is full, so nothing was saved from this step. Free some space and try "
            "again; the casebook is unchanged."
        )


class MissingFontError(CasebookError):
    """No font on this computer can show a script; ``script`` names it."""

    def __init__(self, script: str, family: str, package: str) -> None:
        self.script = script
        super().__init__(
            "No font for {script} script was found. Install the {family} font "
            "(Debian: {package}) or put a font file in a folder named in CASEBOOK_FONT_DIRS.",
            script=script,
            family=family,
            package=package,
        )


class TaxonomyError(CasebookError):
    """A taxonomy data file is missing, damaged or inconsistent; nothing was loaded.

    ``file`` is relative to the taxonomy folder, ``entry`` the id of the crime, element,
    mode or provision concerned (``None`` for the file as a whole), ``problem`` what is wrong.
    """

    def __init__(self, file: str, problem: str, entry: str | None = None) -> None:
        self.file = file
        self.entry = entry
        self.problem = problem
        where = Phrase("{file}, entry {entry}", {"file": file, "entry": entry}) if entry else file
        super().__init__(
            "The Rome Statute taxonomy could not be loaded ({where}): {problem}. "
            "Reinstall Casebook to restore its taxonomy files.",
            where=where,
            problem=problem,
        )


class WrongAgeIdentity(CasebookError):
    def __init__(self) -> None:
        super().__init__(
            "The age identity does not open this casebook: none of its supervisor key slots "
            "was made for it. Check that you chose your own identity file, or open the "
            "casebook with its passphrase."
        )
