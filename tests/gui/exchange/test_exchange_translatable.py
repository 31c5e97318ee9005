"""The exchange dialogs in the pseudo-locale (issue 14 item 1): every title, label, button and
status sentence comes from the catalogue; names, references and fingerprints are shown as
they are, inside the translated sentence that carries them."""

from __future__ import annotations

from pathlib import Path

from casebook.gui.exchange.conflicts_view import ConflictsView
from casebook.gui.exchange.identities_dialog import IdentitiesDialog, VerifyDialog
from casebook.gui.exchange.review_panel import ReviewPanel
from casebook.gui.exchange.supervisor_access_dialog import SupervisorAccessDialog

# pseudo and desks are fixtures, taken by name (request.getfixturevalue).
from ..test_translation import OPEN, escaped, pseudo  # noqa: F401
from .test_exchange_dialogs import (  # noqa: F401
    _case_id,
    _check,
    _import,
    _incident,
    _introduce,
    _send,
    desks,
)


def test_exchange_dialogs_in_the_pseudo_locale(qtbot, request, tmp_path: Path, messages):
    request.getfixturevalue("pseudo")
    noy, sara = request.getfixturevalue("desks")
    _introduce(sara, noy, verify=True)
    _introduce(noy, sara, verify=False)
    data = {noy.fingerprint, sara.fingerprint}
    data |= {" ".join(f.split()[:4]) for f in data} | {" ".join(f.split()[4:]) for f in data}
    found: list[str] = []

    def look(widget, extra: set[str] = frozenset()) -> None:
        qtbot.addWidget(widget)
        widget.show()
        found.extend(f"[{type(widget).__name__}] {e}" for e in escaped(widget, data | extra))

    sent = _send(qtbot, noy, "Sara", tmp_path / "p1.cbpkg")
    look(sent)
    assert sent.status.text().startswith(OPEN)
    preview = _check(qtbot, sara, tmp_path / "p1.cbpkg")
    look(preview)  # an unverified sender: the warning and the confirmation show
    assert preview.warning.text().startswith(OPEN) and preview.sender.text().startswith(OPEN)
    preview.accept_unverified.setChecked(True)
    _import(qtbot, preview)
    assert preview.status.text().startswith(OPEN)
    assert all(preview.changes.item(i).text().startswith(OPEN) for i in range(2))

    identities = IdentitiesDialog(sara.ws)
    look(identities)
    look(VerifyDialog(identities.rows[0], identities.own_fingerprint))

    noy.ws.set_field("incident", _incident(noy.ws).id, "description", "At dawn, 40 soldiers.")
    sara.ws.set_field("incident", _incident(sara.ws).id, "description", "Before sunrise.")
    _send(qtbot, noy, "Sara", tmp_path / "p2.cbpkg", since_last=True)
    second = _check(qtbot, sara, tmp_path / "p2.cbpkg")
    second.accept_unverified.setChecked(True)
    _import(qtbot, second)
    conflicts = ConflictsView(sara.ws)
    # The title is the record's kind and id with the core's reason (core texts stay English).
    look(conflicts, {conflicts.title.text()})
    assert conflicts.resolve_current("local") and conflicts.status.text().startswith(OPEN)

    review = ReviewPanel(sara.ws, _case_id(sara.ws))
    assert review.set_status("approved")
    look(review)
    assert review.signoff.text().startswith(OPEN)
    look(SupervisorAccessDialog(noy.ws))
    assert not messages, messages
    assert not found, "\n".join(found)
