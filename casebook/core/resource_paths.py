"""Where ``resources/`` and ``migrations/`` are: source checkout, installed wheel, frozen build.

In the repository they sit at the top level; a wheel ships them as the packages
``casebook.resources`` and ``casebook.migrations``; a PyInstaller build unpacks them
under ``sys._MEIPASS``. One lookup order serves all three.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

_REPO_ROOT = Path(__file__).resolve().parents[2]


def _locate(folder: str, package: str) -> Path:
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        candidate = Path(frozen_root) / folder
        if candidate.is_dir():
            return candidate
    spec = importlib.util.find_spec(package)
    if spec is not None and spec.submodule_search_locations:
        for location in spec.submodule_search_locations:
            if Path(location).is_dir():
                return Path(location)
    candidate = _REPO_ROOT / folder
    if candidate.is_dir():
        return candidate
    raise FileNotFoundError(
        f"Casebook's {folder} folder is missing from this installation; reinstall Casebook."
    )


def resource_path(*parts: str) -> Path:
    return _locate("resources", "casebook.resources").joinpath(*parts)


def migrations_path() -> Path:
    return _locate("migrations", "casebook.migrations")
