"""Check-in by person (forgotten card, typed short code, picked name) and the lists the class pages show."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest

from desktop_app.core.checkin import Verdict
from desktop_app.core.errors import NotFound, PintuError
from desktop_app.core.registration import RegistrationService
from desktop_app.storage import connection
from desktop_app.storage.attendance import checkin, class_results, session_counts, session_results, undo
from desktop_app.storage.cards import issue_cards
from desktop_app.storage.class_overview import assign_candidates, session_choices, session_details, waitlist
from desktop_app.storage.classes import assign, cancel_session, create_class, list_sessions
from desktop_app.storage.manual_checkin import checkin_participant, find_people
from desktop_app.storage.workspace import Workspace
from tests.conftest import make_record

MONDAY = date(2026, 12, 7)


@pytest.fixture
def setup(workspace: Workspace, service: RegistrationService) -> dict[str, Any]:
    klass = create_class(workspace, program_code="barista", name="Barista Angkatan 1", start=MONDAY,
                         end=date(2026, 12, 18), place="UPT Pelatihan Kerja", trainer="Pak Hadi", capacity=3)
    people = [service.register(make_record(i)).participant for i in range(5)]
    other_training = service.register(make_record(9, program_code="home_decor")).participant
    assign(workspace, klass["id"], [p["id"] for p in people])  # three in, two waitlisted
    sessions = list_sessions(workspace, klass["id"])
    return {"class": klass, "people": people, "other": other_training, "sessions": sessions}


def test_manual_checkin_gives_the_same_verdicts_as_a_card(workspace: Workspace, setup: dict[str, Any]) -> None:
    session = setup["sessions"][0]["id"]
    first, _second, _third, waiting, _ = setup["people"]
    result = checkin_participant(workspace, session, first["id"], at=f"{MONDAY}T07:58:00")
    assert result.verdict is Verdict.PRESENT and result.participant["full_name"] == first["full_name"]
    assert result.short_code == first["short_code"] and not result.unsynced
    again = checkin_participant(workspace, session, first["id"])
    assert again.verdict is Verdict.ALREADY_PRESENT
    assert (again.first_scan_at, again.first_scan_device) == (f"{MONDAY}T07:58:00", "Laptop Petugas 1")
    assert checkin_participant(workspace, session, waiting["id"]).verdict is Verdict.NOT_IN_CLASS
    assert checkin_participant(workspace, session, setup["other"]["id"]).verdict is Verdict.NOT_IN_CLASS
    assert checkin_participant(workspace, "gone", first["id"]).verdict is Verdict.NO_SESSION
    with pytest.raises(NotFound):
        checkin_participant(workspace, session, "nobody")
    with pytest.raises(PintuError):
        checkin_participant(workspace, session, first["id"], method="telepathy")
    # stored like scans: one event each, method manual; counted once in the results
    methods = [r[0] for r in workspace.db.execute("SELECT method FROM attendance")]
    assert methods == ["manual"] * 5
    assert workspace.db.execute("SELECT count(*) FROM events WHERE entity = 'attendance'").fetchone()[0] == 5
    assert session_counts(workspace, session) == (1, 3)
    present = session_results(workspace, session)["present"]
    assert [(p["full_name"], p["scanned_at"]) for p in present] == [(first["full_name"], f"{MONDAY}T07:58:00")]


def test_a_card_scan_after_a_manual_checkin_is_amber_and_undo_works(workspace: Workspace,
                                                                     setup: dict[str, Any]) -> None:
    session = setup["sessions"][0]["id"]
    person = setup["people"][1]
    card = issue_cards(workspace, [person["id"]], layout="single")[0].code
    manual = checkin_participant(workspace, session, person["id"], method="paper", at=f"{MONDAY}T08:05:00")
    assert checkin(workspace, session, card).verdict is Verdict.ALREADY_PRESENT
    undo(workspace, manual.attendance_id)
    assert checkin(workspace, session, card).verdict is Verdict.PRESENT


def test_a_merged_duplicate_checks_in_as_the_kept_record(workspace: Workspace, setup: dict[str, Any],
                                                         service: RegistrationService) -> None:
    session = setup["sessions"][0]["id"]
    kept = setup["people"][0]
    loser = service.register(make_record(20)).participant
    card = issue_cards(workspace, [loser["id"]], layout="single")[0].code
    with connection.transaction(workspace.db):
        workspace.writer.emit("participant", loser["id"], "update", {"merged_into": kept["id"]})
    assert checkin(workspace, session, card).verdict is Verdict.PRESENT  # the loser's old card
    result = checkin_participant(workspace, session, loser["id"])
    assert result.verdict is Verdict.ALREADY_PRESENT and result.participant["id"] == kept["id"]
    found = find_people(workspace, session, loser["short_code"])
    assert [p["id"] for p in found] == [kept["id"]]


def test_find_people_by_code_and_name(workspace: Workspace, setup: dict[str, Any]) -> None:
    session = setup["sessions"][0]["id"]
    people = setup["people"]
    by_code = find_people(workspace, session, people[2]["short_code"].lower().replace("-", " "))
    assert [(p["id"], p["in_class"]) for p in by_code] == [(people[2]["id"], True)]
    assert find_people(workspace, session, "MLG-0000-000") == []
    everyone = find_people(workspace, session, "peserta uji")
    assert [p["in_class"] for p in everyone] == [True, True, True, False, False, False]
    assert {p["id"] for p in everyone[:3]} == {p["id"] for p in people[:3]}
    one = find_people(workspace, session, people[3]["full_name"].split()[-1])
    assert [(p["id"], p["in_class"]) for p in one] == [(people[3]["id"], False)]
    assert find_people(workspace, session, "  ") == []
    assert len(find_people(workspace, None, "peserta", limit=2)) == 2


def test_candidates_waitlist_and_session_choices(workspace: Workspace, setup: dict[str, Any],
                                                 service: RegistrationService) -> None:
    people = setup["people"]
    assert [p["id"] for p in waitlist(workspace, "barista")] == [p["id"] for p in people[3:]]
    fresh = service.register(make_record(30)).participant  # registered only: not a candidate yet
    assert [p["id"] for p in assign_candidates(workspace, "barista")] == [p["id"] for p in people[3:]]
    service.update(fresh["id"], {"status": "terverifikasi"})
    assert [p["id"] for p in assign_candidates(workspace, "barista")] == [*[p["id"] for p in people[3:]],
                                                                          fresh["id"]]
    assert assign_candidates(workspace, "home_decor") == []

    sessions = setup["sessions"]
    wednesday = date(2026, 12, 9)
    choices = session_choices(workspace, wednesday)
    assert [c["when"] for c in choices[:2]] == ["today", "upcoming"]
    assert choices[0]["date"] == wednesday.isoformat() and choices[1]["date"] == "2026-12-10"
    assert [c["date"] for c in choices if c["when"] == "past"] == ["2026-12-08", "2026-12-07"]
    assert len(choices) == len(sessions)
    details = session_details(workspace, sessions[0]["id"])
    assert details is not None
    assert (details["class_name"], details["program_name"], details["trainer"], details["threshold"]) == (
        "Barista Angkatan 1", "Barista", "Pak Hadi", 80)
    cancel_session(workspace, sessions[0]["id"])
    assert session_details(workspace, sessions[0]["id"]) is None
    assert len(session_choices(workspace, wednesday)) == len(sessions) - 1
    assert class_results(workspace, setup["class"]["id"], today=wednesday)["sessions_held"] == 2
