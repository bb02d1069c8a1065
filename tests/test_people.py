"""People on a laptop: adding them, signing in with a PIN, the wait after failures, and removal."""

from __future__ import annotations

import pytest

from desktop_app.core.errors import PintuError
from desktop_app.core.roles import Role, Session
from desktop_app.storage import connection, people
from desktop_app.storage.workspace import Workspace, open_workspace
from tests.conftest import PASSPHRASE


def _code(error: pytest.ExceptionInfo[PintuError]) -> str:
    return error.value.code


def test_a_new_workspace_has_nobody_and_the_passphrase_holders_session(workspace: Workspace) -> None:
    assert not people.has_people(workspace)
    assert people.list_people(workspace) == []
    assert workspace.session == Session.passphrase_holder("Rina")
    assert people.acting_name(workspace) == "Rina"


def test_the_first_person_must_be_a_coordinator(workspace: Workspace) -> None:
    with pytest.raises(PintuError) as caught:
        people.add_person(workspace, "Dewi", Role.TRAINER, "2580")
    assert _code(caught) == "person.first_must_be_coordinator"
    sari = people.add_person(workspace, "  Sari   Wulandari ", "coordinator", "2580")
    assert sari.name == "Sari Wulandari" and sari.role is Role.COORDINATOR
    assert people.has_people(workspace)
    assert [p.to_json()["name"] for p in people.list_people(workspace)] == ["Sari Wulandari"]


def test_the_list_never_holds_pin_hashes(workspace: Workspace) -> None:
    people.add_person(workspace, "Sari", Role.COORDINATOR, "2580")
    listed = people.list_people(workspace)[0].to_json()
    assert set(listed) == {"id", "name", "role", "created_at", "last_sign_in_at"}
    stored = workspace.db.execute("SELECT pin_hash, pin_salt FROM local_people").fetchone()
    assert b"2580" not in stored[0] and len(stored[1]) == 16


def test_pins_are_not_events_and_never_sync(workspace: Workspace) -> None:
    before = workspace.db.execute("SELECT count(*) FROM events").fetchone()[0]
    sari = people.add_person(workspace, "Sari", Role.COORDINATOR, "2580")
    people.sign_in(workspace, sari.id, "2580")
    assert workspace.db.execute("SELECT count(*) FROM events").fetchone()[0] == before


def test_later_people_need_a_coordinator(workspace: Workspace) -> None:
    sari = people.add_person(workspace, "Sari", Role.COORDINATOR, "2580")
    budi = people.add_person(workspace, "Budi", Role.OFFICER, "3691")  # still the passphrase holder
    people.sign_in(workspace, budi.id, "3691")
    with pytest.raises(PintuError) as caught:
        people.add_person(workspace, "Dewi", Role.TRAINER, "4702")
    assert _code(caught) == "role.forbidden"
    people.sign_in(workspace, sari.id, "2580")
    people.add_person(workspace, "Dewi", Role.TRAINER, "4702")
    assert [p.name for p in people.list_people(workspace)] == ["Budi", "Dewi", "Sari"]


@pytest.mark.parametrize(("name", "pin", "code"), [
    ("", "2580", "person.name_required"),
    ("x" * 61, "2580", "person.name_too_long"),
    ("Budi", "12", "pin.format"),
    ("Budi", "1111", "pin.too_simple"),
    ("sari", "3691", "person.name_taken"),
])
def test_bad_names_and_pins_are_refused(workspace: Workspace, name: str, pin: str, code: str) -> None:
    people.add_person(workspace, "Sari", Role.COORDINATOR, "2580")
    with pytest.raises(PintuError) as caught:
        people.add_person(workspace, name, Role.OFFICER, pin)
    assert _code(caught) == code
    with pytest.raises(PintuError) as caught:
        people.add_person(workspace, "Budi", "admin", "3691")
    assert _code(caught) == "role.invalid"


def test_sign_in_sets_the_session_and_the_events_actor(workspace: Workspace) -> None:
    people.add_person(workspace, "Sari", Role.COORDINATOR, "2580")
    budi = people.add_person(workspace, "Budi", Role.OFFICER, "3691")
    session = people.sign_in(workspace, budi.id, "3691")
    assert session == Session(budi.id, "Budi", Role.OFFICER) and session.signed_in
    assert workspace.session is session and workspace.writer.actor == "Budi"
    assert people.acting_name(workspace) == "Budi"
    assert people.get_person(workspace, budi.id).last_sign_in_at is not None
    with connection.transaction(workspace.db):
        workspace.writer.emit("program", "barista", "update", {"quota": 70})
    actor = workspace.db.execute("SELECT actor FROM events ORDER BY seq DESC LIMIT 1").fetchone()[0]
    assert actor == "Budi"


def test_wrong_pins_count_then_wait_and_a_right_one_resets(workspace: Workspace) -> None:
    sari = people.add_person(workspace, "Sari", Role.COORDINATOR, "2580")
    now = 1_000_000.0
    waits = []
    for _ in range(3):
        with pytest.raises(PintuError) as caught:
            people.sign_in(workspace, sari.id, "0852", now=now)
        assert _code(caught) == "pin.wrong"
        waits.append(caught.value.details["wait"])
    assert waits[0] == 0 and waits[-1] > 0
    assert workspace.session.person_id is None  # still nobody signed in
    wait = waits[-1]
    # while the delay runs, even the right PIN is not checked (and the try is not counted)
    with pytest.raises(PintuError) as caught:
        people.sign_in(workspace, sari.id, "2580", now=now + 1)
    assert _code(caught) == "pin.wait" and 0 < caught.value.details["seconds"] <= wait
    assert people.wait_seconds(workspace, sari.id, now=now + 1) == caught.value.details["seconds"]
    # a wrong PIN after the wait: a longer wait
    with pytest.raises(PintuError) as caught:
        people.sign_in(workspace, sari.id, "0852", now=now + wait)
    assert _code(caught) == "pin.wrong" and caught.value.details["wait"] > wait
    later = now + wait + caught.value.details["wait"]
    people.sign_in(workspace, sari.id, "2580", now=later)
    assert workspace.session.person_id == sari.id
    assert people.wait_seconds(workspace, sari.id, now=later) == 0
    assert workspace.db.execute("SELECT failures FROM local_people").fetchone()[0] == 0


def test_the_wait_survives_reopening_and_a_clock_set_back_cannot_lock_anyone_out(
    workspace: Workspace,
) -> None:
    sari = people.add_person(workspace, "Sari", Role.COORDINATOR, "2580")
    for _ in range(5):
        with pytest.raises(PintuError):
            people.sign_in(workspace, sari.id, "0852", now=2_000_000.0)
    assert workspace.path is not None
    reopened = open_workspace(workspace.path, passphrase=PASSPHRASE)
    try:
        assert people.wait_seconds(reopened, sari.id, now=2_000_001.0) > 0
        # the clock went back a day: the wait is still no longer than the delay itself
        assert people.wait_seconds(reopened, sari.id, now=2_000_000.0 - 86_400) <= 300
    finally:
        reopened.close()


def test_unknown_or_removed_people_cannot_sign_in(workspace: Workspace) -> None:
    sari = people.add_person(workspace, "Sari", Role.COORDINATOR, "2580")
    budi = people.add_person(workspace, "Budi", Role.OFFICER, "3691")
    with pytest.raises(PintuError) as caught:
        people.sign_in(workspace, "nobody", "2580")
    assert _code(caught) == "person.not_found"
    people.sign_in(workspace, sari.id, "2580")
    people.remove_person(workspace, budi.id)
    with pytest.raises(PintuError) as caught:
        people.sign_in(workspace, budi.id, "3691")
    assert _code(caught) == "person.not_found"
    assert [p.name for p in people.list_people(workspace)] == ["Sari"]


def test_never_the_last_coordinator_nor_oneself(workspace: Workspace) -> None:
    sari = people.add_person(workspace, "Sari", Role.COORDINATOR, "2580")
    budi = people.add_person(workspace, "Budi", Role.OFFICER, "3691")
    with pytest.raises(PintuError) as caught:
        people.remove_person(workspace, sari.id)  # the passphrase holder: still never the last coordinator
    assert _code(caught) == "person.last_coordinator"
    people.sign_in(workspace, budi.id, "3691")
    with pytest.raises(PintuError) as caught:
        people.remove_person(workspace, sari.id)
    assert _code(caught) == "role.forbidden"
    people.sign_in(workspace, sari.id, "2580")
    with pytest.raises(PintuError) as caught:
        people.remove_person(workspace, sari.id)
    assert _code(caught) == "person.remove_self"
    tono = people.add_person(workspace, "Tono", Role.COORDINATOR, "4702")
    people.sign_in(workspace, tono.id, "4702")
    people.remove_person(workspace, sari.id)
    assert [p.name for p in people.list_people(workspace)] == ["Budi", "Tono"]


def test_change_own_pin_checks_the_old_one(workspace: Workspace) -> None:
    sari = people.add_person(workspace, "Sari", Role.COORDINATOR, "2580")
    with pytest.raises(PintuError) as caught:
        people.change_own_pin(workspace, "2580", "3691")
    assert _code(caught) == "person.not_signed_in"
    people.sign_in(workspace, sari.id, "2580")
    with pytest.raises(PintuError) as caught:
        people.change_own_pin(workspace, "0852", "3691")
    assert _code(caught) == "pin.wrong"
    with pytest.raises(PintuError) as caught:
        people.change_own_pin(workspace, "2580", "12")
    assert _code(caught) == "pin.format"
    people.change_own_pin(workspace, "2580", "3691")
    with pytest.raises(PintuError):
        people.sign_in(workspace, sari.id, "2580")
    people.sign_in(workspace, sari.id, "3691")


def test_a_coordinator_resets_a_forgotten_pin(workspace: Workspace) -> None:
    sari = people.add_person(workspace, "Sari", Role.COORDINATOR, "2580")
    budi = people.add_person(workspace, "Budi", Role.OFFICER, "3691")
    for _ in range(6):
        with pytest.raises(PintuError):
            people.sign_in(workspace, budi.id, "0852")
    with pytest.raises(PintuError) as caught:
        people.sign_in(workspace, budi.id, "3691")
    assert _code(caught) == "pin.wait"
    people.sign_in(workspace, sari.id, "2580")
    people.reset_pin(workspace, budi.id, "4702")
    people.sign_in(workspace, budi.id, "4702")  # no wait: failures forgiven
    with pytest.raises(PintuError) as caught:
        people.reset_pin(workspace, sari.id, "5813")
    assert _code(caught) == "role.forbidden"


def test_a_worker_connection_shares_the_session(workspace: Workspace) -> None:
    people.add_person(workspace, "Sari", Role.COORDINATOR, "2580")
    budi = people.add_person(workspace, "Budi", Role.OFFICER, "3691")
    people.sign_in(workspace, budi.id, "3691")
    own = workspace.reconnect()
    try:
        assert own.session.person_id is None  # a plain reconnect knows nobody
        people.share_session(workspace, own)
        assert own.session == workspace.session and own.writer.actor == "Budi"
    finally:
        own.close()
