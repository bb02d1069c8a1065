"""Shared fixtures: a real workspace file in a temporary folder, and valid records to save into it."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.nik import make_nik
from desktop_app.core.registration import RegistrationService
from desktop_app.storage import connection, keyfile
from desktop_app.storage.driver import sqlite3
from desktop_app.storage.participants import ParticipantRepository
from desktop_app.storage.workspace import Workspace, create_workspace

PASSPHRASE = "demo-pintu-2026"  # tests' workspaces use the demo's passphrase, so demo files open the same way
KELURAHAN = ("35.73.05.1001", "35.73.01.1001", "35.73.04.1003", "35.07.01.2001", "35.79.01.1001")


def make_record(i: int, **overrides: Any) -> dict[str, Any]:
    """A valid participant whose NIK, birth date and gender agree; distinct for each i."""
    gender = "P" if i % 2 else "L"
    born = date(1970 + i % 30, 1 + i % 12, 1 + i % 28)
    kelurahan = KELURAHAN[i % len(KELURAHAN)]
    kecamatan6 = kelurahan[:8].replace(".", "")
    record: dict[str, Any] = {
        "nik": make_nik(kecamatan6, born, gender, 1 + i % 9999),
        "full_name": f"Peserta Uji {_letters(i)}",
        "birth_place": "Malang",
        "birth_date": born.isoformat(),
        "gender": gender,
        "address": f"Jl. Kawi No. {1 + i % 90}",
        "rt": str(1 + i % 12),
        "rw": str(1 + i % 9),
        "kelurahan_code": kelurahan,
        "phone": f"08123{i % 1000000:06d}",
        "education": "slta",
        "category": "warga_sekitar",
        "program_code": "barista",
        "consent": True,
    }
    if i >= 9999:  # keep NIKs unique past one serial range by moving the birth year
        record["birth_date"] = date(1960 + (i // 9999) % 10, born.month, born.day).isoformat()
        record["nik"] = make_nik(kecamatan6, date.fromisoformat(record["birth_date"]), gender, 1 + i % 9999)
    record.update(overrides)
    return record


def _letters(i: int) -> str:
    """A name-like word from a number: names hold letters only."""
    alphabet = "abcdefghijklmnopqrstuvwxyz"
    word = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        word = alphabet[r] + word
    return word.capitalize()


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    ws = create_workspace(
        tmp_path / "pintu.sqlite", name="Pelatihan DBHCHT 2026", device_name="Laptop Petugas 1", officer="Rina",
        passphrase=PASSPHRASE,
    )
    yield ws
    ws.close()


@pytest.fixture
def repo(workspace: Workspace) -> ParticipantRepository:
    return ParticipantRepository(workspace)


@pytest.fixture
def service(workspace: Workspace, repo: ParticipantRepository) -> RegistrationService:
    return RegistrationService(repo, officer=workspace.info.officer, device_id=workspace.info.device_id)


@pytest.fixture(autouse=True)
def _cli_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """CLI commands in tests unlock with the test passphrase (what `$PINTU_PASSPHRASE` is for in scripts)."""
    monkeypatch.setenv("PINTU_PASSPHRASE", PASSPHRASE)


def raw_connect(path: Path | str) -> sqlite3.Connection:
    """A bare SQLite connection to a workspace file (or a backup beside its key file), unlocked with the
    test passphrase: what tests use to look at or tamper with the file below the storage layer."""
    key = keyfile.unlock(Path(path), passphrase=PASSPHRASE)
    conn = sqlite3.connect(str(path))
    connection.apply_key(conn, key)
    return conn
