"""The SQL behind reports: counts grouped in the database, and rows streamed for exports.

Every count is one aggregate query over the participants table (a 100,000-row workspace answers each
in tens of milliseconds); nothing loads all participants into Python except the exports, which stream
them. "Active" means not withdrawn and not deleted, as everywhere else in the app. Merged duplicates'
scans count for the kept person, as in `attendance.class_results`.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

import sqlite_utils

from desktop_app.core.roles import IDENTITY_FIELDS

ACTIVE = "p.deleted_at IS NULL AND p.withdrawn_at IS NULL"

# Columns of a participants export, in order (the reports layer gives them headers and formats).
EXPORT_COLUMNS: tuple[str, ...] = (
    "short_code", "nik", "kk_number", "full_name", "birth_place", "birth_date", "gender", "address", "rt", "rw",
    "kelurahan_code", "phone", "education", "category", "former_employer", "phk_date", "program_name",
    "class_name", "status", "registered_by", "registered_at",
)


@dataclass(frozen=True)
class ReportFilter:
    """What a report covers: registrations within dates (inclusive, the laptop's local dates) of a training."""

    date_from: date | None = None
    date_to: date | None = None
    program_code: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {
            "date_from": self.date_from.isoformat() if self.date_from else None,
            "date_to": self.date_to.isoformat() if self.date_to else None,
            "program_code": self.program_code,
        }


EVERYTHING = ReportFilter()


@contextmanager
def snapshot(db: sqlite_utils.Database) -> Iterator[None]:
    """Read everything inside one read transaction: a report's sheets and totals see the same data, even
    while another window or laptop's import writes (WAL readers never block writers, nor wait for them)."""
    if db.conn.in_transaction:
        yield
        return
    db.conn.execute("BEGIN")
    try:
        yield
    finally:
        if db.conn.in_transaction:
            db.conn.execute("COMMIT")


def _where(report_filter: ReportFilter) -> tuple[str, list[Any]]:
    """Active participants within the filter. `registered_at` is ISO text, so dates compare as text."""
    clauses = [ACTIVE]
    params: list[Any] = []
    if report_filter.date_from:
        clauses.append("p.registered_at >= ?")
        params.append(report_filter.date_from.isoformat())
    if report_filter.date_to:
        clauses.append("p.registered_at < ?")
        params.append((report_filter.date_to + timedelta(days=1)).isoformat())
    if report_filter.program_code:
        clauses.append("p.program_code = ?")
        params.append(report_filter.program_code)
    return " AND ".join(clauses), params


# --- registrations ----------------------------------------------------------------------------
def programs(db: sqlite_utils.Database, program_code: str | None = None) -> list[dict[str, Any]]:
    """The trainings (only the one asked for, if any) in the programme's order, with their quotas."""
    rows = db.execute(
        "SELECT id, name, quota FROM programs WHERE deleted_at IS NULL AND (? IS NULL OR id = ?) "
        "ORDER BY sort_order, id",
        [program_code, program_code],
    ).fetchall()
    return [{"code": r[0], "name": r[1] or r[0], "quota": r[2]} for r in rows]


def profile_counts(
    db: sqlite_utils.Database, report_filter: ReportFilter
) -> list[tuple[str | None, str | None, str | None, str | None, int]]:
    """Active participants per (training, status, category, gender): one pass gives four breakdowns."""
    where, params = _where(report_filter)
    rows = db.execute(
        "SELECT p.program_code, p.status, p.category, p.gender, count(*) FROM participants p "
        f"WHERE {where} GROUP BY 1, 2, 3, 4",
        params,
    ).fetchall()
    return [(r[0], r[1], r[2], r[3], int(r[4])) for r in rows]


def kelurahan_counts(db: sqlite_utils.Database, report_filter: ReportFilter) -> dict[str | None, int]:
    """Active participants per kelurahan/desa code (the kecamatan is the code's first 8 characters)."""
    where, params = _where(report_filter)
    rows = db.execute(f"SELECT p.kelurahan_code, count(*) FROM participants p WHERE {where} GROUP BY 1", params)
    return {r[0]: int(r[1]) for r in rows}


def officer_day_counts(db: sqlite_utils.Database, report_filter: ReportFilter) -> list[tuple[str, str, int]]:
    """(officer, day "YYYY-MM-DD", registrations), by day then officer."""
    where, params = _where(report_filter)
    rows = db.execute(
        "SELECT coalesce(p.registered_by, ''), substr(p.registered_at, 1, 10), count(*) FROM participants p "
        f"WHERE {where} GROUP BY 1, 2 ORDER BY 2, 1",
        params,
    ).fetchall()
    return [(str(r[0]), str(r[1] or ""), int(r[2])) for r in rows]


def withdrawn_count(db: sqlite_utils.Database, report_filter: ReportFilter) -> int:
    where, params = _where(report_filter)
    where = where.replace("p.withdrawn_at IS NULL", "p.withdrawn_at IS NOT NULL")
    return int(db.execute(f"SELECT count(*) FROM participants p WHERE {where}", params).fetchone()[0])


# --- classes and attendance ---------------------------------------------------------------------
def class_overview(
    db: sqlite_utils.Database, *, today: date, program_code: str | None = None
) -> list[dict[str, Any]]:
    """Each class with its members, sessions (all and held by `today`) and, per member, sessions attended.

    `attended` maps participant id -> number of held sessions with a present scan (members only).
    """
    day = today.isoformat()
    classes = db.execute(
        "SELECT c.id, c.name, c.program_code, coalesce(pr.name, c.program_code), c.place, c.trainer, "
        "c.start_date, c.end_date, c.threshold, "
        "(SELECT count(*) FROM sessions s WHERE s.class_id = c.id AND s.deleted_at IS NULL), "
        "(SELECT count(*) FROM sessions s WHERE s.class_id = c.id AND s.deleted_at IS NULL AND s.date <= ?) "
        "FROM classes c LEFT JOIN programs pr ON pr.id = c.program_code "
        "WHERE c.deleted_at IS NULL AND (? IS NULL OR c.program_code = ?) ORDER BY c.start_date, c.name",
        [day, program_code, program_code],
    ).fetchall()
    if not classes:
        return []
    members: dict[str, int] = {
        str(r[0]): int(r[1]) for r in db.execute(
            f"SELECT p.class_id, count(*) FROM participants p WHERE p.class_id IS NOT NULL AND {ACTIVE} GROUP BY 1")
    }
    attended: dict[str, dict[str, int]] = {}
    for class_id, participant_id, sessions in db.execute(
        _MARKS_CTE + "SELECT m.class_id, p.id, count(*) FROM marks m JOIN participants p "
        f"ON p.short_code = m.code AND p.class_id = m.class_id AND {ACTIVE} GROUP BY 1, 2",
        {"today": day, "class_id": None},
    ):
        attended.setdefault(str(class_id), {})[str(participant_id)] = int(sessions)
    return [
        {"id": r[0], "name": r[1], "program_code": r[2], "program_name": r[3], "place": r[4] or "",
         "trainer": r[5] or "", "start_date": r[6], "end_date": r[7], "threshold": int(r[8] or 0),
         "sessions": int(r[9]), "sessions_held": int(r[10]), "members": members.get(str(r[0]), 0),
         "attended": attended.get(str(r[0]), {})}
        for r in classes
    ]


# Present scans of held sessions, one per (class, person, session), a merged duplicate's under the kept code.
_MARKS_CTE = (
    "WITH held AS (SELECT id, class_id FROM sessions WHERE deleted_at IS NULL AND date <= :today "
    "AND (:class_id IS NULL OR class_id = :class_id)), "
    "marks AS (SELECT DISTINCT h.class_id, coalesce(w.short_code, a.short_code) AS code, a.session_id "
    "FROM held h JOIN attendance a ON a.session_id = h.id "
    "LEFT JOIN participants d ON d.short_code = a.short_code AND d.merged_into IS NOT NULL "
    "LEFT JOIN participants w ON w.id = d.merged_into "
    "WHERE a.verdict = 'present' AND a.undone_at IS NULL) "
)


def class_info(db: sqlite_utils.Database, class_id: str) -> dict[str, Any] | None:
    cursor = db.execute(
        "SELECT c.id, c.name, c.program_code, coalesce(pr.name, c.program_code) AS program_name, c.place, "
        "c.trainer, c.start_date, c.end_date, c.start_time, c.end_time, c.threshold, c.capacity "
        "FROM classes c LEFT JOIN programs pr ON pr.id = c.program_code WHERE c.id = ? AND c.deleted_at IS NULL",
        [class_id],
    )
    row = cursor.fetchone()
    if row is None:
        return None
    return {d[0]: value for d, value in zip(cursor.description, row, strict=True)}


def class_sessions(db: sqlite_utils.Database, class_id: str) -> list[dict[str, Any]]:
    cursor = db.execute(
        "SELECT id, date, start_time, end_time FROM sessions WHERE class_id = ? AND deleted_at IS NULL "
        "ORDER BY date, start_time, id",
        [class_id],
    )
    return [{"id": r[0], "date": r[1], "start_time": r[2], "end_time": r[3]} for r in cursor.fetchall()]


def class_members(db: sqlite_utils.Database, class_id: str) -> list[dict[str, Any]]:
    cursor = db.execute(
        f"SELECT p.id, p.short_code, p.full_name, p.gender FROM participants p WHERE p.class_id = ? AND {ACTIVE} "
        "ORDER BY p.full_name COLLATE NOCASE, p.id",
        [class_id],
    )
    return [{"id": r[0], "short_code": r[1], "full_name": r[2], "gender": r[3]} for r in cursor.fetchall()]


def class_marks(db: sqlite_utils.Database, class_id: str, *, today: date) -> set[tuple[str, str]]:
    """(participant id, session id) of every held session of the class a member was scanned present at."""
    rows = db.execute(
        _MARKS_CTE + "SELECT p.id, m.session_id FROM marks m JOIN participants p "
        f"ON p.short_code = m.code AND p.class_id = m.class_id AND {ACTIVE}",
        {"today": today.isoformat(), "class_id": class_id},
    ).fetchall()
    return {(str(r[0]), str(r[1])) for r in rows}


# --- participants export --------------------------------------------------------------------------
def export_count(db: sqlite_utils.Database, report_filter: ReportFilter) -> int:
    where, params = _where(report_filter)
    return int(db.execute(f"SELECT count(*) FROM participants p WHERE {where}", params).fetchone()[0])


def iter_export_rows(
    db: sqlite_utils.Database, report_filter: ReportFilter, *, identity: bool = True
) -> Iterator[tuple[Any, ...]]:
    """Tuples in `EXPORT_COLUMNS` order, oldest registration first, streamed from the cursor.

    Without `identity` (a session that may not read them), NIK, KK, phone and address are NULL."""
    where, params = _where(report_filter)

    def column(name: str) -> str:
        if name in IDENTITY_FIELDS and not identity:
            return "NULL"
        return "pr.name" if name == "program_name" else "c.name" if name == "class_name" else f"p.{name}"

    columns = ", ".join(column(c) for c in EXPORT_COLUMNS)
    cursor = db.execute(
        f"SELECT {columns} FROM participants p LEFT JOIN programs pr ON pr.id = p.program_code "
        f"LEFT JOIN classes c ON c.id = p.class_id WHERE {where} ORDER BY p.registered_at, p.id",
        params,
    )
    yield from cursor


# --- certificates -----------------------------------------------------------------------------------
def device_keys(db: sqlite_utils.Database) -> dict[str, tuple[str, bool]]:
    """key id -> (public key, base64; revoked) of every laptop this one knows."""
    return {
        str(r[0]): (str(r[1]), r[2] is not None)
        for r in db.execute(
            "SELECT key_id, public_key, revoked_at FROM devices WHERE key_id IS NOT NULL AND public_key IS NOT NULL")
    }


def local_private_key(db: sqlite_utils.Database) -> bytes:
    return bytes(db.execute("SELECT private_key FROM local_device").fetchone()[0])


def class_ids(db: sqlite_utils.Database, program_code: str | None = None) -> list[str]:
    """Classes (of one training, if given) in the order of their start dates."""
    return [str(r[0]) for r in db.execute(
        "SELECT id FROM classes WHERE deleted_at IS NULL AND (? IS NULL OR program_code = ?) "
        "ORDER BY start_date, name, id", [program_code, program_code])]


def participant_by_short_code(db: sqlite_utils.Database, short_code: str) -> dict[str, Any] | None:
    """The person a code names (the kept record, for a merged duplicate's code)."""
    cursor = db.execute(
        "SELECT coalesce(w.id, p.id), coalesce(w.short_code, p.short_code), coalesce(w.full_name, p.full_name), "
        "coalesce(w.program_code, p.program_code), CASE WHEN w.id IS NULL THEN p.class_id ELSE w.class_id END, "
        "CASE WHEN w.id IS NULL THEN p.withdrawn_at ELSE w.withdrawn_at END "
        "FROM participants p LEFT JOIN participants w ON w.id = p.merged_into "
        "WHERE p.short_code = ? AND p.deleted_at IS NULL",
        [short_code],
    )
    row = cursor.fetchone()
    if row is None:
        return None
    return {"id": row[0], "short_code": row[1], "full_name": row[2], "program_code": row[3], "class_id": row[4],
            "withdrawn_at": row[5]}


def office_name(db: sqlite_utils.Database) -> str:
    """The office named on the workspace, if one was set ("" otherwise)."""
    row = db.execute("SELECT office_name FROM workspace").fetchone()
    return str(row[0]) if row and row[0] else ""
