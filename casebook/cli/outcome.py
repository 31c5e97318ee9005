"""How checking commands (verify, verify-bundle) end: one passing line, or every problem."""

from __future__ import annotations

import sys


def report_outcome(problems: list[str], passed: str) -> int:
    """Exit code 0 with ``passed`` on stdout, or 2 with each problem listed on stderr."""
    if not problems:
        print(passed)
        return 0
    print(f"{len(problems)} problem(s) found:", file=sys.stderr)
    for problem in problems:
        print(f"  - {problem}", file=sys.stderr)
    return 2
