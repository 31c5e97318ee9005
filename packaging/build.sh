#!/usr/bin/env bash
# Build the one-folder desktop app with PyInstaller and print where it is:
#   $CASEBOOK_BUILD_DIR/dist/casebook/casebook   (casebook.exe on Windows)
# CASEBOOK_BUILD_DIR defaults to ~/.cache/casebook-desktop-build, outside the clone, so CI on
# a fresh clone reuses the last build: it is rebuilt only when a stamp of its inputs (the
# sources, resources, migrations, the spec and the installed packages) changed.
# PyInstaller's own work folder is kept there too (a rebuild reuses its analysis).
set -euo pipefail
cd "$(dirname "$0")/.."
root=${CASEBOOK_BUILD_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/casebook-desktop-build}
dist="$root/dist"
mkdir -p "$root"
python=${PYTHON:-python3}  # Windows runners name it python
"$python" -m pip install --quiet --disable-pip-version-check "pyinstaller>=6.10,<7"
# The interface catalogues: .qm files are not committed, they are compiled here from the .ts
# sources (lrelease ships in the PySide6 wheel) and bundled with resources/ by the spec.
lrelease=$("$python" -c 'from casebook.gui.shared.translation import lrelease_command as c
print((c() or ["pyside6-lrelease"])[0])')
for ts in resources/i18n/casebook_*.ts; do
  "$lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
stamp_file="$dist/casebook.inputs"
stamp=$(
  "$python" - <<'PY'
import hashlib, subprocess, sys
from pathlib import Path
digest = hashlib.sha256(sys.version.encode())
frozen = subprocess.run([sys.executable, "-m", "pip", "freeze", "--disable-pip-version-check"],
                        capture_output=True, text=True).stdout
digest.update("".join(l for l in frozen.splitlines(True) if not l.startswith("-e ")).encode())
files = [Path("packaging/casebook.spec")]
for top in ("casebook", "resources", "migrations"):
    files += [p for p in Path(top).rglob("*") if p.is_file() and "__pycache__" not in p.parts]
for path in sorted(files):
    digest.update(path.as_posix().encode() + b"\0" + path.read_bytes())
print(digest.hexdigest())
PY
)
if [[ -x "$dist/casebook/casebook" || -x "$dist/casebook/casebook.exe" ]] \
  && [[ -f "$stamp_file" && "$(cat "$stamp_file")" == "$stamp" ]]; then
  echo "packaging/build.sh: up to date, not rebuilt: $dist/casebook" >&2
  echo "$dist/casebook"
  exit 0
fi
rm -f "$stamp_file"
start=$SECONDS
"$python" -m PyInstaller --noconfirm --log-level WARN \
  --distpath "$dist" --workpath "$root/work" packaging/casebook.spec >&2
echo "$stamp" >"$stamp_file"
echo "packaging/build.sh: built $dist/casebook in $((SECONDS - start)) s," \
  "$(du -sh "$dist/casebook" | cut -f1)" >&2
echo "$dist/casebook"
