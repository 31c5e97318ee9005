"""Exchange throughput and memory: packaging and importing a case with 1 GiB of attachments,
against the `age` tool encrypting (and decrypting) the same bytes in the same run.

Packaging decrypts each attachment from the vault, hashes it, and age-encrypts it into the
package; importing age-decrypts, hashes and re-encrypts it into the receiver's vault (and
fsyncs). `age` alone does one encryption or decryption, so it is the floor to compare with.
Each phase runs in its own process, so its peak RSS is its own. The import also writes
and fsyncs every byte into the receiver's vault, so it is compared with `age -d` writing
to /dev/null and with `age -d` writing to a file that is then fsynced.

Beside each ratio it prints the limit the pipeline's stages set: each stage (vault
decryption and hashing, age encryption, writing with fsync; for the import age decryption,
hashing and vault encryption, writing with fsync) is timed alone on the same bytes, and a
pipeline runs no faster than its slowest stage.

Usage: python3 bench/bench_exchange.py [--size-mib 1024] [--files 4] [--json]
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
import json, resource, sys, time
from pathlib import Path
from casebook.core.store import kdf
from casebook.core.store.casebook import Casebook
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.exchange import identities
from casebook.core.exchange.importer import import_package
from casebook.core.exchange.packager import make_package

kdf.set_policy(kdf.KdfParams(memory_kib=1024, iterations=1, lanes=1))
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
elif mode == "stages":
    # Each stage of the pipelines alone, on the same bytes, for the limit they set.
    import hashlib, os
    from sqlalchemy import select
    from casebook.core.models import Blob
    from casebook.core.store.blob_cipher import BlobWriter
    from casebook.core.exchange.age_stream import AgeWriter, decrypt_chunks
    book = Casebook.open(work / "aung", PASS)
    with book.session() as s:
        blobs = [(b.storage_name, b.sha256) for b in s.scalars(select(Blob))]
    recipient = (work / "sara.recipient").read_text()
    out = {}
    t = time.perf_counter()
    for name, sha in blobs:  # package stage 1: vault decrypt (AES-GCM) and hash
        for chunk in book.vault.chunks(name, "bench", sha):
            pass
    out["vault_decrypt_hash"] = time.perf_counter() - t
    with open(os.devnull, "wb") as sink:
        t = time.perf_counter()  # package stage 2: age encryption (to nothing)
        age = AgeWriter(sink, [recipient])
        for name, _ in blobs:
            for chunk in book.vault.chunks(name, "bench"):
                age.write(chunk)
        age.finish()
        out["age_encrypt"] = time.perf_counter() - t - out["vault_decrypt_hash"]
    secret = (work / "sara.key").read_text()
    with (work / "case.cbpkg").open("rb") as f:
        t = time.perf_counter()  # import stage 1: age decryption
        for chunk in decrypt_chunks(f, secret):
            pass
        out["age_decrypt"] = time.perf_counter() - t
    key = book.derive_key("vault")
    with (work / "case.cbpkg").open("rb") as f, open(os.devnull, "wb") as sink:
        t = time.perf_counter()  # import stage 2: hash and vault encryption (to nothing)
        digest, writer = hashlib.sha256(), BlobWriter(sink, key)
        for chunk in decrypt_chunks(f, secret):
            digest.update(chunk); writer.write(chunk)
        writer.close()
        out["hash_vault_encrypt"] = time.perf_counter() - t - out["age_decrypt"]
    with (work / "case.cbpkg").open("rb") as f, open(work / "copy", "wb") as g:
        t = time.perf_counter()  # both: writing the bytes to this disk and syncing them
        while block := f.read(2**20):
            g.write(block)
        g.flush(); os.fsync(g.fileno())
        out["write_fsync"] = time.perf_counter() - t
    (work / "copy").unlink()
    book.close()
    print(json.dumps(out))
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
"""


def child(mode: str, work: Path) -> dict[str, float]:
    out = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(work)], check=True, capture_output=True, text=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def timed(command: list[str], stdout: int | None = None) -> float:
    t = time.perf_counter()
    subprocess.run(command, check=True, stdout=stdout)
    return time.perf_counter() - t


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--size-mib", type=int, default=1024)
    parser.add_argument("--files", type=int, default=4)
    json_flag(parser)
    args = parser.parse_args()
    out_dir = Path(__file__).parent / "out"
    out_dir.mkdir(exist_ok=True)
    per_file = args.size_mib * 2**20 // args.files
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
    speed = {k: mib / v for k, v in stages.items()}
    # Each stage runs on its own thread, so a pipeline goes no faster than its slowest
    # stage: that is its limit (on free cores; the GIL and other load lower it).
    package_stages = ("vault_decrypt_hash", "age_encrypt", "write_fsync")
    import_stages = ("age_decrypt", "hash_vault_encrypt", "write_fsync")
    package_limit = min(speed[k] for k in package_stages)
    import_limit = min(speed[k] for k in import_stages)
    figures = {
        "age_encrypt_mib_s": mib / age_encrypt,
        "age_decrypt_mib_s": mib / age_decrypt,
        "age_decrypt_to_disk_mib_s": mib / age_decrypt_to_disk,
        "package_mib_s": mib / packaged["seconds"],
        "import_mib_s": mib / imported["seconds"],
        "package_ratio_to_age_encrypt": age_encrypt / packaged["seconds"],
        "import_ratio_to_age_decrypt_to_disk": age_decrypt_to_disk / imported["seconds"],
        "package_limit_mib_s": package_limit,
        "import_limit_mib_s": import_limit,
        "package_limit_ratio": package_limit * age_encrypt / mib,
        "import_limit_ratio": import_limit * age_decrypt_to_disk / mib,
        "stage_mib_s": speed,
        "package_peak_rss_mb": packaged["rss"],
        "import_peak_rss_mb": imported["rss"],
    }
    size = package_size / 2**20
    print(f"attachments: {args.files} files, {mib:.0f} MiB; package file {size:.0f} MiB")
    print("stages alone (MiB/s): " + ", ".join(f"{k} {v:.0f}" for k, v in speed.items()))
    print(f"age -r (encrypt, baseline):  {age_encrypt:6.2f} s = {mib / age_encrypt:5.0f} MiB/s")
    print(
        f"casebook package:            {packaged['seconds']:6.2f} s = "
        f"{mib / packaged['seconds']:5.0f} MiB/s   ratio to age -r "
        f"{figures['package_ratio_to_age_encrypt']:.2f} "
        f"(target 0.6; limit of the slowest stage {package_limit:.0f} MiB/s = "
        f"{figures['package_limit_ratio']:.2f})"
    )
    print(f"age -d (decrypt, baseline):  {age_decrypt:6.2f} s = {mib / age_decrypt:5.0f} MiB/s")
    print(
        f"age -d to a file + fsync:    {age_decrypt_to_disk:6.2f} s = "
        f"{mib / age_decrypt_to_disk:5.0f} MiB/s"
    )
    print(
        f"casebook import-package:     {imported['seconds']:6.2f} s = "
        f"{mib / imported['seconds']:5.0f} MiB/s   ratio to age -d + fsync "
        f"{figures['import_ratio_to_age_decrypt_to_disk']:.2f} (target 0.6; limit "
        f"{import_limit:.0f} MiB/s = {figures['import_limit_ratio']:.2f}); ratio to age -d "
        f"alone {age_decrypt / imported['seconds']:.2f}"
    )
    print(
        f"peak RSS: package {packaged['rss']} MB (before {packaged['rss_before']} MB), "
        f"import {imported['rss']} MB (before {imported['rss_before']} MB); target < 150 MB"
    )
    record("exchange", {"mib": mib, "files": args.files}, figures)


if __name__ == "__main__":
    main()
