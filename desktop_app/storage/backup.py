"""Backups of the workspace file: automatic (at start, before imports, daily) and on demand.

Copies are made with SQLite's backup API, so they are consistent even while the app writes. A
restore first backs up the current state, checks that the copy is sound and of this workspace, and
only then replaces the file.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from desktop_app.core.errors import PintuError
from desktop_app.storage.driver import sqlite3
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
            workspace.db.conn.backup(dest)
        finally:
            dest.close()
        partial.replace(target)
    except (OSError, sqlite3.Error) as exc:
        partial.unlink(missing_ok=True)
        raise PintuError("backup.write_failed", folder=str(target_dir)) from exc
    if folder is None and reason in AUTOMATIC_REASONS:
        prune(target_dir)
    return target


def read_info(path: Path) -> BackupInfo:
    """Date, counts and workspace of a backup, read without changing it."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
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


def list_backups(workspace_path: Path, folder: Path | None = None) -> list[BackupInfo]:
    """Backups found in the folder (default: next to the workspace), newest first; unreadable ones skipped."""
    found = []
    for path in sorted((folder or backup_dir(workspace_path)).glob("pintu-*.sqlite")):
        try:
            found.append(read_info(path))
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


def restore_backup(workspace_path: Path, backup_path: Path) -> Path:
    """Replace the workspace file with a backup (the workspace must be closed). Returns the safety copy.

    Refused, with nothing changed, for a backup of another workspace or one that fails SQLite's
    integrity check.
    """
    info = read_info(backup_path)
    conn = sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True)
    try:
        sound = conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()
    if not sound:
        raise PintuError("backup.corrupt", path=str(backup_path))
    from desktop_app.storage.workspace import open_workspace

    current = open_workspace(workspace_path)
    try:
        if current.info.workspace_id != info.workspace_id:
            raise PintuError("backup.other_workspace", path=str(backup_path), backup_workspace=info.workspace_name)
        safety = make_backup(current, "before-restore")
        last_seq = int(current.db.execute("SELECT last_seq FROM local_device").fetchone()[0])
        source = sqlite3.connect(f"file:{backup_path}?mode=ro", uri=True)
        try:
            source.backup(current.db.conn)  # page by page, inside SQLite's own locking: all or nothing
        finally:
            source.close()
    finally:
        current.close()
    restored = open_workspace(workspace_path)
    try:
        restored_seq = int(restored.db.execute("SELECT last_seq FROM local_device").fetchone()[0])
        if restored_seq < last_seq:
            # Changes numbered after the backup may already be on other laptops: numbering them again
            # would clash. The laptop carries on under a new identity; its old changes come back by sync.
            rotate_device_identity(restored)
    finally:
        restored.close()
    return safety
