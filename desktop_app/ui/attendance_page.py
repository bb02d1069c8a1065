"""Attendance results of one class: who came to a session (and how late), who did not, and each
participant's attendance over the sessions held so far with certificate eligibility at the class's
threshold. Also saves the printable attendance sheet of a session (`save_attendance_sheet`, used by the
scan station too). Shown as the "Rekap kehadiran" tab of the classes page.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QLocale, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import PintuError
from desktop_app.printing.attendance_sheet import print_attendance_sheet
from desktop_app.storage.attendance import class_results, session_results
from desktop_app.storage.class_overview import session_details
from desktop_app.storage.classes import list_sessions
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import i18n, style
from desktop_app.ui.i18n import fill
from desktop_app.ui.messages import message

SHEET_FOLDER_KEY = "attendance/sheet_folder"


@dataclass(frozen=True)
class SheetSaved:
    """What became of "Cetak daftar hadir": a sentence for a label (rich text) and its look."""

    path: Path | None
    text: str
    role: str  # "success-box" or "error-box"


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "-", text.lower()).strip("-") or "kelas"


def save_attendance_sheet(parent: QWidget, workspace: Workspace, session_id: str) -> SheetSaved | None:
    """Ask where, then write the session's sheet as a PDF; None when the user cancelled."""
    details = session_details(workspace, session_id)
    if details is None:
        return SheetSaved(None, escape(message("session.not_found")), "error-box")
    store = i18n.settings()
    folder = str(store.value(SHEET_FOLDER_KEY, "") or "") or QStandardPaths.writableLocation(
        QStandardPaths.StandardLocation.DocumentsLocation)
    suggested = Path(folder) / f"daftar-hadir-{_slug(str(details['class_name']))}-{details['date']}.pdf"
    chosen, _filter = QFileDialog.getSaveFileName(
        parent, QCoreApplication.translate("AttendancePage", "Simpan daftar hadir"), str(suggested),
        QCoreApplication.translate("AttendancePage", "Dokumen PDF (*.pdf)"))
    if not chosen:
        return None
    path = Path(chosen if chosen.lower().endswith(".pdf") else chosen + ".pdf")
    try:
        print_attendance_sheet(workspace, session_id, path)
    except PintuError as error:
        return SheetSaved(None, escape(message(error.code)), "error-box")
    except OSError:
        return SheetSaved(None, escape(message("sheet.unwritable")), "error-box")
    store.setValue(SHEET_FOLDER_KEY, str(path.parent))
    opened = escape(QCoreApplication.translate("AttendancePage", "Buka"))
    saved = escape(QCoreApplication.translate("AttendancePage", "Daftar hadir disimpan: %1"))
    link = f'<a href="{QUrl.fromLocalFile(str(path)).toString()}">{opened}</a>'
    return SheetSaved(path, fill(saved, escape(str(path))) + f" — {link}", "success-box")


def _date_text(iso: str, pattern: str = "ddd dd-MM-yyyy") -> str:
    day = date.fromisoformat(iso)
    return QLocale().toString(QDate(day.year, day.month, day.day), pattern)


def _table(parent: QWidget, columns: int) -> QTableWidget:
    table = QTableWidget(0, columns, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 10)
    header = table.horizontalHeader()
    header.setHighlightSections(False)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    return table


def _item(text: str, colour: str | None = None, *, bold: bool = False, right: bool = False) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    if colour:
        item.setForeground(QColor(colour))
    if bold:
        font = QFont()
        font.setBold(True)
        item.setFont(font)
    if right:
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    return item


class AttendancePage(QWidget):
    """Per-session and per-class results of one class, and "Cetak daftar hadir" for the chosen session."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *,
                 today: Callable[[], date] | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._today = today or date.today
        self.class_id: str | None = None

        self.session_label = QLabel(self)
        self.session_combo = QComboBox(self)
        self.session_label.setBuddy(self.session_combo)
        self.sheet_button = QPushButton(self)
        self.sheet_button.setIcon(style.icon("print"))
        self.sheet_button.clicked.connect(self.save_sheet)
        self.sheet_status = QLabel(self)
        self.sheet_status.setOpenExternalLinks(True)
        self.sheet_status.setWordWrap(True)
        self.sheet_status.hide()

        self.session_heading = QLabel(self)
        style.set_role(self.session_heading, "heading")
        self.session_summary = QLabel(self)
        style.set_role(self.session_summary, "muted")
        self.session_table = _table(self, 4)  # the codes are on the sheet and in the class table
        self.session_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)

        self.class_heading = QLabel(self)
        style.set_role(self.class_heading, "heading")
        self.class_summary = QLabel(self)
        style.set_role(self.class_summary, "muted")
        self.class_summary.setWordWrap(True)
        self.class_table = _table(self, 5)
        self.class_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

        top = QHBoxLayout()
        top.addWidget(self.session_label)
        top.addWidget(self.session_combo, 1)
        top.addWidget(self.sheet_button)
        left = QWidget(self)
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 6, 0)
        left_layout.addWidget(self.session_heading)
        left_layout.addWidget(self.session_summary)
        left_layout.addWidget(self.session_table, 1)
        right = QWidget(self)
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(6, 0, 0, 0)
        right_layout.addWidget(self.class_heading)
        right_layout.addWidget(self.class_summary)
        right_layout.addWidget(self.class_table, 1)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.sheet_status)
        layout.addWidget(self.splitter, 1)

        self.session_combo.currentIndexChanged.connect(self._show_session)
        self._retranslate()
        self.set_class(None)

    def title(self) -> str:
        return self.tr("Rekap kehadiran")

    # --- data ------------------------------------------------------------------------------------------
    def set_class(self, class_id: str | None) -> None:
        """Show this class (None: nothing), keeping the chosen session when it is the same class."""
        keep = self.session_combo.currentData() if class_id == self.class_id else None
        self.class_id = class_id
        sessions = list_sessions(self.workspace, class_id) if class_id else []
        blocked = self.session_combo.blockSignals(True)
        self.session_combo.clear()
        today = self._today().isoformat()
        default = 0
        for index, session in enumerate(sessions):
            text = f"{_date_text(session['date'])}  ·  {session['start_time']}–{session['end_time']}"
            self.session_combo.addItem(text, session["id"])
            if session["date"] <= today:
                default = index  # today's, else the latest one held
        index = self.session_combo.findData(keep) if keep else -1
        self.session_combo.setCurrentIndex(index if index >= 0 else default)
        self.session_combo.blockSignals(blocked)
        self.session_combo.setEnabled(bool(sessions))
        self.sheet_button.setEnabled(bool(sessions))
        self.sheet_status.hide()
        self._show_session()
        self._show_class()

    def refresh(self) -> None:
        self.set_class(self.class_id)

    def session_id(self) -> str | None:
        data = self.session_combo.currentData()
        return str(data) if data else None

    def choose_session(self, session_id: str) -> None:
        index = self.session_combo.findData(session_id)
        if index >= 0:
            self.session_combo.setCurrentIndex(index)

    def _show_session(self, _index: int | None = None) -> None:
        session_id = self.session_id()
        table = self.session_table
        if session_id is None:
            table.setRowCount(0)
            self.session_summary.setText(self.tr("Kelas ini belum punya sesi."))
            return
        results = session_results(self.workspace, session_id)
        present = results["present"]
        rows: list[tuple[dict[str, Any], str, str, str]] = []
        for person in present:
            when = str(person["scanned_at"])[11:16]
            if person["late"]:
                note = fill(self.tr("Terlambat %1 menit"), str(person["late_minutes"]))
                rows.append((person, when, note, style.WARNING))
            else:
                rows.append((person, when, self.tr("Tepat waktu"), style.SUCCESS))
        for person in results["absent"]:
            rows.append((person, "", self.tr("Tidak hadir"), style.ERROR))
        rows.sort(key=lambda r: str(r[0]["full_name"] or "").casefold())
        for person in results["unsynced"]:
            rows.append(({**person, "full_name": self.tr("(belum tersinkron)")}, str(person["scanned_at"])[11:16],
                         self.tr("Kartu sah, data menyusul"), style.MUTED))
        table.setRowCount(len(rows))
        for row, (person, when, note, colour) in enumerate(rows):
            name = _item(str(person["full_name"] or ""))
            name.setToolTip(f"{name.text()}\n{person['short_code'] or ''}")
            table.setItem(row, 0, _item(str(row + 1), right=True))
            table.setItem(row, 1, name)
            table.setItem(row, 2, _item(when))
            table.setItem(row, 3, _item(note, colour, bold=True))
        late = sum(1 for p in present if p["late"])
        members = len(present) + len(results["absent"])
        self.session_summary.setText(fill(
            self.tr("Hadir %1 dari %2 · terlambat %3 · tidak hadir %4"), str(len(present) + len(results["unsynced"])),
            str(members), str(late), str(len(results["absent"]))))
        self.session_heading.setText(fill(self.tr("Sesi %1"), _date_text(results["date"], "dddd, dd-MM-yyyy")))

    def _show_class(self) -> None:
        table = self.class_table
        if self.class_id is None:
            table.setRowCount(0)
            self.class_summary.setText("")
            return
        results = class_results(self.workspace, self.class_id, today=self._today())
        people = results["participants"]
        table.setRowCount(len(people))
        for row, person in enumerate(people):
            name = _item(str(person["full_name"]))
            name.setToolTip(name.text())
            table.setItem(row, 0, name)
            table.setItem(row, 1, _item(str(person["short_code"])))
            table.setItem(row, 2, _item(fill(self.tr("%1 dari %2"), str(person["attended"]), str(person["sessions"])),
                                        right=True))
            table.setItem(row, 3, _item(QLocale().toString(float(person["percent"]), "f", 1) + "%", right=True))
            eligible = bool(person["eligible"])
            table.setItem(row, 4, _item(self.tr("Layak") if eligible else self.tr("Belum"),
                                        style.SUCCESS if eligible else style.MUTED, bold=eligible))
        eligible_count = sum(1 for p in people if p["eligible"])
        self.class_summary.setText(fill(
            self.tr("%1 sesi sudah berjalan · sertifikat bila hadir paling sedikit %2% · %3 dari %4 peserta layak"),
            str(results["sessions_held"]), str(results["threshold"]), str(eligible_count), str(len(people))))

    # --- the paper sheet ---------------------------------------------------------------------------------
    def save_sheet(self) -> None:
        session_id = self.session_id()
        if session_id is None:
            return
        saved = save_attendance_sheet(self, self.workspace, session_id)
        if saved is not None:
            self.sheet_status.setText(saved.text)
            style.set_role(self.sheet_status, saved.role)
            self.sheet_status.show()

    # --- showing and language ----------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.refresh()  # scans may have come in at the station since

    def _retranslate(self) -> None:
        self.session_label.setText(self.tr("Sesi:"))
        self.sheet_button.setText(self.tr("Cetak daftar hadir…"))
        self.sheet_button.setToolTip(self.tr("Simpan daftar hadir sesi ini sebagai PDF, dengan kolom tanda tangan"))
        self.class_heading.setText(self.tr("Seluruh kelas"))
        self.session_table.setHorizontalHeaderLabels(
            [self.tr("No"), self.tr("Nama"), self.tr("Jam datang"), self.tr("Keterangan")])
        self.class_table.setHorizontalHeaderLabels(
            [self.tr("Nama"), self.tr("Kode"), self.tr("Hadir"), self.tr("Persen"), self.tr("Sertifikat")])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            if self.class_id is not None:
                self.refresh()
        super().changeEvent(event)
