"""Export, preview and import of bundles, and the sync folder: one button for any number of laptops."""

from __future__ import annotations

import base64
import gc
from collections.abc import Callable
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

from desktop_app.core.errors import PintuError
from desktop_app.core.passphrase import KdfParams
from desktop_app.storage import sync_store
from desktop_app.storage.photos import all_photos, put_photo_raw
from desktop_app.storage.workspace import Workspace, workspace_key
from desktop_app.sync.bundle import BundleHeader, read_header, read_payload, write_bundle

BUNDLE_SUFFIX = ".pintu"
Progress = Callable[[str], None]


def _now() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def _kdf(workspace: Workspace) -> KdfParams:
    row = workspace.db.execute("SELECT kdf FROM workspace").fetchone()
    if row is None or not row[0]:
        raise PintuError("passphrase.not_set")
    return KdfParams.loads(row[0])


def export_bundle(workspace: Workspace, path: Path, passphrase: str, *, kind: str = "bundle") -> dict[str, Any]:
    """Write every event this laptop knows (and the photos) into one encrypted file."""
    key = workspace_key(workspace, passphrase)
    rows = sync_store.all_event_rows(workspace)
    photos = [[photo_id, mime, base64.b64encode(data).decode("ascii")] for photo_id, mime, data in
              all_photos(workspace)]
    info = workspace.info
    counts = {"events": len(rows), "photos": len(photos)}
    for entity, count in workspace.db.execute("SELECT entity, count(*) FROM events GROUP BY entity"):
        counts[f"events_{entity}"] = int(count)
    manifest = {
        "kind": kind,
        "workspace_id": info.workspace_id,
        "workspace_name": info.name,
        "origin_device": info.device_id,
        "origin_device_name": info.device_name,
        "origin_officer": info.officer,
        "created_at": _now(),
        "ranges": sync_store.sequence_ranges(workspace),
        "counts": counts,
        "kdf": _kdf(workspace).to_json(),
        "key_check": workspace.db.execute("SELECT key_check FROM workspace").fetchone()[0],
    }
    if not path.parent.exists():
        raise PintuError("file.folder_missing", folder=str(path.parent))
    try:
        size = write_bundle(path, manifest, {"events": rows, "photos": photos}, key)
    except OSError as exc:
        raise PintuError("file.write_failed", path=str(path), reason=exc.strerror or str(exc)) from exc
    if kind == "bundle":
        sync_store.mark_exported(workspace)
    return {"file": str(path), "bytes": size, **counts}


@dataclass
class OpenedBundle:
    header: BundleHeader
    payload: dict[str, Any] = field(default_factory=dict)

    @property
    def manifest(self) -> dict[str, Any]:
        return self.header.manifest


def _all_known(workspace: Workspace, manifest: dict[str, Any]) -> bool:
    """True when this laptop already holds every event the bundle's sequence ranges name.

    Each event is one device's numbered change, so a device's range 1..N is known exactly when this
    laptop holds N of that device's changes numbered up to at least N (no gaps).
    """
    ranges = manifest.get("ranges")
    if not isinstance(ranges, dict) or not ranges:
        return False
    mine = sync_store.sequence_ranges(workspace)
    for device, span in ranges.items():
        try:
            high = int(span[1])
        except (TypeError, ValueError, IndexError):
            return False
        have = mine.get(device)
        if have is None or have[0] != 1 or have[2] != have[1] or have[1] < high:
            return False
    return True


def open_bundle(workspace: Workspace, path: Path, passphrase: str) -> OpenedBundle:
    """Read and check a bundle for this workspace: another workspace's, a newer format, a wrong
    passphrase, a truncated or damaged file each stop here with their own code, before any write."""
    header, key = _unlock(workspace, path, passphrase)
    return OpenedBundle(header, _payload(header, key))


def _unlock(workspace: Workspace, path: Path, passphrase: str) -> tuple[BundleHeader, bytes]:
    """The header of a bundle for this workspace and the key to its payload (derived once: scrypt is slow)."""
    header = read_header(path)
    manifest = header.manifest
    if manifest.get("workspace_id") != workspace.info.workspace_id:
        raise PintuError("bundle.other_workspace", path=str(path),
                         bundle_workspace=str(manifest.get("workspace_name") or manifest.get("workspace_id")),
                         this_workspace=workspace.info.name)
    return header, workspace_key(workspace, passphrase)


def _payload(header: BundleHeader, key: bytes) -> dict[str, Any]:
    payload = read_payload(header, key)
    events = payload.get("events")
    photos = payload.get("photos", [])
    if not isinstance(events, list) or not isinstance(photos, list):
        raise PintuError("bundle.corrupt", path=str(header.path))
    if events and (not set(map(type, events)) <= {list, tuple}
                   or set(map(len, events)) != {len(sync_store.EVENT_COLUMNS)}):
        raise PintuError("bundle.corrupt", path=str(header.path))
    return payload


@contextmanager
def _rolled_back(workspace: Workspace) -> Any:
    """Run an import for its report only: everything it wrote is undone."""
    conn = workspace.db.conn
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        conn.execute("ROLLBACK")


def _apply(workspace: Workspace, opened: OpenedBundle, source: str) -> sync_store.ImportReport:
    try:
        report = sync_store.import_events(
            workspace.db, opened.payload["events"], source=source,
            origin_device=opened.manifest.get("origin_device"), clock=workspace.writer.clock,
        )
    except (KeyError, TypeError, ValueError) as exc:
        raise PintuError("bundle.corrupt", path=source) from exc
    for item in opened.payload.get("photos", []):
        try:
            put_photo_raw(workspace, str(item[0]), str(item[1]), base64.b64decode(item[2]))
        except (IndexError, ValueError, TypeError) as exc:
            raise PintuError("bundle.corrupt", path=source) from exc
    return report


def _known_report(workspace: Workspace, header: BundleHeader) -> sync_store.ImportReport | None:
    """The report of a bundle with nothing new (checked from its plain manifest), or None."""
    if not _all_known(workspace, header.manifest):
        return None
    counts = header.manifest.get("counts") or {}
    report = sync_store.ImportReport(known_events=int(counts.get("events", 0)))
    report.gaps = sync_store.gaps(workspace.db)
    return report


def preview_import(workspace: Workspace, path: Path, passphrase: str) -> sync_store.ImportReport:
    """What importing would bring (new people, updates, attendance, conflicts, duplicates), changing nothing."""
    header, key = _unlock(workspace, path, passphrase)
    known = _known_report(workspace, header)
    if known is not None:
        return known
    with _no_cycle_collection():
        opened = OpenedBundle(header, _payload(header, key))
        with _rolled_back(workspace):
            report = _apply(workspace, opened, str(path))
    return report


@contextmanager
def _no_cycle_collection() -> Any:
    """A bundle is millions of small objects at once and none of them form cycles: Python's cycle
    collector would walk them over and over while they are parsed and applied."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def import_bundle(workspace: Workspace, path: Path, passphrase: str) -> sync_store.ImportReport:
    """Apply a bundle in one transaction; importing the same file again changes nothing (and is quick:
    a bundle whose every event is already here is recognised from its manifest)."""
    header, key = _unlock(workspace, path, passphrase)
    known = _known_report(workspace, header)
    if known is not None:
        return known
    with _no_cycle_collection():
        return _apply(workspace, OpenedBundle(header, _payload(header, key)), str(path))


def bundle_name(workspace: Workspace) -> str:
    """One file per laptop in a sync folder, named by device id: no names or NIKs in file names."""
    return f"pintu-{workspace.info.device_id}{BUNDLE_SUFFIX}"


def sync_folder(workspace: Workspace, folder: Path, passphrase: str,
                progress: Progress | None = None) -> dict[str, Any]:
    """Import every other laptop's bundle found in the folder, then write this laptop's own there."""
    if not folder.is_dir():
        raise PintuError("folder.missing", folder=str(folder))
    workspace_key(workspace, passphrase)  # a wrong passphrase stops before anything is read or written
    mine = folder / bundle_name(workspace)
    results: list[dict[str, Any]] = []
    totals = sync_store.ImportReport()
    for path in sorted(folder.glob(f"*{BUNDLE_SUFFIX}")):
        if path.name == mine.name:
            continue
        if progress:
            progress(path.name)
        try:
            report = import_bundle(workspace, path, passphrase)
        except PintuError as error:
            results.append({"file": path.name, "ok": False, "error": error.code})
            continue
        results.append({"file": path.name, "ok": True, **report.to_json()})
        totals.new_events += report.new_events
        totals.known_events += report.known_events
        totals.new_people += report.new_people
        totals.attendance += report.attendance
        totals.conflicts.extend(report.conflicts)
        totals.duplicates.extend(report.duplicates)
    exported = export_bundle(workspace, mine, passphrase)
    return {"folder": str(folder), "written": exported, "imported": results,
            "totals": totals.to_json() | {"gaps": sync_store.gaps(workspace.db)}}
