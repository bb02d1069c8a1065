"""Running an export: the right writer for the report and the file's type, written safely, then audited.

`export_report` serves the CLI and the GUI alike. A file is written under a temporary name in the
target folder and renamed only when complete, in the same transaction as its audit entry: an export
that fails or is cancelled leaves no file that looks finished and no entry, and every finished file
has its entry. PDF reports (`printing.recaps`, `printing.certificates`) use `write_audited` too.
"""

from __future__ import annotations

import os
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktop_app.core.errors import NotFound, PintuError
from desktop_app.core.roles import Capability
from desktop_app.reports import csv_export, xlsx_export
from desktop_app.reports.progress import Progress
from desktop_app.storage import audit, connection
from desktop_app.storage import report_queries as q
from desktop_app.storage.report_queries import EVERYTHING, ReportFilter
from desktop_app.storage.workspace import Workspace

KINDS = ("registrations", "attendance", "summary")
FORMATS = ("xlsx", "csv", "pdf")
DEFAULT_OFFICE = "Dinas Koperasi, Perindustrian dan Perdagangan Kota Malang"
# What each report is called in the audit log, by format.
AUDIT_REPORTS = {
    ("registrations", "xlsx"): "participants", ("registrations", "csv"): "participants",
    ("registrations", "pdf"): "registration_recap", ("attendance", "xlsx"): "attendance",
    ("attendance", "csv"): "attendance", ("attendance", "pdf"): "attendance_recap",
    ("summary", "xlsx"): "summary", ("summary", "csv"): "summary", ("summary", "pdf"): "summary_recap",
}


@dataclass(frozen=True)
class ExportResult:
    file: Path
    kind: str
    file_format: str
    rows: int
    masked: bool | None  # None: the file holds no NIK or KK
    seconds: float
    audit_id: str

    def to_json(self) -> dict[str, Any]:
        return {"file": str(self.file), "report": self.kind, "format": self.file_format, "rows": self.rows,
                "masked": self.masked, "seconds": round(self.seconds, 2), "audit_id": self.audit_id}


def file_format(path: str | os.PathLike[str]) -> str:
    """`xlsx`, `csv` or `pdf` from the file's name; `report.format_unsupported` otherwise."""
    suffix = Path(path).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        raise PintuError("report.format_unsupported", path=Path(path).name)
    return suffix


def office_name(workspace: Workspace) -> str:
    return q.office_name(workspace.db) or DEFAULT_OFFICE


def _temporary(out: Path) -> Path:
    return out.with_name(f".{out.name}.{uuid.uuid4().hex[:8]}.part")


def write_audited(
    workspace: Workspace,
    out_path: str | os.PathLike[str],
    write: Callable[[Path], int],
    *,
    action: str,
    report: str,
    masked: bool | None,
    filters: dict[str, Any] | None = None,
) -> tuple[Path, int, str]:
    """Run `write(temporary_path) -> rows`, then rename the file into place and log it, all or nothing.

    Returns (file, rows, audit entry id). Raises `role.forbidden` for anyone but a coordinator (files
    that leave the laptop are theirs to make), `report.folder_missing`, `report.unwritable`, or what
    `write` raises (e.g. `report.cancelled`); in every failure no file is left and nothing is logged.
    """
    workspace.session.require(Capability.EXPORT)
    out = Path(out_path)
    if not out.parent.is_dir():
        raise PintuError("report.folder_missing", folder=str(out.parent))
    if out.is_dir():
        raise PintuError("report.unwritable", path=str(out))
    temporary = _temporary(out)
    try:
        temporary.touch(exist_ok=False)
    except OSError as exc:
        raise PintuError("report.unwritable", path=str(out)) from exc
    renamed = False
    try:
        rows = write(temporary)
        with connection.transaction(workspace.db):
            os.replace(temporary, out)
            renamed = True
            entry = audit.record(workspace, action=action, report=report, file_format=file_format(out),
                                 row_count=rows, masked=masked, file_name=out.name, filters=filters)
    except OSError as exc:
        if renamed:
            out.unlink(missing_ok=True)
        raise PintuError("report.unwritable", path=str(out)) from exc
    except BaseException:
        if renamed:
            out.unlink(missing_ok=True)
        raise
    finally:
        temporary.unlink(missing_ok=True)
    return out, rows, entry


def export_report(
    workspace: Workspace,
    kind: str,
    out_path: str | os.PathLike[str],
    *,
    masked: bool = True,
    report_filter: ReportFilter = EVERYTHING,
    class_id: str | None = None,
    delimiter: str = ",",
    progress: Progress | None = None,
) -> ExportResult:
    """Write a registrations, attendance or summary report as XLSX or CSV (PDF: `printing.recaps`)."""
    workspace.session.require(Capability.EXPORT)
    started = time.perf_counter()
    if kind not in KINDS:
        raise PintuError("report.kind_unknown", key=kind)
    fmt = file_format(out_path)
    if fmt == "pdf":
        raise PintuError("report.format_unsupported", path=Path(out_path).name)
    if class_id is not None and q.class_info(workspace.db, class_id) is None:
        raise NotFound("class", class_id)
    if report_filter.program_code and not q.programs(workspace.db, report_filter.program_code):
        raise NotFound("program", report_filter.program_code)
    office = office_name(workspace)
    holds_numbers = kind == "registrations"

    def write(path: Path) -> int:
        with q.snapshot(workspace.db):
            return write_kind(path)

    def write_kind(path: Path) -> int:
        if kind == "registrations":
            if fmt == "xlsx":
                return xlsx_export.write_registrations(workspace, path, report_filter, masked=masked,
                                                       office_name=office, progress=progress)
            return csv_export.write_registrations(workspace, path, report_filter, masked=masked, delimiter=delimiter,
                                                  progress=progress)
        if kind == "attendance":
            if fmt == "xlsx":
                return xlsx_export.write_attendance(workspace, path, class_id=class_id,
                                                    program_code=report_filter.program_code, office_name=office,
                                                    progress=progress)
            return csv_export.write_attendance(workspace, path, class_id=class_id,
                                               program_code=report_filter.program_code, delimiter=delimiter)
        if fmt == "xlsx":
            return xlsx_export.write_summary(workspace, path, report_filter, office_name=office)
        return csv_export.write_summary(workspace, path, report_filter, delimiter=delimiter)

    file, rows, entry = write_audited(
        workspace, out_path, write, action="export", report=AUDIT_REPORTS[(kind, fmt)],
        masked=masked if holds_numbers else None, filters={**report_filter.to_json(), "class_id": class_id},
    )
    return ExportResult(file, kind, fmt, rows, masked if holds_numbers else None, time.perf_counter() - started,
                        entry)
