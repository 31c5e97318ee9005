"""Intake throughput and memory: vault intake of a 1 GiB file against `sha256sum` of it.

Target: at least 0.7x sha256sum's throughput; peak RSS of the intake process under 150 MB.
Usage: python3 bench/bench_intake.py [--size-mib 1024]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CHILD = r"""
import resource, sys, time
from pathlib import Path
from casebook.core.store import kdf
from casebook.core.store.casebook import Casebook
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
kdf.set_policy(kdf.KdfParams(memory_kib=1024, iterations=1, lanes=1))
book, _ = Casebook.create(Path(sys.argv[1]), "benchmark passphrase", "bench")
with book.session() as s:
    case = add_case(s, "Bench", "B-1"); s.commit()
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    t = time.perf_counter()
    take_in(book, s, case, Path(sys.argv[2])); s.commit()
    print(time.perf_counter() - t, rss_before, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
book.close()
"""


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mib", type=int, default=1024)
    args = parser.parse_args()
    size = args.size_mib * 1024 * 1024
    out_dir = Path(__file__).parent / "out"
    out_dir.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(dir=out_dir) as work:
        source = Path(work) / "input.bin"
        block = os.urandom(4 * 1024 * 1024)  # random, so nothing compresses or dedups
        with source.open("wb") as f:
            for _ in range(size // len(block)):
                f.write(block)
        subprocess.run(["sha256sum", str(source)], check=True, capture_output=True)  # warm cache
        t = time.perf_counter()
        subprocess.run(["sha256sum", str(source)], check=True, capture_output=True)
        baseline = time.perf_counter() - t
        out = subprocess.run(
            [sys.executable, "-c", CHILD, str(Path(work) / "book"), str(source)],
            check=True, capture_output=True, text=True,
        )  # fmt: skip
        seconds, rss_before, rss_peak = (float(x) for x in out.stdout.split())
    mib = size / 2**20
    print(f"file size: {mib:.0f} MiB")
    print(f"sha256sum (baseline): {baseline:.2f} s = {mib / baseline:.0f} MiB/s")
    print(f"casebook intake:      {seconds:.2f} s = {mib / seconds:.0f} MiB/s")
    print(f"throughput ratio intake/sha256sum: {baseline / seconds:.2f} (target >= 0.70)")
    print(f"peak RSS of the intake process: {rss_peak / 1024:.0f} MB "
          f"(before intake {rss_before / 1024:.0f} MB; target < 150 MB)")  # fmt: skip


if __name__ == "__main__":
    main()
