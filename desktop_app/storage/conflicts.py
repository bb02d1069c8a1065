"""Concurrent edits a coordinator reviews: keep the value that won, or take the other one.

Either choice is an event (the conflict marked resolved, and for "other" the field written again),
so every laptop ends with the same value and the same review.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from desktop_app.core.errors import NotFound, PintuError
from desktop_app.core.roles import IDENTITY_FIELDS, Capability
from desktop_app.storage import connection
from desktop_app.storage.eventlog import ENTITY_TABLES, field_version
from desktop_app.storage.people import acting_name
from desktop_app.storage.workspace import Workspace

CHOICES = ("keep", "other")


def list_conflicts(workspace: Workspace, *, include_resolved: bool = False) -> list[dict[str, Any]]:
    """Open conflicts (newest first) with both values, who wrote each and the record's name.

    A participant's NIK, KK, phone or address values are None for a session that may not read them."""
    rows = workspace.db.execute(
        "SELECT c.id, c.entity, c.entity_id, c.field, c.kept_value, c.kept_hlc, kd.name, kd.officer, "
        "c.other_value, c.other_hlc, od.name, od.officer, c.detected_at, c.resolved_at, c.resolution, "
        "p.full_name, p.short_code "
        "FROM conflicts c LEFT JOIN devices kd ON kd.id = c.kept_device LEFT JOIN devices od ON od.id = c.other_device "
        "LEFT JOIN participants p ON c.entity = 'participant' AND p.id = c.entity_id "
        f"WHERE c.entity IS NOT NULL {'' if include_resolved else 'AND c.resolved_at IS NULL'} "
        "ORDER BY c.detected_at DESC, c.id"
    ).fetchall()
    identity = workspace.session.can(Capability.READ_IDENTITY)

    def value(entity: str, field: str, stored: str) -> Any:
        hidden = not identity and entity == "participant" and field in IDENTITY_FIELDS
        return None if hidden else json.loads(stored)

    return [
        {"id": r[0], "entity": r[1], "entity_id": r[2], "field": r[3], "kept_value": value(r[1], r[3], r[4]),
         "kept_hlc": r[5], "kept_device": r[6], "kept_officer": r[7], "other_value": value(r[1], r[3], r[8]),
         "other_hlc": r[9], "other_device": r[10], "other_officer": r[11], "detected_at": r[12],
         "resolved_at": r[13], "resolution": r[14], "record_name": r[15], "record_code": r[16]}
        for r in rows
    ]


def resolve_conflict(workspace: Workspace, conflict_id: str, choice: str) -> None:
    """Decide one conflict. "other" writes the other value again, as a new change that wins everywhere."""
    workspace.session.require(Capability.RESOLVE)
    if choice not in CHOICES:
        raise PintuError("conflict.choice_invalid", key=choice)
    row = workspace.db.execute(
        "SELECT entity, entity_id, field, other_value, resolved_at FROM conflicts WHERE id = ?", [conflict_id]
    ).fetchone()
    if row is None or row[0] is None:
        raise NotFound("conflict", conflict_id)
    if row[4] is not None:
        raise PintuError("conflict.already_resolved", key=conflict_id)
    entity, entity_id, field, other_json, _ = row
    if entity not in ENTITY_TABLES:
        raise NotFound("conflict", conflict_id)
    now = datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")
    with connection.transaction(workspace.db):
        if choice == "other":
            version = field_version(workspace.db, entity, entity_id, field)
            workspace.writer.emit(entity, entity_id, "update", {field: json.loads(other_json)},
                                  {field: list(version) if version else None})
        workspace.writer.emit("conflict", conflict_id, "update",
                              {"resolved_at": now, "resolution": choice, "resolved_by": acting_name(workspace)})
