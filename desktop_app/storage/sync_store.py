"""What sync needs from the database: every event to send, and applying a batch of received ones.

Applying is one transaction. Events are applied once (by `event_id`); new records that nothing else
touches are inserted in bulk, everything else goes through `apply_event` with conflict detection.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import sqlite_utils

from desktop_app.core.events import Event
from desktop_app.core.hlc import HybridClock
from desktop_app.core.validation import normalise_name
from desktop_app.storage import connection
from desktop_app.storage.driver import sqlite3
from desktop_app.storage.eventlog import ENTITY_TABLES, Conflict, _columns, apply_event
from desktop_app.storage.workspace import Workspace

BULK_FTS_THRESHOLD = 500
IMPORT_CACHE_KIB = -262_144  # 256 MB page cache while a bundle is applied
EVENT_COLUMNS = ("event_id", "device_id", "seq", "hlc", "entity", "entity_id", "op", "fields", "base", "actor")


@dataclass
class ImportReport:
    """What an import did (or, in a preview, would do)."""

    new_events: int = 0
    known_events: int = 0
    new_people: int = 0
    updated_people: int = 0
    attendance: int = 0
    conflicts: list[dict[str, Any]] = field(default_factory=list)
    duplicates: list[dict[str, Any]] = field(default_factory=list)
    gaps: list[dict[str, Any]] = field(default_factory=list)
    by_entity: dict[str, int] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "new_events": self.new_events, "known_events": self.known_events, "new_people": self.new_people,
            "updated_people": self.updated_people, "attendance": self.attendance,
            "conflicts": self.conflicts, "possible_duplicates": self.duplicates, "gaps": self.gaps,
            "by_entity": self.by_entity,
        }


def _now() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def all_event_rows(workspace: Workspace) -> list[list[Any]]:
    """Every event this laptop knows, as compact rows (own and relayed: any path spreads everything)."""
    cursor = workspace.db.conn.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events ORDER BY hlc, device_id")
    return [list(row) for row in cursor]


def sequence_ranges(workspace: Workspace) -> dict[str, list[int]]:
    return {
        str(device): [int(low), int(high), int(count)]
        for device, low, high, count in workspace.db.execute(
            "SELECT device_id, min(seq), max(seq), count(*) FROM events GROUP BY device_id"
        )
    }


def gaps(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Missing sequence numbers per device, and which laptop to ask for them."""
    result = []
    for device, _low, high, count in db.execute(
        "SELECT e.device_id, min(e.seq), max(e.seq), count(*) FROM events e GROUP BY e.device_id"
    ).fetchall():
        if count == high:
            continue
        seqs = [r[0] for r in db.execute("SELECT seq FROM events WHERE device_id = ? ORDER BY seq",
                                                   [device])]
        missing: list[list[int]] = []
        expected = 1
        for seq in seqs:
            if seq > expected:
                missing.append([expected, seq - 1])
            expected = seq + 1
        name = db.execute("SELECT name, officer FROM devices WHERE id = ?", [device]).fetchone()
        result.append({"device_id": device, "device_name": name[0] if name else None,
                       "officer": name[1] if name else None, "missing": missing,
                       "missing_count": sum(b - a + 1 for a, b in missing)})
    return result


def mark_exported(workspace: Workspace) -> None:
    with connection.transaction(workspace.db):
        workspace.db.execute("UPDATE local_device SET exported_seq = last_seq")


def unsent_count(workspace: Workspace) -> int:
    """This laptop's changes that have not left it in a bundle yet."""
    row = workspace.db.execute("SELECT last_seq - exported_seq FROM local_device").fetchone()
    return int(row[0])


def _conflict_id(conflict: Conflict) -> str:
    key = json.dumps([conflict.entity, conflict.entity_id, conflict.field, sorted(
        [list(conflict.kept_version), list(conflict.other_version)])])
    return hashlib.sha256(key.encode()).hexdigest()[:32]


def _pair_id(a: str, b: str) -> str:
    first, second = sorted((a, b))
    return hashlib.sha256(f"{first}|{second}".encode()).hexdigest()[:32]


def import_events(
    db: sqlite_utils.Database,
    rows: Iterable[list[Any]],
    *,
    source: str,
    origin_device: str | None,
    clock: HybridClock | None = None,
) -> ImportReport:
    """Apply received events in one transaction; safe to repeat (known events are skipped).

    Raises ValueError (or TypeError) for rows that are not events, before anything is written.
    """
    conn = db.conn
    report = ImportReport()
    known = {r[0] for r in conn.execute("SELECT event_id FROM events")}
    fresh_rows: list[Any] = []
    seen: set[str] = set()
    width = len(EVENT_COLUMNS)
    for row in rows:
        event_id = row[0]
        if event_id in known or event_id in seen:
            report.known_events += 1
            continue
        if (len(row) != width or type(event_id) is not str or type(row[2]) is not int or type(row[3]) is not int
                or row[4] not in ENTITY_TABLES or type(row[7]) is not str):
            raise ValueError("not an event row")
        if not row[8]:
            row[8] = "{}"
        seen.add(event_id)
        fresh_rows.append(row)
    report.new_events = len(fresh_rows)
    report.by_entity = dict(Counter(row[4] for row in fresh_rows))
    previous_cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")  # a big import touches every index: keep them in memory
    try:
        with connection.transaction(db):
            _apply_fresh(db, fresh_rows, report)
            if fresh_rows:
                newest = max(row[3] for row in fresh_rows)
                conn.execute("UPDATE local_device SET last_hlc = max(last_hlc, ?)", [newest])
                if clock is not None:
                    clock.observe(newest)
            if origin_device:
                conn.execute(
                    "INSERT INTO sync_peers (device_id, last_import_at, last_source) VALUES (?, ?, ?) "
                    "ON CONFLICT (device_id) DO UPDATE SET last_import_at = excluded.last_import_at, "
                    "last_source = excluded.last_source",
                    [origin_device, _now(), source],
                )
    finally:
        conn.execute(f"PRAGMA cache_size = {int(previous_cache)}")
    report.gaps = gaps(db)
    return report


def _apply_fresh(db: sqlite_utils.Database, fresh_rows: list[Any], report: ImportReport) -> None:
    """Log the events, insert untouched new records in bulk, apply the rest one by one in clock order."""
    conn = db.conn
    fresh_rows.sort(key=lambda row: row[0])  # primary-key order: the log's B-tree is appended to
    conn.executemany(
        f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({', '.join('?' for _ in EVENT_COLUMNS)})",
        fresh_rows,
    )
    bulk = _bulk_creates(db, fresh_rows)
    rest_rows = [row for i, row in enumerate(fresh_rows) if i not in bulk]
    rest = [
        Event(event_id=row[0], device_id=row[1], seq=row[2], hlc=row[3], entity=row[4], entity_id=row[5],
              op=row[6], fields=fields, base=json.loads(row[8]) if row[8] != "{}" else {}, actor=row[9] or "")
        for row, fields in zip(rest_rows, _decode_objects([row[7] for row in rest_rows]), strict=True)
    ]
    rest.sort(key=lambda e: (e.hlc, e.device_id))
    conflicts: list[Conflict] = []
    for event in rest:
        apply_event(db, event, conflicts)
    new_participants = []
    for row in fresh_rows:
        if row[4] == "participant":
            if row[6] == "create":
                report.new_people += 1
                new_participants.append(row[5])
            else:
                report.updated_people += 1
        elif row[4] == "attendance" and row[6] == "create":
            report.attendance += 1
    report.conflicts = _record_conflicts(db, conflicts)
    report.duplicates = _record_duplicates(db, new_participants)


def _decode_objects(texts: list[str]) -> list[dict[str, Any]]:
    """Parse many small JSON objects in one call (a bundle holds hundreds of thousands)."""
    if not texts:
        return []
    if not all(isinstance(t, str) and t.startswith("{") and t.endswith("}") for t in texts):
        raise ValueError("event fields are not JSON objects")
    values = json.loads("[" + ",".join(texts) + "]")
    if len(values) != len(texts) or not all(isinstance(v, dict) for v in values):
        raise ValueError("event fields are not JSON objects")
    return values


def _bulk_creates(db: sqlite_utils.Database, fresh_rows: list[Any]) -> set[int]:
    """Insert, in bulk, records created by one event that nothing else in this batch touches.

    SQLite reads the fields out of the logged events itself (json_extract), so hundreds of thousands
    of records never pass through Python dictionaries. Returns the positions handled in `fresh_rows`.
    """
    touched = Counter((row[4], row[5]) for row in fresh_rows)
    by_table: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(fresh_rows):
        if row[6] == "create" and touched[(row[4], row[5])] == 1:
            by_table[ENTITY_TABLES[row[4]]].append(i)
    conn = db.conn
    done: set[int] = set()
    conn.execute("CREATE TEMP TABLE IF NOT EXISTS _bulk_events (event_id TEXT PRIMARY KEY) WITHOUT ROWID")
    for table, positions in by_table.items():
        conn.execute("DELETE FROM _bulk_events")
        conn.execute("INSERT INTO _bulk_events SELECT value FROM json_each(?)",  # one call, parsed in C
                     [json.dumps([fresh_rows[i][0] for i in positions])])
        if conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():  # records that exist go the slow way
            conn.execute(f"DELETE FROM _bulk_events WHERE event_id IN (SELECT b.event_id FROM _bulk_events b "
                         f"CROSS JOIN events e ON e.event_id = b.event_id JOIN {table} t ON t.id = e.entity_id)")
        kept = {r[0] for r in conn.execute("SELECT event_id FROM _bulk_events")}
        columns = sorted(c for c in _columns(db, table) if not c.startswith("_") and c not in _DERIVED)
        names = ["id", *columns, "_created_hlc", "_created_device"]
        values = ["e.entity_id", *(f"json_extract(e.fields, '$.{c}')" for c in columns), "e.hlc", "e.device_id"]
        if "_updated_hlc" in _columns(db, table):
            names.append("_updated_hlc")
            values.append("e.hlc")
        if table == "participants":
            names += ["name_norm", "search_code"]
            values += ["pintu_name_norm(json_extract(e.fields, '$.full_name'))",
                       "replace(json_extract(e.fields, '$.short_code'), '-', '')"]
            conn.create_function("pintu_name_norm", 1, _name_norm, deterministic=True)
        # driven by the batch (CROSS JOIN keeps that order): the log may be far bigger than the batch
        sql = (f"INSERT INTO {table} ({', '.join(names)}) SELECT {', '.join(values)} FROM _bulk_events b "
               "CROSS JOIN events e ON e.event_id = b.event_id")
        try:
            if table == "participants" and len(kept) >= BULK_FTS_THRESHOLD:
                _insert_participants_bulk(conn, sql)
            else:
                conn.execute(sql)
        except sqlite3.OperationalError as exc:
            if "JSON" in str(exc):
                raise ValueError("event fields are not JSON objects") from exc
            raise
        done.update(i for i in positions if fresh_rows[i][0] in kept)
    conn.execute("DELETE FROM _bulk_events")
    return done


_DERIVED = frozenset({"name_norm", "search_code"})


def _name_norm(name: Any) -> str:
    return normalise_name(name) if isinstance(name, str) else ""


def _insert_participants_bulk(conn: sqlite3.Connection, sql: str) -> None:
    """Many new people at once: index them for search in one statement instead of row by row.

    The per-row search trigger is set aside inside the transaction and put back exactly as it was,
    so a failure anywhere rolls both the rows and the trigger change back.
    """
    trigger_sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'participants_fts_ai'"
    ).fetchone()[0]
    last_rowid = conn.execute("SELECT coalesce(max(rowid), 0) FROM participants").fetchone()[0]
    conn.execute("DROP TRIGGER participants_fts_ai")
    conn.execute(sql)
    conn.execute(
        "INSERT INTO participants_fts (rowid, full_name, nik, search_code, address) "
        "SELECT rowid, full_name, nik, search_code, address FROM participants "
        "WHERE rowid > ? AND withdrawn_at IS NULL AND deleted_at IS NULL",
        [last_rowid],
    )
    conn.execute(trigger_sql)


def _record_conflicts(db: sqlite_utils.Database, conflicts: list[Conflict]) -> list[dict[str, Any]]:
    recorded = []
    for conflict in conflicts:
        conflict_id = _conflict_id(conflict)
        row = {
            "id": conflict_id, "entity": conflict.entity, "entity_id": conflict.entity_id,
            "field": conflict.field, "kept_value": json.dumps(conflict.kept_value, ensure_ascii=False),
            "kept_hlc": conflict.kept_version[0], "kept_device": conflict.kept_version[1],
            "other_value": json.dumps(conflict.other_value, ensure_ascii=False),
            "other_hlc": conflict.other_version[0], "other_device": conflict.other_version[1],
            "detected_at": _now(),
        }
        names = list(row)
        db.execute(
            f"INSERT INTO conflicts ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) "
            "ON CONFLICT (id) DO NOTHING",
            [row[n] for n in names],
        )
        recorded.append({k: row[k] for k in ("id", "entity", "entity_id", "field")}
                        | {"kept_value": conflict.kept_value, "other_value": conflict.other_value})
    return recorded


def _record_duplicates(db: sqlite_utils.Database, new_ids: list[str]) -> list[dict[str, Any]]:
    """Same NIK on two active records, one of them new: a possible duplicate pair for a coordinator."""
    if not new_ids:
        return []
    fresh = set(new_ids)
    pairs = db.execute(
        "SELECT a.id, b.id FROM participants a JOIN participants b ON b.nik = a.nik AND b.id > a.id "
        "WHERE a.nik IN (SELECT nik FROM participants WHERE deleted_at IS NULL AND withdrawn_at IS NULL "
        "GROUP BY nik HAVING count(*) > 1) "
        "AND a.withdrawn_at IS NULL AND b.withdrawn_at IS NULL AND a.deleted_at IS NULL AND b.deleted_at IS NULL "
        "AND a.merged_into IS NULL AND b.merged_into IS NULL"
    ).fetchall()
    recorded: list[dict[str, Any]] = []
    for first, second in pairs:
        if first not in fresh and second not in fresh:
            continue
        pair_id = _pair_id(first, second)
        cursor = db.execute(
            "INSERT INTO duplicate_pairs (id, participant_a, participant_b, reason, status) "
            "VALUES (?, ?, ?, 'nik', 'open') ON CONFLICT (id) DO NOTHING",
            [pair_id, first, second],
        )
        if cursor.rowcount:
            recorded.append({"id": pair_id, "participant_a": first, "participant_b": second, "reason": "nik"})
    return recorded
