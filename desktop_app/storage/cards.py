"""Issuing and checking participant cards: device keys, card generations and the printing log."""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Any

from desktop_app.core.cards import CardCheck, PublicKeyInfo, sign_card, verify
from desktop_app.core.errors import NotFound, PintuError
from desktop_app.core.ids import new_id
from desktop_app.core.roles import Capability
from desktop_app.storage import connection
from desktop_app.storage.people import acting_name
from desktop_app.storage.workspace import Workspace


@dataclass(frozen=True)
class IssuedCard:
    """One card to print: what it shows and the QR text it carries."""

    participant_id: str
    short_code: str
    full_name: str
    program_code: str
    program_name: str
    photo: str | None
    generation: int
    code: str


def _key_lookup(workspace: Workspace) -> dict[str, PublicKeyInfo]:
    keys: dict[str, PublicKeyInfo] = {}
    for key_id, public_key, revoked_at in workspace.db.execute(
        "SELECT key_id, public_key, revoked_at FROM devices WHERE key_id IS NOT NULL AND public_key IS NOT NULL"
    ):
        keys[str(key_id)] = PublicKeyInfo(base64.b64decode(public_key), revoked_at is not None)
    return keys


def check_code(workspace: Workspace, text: str) -> CardCheck:
    """Verify a scanned or typed card code against this workspace's keys and card generations."""
    keys = _key_lookup(workspace)

    def generation(short_code: str) -> int | None:
        row = workspace.db.execute(
            "SELECT card_generation FROM participants WHERE short_code = ? AND deleted_at IS NULL", [short_code]
        ).fetchone()
        return int(row[0] or 0) if row else None

    return verify(text, workspace_id=workspace.info.workspace_id, keys=keys.get, generations=generation)


def revoke_device(workspace: Workspace, device_id: str) -> None:
    """A lost laptop: its key stops vouching for cards. An event, so every laptop learns it by sync."""
    workspace.session.require(Capability.REVOKE)
    row = workspace.db.execute("SELECT revoked_at FROM devices WHERE id = ?", [device_id]).fetchone()
    if row is None:
        raise NotFound("device", device_id)
    if row[0] is not None:
        raise PintuError("device.already_revoked", key=device_id)
    if device_id == workspace.info.device_id:
        raise PintuError("device.revoke_self", key=device_id)
    with connection.transaction(workspace.db):
        workspace.writer.emit("device", device_id, "update", {"revoked_at": _now()})


def _now() -> str:
    return datetime.now(timezone.utc).astimezone().isoformat(timespec="seconds")


def select_for_printing(
    workspace: Workspace,
    *,
    ids: Sequence[str] = (),
    program_code: str | None = None,
    unprinted: bool = False,
) -> list[str]:
    """Participant ids to print, in name order: given ids, or a training, or those never printed."""
    workspace.session.require(Capability.PRINT_CARDS)
    clauses = ["deleted_at IS NULL", "withdrawn_at IS NULL"]
    params: list[Any] = []
    if ids:
        clauses.append(f"id IN ({', '.join('?' for _ in ids)})")
        params.extend(ids)
    if program_code:
        clauses.append("program_code = ?")
        params.append(program_code)
    if unprinted:
        clauses.append("coalesce(card_generation, 0) = 0")
    rows = workspace.db.execute(
        f"SELECT id FROM participants WHERE {' AND '.join(clauses)} ORDER BY full_name COLLATE NOCASE, id", params
    )
    found = [str(r[0]) for r in rows]
    missing = set(ids) - set(found)
    if missing:
        raise NotFound("participant", sorted(missing)[0])
    return found


def issue_cards(workspace: Workspace, participant_ids: Sequence[str], *, layout: str) -> list[IssuedCard]:
    """Raise each card's generation (older cards stop checking in), log the printing, sign the codes.

    One transaction: if anything fails, no generation changed and nothing was logged.
    """
    workspace.session.require(Capability.PRINT_CARDS)
    if not participant_ids:
        return []
    db = workspace.db
    private_key = bytes(db.execute("SELECT private_key FROM local_device").fetchone()[0])
    names = dict(db.execute("SELECT id, name FROM programs").fetchall())
    cards: list[IssuedCard] = []
    with connection.transaction(db):
        for participant_id in participant_ids:
            row = db.execute(
                "SELECT short_code, full_name, program_code, photo, coalesce(card_generation, 0) "
                "FROM participants WHERE id = ?",
                [participant_id],
            ).fetchone()
            if row is None:
                raise NotFound("participant", participant_id)
            short_code, full_name, program_code, photo, generation = row
            generation = int(generation) + 1
            workspace.writer.emit("participant", participant_id, "update", {"card_generation": generation})
            code = sign_card(
                workspace_id=workspace.info.workspace_id,
                short_code=short_code,
                program_code=program_code,
                generation=generation,
                key_id=workspace.info.key_id,
                private_key=private_key,
            )
            cards.append(
                IssuedCard(participant_id, short_code, full_name, program_code, names.get(program_code, program_code),
                           photo, generation, code)
            )
        workspace.writer.emit(
            "card_print",
            new_id(),
            "create",
            {
                "printed_at": _now(),
                "printed_by": acting_name(workspace),
                "device_id": workspace.info.device_id,
                "layout": layout,
                "participant_ids": json.dumps(list(participant_ids)),
                "card_count": len(participant_ids),
            },
        )
    return cards


def print_log(workspace: Workspace, limit: int = 100) -> list[dict[str, Any]]:
    rows = workspace.db.execute(
        "SELECT id, printed_at, printed_by, layout, card_count, participant_ids FROM card_prints "
        "ORDER BY _created_hlc DESC LIMIT ?",
        [limit],
    )
    return [
        {"id": r[0], "printed_at": r[1], "printed_by": r[2], "layout": r[3], "card_count": r[4],
         "participant_ids": json.loads(r[5] or "[]")}
        for r in rows
    ]
