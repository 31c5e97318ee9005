"""Opening a large casebook, and full-text search over 100,000 segments.

Figures, each beside a baseline from the same run:
- open (after key derivation) of a casebook with 10,000 testimonies and 50,000 evidence
  records, against a bare SQLCipher connect-and-read of the same file (target < 1 s);
- FTS5 query p95 over 100,000 segments in Lao, Thai, Burmese and English, against a
  LIKE '%word%' scan of the same rows (target p95 < 50 ms);
- Argon2id time with the default parameters, on its own.
Usage: python3 bench/bench_open_and_search.py [--scale 10] [--case-dir DIR] [--json]
"""

from __future__ import annotations

import argparse
import contextlib
import random
import shutil
import statistics
import tempfile
import time
from pathlib import Path

import sqlcipher3
from results import json_flag, record
from sqlalchemy import insert, text

from casebook.core.models import EvidenceItem, Segment, Testimony
from casebook.core.models.base import new_id, utcnow
from casebook.core.records.cases import add_case
from casebook.core.records.search import search
from casebook.core.store import kdf
from casebook.core.store.casebook import DB_NAME, Casebook

WORDS = {
    "lo": ["ທະຫານ", "ບ້ານ", "ເຜົາ", "ແມ່ນ້ຳ", "ເດັກນ້ອຍ", "ຍິງ", "ປືນ", "ກາງຄືນ"],
    "th": ["ทหาร", "หมู่บ้าน", "เผา", "แม่น้ำ", "เด็ก", "ยิง", "ปืน", "กลางคืน"],
    "my": ["စစ်သား", "ရွာ", "မီးရှို့", "မြစ်", "ကလေး", "ပစ်", "သေနတ်", "ညဘက်"],
    "en": ["soldiers", "village", "burned", "river", "children", "shot", "rifle", "night"],
}
TESTIMONIES, SEGMENTS_EACH, EVIDENCE = 10_000, 10, 50_000


def _sentence(rng: random.Random, lang: str) -> str:
    words = rng.choices(WORDS[lang], k=12)
    return ("" if lang in ("lo", "th", "my") else " ").join(words)


def build(folder: Path, scale: int) -> None:
    rng = random.Random(7)
    book, _ = Casebook.create(folder, "benchmark passphrase", "bench")
    with book.session() as s:
        case = add_case(s, "Bench", "B-1")
        s.commit()
        now = utcnow()
        langs = list(WORDS)
        testimonies, segments = [], []
        for i in range(TESTIMONIES * scale):
            tid = new_id()
            lang = langs[i % len(langs)]
            testimonies.append({"id": tid, "lineage_id": tid, "case_id": case.id, "language": lang,
                                "created_at": now, "updated_at": now})  # fmt: skip
            for p in range(1, SEGMENTS_EACH + 1):
                segments.append({"id": new_id(), "testimony_id": tid, "position": p,
                                 "text": _sentence(rng, lang), "created_at": now,
                                 "updated_at": now})  # fmt: skip
        s.execute(insert(Testimony), testimonies)
        s.execute(insert(Segment), segments)
        items = []
        for i in range(EVIDENCE * scale):
            eid = new_id()
            items.append(
                {"id": eid, "lineage_id": eid, "case_id": case.id, "kind": "photo",
                 "title": f"Photo {i:05d}", "description": _sentence(rng, "en"),
                 "created_at": now, "updated_at": now, "extracted_metadata": {}}
            )  # fmt: skip
        s.execute(insert(EvidenceItem), items)
        s.commit()
    book.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--scale", type=int, default=1, help="10: 100k testimonies, 1M segments")
    parser.add_argument(
        "--case-dir", help="build the casebook here once and reuse it (building takes long)"
    )
    json_flag(parser)
    args = parser.parse_args()
    out_dir = Path(__file__).parent / "out"
    out_dir.mkdir(exist_ok=True)
    params = kdf.policy()
    t = time.perf_counter()
    kdf.derive(b"benchmark passphrase", kdf.new_salt(), params)
    argon = time.perf_counter() - t
    print(f"Argon2id ({params.memory_kib // 1024} MiB, {params.iterations} passes, "
          f"{params.lanes} lanes): {argon:.3f} s")  # fmt: skip
    kdf.set_policy(kdf.KdfParams(memory_kib=1024, iterations=1, lanes=1))
    testimonies, evidence = TESTIMONIES * args.scale, EVIDENCE * args.scale
    segments = testimonies * SEGMENTS_EACH
    with contextlib.ExitStack() as stack:
        work = args.case_dir or stack.enter_context(tempfile.TemporaryDirectory(dir=out_dir))
        folder, built = Path(work) / "book", Path(work) / f"built-scale-{args.scale}"
        if not built.exists():  # a build cut short is made again
            shutil.rmtree(folder, ignore_errors=True)
            t = time.perf_counter()
            build(folder, args.scale)
            built.touch()
            print(f"built {testimonies} testimonies, {segments} segments, "
                  f"{evidence} evidence records in {time.perf_counter() - t:.1f} s")  # fmt: skip

        # Baseline: bare SQLCipher open of the same file and a first read.
        book = Casebook.open(folder, "benchmark passphrase")
        key = book._data_key  # the benchmark may look inside; the app never does
        book.close()
        t = time.perf_counter()
        conn = sqlcipher3.connect(str(folder / DB_NAME))
        conn.execute(f"PRAGMA key = \"x'{key.hex()}'\"")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchall()
        conn.close()
        bare = time.perf_counter() - t

        timings = []
        for _ in range(5):
            t = time.perf_counter()
            book = Casebook.open(folder, "benchmark passphrase")
            with book.session() as s:  # what the app shows first: the case's evidence list,
                # its count and first page in the list's order (Workspace.evidence_rows)
                case_id = s.execute(text("SELECT id FROM cases LIMIT 1")).scalar_one()
                s.execute(
                    text("SELECT count(*) FROM evidence_items WHERE case_id = :c"), {"c": case_id}
                ).all()
                s.execute(
                    text(
                        "SELECT id, title FROM evidence_items WHERE case_id = :c "
                        "ORDER BY rowid LIMIT 256"
                    ),
                    {"c": case_id},
                ).all()
            timings.append(time.perf_counter() - t)
            book.close()
        t = time.perf_counter()
        kdf.derive(b"x", kdf.new_salt(), kdf.policy())
        derive = time.perf_counter() - t
        opened = statistics.median(timings) - derive
        print(f"open + first page, after key derivation: {opened * 1000:.0f} ms "
              f"(bare SQLCipher open+read baseline {bare * 1000:.1f} ms; "
              f"ratio {opened / bare:.1f}; target < 1000 ms)")  # fmt: skip

        book = Casebook.open(folder, "benchmark passphrase")
        rng = random.Random(3)
        queries = [rng.choice(WORDS[rng.choice(list(WORDS))]) for _ in range(100)]
        fts, scan = [], []
        with book.session() as s:
            for q in queries:
                t = time.perf_counter()
                hits = search(s, q, limit=50)
                fts.append(time.perf_counter() - t)
                assert hits, q
            for q in queries[:20]:
                t = time.perf_counter()
                s.execute(text("SELECT count(*) FROM testimony_segments WHERE text LIKE :q"),
                          {"q": f"%{q}%"}).all()  # fmt: skip
                scan.append(time.perf_counter() - t)
        book.close()
        p95 = statistics.quantiles(fts, n=20)[-1]
        scan95 = statistics.quantiles(scan, n=20)[-1]
        print(f"FTS5 search p95 over {segments} segments: {p95 * 1000:.1f} ms "
              f"(LIKE scan baseline p95 {scan95 * 1000:.1f} ms; ratio {p95 / scan95:.2f}; "
              "target < 50 ms)")  # fmt: skip

    record(
        "open_and_search",
        {"testimonies": testimonies, "segments": segments, "evidence": evidence},
        {
            "argon2id_s": argon,
            "open_first_page_ms": opened * 1000,
            "baseline_bare_open_ms": bare * 1000,
            "fts_p95_ms": p95 * 1000,
            "baseline_like_scan_p95_ms": scan95 * 1000,
        },
    )


if __name__ == "__main__":
    main()
