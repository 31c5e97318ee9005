"""Help ▸ User guide in an interface language, on a 1024×600 screen (issue 14, item 5).

Run from the repository root:
    python3 docs/screenshots/make_46-user-guide.py [lo my ...] [--out DIR]
One offscreen process per language (default: lo and my), each started with
``CASEBOOK_UI_LANGUAGE=<code>`` as a user would, with a casebook open so the guide lists every
shortcut. Images: 46-guide-<code>-top.png (the start) and 46-guide-<code>-end.png (the
shortcut table) in DIR (default: casebook-46 in the temporary folder). Exits with 1 if the
guide is not in that language or does not fit the screen.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from small_screen import PASSPHRASE, main, settle


def child(name: str, out: Path) -> int:
    os.environ.setdefault("CASEBOOK_DATA_DIR", tempfile.mkdtemp(prefix="casebook-46-data-"))

    from casebook.core.resource_paths import resource_path
    from casebook.core.store import kdf
    from casebook.core.store.casebook import Casebook
    from casebook.core.store.kdf import KdfParams
    from casebook.gui.app import build

    kdf.set_policy(KdfParams(memory_kib=8 * 1024, iterations=1, lanes=1))
    qt, app = build([sys.argv[0]])
    area = qt.primaryScreen().availableGeometry()

    tmp = Path(tempfile.mkdtemp(prefix="casebook-46-book-"))
    book, _key = Casebook.create(tmp / "border-interviews", PASSPHRASE, "Noy", "documenter")
    window = app.open_main(book)
    guide = window.show_guide()
    settle()
    problems = []
    heading = next(
        line[2:]
        for line in resource_path("guide", f"{name}.md").read_text(encoding="utf-8").splitlines()
        if line.startswith("# ")
    )
    if heading not in guide.plain_text() or guide.windowTitle() != heading:
        problems.append(f"the guide is not the {name} one")
    if guide.width() > area.width() or guide.height() > area.height():
        problems.append(f"{guide.width()}×{guide.height()} is larger than 1024×600")
    for part, value in (("top", 0), ("end", guide.text.verticalScrollBar().maximum())):
        guide.text.verticalScrollBar().setValue(value)
        settle()
        path = out / f"46-guide-{name}-{part}.png"
        guide.grab().save(str(path))
        print(f"{path.name}: {guide.width()}×{guide.height()}")
    guide.close()
    window.close()
    for problem in problems:
        print(f"46 {name}: {problem}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(
        main(
            __file__, sys.argv[1:], child, ["lo", "my"], Path(tempfile.gettempdir()) / "casebook-46"
        )
    )
