"""Classes (angkatan), their sessions, and assigning accepted participants to them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any

from desktop_app.core.classes import (
    DEFAULT_END,
    DEFAULT_START,
    DEFAULT_THRESHOLD,
    check_class,
    split_by_quota,
    weekday_sessions,
)
from desktop_app.core.errors import NotFound, ValidationFailed
from desktop_app.core.ids import new_id
from desktop_app.core.roles import Capability
from desktop_app.storage import connection
from desktop_app.storage.workspace import Workspace

_CLASS_COLUMNS = ("id", "program_code", "name", "place", "trainer", "start_date", "end_date", "start_time",
                  "end_time", "capacity", "threshold")
_SESSION_COLUMNS = ("id", "class_id", "date", "start_time", "end_time", "note")


def _rows(cursor: Any) -> list[dict[str, Any]]:
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def create_class(
    workspace: Workspace,
    *,
    program_code: str,
    name: str,
    start: date | None,
    end: date | None,
    place: str = "",
    trainer: str = "",
    start_time: time | None = DEFAULT_START,
    end_time: time | None = DEFAULT_END,
    capacity: int | None = None,
    threshold: int | None = DEFAULT_THRESHOLD,
    weekdays: frozenset[int] = frozenset(range(5)),
) -> dict[str, Any]:
    """A class with one session per chosen weekday; capacity defaults to the training's quota."""
    workspace.session.require(Capability.MANAGE_CLASSES)
    errors = check_class(name=name, start=start, end=end, start_time=start_time, end_time=end_time,
                         threshold=threshold)
    program = workspace.db.execute(
        "SELECT quota FROM programs WHERE id = ? AND deleted_at IS NULL", [program_code]
    ).fetchone()
    if program is None:
        errors.append("program_code.unknown")
    if capacity is not None and capacity < 1:
        errors.append("capacity.invalid")
    if errors:
        raise ValidationFailed(sorted(errors))
    assert start and end and start_time and end_time and threshold is not None and program is not None
    class_id = new_id()
    with connection.transaction(workspace.db):
        workspace.writer.emit("class", class_id, "create", {
            "program_code": program_code, "name": name.strip(), "place": place.strip(), "trainer": trainer.strip(),
            "start_date": start.isoformat(), "end_date": end.isoformat(),
            "start_time": start_time.strftime("%H:%M"), "end_time": end_time.strftime("%H:%M"),
            "capacity": capacity if capacity is not None else program[0], "threshold": threshold,
        })
        for plan in weekday_sessions(start, end, start_time=start_time, end_time=end_time, weekdays=weekdays):
            workspace.writer.emit("session", new_id(), "create", {
                "class_id": class_id, "date": plan.date.isoformat(),
                "start_time": plan.start.strftime("%H:%M"), "end_time": plan.end.strftime("%H:%M"),
            })
    return get_class(workspace, class_id)


def get_class(workspace: Workspace, class_id: str) -> dict[str, Any]:
    cursor = workspace.db.execute(
        f"SELECT {', '.join(_CLASS_COLUMNS)}, "
        "(SELECT count(*) FROM sessions s WHERE s.class_id = c.id AND s.deleted_at IS NULL) AS sessions, "
        "(SELECT count(*) FROM participants p WHERE p.class_id = c.id AND p.withdrawn_at IS NULL "
        "AND p.deleted_at IS NULL) AS members "
        "FROM classes c WHERE id = ? AND deleted_at IS NULL",
        [class_id],
    )
    rows = _rows(cursor)
    if not rows:
        raise NotFound("class", class_id)
    return rows[0]


def list_classes(workspace: Workspace, program_code: str | None = None) -> list[dict[str, Any]]:
    ids = [r[0] for r in workspace.db.execute(
        "SELECT id FROM classes WHERE deleted_at IS NULL AND (? IS NULL OR program_code = ?) "
        "ORDER BY start_date, name", [program_code, program_code])]
    return [get_class(workspace, class_id) for class_id in ids]


def list_sessions(workspace: Workspace, class_id: str) -> list[dict[str, Any]]:
    get_class(workspace, class_id)
    return _rows(workspace.db.execute(
        f"SELECT {', '.join(_SESSION_COLUMNS)} FROM sessions WHERE class_id = ? AND deleted_at IS NULL "
        "ORDER BY date, start_time", [class_id]))


def get_session(workspace: Workspace, session_id: str) -> dict[str, Any] | None:
    rows = _rows(workspace.db.execute(
        f"SELECT {', '.join(_SESSION_COLUMNS)} FROM sessions WHERE id = ? AND deleted_at IS NULL", [session_id]))
    return rows[0] if rows else None


def sessions_on(workspace: Workspace, day: date) -> list[dict[str, Any]]:
    """Sessions on a date with their class and training names: what a trainer picks from in the morning."""
    return _rows(workspace.db.execute(
        "SELECT s.id, s.class_id, s.date, s.start_time, s.end_time, c.name AS class_name, "
        "c.program_code, pr.name AS program_name, c.place, c.trainer "
        "FROM sessions s JOIN classes c ON c.id = s.class_id LEFT JOIN programs pr ON pr.id = c.program_code "
        "WHERE s.date = ? AND s.deleted_at IS NULL AND c.deleted_at IS NULL ORDER BY s.start_time, c.name",
        [day.isoformat()]))


def update_session(workspace: Workspace, session_id: str, *, day: date | None = None,
                   start_time: time | None = None, end_time: time | None = None, note: str | None = None) -> None:
    """Move or re-time one session (a holiday, a trainer who is ill)."""
    workspace.session.require(Capability.MANAGE_CLASSES)
    current = get_session(workspace, session_id)
    if current is None:
        raise NotFound("session", session_id)
    changes: dict[str, Any] = {}
    if day is not None:
        changes["date"] = day.isoformat()
    if start_time is not None:
        changes["start_time"] = start_time.strftime("%H:%M")
    if end_time is not None:
        changes["end_time"] = end_time.strftime("%H:%M")
    if note is not None:
        changes["note"] = note
    if changes.get("end_time", current["end_time"]) <= changes.get("start_time", current["start_time"]):
        raise ValidationFailed(["end_time.before_start"])
    if changes:
        with connection.transaction(workspace.db):
            workspace.writer.emit("session", session_id, "update", changes)


def cancel_session(workspace: Workspace, session_id: str) -> None:
    workspace.session.require(Capability.MANAGE_CLASSES)
    if get_session(workspace, session_id) is None:
        raise NotFound("session", session_id)
    with connection.transaction(workspace.db):
        workspace.writer.emit("session", session_id, "delete", {"deleted_at": _now()})


def _now() -> str:
    from datetime import datetime, timezone

    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


@dataclass
class Assignment:
    assigned: list[str] = field(default_factory=list)
    waitlisted: list[str] = field(default_factory=list)
    refused: list[dict[str, str]] = field(default_factory=list)  # {"id": ..., "code": ...}


def assign(workspace: Workspace, class_id: str, participant_ids: Sequence[str]) -> Assignment:
    """Accept people into a class up to its capacity, in the order given; the rest go to the waitlist.

    People of another training, withdrawn people or unknown ids are refused with a code, and
    nothing is written for them.
    """
    workspace.session.require(Capability.MANAGE_CLASSES)
    klass = get_class(workspace, class_id)
    result = Assignment()
    candidates: list[str] = []
    for participant_id in dict.fromkeys(participant_ids):
        row = workspace.db.execute(
            "SELECT program_code, withdrawn_at, class_id FROM participants WHERE id = ? AND deleted_at IS NULL",
            [participant_id],
        ).fetchone()
        if row is None:
            result.refused.append({"id": participant_id, "code": "participant.not_found"})
        elif row[1] is not None:
            result.refused.append({"id": participant_id, "code": "participant.already_withdrawn"})
        elif row[0] != klass["program_code"]:
            result.refused.append({"id": participant_id, "code": "class.wrong_program"})
        elif row[2] == class_id:
            result.assigned.append(participant_id)  # already in: nothing to do
        else:
            candidates.append(participant_id)
    free = int(klass["capacity"] or 0) - int(klass["members"])
    fits, waits = split_by_quota(candidates, free)
    with connection.transaction(workspace.db):
        for participant_id in fits:
            workspace.writer.emit("participant", participant_id, "update", {"class_id": class_id,
                                                                          "status": "diterima"})
        for participant_id in waits:
            workspace.writer.emit("participant", participant_id, "update", {"status": "cadangan"})
    result.assigned.extend(fits)
    result.waitlisted.extend(waits)
    return result


def class_members(workspace: Workspace, class_id: str) -> list[dict[str, Any]]:
    return _rows(workspace.db.execute(
        "SELECT id, short_code, full_name, photo, status FROM participants WHERE class_id = ? "
        "AND withdrawn_at IS NULL AND deleted_at IS NULL ORDER BY full_name COLLATE NOCASE", [class_id]))

