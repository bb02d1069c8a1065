"""The event log and the tables the app reads, kept in step inside one transaction.

Local writes and (later) imported events go through the same `apply_event`, so a laptop's own
tables are exactly what replaying its log produces. Each field keeps the (hlc, device) version of
its last accepted write; a write older than that is logged but does not change the table.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from desktop_app.core.events import Event, wins
from desktop_app.core.hlc import HybridClock
from desktop_app.core.ids import new_id
from desktop_app.core.validation import normalise_name

# entity name -> table; the entity id is the table's `id` column.
ENTITY_TABLES: dict[str, str] = {
    "workspace": "workspace",
    "device": "devices",
    "program": "programs",
    "participant": "participants",
    "card_print": "card_prints",
    "class": "classes",
    "session": "sessions",
    "attendance": "attendance",
    "conflict": "conflicts",
    "duplicate_pair": "duplicate_pairs",
    "audit": "audit_log",
}


@dataclass(frozen=True)
class Conflict:
    """Two writes of one field that did not see each other; `kept` won by (hlc, device)."""

    entity: str
    entity_id: str
    field: str
    kept_value: Any
    kept_version: tuple[int, str]
    other_value: Any
    other_version: tuple[int, str]

_columns_cache: dict[tuple[int, str], frozenset[str]] = {}


def _columns(db: sqlite_utils.Database, table: str) -> frozenset[str]:
    key = (id(db.conn), table)
    cols = _columns_cache.get(key)
    if cols is None:
        cols = frozenset(
            row[1] for row in db.execute(f"PRAGMA table_info({table})").fetchall() if row[1] != "id"
        )
        _columns_cache[key] = cols
    return cols


def _derived(entity: str, values: dict[str, Any]) -> dict[str, Any]:
    """Columns computed from fields, never sent in events."""
    extra: dict[str, Any] = {}
    if entity == "participant":
        if "full_name" in values:
            extra["name_norm"] = normalise_name(values["full_name"] or "")
        if "short_code" in values:
            extra["search_code"] = (values["short_code"] or "").replace("-", "")
    return extra


@dataclass
class LocalWriter:
    """Issues this device's events: gap-free seq and a hybrid clock persisted in `local_device`."""

    db: sqlite_utils.Database
    device_id: str
    clock: HybridClock
    actor: str = ""

    @classmethod
    def load(cls, db: sqlite_utils.Database) -> LocalWriter:
        row = db.execute(
            "SELECT l.device_id, l.last_hlc, d.officer FROM local_device l LEFT JOIN devices d ON d.id = l.device_id"
        ).fetchone()
        return cls(db=db, device_id=row[0], clock=HybridClock(last=int(row[1])), actor=row[2] or "")

    def emit(
        self,
        entity: str,
        entity_id: str,
        op: str,
        fields: dict[str, Any],
        base: dict[str, Any] | None = None,
    ) -> Event:
        """Append one event and apply it. Call inside a transaction."""
        conn = self.db.conn
        last_seq, last_hlc = conn.execute("SELECT last_seq, last_hlc FROM local_device").fetchone()
        self.clock.observe(int(last_hlc))  # another process on this laptop may have written since
        hlc = self.clock.now()
        seq = int(last_seq) + 1
        conn.execute("UPDATE local_device SET last_seq = ?, last_hlc = ?", [seq, hlc])
        event = Event(
            event_id=new_id(),
            device_id=self.device_id,
            seq=int(seq),
            hlc=hlc,
            entity=entity,
            entity_id=entity_id,
            op=op,
            fields=fields,
            base=base or {},
            actor=self.actor,
        )
        append_event(self.db, event)
        return event


def append_event(db: sqlite_utils.Database, event: Event) -> bool:
    """Record and apply an event once; returns False if it was already known."""
    row = event.to_row()
    cursor = db.conn.execute(
        "INSERT OR IGNORE INTO events (event_id, device_id, seq, hlc, entity, entity_id, op, fields, base, actor) "
        "VALUES (:event_id, :device_id, :seq, :hlc, :entity, :entity_id, :op, :fields, :base, :actor)",
        row,
    )
    if cursor.rowcount == 0:
        return False
    apply_event(db, event)
    return True


def field_version(
    db: sqlite_utils.Database, entity: str, entity_id: str, field: str
) -> tuple[int, str] | None:
    """The (hlc, device) of the write a field currently shows, or None if nothing wrote it."""
    row = db.execute(
        "SELECT hlc, device_id FROM field_versions WHERE entity = ? AND entity_id = ? AND field = ?",
        [entity, entity_id, field],
    ).fetchone()
    if row:
        return int(row[0]), row[1]
    table = ENTITY_TABLES[entity]
    row = db.execute(f"SELECT _created_hlc, _created_device FROM {table} WHERE id = ?", [entity_id]).fetchone()
    if row and row[0] is not None:
        return int(row[0]), row[1]
    return None


def apply_event(db: sqlite_utils.Database, event: Event, conflicts: list[Conflict] | None = None) -> None:
    """Bring the read tables in line with one event, field by field, last writer winning.

    With `conflicts`, concurrent edits are also reported: the event and the field's current writer
    each changed the field without having seen the other's change (their `base` says what they saw).
    """
    table = ENTITY_TABLES[event.entity]
    columns = _columns(db, table)
    fields = {k: v for k, v in event.fields.items() if k in columns and not k.startswith("_")}
    if event.op == "delete":
        fields = {"deleted_at": event.fields.get("deleted_at") or str(event.hlc)}
    version = (event.hlc, event.device_id)
    conn = db.conn

    row: dict[str, Any] = {"id": event.entity_id, **fields, **_derived(event.entity, fields)}
    if event.op == "create":
        row["_created_hlc"], row["_created_device"] = version
    if "_updated_hlc" in columns:
        row["_updated_hlc"] = event.hlc
    names = list(row)
    inserted = conn.execute(
        f"INSERT INTO {table} ({', '.join(names)}) VALUES ({', '.join('?' for _ in names)}) "
        "ON CONFLICT (id) DO NOTHING",
        [row[n] for n in names],
    ).rowcount
    if inserted:
        if event.op != "create":  # an update that arrived before its create: remember each field's version
            _set_versions(db, event, fields)
        return

    accepted: dict[str, Any] = {}
    for name, value in fields.items():
        current = field_version(db, event.entity, event.entity_id, name)
        if conflicts is not None and event.op != "create" and current is not None and current != version:
            _detect_conflict(db, event, name, value, current, conflicts)
        if wins(version, current):
            accepted[name] = value
    if event.op == "create":
        created = db.execute(f"SELECT _created_hlc FROM {table} WHERE id = ?", [event.entity_id]).fetchone()
        if created[0] is None:  # the create arrived after an update: it now defines the base version
            db.execute(
                f"UPDATE {table} SET _created_hlc = ?, _created_device = ? WHERE id = ?",
                [event.hlc, event.device_id, event.entity_id],
            )
    else:
        _set_versions(db, event, accepted)
    if not accepted:
        return
    accepted.update(_derived(event.entity, accepted))
    if "_updated_hlc" in columns:
        accepted["_updated_hlc"] = event.hlc
    assignments = ", ".join(f"{name} = ?" for name in accepted)
    db.execute(
        f"UPDATE {table} SET {assignments} WHERE id = ?",
        [*accepted.values(), event.entity_id],
    )


def _base_of(event: Event, name: str) -> tuple[int, str] | None:
    base = event.base.get(name) if isinstance(event.base, dict) else None
    if isinstance(base, (list, tuple)) and len(base) == 2:
        return int(base[0]), str(base[1])
    return None


def _detect_conflict(
    db: sqlite_utils.Database,
    event: Event,
    name: str,
    value: Any,
    current: tuple[int, str],
    conflicts: list[Conflict],
) -> None:
    table = ENTITY_TABLES[event.entity]
    row = db.execute(
        "SELECT base_hlc, base_device FROM field_versions WHERE entity = ? AND entity_id = ? AND field = ?",
        [event.entity, event.entity_id, name],
    ).fetchone()
    if row is None:
        return  # the current value came with the record's creation: every edit has seen it
    current_base = (int(row[0]), str(row[1])) if row[0] is not None else None
    version = (event.hlc, event.device_id)
    if version > current:
        event_base = _base_of(event, name)
        concurrent = event_base is None or event_base < current
    else:
        concurrent = current_base is None or current_base < version
    if not concurrent:
        return
    current_value = db.execute(f"SELECT {name} FROM {table} WHERE id = ?", [event.entity_id]).fetchone()[0]
    if current_value == value:
        return  # both wrote the same thing: nothing to decide
    kept, other = ((value, version), (current_value, current)) if version > current else (
        (current_value, current), (value, version))
    conflicts.append(Conflict(event.entity, event.entity_id, name, kept[0], kept[1], other[0], other[1]))


def _set_versions(db: sqlite_utils.Database, event: Event, fields: dict[str, Any]) -> None:
    if not fields:
        return
    rows = []
    for name in fields:
        base = _base_of(event, name)
        rows.append((event.entity, event.entity_id, name, event.hlc, event.device_id,
                     base[0] if base else None, base[1] if base else None))
    db.conn.executemany(
        "INSERT INTO field_versions (entity, entity_id, field, hlc, device_id, base_hlc, base_device) "
        "VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (entity, entity_id, field) DO UPDATE SET "
        "hlc = excluded.hlc, device_id = excluded.device_id, base_hlc = excluded.base_hlc, "
        "base_device = excluded.base_device",
        rows,
    )


def history(db: sqlite_utils.Database, entity: str, entity_id: str) -> list[dict[str, Any]]:
    """Every event of one record, oldest first, with the device's name and officer (who, what, when)."""
    rows = db.execute(
        "SELECT e.event_id, e.device_id, e.seq, e.hlc, e.op, e.fields, e.base, d.name, e.actor "
        "FROM events e LEFT JOIN devices d ON d.id = e.device_id "
        "WHERE e.entity = ? AND e.entity_id = ? ORDER BY e.hlc, e.device_id",
        [entity, entity_id],
    ).fetchall()
    return [
        {
            "event_id": r[0],
            "device_id": r[1],
            "seq": r[2],
            "hlc": r[3],
            "op": r[4],
            "fields": json.loads(r[5]),
            "base": json.loads(r[6]),
            "device_name": r[7],
            "actor": r[8],
        }
        for r in rows
    ]
