"""Storage: pragmas, migrations with backups, refusal of newer files, the event log and search."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest

from desktop_app.core.errors import PintuError
from desktop_app.core.events import Event
from desktop_app.core.registration import RegistrationService
from desktop_app.storage import connection, keyfile, schema
from desktop_app.storage.driver import sqlite3
from desktop_app.storage.eventlog import append_event, history
from desktop_app.storage.participants import ParticipantQuery, ParticipantRepository, fts_expression
from desktop_app.storage.workspace import Workspace, create_workspace, open_workspace
from tests.conftest import PASSPHRASE, make_record, raw_connect


def test_connection_pragmas(workspace: Workspace) -> None:
    db = workspace.db
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert db.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert db.execute("PRAGMA busy_timeout").fetchone()[0] == connection.BUSY_TIMEOUT_MS


def test_init_seeds_workspace_device_key_and_trainings(workspace: Workspace, repo: ParticipantRepository) -> None:
    info = workspace.info
    assert info.name == "Pelatihan DBHCHT 2026" and info.officer == "Rina"
    assert len(info.key_id) == 8
    private_key = workspace.db.execute("SELECT private_key FROM local_device").fetchone()[0]
    assert len(private_key) == 32
    assert repo.program_codes() == {"olahan_makanan", "muslim_fashion", "home_decor", "lukis_kain", "barista"}
    names = dict(workspace.db.execute("SELECT id, name FROM programs").fetchall())
    assert names["lukis_kain"] == "Lukis Kain"
    # every seeded row arrived as an event, so it can travel to other laptops
    entities = [r[0] for r in workspace.db.execute("SELECT entity FROM events ORDER BY seq")]
    assert entities[:2] == ["device", "workspace"] and entities.count("program") == 5


def test_quota_is_editable_by_an_event(workspace: Workspace) -> None:
    with connection.transaction(workspace.db):
        workspace.writer.emit("program", "barista", "update", {"quota": 75})
    assert workspace.db.execute("SELECT quota FROM programs WHERE id = 'barista'").fetchone()[0] == 75


def test_seq_is_gap_free_and_hlc_increases(service: RegistrationService, workspace: Workspace) -> None:
    for i in range(30):
        service.register(make_record(i))
    rows = workspace.db.execute("SELECT seq, hlc FROM events ORDER BY seq").fetchall()
    assert [r[0] for r in rows] == list(range(1, len(rows) + 1))
    assert all(a[1] < b[1] for a, b in itertools.pairwise(rows))


def test_failed_transaction_leaves_no_event_and_no_gap(service: RegistrationService, workspace: Workspace,
                                                        repo: ParticipantRepository) -> None:
    before = workspace.db.execute("SELECT max(seq) FROM events").fetchone()[0]
    with pytest.raises(RuntimeError), repo.transaction():
        service.register(make_record(1))
        raise RuntimeError("crash in the middle")
    assert repo.count() == 0
    assert workspace.db.execute("SELECT max(seq) FROM events").fetchone()[0] == before
    service.register(make_record(2))
    assert workspace.db.execute("SELECT max(seq) FROM events").fetchone()[0] == before + 1


def test_events_are_append_only(service: RegistrationService, workspace: Workspace) -> None:
    service.register(make_record(1))
    with pytest.raises(sqlite3.DatabaseError):
        workspace.db.execute("DELETE FROM events")
    with pytest.raises(sqlite3.DatabaseError):
        workspace.db.execute("UPDATE events SET op = 'x'")


def test_replaying_the_log_rebuilds_the_table(service: RegistrationService, workspace: Workspace,
                                              repo: ParticipantRepository, tmp_path: Path) -> None:
    saved = [service.register(make_record(i)).participant for i in range(5)]
    service.update(saved[0]["id"], {"full_name": "Siti Rahayu", "rt": "9"})
    service.withdraw(saved[1]["id"], "pindah kota")
    events = [Event.from_row(dict(zip([d[0] for d in c.description], r, strict=True)))
              for c in [workspace.db.execute("SELECT * FROM events ORDER BY hlc")] for r in c.fetchall()]
    other = connection.memory()
    schema.migrate(other, None)
    with connection.transaction(other):
        for event in reversed(events):  # any order gives the same result
            append_event(other, event)
        for event in events:  # and applying twice changes nothing
            assert append_event(other, event) is False
    cols = "id, full_name, rt, withdrawn_at, short_code, nik, status"
    mine = workspace.db.execute(f"SELECT {cols} FROM participants ORDER BY id").fetchall()
    theirs = other.execute(f"SELECT {cols} FROM participants ORDER BY id").fetchall()
    assert mine == theirs
    assert ("Siti Rahayu", "009") in [(r[1], r[2]) for r in theirs]


def test_older_write_does_not_overwrite_newer(service: RegistrationService, workspace: Workspace) -> None:
    pid = service.register(make_record(1)).participant["id"]
    service.update(pid, {"rt": "5"})
    stale = Event(event_id="stale-1", device_id="zz-other", seq=1, hlc=1, entity="participant",
                  entity_id=pid, op="update", fields={"rt": "777"})
    with connection.transaction(workspace.db):
        assert append_event(workspace.db, stale) is True
    assert workspace.db.execute("SELECT rt FROM participants WHERE id = ?", [pid]).fetchone()[0] == "005"


def test_withdraw_is_a_tombstone_with_history(service: RegistrationService, workspace: Workspace,
                                              repo: ParticipantRepository) -> None:
    pid = service.register(make_record(1)).participant["id"]
    service.withdraw(pid, "sakit")
    assert repo.count() == 0
    assert repo.count(ParticipantQuery(include_withdrawn=True)) == 1
    record = repo.get(pid)
    assert record is not None and record["withdrawn_at"] and record["withdraw_reason"] == "sakit"
    ops = [(h["op"], h["actor"]) for h in history(workspace.db, "participant", pid)]
    assert ops == [("create", "Rina"), ("update", "Rina")]


@pytest.mark.parametrize(
    ("typed", "expected"),
    [("siti rah", '"siti"* "rah"*'), ("  ", None), ("mlg-84g7", '"MLG84G7"*'), ("3573", '"3573"*')],
)
def test_fts_expression(typed: str, expected: str | None) -> None:
    assert fts_expression(typed) == expected


def test_search_by_part_of_name_nik_code_and_address(service: RegistrationService,
                                                     repo: ParticipantRepository) -> None:
    siti = service.register(make_record(1, full_name="Siti Rahayu", address="Jl. Ijen No. 5")).participant
    service.register(make_record(2, full_name="Siti Aminah"))
    service.register(make_record(3, full_name="Rahmat Hidayat"))

    def names(text: str) -> set[str]:
        return {r["full_name"] for r in repo.page(ParticipantQuery(search=text), 0, 50)}

    assert names("siti rah") == {"Siti Rahayu"}
    assert names("SITI") == {"Siti Rahayu", "Siti Aminah"}
    assert names("rah") == {"Siti Rahayu", "Rahmat Hidayat"}
    assert names(siti["nik"][:8]) >= {"Siti Rahayu"}
    assert names(siti["short_code"]) == {"Siti Rahayu"}
    assert names(siti["short_code"].replace("-", "").lower()) == {"Siti Rahayu"}
    assert names("ijen") == {"Siti Rahayu"}
    assert names("\"*)(") == set()  # punctuation only: no FTS syntax error
    assert len(names("r")) == 3 and names("ra") == {"Siti Rahayu", "Rahmat Hidayat"}  # filters from 2 letters
    # the index follows edits
    service.update(siti["id"], {"full_name": "Siti Rahayuningsih"})
    assert names("rahayuning") == {"Siti Rahayuningsih"}
    assert repo.count(ParticipantQuery(search="siti rah")) == 1


def test_upgrade_backs_up_first_then_migrates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A workspace from an older Pintu is copied aside before a new schema step touches it."""
    path = tmp_path / "w.sqlite"
    ws = create_workspace(path, name="W", device_name="D", officer="O", passphrase=PASSPHRASE)
    RegistrationService(ParticipantRepository(ws), officer="O", device_id=ws.info.device_id).register(make_record(1))
    ws.close()

    # the next Pintu adds a schema step
    steps = list(schema.migrations._migrations)
    monkeypatch.setattr(schema.migrations, "_migrations", list(steps))

    @schema.migrations(name="m002_add_training_place")
    def m002(db: object) -> None:
        schema._run_script(db, "ALTER TABLE programs ADD COLUMN place TEXT;")  # type: ignore[arg-type]

    upgraded = open_workspace(path, passphrase=PASSPHRASE)
    assert "place" in {c[1] for c in upgraded.db.execute("PRAGMA table_info(programs)")}
    assert ParticipantRepository(upgraded).count() == 1
    upgraded.close()
    backups = list(tmp_path.glob("w.backup-before-m002_add_training_place-*.sqlite"))
    assert len(backups) == 1
    copy = raw_connect(backups[0])
    assert "place" not in {c[1] for c in copy.execute("PRAGMA table_info(programs)")}
    assert copy.execute("SELECT count(*) FROM participants").fetchone()[0] == 1
    assert copy.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    copy.close()
    assert open_workspace(path, passphrase=PASSPHRASE).info.name == "W"  # opening again: nothing pending, no new backup
    assert len(list(tmp_path.glob("w.backup-*.sqlite"))) == 1


def test_failed_migration_rolls_back(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "w.sqlite"
    create_workspace(path, name="W", device_name="D", officer="O", passphrase=PASSPHRASE).close()
    monkeypatch.setattr(schema.migrations, "_migrations", list(schema.migrations._migrations))

    @schema.migrations(name="m002_broken")
    def m002(db: object) -> None:
        schema._run_script(db, "ALTER TABLE programs ADD COLUMN place TEXT;")  # type: ignore[arg-type]
        raise RuntimeError("half-way")

    with pytest.raises(RuntimeError):
        open_workspace(path, passphrase=PASSPHRASE)
    conn = raw_connect(path)
    assert "place" not in {c[1] for c in conn.execute("PRAGMA table_info(programs)")}
    conn.close()


def test_newer_database_refused(tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite"
    create_workspace(newer, name="W", device_name="D", officer="O", passphrase=PASSPHRASE).close()
    db = connection.connect(newer, keyfile.unlock(newer, passphrase=PASSPHRASE))
    db["_sqlite_migrations"].insert({"migration_set": "pintu", "name": "m999_from_the_future", "applied_at": "x"})
    db.conn.close()
    before = newer.read_bytes()
    with pytest.raises(PintuError) as excinfo:
        open_workspace(newer, passphrase=PASSPHRASE)
    assert excinfo.value.code == "workspace.too_new"
    assert newer.read_bytes() == before


def test_open_errors(tmp_path: Path) -> None:
    with pytest.raises(PintuError) as excinfo:
        open_workspace(tmp_path / "missing.sqlite", passphrase=PASSPHRASE)
    assert excinfo.value.code == "workspace.missing"
    with pytest.raises(PintuError) as excinfo:
        open_workspace(tmp_path / "no-folder" / "x.sqlite", passphrase=PASSPHRASE)
    assert excinfo.value.code == "workspace.folder_missing"
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(PintuError) as excinfo:
        open_workspace(junk, passphrase=PASSPHRASE)
    assert excinfo.value.code == "keys.missing"  # an encrypted file and junk look alike without a key file
    create_workspace(tmp_path / "real.sqlite", name="W", device_name="D", officer="O", passphrase=PASSPHRASE).close()
    keyfile.copy_keys(tmp_path / "real.sqlite", junk)
    with pytest.raises(PintuError) as excinfo:
        open_workspace(junk, passphrase=PASSPHRASE)
    assert excinfo.value.code == "workspace.not_a_database"
    assert junk.read_bytes() == b"this is not a database at all" * 100
    with pytest.raises(PintuError) as excinfo:
        create_workspace(tmp_path / "no-folder" / "x.sqlite", name="W", device_name="D", officer="O",
                         passphrase=PASSPHRASE)
    assert excinfo.value.code == "workspace.folder_missing"
    with pytest.raises(PintuError) as excinfo:
        create_workspace(tmp_path / "x.sqlite", name=" ", device_name="D", officer="O", passphrase=PASSPHRASE)
    assert excinfo.value.code == "workspace.required"


def test_search_index_holds_active_people_and_stays_consistent(service: RegistrationService,
                                                               repo: ParticipantRepository,
                                                               workspace: Workspace) -> None:
    """Counts come from the FTS index alone, so it must match the table after every kind of change."""
    people = [service.register(make_record(i, full_name=f"Siti Rahayu {w}")).participant
              for i, w in enumerate(["Satu", "Dua", "Tiga", "Empat"])]
    service.update(people[0]["id"], {"full_name": "Siti Aminah"})
    service.withdraw(people[1]["id"])
    service.update(people[2]["id"], {"address": "Jl. Ijen No. 9"})
    for text in ("siti", "siti rah", "rahayu tiga", "aminah", "ijen", people[3]["short_code"]):
        query = ParticipantQuery(search=text)
        assert repo.count(query) == len(repo.page(query, 0, 100)), text
    assert repo.count(ParticipantQuery(search="siti rah")) == 2
    assert repo.count(ParticipantQuery(search="siti rah", include_withdrawn=True)) == 3
    assert {r["full_name"] for r in repo.page(ParticipantQuery(search="rahayu dua", include_withdrawn=True), 0, 9)} \
        == {"Siti Rahayu Dua"}
    workspace.db.execute("INSERT INTO participants_fts (participants_fts) VALUES ('integrity-check')")


def test_nik_prefix_search(service: RegistrationService, repo: ParticipantRepository) -> None:
    saved = [service.register(make_record(i)).participant for i in range(6)]
    nik = saved[0]["nik"]
    assert [r["id"] for r in repo.page(ParticipantQuery(search=nik), 0, 10)] == [saved[0]["id"]]
    spaced = f"{nik[:4]} {nik[4:8]}-{nik[8:12]}"
    expected = {p["id"] for p in saved if p["nik"].startswith(nik[:12])}
    assert {r["id"] for r in repo.page(ParticipantQuery(search=spaced), 0, 10)} == expected
    assert repo.count(ParticipantQuery(search=spaced)) == len(expected)
    assert repo.count(ParticipantQuery(search="9999")) == 0


@pytest.mark.parametrize("order_by", ["registered_at", "full_name", "short_code", "phone"])
@pytest.mark.parametrize("descending", [True, False])
def test_position_matches_the_page_order(service: RegistrationService, repo: ParticipantRepository,
                                         order_by: str, descending: bool) -> None:
    people = [service.register(make_record(i, phone=None if i % 3 == 0 else f"0812{i:07d}")).participant
              for i in range(12)]
    query = ParticipantQuery(order_by=order_by, descending=descending)
    rows = repo.page(query, 0, 100)
    for index, row in enumerate(rows):
        assert repo.position(query, row["id"]) == index
    assert repo.position(ParticipantQuery(search="tidak ada"), people[0]["id"]) is None
