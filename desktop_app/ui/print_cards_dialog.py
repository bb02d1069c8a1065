"""Printing participant cards: choose whom, see how many and a preview, then save a PDF or print.

Whom: the people selected in the participant list, one training, or everyone whose card was never
printed. The cards are issued (generations raised, the printing logged) and rendered in one
transaction by `print_cards`, on a background thread; "Batal" stops it with nothing issued. Printing
on paper goes through that PDF too: its pages are rendered by QtPdf at the printer's resolution and
drawn at their real size, so an ID-1 card stays 85.60 x 53.98 mm when the printer prints at 100%.

The preview (on opening, after each change, and on "Pratinjau") renders the first page(s) with the
real names and layout but a QR that says PRATINJAU: nothing is issued, and a printed preview is no
card. One task runs at a time: making cards waits for a preview (which is dropped), a preview waits
for the cards.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QEvent,
    QLocale,
    QMarginsF,
    QPointF,
    QRectF,
    QSize,
    QSizeF,
    QStandardPaths,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QImage, QPageLayout, QPageSize, QPainter, QPixmap, QResizeEvent, QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from desktop_app.core.errors import NotFound, PintuError
from desktop_app.printing.cards_pdf import Layout, render_cards
from desktop_app.printing.print_job import PrintResult, print_cards
from desktop_app.storage.cards import IssuedCard, print_log, select_for_printing
from desktop_app.storage.participants import ParticipantRepository
from desktop_app.storage.photos import get_photo
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.background import Failure, Progress, ProgressPanel, Task, failure_from, with_own_connection
from desktop_app.ui.i18n import fill
from desktop_app.ui.messages import message
from desktop_app.ui.participant_dialog import ask
from desktop_app.ui.participant_table_model import format_datetime
from desktop_app.ui.style import make_primary, set_role

try:  # QtPdf renders PDF pages on every platform (poppler is rarely there on Windows)
    from PySide6.QtPdf import QPdfDocument
except ImportError:  # pragma: no cover - a build without QtPdf
    QPdfDocument = None  # type: ignore[assignment,misc]

SELECTED, PROGRAM, UNPRINTED = "selected", "program", "unprinted"
PREFERRED_SIZE = (1060, 660)  # logical pixels; a small screen gets 95% of what it has
PANEL_WIDTH = 400  # the choices on the left; the preview takes the rest
MAX_IDS_PER_QUERY = 500  # larger selections are matched against the whole list (SQLite's variable limit)
PREVIEW_PAGES = {"a4": 1, "single": 3}
# The preview's QR: as long as a real code (so the symbol looks the same), and no card at all.
PREVIEW_CODE = ("PRATINJAU - BUKAN KARTU - " * 6)[:132]
PRINT_MAX_DPI = 600  # pages are rendered at the printer's resolution, up to this ...
PRINT_MAX_PIXELS = 13_000_000  # ... and this size (52 MB): an A4 sheet at 300-360 dpi, a card at 600 dpi
PREVIEW_PADDING = 12  # around the preview pages, in their grey box
NAMES_SHOWN = 5




# --- what to print (no Qt) ---------------------------------------------------------------------------
@dataclass(frozen=True)
class Batch:
    """The cards a choice would print: participant ids in name order, and what the user should know."""

    ids: list[str]
    reprints: int = 0  # of those, people who already have a card (it stops working)
    skipped: int = 0  # selected, but withdrawn or removed: not printed


def _active_in_name_order(workspace: Workspace, ids: Sequence[str]) -> list[str]:
    if not ids:
        return []
    if len(ids) <= MAX_IDS_PER_QUERY:
        try:
            return select_for_printing(workspace, ids=ids)
        except NotFound:
            pass  # someone selected has withdrawn (the list may show them): print the others
    wanted = set(ids)
    return [pid for pid in select_for_printing(workspace) if pid in wanted]


def resolve_batch(workspace: Workspace, source: str, *, selected: Sequence[str] = (),
                  program_code: str | None = None) -> Batch:
    """The people a choice covers (`SELECTED`, `PROGRAM` or `UNPRINTED`)."""
    if source == SELECTED:
        ids = _active_in_name_order(workspace, list(dict.fromkeys(selected)))
        if len(ids) <= MAX_IDS_PER_QUERY:
            repo = ParticipantRepository(workspace)
            reprints = sum(1 for pid in ids if int((repo.get(pid) or {}).get("card_generation") or 0) > 0)
        else:
            never = set(select_for_printing(workspace, unprinted=True))
            reprints = sum(1 for pid in ids if pid not in never)
        return Batch(ids, reprints, len(set(selected)) - len(ids))
    if source == PROGRAM:
        if not program_code:
            return Batch([])
        ids = select_for_printing(workspace, program_code=program_code)
        never = select_for_printing(workspace, program_code=program_code, unprinted=True)
        return Batch(ids, len(ids) - len(never))
    return Batch(select_for_printing(workspace, unprinted=True))


def preview_cards(workspace: Workspace, ids: Sequence[str], program_names: Mapping[str, str]) -> list[IssuedCard]:
    """Cards as they would print (names, training, photo, next generation) with a QR that is no card."""
    repo = ParticipantRepository(workspace)
    cards = []
    for pid in ids:
        record = repo.get(pid)
        if record is None:
            continue
        program = str(record.get("program_code") or "")
        cards.append(IssuedCard(
            participant_id=pid,
            short_code=str(record.get("short_code") or ""),
            full_name=str(record.get("full_name") or ""),
            program_code=program,
            program_name=program_names.get(program, program),
            photo=record.get("photo") or None,
            generation=int(record.get("card_generation") or 0) + 1,
            code=PREVIEW_CODE,
        ))
    return cards


# --- PDF pages as images, and on a printer -----------------------------------------------------------
def pdf_renderer() -> str | None:
    """What can turn PDF pages into images here: "qtpdf", "pdftoppm", or None."""
    if QPdfDocument is not None:
        return "qtpdf"
    return "pdftoppm" if shutil.which("pdftoppm") else None


def _on_white(image: QImage) -> QImage:
    """QtPdf leaves the page transparent where nothing is drawn: put it on paper."""
    paper = QImage(image.size(), QImage.Format.Format_RGB32)
    paper.fill(QColor("white"))
    painter = QPainter(paper)
    painter.drawImage(0, 0, image)
    painter.end()
    return paper


def _open_pdf(pdf: Path) -> Any:
    document = QPdfDocument()
    if document.load(str(pdf)) != QPdfDocument.Error.None_:
        raise PintuError("cards.preview_unavailable")
    return document


def render_pages(pdf: Path, pages: int, width_px: int) -> list[QImage]:
    """The first `pages` pages, each `width_px` wide, on white (safe on a worker thread)."""
    renderer = pdf_renderer()
    if renderer == "qtpdf":
        document = _open_pdf(pdf)
        try:
            images = []
            for page in range(min(pages, document.pageCount())):
                points = document.pagePointSize(page)
                height = round(width_px * points.height() / points.width())
                images.append(_on_white(document.render(page, QSize(width_px, height))))
            return images
        finally:
            document.close()
    if renderer == "pdftoppm":
        with tempfile.TemporaryDirectory(prefix="pintu-preview-") as folder:
            subprocess.run(["pdftoppm", "-png", "-l", str(pages), "-scale-to-x", str(width_px), "-scale-to-y", "-1",
                            str(pdf), str(Path(folder) / "p")], check=True, capture_output=True)
            return [QImage(str(png)) for png in sorted(Path(folder).glob("p-*.png"))]
    raise PintuError("cards.preview_unavailable")


def page_layout_for(layout: Layout) -> QPageLayout:
    """The paper a layout is made for: A4 portrait, or an ID-1 card (85.60 x 53.98 mm, wider than tall)."""
    if layout == "a4":
        size = QPageSize(QPageSize.PageSizeId.A4)
    else:
        size = QPageSize(QSizeF(85.60, 53.98), QPageSize.Unit.Millimeter, "ID-1 (CR80)",
                         QPageSize.SizeMatchPolicy.ExactMatch)
    return QPageLayout(size, QPageLayout.Orientation.Portrait, QMarginsF(0, 0, 0, 0))


def render_dpi(printer_dpi: int, page_points: QSizeF, *, max_dpi: int = PRINT_MAX_DPI,
               max_pixels: int = PRINT_MAX_PIXELS) -> int:
    """The printer's resolution, halved until a page fits in memory (600 -> 300 dpi for A4)."""
    dpi = min(printer_dpi, max_dpi)
    area = page_points.width() / 72 * page_points.height() / 72  # square inches
    while dpi > 75 and area * dpi * dpi > max_pixels:
        dpi //= 2
    return dpi


def paint_pdf(pdf: Path, printer: QPrinter, progress: Progress | None = None) -> int:
    """Draw every page of `pdf` on `printer` at its real size (never scaled to fit); returns the pages.

    Each page is rendered whole (QtPdf's clipped rendering places bands a few pixels off) at the
    printer's resolution or, for a large page, half of it (`render_dpi`), and placed from the paper's
    top-left corner, turned a quarter if only that way the page fits (a card printer whose card is set
    up upright). QPainter may paint on a QPrinter from a worker thread.
    """
    if QPdfDocument is None:
        raise PintuError("cards.preview_unavailable")
    document = _open_pdf(pdf)
    painter = QPainter()
    try:
        printer.setFullPage(True)  # the painter's origin is the paper's corner, not the printable area's
        if not painter.begin(printer):
            raise PintuError("cards.printer_failed")
        resolution = printer.resolution()  # device pixels per inch
        count = document.pageCount()
        for page in range(count):
            if page and not printer.newPage():
                raise PintuError("cards.printer_failed")
            points = document.pagePointSize(page)
            dpi = render_dpi(resolution, points)
            width, height = round(points.width() / 72 * dpi), round(points.height() / 72 * dpi)
            paper = printer.paperRect(QPrinter.Unit.DevicePixel)
            page_w, page_h = points.width() / 72 * resolution, points.height() / 72 * resolution
            painter.save()
            if page_w > paper.width() + 1 and page_w <= paper.height() + 1 and page_h <= paper.width() + 1:
                painter.translate(paper.width(), 0)
                painter.rotate(90)
            image = document.render(page, QSize(width, height))
            painter.drawImage(QRectF(0, 0, page_w, page_h), image)
            painter.restore()
            if progress is not None:
                progress(page + 1, count)  # cancelling is not offered here: the cards are issued already
        return count
    finally:
        if painter.isActive():
            painter.end()
        document.close()


def suggested_file_name(today: date | None = None) -> str:
    """`kartu-peserta-2026-11-28.pdf`: a date, never a name or NIK."""
    return f"kartu-peserta-{(today or date.today()).isoformat()}.pdf"


# --- the dialog --------------------------------------------------------------------------------------
class PrintCardsDialog(QDialog):
    """Choose whom and how, preview, save a PDF or print. `printed` carries the `PrintResult`."""

    printed = Signal(object)
    busyChanged = Signal(bool)

    _last_folder: str | None = None  # where the last PDF went, for the rest of the session

    def __init__(
        self,
        workspace: Workspace,
        *,
        selected_ids: Sequence[str] = (),
        program_code: str | None = None,
        program_names: Mapping[str, str] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.selected_ids = list(dict.fromkeys(selected_ids))
        names = program_names if program_names is not None else ParticipantRepository(workspace).program_names()
        self.program_names = dict(names)
        self.task: Task[Any] | None = None
        self.last_result: PrintResult | None = None
        self._batch: Batch | None = None
        self._preview_images: list[QImage] = []
        self._kind = ""  # of `task`: "preview", "issue" or "paper"
        self._queued: tuple[Task[Any], str, str | None, bool] | None = None  # starts when `task` has ended
        self._shown_once = False
        self._preview_width_shown = 0  # logical width of the pages in the last preview
        self._resize_timer = QTimer(self)  # a resized dialog renders the preview again, once resizing pauses
        self._resize_timer.setSingleShot(True)
        self._resize_timer.setInterval(250)
        self._resize_timer.timeout.connect(self.show_preview)
        self._close_when_idle = False
        self._printer: QPrinter | None = None
        self._scratch: tempfile.TemporaryDirectory[str] | None = None  # preview and printer PDFs
        self._preview_ratio = 1.0
        self._refresh_pending = False
        self._issued_pdf: Path | None = None  # cards issued for the printer: kept until they are on paper
        self.setObjectName("printCardsDialog")

        # --- whom ---
        self.source_box = QGroupBox(self)
        self.selected_radio = QRadioButton(self.source_box)
        self.program_radio = QRadioButton(self.source_box)
        self.program_combo = QComboBox(self.source_box)
        for code, name in self.program_names.items():
            self.program_combo.addItem(name, code)
        self.unprinted_radio = QRadioButton(self.source_box)
        self.sources = QButtonGroup(self)
        for radio in (self.selected_radio, self.program_radio, self.unprinted_radio):
            self.sources.addButton(radio)
        self.count_label = QLabel(self.source_box)
        set_role(self.count_label, "heading")
        self.reprint_label = QLabel(self.source_box)
        self.reprint_label.setWordWrap(True)
        set_role(self.reprint_label, "warning-box")
        self.skipped_label = QLabel(self.source_box)
        self.skipped_label.setWordWrap(True)
        set_role(self.skipped_label, "muted")
        source_layout = QVBoxLayout(self.source_box)
        source_layout.setSpacing(6)
        source_layout.addWidget(self.selected_radio)
        program_row = QHBoxLayout()
        program_row.addWidget(self.program_radio)
        program_row.addWidget(self.program_combo, 1)
        source_layout.addLayout(program_row)
        source_layout.addWidget(self.unprinted_radio)
        source_layout.addSpacing(4)
        source_layout.addWidget(self.count_label)
        source_layout.addWidget(self.reprint_label)
        source_layout.addWidget(self.skipped_label)

        # --- how ---
        self.layout_box = QGroupBox(self)
        self.a4_radio = QRadioButton(self.layout_box)
        self.single_radio = QRadioButton(self.layout_box)
        self.layouts = QButtonGroup(self)
        self.layouts.addButton(self.a4_radio)
        self.layouts.addButton(self.single_radio)
        self.a4_radio.setChecked(True)
        self.sheets_label = QLabel(self.layout_box)
        set_role(self.sheets_label, "muted")
        self.scale_note = QLabel(self.layout_box)
        self.scale_note.setWordWrap(True)
        set_role(self.scale_note, "info-box")
        layout_layout = QVBoxLayout(self.layout_box)
        layout_layout.setSpacing(6)
        layout_layout.addWidget(self.a4_radio)
        layout_layout.addWidget(self.single_radio)
        layout_layout.addWidget(self.sheets_label)
        layout_layout.addWidget(self.scale_note)

        self.progress = ProgressPanel(self)
        self.result_label = QLabel(self)
        self.result_label.setWordWrap(True)
        self.result_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.result_label.hide()
        self.save_issued_button = QPushButton(self)
        self.save_issued_button.clicked.connect(self.save_issued_copy)
        self.save_issued_button.hide()

        panel = QWidget()
        panel_layout = QVBoxLayout(panel)
        panel_layout.setContentsMargins(0, 0, 0, 0)
        panel_layout.setSpacing(8)
        panel_layout.addWidget(self.source_box)
        panel_layout.addWidget(self.layout_box)
        panel_layout.addStretch(1)
        # On a short screen (1366x768 at 125%) the choices scroll instead of being squeezed.
        self.panel_area = QScrollArea(self)
        self.panel_area.setWidgetResizable(True)
        self.panel_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.panel_area.setWidget(panel)
        self.panel_area.setFixedWidth(PANEL_WIDTH + self.panel_area.verticalScrollBar().sizeHint().width() + 4)
        panel.setFixedWidth(PANEL_WIDTH)

        # --- preview ---
        self.preview_title = QLabel(self)
        set_role(self.preview_title, "heading")
        self.preview_button = QPushButton(self)
        self.preview_button.clicked.connect(self.show_preview)
        self.preview_image = QLabel()
        self.preview_image.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.preview_image.setWordWrap(True)
        set_role(self.preview_image, "muted")
        self.preview_area = QScrollArea(self)
        self.preview_area.setObjectName("cardPreview")
        self.preview_area.setWidgetResizable(True)
        self.preview_area.setWidget(self.preview_image)
        self.preview_area.setStyleSheet("QScrollArea#cardPreview { background: #dfe4ea; border: 1px solid #c9d1da;"
                                        " border-radius: 4px; }")
        self.preview_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.preview_image.setStyleSheet(f"background: transparent; padding: {PREVIEW_PADDING}px;")
        self.preview_note = QLabel(self)
        self.preview_note.setWordWrap(True)
        set_role(self.preview_note, "muted")
        preview_head = QHBoxLayout()
        preview_head.addWidget(self.preview_title, 1)
        preview_head.addWidget(self.preview_button)
        preview_column = QVBoxLayout()
        preview_column.setSpacing(6)
        preview_column.addLayout(preview_head)
        preview_column.addWidget(self.preview_area, 1)
        preview_column.addWidget(self.preview_note)

        body = QHBoxLayout()
        body.setSpacing(14)
        body.addWidget(self.panel_area)
        body.addLayout(preview_column, 1)

        # --- actions ---
        self.log_button = QPushButton(self)
        self.log_button.clicked.connect(self.open_log)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_pdf)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.print_on_paper)
        make_primary(self.print_button)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.log_button)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.print_button)
        buttons.addWidget(self.close_button)

        result_row = QHBoxLayout()
        result_row.addWidget(self.result_label, 1)
        result_row.addWidget(self.save_issued_button, 0, Qt.AlignmentFlag.AlignTop)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(10)
        layout.addLayout(body, 1)
        layout.addWidget(self.progress)
        layout.addLayout(result_row)
        layout.addLayout(buttons)

        # Initial choice: what the user was looking at.
        if self.selected_ids:
            self.selected_radio.setChecked(True)
        elif program_code and self.program_combo.findData(program_code) >= 0:
            self.program_radio.setChecked(True)
        else:
            self.unprinted_radio.setChecked(True)
        if program_code and self.program_combo.findData(program_code) >= 0:
            self.program_combo.setCurrentIndex(self.program_combo.findData(program_code))
        self.selected_radio.setEnabled(bool(self.selected_ids))

        self.sources.buttonToggled.connect(self._choice_changed)
        self.layouts.buttonToggled.connect(self._choice_changed)
        self.program_combo.currentIndexChanged.connect(self._program_chosen)

        self._retranslate()
        self._fit_to_screen()
        self.refresh()

    def _fit_to_screen(self) -> None:
        screen = (self.parentWidget() or self).screen()
        available = screen.availableGeometry()
        self.resize(min(PREFERRED_SIZE[0], int(available.width() * 0.95)),
                    min(PREFERRED_SIZE[1], int(available.height() * 0.95)))

    # --- the choice --------------------------------------------------------------------------------
    def source(self) -> str:
        if self.selected_radio.isChecked():
            return SELECTED
        if self.program_radio.isChecked():
            return PROGRAM
        return UNPRINTED

    def set_source(self, source: str, program_code: str | None = None) -> None:
        if program_code is not None:
            self.program_combo.setCurrentIndex(max(self.program_combo.findData(program_code), 0))
        {SELECTED: self.selected_radio, PROGRAM: self.program_radio, UNPRINTED: self.unprinted_radio}[source].click()
        self.refresh()

    def layout_choice(self) -> Layout:
        return "single" if self.single_radio.isChecked() else "a4"

    def set_layout_choice(self, layout: Layout) -> None:
        (self.single_radio if layout == "single" else self.a4_radio).setChecked(True)

    def batch(self) -> Batch:
        if self._batch is None:
            self._batch = resolve_batch(self.workspace, self.source(), selected=self.selected_ids,
                                        program_code=self.program_combo.currentData())
        return self._batch

    def _program_chosen(self) -> None:
        if not self.program_radio.isChecked():
            self.program_radio.setChecked(True)  # refreshes through `_choice_changed`
        else:
            self._choice_changed()

    def _choice_changed(self, *_args: object) -> None:
        if self.sender() in (self.sources, self.layouts) and _args and not _args[-1]:
            return  # the button that was unchecked; the checked one follows
        self.refresh()

    def refresh(self) -> None:
        """Count again (after a choice, or after printing: "never printed" shrinks) and update the words."""
        self._batch = None
        batch = self.batch()
        locale = QLocale()
        count = len(batch.ids)
        self.count_label.setText(self.tr("%1 kartu akan dicetak").replace("%1", locale.toString(count)) if count
                                 else self.tr("Tidak ada kartu untuk dicetak"))
        self.reprint_label.setVisible(batch.reprints > 0)
        if batch.reprints == count:
            self.reprint_label.setText(self.tr(
                "Semuanya sudah punya kartu. Jika dicetak lagi, kartu lama mereka tidak berlaku lagi."
            ))
        else:
            self.reprint_label.setText(self.tr(
                "%1 di antaranya sudah punya kartu. Jika dicetak lagi, kartu lama mereka tidak berlaku lagi."
            ).replace("%1", locale.toString(batch.reprints)))
        self.skipped_label.setVisible(batch.skipped > 0)
        self.skipped_label.setText(self.tr("%1 peserta yang dipilih sudah mundur dan tidak dicetak.")
                                   .replace("%1", locale.toString(batch.skipped)))
        if self.layout_choice() == "a4":
            sheets = -(-count // 10)
            self.sheets_label.setText(self.tr("%1 lembar A4").replace("%1", locale.toString(sheets)))
        else:
            self.sheets_label.setText(self.tr("%1 halaman seukuran kartu").replace("%1", locale.toString(count)))
        self.sheets_label.setVisible(count > 0)
        self._update_buttons()
        if self._shown_once:
            self.show_preview()
        else:
            self._show_preview_hint()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._shown_once:  # the first preview, now that the preview area has its width
            self._shown_once = True
            self.show_preview()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._shown_once and abs(self._preview_width() - self._preview_width_shown) > 40:
            self._resize_timer.start()

    def _update_buttons(self) -> None:
        locked = self.issuing()
        has_cards = bool(self.batch().ids) if self._batch is not None else False
        for widget in (self.source_box, self.layout_box, self.log_button):
            widget.setEnabled(not locked)
        self.save_button.setEnabled(not locked and has_cards)
        self.print_button.setEnabled(not locked and has_cards and QPdfDocument is not None)
        self.preview_button.setEnabled(not locked and has_cards and pdf_renderer() is not None)
        self.save_issued_button.setEnabled(not locked)
        self.close_button.setEnabled(not self._close_when_idle)

    # --- preview -----------------------------------------------------------------------------------
    def _show_preview_hint(self) -> None:
        self.preview_image.setPixmap(QPixmap())
        if pdf_renderer() is None:
            self.preview_image.setText(self.tr(
                "Pratinjau tidak tersedia di komputer ini. Simpan PDF lalu buka dengan pembaca PDF untuk melihatnya."
            ))
        elif not self.batch().ids:
            self.preview_image.setText(self.tr("Pilih peserta yang akan dicetak kartunya."))
        else:
            self.preview_image.setText(self.tr("Menyiapkan pratinjau…"))

    def _preview_width(self) -> int:
        """Logical pixels for one preview page: the area's width for A4, a card about 1.3x its real size."""
        scroll_bar = self.preview_area.verticalScrollBar().sizeHint().width()
        available = max(self.preview_area.width() - 2 * PREVIEW_PADDING - scroll_bar - 6, 240)
        return min(available, 380) if self.layout_choice() == "single" else min(available, 620)

    def show_preview(self) -> None:
        """Render the first page(s) in the background (nothing is issued) and show them.

        Done on opening and after every change of choice (a preview still rendering is dropped);
        while cards are being made it waits: the counts and generations change, `refresh` comes after.
        """
        if self.issuing():
            return
        batch = self.batch()
        if not batch.ids or pdf_renderer() is None:
            self._show_preview_hint()
            return
        layout = self.layout_choice()
        pages = PREVIEW_PAGES[layout]
        per_page = 10 if layout == "a4" else 1
        ids = batch.ids[: pages * per_page]
        ratio = self.devicePixelRatioF()
        self._preview_width_shown = self._preview_width()
        width = round(self._preview_width_shown * ratio)
        names = dict(self.program_names)
        target = self._scratch_dir() / "pratinjau.pdf"

        def work(own: Workspace, progress: Progress) -> list[QImage]:
            cards = preview_cards(own, ids, names)
            render_cards(cards, target, layout=layout, workspace_name=own.info.name,
                         photo_loader=lambda photo_id: get_photo(own, photo_id), progress=progress)
            try:
                return render_pages(target, pages, width)
            finally:
                target.unlink(missing_ok=True)

        self.preview_image.setText(self.tr("Menyiapkan pratinjau…"))
        self._preview_ratio = ratio
        task: Task[list[QImage]] = Task(with_own_connection(self.workspace, work))
        task.succeeded.connect(self._preview_ready)
        task.failed.connect(self._preview_failed)
        self._run(task, "preview")

    def _preview_ready(self, images: list[QImage]) -> None:
        self._preview_images = images
        if not images:
            self._show_preview_hint()
            return
        gap = round(14 * self._preview_ratio)
        width = max(image.width() for image in images)
        height = sum(image.height() for image in images) + gap * (len(images) - 1)
        sheet = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
        sheet.fill(Qt.GlobalColor.transparent)
        painter = QPainter(sheet)
        y = 0
        for image in images:
            painter.drawImage(QPointF((width - image.width()) / 2, y), image)
            y += image.height() + gap
        painter.end()
        pixmap = QPixmap.fromImage(sheet)
        pixmap.setDevicePixelRatio(self._preview_ratio)
        self.preview_image.setText("")
        self.preview_image.setPixmap(pixmap)

    def _preview_failed(self, failure: Failure) -> None:
        self.preview_image.setPixmap(QPixmap())
        self.preview_image.setText(failure.message)

    # --- issuing: PDF ------------------------------------------------------------------------------
    def _confirm_reprint(self, batch: Batch) -> bool:
        if not batch.reprints:
            return True
        locale = QLocale()
        text = (self.tr("%1 dari %2 peserta ini sudah punya kartu. Kartu lama mereka tidak dapat dipakai lagi "
                        "untuk absensi setelah kartu baru dicetak.\n\nCetak ulang kartu mereka?")
                .replace("%1", locale.toString(batch.reprints)).replace("%2", locale.toString(len(batch.ids))))
        return ask(self, self.tr("Cetak ulang kartu"), text, self.tr("Ya, cetak ulang"), self.tr("Batal"))

    def save_pdf(self) -> None:
        """Ask where, then issue the cards and write the PDF in the background."""
        batch = self.batch()
        if self.issuing() or not batch.ids or not self._confirm_reprint(batch):
            return
        folder = PrintCardsDialog._last_folder or QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan kartu sebagai PDF"), str(Path(folder) / suggested_file_name()),
            self.tr("Berkas PDF (*.pdf)"),
        )
        if not chosen:
            return
        out = Path(chosen)
        if out.suffix.lower() != ".pdf":
            out = out.with_name(out.name + ".pdf")
        PrintCardsDialog._last_folder = str(out.parent)
        self._issue(batch, out, on_paper=False)

    def _issue(self, batch: Batch, out: Path, *, on_paper: bool) -> None:
        ids, layout = list(batch.ids), self.layout_choice()

        def work(own: Workspace, progress: Progress) -> PrintResult:
            return print_cards(own, ids, out, layout=layout, progress=progress)

        task: Task[PrintResult] = Task(with_own_connection(self.workspace, work))
        task.succeeded.connect(self._sent_to_printer if on_paper else self._saved)
        task.failed.connect(self._failed)
        task.cancelled.connect(self._cancelled)
        self._show_result("", "")
        self._run(task, "issue", self.tr("Membuat kartu…"))

    def _saved(self, result: PrintResult) -> None:
        self._done(result, self.tr("Disimpan di: %1").replace("%1", str(result.file)))

    # --- issuing: on paper ---------------------------------------------------------------------------
    def printer(self) -> QPrinter:
        """The printer, kept while the dialog is open (the user's choices stay for the next batch)."""
        if self._printer is None:
            self._printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        return self._printer

    def print_on_paper(self) -> None:
        """Choose a printer, then issue the cards (PDF) and send its pages to the printer, in the background."""
        batch = self.batch()
        if self.issuing() or not batch.ids or QPdfDocument is None or not self._confirm_reprint(batch):
            return
        printer = self.printer()
        printer.setPageLayout(page_layout_for(self.layout_choice()))
        printer.setFullPage(True)
        printer.setDocName(suggested_file_name().removesuffix(".pdf"))
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Cetak kartu peserta"))
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return
        self._drop_issued_pdf()
        self._issue(batch, self._scratch_dir() / suggested_file_name(), on_paper=True)

    def _sent_to_printer(self, result: PrintResult) -> None:
        """The cards are issued (committed): now their pages go to the printer; this cannot be cancelled."""
        self._issued_pdf = result.file
        printer = self.printer()

        def work(progress: Progress) -> PrintResult:
            paint_pdf(result.file, printer, progress)
            return result

        task: Task[PrintResult] = Task(work)
        task.succeeded.connect(self._printed_on_paper)
        task.failed.connect(self._paper_failed)
        self._run(task, "paper", self.tr("Mengirim ke printer…"), cancellable=False)  # once this task ends

    def _printed_on_paper(self, result: PrintResult) -> None:
        self._drop_issued_pdf()
        printer = self.printer()
        where = (printer.outputFileName() if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat
                 else printer.printerName())
        self._done(result, self.tr("Dikirim ke printer: %1").replace("%1", where))

    def _paper_failed(self, failure: Failure) -> None:
        self._show_result(self.tr(
            "%1\nKartu sudah dibuat (kartu lama mereka tidak berlaku lagi) tetapi belum tercetak. Simpan PDF-nya "
            "lalu cetak dari pembaca PDF dengan ukuran sebenarnya."
        ).replace("%1", failure.message), "error-box")
        self.save_issued_button.show()
        self._after_issue()

    def save_issued_copy(self) -> None:
        """The cards issued for a printer that failed: save that very PDF (printing again would reissue)."""
        if self._issued_pdf is None or not self._issued_pdf.exists():
            return
        folder = PrintCardsDialog._last_folder or str(Path.home())
        chosen, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Simpan kartu sebagai PDF"), str(Path(folder) / self._issued_pdf.name),
            self.tr("Berkas PDF (*.pdf)"),
        )
        if not chosen:
            return
        try:
            shutil.copyfile(self._issued_pdf, chosen)
        except OSError as error:
            self._show_result(failure_from(error).message, "error-box")
            return
        self._show_result(self.tr("Disimpan di: %1").replace("%1", chosen), "success-box")
        self._drop_issued_pdf()

    def _drop_issued_pdf(self) -> None:
        if self._issued_pdf is not None:
            self._issued_pdf.unlink(missing_ok=True)  # valid cards: not left lying in a temporary folder
            self._issued_pdf = None
        self.save_issued_button.hide()

    # --- outcomes ----------------------------------------------------------------------------------
    def _done(self, result: PrintResult, where: str) -> None:
        self.last_result = result
        entry = next(iter(print_log(self.workspace, limit=1)), None)
        who = str(entry["printed_by"]) if entry else self.workspace.info.officer
        when = format_datetime(entry["printed_at"]) if entry else ""
        locale = QLocale()
        names = [card.full_name for card in result.cards]
        shown = ", ".join(names[:NAMES_SHOWN])
        if len(names) > NAMES_SHOWN:
            shown = fill(self.tr("%1 dan %2 lainnya"), shown, locale.toString(len(names) - NAMES_SHOWN))
        reprinted = sum(1 for card in result.cards if card.generation > 1)
        layout = self.tr("A4, %1 lembar") if self.layout_choice() == "a4" else self.tr("%1 halaman")
        first = fill(self.tr("%1 kartu dicetak oleh %2, %3 (%4)."), locale.toString(len(result.cards)), who, when,
                     fill(layout, locale.toString(result.pages)))
        if reprinted:
            first += " " + self.tr("%1 kartu lama tidak berlaku lagi.").replace("%1", locale.toString(reprinted))
        lines = [first, self.tr("Peserta: %1").replace("%1", shown), where]
        self._show_result("\n".join(lines), "success-box")
        self._after_issue()
        self.printed.emit(result)

    def _failed(self, failure: Failure) -> None:
        self._show_result(failure.message, "error-box")
        self._after_issue()

    def _cancelled(self) -> None:
        self._show_result(message("cards.cancelled"), "warning-box")

    def _after_issue(self) -> None:
        """Counts change once cards were issued: read again when the task has ended (`_task_finished`)."""
        self._refresh_pending = True

    def _show_result(self, text: str, role: str) -> None:
        self.result_label.setText(text)
        set_role(self.result_label, role)
        # A role given after the label was first shown keeps the old padding (Qt re-polishes the colours, not
        # the box); a stylesheet of its own, different for each role, makes Qt apply the whole rule again.
        self.result_label.setStyleSheet(f"/* {role} */")
        self.result_label.setVisible(bool(text))

    # --- running ---------------------------------------------------------------------------------------
    def busy(self) -> bool:
        """Something runs in the background: a preview, or cards being made or sent to a printer."""
        return self.task is not None and self.task.is_running()

    def issuing(self) -> bool:
        """Cards are being made or printed (now or next): the choices and actions wait for it."""
        running = self.busy() and self._kind != "preview"
        return running or (self._queued is not None and self._queued[1] != "preview")

    def _run(self, task: Task[Any], kind: str, text: str | None = None, *, cancellable: bool = True) -> None:
        """Start `task` now, or when the running one has ended (a running preview is stale: it is cancelled)."""
        if self.busy():
            if self._kind == "preview" and self.task is not None:
                self.task.cancel()
            self._queued = (task, kind, text, cancellable)
            self._update_buttons()
            return
        self._launch(task, kind, text, cancellable)

    def _launch(self, task: Task[Any], kind: str, text: str | None, cancellable: bool) -> None:
        self.task, self._kind = task, kind
        task.finished.connect(self._task_finished)
        if text is not None:
            self.progress.follow(task, text, cancellable=cancellable)
        task.start()
        self._update_buttons()
        self.busyChanged.emit(True)

    def _task_finished(self) -> None:
        if self.sender() is not self.task:
            return
        queued, self._queued = self._queued, None
        if queued is not None:
            self._launch(*queued)
            return
        if self._close_when_idle:
            self._close_when_idle = False
            self.busyChanged.emit(False)
            super().reject()
            return
        if self._refresh_pending:
            self._refresh_pending = False
            self.refresh()  # new counts; starts a new preview
        self._update_buttons()
        if not self.busy():
            self.busyChanged.emit(False)

    def cancel(self) -> None:
        """Stop what runs (if it can still stop: sending to the printer cannot)."""
        self.progress.cancel()

    def reject(self) -> None:
        """Closing while cards are being made cancels them first (a printer job is finished), then closes."""
        if self.busy():
            if self._queued is not None and self._queued[1] == "preview":
                self._queued = None
            if self._kind == "preview" and self.task is not None:
                self.task.cancel()
            elif self.progress.cancel_button.isVisible():
                self.progress.cancel()
            self._close_when_idle = True
            self._update_buttons()
            return
        super().reject()

    def done(self, result: int) -> None:
        if self.busy():
            self.reject()
            return
        self._drop_issued_pdf()
        if self._scratch is not None:
            self._scratch.cleanup()
            self._scratch = None
        super().done(result)

    def _scratch_dir(self) -> Path:
        """A private temporary folder for the preview and for cards on their way to a printer."""
        if self._scratch is None:
            self._scratch = tempfile.TemporaryDirectory(prefix="pintu-cards-")
        return Path(self._scratch.name)

    def open_log(self) -> None:
        from desktop_app.ui.print_log_dialog import PrintLogDialog

        dialog = PrintLogDialog(self.workspace, parent=self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.log_dialog = dialog

    # --- language ----------------------------------------------------------------------------------
    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cetak kartu peserta"))
        self.source_box.setTitle(self.tr("Kartu siapa"))
        locale = QLocale()
        self.selected_radio.setText(self.tr("Peserta yang dipilih di daftar (%1)")
                                    .replace("%1", locale.toString(len(self.selected_ids))))
        self.selected_radio.setToolTip(self.tr("Pilih beberapa baris di daftar peserta dengan Ctrl atau Shift"))
        self.program_radio.setText(self.tr("Satu pelatihan:"))
        self.unprinted_radio.setText(self.tr("Semua yang belum pernah dicetak kartunya"))
        self.layout_box.setTitle(self.tr("Tata letak"))
        self.a4_radio.setText(self.tr("A4, 10 kartu per lembar (printer kantor)"))
        self.single_radio.setText(self.tr("Satu kartu per halaman (printer kartu PVC)"))
        self.scale_note.setText(self.tr(
            "Saat mencetak, pilih skala 100% atau \u201cUkuran sebenarnya\u201d (Actual size), bukan "
            "\u201cSesuaikan dengan halaman\u201d: kartu harus tetap 85,60 \u00d7 53,98 mm."
        ))
        self.preview_title.setText(self.tr("Halaman pertama"))
        self.preview_button.setText(self.tr("Pratinjau"))
        self.preview_button.setToolTip(self.tr("Tampilkan halaman pertama; belum ada kartu yang dibuat"))
        self.preview_note.setText(self.tr("Kode QR pada pratinjau bukan kode kartu yang sah."))
        self.log_button.setText(self.tr("Riwayat cetak…"))
        self.save_button.setText(self.tr("Simpan PDF…"))
        self.print_button.setText(self.tr("Cetak…"))
        if QPdfDocument is None:
            self.print_button.setToolTip(self.tr("Tidak tersedia di komputer ini: simpan PDF lalu cetak dari "
                                                 "pembaca PDF"))
        else:
            self.print_button.setToolTip(self.tr("Pilih printer lalu cetak kartunya"))
        self.close_button.setText(self.tr("Tutup"))
        self.save_issued_button.setText(self.tr("Simpan PDF ini…"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.refresh()
        super().changeEvent(event)


def open_print_dialog(workspace: Workspace, *, selected_ids: Sequence[str] = (), program_code: str | None = None,
                      program_names: Mapping[str, str] | None = None, parent: QWidget | None = None,
                      on_printed: Callable[[PrintResult], None] | None = None) -> PrintCardsDialog:
    """Open the dialog window-modal; it deletes itself when closed."""
    dialog = PrintCardsDialog(workspace, selected_ids=selected_ids, program_code=program_code,
                              program_names=program_names, parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    if on_printed is not None:
        dialog.printed.connect(on_printed)
    dialog.open()
    return dialog
