"""What sync needs from the database: every event to send, and applying a batch of received ones.

Applying is one transaction. Events are applied once (by `event_id`); new records that nothing else
touches are inserted in bulk, everything else goes through `apply_event` with conflict detection.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from concurrent.futures import wait as futures_wait
from dataclasses import dataclass, field
from datetime import datetime, timezone
from itertools import repeat
from operator import itemgetter
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
BULK_INDEX_ROWS = 5_000  # a batch this big into a table no bigger than it: its indexes are built afterwards
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


def all_event_rows(workspace: Workspace) -> list[tuple[Any, ...]]:
    """Every event this laptop knows, as compact rows (own and relayed: any path spreads everything).

    In the log's own order (event id): an import sorts them itself, and sorting by clock here is slow.
    """
    return workspace.db.conn.execute(f"SELECT {', '.join(EVENT_COLUMNS)} FROM events").fetchall()


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
    rows: Iterable[Sequence[Any]],
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
    fresh_rows = _fresh(rows, known, report)
    report.new_events = len(fresh_rows)
    report.by_entity = dict(Counter(map(itemgetter(4), fresh_rows)))
    previous_cache = conn.execute("PRAGMA cache_size").fetchone()[0]
    conn.execute(f"PRAGMA cache_size = {IMPORT_CACHE_KIB}")  # a big import touches every index: keep them in memory
    try:
        with connection.transaction(db):
            _apply_fresh(db, fresh_rows, report)
            if fresh_rows:
                newest = max(map(itemgetter(3), fresh_rows))
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


def _fresh(rows: Iterable[Sequence[Any]], known: set[str], report: ImportReport) -> list[Sequence[Any]]:
    """The rows not known yet (each once), checked to be events: ValueError for one that is not."""
    rows = list(rows)
    ids = [row[0] for row in rows]
    if known.isdisjoint(ids) and len(set(ids)) == len(ids):  # the usual case: all new, checked column by column
        fresh = rows
    else:
        fresh, seen = [], set()
        for row in rows:
            if row[0] in known or row[0] in seen:
                report.known_events += 1
                continue
            seen.add(row[0])
            fresh.append(row)
    if fresh and (set(map(len, fresh)) != {len(EVENT_COLUMNS)} or _types(fresh, 0) | _types(fresh, 7) != {str}
                  or _types(fresh, 2) | _types(fresh, 3) != {int}
                  or not set(map(itemgetter(4), fresh)) <= ENTITY_TABLES.keys()):
        raise ValueError("not an event row")
    if not all(map(itemgetter(8), fresh)):
        fresh = [row if row[8] else (*row[:8], "{}", *row[9:]) for row in fresh]
    return fresh


def _types(rows: list[Sequence[Any]], column: int) -> set[type]:
    return set(map(type, map(itemgetter(column), rows)))


def _apply_fresh(db: sqlite_utils.Database, fresh_rows: list[Sequence[Any]], report: ImportReport) -> None:
    """Log the events, insert untouched new records in bulk, apply the rest one by one in clock order."""
    conn = db.conn
    fresh_rows.sort(key=itemgetter(0))  # primary-key order: the log's B-tree is appended to
    plans = _bulk_plans(db, fresh_rows)
    done: set[int] = set()
    with _Later(conn, parallel=len(fresh_rows) >= BULK_INDEX_ROWS) as later:
        restore = _set_aside(conn, "events", len(fresh_rows))
        conn.executemany(
            f"INSERT INTO events ({', '.join(EVENT_COLUMNS)}) VALUES ({', '.join('?' for _ in EVENT_COLUMNS)})",
            fresh_rows,
        )
        later.run(conn, restore)
        for plan in plans:
            rows = [fresh_rows[i] for i in plan.positions]
            groups = plan.groups(rows, _decode_objects([row[7] for row in rows]))  # while SQLite builds indexes
            later.wait()
            restore = _set_aside(conn, plan.table, len(rows))
            plan.insert(conn, rows, groups)
            later.run(conn, restore)
            done.update(plan.positions)
    rest_rows = [row for i, row in enumerate(fresh_rows) if i not in done] if len(done) < len(fresh_rows) else []
    rest = [
        Event(event_id=row[0], device_id=row[1], seq=row[2], hlc=row[3], entity=row[4], entity_id=row[5],
              op=row[6], fields=fields, base=json.loads(row[8]) if row[8] != "{}" else {}, actor=row[9] or "")
        for row, fields in zip(rest_rows, _decode_objects([row[7] for row in rest_rows]), strict=True)
    ]
    rest.sort(key=lambda e: (e.hlc, e.device_id))
    conflicts: list[Conflict] = []
    for event in rest:
        apply_event(db, event, conflicts)
    changes = Counter(map(itemgetter(4, 6), fresh_rows))
    report.new_people = changes[("participant", "create")]
    report.updated_people = sum(n for (entity, op), n in changes.items() if entity == "participant" and op != "create")
    report.attendance = changes[("attendance", "create")]
    report.conflicts = _record_conflicts(db, conflicts)
    new_people = [row[5] for row in fresh_rows if row[4] == "participant" and row[6] == "create"]
    report.duplicates = _record_duplicates(db, new_people)


def _reject_constant(name: str) -> Any:
    raise ValueError(f"not JSON: {name}")


def _decode_objects(texts: list[str]) -> list[dict[str, Any]]:
    """Parse many small JSON objects in one call (a bundle holds hundreds of thousands)."""
    if not texts:
        return []
    if not (all(map(str.startswith, texts, repeat("{"))) and all(map(str.endswith, texts, repeat("}")))):
        raise ValueError("event fields are not JSON objects")
    values = json.loads("[" + ",".join(texts) + "]", parse_constant=_reject_constant)  # NaN is not JSON
    if len(values) != len(texts) or not set(map(type, values)) <= {dict}:
        raise ValueError("event fields are not JSON objects")
    return values


_DERIVED = frozenset({"name_norm", "search_code"})


def _name_norm(name: Any) -> str:
    return normalise_name(name) if isinstance(name, str) else ""


Group = tuple[str, list[tuple[Any, ...]], list[int]]  # a statement, its rows, their places in the plan


@dataclass
class _BulkPlan:
    """New records of one table to insert in bulk: each created by one event of the batch, none here yet.

    Each column gets what `json_extract` of it gives (absent is NULL, even with a default). Records
    are grouped by the fields they carry, one statement per group binding only those: this driver
    binds a None slowly and a person lacks a dozen fields. A rowid table gets its rowids in event
    order, as a single statement would give them.
    """

    table: str
    positions: list[int]
    usable: set[str]
    defaults: set[str]
    stamps: list[str]
    first_rowid: int | None

    def groups(self, rows: list[Sequence[Any]], fields: list[dict[str, Any]]) -> list[Group]:
        by_keys: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for n, values in enumerate(fields):
            by_keys[tuple(values)].append(n)
        from_row = itemgetter(5, 3, 1, 3) if len(self.stamps) == 3 else itemgetter(5, 3, 1)  # id, stamps
        result = []
        for keys, positions in by_keys.items():
            kept = [k for k in keys if k in self.usable] + sorted(self.defaults.difference(keys))
            names = ["id", *self.stamps, *kept]
            if kept == list(keys):
                bound = [(*from_row(rows[n]), *fields[n].values()) for n in positions]
            else:
                bound = [(*from_row(rows[n]), *map(fields[n].get, kept)) for n in positions]
            if self.first_rowid is not None:
                names.append("rowid")
                bound = [(*values, self.first_rowid + n) for values, n in zip(bound, positions, strict=True)]
            params = ["?"] * len(names)
            if self.table == "participants":
                names.append("name_norm")
                params.append("?")
                bound = [(*values, _name_norm(fields[n].get("full_name")))
                         for values, n in zip(bound, positions, strict=True)]
                if "short_code" in kept:  # derived in SQL, exactly as from json_extract
                    names.append("search_code")
                    params.append(f"replace(?{names.index('short_code') + 1}, '-', '')")
            result.append((f"INSERT INTO {self.table} ({', '.join(names)}) VALUES ({', '.join(params)})",
                           bound, positions))
        return result

    def insert(self, conn: sqlite3.Connection, rows: list[Sequence[Any]], groups: list[Group]) -> None:
        for sql, bound, positions in groups:
            conn.execute("SAVEPOINT pintu_bulk")
            try:
                conn.executemany(sql, bound)
            except (sqlite3.InterfaceError, OverflowError):  # a JSON object or a huge number: SQLite reads it
                conn.execute("ROLLBACK TO pintu_bulk")
                self._insert_from_json(conn, [(n, rows[n]) for n in positions])
            conn.execute("RELEASE pintu_bulk")

    def _insert_from_json(self, conn: sqlite3.Connection, rows: list[tuple[int, Sequence[Any]]]) -> None:
        """Records with values Python cannot bind: SQLite reads every column out of the fields itself."""
        columns = sorted(self.usable)
        with_rowid = self.first_rowid is not None
        names = [*(["rowid"] if with_rowid else []), "id", *columns, *self.stamps]
        values = [*([":rowid"] if with_rowid else []), ":id", *(f"json_extract(:fields, '$.{c}')" for c in columns),
                  ":hlc", ":device", *([":hlc"] if len(self.stamps) == 3 else [])]
        if self.table == "participants":
            conn.create_function("pintu_name_norm", 1, _name_norm, deterministic=True)
            names += ["name_norm", "search_code"]
            values += ["pintu_name_norm(json_extract(:fields, '$.full_name'))",
                       "replace(json_extract(:fields, '$.short_code'), '-', '')"]
        conn.executemany(
            f"INSERT INTO {self.table} ({', '.join(names)}) VALUES ({', '.join(values)})",
            [{"rowid": (self.first_rowid or 0) + n, "id": row[5], "fields": row[7], "hlc": row[3], "device": row[1]}
             for n, row in rows],
        )


def _bulk_plans(db: sqlite_utils.Database, fresh_rows: list[Sequence[Any]]) -> list[_BulkPlan]:
    """The records of this batch that can be inserted in bulk, per table; the rest go through `apply_event`."""
    per_id = Counter(map(itemgetter(5), fresh_rows))
    by_entity: dict[str, list[int]] = defaultdict(list)
    if len(per_id) == len(fresh_rows):  # the usual case: every record is touched once
        for i, row in enumerate(fresh_rows):
            if row[6] == "create":
                by_entity[row[4]].append(i)
    else:
        touched = Counter((row[4], row[5]) for row in fresh_rows if per_id[row[5]] > 1)
        for i, row in enumerate(fresh_rows):
            if row[6] == "create" and (per_id[row[5]] == 1 or touched[(row[4], row[5])] == 1):
                by_entity[row[4]].append(i)
    conn = db.conn
    plans = []
    for entity, positions in by_entity.items():
        table = ENTITY_TABLES[entity]
        if conn.execute(f"SELECT 1 FROM {table} LIMIT 1").fetchone():  # records that exist go the slow way
            existing = {r[0] for r in conn.execute(
                f"SELECT id FROM {table} WHERE id IN (SELECT value FROM json_each(?))",
                [json.dumps([fresh_rows[i][5] for i in positions])])}
            positions = [i for i in positions if fresh_rows[i][5] not in existing]
        if not positions:
            continue
        columns = _columns(db, table)
        usable = {c for c in columns if not c.startswith("_") and c not in _DERIVED}
        with_rowid = not conn.execute("SELECT wr FROM pragma_table_list WHERE schema = 'main' AND name = ?",
                                      [table]).fetchone()[0]
        plans.append(_BulkPlan(
            table=table, positions=positions, usable=usable,
            defaults={r[1] for r in conn.execute(f"PRAGMA table_info({table})") if r[4] is not None} & usable,
            stamps=["_created_hlc", "_created_device", *(["_updated_hlc"] if "_updated_hlc" in columns else [])],
            first_rowid=conn.execute(f"SELECT coalesce(max(rowid), 0) + 1 FROM {table}").fetchone()[0]
            if with_rowid else None,
        ))
    return sorted(plans, key=lambda plan: -len(plan.positions))  # the next one is prepared while one builds indexes


Restore = list[tuple[str, list[Any]]]  # statements (and parameters) that put set-aside indexes back


def _set_aside(conn: sqlite3.Connection, table: str, incoming: int) -> Restore:
    """Drop what is cheaper to build once after a big batch than to keep up row by row.

    A table's indexes, for a batch at least as big as the table: building an index sorts once and
    writes full pages, inserting into one touches a random page per row. The participants' search
    trigger, for many new people: they are indexed for search in one statement. All of it inside the
    import's transaction, so a failure anywhere restores them as they were.
    """
    restore: Restore = []
    if table == "participants" and incoming >= BULK_FTS_THRESHOLD:
        trigger_sql = conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'participants_fts_ai'"
        ).fetchone()[0]
        last_rowid = conn.execute("SELECT coalesce(max(rowid), 0) FROM participants").fetchone()[0]
        conn.execute("DROP TRIGGER participants_fts_ai")
        restore += [
            ("INSERT INTO participants_fts (rowid, full_name, nik, search_code, address) "
             "SELECT rowid, full_name, nik, search_code, address FROM participants "
             "WHERE rowid > ? AND withdrawn_at IS NULL AND deleted_at IS NULL", [last_rowid]),
            (trigger_sql, []),
        ]
    if incoming >= BULK_INDEX_ROWS and conn.execute(
            f"SELECT count(*) FROM (SELECT 1 FROM {table} LIMIT ?)", [incoming]).fetchone()[0] < incoming:
        for name, sql in conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = ? "
                                      "AND sql IS NOT NULL", [table]).fetchall():
            conn.execute(f'DROP INDEX "{name}"')
            restore.append((sql, []))
    return restore


class _Later:
    """Runs the statements that put indexes back on a second thread, while this one prepares the next
    table's rows: SQLite works without Python's lock, and the machine has two cores.

    One thread at a time uses the connection: `wait()` before any other use, and on leaving.
    """

    def __init__(self, conn: sqlite3.Connection, *, parallel: bool) -> None:
        self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="pintu-import") if parallel else None
        self._pending: Future[None] | None = None
        if self._pool is not None:
            try:
                self._pool.submit(conn.execute, "SELECT 1").result()
            except sqlite3.ProgrammingError:  # a connection that only its own thread may use
                self._pool.shutdown()
                self._pool = None

    def __enter__(self) -> _Later:
        return self

    def run(self, conn: sqlite3.Connection, statements: Restore) -> None:
        self.wait()
        if self._pool is None:
            _execute_all(conn, statements)
        elif statements:
            self._pending = self._pool.submit(_execute_all, conn, statements)

    def wait(self) -> None:
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None, trace: Any) -> None:
        try:
            if kind is None:
                self.wait()
            elif self._pending is not None:
                futures_wait([self._pending])  # let it finish before the transaction is rolled back
        finally:
            if self._pool is not None:
                self._pool.shutdown()


def _execute_all(conn: sqlite3.Connection, statements: Restore) -> None:
    for sql, params in statements:
        conn.execute(sql, params)


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
