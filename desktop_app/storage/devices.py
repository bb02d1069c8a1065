"""The laptops of a workspace: who uses each, when its data last arrived here, and whether it is trusted;
and whether this workspace is ready to sync (has its passphrase)."""

from __future__ import annotations

from typing import Any

from desktop_app.storage.sync_store import unsent_count
from desktop_app.storage.workspace import Workspace


def list_devices(workspace: Workspace) -> list[dict[str, Any]]:
    """Every laptop known to this workspace, by name (this laptop included, marked `this_laptop`).

    `last_data_arrived` is when a bundle made by that laptop was last imported here (None for this
    laptop, and for one whose data only came relayed by others); `events` counts the changes it made
    that this laptop holds; `unsent_changes` (this laptop only) those that have not left it in a bundle.
    """
    me = workspace.info.device_id
    rows = workspace.db.execute(
        "SELECT d.id, d.name, d.officer, d.key_id, d.revoked_at, p.last_import_at, "
        "(SELECT count(*) FROM events e WHERE e.device_id = d.id) "
        "FROM devices d LEFT JOIN sync_peers p ON p.device_id = d.id ORDER BY d.name COLLATE NOCASE, d.id"
    ).fetchall()
    devices = []
    for device_id, name, officer, key_id, revoked_at, arrived, events in rows:
        entry: dict[str, Any] = {
            "id": device_id, "name": name or "", "officer": officer or "", "key_id": key_id or "",
            "revoked_at": revoked_at, "last_data_arrived": arrived, "events": int(events),
            "this_laptop": device_id == me, "unsent_changes": None,
        }
        if device_id == me:
            entry["unsent_changes"] = unsent_count(workspace)
        devices.append(entry)
    return devices


def has_passphrase(workspace: Workspace) -> bool:
    """Whether the workspace has its sync passphrase yet (one made without it must get one before a sync)."""
    row = workspace.db.execute("SELECT kdf FROM workspace").fetchone()
    return bool(row and row[0])


def device_names(workspace: Workspace) -> dict[str, str]:
    """Device id -> laptop name, to say where a record was registered."""
    return {str(r[0]): str(r[1] or "") for r in workspace.db.execute("SELECT id, name FROM devices")}


__all__ = ["device_names", "has_passphrase", "list_devices"]
