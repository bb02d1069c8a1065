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
from desktop_app.storage import connection
from desktop_app.storage.eventlog import ENTITY_TABLES, Conflict, _columns, _derived, apply_event
from desktop_app.storage.workspace import Workspace

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
    """Apply received events in one transaction; safe to repeat (known events are skipped)."""
    conn = db.conn
    report = ImportReport()
    events = [Event.from_row(dict(zip(EVENT_COLUMNS, row, strict=True))) for row in rows]
    known = {r[0] for r in conn.execute("SELECT event_id FROM events")}
    fresh: list[Event] = []
    seen: set[str] = set()
    for event in events:
        if event.event_id in known or event.event_id in seen:
            report.known_events += 1
        elif event.entity in ENTITY_TABLES:
            seen.add(event.event_id)
            fresh.append(event)
    fresh.sort(key=lambda e: (e.hlc, e.device_id))
    report.new_events = len(fresh)
    report.by_entity = dict(Counter(e.entity for e in fresh))
    conflicts: list[Conflict] = []
    new_participants: list[str] = []
    with connection.transaction(db):
        conn.executemany(
            f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({', '.join('?' for _ in EVENT_COLUMNS)})",
            [tuple(e.to_row()[c] for c in EVENT_COLUMNS) for e in fresh],
        )
        singles = _bulk_creates(db, fresh)
        for event in fresh:
            if event.event_id in singles:
                continue
            apply_event(db, event, conflicts)
        for event in fresh:
            if event.entity == "participant":
                if event.op == "create":
                    report.new_people += 1
                    new_participants.append(event.entity_id)
                else:
                    report.updated_people += 1
            elif event.entity == "attendance" and event.op == "create":
                report.attendance += 1
        report.conflicts = _record_conflicts(db, conflicts)
        report.duplicates = _record_duplicates(db, new_participants)
        if fresh:
            newest = max(e.hlc for e in fresh)
            conn.execute("UPDATE local_device SET last_hlc = max(last_hlc, ?)", [newest])
            if clock is not None:
                clock.observe(newest)
        for device in {origin_device} if origin_device else set():
            conn.execute(
                "INSERT INTO sync_peers (device_id, last_import_at, last_source) VALUES (?, ?, ?) "
                "ON CONFLICT (device_id) DO UPDATE SET last_import_at = excluded.last_import_at, "
                "last_source = excluded.last_source",
                [device, _now(), source],
            )
    report.gaps = gaps(db)
    return report


def _bulk_creates(db: sqlite_utils.Database, fresh: list[Event]) -> set[str]:
    """Insert, in bulk, records created by one event that nothing else in this batch touches."""
    touched = Counter((e.entity, e.entity_id) for e in fresh)
    candidates = [e for e in fresh if e.op == "create" and touched[(e.entity, e.entity_id)] == 1]
    if not candidates:
        return set()
    conn = db.conn
    existing: set[tuple[str, str]] = set()
    by_table: dict[str, list[Event]] = defaultdict(list)
    for event in candidates:
        by_table[ENTITY_TABLES[event.entity]].append(event)
    for table, events in by_table.items():
        ids = [e.entity_id for e in events]
        for start in range(0, len(ids), 900):
            chunk = ids[start:start + 900]
            marks = ", ".join("?" for _ in chunk)
            existing.update((table, r[0]) for r in conn.execute(f"SELECT id FROM {table} WHERE id IN ({marks})",
                                                                chunk))
    done: set[str] = set()
    groups: dict[tuple[str, tuple[str, ...]], list[tuple[Any, ...]]] = defaultdict(list)
    for event in candidates:
        table = ENTITY_TABLES[event.entity]
        if (table, event.entity_id) in existing:
            continue
        columns = _columns(db, table)
        fields = {k: v for k, v in event.fields.items() if k in columns and not k.startswith("_")}
        row = {"id": event.entity_id, **fields, **_derived(event.entity, fields),
               "_created_hlc": event.hlc, "_created_device": event.device_id}
        if "_updated_hlc" in columns:
            row["_updated_hlc"] = event.hlc
        names = tuple(row)
        groups[(table, names)].append(tuple(row[n] for n in names))
        done.add(event.event_id)
    for (table, names), values in groups.items():
        conn.executemany(f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)})",
                         values)
    return done


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
    """Same NIK on two active records: a possible duplicate pair for a coordinator to decide."""
    pairs = []
    for start in range(0, len(new_ids), 900):
        chunk = new_ids[start:start + 900]
        marks = ", ".join("?" for _ in chunk)
        pairs.extend(db.execute(
            "SELECT a.id, b.id, a.nik FROM participants a JOIN participants b ON b.nik = a.nik AND b.id != a.id "
            f"WHERE a.id IN ({marks}) AND a.withdrawn_at IS NULL AND b.withdrawn_at IS NULL "
            "AND a.deleted_at IS NULL AND b.deleted_at IS NULL AND a.merged_into IS NULL AND b.merged_into IS NULL",
            chunk,
        ).fetchall())
    recorded: dict[str, dict[str, Any]] = {}
    for a, b, _nik in pairs:
        pair_id = _pair_id(a, b)
        if pair_id in recorded:
            continue
        first, second = sorted((a, b))
        cursor = db.execute(
            "INSERT INTO duplicate_pairs (id, participant_a, participant_b, reason, status) "
            "VALUES (?, ?, ?, 'nik', 'open') ON CONFLICT (id) DO NOTHING",
            [pair_id, first, second],
        )
        if cursor.rowcount:
            recorded[pair_id] = {"id": pair_id, "participant_a": first, "participant_b": second, "reason": "nik"}
    return list(recorded.values())
