"""Composition root: open the workspace, load translations, build the main window."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import __version__
from desktop_app.core.errors import PintuError
from desktop_app.storage.location import is_plain_sqlite, keyfile_path, resolve_db_path
from desktop_app.ui import i18n
from desktop_app.ui.i18n import fill
from desktop_app.ui.style import apply_style
from desktop_app.ui.unlock_dialog import unlock_workspace

if TYPE_CHECKING:  # the main window and storage load while the passphrase is typed (unlock_dialog)
    from desktop_app.storage.driver import sqlite3
    from desktop_app.storage.workspace import Workspace
    from desktop_app.ui.main_window import MainWindow

APP_NAME = "Pintu"
ORGANISATION = "Diskopindag Kota Malang"


def make_application() -> QApplication:
    """The one QApplication (reused if it exists): names, Pintu's look (font, colours, icons), Indonesian locale."""
    app = QApplication.instance()
    made_here = not isinstance(app, QApplication)
    if not isinstance(app, QApplication):
        # Fusion from the start: set afterwards, the style object comes back through PySide (~7 ms at start).
        app = QApplication([*sys.argv, "-style", "Fusion"])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    apply_style(app, fusion_set=made_here)
    # Indonesian first: numbers as 2.000 and dates as Indonesians write them (English comes with translations).
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    return app


def build_main_window(workspace: Workspace) -> MainWindow:
    """The main window over an open workspace (the caller keeps and closes the workspace)."""
    from desktop_app.ui.main_window import MainWindow

    return MainWindow(workspace)




def _show(window: MainWindow) -> None:
    """Maximised on a small laptop screen (1366x768: every column of the list fits), else the default size."""
    screen = window.screen().availableGeometry()
    if screen.width() <= 1440 or screen.height() <= 800:
        window.showMaximized()
    else:
        window.show()


def open_error_text(error: PintuError | sqlite3.Error | OSError, path: Path) -> str:
    """Words for why the workspace did not open, and what the user can do about it."""
    code = error.code if isinstance(error, PintuError) else "workspace.unreadable"
    if code == "keys.missing":
        return fill(
            QCoreApplication.translate(
                "app",
                "Berkas ini bukan basis data Pintu, atau berkas kuncinya (%2) tidak ada di sampingnya:\n%1\n\n"
                "Jika basis data disalin dari laptop lain, salin juga berkas kuncinya. Tidak ada yang diubah.",
            ),
            str(path), keyfile_path(path).name,
        )
    if code == "workspace.not_encrypted":
        return fill(
            QCoreApplication.translate(
                "app", "Basis data ini tidak terenkripsi, jadi bukan buatan Pintu versi ini:\n%1\n\n"
                "Tidak ada yang diubah."),
            str(path),
        )
    if code == "workspace.not_a_database":
        return fill(
            QCoreApplication.translate(
                "app", "Berkas ini bukan basis data Pintu, atau berkasnya rusak:\n%1\n\nTidak ada yang diubah."
            ),
            str(path),
        )
    if code == "workspace.too_new":
        return fill(
            QCoreApplication.translate(
                "app",
                "Ruang kerja ini dibuat oleh versi Pintu yang lebih baru:\n%1\n\nPerbarui Pintu untuk membukanya.",
            ),
            str(path),
        )
    return fill(
        QCoreApplication.translate("app", "Ruang kerja tidak dapat dibuka:\n%1\n\n(%2)"),
        str(path),
        code if isinstance(error, PintuError) else str(error),
    )


def _cannot_unlock(path: Path) -> PintuError | None:
    """What makes a file unopenable before any passphrase is asked: not encrypted, or no key file beside it."""
    if is_plain_sqlite(path):
        return PintuError("workspace.not_encrypted")
    if not keyfile_path(path).exists():
        return PintuError("keys.missing")
    return None


def _show_open_error(text: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Critical, QCoreApplication.translate("app", "Pintu — ruang kerja tidak dapat dibuka"), text
    )
    close = box.addButton(QCoreApplication.translate("app", "Tutup"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(close)
    box.exec()


def _run_event_loop(app: QApplication) -> int:
    return int(app.exec())


def run_gui(db_path: Path | None = None) -> int:
    """Open the workspace at `db_path` (default: `$PINTU_DB` or the user data folder) in the window.

    The stored language is applied before any window exists. With no workspace there yet, the first-run
    setup creates one (closing it quits with 0); one that exists but cannot be opened is explained in a
    message (exit 1), never a traceback.
    """
    app = make_application()
    i18n.apply_language(i18n.current_language())
    path = Path(db_path) if db_path is not None else resolve_db_path(None)
    if not path.exists():
        from desktop_app.ui.setup_wizard import run_setup

        created = run_setup(path)
        if created is None:
            return 0
        workspace = created
    else:
        problem = _cannot_unlock(path)
        if problem is not None:
            _show_open_error(open_error_text(problem, path))
            return 1
        unlocked = unlock_workspace(path)
        if unlocked is None:
            return 0
        workspace = unlocked
    while True:
        request = None
        try:
            from desktop_app.ui.auto_backup import AutoBackup
            from desktop_app.ui.idle_lock import install_idle_lock
            from desktop_app.ui.sign_in_dialog import sign_in_at_start

            if not sign_in_at_start(workspace):  # who is at the laptop (asked only once people are set up)
                return 0
            window = build_main_window(workspace)
            backups = AutoBackup(workspace, window)
            window.idle_lock = install_idle_lock(window, workspace)  # type: ignore[attr-defined]
            try:
                _show(window)
                backups.start()
                code = _run_event_loop(app)
                request = getattr(window, "restore_request", None)
            finally:
                window.idle_lock.uninstall()  # type: ignore[attr-defined]
                if backups.task is not None:
                    backups.task.wait()
                # The window's pages read the workspace until they are gone: delete them before closing it.
                window.deleteLater()
                QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        finally:
            path_and_key = (workspace.path, workspace.key)
            workspace.close()
        if request is None:
            return code
        workspace = _restore_and_reopen(path_and_key[0] or path, path_and_key[1], request)


def _restore_and_reopen(path: Path, key: bytes | None, request: object) -> Workspace:
    """Put the chosen backup in place (the window and its connections are gone), then reopen the file.

    A refusal (damaged, another workspace) leaves the file as it was and is said in a message.
    """
    # Qt here, not at the top: PySide builds its whole `Qt` namespace (~15 ms) on first use, and the
    # unlock window (made from this module) needs none of it to be on screen.
    from PySide6.QtCore import Qt

    from desktop_app.storage.backup import restore_backup
    from desktop_app.storage.workspace import open_workspace
    from desktop_app.ui.backup_section import RestoreRequest
    from desktop_app.ui.messages import message

    assert isinstance(request, RestoreRequest)
    QApplication.setOverrideCursor(Qt.CursorShape.BusyCursor)
    try:
        restore_backup(path, request.backup, key, passphrase=request.passphrase, recovery_key=request.recovery_key)
        done = QCoreApplication.translate("app", "Cadangan dipulihkan. Keadaan sebelumnya disimpan sebagai cadangan "
                                                 "\"sebelum pemulihan\".")
    except PintuError as error:
        done = message(error.code)
    finally:
        QApplication.restoreOverrideCursor()
    QMessageBox.information(None, QCoreApplication.translate("app", "Pulihkan cadangan"), done)
    return open_workspace(path, key=key)
