"""Participant cards as a PDF: ID-1 size (85.60 x 53.98 mm), one per page or ten per A4 sheet.

Pure drawing: it takes issued cards (what each card shows and its signed QR text), the office and
workspace names, and a function that loads a photo by id. No Qt, no database. What every card shares
(header band, labels) is one PDF form drawn on each card, the fonts are embedded once, the QR modules
are one vector path per code (built a batch at a time, see `qr_matrix`).

    ┌───────────────────────────────────────────────────────┐
    │ Dinas Koperasi, Perindustrian dan Perdagangan Kota …  │  header band: office,
    │ Pelatihan DBHCHT 2026                   KARTU PESERTA │  workspace
    ├───────────────────────────────────────────────────────┤  gold rule
    │ ┌──────┐  Raden Roro Siti Nurhayati                   │  name: shrunk to fit,
    │ │ foto │  Kusumaningrum Wulandari Setyaningsih        │  then two lines
    │ │      │  PELATIHAN                  ╭────────────╮   │
    │ │      │  Olahan Makanan Lanjutan    │            │   │
    │ │      │  KELAS                      │  QR 21 mm  │   │  class: when assigned
    │ └──────┘  Kelas A                    │            │   │
    │ KODE PESERTA · CETAKAN KE-2          │            │   │  "cetakan": reprints only
    │ MLG-7K3F-Q2X                         ╰────────────╯   │
    └───────────────────────────────────────────────────────┘  thin foot in the band colour
"""

from __future__ import annotations

import hashlib
import io
import os
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from reportlab import rl_config
from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from desktop_app.core.errors import PintuError
from desktop_app.printing.fonts import cap_height, descent, register_fonts
from desktop_app.printing.photo import prepared_photos
from desktop_app.printing.qr_vector import qr_paths
from desktop_app.printing.text_fit import FittedText, fit_text

if TYPE_CHECKING:  # the cards are plain data; drawing them needs no database
    from desktop_app.storage.cards import IssuedCard

Layout = Literal["single", "a4"]
LAYOUTS: tuple[Layout, ...] = ("single", "a4")
DEFAULT_OFFICE = "Dinas Koperasi, Perindustrian dan Perdagangan Kota Malang"

PhotoLoader = Callable[[str], "tuple[bytes, str] | None"]  # photo id -> (bytes, mime), e.g. `get_photo`
Progress = Callable[[int, int], bool]  # (done, total) -> False to cancel
ClassNameOf = Callable[["IssuedCard"], "str | None"]

# --- geometry (points) -----------------------------------------------------------------------------
CARD_W = 85.60 * mm
CARD_H = 53.98 * mm
MARGIN = 4.0 * mm  # content stays this far from the card's edges (card printers round the corners)
BAND_H = 12.0 * mm  # header band, full bleed
RULE_H = 0.7 * mm  # gold line under the band
FOOT_H = 1.3 * mm  # thin strip at the bottom edge, band colour (an A4 cut between two cards stays clean)

QR_MODULE = 0.52 * mm  # version 6 (41 modules): 21.3 mm symbol, quiet zone 2.1 mm
QR_QUIET = 4  # modules of light margin around the symbol, inside the card
QR_FRAME_BOTTOM = FOOT_H + 1.7 * mm  # a hairline frame just outside the quiet zone

PHOTO_W = 17.0 * mm
PHOTO_H = PHOTO_W * 4 / 3  # 3:4, passport-like
PHOTO_TOP = CARD_H - BAND_H - RULE_H - 3.2 * mm
GAP = 3.5 * mm  # between the photo and the text column

TEXT_X = MARGIN + PHOTO_W + GAP
NAME_MAX, NAME_ONE_LINE_MIN = 12.5, 9.5  # points
LABEL_SIZE = 4.8
VALUE_SIZE, VALUE_MIN, VALUE_WRAPPED = 8.0, 6.0, 6.5  # training and class
VALUE_LEADING = 1.15
ROW_STEP = 7.0 * mm  # from one label/value row to the next
CODE_SIZE = 14.0
CODE_BASELINE = FOOT_H + 3.4 * mm
CODE_LABEL_BASELINE = CODE_BASELINE + CODE_SIZE * 0.714 + 1.6 * mm  # 0.714: Noto's cap height

CODE_LABEL = "KODE PESERTA"

A4_COLUMNS, A4_ROWS = 2, 5
CROP_GAP, CROP_LEN = 2.0 * mm, 6.0 * mm

# --- colours ---------------------------------------------------------------------------------------
PRIMARY = HexColor("#0B4F6C")  # deep blue-teal
ACCENT = HexColor("#E0A526")  # gold
ACCENT_DARK = HexColor("#A8740A")  # gold dark enough for small text on white
INK = HexColor("#16212B")
MUTED = HexColor("#5B6975")
BAND_SUBTLE = HexColor("#BFD7E3")
PLACEHOLDER_BG = HexColor("#E7EEF2")
PLACEHOLDER_FG = HexColor("#B5C6D0")
FRAME = HexColor("#C9D6DE")


class RenderCancelled(PintuError):
    """The progress callback asked to stop; nothing was written."""

    def __init__(self) -> None:
        super().__init__("cards.cancelled")


@dataclass(frozen=True)
class QrPlacement:
    x: float
    y: float  # lower left corner of the symbol (without quiet zone)
    module: float
    size: int  # modules per side

    @property
    def width(self) -> float:
        return self.module * self.size


def qr_placement(size: int = 41) -> QrPlacement:
    """Where a QR of `size` modules goes on a card: bottom right, its frame on the right margin and
    its quiet zone (and frame) inside the card."""
    pad = qr_frame_pad()
    width = QR_MODULE * size
    return QrPlacement(CARD_W - MARGIN - pad - width, QR_FRAME_BOTTOM + pad, QR_MODULE, size)


def qr_frame_pad() -> float:
    """Distance from the symbol to its frame: the whole quiet zone, and a little air."""
    return QR_QUIET * QR_MODULE + 0.25 * mm


def name_box() -> tuple[float, float]:
    """The name's column: left edge and width (points). The name runs above the QR's quiet zone."""
    return TEXT_X, CARD_W - MARGIN - TEXT_X


def fit_name(name: str, font_name: str | None = None) -> FittedText:
    """The participant's name as large as fits the name column: one line from 12.5 pt down to 9.5 pt,
    then two lines (from 9.5 pt down); a name too long even for that gets smaller still, never cut."""
    _, bold, _ = register_fonts()
    _, width = name_box()
    return fit_text(name, font_name or bold, width, max_size=NAME_MAX, min_size=NAME_ONE_LINE_MIN,
                    wrapped_max_size=NAME_ONE_LINE_MIN)


def card_origins(layout: Layout) -> tuple[tuple[float, float], list[tuple[float, float]]]:
    """Page size and the lower-left corner of each card slot on a page, in reading order."""
    if layout == "single":
        return (CARD_W, CARD_H), [(0.0, 0.0)]
    page_w, page_h = A4
    x0 = (page_w - A4_COLUMNS * CARD_W) / 2
    y0 = (page_h - A4_ROWS * CARD_H) / 2
    slots = [
        (x0 + col * CARD_W, y0 + (A4_ROWS - 1 - row) * CARD_H)
        for row in range(A4_ROWS)
        for col in range(A4_COLUMNS)
    ]
    return (page_w, page_h), slots


class _CardPainter:
    """Draws cards on one canvas; holds what every card reuses (fonts, forms, placements)."""

    def __init__(self, canvas: Canvas, *, office_name: str, workspace_name: str,
                 class_name_of: ClassNameOf | None) -> None:
        self.c = canvas
        self.sans, self.bold, self.mono = register_fonts()
        self.office_name = office_name
        self.workspace_name = workspace_name
        self.photos: dict[str, ImageReader] = {}
        self.class_name_of = class_name_of
        self.qr = qr_placement()
        self.cap = cap_height(self.bold)
        self.descent = descent(self.bold)
        self._forms_ready = False

    # -- shared parts, drawn once as PDF forms ------------------------------------------------------
    def _define_forms(self) -> None:
        c = self.c
        c.beginForm("card_base", 0, 0, CARD_W, CARD_H)
        self._draw_base()
        c.endForm()
        c.beginForm("no_photo", 0, 0, PHOTO_W, PHOTO_H)
        self._draw_placeholder()
        c.endForm()
        self._forms_ready = True

    def _draw_base(self) -> None:
        c = self.c
        c.setFillColor(PRIMARY)
        c.rect(0, CARD_H - BAND_H, CARD_W, BAND_H, stroke=0, fill=1)
        c.rect(0, 0, CARD_W, FOOT_H, stroke=0, fill=1)
        c.setFillColor(ACCENT)
        c.rect(0, CARD_H - BAND_H - RULE_H, CARD_W, RULE_H, stroke=0, fill=1)

        inner = CARD_W - 2 * MARGIN
        office = fit_text(self.office_name, self.bold, inner, max_size=7.0, min_size=4.5, max_lines=1)
        label = "KARTU PESERTA"
        label_size, label_spacing = 5.2, 0.9
        label_w = stringWidth(label, self.bold, label_size) + label_spacing * (len(label) - 1)
        workspace = fit_text(self.workspace_name, self.sans, inner - label_w - 3 * mm, max_size=6.6, min_size=5.2,
                             max_lines=1)
        with_label = workspace.size >= 5.2
        if not with_label:  # a very long workspace name gets the whole line
            workspace = fit_text(self.workspace_name, self.sans, inner, max_size=6.6, min_size=4.0, max_lines=1)

        line1 = CARD_H - 4.6 * mm
        line2 = CARD_H - 8.7 * mm
        c.setFillColor(white)
        c.setFont(self.bold, office.size)
        c.drawString(MARGIN, line1, office.lines[0])
        c.setFillColor(BAND_SUBTLE)
        c.setFont(self.sans, workspace.size)
        c.drawString(MARGIN, line2, workspace.lines[0])
        if with_label:
            c.setFillColor(ACCENT)
            self._spaced(label, CARD_W - MARGIN - label_w, line2, self.bold, label_size, label_spacing)

        c.setFillColor(MUTED)
        self._spaced(CODE_LABEL, MARGIN, CODE_LABEL_BASELINE, self.bold, LABEL_SIZE, 0.6)

        # A hairline frame outside the quiet zone: shows where to aim a webcam; the zone stays blank.
        pad = qr_frame_pad()
        c.setStrokeColor(FRAME)
        c.setLineWidth(0.5)
        c.roundRect(self.qr.x - pad, self.qr.y - pad, self.qr.width + 2 * pad, self.qr.width + 2 * pad,
                    1.4 * mm, stroke=1, fill=0)

    def _draw_placeholder(self) -> None:
        c = self.c
        c.setFillColor(PLACEHOLDER_BG)
        c.roundRect(0, 0, PHOTO_W, PHOTO_H, 1.2 * mm, stroke=0, fill=1)
        c.setFillColor(PLACEHOLDER_FG)
        cx = PHOTO_W / 2
        head_r = PHOTO_W * 0.19
        head_y = PHOTO_H * 0.60
        c.circle(cx, head_y, head_r, stroke=0, fill=1)
        path = c.beginPath()  # shoulders: half an ellipse standing on the frame's bottom edge
        sw, sh = PHOTO_W * 0.72, PHOTO_H * 0.36
        path.moveTo(cx - sw / 2, 0)
        path.curveTo(cx - sw / 2, sh * 1.05, cx + sw / 2, sh * 1.05, cx + sw / 2, 0)
        path.close()
        c.saveState()
        clip = c.beginPath()
        clip.roundRect(0, 0, PHOTO_W, PHOTO_H, 1.2 * mm)
        c.clipPath(clip, stroke=0, fill=0)
        c.drawPath(path, stroke=0, fill=1)
        c.restoreState()

    def _spaced(self, text: str, x: float, y: float, font: str, size: float, spacing: float) -> None:
        t = self.c.beginText(x, y)
        t.setFont(font, size)
        t.setCharSpace(spacing)
        t.textOut(text)
        t.setCharSpace(0)  # character spacing outlives the text object in PDF: reset it
        self.c.drawText(t)

    # -- one card -----------------------------------------------------------------------------------
    def draw(self, card: IssuedCard, qr_ops: str, photo: bytes | None, x: float, y: float) -> None:
        c = self.c
        if not self._forms_ready:
            self._define_forms()
        c.saveState()
        c.translate(x, y)
        c.doForm("card_base")
        self._draw_photo(photo)
        self._draw_texts(card)
        self._draw_qr(qr_ops)
        c.restoreState()

    def _draw_photo(self, jpeg: bytes | None) -> None:
        c = self.c
        px, py = MARGIN, PHOTO_TOP - PHOTO_H
        if jpeg is None:
            c.saveState()
            c.translate(px, py)
            c.doForm("no_photo")
            c.restoreState()
            return
        # The JPEG goes into the PDF as it is (no decoding), from memory: a photo is never a plain file on
        # disk, not even a temporary one. The same photo twice is stored once.
        digest = hashlib.sha256(jpeg).hexdigest()
        reader = self.photos.get(digest)
        if reader is None:
            reader = self.photos[digest] = ImageReader(io.BytesIO(jpeg))
        c.saveState()
        clip = c.beginPath()
        clip.roundRect(px, py, PHOTO_W, PHOTO_H, 1.2 * mm)
        c.clipPath(clip, stroke=0, fill=0)
        c.drawImage(reader, px, py, PHOTO_W, PHOTO_H)
        c.restoreState()

    def _draw_texts(self, card: IssuedCard) -> None:
        c = self.c
        name_x, _ = name_box()
        name = fit_name(card.full_name, self.bold)
        leading = name.size * 1.16
        baseline = PHOTO_TOP - self.cap * name.size
        c.setFillColor(INK)
        c.setFont(self.bold, name.size)
        for i, line in enumerate(name.lines):
            c.drawString(name_x, baseline - i * leading, line)

        # Training and class: a block whose last baseline sits on the photo's bottom edge, the same on
        # every card of a batch; the class (when there is one) is the last row, the training above it.
        # A long value shrinks, then takes two lines if the block still clears the name; else it shrinks.
        name_bottom = baseline - (len(name.lines) - 1) * leading - self.descent * name.size
        rows = [("PELATIHAN", card.program_name)]
        class_name = self.class_name_of(card) if self.class_name_of else None
        if class_name:
            rows.append(("KELAS", class_name))
        column_w = self.qr.x - qr_frame_pad() - 1.5 * mm - name_x
        placed = self._value_block(rows, column_w, max_lines=2)
        if placed[-1][1] + self.cap * LABEL_SIZE > name_bottom - 1.2 * mm:
            placed = self._value_block(rows, column_w, max_lines=1)
        for label, label_baseline, fitted, first_baseline in placed:
            c.setFillColor(MUTED)
            self._spaced(label, name_x, label_baseline, self.bold, LABEL_SIZE, 0.6)
            c.setFillColor(INK)
            c.setFont(self.bold, fitted.size)
            for i, line in enumerate(fitted.lines):
                c.drawString(name_x, first_baseline - i * fitted.size * VALUE_LEADING, line)

        if card.generation > 1:  # a reprint says so, next to the code's label: the newest card is the one
            c.setFillColor(ACCENT_DARK)
            label_w = stringWidth(CODE_LABEL, self.bold, LABEL_SIZE) + 0.6 * len(CODE_LABEL)
            self._spaced(f"·  CETAKAN KE-{card.generation}", MARGIN + label_w + 1.2 * mm, CODE_LABEL_BASELINE,
                         self.bold, LABEL_SIZE, 0.6)
        c.setFillColor(PRIMARY)
        c.setFont(self.mono, CODE_SIZE)
        c.drawString(MARGIN, CODE_BASELINE, card.short_code)

    def _value_block(self, rows: list[tuple[str, str]], width: float,
                     *, max_lines: int) -> list[tuple[str, float, FittedText, float]]:
        """(label, label baseline, fitted value, value's first baseline) from the bottom row up."""
        placed = []
        value_baseline = PHOTO_TOP - PHOTO_H
        for label, value in reversed(rows):
            fitted = fit_text(value, self.bold, width, max_size=VALUE_SIZE, min_size=VALUE_MIN,
                              max_lines=max_lines, wrapped_max_size=VALUE_WRAPPED)
            first = value_baseline + (len(fitted.lines) - 1) * fitted.size * VALUE_LEADING
            label_baseline = first + VALUE_SIZE + 1.0 * mm
            placed.append((label, label_baseline, fitted, first))
            value_baseline = label_baseline + ROW_STEP - VALUE_SIZE - 1.0 * mm
        return placed

    def _draw_qr(self, ops: str) -> None:
        c = self.c
        q = self.qr
        c.saveState()
        c.setFillColor(Color(0, 0, 0))
        c.transform(q.module, 0, 0, q.module, q.x, q.y)
        c.addLiteral(ops)
        c.restoreState()

    # -- page furniture -----------------------------------------------------------------------------
    def crop_marks(self, slots: Sequence[tuple[float, float]]) -> None:
        c = self.c
        xs = sorted({x for x, _ in slots} | {x + CARD_W for x, _ in slots})
        ys = sorted({y for _, y in slots} | {y + CARD_H for _, y in slots})
        left, right, bottom, top = xs[0], xs[-1], ys[0], ys[-1]
        c.saveState()
        c.setStrokeColor(Color(0, 0, 0))
        c.setLineWidth(0.3)
        for x in xs:
            c.line(x, top + CROP_GAP, x, top + CROP_GAP + CROP_LEN)
            c.line(x, bottom - CROP_GAP, x, bottom - CROP_GAP - CROP_LEN)
        for y in ys:
            c.line(left - CROP_GAP, y, left - CROP_GAP - CROP_LEN, y)
            c.line(right + CROP_GAP, y, right + CROP_GAP + CROP_LEN, y)
        c.restoreState()

    def sheet_footer(self, page: int, pages: int, slots: Sequence[tuple[float, float]]) -> None:
        """Under the sheet, between the crop marks: which sheet this is (left), how to cut (right)."""
        c = self.c
        left = min(x for x, _ in slots)
        right = max(x for x, _ in slots) + CARD_W
        baseline = min(y for _, y in slots) - CROP_GAP - CROP_LEN + 0.5 * mm
        room = CARD_W - 4 * mm  # each text stays between two marks
        sheet = fit_text(f"Lembar {page} dari {pages}  ·  {self.workspace_name}", self.sans, room,
                         max_size=6.5, min_size=4.0, max_lines=1)
        hint = fit_text("Potong lurus mengikuti tanda potong", self.sans, room, max_size=6.5, min_size=4.0,
                        max_lines=1)
        c.setFillColor(MUTED)
        c.setFont(self.sans, sheet.size)
        c.drawString(left + 2 * mm, baseline, sheet.lines[0])
        c.setFont(self.sans, hint.size)
        c.drawRightString(right - 2 * mm, baseline, hint.lines[0])


def _chunks(items: Sequence[IssuedCard], size: int) -> Iterator[Sequence[IssuedCard]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def render_cards(
    cards: Sequence[IssuedCard],
    out_path: str | os.PathLike[str],
    *,
    layout: Layout,
    office_name: str = DEFAULT_OFFICE,
    workspace_name: str,
    photo_loader: PhotoLoader | None = None,
    progress: Progress | None = None,
    class_name: ClassNameOf | None = None,
) -> int:
    """Write the cards to `out_path` and return the number of pages.

    `photo_loader(photo_id)` gives a card's photo (None, or no loader: the placeholder). `progress(done,
    total)` is called after each card; returning False (not None) stops: `RenderCancelled` is raised
    and no file is written (ReportLab writes the file only at the end). `class_name(card)` gives the
    class to show, once classes exist.

    ReportLab's ASCII85 setting is process-wide and switched off while rendering: render one batch
    at a time (the GUI runs one print job at a time).
    """
    if layout not in LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}")
    if not cards:
        raise PintuError("cards.none_selected")
    office_name = office_name or DEFAULT_OFFICE
    page_size, slots = card_origins(layout)
    per_page = len(slots)
    pages = (len(cards) + per_page - 1) // per_page
    path = Path(out_path)
    with _binary_streams():
        sans, _, _ = register_fonts()
        # The initial font is ours too: ReportLab's default (Helvetica) would be a font not embedded.
        canvas = Canvas(str(path), pagesize=page_size, pageCompression=1, invariant=0, initialFontName=sans,
                        lang="id")
        canvas.setTitle(f"Kartu peserta - {workspace_name}")
        canvas.setAuthor(office_name)
        canvas.setCreator("Pintu")
        canvas.setSubject("Kartu peserta pelatihan (kode QR bertanda tangan)")
        painter = _CardPainter(canvas, office_name=office_name, workspace_name=workspace_name,
                               class_name_of=class_name)
        paths = qr_paths([card.code for card in cards])
        photo_ids = [card.photo if photo_loader else None for card in cards]
        photos = prepared_photos(photo_ids, photo_loader or _no_photo, PHOTO_W / mm, PHOTO_H / mm)
        done = 0
        try:
            for page, page_cards in enumerate(_chunks(cards, per_page), start=1):
                if layout == "a4":
                    painter.crop_marks(slots)
                    painter.sheet_footer(page, pages, slots)
                for card, (x, y) in zip(page_cards, slots[: len(page_cards)], strict=True):
                    painter.draw(card, next(paths), next(photos), x, y)
                    done += 1
                    if progress is not None and progress(done, len(cards)) is False:
                        raise RenderCancelled()
                canvas.showPage()
            canvas.save()
        except BaseException:
            path.unlink(missing_ok=True)  # a failed save may have left part of a file
            raise
        finally:
            paths.close()
            photos.close()
    return pages


def _no_photo(_photo_id: str) -> None:
    return None


@contextmanager
def _binary_streams() -> Iterator[None]:
    """PDF streams as plain binary, not ASCII85: a quarter smaller, and ReportLab's pure-Python
    ASCII85 encoder was the slowest step of a large batch."""
    previous = rl_config.useA85
    rl_config.useA85 = 0
    try:
        yield
    finally:
        rl_config.useA85 = previous
