"""Sentences of the exchange, interchange and export cores reach the GUI as templates (issue 14):
the catalogue finds them, and the GUI shows them in the interface language, details included;
str() stays the English sentence for the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, QTranslator

from casebook.core.errors import ImportRejected
from casebook.core.exchange.errors import PackageDamaged
from casebook.core.phrase import Phrase, phrase
from casebook.gui.shared.errors_dialog import user_message
from casebook.gui.shared.translation import phrase_text

ROOT = Path(__file__).resolve().parents[3]
DAMAGED = (
    "The package is damaged, incomplete or was altered ({detail}). Ask the sender for a new "
    "copy; nothing was imported."
)
BOTH_SIDES = "changed on both sides since the last common version"
ID_IN_USE = "{at}/id: this id is already in use"


class _Catalogue(QTranslator):
    TEXTS: ClassVar[dict[str, str]] = {
        DAMAGED: "Le paquet est endommagé ({detail}). Rien n'a été importé.",
        "it could not be decrypted": "il n'a pas pu être déchiffré",
        BOTH_SIDES: "modifié des deux côtés",
        ID_IN_USE: "{at}/id : cet identifiant est déjà pris",
    }

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        return self.TEXTS.get(source) if context == "Casebook" else None

    def isEmpty(self) -> bool:
        return False


def test_the_catalogue_finds_the_exchange_templates(tmp_path: Path) -> None:
    out = tmp_path / "core_phrases.py"
    subprocess.run([sys.executable, str(ROOT / "scripts/core-phrases"), str(out)], check=True)
    found = out.read_text(encoding="utf-8")
    for template in (*_Catalogue.TEXTS, "There is no package file at {path}. Check the path."):
        assert f'"Casebook", {json.dumps(template, ensure_ascii=False)})' in found, template


def test_exchange_sentences_in_the_interface_language(qapp) -> None:
    damaged = PackageDamaged(phrase("it could not be decrypted"))
    refused = ImportRejected(
        "The file cannot be imported as it is; nothing was imported:",
        [phrase(ID_IN_USE, at="/cases/0/tags/0"), "/format: a plain English line"],
    )
    english = str(refused)
    catalogue = _Catalogue()
    QCoreApplication.installTranslator(catalogue)
    try:
        assert user_message(damaged) == (
            "Le paquet est endommagé (il n'a pas pu être déchiffré). Rien n'a été importé."
        )
        # a merge conflict's reason is stored as English and looked up as a template
        assert phrase_text(Phrase(BOTH_SIDES)) == "modifié des deux côtés"
        shown = user_message(refused)
        assert "/cases/0/tags/0/id : cet identifiant est déjà pris" in shown
        assert "/format: a plain English line" in shown
    finally:
        QCoreApplication.removeTranslator(catalogue)
    assert str(damaged).startswith("The package is damaged, incomplete or was altered (it could")
    assert str(refused) == english and "/cases/0/tags/0/id: this id is already in use" in english
