"""CSV files for Excel: UTF-8 with a byte-order mark, so Excel reads "Ni'matul Çelik" and "Sumarsih" right.

The same columns as the Excel export. Because a double-clicked CSV is read by Excel's guesses, not by
our types, three things are done for it:

- dates are ISO (`2026-10-05`), the one form every Excel locale reads as a date;
- numbers that Excel would damage are written as a text formula, `="3573051907171359"`: a 16-digit NIK
  (Excel keeps 15 digits and shows 3.57E+15), a phone number or RT with its leading zero;
- a text starting with `=`, `+`, `-` or `@` gets a leading apostrophe, so no cell runs as a formula.

`delimiter=";"` writes for an Excel set to Indonesian regional settings (list separator ";", decimal
comma); the default is a comma with a decimal point.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any

from desktop_app.reports import labels
from desktop_app.reports.attendance_grid import class_grid, class_ids
from desktop_app.reports.participant_rows import HEADERS, count, participant_rows
from desktop_app.reports.progress import Progress, tick
from desktop_app.reports.statistics import summary
from desktop_app.storage.report_queries import ReportFilter
from desktop_app.storage.workspace import Workspace

DELIMITERS = (",", ";")
_FORMULA_START = "=+-@\t\r"
PROGRESS_EVERY = 2000


class _Cells:
    """Turns typed values into the text of CSV cells."""

    def __init__(self, delimiter: str) -> None:
        if delimiter not in DELIMITERS:
            raise ValueError(f"unsupported delimiter {delimiter!r}")
        self.decimal = "," if delimiter == ";" else "."

    def __call__(self, value: Any) -> str:
        kind = type(value)
        if kind is str:  # most cells: checked by their first character only
            if not value:
                return ""
            first = value[0]
            if first in _FORMULA_START:
                return "'" + value
            if first.isdigit() and (first == "0" or len(value) >= 12) and value.isdigit() and value.isascii():
                return f'="{value}"'
            return value  # type: ignore[no-any-return]
        if value is None:
            return ""
        if kind is int:
            return str(value)
        if kind is bool:
            return "Ya" if value else "Tidak"
        if kind is float:
            return f"{value:.1f}".replace(".", self.decimal)
        if isinstance(value, datetime):
            return value.strftime("%Y-%m-%d %H:%M")
        if isinstance(value, date):
            return value.isoformat()
        return self(str(value))


def _open(path: Path, delimiter: str) -> tuple[Any, Any]:
    handle = path.open("w", encoding="utf-8-sig", newline="")
    return handle, csv.writer(handle, delimiter=delimiter, lineterminator="\r\n")


def write_rows(path: Path, header: Sequence[str], rows: Iterable[Sequence[Any]], *, delimiter: str = ",",
               progress: Progress | None = None, total: int = 0) -> int:
    cell = _Cells(delimiter)
    handle, writer = _open(path, delimiter)
    written = 0
    with handle:
        writer.writerow(header)
        for row in rows:
            writer.writerow([cell(v) for v in row])
            written += 1
            if written % PROGRESS_EVERY == 0:
                tick(progress, written, total)
        tick(progress, written, total)
    return written


def write_registrations(workspace: Workspace, path: Path, report_filter: ReportFilter, *, masked: bool,
                        delimiter: str = ",", progress: Progress | None = None) -> int:
    return write_rows(path, HEADERS, participant_rows(workspace, report_filter, masked=masked), delimiter=delimiter,
                      progress=progress, total=count(workspace, report_filter))


def write_attendance(workspace: Workspace, path: Path, *, class_id: str | None, program_code: str | None,
                     delimiter: str = ",", today: date | None = None) -> int:
    """With a class: its grid (members x session dates, H/A). Without: one row per member of every class."""
    if class_id:
        grid = class_grid(workspace, class_id, today=today)
        header = ["No", "Kode", "Nama", *[s.day.isoformat() for s in grid.sessions], "Hadir", "Sesi", "Persentase",
                  "Sertifikat"]
        rows = (
            [number, m.short_code, m.full_name, *["H" if x else "A" if x is False else "" for x in m.marks],
             m.attended, grid.sessions_held, m.percent, m.eligible]
            for number, m in enumerate(grid.members, start=1)
        )
        return write_rows(path, header, rows, delimiter=delimiter)

    def every_member() -> Iterable[list[Any]]:
        for identifier in class_ids(workspace, program_code):
            grid = class_grid(workspace, identifier, today=today)
            for m in grid.members:
                yield [grid.name, grid.program_name, m.short_code, m.full_name, m.attended, grid.sessions_held,
                       m.percent, labels.hours_text(m.minutes), m.eligible]

    header = ["Kelas", "Pelatihan", "Kode", "Nama", "Hadir", "Sesi terlaksana", "Persentase", "Jam pelatihan",
              "Sertifikat"]
    return write_rows(path, header, every_member(), delimiter=delimiter)


def write_summary(workspace: Workspace, path: Path, report_filter: ReportFilter, *, delimiter: str = ",",
                  today: date | None = None) -> int:
    """The summary as one long table: section, item, count, and (for trainings) quota and accepted."""
    data = summary(workspace, report_filter, today=today)

    def rows() -> Iterable[list[Any]]:
        for p in data.programs:
            yield ["Pelatihan", p.name, p.registered, p.quota, p.accepted]
        for section, items in (("Kategori", data.categories), ("Jenis kelamin", data.genders),
                               ("Status", data.statuses), ("Kecamatan", data.kecamatan)):
            for item in items:
                yield [section, item.label, item.count, None, None]
        for village in data.kelurahan:
            yield ["Kelurahan/desa", f"{village.name}, {village.kecamatan}, {village.city}", village.count, None, None]
        for officer in data.officers():
            yield ["Petugas", officer.label, officer.count, None, None]
        for day, total in data.days():
            yield ["Tanggal pendaftaran", day, total, None, None]
        for row in data.officer_days:
            yield ["Petugas per hari", f"{row.day.isoformat() if row.day else ''} {row.officer}".strip(), row.count,
                   None, None]
        for c in data.classes:
            yield ["Kelas", f"{c.name} ({c.program_name})", c.members, None, c.eligible]

    return write_rows(path, ["Bagian", "Uraian", "Jumlah", "Kuota", "Diterima/sertifikat"], rows(),
                      delimiter=delimiter)
