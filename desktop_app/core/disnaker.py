"""The manpower office's (Disnaker) list of laid-off workers: read a CSV or XLSX whose columns may come
in any order under Indonesian headers, and check each NIK.

Spreadsheets often hold a NIK as a number: a float loses the last digits of NIKs above 2^53 (every
NIK of provinces 91-99), so such a cell is reported instead of guessed.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from desktop_app.core.errors import PintuError
from desktop_app.core.nik import check_nik, clean_number

HEADERS: dict[str, tuple[str, ...]] = {
    "nik": ("nik", "no nik", "nomor nik", "nomor induk kependudukan", "no ktp", "nomor ktp", "nik ktp"),
    "name": ("nama", "nama lengkap", "nama pekerja", "nama tenaga kerja", "nama karyawan", "nama peserta"),
    "employer": ("perusahaan", "nama perusahaan", "tempat kerja", "pabrik", "pemberi kerja", "eks perusahaan",
                 "perusahaan asal", "asal perusahaan", "nama pabrik"),
}
MAX_ROWS = 200_000
_EXACT_FLOAT_LIMIT = 2**53


@dataclass(frozen=True)
class ListedWorker:
    line: int
    nik: str
    name: str
    employer: str


@dataclass
class DisnakerList:
    workers: list[ListedWorker] = field(default_factory=list)
    problems: list[dict[str, Any]] = field(default_factory=list)  # {"line": n, "code": ..., "value": ...}


def _norm_header(text: Any) -> str:
    """"N.I.K.", "Nama_Lengkap", " nama lengkap " -> "nik", "namalengkap": letters only."""
    return re.sub(r"[^a-z]", "", str(text or "").lower())


_OPTIONS = {key: {_norm_header(o) for o in options} for key, options in HEADERS.items()}


def _find_columns(header: list[Any]) -> dict[str, int] | None:
    names = [_norm_header(h) for h in header]
    found: dict[str, int] = {}
    for key, options in _OPTIONS.items():
        for index, name in enumerate(names):
            if name in options:
                found.setdefault(key, index)
    return found if "nik" in found and "name" in found else None


def _cell_text(value: Any, line: int, problems: list[dict[str, Any]]) -> str | None:
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, (int, float)):
        # A spreadsheet number: exact below 2^53; above it the last digits may already be lost.
        if float(value).is_integer() and abs(value) < _EXACT_FLOAT_LIMIT:
            return str(int(value))
        problems.append({"line": line, "code": "nik.stored_as_number", "value": repr(value)})
        return None
    return str(value).strip()


def _rows_from_csv(data: bytes) -> list[list[Any]]:
    text = data.decode("utf-8-sig", errors="replace")
    # Excel in Indonesian saves CSV with ";"; others use "," or tabs. A title line above the header
    # confuses csv.Sniffer, so count separators in the first lines instead.
    head = "\n".join(text.splitlines()[:15])
    delimiter = max(",;\t", key=head.count)
    return list(csv.reader(io.StringIO(text), delimiter=delimiter))


def _rows_from_xlsx(path: Path) -> list[list[Any]]:
    from openpyxl import load_workbook  # only needed for spreadsheets

    workbook = load_workbook(path, read_only=True, data_only=True)
    try:
        sheet = workbook.worksheets[0]
        return [list(row) for row in sheet.iter_rows(values_only=True)]
    finally:
        workbook.close()


def read_list(path: Path) -> DisnakerList:
    """Workers on the list, and each line that could not be used (with a code)."""
    try:
        spreadsheet = path.suffix.lower() in (".xlsx", ".xlsm")
        rows = _rows_from_xlsx(path) if spreadsheet else _rows_from_csv(path.read_bytes())
    except FileNotFoundError as exc:
        raise PintuError("file.not_found", path=str(path)) from exc
    except Exception as exc:  # a broken spreadsheet of any kind (zip, XML, encoding) is one user error
        raise PintuError("disnaker.unreadable", path=str(path)) from exc
    header_at = next((i for i, row in enumerate(rows[:15]) if _find_columns(row)), None)
    if header_at is None:
        raise PintuError("disnaker.no_header", path=str(path))
    columns = _find_columns(rows[header_at])
    assert columns is not None
    result = DisnakerList()
    if len(rows) > MAX_ROWS:
        raise PintuError("disnaker.too_large", path=str(path))
    seen: set[str] = set()
    for offset, row in enumerate(rows[header_at + 1:], start=header_at + 2):
        if not any(cell not in (None, "") for cell in row):
            continue

        def cell(key: str, row: list[Any] = row) -> Any:
            index = columns.get(key)
            return row[index] if index is not None and index < len(row) else None

        raw = _cell_text(cell("nik"), offset, result.problems)
        if raw is None:
            continue
        nik = clean_number(raw)
        errors = check_nik(nik).errors
        if errors:
            result.problems.append({"line": offset, "code": errors[0], "value": raw})
            continue
        if nik in seen:
            result.problems.append({"line": offset, "code": "nik.duplicate_in_file", "value": nik})
            continue
        seen.add(nik)
        name = str(cell("name") or "").strip()
        employer = str(cell("employer") or "").strip()
        result.workers.append(ListedWorker(offset, nik, name, employer))
    return result
