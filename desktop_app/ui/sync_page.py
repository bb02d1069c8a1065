"""The Sinkronisasi page: exchanging data with other laptops by files, and reviewing what arrived.

Tabs:
- "Kirim & terima": the sync folder (choose once, then one big button), sending and receiving single
  files (an import is previewed first: "Terapkan" or "Batal"), the invitation file for a new laptop, the
  Disnaker PHK list, and this laptop's unsent changes. Results (preview, report, error) show on the right.
- "Konflik", "Data ganda", "Perangkat": the review pages (their tab names carry the open counts, and the
  first tab links to them when something waits).

The workspace passphrase is asked for in a password field the first time it is needed and kept in memory
only while Pintu runs (never written anywhere), so "Sinkronkan sekarang" is one click after that. A wrong
passphrase is told at once, in that dialog. A workspace made without one gets one here first.

Long work (export, preview, import, sync folder, invitation) runs in a `background.Task` on its own
database connection; the page shows its progress and, where it can stop safely, "Batal".
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import PintuError
from desktop_app.storage.backup import make_backup
from desktop_app.storage.devices import device_names, has_passphrase
from desktop_app.storage.driver import sqlite3
from desktop_app.storage.sync_store import ImportReport, unsent_count
from desktop_app.storage.workspace import Workspace, set_passphrase, workspace_key
from desktop_app.sync.bundle import read_header
from desktop_app.sync.exchange import (
    BUNDLE_SUFFIX,
    bundle_name,
    export_bundle,
    import_bundle,
    preview_import,
    sync_folder,
)
from desktop_app.sync.join import make_join_file
from desktop_app.ui.background import (
    Cancelled,
    Failure,
    Progress,
    ProgressPanel,
    Task,
    failure_from,
    with_own_connection,
)
from desktop_app.ui.conflicts_page import ConflictsPage
from desktop_app.ui.devices_page import DevicesPage
from desktop_app.ui.duplicates_page import DuplicatesPage
from desktop_app.ui.i18n import fill, settings
from desktop_app.ui.messages import message
from desktop_app.ui.participant_table_model import format_datetime
from desktop_app.ui.style import icon, make_primary, set_role

FOLDER_KEY = "sync/folder"
FILES_KEY = "sync/last_file_folder"
TAB_SEND, TAB_CONFLICTS, TAB_DUPLICATES, TAB_DEVICES = range(4)




def _number(value: int) -> str:
    return QLocale().toString(int(value))


def _slug(text: str) -> str:
    """"Laptop Petugas 1" -> "laptop-petugas-1": safe in a file name on any system."""
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "laptop"


def suggested_export_name(workspace: Workspace, today: date | None = None) -> str:
    """`pintu-<laptop name>-<date>.pintu`: says where and when, holds no personal data."""
    day = (today or date.today()).isoformat()
    return f"pintu-{_slug(workspace.info.device_name)}-{day}{BUNDLE_SUFFIX}"


def suggested_join_name(today: date | None = None) -> str:
    return f"pintu-undangan-{(today or date.today()).isoformat()}{BUNDLE_SUFFIX}"


def _documents() -> str:
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)


# --- the passphrase ---------------------------------------------------------------------------------------
class PassphraseDialog(QDialog):
    """Ask for the workspace passphrase (checked before the dialog closes), or create the first one."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.creating = not has_passphrase(workspace)
        self.passphrase = ""
        self.setObjectName("passphraseDialog")
        self.setModal(True)

        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.field = QLineEdit(self)
        self.field.setObjectName("passphrase")
        self.field.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit(self)
        self.repeat.setObjectName("passphraseRepeat")
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.show_box = QCheckBox(self)
        self.show_box.toggled.connect(self._show_typed)
        self.error = QLabel(self)
        self.error.setObjectName("passphraseError")
        self.error.setWordWrap(True)
        set_role(self.error, "error")
        self.error.hide()
        self.field_caption = QLabel(self)
        self.repeat_caption = QLabel(self)
        form = QFormLayout()
        form.addRow(self.field_caption, self.field)
        if self.creating:
            form.addRow(self.repeat_caption, self.repeat)
        else:
            self.repeat.hide()
            self.repeat_caption.hide()
        form.addRow("", self.show_box)

        self.ok_button = QPushButton(self)
        self.ok_button.setObjectName("passphraseOk")
        make_primary(self.ok_button)
        self.ok_button.setDefault(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.setAutoDefault(False)
        self.ok_button.clicked.connect(self.check)
        self.cancel_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(self.ok_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(self.text)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.setMinimumWidth(480)
        self._retranslate()
        self.field.setFocus()

    def _show_typed(self, shown: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if shown else QLineEdit.EchoMode.Password
        self.field.setEchoMode(mode)
        self.repeat.setEchoMode(mode)

    def check(self) -> None:
        """Close only with a passphrase that opens this workspace's files (or a new one, set now)."""
        typed = self.field.text()
        try:
            if not typed:
                raise PintuError("passphrase.required")
            if self.creating:
                if typed != self.repeat.text():
                    raise PintuError("passphrase.mismatch")
                set_passphrase(self.workspace, typed)
            else:
                workspace_key(self.workspace, typed)
        except (PintuError, OSError, sqlite3.Error) as error:
            self.error.setText(failure_from(error).message)
            self.error.show()
            self.field.selectAll()
            self.field.setFocus()
            return
        self.passphrase = typed
        self.accept()

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Kata sandi ruang kerja"))
        if self.creating:
            self.text.setText(
                self.tr(
                    "Ruang kerja ini belum punya kata sandi sinkronisasi. Buat sekarang (minimal 8 karakter): "
                    "berkas yang dikirim antarlaptop dikunci dengan kata sandi ini, dan laptop baru memerlukannya "
                    "untuk bergabung. Catat di tempat yang aman: tanpa kata sandi, berkas tidak dapat dibuka."
                )
            )
            self.field_caption.setText(self.tr("Kata sandi baru"))
            self.ok_button.setText(self.tr("Simpan kata sandi"))
        else:
            self.text.setText(
                self.tr("Ketik kata sandi ruang kerja. Pintu mengingatnya sampai aplikasi ditutup.")
            )
            self.field_caption.setText(self.tr("Kata sandi"))
            self.ok_button.setText(self.tr("Lanjut"))
        self.repeat_caption.setText(self.tr("Ulangi kata sandi"))
        self.show_box.setText(self.tr("Tampilkan kata sandi"))
        self.cancel_button.setText(self.tr("Batal"))


# --- the page ---------------------------------------------------------------------------------------------
class SyncPage(QWidget):
    """Sync folder, files, invitation, Disnaker list; conflicts, duplicates and devices in tabs."""

    dataChanged = Signal()  # records arrived or changed: counts and lists elsewhere must be read again

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._passphrase: str | None = None  # this session only: never stored
        self.task: Task[Any] | None = None
        self._pending_import: Path | None = None
        self._idle = True  # nothing done yet: the results panel says what will appear there
        self._cancel_text = ""
        self._partial = False  # the running work may have applied some files before it stopped

        self.title_label = QLabel(self)
        set_role(self.title_label, "title")
        self.unsent_label = QLabel(self)
        self.unsent_label.setObjectName("unsentLabel")
        self.conflicts_link = self._link_button("conflictsLink", TAB_CONFLICTS)
        self.duplicates_link = self._link_button("duplicatesLink", TAB_DUPLICATES)
        header = QHBoxLayout()
        header.setSpacing(10)
        header.addWidget(self.title_label)
        header.addStretch(1)
        header.addWidget(self.conflicts_link)
        header.addWidget(self.duplicates_link)
        header.addSpacing(6)
        header.addWidget(self.unsent_label)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("syncTabs")
        self.tabs.setDocumentMode(False)
        # Read when the page is first shown, not while the window starts.
        self.conflicts_page = ConflictsPage(workspace, self, load=False)
        self.duplicates_page = DuplicatesPage(workspace, self, load=False)
        self.devices_page = DevicesPage(workspace, self, load=False)
        self.tabs.addTab(self._send_tab(), "")
        self.tabs.addTab(self.conflicts_page, "")
        self.tabs.addTab(self.duplicates_page, "")
        self.tabs.addTab(self.devices_page, "")
        for page in (self.conflicts_page, self.duplicates_page):
            page.changed.connect(self._reviewed)
            page.countChanged.connect(lambda _count: self._show_counts())
        self.devices_page.changed.connect(self._show_counts)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 14, 20, 12)
        layout.setSpacing(10)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        self.setFocusProxy(self.sync_button)
        self._retranslate()
        self._show_counts()  # cheap: the review lists are read on first show

    def title(self) -> str:
        """The page's name in the navigation list."""
        return self.tr("Sinkronisasi")

    # --- building -------------------------------------------------------------------------------------
    def _link_button(self, name: str, tab: int) -> QPushButton:
        button = QPushButton(icon("warning", "#8a5a00"), "", self)
        button.setObjectName(name)
        button.setCursor(Qt.CursorShape.PointingHandCursor)
        button.setStyleSheet(
            "QPushButton { color: #8a5a00; background: #fff4d6; border: 1px solid #ecd28c; border-radius: 12px;"
            " padding: 3px 12px; font-weight: bold; }"
            "QPushButton:hover { background: #ffecb3; }"
        )
        button.clicked.connect(lambda: self.tabs.setCurrentIndex(tab))
        button.hide()
        return button

    def _card(self, parent: QWidget) -> tuple[QFrame, QVBoxLayout, QLabel, QLabel]:
        card = QFrame(parent)
        set_role(card, "card")
        inner = QVBoxLayout(card)
        inner.setContentsMargins(16, 12, 16, 14)
        inner.setSpacing(8)
        heading = QLabel(card)
        set_role(heading, "heading")
        help_text = QLabel(card)
        help_text.setWordWrap(True)
        set_role(help_text, "muted")
        inner.addWidget(heading)
        inner.addWidget(help_text)
        return card, inner, heading, help_text

    def _send_tab(self) -> QWidget:
        tab = QWidget(self)
        actions = QWidget(tab)
        column = QVBoxLayout(actions)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)

        # (1) the sync folder
        card, inner, self.folder_heading, self.folder_help = self._card(actions)
        self.folder_field = QLineEdit(card)
        self.folder_field.setObjectName("syncFolder")
        self.folder_field.setReadOnly(True)
        self.choose_folder_button = QPushButton(icon("folder"), "", card)
        self.choose_folder_button.setObjectName("chooseFolder")
        self.choose_folder_button.clicked.connect(self.choose_folder)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.folder_field, 1)
        row.addWidget(self.choose_folder_button)
        inner.addLayout(row)
        self.folder_warning = QLabel(card)
        self.folder_warning.setWordWrap(True)
        set_role(self.folder_warning, "warning")
        self.folder_warning.hide()
        inner.addWidget(self.folder_warning)
        self.sync_button = QPushButton(icon("check", "#ffffff"), "", card)
        self.sync_button.setObjectName("syncNow")
        make_primary(self.sync_button)
        self.sync_button.setStyleSheet("QPushButton { min-height: 34px; font-size: 12pt; }")  # the page's big one
        self.sync_button.clicked.connect(self.sync_now)
        inner.addWidget(self.sync_button)
        self.passphrase_row = QWidget(card)
        remembered = QHBoxLayout(self.passphrase_row)
        remembered.setContentsMargins(0, 0, 0, 0)
        self.passphrase_note = QLabel(self.passphrase_row)
        set_role(self.passphrase_note, "muted")
        self.forget_button = QPushButton(self.passphrase_row)
        self.forget_button.setObjectName("forgetPassphrase")
        self.forget_button.setFlat(True)
        self.forget_button.setCursor(Qt.CursorShape.PointingHandCursor)
        self.forget_button.setStyleSheet("QPushButton { color: #0f5fa3; border: none; text-decoration: underline;"
                                         " padding: 0 4px; background: transparent; }")
        self.forget_button.clicked.connect(self.forget_passphrase)
        remembered.addWidget(self.passphrase_note)
        remembered.addWidget(self.forget_button)
        remembered.addStretch(1)
        self.passphrase_row.hide()
        inner.addWidget(self.passphrase_row)
        column.addWidget(card)

        # (2) single files
        card, inner, self.files_heading, self.files_help = self._card(actions)
        self.export_button = QPushButton(icon("save"), "", card)
        self.export_button.setObjectName("exportFile")
        self.export_button.clicked.connect(self.export_file)
        self.import_button = QPushButton(icon("folder"), "", card)
        self.import_button.setObjectName("importFile")
        self.import_button.clicked.connect(self.import_file)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.export_button)
        row.addWidget(self.import_button)
        row.addStretch(1)
        inner.addLayout(row)
        column.addWidget(card)

        # (3) a new laptop, (4) the Disnaker list: side by side, they are short
        pair = QHBoxLayout()
        pair.setSpacing(12)
        card, inner, self.join_heading, self.join_help = self._card(actions)
        self.join_button = QPushButton(icon("laptop"), "", card)
        self.join_button.setObjectName("makeJoinFile")
        self.join_button.clicked.connect(self.make_join_file)
        inner.addStretch(1)
        inner.addWidget(self.join_button, 0, Qt.AlignmentFlag.AlignLeft)
        pair.addWidget(card, 1)
        card, inner, self.disnaker_heading, self.disnaker_help = self._card(actions)
        self.disnaker_button = QPushButton(icon("participants"), "", card)
        self.disnaker_button.setObjectName("disnakerList")
        self.disnaker_button.clicked.connect(self.open_disnaker)
        inner.addStretch(1)
        inner.addWidget(self.disnaker_button, 0, Qt.AlignmentFlag.AlignLeft)
        pair.addWidget(card, 1)
        column.addLayout(pair)
        column.addStretch(1)

        scroll = QScrollArea(tab)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(actions)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._actions, self._actions_scroll = actions, scroll

        layout = QHBoxLayout(tab)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(12)
        layout.addWidget(scroll, 11)
        layout.addWidget(self._results_panel(tab), 10)
        return tab

    def _results_panel(self, parent: QWidget) -> QFrame:
        """The right side: progress, then a preview (with Terapkan/Batal), a report or an error."""
        panel = QFrame(parent)
        panel.setObjectName("resultsPanel")
        set_role(panel, "card")
        inner = QVBoxLayout(panel)
        inner.setContentsMargins(16, 12, 16, 14)
        inner.setSpacing(10)
        self.results_heading = QLabel(panel)
        self.results_heading.setObjectName("resultsHeading")
        set_role(self.results_heading, "heading")
        self.results_heading.setWordWrap(True)
        inner.addWidget(self.results_heading)
        self.progress = ProgressPanel(panel)
        inner.addWidget(self.progress)

        self.error_label = QLabel(panel)
        self.error_label.setObjectName("syncError")
        self.error_label.setWordWrap(True)
        self.error_label.setTextFormat(Qt.TextFormat.PlainText)  # a path is shown as typed
        self.error_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        set_role(self.error_label, "error-box")
        self.error_label.hide()
        inner.addWidget(self.error_label)

        # the preview of a file: what would come in
        self.preview_box = QWidget(panel)
        preview = QVBoxLayout(self.preview_box)
        preview.setContentsMargins(0, 0, 0, 0)
        preview.setSpacing(8)
        self.preview_source = QLabel(self.preview_box)
        self.preview_source.setObjectName("previewSource")
        self.preview_source.setWordWrap(True)
        set_role(self.preview_source, "muted")
        preview.addWidget(self.preview_source)
        # One line per count: "4  orang baru" (fits any width, language and scale).
        counts_frame = QFrame(self.preview_box)
        counts_frame.setObjectName("previewCounts")
        counts_frame.setStyleSheet("QFrame#previewCounts { background: #f3f5f8; border: 1px solid #e1e6ec;"
                                   " border-radius: 5px; }")
        grid = QGridLayout(counts_frame)
        grid.setContentsMargins(12, 8, 12, 8)
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(2)
        grid.setColumnStretch(1, 1)
        self.preview_counts: dict[str, QLabel] = {}
        self.preview_captions: dict[str, QLabel] = {}
        for row, key in enumerate(("new_people", "updated_people", "attendance", "conflicts", "duplicates")):
            number = QLabel("0", counts_frame)
            number.setObjectName(f"count_{key}")
            number.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            big = QFont(number.font())
            big.setPointSizeF(big.pointSizeF() * 1.35)
            big.setBold(True)
            number.setFont(big)
            caption = QLabel(counts_frame)
            caption.setWordWrap(True)
            grid.addWidget(number, row, 0)
            grid.addWidget(caption, row, 1)
            self.preview_counts[key] = number
            self.preview_captions[key] = caption
        preview.addWidget(counts_frame)
        self.preview_note = QLabel(self.preview_box)
        self.preview_note.setObjectName("previewNote")
        self.preview_note.setWordWrap(True)
        self.preview_note.setTextFormat(Qt.TextFormat.RichText)
        preview.addWidget(self.preview_note)
        self.apply_button = QPushButton(icon("check", "#ffffff"), "", self.preview_box)
        self.apply_button.setObjectName("applyImport")
        make_primary(self.apply_button)
        self.apply_button.clicked.connect(self.apply_import)
        self.discard_button = QPushButton(icon("close"), "", self.preview_box)
        self.discard_button.setObjectName("discardImport")
        self.discard_button.clicked.connect(self.discard_import)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.discard_button)
        buttons.addWidget(self.apply_button)
        preview.addLayout(buttons)
        self.preview_box.hide()
        inner.addWidget(self.preview_box)

        # the report after an exchange
        self.report_label = QLabel(panel)
        self.report_label.setObjectName("syncReport")
        self.report_label.setWordWrap(True)
        self.report_label.setTextFormat(Qt.TextFormat.RichText)
        self.report_label.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.report_label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.report_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)
        self.report_label.linkActivated.connect(self._link)
        self.report_scroll = QScrollArea(panel)
        self.report_scroll.setWidgetResizable(True)
        self.report_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.report_scroll.setWidget(self.report_label)
        inner.addWidget(self.report_scroll, 1)
        return panel

    # --- state shown ----------------------------------------------------------------------------------
    def folder(self) -> Path | None:
        value = str(settings().value(FOLDER_KEY, "") or "")
        return Path(value) if value else None

    def _show_folder(self) -> None:
        folder = self.folder()
        self.folder_field.setText(str(folder) if folder else "")
        self.folder_field.setCursorPosition(0)
        missing = folder is not None and not folder.is_dir()
        self.folder_warning.setVisible(missing)
        self.sync_button.setEnabled(not self.busy())

    def _show_counts(self) -> None:
        """Unsent changes, open conflicts and duplicates: the header, the links and the tab names."""
        unsent = unsent_count(self.workspace)
        if unsent:
            self.unsent_label.setText(fill(self.tr("%1 perubahan belum dikirim"), _number(unsent)))
            set_role(self.unsent_label, "warning")
        else:
            self.unsent_label.setText(self.tr("Semua perubahan sudah dikirim"))
            set_role(self.unsent_label, "success")
        conflicts, duplicates = self.conflicts_page.count(), self.duplicates_page.count()
        self.conflicts_link.setText(fill(self.tr("%1 konflik perlu ditinjau"), _number(conflicts)))
        self.conflicts_link.setVisible(conflicts > 0)
        self.duplicates_link.setText(fill(self.tr("%1 kemungkinan data ganda"), _number(duplicates)))
        self.duplicates_link.setVisible(duplicates > 0)
        self.tabs.setTabText(TAB_SEND, self.tr("Kirim dan terima"))
        self.tabs.setTabText(TAB_CONFLICTS, fill(self.tr("Konflik (%1)"), _number(conflicts)) if conflicts
                             else self.tr("Konflik"))
        self.tabs.setTabText(TAB_DUPLICATES, fill(self.tr("Data ganda (%1)"), _number(duplicates)) if duplicates
                             else self.tr("Data ganda"))
        self.tabs.setTabText(TAB_DEVICES, self.tr("Perangkat"))
        for tab, count in ((TAB_CONFLICTS, conflicts), (TAB_DUPLICATES, duplicates)):
            self.tabs.setTabIcon(tab, icon("warning", "#8a5a00") if count else icon("check", "#17703a"))
        self.passphrase_row.setVisible(self._passphrase is not None)

    def refresh(self) -> None:
        """Read everything again (after data arrived, here or elsewhere)."""
        self.conflicts_page.refresh()
        self.duplicates_page.refresh()
        self.devices_page.refresh()
        self._show_counts()

    def busy(self) -> bool:
        return self.task is not None

    def _set_busy(self, busy: bool) -> None:
        for button in (self.sync_button, self.choose_folder_button, self.export_button, self.import_button,
                       self.join_button, self.disnaker_button, self.apply_button, self.discard_button,
                       self.forget_button):
            button.setEnabled(not busy)

    def _link(self, target: str) -> None:
        tabs = {"conflicts": TAB_CONFLICTS, "duplicates": TAB_DUPLICATES, "devices": TAB_DEVICES}
        if target in tabs:
            self.tabs.setCurrentIndex(tabs[target])

    # --- the passphrase -------------------------------------------------------------------------------
    def passphrase(self) -> str | None:
        """The passphrase for this session: asked for (and checked) the first time, then remembered."""
        if self._passphrase is None:
            dialog = PassphraseDialog(self.workspace, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return None
            self._passphrase = dialog.passphrase
            self._show_counts()  # creating one is itself a change to send
        return self._passphrase

    def forget_passphrase(self) -> None:
        self._passphrase = None
        self._show_counts()

    # --- running work ---------------------------------------------------------------------------------
    def _start(self, heading: str, progress_text: str, work: Callable[[Workspace, Progress], Any],
               done: Callable[[Any], None], *, cancellable: bool = False, cancel_text: str = "",
               partial: bool = False) -> Task[Any]:
        """Run `work(own connection, progress)` off the UI thread; `done(result)` back on it.

        `partial`: a cancelled run may have applied some files (each whole) before it stopped."""
        self._clear_results()
        self._idle = False
        self._cancel_text = cancel_text or self.tr("Dibatalkan. Tidak ada yang diubah.")
        self._partial = partial
        self.results_heading.setText(heading)
        task: Task[Any] = Task(with_own_connection(self.workspace, work))
        self.task = task
        self.progress.follow(task, progress_text, cancellable=cancellable)
        task.succeeded.connect(done)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        task.finished.connect(self._finished)
        self._set_busy(True)
        task.start()
        return task

    def _finished(self) -> None:
        self.task = None
        self._set_busy(False)
        self._show_folder()
        self._show_counts()

    def _failed(self, failure: Failure) -> None:
        if failure.code == "passphrase.wrong":
            self._passphrase = None
        self._show_error(failure)
        if self._partial:  # e.g. the folder's other files came in, then writing our own failed
            self._data_arrived()

    def _show_error(self, failure: Failure) -> None:
        text = failure.message
        path = failure.details.get("path") or failure.details.get("folder")
        if failure.code == "bundle.other_workspace" and failure.details.get("bundle_workspace"):
            text += " " + fill(self.tr("(Berkas dari ruang kerja \"%1\"; ruang kerja ini \"%2\".)"),
                                str(failure.details["bundle_workspace"]), self.workspace.info.name)
        elif path:
            text += "\n" + str(path)
        self.error_label.setText(text)
        self.error_label.show()

    def _cancelled(self) -> None:
        self.results_heading.setText(self.tr("Dibatalkan"))
        self._show_report(self._list([html.escape(self._cancel_text)]))
        if self._partial:
            self._data_arrived()

    def _clear_results(self) -> None:
        self.error_label.hide()
        self.preview_box.hide()
        self.report_label.clear()
        self._pending_import = None

    def _show_report(self, body: str) -> None:
        self.report_label.setText(body)

    def _data_arrived(self) -> None:
        self.refresh()
        self.dataChanged.emit()

    def _reviewed(self) -> None:
        self._show_counts()
        self.dataChanged.emit()

    # --- (1) the sync folder --------------------------------------------------------------------------
    def choose_folder(self) -> Path | None:
        start = str(self.folder() or _documents())
        chosen = QFileDialog.getExistingDirectory(self, self.tr("Pilih folder sinkronisasi"), start)
        if not chosen:
            return None
        store = settings()
        store.setValue(FOLDER_KEY, chosen)
        store.sync()
        self._show_folder()
        return Path(chosen)

    def sync_now(self) -> Task[Any] | None:
        """Import every other laptop's file in the folder, then write this laptop's own there."""
        if self.busy():
            return None
        folder = self.folder() or self.choose_folder()
        if folder is None:
            return None
        passphrase = self.passphrase()
        if passphrase is None:
            return None

        def work(own: Workspace, progress: Progress) -> dict[str, Any]:
            mine = bundle_name(own)
            total = len([p for p in folder.glob(f"*{BUNDLE_SUFFIX}") if p.name != mine]) + 1
            done = [0]

            def each(_name: str) -> None:
                if not progress(done[0], total):
                    raise Cancelled()
                done[0] += 1

            make_backup(own, "before-import")  # the state before anyone else's changes, kept
            result = sync_folder(own, folder, passphrase, each)
            progress(total, total)
            return result

        return self._start(self.tr("Sinkronisasi folder"), self.tr("Menyinkronkan…"), work, self._synced,
                           cancellable=True, partial=True,
                           cancel_text=self.tr("Dibatalkan. Berkas yang sudah selesai diimpor tetap tersimpan; "
                                               "berkas laptop ini tidak ditulis."))

    def _synced(self, result: dict[str, Any]) -> None:
        names = device_names(self.workspace)
        imported = [r for r in result["imported"] if r.get("ok")]
        failed = [r for r in result["imported"] if not r.get("ok")]
        totals = result["totals"]
        new_people = sum(int(r.get("new_people", 0)) for r in imported)
        updated = sum(int(r.get("updated_people", 0)) for r in imported)
        attendance = sum(int(r.get("attendance", 0)) for r in imported)
        laptops = ", ".join(self._file_laptop(r["file"], names) for r in imported)
        lines = [
            html.escape(fill(self.tr("Berkas laptop lain diimpor: %1 (%2)."), _number(len(imported)), laptops)
                        if imported else self.tr("Belum ada berkas laptop lain di folder ini.")),
            html.escape(fill(self.tr("Orang baru: %1 · data diperbarui: %2 · kehadiran baru: %3."),
                              _number(new_people), _number(updated), _number(attendance))),
            *self._review_lines(len(totals.get("conflicts", [])), len(totals.get("possible_duplicates", []))),
        ]
        written = result["written"]
        lines.append("<span style='color:#17703a'>" + html.escape(fill(
            self.tr("Berkas laptop ini sudah ditulis ke folder (%1 perubahan): laptop lain mengambilnya saat "
                    "mereka menyinkronkan."), _number(int(written.get("events", 0))))) + "</span>")
        self.results_heading.setText(self.tr("Sinkronisasi selesai"))
        body = self._list(lines) + self._gap_lines(totals.get("gaps", []))
        if failed:
            problems = [f"<b>{html.escape(self._file_laptop(r['file'], names))}</b>: "
                        f"{html.escape(message(str(r.get('error'))))}" for r in failed]
            body += f"<p style='color:#b3261e'>{html.escape(self.tr('Berkas yang tidak dapat diimpor:'))}</p>"
            body += self._list(problems)
        self._show_report(body)
        self._data_arrived()

    def _file_laptop(self, file_name: str, names: dict[str, str]) -> str:
        """`pintu-<device id>.pintu` -> that laptop's name when known, else the file name."""
        device = file_name.removeprefix("pintu-").removesuffix(BUNDLE_SUFFIX)
        return names.get(device) or file_name

    # --- (2) single files -----------------------------------------------------------------------------
    def _file_folder(self) -> str:
        return str(settings().value(FILES_KEY, "") or "") or str(self.folder() or _documents())

    def _remember_file_folder(self, path: Path) -> None:
        store = settings()
        store.setValue(FILES_KEY, str(path.parent))
        store.sync()

    def export_file(self) -> Task[Any] | None:
        """Write this laptop's data (everything it knows) into one file to carry to another laptop."""
        if self.busy():
            return None
        passphrase = self.passphrase()
        if passphrase is None:
            return None
        start = str(Path(self._file_folder()) / suggested_export_name(self.workspace))
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan berkas untuk dikirim"), start, self.tr("Berkas Pintu (*.pintu)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != BUNDLE_SUFFIX:
            path = path.with_name(path.name + BUNDLE_SUFFIX)
        self._remember_file_folder(path)
        return self._start(self.tr("Kirim berkas"), self.tr("Menyimpan berkas…"),
                           lambda own, _progress: export_bundle(own, path, passphrase), self._exported)

    def _exported(self, result: dict[str, Any]) -> None:
        path = Path(str(result["file"]))
        self.results_heading.setText(self.tr("Berkas tersimpan"))
        lines = [
            html.escape(fill(self.tr("Berkas: %1 (%2)."), str(path),
                              QLocale().formattedDataSize(int(result.get("bytes", 0))))),
            html.escape(fill(self.tr("Berisi %1 perubahan dan %2 foto (termasuk yang diterima dari laptop lain)."),
                              _number(int(result.get("events", 0))), _number(int(result.get("photos", 0))))),
            html.escape(self.tr("Isinya terkunci dengan kata sandi ruang kerja. Bawa berkas ini ke laptop lain, "
                                "lalu di sana pilih \"Buka berkas yang diterima\".")),
        ]
        self._show_report(self._list(lines))
        self._show_counts()

    def import_file(self, path: Path | None = None) -> Task[Any] | None:
        """Choose a received file and preview what it would bring; nothing changes until "Terapkan"."""
        if self.busy():
            return None
        passphrase = self.passphrase()
        if passphrase is None:
            return None
        if path is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self, self.tr("Buka berkas yang diterima"), self._file_folder(),
                self.tr("Berkas Pintu (*.pintu);;Semua berkas (*)"))
            if not chosen:
                return None
            path = Path(chosen)
            self._remember_file_folder(path)
        target = path

        def work(own: Workspace, progress: Progress) -> tuple[Path, dict[str, Any], ImportReport]:
            progress(0, 1)
            manifest = read_header(target).manifest
            report = preview_import(own, target, passphrase)
            if not progress(1, 1):
                raise Cancelled()
            return target, manifest, report

        return self._start(self.tr("Terima berkas"), self.tr("Memeriksa berkas…"), work, self._previewed,
                           cancellable=True)

    def _previewed(self, result: tuple[Path, dict[str, Any], ImportReport]) -> None:
        path, manifest, report = result
        self._pending_import = path
        self.results_heading.setText(self.tr("Pratinjau: yang akan masuk dari berkas ini"))
        origin = str(manifest.get("origin_device_name") or "")
        officer = str(manifest.get("origin_officer") or "")
        made = format_datetime(manifest.get("created_at"))
        source = fill(self.tr("%1 — dari %2 (petugas %3), dibuat %4."), path.name, origin or "?", officer or "?",
                       made or "?")
        self.preview_source.setText(source)
        counts = {"new_people": report.new_people, "updated_people": report.updated_people,
                  "attendance": report.attendance, "conflicts": len(report.conflicts),
                  "duplicates": len(report.duplicates)}
        for key, value in counts.items():
            self.preview_counts[key].setText(_number(value))
            attention = key in ("conflicts", "duplicates") and value > 0
            self.preview_counts[key].setStyleSheet("color: #8a5a00;" if attention else "")
        notes = [html.escape(fill(self.tr("%1 perubahan baru, %2 sudah ada di laptop ini."),
                                   _number(report.new_events), _number(report.known_events)))]
        if report.new_events == 0:
            notes.append(html.escape(self.tr("Semua isi berkas ini sudah ada di laptop ini.")))
        notes.append(html.escape(self.tr("Belum ada yang berubah: tekan \"Terapkan\" untuk memasukkannya.")))
        note = self._list(notes) + self._gap_lines(report.gaps)
        self.preview_note.setText(note)
        self.preview_box.show()
        self.apply_button.setFocus()

    def apply_import(self) -> Task[Any] | None:
        """Bring the previewed file in: one transaction, all or nothing."""
        path = self._pending_import
        passphrase = self._passphrase
        if path is None or passphrase is None or self.busy():
            return None
        return self._start(self.tr("Terima berkas"), self.tr("Menerapkan berkas…"),
                           lambda own, _progress: (path, _backup_then_import(own, path, passphrase)), self._imported)

    def discard_import(self) -> None:
        self._clear_results()
        self.results_heading.setText(self.tr("Berkas tidak diterapkan"))
        self._show_report(self._list([self.tr("Tidak ada yang diubah.")]))

    def _imported(self, result: tuple[Path, ImportReport]) -> None:
        path, report = result
        self.results_heading.setText(self.tr("Berkas diterapkan"))
        lines = [
            html.escape(fill(self.tr("Dari berkas %1."), path.name)),
            html.escape(fill(self.tr("Orang baru: %1 · data diperbarui: %2 · kehadiran baru: %3."),
                              _number(report.new_people), _number(report.updated_people),
                              _number(report.attendance))),
            html.escape(fill(self.tr("%1 perubahan baru, %2 sudah ada."), _number(report.new_events),
                              _number(report.known_events))),
            *self._review_lines(len(report.conflicts), len(report.duplicates)),
        ]
        body = self._list(lines) + self._gap_lines(report.gaps)
        self._show_report(body)
        self._data_arrived()

    # --- (3) a new laptop -----------------------------------------------------------------------------
    def make_join_file(self) -> Task[Any] | None:
        """The invitation: everything a new laptop needs to join (with the passphrase, given separately)."""
        if self.busy():
            return None
        passphrase = self.passphrase()
        if passphrase is None:
            return None
        start = str(Path(self._file_folder()) / suggested_join_name())
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan berkas undangan"), start, self.tr("Berkas Pintu (*.pintu)"))
        if not chosen:
            return None
        path = Path(chosen)
        if path.suffix.lower() != BUNDLE_SUFFIX:
            path = path.with_name(path.name + BUNDLE_SUFFIX)
        self._remember_file_folder(path)
        return self._start(self.tr("Undang laptop baru"), self.tr("Membuat berkas undangan…"),
                           lambda own, _progress: make_join_file(own, path, passphrase), self._join_file_made)

    def _join_file_made(self, result: dict[str, Any]) -> None:
        self.results_heading.setText(self.tr("Berkas undangan tersimpan"))
        lines = [
            html.escape(fill(self.tr("Berkas: %1."), str(result["file"]))),
            html.escape(self.tr("Di laptop baru: buka Pintu, pilih \"Gabung ke ruang kerja yang ada\", pilih berkas "
                                "ini dan ketik kata sandi ruang kerja.")),
            html.escape(self.tr("Berkas ini berisi seluruh data ruang kerja (terkunci). Sampaikan kata sandinya "
                                "secara langsung, jangan ditulis di flashdisk yang sama.")),
        ]
        self._show_report(self._list(lines))

    # --- (4) the Disnaker list ------------------------------------------------------------------------
    def open_disnaker(self) -> None:
        from desktop_app.ui.disnaker_dialog import DisnakerDialog

        dialog = DisnakerDialog(self.workspace, self)
        dialog.applied.connect(self._data_arrived)
        dialog.exec()

    # --- report pieces --------------------------------------------------------------------------------
    @staticmethod
    def _list(lines: list[str]) -> str:
        return "<ul style='margin-left:-20px'>" + "".join(f"<li>{line}</li>" for line in lines) + "</ul>"

    def _review_lines(self, conflicts: int, duplicates: int) -> list[str]:
        """Report lines (HTML) for new conflicts and duplicates, with links to their tabs."""
        lines = []
        if conflicts:
            lines.append(fill(self.tr("Konflik baru: %1."), _number(conflicts))
                         + f" <a href='conflicts'>{html.escape(self.tr('Tinjau konflik'))}</a>")
        if duplicates:
            lines.append(fill(self.tr("Kemungkinan data ganda: %1."), _number(duplicates))
                         + f" <a href='duplicates'>{html.escape(self.tr('Tinjau data ganda'))}</a>")
        if not lines:
            lines.append(html.escape(self.tr("Tidak ada konflik atau data ganda baru.")))
        return lines

    def _gap_lines(self, gaps: list[dict[str, Any]]) -> str:
        """Missing changes of some laptop, and whom to ask for them."""
        if not gaps:
            return ""
        lines = []
        for gap in gaps:
            laptop = str(gap.get("device_name") or self.tr("laptop yang belum dikenal"))
            officer = str(gap.get("officer") or "?")
            lines.append(html.escape(fill(
                self.tr("Perubahan dari %1 belum lengkap (%2 hilang). Minta %1 (petugas %3) menyinkronkan lagi "
                        "atau mengirim berkas terbarunya."),
                laptop, _number(int(gap.get("missing_count", 0))), officer)))
        return "<p style='color:#8a5a00'>" + "<br>".join(lines) + "</p>"

    # --- language -------------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.title_label.setText(self.tr("Sinkronisasi"))
        self.folder_heading.setText(self.tr("Folder sinkronisasi"))
        self.folder_help.setText(
            self.tr(
                "Flashdisk, folder bersama di jaringan, atau folder Syncthing/Google Drive. Setiap laptop menaruh "
                "berkasnya di sana dan mengambil berkas laptop lain: semua laptop yang memakai folder yang sama "
                "akhirnya punya data yang sama."
            )
        )
        self.folder_field.setPlaceholderText(self.tr("Belum dipilih"))
        self.folder_warning.setText(self.tr("Folder ini tidak ditemukan sekarang (flashdisk belum dipasang?)."))
        self.choose_folder_button.setText(self.tr("Pilih folder…"))
        self.sync_button.setText(self.tr("Sinkronkan sekarang"))
        self.passphrase_note.setText(self.tr("Kata sandi diingat sampai Pintu ditutup."))
        self.forget_button.setText(self.tr("Lupakan"))
        self.files_heading.setText(self.tr("Kirim/Terima berkas"))
        self.files_help.setText(
            self.tr(
                "Tanpa folder bersama: simpan satu berkas berisi data laptop ini untuk dibawa ke laptop lain, atau "
                "buka berkas dari laptop lain. Sebelum diterapkan, Pintu menunjukkan apa saja yang akan masuk."
            )
        )
        self.export_button.setText(self.tr("Simpan berkas untuk dikirim…"))
        self.import_button.setText(self.tr("Buka berkas yang diterima…"))
        self.join_heading.setText(self.tr("Undang laptop baru"))
        self.join_help.setText(self.tr("Berkas undangan untuk laptop yang baru bergabung ke ruang kerja ini."))
        self.join_button.setText(self.tr("Buat berkas undangan…"))
        self.disnaker_heading.setText(self.tr("Daftar PHK Disnaker"))
        self.disnaker_help.setText(
            self.tr("Cocokkan daftar pekerja ter-PHK dari Disnaker (CSV/XLSX) dengan peserta terdaftar.")
        )
        self.disnaker_button.setText(self.tr("Impor daftar Disnaker…"))
        captions = {
            "new_people": self.tr("orang baru"),
            "updated_people": self.tr("data peserta diperbarui"),
            "attendance": self.tr("kehadiran baru"),
            "conflicts": self.tr("konflik (perlu ditinjau)"),
            "duplicates": self.tr("kemungkinan data ganda"),
        }
        for key, caption in captions.items():
            self.preview_captions[key].setText(caption)
        self.apply_button.setText(self.tr("Terapkan"))
        self.discard_button.setText(self.tr("Batal"))
        if self._idle:
            self.results_heading.setText(self.tr("Hasil"))
            self.report_label.setText(
                "<span style='color:#586474'>"
                + html.escape(self.tr("Hasil sinkronisasi, pratinjau berkas dan laporan muncul di sini."))
                + "</span>"
            )

    def _fit_actions(self) -> None:
        """The action column never narrower than its buttons (in any language and scale): the results give way."""
        self._actions.ensurePolished()
        needed = self._actions.minimumSizeHint().width() + self._actions_scroll.verticalScrollBar().sizeHint().width()
        self._actions_scroll.setMinimumWidth(needed)

    def showEvent(self, event: QShowEvent) -> None:
        self._fit_actions()
        # Registrations and edits elsewhere change the unsent count (and maybe the review lists).
        if not self.busy():
            self.refresh()
            self._show_folder()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self._show_counts()
            self._fit_actions()
            self.progress._retranslate()  # ProgressPanel does not follow a language switch by itself (yet)
        super().changeEvent(event)


def _backup_then_import(workspace: Workspace, path: Path, passphrase: str) -> ImportReport:
    """An encrypted copy of the state before the import (kept with the other automatic backups), then the import."""
    make_backup(workspace, "before-import")
    return import_bundle(workspace, path, passphrase)
