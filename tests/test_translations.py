"""English is complete: every text in the code is in the .ts, translated, compiled, and shown.

Indonesian is the source language of every text; `resources/translations/pintu_en.ts` holds the English.
After adding or changing a text: `python -m desktop_app.ui.i18n update`, translate it in the .ts,
`python -m desktop_app.ui.i18n compile`.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import html
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QAbstractItemModel, QEvent, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QTabWidget,
    QWidget,
)

from desktop_app.core.resources import resource_path
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import i18n
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.participant_table_model import COLUMN_KEYS
from tests.conftest import make_record

TS = resource_path("translations", i18n.TS_FILE)
QM = TS.with_suffix(".qm")
Message = tuple[str, str]  # (context, Indonesian source)


def _messages(ts: Path) -> dict[Message, ET.Element]:
    root = ET.parse(ts).getroot()
    found: dict[Message, ET.Element] = {}
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


@pytest.fixture(scope="module")
def committed() -> dict[Message, ET.Element]:
    return _messages(TS)


def test_every_text_in_the_code_is_in_the_committed_ts(tmp_path: Path, committed: dict[Message, ET.Element]) -> None:
    fresh = tmp_path / TS.name
    shutil.copy(TS, fresh)
    command = [
        "pyside6-lupdate", *i18n._sources(), "-source-language", "id_ID", "-target-language", "en_US",
        "-no-obsolete", "-ts", str(fresh),
    ]
    result = subprocess.run(command, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    in_code = set(_messages(fresh))
    missing = sorted(in_code - set(committed))
    assert not missing, (
        "texts in the code that the .ts lacks (run `python -m desktop_app.ui.i18n update` and translate them):\n"
        + "\n".join(f"  [{context}] {source!r}" for context, source in missing)
    )
    unused = sorted(set(committed) - in_code)
    assert not unused, "texts in the .ts that the code no longer has (run the update): " + repr(unused[:10])


def test_every_message_has_a_finished_english_translation(committed: dict[Message, ET.Element]) -> None:
    assert len(committed) > 100
    unfinished = []
    for (context, source), message in committed.items():
        translation = message.find("translation")
        if message.get("numerus") == "yes":
            forms = [] if translation is None else [f.text or "" for f in translation.iter("numerusform")]
            text_ok = bool(forms) and all(form.strip() for form in forms)
        else:
            text_ok = translation is not None and bool((translation.text or "").strip())
        if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete") or not text_ok:
            unfinished.append(f"  [{context}] {source!r}")
    assert not unfinished, "untranslated messages:\n" + "\n".join(unfinished)


def test_placeholders_survive_translation(committed: dict[Message, ET.Element]) -> None:
    """A translation keeps every %1, %2 of its source (or the value would vanish or show as '%1')."""
    wrong = []
    for (context, source), message in committed.items():
        translation = message.findtext("translation") or ""
        if translation and sorted(re.findall(r"%\d", source)) != sorted(re.findall(r"%\d", translation)):
            wrong.append(f"  [{context}] {source!r} -> {translation!r}")
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_the_shipped_qm_is_compiled_from_the_committed_ts(tmp_path: Path) -> None:
    assert QM.exists(), "run `python -m desktop_app.ui.i18n compile`"
    fresh = tmp_path / QM.name
    result = subprocess.run(
        ["pyside6-lrelease", str(TS), "-qm", str(fresh)], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert fresh.read_bytes() == QM.read_bytes(), "the .qm is stale: run `python -m desktop_app.ui.i18n compile`"


# --- the running app ----------------------------------------------------------------------------------
@pytest.fixture
def window(
    qtbot: Any, workspace: Workspace, service: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    monkeypatch.setenv(i18n.SETTINGS_ENV, str(tmp_path / "pintu.ini"))
    for i in range(12):  # some rows, so the list shows categories, statuses and trainings
        service.register(make_record(i, category=("phk", "umum", "keluarga_buruh")[i % 3], former_employer="PR Abadi"))
    _delete_closed_windows()  # other tests' windows, whose workspaces are closed, must not hear the switch
    win = MainWindow(workspace)
    win.resize(1366, 768)
    win.show()
    qtbot.waitExposed(win)
    yield win
    i18n.apply_language("id")
    QApplication.processEvents()
    win.close()
    win.deleteLater()
    _delete_closed_windows()  # before the workspace closes


def _delete_closed_windows() -> None:
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def _switch(qtbot: Any, code: str) -> None:
    i18n.apply_language(code)
    assert i18n.active_language() == code
    QApplication.processEvents()  # LanguageChange is posted to each window
    qtbot.wait(10)


def _labels(widget: QWidget) -> set[str]:
    return {label.text() for label in widget.findChildren(QLabel) if label.text()}


def test_switching_to_english_and_back_changes_every_page(qtbot: Any, window: MainWindow) -> None:
    nav_id = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert nav_id[:2] == ["Pendaftaran", "Peserta"] and nav_id[-1] == "Pengaturan"
    form_id = _labels(window.registration_page)
    settings_id = _labels(window.settings_page)
    assert any("Nama lengkap" in text for text in form_id)
    assert "Bahasa tampilan" in settings_id
    title_id = window.windowTitle()

    _switch(qtbot, "en")
    nav_en = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert nav_en[:2] == ["Registration", "Participants"] and nav_en[-1] == "Settings"
    assert not set(nav_en) & set(nav_id)  # every page's name changed
    form_en = _labels(window.registration_page)
    assert any("Full name" in text for text in form_en)
    assert not any("Nama lengkap" in text for text in form_en)
    assert "Display language" in _labels(window.settings_page)
    assert "Bahasa tampilan" not in _labels(window.settings_page)
    assert window.count_label.text() == "12 participants"
    assert window.workspace_label.text().startswith("Workspace: ")

    _switch(qtbot, "id")
    assert [window.nav.item(row).text() for row in range(window.nav.count())] == nav_id
    assert _labels(window.registration_page) == form_id
    assert _labels(window.settings_page) == settings_id
    assert window.windowTitle() == title_id
    assert window.count_label.text() == "12 peserta"


def test_the_gender_column_says_the_letters_of_its_header(qtbot: Any, window: MainWindow) -> None:
    """L/P (laki-laki, perempuan) in Indonesian; M/F (male, female) in English: the cells as the header."""
    model = window.participants_page.model
    column = COLUMN_KEYS.index("gender")

    def cells() -> set[str]:
        return {model.index(row, column).data() for row in range(model.rowCount())}

    assert model.headerData(column, Qt.Orientation.Horizontal) == "L/P"
    assert cells() == {"L", "P"}
    _switch(qtbot, "en")
    assert model.headerData(column, Qt.Orientation.Horizontal) == "M/F"
    assert cells() == {"M", "F"}
    assert {model.index(row, column).data(Qt.ItemDataRole.ToolTipRole) for row in range(model.rowCount())} == {
        "Male", "Female"
    }
    _switch(qtbot, "id")
    assert cells() == {"L", "P"}


# --- nothing Indonesian left in the English window -----------------------------------------------------
def _patterns(committed: dict[Message, ET.Element], english: bool = False) -> list[tuple[re.Pattern[str], str]]:
    """A pattern per Indonesian source (or, with `english`, per translation) whose languages differ.

    %1 matches any value, so "2.000 peserta" is caught as "%1 peserta".
    """
    patterns = []
    for (_context, source), message in committed.items():
        translation = message.findtext("translation") or ""
        if translation == source or not translation:
            continue  # the same in both languages (NIK, RT, Status, ...)
        text = translation if english else source
        if len(re.findall(r"[A-Za-z]", re.sub(r"%\d", "", text))) < 3:
            continue  # "%1 · %2" and the like say nothing in either language
        pieces = re.split(r"(%\d)", text)
        regex = "".join(".+" if re.fullmatch(r"%\d", piece) else re.escape(piece) for piece in pieces)
        patterns.append((re.compile(regex, re.DOTALL), source))
    return patterns


def _model_texts(model: QAbstractItemModel | None) -> Iterator[str]:
    if model is None:
        return
    for column in range(model.columnCount()):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(), 30)):
        for column in range(model.columnCount()):
            yield str(model.index(row, column).data() or "")


def _visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for every text a person can read in `root` and its children (tooltips too)."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        where = f"{type(widget).__name__}#{widget.objectName() or '?'}"
        if widget.toolTip():
            yield where + " tooltip", widget.toolTip()
        if widget.isWindow() and widget.windowTitle():
            yield where + " title", widget.windowTitle()
        if isinstance(widget, (QLabel, QAbstractButton)):
            yield where, widget.text()
        elif isinstance(widget, QLineEdit):
            yield where + " placeholder", widget.placeholderText()
        elif isinstance(widget, QGroupBox):
            yield where, widget.title()
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield where + " tab", widget.tabText(index)
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield where + " item", widget.itemText(index)
        elif isinstance(widget, QListWidget):
            for row in range(widget.count()):
                yield where + " item", widget.item(row).text()
                yield where + " item tooltip", widget.item(row).toolTip()
        elif isinstance(widget, QAbstractItemView):
            for text in _model_texts(widget.model()):
                yield where + " cell", text


def _clean(text: str) -> str:
    text = html.unescape(text).replace("&&", "\0").replace("&", "").replace("\0", "&")
    return text.strip()


def _texts_matching(root: QWidget, patterns: list[tuple[re.Pattern[str], str]]) -> list[str]:
    left = []
    for where, raw in _visible_texts(root):
        text = _clean(raw)
        if not text:
            continue
        for pattern, source in patterns:
            if pattern.fullmatch(text) or pattern.fullmatch(raw):
                left.append(f"  {where}: {text!r} (source {source!r})")
                break
    return left


def test_no_indonesian_text_is_left_in_the_english_window(
    qtbot: Any, window: MainWindow, committed: dict[Message, ET.Element]
) -> None:
    indonesian, english = _patterns(committed), _patterns(committed, english=True)
    assert _texts_matching(window, indonesian)  # the check does see the window's texts
    left = _all_pages(window, english)
    assert not left, "English texts in the Indonesian window:\n" + "\n".join(sorted(set(left)))

    _switch(qtbot, "en")
    left = _all_pages(window, indonesian)
    assert not left, "Indonesian texts in the English window (built outside tr()?):\n" + "\n".join(sorted(set(left)))


def _all_pages(window: MainWindow, patterns: list[tuple[re.Pattern[str], str]]) -> list[str]:
    """Texts matching `patterns` on every page of the window and in a participant's detail dialog."""
    found: list[str] = []
    for index in range(window.stack.count()):
        window.show_page(index)
        QApplication.processEvents()
        found += _texts_matching(window, patterns)
    page = window.participants_page
    dialog = page.open_participant(page.model.participant_id(0) or "")
    assert dialog is not None
    QApplication.processEvents()
    found += _texts_matching(dialog, patterns)
    dialog.close()
    QApplication.processEvents()
    return found
