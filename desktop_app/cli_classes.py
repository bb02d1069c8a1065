"""Class, session and check-in commands of the CLI (registered by `cli.build_parser`)."""

from __future__ import annotations

import argparse
from datetime import date, datetime
from typing import Any

from desktop_app.cli_common import emit, opened
from desktop_app.core.classes import parse_time
from desktop_app.core.errors import PintuError


def _date(text: str, code: str) -> date:
    from desktop_app.core.validation import parse_date

    value = parse_date(text)
    if value is None:
        raise PintuError(code, key=text)
    return value


def cmd_class_create(args: argparse.Namespace) -> int:
    from desktop_app.storage.classes import create_class

    start_time = parse_time(args.start_time)
    end_time = parse_time(args.end_time)
    with opened(args) as workspace:
        klass = create_class(
            workspace, program_code=args.program, name=args.name, start=_date(args.start, "start_date.invalid"),
            end=_date(args.end, "end_date.invalid"), place=args.place or "", trainer=args.trainer or "",
            start_time=start_time, end_time=end_time, capacity=args.capacity, threshold=args.threshold,
        )
        emit(klass)
    return 0


def cmd_class_assign(args: argparse.Namespace) -> int:
    from desktop_app.storage.classes import assign
    from desktop_app.storage.participants import ParticipantRepository

    with opened(args) as workspace:
        repo = ParticipantRepository(workspace)
        ids = [repo.resolve(key) or key for key in args.ids]
        result = assign(workspace, args.class_id, ids)
        emit({"ok": not result.refused, "assigned": result.assigned, "waitlisted": result.waitlisted,
               "refused": result.refused})
    return 0 if not result.refused else 1


def cmd_class_list(args: argparse.Namespace) -> int:
    from desktop_app.storage.classes import list_classes

    with opened(args) as workspace:
        for klass in list_classes(workspace, args.program):
            emit(klass)
    return 0


def cmd_class_results(args: argparse.Namespace) -> int:
    from desktop_app.storage.attendance import class_results

    with opened(args) as workspace:
        emit(class_results(workspace, args.class_id))
    return 0


def cmd_session_list(args: argparse.Namespace) -> int:
    from desktop_app.storage.classes import list_sessions

    with opened(args) as workspace:
        for session in list_sessions(workspace, args.class_id):
            emit({"id": session["id"], "date": session["date"], "start": session["start_time"],
                   "end": session["end_time"], "class_id": session["class_id"], "note": session["note"]})
    return 0


def cmd_session_results(args: argparse.Namespace) -> int:
    from desktop_app.storage.attendance import session_results

    with opened(args) as workspace:
        emit(session_results(workspace, args.session_id))
    return 0


def cmd_checkin(args: argparse.Namespace) -> int:
    from desktop_app.storage.attendance import checkin

    at = None
    if args.at:
        try:
            at = datetime.fromisoformat(args.at).isoformat(timespec="seconds")
        except ValueError as exc:
            raise PintuError("at.invalid", key=args.at) from exc
    with opened(args) as workspace:
        result = checkin(workspace, args.session, args.code, method="paper" if at else "manual", at=at)
        emit(result.to_json())
    return 0 if result.verdict.counts_as_present else 1


def add_commands(sub: Any, db_option: argparse.ArgumentParser) -> None:
    p = sub.add_parser("class", help="classes (angkatan): create, assign, list, results")
    class_sub = p.add_subparsers(dest="class_command", metavar="ACTION", required=True)
    c = class_sub.add_parser("create", parents=[db_option], help="a class with weekday sessions")
    c.add_argument("--program", required=True, help="training code, e.g. barista")
    c.add_argument("--name", required=True)
    c.add_argument("--start", required=True, help="first day (YYYY-MM-DD or DD-MM-YYYY)")
    c.add_argument("--end", required=True, help="last day")
    c.add_argument("--place")
    c.add_argument("--trainer")
    c.add_argument("--start-time", default="08:00")
    c.add_argument("--end-time", default="12:00")
    c.add_argument("--capacity", type=int, default=None, help="default: the training's quota")
    c.add_argument("--threshold", type=int, default=80, help="attendance %% for a certificate")
    c.set_defaults(func=cmd_class_create)
    c = class_sub.add_parser("assign", parents=[db_option], help="accept people into a class (rest: waitlist)")
    c.add_argument("class_id")
    c.add_argument("--ids", nargs="+", required=True, metavar="ID", help="ids, short codes or NIKs")
    c.set_defaults(func=cmd_class_assign)
    c = class_sub.add_parser("list", parents=[db_option], help="all classes")
    c.add_argument("--program")
    c.set_defaults(func=cmd_class_list)
    c = class_sub.add_parser("results", parents=[db_option], help="attendance per participant, certificates")
    c.add_argument("class_id")
    c.set_defaults(func=cmd_class_results)

    p = sub.add_parser("session", help="sessions of a class")
    session_sub = p.add_subparsers(dest="session_command", metavar="ACTION", required=True)
    c = session_sub.add_parser("list", parents=[db_option])
    c.add_argument("--class", dest="class_id", required=True)
    c.set_defaults(func=cmd_session_list)
    c = session_sub.add_parser("results", parents=[db_option], help="who came, who was late, who was absent")
    c.add_argument("session_id")
    c.set_defaults(func=cmd_session_results)

    p = sub.add_parser("checkin", parents=[db_option], help="record one card scan at a session")
    p.add_argument("--session", required=True)
    p.add_argument("--code", required=True, help="the card's QR text")
    p.add_argument("--at", help="when it happened (YYYY-MM-DDTHH:MM), e.g. from a paper sheet")
    p.set_defaults(func=cmd_checkin)
