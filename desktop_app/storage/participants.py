"""Participant queries and writes. Writes always go through the event log."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from desktop_app.core.ids import normalise_short_code
from desktop_app.core.participant import ALL_FIELDS
from desktop_app.core.roles import IDENTITY_FIELDS, Capability
from desktop_app.storage import connection
from desktop_app.storage.eventlog import field_version, history
from desktop_app.storage.programs import list_programs, program_load
from desktop_app.storage.workspace import Workspace

# Columns a list view shows; the full record comes from `get`.
LIST_COLUMNS: tuple[str, ...] = (
    "id",
    "short_code",
    "full_name",
    "nik",
    "gender",
    "birth_date",
    "kelurahan_code",
    "phone",
    "category",
    "program_code",
    "status",
    "registered_by",
    "registered_at",
    "withdrawn_at",
)
SORTABLE: frozenset[str] = frozenset(LIST_COLUMNS) - {"id"}
_ROW_COLUMNS: tuple[str, ...] = ("id", *ALL_FIELDS)
# What a session that may not read identity fields searches in the full-text index: never the NIK or
# the address (otherwise typing a NIK would tell whose it is).
NAME_COLUMNS: tuple[str, ...] = ("full_name", "search_code")
_TOKEN = re.compile(r"\w+", re.UNICODE)
_NIK_SEPARATORS = re.compile(r"[\s.\-]")
# A search matching more rows than this is shown by walking the sort column's index and keeping
# matches, which finds the first page at once; fewer matches are found first, then sorted.
DENSE_MATCHES = 1500
# The index that serves each sort order (ORDER BY must use the index's collation).
_ORDER_INDEX = {
    "registered_at": "participants_registered_at",
    "full_name": "participants_full_name",
    "short_code": "participants_short_code",
    "nik": "participants_nik",
    "program_code": "participants_program",
}


@dataclass(frozen=True)
class ParticipantQuery:
    """A list view's search text, filters and sort order."""

    search: str = ""
    program_code: str | None = None
    category: str | None = None
    status: str | None = None
    kecamatan_code: str | None = None
    kelurahan_code: str | None = None
    officer: str | None = None
    include_withdrawn: bool = False
    order_by: str = "registered_at"
    descending: bool = True


def fts_expression(text: str, columns: tuple[str, ...] | None = None) -> str | None:
    """Turn typed text into an FTS5 prefix query: `siti rah` -> `"siti"* "rah"*` (every word must match).

    With `columns`, only those columns of the index are searched (`{full_name search_code} : (...)`).
    """
    stripped = text.strip()
    if not stripped:
        return None
    upper = stripped.upper().replace(" ", "")
    if upper.startswith("MLG"):  # a short code, maybe partial, with or without dashes
        expression = '"' + re.sub(r"[^0-9A-Z]", "", upper) + '"*'
    else:
        tokens = _TOKEN.findall(stripped)
        if not tokens:
            return None
        expression = " ".join(f'"{token}"*' for token in tokens)
    return f"{{{' '.join(columns)}}} : ({expression})" if columns else expression


def selected(columns: tuple[str, ...], *, identity: bool, prefix: str = "") -> str:
    """A SELECT list of participant columns; without `identity`, NIK, KK, phone and address come out NULL."""
    return ", ".join(
        f"{prefix}{c}" if identity or c not in IDENTITY_FIELDS else f"NULL AS {c}" for c in columns
    )


def _is_nik_search(text: str) -> bool:
    digits = _NIK_SEPARATORS.sub("", text.strip())
    return digits.isdigit() and digits.isascii()


# One character narrows nothing among 100,000 people ("m" matches every short code, MLG-…, and "3" every
# NIK) yet costs a full count: the list starts filtering at the second character typed.
MIN_SEARCH_LENGTH = 2


def _search_clause(text: str, include_withdrawn: bool, identity: bool = True) -> tuple[str, list[Any]] | None:
    """SQL for the search box: digits search the NIK index by prefix, anything else full-text.

    The full-text index holds active people only; when withdrawn ones are wanted too, they (few)
    are matched word by word with LIKE. Without `identity` (a trainer), digits find nobody and words
    match names and codes only, never a NIK or an address.
    """
    stripped = text.strip()
    if len(stripped) < MIN_SEARCH_LENGTH:
        return None
    if _is_nik_search(stripped):  # a NIK or its beginning, as people read it out
        if not identity:
            return "0", []
        digits = _NIK_SEPARATORS.sub("", stripped)
        return "p.nik >= ? AND p.nik < ?", [digits, digits + ":"]  # ":" sorts right after "9"
    expression = fts_expression(stripped, None if identity else NAME_COLUMNS)
    if expression is None:
        return "0", []  # only punctuation typed: nothing matches
    sql = "p.rowid IN (SELECT rowid FROM participants_fts WHERE participants_fts MATCH ?)"
    params: list[Any] = [expression]
    if include_withdrawn:
        words = _TOKEN.findall(stripped.replace("-", ""))
        columns = ("p.full_name", "p.search_code", "p.address") if identity else ("p.full_name", "p.search_code")
        one = "(" + " OR ".join(f"{c} LIKE ?" for c in columns) + ")"
        like = " AND ".join(one for _ in words)
        sql = f"({sql} OR ((p.withdrawn_at IS NOT NULL OR p.deleted_at IS NOT NULL) AND {like}))"
        for word in words:
            params.extend([f"%{word}%"] * len(columns))
    return sql, params


def _index_hint(query: ParticipantQuery, identity: bool = True) -> str:
    """A NIK-prefix search must use the NIK index (covering the state columns) to count without lookups."""
    return " INDEXED BY participants_nik" if identity and _is_nik_search(query.search) else ""


def _where(query: ParticipantQuery, identity: bool = True) -> tuple[str, list[Any]]:
    clauses = ["p.deleted_at IS NULL"]
    params: list[Any] = []
    if not query.include_withdrawn:
        clauses.append("p.withdrawn_at IS NULL")
    search = _search_clause(query.search, query.include_withdrawn, identity)
    if search is not None:
        clauses.append(search[0])
        params.extend(search[1])
    for column in ("program_code", "category", "status", "kelurahan_code"):
        value = getattr(query, column)
        if value:
            clauses.append(f"p.{column} = ?")
            params.append(value)
    if query.kecamatan_code:
        clauses.append("p.kelurahan_code LIKE ?")
        params.append(query.kecamatan_code + ".%")
    if query.officer:
        clauses.append("p.registered_by = ?")
        params.append(query.officer)
    return " AND ".join(clauses), params


def _only_text_search(query: ParticipantQuery) -> bool:
    """A plain full-text search of active people with no other filter: countable from the FTS index alone."""
    plain = ParticipantQuery(search=query.search)
    return (
        query.search.strip() != ""
        and replace(query, order_by=plain.order_by, descending=plain.descending) == plain
        and fts_expression(query.search) is not None
        and not _NIK_SEPARATORS.sub("", query.search.strip()).isdigit()
    )


class ParticipantRepository:
    """Storage for the registration service, plus the queries that lists and the CLI need.

    Every read follows the workspace's session: for a session that may not read identity fields (a
    trainer), NIK, KK, phone and address come out NULL, and neither a search nor a sort nor a lookup
    uses them. Writes need `register` (new people) or `edit` (changes, withdrawals).
    """

    def __init__(self, workspace: Workspace) -> None:
        self.workspace = workspace
        self.db = workspace.db

    @property
    def identity(self) -> bool:
        """Whether the current session may read NIK, KK, phone and address (asked at every query)."""
        return self.workspace.session.can(Capability.READ_IDENTITY)

    def require(self, capability: Capability) -> None:
        self.workspace.session.require(capability)

    def _order(self, query: ParticipantQuery, identity: bool) -> str:
        order = query.order_by if query.order_by in SORTABLE else "registered_at"
        return "registered_at" if order in IDENTITY_FIELDS and not identity else order

    # --- what RegistrationService needs -------------------------------------------------------
    def transaction(self) -> AbstractContextManager[object]:
        return connection.transaction(self.db)

    def program_codes(self) -> set[str]:
        return {r[0] for r in self.db.execute("SELECT id FROM programs WHERE deleted_at IS NULL")}

    def get(self, participant_id: str) -> dict[str, Any] | None:
        columns = selected(_ROW_COLUMNS, identity=self.identity)
        cursor = self.db.execute(f"SELECT {columns} FROM participants WHERE id = ?", [participant_id])
        row = cursor.fetchone()
        return _record(cursor.description, row) if row else None

    def find_by_nik(self, nik: str) -> list[dict[str, Any]]:
        """Active people with this NIK; nobody for a session that may not read NIKs."""
        if not self.identity:
            return []
        cursor = self.db.execute(
            f"SELECT {selected(_ROW_COLUMNS, identity=True)} FROM participants WHERE nik = ? "
            "AND withdrawn_at IS NULL AND deleted_at IS NULL ORDER BY registered_at",
            [nik],
        )
        return [_record(cursor.description, r) for r in cursor.fetchall()]

    def find_by_name_birth(self, name_norm: str, birth_date: str) -> list[dict[str, Any]]:
        cursor = self.db.execute(
            f"SELECT {selected(_ROW_COLUMNS, identity=self.identity)} FROM participants WHERE name_norm = ? "
            "AND birth_date = ? "
            "AND withdrawn_at IS NULL AND deleted_at IS NULL",
            [name_norm, birth_date],
        )
        return [_record(cursor.description, r) for r in cursor.fetchall()]

    def program_load(self, program_code: str) -> tuple[int | None, int]:
        return program_load(self.workspace, program_code)

    def short_code_exists(self, short_code: str) -> bool:
        return self.db.execute("SELECT 1 FROM participants WHERE short_code = ?", [short_code]).fetchone() is not None

    def insert(self, participant_id: str, values: dict[str, Any]) -> None:
        self.require(Capability.REGISTER)
        self.workspace.writer.emit("participant", participant_id, "create", _jsonable(values))

    def update(self, participant_id: str, changes: dict[str, Any]) -> None:
        self.require(Capability.EDIT)
        base = {}
        for name in changes:
            version = field_version(self.db, "participant", participant_id, name)
            base[name] = list(version) if version else None
        self.workspace.writer.emit("participant", participant_id, "update", _jsonable(changes), base)

    # --- lookups and lists --------------------------------------------------------------------
    def resolve(self, key: str) -> str | None:
        """An id from what a person may type: the id, the short code, or a NIK."""
        key = key.strip()
        if self.db.execute("SELECT 1 FROM participants WHERE id = ?", [key]).fetchone():
            return key
        code = normalise_short_code(key)
        if code:
            row = self.db.execute("SELECT id FROM participants WHERE short_code = ?", [code]).fetchone()
            if row:
                return str(row[0])
        if key.isdigit() and self.identity:
            matches = self.find_by_nik(key)
            if matches:
                return str(matches[0]["id"])
        return None

    def count(self, query: ParticipantQuery = ParticipantQuery()) -> int:
        identity = self.identity
        if _only_text_search(query):
            return self._count_text_search(query, identity)
        where, params = _where(query, identity)
        sql = f"SELECT count(*) FROM participants p{_index_hint(query, identity)} WHERE {where}"
        return int(self.db.execute(sql, params).fetchone()[0])

    def _count_text_search(self, query: ParticipantQuery, identity: bool) -> int:
        """Matches counted in the FTS index (active people only): no row lookups."""
        expression = fts_expression(query.search, None if identity else NAME_COLUMNS)
        row = self.db.execute(
            "SELECT count(*) FROM participants_fts WHERE participants_fts MATCH ?", [expression]
        ).fetchone()
        return int(row[0])

    def _dense(self, query: ParticipantQuery, where: str, params: list[Any], identity: bool) -> bool:
        """Whether more than DENSE_MATCHES rows match, stopping the count there."""
        if not query.search.strip():
            return True
        sql = (
            f"SELECT count(*) FROM (SELECT 1 FROM participants p{_index_hint(query, identity)} WHERE {where} "
            f"LIMIT {DENSE_MATCHES + 1})"
        )
        if _only_text_search(query):
            sql = (
                "SELECT count(*) FROM (SELECT 1 FROM participants_fts WHERE participants_fts MATCH ? "
                f"LIMIT {DENSE_MATCHES + 1})"
            )
            params = [fts_expression(query.search, None if identity else NAME_COLUMNS)]
        return int(self.db.execute(sql, params).fetchone()[0]) > DENSE_MATCHES

    def page(self, query: ParticipantQuery, offset: int, limit: int) -> list[dict[str, Any]]:
        """One window of a list, in the query's order: a view never loads all 100,000 rows at once."""
        identity = self.identity
        where, params = _where(query, identity)
        order = self._order(query, identity)
        direction = "DESC" if query.descending else "ASC"
        collate = " COLLATE NOCASE" if order == "full_name" else ""
        index = _ORDER_INDEX.get(order)
        dense = index and self._dense(query, where, params, identity)
        hint = f" INDEXED BY {index}" if dense else _index_hint(query, identity)
        cursor = self.db.execute(
            f"SELECT {selected(LIST_COLUMNS, identity=identity, prefix='p.')} FROM participants p{hint} "
            f"WHERE {where} "
            f"ORDER BY p.{order}{collate} {direction}, p.rowid {direction} LIMIT ? OFFSET ?",
            [*params, limit, offset],
        )
        return [_record(cursor.description, r) for r in cursor.fetchall()]

    def position(self, query: ParticipantQuery, participant_id: str) -> int | None:
        """Where a person stands in a list (its row number), so a view can scroll to them; None if absent."""
        identity = self.identity
        where, params = _where(query, identity)
        order = self._order(query, identity)
        collate = " COLLATE NOCASE" if order == "full_name" else ""
        target = self.db.execute(
            f"SELECT p.{order}, p.rowid FROM participants p WHERE {where} AND p.id = ?", [*params, participant_id]
        ).fetchone()
        if target is None:
            return None
        before = ">" if query.descending else "<"
        if target[0] is None:  # NULLs sort first ascending, last descending
            condition = f"(p.{order} IS NULL AND p.rowid {before} ?)"
            extra: list[Any] = [target[1]]
            if query.descending:
                condition = f"(p.{order} IS NOT NULL OR {condition})"
        else:
            condition = (f"(p.{order}{collate} {before} ? OR (p.{order}{collate} = ? AND p.rowid {before} ?))")
            extra = [target[0], target[0], target[1]]
            if not query.descending:
                condition = f"(p.{order} IS NULL OR {condition})"
        row = self.db.execute(
            f"SELECT count(*) FROM participants p WHERE {where} AND {condition}", [*params, *extra]
        ).fetchone()
        return int(row[0])

    def iter_records(self, query: ParticipantQuery = ParticipantQuery()) -> Iterator[dict[str, Any]]:
        """Full records in the query's order, streamed (for `pintu list` and exports)."""
        identity = self.identity
        where, params = _where(query, identity)
        cursor = self.db.execute(
            f"SELECT {selected(_ROW_COLUMNS, identity=identity, prefix='p.')} FROM participants p "
            f"WHERE {where} ORDER BY p.registered_at, p.id",
            params,
        )
        description = cursor.description
        for row in cursor:
            yield _record(description, row)

    def history(self, participant_id: str) -> list[dict[str, Any]]:
        """Every event of one person, oldest first (`eventlog.history`); identity values are None for a
        session that may not read them."""
        events = history(self.db, "participant", participant_id)
        if not self.identity:
            for event in events:
                fields = event["fields"]
                for name in IDENTITY_FIELDS & fields.keys():
                    fields[name] = None
        return events

    def program_names(self) -> dict[str, str]:
        """Training code -> Indonesian name, in the programme's order."""
        rows = self.db.execute("SELECT id, name FROM programs WHERE deleted_at IS NULL ORDER BY sort_order")
        return {str(code): str(name) for code, name in rows}

    def registered_on(self, day: date, device_id: str) -> int:
        """How many people `device_id` registered on `day`, by the date in their `registered_at` stamp (the
        wall-clock time of the laptop that saved them). Reads only that day's rows, through the
        registered_at index: instant at 100,000 participants. Deleted records are not counted."""
        row = self.db.execute(
            "SELECT count(*) FROM participants INDEXED BY participants_registered_at "
            "WHERE registered_at >= ? AND registered_at < ? AND device_id = ? AND deleted_at IS NULL",
            [day.isoformat(), (day + timedelta(days=1)).isoformat(), device_id],
        ).fetchone()
        return int(row[0])

    def officers(self) -> list[str]:
        return [
            r[0]
            for r in self.db.execute(
                "SELECT DISTINCT registered_by FROM participants WHERE registered_by IS NOT NULL ORDER BY 1"
            )
        ]

    def stats(self) -> dict[str, Any]:
        """Counts a coordinator asks for first: totals, per training against quota, category, status."""
        active = "deleted_at IS NULL AND withdrawn_at IS NULL"
        total = self.db.execute(f"SELECT count(*) FROM participants WHERE {active}").fetchone()[0]
        withdrawn = self.db.execute(
            "SELECT count(*) FROM participants WHERE deleted_at IS NULL AND withdrawn_at IS NOT NULL"
        ).fetchone()[0]
        programs = list_programs(self.workspace)

        def grouped(column: str) -> dict[str, int]:
            rows = self.db.execute(
                f"SELECT {column}, count(*) FROM participants WHERE {active} GROUP BY 1 ORDER BY 2 DESC"
            )
            return {str(k): int(v) for k, v in rows}

        return {
            "participants": int(total),
            "withdrawn": int(withdrawn),
            "programs": programs,
            "categories": grouped("category"),
            "statuses": grouped("status"),
            "kecamatan": grouped("substr(kelurahan_code, 1, 8)"),
            "officers": grouped("registered_by"),
            "possible_duplicates": int(
                self.db.execute(
                    f"SELECT count(*) FROM participants WHERE duplicate_of IS NOT NULL AND {active}"
                ).fetchone()[0]
            ),
            "events": int(self.db.execute("SELECT count(*) FROM events").fetchone()[0]),
        }


def _record(description: Any, row: Any) -> dict[str, Any]:
    record = {d[0]: value for d, value in zip(description, row, strict=True)}
    if "consent" in record and record["consent"] is not None:
        record["consent"] = bool(record["consent"])
    return record


def _jsonable(values: dict[str, Any]) -> dict[str, Any]:
    """Event fields are JSON: dates become ISO strings."""
    result: dict[str, Any] = {}
    for key, value in values.items():
        if hasattr(value, "isoformat"):
            value = value.isoformat()
        result[key] = value
    return result
