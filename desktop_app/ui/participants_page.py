"""The participants page: search as you type, filters, the paged table, and the detail dialog of one person."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence

from PySide6.QtCore import QEvent, QLocale, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QFocusEvent, QFont, QKeyEvent, QKeySequence, QPaintEvent, QShortcut, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QStyle,
    QStyleOptionComboBox,
    QStylePainter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.participant import CATEGORIES, STATUSES
from desktop_app.core.regions import MALANG_CITIES, regions
from desktop_app.core.registration import RegistrationService
from desktop_app.storage.participants import ParticipantRepository
from desktop_app.ui.participant_dialog import ParticipantDialog
from desktop_app.ui.participant_table_model import COLUMN_KEYS, DEFAULT_SORT_KEY, ParticipantTableModel
from desktop_app.ui.vocab import category_name, status_name

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
    "category": "Keluarga buruh",  # "Warga sekitar pabrik" is elided (whole in the tooltip)
    "status": "Terverifikasi",
    "registered_by": "Bambang Pras",
    "registered_at": "28-12-2026 08:15",
}
_CELL_PADDING = 12
_SORT_ARROW = 18
# Columns that give way, least needed first, while the list is narrower than all of its columns (a
# 1366x768 laptop at 125% scaling): hidden until there is room again, so the others need no sideways
# scrolling. A right click on the header shows or hides any column (Nama always stays).
GIVE_WAY: tuple[str, ...] = ("registered_by", "registered_at", "birth_date", "category")
# Filter combos show about this many characters; their lists open as wide as the longest entry.
_FILTER_CHARS = 8
# More selected rows than this, and all of them: their ids come from one query instead of the list's pages.
WHOLE_LIST_QUERY = 1000


class _FilterCombo(QComboBox):
    """A filter: "all" first (data None), then values; drawn in bold while it filters something."""

    def __init__(self, parent: QWidget, loader: Callable[[], None] | None = None) -> None:
        super().__init__(parent)
        self._loader = loader  # fills the entries when first needed (they cost a query)
        self.loaded = loader is None
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(_FILTER_CHARS)
        self.currentIndexChanged.connect(self._mark)

    def value(self) -> str | None:
        data = self.currentData()
        return str(data) if data else None

    def fill(self, all_text: str, items: Sequence[tuple[str, str | None]], keep: str | None = None) -> None:
        """Replace the entries (`(text, value)`; value None is a heading), keeping `keep` selected if present."""
        blocked = self.blockSignals(True)
        self.clear()
        plain = QFont(self.font())  # the entries stay plain while the closed combo is bold (`_mark`)
        plain.setBold(False)
        heading_font = QFont(plain)
        heading_font.setBold(True)
        self.addItem(all_text, None)
        self.setItemData(0, plain, Qt.ItemDataRole.FontRole)
        model = self.model()
        for text, value in items:
            if value is None:  # a heading that groups the entries below it (a city above its kecamatan)
                self.insertSeparator(self.count())
                self.addItem(text, None)
                self.setItemData(self.count() - 1, heading_font, Qt.ItemDataRole.FontRole)
                if isinstance(model, QStandardItemModel):
                    model.item(self.count() - 1).setEnabled(False)
            else:
                self.addItem(text, value)
                self.setItemData(self.count() - 1, plain, Qt.ItemDataRole.FontRole)
        index = self.findData(keep) if keep else 0
        self.setCurrentIndex(max(index, 0))
        width = max((self.fontMetrics().horizontalAdvance(self.itemText(i)) for i in range(self.count())), default=0)
        self.view().setMinimumWidth(width + 40)
        self.blockSignals(blocked)
        self._mark()

    def paintEvent(self, event: QPaintEvent) -> None:
        """As Qt draws it, but a text too long for a narrow combo ends in "…" instead of being cut off."""
        painter = QStylePainter(self)
        option = QStyleOptionComboBox()
        self.initStyleOption(option)
        painter.drawComplexControl(QStyle.ComplexControl.CC_ComboBox, option)
        field = self.style().subControlRect(
            QStyle.ComplexControl.CC_ComboBox, option, QStyle.SubControl.SC_ComboBoxEditField, self
        )
        option.currentText = self.fontMetrics().elidedText(
            option.currentText, Qt.TextElideMode.ElideRight, max(field.width() - 4, 0)
        )
        painter.drawControl(QStyle.ControlElement.CE_ComboBoxLabel, option)

    def ensure_loaded(self) -> None:
        if not self.loaded and self._loader is not None:
            self.loaded = True
            self._loader()

    def showPopup(self) -> None:
        self.ensure_loaded()
        super().showPopup()

    def focusInEvent(self, event: QFocusEvent) -> None:  # typing a name on a closed combo needs the names
        self.ensure_loaded()
        super().focusInEvent(event)

    def reset(self) -> None:
        """Back to "all" (also when signals are blocked: the bold mark follows)."""
        self.setCurrentIndex(0)
        self._mark()

    def _mark(self) -> None:
        font = QFont(self.font())
        font.setBold(self.currentIndex() > 0)
        self.setFont(font)


class ParticipantsPage(QWidget):
    """Search field, filters, result count and the participant table. Reads only through the repository."""

    countChanged = Signal(int)  # rows shown after a search or a filter
    changed = Signal()  # a participant was edited, changed status or withdrew (refresh counts elsewhere)

    def __init__(
        self,
        repo: ParticipantRepository,
        *,
        program_names: Mapping[str, str] | None = None,
        service: RegistrationService | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.repo = repo
        self.workspace = repo.workspace
        if service is None:
            workspace = self.workspace
            service = RegistrationService(repo, officer=lambda: workspace.session.name,
                                          device_id=workspace.info.device_id)
        self.service = service
        self.program_names = dict(program_names if program_names is not None else repo.program_names())
        self.model = ParticipantTableModel(repo, program_names=self.program_names, parent=self)
        self.detail_dialog: ParticipantDialog | None = None

        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.setMinimumWidth(240)  # with the buttons beside it, fits a 1366x768 screen at 125% in English too
        self.count_label = QLabel(self)
        self.count_label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.detail_button = QPushButton(self)
        self.detail_button.setEnabled(False)
        self.detail_button.clicked.connect(self.open_selected)
        self.print_button = QPushButton(self)  # always enabled: with no selection, print a training or the unprinted
        self.print_button.clicked.connect(self.open_print_dialog)
        self.print_dialog: QDialog | None = None

        self.program_filter = _FilterCombo(self)
        self.category_filter = _FilterCombo(self)
        self.kecamatan_filter = _FilterCombo(self)
        self.kelurahan_filter = _FilterCombo(self)
        self.status_filter = _FilterCombo(self)
        # The officers are read from all participants (a scan at 100,000): only when the list is opened.
        self.officer_filter = _FilterCombo(self, loader=self._fill_officers)
        self.withdrawn_toggle = QCheckBox(self)
        self.reset_button = QPushButton(self)
        self.reset_button.clicked.connect(self.reset_filters)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self._user_hidden: set[str] = set()  # columns hidden or shown from the header's menu
        self._user_shown: set[str] = set()
        self._setup_table()

        # Restarted on every keystroke: the query runs once the typing pauses.
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._apply_search)
        self.search.textChanged.connect(self._search_timer.start)
        self.search.returnPressed.connect(self._apply_search)
        self.search.installEventFilter(self)  # Down: into the list
        self.model.countChanged.connect(self._show_count)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)
        self.table.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.table.installEventFilter(self)  # Enter: open the selected person

        for combo in (self.program_filter, self.category_filter, self.kelurahan_filter, self.status_filter,
                      self.officer_filter):
            combo.currentIndexChanged.connect(self._apply_filters)
        self.kecamatan_filter.currentIndexChanged.connect(self._kecamatan_changed)
        self.withdrawn_toggle.toggled.connect(self._apply_filters)

        focus_search = QShortcut(QKeySequence(QKeySequence.StandardKey.Find), self)
        focus_search.activated.connect(self.focus_search)
        print_shortcut = QShortcut(QKeySequence(QKeySequence.StandardKey.Print), self)
        print_shortcut.activated.connect(self.open_print_dialog)

        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addSpacing(8)
        top.addWidget(self.withdrawn_toggle)
        top.addWidget(self.reset_button)
        top.addSpacing(12)
        top.addWidget(self.count_label)
        top.addSpacing(12)
        top.addWidget(self.detail_button)
        top.addWidget(self.print_button)
        filters = QHBoxLayout()
        filters.setSpacing(6)
        for combo in (self.program_filter, self.category_filter, self.kecamatan_filter, self.kelurahan_filter,
                      self.status_filter, self.officer_filter):
            filters.addWidget(combo, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 10, 8, 8)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)

        self.setFocusProxy(self.search)  # the page opens ready for typing a name
        self._retranslate()
        self._show_count(self.model.rowCount())

    def _setup_table(self) -> None:
        table = self.table
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)  # Ctrl/Shift: cards for several
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
        columns.setStretchLastSection(False)  # spare width goes to Nama instead (see `fit_columns`)
        columns.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        columns.customContextMenuRequested.connect(self._column_menu)
        self._size_columns()
        table.viewport().installEventFilter(self)  # resized: `fit_columns`
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
        self._widths = {key: self.table.columnWidth(column) for column, key in enumerate(COLUMN_KEYS)}
        self._name_width = self._widths["full_name"]

    def fit_columns(self) -> None:
        """Show the columns that fit the list's width and give the names whatever width is left.

        While all columns would need sideways scrolling, those in GIVE_WAY are hidden, least needed
        first (not one the user chose to show); the header's menu overrides either way.
        """
        header = self.table.horizontalHeader()
        widths = {
            key: self._widths[key] if header.isSectionHidden(column) else header.sectionSize(column)
            for column, key in enumerate(COLUMN_KEYS)
        }
        widths["full_name"] = self._name_width  # its usual width: it takes the rest below
        available = self.table.viewport().width()
        hidden = set(self._user_hidden)
        for key in GIVE_WAY:
            if sum(width for key_, width in widths.items() if key_ not in hidden) <= available:
                break
            if key not in self._user_shown:
                hidden.add(key)
        for column, key in enumerate(COLUMN_KEYS):
            if header.isSectionHidden(column) != (key in hidden):
                self.table.setColumnHidden(column, key in hidden)
        others = sum(width for key, width in widths.items() if key not in hidden and key != "full_name")
        self.table.setColumnWidth(COLUMN_KEYS.index("full_name"), max(self._name_width, available - others))

    def _column_menu(self, position: QPoint) -> None:
        """The header's menu: every column (but Nama) with a tick when shown; a click shows or hides it."""
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column, key in enumerate(COLUMN_KEYS):
            if key == "full_name":
                continue
            action = menu.addAction(str(self.model.headerData(column, Qt.Orientation.Horizontal)))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.toggled.connect(lambda shown, key=key: self.show_column(key, shown))
        menu.exec(header.mapToGlobal(position))
        menu.deleteLater()

    def show_column(self, key: str, shown: bool) -> None:
        """Show or hide a column by the user's choice (kept while the window is open)."""
        (self._user_shown if shown else self._user_hidden).add(key)
        (self._user_hidden if shown else self._user_shown).discard(key)
        self.fit_columns()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.table.viewport() and event.type() == QEvent.Type.Resize:
            self.fit_columns()
        elif event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if watched is self.table and key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.open_selected()
                return True
            if watched is self.search and key == Qt.Key.Key_Down and self.model.rowCount():
                self.table.setFocus(Qt.FocusReason.OtherFocusReason)
                if not self.table.selectionModel().hasSelection():
                    self.table.selectRow(0)
                return True
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
        if self.model.query.search or self.filters_active():
            self.count_label.setText(self.tr("%1 ditemukan").replace("%1", number))
        else:
            self.count_label.setText(self.tr("%1 peserta").replace("%1", number))
        self.reset_button.setEnabled(self.filters_active())
        self.countChanged.emit(count)

    def refresh(self) -> None:
        """Read the list again (after a registration or an import), keeping the scroll position."""
        if self.officer_filter.loaded:  # a new officer may have come with an import
            self._fill_officers()
        self._refresh_keeping_place()

    # --- filters ---------------------------------------------------------------------------------
    def filters_active(self) -> bool:
        query = self.model.query
        return bool(
            query.program_code
            or query.category
            or query.status
            or query.kecamatan_code
            or query.kelurahan_code
            or query.officer
            or query.include_withdrawn
        )

    def reset_filters(self) -> None:
        """Every filter back to "all" (the search text stays), with one new query."""
        widgets = (self.program_filter, self.category_filter, self.kecamatan_filter, self.kelurahan_filter,
                   self.status_filter, self.officer_filter, self.withdrawn_toggle)
        for widget in widgets:
            widget.blockSignals(True)
        for combo in widgets[:-1]:
            assert isinstance(combo, _FilterCombo)
            combo.reset()
        self.withdrawn_toggle.setChecked(False)
        self._fill_villages()
        for widget in widgets:
            widget.blockSignals(False)
        self._apply_filters()

    def _kecamatan_changed(self) -> None:
        self._fill_villages()
        self._apply_filters()

    def _apply_filters(self) -> None:
        self.model.set_filters(
            program_code=self.program_filter.value(),
            category=self.category_filter.value(),
            kecamatan_code=self.kecamatan_filter.value(),
            kelurahan_code=self.kelurahan_filter.value(),
            status=self.status_filter.value(),
            officer=self.officer_filter.value(),
            include_withdrawn=self.withdrawn_toggle.isChecked(),
        )
        self._show_count(self.model.rowCount())

    def _fill_filters(self) -> None:
        """All filter entries, in the current language, keeping what is chosen."""
        self.program_filter.fill(
            self.tr("Semua pelatihan"),
            [(name, code) for code, name in self.program_names.items()],
            self.program_filter.value(),
        )
        self.category_filter.fill(
            self.tr("Semua kategori"), [(category_name(code), code) for code in CATEGORIES],
            self.category_filter.value(),
        )
        self.status_filter.fill(
            self.tr("Semua status"), [(status_name(code), code) for code in STATUSES], self.status_filter.value()
        )
        index = regions()
        kecamatan: list[tuple[str, str | None]] = []
        for city_code in MALANG_CITIES:
            city = index.get(city_code)
            kecamatan.append((city.name if city else city_code, None))
            kecamatan.extend((k.name, k.code) for k in index.kecamatan_list(city_code))
        self.kecamatan_filter.fill(self.tr("Semua kecamatan"), kecamatan, self.kecamatan_filter.value())
        self._fill_villages()
        if self.officer_filter.loaded:
            self._fill_officers()
        else:  # until it is opened, the officer filter holds just "all"
            self.officer_filter.fill(self.tr("Semua petugas"), [])

    def _fill_villages(self) -> None:
        """Kelurahan/desa of the chosen kecamatan; with no kecamatan there is nothing to choose."""
        kecamatan = self.kecamatan_filter.value()
        villages = [(v.name, v.code) for v in regions().villages_of(kecamatan)] if kecamatan else []
        self.kelurahan_filter.fill(self.tr("Semua kelurahan"), villages, self.kelurahan_filter.value())
        self.kelurahan_filter.setEnabled(bool(kecamatan))

    def _fill_officers(self) -> None:
        self.officer_filter.fill(
            self.tr("Semua petugas"), [(name, name) for name in self.repo.officers()], self.officer_filter.value()
        )

    # --- one participant ---------------------------------------------------------------------------
    def selected_id(self) -> str | None:
        index = self.table.selectionModel().currentIndex()
        if not index.isValid() or not self.table.selectionModel().isRowSelected(index.row()):
            return None
        return self.model.participant_id(index.row())

    def selected_ids(self) -> list[str]:
        """The participants of every selected row, in list order."""
        rows = sorted({row for part in self.table.selectionModel().selection()
                       for row in range(part.top(), part.bottom() + 1)})
        if len(rows) > WHOLE_LIST_QUERY and len(rows) == self.model.rowCount():
            return [str(record["id"]) for record in self.repo.iter_records(self.model.query)]
        return [pid for row in rows if (pid := self.model.participant_id(row))]

    def open_print_dialog(self) -> QDialog:
        """Cards for the selected people (or, in the dialog, a training or everyone not yet printed)."""
        from desktop_app.ui.print_cards_dialog import PrintCardsDialog  # ReportLab loads on first use only

        current = self.print_dialog
        if current is not None and current.isVisible():
            current.raise_()
            current.activateWindow()
            return current
        dialog = PrintCardsDialog(self.workspace, selected_ids=self.selected_ids(),
                                  program_code=self.program_filter.value(), program_names=self.program_names,
                                  parent=self)
        dialog.finished.connect(lambda _result: self._print_dialog_finished(dialog))
        self.print_dialog = dialog
        dialog.open()
        return dialog

    def _print_dialog_finished(self, dialog: QDialog) -> None:
        if self.print_dialog is dialog:
            self.print_dialog = None
        dialog.deleteLater()

    def _selection_changed(self) -> None:
        self.detail_button.setEnabled(self.selected_id() is not None)

    def open_selected(self) -> None:
        index = self.table.selectionModel().currentIndex()
        if index.isValid():
            self._open_row(index.row())

    def _open_row(self, row: int) -> None:
        participant_id = self.model.participant_id(row)
        if participant_id:
            self.table.selectRow(row)
            self._open_dialog(participant_id)

    def open_participant(self, participant_id: str) -> ParticipantDialog | None:
        """Select a participant in the list (when the list shows them) and open their detail dialog.

        The main window calls this when the registration form says "open that record". Returns the
        dialog, or None if there is no such participant.
        """
        if self.repo.get(participant_id) is None:
            return None
        row = self.model.row_of(participant_id)
        if row is not None:
            self.table.selectRow(row)
            self.table.scrollTo(self.model.index(row, 0), QAbstractItemView.ScrollHint.PositionAtCenter)
        else:
            self.table.clearSelection()
        return self._open_dialog(participant_id)

    def _open_dialog(self, participant_id: str) -> ParticipantDialog | None:
        current = self.detail_dialog
        if current is not None and current.isVisible():
            if current.participant_id == participant_id:
                current.raise_()
                current.activateWindow()
                return current
            if not current.close():  # unsaved edits the user chose to keep
                return current
        dialog = ParticipantDialog(
            self.workspace, self.service, participant_id, program_names=self.program_names, parent=self
        )
        dialog.changed.connect(self._participant_changed)
        dialog.openParticipantRequested.connect(
            lambda other: QTimer.singleShot(0, lambda: self.open_participant(other))
        )
        dialog.finished.connect(lambda _result: self._dialog_finished(dialog))
        self.detail_dialog = dialog
        dialog.open()
        return dialog

    def _dialog_finished(self, dialog: ParticipantDialog) -> None:
        if self.detail_dialog is dialog:
            self.detail_dialog = None
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        dialog.deleteLater()

    def _participant_changed(self) -> None:
        self._refresh_keeping_place()
        self.changed.emit()

    def _refresh_keeping_place(self) -> None:
        """Read the rows again; the list stays where it was scrolled, the same person stays selected."""
        selected = self.selected_id()
        selected_row = self.table.selectionModel().currentIndex().row()
        bar = self.table.verticalScrollBar()
        position = bar.value()
        self.model.refresh()
        bar.setValue(min(position, bar.maximum()))
        if selected is not None:
            # Usually the person is still on their row (that page is read again for the view anyway).
            row: int | None = selected_row if self.model.participant_id(selected_row) == selected else None
            if row is None:
                row = self.model.row_of(selected, read_pages=0)
            if row is not None:
                self.table.selectRow(row)
                bar.setValue(min(position, bar.maximum()))
            else:
                self.table.clearSelection()
        self._selection_changed()
        self._show_count(self.model.rowCount())

    # --- language ----------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Cari nama, NIK, kode, alamat…"))
        self.search.setToolTip(
            self.tr("Ketik sebagian nama, NIK, kode peserta atau alamat (Ctrl+F); panah bawah ke daftar")
        )
        self.detail_button.setText(self.tr("Detail…"))
        self.detail_button.setToolTip(self.tr("Buka data, status dan riwayat peserta yang dipilih (Enter)"))
        self.print_button.setText(self.tr("Cetak kartu…"))
        self.print_button.setToolTip(
            self.tr("Cetak kartu QR peserta yang dipilih, satu pelatihan, atau yang belum punya kartu (Ctrl+P)")
        )
        self.withdrawn_toggle.setText(self.tr("Tampilkan yang mundur"))
        self.withdrawn_toggle.setToolTip(self.tr("Ikut tampilkan peserta yang sudah mengundurkan diri"))
        self.reset_button.setText(self.tr("Reset filter"))
        self.reset_button.setToolTip(self.tr("Kembalikan semua pilihan ke \u201cSemua\u201d"))
        self.program_filter.setToolTip(self.tr("Pelatihan yang dipilih peserta"))
        self.category_filter.setToolTip(self.tr("Kategori peserta"))
        self.kecamatan_filter.setToolTip(self.tr("Kecamatan tempat tinggal"))
        self.kelurahan_filter.setToolTip(self.tr("Kelurahan/desa tempat tinggal (pilih kecamatan dulu)"))
        self.status_filter.setToolTip(self.tr("Status seleksi"))
        self.officer_filter.setToolTip(self.tr("Petugas yang mendaftarkan"))
        self._fill_filters()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.model.retranslate()
            self._show_count(self.model.rowCount())
        super().changeEvent(event)
