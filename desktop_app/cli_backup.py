"""Backup commands of the CLI (registered by `cli.build_parser`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli_common import db_path, emit, opened, unlock_options
from desktop_app.storage import keyfile
from desktop_app.storage.backup import BackupInfo, list_backups, make_backup, read_info, restore_backup


def _json(info: BackupInfo) -> dict[str, Any]:
    return {"file": str(info.path), "created_at": info.created_at.isoformat(timespec="seconds"),
            "reason": info.reason, "bytes": info.size, "workspace": info.workspace_name,
            "participants": info.participants, "events": info.events}


def cmd_backup(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        path = make_backup(workspace, "manual", Path(args.to) if args.to else None)
        info = read_info(path, workspace.key)
    emit({"ok": True, **_json(info)})
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        key = workspace.key
    for info in list_backups(db_path(args), key, Path(args.folder) if args.folder else None):
        emit(_json(info))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    """Into the workspace (unlocked as usual), or onto a new laptop: no workspace yet, so the backup's
    own key file is unlocked with the passphrase or recovery key given."""
    path = db_path(args)
    backup = Path(args.file)
    key = None
    if path.exists():
        with opened(args) as workspace:
            key = workspace.key
        options: dict[str, str] = {}
    else:
        options = unlock_options(args)
    info = read_info(backup, key, **options)
    if not args.yes:
        emit({"ok": False, "preview": _json(info),
              "note": "run again with --yes to replace the workspace with this backup"})
        return 1
    safety = restore_backup(path, backup, key, **options)
    emit({"ok": True, "restored": _json(info), "previous_state_saved_as": str(safety) if safety else None})
    return 0


def cmd_change_passphrase(args: argparse.Namespace) -> int:
    """Unlock (passphrase or recovery key), then seal the database key under the new passphrase."""
    from desktop_app.cli_common import _first_line

    with opened(args) as workspace:
        key, path = workspace.key, workspace.path
    new = _first_line(args.new_passphrase_file)
    if key is None or path is None:
        return 1
    keyfile.change_passphrase(path, key, new)
    emit({"ok": True})
    return 0


def add_commands(sub: Any, db_option: argparse.ArgumentParser) -> None:
    p = sub.add_parser("backup", parents=[db_option], help="copy the workspace now (e.g. to a USB stick)")
    p.add_argument("--to", metavar="DIR", help="folder for the copy (default: the backups folder)")
    p.set_defaults(func=cmd_backup)

    p = sub.add_parser("backups", parents=[db_option], help="the backups, newest first, with their counts")
    p.add_argument("--folder", metavar="DIR")
    p.set_defaults(func=cmd_backups)

    p = sub.add_parser("restore", parents=[db_option], help="replace the workspace with a backup")
    p.add_argument("file")
    p.add_argument("--yes", action="store_true", help="really replace (without it: show the backup's facts)")
    p.set_defaults(func=cmd_restore)

    p = sub.add_parser("change-passphrase", parents=[db_option],
                       help="change the passphrase that unlocks this laptop's workspace")
    p.add_argument("--new-passphrase-file", metavar="FILE", required=True,
                   help="the new passphrase, from the first line of FILE")
    p.set_defaults(func=cmd_change_passphrase)
