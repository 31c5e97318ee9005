#!/usr/bin/env bash
# Start the built desktop program (packaging/build.sh) headless and check it works on its own:
#   casebook --help, init, import (packaging/smoke/case.json: Lao, Burmese and Arabic
#   testimony), add-evidence, verify, export-bundle, verify-bundle, an exchange of a 70 MiB
#   attachment (package to a second casebook, import-package, verify, export-json: the
#   file's SHA-256 must survive), and the desktop app offscreen until its window shows,
#   then 5 s more.
# Checks that the export's fonts and Qt's plugins and libraries are the build's own (files
# opened, traced with strace where available) and that the PDF embeds the shipped fonts.
# The exchange must run age in its second process (the build started again with
# --exchange-age-process, traced with strace where available), not fall back to one process.
# Usage: bash packaging/smoke_test.sh BUILD_FOLDER   (the folder packaging/build.sh prints)
set -euo pipefail
cd "$(dirname "$0")/.."
[[ $# == 1 ]] || { echo "usage: bash packaging/smoke_test.sh BUILD_FOLDER" >&2; exit 2; }
build=$(cd "$1" && pwd)
program="$build/casebook"
fixture="$PWD/packaging/smoke/case.json"
[[ -x "$program" ]] || { echo "smoke test: no built program at $program (run packaging/build.sh)"; exit 1; }

work=$(mktemp -d "${TMPDIR:-/tmp}/casebook-smoke.XXXXXX")
[[ -n "${SMOKE_KEEP:-}" ]] || trap 'rm -rf "$work"' EXIT  # SMOKE_KEEP=1 keeps the logs
cd "$work"  # never the repository: the build must not import the source tree
fail() { echo "smoke test FAILED: $*" >&2; exit 1; }
step() { echo "smoke test: $*"; }
# A clean environment: no Python or Qt variables from the caller, a fresh home and data folder.
run() {
  env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 CASEBOOK_DATA_DIR="$work/data" \
    CASEBOOK_PASSPHRASE="smoke test passphrase 7 horses" QT_QPA_PLATFORM=offscreen \
    TMPDIR="$work/tmp" "$@"
}
mkdir -p home data tmp
tracing=no
if command -v strace >/dev/null; then tracing=yes; fi
# Font and Qt files a traced command opened outside the build.
opened_outside() {
  grep -oE 'open(at)?\([^"]*"[^"]+"' "$1" | sed -E 's/.*"([^"]+)"/\1/' |
    grep -E "$2" | grep -v "^$build/" | sort -u || true
}
traced() {  # traced LOG COMMAND...: run under strace when it exists
  local log=$1
  shift
  if [[ $tracing == yes ]]; then
    run strace -f -qq -e trace=open,openat -o "$log" "$@"
  else
    run "$@"
  fi
}

step "--help"
run "$program" --help >help.txt || fail "casebook --help exited $?"
grep -q "export-bundle" help.txt || fail "--help does not list export-bundle"

step "init, import, add-evidence, verify"
run "$program" init cb --user "Smoke Test" >init.txt || fail "init"
run "$program" import cb "$fixture" >import.txt || fail "import"
printf 'A field note, taken in as evidence.\n' >note.txt
run "$program" add-evidence cb --case LA-MM-2017-004 --source "smoke test" note.txt \
  >evidence.txt || fail "add-evidence"
run "$program" verify cb >verify.txt || { cat verify.txt; fail "verify"; }
grep -q "All checks passed" verify.txt || fail "verify did not pass"

step "export-bundle (fonts traced: $tracing)"
traced export.trace "$program" export-bundle cb --case LA-MM-2017-004 --charges all \
  --out out >export.txt 2>&1 || { cat export.txt; fail "export-bundle"; }
bundle=$(find out -mindepth 1 -maxdepth 1 -type d | head -1)
[[ -f "$bundle/complaint.pdf" ]] || fail "no complaint.pdf in $bundle"
run "$program" verify-bundle "$bundle" >verify-bundle.txt || fail "verify-bundle"
fonts=$(pdffonts "$bundle/complaint.pdf" | tail -n +3 | awk '{print $1}' | sed 's/^[A-Z]*+//')
for needed in NotoSans-Regular NotoSans-Bold NotoSansLao-Regular NotoSansMyanmar-Regular \
  NotoNaskhArabic-Regular DejaVuSansMono; do
  grep -qx "$needed" <<<"$fonts" || fail "complaint.pdf does not embed $needed (has: $fonts)"
  [[ -f "$build/_internal/resources/fonts/$needed.ttf" ]] || fail "$needed.ttf is not in the build"
done
if [[ $tracing == yes ]]; then
  outside=$(opened_outside export.trace '\.(ttf|ttc|otf|otc)$')
  [[ -z "$outside" ]] || fail "the export read fonts from outside the build: $outside"
  grep -q "$build/_internal/resources/fonts/NotoSansLao-Regular.ttf" export.trace ||
    fail "the export did not read the build's NotoSansLao-Regular.ttf"
fi

step "exchange of a 70 MiB attachment with a second casebook (age process traced: $tracing)"
# From 64 MiB of attachments (core/exchange/age_pipe.py, MIN_BYTES) age runs in a second
# process: this program started again with --exchange-age-process. A child that cannot start
# only makes the exchange fall back to one process and log it, so nothing else would fail:
# the fallback's log line fails the step, and under strace the build must have executed
# itself with the switch, for the package (encrypt) and for the import (decrypt).
exchange_start=$SECONDS
[[ $tracing == yes ]] || step "note: no strace, so only the absence of the fallback's log line" \
  "shows that the second process ran"
age_command() {  # age_command NAME KIND COMMAND...: output in NAME.txt, execve traced
  local name=$1 kind=$2 status=0 started
  shift 2
  if [[ $tracing == yes ]]; then
    run strace -ff -qq -s 512 -e trace=execve -o "$name.trace" "$@" >"$name.txt" 2>&1 ||
      status=$?
  else
    run "$@" >"$name.txt" 2>&1 || status=$?
  fi
  [[ $status == 0 ]] || { cat "$name.txt"; fail "$name exited $status"; }
  if grep -q "age runs in this process" "$name.txt"; then
    cat "$name.txt"
    fail "$name: age ran in the program's own process, the fallback: its second process" \
      "(the build started with --exchange-age-process) did not start"
  fi
  [[ $tracing == yes ]] || return 0
  # One file per process (-ff): an execve line is never split by another process's.
  local call="execve(\"$program\", [\"$program\", \"--exchange-age-process\", \"$kind\", "
  started=$(cat "$name.trace".* | grep -F "$call" || true)
  grep -q ') = 0$' <<<"$started" || fail "$name: the build did not run itself with" \
    "--exchange-age-process $kind (strace: ${started:-no such execve})"
}
run "$program" init cb2 --user "Smoke Recipient" --role supervisor >init2.txt ||
  fail "init of the receiving casebook"
run "$program" identity export cb2 --out cb2.id 2>/dev/null || fail "identity export"
fingerprint=$(grep -oE 'fingerprint: [0-9A-F ]{39}' cb2.id | cut -d' ' -f2-)
[[ -n $fingerprint ]] || fail "identity export wrote no fingerprint: $(cat cb2.id)"
run "$program" identity import cb cb2.id >identity.txt || fail "identity import"
run "$program" identity verify cb "$fingerprint" >>identity.txt || fail "identity verify"
head -c 73400320 /dev/urandom >large.bin  # 70 MiB: above MIN_BYTES
large_sha=$(sha256sum large.bin | cut -d' ' -f1)
run "$program" add-evidence cb --case LA-MM-2017-004 --source "smoke test" large.bin \
  >large.txt || fail "add-evidence of the 70 MiB file"
grep -q "^$large_sha " large.txt || fail "add-evidence gave another SHA-256: $(cat large.txt)"
rm large.bin
age_command package encrypt "$program" package cb --case LA-MM-2017-004 --to "$fingerprint" \
  --out case.pkg
packed=$(grep -oE '[0-9]+ bytes\. Package id' package.txt | cut -d' ' -f1)
((${packed:-0} >= 73400320)) || fail "the package lacks the 70 MiB attachment: $(cat package.txt)"
age_command import-package decrypt "$program" import-package cb2 case.pkg --accept-unverified
grep -qE "Attachments: [1-9][0-9]* new" import-package.txt ||
  fail "the import took in no new attachment: $(cat import-package.txt)"
run "$program" verify cb2 >verify2.txt || { cat verify2.txt; fail "verify of the second casebook"; }
grep -q "All checks passed" verify2.txt || fail "the receiving casebook did not verify"
run "$program" export-json cb2 --case LA-MM-2017-004 --with-files files --out cb2.json ||
  fail "export-json --with-files of the receiving casebook"
exported=$(sha256sum files/*)  # not piped into grep -q: pipefail would see sha256sum's SIGPIPE
grep -q "^$large_sha " <<<"$exported" ||
  fail "no file exported from the receiving casebook has the 70 MiB file's SHA-256"
step "exchange took $((SECONDS - exchange_start)) s"

step "desktop app offscreen until its window shows, then 5 s more (Qt plugins traced: $tracing)"
gui=(env -i PATH=/usr/bin:/bin HOME="$work/home" LANG=C.UTF-8 CASEBOOK_DATA_DIR="$work/data"
  QT_QPA_PLATFORM=offscreen QT_DEBUG_PLUGINS=1 TMPDIR="$work/tmp" "$program")
[[ $tracing == no ]] || gui=(strace -f -qq -e trace=open,openat -o gui.trace "${gui[@]}")
setsid "${gui[@]}" >gui.txt 2>&1 &  # its own process group: stopped as one below
gui_group=$!
shown=no
for _ in $(seq 1 180); do  # up to 90 s: a loaded CI machine starts it slowly
  # Qt's offscreen platform says this when a top-level window is shown.
  if grep -q "propagateSizeHints" gui.txt; then shown=yes; break; fi
  kill -0 "$gui_group" 2>/dev/null || break
  sleep 0.5
done
sleep 5
alive=yes
kill -0 "$gui_group" 2>/dev/null || alive=no
kill -TERM -- "-$gui_group" 2>/dev/null || true
wait "$gui_group" 2>/dev/null || true
[[ $shown == yes ]] || { tail -30 gui.txt; fail "the desktop app showed no window within 90 s"; }
[[ $alive == yes ]] || { tail -30 gui.txt; fail "the desktop app stopped within 5 s of showing"; }
grep -q "Traceback" gui.txt && { cat gui.txt; fail "the desktop app raised an exception"; }
grep -qE "$build/_internal/PySide6/Qt/plugins/platforms/libqoffscreen\.so" gui.txt gui.trace \
  2>/dev/null || fail "Qt's offscreen platform plugin was not loaded from the build"
if [[ $tracing == yes ]]; then
  outside=$(opened_outside gui.trace '(libQt6|libpyside6|libshiboken6|/plugins/)[^/]*')
  [[ -z "$outside" ]] || fail "Qt libraries or plugins were read from outside the build: $outside"
fi

step "passed ($program; $(du -sh "$build" | cut -f1))"
