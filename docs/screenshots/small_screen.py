"""What the per-language screenshot scripts share (make_45, make_46, make_47): one offscreen
process per interface language on a 1024×600 screen, started as a user would start Casebook.

A script calls ``main(__file__, argv, child, defaults, out)``: without ``--run=CODE`` it starts
itself again once per language with ``CASEBOOK_UI_LANGUAGE=CODE`` and Qt's offscreen screen
configured; with it, it runs ``child(CODE, out)`` in that process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

SCREEN = {"width": 1024, "height": 600}
PASSPHRASE = "lantern orbit cassava monsoon"  # noqa: S105 (a throwaway sample casebook)
REPOSITORY = Path(__file__).resolve().parents[2]


def run_per_language(script: str, languages: list[str], out: Path) -> int:
    """Start ``script`` once per language, each with a 1024×600 offscreen screen."""
    out.mkdir(parents=True, exist_ok=True)
    config = Path(tempfile.mkdtemp(prefix="casebook-screen-")) / "screen.json"
    screen = {"name": "small", "x": 0, "y": 0, **SCREEN, "logicalDpi": 96, "dpr": 1}
    config.write_text(json.dumps({"screens": [screen]}))
    # The repository first, so the child imports this checkout.
    path = os.pathsep.join(p for p in (str(REPOSITORY), os.environ.get("PYTHONPATH", "")) if p)
    failed = 0
    for code in languages:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": f"offscreen:configfile={config}",
            "PYTHONPATH": path,
            "CASEBOOK_UI_LANGUAGE": code,
        }
        result = subprocess.run(
            [sys.executable, script, f"--run={code}", f"--out={out}"], env=env, check=False
        )
        failed |= result.returncode
    return failed


def main(
    script: str,
    argv: list[str],
    child: Callable[[str, Path], int],
    languages: list[str],
    out: Path,
) -> int:
    """``[CODE ...] [--out=DIR]`` starts one process per language; ``--run=CODE`` is one."""
    chosen: list[str] = []
    run = None
    for arg in argv:
        if arg.startswith("--out="):
            out = Path(arg.removeprefix("--out="))
        elif arg.startswith("--run="):
            run = arg.removeprefix("--run=")
        else:
            chosen.append(arg)
    if run is not None:
        return child(run, out)
    return run_per_language(script, chosen or languages, out)


def settle(seconds: float = 0.3) -> None:
    """Let Qt lay out and paint for a moment (offscreen, nothing waits for a display)."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)
