"""Putting people into a class: the training's verified, accepted and waitlisted people who are in no
class yet, in registration order (first registered, first in), with the training's quota and the
class's free places shown. Ticked people are accepted up to the class's capacity in that order; the
rest go to the waitlist (cadangan), and the dialog says so before anything is saved.
"""

from __future__ import annotations

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

from desktop_app.storage.class_overview import assign_candidates
from desktop_app.storage.classes import Assignment, assign, get_class
from desktop_app.storage.programs import list_programs
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import style
from desktop_app.ui.i18n import fill
from desktop_app.ui.participant_table_model import format_datetime
from desktop_app.ui.vocab import status_name

ID_ROLE = Qt.ItemDataRole.UserRole


class AssignDialog(QDialog):
    """Tick people, "Masukkan ke kelas"; afterwards `assignment` holds who got in and who waits."""

    def __init__(self, workspace: Workspace, class_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.klass = get_class(workspace, class_id)
        self.assignment: Assignment | None = None
        self.candidates = assign_candidates(workspace, self.klass["program_code"])
        program = next((p for p in list_programs(workspace) if p["code"] == self.klass["program_code"]), None)
        self.program = program or {"name": self.klass["program_code"], "quota": None, "accepted": 0}

        self.heading = QLabel(self)
        style.set_role(self.heading, "heading")
        self.quota = QLabel(self)
        self.quota.setWordWrap(True)
        style.set_role(self.quota, "muted")
        self.table = QTableWidget(len(self.candidates), 5, self)
        self._fill_table()
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        style.set_role(self.empty, "info-box")
        self.empty.setVisible(not self.candidates)
        self.table.setVisible(bool(self.candidates))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)

        self.all_button = QPushButton(self)
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button = QPushButton(self)
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.assign_button = QPushButton(self)
        style.make_primary(self.assign_button)
        self.assign_button.clicked.connect(self.assign)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.all_button)
        buttons.addWidget(self.none_button)
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.assign_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.quota)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        self.table.itemChanged.connect(lambda _item: self._update_summary())
        self._retranslate()
        self.resize(760, 520)

    def free_places(self) -> int:
        return max(0, int(self.klass["capacity"] or 0) - int(self.klass["members"]))

    def _fill_table(self) -> None:
        table = self.table
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        blocked = table.blockSignals(True)
        for row, person in enumerate(self.candidates):
            tick = QTableWidgetItem(str(row + 1))
            tick.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)
            tick.setCheckState(Qt.CheckState.Unchecked)
            tick.setData(ID_ROLE, person["id"])
            table.setItem(row, 0, tick)
            table.setItem(row, 1, QTableWidgetItem(person["full_name"]))
            table.setItem(row, 2, QTableWidgetItem(person["short_code"]))
            table.setItem(row, 3, QTableWidgetItem(status_name(person["status"])))
            table.setItem(row, 4, QTableWidgetItem(format_datetime(person["registered_at"])))
        table.blockSignals(blocked)

    def ticked(self) -> list[str]:
        """Ticked people, in registration order."""
        ids = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            if item.checkState() == Qt.CheckState.Checked:
                ids.append(str(item.data(ID_ROLE)))
        return ids

    def tick(self, participant_ids: list[str]) -> None:
        wanted = set(participant_ids)
        for row in range(self.table.rowCount()):
            item = self.table.item(row, 0)
            item.setCheckState(Qt.CheckState.Checked if item.data(ID_ROLE) in wanted else Qt.CheckState.Unchecked)

    def _tick_all(self, checked: bool) -> None:
        state = Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked
        blocked = self.table.blockSignals(True)
        for row in range(self.table.rowCount()):
            self.table.item(row, 0).setCheckState(state)
        self.table.blockSignals(blocked)
        self._update_summary()

    def _update_summary(self) -> None:
        count = len(self.ticked())
        fits = min(count, self.free_places())
        waits = count - fits
        if count == 0:
            self.summary.setText(self.tr("Centang peserta yang masuk kelas ini."))
            style.set_role(self.summary, "muted")
        elif waits:
            self.summary.setText(fill(self.tr("%1 dipilih: %2 masuk kelas, %3 masuk daftar cadangan (kelas penuh)."),
                                      str(count), str(fits), str(waits)))
            style.set_role(self.summary, "warning")
        else:
            self.summary.setText(fill(self.tr("%1 dipilih: semua masuk kelas."), str(count)))
            style.set_role(self.summary, "success")
        self.assign_button.setEnabled(count > 0)

    def assign(self) -> Assignment | None:
        ids = self.ticked()
        if not ids:
            return None
        self.assignment = assign(self.workspace, self.klass["id"], ids)
        self.accept()
        return self.assignment

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Tambah peserta ke kelas"))
        self.heading.setText(fill(self.tr("%1 — %2"), str(self.klass["name"]), str(self.program["name"])))
        quota = self.program.get("quota")
        locale = QLocale()
        self.quota.setText(fill(
            self.tr("Kelas ini: %1 dari %2 tempat terisi, sisa %3. Pelatihan %4: kuota %5, %6 sudah diterima."),
            locale.toString(int(self.klass["members"])), locale.toString(int(self.klass["capacity"] or 0)),
            locale.toString(self.free_places()), str(self.program["name"]),
            locale.toString(int(quota)) if quota is not None else "–", locale.toString(int(self.program["accepted"])))
            + " " + self.tr("Urutan daftar = urutan pendaftaran: yang lebih dulu mendaftar, lebih dulu masuk."))
        self.empty.setText(self.tr(
            "Tidak ada peserta terverifikasi atau diterima tanpa kelas. Verifikasi dulu di halaman Peserta."))
        self.table.setHorizontalHeaderLabels([self.tr("No"), self.tr("Nama"), self.tr("Kode"), self.tr("Status"),
                                              self.tr("Terdaftar")])
        self.all_button.setText(self.tr("Pilih semua"))
        self.none_button.setText(self.tr("Kosongkan"))
        self.assign_button.setText(self.tr("Masukkan ke kelas"))
        self.cancel_button.setText(self.tr("Batal"))
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

