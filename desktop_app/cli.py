"""Command-line front-end: the same operations as the GUI, for coordinators, scripts and tests.

Output a program reads is JSON on stdout; a readable message goes to stderr. Exit codes: 0 success,
1 invalid input (with error codes in the JSON), 2 usage errors.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from random import Random
from typing import Any

from desktop_app.cli_common import db_path, emit, opened, read_passphrase
from desktop_app.cli_messages import message
from desktop_app.core.errors import PintuError, ValidationFailed
from desktop_app.core.nik import check_nik
from desktop_app.core.registration import RegistrationService
from desktop_app.storage.driver import sqlite3
from desktop_app.storage.location import DEMO_PASSPHRASE, is_default_location
from desktop_app.storage.participants import ParticipantQuery, ParticipantRepository
from desktop_app.storage.programs import list_programs, set_quota
from desktop_app.storage.workspace import Workspace, create_workspace, open_workspace

EXIT_OK, EXIT_INVALID, EXIT_USAGE = 0, 1, 2
DEMO_WORKSPACE = "Pelatihan DBHCHT 2026 (demo)"
DEMO_OFFICERS = ("Rina Kartikasari", "Agus Setiawan", "Dwi Wahyuningsih", "Bambang Prasetyo", "Yuli Astuti")
DEMO_START = date(2026, 9, 28)


class CliError(Exception):
    """Ends a command with exit code 1, a JSON error object and a readable message."""

    def __init__(self, payload: dict[str, Any], text: str) -> None:
        super().__init__(text)
        self.payload = payload
        self.text = text


def _fail(error: PintuError) -> CliError:
    if isinstance(error, ValidationFailed):
        text = "; ".join(message(code) for code in error.errors)
    else:
        text = message(error.code, **error.details)
    return CliError({"ok": False, "error": error.code, **error.details}, text)


# --- workspace access -------------------------------------------------------------------------
def _service(workspace: Workspace, repo: ParticipantRepository) -> RegistrationService:
    return RegistrationService(repo, officer=workspace.info.officer, device_id=workspace.info.device_id)


# --- commands ---------------------------------------------------------------------------------
def cmd_init(args: argparse.Namespace) -> int:
    path = db_path(args)
    workspace = create_workspace(
        path,
        name=args.workspace,
        device_name=args.device,
        officer=args.officer,
        make_folder=is_default_location(path),
        passphrase=read_passphrase(args, confirm=True),
    )
    info = workspace.info
    recovery = workspace.recovery_key
    workspace.close()
    # The recovery key is shown this once (it unlocks the file if the passphrase is forgotten): print it.
    emit({"ok": True, "db": str(path), **info.__dict__, "recovery_key": recovery})
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from desktop_app.core.demo import generate_participants

    path = db_path(args, demo=True)
    created = False
    if path.exists():
        workspace = open_workspace(path, passphrase=DEMO_PASSPHRASE)
    else:
        workspace = create_workspace(
            path, name=DEMO_WORKSPACE, device_name="Laptop Demo", officer=DEMO_OFFICERS[0],
            make_folder=is_default_location(path), passphrase=DEMO_PASSPHRASE,
        )
        created = True
    try:
        repo = ParticipantRepository(workspace)
        added = 0
        started = time.perf_counter()
        if repo.count() and not args.open:
            raise PintuError("demo.not_empty", path=str(path))
        if not repo.count():
            service = RegistrationService(
                repo, officer=workspace.info.officer, device_id=workspace.info.device_id, rng=Random(args.seed)
            )
            records = generate_participants(
                args.participants, seed=args.seed, program_codes=sorted(repo.program_codes()),
                officers=DEMO_OFFICERS, start=DEMO_START,
            )
            with repo.transaction():
                for record in records:
                    service.register(record, registered_at=record["registered_at"],
                                     registered_by=record["registered_by"])
                    added += 1
                    if args.progress and added % 1000 == 0:
                        print(f"demo {added}/{args.participants}", file=sys.stderr, flush=True)
        emit({"ok": True, "db": str(path), "created_workspace": created, "passphrase": DEMO_PASSPHRASE,
              "recovery_key": workspace.recovery_key,
              "participants_added": added,
              "seconds": round(time.perf_counter() - started, 2)})
    finally:
        workspace.close()
    if args.open:
        return int(args.open_gui(path))
    return EXIT_OK


def _read_lines(source: str) -> list[str]:
    try:
        if source == "-":
            return sys.stdin.read().splitlines()
        return Path(source).read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise PintuError("file.unreadable", path=source) from exc


def cmd_register(args: argparse.Namespace) -> int:
    lines = _read_lines(args.file)
    with opened(args) as workspace:
        repo = ParticipantRepository(workspace)
        service = _service(workspace, repo)
        records: list[tuple[int, dict[str, Any]]] = []
        problems: list[dict[str, Any]] = []
        seen_nik: dict[str, int] = {}
        for number, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError:
                problems.append({"line": number, "errors": ["line.malformed_json"]})
                continue
            if not isinstance(record, dict):
                problems.append({"line": number, "errors": ["line.not_an_object"]})
                continue
            values, errors = service.check(record)
            nik = values.get("nik")
            if nik and not any(e.startswith("nik.") for e in errors):
                if nik in seen_nik:
                    errors.append("nik.duplicate_in_file")
                elif not args.force and (owner := repo.find_by_nik(nik)):
                    problems.append({"line": number, "errors": sorted([*errors, "nik.duplicate"]),
                                     "existing_id": owner[0]["id"], "existing_short_code": owner[0]["short_code"]})
                    continue
                seen_nik.setdefault(nik, number)
            if errors:
                problems.append({"line": number, "errors": sorted(errors)})
            else:
                records.append((number, record))
        if problems:
            for problem in problems:
                text = "; ".join(message(code) for code in problem["errors"])
                print(f"line {problem['line']}: {text}", file=sys.stderr)
            raise CliError({"ok": False, "error": "validation.failed", "written": 0, "lines": problems},
                           message("validation.failed"))
        saved: list[dict[str, Any]] = []
        with repo.transaction():
            for index, (number, record) in enumerate(records, start=1):
                result = service.register(record, force=args.force)
                saved.append({"line": number, "id": result.participant["id"],
                              "short_code": result.participant["short_code"],
                              "warnings": result.warnings})
                if args.progress and index % 500 == 0:
                    print(f"writing {index}/{len(records)}", file=sys.stderr, flush=True)
        emit({"ok": True, "written": len(saved), "participants": saved})
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        repo = ParticipantRepository(workspace)
        query = ParticipantQuery(include_withdrawn=args.all)
        if args.json:
            for record in repo.iter_records(query):
                emit(_public(record))
        else:
            for record in repo.iter_records(query):
                print(f"{record['short_code']}  {record['full_name']:<32.32}  {record['program_code']:<15}  "
                      f"{record['status']}")
    return EXIT_OK


def _public(record: dict[str, Any]) -> dict[str, Any]:
    """The JSON of one participant: id, short code, status, then the canonical fields."""
    result = {"id": record["id"], "short_code": record.get("short_code"), "status": record.get("status")}
    result.update({k: v for k, v in record.items() if k not in result and not k.startswith("_")})
    return result


def _resolve(repo: ParticipantRepository, key: str) -> str:
    participant_id = repo.resolve(key)
    if participant_id is None:
        raise PintuError("participant.not_found", key=key)
    return participant_id


def cmd_show(args: argparse.Namespace) -> int:
    from desktop_app.core.regions import regions
    from desktop_app.storage.eventlog import history

    with opened(args) as workspace:
        repo = ParticipantRepository(workspace)
        record = repo.get(_resolve(repo, args.id))
        assert record is not None
        result = _public(record)
        result["region"] = regions().describe(record.get("kelurahan_code") or "")
        result["history"] = [
            {"op": h["op"], "fields": h["fields"], "device": h["device_name"], "actor": h["actor"], "hlc": h["hlc"]}
            for h in history(workspace.db, "participant", record["id"])
        ]
        emit(result)
    return EXIT_OK


def _parse_sets(pairs: Sequence[str]) -> dict[str, Any]:
    changes: dict[str, Any] = {}
    for pair in pairs:
        name, sep, value = pair.partition("=")
        if not sep or not name.strip():
            raise PintuError("set.malformed", key=pair)
        changes[name.strip()] = value
    return changes


def cmd_update(args: argparse.Namespace) -> int:
    changes = _parse_sets(args.set or [])
    with opened(args) as workspace:
        repo = ParticipantRepository(workspace)
        result = _service(workspace, repo).update(_resolve(repo, args.id), changes, force=args.force)
        emit({"ok": True, "participant": _public(result.participant), "warnings": result.warnings})
    return EXIT_OK


def cmd_withdraw(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        repo = ParticipantRepository(workspace)
        result = _service(workspace, repo).withdraw(_resolve(repo, args.id), args.reason or "")
        emit({"ok": True, "participant": _public(result.participant)})
    return EXIT_OK


def cmd_search(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        repo = ParticipantRepository(workspace)
        for row in repo.page(ParticipantQuery(search=args.text, order_by="full_name", descending=False),
                             0, args.limit):
            emit(row)
    return EXIT_OK


def cmd_stats(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        emit(ParticipantRepository(workspace).stats())
    return EXIT_OK


def cmd_programs(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        for program in list_programs(workspace):
            emit(program)
    return EXIT_OK


def cmd_set_quota(args: argparse.Namespace) -> int:
    with opened(args) as workspace:
        set_quota(workspace, args.code, args.quota)
        emit({"ok": True, **next(p for p in list_programs(workspace) if p["code"] == args.code)})
    return EXIT_OK


def cmd_check_nik(args: argparse.Namespace) -> int:
    result = check_nik(args.nik, birth_date=args.birth_date, gender=args.gender)
    out: dict[str, Any] = {"valid": result.valid, "errors": list(result.errors)}
    if result.birth_date:
        out["birth_date"] = result.birth_date.isoformat()
    if result.gender:
        out["gender"] = result.gender
    if result.region_code:
        out["region_code"] = result.region_code
    emit(out)
    if not result.valid:
        print("; ".join(message(code) for code in result.errors), file=sys.stderr)
        return EXIT_INVALID
    return EXIT_OK


def cmd_cards(args: argparse.Namespace) -> int:
    from desktop_app.printing.print_job import print_cards
    from desktop_app.storage.cards import select_for_printing

    with opened(args) as workspace:
        repo = ParticipantRepository(workspace)
        if args.program and args.program not in repo.program_codes():
            raise PintuError("program.not_found", key=args.program)
        ids = [_resolve(repo, key) for key in args.ids or []]
        selected = select_for_printing(workspace, ids=ids, program_code=args.program, unprinted=args.unprinted)
        if not selected:
            raise PintuError("cards.none_selected")
        started = time.perf_counter()
        result = print_cards(workspace, selected, Path(args.out), layout=args.layout)
        emit({"ok": True, "pages": result.pages, "cards": len(result.cards), "file": str(result.file.resolve()),
              "layout": args.layout, "seconds": round(time.perf_counter() - started, 2)})
    return EXIT_OK


def cmd_verify_code(args: argparse.Namespace) -> int:
    """A card code's typed result. The participant is named only when the signature checks out (valid,
    superseded, revoked key): a forged or unreadable code is not linked to anybody."""
    from desktop_app.core.cards import CardStatus
    from desktop_app.storage.cards import check_code

    with opened(args) as workspace:
        result = check_code(workspace, args.code)
        participant: dict[str, Any] | None = None
        genuine = result.status in (CardStatus.VALID, CardStatus.SUPERSEDED, CardStatus.REVOKED_KEY)
        if result.card is not None and genuine:
            repo = ParticipantRepository(workspace)
            participant_id = repo.resolve(result.card.short_code)
            record = repo.get(participant_id) if participant_id else None
            if record is not None:
                participant = {key: record.get(key)
                               for key in ("id", "short_code", "full_name", "program_code", "status")}
        card = None
        if result.card is not None:
            card = {"short_code": result.card.short_code, "generation": result.card.generation,
                    "key_id": result.card.key_id, "program_tag": result.card.program_tag}
        emit({"status": result.status.value, "participant": participant, "card": card,
              "known_participant": result.known_participant})
    if result.ok:
        return EXIT_OK
    print(f"pintu: {message('card.' + result.status.value)}", file=sys.stderr)
    return EXIT_INVALID


# --- parser -----------------------------------------------------------------------------------
def build_parser() -> argparse.ArgumentParser:
    db_option = argparse.ArgumentParser(add_help=False)
    db_option.add_argument("--db", default=argparse.SUPPRESS,
                           help="workspace database (default: $PINTU_DB, else the user data folder)")
    db_option.add_argument("--passphrase-file", metavar="FILE", default=argparse.SUPPRESS,
                           help="the workspace passphrase from the first line of FILE "
                                "(else $PINTU_PASSPHRASE, else a prompt)")
    db_option.add_argument("--recovery-key-file", metavar="FILE", default=argparse.SUPPRESS,
                           help="unlock with the recovery key (first line of FILE) instead of the passphrase")
    parser = argparse.ArgumentParser(prog="pintu", parents=[db_option],
                                     description="Pintu: registration, QR cards and attendance, offline.")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    p = sub.add_parser("init", parents=[db_option], help="create a new workspace on this laptop")
    p.add_argument("--workspace", required=True, help='e.g. "Pelatihan DBHCHT 2026"')
    p.add_argument("--device", required=True, help='this laptop\'s name, e.g. "Laptop Petugas 1"')
    p.add_argument("--officer", required=True, help="the officer using this laptop")
    p.set_defaults(func=cmd_init)

    p = sub.add_parser("demo", parents=[db_option], help="fill a demo workspace with realistic people")
    p.add_argument("--participants", type=int, default=2000)
    p.add_argument("--seed", type=int, default=1)
    p.add_argument("--open", action="store_true", help="open the window afterwards")
    p.add_argument("--progress", action="store_true", help="report progress on stderr")
    p.set_defaults(func=cmd_demo)

    p = sub.add_parser("register", parents=[db_option], help="register people from JSON lines (all or nothing)")
    p.add_argument("file", help="a .jsonl file, or - for standard input")
    p.add_argument("--force", action="store_true", help="save a NIK that is already registered, flagged")
    p.add_argument("--progress", action="store_true", help="report progress on stderr")
    p.set_defaults(func=cmd_register)

    p = sub.add_parser("list", parents=[db_option], help="list participants")
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--all", action="store_true", help="include withdrawn participants")
    p.set_defaults(func=cmd_list)

    p = sub.add_parser("show", parents=[db_option], help="one participant with the history of changes")
    p.add_argument("id", help="id, short code or NIK")
    p.set_defaults(func=cmd_show)

    p = sub.add_parser("update", parents=[db_option], help="change fields of a participant")
    p.add_argument("id", help="id, short code or NIK")
    p.add_argument("--set", action="append", metavar="FIELD=VALUE", required=True)
    p.add_argument("--force", action="store_true", help="allow a NIK that another record already has")
    p.set_defaults(func=cmd_update)

    p = sub.add_parser("withdraw", parents=[db_option], help="withdraw a participant (kept in history)")
    p.add_argument("id", help="id, short code or NIK")
    p.add_argument("--reason", default="")
    p.set_defaults(func=cmd_withdraw)

    p = sub.add_parser("search", parents=[db_option], help="search names, NIK, short codes and addresses")
    p.add_argument("text")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(func=cmd_search)

    p = sub.add_parser("stats", parents=[db_option], help="counts per training, category, status")
    p.set_defaults(func=cmd_stats)

    p = sub.add_parser("programs", parents=[db_option], help="the trainings with quota and registrations")
    p.set_defaults(func=cmd_programs)

    p = sub.add_parser("set-quota", parents=[db_option], help="change a training's quota")
    p.add_argument("code", help="e.g. barista")
    p.add_argument("quota", type=int)
    p.set_defaults(func=cmd_set_quota)

    p = sub.add_parser("cards", parents=[db_option],
                       help="write participant cards to a PDF (each printed card replaces the person's older one)")
    p.add_argument("--out", required=True, metavar="FILE.pdf")
    p.add_argument("--layout", choices=("single", "a4"), default="a4",
                   help="single: one card per page (card printers); a4: 10 per sheet with crop marks")
    p.add_argument("--program", default=None, metavar="CODE", help="only this training")
    p.add_argument("--unprinted", action="store_true", help="only people who never had a card")
    p.add_argument("--ids", nargs="+", default=[], metavar="ID", help="these people (id, short code or NIK)")
    p.set_defaults(func=cmd_cards)

    p = sub.add_parser("verify-code", parents=[db_option], help="check a card code (the text in its QR)")
    p.add_argument("code")
    p.set_defaults(func=cmd_verify_code)

    from desktop_app import cli_backup, cli_classes, cli_reports, cli_sync

    cli_sync.add_commands(sub, db_option)
    cli_classes.add_commands(sub, db_option)
    cli_backup.add_commands(sub, db_option)
    cli_reports.add_commands(sub, db_option)

    p = sub.add_parser("check-nik", help="check a NIK and read its birth date, gender and region")
    p.add_argument("nik")
    p.add_argument("--birth-date", default=None)
    p.add_argument("--gender", default=None)
    p.set_defaults(func=cmd_check_nik)
    return parser


def _no_gui(path: Path | None) -> int:
    print("pintu: no window available here", file=sys.stderr)
    return EXIT_USAGE


def main(argv: Sequence[str] | None = None, *, open_gui: Callable[[Path | None], int] = _no_gui) -> int:
    """Run one command. `open_gui` is given by `__main__`, so this module never imports Qt."""
    parser = build_parser()
    args = parser.parse_args(argv)
    args.open_gui = open_gui
    if args.command is None:
        return open_gui(db_path(args) if getattr(args, "db", None) else None)
    try:
        return int(args.func(args))
    except CliError as exc:
        emit(exc.payload)
        print(f"pintu: {exc.text}", file=sys.stderr)
        return EXIT_INVALID
    except PintuError as exc:
        return main_error(exc)
    except sqlite3.OperationalError as exc:
        if "full" in str(exc) or "readonly" in str(exc) or "disk" in str(exc):
            return main_error(PintuError("disk.full_or_readonly"))
        raise


def main_error(error: PintuError) -> int:
    failure = _fail(error)
    emit(failure.payload)
    print(f"pintu: {failure.text}", file=sys.stderr)
    return EXIT_INVALID

