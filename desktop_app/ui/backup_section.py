"""Backups in the settings page: the list with dates and counts, backing up now (or to a USB stick),
restoring one, and changing the passphrase.

Backing up runs off the UI thread. A restore is confirmed with the backup's date and counts next to
today's; the window then closes, `app.run_gui` puts the backup in place (after a safety copy of the
current state) and opens a fresh window on it — the pages never see the file change under them.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import PintuError
from desktop_app.storage import keyfile
from desktop_app.storage.backup import BackupInfo, list_backups, make_backup, read_info
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.background import Task, with_own_connection
from desktop_app.ui.messages import message
from desktop_app.ui.style import set_role


@dataclass(frozen=True)
class RestoreRequest:
    """What the window hands to `app.run_gui` when it closes for a restore."""

    backup: Path
    passphrase: str | None = None
    recovery_key: str | None = None


class BackupSection(QWidget):
    """The backups part of the settings page."""

    restoreRequested = Signal(object)  # a RestoreRequest: the window closes and the app restores

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.backups: list[BackupInfo] = []
        self.task: Task[Path] | None = None

        self.title = QLabel(self)
        set_role(self.title, "heading")
        self.explain = QLabel(self)
        self.explain.setWordWrap(True)
        set_role(self.explain, "muted")
        self.table = QTableWidget(0, 4, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(False)
        self.table.setMinimumHeight(150)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        self.status.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        self.backup_button = QPushButton(self)
        self.backup_button.clicked.connect(lambda: self.back_up(None))
        self.usb_button = QPushButton(self)
        self.usb_button.clicked.connect(self.back_up_to_folder)
        self.restore_button = QPushButton(self)
        self.restore_button.clicked.connect(self.restore_selected)
        self.restore_file_button = QPushButton(self)
        self.restore_file_button.clicked.connect(self.restore_from_file)
        self.passphrase_button = QPushButton(self)
        self.passphrase_button.clicked.connect(self.change_passphrase)

        buttons = QHBoxLayout()
        for button in (self.backup_button, self.usb_button, self.restore_button, self.restore_file_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.title)
        layout.addWidget(self.explain)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        layout.addWidget(self.status)
        passphrase_row = QHBoxLayout()
        passphrase_row.addWidget(self.passphrase_button)
        passphrase_row.addStretch(1)
        layout.addLayout(passphrase_row)
        self._retranslate()
        self.refresh()

    # --- the list -----------------------------------------------------------------------------
    def refresh(self) -> None:
        if self.workspace.path is None:
            return
        self.backups = list_backups(self.workspace.path, self.workspace.key)
        self.table.setRowCount(len(self.backups))
        for row, info in enumerate(self.backups):
            when = info.created_at.astimezone().strftime("%d-%m-%Y %H:%M")
            cells = (when, self._reason(info.reason), f"{info.participants:,}".replace(",", "."),
                     f"{info.size / 1_000_000:.1f} MB")
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column in (2, 3):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self._update_buttons()

    def _reason(self, reason: str) -> str:
        names = {"start": self.tr("saat dibuka"), "daily": self.tr("harian"),
                 "before-import": self.tr("sebelum impor"), "before-restore": self.tr("sebelum pemulihan"),
                 "manual": self.tr("manual")}
        return names.get(reason, reason)

    def _update_buttons(self) -> None:
        busy = self.task is not None and self.task.is_running()
        self.restore_button.setEnabled(bool(self.table.selectedItems()) and not busy)
        self.backup_button.setEnabled(not busy)
        self.usb_button.setEnabled(not busy)

    # --- backing up ---------------------------------------------------------------------------
    def back_up_to_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder cadangan (misalnya flashdisk)"))
        if folder:
            self.back_up(Path(folder))

    def back_up(self, folder: Path | None) -> None:
        """Copy now, off the UI thread; to `folder` (a USB stick) or the backups folder."""
        task: Task[Path] = Task(with_own_connection(
            self.workspace, lambda ws, _progress: make_backup(ws, "manual", folder)))
        task.succeeded.connect(self._backed_up)
        task.failed.connect(lambda failure: self.status.setText(failure.message))
        task.finished.connect(self._update_buttons)
        self.task = task
        self.status.setText(self.tr("Membuat cadangan…"))
        task.start()
        self._update_buttons()

    def _backed_up(self, path: Path) -> None:
        self.status.setText(self.tr("Cadangan dibuat: %1").replace("%1", str(path)))
        self.refresh()

    # --- restoring ----------------------------------------------------------------------------
    def restore_selected(self) -> None:
        rows = {index.row() for index in self.table.selectedIndexes()}
        if rows:
            self.confirm_restore(self.backups[min(rows)])

    def restore_from_file(self) -> None:
        path, _chosen = QFileDialog.getOpenFileName(
            self, self.tr("Pilih berkas cadangan"), str(Path.home()), self.tr("Cadangan Pintu (*.sqlite)"))
        if not path:
            return
        self.restore_path(Path(path))

    def restore_path(self, path: Path, *, passphrase: str | None = None, recovery_key: str | None = None) -> None:
        """Read the backup's facts (asking for its passphrase if it is another laptop's), then confirm."""
        try:
            info = read_info(path, self.workspace.key, passphrase=passphrase, recovery_key=recovery_key)
        except PintuError as error:
            if error.code in ("backup.key_needed", "passphrase.wrong"):  # another laptop's: ask (again)
                typed, ok = QInputDialog.getText(self, self.tr("Kata sandi cadangan"), message(error.code),
                                                 QLineEdit.EchoMode.Password)
                if ok and typed:
                    self.restore_path(path, passphrase=typed)
                return
            self.status.setText(message(error.code))
            return
        if info.workspace_id != self.workspace.info.workspace_id:
            self.status.setText(message("backup.other_workspace"))
            return
        self.confirm_restore(info, passphrase=passphrase, recovery_key=recovery_key)

    def confirm_restore(self, info: BackupInfo, *, passphrase: str | None = None,
                        recovery_key: str | None = None) -> bool:
        """The backup's date and counts next to today's; restoring only after an explicit yes."""
        now_participants = self.workspace.db.execute(
            "SELECT count(*) FROM participants WHERE deleted_at IS NULL AND withdrawn_at IS NULL").fetchone()[0]
        text = self.tr(
            "Pulihkan cadangan dari %1?\n\nCadangan: %2 peserta aktif, %3 perubahan tercatat.\n"
            "Sekarang: %4 peserta aktif.\n\nKeadaan sekarang disalin dulu sebagai cadangan \"sebelum pemulihan\", "
            "jadi tidak ada yang hilang. Perubahan setelah tanggal cadangan yang sudah dikirim ke laptop lain "
            "kembali lewat sinkronisasi. Jendela Pintu akan dibuka ulang."
        )
        for number, value in enumerate((info.created_at.astimezone().strftime("%d-%m-%Y %H:%M"),
                                         f"{info.participants:,}".replace(",", "."),
                                         f"{info.events:,}".replace(",", "."),
                                         f"{now_participants:,}".replace(",", ".")), start=1):
            text = text.replace(f"%{number}", value)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Pulihkan cadangan"), text, parent=self)
        yes = box.addButton(self.tr("Pulihkan"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.exec()
        if box.clickedButton() is not yes:
            return False
        request = RestoreRequest(info.path, passphrase, recovery_key)
        self.restoreRequested.emit(request)
        window = self.window()
        if window is not self:  # in the main window: it closes, and `app.run_gui` restores and reopens
            window.restore_request = request  # type: ignore[attr-defined]
            window.close()
        return True

    # --- the passphrase -----------------------------------------------------------------------
    def change_passphrase(self) -> None:
        dialog = PassphraseDialog(self)
        if dialog.exec() != QDialog.DialogCode.Accepted or self.workspace.path is None or self.workspace.key is None:
            return
        try:
            keyfile.unlock(self.workspace.path, passphrase=dialog.old.text())
            keyfile.change_passphrase(self.workspace.path, self.workspace.key, dialog.new.text())
        except PintuError as error:
            self.status.setText(message(error.code))
            return
        self.status.setText(self.tr("Kata sandi untuk membuka laptop ini sudah diganti."))

    def _retranslate(self) -> None:
        self.title.setText(self.tr("Cadangan"))
        self.explain.setText(self.tr(
            "Pintu menyalin ruang kerja saat dibuka, setiap hari, dan sebelum setiap impor; 10 salinan terakhir "
            "dari tiap jenis disimpan. Salinan terenkripsi seperti datanya; berkas .keys ikut di sampingnya. "
            "Simpan juga salinan di flashdisk, di luar laptop."))
        self.table.setHorizontalHeaderLabels([self.tr("Waktu"), self.tr("Jenis"), self.tr("Peserta"),
                                              self.tr("Ukuran")])
        self.backup_button.setText(self.tr("Cadangkan sekarang"))
        self.usb_button.setText(self.tr("Cadangkan ke flashdisk…"))
        self.restore_button.setText(self.tr("Pulihkan yang dipilih…"))
        self.restore_file_button.setText(self.tr("Pulihkan dari berkas…"))
        self.passphrase_button.setText(self.tr("Ganti kata sandi…"))
        if self.backups:
            self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)


class PassphraseDialog(QDialog):
    """The current passphrase, and the new one twice; checked before it closes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Ganti kata sandi"))
        self.old, self.new, self.again = QLineEdit(self), QLineEdit(self), QLineEdit(self)
        for field in (self.old, self.new, self.again):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setMinimumWidth(260)
        self.error = QLabel(self)
        set_role(self.error, "error")
        self.error.hide()
        note = QLabel(self.tr(
            "Kata sandi baru membuka data di laptop ini. Berkas sinkronisasi tetap memakai kata sandi ruang kerja "
            "yang sama untuk semua laptop."), self)
        note.setWordWrap(True)
        set_role(note, "muted")
        form = QFormLayout()
        form.addRow(self.tr("Kata sandi sekarang"), self.old)
        form.addRow(self.tr("Kata sandi baru"), self.new)
        form.addRow(self.tr("Ulangi kata sandi baru"), self.again)
        buttons = QDialogButtonBox(self)
        ok = buttons.addButton(self.tr("Ganti"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Batal"), QDialogButtonBox.ButtonRole.RejectRole)
        ok.clicked.connect(self._check)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _check(self) -> None:
        from desktop_app.core.passphrase import MIN_PASSPHRASE_LENGTH

        if len(self.new.text().strip()) < MIN_PASSPHRASE_LENGTH:
            problem = "passphrase.too_short"
        elif self.new.text() != self.again.text():
            problem = "passphrase.mismatch"
        elif not self.old.text():
            problem = "passphrase.required"
        else:
            self.accept()
            return
        self.error.setText(message(problem))
        self.error.show()

