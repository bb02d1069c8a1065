"""Check-in by person instead of by card: a forgotten card, a short code typed by hand, a name picked.

The same rules and the same stored row as a card scan (`attendance.checkin`): the verdict comes from
`core.checkin.decide` with a card that is valid by construction, so only `present`, `already_present`,
`not_in_class` and `no_session` can come out (nothing here can be tampered, old or signed by an unknown
laptop). The row is an attendance event like any scan, so it syncs, counts in the results and can be
undone. A merged duplicate checks in as the record that was kept, and a scan of either card counts.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import Any

from desktop_app.core.cards import CardCheck, CardCode, CardStatus, program_tag
from desktop_app.core.checkin import SessionFacts, Verdict, decide
from desktop_app.core.errors import NotFound, PintuError
from desktop_app.core.ids import new_id, normalise_short_code
from desktop_app.core.roles import Capability
from desktop_app.storage import connection
from desktop_app.storage.attendance import METHODS, ScanResult
from desktop_app.storage.participants import NAME_COLUMNS, fts_expression
from desktop_app.storage.workspace import Workspace

_WORD = re.compile(r"\w+", re.UNICODE)


def _now() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def _person(workspace: Workspace, participant_id: str) -> dict[str, Any] | None:
    """The person as check-in sees them: the kept record when this one was merged into another."""
    row = workspace.db.execute(
        "SELECT coalesce(w.id, p.id), coalesce(w.short_code, p.short_code), coalesce(w.full_name, p.full_name), "
        "coalesce(w.photo, p.photo), CASE WHEN w.id IS NULL THEN p.class_id ELSE w.class_id END, "
        "coalesce(w.program_code, p.program_code), CASE WHEN w.id IS NULL THEN p.withdrawn_at ELSE w.withdrawn_at END, "
        "coalesce(w.card_generation, p.card_generation) "
        "FROM participants p LEFT JOIN participants w ON w.id = p.merged_into WHERE p.id = ? AND p.deleted_at IS NULL",
        [participant_id],
    ).fetchone()
    if row is None:
        return None
    return {"id": row[0], "short_code": row[1], "full_name": row[2], "photo": row[3],
            "class_id": row[4] if row[6] is None else None, "program_code": row[5],
            "card_generation": int(row[7] or 0)}


def checkin_participant(
    workspace: Workspace, session_id: str, participant_id: str, *, method: str = "manual", at: str | None = None
) -> ScanResult:
    """Decide and record one check-in of a known person (no card). `at`: a time from a paper sheet."""
    workspace.session.require(Capability.CHECK_IN)
    if method not in METHODS:
        raise PintuError("method.invalid", key=method)
    person = _person(workspace, participant_id)
    if person is None:
        raise NotFound("participant", participant_id)
    db = workspace.db
    session = db.execute(
        "SELECT s.id, c.program_code, s.class_id FROM sessions s JOIN classes c ON c.id = s.class_id "
        "WHERE s.id = ? AND s.deleted_at IS NULL AND c.deleted_at IS NULL",
        [session_id],
    ).fetchone()
    first = None
    if session is not None:
        first = db.execute(  # a scan of any of the person's cards (a merged duplicate's too) counts
            "SELECT a.scanned_at, d.name FROM attendance a LEFT JOIN devices d ON d.id = a.device_id "
            "WHERE a.session_id = ? AND a.verdict = 'present' AND a.undone_at IS NULL AND a.short_code IN "
            "(SELECT short_code FROM participants WHERE id = ? OR merged_into = ?) ORDER BY a.scanned_at LIMIT 1",
            [session_id, person["id"], person["id"]],
        ).fetchone()
    card = CardCheck(
        CardStatus.VALID,
        CardCode(person["short_code"], program_tag(person["program_code"] or ""), person["card_generation"], ""),
        current_generation=person["card_generation"],
        known_participant=True,
    )
    facts = SessionFacts(
        session_exists=session is not None,
        session_program_tag=program_tag(session[1]) if session else None,
        participant_class_matches=session is not None and person["class_id"] == session[2],
        already_present=first is not None,
    )
    verdict = decide(card, facts)
    scanned_at = at or _now()
    attendance_id = new_id()
    with connection.transaction(db):
        workspace.writer.emit("attendance", attendance_id, "create", {
            "session_id": session_id, "short_code": person["short_code"], "card_generation": None,
            "verdict": verdict.value, "method": method, "scanned_at": scanned_at,
            "device_id": workspace.info.device_id,
        })
    participant = {key: person[key] for key in ("id", "short_code", "full_name", "photo", "class_id", "program_code")}
    return ScanResult(
        attendance_id=attendance_id, verdict=verdict, short_code=person["short_code"], participant=participant,
        scanned_at=scanned_at,
        first_scan_at=first[0] if first and verdict is Verdict.ALREADY_PRESENT else None,
        first_scan_device=first[1] if first and verdict is Verdict.ALREADY_PRESENT else None,
    )


def find_people(workspace: Workspace, session_id: str | None, text: str, limit: int = 10) -> list[dict[str, Any]]:
    """People a trainer may mean by what they typed: a short code, or words of a name.

    Members of the session's class come first (by name), then anyone else active on this laptop, each
    with `in_class`. A short code finds its person (the kept record, for a merged duplicate) or nobody.
    Words match names and codes only: typing a NIK or an address finds nobody.
    """
    db = workspace.db
    class_id = None
    if session_id:
        row = db.execute("SELECT class_id FROM sessions WHERE id = ? AND deleted_at IS NULL", [session_id]).fetchone()
        class_id = row[0] if row else None
    code = normalise_short_code(text)
    if code is not None:
        found = db.execute(
            "SELECT coalesce(p.merged_into, p.id) FROM participants p WHERE p.short_code = ? AND p.deleted_at IS NULL",
            [code],
        ).fetchone()
        person = _person(workspace, str(found[0])) if found else None
        return [] if person is None else [_entry(person, class_id)]
    words = _WORD.findall(text)
    if not words or limit <= 0:
        return []
    results: list[dict[str, Any]] = []
    if class_id is not None:
        # every word starts a word of the name (as the full-text search does), or is 3+ characters of the code
        likes = " AND ".join("(' ' || full_name LIKE ? OR (length(?) >= 3 AND search_code LIKE ?))" for _ in words)
        params: list[Any] = [class_id]
        for word in words:
            params.extend([f"% {word}%", word, f"%{word.upper()}%"])
        rows = db.execute(
            "SELECT id FROM participants WHERE class_id = ? AND withdrawn_at IS NULL AND deleted_at IS NULL "
            f"AND merged_into IS NULL AND {likes} ORDER BY full_name COLLATE NOCASE LIMIT ?",
            [*params, limit],
        ).fetchall()
        results.extend(_entry(_person(workspace, str(r[0])), class_id) for r in rows)
    expression = fts_expression(text, NAME_COLUMNS)
    if expression is not None and len(results) < limit:
        seen = {r["id"] for r in results}
        rows = db.execute(
            "SELECT p.id FROM participants p WHERE p.rowid IN "
            "(SELECT rowid FROM participants_fts WHERE participants_fts MATCH ?) "
            "AND p.deleted_at IS NULL AND p.withdrawn_at IS NULL AND p.merged_into IS NULL "
            "ORDER BY p.full_name COLLATE NOCASE LIMIT ?",
            [expression, limit + len(seen)],
        ).fetchall()
        for (participant_id,) in rows:
            if participant_id not in seen and len(results) < limit:
                results.append(_entry(_person(workspace, str(participant_id)), class_id))
    return results


def _entry(person: dict[str, Any] | None, class_id: str | None) -> dict[str, Any]:
    assert person is not None
    return {"id": person["id"], "short_code": person["short_code"], "full_name": person["full_name"],
            "program_code": person["program_code"], "photo": person["photo"],
            "in_class": class_id is not None and person["class_id"] == class_id}
