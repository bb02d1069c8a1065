"""Participant photos, stored once per content (SHA-256) in the workspace database."""

from __future__ import annotations

import hashlib
from datetime import datetime, timezone

from desktop_app.core.errors import PintuError
from desktop_app.storage import connection
from desktop_app.storage.workspace import Workspace

MAX_PHOTO_BYTES = 2_000_000  # the UI scales photos down to a few hundred kB; this stops a raw camera file
ALLOWED_MIME = ("image/jpeg", "image/png")


def put_photo(workspace: Workspace, data: bytes, mime: str = "image/jpeg") -> str:
    """Store the bytes (once) and return the photo id that a participant's `photo` field holds."""
    if mime not in ALLOWED_MIME:
        raise PintuError("photo.unreadable", key=mime)
    if not data or len(data) > MAX_PHOTO_BYTES:
        raise PintuError("photo.too_large" if data else "photo.unreadable", key=str(len(data)))
    photo_id = hashlib.sha256(data).hexdigest()
    with connection.transaction(workspace.db):
        workspace.db.execute(
            "INSERT OR IGNORE INTO photos (id, data, mime, created_at) VALUES (?, ?, ?, ?)",
            [photo_id, data, mime, datetime.now(timezone.utc).isoformat()],
        )
    return photo_id


def get_photo(workspace: Workspace, photo_id: str) -> tuple[bytes, str] | None:
    row = workspace.db.execute("SELECT data, mime FROM photos WHERE id = ?", [photo_id]).fetchone()
    return (bytes(row[0]), str(row[1])) if row else None


def all_photos(workspace: Workspace) -> list[tuple[str, str, bytes]]:
    """(id, mime, bytes) of every photo, for a bundle."""
    return [(str(r[0]), str(r[1]), bytes(r[2])) for r in workspace.db.execute("SELECT id, mime, data FROM photos")]


def put_photo_raw(workspace: Workspace, photo_id: str, mime: str, data: bytes) -> None:
    """Store a photo received in a bundle, refusing one whose bytes do not match its name."""
    if hashlib.sha256(data).hexdigest() != photo_id or mime not in ALLOWED_MIME or len(data) > MAX_PHOTO_BYTES:
        raise PintuError("bundle.corrupt", key=photo_id)
    with connection.transaction(workspace.db):
        workspace.db.execute(
            "INSERT OR IGNORE INTO photos (id, data, mime, created_at) VALUES (?, ?, ?, ?)",
            [photo_id, data, mime, datetime.now(timezone.utc).isoformat()],
        )
