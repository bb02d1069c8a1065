"""The main window: a navigation list on the left, one page at a time on the right, who/where below.

It only wires pages together; each page lives in its own module and talks to storage itself.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from PySide6.QtCore import QEvent, QLocale, QSize
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QStyle,
    QWidget,
)

from desktop_app.storage.participants import ParticipantRepository
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.participants_page import ParticipantsPage

DEFAULT_SIZE = QSize(1280, 680)  # with title bar and taskbar, fits a 1366x768 laptop screen
MINIMUM_SIZE = QSize(900, 560)


def fill(text: str, *values: str) -> str:
    """Put values into a translated text's %1, %2, ... in one pass (a name holding "%2" stays as typed)."""

    def value(match: re.Match[str]) -> str:
        number = int(match.group(1))
        return values[number - 1] if 0 < number <= len(values) else match.group(0)

    return re.sub(r"%(\d)", value, text)


def _separator(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Sunken)
    return line


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.repo = ParticipantRepository(workspace)
        self._total: int | None = None

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(QSize(22, 22))
        self.nav.setSpacing(2)
        self.nav.setFixedWidth(140)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.stack = QStackedWidget(self)
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)

        self.participants_page = ParticipantsPage(self.repo, parent=self)
        self._nav_items: list[tuple[QListWidgetItem, Callable[[], str]]] = []
        self.add_page(
            self.participants_page, self.participants_page.title, QStyle.StandardPixmap.SP_FileDialogDetailedView
        )

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.nav)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.workspace_label = QLabel(self)
        self.device_label = QLabel(self)
        self.count_label = QLabel(self)
        status = self.statusBar()
        status.addWidget(self.workspace_label, 1)
        status.addPermanentWidget(self.device_label)
        status.addPermanentWidget(_separator(self))
        status.addPermanentWidget(self.count_label)
        for label in (self.workspace_label, self.device_label, self.count_label):
            label.setContentsMargins(6, 2, 6, 2)

        self.nav.setCurrentRow(0)
        self.participants_page.setFocus()
        self.resize(DEFAULT_SIZE)
        self.setMinimumSize(MINIMUM_SIZE)
        self._retranslate()
        # The list starts unfiltered, so its count is the workspace's total: no second count query.
        self._show_total(self.participants_page.model.rowCount())

    def add_page(
        self, page: QWidget, title: Callable[[], str], icon: QStyle.StandardPixmap | QIcon
    ) -> QListWidgetItem:
        """Add a page and its navigation entry; `title` is asked again when the language changes."""
        if isinstance(icon, QStyle.StandardPixmap):
            icon = self.style().standardIcon(icon)
        item = QListWidgetItem(icon, title())
        item.setSizeHint(QSize(0, 40))
        self.nav.addItem(item)
        self.stack.addWidget(page)
        self._nav_items.append((item, title))
        return item

    def refresh_counts(self) -> None:
        """The workspace's total in the status bar (after registrations, imports, withdrawals)."""
        self._show_total(self.repo.count())

    def _show_total(self, total: int) -> None:
        self._total = total
        self.count_label.setText(fill(self.tr("%1 peserta"), QLocale().toString(total)))

    def _retranslate(self) -> None:
        info = self.workspace.info
        self.setWindowTitle(fill(self.tr("Pintu — %1"), info.name))
        self.workspace_label.setText(fill(self.tr("Ruang kerja: %1"), info.name))
        self.device_label.setText(
            fill(self.tr("Perangkat: %1 · Petugas: %2"), info.device_name, info.officer)
        )
        for item, title in self._nav_items:
            item.setText(title())
        if self._total is not None:
            self._show_total(self._total)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
