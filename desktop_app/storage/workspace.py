"""Creating and opening a workspace: one SQLite file holding one programme's data on one laptop."""

from __future__ import annotations

import base64
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path

import sqlite_utils

from desktop_app.core.errors import PintuError
from desktop_app.core.ids import new_id
from desktop_app.core.keys import generate_device_key
from desktop_app.core.passphrase import KdfParams, check_passphrase_strength, derive_key, key_check, new_kdf_params
from desktop_app.core.programs import PROGRAMS
from desktop_app.core.roles import Session
from desktop_app.storage import connection, keyfile, schema
from desktop_app.storage.driver import sqlite3
from desktop_app.storage.eventlog import LocalWriter
from desktop_app.storage.location import KEYFILE_SUFFIX, is_plain_sqlite


@dataclass(frozen=True)
class WorkspaceInfo:
    workspace_id: str
    name: str
    device_id: str
    device_name: str
    officer: str
    key_id: str


class Workspace:
    """An open workspace: the database, who this laptop is, and the writer of its events."""

    def __init__(self, db: sqlite_utils.Database, path: Path | None, key: bytes | None = None) -> None:
        self.db = db
        self.path = path
        self.key = key  # the database key, kept for worker connections and backups (never written)
        self.recovery_key: str | None = None  # set only by create_workspace: shown once, then gone
        self.writer = LocalWriter.load(db)
        self.session = Session.passphrase_holder(self.writer.actor)  # who may do what (storage.people)
        self.info = _load_info(db)

    def close(self) -> None:
        self.db.conn.close()

    def reconnect(self) -> Workspace:
        """A second connection to the same file, for a worker thread (connections are not shared)."""
        if self.path is None:
            raise PintuError("workspace.in_memory")
        return Workspace(connection.connect(self.path, self.key), self.path, self.key)


def _load_info(db: sqlite_utils.Database) -> WorkspaceInfo:
    row = db.execute(
        "SELECT w.id, w.name, l.device_id, d.name, d.officer, d.key_id "
        "FROM workspace w, local_device l LEFT JOIN devices d ON d.id = l.device_id"
    ).fetchone()
    if row is None:
        raise PintuError("workspace.missing")
    return WorkspaceInfo(
        workspace_id=row[0], name=row[1] or "", device_id=row[2], device_name=row[3] or "",
        officer=row[4] or "", key_id=row[5] or "",
    )


def _now_iso() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def create_workspace(
    path: Path | None,
    *,
    name: str,
    device_name: str,
    officer: str,
    make_folder: bool = False,
    passphrase: str | None = None,
) -> Workspace:
    """Create the encrypted database and its key file, this device's identity, and the trainings.

    The passphrase both unlocks the file and protects sync bundles. Everything (workspace, device,
    trainings) is written as events, so it reaches other laptops by the same path as registrations
    do. The returned workspace carries the recovery key, to be shown once.
    """
    for label, value in (("workspace", name), ("device", device_name), ("officer", officer)):
        if not value or not value.strip():
            raise PintuError(f"{label}.required")
    if passphrase is None:
        raise PintuError("passphrase.required")
    check_passphrase_strength(passphrase)
    if path is None:
        raise PintuError("workspace.path_required")
    if path.exists() and path.stat().st_size > 0:
        raise PintuError("workspace.exists", path=str(path))
    if not path.parent.exists():
        if not make_folder:
            raise PintuError("workspace.folder_missing", folder=str(path.parent))
        path.parent.mkdir(parents=True, exist_ok=True)
    db_key, recovery = keyfile.create_keys(path, passphrase)
    try:
        workspace = _create_in(path, db_key, name=name, device_name=device_name, officer=officer,
                               passphrase=passphrase)
    except BaseException:
        remove_files(path)
        raise
    workspace.recovery_key = recovery
    return workspace


def remove_files(path: Path) -> None:
    """Remove a workspace that was being made and failed: the file, its journal and its key file."""
    for suffix in ("", "-wal", "-shm", "-journal", KEYFILE_SUFFIX):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def _create_in(path: Path, db_key: bytes, *, name: str, device_name: str, officer: str,
               passphrase: str) -> Workspace:
    db = connection.connect(path, db_key)
    schema.migrate(db, path, db_key)
    key = generate_device_key()
    device_id = new_id()
    workspace_id = new_id()
    now = _now_iso()
    with connection.transaction(db):
        db.execute(
            "INSERT INTO local_device (singleton, device_id, private_key) VALUES (1, ?, ?)",
            [device_id, key.private_raw],
        )
        writer = LocalWriter.load(db)
        writer.actor = officer.strip()
        writer.emit(
            "device",
            device_id,
            "create",
            {
                "name": device_name.strip(),
                "officer": officer.strip(),
                "public_key": base64.b64encode(key.public_raw).decode("ascii"),
                "key_id": key.key_id,
                "created_at": now,
            },
        )
        fields: dict[str, object] = {"name": name.strip(), "created_at": now}
        fields.update(passphrase_fields(workspace_id, passphrase))
        writer.emit("workspace", workspace_id, "create", fields)
        for order, program in enumerate(PROGRAMS):
            writer.emit(
                "program",
                program.code,
                "create",
                {"name": program.name, "quota": program.quota, "sort_order": order},
            )
    return Workspace(db, path, db_key)


def passphrase_fields(workspace_id: str, passphrase: str) -> dict[str, str]:
    """The workspace fields that let any laptop check a typed passphrase (salt and check, no secret)."""
    params = new_kdf_params()
    return {"kdf": params.dumps(), "key_check": key_check(derive_key(passphrase, params), workspace_id)}


def set_passphrase(workspace: Workspace, passphrase: str) -> None:
    """Give a workspace made without one (e.g. the demo) its sync passphrase: an event, so it spreads."""
    check_passphrase_strength(passphrase)
    if workspace.db.execute("SELECT kdf FROM workspace").fetchone()[0]:
        raise PintuError("passphrase.already_set")
    with connection.transaction(workspace.db):
        workspace.writer.emit("workspace", workspace.info.workspace_id, "update",
                              passphrase_fields(workspace.info.workspace_id, passphrase))


def workspace_key(workspace: Workspace, passphrase: str) -> bytes:
    """The bundle key from the typed passphrase; `passphrase.wrong` at once if it is not the workspace's."""
    row = workspace.db.execute("SELECT kdf, key_check FROM workspace").fetchone()
    if row is None or not row[0]:
        raise PintuError("passphrase.not_set")
    key = derive_key(passphrase, KdfParams.loads(row[0]))
    if key_check(key, workspace.info.workspace_id) != row[1]:
        raise PintuError("passphrase.wrong")
    return key


def rotate_device_identity(workspace: Workspace) -> str:
    """Give this laptop a new device id and signing key (after restoring an older copy of its file)."""
    key = generate_device_key()
    device_id = new_id()
    old = workspace.info
    with connection.transaction(workspace.db):
        workspace.db.execute(
            "UPDATE local_device SET device_id = ?, private_key = ?, last_seq = 0, exported_seq = 0",
            [device_id, key.private_raw],
        )
        workspace.writer = LocalWriter.load(workspace.db)
        workspace.writer.actor = old.officer
        workspace.writer.emit("device", device_id, "create", {
            "name": old.device_name, "officer": old.officer,
            "public_key": base64.b64encode(key.public_raw).decode("ascii"), "key_id": key.key_id,
            "created_at": _now_iso(), "replaces": old.device_id,
        })
    workspace.info = _load_info(workspace.db)
    return device_id


def open_workspace(path: Path, *, passphrase: str | None = None, recovery_key: str | None = None,
                   key: bytes | None = None) -> Workspace:
    """Unlock and open an existing workspace, upgrading its schema (after a backup) if it is older.

    Errors name what went wrong without touching the file: `passphrase.wrong` / `recovery.wrong`
    (with the delay before the next try), `unlock.wait`, `keys.missing` (a database copied without
    its key file), `workspace.not_a_database` (damaged, or another workspace's key file).
    """
    if not path.exists():
        if not path.parent.exists():
            raise PintuError("workspace.folder_missing", folder=str(path.parent))
        raise PintuError("workspace.missing", path=str(path))
    if is_plain_sqlite(path):
        raise PintuError("workspace.not_encrypted", path=str(path))
    if key is None:
        key = keyfile.unlock(path, passphrase=passphrase, recovery_key=recovery_key)
    try:
        db = connection.connect(path, key)
        db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        raise PintuError("workspace.not_a_database", path=str(path)) from exc
    try:
        if "local_device" not in db.table_names():
            raise PintuError("workspace.missing", path=str(path))
        schema.migrate(db, path, key)
        return Workspace(db, path, key)
    except BaseException:
        db.conn.close()
        raise
