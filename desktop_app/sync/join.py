"""Joining a workspace: a coordinator's join file plus the passphrase make a new laptop part of it."""

from __future__ import annotations

import base64
from pathlib import Path
from typing import Any

from desktop_app.core.errors import PintuError
from desktop_app.core.ids import new_id
from desktop_app.core.keys import generate_device_key
from desktop_app.core.passphrase import KdfParams, derive_key, key_check
from desktop_app.storage import connection, keyfile, schema, sync_store
from desktop_app.storage.photos import put_photo_raw
from desktop_app.storage.workspace import Workspace, remove_files
from desktop_app.sync.bundle import read_header, read_payload
from desktop_app.sync.exchange import export_bundle


def make_join_file(workspace: Workspace, path: Path, passphrase: str) -> dict[str, Any]:
    """Everything a new laptop needs: workspace, trainings, classes, device keys and the data so far."""
    return export_bundle(workspace, path, passphrase, kind="join")


def join_workspace(
    db_path: Path, join_file: Path, passphrase: str, *, device_name: str, officer: str, make_folder: bool = False
) -> Workspace:
    """Create this laptop's database from a join file, with its own device identity and signing key."""
    for label, value in (("device", device_name), ("officer", officer)):
        if not value.strip():
            raise PintuError(f"{label}.required")
    header = read_header(join_file)
    manifest = header.manifest
    if manifest.get("kind") not in ("join", "bundle") or not manifest.get("workspace_id"):
        raise PintuError("bundle.not_a_bundle", path=str(join_file))
    key = derive_key(passphrase, KdfParams.from_json(manifest.get("kdf")))
    if manifest.get("key_check") and key_check(key, str(manifest["workspace_id"])) != manifest["key_check"]:
        raise PintuError("passphrase.wrong")
    payload = read_payload(header, key)
    events = payload.get("events")
    if not isinstance(events, list):
        raise PintuError("bundle.corrupt", path=str(join_file))
    if db_path.exists() and db_path.stat().st_size > 0:
        raise PintuError("workspace.exists", path=str(db_path))
    if not db_path.parent.exists():
        if not make_folder:
            raise PintuError("workspace.folder_missing", folder=str(db_path.parent))
        db_path.parent.mkdir(parents=True, exist_ok=True)
    db_key, recovery = keyfile.create_keys(db_path, passphrase)
    try:
        db = connection.connect(db_path, db_key)
    except BaseException:
        remove_files(db_path)
        raise
    try:
        schema.migrate(db, db_path, db_key)
        device_key = generate_device_key()
        device_id = new_id()
        with connection.transaction(db):
            db.execute("INSERT INTO local_device (singleton, device_id, private_key) VALUES (1, ?, ?)",
                       [device_id, device_key.private_raw])
            sync_store.import_events(db, events, source=str(join_file),
                                     origin_device=str(manifest.get("origin_device") or "") or None)
            if db.execute("SELECT count(*) FROM workspace").fetchone()[0] != 1:
                raise PintuError("bundle.corrupt", path=str(join_file))
            workspace = Workspace(db, db_path, db_key)
            workspace.writer.actor = officer.strip()
            workspace.writer.emit("device", device_id, "create", {
                "name": device_name.strip(), "officer": officer.strip(),
                "public_key": base64.b64encode(device_key.public_raw).decode("ascii"),
                "key_id": device_key.key_id,
            })
            for item in payload.get("photos", []):
                put_photo_raw(workspace, str(item[0]), str(item[1]), base64.b64decode(item[2]))
    except BaseException:
        db.conn.close()
        remove_files(db_path)
        raise
    joined = Workspace(db, db_path, db_key)
    joined.recovery_key = recovery
    return joined


__all__ = ["join_workspace", "make_join_file"]
