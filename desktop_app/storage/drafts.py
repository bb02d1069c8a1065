"""Drafts of unsaved forms, kept in the workspace so they survive a closed window or a crash.

Drafts stay on this laptop (they are not events and never sync); saving the form clears its draft.
"""

from __future__ import annotations

import json
from datetime import datetime, timezone
from typing import Any

from desktop_app.core.roles import Capability
from desktop_app.storage import connection
from desktop_app.storage.workspace import Workspace


def save_draft(workspace: Workspace, key: str, data: dict[str, Any]) -> None:
    """Replace the draft under `key` (one small durable transaction)."""
    with connection.transaction(workspace.db):
        workspace.db.execute(
            "INSERT INTO local_drafts (key, data, updated_at) VALUES (?, ?, ?) "
            "ON CONFLICT (key) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at",
            [key, json.dumps(data, ensure_ascii=False), datetime.now(timezone.utc).isoformat()],
        )


def load_draft(workspace: Workspace, key: str) -> dict[str, Any] | None:
    """The draft under `key`; None for a session that may not read identity fields (a draft holds a NIK)."""
    if not workspace.session.can(Capability.READ_IDENTITY):
        return None
    row = workspace.db.execute("SELECT data FROM local_drafts WHERE key = ?", [key]).fetchone()
    if row is None:
        return None
    try:
        data = json.loads(row[0])
    except json.JSONDecodeError:
        return None
    return data if isinstance(data, dict) else None


def clear_draft(workspace: Workspace, key: str) -> None:
    with connection.transaction(workspace.db):
        workspace.db.execute("DELETE FROM local_drafts WHERE key = ?", [key])
