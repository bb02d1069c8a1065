"""Laptops for sync tests: a coordinator's workspace and others joined to it by a join file."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from desktop_app.core.registration import RegistrationService
from desktop_app.storage.participants import ParticipantRepository
from desktop_app.storage.workspace import Workspace, create_workspace
from desktop_app.sync.join import join_workspace, make_join_file

PASSPHRASE = "demo-pintu-2026"

# Tables whose contents every laptop must agree on after exchanging the same events.
SHARED_TABLES = {
    "workspace": "id, name, kdf, key_check",
    "devices": "id, name, officer, public_key, key_id, revoked_at",
    "programs": "id, name, quota",
    "participants": "id, nik, full_name, birth_date, gender, address, rt, rw, kelurahan_code, phone, category, "
                    "program_code, status, short_code, card_generation, withdrawn_at, class_id, duplicate_of",
    "classes": "id, name, program_code, capacity",
    "sessions": "id, class_id, date, start_time, deleted_at",
    "attendance": "id, session_id, short_code, verdict, undone_at",
    "events": "event_id, device_id, seq, hlc, entity, entity_id, op, fields",
}


def coordinator(tmp: Path) -> Workspace:
    return create_workspace(tmp / "coordinator.sqlite", name="Pelatihan DBHCHT 2026", device_name="Laptop Kantor",
                            officer="Koordinator", passphrase=PASSPHRASE)


def join(origin: Workspace, tmp: Path, name: str) -> Workspace:
    join_file = tmp / f"join-for-{name}.pintu"
    make_join_file(origin, join_file, PASSPHRASE)
    return join_workspace(tmp / f"{name}.sqlite", join_file, PASSPHRASE, device_name=name, officer=f"Petugas {name}")


def service(workspace: Workspace) -> RegistrationService:
    return RegistrationService(ParticipantRepository(workspace), officer=workspace.info.officer,
                               device_id=workspace.info.device_id)


def shared_state(workspace: Workspace) -> dict[str, list[Any]]:
    return {table: workspace.db.execute(f"SELECT {cols} FROM {table} ORDER BY 1").fetchall()
            for table, cols in SHARED_TABLES.items()}


def whole_database(workspace: Workspace) -> dict[str, list[Any]]:
    """Every row of every table: to prove a refused import changed nothing at all."""
    tables = [r[0] for r in workspace.db.execute(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' ORDER BY name")]
    return {t: sorted(map(repr, workspace.db.execute(f"SELECT * FROM [{t}]").fetchall())) for t in tables}
