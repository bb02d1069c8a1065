"""Excel workbooks: the participants list, attendance grids per class, and the summary sheet.

- `write_registrations`: sheet "Peserta" (one row per person: header frozen with the code and name
  columns, autofilter, dates as dates, NIK/KK/phone/RT/RW as text) and sheet "Ringkasan".
- `write_attendance`: sheet "Ringkasan Kehadiran" (one row per class), then one sheet per class:
  members x sessions with H (present) / A (absent), totals per person and per session, percentage and
  whether the person earned a certificate.
- `write_summary`: the summary sheet, and the classes overview.

Every function returns the number of data rows written (what the audit log records).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from pathlib import Path

from desktop_app.reports import labels
from desktop_app.reports.attendance_grid import ClassGrid, class_grid
from desktop_app.reports.participant_rows import COLUMNS, FROZEN_COLUMNS, HEADERS, count, participant_rows
from desktop_app.reports.progress import Progress, tick
from desktop_app.reports.statistics import ClassRow, Summary, summary
from desktop_app.reports.xlsx_writer import SheetWriter, Style, WorkbookWriter
from desktop_app.storage.report_queries import ReportFilter
from desktop_app.storage.workspace import Workspace

WEEKDAYS = ("Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min")
PROGRESS_EVERY = 2000


def filter_text(report_filter: ReportFilter, program_names: dict[str, str]) -> str:
    """`Semua pelatihan · 01-10-2026 s.d. 31-10-2026` for a sheet's subtitle."""
    program = (program_names.get(report_filter.program_code, report_filter.program_code)
               if report_filter.program_code else "Semua pelatihan")
    start, end = report_filter.date_from, report_filter.date_to
    if start and end:
        period = f"pendaftaran {labels.short_date(start)} s.d. {labels.short_date(end)}"
    elif start:
        period = f"pendaftaran sejak {labels.short_date(start)}"
    elif end:
        period = f"pendaftaran sampai {labels.short_date(end)}"
    else:
        period = "semua tanggal pendaftaran"
    return f"{program} · {period}"


# --- participants -----------------------------------------------------------------------------------
def participants_sheet(book: WorkbookWriter, workspace: Workspace, report_filter: ReportFilter, *,
                       masked: bool, progress: Progress | None = None) -> int:
    total = count(workspace, report_filter)
    styles = [c.style for c in COLUMNS]
    written = 0
    with book.sheet("Peserta", widths=[c.width for c in COLUMNS], freeze=(1, FROZEN_COLUMNS), autofilter=True,
                    print_title_rows=1) as sheet:
        sheet.header(HEADERS, height=30)
        for row in participant_rows(workspace, report_filter, masked=masked):
            sheet.row(row, styles)
            written += 1
            if written % PROGRESS_EVERY == 0:
                tick(progress, written, total)
    tick(progress, written, total)
    return written


# --- summary --------------------------------------------------------------------------------------
SUMMARY_WIDTHS = (34, 16, 14, 14, 14, 14, 14, 16)


def _share(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def summary_sheet(book: WorkbookWriter, data: Summary, *, workspace_name: str, office_name: str,
                  program_names: dict[str, str]) -> int:
    """The summary on one sheet, section under section. Returns the number of table rows."""
    rows = 0
    pct = Style.PERCENT
    with book.sheet("Ringkasan", widths=SUMMARY_WIDTHS, landscape=False) as sheet:
        sheet.row(["Ringkasan Pendaftaran dan Kehadiran"], Style.TITLE, height=22)
        sheet.row([office_name], Style.NOTE)
        sheet.row([workspace_name], Style.NOTE)
        sheet.row([filter_text(data.report_filter, program_names)], Style.NOTE)
        sheet.row([f"Dibuat {data.generated_at.strftime('%d-%m-%Y %H:%M')} · kehadiran dihitung sampai "
                   f"{labels.short_date(data.today)}"], Style.NOTE)
        sheet.row([])
        sheet.row(["Jumlah peserta terdaftar", data.total], [Style.TOTAL, Style.TOTAL_INTEGER])
        sheet.row(["Diterima di kelas", data.accepted], [Style.DEFAULT, Style.INTEGER])
        sheet.row(["Kuota seluruh pelatihan", data.quota], [Style.DEFAULT, Style.INTEGER])
        sheet.row(["Mengundurkan diri", data.withdrawn], [Style.DEFAULT, Style.INTEGER])

        sheet.row([])
        sheet.row(["Pendaftaran per pelatihan"], Style.HEADING)
        sheet.row(["Pelatihan", "Kuota", "Terdaftar", "% kuota", "Diterima", "Sisa kuota"],
                  [Style.HEADER] + [Style.HEADER_CENTER] * 5, height=30)
        for p in data.programs:
            quota = p.quota or 0
            sheet.row([p.name, p.quota, p.registered, _share(p.registered, quota), p.accepted,
                       max(quota - p.accepted, 0) if p.quota is not None else None],
                      [Style.DEFAULT, Style.INTEGER, Style.INTEGER, pct, Style.INTEGER, Style.INTEGER])
            rows += 1
        sheet.row(["Jumlah", data.quota, data.total, _share(data.total, data.quota), data.accepted,
                   max(data.quota - data.accepted, 0)],
                  [Style.TOTAL, Style.TOTAL_INTEGER, Style.TOTAL_INTEGER, Style.TOTAL_PERCENT,
                   Style.TOTAL_INTEGER, Style.TOTAL_INTEGER])

        for title, first, items in (("Per kategori", "Kategori", data.categories),
                                    ("Per jenis kelamin", "Jenis kelamin", data.genders),
                                    ("Per status", "Status", data.statuses)):
            sheet.row([])
            sheet.row([title], Style.HEADING)
            sheet.row([first, "Jumlah", "%"], [Style.HEADER, Style.HEADER_CENTER, Style.HEADER_CENTER])
            for item in items:
                sheet.row([item.label, item.count, _share(item.count, data.total)], [Style.DEFAULT, Style.INTEGER, pct])
                rows += 1

        sheet.row([])
        sheet.row(["Per kecamatan (tempat tinggal)"], Style.HEADING)
        sheet.row(["Kecamatan", "Jumlah", "%"], [Style.HEADER, Style.HEADER_CENTER, Style.HEADER_CENTER])
        for item in data.kecamatan:
            sheet.row([item.label, item.count, _share(item.count, data.total)], [Style.DEFAULT, Style.INTEGER, pct])
            rows += 1

        sheet.row([])
        sheet.row(["Per kelurahan/desa"], Style.HEADING)
        sheet.row(["Kelurahan/desa", "Kecamatan", "Kota/Kabupaten", "Jumlah"],
                  [Style.HEADER, Style.HEADER, Style.HEADER, Style.HEADER_CENTER])
        for village in data.kelurahan:
            sheet.row([village.name, village.kecamatan, village.city, village.count],
                      [Style.DEFAULT, Style.DEFAULT, Style.DEFAULT, Style.INTEGER])
            rows += 1

        officers = [o.label for o in data.officers()]
        keys = [o.key for o in data.officers()]
        sheet.row([])
        sheet.row(["Pendaftaran per petugas per hari"], Style.HEADING)
        sheet.row(["Tanggal", *officers, "Jumlah"], [Style.HEADER] + [Style.HEADER_CENTER] * (len(officers) + 1),
                  height=30)
        per_day: dict[tuple[date | None, str], int] = {(r.day, r.officer): r.count for r in data.officer_days}
        styles = [Style.DATE] + [Style.INTEGER] * (len(officers) + 1)
        for day, total in data.days():
            sheet.row([day, *[per_day.get((day, key)) for key in keys], total], styles)
            rows += 1
        sheet.row(["Jumlah", *[o.count for o in data.officers()], data.total],
                  [Style.TOTAL] + [Style.TOTAL_INTEGER] * (len(officers) + 1))

        if data.classes:
            sheet.row([])
            sheet.row(["Kelas dan kehadiran"], Style.HEADING)
            rows += _class_table(sheet, data.classes)
    return rows


CLASS_HEADERS = ("Kelas", "Pelatihan", "Mulai", "Selesai", "Peserta", "Sesi terlaksana", "Kehadiran",
                 "Dapat sertifikat")


def _class_table(sheet: SheetWriter, classes: Sequence[ClassRow]) -> int:
    sheet.header(list(CLASS_HEADERS), height=30)
    styles = [Style.DEFAULT, Style.DEFAULT, Style.DATE, Style.DATE, Style.INTEGER, Style.DEFAULT, Style.PERCENT,
              Style.INTEGER]
    for c in classes:
        sheet.row([c.name, c.program_name, _date(c.start_date), _date(c.end_date), c.members,
                   f"{c.sessions_held} dari {c.sessions}", c.rate / 100 if c.rate is not None else None,
                   c.eligible], styles)
    return len(classes)


def _date(text: str) -> date | str:
    try:
        return date.fromisoformat(text)
    except ValueError:
        return text


# --- attendance -----------------------------------------------------------------------------------
def attendance_sheet(book: WorkbookWriter, grid: ClassGrid) -> int:
    """One class: title and facts, then the grid with a totals row. Returns the number of member rows."""
    sessions = grid.sessions
    width = 3 + len(sessions) + 4
    widths = [6, 14, 30, *([6.5] * len(sessions)), 8, 8, 12, 11]
    with book.sheet(grid.name or "Kelas", widths=widths, freeze=(5, 3), autofilter=True, print_title_rows=5) as sheet:
        sheet.row([f"Daftar Hadir — {grid.name}"], Style.TITLE, height=22)
        sheet.merge(1, 0, 1, min(width - 1, 12))
        facts = (f"{grid.program_name} · {labels.date_range(grid.start_date, grid.end_date)}"
                 + (f" · {grid.place}" if grid.place else "") + (f" · Pelatih: {grid.trainer}" if grid.trainer else ""))
        sheet.row([facts], Style.NOTE)
        sheet.row([f"H = hadir, A = tidak hadir, kosong = sesi belum berlangsung · {grid.sessions_held} dari "
                   f"{len(sessions)} sesi terlaksana sampai {labels.short_date(grid.today)} · syarat sertifikat: "
                   f"kehadiran minimal {grid.threshold}%"], Style.NOTE)
        sheet.row([])
        sheet.header(["No", "Kode", "Nama", *[f"{WEEKDAYS[s.day.weekday()]}\n{s.day.strftime('%d-%m')}"
                                                for s in sessions],
                      "Hadir", "Sesi", "Persentase", "Sertifikat"], Style.HEADER_CENTER, height=32)
        mark_styles = {True: Style.PRESENT, False: Style.ABSENT, None: Style.CENTER}
        for number, member in enumerate(grid.members, start=1):
            marks = ["H" if m else "A" if m is False else None for m in member.marks]
            sheet.row(
                [number, member.short_code, member.full_name, *marks, member.attended, grid.sessions_held,
                 member.percent / 100, "Ya" if member.eligible else "Tidak"],
                [Style.INTEGER, Style.TEXT, Style.DEFAULT, *[mark_styles[m] for m in member.marks],
                 Style.INTEGER, Style.INTEGER, Style.PERCENT, Style.CENTER],
            )
        present = [s.present if s.held else None for s in sessions]
        total_present = sum(m.attended for m in grid.members)
        rate = grid.rate
        sheet.row(["", "", "Jumlah hadir", *present, total_present, None,
                   rate / 100 if rate is not None else None, len(grid.eligible)],
                  [Style.TOTAL, Style.TOTAL, Style.TOTAL, *[Style.TOTAL_INTEGER] * len(sessions),
                   Style.TOTAL_INTEGER, Style.TOTAL, Style.TOTAL_PERCENT, Style.TOTAL_INTEGER])
    return len(grid.members)


def classes_sheet(book: WorkbookWriter, classes: Sequence[ClassRow], title: str = "Ringkasan Kehadiran") -> int:
    with book.sheet(title, widths=(26, 24, 12, 12, 10, 14, 12, 14), freeze=(1, 1), autofilter=True) as sheet:
        return _class_table(sheet, classes)


# --- workbooks ------------------------------------------------------------------------------------
def write_registrations(workspace: Workspace, path: Path, report_filter: ReportFilter, *, masked: bool,
                        office_name: str, progress: Progress | None = None) -> int:
    names = _program_names(workspace)
    with WorkbookWriter(path, title=f"Data peserta - {workspace.info.name}", author=office_name) as book:
        rows = participants_sheet(book, workspace, report_filter, masked=masked, progress=progress)
        summary_sheet(book, summary(workspace, report_filter), workspace_name=workspace.info.name,
                      office_name=office_name, program_names=names)
    return rows


def write_attendance(workspace: Workspace, path: Path, *, class_id: str | None, program_code: str | None,
                     office_name: str, today: date | None = None, progress: Progress | None = None) -> int:
    from desktop_app.reports.attendance_grid import class_ids
    from desktop_app.reports.statistics import class_rows

    day = today or date.today()
    ids = [class_id] if class_id else class_ids(workspace, program_code)
    rows = 0
    with WorkbookWriter(path, title=f"Kehadiran - {workspace.info.name}", author=office_name) as book:
        overview = [c for c in class_rows(workspace, today=day, program_code=program_code) if c.id in ids]
        classes_sheet(book, overview)
        for done, identifier in enumerate(ids, start=1):
            rows += attendance_sheet(book, class_grid(workspace, identifier, today=day))
            tick(progress, done, len(ids))
    return rows


def write_summary(workspace: Workspace, path: Path, report_filter: ReportFilter, *, office_name: str,
                  today: date | None = None) -> int:
    names = _program_names(workspace)
    data = summary(workspace, report_filter, today=today)
    with WorkbookWriter(path, title=f"Ringkasan - {workspace.info.name}", author=office_name) as book:
        rows = summary_sheet(book, data, workspace_name=workspace.info.name, office_name=office_name,
                             program_names=names)
        if data.classes:
            classes_sheet(book, data.classes, "Kehadiran Kelas")
    return rows


def _program_names(workspace: Workspace) -> dict[str, str]:
    from desktop_app.storage.report_queries import programs

    return {p["code"]: p["name"] for p in programs(workspace.db)}
