"""Where ``resources/`` and ``migrations/`` are: source checkout, installed wheel, frozen build.

In the repository they sit at the top level, beside ``casebook/``; a wheel ships them inside
the package as ``casebook.resources`` and ``casebook.migrations`` (see ``package-dir`` in
pyproject.toml); a PyInstaller build unpacks them under ``sys._MEIPASS``. The lookup goes by
this file's own location rather than by import machinery, so an editable install of another
checkout can never hand out that checkout's data.
"""

from __future__ import annotations

import sys
from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parents[1]


def _candidates(folder: str) -> list[Path]:
    found = []
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        found.append(Path(frozen_root) / folder)
    found.append(_PACKAGE_DIR / folder)  # installed wheel: site-packages/casebook/<folder>
    found.append(_PACKAGE_DIR.parent / folder)  # source checkout: <repository>/<folder>
    return found


def _locate(folder: str) -> Path:
    for candidate in _candidates(folder):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError(
        f"Casebook's {folder} folder is missing from this installation; reinstall Casebook."
    )


def resource_path(*parts: str) -> Path:
    """A path inside ``resources/`` (it may not exist; only the folder itself is checked)."""
    return _locate("resources").joinpath(*parts)


def migrations_path() -> Path:
    """The Alembic script folder."""
    return _locate("migrations")
