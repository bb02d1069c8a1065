"""Matching the manpower office's (Disnaker) list of laid-off workers against the registrations.

Choose the CSV or XLSX file -> a dry run shows what the list would do (how many are listed, matched,
listed but not registered, registered as PHK but not on the list, and lines that could not be used, with
the reason) -> "Tandai terverifikasi" marks the matched people as verified PHK (one transaction, events
that sync) -> the report. Each list can be copied to the clipboard to paste into a spreadsheet.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QLocale, QStandardPaths, Qt, Signal
from PySide6.QtGui import QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.disnaker import DisnakerList, read_list
from desktop_app.storage.backup import make_backup
from desktop_app.storage.disnaker import DisnakerMatch, apply_disnaker
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.background import Failure, Progress, ProgressPanel, Task, with_own_connection
from desktop_app.ui.i18n import fill, settings
from desktop_app.ui.messages import message
from desktop_app.ui.style import icon, make_primary, set_role

FOLDER_KEY = "disnaker/last_folder"
LISTS = ("verified", "not_registered", "not_on_list", "problems")


def _number(value: int) -> str:
    return QLocale().toString(int(value))




class DisnakerDialog(QDialog):
    """Choose the list, see the dry run, then mark the matches verified."""

    applied = Signal()  # participants were marked verified

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.path: Path | None = None
        self.listed: DisnakerList | None = None
        self.match: DisnakerMatch | None = None
        self.done_applying = False
        self.task: Task[Any] | None = None
        self.setObjectName("disnakerDialog")
        self.setModal(True)

        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        self.choose_button = QPushButton(icon("folder"), "", self)
        self.choose_button.setObjectName("chooseList")
        self.choose_button.clicked.connect(self.choose_file)
        self.file_label = QLabel(self)
        self.file_label.setObjectName("listFile")
        set_role(self.file_label, "muted")
        self.file_label.setWordWrap(True)
        choose_row = QHBoxLayout()
        choose_row.addWidget(self.choose_button)
        choose_row.addWidget(self.file_label, 1)

        self.progress = ProgressPanel(self)
        self.error_label = QLabel(self)
        self.error_label.setObjectName("disnakerError")
        self.error_label.setWordWrap(True)
        set_role(self.error_label, "error-box")
        self.error_label.hide()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("disnakerStatus")
        self.status_label.setWordWrap(True)
        set_role(self.status_label, "info-box")
        self.status_label.hide()

        tiles = QGridLayout()
        tiles.setHorizontalSpacing(8)
        self.counts: dict[str, QLabel] = {}
        self.count_captions: dict[str, QLabel] = {}
        for column, key in enumerate(("listed", *LISTS)):
            tile = QFrame(self)
            tile.setObjectName(f"tile_{key}")
            tile.setStyleSheet(f"QFrame#tile_{key} {{ background: #ffffff; border: 1px solid #e1e6ec;"
                               " border-radius: 5px; }")
            box = QVBoxLayout(tile)
            box.setContentsMargins(10, 6, 10, 6)
            box.setSpacing(0)
            number = QLabel("—", tile)
            number.setObjectName(f"count_{key}")
            big = QFont(number.font())
            big.setPointSizeF(big.pointSizeF() * 1.6)
            big.setBold(True)
            number.setFont(big)
            caption = QLabel(tile)
            caption.setWordWrap(True)
            set_role(caption, "muted")
            box.addWidget(number)
            box.addWidget(caption)
            tiles.addWidget(tile, 0, column)
            tiles.setColumnStretch(column, 1)
            self.counts[key] = number
            self.count_captions[key] = caption
        self.tiles = QWidget(self)
        self.tiles.setLayout(tiles)
        tiles.setContentsMargins(0, 0, 0, 0)
        self.tiles.hide()

        self.lists = QTabWidget(self)
        self.lists.setObjectName("disnakerLists")
        self.tables: dict[str, QTableWidget] = {}
        for key in LISTS:
            table = QTableWidget(0, 3, self.lists)
            table.setObjectName(f"table_{key}")
            table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            table.setAlternatingRowColors(True)
            table.verticalHeader().hide()
            table.horizontalHeader().setStretchLastSection(True)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            self.tables[key] = table
            self.lists.addTab(table, "")
        self.lists.hide()

        self.copy_button = QPushButton(self)
        self.copy_button.setObjectName("copyList")
        self.copy_button.clicked.connect(self.copy_current_list)
        self.copy_button.hide()
        self.apply_button = QPushButton(icon("check", "#ffffff"), "", self)
        self.apply_button.setObjectName("markVerified")
        make_primary(self.apply_button)
        self.apply_button.clicked.connect(self.mark_verified)
        self.apply_button.hide()
        self.close_button = QPushButton(self)
        self.close_button.setObjectName("closeDisnaker")
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.copy_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        buttons.addWidget(self.apply_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        layout.setSpacing(10)
        layout.addWidget(self.intro)
        layout.addLayout(choose_row)
        layout.addWidget(self.progress)
        layout.addWidget(self.error_label)
        layout.addWidget(self.status_label)
        layout.addWidget(self.tiles)
        layout.addWidget(self.lists, 1)
        layout.addLayout(buttons)
        self.resize(840, 520)  # with a title bar, fits a 1366x768 screen at 125%
        self._retranslate()

    # --- steps ------------------------------------------------------------------------------------------
    def choose_file(self) -> Task[Any] | None:
        start = str(settings().value(FOLDER_KEY, "") or "") or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        chosen, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Pilih daftar PHK dari Disnaker"), start,
            self.tr("Daftar (*.csv *.xlsx *.xlsm);;Semua berkas (*)"))
        if not chosen:
            return None
        store = settings()
        store.setValue(FOLDER_KEY, str(Path(chosen).parent))
        store.sync()
        return self.check_file(Path(chosen))

    def check_file(self, path: Path) -> Task[Any] | None:
        """Read the list and match it, changing nothing (a dry run)."""
        if self.task is not None:
            return None
        self.path = path
        self.listed = None
        self.match = None
        self.done_applying = False
        self.file_label.setText(path.name)

        def work(own: Workspace, progress: Progress) -> tuple[DisnakerList, DisnakerMatch]:
            progress(0, 1)
            listed = read_list(path)
            match = apply_disnaker(own, listed.workers, dry_run=True)
            progress(1, 1)
            return listed, match

        return self._start(work, self.tr("Membaca dan mencocokkan daftar…"), self._checked)

    def mark_verified(self) -> Task[Any] | None:
        """Mark the matched people as verified PHK."""
        if self.task is not None or self.listed is None or self.done_applying:
            return None
        workers = self.listed.workers
        listed = self.listed

        def work(own: Workspace, _progress: Progress) -> tuple[DisnakerList, DisnakerMatch]:
            make_backup(own, "before-import")
            return listed, apply_disnaker(own, workers, dry_run=False)

        return self._start(work, self.tr("Menandai peserta…"), self._applied)

    def _start(self, work: Any, text: str, done: Any) -> Task[Any]:
        self.error_label.hide()
        task: Task[Any] = Task(with_own_connection(self.workspace, work))
        self.task = task
        self.progress.follow(task, text, cancellable=False)
        task.succeeded.connect(done)
        task.failed.connect(self._failed)
        task.finished.connect(self._finished)
        for button in (self.choose_button, self.apply_button, self.close_button):
            button.setEnabled(False)
        task.start()
        return task

    def _finished(self) -> None:
        self.task = None
        for button in (self.choose_button, self.apply_button, self.close_button):
            button.setEnabled(True)
        self.apply_button.setEnabled(self.listed is not None and not self.done_applying
                                     and bool(self.match and self.match.verified))

    def _failed(self, failure: Failure) -> None:
        self.error_label.setText(failure.message)
        self.error_label.show()
        self.status_label.hide()
        self.tiles.hide()
        self.lists.hide()
        self.copy_button.hide()
        self.apply_button.hide()

    def _checked(self, result: tuple[DisnakerList, DisnakerMatch]) -> None:
        self.listed, self.match = result
        self._show(self.listed, self.match)
        verified = len(self.match.verified)
        self.status_label.setText(
            fill(self.tr("Pratinjau: %1 peserta terdaftar cocok dengan daftar. Belum ada yang diubah; tekan "
                          "\"Tandai terverifikasi\" untuk menandai mereka sebagai korban PHK terverifikasi."),
                  _number(verified)) if verified
            else self.tr("Tidak ada peserta terdaftar yang cocok dengan daftar ini. Tidak ada yang diubah.")
        )
        set_role(self.status_label, "info-box")
        self.status_label.updateGeometry()  # the box's padding changes its height
        self.apply_button.show()

    def _applied(self, result: tuple[DisnakerList, DisnakerMatch]) -> None:
        self.listed, self.match = result
        self.done_applying = True
        self._show(self.listed, self.match)
        self.status_label.setText(
            fill(self.tr("Selesai: %1 peserta yang ada di daftar kini terverifikasi sebagai korban PHK. "
                          "Perubahan ini ikut terkirim pada sinkronisasi berikutnya."),
                  _number(len(self.match.verified)))
        )
        set_role(self.status_label, "success-box")
        self.status_label.updateGeometry()  # the box's padding changes its height
        self.apply_button.hide()
        self.close_button.setText(self.tr("Tutup"))
        self.applied.emit()

    def _show(self, listed: DisnakerList, match: DisnakerMatch) -> None:
        counts = {"listed": len(listed.workers), "verified": len(match.verified),
                  "not_registered": len(match.not_registered), "not_on_list": len(match.not_on_list),
                  "problems": len(listed.problems)}
        for key, value in counts.items():
            self.counts[key].setText(_number(value))
        rows: dict[str, list[tuple[str, str, str]]] = {
            "verified": [(str(p.get("short_code") or ""), str(p.get("full_name") or ""),
                          str(p.get("listed_name") or "")) for p in match.verified],
            "not_registered": [(str(w.get("line") or ""), str(w.get("name") or ""), str(w.get("employer") or ""))
                               for w in match.not_registered],
            "not_on_list": [(str(p.get("short_code") or ""), str(p.get("full_name") or ""), "")
                            for p in match.not_on_list],
            "problems": [(str(p.get("line") or ""), message(str(p.get("code"))), str(p.get("value") or ""))
                         for p in listed.problems],
        }
        for key, table in self.tables.items():
            table.setRowCount(len(rows[key]))
            for row, values in enumerate(rows[key]):
                for column, value in enumerate(values):
                    item = QTableWidgetItem(value)
                    if key in ("not_registered", "problems") and column == 0:
                        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                    table.setItem(row, column, item)
            table.setColumnHidden(2, key == "not_on_list")
        self._tab_texts()
        self.tiles.show()
        self.lists.show()
        self.copy_button.show()
        self.status_label.show()

    def copy_current_list(self) -> str:
        """The list shown, as tab-separated lines with its header (pastes into a spreadsheet)."""
        table = self.tables[LISTS[self.lists.currentIndex()]]
        columns = [c for c in range(table.columnCount()) if not table.isColumnHidden(c)]
        header = [table.horizontalHeaderItem(c).text() for c in columns]
        lines = ["\t".join(header)]
        for row in range(table.rowCount()):
            lines.append("\t".join((table.item(row, c).text() if table.item(row, c) else "") for c in columns))
        text = "\n".join(lines) + "\n"
        QGuiApplication.clipboard().setText(text)
        return text

    def reject(self) -> None:
        if self.task is not None:  # the work finishes in any case; wait for it rather than hide it
            return
        super().reject()

    # --- language ---------------------------------------------------------------------------------------
    def _tab_texts(self) -> None:
        names = {
            "verified": self.tr("Cocok"),
            "not_registered": self.tr("Di daftar, belum mendaftar"),
            "not_on_list": self.tr("PHK terdaftar, tidak di daftar"),
            "problems": self.tr("Baris bermasalah"),
        }
        for index, key in enumerate(LISTS):
            count = self.tables[key].rowCount()
            self.lists.setTabText(index, f"{names[key]} ({_number(count)})")

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Daftar PHK dari Disnaker"))
        self.intro.setText(
            self.tr(
                "Pilih berkas CSV atau XLSX dari Disnaker dengan kolom NIK, Nama dan Perusahaan (judul kolom "
                "berbahasa Indonesia, urutan bebas). Pintu mencocokkan NIK dengan peserta terdaftar dan "
                "menunjukkan hasilnya dulu; tidak ada yang diubah sebelum Anda menekan \"Tandai terverifikasi\"."
            )
        )
        self.choose_button.setText(self.tr("Pilih berkas…"))
        if self.path is None:
            self.file_label.setText(self.tr("Belum ada berkas dipilih"))
        captions = {
            "listed": self.tr("tercantum di daftar"),
            "verified": self.tr("cocok dengan peserta"),
            "not_registered": self.tr("belum mendaftar"),
            "not_on_list": self.tr("PHK terdaftar, tidak di daftar"),
            "problems": self.tr("baris bermasalah"),
        }
        for key, caption in captions.items():
            self.count_captions[key].setText(caption)
        headers = {
            "verified": (self.tr("Kode"), self.tr("Nama terdaftar"), self.tr("Nama di daftar")),
            "not_registered": (self.tr("Baris"), self.tr("Nama"), self.tr("Perusahaan")),
            "not_on_list": (self.tr("Kode"), self.tr("Nama"), ""),
            "problems": (self.tr("Baris"), self.tr("Masalah"), self.tr("Isi sel NIK")),
        }
        for key, labels in headers.items():
            self.tables[key].setHorizontalHeaderLabels(list(labels))
        self._tab_texts()
        self.copy_button.setText(self.tr("Salin daftar ini"))
        self.copy_button.setToolTip(self.tr("Salin daftar yang tampil untuk ditempel di lembar kerja"))
        self.apply_button.setText(self.tr("Tandai terverifikasi"))
        self.close_button.setText(self.tr("Tutup") if self.done_applying else self.tr("Batal"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.progress._retranslate()  # ProgressPanel does not follow a language switch by itself (yet)
        super().changeEvent(event)
