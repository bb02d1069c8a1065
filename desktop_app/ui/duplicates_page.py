"""Possible duplicates: the same NIK registered twice (often on two laptops). A coordinator decides each pair.

Both records side by side (name, code, NIK, birth date, village, phone, training, status, who registered
them, when and on which laptop, how many scans), with the lines that differ marked. "Gabungkan,
pertahankan kiri/kanan" merges the pair (`merge_pair`: the other record points to the kept one, its scans
count for the kept one); "Orang berbeda" closes the pair (`mark_different`). Both are events and sync.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import PintuError
from desktop_app.core.phone import format_phone
from desktop_app.core.regions import regions
from desktop_app.storage.devices import device_names
from desktop_app.storage.duplicates import list_duplicates, mark_different, merge_pair
from desktop_app.storage.programs import list_programs
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.messages import message
from desktop_app.ui.participant_table_model import format_date, format_datetime
from desktop_app.ui.review_list import ReviewList
from desktop_app.ui.style import WARNING, WARNING_SOFT, icon, set_role
from desktop_app.ui.vocab import field_label, status_name

# The lines of a pair, in order.
ROWS = ("full_name", "short_code", "nik", "birth_date", "kelurahan_code", "phone", "program_code", "status",
        "registered", "scans")


class DuplicatesPage(ReviewList):
    """The open pairs of possible double registrations."""

    changed = Signal()  # a pair was merged or closed: the participant list changed
    countChanged = Signal(int)  # open pairs left

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, load: bool = True) -> None:
        """`load=False`: read nothing yet (the owner calls `refresh` when the page is first shown)."""
        super().__init__(parent, error_name="duplicateError", empty_name="noDuplicates")
        self.workspace = workspace
        self.pairs: list[dict[str, Any]] = []
        self.cards: dict[str, PairCard] = {}

        self._retranslate()
        if load:
            self.refresh()

    def count(self) -> int:
        return len(self.pairs)

    def refresh(self) -> None:
        """Read the open pairs again (after an import, or a decision)."""
        self.pairs = list_duplicates(self.workspace)
        for card in self.cards.values():
            card.deleteLater()
        self.cards.clear()
        if self.pairs:
            devices = device_names(self.workspace)
            programs = {str(p["code"]): str(p["name"]) for p in list_programs(self.workspace)}
            for pair in self.pairs:
                card = PairCard(pair, devices, programs, self.list_widget)
                card.merge.connect(self.merge)
                card.different.connect(self.different)
                self.list_layout.insertWidget(self.list_layout.count() - 1, card)
                self.cards[pair["id"]] = card
        self.empty_label.setVisible(not self.pairs)
        self.scroll.setVisible(bool(self.pairs))
        self.countChanged.emit(len(self.pairs))

    def merge(self, pair_id: str, keep_id: str) -> bool:
        """One person: keep `keep_id`; the other record leaves the lists and its scans follow."""
        return self._decide(lambda: merge_pair(self.workspace, pair_id, keep_id))

    def different(self, pair_id: str) -> bool:
        """Two different people after all: the pair leaves the list."""
        return self._decide(lambda: mark_different(self.workspace, pair_id))

    def _decide(self, action: Callable[[], None]) -> bool:
        try:
            action()
        except PintuError as error:
            self.error_label.setText(message(error.code))
            self.error_label.show()
            self.refresh()
            return False
        self.error_label.hide()
        self.refresh()
        self.changed.emit()
        return True

    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Kemungkinan data ganda: NIK yang sama terdaftar dua kali"))
        self.help_text.setText(
            self.tr(
                "Bila orangnya sama, gabungkan: data yang dipertahankan tetap dipakai, data lainnya keluar dari "
                "daftar dan kehadirannya ikut pindah. Bila orangnya berbeda (misalnya salah ketik NIK), pilih "
                "\"Orang berbeda\" lalu perbaiki NIK-nya di halaman Peserta."
            )
        )
        self.empty_label.setText(self.tr("Tidak ada kemungkinan data ganda yang perlu ditinjau."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.pairs:
                self.refresh()
        super().changeEvent(event)


class PairCard(QFrame):
    """Two records side by side; lines that differ are marked."""

    merge = Signal(str, str)  # pair id, the participant id kept
    different = Signal(str)  # pair id

    def __init__(self, pair: dict[str, Any], devices: dict[str, str], programs: dict[str, str],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.pair = pair
        self.devices = devices
        self.programs = programs
        self.setObjectName("pairCard")
        set_role(self, "card")

        grid = QGridLayout()
        grid.setHorizontalSpacing(14)
        grid.setVerticalSpacing(3)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        self.cells: dict[tuple[str, str], QLabel] = {}
        for column, side in ((1, "a"), (2, "b")):
            header = QLabel(self.tr("Kiri") if side == "a" else self.tr("Kanan"), self)
            set_role(header, "muted")
            grid.addWidget(header, 0, column)
        for row, key in enumerate(ROWS, start=1):
            caption = QLabel(self._caption(key), self)
            set_role(caption, "muted")
            grid.addWidget(caption, row, 0, Qt.AlignmentFlag.AlignTop)
            texts = {side: self._value(key, pair[side]) for side in ("a", "b")}
            differs = key not in ("short_code", "registered", "scans") and texts["a"] != texts["b"]
            for column, side in ((1, "a"), (2, "b")):
                cell = QLabel(texts[side], self)
                cell.setObjectName(f"{key}_{side}")
                cell.setWordWrap(True)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                if key == "full_name":
                    font = cell.font()
                    font.setBold(True)
                    font.setPointSizeF(font.pointSizeF() * 1.1)
                    cell.setFont(font)
                elif key in ("nik", "short_code"):
                    font = QFont(cell.font())
                    font.setFamilies(["Consolas", "DejaVu Sans Mono", "monospace"])
                    cell.setFont(font)
                if differs:
                    cell.setStyleSheet(f"color: {WARNING}; background: {WARNING_SOFT}; border-radius: 3px;"
                                       " padding: 0 3px;")
                    cell.setToolTip(self.tr("Berbeda di kedua data"))
                grid.addWidget(cell, row, column)
                self.cells[(key, side)] = cell

        self.keep_left = QPushButton(icon("check"), self.tr("Gabungkan, pertahankan kiri"), self)
        self.keep_left.setObjectName("keepLeft")
        self.keep_right = QPushButton(icon("check"), self.tr("Gabungkan, pertahankan kanan"), self)
        self.keep_right.setObjectName("keepRight")
        self.not_same = QPushButton(icon("close"), self.tr("Orang berbeda"), self)
        self.not_same.setObjectName("differentPeople")
        self.keep_left.clicked.connect(lambda: self.merge.emit(str(pair["id"]), str(pair["a"]["id"])))
        self.keep_right.clicked.connect(lambda: self.merge.emit(str(pair["id"]), str(pair["b"]["id"])))
        self.not_same.clicked.connect(lambda: self.different.emit(str(pair["id"])))
        # Each "keep" button under its own column; "Orang berbeda" at the far right.
        row = len(ROWS) + 1
        grid.setRowMinimumHeight(row, 8)
        grid.addWidget(self.keep_left, row + 1, 1, Qt.AlignmentFlag.AlignLeft)
        right = QHBoxLayout()
        right.setSpacing(8)
        right.addWidget(self.keep_right)
        right.addStretch(1)
        right.addWidget(self.not_same)
        grid.addLayout(right, row + 1, 2)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addLayout(grid)

    def _caption(self, key: str) -> str:
        if key == "registered":
            return self.tr("Didaftarkan")
        if key == "scans":
            return self.tr("Kehadiran tercatat")
        if key == "kelurahan_code":
            return self.tr("Kelurahan")
        return field_label(key)

    def _value(self, key: str, person: dict[str, Any]) -> str:
        value = person.get(key)
        if key == "registered":
            laptop = self.devices.get(str(person.get("device_id") or ""), "")
            parts = [person.get("registered_by") or "", laptop, format_datetime(person.get("registered_at"))]
            return " · ".join(str(p) for p in parts if p)
        if key == "scans":
            return str(int(value or 0))
        if value is None or value == "":
            return "—"
        if key == "birth_date":
            return format_date(value)
        if key == "kelurahan_code":
            return regions().describe(str(value))
        if key == "phone":
            return format_phone(str(value))
        if key == "program_code":
            return self.programs.get(str(value), str(value))
        if key == "status":
            return status_name(str(value))
        return str(value)
