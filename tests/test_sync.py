"""Sync by file: bundles, joining, import once, merge rules, conflicts, duplicates, gaps, bad files."""

from __future__ import annotations

import json
import os
import struct
import zipfile
import zlib
from pathlib import Path

import pytest

from desktop_app.core.cards import CardStatus
from desktop_app.core.errors import PintuError
from desktop_app.storage.cards import check_code, issue_cards
from desktop_app.storage.workspace import Workspace, create_workspace
from desktop_app.sync import bundle as bundle_module
from desktop_app.sync.exchange import export_bundle, import_bundle, preview_import, sync_folder
from desktop_app.sync.join import join_workspace, make_join_file
from tests.conftest import make_record
from tests.sync_helpers import PASSPHRASE, coordinator, join, service, shared_state, whole_database


@pytest.fixture
def pair(tmp_path: Path):  # type: ignore[no-untyped-def]
    office = coordinator(tmp_path)
    service(office).register(make_record(1, full_name="Siti Rahayu"))
    field = join(office, tmp_path, "Laptop Petugas 2")
    yield office, field
    office.close()
    field.close()


def test_joined_laptop_sees_data_and_has_own_identity(pair) -> None:  # type: ignore[no-untyped-def]
    office, field = pair
    assert field.info.workspace_id == office.info.workspace_id
    assert field.info.device_id != office.info.device_id and field.info.key_id != office.info.key_id
    assert field.info.device_name == "Laptop Petugas 2" and field.info.officer == "Petugas Laptop Petugas 2"
    names = [r[0] for r in field.db.execute("SELECT full_name FROM participants")]
    assert names == ["Siti Rahayu"]
    assert field.db.execute("SELECT count(*) FROM programs").fetchone()[0] == 5


def test_two_laptops_exchange_people_and_verify_each_others_cards(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office, field = pair
    agus = service(field).register(make_record(2, full_name="Agus Setiawan")).participant
    [field_card] = issue_cards(field, [agus["id"]], layout="single")
    export_bundle(field, tmp_path / "field.pintu", PASSPHRASE)
    report = import_bundle(office, tmp_path / "field.pintu", PASSPHRASE)
    assert report.new_people == 1 and report.new_events >= 3
    assert check_code(office, field_card.code).status is CardStatus.VALID
    office_person = office.db.execute("SELECT id FROM participants WHERE full_name = 'Siti Rahayu'").fetchone()[0]
    [office_card] = issue_cards(office, [office_person], layout="a4")
    export_bundle(office, tmp_path / "office.pintu", PASSPHRASE)
    import_bundle(field, tmp_path / "office.pintu", PASSPHRASE)
    assert check_code(field, office_card.code).status is CardStatus.VALID
    assert shared_state(office) == shared_state(field)


def test_import_twice_changes_nothing(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office, field = pair
    service(field).register(make_record(2))
    export_bundle(field, tmp_path / "b.pintu", PASSPHRASE)
    first = import_bundle(office, tmp_path / "b.pintu", PASSPHRASE)
    before = whole_database(office)
    again = import_bundle(office, tmp_path / "b.pintu", PASSPHRASE)
    assert first.new_events > 0 and again.new_events == 0
    assert again.known_events == first.new_events + first.known_events
    after = whole_database(office)
    after.pop("sync_peers"), before.pop("sync_peers")  # only "last data arrived" moves
    assert after == before


def test_preview_changes_nothing_and_predicts_the_import(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office, field = pair
    for i in range(2, 5):
        service(field).register(make_record(i))
    export_bundle(field, tmp_path / "b.pintu", PASSPHRASE)
    before = whole_database(office)
    preview = preview_import(office, tmp_path / "b.pintu", PASSPHRASE)
    assert whole_database(office) == before
    real = import_bundle(office, tmp_path / "b.pintu", PASSPHRASE)
    assert preview.to_json() == real.to_json() and real.new_people == 3


def test_concurrent_edits_merge_the_same_and_are_listed(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office, field = pair
    person = office.db.execute("SELECT id FROM participants").fetchone()[0]
    service(office).update(person, {"phone": "081211112222"})
    service(field).update(person, {"phone": "081333334444", "rt": "9"})
    export_bundle(office, tmp_path / "o.pintu", PASSPHRASE)
    export_bundle(field, tmp_path / "f.pintu", PASSPHRASE)
    on_office = import_bundle(office, tmp_path / "f.pintu", PASSPHRASE)
    on_field = import_bundle(field, tmp_path / "o.pintu", PASSPHRASE)
    assert shared_state(office) == shared_state(field)
    phone, rt = office.db.execute("SELECT phone, rt FROM participants WHERE id = ?", [person]).fetchone()
    assert rt == "009" and phone in ("+6281211112222", "+6281333334444")
    for report in (on_office, on_field):
        assert [(c["entity_id"], c["field"]) for c in report.conflicts] == [(person, "phone")]
    ids = {r[0] for r in office.db.execute("SELECT id FROM conflicts")}
    assert ids == {r[0] for r in field.db.execute("SELECT id FROM conflicts")}


def test_sequential_edits_are_not_conflicts(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office, field = pair
    person = office.db.execute("SELECT id FROM participants").fetchone()[0]
    service(office).update(person, {"phone": "081211112222"})
    export_bundle(office, tmp_path / "o.pintu", PASSPHRASE)
    import_bundle(field, tmp_path / "o.pintu", PASSPHRASE)
    service(field).update(person, {"phone": "081333334444"})  # seen the office's edit first
    export_bundle(field, tmp_path / "f.pintu", PASSPHRASE)
    report = import_bundle(office, tmp_path / "f.pintu", PASSPHRASE)
    assert report.conflicts == []
    assert office.db.execute("SELECT phone FROM participants").fetchone()[0] == "+6281333334444"


def test_same_nik_on_two_laptops_is_a_possible_duplicate(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office, field = pair
    service(office).register(make_record(5, full_name="Budi Santoso"))
    service(field).register(make_record(5, full_name="Budi Santoso"))
    export_bundle(field, tmp_path / "f.pintu", PASSPHRASE)
    report = import_bundle(office, tmp_path / "f.pintu", PASSPHRASE)
    assert len(report.duplicates) == 1 and report.duplicates[0]["reason"] == "nik"
    assert office.db.execute("SELECT count(*) FROM duplicate_pairs WHERE status = 'open'").fetchone()[0] == 1


def test_gaps_are_reported_with_the_laptop_to_ask(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    office, field = pair
    for i in range(2, 5):
        service(field).register(make_record(i))
    export_bundle(field, tmp_path / "f.pintu", PASSPHRASE)
    opened = bundle_module.read_header(tmp_path / "f.pintu")
    from desktop_app.storage.workspace import workspace_key

    payload = bundle_module.read_payload(opened, workspace_key(office, PASSPHRASE))
    field_events = [row for row in payload["events"] if row[1] == field.info.device_id]
    missing_seq = field_events[1][2]
    payload["events"] = [row for row in payload["events"] if row is not field_events[1]]
    bundle_module.write_bundle(tmp_path / "gap.pintu", {k: v for k, v in opened.manifest.items()
                                                        if k not in ("format", "nonce", "payload_size",
                                                                     "uncompressed_size")},
                               payload, workspace_key(office, PASSPHRASE))
    report = import_bundle(office, tmp_path / "gap.pintu", PASSPHRASE)
    [gap] = report.gaps
    assert gap["device_name"] == "Laptop Petugas 2" and gap["missing"] == [[missing_seq, missing_seq]]
    import_bundle(office, tmp_path / "f.pintu", PASSPHRASE)  # the full bundle fills it
    from desktop_app.storage.sync_store import gaps

    assert gaps(office.db) == []


def test_sync_folder_any_order_converges(tmp_path: Path) -> None:
    office = coordinator(tmp_path)
    laptops = [office] + [join(office, tmp_path, f"Laptop {n}") for n in (2, 3)]
    folder = tmp_path / "usb"
    folder.mkdir()
    for n, laptop in enumerate(laptops):
        service(laptop).register(make_record(10 + n))
    for laptop in [laptops[2], laptops[0], laptops[1], laptops[2], laptops[0]]:
        sync_folder(laptop, folder, PASSPHRASE)
    states = [shared_state(laptop) for laptop in laptops]
    assert states[0] == states[1] == states[2]
    assert len(states[0]["participants"]) == 3
    assert sorted(p.name for p in folder.iterdir()) == sorted(
        f"pintu-{laptop.info.device_id}.pintu" for laptop in laptops)


def test_join_errors(tmp_path: Path) -> None:
    office = coordinator(tmp_path)
    make_join_file(office, tmp_path / "join.pintu", PASSPHRASE)
    with pytest.raises(PintuError) as excinfo:
        join_workspace(tmp_path / "b.sqlite", tmp_path / "join.pintu", "salah-sandi-123", device_name="B",
                       officer="B")
    assert excinfo.value.code == "passphrase.wrong"
    assert not (tmp_path / "b.sqlite").exists()
    with pytest.raises(PintuError) as excinfo:
        join_workspace(tmp_path / "c.sqlite", tmp_path / "join.pintu", PASSPHRASE, device_name=" ", officer="C")
    assert excinfo.value.code == "device.required"


# --- bad files: each refused with its own code, the database exactly as before ----------------------
def _refused(workspace: Workspace, path: Path, code: str, passphrase: str = PASSPHRASE) -> None:
    before = whole_database(workspace)
    with pytest.raises(PintuError) as excinfo:
        import_bundle(workspace, path, passphrase)
    assert excinfo.value.code == code
    assert whole_database(workspace) == before


@pytest.fixture
def bundle_file(pair, tmp_path: Path) -> Path:  # type: ignore[no-untyped-def]
    _office, field = pair
    for i in range(2, 6):
        service(field).register(make_record(i))
    path = tmp_path / "good.pintu"
    export_bundle(field, path, PASSPHRASE)
    return path


def test_wrong_passphrase(pair, bundle_file: Path) -> None:  # type: ignore[no-untyped-def]
    _refused(pair[0], bundle_file, "passphrase.wrong", passphrase="bukan-sandinya")


def test_other_workspace(pair, bundle_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    stranger = create_workspace(tmp_path / "other.sqlite", name="Lain", device_name="X", officer="Y",
                                passphrase=PASSPHRASE)
    _refused(stranger, bundle_file, "bundle.other_workspace")


def test_newer_format(pair, bundle_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = bundle_file.read_bytes()
    header = bundle_module.read_header(bundle_file)
    manifest = dict(header.manifest, format=99)
    raw = json.dumps(manifest, sort_keys=True).encode()
    newer = tmp_path / "newer.pintu"
    newer.write_bytes(bundle_module.MAGIC + struct.pack(">I", len(raw)) + raw + data[header.payload_offset - 32:])
    _refused(pair[0], newer, "bundle.too_new")


def test_truncated(pair, bundle_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    cut = tmp_path / "cut.pintu"
    cut.write_bytes(bundle_file.read_bytes()[:-500])
    _refused(pair[0], cut, "bundle.truncated")
    tiny = tmp_path / "tiny.pintu"
    tiny.write_bytes(bundle_file.read_bytes()[:20])
    _refused(pair[0], tiny, "bundle.truncated")


def test_flipped_bit_in_payload_and_in_manifest(pair, bundle_file: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    data = bytearray(bundle_file.read_bytes())
    data[-100] ^= 0x01
    flipped = tmp_path / "flip.pintu"
    flipped.write_bytes(bytes(data))
    _refused(pair[0], flipped, "bundle.damaged")
    header = bundle_module.read_header(bundle_file)
    manifest_bytes = bytearray(bundle_file.read_bytes())
    position = manifest_bytes.index(b'"origin_officer": "') + 20
    manifest_bytes[position] ^= 0x01  # changes a letter of the officer's name: still valid JSON
    tampered = tmp_path / "manifest.pintu"
    tampered.write_bytes(bytes(manifest_bytes))
    assert bundle_module.read_header(tampered).manifest != header.manifest
    _refused(pair[0], tampered, "bundle.wrong_passphrase_or_damaged")


def test_not_a_bundle_and_zip_with_parent_paths(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    text = tmp_path / "notes.pintu"
    text.write_text("bukan bundle")
    _refused(pair[0], text, "bundle.not_a_bundle")
    evil = tmp_path / "evil.pintu"
    with zipfile.ZipFile(evil, "w") as archive:
        archive.writestr("../../etc/passwd", "root:x:0:0")
    _refused(pair[0], evil, "bundle.not_a_bundle")
    assert not (tmp_path.parent / "etc").exists()
    _refused(pair[0], tmp_path / "missing.pintu", "file.not_found")


def test_decompression_bomb(pair, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    from desktop_app.storage.workspace import workspace_key

    office, _field = pair
    key = workspace_key(office, PASSPHRASE)
    bomb = tmp_path / "bomb.pintu"
    original = zlib.compress
    # a real bundle whose payload is 200 MB of zeros with a manifest that admits it: the ratio check stops it
    payload = {"events": [], "photos": [], "padding": "0" * 50_000_000}
    try:
        zlib.compress = lambda data, level=1: original(data, 9)  # type: ignore[assignment]
        bundle_module.write_bundle(bomb, {"kind": "bundle", "workspace_id": office.info.workspace_id}, payload, key)
    finally:
        zlib.compress = original  # type: ignore[assignment]
    assert bomb.stat().st_size < 1_000_000
    _refused(office, bomb, "bundle.too_large")


def test_export_never_leaves_a_half_file(pair, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    office, _field = pair
    target = tmp_path / "usb" / "office.pintu"
    target.parent.mkdir()

    def pulled_stick(fd: int) -> None:
        raise OSError(5, "Input/output error")

    monkeypatch.setattr(os, "fsync", pulled_stick)
    with pytest.raises(PintuError) as excinfo:
        export_bundle(office, target, PASSPHRASE)
    assert excinfo.value.code == "file.write_failed"
    assert list(target.parent.iterdir()) == []
