"""The participants page: search as you type over the whole list, in a paged table."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.storage.participants import ParticipantRepository
from desktop_app.ui.participant_table_model import COLUMN_KEYS, DEFAULT_SORT_KEY, ParticipantTableModel

SEARCH_DELAY_MS = 120

# Column widths from a typical value of each column, measured in the table's font (the view never
# measures 100k rows). Longer values are elided and shown whole in the tooltip.
_COLUMN_SAMPLES: Mapping[str, str] = {
    "short_code": "MLG-DGMH-3QW",
    "full_name": "Ernawati Ngatiyem",
    "nik": "3573044507030232",
    "gender": "L",
    "birth_date": "28-12-1967",
    "kelurahan_code": "Bandungrejo",
    "program_code": "Muslim Fashion",
    "category": "Keluarga buruh",
    "status": "Terverifikasi",
    "registered_by": "Bambang Pras",
    "registered_at": "28-12-2026 08:15",
}
_CELL_PADDING = 12
_SORT_ARROW = 18


class ParticipantsPage(QWidget):
    """Search field, result count and the participant table. Reads only through the repository."""

    countChanged = Signal(int)  # rows shown after a search

    def __init__(
        self,
        repo: ParticipantRepository,
        *,
        program_names: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.model = ParticipantTableModel(repo, program_names=program_names, parent=self)

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(360)
        self.count_label = QLabel(self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self._setup_table()

        # Restarted on every keystroke: the query runs once the typing pauses.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._apply_search)
        self.model.countChanged.connect(self._show_count)

        focus_search = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        focus_search.activated.connect(self.focus_search)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)

        self.setFocusProxy(self.search)  # the page opens ready for typing a name
        self._retranslate()
        self._show_count(self.model.rowCount())

    def _setup_table(self) -> None:
        table = self.table
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setWordWrap(False)
        table.setTextElideMode(Qt.TextElideMode.ElideRight)
        table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerItem)
        table.setShowGrid(False)

        rows = table.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # uniform heights: no per-row measuring
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)

        columns = table.horizontalHeader()
        columns.setHighlightSections(False)
        columns.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        columns.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        columns.setStretchLastSection(False)  # spare width goes to Nama instead (see `_fit_name_column`)
        self._size_columns()
        table.viewport().installEventFilter(self)  # resized: `_fit_name_column`
        # Newest registrations first until the user clicks another header.
        columns.setSortIndicator(COLUMN_KEYS.index(DEFAULT_SORT_KEY), Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)

    def _size_columns(self) -> None:
        metrics = self.table.fontMetrics()
        header_metrics = self.table.horizontalHeader().fontMetrics()
        for column, key in enumerate(COLUMN_KEYS):
            header = str(self.model.headerData(column, Qt.Orientation.Horizontal))
            width = max(
                metrics.horizontalAdvance(_COLUMN_SAMPLES.get(key, "")),
                header_metrics.horizontalAdvance(header) + _SORT_ARROW,
            )
            self.table.setColumnWidth(column, width + _CELL_PADDING)
        self._name_width = self.table.columnWidth(COLUMN_KEYS.index("full_name"))

    def _fit_name_column(self) -> None:
        """Give the names whatever width the other columns leave (never less than their usual width)."""
        header = self.table.horizontalHeader()
        name_column = COLUMN_KEYS.index("full_name")
        others = sum(header.sectionSize(c) for c in range(header.count()) if c != name_column)
        spare = self.table.viewport().width() - others
        self.table.setColumnWidth(name_column, max(self._name_width, spare))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_name_column()
        return super().eventFilter(watched, event)

    def title(self) -> str:
        """The page's name in the navigation list."""
        return self.tr("Peserta")

    # --- search ----------------------------------------------------------------------------------
    def focus_search(self) -> None:
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def _apply_search(self) -> None:
        self._search_timer.stop()
        self.model.set_search(self.search.text().strip())

    def _show_count(self, count: int) -> None:
        number = QLocale().toString(count)
        if self.model.query.search:
            self.count_label.setText(self.tr("%1 ditemukan").replace("%1", number))
        else:
            self.count_label.setText(self.tr("%1 peserta").replace("%1", number))
        self.countChanged.emit(count)

    def refresh(self) -> None:
        self.model.refresh()

    # --- language ----------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Cari nama, NIK, kode, alamat…"))
        self.search.setToolTip(self.tr("Ketik sebagian nama, NIK, kode peserta atau alamat (Ctrl+F)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.retranslate()
            self._show_count(self.model.rowCount())
        super().changeEvent(event)
