"""Sync commands of the CLI: passphrases, bundles, join files, sync folders, devices.

Registered on the main parser by `cli.build_parser`; they share its output conventions (JSON on
stdout, a readable message on stderr, exit 0/1/2).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.cli_common import db_path, emit, opened, read_passphrase
from desktop_app.core.errors import PintuError
from desktop_app.storage.location import is_default_location
from desktop_app.storage.sync_store import gaps, unsent_count
from desktop_app.storage.workspace import set_passphrase


def cmd_export(args: argparse.Namespace) -> int:
    from desktop_app.sync.exchange import export_bundle

    with opened(args) as workspace:
        result = export_bundle(workspace, Path(args.out), read_passphrase(args))
        emit({"ok": True, **result})
    return 0


def cmd_import(args: argparse.Namespace) -> int:
    from desktop_app.sync.exchange import import_bundle, preview_import

    with opened(args) as workspace:
        passphrase = read_passphrase(args)
        action = preview_import if args.preview else import_bundle
        if not args.preview:
            from desktop_app.storage.backup import make_backup

            make_backup(workspace, "before-import")
        if args.progress:
            print(f"importing {args.file}", file=sys.stderr, flush=True)
        report = action(workspace, Path(args.file), passphrase)
        emit({"ok": True, "preview": bool(args.preview), **report.to_json()})
    return 0


def cmd_join_file(args: argparse.Namespace) -> int:
    from desktop_app.sync.join import make_join_file

    with opened(args) as workspace:
        emit({"ok": True, **make_join_file(workspace, Path(args.out), read_passphrase(args))})
    return 0


def cmd_join(args: argparse.Namespace) -> int:
    from desktop_app.sync.join import join_workspace

    path = db_path(args)
    workspace = join_workspace(path, Path(args.file), read_passphrase(args), device_name=args.device,
                               officer=args.officer, make_folder=is_default_location(path))
    info = workspace.info
    people = workspace.db.execute("SELECT count(*) FROM participants").fetchone()[0]
    recovery = workspace.recovery_key
    workspace.close()
    emit({"ok": True, "db": str(path), "participants": people, **info.__dict__, "recovery_key": recovery})
    return 0


def cmd_sync_folder(args: argparse.Namespace) -> int:
    from desktop_app.sync.exchange import sync_folder

    with opened(args) as workspace:
        from desktop_app.storage.backup import make_backup

        passphrase = read_passphrase(args)
        make_backup(workspace, "before-import")
        emit({"ok": True, **sync_folder(workspace, Path(args.folder), passphrase)})
    return 0


def cmd_set_passphrase(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        set_passphrase(workspace, read_passphrase(args, confirm=True))
        emit({"ok": True})
    return 0


def cmd_devices(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        me = workspace.info.device_id
        for row in workspace.db.execute(
            "SELECT d.id, d.name, d.officer, d.key_id, d.revoked_at, p.last_import_at, "
            "(SELECT count(*) FROM events e WHERE e.device_id = d.id) "
            "FROM devices d LEFT JOIN sync_peers p ON p.device_id = d.id ORDER BY d.name"
        ):
            entry = {"id": row[0], "name": row[1], "officer": row[2], "key_id": row[3], "revoked_at": row[4],
                     "last_data_arrived": row[5], "events": row[6], "this_laptop": row[0] == me}
            if row[0] == me:
                entry["unsent_changes"] = unsent_count(workspace)
            emit(entry)
    return 0


def cmd_revoke_device(args: argparse.Namespace) -> int:
    from desktop_app.storage.cards import revoke_device

    with opened(args) as workspace:
        revoke_device(workspace, args.device_id)
        emit({"ok": True, "revoked": args.device_id})
    return 0


def cmd_gaps(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        emit({"gaps": gaps(workspace.db)})
    return 0


def cmd_conflicts(args: argparse.Namespace) -> int:
    from desktop_app.storage.conflicts import list_conflicts

    with opened(args) as workspace:
        for conflict in list_conflicts(workspace, include_resolved=args.all):
            emit(conflict)
    return 0


def cmd_resolve_conflict(args: argparse.Namespace) -> int:
    from desktop_app.storage.conflicts import resolve_conflict

    with opened(args) as workspace:
        resolve_conflict(workspace, args.conflict_id, args.choice)
        emit({"ok": True, "conflict": args.conflict_id, "resolution": args.choice})
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    from desktop_app.storage.duplicates import list_duplicates

    with opened(args) as workspace:
        for pair in list_duplicates(workspace, include_decided=args.all):
            emit(pair)
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    from desktop_app.storage.duplicates import mark_different, merge_pair

    with opened(args) as workspace:
        if args.different:
            mark_different(workspace, args.pair_id)
        else:
            if not args.keep:
                raise PintuError("duplicate.keep_required")
            merge_pair(workspace, args.pair_id, args.keep)
        emit({"ok": True, "pair": args.pair_id})
    return 0


def cmd_disnaker(args: argparse.Namespace) -> int:
    from desktop_app.core.disnaker import read_list
    from desktop_app.storage.disnaker import apply_disnaker

    listed = read_list(Path(args.file))
    with opened(args) as workspace:
        match = apply_disnaker(workspace, listed.workers, dry_run=args.dry_run)
        emit({"ok": True, "dry_run": args.dry_run, "listed": len(listed.workers), "problems": listed.problems,
               **match.to_json()})
    return 0


def add_commands(sub: Any, db_option: argparse.ArgumentParser) -> None:
    """Register the sync sub-commands on the main parser."""
    secret = argparse.ArgumentParser(add_help=False)  # every command takes --passphrase-file (db_option)

    p = sub.add_parser("export", parents=[db_option, secret], help="write this laptop's data into a bundle file")
    p.add_argument("--out", required=True, metavar="FILE.pintu")
    p.set_defaults(func=cmd_export)

    p = sub.add_parser("import", parents=[db_option, secret], help="bring in a bundle from another laptop")
    p.add_argument("file", metavar="FILE.pintu")
    p.add_argument("--preview", action="store_true", help="only report what would come in; change nothing")
    p.add_argument("--progress", action="store_true", help="report progress on stderr")
    p.set_defaults(func=cmd_import)

    p = sub.add_parser("join-file", parents=[db_option, secret], help="make a file that lets a new laptop join")
    p.add_argument("--out", required=True, metavar="FILE.pintu")
    p.set_defaults(func=cmd_join_file)

    p = sub.add_parser("join", parents=[db_option, secret], help="join a workspace from a join file")
    p.add_argument("file", metavar="FILE.pintu")
    p.add_argument("--device", required=True, help="this laptop's name")
    p.add_argument("--officer", required=True, help="the officer using this laptop")
    p.set_defaults(func=cmd_join)

    p = sub.add_parser("sync-folder", parents=[db_option, secret],
                       help="write this laptop's bundle to a folder and import everyone else's")
    p.add_argument("folder", metavar="DIR")
    p.set_defaults(func=cmd_sync_folder)

    p = sub.add_parser("set-passphrase", parents=[db_option, secret],
                       help="give a workspace without one its sync passphrase")
    p.set_defaults(func=cmd_set_passphrase)

    p = sub.add_parser("devices", parents=[db_option], help="the laptops of this workspace")
    p.set_defaults(func=cmd_devices)

    p = sub.add_parser("revoke-device", parents=[db_option], help="stop trusting a lost laptop's cards")
    p.add_argument("device_id")
    p.set_defaults(func=cmd_revoke_device)

    p = sub.add_parser("gaps", parents=[db_option], help="missing changes of other laptops, and whom to ask")
    p.set_defaults(func=cmd_gaps)

    p = sub.add_parser("conflicts", parents=[db_option], help="fields two laptops changed at the same time")
    p.add_argument("--all", action="store_true", help="include resolved ones")
    p.set_defaults(func=cmd_conflicts)

    p = sub.add_parser("resolve-conflict", parents=[db_option], help="keep the winning value or take the other")
    p.add_argument("conflict_id")
    p.add_argument("choice", choices=["keep", "other"])
    p.set_defaults(func=cmd_resolve_conflict)

    p = sub.add_parser("duplicates", parents=[db_option], help="possible double registrations (same NIK)")
    p.add_argument("--all", action="store_true", help="include decided pairs")
    p.set_defaults(func=cmd_duplicates)

    p = sub.add_parser("merge-duplicate", parents=[db_option], help="merge a pair, or mark them different people")
    p.add_argument("pair_id")
    p.add_argument("--keep", metavar="PARTICIPANT_ID", help="the record that stays")
    p.add_argument("--different", action="store_true", help="two different people: just close the pair")
    p.set_defaults(func=cmd_merge)

    p = sub.add_parser("disnaker", parents=[db_option],
                       help="match the manpower office's PHK list (CSV or XLSX) and mark people verified")
    p.add_argument("file")
    p.add_argument("--dry-run", action="store_true", help="report only; change nothing")
    p.set_defaults(func=cmd_disnaker)
