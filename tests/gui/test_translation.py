"""The interface in other languages (issue 14 item 1).

(a) A catalogue marked complete in resources/i18n/languages.json holds exactly the messages
    of the current sources (pyside6-lupdate run afresh into a temporary folder), each with a
    finished translation that keeps the source's placeholders ({name} fields, %n).
(b) Pseudo-locale walk: every screen is built with a translator that wraps each translated
    string as ⟦…⟧; any visible text without ⟦ escaped tr(). Only data the test itself made
    (titles, names, numbers, paths) is allowed through, listed in DATA below.
(c) Arabic lays the interface out right to left. (d) English stays the default, unchanged.
"""

from __future__ import annotations

import importlib.util
import json
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import ClassVar

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QDialog,
    QFileDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenu,
    QTabWidget,
    QWidget,
)

from casebook.core.store.casebook import Casebook
from casebook.gui.shared import translation
from casebook.gui.shared.bidi_text import FSI, PDI
from casebook.gui.shared.preferences import Preferences, PreferencesDialog

ROOT = Path(__file__).resolve().parents[2]
I18N = ROOT / "resources" / "i18n"
PASSPHRASE = "correct horse battery staple ຂ້ອຍ"
OPEN, CLOSE = translation.PSEUDO_OPEN, translation.PSEUDO_CLOSE


def _module(path: Path, name: str):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up
    spec.loader.exec_module(module)
    return module


add_material = _module(Path(__file__).parent / "analysis_material.py", "tr_material").add_material

# -- (a) catalogues ------------------------------------------------------------------------------

PLACEHOLDER = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*\}|%n")


def lupdate(target: Path, language: str) -> None:
    sources = sorted(str(p) for p in (ROOT / "casebook" / "gui").rglob("*.py"))
    core = target.with_name("core_phrases.py")  # the core's templates, as the script finds them
    subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "core-phrases"), str(core)],
        check=True,
        timeout=120,
    )
    sources.append(str(core))
    subprocess.run(
        [
            "pyside6-lupdate", "-silent", "-no-obsolete", "-locations", "none",
            "-target-language", language, *sources, "-ts", str(target),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )  # fmt: skip


def messages(ts_file: Path) -> dict[tuple[str, str, str], ET.Element]:
    """(context, source, disambiguation) → <message>, without vanished/obsolete ones."""
    found = {}
    for context in ET.parse(ts_file).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation_ = message.find("translation")
            if translation_ is not None and translation_.get("type") in ("vanished", "obsolete"):
                continue
            key = (name, message.findtext("source") or "", message.findtext("comment") or "")
            found[key] = message
    return found


def catalogue_problems(committed: Path, fresh: Path) -> list[str]:
    """Everything that makes ``committed`` not a complete catalogue of the sources in ``fresh``."""
    have, want = messages(committed), messages(fresh)
    problems = [f"missing: {k[0]}: {k[1]!r}" for k in want.keys() - have.keys()]
    problems += [f"not in the sources: {k[0]}: {k[1]!r}" for k in have.keys() - want.keys()]
    for key in want.keys() & have.keys():
        message = have[key]
        translated = message.find("translation")
        forms = translated.findall("numerusform") if translated is not None else []
        texts = [f.text or "" for f in forms] if forms else [translated.text or ""]
        if translated.get("type") == "unfinished" or not all(t.strip() for t in texts):
            problems.append(f"unfinished: {key[0]}: {key[1]!r}")
            continue
        source_fields = sorted(PLACEHOLDER.findall(key[1]))
        for text in texts:
            fields = PLACEHOLDER.findall(text)
            wanted = [f for f in source_fields if f != "%n"]
            if sorted(f for f in fields if f != "%n") != wanted or (
                "%n" in source_fields and message.get("numerus") == "yes" and "%n" not in fields
            ):
                problems.append(f"placeholders differ: {key[0]}: {key[1]!r} → {text!r}")
    return problems


def _declared() -> list[dict]:
    return json.loads((I18N / "languages.json").read_text(encoding="utf-8"))["languages"]


COMPLETE = [lang["code"] for lang in _declared() if lang.get("complete")]


def test_every_declared_language_has_a_catalogue_and_a_draft_status() -> None:
    declared = _declared()
    assert {lang["code"] for lang in declared} >= {"lo", "my", "th", "km", "fr", "ar"}
    for lang in declared:
        assert (I18N / f"casebook_{lang['code']}.ts").is_file(), lang["code"]
        assert lang["endonym"] and lang["english"] and lang["direction"] in ("ltr", "rtl")
        assert "needs review by a native speaker" in lang["status"], lang["code"]
    assert next(lang for lang in declared if lang["code"] == "ar")["direction"] == "rtl"


def test_only_complete_catalogues_are_offered() -> None:
    offered = {lang.code for lang in translation.offered_languages()}
    assert offered == {
        code
        for code in COMPLETE
        if translation.unfinished_messages(I18N / f"casebook_{code}.ts") == 0
    }
    for lang in translation.languages():
        if not lang.complete:
            assert lang.code not in offered


@pytest.mark.parametrize("code", COMPLETE or [pytest.param("none", marks=pytest.mark.skip)])
def test_complete_catalogue_matches_the_sources(code: str, tmp_path: Path) -> None:
    fresh = tmp_path / f"casebook_{code}.ts"
    lupdate(fresh, code)
    problems = catalogue_problems(I18N / f"casebook_{code}.ts", fresh)
    assert not problems, f"{len(problems)} problems in casebook_{code}.ts:\n" + "\n".join(
        problems[:40]
    )


def test_the_catalogue_check_finds_what_is_wrong(tmp_path: Path) -> None:
    """The check above on a made-up catalogue: it must see each kind of fault."""
    source = tmp_path / "screen.py"
    source.write_text(
        "from PySide6.QtWidgets import QWidget\n"
        "class Screen(QWidget):\n"
        "    def texts(self, n):\n"
        '        return [self.tr("Saved {count} items to {path}"), self.tr("Close"),\n'
        '                self.tr("%n file(s)", "", n), self.tr("New")]\n',
        encoding="utf-8",
    )
    fresh = tmp_path / "fresh.ts"
    subprocess.run(
        ["pyside6-lupdate", "-silent", "-locations", "none", str(source), "-ts", str(fresh)],
        check=True,
        timeout=120,
    )
    committed = tmp_path / "committed.ts"
    text = fresh.read_text(encoding="utf-8")
    done = {"Saved {count} items to {path}": "Enregistré {count} éléments", "Close": "Fermer"}
    for english, french in done.items():
        text = text.replace(
            f'<source>{english}</source>\n        <translation type="unfinished"></translation>',
            f"<source>{english}</source>\n        <translation>{french}</translation>",
        )
    text = text.replace("<source>New</source>", "<source>Old</source>")
    committed.write_text(text, encoding="utf-8")
    problems = "\n".join(catalogue_problems(committed, fresh))
    assert "placeholders differ: Screen: 'Saved {count} items to {path}'" in problems
    assert "unfinished: Screen: '%n file(s)'" in problems
    assert "missing: Screen: 'New'" in problems and "not in the sources: Screen: 'Old'" in problems
    assert "Close" not in problems


# -- compiling at run time ------------------------------------------------------------------------


def test_a_catalogue_is_compiled_into_the_cache_and_used(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> None:
    """``pip install -e . && casebook`` has no .qm: it is made from the .ts on first use."""
    folder = tmp_path / "i18n"
    folder.mkdir()
    ts = (I18N / "casebook_fr.ts").read_text(encoding="utf-8")
    assert "<source>Preferences</source>" in ts
    ts = re.sub(
        r"(<name>PreferencesDialog</name>.*?<source>Preferences</source>\s*)"
        r'<translation type="unfinished"></translation>',
        r"\1<translation>Préférences</translation>",
        ts,
        count=1,
        flags=re.S,
    )
    (folder / "casebook_fr.ts").write_text(ts, encoding="utf-8")
    monkeypatch.setattr(translation, "i18n_dir", lambda: folder)
    monkeypatch.setenv(translation.CACHE_ENVIRONMENT, str(tmp_path / "cache"))
    qm = translation.compiled_catalogue("fr")
    assert qm == tmp_path / "cache" / "i18n" / "casebook_fr.qm"
    made = qm.stat().st_mtime_ns
    assert translation.compiled_catalogue("fr") == qm and qm.stat().st_mtime_ns == made
    loaded = QTranslator()
    assert loaded.load(str(qm))
    assert loaded.translate("PreferencesDialog", "Preferences") == "Préférences"
    assert not (folder / "casebook_fr.qm").exists()  # nothing written beside the sources


# -- choosing the language, (c) right to left, (d) English ----------------------------------


@pytest.fixture
def clean_language(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.delenv(translation.ENVIRONMENT, raising=False)
    direction = qapp.layoutDirection()
    yield
    translation.uninstall(qapp)
    qapp.setLayoutDirection(direction)


def _system(monkeypatch: pytest.MonkeyPatch, name: str) -> None:
    class System(QLocale):
        @staticmethod
        def system() -> QLocale:
            return QLocale(name)

    monkeypatch.setattr(translation, "QLocale", System)


def _offer(monkeypatch: pytest.MonkeyPatch, *codes: str) -> None:
    offered = [lang for lang in translation.languages() if lang.code in codes]
    monkeypatch.setattr(translation, "offered_languages", lambda: offered)


def test_english_is_the_default_and_unchanged(
    qapp: QApplication, clean_language, monkeypatch: pytest.MonkeyPatch, prefs: Preferences
) -> None:
    _system(monkeypatch, "en_US")
    assert prefs.ui_language == ""
    assert translation.install(qapp, prefs.ui_language) == "en"
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight
    dialog = PreferencesDialog(prefs)
    assert dialog.windowTitle() == "Preferences"
    assert QCoreApplication.translate("QPlatformTheme", "OK") == "OK"
    assert dialog.ui_language.itemText(0) == "System default"
    dialog.deleteLater()


def test_system_language_is_used_only_when_its_catalogue_is_complete(
    clean_language, monkeypatch: pytest.MonkeyPatch
) -> None:
    _system(monkeypatch, "lo_LA")
    _offer(monkeypatch)
    assert translation.choose("") == "en"  # Lao not complete: English, not half-Lao
    _offer(monkeypatch, "lo")
    assert translation.choose("") == "lo"
    assert translation.choose("fr") == "lo"  # a stale choice of a language no longer offered


def test_arabic_lays_the_interface_out_right_to_left(
    qapp: QApplication, clean_language, monkeypatch: pytest.MonkeyPatch, prefs: Preferences
) -> None:
    _system(monkeypatch, "en_US")
    _offer(monkeypatch, "ar")
    prefs.ui_language = "ar"
    assert translation.install(qapp, prefs.ui_language) == "ar"
    assert qapp.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") != "Cancel"  # qtbase_ar.qm
    dialog = PreferencesDialog(prefs)
    assert dialog.isRightToLeft()
    dialog.deleteLater()
    translation.uninstall(qapp)
    assert qapp.layoutDirection() == Qt.LayoutDirection.LeftToRight


def test_the_language_chosen_in_preferences_is_stored(prefs: Preferences, monkeypatch) -> None:
    _offer(monkeypatch, "fr")
    dialog = PreferencesDialog(prefs)
    index = dialog.ui_language.findData("fr")
    assert dialog.ui_language.itemText(index) == "Français (French)"
    dialog.ui_language.setCurrentIndex(index)
    dialog.accept()
    assert Preferences(prefs._s).ui_language == "fr"


# -- (b) the pseudo-locale walk ----------------------------------------------------------

# Data the test made, shown as it is: never translated.
DATA = {
    "Attack on Ban Nong", "LA-2024-001", "Noy", "field-book", "Burned houses",
    "Expulsion from Ban Nakham", "Checkpoint shooting", "Looting of the market", "Captain",
    "ບ້ານນາຄຳ", "Xiangkhouang", "burned-houses.jpg", "DE", "lo", "ລາວ",
    "XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX",  # the recovery key's shape (placeholder)
}  # fmt: skip
LETTER = re.compile(r"[^\W\d_]")


def _allowed(text: str, extra: set[str]) -> bool:
    plain = text.replace(FSI, "").replace(PDI, "").replace("&", "").strip()
    if not plain or OPEN in plain or not LETTER.search(plain):
        return True  # translated, or no words at all (numbers, ↑, ✕, dates)
    if plain in DATA or plain in extra or any(plain.startswith(d) for d in extra if len(d) > 3):
        return True
    if re.fullmatch(r"[0-9A-F]{4}( ?\s[0-9A-F]{4})+", plain):
        return True  # a key's fingerprint
    return bool(re.fullmatch(r"[\w./\\:-]+\.(jpg|png|pdf|ts)|/.*", plain))  # file names, paths


def visible_texts(root: QWidget) -> list[tuple[str, str]]:
    """(where, text) of everything a user reads in ``root`` (and its menus)."""
    found = [("window title", root.windowTitle())] if root.isWindow() else []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() and not isinstance(widget, QMenu):
            continue
        name = f"{type(widget).__name__} {widget.objectName()!r}"
        if (isinstance(widget, QLabel) and widget.pixmap().isNull()) or isinstance(
            widget, QAbstractButton
        ):
            found.append((name, widget.text()))
        elif isinstance(widget, QGroupBox):
            found.append((name, widget.title()))
        elif isinstance(widget, QLineEdit):
            found.append((name + " placeholder", widget.placeholderText()))
        elif isinstance(widget, QTabWidget):
            found += [(name + " tab", widget.tabText(i)) for i in range(widget.count())]
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            header = getattr(widget, "horizontalHeader", getattr(widget, "header", None))
            if header is not None and header() is not None and not header().isHidden():
                found += [
                    (name + " header", str(model.headerData(i, Qt.Orientation.Horizontal) or ""))
                    for i in range(model.columnCount())
                ]
    if isinstance(root, QMainWindow):
        for menu_action in root.menuBar().actions():
            found.append(("menu", menu_action.text()))
            menu = menu_action.menu()
            for action in menu.actions() if menu is not None else []:
                if not action.isSeparator():
                    found.append((f"menu item of {menu_action.text()}", action.text()))
    return found


def escaped(root: QWidget, extra: set[str] = frozenset()) -> list[str]:
    return sorted(
        {f"{where}: {text!r}" for where, text in visible_texts(root) if not _allowed(text, extra)}
    )


@pytest.fixture
def pseudo(qapp: QApplication, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv(translation.ENVIRONMENT, translation.PSEUDO)
    assert translation.install(qapp, None) == translation.PSEUDO
    yield
    translation.uninstall(qapp)


def test_pseudo_locale_wraps_and_keeps_placeholders(pseudo) -> None:
    assert QCoreApplication.translate("X", "Saved {count} items") == "⟦Saved {count} items⟧"
    assert QCoreApplication.translate("X", "%n file(s)", "", 3) == "⟦3 file(s)⟧"
    assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "⟦Cancel⟧"


def test_start_screens_in_the_pseudo_locale(qtbot, pseudo, prefs, casebook_folder) -> None:
    from casebook.gui.start.create_dialog import CreateDialog
    from casebook.gui.start.start_window import StartWindow
    from casebook.gui.start.unlock_dialog import UnlockDialog

    prefs.remember_recent = True
    prefs.add_recent(str(casebook_folder))
    found = []
    for make in (
        lambda: StartWindow(prefs),
        lambda: UnlockDialog(casebook_folder),
        lambda: CreateDialog(location=casebook_folder.parent),
        lambda: PreferencesDialog(prefs),
    ):
        widget = make()
        qtbot.addWidget(widget)
        widget.show()
        found += escaped(widget, {str(casebook_folder), str(casebook_folder.parent)})
        if isinstance(widget, QDialog):
            widget.reject()
    assert not found, "\n".join(found)


def test_the_app_installs_the_language_before_its_first_window(
    qtbot, qapp: QApplication, monkeypatch: pytest.MonkeyPatch, prefs: Preferences
) -> None:
    from casebook.gui import app as app_module

    monkeypatch.setenv(translation.ENVIRONMENT, translation.PSEUDO)
    monkeypatch.setattr(app_module, "preload", lambda: None)
    monkeypatch.setattr(app_module, "Preferences", lambda: prefs)  # not the user's settings
    names = qapp.applicationName(), qapp.organizationName(), qapp.applicationDisplayName()
    try:
        _qt, app = app_module.build([])
        qtbot.addWidget(app.start)
        assert app.start.windowTitle() == "⟦Casebook⟧"
        assert not escaped(app.start)
    finally:
        translation.uninstall(qapp)
        qapp.setApplicationName(names[0])  # build() names the app as a real run does
        qapp.setOrganizationName(names[1])
        qapp.setApplicationDisplayName(names[2])


def test_recovery_key_page_and_locked_window_in_the_pseudo_locale(qtbot, pseudo_window) -> None:
    from casebook.gui.shared.recovery_key_page import RecoveryKeyPage

    page = RecoveryKeyPage()
    qtbot.addWidget(page)
    page.show_key("ABCD-EFGH")
    page.show()
    found = escaped(page, {"ABCD-EFGH"})
    window, _material = pseudo_window
    window.lock()
    QApplication.processEvents()
    found += escaped(window, {window.folder.name})
    assert not found, "\n".join(found)


@pytest.fixture
def pseudo_window(qtbot, pseudo, prefs: Preferences, casebook_folder: Path, tmp_path: Path):
    from casebook.gui.main_window import MainWindow

    book = Casebook.open(casebook_folder, PASSPHRASE)
    window = MainWindow(prefs, book)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    material = add_material(window, tmp_path)
    yield window, material
    window.close()


def _top_levels() -> set[QWidget]:
    return {w for w in QApplication.topLevelWidgets() if w.isVisible()}


def test_main_window_screens_in_the_pseudo_locale(pseudo_window) -> None:
    window, material = pseudo_window
    from casebook.gui.records.navigator_model import SECTIONS

    places = [
        ("case", material.case_id),
        ("testimony", material.testimony_id),
        ("incident", material.range_incident_id),
        ("incident", material.undated_incident_id),
        ("person", material.perpetrator_id),
        ("evidence", material.photo_id),
        *[(f"section:{s.key}", "") for s in SECTIONS],
    ]
    found: list[str] = []
    for kind, record_id in places:
        window.navigate_to(kind, record_id, case_id=material.case_id)
        QApplication.processEvents()
        found += [f"[{kind}] {e}" for e in escaped(window)]
    about = window.about_text().splitlines()
    found += [f"[about] {line!r}" for line in about if line and OPEN not in line]
    assert not found, f"{len(found)} strings escape translation:\n" + "\n".join(
        dict.fromkeys(found)
    )


def test_every_dialog_of_the_menus_in_the_pseudo_locale(
    pseudo_window, messages, monkeypatch: pytest.MonkeyPatch
) -> None:
    window, material = pseudo_window
    for name in ("getOpenFileNames", "getOpenFileName", "getSaveFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *_a, **_k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *_a, **_k: ""))
    skip = {"lockAction", "quitAction", "undoAction", "redoAction", "refreshAction",
            "show_navigatorAction"}  # fmt: skip
    found: list[str] = []
    opened: list[str] = []
    for menu_action in window.menuBar().actions():
        for action in menu_action.menu().actions():
            if action.isSeparator() or action.objectName() in skip or not action.isEnabled():
                continue
            window.navigate_to("section:charges", "", case_id=material.case_id)
            before = _top_levels()
            action.trigger()
            QApplication.processEvents()
            for widget in _top_levels() - before:
                opened.append(widget.objectName() or type(widget).__name__)
                found += [f"[{action.objectName() or action.text()}] {e}" for e in escaped(widget)]
                if isinstance(widget, QDialog):
                    widget.reject()
                else:
                    widget.close()
            QApplication.processEvents()
    # Dialogs opened from the screens rather than the menus.
    for name, open_it in (
        ("charge", lambda: window.view.charges_page.new_charge()),
        ("tag", lambda: window.view.incident_editor.tags.open_tag_dialog()),
    ):
        window.navigate_to("section:charges", "", case_id=material.case_id)
        if name == "tag":
            window.navigate_to("incident", material.range_incident_id)
        before = _top_levels()
        open_it()
        QApplication.processEvents()
        for widget in _top_levels() - before:
            opened.append(widget.objectName() or type(widget).__name__)
            found += [f"[{name}] {e}" for e in escaped(widget)]
            widget.close()
    shown = [m for m in messages if OPEN not in m.title or OPEN not in m.text]
    found += [f"[message box] {m.title!r}: {m.text!r}" for m in shown]
    assert {"preferencesDialog", "changePassphraseDialog", "newRecoveryKeyDialog", "verifyWindow",
            "userGuide", "tagDialog", "chargeDialog"} <= {*opened}, opened  # fmt: skip
    assert not found, f"{len(found)} strings escape translation:\n" + "\n".join(
        dict.fromkeys(found)
    )


def test_shutil_finds_the_translation_tools() -> None:
    """The tools the scripts and the run-time compile use come with the PySide6 wheel."""
    assert shutil.which("pyside6-lupdate") and translation.lrelease_command()


@pytest.mark.parametrize(
    ("menu_text", "button"),
    [
        ("ປິດ (&Q)", "ປິດ"),  # Lao, Burmese, Thai, Khmer: the key after the word
        ("نعم(&Y)", "نعم"),
        ("&New case…", "New case"),
        ("É&change", "Échange"),
        ("Save && close", "Save & close"),
        ("Lock", "Lock"),
    ],
)
def test_toolbar_buttons_show_no_access_key(menu_text: str, button: str) -> None:
    from casebook.gui.shared.window_actions import toolbar_text

    assert toolbar_text(menu_text) == button


def test_every_count_the_verify_report_names_is_translatable(book) -> None:
    """The verify window translates what the core says it checked; a new kind of check in
    casebook.verification must be added to its table, or it would show in English."""
    from casebook.core.verification import verify_casebook
    from casebook.gui.start.maintenance import CHECKED

    checked = verify_casebook(book).checked
    assert "stored files" in checked and "audit entries" in checked
    assert set(checked) <= CHECKED, set(checked) - CHECKED


@pytest.mark.parametrize("code", ["lo", "my", "th", "km"])
def test_standard_buttons_are_translated_where_qt_has_no_catalogue(
    qapp: QApplication, clean_language, monkeypatch: pytest.MonkeyPatch, code: str
) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    _system(monkeypatch, "en_US")
    _offer(monkeypatch, code)
    assert translation.install(qapp, code) == code
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    texts = {button.text() for button in box.buttons()}
    assert texts and texts.isdisjoint({"OK", "Cancel", "&OK", "&Cancel"}), texts
    box.deleteLater()


class _CoreTranslator(QTranslator):
    """A catalogue of two core sentences: one well made, one whose fields do not fit."""

    TEXTS: ClassVar[dict[str, str]] = {
        "Exhibits: {count}, status {status}.": "Pièces : {count}, statut {status}.",
        "withheld": "retenu",
        "No testimony {ref}.": "Aucun témoignage {wrong}.",
    }

    def translate(self, context, source, disambiguation=None, n=-1):  # type: ignore[override]
        return self.TEXTS.get(source) if context == "Casebook" else None

    def isEmpty(self) -> bool:
        return False


def test_core_sentences_are_shown_in_the_interface_language(qapp) -> None:
    from casebook.core.errors import NotFound
    from casebook.core.phrase import phrase
    from casebook.gui.shared.errors_dialog import user_message

    catalogue = _CoreTranslator()
    QCoreApplication.installTranslator(catalogue)
    try:
        sentence = phrase("Exhibits: {count}, status {status}.", count=3, status=phrase("withheld"))
        assert translation.phrase_text(sentence) == "Pièces : 3, statut retenu."
        # a translation whose fields do not fit falls back to English instead of failing
        assert user_message(NotFound("No testimony {ref}.", ref="W-1")) == "No testimony W-1."
        untranslated = phrase("Not in the catalogue {x}.", x=1)
        assert translation.phrase_text(untranslated) == "Not in the catalogue 1."
    finally:
        QCoreApplication.removeTranslator(catalogue)
    assert translation.phrase_text(sentence) == "Exhibits: 3, status withheld."


def test_a_citation_problem_is_shown_in_the_interface_language(
    qapp: QApplication, clean_language, monkeypatch: pytest.MonkeyPatch, book: Casebook
) -> None:
    """The sections editor and the export plan show what is wrong with a citation in the
    reader's language, from the shipped catalogue; the command line keeps the English."""
    from casebook.core.export.citations import case_citation_problems
    from casebook.core.records.cases import add_case

    with book.session() as session:
        case = add_case(session, "Case", "TR-1")
        (problem,) = case_citation_problems(session, case, "See [[exhibit:ffffffff]].")
    english = "[[exhibit:ffffffff]]: no evidence item of this case has this id; pick it again"
    assert str(problem) == translation.phrase_text(problem) == english
    _system(monkeypatch, "en_US")
    _offer(monkeypatch, "fr")
    assert translation.install(qapp, "fr") == "fr"
    assert translation.phrase_text(problem) == (
        "[[exhibit:ffffffff]]\u00a0: aucune pièce de cette affaire n'a cet identifiant\u00a0; "
        "choisissez-la de nouveau"
    )
    assert str(problem) == english


def test_numbers_and_sizes_follow_the_interface_language(qapp, prefs, monkeypatch) -> None:
    from casebook.gui.shared.bidi_text import data_size

    monkeypatch.setenv(translation.ENVIRONMENT, "fr")
    try:
        assert translation.install(qapp, None) == "fr"
        assert QLocale().name().startswith("fr")
        assert data_size(19456).strip("\u2068\u2069") == "19,0 ko"
    finally:
        translation.uninstall(qapp)
    assert QLocale().name() == QLocale.system().name()
