"""The main window: navigation on the left, one page at a time on the right, who/where below.

It only wires pages together (each page lives in its own module and talks to storage itself):
a saved registration refreshes the counts and the participant list; "open this person" from the form
switches to Peserta and opens the record; Ctrl+1, Ctrl+2, ... switch pages.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from importlib import import_module
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QLocale, QSize, Qt, QTimer
from PySide6.QtGui import QIcon, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.roles import Capability, Session
from desktop_app.storage.participants import ParticipantRepository
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.i18n import fill
from desktop_app.ui.style import app_icon, nav_icon

if TYPE_CHECKING:
    from desktop_app.ui.classes_page import ClassesPage
    from desktop_app.ui.participants_page import ParticipantsPage
    from desktop_app.ui.registration_page import RegistrationPage
    from desktop_app.ui.reports_page import ReportsPage
    from desktop_app.ui.scan_station_page import ScanStationPage
    from desktop_app.ui.settings_page import SettingsPage
    from desktop_app.ui.sync_page import SyncPage

DEFAULT_SIZE = QSize(1280, 680)  # with title bar and taskbar, fits a 1366x768 laptop screen
MINIMUM_SIZE = QSize(900, 560)
NAV_MIN_WIDTH = 168
NAV_ICON = QSize(22, 22)




# The pages, in navigation order: attribute, module, class, the title (context and text, as the page's
# own title() says it) and the icon. A page is built the first time it is shown, so the window opens
# at once and a page's heavy imports (ReportLab, charts, camera) are paid only when it is used.
PAGES: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("registration_page", "registration_page", "RegistrationPage", "RegistrationPage", "Pendaftaran",
     "registration"),
    ("participants_page", "participants_page", "ParticipantsPage", "ParticipantsPage", "Peserta", "participants"),
    ("classes_page", "classes_page", "ClassesPage", "ClassesPage", "Kelas & Jadwal", "calendar"),
    ("scan_station_page", "scan_station_page", "ScanStationPage", "ScanStationPage", "Absensi", "scan"),
    ("sync_page", "sync_page", "SyncPage", "SyncPage", "Sinkronisasi", "laptop"),
    ("reports_page", "reports_page", "ReportsPage", "ReportsPage", "Laporan", "reports"),
    ("settings_page", "settings_page", "SettingsPage", "SettingsPage", "Pengaturan", "settings"),
)
# What a page needs of the signed-in person's role to be shown (None: every role). Storage enforces the
# same rules; hiding a page only spares a person buttons that would say "not allowed".
PAGE_CAPABILITY: dict[str, Capability | None] = {
    "registration_page": Capability.REGISTER,
    "participants_page": Capability.READ_IDENTITY,
    "classes_page": None,
    "scan_station_page": Capability.CHECK_IN,
    "sync_page": Capability.SYNC,
    "reports_page": Capability.EXPORT,
    "settings_page": None,
}
# Page titles for lupdate (the same context and text as each page's title(), so one translation serves).
_TITLES = (
    QT_TRANSLATE_NOOP("RegistrationPage", "Pendaftaran"), QT_TRANSLATE_NOOP("ParticipantsPage", "Peserta"),
    QT_TRANSLATE_NOOP("ClassesPage", "Kelas & Jadwal"), QT_TRANSLATE_NOOP("ScanStationPage", "Absensi"),
    QT_TRANSLATE_NOOP("SyncPage", "Sinkronisasi"), QT_TRANSLATE_NOOP("ReportsPage", "Laporan"),
    QT_TRANSLATE_NOOP("SettingsPage", "Pengaturan"),
)


def _separator(parent: QWidget) -> QFrame:
    line = QFrame(parent)
    line.setFrameShape(QFrame.Shape.VLine)
    line.setFrameShadow(QFrame.Shadow.Plain)
    line.setStyleSheet("color: #d5dbe1;")
    return line


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.repo = ParticipantRepository(workspace)
        self._total: int | None = None
        self._today: int | None = None  # people registered today on this laptop
        self._nav_items: list[tuple[QListWidgetItem, Callable[[], str]]] = []
        self.setWindowIcon(app_icon())

        self.nav = QListWidget(self)
        self.nav.setObjectName("navigation")
        self.nav.setIconSize(NAV_ICON)
        self.nav.setFrameShape(QListWidget.Shape.NoFrame)
        self.nav.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.nav.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.stack = QStackedWidget(self)
        self.nav.currentRowChanged.connect(self._page_chosen)

        self._pages: dict[str, QWidget] = {}
        for _attribute, _module, _cls, context, text, icon_name in PAGES:
            self.add_page(QWidget(self), lambda c=context, t=text: QCoreApplication.translate(c, t),
                          nav_icon(icon_name))

        central = QWidget(self)
        layout = QHBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self._sidebar())
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)

        self.workspace_label = QLabel(self)
        self.device_label = QLabel(self)
        self.today_label = QLabel(self)
        self.today_label.setObjectName("todayLabel")
        self.count_label = QLabel(self)
        self.count_label.setObjectName("countLabel")
        status = self.statusBar()
        status.setSizeGripEnabled(False)
        status.addWidget(self.workspace_label, 1)
        status.addPermanentWidget(self.device_label)
        status.addPermanentWidget(_separator(self))
        status.addPermanentWidget(self.today_label)
        status.addPermanentWidget(_separator(self))
        status.addPermanentWidget(self.count_label)
        for label in (self.workspace_label, self.device_label, self.today_label, self.count_label):
            label.setContentsMargins(8, 3, 8, 3)
        # Today's count starts again at midnight (a laptop left open overnight).
        self._midnight = QTimer(self)
        self._midnight.setSingleShot(True)
        self._midnight.timeout.connect(self.refresh_counts)

        for number in range(1, self.stack.count() + 1):
            shortcut = QShortcut(QKeySequence(f"Ctrl+{number}"), self)
            shortcut.activated.connect(lambda index=number - 1: self.show_page(index))

        self.resize(DEFAULT_SIZE)
        self.setMinimumSize(MINIMUM_SIZE)
        self._session_person = workspace.session.person_id
        self.apply_session()  # also puts every text in place
        self.refresh_counts()

    def _sidebar(self) -> QFrame:
        """The dark navigation column: the app's name and workspace on top, the pages below."""
        sidebar = QFrame(self)
        sidebar.setObjectName("sidebar")
        brand_icon = QLabel(sidebar)
        brand_icon.setPixmap(app_icon().pixmap(QSize(30, 30)))
        brand = QLabel("Pintu", sidebar)  # the app's name: the same in every language
        brand.setObjectName("brand")
        brand_row = QHBoxLayout()
        brand_row.setSpacing(8)
        brand_row.addWidget(brand_icon)
        brand_row.addWidget(brand, 1)
        self.sidebar_workspace = QLabel(self.workspace.info.name, sidebar)
        self.sidebar_workspace.setObjectName("sidebarWorkspace")
        self.sidebar_workspace.setWordWrap(True)
        self.sidebar_device = QLabel(self.workspace.info.device_name, sidebar)
        self.sidebar_device.setObjectName("sidebarDevice")
        self.sidebar_device.setWordWrap(True)
        self.sidebar_officer = QLabel(self.workspace.info.officer, sidebar)
        self.sidebar_officer.setObjectName("sidebarOfficer")
        self.sidebar_officer.setWordWrap(True)

        column = QVBoxLayout(sidebar)
        column.setContentsMargins(0, 14, 0, 10)
        column.setSpacing(0)
        header = QVBoxLayout()
        header.setContentsMargins(16, 0, 12, 0)
        header.setSpacing(4)
        header.addLayout(brand_row)
        header.addSpacing(6)
        header.addWidget(self.sidebar_workspace)
        header.addWidget(self.sidebar_device)
        header.addWidget(self.sidebar_officer)
        column.addLayout(header)
        column.addSpacing(14)
        column.addWidget(self.nav, 1)
        self.sidebar = sidebar
        return sidebar

    # --- pages, built on first use ----------------------------------------------------------------
    def page(self, attribute: str) -> QWidget:
        """The page named `attribute` (e.g. "sync_page"), built now if it was not shown before."""
        built = self._pages.get(attribute)
        if built is not None:
            return built
        index = next(i for i, spec in enumerate(PAGES) if spec[0] == attribute)
        _attr, module, cls, _context, _text, _icon = PAGES[index]
        page_class: Any = getattr(import_module(f"desktop_app.ui.{module}"), cls)
        # Made inside the stack, where it stays: moving a built page there would style it all over again.
        if attribute == "participants_page":
            page = page_class(self.repo, parent=self.stack)
        else:
            page = page_class(self.workspace, self.stack)
        placeholder = self.stack.widget(index)
        current = self.stack.currentIndex()
        self.stack.insertWidget(index, page)
        self.stack.removeWidget(placeholder)
        placeholder.deleteLater()
        if current == index:
            self.stack.setCurrentIndex(index)
        self._pages[attribute] = page
        self._wire(attribute, page)
        return page

    def built(self, attribute: str) -> QWidget | None:
        return self._pages.get(attribute)

    def _wire(self, attribute: str, page: Any) -> None:
        """Connect a newly built page to the window and to the pages it affects."""
        if attribute == "registration_page":
            page.saved.connect(self._registration_saved)
            page.openParticipantRequested.connect(self.open_participant)
        elif attribute == "participants_page":
            page.changed.connect(self.refresh_counts)
        elif attribute == "sync_page":
            page.dataChanged.connect(self._data_changed)

    def _data_changed(self) -> None:
        """After an import or a sync: counts, the list and the dashboard show the new data."""
        self.refresh_counts()
        for attribute in ("participants_page", "reports_page"):
            built = self._pages.get(attribute)
            if built is not None:
                built.refresh()  # type: ignore[attr-defined]

    @property
    def registration_page(self) -> RegistrationPage:
        return self.page("registration_page")  # type: ignore[return-value]

    @property
    def participants_page(self) -> ParticipantsPage:
        return self.page("participants_page")  # type: ignore[return-value]

    @property
    def classes_page(self) -> ClassesPage:
        return self.page("classes_page")  # type: ignore[return-value]

    @property
    def scan_station_page(self) -> ScanStationPage:
        return self.page("scan_station_page")  # type: ignore[return-value]

    @property
    def sync_page(self) -> SyncPage:
        return self.page("sync_page")  # type: ignore[return-value]

    @property
    def reports_page(self) -> ReportsPage:
        return self.page("reports_page")  # type: ignore[return-value]

    @property
    def settings_page(self) -> SettingsPage:
        return self.page("settings_page")  # type: ignore[return-value]

    def add_page(self, page: QWidget, title: Callable[[], str], icon: QIcon) -> QListWidgetItem:
        """Add a page and its navigation entry; `title` is asked again when the language changes."""
        item = QListWidgetItem(icon, title())
        item.setSizeHint(QSize(0, 42))
        self.nav.addItem(item)
        self.stack.addWidget(page)
        self._nav_items.append((item, title))
        return item

    def show_page(self, index: int) -> None:
        """Show the page at `index` (0 = Pendaftaran) with the keyboard focus in it (not a page hidden
        from the signed-in person's role)."""
        item = self.nav.item(index)
        if item is not None and not item.isHidden():
            self.nav.setCurrentRow(index)

    def page_allowed(self, attribute: str) -> bool:
        """Whether the signed-in person's role may use the page named `attribute`."""
        needed = PAGE_CAPABILITY.get(attribute)
        return needed is None or self.workspace.session.can(needed)

    def apply_session(self, session: Session | None = None) -> None:
        """Follow who is signed in (at start, after the idle lock): show only the pages their role may use,
        name them below, and read the shown pages again if another person took over."""
        del session  # the workspace's own session is the truth; the argument serves signal connections
        current = self.workspace.session
        for index, spec in enumerate(PAGES):
            self._nav_items[index][0].setHidden(not self.page_allowed(spec[0]))
        self.sidebar_officer.setText(current.name or self.workspace.info.officer)
        self._retranslate()
        if current.person_id != self._session_person:
            self._session_person = current.person_id
            for attribute, page in self._pages.items():
                busy = getattr(page, "busy", None)
                refresh = getattr(page, "refresh", None) or getattr(page, "reload", None)
                if self.page_allowed(attribute) and callable(refresh) and not (callable(busy) and busy()):
                    refresh()
        row = self.nav.currentRow()
        if row < 0 or self.nav.item(row).isHidden():
            first = next((i for i in range(self.nav.count()) if not self.nav.item(i).isHidden()), 0)
            self.show_page(first)

    def _page_chosen(self, index: int) -> None:
        if 0 <= index < len(PAGES):
            self.page(PAGES[index][0])
        self.stack.setCurrentIndex(index)
        page = self.stack.widget(index)
        if page is not None:
            page.setFocus(Qt.FocusReason.OtherFocusReason)

    # --- wiring -------------------------------------------------------------------------------------
    def _registration_saved(self, _participant_id: str) -> None:
        self.refresh_counts()
        built = self._pages.get("participants_page")
        if built is not None:
            built.refresh()  # type: ignore[attr-defined]

    def open_participant(self, participant_id: str) -> None:
        """Show that person on the participants page (from the form's "already registered" notice)."""
        self.show_page(self.stack.indexOf(self.participants_page))
        self.participants_page.open_participant(participant_id)

    def refresh_counts(self) -> None:
        """The status bar's counts: the workspace's total, and how many people this laptop registered
        today (after registrations, imports, withdrawals, and at midnight)."""
        self._show_total(self.repo.count())
        self._show_today(self.repo.registered_on(date.today(), self.workspace.info.device_id))
        now = datetime.now()
        midnight = datetime.combine(now.date() + timedelta(days=1), time.min)
        self._midnight.start(int((midnight - now).total_seconds() * 1000) + 1000)

    def _show_total(self, total: int) -> None:
        self._total = total
        self.count_label.setText(fill(self.tr("%1 peserta"), QLocale().toString(total)))

    def _show_today(self, today: int) -> None:
        self._today = today
        self.today_label.setText(fill(self.tr("Hari ini di laptop ini: %1 terdaftar"), QLocale().toString(today)))
        self.today_label.setToolTip(self.tr("Peserta yang didaftarkan di laptop ini sejak pukul 00.00 hari ini"))

    # --- language -------------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        info = self.workspace.info
        self.setWindowTitle(fill(self.tr("Pintu — %1"), info.name))
        self.workspace_label.setText(fill(self.tr("Ruang kerja: %1"), info.name))
        who = self.workspace.session.name or info.officer
        self.device_label.setText(fill(self.tr("Perangkat: %1 · Petugas: %2"), info.device_name, who))
        self.sidebar_device.setToolTip(self.tr("Nama laptop ini"))
        self.sidebar_officer.setToolTip(self.tr("Petugas"))
        for number, (item, title) in enumerate(self._nav_items, start=1):
            item.setText(title())
            item.setToolTip(fill(self.tr("%1 (Ctrl+%2)"), title(), str(number)))
        self._fit_navigation()
        if self._total is not None:
            self._show_total(self._total)
        if self._today is not None:
            self._show_today(self._today)

    def _fit_navigation(self) -> None:
        """Wide enough for the longest page name in the current language (names differ in length)."""
        self.nav.ensurePolished()  # the stylesheet's navigation font
        metrics = self.nav.fontMetrics()
        longest = max((metrics.horizontalAdvance(item.text()) for item, _ in self._nav_items), default=0)
        # icon + gap + text + the entry's padding and margin on both sides + a little air
        self.sidebar.setFixedWidth(max(NAV_MIN_WIDTH, NAV_ICON.width() + 10 + longest + 2 * (10 + 8) + 16))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)
