"""casebook.core runs headless: every module imports with PySide6 and shiboken6 blocked."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

import casebook.core

ROOT = Path(__file__).resolve().parents[2]

_SCRIPT = textwrap.dedent(
    """
    import importlib, json, pkgutil, sys, traceback
    from pathlib import Path

    BLOCKED = ("PySide6", "shiboken6")

    class QtBlocker:
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{name} is blocked: casebook.core must not need Qt")
            return None

    sys.meta_path.insert(0, QtBlocker())

    blocker_works = False
    try:
        import PySide6  # noqa: F401
    except ImportError:
        blocker_works = True

    import casebook.core

    names = {"casebook.core"}
    names.update(
        info.name
        for info in pkgutil.walk_packages(casebook.core.__path__, "casebook.core.")
    )
    # Folders without __init__.py (namespace packages) are not walked by pkgutil.
    root = Path(casebook.core.__file__).parent
    for file in root.rglob("*.py"):
        parts = file.relative_to(root).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        names.add(".".join(("casebook", "core", *parts)))

    failures = {}
    for name in sorted(names):
        try:
            importlib.import_module(name)
        except BaseException:
            failures[name] = traceback.format_exc(limit=-3)
    print(json.dumps({
        "blocker_works": blocker_works,
        "imported": sorted(names),
        "failures": failures,
        "qt_loaded": sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED),
    }))
    """
)


def test_every_core_module_imports_without_qt() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _SCRIPT],
        capture_output=True,
        text=True,
        timeout=300,
        cwd=ROOT,
    )
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert report["blocker_works"], "the blocker let PySide6 through; the test proves nothing"
    assert report["failures"] == {}, "\n".join(
        f"{name}:\n{trace}" for name, trace in report["failures"].items()
    )
    assert report["qt_loaded"] == []

    core = Path(casebook.core.__file__).parent
    expected = {
        ".".join(("casebook", "core", *p.relative_to(core).with_suffix("").parts))
        for p in core.rglob("*.py")
        if p.stem != "__init__"
    }
    assert expected <= set(report["imported"])
    for module in (
        "store.kdf",
        "store.keyslots",
        "store.vault",
        "store.casebook",
        "integrity.audit",
        "store.database",
        "integrity.signing",
    ):
        assert f"casebook.core.{module}" in report["imported"]
