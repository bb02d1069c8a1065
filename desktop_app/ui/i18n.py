"""Languages: Bahasa Indonesia (the source language of every text) and English (a Qt translation).

`python -m desktop_app.ui.i18n update` refreshes `resources/translations/pintu_en.ts` from the code
(pyside6-lupdate); `python -m desktop_app.ui.i18n compile` builds the shipped `.qm` (pyside6-lrelease).
Switching language installs or removes the translator; Qt then sends every widget a LanguageChange
event, and each page re-reads its texts.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, QTranslator

from desktop_app.core.resources import resource_path
from desktop_app.storage.location import data_dir

LANGUAGES: dict[str, str] = {"id": "Bahasa Indonesia", "en": "English"}
DEFAULT_LANGUAGE = "id"
SETTINGS_ENV = "PINTU_SETTINGS"
TS_FILE = "pintu_en.ts"

_installed: list[QTranslator] = []
_active = DEFAULT_LANGUAGE


def settings() -> QSettings:
    """This laptop's preferences (language, last folders): an INI file in the data folder."""
    path = os.environ.get(SETTINGS_ENV) or str(data_dir() / "pintu.ini")
    return QSettings(path, QSettings.Format.IniFormat)


def current_language() -> str:
    value = str(settings().value("language", DEFAULT_LANGUAGE))
    return value if value in LANGUAGES else DEFAULT_LANGUAGE


def active_language() -> str:
    """The language the running application shows now (set by `apply_language`)."""
    return _active


def set_language(code: str) -> None:
    """Remember the choice and switch the running application to it."""
    store = settings()
    store.setValue("language", code)
    store.sync()
    apply_language(code)


def apply_language(code: str) -> bool:
    """Install the translators for `code`; False if its translation file is missing (Indonesian stays)."""
    global _active
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    ok = code == "en" and _install(str(resource_path("translations", "pintu_en.qm")))
    if ok:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedStates))
        _active = "en"
    else:
        QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
        ok = code != "en"
        _active = DEFAULT_LANGUAGE
        # Qt's own dialogs (buttons of message boxes, file dialogs) in Indonesian where Qt ships it.
        _install(str(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)) / "qtbase_id.qm"))
    if app is not None:  # installing sends LanguageChange; removing alone (back to id) must be announced
        QCoreApplication.sendEvent(app, QEvent(QEvent.Type.LanguageChange))
    return ok


def _install(path: str) -> bool:
    app = QCoreApplication.instance()
    translator = QTranslator(app)
    if not Path(path).exists() or not translator.load(path) or app is None:
        return False
    app.installTranslator(translator)
    _installed.append(translator)
    return True


def _sources() -> list[str]:
    package = Path(__file__).resolve().parents[1]
    files = sorted(str(p) for p in (package / "ui").rglob("*.py"))
    return [*files, str(package / "app.py")]


def update_ts() -> int:
    """Extract every tr()/translate()/QT_TRANSLATE_NOOP text into the English .ts (keeps translations)."""
    target = resource_path("translations", TS_FILE)
    command = ["pyside6-lupdate", *_sources(), "-source-language", "id_ID", "-target-language", "en_US",
               "-no-obsolete", "-ts", str(target)]
    import subprocess  # here: the app imports this module at every start, and needs no subprocess then

    return subprocess.call(command)


def compile_qm() -> int:
    source = resource_path("translations", TS_FILE)
    import subprocess

    return subprocess.call(["pyside6-lrelease", str(source), "-qm", str(source.with_suffix(".qm"))])


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else ""
    if action == "update":
        sys.exit(update_ts())
    if action == "compile":
        sys.exit(compile_qm())
    print("usage: python -m desktop_app.ui.i18n update|compile", file=sys.stderr)
    sys.exit(2)


def fill(text: str, *values: str) -> str:
    """Put values into a translated text's %1, %2, ... in one pass (a name holding "%2" stays as typed)."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 0 < number <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, text)
