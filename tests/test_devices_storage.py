"""The device list a coordinator sees: every laptop, its officer, when its data arrived, trust."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop_app.core.errors import PintuError
from desktop_app.storage.cards import revoke_device
from desktop_app.storage.devices import device_names, has_passphrase, list_devices
from desktop_app.sync.exchange import export_bundle, import_bundle
from tests.conftest import make_record
from tests.sync_helpers import PASSPHRASE, coordinator, join, service


def test_list_devices_after_an_exchange(tmp_path: Path) -> None:
    office = coordinator(tmp_path)
    field = join(office, tmp_path, "Laptop Petugas 2")
    try:
        service(office).register(make_record(1))
        for i in (2, 3):
            service(field).register(make_record(i))
        before = {d["name"]: d for d in list_devices(office)}
        assert set(before) == {"Laptop Kantor"}  # the field laptop's creation has not arrived yet
        assert before["Laptop Kantor"]["this_laptop"] and before["Laptop Kantor"]["unsent_changes"] > 0

        export_bundle(field, tmp_path / "f.pintu", PASSPHRASE)
        import_bundle(office, tmp_path / "f.pintu", PASSPHRASE)
        devices = list_devices(office)
        assert [d["name"] for d in devices] == ["Laptop Kantor", "Laptop Petugas 2"]  # by name
        mine, theirs = devices
        assert mine["id"] == office.info.device_id and mine["key_id"] == office.info.key_id
        assert mine["last_data_arrived"] is None and mine["revoked_at"] is None
        assert theirs["officer"] == "Petugas Laptop Petugas 2" and not theirs["this_laptop"]
        assert theirs["last_data_arrived"] and theirs["unsent_changes"] is None
        # device creation + 2 registrations (+ their search/number events) made on the field laptop
        own = office.db.execute("SELECT count(*) FROM events WHERE device_id = ?", [field.info.device_id])
        assert theirs["events"] == own.fetchone()[0] >= 3

        export_bundle(office, tmp_path / "o.pintu", PASSPHRASE)
        assert list_devices(office)[0]["unsent_changes"] == 0  # sent now

        revoke_device(office, field.info.device_id)
        assert list_devices(office)[1]["revoked_at"]
        assert device_names(office) == {office.info.device_id: "Laptop Kantor",
                                        field.info.device_id: "Laptop Petugas 2"}
    finally:
        office.close()
        field.close()


def test_has_passphrase(tmp_path: Path) -> None:
    from desktop_app.storage.workspace import create_workspace, set_passphrase

    office = coordinator(tmp_path)
    plain = create_workspace(tmp_path / "plain.sqlite", name="W", device_name="L", officer="O", passphrase=PASSPHRASE)
    try:
        assert has_passphrase(office)
        assert has_passphrase(plain)  # every workspace has one now: it also unlocks the encrypted file
        with pytest.raises(PintuError) as excinfo:
            set_passphrase(plain, PASSPHRASE)
        assert excinfo.value.code == "passphrase.already_set"
    finally:
        office.close()
        plain.close()
