"""The audit log: every export and every printing, as events, so it reaches every laptop by sync.

An entry says who (the signed-in person, else the laptop's officer), when, what (which report, which
format, which filters), how many rows, and whether NIK and KK numbers were masked. It never holds
personal data: the file's name is kept without its folder, the filters name a training, a class or dates.

Card printings already have their own synced log (`card_prints`); `entries` shows them beside these,
so the coordinator reads one list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import PurePath
from typing import Any

from desktop_app.core.ids import new_id
from desktop_app.storage import connection
from desktop_app.storage.people import acting_name
from desktop_app.storage.workspace import Workspace

ACTIONS = ("export", "print")
FORMATS = ("xlsx", "csv", "pdf")


@dataclass(frozen=True)
class AuditEntry:
    id: str
    at: str
    actor: str
    device_id: str
    device_name: str
    action: str  # export, print
    report: str  # participants, attendance, summary, registration_recap, attendance_recap, certificates, cards
    file_format: str
    row_count: int
    masked: bool | None  # None: the file holds no NIK or KK at all
    file_name: str
    filters: dict[str, Any]

    def to_json(self) -> dict[str, Any]:
        return dict(self.__dict__)


def _now() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def record(
    workspace: Workspace,
    *,
    action: str,
    report: str,
    file_format: str,
    row_count: int,
    masked: bool | None,
    file_name: str = "",
    filters: dict[str, Any] | None = None,
) -> str:
    """Write one entry (its own transaction, or a savepoint inside the caller's); returns its id."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    if file_format not in FORMATS:
        raise ValueError(f"unknown audit format {file_format!r}")
    entry_id = new_id()
    with connection.transaction(workspace.db):
        workspace.writer.emit("audit", entry_id, "create", {
            "at": _now(),
            "actor": acting_name(workspace),
            "device_id": workspace.info.device_id,
            "action": action,
            "report": report,
            "format": file_format,
            "row_count": int(row_count),
            "masked": None if masked is None else int(bool(masked)),
            "file_name": PurePath(file_name).name if file_name else "",
            "filters": json.dumps({k: v for k, v in (filters or {}).items() if v not in (None, "")},
                                  ensure_ascii=False, sort_keys=True),
        })
    return entry_id


def entries(workspace: Workspace, *, limit: int = 500) -> list[AuditEntry]:
    """The newest entries first: exports and printings from this log, and card printings from theirs."""
    rows = workspace.db.execute(
        "SELECT * FROM ("
        " SELECT a.id, a.at, a.actor, a.device_id, d.name, a.action, a.report, a.format, a.row_count, a.masked,"
        "  a.file_name, a.filters FROM audit_log a LEFT JOIN devices d ON d.id = a.device_id"
        "  WHERE a.deleted_at IS NULL"
        " UNION ALL"
        " SELECT c.id, c.printed_at, c.printed_by, c.device_id, d.name, 'print', 'cards', 'pdf', c.card_count, NULL,"
        "  '', json_object('layout', c.layout) FROM card_prints c LEFT JOIN devices d ON d.id = c.device_id"
        "  WHERE c.deleted_at IS NULL"
        ") ORDER BY 2 DESC, 1 DESC LIMIT ?",
        [limit],
    ).fetchall()
    return [
        AuditEntry(
            id=r[0], at=r[1] or "", actor=r[2] or "", device_id=r[3] or "", device_name=r[4] or "", action=r[5],
            report=r[6], file_format=r[7] or "", row_count=int(r[8] or 0),
            masked=None if r[9] is None else bool(r[9]), file_name=r[10] or "",
            filters=json.loads(r[11]) if r[11] else {},
        )
        for r in rows
    ]


def count(workspace: Workspace) -> int:
    row = workspace.db.execute(
        "SELECT (SELECT count(*) FROM audit_log WHERE deleted_at IS NULL) "
        "+ (SELECT count(*) FROM card_prints WHERE deleted_at IS NULL)"
    ).fetchone()
    return int(row[0])
