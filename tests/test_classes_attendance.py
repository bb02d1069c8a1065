"""Classes, sessions, assignment with waitlist, every check-in verdict, undo and results."""

from __future__ import annotations

import base64
from datetime import date, time

import pytest

from desktop_app.core.cards import sign_card
from desktop_app.core.checkin import RepeatFilter, Verdict
from desktop_app.core.errors import NotFound, PintuError, ValidationFailed
from desktop_app.core.ids import new_short_code
from desktop_app.core.keys import generate_device_key
from desktop_app.core.registration import RegistrationService
from desktop_app.storage import connection
from desktop_app.storage.attendance import (
    checkin,
    class_results,
    recent_scans,
    session_counts,
    session_results,
    undo,
)
from desktop_app.storage.cards import issue_cards, revoke_device
from desktop_app.storage.classes import (
    assign,
    cancel_session,
    create_class,
    list_classes,
    list_sessions,
    sessions_on,
    update_session,
)
from desktop_app.storage.workspace import Workspace
from tests.conftest import make_record

MONDAY = date(2026, 12, 7)


def make_class(workspace: Workspace, **kw):  # type: ignore[no-untyped-def]
    args = {"program_code": "barista", "name": "Barista Angkatan 1", "start": MONDAY,
            "end": date(2026, 12, 18), "place": "UPT Pelatihan Kerja", "trainer": "Pak Hadi"}
    args.update(kw)
    return create_class(workspace, **args)


def test_create_class_makes_weekday_sessions(workspace: Workspace) -> None:
    klass = make_class(workspace)
    sessions = list_sessions(workspace, klass["id"])
    assert klass["sessions"] == 10 == len(sessions)
    assert {date.fromisoformat(s["date"]).weekday() for s in sessions} == set(range(5))
    assert (sessions[0]["start_time"], sessions[0]["end_time"]) == ("08:00", "12:00")
    assert klass["capacity"] == 40 and klass["threshold"] == 80
    assert [c["id"] for c in list_classes(workspace)] == [klass["id"]]
    assert [s["id"] for s in sessions_on(workspace, MONDAY)] == [sessions[0]["id"]]
    update_session(workspace, sessions[0]["id"], start_time=time(9, 0), end_time=time(13, 0))
    cancel_session(workspace, sessions[1]["id"])
    after = list_sessions(workspace, klass["id"])
    assert len(after) == 9 and after[0]["start_time"] == "09:00"
    with pytest.raises(ValidationFailed):
        update_session(workspace, sessions[0]["id"], end_time=time(8, 0))


def test_create_class_errors(workspace: Workspace) -> None:
    with pytest.raises(ValidationFailed) as excinfo:
        make_class(workspace, name=" ", end=date(2026, 12, 1), program_code="menjahit")
    assert excinfo.value.errors == ["class_name.required", "end_date.before_start", "program_code.unknown"]


def test_assign_fills_capacity_then_waitlist(workspace: Workspace, service: RegistrationService) -> None:
    klass = make_class(workspace, capacity=2)
    people = [service.register(make_record(i)).participant["id"] for i in range(4)]
    other = service.register(make_record(9, program_code="home_decor")).participant["id"]
    result = assign(workspace, klass["id"], [*people, other, "nope"])
    assert result.assigned == people[:2] and result.waitlisted == people[2:]
    assert {r["code"] for r in result.refused} == {"class.wrong_program", "participant.not_found"}
    statuses = dict(workspace.db.execute("SELECT id, status FROM participants").fetchall())
    assert [statuses[p] for p in people] == ["diterima", "diterima", "cadangan", "cadangan"]
    assert assign(workspace, klass["id"], people[:1]).assigned == people[:1]  # again: no change


@pytest.fixture
def station(workspace: Workspace, service: RegistrationService):  # type: ignore[no-untyped-def]
    klass = make_class(workspace)
    inside = [service.register(make_record(i)).participant for i in range(3)]
    outsider = service.register(make_record(7)).participant
    assign(workspace, klass["id"], [p["id"] for p in inside])
    cards = {c.participant_id: c.code for c in issue_cards(workspace, [*[p["id"] for p in inside], outsider["id"]],
                                                           layout="a4")}
    session = list_sessions(workspace, klass["id"])[0]
    return workspace, klass, session, inside, outsider, cards


def test_every_verdict(station) -> None:  # type: ignore[no-untyped-def]
    workspace, _klass, session, inside, outsider, cards = station
    first = checkin(workspace, session["id"], cards[inside[0]["id"]], at=f"{session['date']}T07:55:00")
    assert first.verdict is Verdict.PRESENT and first.participant["full_name"] == inside[0]["full_name"]
    again = checkin(workspace, session["id"], cards[inside[0]["id"]])
    assert again.verdict is Verdict.ALREADY_PRESENT
    assert again.first_scan_at == f"{session['date']}T07:55:00" and again.first_scan_device == "Laptop Petugas 1"
    assert checkin(workspace, session["id"], cards[outsider["id"]]).verdict is Verdict.NOT_IN_CLASS
    tampered = cards[inside[1]["id"]][:-3] + "AAA"
    assert checkin(workspace, session["id"], tampered).verdict is Verdict.INVALID
    assert checkin(workspace, session["id"], "hello").verdict is Verdict.INVALID
    assert checkin(workspace, "no-such-session", cards[inside[1]["id"]]).verdict is Verdict.NO_SESSION
    old = cards[inside[2]["id"]]
    issue_cards(workspace, [inside[2]["id"]], layout="single")
    assert checkin(workspace, session["id"], old).verdict is Verdict.SUPERSEDED
    stranger_key = generate_device_key()
    stranger = sign_card(workspace_id=workspace.info.workspace_id, short_code=inside[1]["short_code"],
                         program_code="barista", generation=1, key_id=stranger_key.key_id,
                         private_key=stranger_key.private_raw)
    assert checkin(workspace, session["id"], stranger).verdict is Verdict.UNKNOWN_KEY
    with connection.transaction(workspace.db):
        workspace.writer.emit("device", "laptop-2", "create", {
            "name": "Laptop 2", "public_key": base64.b64encode(stranger_key.public_raw).decode(),
            "key_id": stranger_key.key_id})
    revoke_device(workspace, "laptop-2")
    assert checkin(workspace, session["id"], stranger).verdict is Verdict.REVOKED
    # every scan, rejected ones too, is stored as an event
    assert workspace.db.execute("SELECT count(*) FROM attendance").fetchone()[0] == 9
    assert workspace.db.execute("SELECT count(*) FROM events WHERE entity = 'attendance'").fetchone()[0] == 9
    assert session_counts(workspace, session["id"]) == (1, 3)


def test_unsynced_card_counts_present(station) -> None:  # type: ignore[no-untyped-def]
    workspace, _klass, session, _inside, _outsider, _cards = station
    private = bytes(workspace.db.execute("SELECT private_key FROM local_device").fetchone()[0])
    short = new_short_code()
    code = sign_card(workspace_id=workspace.info.workspace_id, short_code=short, program_code="barista",
                     generation=1, key_id=workspace.info.key_id, private_key=private)
    result = checkin(workspace, session["id"], code)
    assert result.verdict is Verdict.PRESENT and result.participant is None and result.unsynced
    wrong_training = sign_card(workspace_id=workspace.info.workspace_id, short_code=new_short_code(),
                               program_code="home_decor", generation=1, key_id=workspace.info.key_id,
                               private_key=private)
    assert checkin(workspace, session["id"], wrong_training).verdict is Verdict.NOT_IN_CLASS
    assert [u["short_code"] for u in session_results(workspace, session["id"])["unsynced"]] == [short]


def test_undo_and_results(station) -> None:  # type: ignore[no-untyped-def]
    workspace, klass, session, inside, _outsider, cards = station
    on_time = checkin(workspace, session["id"], cards[inside[0]["id"]], at=f"{session['date']}T07:58:00")
    late = checkin(workspace, session["id"], cards[inside[1]["id"]], at=f"{session['date']}T08:40:00")
    mistake = checkin(workspace, session["id"], cards[inside[2]["id"]], at=f"{session['date']}T08:01:00")
    undo(workspace, mistake.attendance_id)
    with pytest.raises(PintuError):
        undo(workspace, mistake.attendance_id)
    with pytest.raises(NotFound):
        undo(workspace, "nope")
    assert checkin(workspace, session["id"], cards[inside[2]["id"]]).verdict is Verdict.PRESENT  # after undo
    undo(workspace, recent_scans(workspace, session["id"])[0]["id"])
    results = session_results(workspace, session["id"])
    assert [(p["full_name"], p["late"]) for p in results["present"]] == sorted(
        [(inside[0]["full_name"], False), (inside[1]["full_name"], True)])
    assert [p["id"] for p in results["absent"]] == [inside[2]["id"]]
    assert on_time.verdict is late.verdict is Verdict.PRESENT
    per_class = class_results(workspace, klass["id"], today=date(2026, 12, 8))  # two sessions held
    by_id = {p["id"]: p for p in per_class["participants"]}
    assert per_class["sessions_held"] == 2
    assert by_id[inside[0]["id"]]["percent"] == 50.0 and not by_id[inside[0]["id"]]["eligible"]
    second = list_sessions(workspace, klass["id"])[1]
    checkin(workspace, second["id"], cards[inside[0]["id"]])
    per_class = class_results(workspace, klass["id"], today=date(2026, 12, 8))
    assert {p["id"]: p["eligible"] for p in per_class["participants"]}[inside[0]["id"]] is True


def test_repeat_filter() -> None:
    repeat = RepeatFilter(window_ms=3000)
    assert not repeat.should_ignore("PNT1.X", 1000)
    assert repeat.should_ignore("pnt1.x", 2500)
    assert repeat.should_ignore("PNT1.X", 5000)  # still held in front of the camera: the window slides
    assert not repeat.should_ignore("PNT1.X", 9000)
    assert not repeat.should_ignore("PNT1.Y", 9001)


def test_a_tampered_card_names_nobody(station) -> None:  # type: ignore[no-untyped-def]
    workspace, _klass, session, inside, _outsider, cards = station
    code = cards[inside[0]["id"]]
    tampered = code[:-3] + ("AAA" if not code.endswith("AAA") else "BBB")
    result = checkin(workspace, session["id"], tampered)
    assert result.verdict is Verdict.INVALID and result.participant is None
