"""Where the workspace database lives: `--db`, else `PINTU_DB`, else the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "PINTU_DB"
DEFAULT_NAME = "pintu.sqlite"
DEMO_NAME = "pintu-demo.sqlite"
DEMO_PASSPHRASE = "demo-pintu-2026"  # printed by `pintu demo` and shown when it opens: no real data in it


KEYFILE_SUFFIX = ".keys"
PLAIN_HEADER = b"SQLite format 3\x00"


def is_plain_sqlite(path: Path) -> bool:
    """True for an unencrypted SQLite file (its header is readable): never what Pintu writes.

    Here, not in `workspace`, so the unlock window can ask it without loading the database stack.
    """
    try:
        with path.open("rb") as handle:
            return handle.read(16) == PLAIN_HEADER
    except OSError:
        return False


def keyfile_path(db_path: Path) -> Path:
    """The key file beside a workspace database (storage/keyfile.py): the two travel together."""
    return db_path.with_name(db_path.name + KEYFILE_SUFFIX)


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir("Pintu", appauthor=False))


def resolve_db_path(explicit: str | os.PathLike[str] | None = None, *, demo: bool = False) -> Path:
    """The database a command works on. The demo gets its own file so it never mixes with real data."""
    if explicit:
        return Path(explicit).expanduser()
    from_env = os.environ.get(ENV_VAR)
    if from_env:
        return Path(from_env).expanduser()
    return data_dir() / (DEMO_NAME if demo else DEFAULT_NAME)


def is_default_location(path: Path) -> bool:
    return path.parent == data_dir()
