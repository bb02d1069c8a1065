"""The scan station ("Absensi"): the trainer picks today's session, then the queue scans its cards.

Three ways in, one answer: a USB scanner (`ScannerInput`, whatever widget has the focus), the webcam
(`CameraScanner`) or typing a short code or a name (`find_people` -> `checkin_participant`). Every code
goes through the repeat filter (the same code again within a few seconds is ignored: a scanner's bounce,
a card held in front of the camera), then `attendance.checkin`, which stores the scan with its verdict
as an event. The answer is shown big and coloured (`VerdictView`), with a sound per colour; the
counters (present / expected) and the recent scans, each with "Batalkan", follow.

Full-window mode (F11 or the button; Esc leaves) moves the station into a window of its own that fills
the screen, for the queue to read from two metres; the page keeps a note where it was.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import (
    QCloseEvent,
    QColor,
    QFont,
    QFontMetrics,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QPixmap,
    QShortcut,
    QShowEvent,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.checkin import RepeatFilter, Verdict
from desktop_app.core.errors import PintuError
from desktop_app.core.ids import normalise_short_code
from desktop_app.storage.attendance import ScanResult, checkin, recent_scans, session_counts, undo
from desktop_app.storage.class_overview import session_choices
from desktop_app.storage.manual_checkin import checkin_participant, find_people
from desktop_app.storage.photos import get_photo
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import style
from desktop_app.ui.attendance_page import save_attendance_sheet
from desktop_app.ui.camera_scanner import CameraScanner
from desktop_app.ui.messages import message
from desktop_app.ui.scanner_input import Clock, ScannerInput, monotonic_ms
from desktop_app.ui.verdict_view import (
    PALETTE,
    VerdictDisplay,
    VerdictSounds,
    VerdictView,
    clock_time,
    describe,
    fill,
    idle_display,
)

REPEAT_WINDOW_MS = 4000  # the same code again within this is ignored
RECENT_ROWS = 20
SEARCH_DELAY_MS = 150
SIDE_WIDTH = 400
SIDE_WIDTH_FULL = 460
SESSION_ROLE = Qt.ItemDataRole.UserRole
PERSON_ROLE = Qt.ItemDataRole.UserRole
_CARD_PREFIX = "PNT1."


class _StationFrame(QFrame):
    """The part that goes full-window; closing that window just brings it back into the page."""

    closeRequested = Signal()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.isWindow():
            event.ignore()
            self.closeRequested.emit()
            return
        super().closeEvent(event)


class ScanStationPage(QWidget):
    """Session picker, the station (verdict, counters, typing, camera, recent scans), full-window mode."""

    resultShown = Signal(object)  # the ScanResult now on screen

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, clock: Clock | None = None,
                 today: Callable[[], date] | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._clock: Clock = clock or monotonic_ms
        self._today = today or date.today
        self._full = False
        self._choices: dict[str, dict[str, Any]] = {}
        self._photos: OrderedDict[str, QPixmap] = OrderedDict()
        self.session_id: str | None = None
        self.last_result: ScanResult | None = None
        self.repeat = RepeatFilter(REPEAT_WINDOW_MS)
        self.ignored = 0

        self.scanner = ScannerInput(self, clock=clock)
        self.scanner.scanned.connect(lambda code: self.handle_code(code, "usb"))
        self.sounds = VerdictSounds(self)

        # --- top bar: the session, full window, the paper sheet ---
        self.session_label = QLabel(self)
        self.session_combo = QComboBox(self)
        self.session_combo.setModel(QStandardItemModel(self.session_combo))
        self.session_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.session_combo.setMinimumContentsLength(30)
        self.session_label.setBuddy(self.session_combo)
        self.not_today = QLabel(self)
        style.set_role(self.not_today, "warning")
        self.not_today.hide()
        self.full_button = QPushButton(self)
        self.full_button.setIcon(style.icon("fullscreen"))
        self.full_button.clicked.connect(self.enter_full_window)
        self.sheet_button = QPushButton(self)
        self.sheet_button.setIcon(style.icon("print"))
        self.sheet_button.clicked.connect(self.save_sheet)
        self.sheet_status = QLabel(self)
        self.sheet_status.setWordWrap(True)
        self.sheet_status.setOpenExternalLinks(True)
        self.sheet_status.hide()

        # --- the station ---
        self.station = _StationFrame(self)
        self.station.setObjectName("scanStation")
        self.station.closeRequested.connect(self.leave_full_window)
        self.full_header = QFrame(self.station)
        self.full_header.setObjectName("stationHeader")
        self.full_title = QLabel(self.full_header)
        self.full_title.setObjectName("stationTitle")
        self.full_title.setWordWrap(True)  # a long place name must never widen the window past the screen
        self.exit_button = QPushButton(self.full_header)
        self.exit_button.clicked.connect(self.leave_full_window)
        header_row = QHBoxLayout(self.full_header)
        header_row.setContentsMargins(16, 8, 10, 8)
        header_row.addWidget(self.full_title, 1)
        header_row.addWidget(self.exit_button)
        self.full_header.hide()

        self.verdict_view = VerdictView(self.station)
        self.side = QWidget(self.station)
        self.side.setFixedWidth(SIDE_WIDTH)

        self.counter_caption = QLabel(self.side)
        style.set_role(self.counter_caption, "muted")
        self.counter = QLabel(self.side)
        self.counter.setObjectName("stationCounter")
        self.ignored_note = QLabel(self.side)
        style.set_role(self.ignored_note, "muted")
        self.ignored_note.hide()

        self.manual_heading = QLabel(self.side)
        style.set_role(self.manual_heading, "heading")
        self.manual_edit = QLineEdit(self.side)
        self.manual_edit.setClearButtonEnabled(True)
        self.manual_edit.installEventFilter(self)  # Up/Down move in the results
        self.manual_button = QPushButton(self.side)
        self.manual_button.clicked.connect(self.submit_manual)
        self.manual_results = QListWidget(self.side)
        self.manual_results.setMaximumHeight(118)
        self.manual_results.hide()
        self.manual_results.itemActivated.connect(lambda _item: self.submit_manual())
        self.manual_message = QLabel(self.side)
        self.manual_message.setWordWrap(True)
        style.set_role(self.manual_message, "error")
        self.manual_message.hide()
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._search_people)
        self.manual_edit.textChanged.connect(self._manual_text_changed)
        self.manual_edit.returnPressed.connect(self.submit_manual)

        self.camera_heading = QLabel(self.side)
        style.set_role(self.camera_heading, "heading")
        self.camera = CameraScanner(self.side)
        self.camera.codeFound.connect(lambda code: self.handle_code(code, "camera"))

        self.recent_heading = QLabel(self.side)
        style.set_role(self.recent_heading, "heading")
        self.recent_table = QTableWidget(0, 4, self.side)
        self._setup_recent_table()

        side_layout = QVBoxLayout(self.side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.setSpacing(6)
        counter_card = QFrame(self.side)
        style.set_role(counter_card, "card")
        counter_layout = QHBoxLayout(counter_card)
        counter_layout.setContentsMargins(14, 8, 14, 8)
        counter_layout.addWidget(self.counter_caption)
        counter_layout.addStretch(1)
        counter_layout.addWidget(self.counter)
        side_layout.addWidget(counter_card)
        side_layout.addWidget(self.ignored_note)
        side_layout.addSpacing(4)
        side_layout.addWidget(self.manual_heading)
        manual_row = QHBoxLayout()
        manual_row.addWidget(self.manual_edit, 1)
        manual_row.addWidget(self.manual_button)
        side_layout.addLayout(manual_row)
        side_layout.addWidget(self.manual_results)
        side_layout.addWidget(self.manual_message)
        side_layout.addSpacing(4)
        side_layout.addWidget(self.camera_heading)
        side_layout.addWidget(self.camera)
        side_layout.addSpacing(4)
        side_layout.addWidget(self.recent_heading)
        side_layout.addWidget(self.recent_table, 1)

        body = QHBoxLayout()
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(12)
        body.addWidget(self.verdict_view, 1)
        body.addWidget(self.side)
        station_layout = QVBoxLayout(self.station)
        station_layout.setContentsMargins(0, 0, 0, 0)
        station_layout.setSpacing(10)
        station_layout.addWidget(self.full_header)
        station_layout.addLayout(body, 1)
        self.station_layout = station_layout
        self.body_layout = body

        self.placeholder = QLabel(self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        style.set_role(self.placeholder, "info-box")
        self.placeholder.hide()

        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.session_label)
        top.addWidget(self.session_combo, 1)
        top.addWidget(self.not_today)
        top.addSpacing(8)
        top.addWidget(self.full_button)
        top.addWidget(self.sheet_button)
        self.holder = QVBoxLayout()
        self.holder.setContentsMargins(0, 0, 0, 0)
        self.holder.addWidget(self.station, 1)
        self.holder.addWidget(self.placeholder, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(10, 10, 10, 10)
        layout.setSpacing(8)
        layout.addLayout(top)
        layout.addWidget(self.sheet_status)
        layout.addLayout(self.holder, 1)

        # F11 on the page; F11 and Esc on the full window (enabled only while it is one)
        self.full_shortcut = QShortcut(QKeySequence(Qt.Key.Key_F11), self)
        self.full_shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.full_shortcut.activated.connect(self.toggle_full_window)
        self.leave_shortcuts = []
        for key in (Qt.Key.Key_Escape, Qt.Key.Key_F11):
            shortcut = QShortcut(QKeySequence(key), self.station)
            shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
            shortcut.setEnabled(False)
            shortcut.activated.connect(self.leave_full_window)
            self.leave_shortcuts.append(shortcut)

        self.session_combo.currentIndexChanged.connect(self._session_chosen)
        self._apply_station_style()
        self._retranslate()
        self.reload_sessions()

    def title(self) -> str:
        """The page's name in the navigation list."""
        return self.tr("Absensi")

    # --- sessions ----------------------------------------------------------------------------------------
    def reload_sessions(self) -> None:
        """Fill the picker: today's sessions first (the first one chosen), then coming ones, then past ones."""
        today = self._today()
        choices = session_choices(self.workspace, today)
        self._choices = {c["id"]: c for c in choices}
        keep = self.session_id if self.session_id in self._choices else None
        if keep is None and choices and choices[0]["when"] == "today":
            keep = choices[0]["id"]
        model = self.session_combo.model()
        assert isinstance(model, QStandardItemModel)
        blocked = self.session_combo.blockSignals(True)
        model.clear()
        prompt = QStandardItem(self.tr("— Pilih sesi —") if choices else
                               self.tr("Belum ada sesi. Buat kelas dulu di halaman Kelas & Jadwal."))
        model.appendRow(prompt)
        headings = {"today": self.tr("Hari ini"), "upcoming": self.tr("Akan datang"),
                    "past": self.tr("Sudah lewat")}
        bold = QFont(self.session_combo.font())
        bold.setBold(True)
        group = None
        for choice in choices:
            if choice["when"] != group:
                group = choice["when"]
                heading = QStandardItem(headings[group])
                heading.setEnabled(False)
                heading.setFont(bold)
                model.appendRow(heading)
            item = QStandardItem(self._session_text(choice))
            item.setData(choice["id"], SESSION_ROLE)
            model.appendRow(item)
        index = self.session_combo.findData(keep, SESSION_ROLE) if keep else 0
        self.session_combo.setCurrentIndex(max(index, 0))
        self.session_combo.blockSignals(blocked)
        self._session_chosen()

    def _session_text(self, choice: dict[str, Any]) -> str:
        times = f"{choice['start_time']}–{choice['end_time']}"
        name = str(choice["class_name"] or "")
        program = str(choice["program_name"] or choice["program_code"] or "")
        text = f"{self._date_text(choice['date'])}  ·  {times}  ·  {name}"
        if program and program not in name:
            text += f" ({program})"
        if choice.get("place"):
            text += f"  ·  {choice['place']}"
        return text

    @staticmethod
    def _date_text(iso: str) -> str:
        day = date.fromisoformat(iso)
        return QLocale().toString(QDate(day.year, day.month, day.day), "ddd dd-MM-yyyy")

    def choose_session(self, session_id: str | None) -> None:
        index = self.session_combo.findData(session_id, SESSION_ROLE) if session_id else 0
        self.session_combo.setCurrentIndex(max(index, 0))

    def _session_chosen(self, _index: int | None = None) -> None:
        data = self.session_combo.currentData(SESSION_ROLE)
        session_id = str(data) if data else None
        changed = session_id != self.session_id
        self.session_id = session_id
        if changed:
            self.repeat = RepeatFilter(REPEAT_WINDOW_MS)
            self.last_result = None
            self.verdict_view.show_display(self._idle())
        choice = self._choices.get(session_id or "")
        self.not_today.setVisible(choice is not None and choice["date"] != self._today().isoformat())
        self.sheet_button.setEnabled(session_id is not None)
        self.full_title.setText(self._full_title(choice))
        self.refresh()

    def _full_title(self, choice: dict[str, Any] | None) -> str:
        if choice is None:
            return self.tr("Belum ada sesi dipilih")
        parts = [str(choice["class_name"] or ""), str(choice["program_name"] or ""),
                 self._date_text(choice["date"]), f"{choice['start_time']}–{choice['end_time']}"]
        if choice.get("place"):
            parts.append(str(choice["place"]))
        return "  ·  ".join(p for p in parts if p)

    def _idle(self) -> VerdictDisplay:
        display = idle_display()
        if self.session_id is None:
            display = VerdictDisplay("idle", display.title, reason=self.tr(
                "Pilih sesi di atas dulu. Tanpa sesi, setiap pindaian ditolak."))
        return display

    # --- one code in, one answer out ---------------------------------------------------------------------
    def handle_code(self, text: str, method: str) -> ScanResult | None:
        """A code from the scanner, the camera or typed: ignored if just seen, else checked in and shown."""
        code = text.strip()
        if not code:
            return None
        if self.repeat.should_ignore(code, int(self._clock())):
            self._note_ignored()
            return None
        result = checkin(self.workspace, self.session_id or "", code, method=method)
        self.show_result(result)
        return result

    def check_in_person(self, participant_id: str) -> ScanResult | None:
        """A person picked by hand (forgotten card): the same verdicts, recorded as `manual`."""
        if self.repeat.should_ignore(f"person:{participant_id}", int(self._clock())):
            self._note_ignored()
            return None
        try:
            result = checkin_participant(self.workspace, self.session_id or "", participant_id, method="manual")
        except PintuError as error:
            self._manual_problem(message(error.code))
            return None
        self.show_result(result)
        return result

    def show_result(self, result: ScanResult) -> None:
        self.last_result = result
        display = describe(result)
        self.verdict_view.show_display(display, self._photo(display.photo_id))
        self.sounds.play(result.verdict.colour)
        self.ignored_note.hide()
        self._refresh_counter()
        self._prepend_recent(result)
        self.resultShown.emit(result)

    def _note_ignored(self) -> None:
        self.ignored += 1
        self.ignored_note.setText(self.tr("Kode yang sama barusan dipindai: diabaikan."))
        self.ignored_note.show()

    def _photo(self, photo_id: str | None) -> QPixmap | None:
        if not photo_id:
            return None
        if photo_id in self._photos:
            self._photos.move_to_end(photo_id)
            return self._photos[photo_id]
        stored = get_photo(self.workspace, photo_id)
        pixmap = QPixmap()
        if stored is None or not pixmap.loadFromData(stored[0]):
            return None
        self._photos[photo_id] = pixmap
        while len(self._photos) > 64:
            self._photos.popitem(last=False)
        return pixmap

    # --- counters and recent scans -------------------------------------------------------------------------
    def refresh(self) -> None:
        """Counters and the recent scans of the chosen session, read again."""
        if self.session_id is None:
            self.counter.setText("–")
            self.recent_table.setRowCount(0)
            return
        self._refresh_counter()
        self._fill_recent(recent_scans(self.workspace, self.session_id, RECENT_ROWS))

    def _refresh_counter(self) -> None:
        if self.session_id is None:
            self.counter.setText("–")
            return
        present, expected = session_counts(self.workspace, self.session_id)
        self.counter.setText(f"{present} / {expected}")

    def counts(self) -> tuple[int, int]:
        return session_counts(self.workspace, self.session_id) if self.session_id else (0, 0)

    def _setup_recent_table(self) -> None:
        table = self.recent_table
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.verticalHeader().hide()
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 16)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # fixed widths (measuring every cell after every scan would cost more than the scan itself)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self._size_recent_columns()

    def _size_recent_columns(self) -> None:
        table = self.recent_table
        bold = QFont(table.font())
        bold.setBold(True)
        metrics, bold_metrics = table.fontMetrics(), QFontMetrics(bold)
        table.setColumnWidth(0, metrics.horizontalAdvance("00:00") + 14)
        # as wide as the common answers; a long red reason is cut short (the tooltip has it whole)
        outcomes = [message("verdict.present"), message("verdict.already_present"), self.tr("dibatalkan")]
        table.setColumnWidth(2, max(bold_metrics.horizontalAdvance(t) for t in outcomes) + 14)
        probe = QPushButton(self.tr("Batalkan"))
        table.setColumnWidth(3, probe.sizeHint().width() + 4)
        probe.deleteLater()

    def _fill_recent(self, rows: list[dict[str, Any]]) -> None:
        table = self.recent_table
        table.setUpdatesEnabled(False)
        table.setRowCount(len(rows))
        for row, scan in enumerate(rows):
            self._set_recent_row(row, scan)
        table.setUpdatesEnabled(True)

    def _prepend_recent(self, result: ScanResult) -> None:
        """The scan just made on top of the list (no query, no rebuild: this is on the scan's clock)."""
        table = self.recent_table
        table.setUpdatesEnabled(False)
        table.insertRow(0)
        self._set_recent_row(0, {
            "id": result.attendance_id, "short_code": result.short_code, "verdict": result.verdict.value,
            "scanned_at": result.scanned_at, "undone_at": None,
            "full_name": (result.participant or {}).get("full_name"),
        })
        while table.rowCount() > RECENT_ROWS:
            table.removeRow(table.rowCount() - 1)
        table.setUpdatesEnabled(True)

    def _set_recent_row(self, row: int, scan: dict[str, Any]) -> None:
        table = self.recent_table
        verdict = Verdict(scan["verdict"])
        undone = scan["undone_at"] is not None
        who = scan["full_name"] or scan["short_code"] or self.tr("(kode tidak terbaca)")
        if scan["full_name"] is None and scan["short_code"] and verdict.counts_as_present:
            who = fill(self.tr("%1 · belum tersinkron"), scan["short_code"])
        outcome = self.tr("dibatalkan") if undone else message(f"verdict.{verdict.value}")
        items = [QTableWidgetItem(clock_time(scan["scanned_at"])[:5]), QTableWidgetItem(who),
                 QTableWidgetItem(outcome)]
        items[1].setToolTip(f"{who}\n{scan['short_code'] or ''}")
        items[2].setToolTip(outcome)
        colour = "#77828f" if undone else {"green": style.SUCCESS, "amber": style.WARNING,
                                             "red": style.ERROR}[verdict.colour]
        items[2].setForeground(QColor(colour))
        bold = QFont(table.font())
        bold.setBold(True)
        items[2].setFont(bold)
        if undone:
            struck = QFont(table.font())
            struck.setStrikeOut(True)
            items[1].setFont(struck)
            items[1].setForeground(QColor("#77828f"))
        for column, item in enumerate(items):
            item.setData(Qt.ItemDataRole.UserRole, scan["id"])
            table.setItem(row, column, item)
        if undone or verdict is not Verdict.PRESENT:  # only a check-in that counts can be a mistake
            table.removeCellWidget(row, 3)
            table.setItem(row, 3, QTableWidgetItem(""))
        else:
            button = QPushButton(self.tr("Batalkan"), table)
            button.setObjectName("undoButton")
            button.setToolTip(self.tr("Batalkan pindaian ini (salah orang atau salah sesi)"))
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.clicked.connect(lambda _checked=False, attendance_id=scan["id"]: self.undo_scan(attendance_id))
            table.setCellWidget(row, 3, button)

    def undo_button(self, row: int) -> QPushButton | None:
        widget = self.recent_table.cellWidget(row, 3)
        return widget if isinstance(widget, QPushButton) else None

    def undo_scan(self, attendance_id: str) -> None:
        """"Batalkan": the scan stays stored, marked undone (an event that syncs); counters follow."""
        try:
            undo(self.workspace, attendance_id)
        except PintuError as error:
            self.ignored_note.setText(message(error.code))
            self.ignored_note.show()
        if self.last_result is not None and self.last_result.attendance_id == attendance_id:
            shown = self.verdict_view.display
            self.verdict_view.show_display(VerdictDisplay(
                "undone", self.tr("Dibatalkan"), name=shown.name, detail=shown.detail,
                reason=self.tr("Pindaian ini dibatalkan dan tidak dihitung.")))
        self.refresh()

    # --- typing a code or a name --------------------------------------------------------------------------
    def _manual_text_changed(self, text: str) -> None:
        self.manual_message.hide()
        if text.strip():
            self._search_timer.start()
        else:
            self._search_timer.stop()
            self.manual_results.clear()
            self.manual_results.hide()

    def _search_people(self) -> None:
        self._search_timer.stop()
        text = self.manual_edit.text().strip()
        self.manual_results.clear()
        if not text or text.upper().startswith(_CARD_PREFIX):
            self.manual_results.hide()
            return
        people = find_people(self.workspace, self.session_id, text, limit=8)
        for person in people:
            label = f"{person['full_name']}  ·  {person['short_code']}"
            if not person["in_class"]:
                label += "  " + self.tr("(bukan kelas ini)")
            item = QListWidgetItem(label)
            item.setData(PERSON_ROLE, person["id"])
            if not person["in_class"]:
                item.setForeground(QColor(style.MUTED))
            self.manual_results.addItem(item)
        if people:
            self.manual_results.setCurrentRow(0)
        self.manual_results.setVisible(bool(people))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.manual_edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            step = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}.get(Qt.Key(event.key()))
            if step and self.manual_results.count():
                row = min(max(self.manual_results.currentRow() + step, 0), self.manual_results.count() - 1)
                self.manual_results.setCurrentRow(row)
                return True
        return super().eventFilter(watched, event)

    def submit_manual(self) -> ScanResult | None:
        """Enter or "Catat hadir": a whole card code, a short code, or the person chosen in the list."""
        text = self.manual_edit.text().strip()
        if not text:
            return None
        if text.upper().startswith(_CARD_PREFIX):
            result = self.handle_code(text.upper(), "manual")
            self._manual_done()
            return result
        if self._search_timer.isActive():
            self._search_people()
        participant_id = None
        current = self.manual_results.currentItem()
        code = normalise_short_code(text)
        if code is not None:
            found = find_people(self.workspace, self.session_id, code, limit=1)
            if not found:
                self._manual_problem(message("checkin.code_unknown"))
                return None
            participant_id = found[0]["id"]
        elif current is not None and self.manual_results.isVisible():
            participant_id = str(current.data(PERSON_ROLE))
        elif text.upper().replace(" ", "").startswith("MLG"):
            self._manual_problem(message("checkin.code_typo"))
            return None
        else:
            self._manual_problem(message("checkin.nobody_found"))
            return None
        result = self.check_in_person(participant_id)
        if result is not None:
            self._manual_done()
        return result

    def _manual_done(self) -> None:
        self.manual_edit.clear()
        self.manual_results.clear()
        self.manual_results.hide()
        self.manual_message.hide()

    def _manual_problem(self, text: str) -> None:
        self.manual_message.setText(text)
        self.manual_message.show()

    # --- the paper sheet ---------------------------------------------------------------------------------
    def save_sheet(self) -> None:
        if self.session_id is None:
            return
        saved = save_attendance_sheet(self, self.workspace, self.session_id)
        if saved is not None:
            self.sheet_status.setText(saved.text)
            style.set_role(self.sheet_status, saved.role)
            self.sheet_status.show()

    # --- full window ---------------------------------------------------------------------------------------
    def is_full_window(self) -> bool:
        return self._full

    def toggle_full_window(self) -> None:
        if self._full:
            self.leave_full_window()
        else:
            self.enter_full_window()

    def enter_full_window(self) -> None:
        """The station alone on the whole screen, for the queue; Esc (or F11) brings it back."""
        if self._full:
            return
        self._full = True
        self.holder.removeWidget(self.station)
        self.station.setParent(None, Qt.WindowType.Window)
        self.station.setWindowTitle(self.tr("Pintu — stasiun absensi"))
        self.full_header.show()
        self.station_layout.setContentsMargins(12, 10, 12, 12)
        screen = (self.screen() or QApplication.primaryScreen()).availableGeometry().width()
        self.side.setFixedWidth(max(SIDE_WIDTH, min(SIDE_WIDTH_FULL, screen // 3)))  # the verdict gets the rest
        self.placeholder.show()
        for shortcut in self.leave_shortcuts:
            shortcut.setEnabled(True)
        self.full_shortcut.setEnabled(False)
        self.station.showFullScreen()
        self.station.raise_()
        self.station.activateWindow()
        self._update_scanner()

    def leave_full_window(self) -> None:
        if not self._full:
            return
        self._full = False
        for shortcut in self.leave_shortcuts:
            shortcut.setEnabled(False)
        self.full_shortcut.setEnabled(True)
        self.station.hide()
        self.station.setParent(self, Qt.WindowType.Widget)
        self.full_header.hide()
        self.station_layout.setContentsMargins(0, 0, 0, 0)
        self.side.setFixedWidth(SIDE_WIDTH)
        self.placeholder.hide()
        self.holder.insertWidget(0, self.station, 1)
        self.station.show()
        window = self.window()
        window.raise_()
        window.activateWindow()
        self._update_scanner()

    # --- showing and hiding --------------------------------------------------------------------------------
    def _update_scanner(self) -> None:
        self.scanner.set_active(self._full or self.isVisible())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.reload_sessions()
        self._update_scanner()
        QTimer.singleShot(0, self.sounds.available)  # load the sounds now, not at the first scan

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        if self._full and not event.spontaneous():  # the main window closes: the full window goes too
            self.leave_full_window()
        if not self._full:
            self.camera.stop()
        self._update_scanner()

    def shutdown(self) -> None:
        """Stop listening to keys and the camera (the window is closing)."""
        self.leave_full_window()
        self.scanner.set_active(False)
        self.camera.shutdown()

    # --- look and language -----------------------------------------------------------------------------------
    def _apply_station_style(self) -> None:
        background, text, _soft = PALETTE["idle"]
        self.station.setStyleSheet(
            f"QFrame#scanStation {{ background: {style.BACKGROUND}; }}"
            f"QFrame#stationHeader {{ background: {background}; border-radius: 8px; }}"
            f"QFrame#stationHeader QLabel {{ color: {text}; background: transparent; font-size: 14pt; "
            "font-weight: bold; }"
            "QLabel#stationCounter { font-size: 24pt; font-weight: bold; }"
        )

    def _retranslate(self) -> None:
        self.session_label.setText(self.tr("Sesi:"))
        self.session_combo.setToolTip(self.tr("Sesi yang sedang berlangsung: sesi hari ini ada di atas"))
        self.not_today.setText(self.tr("Bukan sesi hari ini"))
        self.full_button.setText(self.tr("Layar penuh (F11)"))
        self.full_button.setToolTip(self.tr("Tampilkan stasiun di seluruh layar untuk antrean; Esc untuk kembali"))
        self.sheet_button.setText(self.tr("Cetak daftar hadir…"))
        self.sheet_button.setToolTip(self.tr("Simpan daftar hadir sesi ini sebagai PDF, dengan kolom tanda tangan"))
        self.exit_button.setText(self.tr("Keluar layar penuh (Esc)"))
        self.counter_caption.setText(self.tr("Hadir / terdaftar"))
        self.manual_heading.setText(self.tr("Kartu tertinggal? Ketik kode atau nama"))
        self.manual_edit.setPlaceholderText(self.tr("MLG-7K3F-Q2X atau nama peserta"))
        self.manual_button.setText(self.tr("Catat hadir"))
        self.manual_button.setToolTip(self.tr("Catat kehadiran peserta yang dipilih (Enter)"))
        self.camera_heading.setText(self.tr("Kamera"))
        self.recent_heading.setText(self.tr("Pindaian terakhir"))
        self.recent_table.setHorizontalHeaderLabels([self.tr("Jam"), self.tr("Peserta"), self.tr("Hasil"), ""])
        self.placeholder.setText(self.tr("Stasiun absensi sedang tampil di layar penuh. Tekan Esc untuk kembali."))
        if self.verdict_view.colour() == "idle":
            self.verdict_view.show_display(self._idle())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.reload_sessions()
        super().changeEvent(event)


__all__ = ["ScanStationPage"]
