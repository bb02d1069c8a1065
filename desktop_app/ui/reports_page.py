"""Laporan: the dashboard a coordinator reads and reports from.

On top: the filters (a range of registration dates, a training), a refresh button, and five numbers.
Tabs below, each a chart beside its table:

- "Pelatihan": registrations per training against its quota (a tick marks the quota; a bar past it
  turns gold), and per category with the split by gender;
- "Wilayah": per kecamatan (chart and table) and per kelurahan/desa;
- "Petugas": registrations per day, stacked by officer, and the day x officer table;
- "Kelas": attendance rate per class against its threshold; for the chosen class, its certificates,
  its attendance recap (PDF) and its attendance grid (Excel);
- "Ekspor": participants, attendance and the summary as Excel, CSV or PDF; NIK and KK masked unless the
  coordinator ticks the box (a warning says what that means, and asks once more before writing);
- "Log audit": every export and printing of every synced laptop, card printings included.

The numbers come from `reports.statistics.summary` (aggregated in SQL, about 0.4 s at 100,000 people),
read on a background task with its own connection: the page shows at once and fills in. It reads again
when shown after something changed (`refresh()`, called after a sync) and when a filter changes. Exports
and printing run as background tasks with progress and "Batal"; the file is written whole or not at all.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QDate, QEvent, QLocale, QRectF, QSize, QStandardPaths, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QIcon, QImage, QPainter, QPixmap, QShowEvent
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.reports.statistics import Summary, summary
from desktop_app.storage import audit
from desktop_app.storage import report_queries as queries
from desktop_app.storage.report_queries import ReportFilter
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import i18n
from desktop_app.ui.background import Failure, ProgressPanel, Task, failure_from, with_own_connection
from desktop_app.ui.charts import BarChart, BarItem, ColumnChart
from desktop_app.ui.i18n import fill
from desktop_app.ui.style import NAV_TEXT, make_primary, set_role
from desktop_app.ui.vocab import category_name, gender_name

FOLDER_KEY = "reports/last_folder"
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole
FILTER_DELAY_MS = 250
TAB_TRAININGS, TAB_REGIONS, TAB_OFFICERS, TAB_CLASSES, TAB_EXPORT, TAB_AUDIT = range(6)
KINDS = ("registrations", "attendance", "summary")
FORMATS = ("xlsx", "csv", "pdf")

_ICON_SVG = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" fill="none" stroke="currentColor" '
    'stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round"><path d="M4 20h16"/>'
    '<rect x="5.5" y="11" width="3" height="7" rx="0.6"/><rect x="10.5" y="6" width="3" height="12" rx="0.6"/>'
    '<rect x="15.5" y="13.5" width="3" height="4.5" rx="0.6"/></svg>'
)


def reports_icon(colour: str = NAV_TEXT, selected: str = "#ffffff") -> QIcon:
    """A bar-chart icon for the navigation (light grey, white when the page is shown)."""
    result = QIcon()
    for mode, tint in ((QIcon.Mode.Normal, colour), (QIcon.Mode.Active, colour), (QIcon.Mode.Selected, selected)):
        renderer = QSvgRenderer(QByteArray(_ICON_SVG.replace("currentColor", tint).encode("utf-8")))
        for size in (16, 20, 24, 32, 48):
            image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(painter, QRectF(0, 0, size, size))
            painter.end()
            result.addPixmap(QPixmap.fromImage(image), mode)
    return result




def _number(value: int | float) -> str:
    return QLocale().toString(int(value))


def _percent(value: float | None, digits: int = 1) -> str:
    return "–" if value is None else QLocale().toString(float(value), "f", digits) + "%"


def _slug(text: str) -> str:
    return re.sub(r"[^0-9a-z]+", "-", text.lower()).strip("-") or "kelas"


def _save_path(parent: QWidget, caption: str, suggested: str, file_filter: str) -> str:
    """Ask where to save (tests replace this function)."""
    chosen, _chosen_filter = QFileDialog.getSaveFileName(parent, caption, suggested, file_filter)
    return str(chosen)


def _confirm_unmasked(parent: QWidget, title: str, text: str, accept: str, reject: str) -> bool:
    """The second question before NIK and KK numbers are written in full (tests replace this function)."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(title)
    box.setText(text)
    yes = box.addButton(accept, QMessageBox.ButtonRole.AcceptRole)
    no = box.addButton(reject, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(no)
    box.setEscapeButton(no)
    box.exec()
    return box.clickedButton() is yes


def _open_folder(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class _Item(QTableWidgetItem):
    """A cell that sorts by `SORT_ROLE` (numbers as numbers) and shows its text."""

    def __init__(self, text: str, sort: Any = None, *, right: bool = False) -> None:
        super().__init__(text)
        self.setData(SORT_ROLE, sort if sort is not None else text.casefold())
        if right:
            self.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

    def __lt__(self, other: QTableWidgetItem) -> bool:
        mine, theirs = self.data(SORT_ROLE), other.data(SORT_ROLE)
        try:
            return bool(mine < theirs)
        except TypeError:
            return str(mine) < str(theirs)


def _table(parent: QWidget, *, sortable: bool = True) -> QTableWidget:
    table = QTableWidget(0, 0, parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setAlternatingRowColors(True)
    table.setShowGrid(False)
    table.setWordWrap(False)
    table.verticalHeader().hide()
    table.verticalHeader().setDefaultSectionSize(26)
    table.horizontalHeader().setHighlightSections(False)
    table.setSortingEnabled(sortable)
    return table


def _fill_table(table: QTableWidget, headers: Sequence[str], rows: Sequence[Sequence[QTableWidgetItem]]) -> None:
    sorting = table.isSortingEnabled()
    table.setSortingEnabled(False)
    table.clearContents()
    table.setColumnCount(len(headers))
    table.setHorizontalHeaderLabels(list(headers))
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, item in enumerate(row):
            table.setItem(r, c, item)
    # Every column as wide as its contents, the last one taking what is left (a wide table scrolls).
    table.setSortingEnabled(sorting)
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.resizeColumnsToContents()  # after sorting is back on: room for the sort arrow too
    header.setStretchLastSection(True)


class _Tile(QFrame):
    """One big number with a caption under it."""

    def __init__(self, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        set_role(self, "card")
        self.setObjectName(name)
        self.value = QLabel("–", self)
        self.value.setObjectName(f"{name}Value")
        self.value.setStyleSheet("font-size: 17pt; font-weight: bold; color: #0f5fa3;")
        self.caption = QLabel(self)
        set_role(self.caption, "muted")
        self.caption.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(0)
        layout.addWidget(self.value)
        layout.addWidget(self.caption)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)


class ReportsPage(QWidget):
    """The Laporan page; see the module's notes."""

    loaded = Signal()  # the dashboard shows the numbers of the current filter
    exported = Signal(object)  # an export or printing finished: its result (ExportResult, PrintedCertificates)

    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.today = today
        self.summary: Summary | None = None
        self.audit_entries: list[audit.AuditEntry] = []
        self.task: Task[Any] | None = None  # the export or printing running now
        self._busy = False  # an export or printing runs: its buttons wait
        self._loader: Task[Any] | None = None
        self._generation = 0
        self._stale = True
        self._programs = {p["code"]: p["name"] for p in queries.programs(workspace.db)}
        self.last_result: Any = None

        self.title_label = QLabel(self)
        set_role(self.title_label, "title")
        self.updated_label = QLabel(self)
        set_role(self.updated_label, "muted")
        self.refresh_button = QPushButton(self)
        self.refresh_button.setObjectName("refreshButton")
        self.refresh_button.clicked.connect(self.refresh)
        header = QHBoxLayout()
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.updated_label)
        header.addWidget(self.refresh_button)

        # --- filters ---
        self.period_box = QCheckBox(self)
        self.period_box.setObjectName("periodBox")
        self.date_from = QDateEdit(self)
        self.date_to = QDateEdit(self)
        day = today or date.today()
        for edit, value in ((self.date_from, day - timedelta(days=30)), (self.date_to, day)):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd-MM-yyyy")
            edit.setDate(QDate(value.year, value.month, value.day))
            edit.setEnabled(False)
            edit.dateChanged.connect(self._filters_changed)
        self.until_label = QLabel(self)
        self.program_label = QLabel(self)
        self.program_combo = QComboBox(self)
        self.program_combo.setObjectName("programFilter")
        self.program_combo.setMinimumContentsLength(18)
        self.program_combo.addItem("", None)
        for code, name in self._programs.items():
            self.program_combo.addItem(name, code)
        self.period_box.toggled.connect(self._period_toggled)
        self.program_combo.currentIndexChanged.connect(self._filters_changed)
        filters = QHBoxLayout()
        filters.setSpacing(8)
        filters.addWidget(self.period_box)
        filters.addWidget(self.date_from)
        filters.addWidget(self.until_label)
        filters.addWidget(self.date_to)
        filters.addSpacing(16)
        filters.addWidget(self.program_label)
        filters.addWidget(self.program_combo)
        filters.addStretch(1)
        self._filter_timer = QTimer(self)
        self._filter_timer.setSingleShot(True)
        self._filter_timer.setInterval(FILTER_DELAY_MS)
        self._filter_timer.timeout.connect(self.refresh)

        # --- the numbers ---
        self.tiles = {name: _Tile(name, self) for name in ("registered", "accepted", "classes", "attendance",
                                                              "withdrawn")}
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for tile in self.tiles.values():
            tiles.addWidget(tile)

        # --- tabs ---
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("reportTabs")
        self.tabs.addTab(self._trainings_tab(), "")
        self.tabs.addTab(self._regions_tab(), "")
        self.tabs.addTab(self._officers_tab(), "")
        self.tabs.addTab(self._classes_tab(), "")
        self.tabs.addTab(self._export_tab(), "")
        self.tabs.addTab(self._audit_tab(), "")

        self.progress = ProgressPanel(self)
        self.result_label = QLabel(self)
        self.result_label.setObjectName("resultLabel")
        self.result_label.setWordWrap(True)
        self.result_label.setTextFormat(Qt.TextFormat.RichText)
        self.result_label.setOpenExternalLinks(False)
        self.result_label.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        self.result_label.hide()

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 12)
        layout.setSpacing(8)
        layout.addLayout(header)
        layout.addLayout(filters)
        layout.addLayout(tiles)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.result_label)
        self._retranslate()

    def title(self) -> str:
        """The page's name in the navigation list."""
        return self.tr("Laporan")

    # --- building the tabs ------------------------------------------------------------------------
    def _split(self, left: QWidget, right: QWidget, parent: QWidget) -> QSplitter:
        splitter = QSplitter(Qt.Orientation.Horizontal, parent)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 5)
        splitter.setStretchFactor(1, 6)
        return splitter

    def _panel(self, parent: QWidget, *widgets: QWidget) -> QWidget:
        panel = QWidget(parent)
        column = QVBoxLayout(panel)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(4)
        for widget in widgets:
            column.addWidget(widget, 1 if isinstance(widget, (BarChart, ColumnChart, QTableWidget)) else 0)
        return panel

    def _heading(self, parent: QWidget) -> QLabel:
        label = QLabel(parent)
        set_role(label, "heading")
        return label

    def _trainings_tab(self) -> QWidget:
        tab = QWidget(self)
        self.programs_heading = self._heading(tab)
        self.programs_chart = BarChart(tab)
        self.programs_chart.setObjectName("programsChart")
        self.programs_table = _table(tab)
        self.programs_table.setObjectName("programsTable")
        self.categories_heading = self._heading(tab)
        self.categories_chart = BarChart(tab)
        self.categories_chart.setObjectName("categoriesChart")
        self.categories_table = _table(tab)
        self.categories_table.setObjectName("categoriesTable")
        self.genders_label = QLabel(tab)
        self.genders_label.setObjectName("gendersLabel")
        set_role(self.genders_label, "muted")
        self.quota_note = QLabel(tab)
        set_role(self.quota_note, "muted")
        self.quota_note.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.genders_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        grid = QGridLayout(tab)
        grid.setContentsMargins(12, 10, 12, 10)
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(4)
        grid.addWidget(self.programs_heading, 0, 0)
        grid.addWidget(self.quota_note, 0, 1)
        grid.addWidget(self.programs_chart, 1, 0)
        grid.addWidget(self.programs_table, 1, 1)
        grid.addWidget(self.categories_heading, 2, 0)
        grid.addWidget(self.genders_label, 2, 1)
        grid.addWidget(self.categories_chart, 3, 0)
        grid.addWidget(self.categories_table, 3, 1)
        grid.setColumnStretch(0, 5)
        grid.setColumnStretch(1, 6)
        grid.setRowStretch(1, 1)
        grid.setRowStretch(3, 1)
        return tab

    def _regions_tab(self) -> QWidget:
        tab = QWidget(self)
        self.kecamatan_heading = self._heading(tab)
        self.kecamatan_chart = BarChart(tab)
        self.kecamatan_chart.setObjectName("kecamatanChart")
        self.kecamatan_table = _table(tab)
        self.kecamatan_table.setObjectName("kecamatanTable")
        self.kelurahan_heading = self._heading(tab)
        self.kelurahan_table = _table(tab)
        self.kelurahan_table.setObjectName("kelurahanTable")
        right = QWidget(tab)
        column = QVBoxLayout(right)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.kecamatan_table, 2)
        column.addWidget(self.kelurahan_heading)
        column.addWidget(self.kelurahan_table, 3)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.kecamatan_heading)
        layout.addWidget(self._split(self.kecamatan_chart, right, tab), 1)
        return tab

    def _officers_tab(self) -> QWidget:
        tab = QWidget(self)
        self.officers_heading = self._heading(tab)
        self.days_chart = ColumnChart(tab)
        self.days_chart.setObjectName("daysChart")
        self.days_chart.number = _number
        self.officers_table = _table(tab)
        self.officers_table.setObjectName("officersTable")
        splitter = QSplitter(Qt.Orientation.Vertical, tab)
        splitter.addWidget(self.days_chart)
        splitter.addWidget(self.officers_table)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.officers_heading)
        layout.addWidget(splitter, 1)
        return tab

    def _classes_tab(self) -> QWidget:
        tab = QWidget(self)
        self.classes_heading = self._heading(tab)
        self.classes_chart = BarChart(tab)
        self.classes_chart.setObjectName("classesChart")
        self.classes_table = _table(tab)
        self.classes_table.setObjectName("classesTable")
        self.classes_table.itemSelectionChanged.connect(self._class_selected)
        self.classes_hint = QLabel(tab)
        self.classes_hint.setWordWrap(True)
        set_role(self.classes_hint, "muted")
        self.certificates_button = QPushButton(tab)
        self.certificates_button.setObjectName("certificatesButton")
        make_primary(self.certificates_button)
        self.class_recap_button = QPushButton(tab)
        self.class_recap_button.setObjectName("classRecapButton")
        self.class_grid_button = QPushButton(tab)
        self.class_grid_button.setObjectName("classGridButton")
        self.certificates_button.clicked.connect(self.print_certificates)
        self.class_recap_button.clicked.connect(lambda: self.export_class("pdf"))
        self.class_grid_button.clicked.connect(lambda: self.export_class("xlsx"))
        buttons = QHBoxLayout()
        buttons.addWidget(self.classes_hint, 1)
        buttons.addWidget(self.class_grid_button)
        buttons.addWidget(self.class_recap_button)
        buttons.addWidget(self.certificates_button)
        top = QWidget(tab)
        column = QVBoxLayout(top)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.classes_table, 1)
        column.addLayout(buttons)
        bottom = self._panel(tab, self.classes_heading, self.classes_chart)
        splitter = QSplitter(Qt.Orientation.Vertical, tab)
        splitter.addWidget(top)
        splitter.addWidget(bottom)
        splitter.setChildrenCollapsible(False)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(splitter, 1)
        self._class_selected()
        return tab

    def _export_tab(self) -> QWidget:
        tab = QWidget(self)
        self.export_intro = QLabel(tab)
        self.export_intro.setWordWrap(True)
        self.filter_note = QLabel(tab)
        self.filter_note.setObjectName("filterNote")
        set_role(self.filter_note, "muted")
        self.export_rows: dict[str, tuple[QLabel, QLabel, dict[str, QPushButton]]] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(10)
        grid.setVerticalSpacing(10)
        for row, kind in enumerate(KINDS):
            name = QLabel(tab)
            set_role(name, "heading")
            about = QLabel(tab)
            about.setWordWrap(True)
            set_role(about, "muted")
            text = QVBoxLayout()
            text.setSpacing(1)
            text.addWidget(name)
            text.addWidget(about)
            grid.addLayout(text, row, 0)
            buttons: dict[str, QPushButton] = {}
            for column, fmt in enumerate(FORMATS, start=1):
                button = QPushButton(fmt.upper() if fmt != "xlsx" else "Excel", tab)
                button.setObjectName(f"export_{kind}_{fmt}")
                button.setMinimumWidth(86)
                button.clicked.connect(lambda _checked=False, k=kind, f=fmt: self.export(k, f))
                grid.addWidget(button, row, column)
                buttons[fmt] = button
            self.export_rows[kind] = (name, about, buttons)
        grid.setColumnStretch(0, 1)

        self.unmasked_box = QCheckBox(tab)
        self.unmasked_box.setObjectName("unmaskedBox")
        self.unmasked_warning = QLabel(tab)
        self.unmasked_warning.setObjectName("unmaskedWarning")
        self.unmasked_warning.setWordWrap(True)
        set_role(self.unmasked_warning, "warning-box")
        self.unmasked_warning.hide()
        self.unmasked_box.toggled.connect(self.unmasked_warning.setVisible)
        self.masked_note = QLabel(tab)
        self.masked_note.setWordWrap(True)
        set_role(self.masked_note, "muted")

        layout = QVBoxLayout(tab)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(8)
        layout.addWidget(self.export_intro)
        layout.addWidget(self.filter_note)
        layout.addSpacing(4)
        layout.addLayout(grid)
        layout.addSpacing(6)
        layout.addWidget(self.masked_note)
        layout.addWidget(self.unmasked_box)
        layout.addWidget(self.unmasked_warning)
        layout.addStretch(1)
        return tab

    def _audit_tab(self) -> QWidget:
        tab = QWidget(self)
        self.audit_note = QLabel(tab)
        self.audit_note.setWordWrap(True)
        set_role(self.audit_note, "muted")
        self.audit_table = _table(tab, sortable=False)
        self.audit_table.setObjectName("auditTable")
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(12, 10, 12, 10)
        layout.addWidget(self.audit_note)
        layout.addWidget(self.audit_table, 1)
        return tab

    # --- filters and loading ------------------------------------------------------------------------
    def report_filter(self) -> ReportFilter:
        """The filter the page shows and exports: a date range (when ticked) and a training."""
        program = self.program_combo.currentData()
        if not self.period_box.isChecked():
            return ReportFilter(program_code=program or None)
        start = _py_date(self.date_from.date())
        end = _py_date(self.date_to.date())
        if end < start:
            start, end = end, start
        return ReportFilter(date_from=start, date_to=end, program_code=program or None)

    def _period_toggled(self, on: bool) -> None:
        self.date_from.setEnabled(on)
        self.date_to.setEnabled(on)
        self._filters_changed()

    def _filters_changed(self) -> None:
        self._filter_timer.start()

    def refresh(self) -> None:
        """Read the numbers again (now if the page is shown, else when it is next shown)."""
        self._filter_timer.stop()
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        self._generation += 1
        generation = self._generation
        report_filter = self.report_filter()
        today = self.today
        self.updated_label.setText(self.tr("Memuat…"))

        def work(ws: Workspace, _progress: Any) -> tuple[Summary, list[audit.AuditEntry]]:
            return summary(ws, report_filter, today=today), audit.entries(ws)

        if self.workspace.path is None:  # an in-memory workspace (tests): no second connection possible
            self._loaded(generation, work(self.workspace, None))
            return
        loader: Task[Any] = Task(with_own_connection(self.workspace, work))
        loader.succeeded.connect(lambda result: self._loaded(generation, result))
        loader.failed.connect(lambda failure: self._load_failed(generation, failure))
        self._loader = loader
        loader.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            QTimer.singleShot(0, self.refresh)

    def _loaded(self, generation: int, result: tuple[Summary, list[audit.AuditEntry]]) -> None:
        if generation != self._generation:
            return  # a newer filter was asked for meanwhile
        self.summary, self.audit_entries = result
        self._show()
        self.loaded.emit()

    def _load_failed(self, generation: int, failure: Failure) -> None:
        if generation == self._generation:
            self.updated_label.setText(failure.message)

    # --- showing ----------------------------------------------------------------------------------------
    def _show(self) -> None:
        data = self.summary
        if data is None:
            return
        self.updated_label.setText(fill(self.tr("Diperbarui %1"), data.generated_at.strftime("%H:%M")))
        self._show_tiles(data)
        self._show_trainings(data)
        self._show_regions(data)
        self._show_officers(data)
        self._show_classes(data)
        self._show_audit()
        self.filter_note.setText(self._filter_text())

    def _show_tiles(self, data: Summary) -> None:
        t = self.tiles
        t["registered"].value.setText(_number(data.total))
        t["accepted"].value.setText(f"{_number(data.accepted)} / {_number(data.quota)}")
        members = sum(c.members for c in data.classes)
        t["classes"].value.setText(_number(len(data.classes)))
        t["classes"].caption.setText(fill(self.tr("kelas, %1 peserta"), _number(members)))
        held = sum(c.members * c.sessions_held for c in data.classes)
        present = sum(c.present_marks for c in data.classes)
        t["attendance"].value.setText(_percent(100.0 * present / held if held else None))
        t["withdrawn"].value.setText(_number(data.withdrawn))

    def _show_trainings(self, data: Summary) -> None:
        self.programs_chart.set_items([
            BarItem(p.name, p.registered, p.quota,
                    f"{_number(p.registered)} / {_number(p.quota)}" if p.quota is not None else _number(p.registered))
            for p in data.programs])
        rows = []
        for p in data.programs:
            rows.append([_Item(p.name), _Item(_number(p.quota or 0), p.quota or 0, right=True),
                         _Item(_number(p.registered), p.registered, right=True),
                         _Item(_percent(p.quota_percent, 0), p.quota_percent or 0.0, right=True),
                         _Item(_number(p.accepted), p.accepted, right=True)])
        _fill_table(self.programs_table, [self.tr("Pelatihan"), self.tr("Kuota"), self.tr("Terdaftar"),
                                          self.tr("% kuota"), self.tr("Diterima")], rows)
        self.categories_chart.set_items([BarItem(category_name(c.key) or self.tr("(tidak diisi)"), c.count,
                                                 text=_number(c.count)) for c in data.categories])
        _fill_table(self.categories_table, [self.tr("Kategori"), self.tr("Jumlah"), self.tr("%")], [
            [_Item(category_name(c.key) or self.tr("(tidak diisi)")), _Item(_number(c.count), c.count, right=True),
             _Item(_percent(100.0 * c.count / data.total if data.total else None), c.count, right=True)]
            for c in data.categories])
        parts = [f"{gender_name(g.key) or g.key}: {_number(g.count)} "
                 f"({_percent(100.0 * g.count / data.total if data.total else None)})" for g in data.genders]
        self.genders_label.setText(" · ".join(parts))

    def _show_regions(self, data: Summary) -> None:
        self.kecamatan_chart.set_items([BarItem(k.label.split(",")[0], k.count, text=_number(k.count))
                                        for k in data.kecamatan])
        _fill_table(self.kecamatan_table, [self.tr("Kecamatan"), self.tr("Kota/kabupaten"), self.tr("Jumlah"),
                                           self.tr("%")], [
            [_Item(k.label.split(", ")[0]), _Item(k.label.split(", ", 1)[1] if ", " in k.label else ""),
             _Item(_number(k.count), k.count, right=True),
             _Item(_percent(100.0 * k.count / data.total if data.total else None), k.count, right=True)]
            for k in data.kecamatan])
        _fill_table(self.kelurahan_table, [self.tr("Kelurahan/desa"), self.tr("Kecamatan"), self.tr("Kota/kabupaten"),
                                           self.tr("Jumlah")], [
            [_Item(v.name), _Item(v.kecamatan), _Item(v.city), _Item(_number(v.count), v.count, right=True)]
            for v in data.kelurahan])

    def _show_officers(self, data: Summary) -> None:
        officers = data.officers()
        days = data.days()
        per: dict[tuple[date | None, str], int] = {(r.day, r.officer): r.count for r in data.officer_days}
        labels = [d.strftime("%d/%m") if d else "?" for d, _ in days]
        self.days_chart.set_data(labels, [(o.label, [per.get((d, o.key), 0) for d, _ in days]) for o in officers])
        headers = [self.tr("Tanggal"), *[o.label for o in officers], self.tr("Jumlah")]
        rows = []
        for d, total in days:
            row: list[QTableWidgetItem] = [_Item(d.strftime("%d-%m-%Y") if d else "?", d.isoformat() if d else "")]
            row += [_Item(_number(per.get((d, o.key), 0)), per.get((d, o.key), 0), right=True) for o in officers]
            row.append(_Item(_number(total), total, right=True))
            rows.append(row)
        total_row: list[QTableWidgetItem] = [_Item(self.tr("Jumlah"), "9999")]
        total_row += [_Item(_number(o.count), o.count, right=True) for o in officers]
        total_row.append(_Item(_number(data.total), data.total, right=True))
        for item in total_row:
            font = item.font()
            font.setBold(True)
            item.setFont(font)
        _fill_table(self.officers_table, headers, [*rows, total_row])
        self.officers_table.sortItems(0, Qt.SortOrder.AscendingOrder)

    def _show_classes(self, data: Summary) -> None:
        good, weak = "#17703a", "#c98a12"
        self.classes_chart.set_items([
            BarItem(c.name, c.rate or 0.0, c.threshold, _percent(c.rate),
                    good if c.rate is not None and c.rate >= c.threshold else weak)
            for c in data.classes])
        selected = self.selected_class()
        rows = []
        for c in data.classes:
            name = _Item(c.name)
            name.setData(ID_ROLE, c.id)
            rows.append([name, _Item(c.program_name),
                         _Item(_date_text(c.start_date), c.start_date), _Item(_date_text(c.end_date), c.end_date),
                         _Item(_number(c.members), c.members, right=True),
                         _Item(f"{c.sessions_held}/{c.sessions}", c.sessions_held, right=True),
                         _Item(_percent(c.rate), c.rate if c.rate is not None else -1.0, right=True),
                         _Item(_number(c.eligible), c.eligible, right=True)])
        _fill_table(self.classes_table, [self.tr("Kelas"), self.tr("Pelatihan"), self.tr("Mulai"),
                                         self.tr("Selesai"), self.tr("Peserta"), self.tr("Sesi"),
                                         self.tr("Kehadiran"), self.tr("Sertifikat")], rows)
        if selected is not None:
            self.select_class(selected)
        if self.selected_class() is None and self.classes_table.rowCount():
            self.classes_table.selectRow(0)  # the buttons name a class at once
        self._class_selected()

    def _show_audit(self) -> None:
        rows = []
        for e in self.audit_entries:
            masked = "–" if e.masked is None else self.tr("disamarkan") if e.masked else self.tr("LENGKAP")
            cells = [_Item(_datetime_text(e.at)), _Item(e.actor), _Item(e.device_name),
                     _Item(self.tr("Ekspor") if e.action == "export" else self.tr("Cetak")),
                     _Item(self._report_name(e.report)), _Item(e.file_format.upper()),
                     _Item(_number(e.row_count), e.row_count, right=True), _Item(masked), _Item(e.file_name)]
            if e.masked is False:
                for cell in cells:
                    cell.setForeground(Qt.GlobalColor.darkRed)
            rows.append(cells)
        _fill_table(self.audit_table, [self.tr("Waktu"), self.tr("Petugas"), self.tr("Laptop"), self.tr("Kegiatan"),
                                       self.tr("Laporan"), self.tr("Format"), self.tr("Baris"), self.tr("NIK/KK"),
                                       self.tr("Berkas")], rows)

    def _report_name(self, code: str) -> str:
        names = {
            "participants": self.tr("Data peserta"), "attendance": self.tr("Kehadiran"),
            "summary": self.tr("Ringkasan"), "registration_recap": self.tr("Rekap pendaftaran"),
            "attendance_recap": self.tr("Rekap kehadiran"), "summary_recap": self.tr("Rekap ringkasan"),
            "certificates": self.tr("Sertifikat"), "cards": self.tr("Kartu peserta"),
        }
        return names.get(code, code)

    def _filter_text(self) -> str:
        f = self.report_filter()
        program = self._programs.get(f.program_code, "") if f.program_code else self.tr("semua pelatihan")
        if f.date_from and f.date_to:
            period = fill(self.tr("pendaftaran %1 s.d. %2"), f.date_from.strftime("%d-%m-%Y"),
                           f.date_to.strftime("%d-%m-%Y"))
        else:
            period = self.tr("semua tanggal pendaftaran")
        return fill(self.tr("Berlaku untuk: %1, %2 (ubah di filter di atas)."), program, period)

    # --- classes ------------------------------------------------------------------------------------
    def selected_class(self) -> str | None:
        rows = self.classes_table.selectionModel().selectedRows() if self.classes_table.selectionModel() else []
        if not rows:
            return None
        item = self.classes_table.item(rows[0].row(), 0)
        return str(item.data(ID_ROLE)) if item is not None and item.data(ID_ROLE) else None

    def select_class(self, class_id: str) -> None:
        for row in range(self.classes_table.rowCount()):
            item = self.classes_table.item(row, 0)
            if item is not None and item.data(ID_ROLE) == class_id:
                self.classes_table.selectRow(row)
                return

    def _class_selected(self) -> None:
        chosen = self.selected_class() is not None
        for button in (self.certificates_button, self.class_recap_button, self.class_grid_button):
            button.setEnabled(chosen and not self._busy)

    def _class_name(self, class_id: str) -> str:
        if self.summary is not None:
            for c in self.summary.classes:
                if c.id == class_id:
                    return c.name
        return "kelas"

    # --- exports and printing --------------------------------------------------------------------------
    def _ask_path(self, caption: str, name: str, fmt: str) -> Path | None:
        store = i18n.settings()
        folder = str(store.value(FOLDER_KEY, "") or "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        filters = {"xlsx": self.tr("Buku kerja Excel (*.xlsx)"), "csv": self.tr("CSV UTF-8 (*.csv)"),
                   "pdf": self.tr("Dokumen PDF (*.pdf)")}
        chosen = _save_path(self, caption, str(Path(folder) / name), filters[fmt])
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != f".{fmt}":
            path = path.with_name(path.name + f".{fmt}")
        store.setValue(FOLDER_KEY, str(path.parent))
        return path

    def _default_name(self, kind: str, fmt: str) -> str:
        stem = {"registrations": "peserta", "attendance": "kehadiran", "summary": "ringkasan"}[kind]
        if fmt == "pdf":
            stem = {"registrations": "rekap-pendaftaran", "attendance": "rekap-kehadiran",
                    "summary": "rekap-ringkasan"}[kind]
        return f"{stem}-{(self.today or date.today()).isoformat()}.{fmt}"

    def export(self, kind: str, fmt: str, *, class_id: str | None = None) -> None:
        """Ask where, then write a report in the background (NIK/KK masked unless the box is ticked)."""
        if self._busy:
            return
        masked = not self.unmasked_box.isChecked() or kind != "registrations" or fmt == "pdf"
        if not masked and not _confirm_unmasked(
                self, self.tr("NIK dan nomor KK lengkap"),
                self.tr("Berkas ini akan berisi NIK dan nomor KK lengkap setiap peserta. Lanjutkan hanya bila "
                        "memang diperlukan, simpan berkas di tempat yang aman, dan jangan kirim lewat grup "
                        "percakapan. Ekspor ini dicatat di log audit."),
                self.tr("Ya, tulis lengkap"), self.tr("Batal")):
            return
        name = self._default_name(kind, fmt)
        if class_id is not None:
            prefix = "rekap-kehadiran" if fmt == "pdf" else "kehadiran"
            name = f"{prefix}-{_slug(self._class_name(class_id))}-{(self.today or date.today()).isoformat()}.{fmt}"
        path = self._ask_path(self.tr("Simpan laporan"), name, fmt)
        if path is None:
            return
        report_filter = self.report_filter()
        today = self.today

        def work(ws: Workspace, progress: Any) -> Any:
            if fmt == "pdf":
                from desktop_app.printing.recaps import write_recap

                return write_recap(ws, kind, path, report_filter=report_filter, class_id=class_id, today=today,
                                   progress=progress)
            from desktop_app.reports.exports import export_report

            return export_report(ws, kind, path, masked=masked, report_filter=report_filter, class_id=class_id,
                                 progress=progress)

        self._run(work, self.tr("Menulis %1…").replace("%1", path.name))

    def export_class(self, fmt: str) -> None:
        class_id = self.selected_class()
        if class_id is not None:
            self.export("attendance", fmt, class_id=class_id)

    def print_certificates(self) -> None:
        """Certificates of the chosen class's members who reached its threshold, as one PDF."""
        class_id = self.selected_class()
        if class_id is None or self._busy:
            return
        name = f"sertifikat-{_slug(self._class_name(class_id))}-{(self.today or date.today()).isoformat()}.pdf"
        path = self._ask_path(self.tr("Simpan sertifikat"), name, "pdf")
        if path is None:
            return
        today = self.today

        def work(ws: Workspace, progress: Any) -> Any:
            from desktop_app.printing.certificates import print_certificates

            return print_certificates(ws, class_id, path, today=today, progress=progress)

        self._run(work, self.tr("Mencetak sertifikat…"))

    def _run(self, work: Callable[[Workspace, Any], Any], text: str) -> None:
        self.result_label.hide()
        task: Task[Any] = Task(with_own_connection(self.workspace, work))
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        task.cancelled.connect(lambda: self._show_result(self.tr("Dibatalkan; tidak ada berkas yang ditulis."),
                                                         "warning-box"))
        task.finished.connect(self._task_finished)
        self.task = task
        self._set_busy(True)
        self.progress.follow(task, text)
        task.start()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for _name, _about, buttons in self.export_rows.values():
            for button in buttons.values():
                button.setEnabled(not busy)
        self._class_selected()

    def _task_finished(self) -> None:
        self._set_busy(False)
        self.refresh_audit()

    def _done(self, result: Any) -> None:
        seconds = getattr(result, "seconds", None)
        rows = getattr(result, "rows", None)
        if rows is None:  # certificates
            text = fill(self.tr("%1 sertifikat disimpan: %2"), _number(len(result.certificates)),
                         html.escape(result.file.name))
        else:
            text = fill(self.tr("Disimpan: %1 (%2 baris)"), html.escape(result.file.name), _number(rows))
            if result.masked is True:
                text += " · " + self.tr("NIK/KK disamarkan")
            elif result.masked is False:
                text += " · " + self.tr("NIK/KK LENGKAP")
            if seconds is not None:
                text += " · " + fill(self.tr("%1 detik"), QLocale().toString(float(seconds), "f", 1))
        link = f'<a href="{QUrl.fromLocalFile(str(result.file.parent)).toString()}">{self.tr("Buka folder")}</a>'
        self._show_result(f"{text} — {link}", "success-box")
        self.last_result = result
        self.exported.emit(result)

    def _failed(self, failure: Failure) -> None:
        self._show_result(html.escape(failure.message), "error-box")

    def _show_result(self, text: str, role: str) -> None:
        self.result_label.setText(text)
        set_role(self.result_label, role)
        self.result_label.show()

    def refresh_audit(self) -> None:
        try:
            self.audit_entries = audit.entries(self.workspace)
        except Exception as error:  # the log is a view: a failure must not stop the page
            self._show_result(html.escape(failure_from(error).message), "error-box")
            return
        self._show_audit()

    # --- language ---------------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.title_label.setText(self.tr("Laporan"))
        self.refresh_button.setText(self.tr("Segarkan"))
        self.refresh_button.setToolTip(self.tr("Hitung ulang semua angka dari data di laptop ini"))
        self.period_box.setText(self.tr("Tanggal daftar dari"))
        self.until_label.setText(self.tr("s.d."))
        self.program_label.setText(self.tr("Pelatihan"))
        self.program_combo.setItemText(0, self.tr("Semua pelatihan"))
        captions = {"registered": self.tr("peserta terdaftar"), "accepted": self.tr("diterima / kuota"),
                    "classes": self.tr("kelas"), "attendance": self.tr("rata-rata kehadiran kelas"),
                    "withdrawn": self.tr("mengundurkan diri")}
        for name, caption in captions.items():
            self.tiles[name].caption.setText(caption)
        for index, text in enumerate((self.tr("Pelatihan"), self.tr("Wilayah"), self.tr("Petugas"), self.tr("Kelas"),
                                      self.tr("Ekspor"), self.tr("Log audit"))):
            self.tabs.setTabText(index, text)
        self.programs_heading.setText(self.tr("Pendaftar per pelatihan dibanding kuota"))
        self.quota_note.setText(self.tr("Garis hitam: kuota · batang emas: melebihi kuota"))
        self.categories_heading.setText(self.tr("Per kategori peserta"))
        self.kecamatan_heading.setText(self.tr("Per kecamatan tempat tinggal"))
        self.kelurahan_heading.setText(self.tr("Per kelurahan/desa"))
        self.officers_heading.setText(self.tr("Pendaftaran per hari, per petugas pendata"))
        self.classes_heading.setText(self.tr("Kehadiran per kelas dibanding ambang sertifikat"))
        self.classes_hint.setText(self.tr("Pilih satu kelas untuk sertifikat dan rekap kehadirannya."))
        self.certificates_button.setText(self.tr("Cetak sertifikat…"))
        self.certificates_button.setToolTip(
            self.tr("Satu halaman per peserta yang kehadirannya mencapai ambang kelas, dengan kode QR keaslian"))
        self.class_recap_button.setText(self.tr("Rekap kehadiran (PDF)…"))
        self.class_grid_button.setText(self.tr("Daftar hadir (Excel)…"))
        for chart in (self.programs_chart, self.categories_chart, self.kecamatan_chart, self.classes_chart):
            chart.empty_text = self.tr("Belum ada data")
            chart.more_text = lambda n: fill(self.tr("+%1 lainnya (lihat tabel)"), _number(n))
        self.days_chart.empty_text = self.tr("Belum ada pendaftaran")
        self.export_intro.setText(self.tr(
            "Pilih laporan dan bentuk berkasnya. Excel untuk diolah lagi, CSV untuk aplikasi lain, PDF untuk "
            "dicetak dan ditandatangani. Setiap ekspor dicatat di log audit."))
        texts = {
            "registrations": (self.tr("Data peserta"), self.tr(
                "Satu baris per peserta dengan semua isian (PDF: rekap per pelatihan, kategori, kecamatan).")),
            "attendance": (self.tr("Kehadiran"), self.tr(
                "Per kelas: peserta x sesi, jumlah hadir, persentase dan sertifikat (PDF: rekap per kelas).")),
            "summary": (self.tr("Ringkasan"), self.tr(
                "Angka-angka halaman ini: pelatihan, kategori, wilayah, petugas per hari, kelas.")),
        }
        for kind, (name_label, about_label, _buttons) in self.export_rows.items():
            name_label.setText(texts[kind][0])
            about_label.setText(texts[kind][1])
        self.masked_note.setText(self.tr(
            "NIK dan nomor KK disamarkan (contoh 3573********0001) kecuali Anda mencentang kotak di bawah."))
        self.unmasked_box.setText(self.tr("Tulis NIK dan nomor KK lengkap (hanya Data peserta, Excel/CSV)"))
        self.unmasked_warning.setText(self.tr(
            "Perhatian: berkas akan berisi NIK dan nomor KK lengkap. Itu data pribadi yang dilindungi: buat "
            "hanya bila diminta resmi (mis. oleh Disnaker), simpan di tempat aman, hapus bila tidak dipakai "
            "lagi. Ekspor ini tercatat di log audit beserta nama petugas."))
        self.audit_note.setText(self.tr(
            "Semua ekspor dan pencetakan dari semua laptop yang sudah tersinkron, terbaru di atas. Baris merah: "
            "NIK/KK ditulis lengkap."))
        self.filter_note.setText(self._filter_text())
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def sizeHint(self) -> QSize:
        return QSize(1000, 620)


def _py_date(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _date_text(iso: str) -> str:
    try:
        return date.fromisoformat(iso).strftime("%d-%m-%Y")
    except ValueError:
        return iso


def _datetime_text(iso: str) -> str:
    from datetime import datetime

    try:
        return datetime.fromisoformat(iso).strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return iso
