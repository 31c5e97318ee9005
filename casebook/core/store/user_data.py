"""This computer's Casebook folder, outside every casebook: what must survive a casebook
being replaced (the history anchors) or an export being killed (its staging record).

``CASEBOOK_DATA_DIR`` overrides the platform's place (tests, a portable install on a stick).
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENVIRONMENT = "CASEBOOK_DATA_DIR"


def user_data_dir() -> Path:
    """The folder, created private to the user on first use."""
    override = os.environ.get(ENVIRONMENT)
    path = Path(override) if override else Path(platformdirs.user_data_dir("Casebook", False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
