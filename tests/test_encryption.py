"""Encryption at rest: no NIK in any file on disk, the passphrase and the recovery key, and the ways in
that must fail cleanly (wrong passphrase, a file without its key, another workspace's key)."""

from __future__ import annotations

import shutil
from pathlib import Path
from unittest import mock

import pytest

from desktop_app.core.errors import PintuError
from desktop_app.core.keyslots import new_recovery_key, parse_recovery_key
from desktop_app.core.lockout import delay_after
from desktop_app.core.registration import RegistrationService
from desktop_app.storage import keyfile
from desktop_app.storage.backup import make_backup, read_info, restore_backup
from desktop_app.storage.drafts import save_draft
from desktop_app.storage.participants import ParticipantRepository
from desktop_app.storage.photos import put_photo
from desktop_app.storage.workspace import Workspace, create_workspace, open_workspace
from tests.conftest import PASSPHRASE, make_record, raw_connect

PHOTO = b"\xff\xd8\xff\xe0" + b"JFIF-unique-photo-bytes-0123456789" * 20


def files_of(folder: Path) -> list[Path]:
    return [p for p in folder.rglob("*") if p.is_file()]


def test_no_personal_bytes_in_any_file(workspace: Workspace, service: RegistrationService, tmp_path: Path) -> None:
    """The database, its WAL, the key file and every backup hold no NIK, name, phone, photo or draft in
    plain bytes, while the app itself reads them back."""
    records = [make_record(i) for i in range(40)]
    for record in records:
        service.register(record)
    put_photo(workspace, PHOTO)
    save_draft(workspace, "registration", {"nik": records[0]["nik"], "full_name": "Draf Rahasia Sekali"})
    make_backup(workspace, "manual")
    usb = tmp_path / "usb"
    make_backup(workspace, "manual", folder=usb)
    needles = [r["nik"].encode() for r in records] + [records[0]["full_name"].encode(), b"Draf Rahasia",
                                                      PHOTO[4:30], records[0]["phone"][-8:].encode()]
    checked = files_of(tmp_path)
    assert any(p.name.endswith("-wal") for p in checked)  # the write-ahead log, written while open, too
    assert len([p for p in checked if p.suffix == ".sqlite"]) >= 3
    for path in checked:
        data = path.read_bytes()
        for needle in needles:
            assert needle not in data, f"{needle!r} in plain bytes in {path.name}"
    repo = ParticipantRepository(workspace)
    assert repo.find_by_nik(records[5]["nik"])[0]["full_name"] == records[5]["full_name"]


def test_wrong_passphrase_fails_cleanly_and_waits_longer(workspace: Workspace, tmp_path: Path) -> None:
    path = workspace.path
    assert path is not None
    workspace.close()
    before = path.read_bytes()
    now = 1_000_000.0
    waits = []
    for attempt in range(5):
        with pytest.raises(PintuError) as excinfo:
            keyfile.unlock(path, passphrase="salah-sekali-123", now=now)
        assert excinfo.value.code == "passphrase.wrong"
        waits.append(excinfo.value.details["wait"])
        assert waits[-1] == delay_after(attempt + 1)
        if waits[-1]:
            with pytest.raises(PintuError) as excinfo:  # even the right one waits its turn
                keyfile.unlock(path, passphrase=PASSPHRASE, now=now)
            assert excinfo.value.code == "unlock.wait" and excinfo.value.details["seconds"] == waits[-1]
            now += waits[-1]
    assert waits[:3] == [0, 0, 5] and waits[3] > waits[2] and waits[4] > waits[3]
    assert path.read_bytes() == before  # nothing written to the database
    keyfile.unlock(path, passphrase=PASSPHRASE, now=now)  # the right one, after the wait, resets the count
    assert keyfile.wait_seconds(path, now=now) == 0
    with pytest.raises(PintuError) as excinfo:
        keyfile.unlock(path, passphrase="salah-sekali-123", now=now)
    assert excinfo.value.details["wait"] == 0


def test_recovery_key_unlocks_and_passphrase_changes(tmp_path: Path) -> None:
    path = tmp_path / "w.sqlite"
    ws = create_workspace(path, name="W", device_name="D", officer="O", passphrase=PASSPHRASE)
    recovery = ws.recovery_key
    assert recovery is not None and len(recovery) == 39 and recovery.count("-") == 7
    RegistrationService(ParticipantRepository(ws), officer="O", device_id=ws.info.device_id).register(make_record(1))
    ws.close()
    # typed from the printout: lower case, spaces instead of dashes, a zero for an O
    typed = recovery.lower().replace("-", " ").replace("o", "0")
    reopened = open_workspace(path, recovery_key=typed)
    assert ParticipantRepository(reopened).count() == 1
    keyfile.change_passphrase(path, reopened.key or b"", "kata-sandi-baru-2027")
    reopened.close()
    with pytest.raises(PintuError) as excinfo:
        open_workspace(path, passphrase=PASSPHRASE)
    assert excinfo.value.code == "passphrase.wrong"
    open_workspace(path, passphrase="kata-sandi-baru-2027").close()
    open_workspace(path, recovery_key=recovery).close()  # the printed key still works
    with pytest.raises(PintuError) as excinfo:
        open_workspace(path, recovery_key=new_recovery_key())
    assert excinfo.value.code == "recovery.wrong"
    with pytest.raises(PintuError) as excinfo:
        parse_recovery_key("ABCD-EFGH")
    assert excinfo.value.code == "recovery.malformed"


def test_database_without_its_key_file_or_with_another(tmp_path: Path) -> None:
    """A database copied from another laptop without the key file, or next to another workspace's key file."""
    first = create_workspace(tmp_path / "a.sqlite", name="A", device_name="D", officer="O", passphrase=PASSPHRASE)
    second = create_workspace(tmp_path / "b.sqlite", name="B", device_name="D", officer="O", passphrase=PASSPHRASE)
    first.close()
    second.close()
    stolen = tmp_path / "copied" / "a.sqlite"
    stolen.parent.mkdir()
    shutil.copyfile(tmp_path / "a.sqlite", stolen)
    with pytest.raises(PintuError) as excinfo:
        open_workspace(stolen, passphrase=PASSPHRASE)
    assert excinfo.value.code == "keys.missing"
    keyfile.copy_keys(tmp_path / "b.sqlite", stolen)
    with pytest.raises(PintuError) as excinfo:
        open_workspace(stolen, passphrase=PASSPHRASE)
    assert excinfo.value.code == "workspace.not_a_database"
    assert (tmp_path / "a.sqlite").read_bytes()[:16] != b"SQLite format 3\x00"  # no readable header either


def test_a_dead_laptop_comes_back_from_a_usb_backup(workspace: Workspace, service: RegistrationService,
                                                   tmp_path: Path) -> None:
    """Restore onto a new laptop (no workspace yet) with only the USB stick and the printed recovery key."""
    for i in range(5):
        service.register(make_record(i))
    usb = tmp_path / "usb"
    backup = make_backup(workspace, "manual", folder=usb)
    recovery = keyfile.new_recovery_for(workspace.path or Path(), workspace.key or b"")  # printed earlier
    backup = make_backup(workspace, "manual", folder=usb)
    old_device = workspace.info.device_id
    workspace.close()
    new_laptop = tmp_path / "new" / "pintu.sqlite"
    new_laptop.parent.mkdir()
    assert read_info(backup, None, recovery_key=recovery).participants == 5
    assert restore_backup(new_laptop, backup, None, recovery_key=recovery) is None
    restored = open_workspace(new_laptop, passphrase=PASSPHRASE)
    try:
        assert ParticipantRepository(restored).count() == 5
        assert restored.info.device_id != old_device
    finally:
        restored.close()
    conn = raw_connect(new_laptop)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_backup_on_a_read_only_stick_still_says_wrong_passphrase(workspace: Workspace, tmp_path: Path) -> None:
    """The wrong-try count cannot be written beside a backup on a read-only stick: the answer is still
    "wrong passphrase" (and the right one still opens it), not a write error."""
    usb = tmp_path / "usb"
    backup = make_backup(workspace, "manual", folder=usb)
    key = workspace.key
    keys = keyfile.keyfile_path(backup)
    before = keys.read_bytes()
    with mock.patch.object(keyfile, "_write", side_effect=PintuError("keys.unwritable")):
        with pytest.raises(PintuError) as excinfo:
            keyfile.unlock(backup, passphrase="bukan-kata-sandinya")
        assert excinfo.value.code == "passphrase.wrong"
        assert keyfile.unlock(backup, passphrase=PASSPHRASE) == key
    assert keys.read_bytes() == before
