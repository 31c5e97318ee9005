"""Where the CLI gets secrets: CASEBOOK_PASSPHRASE for scripts, else a TTY prompt. Never argv.

The secret variables are taken out of the process environment the first time any of them
is read, so they do not sit there while the casebook is unlocked and no program this one
starts (a viewer, a helper) inherits them. The values are kept for the rest of the process.
"""

from __future__ import annotations

import getpass
import os
import sys

from casebook.core.errors import CasebookError

ENV_VAR = "CASEBOOK_PASSPHRASE"
NEW_ENV_VAR = "CASEBOOK_NEW_PASSPHRASE"
RECOVERY_ENV_VAR = "CASEBOOK_RECOVERY_KEY"
AGE_IDENTITY_ENV_VAR = "CASEBOOK_AGE_IDENTITY_FILE"  # a file name, not a secret

_SECRET_VARS = (ENV_VAR, NEW_ENV_VAR, RECOVERY_ENV_VAR)
_taken: dict[str, str] = {}


def _secret_from_environment(name: str) -> str | None:
    for var in _SECRET_VARS:
        value = os.environ.pop(var, None)  # pop also unsets it in the C environment
        if value is not None:
            _taken[var] = value
    return _taken.get(name) or None


def forget_secrets() -> None:
    """Drop the values taken from the environment (for tests that run many commands)."""
    _taken.clear()


def _prompt(label: str) -> str:
    if not sys.stdin.isatty():
        raise CasebookError(
            f"No passphrase given. Run this in a terminal to be asked for it, or set {ENV_VAR} "
            "in the environment for scripts."
        )
    return getpass.getpass(label)


def existing_passphrase() -> str:
    return _secret_from_environment(ENV_VAR) or _prompt("Passphrase: ")


def new_passphrase(env_var: str = ENV_VAR) -> str:
    """Ask twice for a new passphrase (or take it from ``env_var``)."""
    value = _secret_from_environment(env_var)
    if value:
        return value
    first = _prompt("New passphrase: ")
    if first != _prompt("Repeat the new passphrase: "):
        raise CasebookError("The two passphrases differ; nothing was changed. Try again.")
    return first


def recovery_key() -> str | None:
    return _secret_from_environment(RECOVERY_ENV_VAR)


def age_identity() -> str | None:
    """A supervisor's age identity, from the file CASEBOOK_AGE_IDENTITY_FILE names."""
    name = os.environ.get(AGE_IDENTITY_ENV_VAR)
    if not name:
        return None
    try:
        with open(name, encoding="ascii") as f:
            return f.read(64 * 1024)
    except (OSError, UnicodeDecodeError):
        raise CasebookError(
            f"The age identity file named by {AGE_IDENTITY_ENV_VAR} cannot be read. Check the "
            "path and its permissions."
        ) from None
