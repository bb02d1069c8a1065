"""Every laptop of the workspace: who uses it, when its data last arrived here, and revoking a lost one's key.

Revoking is for a lost or stolen laptop: cards printed on it are refused at check-in from then on (on
every laptop, once the revocation has travelled by sync). The confirmation says so in plain words and
the safe answer is the default.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import PintuError
from desktop_app.storage.cards import revoke_device
from desktop_app.storage.devices import list_devices
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.i18n import fill
from desktop_app.ui.messages import message
from desktop_app.ui.participant_table_model import format_datetime
from desktop_app.ui.style import ERROR, MUTED, SUCCESS, icon, set_role

COLUMNS = ("name", "officer", "key_id", "arrived", "events", "status")




class DevicesPage(QWidget):
    """The laptops table and the one dangerous action, revoking a key."""

    changed = Signal()  # a key was revoked

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, load: bool = True) -> None:
        """`load=False`: read nothing yet (the owner calls `refresh` when the page is first shown)."""
        super().__init__(parent)
        self.workspace = workspace
        self.devices: list[dict[str, Any]] = []

        self.heading = QLabel(self)
        set_role(self.heading, "heading")
        self.help_text = QLabel(self)
        self.help_text.setWordWrap(True)
        set_role(self.help_text, "muted")
        self.unsent_label = QLabel(self)
        self.unsent_label.setObjectName("devicesUnsent")
        self.table = QTableWidget(0, len(COLUMNS), self)
        self.table.setObjectName("devicesTable")
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._update_buttons)

        self.revoke_button = QPushButton(icon("warning"), "", self)
        self.revoke_button.setObjectName("revokeButton")
        self.revoke_button.clicked.connect(self.revoke_selected)
        self.error_label = QLabel(self)
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "error-box")
        self.error_label.hide()
        self.done_label = QLabel(self)
        self.done_label.setWordWrap(True)
        set_role(self.done_label, "success-box")
        self.done_label.hide()

        buttons = QHBoxLayout()
        buttons.addWidget(self.revoke_button)
        buttons.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 12, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(self.heading)
        layout.addWidget(self.help_text)
        layout.addWidget(self.unsent_label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.error_label)
        layout.addWidget(self.done_label)
        layout.addLayout(buttons)
        self._retranslate()
        if load:
            self.refresh()

    # --- data ---------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self.devices = list_devices(self.workspace)
        self.table.setRowCount(len(self.devices))
        for row, device in enumerate(self.devices):
            for column, key in enumerate(COLUMNS):
                self.table.setItem(row, column, self._item(device, key))
        self.table.resizeColumnsToContents()
        mine = next((d for d in self.devices if d["this_laptop"]), None)
        unsent = int(mine["unsent_changes"] or 0) if mine else 0
        self.unsent_label.setText(
            fill(self.tr("Laptop ini: %1 perubahan belum dikirim."), QLocale().toString(unsent)) if unsent
            else self.tr("Laptop ini: semua perubahan sudah dikirim.")
        )
        set_role(self.unsent_label, "warning" if unsent else "success")
        self._update_buttons()

    def _item(self, device: dict[str, Any], key: str) -> QTableWidgetItem:
        item = QTableWidgetItem()
        if key == "name":
            text = device["name"]
            if device["this_laptop"]:
                text = fill(self.tr("%1 (laptop ini)"), text)
                font = QFont(item.font())
                font.setBold(True)
                item.setFont(font)
        elif key == "officer":
            text = device["officer"]
        elif key == "key_id":
            text = device["key_id"]
            font = QFont(item.font())
            font.setFamilies(["Consolas", "DejaVu Sans Mono", "monospace"])
            item.setFont(font)
        elif key == "arrived":
            if device["this_laptop"]:
                text = "—"
            elif device["last_data_arrived"]:
                text = format_datetime(device["last_data_arrived"])
            else:
                text = self.tr("hanya lewat laptop lain")
                item.setForeground(QColor(MUTED))
        elif key == "events":
            text = QLocale().toString(int(device["events"]))
            item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        else:
            if device["revoked_at"]:
                text = fill(self.tr("Kunci dicabut %1"), format_datetime(device["revoked_at"]))
                item.setForeground(QColor(ERROR))
            else:
                text = self.tr("Aktif")
                item.setForeground(QColor(SUCCESS))
        item.setText(text)
        item.setToolTip(text)
        return item

    def selected(self) -> dict[str, Any] | None:
        rows = self.table.selectionModel().selectedRows()
        return self.devices[rows[0].row()] if rows else None

    def select_device(self, device_id: str) -> None:
        for row, device in enumerate(self.devices):
            if device["id"] == device_id:
                self.table.selectRow(row)

    def _update_buttons(self) -> None:
        device = self.selected()
        self.revoke_button.setEnabled(
            device is not None and not device["this_laptop"] and not device["revoked_at"])

    # --- revoking -----------------------------------------------------------------------------------
    def confirm_revoke(self, device: dict[str, Any]) -> bool:
        """A strong question: what revoking does, with "Batal" as the default answer."""
        box = QMessageBox(self)
        box.setObjectName("revokeConfirmation")
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(self.tr("Cabut kunci laptop"))
        box.setText(fill(self.tr("Cabut kunci \"%1\" (petugas: %2)?"), device["name"], device["officer"] or "—"))
        box.setInformativeText(
            self.tr(
                "Lakukan ini hanya bila laptop itu hilang atau dicuri. Setelah dicabut, SEMUA kartu peserta yang "
                "dicetak di laptop itu ditolak saat absensi (di setiap laptop, setelah sinkronisasi), dan peserta "
                "tersebut perlu kartu baru. Data yang sudah dikirim laptop itu tetap tersimpan. Pencabutan tidak "
                "dapat dibatalkan."
            )
        )
        revoke = box.addButton(self.tr("Ya, cabut kuncinya"), QMessageBox.ButtonRole.DestructiveRole)
        revoke.setObjectName("confirmRevoke")
        cancel = box.addButton(self.tr("Batal"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(cancel)
        box.setEscapeButton(cancel)
        box.exec()
        return box.clickedButton() is revoke

    def revoke_selected(self) -> bool:
        device = self.selected()
        if device is None or not self.confirm_revoke(device):
            return False
        self.done_label.hide()
        try:
            revoke_device(self.workspace, device["id"])
        except PintuError as error:
            self.error_label.setText(message(error.code))
            self.error_label.show()
            self.refresh()
            return False
        self.error_label.hide()
        self.done_label.setText(
            fill(self.tr("Kunci \"%1\" dicabut. Sinkronkan agar laptop lain ikut menolak kartunya."), device["name"])
        )
        self.done_label.show()
        self.refresh()
        self.changed.emit()
        return True

    # --- language -----------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Perangkat ruang kerja ini"))
        self.help_text.setText(
            self.tr(
                "Setiap laptop yang pernah bergabung. \"Data terakhir tiba\" adalah saat berkas laptop itu "
                "terakhir diimpor di sini; \"Perubahan\" adalah jumlah perubahan buatan laptop itu yang sudah "
                "ada di sini."
            )
        )
        headers = {
            "name": self.tr("Laptop"),
            "officer": self.tr("Petugas"),
            "key_id": self.tr("ID kunci"),
            "arrived": self.tr("Data terakhir tiba"),
            "events": self.tr("Perubahan"),
            "status": self.tr("Status"),
        }
        self.table.setHorizontalHeaderLabels([headers[key] for key in COLUMNS])
        self.revoke_button.setText(self.tr("Cabut kunci laptop terpilih…"))
        self.revoke_button.setToolTip(self.tr("Untuk laptop yang hilang atau dicuri"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)
