"""The first window at start: the workspace passphrase (or the recovery key) unlocks the encrypted file.

Kept light on purpose: it imports no storage or page module (nor PySide's `Qt` namespace, which takes
~15 ms to build), so it is on screen as fast as a bare window; while the officer types, the rest of the
app loads on a worker thread. A wrong passphrase is said in words, with the growing wait counted down on
the button, and nothing in the file changes.
"""

from __future__ import annotations

import importlib
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.storage.location import DEMO_NAME, DEMO_PASSPHRASE
from desktop_app.ui.style import app_icon, set_invalid

if TYPE_CHECKING:
    from desktop_app.storage.workspace import Workspace

# Loaded on a worker thread while the passphrase is typed: what the main window needs next.
PRELOAD = ("desktop_app.storage.workspace", "desktop_app.storage.participants", "desktop_app.ui.main_window",
           "desktop_app.ui.registration_page")


_preload: threading.Thread | None = None


def _load() -> None:
    for name in PRELOAD:
        try:
            importlib.import_module(name)
        except Exception:  # a failure here shows again, in words, when the module is needed
            return


def preload_in_background() -> threading.Thread:
    """Import the main window's modules off the UI thread while the passphrase is typed (imports are
    cached: later ones are free).

    The thread starts once the event loop is free after the window shows (a zero timer): building and
    painting the unlock window does not share the interpreter with the imports.
    """
    global _preload
    thread = threading.Thread(target=_load, name="pintu-preload", daemon=True)
    _preload = thread

    def start() -> None:
        if _preload is thread:  # not finished (or given up) by an unlock in the meantime
            thread.start()

    QTimer.singleShot(0, start)
    return thread


def _finish_preload() -> None:
    """Wait for the preload to end (or drop it if it has not started): the UI thread then has PySide to itself."""
    global _preload
    thread, _preload = _preload, None
    if thread is not None and thread.ident is not None:
        thread.join()


def _qt_namespace_ready() -> bool:
    """Whether this (UI) thread may name PySide's `Qt` now. The preload builds it on its thread, and two
    threads building one PySide type at once is not safe: so not while the preload runs."""
    return _preload is None or not _preload.is_alive()


class UnlockDialog(QDialog):
    """Asks for the passphrase (or the recovery key) of the workspace at `db_path`; `workspace` holds it open."""

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.workspace: Workspace | None = None
        self.use_recovery = False
        self.wait_left = 0
        self.setObjectName("unlockDialog")
        self.setWindowIcon(app_icon())
        self.setWindowTitle(self.tr("Pintu — buka ruang kerja"))

        self.title = QLabel(self.tr("Buka ruang kerja"), self)
        # Looks from the stylesheet, set as plain properties: these widgets are not styled yet, so
        # style.set_role's re-styling (and the QStyle it loads into PySide, ~5 ms) is not needed.
        self.title.setProperty("role", "title")
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        self.field_label = QLabel(self)
        self.secret = QLineEdit(self)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        self.secret.setMinimumWidth(320)
        self.secret.textChanged.connect(lambda _text: self._clear_error())
        self.field_label.setBuddy(self.secret)
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.setProperty("role", "error")
        self.error.hide()

        self.switch_button = QPushButton(self)
        self.switch_button.setFlat(True)
        self.switch_button.setAutoDefault(False)
        self.switch_button.installEventFilter(self)  # its hand cursor comes with the pointer (eventFilter)
        self.switch_button.clicked.connect(self.toggle_recovery)
        self.open_button = QPushButton(self)
        self.open_button.setProperty("primary", True)  # style.make_primary, as above
        self.open_button.setDefault(True)
        self.open_button.clicked.connect(self.unlock)
        self.quit_button = QPushButton(self.tr("Keluar"), self)
        self.quit_button.setAutoDefault(False)
        self.quit_button.clicked.connect(self.reject)

        buttons = QHBoxLayout()
        buttons.addWidget(self.switch_button)
        buttons.addStretch(1)
        buttons.addWidget(self.quit_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(28, 22, 28, 18)
        layout.setSpacing(10)
        layout.addWidget(self.title)
        layout.addWidget(self.explain)
        layout.addSpacing(4)
        layout.addWidget(self.field_label)
        layout.addWidget(self.secret)
        layout.addWidget(self.error)
        layout.addStretch(1)
        layout.addLayout(buttons)

        self.timer = QTimer(self)
        self.timer.setInterval(1000)
        self.timer.timeout.connect(self._tick)
        self._show_mode()
        self.resize(520, 300)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        # The link-like button gets its hand cursor when the pointer first comes over it: naming the
        # cursor shape needs PySide's `Qt` namespace, which the window does not need to appear.
        if watched is self.switch_button and event.type() == QEvent.Type.Enter and _qt_namespace_ready():
            from PySide6.QtCore import Qt

            self.switch_button.setCursor(Qt.CursorShape.PointingHandCursor)
            self.switch_button.removeEventFilter(self)
        return super().eventFilter(watched, event)

    def _show_mode(self) -> None:
        if self.use_recovery:
            self.explain.setText(self.tr(
                "Ketik kunci pemulihan yang dicetak saat ruang kerja dibuat (8 kelompok berisi 4 huruf/angka). "
                "Setelah terbuka, buat kata sandi baru di Pengaturan."))
            self.field_label.setText(self.tr("&Kunci pemulihan"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Normal)
            self.secret.setPlaceholderText("ABCD-EFGH-…")
            self.switch_button.setText(self.tr("Pakai kata sandi"))
        else:
            text = self.tr("Data peserta di laptop ini terenkripsi. Ketik kata sandi ruang kerja untuk membukanya.")
            if self.db_path.name == DEMO_NAME:  # the quick start's demo: synthetic people, a published passphrase
                text += " " + self.tr("Ruang kerja demo ini memakai kata sandi %1.").replace("%1", DEMO_PASSPHRASE)
            self.explain.setText(text)
            self.field_label.setText(self.tr("&Kata sandi ruang kerja"))
            self.secret.setEchoMode(QLineEdit.EchoMode.Password)
            self.secret.setPlaceholderText("")
            self.switch_button.setText(self.tr("Lupa kata sandi? Pakai kunci pemulihan"))
        self._update_button()

    def toggle_recovery(self) -> None:
        self.use_recovery = not self.use_recovery
        self.secret.clear()
        self._clear_error()
        self._show_mode()
        self.secret.setFocus()  # Qt.FocusReason.OtherFocusReason, without naming `Qt`

    def _update_button(self) -> None:
        if self.wait_left > 0:
            self.open_button.setText(self.tr("Tunggu %n detik", "", self.wait_left))
            self.open_button.setEnabled(False)
        else:
            self.open_button.setText(self.tr("Buka"))
            self.open_button.setEnabled(True)

    def _start_wait(self, seconds: int) -> None:
        self.wait_left = seconds
        self._update_button()
        if seconds > 0:
            self.timer.start()

    def _tick(self) -> None:
        self.wait_left -= 1
        if self.wait_left <= 0:
            self.wait_left = 0
            self.timer.stop()
        self._update_button()

    def _clear_error(self) -> None:
        self.error.hide()
        set_invalid(self.secret, False)

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        set_invalid(self.secret, True)
        self.secret.selectAll()
        self.secret.setFocus()  # Qt.FocusReason.OtherFocusReason, without naming `Qt`

    def unlock(self) -> None:
        """Derive the key and open the file; every failure is a sentence here, never a traceback."""
        _finish_preload()  # it loads what opening needs; and then `Qt` may be named here
        from PySide6.QtCore import Qt

        from desktop_app.core.errors import PintuError
        from desktop_app.storage.driver import sqlite3
        from desktop_app.storage.workspace import open_workspace
        from desktop_app.ui.messages import message

        typed = self.secret.text()
        if self.wait_left > 0:
            return
        if not typed.strip():
            self._show_error(message("recovery.malformed" if self.use_recovery else "passphrase.required"))
            return
        self.setCursor(Qt.CursorShape.BusyCursor)
        try:
            if self.use_recovery:
                self.workspace = open_workspace(self.db_path, recovery_key=typed)
            else:
                self.workspace = open_workspace(self.db_path, passphrase=typed)
        except PintuError as error:
            self._failed(error.code, error.details)
            return
        except (OSError, sqlite3.Error):
            self._show_error(message("workspace.unreadable"))
            return
        finally:
            self.unsetCursor()
        self.accept()

    def _failed(self, code: str, details: dict[str, object]) -> None:
        from desktop_app.ui.messages import message

        wait = details.get("wait") or details.get("seconds") or 0
        text = message(code)
        if isinstance(wait, int) and wait > 0:
            text = text + " " + self.tr("Coba lagi dalam %n detik.", "", wait)
            self._start_wait(wait)
        self._show_error(text)
        if code == "unlock.wait":
            self.error.setText(self.tr("Terlalu banyak percobaan salah. Coba lagi dalam %n detik.", "", int(wait)))


def unlock_workspace(db_path: Path, parent: QWidget | None = None) -> Workspace | None:
    """Show the dialog (loading the rest of the app meanwhile); the open workspace, or None if closed."""
    dialog = UnlockDialog(db_path, parent)
    preload_in_background()
    try:
        dialog.exec()
        return dialog.workspace
    finally:
        dialog.deleteLater()
