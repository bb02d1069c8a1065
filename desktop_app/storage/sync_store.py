"""What sync needs from the database: every event to send, and applying a batch of received ones.

Applying is one transaction. Events are applied once (by `event_id`); new records that nothing else
touches are inserted in bulk, everything else goes through `apply_event` with conflict detection.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any

import sqlite_utils

from desktop_app.core.events import Event
from desktop_app.core.hlc import HybridClock
from desktop_app.storage import connection
from desktop_app.storage.eventlog import ENTITY_TABLES, Conflict, _columns, _derived, apply_event
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
    fresh_rows: list[tuple[Any, ...]] = []
    seen: set[str] = set()
    for row in rows:
        event_id = row[0]
        if event_id in known or event_id in seen:
            report.known_events += 1
            continue
        if len(row) != len(EVENT_COLUMNS) or row[4] not in ENTITY_TABLES or not isinstance(event_id, str):
            raise ValueError("not an event row")
        seen.add(event_id)
        fresh_rows.append((event_id, str(row[1]), int(row[2]), int(row[3]), row[4], str(row[5]), str(row[6]),
                           row[7], row[8] or "{}", row[9] or ""))
    fields_list = _decode_objects([row[7] for row in fresh_rows])
    report.new_events = len(fresh_rows)
    report.by_entity = dict(Counter(row[4] for row in fresh_rows))
    previous_cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")  # a big import touches every index: keep them in memory
    try:
        with connection.transaction(db):
            _apply_fresh(db, fresh_rows, fields_list, report)
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


def _apply_fresh(
    db: sqlite_utils.Database,
    fresh_rows: list[tuple[Any, ...]],
    fields_list: list[dict[str, Any]],
    report: ImportReport,
) -> None:
    """Log the events, insert untouched new records in bulk, apply the rest one by one in clock order."""
    conn = db.conn
    order = sorted(range(len(fresh_rows)), key=lambda i: fresh_rows[i][0])  # primary-key order: appends
    conn.executemany(
        f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({', '.join('?' for _ in EVENT_COLUMNS)})",
        [fresh_rows[i] for i in order],
    )
    bulk = _bulk_creates(db, fresh_rows, fields_list)
    rest = [
        Event(event_id=row[0], device_id=row[1], seq=row[2], hlc=row[3], entity=row[4], entity_id=row[5],
              op=row[6], fields=fields_list[i], base=json.loads(row[8]) if row[8] != "{}" else {}, actor=row[9])
        for i, row in enumerate(fresh_rows)
        if i not in bulk
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


def _bulk_creates(
    db: sqlite_utils.Database, fresh_rows: list[tuple[Any, ...]], fields_list: list[dict[str, Any]]
) -> set[int]:
    """Insert, in bulk, records created by one event that nothing else in this batch touches.

    Returns the positions of the events handled, in `fresh_rows`.
    """
    touched = Counter((row[4], row[5]) for row in fresh_rows)
    candidates = [i for i, row in enumerate(fresh_rows) if row[6] == "create" and touched[(row[4], row[5])] == 1]
    if not candidates:
        return set()
    conn = db.conn
    by_table: dict[str, list[int]] = defaultdict(list)
    for i in candidates:
        by_table[ENTITY_TABLES[fresh_rows[i][4]]].append(i)
    done: set[int] = set()
    for table, positions in by_table.items():
        existing: set[str] = set()
        if conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():
            ids = [fresh_rows[i][5] for i in positions]
            for start in range(0, len(ids), 900):
                chunk = ids[start:start + 900]
                marks = ", ".join("?" for _ in chunk)
                existing.update(r[0] for r in conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})", chunk))
        columns = _columns(db, table)
        allowed = frozenset(c for c in columns if not c.startswith("_"))
        has_updated = "_updated_hlc" in columns
        groups: dict[tuple[str, ...], list[tuple[Any, ...]]] = defaultdict(list)
        for i in sorted(positions, key=lambda i: fresh_rows[i][5]):  # primary-key order
            row = fresh_rows[i]
            if row[5] in existing:
                continue
            fields = fields_list[i]
            if not fields.keys() <= allowed:
                fields = {k: v for k, v in fields.items() if k in allowed}
            record = {"id": row[5], **fields, **_derived(row[4], fields), "_created_hlc": row[3],
                      "_created_device": row[1]}
            if has_updated:
                record["_updated_hlc"] = row[3]
            groups[tuple(record)].append(tuple(record.values()))
            done.add(i)
        for names, values in groups.items():
            sql = f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})"
            if table == "participants" and len(values) >= BULK_FTS_THRESHOLD:
                _insert_participants_bulk(conn, sql, values)
            else:
                conn.executemany(sql, values)
    return done


def _insert_participants_bulk(conn: sqlite3.Connection, sql: str, values: list[tuple[Any, ...]]) -> None:
    """Many new people at once: index them for search in one statement instead of row by row.

    The per-row search trigger is set aside inside the transaction and put back exactly as it was,
    so a failure anywhere rolls both the rows and the trigger change back.
    """
    trigger_sql = conn.execute(
        "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'participants_fts_ai'"
    ).fetchone()[0]
    last_rowid = conn.execute("SELECT coalesce(max(rowid), 0) FROM participants").fetchone()[0]
    conn.execute("DROP TRIGGER participants_fts_ai")
    conn.executemany(sql, values)
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
