"""Possible duplicate registrations: merge them (the kept record takes over) or mark them different."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone
from typing import Any

from desktop_app.core.errors import NotFound, PintuError
from desktop_app.core.roles import Capability
from desktop_app.storage import connection
from desktop_app.storage.participants import selected
from desktop_app.storage.people import acting_name
from desktop_app.storage.workspace import Workspace

_PERSON = ("id", "short_code", "full_name", "nik", "birth_date", "kelurahan_code", "phone", "program_code",
           "status", "registered_by", "registered_at", "device_id")


def _now() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def pair_id(a: str, b: str) -> str:
    first, second = sorted((a, b))
    return hashlib.sha256(f"{first}|{second}".encode()).hexdigest()[:32]


def _adopt_local_flags(workspace: Workspace) -> None:
    """Records saved on this laptop with `--force` (same NIK) become pairs too, so one list shows all."""
    rows = workspace.db.execute(
        "SELECT id, duplicate_of FROM participants WHERE duplicate_of IS NOT NULL AND withdrawn_at IS NULL "
        "AND deleted_at IS NULL"
    ).fetchall()
    for participant_id, other in rows:
        first, second = sorted((participant_id, other))
        workspace.db.execute(
            "INSERT INTO duplicate_pairs (id, participant_a, participant_b, reason, status) "
            "VALUES (?, ?, ?, 'nik', 'open') ON CONFLICT (id) DO NOTHING",
            [pair_id(first, second), first, second],
        )


def _person(workspace: Workspace, participant_id: str) -> dict[str, Any] | None:
    columns = selected(_PERSON, identity=workspace.session.can(Capability.READ_IDENTITY))
    cursor = workspace.db.execute(f"SELECT {columns} FROM participants WHERE id = ?", [participant_id])
    row = cursor.fetchone()
    return dict(zip(_PERSON, row, strict=True)) if row else None


def list_duplicates(workspace: Workspace, *, include_decided: bool = False) -> list[dict[str, Any]]:
    """Open pairs with both people side by side, and how many scans each has.

    NIK and phone are None for a session that may not read them."""
    with connection.transaction(workspace.db):
        _adopt_local_flags(workspace)
    rows = workspace.db.execute(
        "SELECT id, participant_a, participant_b, reason, status, kept_id, decided_at FROM duplicate_pairs "
        f"WHERE participant_a IS NOT NULL {'' if include_decided else 'AND status = ' + repr('open')} ORDER BY id"
    ).fetchall()
    result = []
    for pid, a, b, reason, status, kept, decided in rows:
        people = [_person(workspace, a), _person(workspace, b)]
        if None in people:
            continue  # the other record has not reached this laptop yet
        for person in people:
            assert person is not None
            person["scans"] = workspace.db.execute(
                "SELECT count(*) FROM attendance WHERE short_code = ? AND verdict = 'present' AND undone_at IS NULL",
                [person["short_code"]]).fetchone()[0]
        result.append({"id": pid, "reason": reason, "status": status, "kept_id": kept, "decided_at": decided,
                       "a": people[0], "b": people[1]})
    return result


def _open_pair(workspace: Workspace, pid: str) -> tuple[str, str]:
    row = workspace.db.execute(
        "SELECT participant_a, participant_b, status FROM duplicate_pairs WHERE id = ?", [pid]).fetchone()
    if row is None or row[0] is None:
        raise NotFound("duplicate", pid)
    if row[2] != "open":
        raise PintuError("duplicate.already_decided", key=pid)
    return row[0], row[1]


def merge_pair(workspace: Workspace, pid: str, keep_id: str) -> None:
    """One person: the other record points to the kept one and leaves lists; its scans count for the kept one."""
    workspace.session.require(Capability.RESOLVE)
    a, b = _open_pair(workspace, pid)
    if keep_id not in (a, b):
        raise PintuError("duplicate.keep_invalid", key=keep_id)
    loser = b if keep_id == a else a
    now = _now()
    with connection.transaction(workspace.db):
        workspace.writer.emit("participant", loser, "update", {
            "merged_into": keep_id, "withdrawn_at": now, "withdraw_reason": "duplikat", "duplicate_of": keep_id})
        workspace.writer.emit("duplicate_pair", pid, "update", {
            "status": "merged", "kept_id": keep_id, "decided_at": now, "decided_by": acting_name(workspace)})


def mark_different(workspace: Workspace, pid: str) -> None:
    """Two people after all (e.g. a typo in one NIK was fixed): the pair leaves the list."""
    workspace.session.require(Capability.RESOLVE)
    a, b = _open_pair(workspace, pid)
    now = _now()
    with connection.transaction(workspace.db):
        workspace.writer.emit("duplicate_pair", pid, "update", {
            "status": "different", "decided_at": now, "decided_by": acting_name(workspace)})
        for participant_id in (a, b):
            workspace.writer.emit("participant", participant_id, "update", {"duplicate_of": None})
