"""PDF recaps for the head of office: registrations (per training against quota, per category, per
kecamatan, per officer) and attendance per class (per session and per participant, with certificates).

A4 portrait, the card fonts (embedded) and colours, the workspace's header (office, programme, gold
rule) on the first page, and on every page who printed it and "Halaman x dari y". Bars beside the
numbers, because a coordinator compares trainings and kecamatan at a glance.

`render_*` draw plain data (`reports.statistics.Summary`, `reports.attendance_grid.ClassGrid`);
`write_recap` gathers the data, writes the file safely and logs it in the audit log.
"""

from __future__ import annotations

import os
import time
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib.colors import Color, HexColor, white
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import registerFontFamily
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    CondPageBreak,
    KeepTogether,
    PageBreak,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import Flowable

from desktop_app.core.errors import NotFound, PintuError
from desktop_app.printing.cards_pdf import ACCENT_DARK, DEFAULT_OFFICE, INK, MUTED, PRIMARY
from desktop_app.printing.flowables import GoldRule
from desktop_app.printing.fonts import register_fonts
from desktop_app.reports import labels
from desktop_app.reports.attendance_grid import ClassGrid, class_grid, class_ids
from desktop_app.reports.exports import AUDIT_REPORTS, ExportResult, file_format, office_name, write_audited
from desktop_app.reports.progress import Progress, tick
from desktop_app.reports.statistics import ClassRow, Summary, summary
from desktop_app.reports.xlsx_export import filter_text
from desktop_app.storage import report_queries as q
from desktop_app.storage.report_queries import EVERYTHING, ReportFilter
from desktop_app.storage.workspace import Workspace

MARGIN_X = 16 * mm
MARGIN_TOP = 14 * mm
MARGIN_BOTTOM = 17 * mm
CONTENT_W = A4[0] - 2 * MARGIN_X
GRID = HexColor("#B8C4CD")
HEADER_FILL = HexColor("#E7EEF2")
TOTAL_FILL = HexColor("#F0F2F5")
TRACK = HexColor("#E3E9EE")
BAR = PRIMARY
BAR_OVER = ACCENT_DARK  # past the quota
GOOD = HexColor("#17703A")
WEAK = HexColor("#B3261E")
DAYS = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")


class _Styles:
    def __init__(self) -> None:
        sans, bold, mono = register_fonts()
        registerFontFamily(sans, normal=sans, bold=bold, italic=sans, boldItalic=bold)
        self.sans, self.bold, self.mono = sans, bold, mono
        self.office = ParagraphStyle("office", fontName=bold, fontSize=11.5, leading=14, textColor=PRIMARY)
        self.workspace = ParagraphStyle("workspace", fontName=sans, fontSize=9, leading=11, textColor=MUTED)
        self.title = ParagraphStyle("title", fontName=bold, fontSize=15, leading=19, textColor=INK)
        self.subtitle = ParagraphStyle("subtitle", fontName=sans, fontSize=9, leading=12, textColor=MUTED)
        self.heading = ParagraphStyle("heading", fontName=bold, fontSize=11, leading=14, textColor=PRIMARY,
                                      spaceBefore=4, spaceAfter=3)
        self.head = ParagraphStyle("head", fontName=bold, fontSize=8.5, leading=10, textColor=INK)
        self.head_right = ParagraphStyle("head-right", parent=self.head, alignment=TA_RIGHT)
        self.head_centre = ParagraphStyle("head-centre", parent=self.head, alignment=TA_CENTER)
        self.cell = ParagraphStyle("cell", fontName=sans, fontSize=9, leading=11, textColor=INK)
        self.number = ParagraphStyle("number", parent=self.cell, alignment=TA_RIGHT)
        self.total = ParagraphStyle("total", fontName=bold, fontSize=9, leading=11, textColor=INK)
        self.total_number = ParagraphStyle("total-number", parent=self.total, alignment=TA_RIGHT)
        self.code = ParagraphStyle("code", fontName=mono, fontSize=8, leading=10, textColor=INK)
        self.label = ParagraphStyle("label", fontName=sans, fontSize=8.5, leading=11, textColor=MUTED)
        self.value = ParagraphStyle("value", fontName=bold, fontSize=9, leading=11, textColor=INK)
        self.body = ParagraphStyle("body", fontName=sans, fontSize=9.5, leading=12.5, textColor=INK)
        self.kpi_value = ParagraphStyle("kpi-value", fontName=bold, fontSize=17, leading=20, textColor=PRIMARY)
        self.kpi_label = ParagraphStyle("kpi-label", fontName=sans, fontSize=8, leading=10, textColor=MUTED)
        self.note = ParagraphStyle("note", fontName=sans, fontSize=8, leading=10, textColor=MUTED)


# --- flowables -----------------------------------------------------------------------------------


class _Bar(Flowable):
    """A horizontal bar for a share (0..1); a share over 1 (more registrations than places) fills the
    track in gold with a tick where the quota is."""

    def __init__(self, share: float | None, width: float, colour: Color = BAR) -> None:
        super().__init__()
        self.share = share
        self.width = width
        self.height = 3.2 * mm
        self.colour = colour

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        c.setFillColor(TRACK)
        c.roundRect(0, 0, self.width, self.height, 1, stroke=0, fill=1)
        if not self.share:
            return
        if self.share > 1:
            c.setFillColor(BAR_OVER)
            c.roundRect(0, 0, self.width, self.height, 1, stroke=0, fill=1)
            x = self.width / self.share
            c.setStrokeColor(white)
            c.setLineWidth(1.2)
            c.line(x, -0.4 * mm, x, self.height + 0.4 * mm)
            return
        c.setFillColor(self.colour)
        c.roundRect(0, 0, max(self.width * self.share, 1.5), self.height, 1, stroke=0, fill=1)


class _Columns(Flowable):
    """Attendance per session as columns (present of members), with the threshold as a dashed line."""

    def __init__(self, grid: ClassGrid, width: float, styles: _Styles) -> None:
        super().__init__()
        self.grid = grid
        self.width = width
        self.height = 38 * mm
        self.styles = styles

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        return self.width, self.height

    def draw(self) -> None:
        c = self.canv
        sessions = self.grid.sessions
        members = max(len(self.grid.members), 1)
        left, bottom, top = 9 * mm, 7 * mm, self.height - 3 * mm
        plot_w = self.width - left
        plot_h = top - bottom
        c.setFont(self.styles.sans, 6.5)
        c.setFillColor(MUTED)
        c.setStrokeColor(TRACK)
        c.setLineWidth(0.4)
        for share in (0, 0.5, 1):
            y = bottom + plot_h * share
            c.line(left, y, self.width, y)
            c.drawRightString(left - 1.5 * mm, y - 2, f"{round(share * 100)}%")
        if not sessions:
            return
        slot = plot_w / len(sessions)
        bar_w = min(slot * 0.7, 9 * mm)
        step = max(1, round(len(sessions) / 20))  # at most about 20 date labels
        for i, session in enumerate(sessions):
            x = left + i * slot + (slot - bar_w) / 2
            if session.held:
                share = session.present / members
                c.setFillColor(GOOD if share * 100 >= self.grid.threshold else ACCENT_DARK)
                c.rect(x, bottom, bar_w, max(plot_h * share, 0.4), stroke=0, fill=1)
            else:
                c.setStrokeColor(GRID)
                c.setDash(1, 1.5)
                c.rect(x, bottom, bar_w, plot_h * 0.04, stroke=1, fill=0)
                c.setDash()
            if i % step == 0:
                c.setFillColor(MUTED)
                c.drawCentredString(x + bar_w / 2, bottom - 4 * mm, session.day.strftime("%d/%m"))
        y = bottom + plot_h * self.grid.threshold / 100
        c.setStrokeColor(WEAK)
        c.setLineWidth(0.6)
        c.setDash(2, 2)
        c.line(left, y, self.width, y)
        c.setDash()
        c.setFillColor(WEAK)
        c.drawRightString(self.width, y + 1.2 * mm, f"ambang {self.grid.threshold}%")


# --- page furniture -------------------------------------------------------------------------------
def _header(styles: _Styles, office: str, workspace_name: str, title: str, subtitle: str) -> list[Flowable]:
    return [
        Paragraph(escape(office), styles.office),
        Paragraph(escape(workspace_name), styles.workspace),
        Spacer(1, 1.5 * mm), GoldRule(CONTENT_W), Spacer(1, 3 * mm),
        Paragraph(title, styles.title), Spacer(1, 1 * mm),
        Paragraph(escape(subtitle), styles.subtitle), Spacer(1, 4 * mm),
    ]


def _numbered_canvas(footer: str, styles: _Styles) -> type[Canvas]:
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


def _table(data: list[list[Any]], widths: Sequence[float], *, total_row: bool = False,
           extra: Sequence[tuple[Any, ...]] = ()) -> Table:
    table = Table(data, colWidths=list(widths), repeatRows=1, hAlign="LEFT")
    commands: list[tuple[Any, ...]] = [
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, PRIMARY),
        ("LINEBELOW", (0, 1), (-1, -1), 0.3, GRID),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_FILL),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 2.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4), ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if total_row:
        commands += [("BACKGROUND", (0, -1), (-1, -1), TOTAL_FILL), ("LINEABOVE", (0, -1), (-1, -1), 0.8, INK)]
    commands += list(extra)
    table.setStyle(TableStyle(commands))
    return table


def _signature(styles: _Styles, day: date, role: str, name: str) -> list[Flowable]:
    """Place and date, the role, room to sign, the name: kept with what it closes by the caller
    (a KeepTogether inside another one would always break the page)."""
    block = Table(
        [[Paragraph(f"Malang, {labels.long_date(day)}", styles.body)], [Paragraph(escape(role), styles.body)],
         [Spacer(1, 17 * mm)], [Paragraph(escape(name) if name else "(" + "." * 40 + ")", styles.value)]],
        colWidths=(70 * mm,), hAlign="RIGHT")
    block.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("TOPPADDING", (0, 0), (-1, -1), 0),
                               ("BOTTOMPADDING", (0, 0), (-1, -1), 1)]))
    return [Spacer(1, 6 * mm), block]


def _kpis(styles: _Styles, items: Sequence[tuple[str, str]]) -> Table:
    cells = [[Paragraph(value, styles.kpi_value) for value, _ in items],
             [Paragraph(escape(label), styles.kpi_label) for _, label in items]]
    width = CONTENT_W / len(items)
    table = Table(cells, colWidths=[width] * len(items), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, -1), HexColor("#F4F7F9")),
        ("LINEBEFORE", (1, 0), (-1, -1), 2, white),
        ("LINEABOVE", (0, 0), (-1, 0), 1.2, PRIMARY),
        ("TOPPADDING", (0, 0), (-1, 0), 5), ("BOTTOMPADDING", (0, -1), (-1, -1), 6),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
    ]))
    return table


def _pct(part: int, whole: int) -> str:
    return labels.percent(100.0 * part / whole) if whole else "–"


# --- registration recap ---------------------------------------------------------------------------
def _registration_story(data: Summary, styles: _Styles, *, office: str, workspace_name: str,
                        program_names: dict[str, str], officer: str, with_classes: bool) -> list[Flowable]:
    n = labels.number
    title = "REKAPITULASI PENDAFTARAN DAN KEHADIRAN" if with_classes else "REKAPITULASI PENDAFTARAN PESERTA"
    subtitle = (f"{filter_text(data.report_filter, program_names)} · keadaan per "
                f"{data.generated_at.strftime('%d-%m-%Y %H:%M')}")
    story = _header(styles, office, workspace_name, title, subtitle)
    story += [_kpis(styles, [(n(data.total), "peserta terdaftar"), (n(data.accepted), "diterima di kelas"),
                             (n(data.quota), "kuota seluruh pelatihan"), (n(data.withdrawn), "mengundurkan diri")]),
              Spacer(1, 5 * mm)]

    bar_w = 38 * mm
    story.append(Paragraph("Pendaftaran per pelatihan", styles.heading))
    rows: list[list[Any]] = [[Paragraph(t, styles.head if i == 0 else styles.head_right) for i, t in enumerate(
        ("Pelatihan", "Kuota", "Terdaftar", "Terdaftar terhadap kuota", "", "Diterima"))]]
    for p in data.programs:
        share = p.registered / p.quota if p.quota else None
        rows.append([Paragraph(escape(p.name), styles.cell), Paragraph(n(p.quota or 0), styles.number),
                     Paragraph(n(p.registered), styles.number), _Bar(share, bar_w),
                     Paragraph(labels.percent(100 * share, 0) if share is not None else "–", styles.number),
                     Paragraph(n(p.accepted), styles.number)])
    rows.append([Paragraph("Jumlah", styles.total), Paragraph(n(data.quota), styles.total_number),
                 Paragraph(n(data.total), styles.total_number), "",
                 Paragraph(_pct(data.total, data.quota).replace(",0%", "%"), styles.total_number),
                 Paragraph(n(data.accepted), styles.total_number)])
    story.append(_table(rows, (52 * mm, 18 * mm, 20 * mm, bar_w + 8 * mm, 20 * mm, 20 * mm), total_row=True,
                        extra=[("SPAN", (3, 0), (4, 0))]))
    story.append(Paragraph("Batang emas: pendaftar melebihi kuota; garis putih menandai kuota.", styles.note))

    def shares(title: str, first: str, items: Sequence[tuple[str, int]], extra_col: str | None = None,
               extras: Sequence[str] = ()) -> list[Flowable]:
        heads = [first, *([extra_col] if extra_col else []), "Jumlah", "%", ""]
        head = [Paragraph(t, styles.head if i == 0 or (extra_col and i == 1) else styles.head_right)
                for i, t in enumerate(heads)]
        body: list[list[Any]] = [head]
        largest = max((count for _, count in items), default=0)
        for i, (label, count) in enumerate(items):
            row: list[Any] = [Paragraph(escape(label), styles.cell)]
            if extra_col:
                row.append(Paragraph(escape(extras[i]), styles.cell))
            row += [Paragraph(n(count), styles.number), Paragraph(_pct(count, data.total), styles.number),
                    _Bar(count / largest if largest else None, bar_w)]
            body.append(row)
        widths = [62 * mm, *([36 * mm] if extra_col else []), 20 * mm, 18 * mm, bar_w + 8 * mm]
        if not extra_col:
            widths[0] = 98 * mm
        return [CondPageBreak(40 * mm), Paragraph(title, styles.heading), _table(body, widths), Spacer(1, 4 * mm)]

    story.append(Spacer(1, 4 * mm))
    story += shares("Per kategori peserta", "Kategori", [(c.label, c.count) for c in data.categories])
    story += shares("Per jenis kelamin", "Jenis kelamin", [(g.label, g.count) for g in data.genders])
    kecamatan = [(k.label.split(",")[0], k.count) for k in data.kecamatan]
    cities = [k.label.split(", ", 1)[1] if ", " in k.label else "" for k in data.kecamatan]
    story += shares("Per kecamatan tempat tinggal", "Kecamatan", kecamatan, "Kota/kabupaten", cities)

    officers = data.officers()
    active_days: dict[str, int] = {}
    for row in data.officer_days:
        active_days[row.officer] = active_days.get(row.officer, 0) + 1
    body: list[list[Any]] = [[Paragraph(t, styles.head if i == 0 else styles.head_right) for i, t in enumerate(
        ("Petugas pendata", "Pendaftaran", "Hari bertugas", "Rata-rata per hari"))]]
    for o in officers:
        days = active_days.get(o.key, 0)
        body.append([Paragraph(escape(o.label), styles.cell), Paragraph(n(o.count), styles.number),
                     Paragraph(n(days), styles.number),
                     Paragraph(f"{o.count / days:.1f}".replace(".", ",") if days else "–", styles.number)])
    last: list[Flowable] = [Paragraph("Per petugas pendata", styles.heading),
                            _table(body, (80 * mm, 30 * mm, 30 * mm, 38 * mm))]
    if with_classes and data.classes:
        story += [CondPageBreak(40 * mm), *last, Spacer(1, 4 * mm)]
        last = [Paragraph("Kelas dan kehadiran", styles.heading), _classes_table(data.classes, styles)]
    # The signature stays with the last table: never alone on a page.
    story.append(KeepTogether([*last, *_signature(styles, data.today, "Yang membuat,", officer)]))
    return story


def _classes_table(classes: Sequence[ClassRow], styles: _Styles) -> Table:
    bar_w = 24 * mm
    body: list[list[Any]] = [[Paragraph(t, styles.head if i < 2 else styles.head_right) for i, t in enumerate(
        ("Kelas", "Pelatihan", "Peserta", "Sesi", "Kehadiran", "", "Sertifikat"))]]
    for c in classes:
        rate = c.rate
        body.append([Paragraph(escape(c.name), styles.cell), Paragraph(escape(c.program_name), styles.cell),
                     Paragraph(labels.number(c.members), styles.number),
                     Paragraph(f"{c.sessions_held}/{c.sessions}", styles.number),
                     Paragraph(labels.percent(rate) if rate is not None else "–", styles.number),
                     _Bar(rate / 100 if rate is not None else None, bar_w,
                          GOOD if rate is not None and rate >= c.threshold else ACCENT_DARK),
                     Paragraph(labels.number(c.eligible), styles.number)])
    return _table(body, (38 * mm, 40 * mm, 16 * mm, 16 * mm, 19 * mm, bar_w + 6 * mm, 19 * mm))


# --- attendance recap -----------------------------------------------------------------------------
def _attendance_story(grid: ClassGrid, styles: _Styles, *, office: str, workspace_name: str) -> list[Flowable]:
    subtitle = f"Kehadiran dihitung dari pindaian kartu sampai {labels.short_date(grid.today)}"
    story = _header(styles, office, workspace_name, "REKAPITULASI KEHADIRAN PESERTA", subtitle)
    rate = grid.rate
    facts = [
        ("Pelatihan", grid.program_name), ("Kelas", grid.name),
        ("Tanggal", labels.date_range(grid.start_date, grid.end_date)),
        ("Waktu", f"{grid.start_time} – {grid.end_time}" if grid.start_time else "–"),
        ("Tempat", grid.place or "–"), ("Pelatih", grid.trainer or "–"),
    ]
    cells = []
    for i in range(0, len(facts), 2):
        row = []
        for label, value in facts[i:i + 2]:
            row += [Paragraph(label, styles.label), Paragraph(escape(value), styles.value)]
        cells.append(row)
    info = Table(cells, colWidths=(20 * mm, 69 * mm, 20 * mm, 69 * mm), hAlign="LEFT")
    info.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"), ("LEFTPADDING", (0, 0), (-1, -1), 0),
                              ("TOPPADDING", (0, 0), (-1, -1), 1.5), ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5)]))
    story += [info, Spacer(1, 4 * mm)]
    story.append(_kpis(styles, [
        (f"{grid.sessions_held}/{len(grid.sessions)}", "sesi terlaksana"),
        (labels.number(len(grid.members)), "peserta kelas"),
        (labels.percent(rate) if rate is not None else "–", "rata-rata kehadiran"),
        (f"{len(grid.eligible)}", f"memenuhi syarat sertifikat (min. {grid.threshold}%)"),
    ]))
    story += [Spacer(1, 4 * mm), Paragraph("Kehadiran per sesi", styles.heading), _Columns(grid, CONTENT_W, styles),
              Spacer(1, 3 * mm), Paragraph("Kehadiran per peserta", styles.heading)]

    bar_w = 26 * mm
    body: list[list[Any]] = [[Paragraph(t, styles.head if i in (1, 2) else styles.head_right) for i, t in enumerate(
        ("No", "Nama peserta", "Kode", "Hadir", "%", "", "Jam", "Sertifikat"))]]
    for number, m in enumerate(grid.members, start=1):
        body.append([
            Paragraph(str(number), styles.number), Paragraph(escape(m.full_name), styles.cell),
            Paragraph(m.short_code, styles.code), Paragraph(f"{m.attended}/{grid.sessions_held}", styles.number),
            Paragraph(labels.percent(m.percent), styles.number),
            _Bar(m.percent / 100, bar_w, GOOD if m.eligible else ACCENT_DARK),
            Paragraph(labels.hours_text(m.minutes).replace(" jam", ""), styles.number),
            Paragraph("Ya" if m.eligible else "Tidak", styles.total_number if m.eligible else styles.number),
        ])
    if not grid.members:
        body.append([Paragraph("Belum ada peserta di kelas ini.", styles.cell), "", "", "", "", "", "", ""])
    story.append(_table(body, (9 * mm, 58 * mm, 26 * mm, 15 * mm, 15 * mm, bar_w + 4 * mm, 11 * mm, 18 * mm)))
    story.append(KeepTogether(_signature(styles, grid.today, "Pelatih,", grid.trainer)))
    return story


# --- rendering --------------------------------------------------------------------------------------
def _build(out: Path, story: list[Flowable], *, title: str, office: str, footer: str, styles: _Styles) -> int:
    doc = SimpleDocTemplate(
        str(out), pagesize=A4, leftMargin=MARGIN_X, rightMargin=MARGIN_X, topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM, title=title, author=office, creator="Pintu", lang="id",
        initialFontName=styles.sans,
    )
    pages: list[int] = []

    def count(canvas: Canvas, _doc: Any) -> None:
        pages.append(canvas.getPageNumber())

    try:
        doc.build(story, onFirstPage=count, onLaterPages=count, canvasmaker=_numbered_canvas(footer, styles))
    except BaseException:
        out.unlink(missing_ok=True)
        raise
    return len(pages)


def _footer(device_name: str, what: str) -> str:
    return f"Dicetak dengan Pintu di {device_name}, {datetime.now().strftime('%d-%m-%Y %H:%M')}  ·  {what}"


def render_registration_recap(data: Summary, out_path: str | os.PathLike[str], *, office: str = DEFAULT_OFFICE,
                              workspace_name: str, device_name: str = "", officer: str = "",
                              program_names: dict[str, str] | None = None, with_classes: bool = False) -> int:
    """The registration recap (with the classes' attendance when `with_classes`); returns the pages."""
    styles = _Styles()
    story = _registration_story(data, styles, office=office, workspace_name=workspace_name,
                                program_names=program_names or {}, officer=officer, with_classes=with_classes)
    return _build(Path(out_path), story, title=f"Rekapitulasi pendaftaran - {workspace_name}", office=office,
                  footer=_footer(device_name, "Rekapitulasi pendaftaran"), styles=styles)


def render_attendance_recap(grids: Sequence[ClassGrid], out_path: str | os.PathLike[str], *,
                            office: str = DEFAULT_OFFICE, workspace_name: str, device_name: str = "",
                            progress: Progress | None = None) -> int:
    """One section per class, each starting on a new page; returns the pages."""
    if not grids:
        raise PintuError("report.no_classes")
    styles = _Styles()
    story: list[Flowable] = []
    for done, grid in enumerate(grids, start=1):
        if story:
            story.append(PageBreak())
        story += _attendance_story(grid, styles, office=office, workspace_name=workspace_name)
        tick(progress, done, len(grids))
    what = "Rekapitulasi kehadiran" + (f" - {grids[0].name}" if len(grids) == 1 else "")
    return _build(Path(out_path), story, title=f"{what} - {workspace_name}", office=office,
                  footer=_footer(device_name, what), styles=styles)


def write_recap(
    workspace: Workspace,
    kind: str,
    out_path: str | os.PathLike[str],
    *,
    report_filter: ReportFilter = EVERYTHING,
    class_id: str | None = None,
    today: date | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """A registrations, attendance or summary recap as PDF, written safely and logged in the audit log."""
    started = time.perf_counter()
    if file_format(out_path) != "pdf":
        raise PintuError("report.format_unsupported", path=Path(out_path).name)
    office = office_name(workspace)
    info = workspace.info
    if kind == "attendance":
        ids = [class_id] if class_id else class_ids(workspace, report_filter.program_code)
        if class_id and q.class_info(workspace.db, class_id) is None:
            raise NotFound("class", class_id)
        if not ids:
            raise PintuError("report.no_classes")
        with q.snapshot(workspace.db):
            grids = [class_grid(workspace, identifier, today=today) for identifier in ids]

        def write(path: Path) -> int:
            render_attendance_recap(grids, path, office=office, workspace_name=info.name,
                                    device_name=info.device_name, progress=progress)
            return sum(len(g.members) for g in grids)
    elif kind in ("registrations", "summary"):
        if report_filter.program_code and not q.programs(workspace.db, report_filter.program_code):
            raise NotFound("program", report_filter.program_code)
        with q.snapshot(workspace.db):
            data = summary(workspace, report_filter, today=today)
        names = {p["code"]: p["name"] for p in q.programs(workspace.db)}

        def write(path: Path) -> int:
            render_registration_recap(data, path, office=office, workspace_name=info.name,
                                      device_name=info.device_name, officer=info.officer, program_names=names,
                                      with_classes=kind == "summary")
            return data.total
    else:
        raise PintuError("report.kind_unknown", key=kind)
    file, rows, entry = write_audited(
        workspace, out_path, write, action="print", report=AUDIT_REPORTS[(kind, "pdf")], masked=None,
        filters={**report_filter.to_json(), "class_id": class_id},
    )
    return ExportResult(file, kind, "pdf", rows, None, time.perf_counter() - started, entry)
