"""The participant list as a Qt table model that never holds more than a few pages of rows.

`rowCount` comes from one `count` query; rows are read 200 at a time by `page` when the view first
asks for them and kept in a small cache of pages, so a list of 100,000 people opens at once and
scrolling to the end reads only the pages that are shown. Sorting is a new query (the repository sorts
in SQL), never a sort in Python.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from desktop_app.core.regions import regions
from desktop_app.storage.participants import ParticipantQuery, ParticipantRepository
from desktop_app.ui.vocab import category_name, gender_letter, gender_name, status_name

PAGE_SIZE = 200
MAX_CACHED_PAGES = 50  # 10,000 rows at most in memory, however far the user scrolls

# The columns, in display order: the record key each shows (also the repository's sort key).
COLUMN_KEYS: tuple[str, ...] = (
    "short_code",
    "full_name",
    "nik",
    "gender",
    "birth_date",
    "kelurahan_code",
    "program_code",
    "category",
    "status",
    "registered_by",
    "registered_at",
)
DEFAULT_SORT_KEY = "registered_at"

AnyIndex = QModelIndex | QPersistentModelIndex


def format_date(value: Any) -> str:
    """ISO date -> DD-MM-YYYY, as Indonesians write it; anything unreadable is shown as stored."""
    if not value:
        return ""
    try:
        return date.fromisoformat(str(value)[:10]).strftime("%d-%m-%Y")
    except ValueError:
        return str(value)


def format_datetime(value: Any) -> str:
    """ISO timestamp -> DD-MM-YYYY HH:MM in the wall-clock time the officer saw when saving."""
    if not value:
        return ""
    try:
        return datetime.fromisoformat(str(value)).strftime("%d-%m-%Y %H:%M")
    except ValueError:
        return str(value)


_DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
_TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
_USER = int(Qt.ItemDataRole.UserRole.value)
_ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
_CENTER = int(Qt.AlignmentFlag.AlignCenter.value)
_ROW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
_NO_FLAGS = Qt.ItemFlag.NoItemFlags


class ParticipantTableModel(QAbstractTableModel):
    """Read-only participants list over a `ParticipantRepository`, paged and cached."""

    countChanged = Signal(int)  # rows matching the current query, after every new query

    def __init__(
        self,
        repo: ParticipantRepository,
        *,
        program_names: Mapping[str, str] | None = None,
        parent: Any = None,
    ) -> None:
        super().__init__(parent)
        self._repo = repo
        self._query = ParticipantQuery(order_by=DEFAULT_SORT_KEY, descending=True)
        self._pages: OrderedDict[int, list[dict[str, Any]]] = OrderedDict()
        if program_names is None:
            program_names = repo.program_names()
        self._program_names = dict(program_names)
        self._village_names: dict[str, str] = {}
        self._headers = self._make_headers()
        self._formatters: dict[str, Callable[[Any], str]] = {
            "gender": gender_letter,  # L/P, or M/F in English: as the column's header says
            "birth_date": format_date,
            "kelurahan_code": self._village_name,
            "program_code": lambda code: self._program_names.get(code, code),
            "category": category_name,
            "status": status_name,
            "registered_at": format_datetime,
        }
        self._count = repo.count(self._query)

    # --- words (Indonesian source strings; translations come from the .ts file) ---------------
    def _make_headers(self) -> tuple[str, ...]:
        return (
            self.tr("Kode"),
            self.tr("Nama"),
            self.tr("NIK"),
            self.tr("L/P"),
            self.tr("Tgl. Lahir"),
            self.tr("Kelurahan"),
            self.tr("Pelatihan"),
            self.tr("Kategori"),
            self.tr("Status"),
            self.tr("Petugas"),
            self.tr("Terdaftar"),
        )

    def _village_name(self, code: Any) -> str:
        if not code:
            return ""
        name = self._village_names.get(code)
        if name is None:
            region = regions().get(code)
            name = region.name if region else str(code)
            self._village_names[code] = name
        return name

    # --- the query -------------------------------------------------------------------------------
    @property
    def query(self) -> ParticipantQuery:
        return self._query

    def set_query(self, query: ParticipantQuery) -> None:
        """Show another search or order: one count, the cache dropped, pages read again on demand."""
        self.beginResetModel()
        self._query = query
        self._pages.clear()
        self._count = self._repo.count(query)
        self.endResetModel()
        self.countChanged.emit(self._count)

    def set_search(self, text: str) -> None:
        if text != self._query.search:
            self.set_query(replace(self._query, search=text))

    def set_filters(self, **filters: Any) -> None:
        """Change some of the query's filters (`program_code=`, `status=`, ...), keeping search and order."""
        query = replace(self._query, **filters)
        if query != self._query:
            self.set_query(query)

    def refresh(self) -> None:
        """Read again after the data changed (an edit, a registration saved, a bundle imported).

        When as many rows match as before, the rows are only marked changed: the view keeps its scroll
        position and selection and reads again just the rows it shows. Otherwise the model is reset.
        """
        count = self._repo.count(self._query)
        if count != self._count:
            self.set_query(self._query)
            return
        self._pages.clear()
        if count:
            self.dataChanged.emit(self.index(0, 0), self.index(count - 1, len(COLUMN_KEYS) - 1))
        self.countChanged.emit(count)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMN_KEYS):
            return
        descending = order == Qt.SortOrder.DescendingOrder
        key = COLUMN_KEYS[column]
        if key != self._query.order_by or descending != self._query.descending:
            self.set_query(replace(self._query, order_by=key, descending=descending))

    def sort_column(self) -> int:
        return COLUMN_KEYS.index(self._query.order_by) if self._query.order_by in COLUMN_KEYS else -1

    # --- rows ------------------------------------------------------------------------------------
    def record(self, row: int) -> dict[str, Any] | None:
        """The list columns of one row (`id` included), reading its page if needed."""
        if not 0 <= row < self._count:
            return None
        number, offset = divmod(row, PAGE_SIZE)
        rows = self._pages.get(number)
        if rows is None:
            rows = self._repo.page(self._query, number * PAGE_SIZE, PAGE_SIZE)
            self._pages[number] = rows
            if len(self._pages) > MAX_CACHED_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(number)
        return rows[offset] if offset < len(rows) else None  # fewer rows: someone deleted meanwhile

    def participant_id(self, row: int) -> str | None:
        record = self.record(row)
        return str(record["id"]) if record else None

    def row_of(self, participant_id: str, *, read_pages: int = 5) -> int | None:
        """The row showing a participant: looked up in the pages already read, then in the first few
        pages of the list (the newest registrations in the default order). None if not found there."""
        for number, rows in self._pages.items():
            for offset, row in enumerate(rows):
                if row["id"] == participant_id:
                    return number * PAGE_SIZE + offset
        for number in range(min(read_pages, -(-self._count // PAGE_SIZE))):
            if number in self._pages:
                continue
            self.record(number * PAGE_SIZE)  # reads and caches the page
            for offset, row in enumerate(self._pages.get(number, [])):
                if row["id"] == participant_id:
                    return number * PAGE_SIZE + offset
        return None

    def cached_pages(self) -> list[int]:
        return list(self._pages)

    # --- QAbstractTableModel ---------------------------------------------------------------------
    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008 (Qt's signature)
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMN_KEYS)

    def data(self, index: AnyIndex, role: int = _DISPLAY) -> Any:
        # Roles compared as plain ints: the view asks ~1,500 times per keystroke, and each use of a
        # PySide enum member costs a Python-level enum lookup.
        if not index.isValid():
            return None
        if role in (_DISPLAY, _TOOLTIP):
            record = self.record(index.row())
            if record is None:
                return None
            key = COLUMN_KEYS[index.column()]
            value = record.get(key)
            if value is None or value == "":
                return ""
            if role == _TOOLTIP:  # the whole text where the column elides it
                if key == "kelurahan_code":
                    return regions().describe(value)
                if key == "gender":
                    return gender_name(value)
            formatter = self._formatters.get(key)
            return formatter(value) if formatter else str(value)
        if role == _USER:
            return self.participant_id(index.row())
        if role == _ALIGNMENT and COLUMN_KEYS[index.column()] == "gender":
            return _CENTER
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.ItemDataRole.DisplayRole:
                return self._headers[section]
        elif orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return str(section + 1)
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        return _ROW_FLAGS if index.isValid() else _NO_FLAGS

    def retranslate(self) -> None:
        """Take the words again after the language changed."""
        self._headers = self._make_headers()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMN_KEYS) - 1)
        if self._count:
            self.dataChanged.emit(self.index(0, 0), self.index(self._count - 1, len(COLUMN_KEYS) - 1))
