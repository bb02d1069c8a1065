"""A class's attendance as a grid: its members down, its sessions across, a mark where a scan said present.

The same numbers as `storage.attendance.class_results` (sessions held so far, percent rounded to one
decimal, eligible at the class's threshold), with the per-session marks and the training time each
member attended (the lengths of the sessions they came to), which certificates state in hours.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from desktop_app.core.errors import NotFound
from desktop_app.storage import report_queries as q
from desktop_app.storage.workspace import Workspace


@dataclass(frozen=True)
class GridSession:
    id: str
    day: date
    start_time: str
    end_time: str
    held: bool  # on or before the report's day
    present: int  # members scanned present

    @property
    def minutes(self) -> int:
        return session_minutes(self.start_time, self.end_time)


@dataclass(frozen=True)
class GridMember:
    id: str
    short_code: str
    full_name: str
    marks: tuple[bool | None, ...]  # per session: True present, False absent, None not held yet
    attended: int
    percent: float
    eligible: bool
    minutes: int  # training time attended


@dataclass(frozen=True)
class ClassGrid:
    id: str
    name: str
    program_code: str
    program_name: str
    place: str
    trainer: str
    start_date: date
    end_date: date
    start_time: str
    end_time: str
    threshold: int
    today: date
    sessions: tuple[GridSession, ...]
    members: tuple[GridMember, ...]

    @property
    def sessions_held(self) -> int:
        return sum(1 for s in self.sessions if s.held)

    @property
    def rate(self) -> float | None:
        """Present marks over (members x sessions held), in percent."""
        possible = len(self.members) * self.sessions_held
        return 100.0 * sum(m.attended for m in self.members) / possible if possible else None

    @property
    def eligible(self) -> tuple[GridMember, ...]:
        return tuple(m for m in self.members if m.eligible)


def session_minutes(start: str, end: str) -> int:
    """Length of a session from "08:00" and "12:00" (0 if either is unreadable)."""
    try:
        begin = datetime.strptime(start, "%H:%M")
        finish = datetime.strptime(end, "%H:%M")
    except (TypeError, ValueError):
        return 0
    return max(0, int((finish - begin).total_seconds() // 60))


def class_grid(workspace: Workspace, class_id: str, *, today: date | None = None) -> ClassGrid:
    db = workspace.db
    info = q.class_info(db, class_id)
    if info is None:
        raise NotFound("class", class_id)
    day = today or date.today()
    marks = q.class_marks(db, class_id, today=day)
    raw_sessions = q.class_sessions(db, class_id)
    members_raw = q.class_members(db, class_id)
    member_ids = {m["id"] for m in members_raw}
    sessions = tuple(
        GridSession(s["id"], date.fromisoformat(s["date"]), s["start_time"] or "", s["end_time"] or "",
                    s["date"] <= day.isoformat(),
                    sum(1 for pid in member_ids if (pid, s["id"]) in marks))
        for s in raw_sessions
    )
    held = sum(1 for s in sessions if s.held)
    threshold = int(info["threshold"] or 0)
    members = []
    for m in members_raw:
        row = tuple((m["id"], s.id) in marks if s.held else None for s in sessions)
        attended = sum(1 for mark in row if mark)
        percent = round(100.0 * attended / held, 1) if held else 0.0
        minutes = sum(s.minutes for s, mark in zip(sessions, row, strict=True) if mark)
        members.append(GridMember(m["id"], m["short_code"] or "", m["full_name"] or "", row, attended, percent,
                                  bool(held) and percent >= threshold, minutes))
    return ClassGrid(
        id=class_id, name=info["name"] or "", program_code=info["program_code"] or "",
        program_name=info["program_name"] or "", place=info["place"] or "", trainer=info["trainer"] or "",
        start_date=date.fromisoformat(info["start_date"]), end_date=date.fromisoformat(info["end_date"]),
        start_time=info["start_time"] or "", end_time=info["end_time"] or "", threshold=threshold, today=day,
        sessions=sessions, members=tuple(members),
    )


def class_ids(workspace: Workspace, program_code: str | None = None) -> list[str]:
    """Classes in the order of their start dates (of one training, if given)."""
    return q.class_ids(workspace.db, program_code)
