"""What the class and scan-station pages list: who can join a class, the waitlist, sessions to pick from.

Reads only; every change goes through `storage.classes` and `storage.attendance`.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from desktop_app.storage.workspace import Workspace

# Who may be put into a class: checked people of the training who are in no class yet.
CANDIDATE_STATUSES = ("terverifikasi", "diterima", "cadangan")

_SESSION_COLUMNS = (
    "s.id, s.class_id, s.date, s.start_time, s.end_time, s.note, c.name AS class_name, c.program_code, "
    "pr.name AS program_name, c.place, c.trainer, c.threshold"
)
_SESSION_FROM = (
    "FROM sessions s JOIN classes c ON c.id = s.class_id LEFT JOIN programs pr ON pr.id = c.program_code "
    "WHERE s.deleted_at IS NULL AND c.deleted_at IS NULL"
)


def _rows(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def assign_candidates(workspace: Workspace, program_code: str) -> list[dict[str, Any]]:
    """Verified, accepted or waitlisted people of a training who are in no class, first registered first
    (registration times have whole seconds; the hybrid clock orders people registered within one)."""
    marks = ", ".join("?" for _ in CANDIDATE_STATUSES)
    return _rows(workspace.db.execute(
        "SELECT id, short_code, full_name, status, registered_at FROM participants "
        f"WHERE program_code = ? AND class_id IS NULL AND status IN ({marks}) AND withdrawn_at IS NULL "
        "AND deleted_at IS NULL AND merged_into IS NULL ORDER BY registered_at, _created_hlc, id",
        [program_code, *CANDIDATE_STATUSES],
    ))


def waitlist(workspace: Workspace, program_code: str) -> list[dict[str, Any]]:
    """The training's waitlist (cadangan) in the order they wait: first registered first."""
    return _rows(workspace.db.execute(
        "SELECT id, short_code, full_name, status, registered_at FROM participants "
        "WHERE program_code = ? AND status = 'cadangan' AND class_id IS NULL AND withdrawn_at IS NULL "
        "AND deleted_at IS NULL AND merged_into IS NULL ORDER BY registered_at, _created_hlc, id",
        [program_code],
    ))


def session_details(workspace: Workspace, session_id: str) -> dict[str, Any] | None:
    """One session with its class and training (name, place, trainer, threshold); None if gone."""
    rows = _rows(workspace.db.execute(f"SELECT {_SESSION_COLUMNS} {_SESSION_FROM} AND s.id = ?", [session_id]))
    return rows[0] if rows else None


def session_choices(workspace: Workspace, today: date) -> list[dict[str, Any]]:
    """Every session to pick at the scan station: today's first, then the coming ones, then past ones
    (the most recent first), each with `when`: "today", "upcoming" or "past"."""
    day = today.isoformat()
    rows = _rows(workspace.db.execute(
        f"SELECT {_SESSION_COLUMNS} {_SESSION_FROM} ORDER BY s.date, s.start_time, c.name"))
    todays = [r for r in rows if r["date"] == day]
    upcoming = [r for r in rows if r["date"] > day]
    past = [r for r in rows if r["date"] < day]
    past.reverse()
    for when, group in (("today", todays), ("upcoming", upcoming), ("past", past)):
        for row in group:
            row["when"] = when
    return todays + upcoming + past
