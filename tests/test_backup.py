"""Backups: automatic and on demand, listed with date and counts, restored exactly, refusals safe."""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from desktop_app.core.errors import PintuError
from desktop_app.core.registration import RegistrationService
from desktop_app.storage.backup import backup_if_due, list_backups, make_backup, prune, read_info, restore_backup
from desktop_app.storage.participants import ParticipantRepository
from desktop_app.storage.workspace import Workspace, create_workspace, open_workspace
from tests.conftest import PASSPHRASE, make_record, raw_connect


def rows(path: Path, table: str) -> list[tuple[object, ...]]:
    conn = raw_connect(path)
    try:
        return sorted(conn.execute(f"SELECT * FROM {table}").fetchall(), key=repr)
    finally:
        conn.close()


def test_backup_lists_and_restores_exactly(workspace: Workspace, service: RegistrationService,
                                           tmp_path: Path) -> None:
    for i in range(3):
        service.register(make_record(i))
    backup = make_backup(workspace, "manual")
    key = workspace.key
    info = read_info(backup, key)
    assert (info.participants, info.reason, info.workspace_name) == (3, "manual", "Pelatihan DBHCHT 2026")
    assert "3573" not in backup.name and "Peserta" not in backup.name
    for i in range(3, 6):
        service.register(make_record(i))
    path = workspace.path
    old_device = workspace.info.device_id
    assert path is not None
    workspace.close()
    safety = restore_backup(path, backup, key)
    assert safety is not None and read_info(safety, key).participants == 6  # the state before the restore is kept too
    assert rows(path, "participants") == rows(backup, "participants")
    restored = open_workspace(path, passphrase=PASSPHRASE)
    try:
        assert ParticipantRepository(restored).count() == 3
        # the laptop went on under a new identity, so its later change numbers can never clash
        assert restored.info.device_id != old_device
        devices = restored.db.execute("SELECT count(*) FROM devices").fetchone()[0]
        assert devices == 2
        RegistrationService(ParticipantRepository(restored), officer="Rina",
                            device_id=restored.info.device_id).register(make_record(10))
    finally:
        restored.close()


def test_restore_refuses_other_workspace_and_corrupt_copy(workspace: Workspace, service: RegistrationService,
                                                         tmp_path: Path) -> None:
    service.register(make_record(1))
    other = create_workspace(tmp_path / "other" / "w.sqlite", name="Lain", device_name="X", officer="Y",
                             make_folder=True, passphrase=PASSPHRASE)
    foreign = make_backup(other, "manual")
    other.close()
    path = workspace.path
    key = workspace.key
    assert path is not None
    own = make_backup(workspace, "manual")
    workspace.close()
    before = rows(path, "participants")
    with pytest.raises(PintuError) as excinfo:
        restore_backup(path, foreign, key)  # our key does not open it: only its own passphrase could
    assert excinfo.value.code == "backup.key_needed"
    with pytest.raises(PintuError) as excinfo:
        restore_backup(path, foreign, key, passphrase=PASSPHRASE)
    assert excinfo.value.code == "backup.other_workspace"
    broken = tmp_path / "pintu-manual-20260101T000000000000Z.sqlite"
    broken.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    with pytest.raises(PintuError) as excinfo:
        restore_backup(path, broken, key)
    assert excinfo.value.code == "backup.unreadable"
    damaged = tmp_path / "pintu-manual-20260102T000000000000Z.sqlite"
    data = bytearray(own.read_bytes())
    data[9000:9100] = bytes(100)  # a page in the middle no longer authenticates
    damaged.write_bytes(bytes(data))
    with pytest.raises(PintuError) as excinfo:
        restore_backup(path, damaged, key)
    assert excinfo.value.code in ("backup.corrupt", "backup.unreadable")
    assert rows(path, "participants") == before
    assert not list(path.parent.glob("backups/pintu-before-restore-*"))  # refused before anything was written


def test_automatic_backups_are_pruned_and_daily_once(workspace: Workspace) -> None:
    for _ in range(13):
        make_backup(workspace, "start")
    assert workspace.path is not None
    assert len([b for b in list_backups(workspace.path, workspace.key) if b.reason == "start"]) == 10
    first = backup_if_due(workspace)
    assert first is not None and backup_if_due(workspace) is None
    assert backup_if_due(workspace, now=datetime.now(timezone.utc) + timedelta(days=1, minutes=1)) is not None
    manual = make_backup(workspace, "manual")
    prune(manual.parent, keep=0)
    assert manual.exists()


def test_backup_to_a_missing_usb_folder(workspace: Workspace, tmp_path: Path) -> None:
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    with pytest.raises(PintuError) as excinfo:
        make_backup(workspace, "manual", folder=blocked / "sub")
    assert excinfo.value.code == "backup.folder_unwritable"


def test_cli_backup_backups_restore(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    from desktop_app.cli import main

    db = str(tmp_path / "w.sqlite")
    secret = tmp_path / "s.txt"
    secret.write_text("demo-pintu-2026\n")
    main(["init", "--db", db, "--workspace", "W", "--device", "D", "--officer", "O", "--passphrase-file", str(secret)])
    usb = tmp_path / "usb"
    usb.mkdir()
    capsys.readouterr()
    assert main(["backup", "--db", db, "--to", str(usb)]) == 0
    made = json.loads(capsys.readouterr().out)
    assert made["participants"] == 0 and Path(made["file"]).parent == usb
    assert main(["backups", "--db", db, "--folder", str(usb)]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 1
    assert main(["restore", made["file"], "--db", db]) == 1  # shows the facts first
    assert json.loads(capsys.readouterr().out)["preview"]["file"] == made["file"]
    assert main(["restore", made["file"], "--db", db, "--yes"]) == 0
