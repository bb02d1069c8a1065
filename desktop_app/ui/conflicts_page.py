"""Conflicts a coordinator reviews: two laptops changed the same field of a record without seeing each other.

Each open conflict is one card: whose record, which field, and both values side by side with who wrote
each (officer, laptop) and when. The value that won by the merge rule is in use already ("Dipakai
sekarang"); "Pakai nilai ini" on either side decides the conflict through `resolve_conflict` (an event,
so the decision reaches every laptop at the next sync).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import PintuError
from desktop_app.core.hlc import wall_ms
from desktop_app.core.phone import format_phone
from desktop_app.core.regions import regions
from desktop_app.storage.conflicts import list_conflicts, resolve_conflict
from desktop_app.storage.programs import list_programs
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.i18n import fill
from desktop_app.ui.messages import message
from desktop_app.ui.participant_table_model import format_date, format_datetime
from desktop_app.ui.review_list import ReviewList
from desktop_app.ui.style import icon, make_primary, set_role
from desktop_app.ui.vocab import category_name, education_name, field_label, gender_name, status_name

_DATE_FIELDS = frozenset({"birth_date", "phk_date", "start_date", "end_date", "date"})
_DATETIME_FIELDS = frozenset({"consent_at", "registered_at", "withdrawn_at", "phk_verified_at"})
MAX_VALUE_CHARS = 400




def clock_time(hlc: Any) -> str:
    """DD-MM-YYYY HH:MM on this laptop's clock, from a change's hybrid clock."""
    try:
        return datetime.fromtimestamp(wall_ms(int(hlc)) / 1000).strftime("%d-%m-%Y %H:%M")
    except (TypeError, ValueError, OverflowError, OSError):
        return ""


class ConflictsPage(ReviewList):
    """The open conflicts of the workspace, each decided with one click."""

    changed = Signal()  # a conflict was decided: a record may have changed
    countChanged = Signal(int)  # open conflicts left

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, load: bool = True) -> None:
        """`load=False`: read nothing yet (the owner calls `refresh` when the page is first shown)."""
        super().__init__(parent, error_name="conflictError", empty_name="noConflicts")
        self.workspace = workspace
        self.conflicts: list[dict[str, Any]] = []
        self.cards: dict[str, ConflictCard] = {}
        self._programs: dict[str, str] | None = None

        self._retranslate()
        if load:
            self.refresh()

    # --- data ---------------------------------------------------------------------------------------
    def count(self) -> int:
        return len(self.conflicts)

    def refresh(self) -> None:
        """Read the open conflicts again (after an import, or a decision)."""
        self.conflicts = list_conflicts(self.workspace)
        for card in self.cards.values():
            card.deleteLater()
        self.cards.clear()
        for conflict in self.conflicts:
            card = ConflictCard(conflict, self.value_text, self.list_widget)
            card.chosen.connect(self.resolve)
            self.list_layout.insertWidget(self.list_layout.count() - 1, card)
            self.cards[conflict["id"]] = card
        self.empty_label.setVisible(not self.conflicts)
        self.scroll.setVisible(bool(self.conflicts))
        self.countChanged.emit(len(self.conflicts))

    def resolve(self, conflict_id: str, choice: str) -> bool:
        """Decide one conflict ("keep" the value in use, or take the "other")."""
        try:
            resolve_conflict(self.workspace, conflict_id, choice)
        except PintuError as error:
            self.error_label.setText(message(error.code))
            self.error_label.show()
            self.refresh()
            return False
        self.error_label.hide()
        self.refresh()
        self.changed.emit()
        return True

    def value_text(self, field: str, value: Any) -> str:
        """A field's value in words: "(kosong)", a category's name, a date as DD-MM-YYYY..."""
        if value is None or value == "":
            return self.tr("(kosong)")
        formatters: dict[str, Callable[[Any], str]] = {
            "category": category_name,
            "status": status_name,
            "education": education_name,
            "gender": gender_name,
            "program_code": lambda code: self._program_names().get(str(code), str(code)),
            "kelurahan_code": lambda code: regions().describe(str(code)),
            "phone": lambda number: format_phone(str(number)),
        }
        if field in formatters:
            return formatters[field](value)
        if isinstance(value, bool):
            return self.tr("Ya") if value else self.tr("Tidak")
        if field in _DATE_FIELDS:
            return format_date(value)
        if field in _DATETIME_FIELDS:
            return format_datetime(value)
        text = str(value)
        return text if len(text) <= MAX_VALUE_CHARS else text[: MAX_VALUE_CHARS - 1] + "…"

    def _program_names(self) -> dict[str, str]:
        if self._programs is None:
            self._programs = {str(p["code"]): str(p["name"]) for p in list_programs(self.workspace)}
        return self._programs

    # --- language -----------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.heading.setText(self.tr("Konflik: dua laptop mengubah isian yang sama"))
        self.help_text.setText(
            self.tr(
                "Nilai yang tertulis \"Dipakai sekarang\" sudah berlaku di semua laptop. Periksa keduanya, "
                "lalu pilih yang benar. Pilihan Anda ikut terkirim pada sinkronisasi berikutnya."
            )
        )
        self.empty_label.setText(self.tr("Tidak ada konflik yang perlu ditinjau."))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.conflicts:
                self.refresh()
        super().changeEvent(event)


class ConflictCard(QFrame):
    """One conflict: the record and field on top, both values side by side below."""

    chosen = Signal(str, str)  # conflict id, "keep" | "other"

    def __init__(self, conflict: dict[str, Any], value_text: Callable[[str, Any], str], parent: QWidget) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setObjectName("conflictCard")
        set_role(self, "card")
        field = str(conflict["field"])

        title = QLabel(self)
        set_role(title, "heading")
        title.setWordWrap(True)
        title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        title.setText(fill(self.tr("%1 · %2"), self._record_words(), field_label(field) or field))
        self.title = title

        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.buttons: dict[str, QPushButton] = {}
        self.values: dict[str, QLabel] = {}
        for column, side in enumerate(("kept", "other")):
            box = QFrame(self)
            box.setObjectName(f"{side}Side")
            box.setStyleSheet(
                f"QFrame#{side}Side {{ border: 1px solid {'#a8d5b5' if side == 'kept' else '#c9d1da'}; "
                f"border-radius: 5px; background: {'#f3faf5' if side == 'kept' else '#fafbfc'}; }}"
            )
            inner = QVBoxLayout(box)
            inner.setContentsMargins(10, 8, 10, 8)
            inner.setSpacing(3)
            badge = QLabel(box)
            set_role(badge, "success" if side == "kept" else "muted")
            badge.setText(self.tr("Dipakai sekarang") if side == "kept" else self.tr("Nilai lain"))
            value = QLabel(value_text(field, conflict[f"{side}_value"]), box)
            value.setObjectName(f"{side}Value")
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            font = value.font()
            font.setPointSizeF(font.pointSizeF() * 1.15)
            font.setBold(True)
            value.setFont(font)
            value.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            who = QLabel(self._who(side), box)
            who.setWordWrap(True)
            set_role(who, "muted")
            button = QPushButton(icon("check", "#ffffff" if side == "kept" else "#1d2733"), self.tr("Pakai nilai ini"),
                                 box)
            button.setObjectName(f"use_{side}")
            if side == "kept":
                make_primary(button)
            button.clicked.connect(
                lambda _checked=False, choice="keep" if side == "kept" else "other": self.chosen.emit(
                    str(self.conflict["id"]), choice))
            row = QHBoxLayout()
            row.addStretch(1)
            row.addWidget(button)
            inner.addWidget(badge)
            inner.addWidget(value)
            inner.addWidget(who)
            inner.addStretch(1)  # the taller side's extra height goes above the button
            inner.addLayout(row)
            grid.addWidget(box, 0, column)
            grid.setColumnStretch(column, 1)
            self.buttons[side] = button
            self.values[side] = value

        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.setSpacing(8)
        layout.addWidget(title)
        layout.addLayout(grid)

    def _record_words(self) -> str:
        conflict = self.conflict
        name, code = conflict.get("record_name"), conflict.get("record_code")
        if name:
            return f"{name} ({code})" if code else str(name)
        return f"{conflict['entity']} {str(conflict['entity_id'])[:8]}"

    def _who(self, side: str) -> str:
        """"oleh Rina · Laptop Petugas 2 · 28-11-2026 10:22" (parts missing when unknown)."""
        officer = self.conflict.get(f"{side}_officer") or ""
        device = self.conflict.get(f"{side}_device") or self.tr("laptop belum dikenal")
        when = clock_time(self.conflict.get(f"{side}_hlc"))
        parts = [fill(self.tr("oleh %1"), officer)] if officer else []
        parts += [device, when] if when else [device]
        return " · ".join(parts)
