"""The last line of defence: an unexpected error becomes a calm dialog and a log entry, never a traceback.

Every save in Pintu is a transaction, so an error in the middle of one leaves the data as it was: the
dialog can say so truthfully.
"""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("pintu.ui")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ErrorDialog", text)


def show_unexpected_error(log_path: Path | None) -> None:
    box = QMessageBox(QApplication.activeWindow())
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(QCoreApplication.translate("ErrorDialog", "Pintu — terjadi kesalahan"))
    where = str(log_path) if log_path else QCoreApplication.translate("ErrorDialog", "(tidak ada berkas log)")
    box.setText(QCoreApplication.translate(
        "ErrorDialog",
        "Terjadi kesalahan yang tidak terduga. Tidak ada data yang hilang: setiap penyimpanan di Pintu "
        "berhasil seluruhnya atau tidak sama sekali.\n\nJika terulang, kirimkan berkas log ini kepada "
        "pengelola (berkas log tidak berisi NIK atau nomor HP):"))
    box.setInformativeText(where)
    box.addButton(QCoreApplication.translate("ErrorDialog", "Tutup"), QMessageBox.ButtonRole.AcceptRole)
    box.exec()


def install_excepthook(log_path: Path | None) -> None:
    """Route uncaught exceptions (also those raised inside Qt slots) to the log and the dialog."""

    def hook(kind: type[BaseException], value: BaseException, trace: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, trace)
            return
        log.error("unexpected error", exc_info=(kind, value, trace))
        if QApplication.instance() is not None:
            try:
                show_unexpected_error(log_path)
            except Exception:  # the dialog itself must never raise inside the hook
                log.exception("could not show the error dialog")

    sys.excepthook = hook
