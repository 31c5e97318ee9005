"""Complaint bundle export: a case with 200 exhibits (photos and PDFs), 500+ pages.

Measures the whole export (plan, decrypting exhibits into the bundle, typesetting with
contents and outline, merging PDF exhibit pages, hashing, signing) against a baseline of
ReportLab rendering the same number of plain pages, each in its own process so peak RSS is
its own. Prints both and the ratio.
Usage: python3 bench/bench_export.py [--images 100] [--pdfs 100] [--pdf-pages 4]
       [--case-dir DIR] [--profile FILE] [--json]
A 2,000-page filing: --images 300 --pdfs 300 (600 exhibits).
"""

from __future__ import annotations

import argparse
import contextlib
import json
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from results import json_flag, record

SETUP = r"""
import io, sys
from pathlib import Path
from PIL import Image, ImageDraw
from reportlab.pdfgen.canvas import Canvas
from casebook.core.records import persons, testimonies
from casebook.core.store import kdf
from casebook.core.store.casebook import Casebook
from casebook.core.records.cases import add_case
from casebook.core.records.evidence import take_in
from casebook.core.models import Charge, ChargePerpetrator, Tag
from casebook.core.records.records import add_incident
from casebook.core.records.testimonies import ConsentTerms
kdf.set_policy(kdf.KdfParams(memory_kib=1024, iterations=1, lanes=1))
work = Path(sys.argv[1])
images, pdfs, pdf_pages = (int(a) for a in sys.argv[2:5])
src = work / "src"; src.mkdir()
book, _ = Casebook.create(work / "book", "benchmark passphrase", "bench")
with book.session() as s:
    case = add_case(s, "Benchmark case", "BENCH-1")
    w = persons.add_person(s, case, ["witness"], identity={"full_name": "Real Name"})
    p = persons.add_person(s, case, ["alleged_perpetrator"])
    t = testimonies.add_testimony(s, case, ["ທະຫານໄດ້ມາຮອດບ້ານ " * 8, "စစ်သားများသည် ကမ္ဘာ " * 8] * 10,
        witness=w, language="lo", consent=ConsentTerms(True, ["DE"]))
    charge = Charge(case_id=case.id, crime_id="7(1)(d)", taxonomy_version="bench")
    charge.perpetrators.append(ChargePerpetrator(person_id=p.id, liability_id="25(3)(a)-direct"))
    s.add(charge)
    for k in range(images + pdfs):
        inc = add_incident(s, case, f"Incident {k}", description="Houses were burned. " * 6,
                           date_precision="exact", date_start=f"2017-08-{k % 28 + 1:02d}")
        inc.testimonies.append(t)
        charge.incidents.append(inc)
        if k < images:
            path = src / f"photo-{k:03d}.jpg"
            img = Image.new("RGB", (1600, 1200), (k % 255, 90, 140))
            ImageDraw.Draw(img).text((50, 50), f"photo {k}", fill=(255, 255, 255))
            img.save(path, "JPEG", quality=85)
        else:
            path = src / f"doc-{k:03d}.pdf"
            buf = io.BytesIO(); c = Canvas(buf)
            for n in range(pdf_pages):
                c.drawString(72, 760, f"document {k} page {n + 1}")
                c.rect(60, 60, 470, 680)
                c.showPage()
            c.save(); path.write_bytes(buf.getvalue())
        item = take_in(book, s, case, path).item
        inc.evidence.append(item)
        s.add(Tag(case_id=case.id, element_kind="crime", element_id="7(1)(d)/1",
                  taxonomy_version="bench", support="direct", evidence_id=item.id))
    s.commit()
book.close()
"""

EXPORT = r"""
import json, resource, sys, time
from pathlib import Path
from casebook.core.store.casebook import Casebook
from casebook.core.export.bundle import export_bundle
from casebook.core.export.legal import legal_frame
from casebook.core.export.plan import ExportRequest
work = Path(sys.argv[1])
profile = sys.argv[2] if len(sys.argv) > 2 else ""
legal_frame()  # the taxonomy is loaded once per process; not part of an export
book = Casebook.open(work / "book", "benchmark passphrase")
rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
marks = {}
def progress(message, done, total):
    marks.setdefault(str(message).split(" ")[0], time.perf_counter())
import shutil
shutil.rmtree(work / "bundles", ignore_errors=True)
if profile:
    import cProfile
    profiler = cProfile.Profile(); profiler.enable()
t, cpu = time.perf_counter(), time.process_time()
result = export_bundle(book, ExportRequest("BENCH-1"), work / "bundles", progress=progress)
elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
if profile:
    profiler.disable(); profiler.dump_stats(profile)
book.close()
print(json.dumps({"seconds": elapsed, "cpu_s": cpu, "pages": result.pages,
                  "exhibits": result.exhibits,
                  "plan_s": marks["Writing"] - t,
                  "exhibits_s": marks["Typesetting"] - marks["Writing"],
                  "typeset_s": marks["Recording"] - marks["Typesetting"],
                  "rss_before_kib": rss_before,
                  "peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""

BASELINE = r"""
import io, json, resource, sys, time
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate
pages = int(sys.argv[1])
t, cpu = time.perf_counter(), time.process_time()
style = getSampleStyleSheet()["BodyText"]
story = []
for n in range(pages):
    story += [Paragraph(f"Plain page {n + 1}. " + "Houses were burned. " * 20, style), PageBreak()]
buf = io.BytesIO()
SimpleDocTemplate(buf).build(story)
elapsed, cpu = time.perf_counter() - t, time.process_time() - cpu
print(json.dumps({"seconds": elapsed, "cpu_s": cpu, "pages": pages,
                  "peak_rss_kib": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss}))
"""


def run(code: str, *args: str) -> dict[str, float]:
    done = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, capture_output=True, text=True
    )
    return json.loads(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--images", type=int, default=100)
    parser.add_argument("--pdfs", type=int, default=100)
    parser.add_argument("--pdf-pages", type=int, default=4)
    parser.add_argument(
        "--case-dir", help="build the case here once and reuse it in later runs (setup is slow)"
    )
    parser.add_argument("--profile", help="write a cProfile of the export to this file")
    json_flag(parser)
    args = parser.parse_args()
    out_dir = Path(__file__).parent / "out"
    out_dir.mkdir(exist_ok=True)
    with contextlib.ExitStack() as stack:
        if args.case_dir:
            work = args.case_dir
            Path(work).mkdir(parents=True, exist_ok=True)
        else:
            work = stack.enter_context(tempfile.TemporaryDirectory(dir=out_dir))
        if not (Path(work) / "book").exists():
            print(
                f"Building a case with {args.images} photos and {args.pdfs} PDFs "
                f"of {args.pdf_pages} pages …",
                flush=True,
            )
            setup = [str(args.images), str(args.pdfs), str(args.pdf_pages)]
            subprocess.run([sys.executable, "-c", SETUP, work, *setup], check=True)
        if args.case_dir:  # each run exports a fresh copy: an export adds custody events
            fresh = stack.enter_context(tempfile.TemporaryDirectory(dir=out_dir))
            shutil.copytree(Path(work) / "book", Path(fresh) / "book")
            work = fresh
        export = run(EXPORT, work, *([str(Path(args.profile).resolve())] if args.profile else []))
        baseline = run(BASELINE, str(int(export["pages"])))
    per_page_ms = 1000 * export["seconds"] / export["pages"]
    baseline_ms = 1000 * baseline["seconds"] / baseline["pages"]
    print(
        f"export:   {export['exhibits']:.0f} exhibits, {export['pages']:.0f} pages in "
        f"{export['seconds']:.1f} s ({per_page_ms:.1f} ms/page), "
        f"peak RSS {export['peak_rss_kib'] / 1024:.0f} MiB"
    )
    print(
        f"baseline: ReportLab, {baseline['pages']:.0f} plain pages in "
        f"{baseline['seconds']:.1f} s ({baseline_ms:.1f} ms/page), "
        f"peak RSS {baseline['peak_rss_kib'] / 1024:.0f} MiB"
    )
    print(
        f"          plan {export['plan_s']:.1f} s, exhibits decrypted and verified "
        f"{export['exhibits_s']:.1f} s, typesetting, merging, hashing and signing "
        f"{export['typeset_s']:.1f} s; RSS before the export "
        f"{export['rss_before_kib'] / 1024:.0f} MiB"
    )
    ratio = export["seconds"] / baseline["seconds"]
    cpu_ratio = export["cpu_s"] / baseline["cpu_s"]
    memory = export["peak_rss_kib"] / baseline["peak_rss_kib"]
    print(
        f"ratio:    time x{ratio:.1f}, memory x{memory:.1f}; CPU time {export['cpu_s']:.1f} s "
        f"vs {baseline['cpu_s']:.1f} s, x{cpu_ratio:.1f} (less moved by other work on the machine)"
    )
    record(
        "export",
        {"exhibits": export["exhibits"], "pages": export["pages"], "pdf_pages": args.pdf_pages},
        {
            "seconds": export["seconds"],
            "cpu_s": export["cpu_s"],
            "baseline_cpu_s": baseline["cpu_s"],
            "cpu_ratio": cpu_ratio,
            "ms_per_page": per_page_ms,
            "peak_rss_mib": export["peak_rss_kib"] / 1024,
            "rss_before_mib": export["rss_before_kib"] / 1024,
            "plan_s": export["plan_s"],
            "exhibits_s": export["exhibits_s"],
            "typeset_s": export["typeset_s"],
            "baseline_seconds": baseline["seconds"],
            "baseline_ms_per_page": baseline_ms,
            "baseline_peak_rss_mib": baseline["peak_rss_kib"] / 1024,
            "time_ratio": ratio,
            "memory_ratio": memory,
        },
    )


if __name__ == "__main__":
    main()
