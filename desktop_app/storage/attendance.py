"""Scans at a session: every scan stored with its verdict (as an event), undo, and the results."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from typing import Any

from desktop_app.core.cards import CardStatus, program_tag
from desktop_app.core.checkin import SessionFacts, Verdict, decide
from desktop_app.core.errors import NotFound, PintuError
from desktop_app.core.ids import new_id
from desktop_app.core.roles import Capability
from desktop_app.storage import connection
from desktop_app.storage.cards import check_code
from desktop_app.storage.workspace import Workspace

LATE_AFTER_MINUTES = 15
METHODS = ("usb", "camera", "manual", "paper")


@dataclass(frozen=True)
class ScanResult:
    """The answer on screen: verdict, who (when known), and for `already_present` the first scan."""

    attendance_id: str
    verdict: Verdict
    short_code: str | None
    participant: dict[str, Any] | None  # None: not on this laptop yet (or unreadable code)
    scanned_at: str
    first_scan_at: str | None = None
    first_scan_device: str | None = None

    @property
    def unsynced(self) -> bool:
        return self.short_code is not None and self.participant is None and self.verdict.counts_as_present

    def to_json(self) -> dict[str, Any]:
        return {
            "status": self.verdict.value,
            "attendance_id": self.attendance_id,
            "short_code": self.short_code,
            "participant": self.participant,
            "scanned_at": self.scanned_at,
            "first_scan_at": self.first_scan_at,
            "first_scan_device": self.first_scan_device,
            "unsynced": self.unsynced,
        }


def _now() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def checkin(
    workspace: Workspace, session_id: str, code: str, *, method: str = "usb", at: str | None = None
) -> ScanResult:
    """Decide and record one scan. `at` records a scan made earlier (from a paper sheet)."""
    workspace.session.require(Capability.CHECK_IN)
    if method not in METHODS:
        raise PintuError("method.invalid", key=method)
    db = workspace.db
    session = db.execute(
        "SELECT s.id, c.program_code, s.class_id FROM sessions s JOIN classes c ON c.id = s.class_id "
        "WHERE s.id = ? AND s.deleted_at IS NULL AND c.deleted_at IS NULL",
        [session_id],
    ).fetchone()
    card = check_code(workspace, code)
    short_code = card.card.short_code if card.card else None
    participant = None
    first = None
    # Only a signature that checked out says whose card it is: a tampered or unverifiable code names nobody.
    signed = card.status in (CardStatus.VALID, CardStatus.SUPERSEDED, CardStatus.REVOKED_KEY)
    if short_code is not None and signed:
        row = db.execute(
            "SELECT coalesce(w.id, p.id), coalesce(w.short_code, p.short_code), coalesce(w.full_name, p.full_name), "
            "coalesce(w.photo, p.photo), CASE WHEN w.id IS NULL THEN p.class_id ELSE w.class_id END, "
            "coalesce(w.program_code, p.program_code), CASE WHEN w.id IS NULL THEN p.withdrawn_at "
            "ELSE w.withdrawn_at END FROM participants p LEFT JOIN participants w ON w.id = p.merged_into "
            "WHERE p.short_code = ? AND p.deleted_at IS NULL",  # a merged duplicate's card counts for the kept one
            [short_code],
        ).fetchone()
        if row is not None:
            participant = {"id": row[0], "short_code": row[1], "full_name": row[2], "photo": row[3],
                           "class_id": row[4] if row[6] is None else None, "program_code": row[5]}
        if session is not None:
            first = db.execute(
                "SELECT a.scanned_at, d.name FROM attendance a LEFT JOIN devices d ON d.id = a.device_id "
                "WHERE a.session_id = ? AND a.short_code = ? AND a.verdict = 'present' "
                "AND a.undone_at IS NULL ORDER BY a.scanned_at LIMIT 1",
                [session_id, short_code],
            ).fetchone()
    facts = SessionFacts(
        session_exists=session is not None,
        session_program_tag=program_tag(session[1]) if session else None,
        participant_class_matches=None if participant is None or session is None
        else participant["class_id"] == session[2],
        already_present=first is not None,
    )
    verdict = decide(card, facts)
    scanned_at = at or _now()
    attendance_id = new_id()
    with connection.transaction(db):
        workspace.writer.emit("attendance", attendance_id, "create", {
            "session_id": session_id, "short_code": short_code,
            "card_generation": card.card.generation if card.card else None,
            "verdict": verdict.value, "method": method, "scanned_at": scanned_at,
            "device_id": workspace.info.device_id,
        })
    return ScanResult(
        attendance_id=attendance_id, verdict=verdict, short_code=short_code, participant=participant,
        scanned_at=scanned_at,
        first_scan_at=first[0] if first and verdict is Verdict.ALREADY_PRESENT else None,
        first_scan_device=first[1] if first and verdict is Verdict.ALREADY_PRESENT else None,
    )


def undo(workspace: Workspace, attendance_id: str) -> None:
    """Cancel a mistaken scan ("batalkan"): the row stays, marked undone, and the undo syncs."""
    workspace.session.require(Capability.CHECK_IN)
    row = workspace.db.execute("SELECT undone_at FROM attendance WHERE id = ?", [attendance_id]).fetchone()
    if row is None:
        raise NotFound("attendance", attendance_id)
    if row[0] is not None:
        raise PintuError("attendance.already_undone", key=attendance_id)
    with connection.transaction(workspace.db):
        workspace.writer.emit("attendance", attendance_id, "update", {"undone_at": _now()})


def recent_scans(workspace: Workspace, session_id: str, limit: int = 20) -> list[dict[str, Any]]:
    cursor = workspace.db.execute(
        "SELECT a.id, a.short_code, a.verdict, a.method, a.scanned_at, a.undone_at, p.full_name "
        "FROM attendance a LEFT JOIN participants p ON p.short_code = a.short_code AND p.deleted_at IS NULL "
        "WHERE a.session_id = ? ORDER BY a._created_hlc DESC LIMIT ?",
        [session_id, limit],
    )
    names = [d[0] for d in cursor.description]
    return [dict(zip(names, r, strict=True)) for r in cursor.fetchall()]


def session_counts(workspace: Workspace, session_id: str) -> tuple[int, int]:
    """(present, expected) for the station's counters."""
    row = workspace.db.execute(
        "SELECT (SELECT count(DISTINCT short_code) FROM attendance WHERE session_id = ? AND verdict = 'present' "
        "AND undone_at IS NULL), (SELECT count(*) FROM participants p JOIN sessions s ON s.class_id = p.class_id "
        "WHERE s.id = ? AND p.withdrawn_at IS NULL AND p.deleted_at IS NULL)",
        [session_id, session_id],
    ).fetchone()
    return int(row[0]), int(row[1])


def _aliases(workspace: Workspace) -> dict[str, str]:
    """Short codes of merged duplicates -> the kept record's code: their scans count for the kept person."""
    return {
        str(loser): str(winner)
        for loser, winner in workspace.db.execute(
            "SELECT p.short_code, w.short_code FROM participants p JOIN participants w ON w.id = p.merged_into"
        )
    }


def _minutes_late(scanned_at: str, session_date: str, start_time: str) -> int:
    scanned = datetime.fromisoformat(scanned_at)
    start = datetime.fromisoformat(f"{session_date}T{start_time}")
    if scanned.tzinfo is not None:
        scanned = scanned.replace(tzinfo=None)  # both are the laptop's wall clock
    return int((scanned - start) / timedelta(minutes=1))


def session_results(workspace: Workspace, session_id: str) -> dict[str, Any]:
    """Who came (first scan time, late or not), who did not; people scanned but not yet synced too."""
    db = workspace.db
    session = db.execute(
        "SELECT s.id, s.class_id, s.date, s.start_time, s.end_time FROM sessions s WHERE s.id = ?", [session_id]
    ).fetchone()
    if session is None:
        raise NotFound("session", session_id)
    aliases = _aliases(workspace)
    first_scans: dict[str, str] = {}
    for code, scanned in db.execute(
        "SELECT short_code, min(scanned_at) FROM attendance WHERE session_id = ? AND verdict = 'present' "
        "AND undone_at IS NULL GROUP BY short_code",
        [session_id],
    ):
        code = aliases.get(code, code)
        first_scans[code] = min(scanned, first_scans.get(code, scanned))
    members = db.execute(
        "SELECT id, short_code, full_name FROM participants WHERE class_id = ? AND withdrawn_at IS NULL "
        "AND deleted_at IS NULL ORDER BY full_name COLLATE NOCASE",
        [session[1]],
    ).fetchall()
    present, absent = [], []
    for participant_id, short_code, full_name in members:
        entry = {"id": participant_id, "short_code": short_code, "full_name": full_name}
        scanned = first_scans.pop(short_code, None)
        if scanned is None:
            absent.append(entry)
        else:
            late = _minutes_late(scanned, session[2], session[3])
            present.append({**entry, "scanned_at": scanned, "late_minutes": max(0, late),
                            "late": late > LATE_AFTER_MINUTES})
    unsynced = [{"id": None, "short_code": code, "full_name": None, "scanned_at": at}
                for code, at in sorted(first_scans.items())]
    return {"session_id": session_id, "date": session[2], "start_time": session[3], "end_time": session[4],
            "present": present, "absent": absent, "unsynced": unsynced}


def class_results(workspace: Workspace, class_id: str, *, today: date | None = None) -> dict[str, Any]:
    """Attendance per participant over the sessions held so far, and certificate eligibility."""
    db = workspace.db
    klass = db.execute("SELECT threshold FROM classes WHERE id = ? AND deleted_at IS NULL", [class_id]).fetchone()
    if klass is None:
        raise NotFound("class", class_id)
    threshold = int(klass[0] or 0)
    day = (today or date.today()).isoformat()
    held = [r[0] for r in db.execute(
        "SELECT id FROM sessions WHERE class_id = ? AND deleted_at IS NULL AND date <= ? ORDER BY date",
        [class_id, day])]
    attended: dict[str, int] = {}
    if held:
        aliases = _aliases(workspace)
        marks = ", ".join("?" for _ in held)
        sessions_by_code: dict[str, set[str]] = {}
        for short_code, session_id in db.execute(
            f"SELECT DISTINCT short_code, session_id FROM attendance WHERE session_id IN ({marks}) "
            "AND verdict = 'present' AND undone_at IS NULL",
            held,
        ):
            sessions_by_code.setdefault(aliases.get(short_code, short_code), set()).add(session_id)
        attended = {code: len(ids) for code, ids in sessions_by_code.items()}
    people = []
    for participant_id, short_code, full_name in db.execute(
        "SELECT id, short_code, full_name FROM participants WHERE class_id = ? AND withdrawn_at IS NULL "
        "AND deleted_at IS NULL ORDER BY full_name COLLATE NOCASE", [class_id]):
        count = attended.get(short_code, 0)
        percent = round(100.0 * count / len(held), 1) if held else 0.0
        people.append({"id": participant_id, "short_code": short_code, "full_name": full_name,
                       "attended": count, "sessions": len(held), "percent": percent,
                       "eligible": bool(held) and percent >= threshold})
    return {"class_id": class_id, "threshold": threshold, "sessions_held": len(held), "participants": people}
