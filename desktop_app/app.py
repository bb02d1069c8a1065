"""Composition root: open the workspace, load translations, build the main window."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_app.core.errors import PintuError
from desktop_app.storage.location import resolve_db_path
from desktop_app.storage.workspace import Workspace, open_workspace
from desktop_app.ui.main_window import MainWindow, fill

APP_NAME = "Pintu"
ORGANISATION = "Diskopindag Kota Malang"
MIN_POINT_SIZE = 10.0  # Qt's 9 pt default is small on a 1366x768 laptop


def _tr(text: str) -> str:
    return QCoreApplication.translate("app", text)


def make_application() -> QApplication:
    """The one QApplication (reused if it exists): names for settings, a readable font, Indonesian locale."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION)
    font = app.font()
    if font.pointSizeF() < MIN_POINT_SIZE:
        font.setPointSizeF(MIN_POINT_SIZE)
        app.setFont(font)
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
    if code in ("workspace.missing", "workspace.folder_missing"):
        return fill(
            _tr(
                "Belum ada ruang kerja di laptop ini.\n\n"
                "Berkas yang dicari: %1\n\n"
                "Buat ruang kerja baru dari baris perintah:\n"
                '    pintu init --workspace "Pelatihan DBHCHT 2026" --device "Laptop Petugas 1" '
                '--officer "Nama Petugas"\n\n'
                "atau coba Pintu dengan data contoh:\n"
                "    pintu demo --open"
            ),
            str(path),
        )
    if code == "workspace.not_a_database":
        return fill(
            _tr("Berkas ini bukan basis data Pintu, atau berkasnya rusak:\n%1\n\nTidak ada yang diubah."),
            str(path),
        )
    if code == "workspace.too_new":
        return fill(
            _tr("Ruang kerja ini dibuat oleh versi Pintu yang lebih baru:\n%1\n\nPerbarui Pintu untuk membukanya."),
            str(path),
        )
    return fill(
        _tr("Ruang kerja tidak dapat dibuka:\n%1\n\n(%2)"),
        str(path),
        code if isinstance(error, PintuError) else str(error),
    )


def run_gui(db_path: Path | None = None) -> int:
    """Open the workspace at `db_path` (default: `$PINTU_DB` or the user data folder) in the window."""
    app = make_application()
    path = Path(db_path) if db_path is not None else resolve_db_path(None)
    try:
        workspace = open_workspace(path)
    except (PintuError, sqlite3.Error, OSError) as error:
        QMessageBox.critical(None, _tr("Pintu — ruang kerja tidak dapat dibuka"), open_error_text(error, path))
        return 1
    try:
        window = build_main_window(workspace)
        _show(window)
        return int(app.exec())
    finally:
        workspace.close()
