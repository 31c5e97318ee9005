"""Regenerate the states of resources/recipients/recipients.json from Debian's iso-codes.

Casebook ships the generated file, so the app never needs iso-codes at run time. Run this
when a newer iso-codes is installed (``apt-get install iso-codes``), review the diff, and
commit it; the named bodies in the file are kept as they are (they are edited by hand).

    python3 scripts/make_recipients_list.py [/usr/share/iso-codes/json/iso_3166-1.json]
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SOURCE = Path("/usr/share/iso-codes/json/iso_3166-1.json")
TARGET = Path(__file__).resolve().parents[1] / "resources" / "recipients" / "recipients.json"


def iso_codes_version() -> str:
    """The installed Debian package's version, cited in the file."""
    out = subprocess.run(
        ["dpkg-query", "-W", "-f=${Version}", "iso-codes"],
        capture_output=True,
        text=True,
        check=True,
    )
    return out.stdout.strip()


def states(source: Path) -> list[dict[str, object]]:
    entries = json.loads(source.read_text(encoding="utf-8"))["3166-1"]
    out = []
    for entry in sorted(entries, key=lambda e: e["alpha_2"]):
        aliases = [entry["alpha_3"]]
        for key in ("common_name", "official_name"):
            value = entry.get(key)
            if value and value != entry["name"] and value not in aliases:
                aliases.append(value)
        out.append({"code": entry["alpha_2"], "name": entry["name"], "aliases": aliases})
    return out


def main(argv: list[str]) -> int:
    source = Path(argv[1]) if len(argv) > 1 else SOURCE
    data = json.loads(TARGET.read_text(encoding="utf-8"))
    version = iso_codes_version()
    data["states_source"] = {
        "standard": "ISO 3166-1 alpha-2 codes with their English short names",
        "taken_from": f"Debian package iso-codes {version}, file json/iso_3166-1.json",
        "project": "https://salsa.debian.org/iso-codes-team/iso-codes",
        "aliases": "alpha-3 code, and the common_name and official_name fields of that file",
    }
    data["states"] = states(source)
    TARGET.write_text(json.dumps(data, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{len(data['states'])} states from iso-codes {version} written to {TARGET}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
