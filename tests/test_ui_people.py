"""People and roles in the window: signing in (with the countdown after wrong PINs), pages by role,
the idle lock, and the "Orang & PIN" section of the settings."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QWidget

from desktop_app.core.roles import Role
from desktop_app.storage import people
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import i18n
from desktop_app.ui.idle_lock import IdleLock, install_idle_lock
from desktop_app.ui.main_window import PAGES, MainWindow
from desktop_app.ui.people_section import PeopleSection, PinDialog
from desktop_app.ui.settings_page import SettingsPage
from desktop_app.ui.sign_in_dialog import SignInDialog, SignInPanel, sign_in_at_start


class Clock:
    def __init__(self, start: float = 1_000_000.0) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.fixture(autouse=True)
def _settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(i18n.SETTINGS_ENV, str(tmp_path / "pintu.ini"))


@pytest.fixture
def staff(workspace: Workspace) -> dict[str, str]:
    return {
        "Sari": people.add_person(workspace, "Sari", Role.COORDINATOR, "2580").id,
        "Budi": people.add_person(workspace, "Budi", Role.OFFICER, "3691").id,
        "Dewi": people.add_person(workspace, "Dewi", Role.TRAINER, "4702").id,
    }


def choose(panel: SignInPanel, person_id: str) -> None:
    for row in range(panel.people_list.count()):
        if panel.people_list.item(row).data(Qt.ItemDataRole.UserRole) == person_id:
            panel.people_list.setCurrentRow(row)
            return
    raise AssertionError(person_id)


def type_pin(qtbot: Any, panel: SignInPanel, pin: str) -> None:
    panel.pin_edit.clear()
    qtbot.keyClicks(panel.pin_edit, pin)
    qtbot.mouseClick(panel.sign_in_button, Qt.MouseButton.LeftButton)


def activate(qtbot: Any, window: QWidget) -> None:
    """Make the window the active one (shortcuts act only in the active window)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def visible_pages(window: MainWindow) -> list[str]:
    return [PAGES[i][0] for i in range(window.nav.count()) if not window.nav.item(i).isHidden()]


# --- signing in -------------------------------------------------------------------------------------
def test_sign_in_lists_people_and_signs_in_with_the_right_pin(qtbot: Any, workspace: Workspace,
                                                               staff: dict[str, str]) -> None:
    panel = SignInPanel(workspace)
    qtbot.addWidget(panel)
    names = [panel.people_list.item(r).text() for r in range(panel.people_list.count())]
    assert names == ["Budi  ·  Petugas pendata", "Dewi  ·  Pelatih", "Sari  ·  Koordinator"]
    choose(panel, staff["Budi"])
    with qtbot.waitSignal(panel.signedIn) as signal:
        type_pin(qtbot, panel, "3691")
    assert signal.args[0].name == "Budi" and workspace.session.role is Role.OFFICER
    assert panel.pin_edit.text() == ""


def test_wrong_pins_show_a_message_then_a_countdown(qtbot: Any, workspace: Workspace,
                                                     staff: dict[str, str]) -> None:
    clock = Clock()
    panel = SignInPanel(workspace, clock=clock)
    qtbot.addWidget(panel)
    panel.show()
    choose(panel, staff["Sari"])
    type_pin(qtbot, panel, "1357")
    assert panel.message_label.text() == "PIN salah." and panel.sign_in_button.isEnabled()
    type_pin(qtbot, panel, "1357")
    type_pin(qtbot, panel, "1357")
    assert not panel.sign_in_button.isEnabled() and not panel.pin_edit.isEnabled()
    assert "PIN salah." in panel.message_label.text() and "Coba lagi dalam 5 detik." in panel.message_label.text()
    clock.now += 2
    panel._tick()
    assert "3 detik" in panel.message_label.text()
    panel.try_sign_in()  # Enter while the countdown runs: nothing is checked
    assert workspace.session.person_id is None
    # choosing someone else and back: the wait is the person's, read from the database
    choose(panel, staff["Budi"])
    assert panel.sign_in_button.isEnabled()
    choose(panel, staff["Sari"])
    assert not panel.sign_in_button.isEnabled() and "3 detik" in panel.message_label.text()
    clock.now += 3
    panel._tick()
    assert panel.sign_in_button.isEnabled() and "detik" not in panel.message_label.text()
    with qtbot.waitSignal(panel.signedIn):
        type_pin(qtbot, panel, "2580")


def test_the_start_dialog_only_when_people_exist(qtbot: Any, workspace: Workspace) -> None:
    assert sign_in_at_start(workspace)  # nobody set up: nothing asked
    sari = people.add_person(workspace, "Sari", Role.COORDINATOR, "2580")
    dialog = SignInDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Masuk ke Pintu"
    dialog.show()
    choose(dialog.panel, sari.id)
    type_pin(qtbot, dialog.panel, "2580")
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.session is not None
    assert workspace.session.person_id == sari.id


# --- pages by role ------------------------------------------------------------------------------------
def test_pages_follow_the_role(qtbot: Any, workspace: Workspace, staff: dict[str, str]) -> None:
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    assert len(visible_pages(window)) == len(PAGES)  # the passphrase holder
    people.sign_in(workspace, staff["Dewi"], "4702")
    window.apply_session()
    assert visible_pages(window) == ["classes_page", "scan_station_page", "sync_page", "settings_page"]
    assert PAGES[window.nav.currentRow()][0] == "classes_page"
    window.show_page(0)  # Ctrl+1: registration, not for a trainer
    assert PAGES[window.nav.currentRow()][0] == "classes_page"
    assert "Dewi" in window.device_label.text() and window.sidebar_officer.text() == "Dewi"
    classes = window.classes_page
    assert classes.new_button.isHidden() and classes.assign_button.isHidden()  # a trainer plans no classes
    settings = window.settings_page
    assert settings.backup_section.parentWidget().isHidden()  # backups and restores: a coordinator's
    assert not settings.people_section.isHidden() and settings.people_section.table.isHidden()  # own PIN only
    people.sign_in(workspace, staff["Budi"], "3691")
    window.apply_session()
    assert "registration_page" in visible_pages(window) and "reports_page" not in visible_pages(window)
    people.sign_in(workspace, staff["Sari"], "2580")
    window.apply_session()
    assert len(visible_pages(window)) == len(PAGES)
    assert not classes.new_button.isHidden()  # read again for the coordinator who took over
    assert not settings.backup_section.parentWidget().isHidden() and not settings.people_section.table.isHidden()


# --- the idle lock ------------------------------------------------------------------------------------
def test_idle_lock_covers_the_window_and_another_person_takes_over(qtbot: Any, workspace: Workspace,
                                                                  staff: dict[str, str]) -> None:
    people.sign_in(workspace, staff["Budi"], "3691")
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # page shortcuts work...
    assert PAGES[window.nav.currentRow()][0] == "participants_page"
    ticks = Clock(0.0)
    lock = IdleLock(window, workspace, minutes=5, on_unlock=window.apply_session, monotonic=ticks)
    other = QDialog(window)
    other.setWindowTitle("Peserta")
    other.show()
    ticks.now = 299
    lock.check_idle()
    assert not lock.is_locked
    qtbot.keyClick(window.nav, Qt.Key.Key_Down)  # activity: the idle time starts again
    ticks.now = 299 + 299
    lock.check_idle()
    assert not lock.is_locked
    ticks.now += 1
    with qtbot.waitSignal(lock.locked):
        lock.check_idle()
    assert lock.is_locked and lock.overlay is not None and lock.overlay.isVisible()
    assert lock.overlay.geometry() == window.rect()
    assert not other.isVisible()  # another window with someone's data: closed
    assert not window.centralWidget().isEnabled()
    assert lock.overlay.panel.person_id() == staff["Budi"]  # the last person is chosen already
    before = window.nav.currentRow()
    qtbot.keyClick(window, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)  # ...but not behind the lock
    assert window.nav.currentRow() == before
    choose(lock.overlay.panel, staff["Dewi"])
    with qtbot.waitSignal(lock.unlocked):
        type_pin(qtbot, lock.overlay.panel, "4702")
    assert not lock.is_locked and window.centralWidget().isEnabled()
    assert "registration_page" not in visible_pages(window)
    lock.uninstall()


def test_without_people_the_lock_asks_the_passphrase_and_ctrl_l_locks(qtbot: Any, workspace: Workspace) -> None:
    from desktop_app.ui.idle_lock import PassphrasePanel
    from tests.conftest import PASSPHRASE

    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    activate(qtbot, window)
    lock = install_idle_lock(window, workspace, minutes=1)
    assert lock.lock() and lock.overlay is not None  # nobody set up: the workspace passphrase opens it
    panel = lock.overlay.panel
    assert isinstance(panel, PassphrasePanel)
    qtbot.keyClicks(panel.pin_edit, "bukan-ini-sandinya")
    qtbot.keyClick(panel.pin_edit, Qt.Key.Key_Return)
    assert lock.is_locked and panel.error.text().startswith("Kata sandi salah")
    panel.pin_edit.clear()
    qtbot.keyClicks(panel.pin_edit, PASSPHRASE)
    qtbot.keyClick(panel.pin_edit, Qt.Key.Key_Return)
    assert not lock.is_locked
    people.add_person(workspace, "Sari", Role.COORDINATOR, "2580")
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert lock.is_locked
    lock.uninstall()


# --- Orang & PIN ----------------------------------------------------------------------------------------
def _fill(qtbot: Any, section: PeopleSection, name: str, role: Role | None, pin: str, again: str) -> None:
    section.name_edit.setText(name)
    if role is not None:
        section.role_combo.setCurrentIndex(section.role_combo.findData(role.value))
    section.pin_edit.setText(pin)
    section.pin_again_edit.setText(again)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)


def test_people_section_adds_the_first_coordinator_then_others(qtbot: Any, workspace: Workspace) -> None:
    page = SettingsPage(workspace)
    qtbot.addWidget(page)
    page.show()
    section = page.people_section
    assert section.isVisible() and section.table.rowCount() == 0
    assert not section.role_combo.isEnabled() and section.role_combo.currentData() == "coordinator"
    _fill(qtbot, section, "Sari", None, "2580", "2581")
    assert section.message_label.text() == "Kedua PIN tidak sama." and not people.has_people(workspace)
    _fill(qtbot, section, "Sari", None, "1234", "1234")
    assert "terlalu mudah" in section.message_label.text()
    _fill(qtbot, section, "Sari", None, "2580", "2580")
    assert section.message_label.text() == "Sari ditambahkan sebagai koordinator."
    assert section.role_combo.isEnabled() and section.table.rowCount() == 1
    _fill(qtbot, section, "Dewi", Role.TRAINER, "4702", "4702")
    assert [section.table.item(r, 1).text() for r in range(2)] == ["Pelatih", "Koordinator"]
    assert [p.role for p in people.list_people(workspace)] == [Role.TRAINER, Role.COORDINATOR]


def test_people_section_removes_resets_and_changes_own_pin(qtbot: Any, workspace: Workspace,
                                                          staff: dict[str, str],
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    people.sign_in(workspace, staff["Sari"], "2580")
    section = PeopleSection(workspace)
    qtbot.addWidget(section)
    section.show()
    asked: list[str] = []
    monkeypatch.setattr(section, "confirm", lambda text: asked.append(text) or True)
    section.table.selectRow(1)  # Dewi
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert asked and "Dewi" in asked[0] and [p.name for p in people.list_people(workspace)] == ["Budi", "Sari"]
    section.table.selectRow(1)  # Sari herself
    qtbot.mouseClick(section.remove_button, Qt.MouseButton.LeftButton)
    assert section.message_label.text() == "Anda tidak dapat menghapus diri sendiri."

    dialogs: list[PinDialog] = []

    def fake_dialog(apply: Any, *, ask_current: bool, title: str) -> PinDialog:
        dialog = PinDialog(apply, ask_current=ask_current, title=title, parent=section)
        dialogs.append(dialog)
        dialog.exec = lambda: _answer(dialog)  # type: ignore[method-assign]
        return dialog

    def _answer(dialog: PinDialog) -> int:
        if dialog.current_edit is not None:
            dialog.current_edit.setText("1357")  # wrong first: the dialog stays open with the reason
            dialog.new_edit.setText("8024")
            dialog.again_edit.setText("8024")
            dialog.save()
            assert dialog.error_label.text() == "PIN salah." and dialog.result() != QDialog.DialogCode.Accepted
            dialog.current_edit.setText("2580")
        dialog.new_edit.setText("8024")
        dialog.again_edit.setText("8024")
        dialog.save()
        return int(dialog.result())

    monkeypatch.setattr(section, "pin_dialog", fake_dialog)
    section.table.selectRow(0)  # Budi forgot his PIN
    qtbot.mouseClick(section.reset_pin_button, Qt.MouseButton.LeftButton)
    assert section.message_label.text() == "PIN Budi sudah diganti."
    people.sign_in(workspace, staff["Budi"], "8024")
    people.sign_in(workspace, staff["Sari"], "2580")
    qtbot.mouseClick(section.own_pin_button, Qt.MouseButton.LeftButton)
    assert section.message_label.text() == "PIN Anda sudah diganti." and len(dialogs) == 2
    people.sign_in(workspace, staff["Sari"], "8024")


def test_people_section_for_an_officer_is_their_own_pin_only(qtbot: Any, workspace: Workspace,
                                                            staff: dict[str, str]) -> None:
    people.sign_in(workspace, staff["Budi"], "3691")
    section = PeopleSection(workspace)
    parent = QWidget()
    qtbot.addWidget(parent)
    section.setParent(parent)
    parent.show()
    section.refresh()
    assert section.isVisible() and section.own_pin_button.isVisible()
    assert not section.table.isVisible() and not section.add_form.isVisible()
    assert section.table.rowCount() == 0  # not even the names of the others
