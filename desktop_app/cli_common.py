"""What every CLI command module shares: JSON output and opening the workspace a command names."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TextIO

from desktop_app.storage.location import resolve_db_path
from desktop_app.storage.workspace import Workspace, open_workspace


def emit(obj: Any, out: TextIO | None = None) -> None:
    """One JSON object per line on stdout: what scripts read."""
    out = out or sys.stdout
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def db_path(args: argparse.Namespace, *, demo: bool = False) -> Path:
    return resolve_db_path(getattr(args, "db", None), demo=demo)


@contextmanager
def opened(args: argparse.Namespace) -> Iterator[Workspace]:
    """The command's workspace, closed again whatever happens."""
    workspace = open_workspace(db_path(args))
    try:
        yield workspace
    finally:
        workspace.close()
