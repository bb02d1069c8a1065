"""The unlock window, the recovery key in the wizard's last page, and backups in the settings page:
backing up, and restoring through the app (window closes, backup put in place, window reopens)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from PySide6.QtCore import QPointF, Qt, QTimer
from PySide6.QtGui import QEnterEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import app as app_module
from desktop_app.core.registration import RegistrationService
from desktop_app.storage import keyfile
from desktop_app.storage.backup import list_backups, make_backup
from desktop_app.storage.participants import ParticipantRepository
from desktop_app.storage.workspace import Workspace, create_workspace
from desktop_app.ui.backup_section import BackupSection
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.unlock_dialog import UnlockDialog
from tests.conftest import PASSPHRASE, make_record

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture
def closed_workspace(tmp_path: Path) -> tuple[Path, str]:
    path = tmp_path / "pintu.sqlite"
    ws = create_workspace(path, name="Pelatihan DBHCHT 2026", device_name="Laptop 1", officer="Rina",
                          passphrase=PASSPHRASE)
    recovery = ws.recovery_key or ""
    RegistrationService(ParticipantRepository(ws), officer="Rina", device_id=ws.info.device_id).register(
        make_record(1))
    ws.close()
    return path, recovery


def _dialog(qtbot: Any, path: Path) -> UnlockDialog:
    dialog = UnlockDialog(path)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_unlock_says_wrong_passphrase_then_counts_down(qtbot: Any, closed_workspace: tuple[Path, str]) -> None:
    path, _recovery = closed_workspace
    dialog = _dialog(qtbot, path)
    for _ in range(3):
        dialog.secret.clear()
        qtbot.keyClicks(dialog.secret, "bukan-kata-sandi")
        qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
        assert dialog.workspace is None and dialog.error.isVisible()
        assert dialog.error.text().startswith("Kata sandi salah")
    # the third wrong try starts the wait: the button counts down and refuses even the right one
    assert not dialog.open_button.isEnabled() and "5 detik" in dialog.open_button.text()
    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret, PASSPHRASE)
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert dialog.workspace is None
    dialog._tick()
    assert "4 detik" in dialog.open_button.text()
    assert keyfile.wait_seconds(path) > 0  # counted in the key file: restarting the app does not reset it


def test_unlock_with_the_recovery_key(qtbot: Any, closed_workspace: tuple[Path, str]) -> None:
    path, recovery = closed_workspace
    dialog = _dialog(qtbot, path)
    qtbot.mouseClick(dialog.switch_button, Qt.MouseButton.LeftButton)
    assert dialog.use_recovery and dialog.secret.echoMode() == dialog.secret.EchoMode.Normal
    qtbot.keyClicks(dialog.secret, "ABCD")
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert dialog.workspace is None and "32" in dialog.error.text()
    dialog.secret.clear()
    qtbot.keyClicks(dialog.secret, recovery.lower())
    qtbot.keyClick(dialog.secret, Qt.Key.Key_Return)
    assert dialog.workspace is not None
    try:
        assert ParticipantRepository(dialog.workspace).count() == 1
    finally:
        dialog.workspace.close()


def test_the_link_like_button_gets_a_hand_cursor_when_the_pointer_comes(
    qtbot: Any, closed_workspace: tuple[Path, str]
) -> None:
    path, _recovery = closed_workspace
    dialog = _dialog(qtbot, path)
    button = dialog.switch_button
    assert button.cursor().shape() == Qt.CursorShape.ArrowCursor  # not named at start (the window comes first)
    QApplication.sendEvent(button, QEnterEvent(QPointF(5, 5), QPointF(5, 5), QPointF(5, 5)))
    assert button.cursor().shape() == Qt.CursorShape.PointingHandCursor


def test_backup_now_lists_the_copy_with_its_counts(qtbot: Any, workspace: Workspace) -> None:
    section = BackupSection(workspace)
    qtbot.addWidget(section)
    section.show()
    assert section.table.rowCount() == 0
    qtbot.mouseClick(section.backup_button, Qt.MouseButton.LeftButton)
    assert section.task is not None
    qtbot.waitUntil(lambda: section.task is not None and not section.task.is_running(), timeout=20_000)
    qtbot.waitUntil(lambda: section.table.rowCount() == 1, timeout=5_000)
    assert section.table.item(0, 1).text() == "manual" and section.table.item(0, 2).text() == "0"
    assert "Cadangan dibuat" in section.status.text()


def test_restore_through_the_app_reopens_the_window_on_the_backup(
    qtbot: Any, closed_workspace: tuple[Path, str]
) -> None:
    path, _recovery = closed_workspace
    seen: dict[str, Any] = {"loops": 0}

    def unlock() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, UnlockDialog) and w.isVisible()]
        if not dialogs:
            QTimer.singleShot(20, unlock)
            return
        qtbot.keyClicks(dialogs[0].secret, PASSPHRASE)
        qtbot.keyClick(dialogs[0].secret, Qt.Key.Key_Return)

    def event_loop(_app: QApplication) -> int:
        window = next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())
        seen["loops"] += 1
        workspace = window.workspace
        count = ParticipantRepository(workspace).count()
        seen.setdefault("counts", []).append(count)
        if seen["loops"] == 1:
            backup = make_backup(workspace, "manual")
            RegistrationService(ParticipantRepository(workspace), officer="Rina",
                                device_id=workspace.info.device_id).register(make_record(2))
            section = window.page("settings_page").backup_section
            section.refresh()
            row = next(i for i, b in enumerate(section.backups) if b.path == backup)
            section.table.selectRow(row)

            def confirm() -> None:
                box = QApplication.activeModalWidget()
                if not isinstance(box, QMessageBox):
                    QTimer.singleShot(20, confirm)
                    return
                seen["question"] = box.text()
                yes = next(b for b in box.buttons() if b.text() == "Pulihkan")
                yes.click()

            QTimer.singleShot(0, confirm)
            qtbot.mouseClick(section.restore_button, Qt.MouseButton.LeftButton)
            seen["closed"] = not window.isVisible()
        else:
            window.close()
        return 0

    QTimer.singleShot(0, unlock)
    with mock.patch.object(app_module, "_run_event_loop", side_effect=event_loop), \
            mock.patch.object(QMessageBox, "information") as told:
        assert app_module.run_gui(path) == 0
    assert seen["loops"] == 2 and seen["closed"]
    assert seen["counts"] == [1, 1]  # the second person, added after the backup, is gone from this laptop
    assert "1 peserta aktif" in seen["question"] and "Sekarang: 2 peserta aktif" in seen["question"]
    assert "dipulihkan" in told.call_args.args[2]
    kinds = {b.reason for b in list_backups(path, keyfile.unlock(path, passphrase=PASSPHRASE))}
    assert {"start", "manual", "before-restore"} <= kinds


def test_another_laptops_backup_asks_its_passphrase_then_refuses_another_workspace(
    qtbot: Any, workspace: Workspace, tmp_path: Path
) -> None:
    """A backup this laptop's key cannot open: its passphrase is asked (again when wrong); one of another
    workspace is then refused in words, with nothing restored."""
    from desktop_app.ui import backup_section

    other = create_workspace(tmp_path / "lain" / "w.sqlite", name="Lain", device_name="X", officer="Y",
                             make_folder=True, passphrase=PASSPHRASE)
    foreign = make_backup(other, "manual")
    other.close()
    section = BackupSection(workspace)
    qtbot.addWidget(section)
    answers = iter([("salah-sandi-123", True), (PASSPHRASE, True)])
    asked: list[str] = []

    def answer(_parent: object, _title: str, text: str, _mode: object) -> tuple[str, bool]:
        asked.append(text)
        return next(answers)

    restored: list[object] = []
    section.restoreRequested.connect(restored.append)
    with mock.patch.object(backup_section.QInputDialog, "getText", side_effect=answer):
        section.restore_path(foreign)
    assert asked[0].startswith("Cadangan ini dari laptop lain") and asked[1].startswith("Kata sandi salah")
    assert section.status.text() == "Cadangan ini milik ruang kerja lain. Tidak ada yang diubah."
    assert restored == []
