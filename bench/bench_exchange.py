"""Exchange throughput and memory: packaging and importing a case with 1 GiB of attachments,
against the `age` tool encrypting (and decrypting) the same bytes in the same run.

Packaging decrypts each attachment from the vault, hashes it, and age-encrypts it into the
package; importing age-decrypts, hashes and re-encrypts it into the receiver's vault (and
fsyncs). `age` alone does one encryption or decryption, so it is the floor to compare with.
Each phase runs in its own process, so its peak RSS is its own (the age process that the
exchange starts for 64 MiB or more is reported beside it). The import also writes
and fsyncs every byte into the receiver's vault, so it is compared with `age -d` writing
to /dev/null and with `age -d` writing to a file that is then fsynced.

Usage: python3 bench/bench_exchange.py [--size-mib 1024] [--files 4] [--one-process]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from results import json_flag, record

CHILD = r"""
import json, os, resource, sys, time
from pathlib import Path
from casebook.core.store import kdf
from casebook.core.store.casebook import Casebook
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.exchange import identities
from casebook.core.exchange.importer import import_package
from casebook.core.exchange.packager import make_package

kdf.set_policy(kdf.KdfParams(memory_kib=1024, iterations=1, lanes=1))
if os.environ.get("BENCH_ONE_PROCESS"):  # --one-process: age in this process, for comparison
    from casebook.core.exchange import age_pipe
    age_pipe.MIN_BYTES = 1 << 62
PASS = "benchmark passphrase"
mode, work = sys.argv[1], Path(sys.argv[2])
rss = lambda: resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024

def text_of(book):
    with book.session() as s:
        t = identities.identity_text(book, s, identities.own_identity(book, s)); s.commit()
    return t

if mode == "setup":
    aung, _ = Casebook.create(work / "aung", PASS, "Aung")
    sara, _ = Casebook.create(work / "sara", PASS, "Sara", role="supervisor")
    for a, b in ((aung, sara), (sara, aung)):
        text = text_of(a)
        with b.session() as s:
            identity, _ = identities.import_identity(s, text)
            identities.verify_identity(b, s, identities.fingerprint_of(identity)); s.commit()
    with sara.session() as s:
        own = identities.own_identity(sara, s)
        (work / "sara.key").write_bytes(own.age_secret)
        (work / "sara.recipient").write_text(own.age_recipient)
        (work / "sara.fp").write_text(identities.fingerprint_of(own))
    with aung.session() as s:
        case = add_case(s, "Bench", "B-1"); s.commit()
        for path in sorted(work.glob("input-*.bin")):
            take_in(aung, s, case, path); s.commit()
    aung.close(); sara.close()
    print(json.dumps({}))
elif mode == "package":
    book = Casebook.open(work / "aung", PASS)
    before = rss(); t = time.perf_counter()
    make_package(book, "B-1", [(work / "sara.fp").read_text()], work / "case.cbpkg")
    print(json.dumps({"seconds": time.perf_counter() - t, "rss_before": before, "rss": rss()}))
    book.close()
elif mode == "import":
    book = Casebook.open(work / "sara", PASS)
    before = rss(); t = time.perf_counter()
    result = import_package(book, work / "case.cbpkg")
    assert result.attachments_new > 0
    print(json.dumps({"seconds": time.perf_counter() - t, "rss_before": before, "rss": rss()}))
    book.close()
elif mode == "stages":
    # Each stage of the two pipelines alone, on the same bytes, with the functions the
    # exchange itself calls (vault chunks, pyrage.encrypt_io/decrypt_io, vault.store_file).
    import io, pyrage
    from pyrage import x25519
    from sqlalchemy import select
    from casebook.core.models import Blob
    class Sink(io.RawIOBase):
        def writable(self): return True
        def write(self, b): return len(b)
    book = Casebook.open(work / "aung", PASS)
    with book.session() as s:
        blobs = list(s.scalars(select(Blob)))
    t = time.perf_counter()
    for blob in blobs:
        for _ in book.vault.chunks(blob.storage_name, "bench", blob.sha256):
            pass
    vault_read = time.perf_counter() - t
    recipient = x25519.Recipient.from_str((work / "sara.recipient").read_text().strip())
    inputs = sorted(work.glob("input-*.bin"))
    t = time.perf_counter()
    for path in inputs:
        with path.open("rb") as source:
            pyrage.encrypt_io(source, Sink(), [recipient])
    age_encrypt = time.perf_counter() - t
    # As the package's age process does: into a file sent to disk while it is written
    # (age_pipe._WriteBehind), then made durable; age -r neither writes back nor syncs.
    from casebook.core.exchange import age_pipe
    writeback = age_pipe._writeback_call()
    t = time.perf_counter()
    for path in inputs:
        target = path.with_suffix(".stage")
        with path.open("rb") as source, target.open("wb") as out:
            pyrage.encrypt_io(source, age_pipe._WriteBehind(out, writeback), [recipient])
            out.flush()
            os.fsync(out.fileno())
        target.unlink()
    age_encrypt_file = time.perf_counter() - t
    identity = x25519.Identity.from_str((work / "sara.key").read_text().strip())
    t = time.perf_counter()
    for path in inputs:
        with path.with_suffix(".age").open("rb") as source:
            pyrage.decrypt_io(source, Sink(), [identity])
    age_decrypt = time.perf_counter() - t
    book.close()
    target, _ = Casebook.create(work / "stages", PASS, "Stage")
    t = time.perf_counter()
    for path in inputs:
        target.vault.store_file(path)
    vault_store = time.perf_counter() - t
    target.close()
    print(json.dumps({"vault_read": vault_read, "pyrage_encrypt": age_encrypt,
                      "pyrage_encrypt_to_disk": age_encrypt_file,
                      "pyrage_decrypt": age_decrypt, "vault_store": vault_store}))
"""


def child(mode: str, work: Path) -> dict[str, float]:
    """Run one step in its own process; the peak RSS of the age process it starts (from
    64 MiB, exchange/age_pipe) is sampled from here, so as not to slow the step itself (a
    child's ru_maxrss would also count the parent's memory it was forked from)."""
    with subprocess.Popen(
        [sys.executable, "-c", CHILD, mode, str(work)],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
    ) as step:  # fmt: skip
        peak, ages = 0, []
        while mode in ("package", "import") and step.poll() is None:
            ages = ages or _children(step.pid)  # found once, then only read
            for pid in ages:
                peak = max(peak, _peak_rss_mb(pid))
            time.sleep(0.05)
        stdout, stderr = step.communicate()
    if step.returncode != 0:
        sys.exit(f"the {mode} step failed:\n{stderr[-3000:]}")
    result = json.loads(stdout.strip().splitlines()[-1])
    if mode in ("package", "import"):
        result["rss_age"] = peak
    return result


def _children(parent: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                stat = Path(f"/proc/{entry}/stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == parent:
                found.append(int(entry))
    return found


def _peak_rss_mb(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) // 1024
    return 0


def timed(command: list[str], stdout: int | None = None) -> float:
    t = time.perf_counter()
    subprocess.run(command, check=True, stdout=stdout)
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--files", type=int, default=4)
    parser.add_argument(
        "--one-process", action="store_true", help="age in the same process (no age_pipe child)"
    )
    json_flag(parser)
    args = parser.parse_args()
    if args.one_process:
        os.environ["BENCH_ONE_PROCESS"] = "1"
    out_dir = Path(__file__).parent / "out"
    out_dir.mkdir(exist_ok=True)
    per_file = args.size_mib * 2**20 // args.files
    load_before = os.getloadavg()[0]  # other work on the machine moves every figure
    with tempfile.TemporaryDirectory(dir=out_dir) as name:
        work = Path(name)
        block = os.urandom(4 * 2**20)  # random: nothing compresses or deduplicates
        for n in range(args.files):
            with (work / f"input-{n}.bin").open("wb") as f:
                written = 0
                while written < per_file:
                    piece = block[: per_file - written]
                    f.write(bytes([n]) + piece[1:])  # each file distinct
                    written += len(piece)
        child("setup", work)
        recipient = (work / "sara.recipient").read_text()
        inputs = sorted(work.glob("input-*.bin"))
        for path in inputs:  # warm the page cache as the vault's files are warm; in pieces,
            with path.open("rb") as f:  # since children inherit this process's peak RSS
                while f.read(4 * 2**20):
                    pass
        age_encrypt = sum(
            timed(["age", "-r", recipient, "-o", str(p.with_suffix(".age")), str(p)])
            for p in inputs
        )
        age_decrypt = sum(
            timed(
                ["age", "-d", "-i", str(work / "sara.key"), str(p.with_suffix(".age"))],
                stdout=subprocess.DEVNULL,
            )
            for p in inputs
        )
        age_decrypt_to_disk = 0.0
        for p in inputs:  # the same, writing to a file on this disk and syncing it, as an
            target = p.with_suffix(".out")  # import must for the vault
            age_decrypt_to_disk += timed(
                ["age", "-d", "-i", str(work / "sara.key"), "-o", str(target),
                 str(p.with_suffix(".age"))]
            )  # fmt: skip
            t = time.perf_counter()
            with target.open("rb") as f:
                os.fsync(f.fileno())
            age_decrypt_to_disk += time.perf_counter() - t
            target.unlink()
        packaged = child("package", work)
        imported = child("import", work)
        stages = child("stages", work)
        package_size = (work / "case.cbpkg").stat().st_size
    mib = per_file * args.files / 2**20
    size = package_size / 2**20
    print(f"attachments: {args.files} files, {mib:.0f} MiB; package file {size:.0f} MiB; "
          f"load average {load_before:.1f} before, {os.getloadavg()[0]:.1f} after")  # fmt: skip
    print(f"age -r (encrypt, baseline):  {age_encrypt:6.2f} s = {mib / age_encrypt:5.0f} MiB/s")
    print(
        f"casebook package:            {packaged['seconds']:6.2f} s = "
        f"{mib / packaged['seconds']:5.0f} MiB/s"
    )
    print(f"  ratio package/age-encrypt throughput: {age_encrypt / packaged['seconds']:.2f}")
    print(f"age -d (decrypt, baseline):  {age_decrypt:6.2f} s = {mib / age_decrypt:5.0f} MiB/s")
    print(
        f"casebook import-package:     {imported['seconds']:6.2f} s = "
        f"{mib / imported['seconds']:5.0f} MiB/s"
    )
    print(f"  ratio import/age-encrypt throughput:  {age_encrypt / imported['seconds']:.2f}")
    print(f"  ratio import/age-decrypt throughput:  {age_decrypt / imported['seconds']:.2f}")
    print(
        f"age -d to a file + fsync:    {age_decrypt_to_disk:6.2f} s = "
        f"{mib / age_decrypt_to_disk:5.0f} MiB/s"
    )
    print(f"  ratio import/age-decrypt-to-disk:     "
          f"{age_decrypt_to_disk / imported['seconds']:.2f}")  # fmt: skip
    print(f"peak RSS: package {packaged['rss']} MB (before {packaged['rss_before']} MB), "
          f"import {imported['rss']} MB (before {imported['rss_before']} MB); "
          f"the age process: {packaged['rss_age']} MB, {imported['rss_age']} MB")  # fmt: skip
    speed = {name: mib / seconds for name, seconds in stages.items()}
    print("stages alone (MiB/s): " + ", ".join(f"{k} {v:.0f}" for k, v in speed.items()))
    # pyrage and AES-GCM hold the interpreter lock, so in one process the stages add up (the
    # serial limit). From 64 MiB age runs in a second process (exchange/age_pipe), so the
    # stages overlap on two cores: the limit is the slower stage (the parallel limit).
    serial_package = 1 / (1 / speed["vault_read"] + 1 / speed["pyrage_encrypt"])
    serial_import = 1 / (1 / speed["pyrage_decrypt"] + 1 / speed["vault_store"])
    package_limit = min(speed["vault_read"], speed["pyrage_encrypt"])
    # The package's age process also writes the file and syncs it (age -r does not sync).
    package_disk_limit = min(speed["vault_read"], speed["pyrage_encrypt_to_disk"])
    import_limit = min(speed["pyrage_decrypt"], speed["vault_store"])
    age_r, age_d_disk = mib / age_encrypt, mib / age_decrypt_to_disk
    package_reached = mib / packaged["seconds"] / package_limit
    import_reached = mib / imported["seconds"] / import_limit
    print(f"  package limit (two processes: slower stage) {package_limit:.0f} MiB/s = "
          f"{package_limit / age_r:.2f}x age -r; reached {package_reached:.0%} "
          f"(one process, stages in series: {serial_package / age_r:.2f}x)")  # fmt: skip
    print(f"  package limit with the file written + fsync {package_disk_limit:.0f} MiB/s = "
          f"{package_disk_limit / age_r:.2f}x age -r; reached "
          f"{mib / packaged['seconds'] / package_disk_limit:.0%}")  # fmt: skip
    print(f"  import limit (two processes: slower stage)  {import_limit:.0f} MiB/s = "
          f"{import_limit / age_d_disk:.2f}x age -d + fsync; reached {import_reached:.0%} "
          f"(one process, stages in series: {serial_import / age_d_disk:.2f}x)")  # fmt: skip
    record(
        "exchange",
        {"size_mib": round(mib), "files": args.files, "one_process": args.one_process},
        {
            "package_mib_s": {"value": mib / packaged["seconds"], "baseline": age_r,
                              "ratio": age_encrypt / packaged["seconds"],
                              "limit": package_limit, "limit_to_disk": package_disk_limit},
            "import_mib_s": {"value": mib / imported["seconds"], "baseline": age_d_disk,
                             "ratio": age_decrypt_to_disk / imported["seconds"],
                             "limit": import_limit},
            "peak_rss_mb": {"package": packaged["rss"], "import": imported["rss"],
                            "age_process": max(packaged["rss_age"], imported["rss_age"])},
            "stages_mib_s": speed,
        },
    )  # fmt: skip


if __name__ == "__main__":
    main()
