"""The card printing log: when, who, how many cards and which layout, newest first; whose cards on a click."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.storage.cards import print_log
from desktop_app.storage.participants import ParticipantRepository
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.i18n import fill
from desktop_app.ui.participant_table_model import format_datetime
from desktop_app.ui.style import set_role

ENTRIES = 200
NAMES_SHOWN = 30


class PrintLogDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.entries: list[dict[str, Any]] = print_log(workspace, limit=ENTRIES)
        self.table = QTableWidget(0, 4, self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setShowGrid(False)
        self.table.setAlternatingRowColors(True)
        self.table.setStyleSheet("QTableWidget::item { padding: 0 8px; }")
        header = self.table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.table.itemSelectionChanged.connect(self._show_names)
        self.empty_label = QLabel(self)
        set_role(self.empty_label, "muted")
        self.names_label = QLabel(self)
        self.names_label.setWordWrap(True)
        self.names_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.accept)

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty_label)
        layout.addWidget(self.names_label)
        layout.addLayout(buttons)
        self.resize(640, 420)
        self._retranslate()

    def _fill(self) -> None:
        locale = QLocale()
        self.table.setRowCount(len(self.entries))
        for row, entry in enumerate(self.entries):
            layout = self.tr("A4, 10 per lembar") if entry["layout"] == "a4" else self.tr("Satu per halaman")
            values = (format_datetime(entry["printed_at"]), str(entry["printed_by"] or ""),
                      locale.toString(int(entry["card_count"] or 0)), layout)
            for column, value in enumerate(values):
                item = QTableWidgetItem(value)
                if column == 2:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, column, item)
        self.empty_label.setVisible(not self.entries)

    def _show_names(self) -> None:
        """Whose cards the chosen printing made (the first few names, read when asked)."""
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            self.names_label.clear()
            return
        ids = self.entries[rows[0].row()]["participant_ids"]
        repo = ParticipantRepository(self.workspace)
        names = [str(record["full_name"]) for pid in ids[:NAMES_SHOWN] if (record := repo.get(pid))]
        text = ", ".join(names)
        if len(ids) > NAMES_SHOWN:
            text = fill(self.tr("%1 dan %2 lainnya"), text, QLocale().toString(len(ids) - NAMES_SHOWN))
        self.names_label.setText(self.tr("Peserta: %1").replace("%1", text))

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Riwayat cetak kartu"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Waktu"), self.tr("Petugas"), self.tr("Kartu"), self.tr("Tata letak")]
        )
        self.empty_label.setText(self.tr("Belum ada kartu yang dicetak."))
        self.close_button.setText(self.tr("Tutup"))
        self._fill()
        self._show_names()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
