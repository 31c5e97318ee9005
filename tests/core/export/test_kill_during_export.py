"""Kill-during-export trials: SIGKILL at random moments, then the next start cleans up.

Issue 10 found a `….partial/` folder of decrypted exhibits and statements after 13 of 15
killed bundle exports, also with `--encrypt-to`, and nothing removed it later. Here the
`casebook export-bundle` command runs in a process of its own on the small case of
conftest.py and is killed with SIGKILL at a random moment of its writing (timed from its
first progress line, up to 1.15 times as long as a whole export takes, so trials fall from
the first exhibit through the custody commit). The next start of `casebook` (`casebook
verify`, in this process) must then leave no file holding decrypted case data under the
output folder, the export's temp folder or the data folder; only a bundle finished before
the kill (one that verifies against its signed manifest) may hold it, as the export's
result. Encrypted exports must show no plaintext even before the next start.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pyrage
import pytest

from casebook.cli.main import main
from casebook.core.export.manifest import verify_bundle
from casebook.core.store import staging

from .conftest import CaseFixture, build_case
from .plaintext_search import byte_markers, plaintext_files

TRIALS = 20  # half of them with --encrypt-to


@dataclass
class Trial:
    number: int
    encrypted: bool
    delay: float
    staged_before: bool = False  # a .partial file or folder was on disk when the kill came
    plaintext_before: bool = False  # decrypted files outside a finished bundle, before cleanup
    finished: bool = False  # the export had completed before the kill


@pytest.fixture
def closed_case(casebook_factory, tmp_path: Path) -> tuple[CaseFixture, Path]:
    book, _ = casebook_factory("book")
    fx = build_case(book, tmp_path / "source-files")
    book.close()  # the command opens the casebook itself
    return fx, tmp_path / "book"


# Starting Python and importing the export takes seconds, the export itself about one: a
# driver process imports `casebook` once and forks one child per export, which runs the
# real `casebook export-bundle` (cli.main.main) in a process of its own, killed by pid.
_DRIVER = """
import os, sys
from casebook.cli.main import main
import casebook.core.export.bundle  # the heavy imports, once, before any fork

for line in sys.stdin:
    temp, *args = line.rstrip("\\n").split("\\0")
    pid = os.fork()
    if pid == 0:
        os.environ["TMPDIR"] = temp
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)  # the plan's summary; progress goes to stderr
        code = main(args)
        sys.stderr.flush()
        os._exit(code)
    print(pid, flush=True)
    sys.stdin.readline()  # the test has killed it: reap it and report how it ended
    _, status = os.waitpid(pid, 0)
    print(os.waitstatus_to_exitcode(status), flush=True)
"""


class Exporter:
    """The driver, and one export child at a time."""

    def __init__(self, env: dict[str, str]) -> None:
        self.driver = subprocess.Popen(
            [sys.executable, "-c", _DRIVER],
            env=env,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )

    def start(self, args: list[str], temp: Path) -> int:
        """Fork an export; return its pid once it reports its first step."""
        assert self.driver.stdin and self.driver.stdout and self.driver.stderr
        self.driver.stdin.write("\0".join([str(temp), *args]) + "\n")
        self.driver.stdin.flush()
        pid = int(self.driver.stdout.readline())
        # Skip what the previous export printed after its first step, and warnings.
        line = self.driver.stderr.readline()
        while line and not line.startswith(("[0/", "casebook: ")):
            line = self.driver.stderr.readline()
        assert line.startswith("[0/"), f"the export did not start writing: {line}"
        return pid

    def kill(self, pid: int) -> int:
        """SIGKILL the export (a no-op if it has ended); return its exit code."""
        assert self.driver.stdin and self.driver.stdout and self.driver.stderr
        os.kill(pid, signal.SIGKILL)  # not yet reaped, so the pid is still this child's
        self.driver.stdin.write("reap\n")
        self.driver.stdin.flush()
        return int(self.driver.stdout.readline())

    def close(self) -> None:
        for stream in (self.driver.stdin, self.driver.stdout, self.driver.stderr):
            if stream is not None:
                stream.close()
        self.driver.wait(timeout=30)


def _export_args(folder: Path, fx: CaseFixture, out: Path, recipient: str | None) -> list[str]:
    args = ["export-bundle", str(folder), "--case", fx.reference, "--charges", "all"]
    args += ["--out", str(out), "--verbose"]
    return [*args, "--encrypt-to", recipient] if recipient else args


def _leaks_outside_finished_bundles(roots: list[Path], markers: list[bytes]) -> dict[Path, str]:
    leaks: dict[Path, str] = {}
    for root in roots:
        for path, what in plaintext_files(root, markers).items():
            bundle = next((p for p in path.parents if (p / "manifest.sig").is_file()), None)
            finished = (
                bundle is not None
                and not bundle.name.endswith(staging.SUFFIX)
                and verify_bundle(bundle).ok
            )
            if not finished:
                leaks[path] = what
    return leaks


@pytest.mark.slow
def test_killed_exports_leave_no_plaintext_after_the_next_start(
    closed_case, tmp_path: Path, private_user_data: Path, passphrase: str, monkeypatch, capsys
):
    fx, folder = closed_case
    markers = byte_markers(fx)
    recipient = str(pyrage.x25519.Identity.generate().to_public())
    env = {
        **os.environ,
        "CASEBOOK_PASSPHRASE": passphrase,
        "CASEBOOK_DATA_DIR": str(private_user_data),
    }
    monkeypatch.setenv("CASEBOOK_PASSPHRASE", passphrase)

    exporter = Exporter(env)
    try:
        # Exports run to their end: how long writing takes on this machine, today. The
        # first one after the fork loads fonts and is slower; the faster run counts.
        windows = []
        for run in ("calibration-1", "calibration-2"):
            calibration = tmp_path / run
            calibration.mkdir()
            pid = exporter.start(_export_args(folder, fx, calibration / "out", None), calibration)
            began = time.monotonic()
            while not any(calibration.joinpath("out").glob("*complaint*[0-9]Z")):
                assert time.monotonic() - began < 300, "the calibration export never finished"
                time.sleep(0.005)
            windows.append(time.monotonic() - began)  # from the first exhibit to the bundle
            assert exporter.kill(pid) in (0, -signal.SIGKILL)
        window = min(windows)
        trials = _run_trials(exporter, fx, folder, tmp_path, recipient, window, markers, capsys)
    finally:
        exporter.close()
    assert len(trials) >= 20
    staged = sum(t.staged_before for t in trials)
    finished = sum(t.finished for t in trials)
    exposed = sum(t.plaintext_before for t in trials)
    print(  # shown with `pytest -rP`: the figures for the note
        f"{len(trials)} kill trials ({sum(t.encrypted for t in trials)} with --encrypt-to): "
        f"{staged} killed with a staging file or folder on disk ({exposed} of them with "
        f"decrypted files in it), {finished} after the export had ended; files with "
        "plaintext after the next start: 0"
    )
    # The trials did kill exports in the middle of writing, in both modes.
    assert any(t.staged_before for t in trials if not t.encrypted), trials
    assert any(t.staged_before for t in trials if t.encrypted), trials


def _run_trials(
    exporter: Exporter,
    fx: CaseFixture,
    folder: Path,
    tmp_path: Path,
    recipient: str,
    window: float,
    markers: list[bytes],
    capsys: pytest.CaptureFixture[str],
) -> list[Trial]:
    seed = int.from_bytes(os.urandom(4), "big")
    rng = random.Random(seed)
    data_folder = staging.registry_folder().parent
    trials: list[Trial] = []
    for number in range(TRIALS):
        trial = Trial(number, encrypted=number % 2 == 1, delay=rng.uniform(0, window * 1.15))
        base = tmp_path / f"trial-{number:02d}"
        out, temp = base / "out", base / "tmp"
        temp.mkdir(parents=True)
        args = _export_args(folder, fx, out, recipient if trial.encrypted else None)
        pid = exporter.start(args, temp)
        time.sleep(trial.delay)
        trial.finished = exporter.kill(pid) == 0
        trial.staged_before = out.exists() and any(
            p.name.endswith(staging.SUFFIX) for p in out.rglob("*")
        )
        roots = [out, temp, data_folder]
        trial.plaintext_before = bool(_leaks_outside_finished_bundles(roots, markers))
        context = f"trial {number} (seed {seed}, delay {trial.delay:.3f}s of {window:.3f}s)"
        if trial.encrypted:
            assert plaintext_files(out, markers) == {}, context
            assert plaintext_files(temp, markers) == {}, context

        # The next start of Casebook.
        code = main(["verify", str(folder)])
        printed = capsys.readouterr()
        assert code != 1, f"{context}: the casebook did not open after the kill: {printed.err}"
        assert "stopped half-way" not in printed.out + printed.err, context

        assert _leaks_outside_finished_bundles(roots, markers) == {}, context
        assert not [p for p in out.rglob("*") if p.name.endswith(staging.SUFFIX)], context
        assert not list(staging.registry_folder().glob("*.json")), context
        if trial.encrypted and out.exists():
            assert [p.suffix for p in out.iterdir()] in ([], [".age"]), context
        trials.append(trial)
    return trials
