"""What every CLI command module shares: JSON output and opening the workspace a command names."""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from desktop_app.core.errors import PintuError
from desktop_app.storage.location import resolve_db_path
from desktop_app.storage.workspace import Workspace, open_workspace


def emit(obj: Any, out: TextIO | None = None) -> None:
    """One JSON object per line on stdout: what scripts read."""
    out = out or sys.stdout
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def db_path(args: argparse.Namespace, *, demo: bool = False) -> Path:
    return resolve_db_path(getattr(args, "db", None), demo=demo)


PASSPHRASE_ENV = "PINTU_PASSPHRASE"


def _first_line(path: str) -> str:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise PintuError("file.unreadable", path=str(path)) from exc
    lines = text.splitlines()
    return lines[0].strip() if lines else ""


def read_passphrase(args: argparse.Namespace, *, confirm: bool = False) -> str:
    """From `--passphrase-file` (first line), else `$PINTU_PASSPHRASE` (scripts), else a hidden prompt;
    never from the command line itself (it would stay in the shell history). Asked once per command."""
    cached = getattr(args, "_passphrase", None)
    if cached is not None:
        return str(cached)
    path = getattr(args, "passphrase_file", None)
    if path:
        value = _first_line(path)
    elif os.environ.get(PASSPHRASE_ENV):
        value = os.environ[PASSPHRASE_ENV]
    elif sys.stdin.isatty():
        value = getpass.getpass("Kata sandi ruang kerja: ")
        if confirm and getpass.getpass("Ulangi kata sandi: ") != value:
            raise PintuError("passphrase.mismatch")
    else:
        raise PintuError("passphrase.required")
    args._passphrase = value
    return value


def unlock_options(args: argparse.Namespace) -> dict[str, str]:
    """How this command unlocks the workspace: the recovery key if given a file of it, else the passphrase."""
    recovery = getattr(args, "recovery_key_file", None)
    if recovery:
        return {"recovery_key": _first_line(recovery)}
    return {"passphrase": read_passphrase(args)}


def open_for(args: argparse.Namespace) -> Workspace:
    return open_workspace(db_path(args), **unlock_options(args))


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Workspace]:
    """The command's workspace, unlocked, and closed again whatever happens."""
    workspace = open_for(args)
    try:
        yield workspace
    finally:
        workspace.close()
