"""The key file next to a workspace (`pintu.sqlite.keys`): the slots that unlock its database key.

It holds no personal data and no key in the clear: only the database key sealed under the passphrase
and under the recovery key, and the count of recent wrong tries (for the growing delay). Without it
the database cannot be opened, so every backup carries a copy.
"""

from __future__ import annotations

import contextlib
import json
import os
import time
from pathlib import Path
from typing import Any

from desktop_app.core.errors import PintuError
from desktop_app.core.keyslots import (
    Slot,
    new_database_key,
    new_recovery_key,
    open_with_passphrase,
    open_with_recovery_key,
    passphrase_slot,
    recovery_slot,
)
from desktop_app.core.lockout import delay_after
from desktop_app.core.passphrase import check_passphrase_strength
from desktop_app.storage.location import keyfile_path

FORMAT = "pintu-keys/1"


def _read(path: Path) -> dict[str, Any]:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise PintuError("keys.missing", path=str(path)) from exc
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise PintuError("keys.corrupt", path=str(path)) from exc
    if not isinstance(data, dict) or data.get("format") != FORMAT or not isinstance(data.get("slots"), list):
        raise PintuError("keys.corrupt", path=str(path))
    return data


def _write(path: Path, data: dict[str, Any]) -> None:
    """Write a new file beside the old one, then swap: a crash leaves the old or the new, never half."""
    partial = path.with_name(path.name + ".partial")
    try:
        with partial.open("w", encoding="utf-8") as handle:
            json.dump(data, handle, indent=1)
            handle.flush()
            os.fsync(handle.fileno())
        partial.replace(path)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise PintuError("keys.unwritable", path=str(path)) from exc


def _slot(data: dict[str, Any], kind: str) -> Slot:
    for raw in data["slots"]:
        if isinstance(raw, dict) and raw.get("kind") == kind:
            return Slot.from_json(raw)
    raise PintuError("keys.corrupt")


def create_keys(db_path: Path, passphrase: str) -> tuple[bytes, str]:
    """A new database key with its two slots; returns the key and the recovery key to show once."""
    check_passphrase_strength(passphrase)
    key = new_database_key()
    recovery = new_recovery_key()
    data = {"format": FORMAT, "slots": [passphrase_slot(key, passphrase).to_json(),
                                        recovery_slot(key, recovery).to_json()],
            "failures": 0, "not_before": 0}
    _write(keyfile_path(db_path), data)
    return key, recovery


def wait_seconds(db_path: Path, *, now: float | None = None) -> int:
    """How long until another try is allowed (0: now)."""
    data = _read(keyfile_path(db_path))
    return max(0, int(float(data.get("not_before", 0)) - (now if now is not None else time.time()) + 0.999))


def unlock(db_path: Path, *, passphrase: str | None = None, recovery_key: str | None = None,
           now: float | None = None) -> bytes:
    """The database key from the passphrase or the recovery key.

    Repeated wrong tries make the next one wait longer (`unlock.wait` with the seconds left), counted
    in the key file so that restarting the app does not reset it.
    """
    path = keyfile_path(db_path)
    data = _read(path)
    moment = now if now is not None else time.time()
    left = int(float(data.get("not_before", 0)) - moment + 0.999)
    if left > 0:
        raise PintuError("unlock.wait", seconds=left)
    try:
        if recovery_key is not None:
            key = open_with_recovery_key(_slot(data, "recovery"), recovery_key)
        elif passphrase is not None:
            key = open_with_passphrase(_slot(data, "passphrase"), passphrase)
        else:
            raise PintuError("passphrase.required")
    except PintuError as error:
        if error.code in ("passphrase.wrong", "recovery.wrong", "recovery.malformed"):
            failures = int(data.get("failures", 0)) + 1
            data.update(failures=failures, not_before=moment + delay_after(failures))
            _record_tries(path, data)
            error.details["wait"] = delay_after(failures)
        raise
    if data.get("failures"):
        data.update(failures=0, not_before=0)
        _record_tries(path, data)
    return key


def _record_tries(path: Path, data: dict[str, Any]) -> None:
    """Count tries in the key file where it can be written; a backup's on a read-only USB stick still
    answers (wrong passphrase, or the key) rather than failing on the count."""
    with contextlib.suppress(PintuError):
        _write(path, data)


def change_passphrase(db_path: Path, key: bytes, new_passphrase: str) -> None:
    """Reseal the passphrase slot; the recovery slot and the database stay as they are."""
    check_passphrase_strength(new_passphrase)
    path = keyfile_path(db_path)
    data = _read(path)
    data["slots"] = [s for s in data["slots"] if not (isinstance(s, dict) and s.get("kind") == "passphrase")]
    data["slots"].insert(0, passphrase_slot(key, new_passphrase).to_json())
    _write(path, data)


def new_recovery_for(db_path: Path, key: bytes) -> str:
    """Replace the recovery key (the old printout stops working); returns the new one to show once."""
    path = keyfile_path(db_path)
    data = _read(path)
    recovery = new_recovery_key()
    data["slots"] = [s for s in data["slots"] if not (isinstance(s, dict) and s.get("kind") == "recovery")]
    data["slots"].append(recovery_slot(key, recovery).to_json())
    _write(path, data)
    return recovery


def copy_keys(db_path: Path, target_db: Path) -> None:
    """The key file travels with a copy of the database (a backup, a restore)."""
    data = _read(keyfile_path(db_path))
    data.update(failures=0, not_before=0)
    _write(keyfile_path(target_db), data)
