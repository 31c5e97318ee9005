"""The language of the interface: which one, its catalogue, Qt's own, and the layout direction.

``install(app, preferred)`` runs once, before any window is built (app.py): live
retranslation is not built, so a change in Preferences applies at the next start.

Choice: ``CASEBOOK_UI_LANGUAGE`` (any language of languages.json, drafts included, or
``pseudo``) › the Preferences value › the system's UI languages (``QLocale.system()``) when
Casebook offers one of them › English (the source strings, no catalogue).

Catalogues are kept as ``resources/i18n/casebook_<lang>.ts``; the compiled ``.qm`` is not
committed. A desktop build compiles it into ``resources/i18n`` (packaging/build.sh); a source
or pip install compiles it on first use, and again whenever the ``.ts`` is newer, into the
user's cache folder with ``lrelease`` from the PySide6 wheel (resources/i18n/README.md).

A language is *offered* (Preferences, system default) only when languages.json marks it
complete and every message of its catalogue has a finished translation.

The pseudo-locale wraps every translated string as ``⟦source⟧``: a screen walked in it shows
at once which text escapes ``tr()`` (tests/gui/test_translation.py).
"""

from __future__ import annotations

import json
import logging
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    Qt,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from casebook.core.phrase import CORE_CONTEXT, Phrase, fill
from casebook.core.resource_paths import resource_path

log = logging.getLogger(__name__)

ENVIRONMENT = "CASEBOOK_UI_LANGUAGE"
CACHE_ENVIRONMENT = "CASEBOOK_CACHE_DIR"  # tests, portable installs
PSEUDO = "pseudo"
PSEUDO_OPEN, PSEUDO_CLOSE = "⟦", "⟧"
ENGLISH = "en"
CATALOGUE_PREFIX = "casebook_"
# Qt's standard buttons, in the context Qt translates them in. Qt ships no catalogue for Lao,
# Burmese, Thai or Khmer, so Casebook's own catalogues carry these; for French and Arabic
# Qt's own qtbase catalogue, installed after Casebook's, is asked first.
STANDARD_BUTTONS = (
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
)


@dataclass(frozen=True)
class Language:
    """One interface language as languages.json declares it."""

    code: str
    endonym: str
    english: str
    direction: str  # "ltr" or "rtl"
    status: str
    complete: bool  # declared complete by its translator (checked by the tests)

    @property
    def right_to_left(self) -> bool:
        return self.direction == "rtl"


def i18n_dir() -> Path:
    return resource_path("i18n")


def catalogue_path(code: str) -> Path:
    return i18n_dir() / f"{CATALOGUE_PREFIX}{code}.ts"


def languages() -> list[Language]:
    """Every interface language with a catalogue, in the order of languages.json."""
    path = i18n_dir() / "languages.json"
    try:
        entries = json.loads(path.read_text(encoding="utf-8"))["languages"]
    except (OSError, ValueError, KeyError) as exc:
        log.warning("Interface languages unreadable (%s): English only", type(exc).__name__)
        return []
    return [
        Language(
            code=e["code"],
            endonym=e["endonym"],
            english=e["english"],
            direction=e.get("direction", "ltr"),
            status=e.get("status", ""),
            complete=bool(e.get("complete", False)),
        )
        for e in entries
    ]


def unfinished_messages(ts_file: Path) -> int:
    """How many messages of a catalogue lack a finished translation (-1: unreadable)."""
    try:
        root = ET.parse(ts_file).getroot()  # noqa: S314  (committed file, see above)
    except (OSError, ET.ParseError):
        return -1
    missing = 0
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "vanished"):
            missing += translation is None or translation.get("type") == "unfinished"
            continue
        forms = translation.findall("numerusform")
        texts = [f.text for f in forms] if forms else [translation.text]
        missing += not all(t and t.strip() for t in texts)
    return missing


def offered_languages() -> list[Language]:
    """The languages a user may choose: declared complete and with a complete catalogue."""
    return [
        lang
        for lang in languages()
        if lang.complete and unfinished_messages(catalogue_path(lang.code)) == 0
    ]


def choose(preferred: str | None) -> str:
    """The language code to use this run (``en`` means the source strings)."""
    forced = os.environ.get(ENVIRONMENT, "").strip()
    known = {lang.code for lang in languages()}
    if forced:
        if forced in known or forced in (PSEUDO, ENGLISH):
            return forced
        log.warning("%s names no interface language of Casebook; ignored", ENVIRONMENT)
    offered = {lang.code for lang in offered_languages()}
    if preferred in (PSEUDO, ENGLISH) or preferred in offered:
        return str(preferred)
    for name in QLocale.system().uiLanguages():  # e.g. "lo-LA", "fr", "my-MM"
        code = name.replace("_", "-").split("-")[0].lower()
        if code == ENGLISH:
            return ENGLISH
        if code in offered:
            return code
    return ENGLISH


class PseudoTranslator(QTranslator):
    """Wraps every source text as ⟦text⟧; Qt still fills %n and the code its {fields}."""

    def translate(  # type: ignore[override]
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return f"{PSEUDO_OPEN}{source}{PSEUDO_CLOSE}" if source else source

    def isEmpty(self) -> bool:
        return False


def cache_dir() -> Path:
    override = os.environ.get(CACHE_ENVIRONMENT)
    return Path(override) if override else Path(platformdirs.user_cache_dir("Casebook", False))


def lrelease_command() -> list[str] | None:
    """``lrelease`` of the PySide6 wheel (or ``pyside6-lrelease`` on the PATH)."""
    import PySide6

    wheel = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (wheel / name).is_file():
            return [str(wheel / name)]
    found = shutil.which("pyside6-lrelease")
    return [found] if found else None


def compiled_catalogue(code: str) -> Path | None:
    """A ``.qm`` no older than its ``.ts``: shipped beside it, or compiled into the cache."""
    source = catalogue_path(code)
    if not source.is_file():
        return None
    shipped = source.with_suffix(".qm")
    if shipped.is_file() and shipped.stat().st_mtime >= source.stat().st_mtime:
        return shipped
    cached = cache_dir() / "i18n" / shipped.name
    if cached.is_file() and cached.stat().st_mtime >= source.stat().st_mtime:
        return cached
    command = lrelease_command()
    if command is None:
        log.warning("lrelease not found: the interface stays in English")
        return None
    cached.parent.mkdir(parents=True, exist_ok=True)
    try:
        subprocess.run(
            [*command, "-silent", str(source), "-qm", str(cached)],
            check=True,
            capture_output=True,
            timeout=60,
        )
    except (OSError, subprocess.SubprocessError) as exc:
        log.warning("Catalogue %s not compiled (%s): English", code, type(exc).__name__)
        return None
    return cached if cached.is_file() else None


def install(app: QCoreApplication, preferred: str | None) -> str:
    """Install the translators for the chosen language; returns its code."""
    uninstall(app)  # a second call (tests, benchmarks) replaces the first
    code = choose(preferred)
    translators: list[QTranslator] = []
    if code == PSEUDO:
        translators.append(PseudoTranslator(app))
    elif code != ENGLISH:
        qm = compiled_catalogue(code)
        own = QTranslator(app)
        if qm is not None and own.load(str(qm)):
            translators.append(own)
        qt_own = QTranslator(app)  # standard buttons and dialogs: Qt's catalogue, if any
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt_own.load(f"qtbase_{code}", qt_dir):
            translators.append(qt_own)
    for translator in translators:
        QCoreApplication.installTranslator(translator)
    app.setProperty("casebookTranslators", translators)  # kept alive with the app
    app.setProperty("casebookUiLanguage", code)
    if code not in (ENGLISH, PSEUDO):  # numbers, sizes and dates follow the interface
        QLocale.setDefault(QLocale(code))
    if isinstance(app, QApplication) and is_right_to_left(code):
        app.setLayoutDirection(Qt.LayoutDirection.RightToLeft)  # else Qt's own (-reverse)
        app.setProperty("casebookSetRightToLeft", True)
    return code


def uninstall(app: QCoreApplication) -> None:
    """Remove what ``install`` put in place (tests switch languages in one process)."""
    for translator in app.property("casebookTranslators") or []:
        QCoreApplication.removeTranslator(translator)
    app.setProperty("casebookTranslators", [])
    app.setProperty("casebookUiLanguage", ENGLISH)
    QLocale.setDefault(QLocale.system())
    if isinstance(app, QApplication) and app.property("casebookSetRightToLeft"):
        app.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        app.setProperty("casebookSetRightToLeft", False)


def is_right_to_left(code: str) -> bool:
    for lang in languages():
        if lang.code == code:
            return lang.right_to_left
    if code in (PSEUDO, ENGLISH):
        return False
    return QLocale(code).textDirection() == Qt.LayoutDirection.RightToLeft


def phrase_text(value: Phrase | str) -> str:
    """A sentence of the core in the interface language (English when not translated).

    The template is looked up under the core's context and filled with the fields; a field
    that is itself a ``Phrase`` is translated first. A translation whose fields do not fit
    the template (a catalogue mistake) gives the English sentence rather than an error.
    """
    if not isinstance(value, Phrase):
        return value
    translated = QCoreApplication.translate(CORE_CONTEXT, value.template)
    try:
        return fill(translated, value.fields, _field_text)
    except (KeyError, IndexError, ValueError):
        log.warning("Translation of a core sentence does not fit its fields: English shown")
        return fill(value.template, value.fields, _field_text)


def _field_text(value: object) -> str:
    return phrase_text(value) if isinstance(value, Phrase) else str(value)


def current_language() -> str:
    app = QCoreApplication.instance()
    value = app.property("casebookUiLanguage") if app is not None else None
    return str(value) if value else ENGLISH
