"""Backup commands of the CLI (registered by `cli.build_parser`)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli_common import db_path, emit, opened
from desktop_app.storage.backup import BackupInfo, list_backups, make_backup, read_info, restore_backup


def _json(info: BackupInfo) -> dict[str, Any]:
    return {"file": str(info.path), "created_at": info.created_at.isoformat(timespec="seconds"),
            "reason": info.reason, "bytes": info.size, "workspace": info.workspace_name,
            "participants": info.participants, "events": info.events}


def cmd_backup(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        path = make_backup(workspace, "manual", Path(args.to) if args.to else None)
    emit({"ok": True, **_json(read_info(path))})
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    path = db_path(args)
    for info in list_backups(path, Path(args.folder) if args.folder else None):
        emit(_json(info))
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    path = db_path(args)
    info = read_info(Path(args.file))
    if not args.yes:
        emit({"ok": False, "preview": _json(info),
               "note": "run again with --yes to replace the workspace with this backup"})
        return 1
    safety = restore_backup(path, Path(args.file))
    emit({"ok": True, "restored": _json(info), "previous_state_saved_as": str(safety)})
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
