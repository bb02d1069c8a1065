"""Where the workspace database lives: `--db`, else `PINTU_DB`, else the platform's user data folder."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

ENV_VAR = "PINTU_DB"
DEFAULT_NAME = "pintu.sqlite"
DEMO_NAME = "pintu-demo.sqlite"


KEYFILE_SUFFIX = ".keys"


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
