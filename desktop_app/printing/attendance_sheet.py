"""The printed attendance sheet of one session (daftar hadir): the paper backup that offices keep.

A4 portrait, the card fonts (embedded) and colours. Office and workspace on top, then the session's
facts (training, class, day and date, times, trainer, place), then one row per member in name order:
number, name, short code, the time of the first scan when there was one (and how late), and a
signature box where, as on Indonesian paper lists, odd numbers sign on the left and even numbers on
the right. Valid cards of people not yet synced to this laptop follow the members. A summary, the
trainer's signature block and, on every page, who printed it and "Halaman x dari y" close it.

`build_sheet` reads the workspace (through storage functions); `render_sheet` only draws plain data.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import HexColor
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import KeepTogether, Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle
from reportlab.platypus.flowables import Flowable

from desktop_app.core.errors import NotFound
from desktop_app.printing.cards_pdf import ACCENT_DARK, DEFAULT_OFFICE, INK, MUTED, PRIMARY
from desktop_app.printing.flowables import GoldRule
from desktop_app.printing.fonts import register_fonts
from desktop_app.storage.attendance import session_results
from desktop_app.storage.class_overview import session_details
from desktop_app.storage.workspace import Workspace

DAYS = ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu")
MARGIN_X = 15 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 16 * mm
ROW_HEIGHT = 9.5 * mm  # room to sign
COLUMNS = (10 * mm, 60 * mm, 30 * mm, 30 * mm, 50 * mm)  # no, name, code, time, signature: 180 mm
GRID = HexColor("#9AA8B3")
HEADER_FILL = HexColor("#E7EEF2")
UNSYNCED_NOTE = "belum tersinkron"


@dataclass(frozen=True)
class SheetRow:
    number: int
    full_name: str  # empty for a card of someone not on this laptop yet
    short_code: str
    scanned_at: str | None  # "08:01", None when not scanned
    late_minutes: int | None  # minutes after the start, when late
    unsynced: bool = False


@dataclass(frozen=True)
class AttendanceSheet:
    office_name: str
    workspace_name: str
    program_name: str
    class_name: str
    day: date
    start_time: str
    end_time: str
    trainer: str
    place: str
    rows: tuple[SheetRow, ...]
    members: int
    present: int
    printed_by: str  # the laptop that printed it
    printed_at: datetime


def day_and_date(day: date) -> str:
    """"Senin, 07-12-2026": Indonesian day name and the date as Indonesians write it."""
    return f"{DAYS[day.weekday()]}, {day.strftime('%d-%m-%Y')}"


def clock_time(iso: str) -> str:
    """"08:01" from a stored scan time (the laptop's wall clock where it was scanned)."""
    return datetime.fromisoformat(iso).strftime("%H:%M")


def build_sheet(workspace: Workspace, session_id: str, *, office_name: str = DEFAULT_OFFICE,
                now: datetime | None = None) -> AttendanceSheet:
    """The sheet's data for one session, from the scans recorded so far (raises NotFound)."""
    details = session_details(workspace, session_id)
    if details is None:
        raise NotFound("session", session_id)
    results = session_results(workspace, session_id)
    members: list[dict[str, Any]] = [*results["present"], *results["absent"]]
    members.sort(key=lambda m: (str(m["full_name"] or "").casefold(), str(m["short_code"])))
    rows: list[SheetRow] = []
    for person in members:
        scanned = person.get("scanned_at")
        rows.append(SheetRow(
            number=len(rows) + 1, full_name=str(person["full_name"] or ""), short_code=str(person["short_code"]),
            scanned_at=clock_time(scanned) if scanned else None,
            late_minutes=int(person["late_minutes"]) if scanned and person.get("late") else None,
        ))
    for person in results["unsynced"]:
        rows.append(SheetRow(number=len(rows) + 1, full_name="", short_code=str(person["short_code"]),
                             scanned_at=clock_time(person["scanned_at"]), late_minutes=None, unsynced=True))
    return AttendanceSheet(
        office_name=office_name or DEFAULT_OFFICE, workspace_name=workspace.info.name,
        program_name=str(details["program_name"] or details["program_code"] or ""),
        class_name=str(details["class_name"] or ""), day=date.fromisoformat(details["date"]),
        start_time=str(details["start_time"]), end_time=str(details["end_time"]),
        trainer=str(details["trainer"] or ""), place=str(details["place"] or ""), rows=tuple(rows),
        members=len(members), present=len(results["present"]) + len(results["unsynced"]),
        printed_by=workspace.info.device_name, printed_at=now or datetime.now(),
    )


class _Styles:
    def __init__(self) -> None:
        sans, bold, mono = register_fonts()
        self.sans, self.bold, self.mono = sans, bold, mono
        self.office = ParagraphStyle("office", fontName=bold, fontSize=11.5, leading=14, textColor=PRIMARY)
        self.workspace = ParagraphStyle("workspace", fontName=sans, fontSize=9, leading=11, textColor=MUTED)
        self.title = ParagraphStyle("title", fontName=bold, fontSize=15, leading=19, textColor=INK, spaceBefore=2)
        self.label = ParagraphStyle("label", fontName=sans, fontSize=9, leading=11.5, textColor=MUTED)
        self.value = ParagraphStyle("value", fontName=bold, fontSize=9.5, leading=11.5, textColor=INK)
        self.head = ParagraphStyle("head", fontName=bold, fontSize=8.5, leading=10, textColor=INK)
        self.cell = ParagraphStyle("cell", fontName=sans, fontSize=9.5, leading=11.5, textColor=INK)
        self.code = ParagraphStyle("code", fontName=mono, fontSize=8.5, leading=10.5, textColor=INK)
        self.small = ParagraphStyle("small", fontName=sans, fontSize=7.5, leading=9, textColor=MUTED)
        self.late = ParagraphStyle("late", fontName=sans, fontSize=7, leading=8, textColor=ACCENT_DARK)
        self.body = ParagraphStyle("body", fontName=sans, fontSize=9.5, leading=12.5, textColor=INK)


def _header(sheet: AttendanceSheet, styles: _Styles, width: float) -> list[Flowable]:
    facts = [
        ("Pelatihan", sheet.program_name), ("Hari, tanggal", day_and_date(sheet.day)),
        ("Kelas", sheet.class_name), ("Waktu", f"{sheet.start_time} – {sheet.end_time}"),
        ("Pelatih", sheet.trainer or "–"), ("Tempat", sheet.place or "–"),
    ]
    cells = []
    for i in range(0, len(facts), 2):
        row = []
        for label, value in facts[i:i + 2]:
            row += [Paragraph(label, styles.label), Paragraph(escape(value), styles.value)]
        cells.append(row)
    info = Table(cells, colWidths=(24 * mm, 66 * mm, 24 * mm, 66 * mm), hAlign="LEFT")
    info.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4), ("TOPPADDING", (0, 0), (-1, -1), 1.5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ]))
    return [
        Paragraph(escape(sheet.office_name), styles.office),
        Paragraph(escape(sheet.workspace_name), styles.workspace),
        Spacer(1, 1.5 * mm), GoldRule(width), Spacer(1, 2.5 * mm),
        Paragraph("DAFTAR HADIR PESERTA", styles.title), Spacer(1, 2 * mm), info, Spacer(1, 4 * mm),
    ]


def _time_cell(row: SheetRow, styles: _Styles) -> list[Paragraph] | str:
    if row.scanned_at is None:
        return ""
    cell = [Paragraph(row.scanned_at, styles.cell)]
    if row.late_minutes:
        cell.append(Paragraph(f"terlambat {row.late_minutes} mnt", styles.late))
    return cell


def _table(sheet: AttendanceSheet, styles: _Styles) -> Table:
    head = [Paragraph(text, styles.head) for text in ("No", "Nama peserta", "Kode peserta", "Jam hadir",
                                                       "Tanda tangan")]
    data: list[list[Any]] = [head]
    for row in sheet.rows:
        name: Any = Paragraph(escape(row.full_name), styles.cell)
        if row.unsynced:
            name = Paragraph(f"<i>({UNSYNCED_NOTE})</i>", styles.small)
        data.append([Paragraph(str(row.number), styles.cell), name, Paragraph(row.short_code, styles.code),
                     _time_cell(row, styles), _Signature(row.number, COLUMNS[4], styles)])
    table = Table(data, colWidths=COLUMNS, rowHeights=[None] + [ROW_HEIGHT] * len(sheet.rows), repeatRows=1,
                  hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, 0), "MIDDLE"),
        ("VALIGN", (0, 1), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, 0), 4), ("BOTTOMPADDING", (0, 0), (-1, 0), 4),
        ("TOPPADDING", (0, 1), (-1, -1), 1), ("BOTTOMPADDING", (0, 1), (-1, -1), 1),
        ("LEFTPADDING", (4, 1), (4, -1), 0), ("RIGHTPADDING", (4, 1), (4, -1), 0),
    ]
    table.setStyle(TableStyle(commands))
    return table


class _Signature(Flowable):
    """The signature box: "1. ........" on the left for odd numbers, on the right for even ones."""

    def __init__(self, number: int, width: float, styles: _Styles) -> None:
        super().__init__()
        self.number = number
        self.width = width
        self.height = ROW_HEIGHT - 2
        self.styles = styles

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        half = self.width / 2
        x = 2.5 * mm if self.number % 2 else half + 1.5 * mm
        c.setFillColor(MUTED)
        c.setFont(self.styles.sans, 7.5)
        c.drawString(x, 2.2 * mm, f"{self.number}.")
        c.setStrokeColor(GRID)
        c.setLineWidth(0.4)
        c.setDash(0.8, 1.2)
        c.line(x + 4.5 * mm, 2 * mm, x + half - 3 * mm, 2 * mm)


def _closing(sheet: AttendanceSheet, styles: _Styles) -> Flowable:
    summary = Paragraph(
        f"Tercatat hadir lewat pindai kartu: <b>{sheet.present}</b> dari {sheet.members} peserta kelas"
        + (" (termasuk kartu yang belum tersinkron)." if any(r.unsynced for r in sheet.rows) else "."),
        styles.body)
    sign = Table(
        [[Paragraph(f"Malang, {sheet.day.strftime('%d-%m-%Y')}", styles.body)],
         [Paragraph("Pelatih,", styles.body)], [Spacer(1, 16 * mm)],
         [Paragraph(escape(sheet.trainer) if sheet.trainer else "(" + "." * 40 + ")", styles.value)]],
        colWidths=(70 * mm,), hAlign="RIGHT")
    sign.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                              ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return KeepTogether([Spacer(1, 4 * mm), summary, Spacer(1, 6 * mm), sign])


def _numbered_canvas(sheet: AttendanceSheet, styles: _Styles) -> type[Canvas]:
    """A canvas that writes "Halaman x dari y" and who printed the sheet once all pages are known."""
    footer = (f"Dicetak dengan Pintu di {sheet.printed_by}, {sheet.printed_at.strftime('%d-%m-%Y %H:%M')}"
              f"  ·  {sheet.class_name}, {day_and_date(sheet.day)}")

    class NumberedCanvas(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._pages: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFillColor(MUTED)
                self.setFont(styles.sans, 7.5)
                self.drawString(MARGIN_X, 9 * mm, footer)
                self.drawRightString(A4[0] - MARGIN_X, 9 * mm, f"Halaman {self._pageNumber} dari {total}")
                super().showPage()
            super().save()

    return NumberedCanvas


def render_sheet(sheet: AttendanceSheet, out_path: str | os.PathLike[str]) -> int:
    """Write the sheet to `out_path` (a failed write leaves no file); returns the number of pages."""
    styles = _Styles()
    path = Path(out_path)
    width = A4[0] - 2 * MARGIN_X
    doc = SimpleDocTemplate(
        str(path), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=f"Daftar hadir - {sheet.class_name} - {sheet.day.isoformat()}",
        author=sheet.office_name, creator="Pintu", subject="Daftar hadir sesi pelatihan", lang="id",
        initialFontName=styles.sans,
    )
    story: list[Flowable] = [*_header(sheet, styles, width), _table(sheet, styles), _closing(sheet, styles)]
    pages: list[int] = []

    def count(canvas: Canvas, _doc: Any) -> None:
        pages.append(canvas.getPageNumber())

    try:
        doc.build(story, onFirstPage=count, onLaterPages=count, canvasmaker=_numbered_canvas(sheet, styles))
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    return len(pages)


def print_attendance_sheet(workspace: Workspace, session_id: str, out_path: str | os.PathLike[str], *,
                           office_name: str = DEFAULT_OFFICE) -> int:
    """Build and write one session's sheet; returns the number of pages."""
    return render_sheet(build_sheet(workspace, session_id, office_name=office_name), out_path)


__all__ = ("AttendanceSheet", "SheetRow", "build_sheet", "print_attendance_sheet", "render_sheet")
