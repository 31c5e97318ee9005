"""One JSON line per benchmark run, so figures can be compared over time.

A line holds the benchmark's name, when and on which commit and machine it ran, the sizes
it ran at, and its figures: each figure beside the baseline measured in the same run and
their ratio (the ratio is what to compare between runs; the machine's load moves both).
Lines are appended to ``bench/results.jsonl`` (not in git: the figures are this machine's)
and, with ``--json``, printed on standard output as well.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).parent / "results.jsonl"


def _commit() -> str:
    try:
        done = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            cwd=Path(__file__).parent,
            capture_output=True,
            text=True,
            check=True,
        )
    except (OSError, subprocess.CalledProcessError):
        return "unknown"
    return done.stdout.strip()


def record(bench: str, sizes: dict[str, Any], figures: dict[str, Any]) -> dict[str, Any]:
    """Append the run's line; print it too when ``--json`` is among the arguments."""
    line = {
        "bench": bench,
        "at": datetime.now(UTC).isoformat(timespec="seconds"),
        "commit": _commit(),
        "cores": os.cpu_count(),
        "load": round(os.getloadavg()[0], 2) if hasattr(os, "getloadavg") else None,
        "sizes": sizes,
        "figures": figures,
    }
    with RESULTS.open("a", encoding="utf-8") as f:
        f.write(json.dumps(line, sort_keys=True) + "\n")
    if "--json" in sys.argv:
        print(json.dumps(line, sort_keys=True))
    return line


def json_flag(parser: Any) -> None:
    """The shared ``--json`` option (the line is written to results.jsonl either way)."""
    parser.add_argument("--json", action="store_true", help="print the JSON line as well")
