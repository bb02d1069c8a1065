"""Roles enforced below the front-ends: what each role can read and do through core and storage functions.

The trainer must never get a NIK, KK number, phone or address out of any function the GUI or the CLI
calls (get, lists, search, lookups, history, duplicates, conflicts, exports, drafts), nor find someone
by them; the officer registers and edits but does not merge, resolve, export or revoke; and the events
name the person who was signed in.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

from desktop_app.core.disnaker import ListedWorker
from desktop_app.core.errors import PintuError
from desktop_app.core.registration import RegistrationService
from desktop_app.core.roles import Role
from desktop_app.reports.exports import export_report
from desktop_app.reports.participant_rows import participant_rows
from desktop_app.storage import connection, people
from desktop_app.storage import report_queries as q
from desktop_app.storage.attendance import undo
from desktop_app.storage.cards import issue_cards, revoke_device, select_for_printing
from desktop_app.storage.classes import assign, cancel_session, create_class, list_sessions
from desktop_app.storage.conflicts import list_conflicts, resolve_conflict
from desktop_app.storage.disnaker import apply_disnaker
from desktop_app.storage.drafts import load_draft, save_draft
from desktop_app.storage.duplicates import list_duplicates, mark_different, merge_pair
from desktop_app.storage.manual_checkin import checkin_participant, find_people
from desktop_app.storage.participants import ParticipantQuery, ParticipantRepository
from desktop_app.storage.programs import set_quota
from desktop_app.storage.workspace import Workspace
from tests.conftest import make_record

PINS = {"Sari": "2580", "Budi": "3691", "Dewi": "4702"}


@pytest.fixture
def office(workspace: Workspace) -> Iterator[dict[str, Any]]:
    """A laptop with a coordinator, an officer and a trainer, three people registered (one twice), a class
    with them in it, a conflict on an address and a draft holding a NIK."""
    ids = {
        "Sari": people.add_person(workspace, "Sari", Role.COORDINATOR, PINS["Sari"]).id,
        "Budi": people.add_person(workspace, "Budi", Role.OFFICER, PINS["Budi"]).id,
        "Dewi": people.add_person(workspace, "Dewi", Role.TRAINER, PINS["Dewi"]).id,
    }
    repo = ParticipantRepository(workspace)
    service = RegistrationService(repo, officer=lambda: workspace.session.name,
                                  device_id=workspace.info.device_id)
    records = [make_record(i, full_name=f"Siti Rahayu {name}") for i, name in enumerate(("Satu", "Dua", "Tiga"))]
    saved = [service.register(record).participant for record in records]
    twin = service.register(make_record(0, full_name="Siti Rahayu Kembar"), force=True).participant
    klass = create_class(workspace, program_code="barista", name="B1", start=date(2026, 12, 7),
                         end=date(2026, 12, 11))
    for person in saved:
        service.update(person["id"], {"status": "terverifikasi"})
    assign(workspace, klass["id"], [p["id"] for p in saved])
    with connection.transaction(workspace.db):
        workspace.db.execute(
            "INSERT INTO conflicts (id, entity, entity_id, field, kept_value, kept_hlc, kept_device, other_value, "
            "other_hlc, other_device, detected_at) VALUES ('c1', 'participant', ?, 'address', ?, 1, 'd1', ?, 2, "
            "'d2', '2026-12-01T10:00:00+07:00')",
            [saved[0]["id"], json.dumps("Jl. Ijen No. 1"), json.dumps("Jl. Semeru No. 7")],
        )
    save_draft(workspace, "registration", {"nik": records[1]["nik"], "full_name": "Setengah Jadi"})
    yield {"workspace": workspace, "repo": repo, "service": service, "ids": ids, "records": records,
           "saved": saved, "twin": twin, "class": klass}


def sign_in(office: dict[str, Any], name: str) -> None:
    people.sign_in(office["workspace"], office["ids"][name], PINS[name])


def secrets(office: dict[str, Any]) -> list[str]:
    """Every NIK, KK, phone and address stored (as typed and as normalised), to look for in any output."""
    rows = office["workspace"].db.execute("SELECT nik, kk_number, phone, address FROM participants").fetchall()
    found = {str(v) for row in rows for v in row if v}
    found |= {r["phone"] for r in office["records"]} | {"Jl. Ijen No. 1", "Jl. Semeru No. 7"}
    return sorted(found)


def leaks(office: dict[str, Any], output: Any) -> list[str]:
    text = json.dumps(output, ensure_ascii=False, default=str)
    return [secret for secret in secrets(office) if secret in text]


def forbidden(call: Any) -> None:
    with pytest.raises(PintuError) as caught:
        call()
    assert caught.value.code == "role.forbidden"


# --- the trainer ------------------------------------------------------------------------------------
def test_trainer_cannot_read_a_nik_through_the_repository(office: dict[str, Any]) -> None:
    sign_in(office, "Dewi")
    repo: ParticipantRepository = office["repo"]
    first = office["saved"][0]
    record = repo.get(first["id"])
    assert record is not None and record["full_name"] == "Siti Rahayu Satu"
    assert record["nik"] is None and record["kk_number"] is None
    assert record["phone"] is None and record["address"] is None
    listed = repo.page(ParticipantQuery(), 0, 100)
    streamed = list(repo.iter_records(ParticipantQuery(include_withdrawn=True)))
    assert len(listed) == 4 and len(streamed) == 4
    assert all(r["nik"] is None and r["phone"] is None for r in listed)
    outputs = [record, listed, streamed, repo.find_by_name_birth("siti rahayu satu", first["birth_date"]),
               repo.history(first["id"]), repo.stats()]
    assert leaks(office, outputs) == []


def test_trainer_cannot_find_anyone_by_nik_phone_or_address(office: dict[str, Any]) -> None:
    sign_in(office, "Dewi")
    repo: ParticipantRepository = office["repo"]
    nik = office["records"][0]["nik"]
    address_word = office["records"][0]["address"].split()[1]  # "Kawi"
    for text in (nik, nik[:6], f"{nik[:4]} {nik[4:8]}", office["records"][0]["phone"], address_word,
                 f"Siti {nik[:4]}", f"Satu {address_word}"):
        for query in (ParticipantQuery(search=text), ParticipantQuery(search=text, include_withdrawn=True),
                      ParticipantQuery(search=text, program_code="barista")):
            assert repo.count(query) == 0, query
            assert repo.page(query, 0, 10) == [], query
        assert find_people(office["workspace"], None, text) == []
    assert repo.find_by_nik(nik) == []
    assert repo.resolve(nik) is None
    # names and codes are still found
    assert repo.count(ParticipantQuery(search="Siti Satu")) == 1
    assert repo.resolve(office["saved"][0]["short_code"]) == office["saved"][0]["id"]
    assert [p["full_name"] for p in find_people(office["workspace"], None, "Rahayu Dua")] == ["Siti Rahayu Dua"]


def test_trainer_cannot_learn_nik_order_by_sorting(office: dict[str, Any]) -> None:
    sign_in(office, "Dewi")
    repo: ParticipantRepository = office["repo"]
    by_nik = [r["id"] for r in repo.page(ParticipantQuery(order_by="nik", descending=False), 0, 10)]
    by_time = [r["id"] for r in repo.page(ParticipantQuery(order_by="registered_at", descending=False), 0, 10)]
    assert by_nik == by_time
    first = office["saved"][0]["id"]
    assert repo.position(ParticipantQuery(order_by="nik"), first) == repo.position(ParticipantQuery(), first)


def test_trainer_gets_no_identity_from_reviews_exports_and_drafts(office: dict[str, Any]) -> None:
    workspace = office["workspace"]
    sign_in(office, "Dewi")
    [pair] = list_duplicates(workspace)
    assert pair["a"]["nik"] is None and pair["b"]["phone"] is None
    [conflict] = list_conflicts(workspace)
    assert conflict["kept_value"] is None and conflict["other_value"] is None
    rows = list(participant_rows(workspace, masked=False))
    export = list(q.iter_export_rows(workspace.db, q.EVERYTHING, identity=False))
    assert len(rows) == 4 and load_draft(workspace, "registration") is None
    assert leaks(office, [pair, conflict, rows, export]) == []
    forbidden(lambda: export_report(workspace, "registrations", workspace.path.parent / "out.csv"))
    forbidden(lambda: apply_disnaker(workspace, [ListedWorker(2, office["records"][0]["nik"], "X", "")],
                                     dry_run=True))
    assert not (workspace.path.parent / "out.csv").exists()


def test_the_same_reads_show_everything_to_an_officer(office: dict[str, Any]) -> None:
    workspace = office["workspace"]
    sign_in(office, "Budi")
    repo: ParticipantRepository = office["repo"]
    nik = office["records"][0]["nik"]
    assert repo.get(office["saved"][0]["id"])["nik"] == nik
    assert repo.count(ParticipantQuery(search=nik)) == 2  # the person and the twin
    assert repo.resolve(nik) == office["saved"][0]["id"]
    assert list_duplicates(workspace)[0]["a"]["nik"] == nik
    assert list_conflicts(workspace)[0]["kept_value"] == "Jl. Ijen No. 1"
    assert load_draft(workspace, "registration") is not None


def test_trainer_checks_in_but_changes_nothing_else(office: dict[str, Any]) -> None:
    workspace = office["workspace"]
    service: RegistrationService = office["service"]
    person = office["saved"][0]
    session = list_sessions(workspace, office["class"]["id"])[0]["id"]
    sign_in(office, "Dewi")
    scan = checkin_participant(workspace, session, person["id"])
    undo(workspace, scan.attendance_id)
    forbidden(lambda: service.register(make_record(40)))
    forbidden(lambda: service.update(person["id"], {"full_name": "Siti Baru"}))
    forbidden(lambda: service.withdraw(person["id"]))
    forbidden(lambda: office["repo"].update(person["id"], {"nik": "3573000000000000"}))
    forbidden(lambda: issue_cards(workspace, [person["id"]], layout="single"))
    forbidden(lambda: cancel_session(workspace, session))
    actors = workspace.db.execute(
        "SELECT actor FROM events WHERE entity = 'attendance' ORDER BY seq").fetchall()
    assert [a[0] for a in actors] == ["Dewi", "Dewi"]


# --- the officer ----------------------------------------------------------------------------------
def test_officer_registers_edits_and_prints_but_does_not_merge_resolve_export_or_revoke(
    office: dict[str, Any], tmp_path: Path
) -> None:
    workspace = office["workspace"]
    service: RegistrationService = office["service"]
    sign_in(office, "Budi")
    new = service.register(make_record(50)).participant
    assert new["registered_by"] == "Budi"
    service.update(new["id"], {"address": "Jl. Bromo No. 2"})
    service.withdraw(new["id"], "pindah")
    service.reinstate(new["id"])
    assert select_for_printing(workspace, ids=[new["id"]]) == [new["id"]]
    issue_cards(workspace, [new["id"]], layout="single")
    [pair] = list_duplicates(workspace)
    forbidden(lambda: merge_pair(workspace, pair["id"], pair["a"]["id"]))
    forbidden(lambda: mark_different(workspace, pair["id"]))
    forbidden(lambda: resolve_conflict(workspace, "c1", "other"))
    forbidden(lambda: export_report(workspace, "registrations", tmp_path / "r.xlsx"))
    forbidden(lambda: export_report(workspace, "attendance", tmp_path / "a.csv"))
    forbidden(lambda: revoke_device(workspace, "another-laptop"))
    forbidden(lambda: set_quota(workspace, "barista", 10))
    forbidden(lambda: create_class(workspace, program_code="barista", name="B2", start=date(2026, 12, 14),
                                   end=date(2026, 12, 18)))
    forbidden(lambda: assign(workspace, office["class"]["id"], [new["id"]]))
    forbidden(lambda: people.add_person(workspace, "Tono", Role.TRAINER, "5813"))
    assert list(tmp_path.glob("*.xlsx")) == [] and list(tmp_path.glob("*.csv")) == []
    actors = {r[0] for r in workspace.db.execute(
        "SELECT actor FROM events WHERE entity_id = ?", [new["id"]])}
    assert actors == {"Budi"}


# --- the coordinator ------------------------------------------------------------------------------
def test_coordinator_merges_resolves_and_exports_in_their_own_name(office: dict[str, Any], tmp_path: Path) -> None:
    workspace = office["workspace"]
    sign_in(office, "Sari")
    [pair] = list_duplicates(workspace)
    merge_pair(workspace, pair["id"], office["saved"][0]["id"])
    resolve_conflict(workspace, "c1", "keep")
    result = export_report(workspace, "registrations", tmp_path / "r.csv", masked=False)
    assert result.rows == 3 and office["records"][1]["nik"] in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")
    assert workspace.db.execute("SELECT decided_by FROM duplicate_pairs").fetchone()[0] == "Sari"
    assert workspace.db.execute("SELECT resolved_by FROM conflicts").fetchone()[0] == "Sari"
    assert workspace.db.execute("SELECT actor FROM audit_log").fetchone()[0] == "Sari"
    last = workspace.db.execute("SELECT DISTINCT actor FROM events WHERE entity IN "
                                "('duplicate_pair', 'conflict', 'audit')").fetchall()
    assert last == [("Sari",)]


def test_without_anyone_signed_in_the_passphrase_holder_has_every_right(workspace: Workspace,
                                                                         tmp_path: Path) -> None:
    """The CLI, and a laptop with no people set up: the workspace's officer, as a coordinator."""
    service = RegistrationService(ParticipantRepository(workspace), officer=workspace.info.officer,
                                  device_id=workspace.info.device_id)
    person = service.register(make_record(7)).participant
    assert ParticipantRepository(workspace).get(person["id"])["nik"] == make_record(7)["nik"]
    export_report(workspace, "registrations", tmp_path / "r.csv")
    assert workspace.db.execute("SELECT actor FROM audit_log").fetchone()[0] == "Rina"
