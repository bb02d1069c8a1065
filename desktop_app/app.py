"""Composition root: open the workspace, load translations, build the main window."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app import __version__
from desktop_app.core.errors import PintuError
from desktop_app.storage.driver import sqlite3
from desktop_app.storage.location import resolve_db_path
from desktop_app.storage.workspace import Workspace, open_workspace
from desktop_app.ui import i18n
from desktop_app.ui.main_window import MainWindow, fill
from desktop_app.ui.setup_wizard import run_setup
from desktop_app.ui.style import apply_style

APP_NAME = "Pintu"
ORGANISATION = "Diskopindag Kota Malang"
NO_WORKSPACE_YET = ("workspace.missing", "workspace.folder_missing")


def make_application() -> QApplication:
    """The one QApplication (reused if it exists): names, Pintu's look (font, colours, icons), Indonesian locale."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    app.setApplicationVersion(__version__)
    apply_style(app)
    # Indonesian first: numbers as 2.000 and dates as Indonesians write them (English comes with translations).
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    return app


def build_main_window(workspace: Workspace) -> MainWindow:
    """The main window over an open workspace (the caller keeps and closes the workspace)."""
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
    try:
        workspace = open_workspace(path)
    except PintuError as error:
        if error.code not in NO_WORKSPACE_YET:
            _show_open_error(open_error_text(error, path))
            return 1
        created = run_setup(path)
        if created is None:
            return 0
        workspace = created
    except (sqlite3.Error, OSError) as error:
        _show_open_error(open_error_text(error, path))
        return 1
    try:
        window = build_main_window(workspace)
        try:
            _show(window)
            return _run_event_loop(app)
        finally:
            # The window's pages read the workspace until they are gone: delete them before closing it.
            window.deleteLater()
            QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    finally:
        workspace.close()
