"""Backups of the workspace file: automatic (at start, before imports, daily) and on demand.

Copies are made with SQLite's backup API, so they are consistent even while the app writes, and are
encrypted with the workspace's key (each with a copy of the key file, so a backup on a USB stick can
be restored on a new laptop with the passphrase or the recovery key). A restore first backs up the
current state, checks that the copy is sound and of this workspace, and only then replaces the file.
"""

from __future__ import annotations

import shutil
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from desktop_app.core.errors import PintuError
from desktop_app.storage import connection, keyfile
from desktop_app.storage.driver import sqlite3
from desktop_app.storage.location import is_plain_sqlite
from desktop_app.storage.workspace import Workspace, rotate_device_identity

KEEP_AUTOMATIC = 10
BACKUP_DIR_NAME = "backups"
AUTOMATIC_REASONS = ("start", "before-import", "daily", "before-restore")


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    created_at: datetime
    reason: str
    size: int
    workspace_id: str
    workspace_name: str
    participants: int
    events: int


def backup_dir(workspace_path: Path) -> Path:
    return workspace_path.parent / BACKUP_DIR_NAME


def _stamp(now: datetime) -> str:
    return now.strftime("%Y%m%dT%H%M%S%fZ")


def make_backup(workspace: Workspace, reason: str, folder: Path | None = None) -> Path:
    """Copy the whole database; no names or NIKs in the file name (reason and time only)."""
    if workspace.path is None:
        raise PintuError("workspace.in_memory")
    target_dir = folder or backup_dir(workspace.path)
    try:
        target_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise PintuError("backup.folder_unwritable", folder=str(target_dir)) from exc
    now = datetime.now(timezone.utc)
    target = target_dir / f"pintu-{reason}-{_stamp(now)}.sqlite"
    partial = target.with_suffix(".partial")
    try:
        dest = sqlite3.connect(str(partial))
        try:
            if workspace.key is not None:
                connection.apply_key(dest, workspace.key)
            workspace.db.conn.backup(dest)
        finally:
            dest.close()
        if workspace.key is not None:
            keyfile.copy_keys(workspace.path, target)
        partial.replace(target)
    except (OSError, sqlite3.Error, PintuError) as exc:
        partial.unlink(missing_ok=True)
        keyfile.keyfile_path(target).unlink(missing_ok=True)
        raise PintuError("backup.write_failed", folder=str(target_dir)) from exc
    if folder is None and reason in AUTOMATIC_REASONS:
        prune(target_dir)
    return target


def backup_key(path: Path, key: bytes | None, *, passphrase: str | None = None,
               recovery_key: str | None = None) -> bytes:
    """The key that opens a backup: this workspace's own, else the backup's key file unlocked with the
    passphrase or recovery key given (a backup of another laptop, or of a dead one).

    `backup.key_needed` when only a passphrase can tell; `backup.unreadable` for a damaged file or a
    copy without its key file.
    """
    if is_plain_sqlite(path) or not path.is_file():
        raise PintuError("backup.unreadable", path=str(path))
    if key is not None and _opens(path, key):
        return key
    if not keyfile.keyfile_path(path).exists():
        raise PintuError("backup.unreadable", path=str(path))
    if passphrase is None and recovery_key is None:
        raise PintuError("backup.key_needed", path=str(path))
    try:
        other = keyfile.unlock(path, passphrase=passphrase, recovery_key=recovery_key)
    except PintuError as error:
        if error.code == "keys.corrupt":
            raise PintuError("backup.unreadable", path=str(path)) from error
        raise
    if not _opens(path, other):
        raise PintuError("backup.corrupt", path=str(path))
    return other


def _opens(path: Path, key: bytes) -> bool:
    try:
        conn = _connect_readonly(path, key)
    except sqlite3.DatabaseError:
        return False
    conn.close()
    return True


def _connect_readonly(path: Path, key: bytes) -> sqlite3.Connection:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        connection.apply_key(conn, key)
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except BaseException:
        conn.close()
        raise
    return conn


def read_info(path: Path, key: bytes | None, *, passphrase: str | None = None,
              recovery_key: str | None = None) -> BackupInfo:
    """Date, counts and workspace of a backup, read without changing it (see `backup_key`)."""
    opened_with = backup_key(path, key, passphrase=passphrase, recovery_key=recovery_key)
    try:
        conn = _connect_readonly(path, opened_with)
    except sqlite3.Error as exc:
        raise PintuError("backup.unreadable", path=str(path)) from exc
    try:
        workspace = conn.execute("SELECT id, name FROM workspace").fetchone()
        participants = conn.execute(
            "SELECT count(*) FROM participants WHERE deleted_at IS NULL AND withdrawn_at IS NULL").fetchone()[0]
        events = conn.execute("SELECT count(*) FROM events").fetchone()[0]
    except sqlite3.Error as exc:
        raise PintuError("backup.unreadable", path=str(path)) from exc
    finally:
        conn.close()
    if workspace is None:
        raise PintuError("backup.unreadable", path=str(path))
    parts = path.stem.split("-")
    try:
        created = datetime.strptime(parts[-1], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=timezone.utc)
        reason = "-".join(parts[1:-1])
    except (ValueError, IndexError):
        created = datetime.fromtimestamp(path.stat().st_mtime, timezone.utc)
        reason = "manual"
    return BackupInfo(path, created, reason, path.stat().st_size, str(workspace[0]), str(workspace[1] or ""),
                      int(participants), int(events))


def list_backups(workspace_path: Path, key: bytes | None, folder: Path | None = None) -> list[BackupInfo]:
    """Backups in the folder (default: next to the workspace) that this key opens, newest first."""
    found = []
    for path in sorted((folder or backup_dir(workspace_path)).glob("pintu-*.sqlite")):
        try:
            found.append(read_info(path, key))
        except PintuError:
            continue
    return sorted(found, key=lambda b: b.created_at, reverse=True)


def prune(folder: Path, keep: int = KEEP_AUTOMATIC) -> None:
    """Keep the newest `keep` automatic backups of each reason; manual ones are never deleted."""
    for reason in AUTOMATIC_REASONS:
        copies = sorted(folder.glob(f"pintu-{reason}-*.sqlite"), reverse=True)
        for old in copies[keep:]:
            old.unlink(missing_ok=True)


def backup_if_due(workspace: Workspace, *, now: datetime | None = None) -> Path | None:
    """The daily copy: made when the newest daily one is older than a day."""
    if workspace.path is None:
        return None
    moment = now or datetime.now(timezone.utc)
    latest = sorted(backup_dir(workspace.path).glob("pintu-daily-*.sqlite"), reverse=True)
    if latest:
        try:
            stamp = datetime.strptime(latest[0].stem.split("-")[-1], "%Y%m%dT%H%M%S%fZ").replace(tzinfo=timezone.utc)
        except ValueError:
            stamp = None
        if stamp is not None and moment - stamp < timedelta(days=1):
            return None
    return make_backup(workspace, "daily")


def _check_sound(path: Path, key: bytes) -> None:
    try:
        conn = _connect_readonly(path, key)
        try:
            sound = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        finally:
            conn.close()
    except sqlite3.Error:
        sound = False
    if not sound:
        raise PintuError("backup.corrupt", path=str(path))


def restore_backup(workspace_path: Path, backup_path: Path, key: bytes | None, *, passphrase: str | None = None,
                   recovery_key: str | None = None) -> Path | None:
    """Put a backup's state into the workspace (which must be closed); returns the safety copy made first.

    Refused, with nothing changed, for a backup of another workspace, a damaged one, or one whose key
    is not known. With no workspace at `workspace_path` (a new laptop after a dead one), the backup and
    its key file are copied there and the laptop gets a new identity; nothing to keep, so None.
    """
    from desktop_app.storage.workspace import open_workspace

    opened_with = backup_key(backup_path, key, passphrase=passphrase, recovery_key=recovery_key)
    info = read_info(backup_path, opened_with)
    _check_sound(backup_path, opened_with)
    if not workspace_path.exists():
        _restore_to_new_place(workspace_path, backup_path, opened_with)
        return None
    if key is None:
        raise PintuError("passphrase.required")
    current = open_workspace(workspace_path, key=key)
    try:
        if current.info.workspace_id != info.workspace_id:
            raise PintuError("backup.other_workspace", path=str(backup_path), backup_workspace=info.workspace_name)
        safety = make_backup(current, "before-restore")
        last_seq = int(current.db.execute("SELECT last_seq FROM local_device").fetchone()[0])
        with _source_in_our_key(backup_path, opened_with, key) as source:
            source.backup(current.db.conn)  # page by page, inside SQLite's own locking: all or nothing
    finally:
        current.close()
    restored = open_workspace(workspace_path, key=key)
    try:
        restored_seq = int(restored.db.execute("SELECT last_seq FROM local_device").fetchone()[0])
        if restored_seq < last_seq:
            # Changes numbered after the backup may already be on other laptops: numbering them again
            # would clash. The laptop carries on under a new identity; its old changes come back by sync.
            rotate_device_identity(restored)
    finally:
        restored.close()
    return safety


@contextmanager
def _source_in_our_key(backup_path: Path, backup_key_: bytes, key: bytes) -> Iterator[sqlite3.Connection]:
    """The backup as a connection encrypted like the workspace (SQLite's backup API copies pages as they
    are, so both sides need the same key): the backup itself, or a re-keyed temporary copy of it."""
    if backup_key_ == key:
        conn = _connect_readonly(backup_path, key)
        try:
            yield conn
        finally:
            conn.close()
        return
    with tempfile.TemporaryDirectory(prefix="pintu-restore-") as folder:
        copy = Path(folder) / "restore.sqlite"
        shutil.copyfile(backup_path, copy)
        conn = sqlite3.connect(str(copy))
        try:
            connection.apply_key(conn, backup_key_)
            conn.execute(f"PRAGMA rekey = \"x'{key.hex()}'\"")
            yield conn
        finally:
            conn.close()


def _restore_to_new_place(workspace_path: Path, backup_path: Path, key: bytes) -> None:
    from desktop_app.storage.workspace import open_workspace, remove_files

    if not workspace_path.parent.exists():
        raise PintuError("workspace.folder_missing", folder=str(workspace_path.parent))
    partial = workspace_path.with_name(workspace_path.name + ".partial")
    try:
        shutil.copyfile(backup_path, partial)
        keyfile.copy_keys(backup_path, workspace_path)
        partial.replace(workspace_path)
        restored = open_workspace(workspace_path, key=key)
    except (OSError, PintuError) as exc:
        partial.unlink(missing_ok=True)
        remove_files(workspace_path)
        if isinstance(exc, PintuError):
            raise
        raise PintuError("backup.write_failed", folder=str(workspace_path.parent)) from exc
    try:
        rotate_device_identity(restored)  # the old laptop's later changes may be on others under its numbers
    finally:
        restored.close()
