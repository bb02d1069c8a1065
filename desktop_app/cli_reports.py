"""Report, certificate and audit commands of the CLI (registered by `cli.build_parser`).

    pintu report registrations|attendance|summary --out FILE.xlsx|.csv|.pdf [--unmasked] [--class ID]
                 [--program CODE] [--from DATE] [--to DATE] [--delimiter comma|semicolon]
    pintu certificates --class ID --out FILE.pdf [--date DATE]
    pintu verify-certificate CODE
    pintu audit [--limit N]

JSON on stdout, a sentence on stderr; exit 0 done, 1 invalid input (unknown class, nobody eligible, a
forged certificate), 2 usage (a file type the command cannot write, an option that does not apply).
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.cli_messages import message
from desktop_app.core.errors import PintuError
from desktop_app.storage.workspace import Workspace

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
DELIMITERS = {"comma": ",", "semicolon": ";"}


def _emit(obj: Any) -> None:
    from desktop_app.cli import emit

    emit(obj)


def _open(args: argparse.Namespace) -> Workspace:
    from desktop_app.cli_common import open_for

    return open_for(args)


def _usage(code: str, **details: Any) -> int:
    _emit({"ok": False, "error": code, **details})
    print(f"pintu: {message(code, **details)}", file=sys.stderr)
    return EXIT_USAGE


def _date(text: str | None) -> date | None:
    from desktop_app.core.validation import parse_date

    if text is None:
        return None
    value = parse_date(text)
    if value is None:
        raise PintuError("date.invalid", key=text)
    return value


def resolve_class(workspace: Workspace, key: str) -> str:
    """A class id from its id or its exact name (case ignored); `class.not_found` / `class.ambiguous`."""
    from desktop_app.storage import report_queries as q

    if q.class_info(workspace.db, key) is not None:
        return key
    matches = [cid for cid in q.class_ids(workspace.db)
               if str((q.class_info(workspace.db, cid) or {}).get("name", "")).casefold() == key.strip().casefold()]
    if len(matches) > 1:
        raise PintuError("class.ambiguous", key=key)
    if not matches:
        raise PintuError("class.not_found", key=key)
    return matches[0]


def cmd_report(args: argparse.Namespace) -> int:
    from desktop_app.reports.exports import FORMATS, export_report
    from desktop_app.storage.report_queries import ReportFilter

    suffix = Path(args.out).suffix.lower().lstrip(".")
    if suffix not in FORMATS:
        return _usage("report.format_unsupported", path=Path(args.out).name)
    if args.class_id and args.kind != "attendance":
        return _usage("report.class_only_attendance")
    date_from, date_to = _date(args.date_from), _date(args.date_to)
    if date_from and date_to and date_to < date_from:
        raise PintuError("date.range_reversed")
    workspace = _open(args)
    try:
        class_id = resolve_class(workspace, args.class_id) if args.class_id else None
        report_filter = ReportFilter(date_from=date_from, date_to=date_to, program_code=args.program)
        if suffix == "pdf":
            from desktop_app.printing.recaps import write_recap

            result = write_recap(workspace, args.kind, args.out, report_filter=report_filter, class_id=class_id)
        else:
            result = export_report(workspace, args.kind, args.out, masked=not args.unmasked,
                                   report_filter=report_filter, class_id=class_id,
                                   delimiter=DELIMITERS[args.delimiter])
        _emit({"ok": True, **result.to_json(), "file": str(result.file.resolve())})
        if result.masked is False:
            print(f"pintu: {message('report.unmasked_warning')}", file=sys.stderr)
    finally:
        workspace.close()
    return EXIT_OK


def cmd_certificates(args: argparse.Namespace) -> int:
    from desktop_app.printing.certificates import print_certificates

    if Path(args.out).suffix.lower() != ".pdf":
        return _usage("report.format_unsupported", path=Path(args.out).name)
    issued_on = _date(args.date)
    workspace = _open(args)
    try:
        class_id = resolve_class(workspace, args.class_id)
        result = print_certificates(workspace, class_id, args.out, issued_on=issued_on)
        _emit({"ok": True, "file": str(result.file.resolve()), "pages": result.pages,
               "certificates": [{"short_code": c.short_code, "full_name": c.full_name, "number": c.number,
                                 "attended": c.attended, "sessions_held": c.sessions_held, "percent": c.percent,
                                 "hours": round(c.minutes / 60, 2)} for c in result.certificates],
               "audit_id": result.audit_id})
    finally:
        workspace.close()
    return EXIT_OK


def cmd_verify_certificate(args: argparse.Namespace) -> int:
    from desktop_app.reports.certificates import check_certificate

    workspace = _open(args)
    try:
        result = check_certificate(workspace, args.code)
        _emit(result.to_json())
    finally:
        workspace.close()
    if result.ok:
        return EXIT_OK
    print(f"pintu: {message('certificate.' + result.status.value)}", file=sys.stderr)
    return EXIT_INVALID


def cmd_audit(args: argparse.Namespace) -> int:
    from desktop_app.storage.audit import entries

    workspace = _open(args)
    try:
        for entry in entries(workspace, limit=args.limit):
            _emit(entry.to_json())
    finally:
        workspace.close()
    return EXIT_OK


def add_commands(sub: Any, db_option: argparse.ArgumentParser) -> None:
    p = sub.add_parser("report", parents=[db_option],
                       help="write a report: registrations, attendance or summary (.xlsx, .csv or .pdf)")
    p.add_argument("kind", choices=("registrations", "attendance", "summary"))
    p.add_argument("--out", required=True, metavar="FILE", help="FILE.xlsx, FILE.csv or FILE.pdf")
    p.add_argument("--unmasked", action="store_true",
                   help="write NIK and KK numbers in full (default: 3573********0001); the export is logged")
    p.add_argument("--class", dest="class_id", metavar="ID", help="attendance of this class only (id or name)")
    p.add_argument("--program", metavar="CODE", help="only this training, e.g. barista")
    p.add_argument("--from", dest="date_from", metavar="DATE", help="registered on or after this date")
    p.add_argument("--to", dest="date_to", metavar="DATE", help="registered on or before this date")
    p.add_argument("--delimiter", choices=tuple(DELIMITERS), default="comma",
                   help="CSV separator: semicolon for Excel with Indonesian regional settings")
    p.set_defaults(func=cmd_report)

    p = sub.add_parser("certificates", parents=[db_option],
                       help="certificates (PDF) for the members of a class who reached its attendance threshold")
    p.add_argument("--class", dest="class_id", required=True, metavar="ID", help="the class (id or name)")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--date", default=None, metavar="DATE", help="the date on the certificates (default: today)")
    p.set_defaults(func=cmd_certificates)

    p = sub.add_parser("verify-certificate", parents=[db_option],
                       help="check a certificate code (the text in its QR)")
    p.add_argument("code")
    p.set_defaults(func=cmd_verify_certificate)

    p = sub.add_parser("audit", parents=[db_option], help="the log of exports and printings, newest first")
    p.add_argument("--limit", type=int, default=200)
    p.set_defaults(func=cmd_audit)
