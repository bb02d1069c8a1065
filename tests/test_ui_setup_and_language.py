"""First-run setup (create a workspace by keyboard, or learn about joining) and switching the language."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import app as app_module
from desktop_app.core.registration import RegistrationService
from desktop_app.storage.driver import sqlite3
from desktop_app.storage.participants import ParticipantRepository
from desktop_app.storage.workspace import Workspace, create_workspace, open_workspace
from desktop_app.sync.join import make_join_file
from desktop_app.ui import i18n, setup_wizard
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.messages import message
from desktop_app.ui.settings_page import SettingsPage
from desktop_app.ui.setup_wizard import CREATE, JOIN, RECOVERY, WELCOME, SetupWizard
from desktop_app.ui.unlock_dialog import UnlockDialog
from tests.conftest import make_record

PASSPHRASE = "demo-pintu-2026"


@pytest.fixture(autouse=True)
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """Preferences in a temporary file; Indonesian again after each test."""
    path = tmp_path / "pintu.ini"
    monkeypatch.setenv(i18n.SETTINGS_ENV, str(path))
    yield path
    i18n.apply_language("id")
    QApplication.processEvents()


@pytest.fixture
def app_look(qapp: QApplication) -> Iterator[QApplication]:
    """`run_gui` styles the shared application: put the plain look back for the other tests."""
    style, sheet, font, palette = qapp.style().name(), qapp.styleSheet(), qapp.font(), qapp.palette()
    yield qapp
    qapp.setStyleSheet(sheet)
    qapp.setStyle(style)
    qapp.setFont(font)
    qapp.setPalette(palette)


def _wizard(qtbot: Any, path: Path) -> SetupWizard:
    wizard = SetupWizard(path)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.waitExposed(wizard)
    return wizard


def _enter(qtbot: Any, widget: QWidget) -> None:
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def _to_create_page(qtbot: Any, wizard: SetupWizard) -> None:
    assert wizard.current_page() == WELCOME
    assert wizard.create_choice.isChecked()  # the usual choice is preselected
    _enter(qtbot, wizard.focusWidget() or wizard)
    assert wizard.current_page() == CREATE


def _type_passphrase(qtbot: Any, wizard: SetupWizard) -> None:
    qtbot.keyClicks(wizard.inputs["passphrase"], PASSPHRASE)
    qtbot.keyClicks(wizard.inputs["passphrase2"], PASSPHRASE)


def _keep_recovery_key(qtbot: Any, wizard: SetupWizard) -> str:
    """The last page: the recovery key, and no way on until the officer says it is kept."""
    assert wizard.current_page() == RECOVERY
    key = wizard.recovery_label.text()
    assert len(key) == 39 and key.count("-") == 7 and key == wizard.recovery_key
    assert not wizard.next_button.isEnabled() and not wizard.cancel_button.isVisible()
    _enter(qtbot, wizard.recovery_done)
    assert wizard.result() != SetupWizard.DialogCode.Accepted
    wizard.recovery_done.setChecked(True)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.result() == SetupWizard.DialogCode.Accepted
    return key


def _read_settings(path: Path) -> str:
    return str(QSettings(str(path), QSettings.Format.IniFormat).value("language", ""))


# --- the setup wizard -------------------------------------------------------------------------------
def test_the_wizard_creates_the_workspace_typed_by_keyboard(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "new folder" / "pintu.sqlite"  # the folder does not exist yet
    wizard = _wizard(qtbot, path)
    assert wizard.next_button.text() == "Lanjut"
    assert wizard.cancel_button.text() == "Batal"
    _to_create_page(qtbot, wizard)

    assert wizard.inputs["workspace"].text() == "Pelatihan DBHCHT 2026"
    assert wizard.focusWidget() is wizard.inputs["device"]  # the first empty name
    assert wizard.next_button.text() == "Buat ruang kerja"
    assert wizard.back_button.text() == "Kembali"
    qtbot.keyClicks(wizard.focusWidget(), "Laptop Petugas 7")
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    assert wizard.focusWidget() is wizard.inputs["officer"]
    qtbot.keyClicks(wizard.focusWidget(), "Rina  Kartikasari ")
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    assert wizard.focusWidget() is wizard.inputs["passphrase"]
    qtbot.keyClicks(wizard.focusWidget(), "pendek")
    _enter(qtbot, wizard.focusWidget())
    assert wizard.errors["passphrase"].text() == message("passphrase.too_short") and wizard.workspace is None
    qtbot.keyClicks(wizard.inputs["passphrase"], "-sekali-2026")
    qtbot.keyClicks(wizard.inputs["passphrase2"], "pendek-sekali-2027")
    _enter(qtbot, wizard.inputs["passphrase2"])
    assert wizard.errors["passphrase2"].text() == message("passphrase.mismatch") and wizard.workspace is None
    wizard.inputs["passphrase2"].clear()
    qtbot.keyClicks(wizard.inputs["passphrase2"], "pendek-sekali-2026")
    _enter(qtbot, wizard.inputs["passphrase2"])
    recovery = _keep_recovery_key(qtbot, wizard)
    workspace = wizard.workspace
    assert workspace is not None
    try:
        assert workspace.info.name == "Pelatihan DBHCHT 2026"
        assert workspace.info.device_name == "Laptop Petugas 7"
        assert workspace.info.officer == "Rina Kartikasari"  # spaces tidied
        assert workspace.path == path
    finally:
        workspace.close()
    reopened = open_workspace(path, passphrase="pendek-sekali-2026")
    assert reopened.info.device_name == "Laptop Petugas 7"
    reopened.close()
    open_workspace(path, recovery_key=recovery).close()


@pytest.mark.parametrize("blank", ["", "   "])
def test_empty_names_are_blocked_with_a_message_for_each(qtbot: Any, tmp_path: Path, blank: str) -> None:
    path = tmp_path / "pintu.sqlite"
    wizard = _wizard(qtbot, path)
    _to_create_page(qtbot, wizard)
    name = wizard.inputs["workspace"]
    name.selectAll()
    qtbot.keyClick(name, Qt.Key.Key_Backspace)
    qtbot.keyClicks(name, blank)
    qtbot.keyClicks(wizard.inputs["officer"], blank)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)

    assert wizard.isVisible() and wizard.workspace is None
    assert not path.exists()
    for key, code in setup_wizard.FIELDS.items():
        assert wizard.errors[key].isVisible()
        assert wizard.errors[key].text() == message(code)
    assert wizard.errors["workspace"].text() == "Isi nama ruang kerja."
    assert wizard.focusWidget() is wizard.inputs["workspace"]  # the first to fix

    # Typing a name clears that name's message at once.
    qtbot.keyClicks(wizard.inputs["workspace"], "Pelatihan Barista")
    assert not wizard.errors["workspace"].isVisible()
    assert wizard.errors["device"].isVisible()


def test_cancelling_the_wizard_creates_nothing(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "pintu.sqlite"
    wizard = _wizard(qtbot, path)
    qtbot.mouseClick(wizard.cancel_button, Qt.MouseButton.LeftButton)
    assert wizard.result() == SetupWizard.DialogCode.Rejected
    assert wizard.workspace is None and not path.exists()


def _to_join_page(qtbot: Any, wizard: SetupWizard) -> None:
    qtbot.mouseClick(wizard.join_choice_help, Qt.MouseButton.LeftButton)  # the whole card is the choice
    assert wizard.join_choice.isChecked()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page() == JOIN


def test_without_sync_the_join_choice_explains_that_it_is_coming_and_leads_back(
    qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(setup_wizard, "join_workspace", None)
    wizard = _wizard(qtbot, tmp_path / "pintu.sqlite")
    _to_join_page(qtbot, wizard)
    explanation = wizard.join_explanation.text()
    assert "berkas" in explanation and "sinkronisasi" in explanation and "belum tersedia" in explanation
    assert wizard.join_explanation.isVisible() and wizard.join_advice.isVisible()
    assert not wizard.join_form.isVisible()
    assert not wizard.next_button.isVisible()  # nothing to finish here
    assert wizard.back_button.isVisible() and wizard.back_button.isDefault()
    assert wizard.cancel_button.text() == "Tutup"

    _enter(qtbot, wizard.focusWidget() or wizard)  # Enter goes back
    assert wizard.current_page() == WELCOME
    wizard.create_choice.click()
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page() == CREATE


@pytest.fixture
def invitation(tmp_path: Path) -> Path:
    """A coordinator's workspace with one participant, and the join file made from it."""
    office = create_workspace(
        tmp_path / "office.sqlite", name="Pelatihan DBHCHT 2026", device_name="Laptop Kantor",
        officer="Koordinator", passphrase=PASSPHRASE,
    )
    try:
        info = office.info
        RegistrationService(ParticipantRepository(office), officer=info.officer, device_id=info.device_id).register(
            make_record(3)
        )
        path = tmp_path / "undangan.pintu"
        make_join_file(office, path, PASSPHRASE)
    finally:
        office.close()
    return path


def _fill_join(qtbot: Any, wizard: SetupWizard, invitation: Path, passphrase: str) -> None:
    assert wizard.join_form.isVisible() and not wizard.join_advice.isVisible()
    assert wizard.next_button.text() == "Gabung"
    assert wizard.focusWidget() is wizard.join_inputs["file"]
    qtbot.keyClicks(wizard.join_inputs["file"], str(invitation))
    qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    if wizard.focusWidget() is wizard.join_file_button:  # "Pilih berkas…" sits between the two fields
        qtbot.keyClick(wizard.focusWidget(), Qt.Key.Key_Tab)
    assert wizard.focusWidget() is wizard.join_inputs["passphrase"]
    qtbot.keyClicks(wizard.focusWidget(), passphrase)
    qtbot.keyClicks(wizard.join_inputs["device"], "Laptop Petugas 2")
    qtbot.keyClicks(wizard.join_inputs["officer"], "Dwi Wahyuningsih")


def test_the_join_choice_joins_from_the_coordinators_file(qtbot: Any, tmp_path: Path, invitation: Path) -> None:
    path = tmp_path / "laptop2" / "pintu.sqlite"
    wizard = _wizard(qtbot, path)
    _to_join_page(qtbot, wizard)
    _fill_join(qtbot, wizard, invitation, PASSPHRASE)
    _enter(qtbot, wizard.join_inputs["officer"])
    qtbot.waitUntil(lambda: wizard.current_page() == RECOVERY, timeout=20_000)
    _keep_recovery_key(qtbot, wizard)

    workspace = wizard.workspace
    assert workspace is not None
    try:
        assert workspace.info.name == "Pelatihan DBHCHT 2026"
        assert workspace.info.device_name == "Laptop Petugas 2"
        assert workspace.info.officer == "Dwi Wahyuningsih"
        assert workspace.db.execute("SELECT count(*) FROM participants").fetchone()[0] == 1
    finally:
        workspace.close()


def test_joining_with_a_wrong_passphrase_says_so_and_leaves_nothing(
    qtbot: Any, tmp_path: Path, invitation: Path
) -> None:
    path = tmp_path / "pintu.sqlite"
    wizard = _wizard(qtbot, path)
    _to_join_page(qtbot, wizard)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)  # nothing filled in
    assert wizard.join_errors["file"].text() == "Pilih berkas undangan dari koordinator."
    assert wizard.join_errors["passphrase"].text() == message("passphrase.required")
    assert wizard.join_errors["officer"].text() == message("officer.required")

    _fill_join(qtbot, wizard, invitation, "salah-sandi-123")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.join_errors["passphrase"].isVisible(), timeout=20_000)
    qtbot.waitUntil(lambda: wizard.next_button.isEnabled(), timeout=5_000)
    assert wizard.join_errors["passphrase"].text() == message("passphrase.wrong")
    assert wizard.workspace is None and wizard.isVisible()
    assert not path.exists()


@pytest.mark.parametrize(
    ("error", "expected"),
    [
        (OSError(28, "No space left on device"), "Tidak dapat menulis ke disk"),
        (sqlite3.OperationalError("database or disk is full"), "Tidak dapat menulis ke disk"),
        (PermissionError(13, "Permission denied"), "tidak diizinkan menulis di folder ini"),
    ],
)
def test_disk_problems_are_explained_not_raised(qtbot: Any, tmp_path: Path, error: Exception, expected: str) -> None:
    path = tmp_path / "pintu.sqlite"
    wizard = _wizard(qtbot, path)
    _to_create_page(qtbot, wizard)
    qtbot.keyClicks(wizard.inputs["device"], "Laptop Petugas 1")
    qtbot.keyClicks(wizard.inputs["officer"], "Rina")
    _type_passphrase(qtbot, wizard)

    def half_made(*_args: Any, **_kwargs: Any) -> Workspace:
        path.write_bytes(b"SQLite format 3\x00 half written")
        raise error

    with mock.patch.object(setup_wizard, "create_workspace", side_effect=half_made):
        qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)

    assert wizard.isVisible() and wizard.workspace is None
    assert wizard.create_error.isVisible()
    assert expected in wizard.create_error.text()
    assert "Traceback" not in wizard.create_error.text()
    assert not path.exists()  # no half-made workspace left to trip the next try

    # The problem solved, the same dialog creates the workspace.
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.workspace is not None
    wizard.workspace.close()


def test_an_existing_file_is_never_overwritten(qtbot: Any, tmp_path: Path) -> None:
    path = tmp_path / "pintu.sqlite"
    wizard = _wizard(qtbot, path)
    _to_create_page(qtbot, wizard)
    qtbot.keyClicks(wizard.inputs["device"], "Laptop Petugas 1")
    qtbot.keyClicks(wizard.inputs["officer"], "Rina")
    _type_passphrase(qtbot, wizard)
    path.write_bytes(b"someone else's file")
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.workspace is None
    assert message("workspace.exists") in wizard.create_error.text()
    assert path.read_bytes() == b"someone else's file"


def test_the_language_chosen_in_the_wizard_applies_at_once(
    qtbot: Any, tmp_path: Path, settings_file: Path
) -> None:
    wizard = _wizard(qtbot, tmp_path / "pintu.sqlite")
    assert wizard.welcome_title.text() == "Selamat datang di Pintu"
    qtbot.mouseClick(wizard.language_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.welcome_title.text() == "Welcome to Pintu", timeout=2000)
    assert wizard.create_choice.text() == "Create a new workspace"
    assert wizard.next_button.text() == "Next"
    assert wizard.cancel_button.text() == "Cancel"
    assert i18n.active_language() == "en"
    assert _read_settings(settings_file) == "en"  # remembered for the next start

    _to_create_page_english(qtbot, wizard)
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.errors["device"].text() == "Enter this laptop's name."

    qtbot.mouseClick(wizard.back_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(wizard.language_buttons["id"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: wizard.welcome_title.text() == "Selamat datang di Pintu", timeout=2000)
    assert _read_settings(settings_file) == "id"


def _to_create_page_english(qtbot: Any, wizard: SetupWizard) -> None:
    qtbot.mouseClick(wizard.next_button, Qt.MouseButton.LeftButton)
    assert wizard.current_page() == CREATE
    assert wizard.next_button.text() == "Create workspace"


# --- run_gui: setup first, then the window ------------------------------------------------------------
def _top_level(kind: type[QWidget]) -> list[Any]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_with_no_workspace_the_app_opens_the_wizard_then_the_main_window(
    qtbot: Any, tmp_path: Path, app_look: QApplication
) -> None:
    path = tmp_path / "data" / "pintu.sqlite"
    seen: dict[str, Any] = {}

    def fill_in_wizard() -> None:
        wizards = _top_level(SetupWizard)
        if not wizards:
            QTimer.singleShot(20, fill_in_wizard)
            return
        wizard = wizards[0]
        qtbot.keyClick(wizard.next_button, Qt.Key.Key_Return)
        qtbot.keyClicks(wizard.inputs["device"], "Laptop Kedungkandang")
        qtbot.keyClicks(wizard.inputs["officer"], "Bambang Prasetyo")
        _type_passphrase(qtbot, wizard)
        qtbot.keyClick(wizard.inputs["passphrase2"], Qt.Key.Key_Return)
        _keep_recovery_key(qtbot, wizard)

    def event_loop(_app: QApplication) -> int:
        windows = _top_level(MainWindow)
        seen["windows"] = len(windows)
        seen["title"] = windows[0].windowTitle()
        seen["status"] = windows[0].device_label.text()
        for window in windows:
            window.close()
        return 0

    QTimer.singleShot(0, fill_in_wizard)
    with mock.patch.object(app_module, "_run_event_loop", side_effect=event_loop):
        assert app_module.run_gui(path) == 0

    assert seen["windows"] == 1
    assert seen["title"] == "Pintu — Pelatihan DBHCHT 2026"
    assert "Laptop Kedungkandang" in seen["status"] and "Bambang Prasetyo" in seen["status"]
    workspace = open_workspace(path, passphrase=PASSPHRASE)
    assert workspace.info.officer == "Bambang Prasetyo"
    workspace.close()


def test_closing_the_wizard_quits_quietly(qtbot: Any, tmp_path: Path, app_look: QApplication) -> None:
    def close_wizard() -> None:
        wizards = _top_level(SetupWizard)
        if not wizards:
            QTimer.singleShot(20, close_wizard)
            return
        qtbot.mouseClick(wizards[0].cancel_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, close_wizard)
    with mock.patch.object(app_module, "_run_event_loop") as event_loop:
        assert app_module.run_gui(tmp_path / "pintu.sqlite") == 0
    event_loop.assert_not_called()
    assert not (tmp_path / "pintu.sqlite").exists()


def test_the_stored_language_applies_before_the_window_is_built(
    qtbot: Any, tmp_path: Path, settings_file: Path, app_look: QApplication
) -> None:
    path = tmp_path / "pintu.sqlite"
    create_workspace(path, name="Pelatihan DBHCHT 2026", device_name="Laptop Petugas 1", officer="Rina",
                     passphrase=PASSPHRASE).close()
    store = QSettings(str(settings_file), QSettings.Format.IniFormat)
    store.setValue("language", "en")
    store.sync()
    seen: dict[str, Any] = {}

    def event_loop(_app: QApplication) -> int:
        window = _top_level(MainWindow)[0]
        seen["nav"] = [window.nav.item(row).text() for row in range(window.nav.count())]
        seen["count"] = window.count_label.text()
        window.close()
        return 0

    def unlock() -> None:
        dialogs = _top_level(UnlockDialog)
        if not dialogs:
            QTimer.singleShot(20, unlock)
            return
        dialog = dialogs[0]
        seen["unlock_title"] = dialog.windowTitle()
        qtbot.keyClicks(dialog.secret, "salah-sandi-123")
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
        seen["wrong"] = dialog.error.text()
        dialog.secret.clear()
        qtbot.keyClicks(dialog.secret, PASSPHRASE)
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)

    QTimer.singleShot(0, unlock)
    with mock.patch.object(app_module, "_run_event_loop", side_effect=event_loop):
        assert app_module.run_gui(path) == 0
    assert seen["unlock_title"] == "Pintu — open the workspace"
    assert seen["wrong"].startswith("Wrong password")
    assert seen["nav"][:2] == ["Registration", "Participants"] and seen["nav"][-1] == "Settings"
    assert seen["count"] == "0 participants"


def test_a_workspace_that_cannot_be_opened_is_explained(qtbot: Any, tmp_path: Path, app_look: QApplication) -> None:
    junk = tmp_path / "photo.sqlite"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not a database at all" * 100)
    with mock.patch.object(app_module, "_show_open_error") as show:
        assert app_module.run_gui(junk) == 1
    text = show.call_args.args[0]
    assert "bukan basis data Pintu" in text and str(junk) in text
    assert junk.read_bytes().startswith(b"\xff\xd8")  # untouched


# --- the settings page ----------------------------------------------------------------------------------
@pytest.fixture
def settings_page(qtbot: Any, workspace: Workspace) -> SettingsPage:
    page = SettingsPage(workspace)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_the_settings_page_shows_who_and_where(settings_page: SettingsPage, workspace: Workspace) -> None:
    info = workspace.info
    assert settings_page.title() == "Pengaturan"
    assert settings_page.facts["workspace"].text() == "Pelatihan DBHCHT 2026"
    assert settings_page.facts["device"].text() == "Laptop Petugas 1"
    assert settings_page.facts["officer"].text() == "Rina"
    assert settings_page.facts["key_id"].text() == info.key_id and info.key_id
    assert settings_page.facts["database"].text() == str(workspace.path)
    assert settings_page.facts["version"].text() == app_module.__version__
    assert settings_page.fact_labels["key_id"].text() == "ID kunci perangkat"
    assert settings_page.language_buttons["id"].isChecked()


def test_the_settings_language_switch_applies_and_is_remembered(
    qtbot: Any, settings_page: SettingsPage, workspace: Workspace, settings_file: Path
) -> None:
    qtbot.mouseClick(settings_page.language_buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings_page.title_label.text() == "Settings", timeout=2000)
    assert settings_page.fact_labels["device"].text() == "This laptop's name"
    assert settings_page.language_heading.text() == "Display language"
    assert _read_settings(settings_file) == "en"
    assert i18n.current_language() == "en"

    # Another page opened later (or after a restart) starts in the remembered language.
    again = SettingsPage(workspace)
    qtbot.addWidget(again)
    assert again.language_buttons["en"].isChecked()
    assert again.title_label.text() == "Settings"

    qtbot.mouseClick(settings_page.language_buttons["id"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: settings_page.title_label.text() == "Pengaturan", timeout=2000)
    assert again.language_buttons["id"].isChecked()  # every page follows the running language
    assert _read_settings(settings_file) == "id"


# --- the main window's wiring -----------------------------------------------------------------------------
@pytest.fixture
def window(qtbot: Any, workspace: Workspace) -> Iterator[MainWindow]:
    """The main window, deleted before its workspace closes (a later language switch must not reach it)."""
    win = MainWindow(workspace)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
    win.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_a_saved_registration_updates_the_counts_and_the_list(window: MainWindow, service: Any) -> None:
    assert window.count_label.text() == "0 peserta"
    saved = service.register(make_record(1))
    window.registration_page.saved.emit(saved.participant["id"])
    assert window.count_label.text() == "1 peserta"
    assert window.participants_page.model.rowCount() == 1
    assert window.stack.currentWidget() is window.registration_page  # the officer stays on the form


def test_open_participant_from_the_form_shows_them_on_the_list(window: MainWindow, service: Any) -> None:
    first = service.register(make_record(1)).participant["id"]
    service.register(make_record(2))
    window.participants_page.refresh()
    window.registration_page.openParticipantRequested.emit(first)
    assert window.stack.currentWidget() is window.participants_page
    assert window.nav.currentRow() == 1
    dialog = window.participants_page.detail_dialog
    assert dialog is not None and dialog.participant_id == first
    dialog.close()
