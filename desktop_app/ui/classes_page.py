"""Kelas & Jadwal: the classes of each training, and for the chosen class its sessions, members,
the training's waitlist and the attendance results.

Creating a class (`ClassDialog`), editing a session (`SessionDialog`) and putting people in
(`AssignDialog`) are dialogs of their own; cancelling a session is a question. Everything is read
through storage functions and written as events, so it reaches the other laptops by sync.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import PintuError
from desktop_app.core.roles import Capability
from desktop_app.storage.class_overview import waitlist
from desktop_app.storage.classes import cancel_session, class_members, get_class, list_classes, list_sessions
from desktop_app.storage.programs import list_programs
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import style
from desktop_app.ui.assign_dialog import AssignDialog
from desktop_app.ui.attendance_page import AttendancePage
from desktop_app.ui.class_dialog import ClassDialog
from desktop_app.ui.i18n import fill
from desktop_app.ui.messages import message
from desktop_app.ui.participant_dialog import ask
from desktop_app.ui.participant_table_model import format_date, format_datetime
from desktop_app.ui.session_dialog import SessionDialog
from desktop_app.ui.vocab import status_name

ID_ROLE = Qt.ItemDataRole.UserRole
SESSIONS_TAB, MEMBERS_TAB, WAITLIST_TAB, RESULTS_TAB = range(4)


def _table(parent: QWidget, columns: int, stretch: int) -> QTableWidget:
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
    header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)
    return table


def _row(table: QTableWidget, row: int, values: list[str], row_id: str) -> None:
    for column, value in enumerate(values):
        item = QTableWidgetItem(value)
        item.setData(ID_ROLE, row_id)
        table.setItem(row, column, item)


def _selected_id(table: QTableWidget) -> str | None:
    rows = table.selectionModel().selectedRows()
    if not rows:
        return None
    item = table.item(rows[0].row(), 0)
    return str(item.data(ID_ROLE)) if item is not None else None


class ClassesPage(QWidget):
    """Class list on top (per training), the chosen class's sessions, members, waitlist and results below."""

    changed = Signal()  # a class, a session or a membership changed

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *,
                 today: Callable[[], date] | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._today = today or date.today
        self._classes: list[dict[str, Any]] = []
        self._sessions: list[dict[str, Any]] = []
        self._list_rows = 0
        self.dialog: Any = None  # the dialog open now (class, session or assign)

        self.program_filter = QComboBox(self)
        self.count_label = QLabel(self)
        style.set_role(self.count_label, "muted")
        self.new_button = QPushButton(self)
        self.new_button.setIcon(style.icon("add", "#ffffff"))
        style.make_primary(self.new_button)
        self.new_button.clicked.connect(self.open_class_dialog)
        self.notice = QLabel(self)
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.class_table = _table(self, 7, 0)
        self.class_table.itemSelectionChanged.connect(self._class_chosen)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        style.set_role(self.empty, "info-box")
        self.empty.hide()

        # --- the chosen class ---
        self.detail = QWidget(self)
        self.detail_title = QLabel(self.detail)
        style.set_role(self.detail_title, "heading")
        self.detail_facts = QLabel(self.detail)
        self.detail_facts.setWordWrap(True)
        style.set_role(self.detail_facts, "muted")
        self.tabs = QTabWidget(self.detail)

        sessions_tab = QWidget(self.tabs)
        self.session_table = _table(sessions_tab, 6, 5)
        self.session_table.doubleClicked.connect(lambda _index: self.open_session_dialog())
        self.session_table.itemSelectionChanged.connect(self._update_buttons)
        self.edit_session_button = QPushButton(sessions_tab)
        self.edit_session_button.setIcon(style.icon("edit"))
        self.edit_session_button.clicked.connect(self.open_session_dialog)
        self.cancel_session_button = QPushButton(sessions_tab)
        self.cancel_session_button.setIcon(style.icon("close"))
        self.cancel_session_button.clicked.connect(self.cancel_selected_session)
        session_buttons = QHBoxLayout()
        session_buttons.addWidget(self.edit_session_button)
        session_buttons.addWidget(self.cancel_session_button)
        session_buttons.addStretch(1)
        sessions_layout = QVBoxLayout(sessions_tab)
        sessions_layout.addWidget(self.session_table, 1)
        sessions_layout.addLayout(session_buttons)

        members_tab = QWidget(self.tabs)
        self.member_table = _table(members_tab, 4, 1)
        self.assign_button = QPushButton(members_tab)
        self.assign_button.setIcon(style.icon("add"))
        self.assign_button.clicked.connect(self.open_assign_dialog)
        self.capacity_label = QLabel(members_tab)
        style.set_role(self.capacity_label, "muted")
        member_buttons = QHBoxLayout()
        member_buttons.addWidget(self.assign_button)
        member_buttons.addWidget(self.capacity_label, 1)
        members_layout = QVBoxLayout(members_tab)
        members_layout.addWidget(self.member_table, 1)
        members_layout.addLayout(member_buttons)

        waitlist_tab = QWidget(self.tabs)
        self.waitlist_table = _table(waitlist_tab, 4, 1)
        self.waitlist_hint = QLabel(waitlist_tab)
        self.waitlist_hint.setWordWrap(True)
        style.set_role(self.waitlist_hint, "muted")
        waitlist_layout = QVBoxLayout(waitlist_tab)
        waitlist_layout.addWidget(self.waitlist_table, 1)
        waitlist_layout.addWidget(self.waitlist_hint)

        self.results = AttendancePage(workspace, self.tabs, today=self._today)
        self.tabs.addTab(sessions_tab, "")
        self.tabs.addTab(members_tab, "")
        self.tabs.addTab(waitlist_tab, "")
        self.tabs.addTab(self.results, "")

        detail_layout = QVBoxLayout(self.detail)
        detail_layout.setContentsMargins(0, 6, 0, 0)
        detail_layout.setSpacing(4)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_facts)
        detail_layout.addWidget(self.tabs, 1)

        top = QHBoxLayout()
        self.program_label = QLabel(self)
        self.program_label.setBuddy(self.program_filter)
        top.addWidget(self.program_label)
        top.addWidget(self.program_filter)
        top.addSpacing(12)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.new_button)
        self.splitter = QSplitter(Qt.Orientation.Vertical, self)
        self.splitter.addWidget(self.class_table)
        self.splitter.addWidget(self.detail)
        self.splitter.setChildrenCollapsible(False)
        self.splitter.setStretchFactor(0, 0)  # a bigger window grows the details, not the list
        self.splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.notice)
        layout.addWidget(self.empty)
        layout.addWidget(self.splitter, 1)

        self.program_filter.currentIndexChanged.connect(lambda _index: self.reload())
        self._retranslate()
        self.reload()

    def title(self) -> str:
        """The page's name in the navigation list."""
        return self.tr("Kelas & Jadwal")

    # --- the class list --------------------------------------------------------------------------------
    def reload(self, select: str | None = None) -> None:
        """Read the classes again, keeping (or moving to) the chosen one."""
        manages = self.workspace.session.can(Capability.MANAGE_CLASSES)  # a trainer sees, a coordinator plans
        for button in (self.new_button, self.edit_session_button, self.cancel_session_button, self.assign_button):
            button.setVisible(manages)
        keep = select or self.class_id()
        program = self.program_filter.currentData()
        self._classes = list_classes(self.workspace, str(program) if program else None)
        names = {p["code"]: p["name"] for p in list_programs(self.workspace)}
        table = self.class_table
        blocked = table.blockSignals(True)
        table.setRowCount(len(self._classes))
        for row, klass in enumerate(self._classes):
            _row(table, row, [
                str(klass["name"]), str(names.get(klass["program_code"], klass["program_code"])),
                f"{format_date(klass['start_date'])} – {format_date(klass['end_date'])}",
                f"{klass['start_time']}–{klass['end_time']}", str(klass["place"] or ""),
                str(klass["trainer"] or ""), f"{klass['members']} / {klass['capacity']}",
            ], klass["id"])
        table.clearSelection()
        table.blockSignals(blocked)
        shown_rows = min(max(len(self._classes), 2), 6)
        if shown_rows != self._list_rows:  # the list as tall as its rows (up to six); a drag is kept till then
            self._list_rows = shown_rows
            rows_height = table.verticalHeader().defaultSectionSize() * shown_rows
            list_height = table.horizontalHeader().sizeHint().height() + rows_height + 2 * table.frameWidth() + 2
            total = sum(self.splitter.sizes()) or self.height()
            self.splitter.setSizes([list_height, max(total - list_height, 200)])
        self.count_label.setText(fill(self.tr("%1 kelas"), QLocale().toString(len(self._classes))))
        has_classes = bool(self._classes)
        self.empty.setVisible(not has_classes)
        self.splitter.setVisible(has_classes)
        ids = [k["id"] for k in self._classes]
        if has_classes:
            self.select_class(keep if keep in ids else ids[0])
        else:
            self._show_class(None)

    def class_id(self) -> str | None:
        return _selected_id(self.class_table)

    def select_class(self, class_id: str) -> None:
        for row in range(self.class_table.rowCount()):
            if self.class_table.item(row, 0).data(ID_ROLE) == class_id:
                self.class_table.selectRow(row)
                return

    def _class_chosen(self) -> None:
        self._show_class(self.class_id())

    # --- the chosen class ------------------------------------------------------------------------------
    def _show_class(self, class_id: str | None) -> None:
        self.detail.setVisible(class_id is not None)
        if class_id is None:
            self._sessions = []
            self.results.set_class(None)
            return
        try:
            klass = get_class(self.workspace, class_id)
        except PintuError:
            self.reload()
            return
        program = next((p for p in list_programs(self.workspace) if p["code"] == klass["program_code"]), None)
        program_name = program["name"] if program else klass["program_code"]
        self.detail_title.setText(fill(self.tr("%1 — %2"), str(klass["name"]), str(program_name)))
        facts = [
            f"{format_date(klass['start_date'])} – {format_date(klass['end_date'])}",
            f"{klass['start_time']}–{klass['end_time']}",
        ]
        if klass["place"]:
            facts.append(str(klass["place"]))
        if klass["trainer"]:
            facts.append(fill(self.tr("Pelatih: %1"), str(klass["trainer"])))
        facts.append(fill(self.tr("Sertifikat bila hadir ≥ %1%"), str(klass["threshold"])))
        self.detail_facts.setText("  ·  ".join(facts))

        self._sessions = list_sessions(self.workspace, class_id)
        table = self.session_table
        keep = _selected_id(table)
        table.setRowCount(len(self._sessions))
        locale = QLocale()
        for row, session in enumerate(self._sessions):
            day = date.fromisoformat(session["date"])
            _row(table, row, [
                str(row + 1), locale.dayName(day.isoweekday(), QLocale.FormatType.LongFormat),
                format_date(session["date"]), session["start_time"], session["end_time"], session["note"] or "",
            ], session["id"])
            if session["date"] == self._today().isoformat():
                for column in range(table.columnCount()):
                    font = table.item(row, column).font()
                    font.setBold(True)
                    table.item(row, column).setFont(font)
        if keep not in {s["id"] for s in self._sessions}:  # today's session, else the next one, else the last
            today = self._today().isoformat()
            coming = [s["id"] for s in self._sessions if s["date"] >= today]
            keep = coming[0] if coming else (self._sessions[-1]["id"] if self._sessions else None)
        for row, session in enumerate(self._sessions):
            if session["id"] == keep:
                table.selectRow(row)
                table.scrollTo(table.model().index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)

        members = class_members(self.workspace, class_id)
        self.member_table.setRowCount(len(members))
        for row, person in enumerate(members):
            _row(self.member_table, row, [str(row + 1), person["full_name"], person["short_code"],
                                          status_name(person["status"])], person["id"])
        free = max(0, int(klass["capacity"] or 0) - int(klass["members"]))
        self.capacity_label.setText(fill(self.tr("%1 dari %2 tempat terisi, sisa %3"), str(klass["members"]),
                                         str(klass["capacity"]), str(free)))

        waiting = waitlist(self.workspace, klass["program_code"])
        self.waitlist_table.setRowCount(len(waiting))
        for row, person in enumerate(waiting):
            _row(self.waitlist_table, row, [str(row + 1), person["full_name"], person["short_code"],
                                            format_datetime(person["registered_at"])], person["id"])
        self.waitlist_hint.setText(fill(self.tr(
            "Daftar cadangan pelatihan %1, urut pendaftaran. Bila ada tempat kosong, tambahkan dari tab Anggota."),
            str(program_name)))

        self.tabs.setTabText(SESSIONS_TAB, fill(self.tr("Jadwal (%1 sesi)"), str(len(self._sessions))))
        self.tabs.setTabText(MEMBERS_TAB, fill(self.tr("Anggota (%1/%2)"), str(klass["members"]),
                                               str(klass["capacity"])))
        self.tabs.setTabText(WAITLIST_TAB, fill(self.tr("Cadangan (%1)"), str(len(waiting))))
        self.results.set_class(class_id)
        self._update_buttons()

    def session_id(self) -> str | None:
        return _selected_id(self.session_table)

    def select_session(self, session_id: str) -> None:
        for row, session in enumerate(self._sessions):
            if session["id"] == session_id:
                self.session_table.selectRow(row)

    def _update_buttons(self) -> None:
        chosen = self.session_id() is not None
        self.edit_session_button.setEnabled(chosen)
        self.cancel_session_button.setEnabled(chosen)

    # --- actions ---------------------------------------------------------------------------------------
    def open_class_dialog(self) -> ClassDialog:
        program = self.program_filter.currentData()
        dialog = ClassDialog(self.workspace, self, program_code=str(program) if program else None, today=self._today)
        dialog.accepted.connect(lambda: self._class_created(dialog))
        return self._open(dialog)

    def _class_created(self, dialog: ClassDialog) -> None:
        created = dialog.created
        if created is None:
            return
        self._tell(fill(self.tr("Kelas %1 dibuat dengan %2 sesi."), str(created["name"]), str(created["sessions"])),
                   "success-box")
        if self.program_filter.currentData() not in (None, created["program_code"]):
            self.program_filter.setCurrentIndex(0)
        self.reload(select=created["id"])
        self.changed.emit()

    def open_session_dialog(self) -> SessionDialog | None:
        session_id = self.session_id()
        session = next((s for s in self._sessions if s["id"] == session_id), None)
        if session is None:
            return None
        dialog = SessionDialog(self.workspace, session, self)
        dialog.accepted.connect(self._session_edited)
        return self._open(dialog)

    def _session_edited(self) -> None:
        self._tell(self.tr("Sesi diubah."), "success-box")
        self._show_class(self.class_id())
        self.changed.emit()

    def cancel_selected_session(self) -> bool:
        session_id = self.session_id()
        session = next((s for s in self._sessions if s["id"] == session_id), None)
        if session is None:
            return False
        when = f"{format_date(session['date'])} {session['start_time']}–{session['end_time']}"
        if not ask(self, self.tr("Batalkan sesi"),
                   fill(self.tr("Batalkan sesi %1? Sesi ini hilang dari jadwal dan tidak dihitung di rekap."), when),
                   self.tr("Batalkan sesi"), self.tr("Jangan")):
            return False
        try:
            cancel_session(self.workspace, session["id"])
        except PintuError as error:
            self._tell(message(error.code), "error-box")
            return False
        self._tell(fill(self.tr("Sesi %1 dibatalkan."), when), "success-box")
        self._show_class(self.class_id())
        self.changed.emit()
        return True

    def open_assign_dialog(self) -> AssignDialog | None:
        class_id = self.class_id()
        if class_id is None:
            return None
        dialog = AssignDialog(self.workspace, class_id, self)
        dialog.accepted.connect(lambda: self._assigned(dialog))
        return self._open(dialog)

    def _assigned(self, dialog: AssignDialog) -> None:
        result = dialog.assignment
        if result is None:
            return
        text = fill(self.tr("%1 peserta masuk kelas."), str(len(result.assigned)))
        if result.waitlisted:
            text += " " + fill(self.tr("%1 masuk daftar cadangan karena kelas penuh."), str(len(result.waitlisted)))
        if result.refused:
            text += " " + "; ".join(sorted({message(r["code"]) for r in result.refused}))
        self._tell(text, "warning-box" if result.waitlisted or result.refused else "success-box")
        self.reload()
        self.tabs.setCurrentIndex(MEMBERS_TAB)
        self.changed.emit()

    def _open(self, dialog: Any) -> Any:
        self.dialog = dialog
        dialog.finished.connect(lambda _result: self._dialog_closed(dialog))
        dialog.open()
        return dialog

    def _dialog_closed(self, dialog: Any) -> None:
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    def _tell(self, text: str, role: str) -> None:
        self.notice.setText(text)
        style.set_role(self.notice, role)
        self.notice.show()

    # --- showing and language --------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload()  # registrations, imports and scans elsewhere may have changed counts

    def _fill_programs(self) -> None:
        keep = self.program_filter.currentData()
        blocked = self.program_filter.blockSignals(True)
        self.program_filter.clear()
        self.program_filter.addItem(self.tr("Semua pelatihan"), None)
        for program in list_programs(self.workspace):
            self.program_filter.addItem(program["name"], program["code"])
        index = self.program_filter.findData(keep) if keep else 0
        self.program_filter.setCurrentIndex(max(index, 0))
        self.program_filter.blockSignals(blocked)

    def _retranslate(self) -> None:
        self.program_label.setText(self.tr("Pelatihan:"))
        self.new_button.setText(self.tr("Buat kelas…"))
        self.new_button.setToolTip(self.tr("Kelas baru untuk sebuah pelatihan, dengan jadwal sesinya"))
        self.empty.setText(self.tr(
            "Belum ada kelas. Buat kelas dulu (pilih pelatihan, tanggal dan hari latihan), lalu isi pesertanya."))
        self.class_table.setHorizontalHeaderLabels([
            self.tr("Kelas"), self.tr("Pelatihan"), self.tr("Tanggal"), self.tr("Jam"), self.tr("Tempat"),
            self.tr("Pelatih"), self.tr("Anggota")])
        self.session_table.setHorizontalHeaderLabels([
            self.tr("No"), self.tr("Hari"), self.tr("Tanggal"), self.tr("Mulai"), self.tr("Selesai"),
            self.tr("Catatan")])
        self.member_table.setHorizontalHeaderLabels([self.tr("No"), self.tr("Nama"), self.tr("Kode"),
                                                     self.tr("Status")])
        self.waitlist_table.setHorizontalHeaderLabels([self.tr("No"), self.tr("Nama"), self.tr("Kode"),
                                                       self.tr("Terdaftar")])
        self.edit_session_button.setText(self.tr("Ubah sesi…"))
        self.edit_session_button.setToolTip(self.tr("Pindahkan tanggal atau ubah jam sesi yang dipilih"))
        self.cancel_session_button.setText(self.tr("Batalkan sesi"))
        self.cancel_session_button.setToolTip(self.tr("Hapus sesi yang dipilih dari jadwal"))
        self.assign_button.setText(self.tr("Tambah peserta…"))
        self.assign_button.setToolTip(self.tr("Masukkan peserta terverifikasi atau diterima ke kelas ini"))
        self.tabs.setTabText(RESULTS_TAB, self.results.title())
        self._fill_programs()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.reload()
        super().changeEvent(event)

