"""Issuing cards in a workspace: generations, the printing log, revocation, verification."""

from __future__ import annotations

import base64

import pytest

from desktop_app.core.cards import CardStatus, sign_card
from desktop_app.core.errors import NotFound, PintuError
from desktop_app.core.keys import generate_device_key
from desktop_app.core.registration import RegistrationService
from desktop_app.storage import connection
from desktop_app.storage.cards import check_code, issue_cards, print_log, revoke_device, select_for_printing
from desktop_app.storage.eventlog import history
from desktop_app.storage.participants import ParticipantRepository
from desktop_app.storage.workspace import Workspace
from tests.conftest import make_record


def test_issue_verify_reprint(workspace: Workspace, service: RegistrationService,
                              repo: ParticipantRepository) -> None:
    person = service.register(make_record(1)).participant
    [first] = issue_cards(workspace, [person["id"]], layout="a4")
    assert first.generation == 1 and first.short_code == person["short_code"] and first.program_name == "Barista"
    result = check_code(workspace, first.code)
    assert result.status is CardStatus.VALID and result.known_participant
    [second] = issue_cards(workspace, [person["id"]], layout="single")
    assert second.generation == 2
    assert check_code(workspace, first.code).status is CardStatus.SUPERSEDED
    assert check_code(workspace, second.code).status is CardStatus.VALID
    log = print_log(workspace)
    assert [(e["layout"], e["card_count"], e["printed_by"]) for e in log] == [
        ("single", 1, "Rina"), ("a4", 1, "Rina")]
    generations = [h["fields"].get("card_generation") for h in history(workspace.db, "participant", person["id"])]
    assert generations[1:] == [1, 2]
    assert repo.get(person["id"])["card_generation"] == 2  # type: ignore[index]


def test_selection(workspace: Workspace, service: RegistrationService) -> None:
    a = service.register(make_record(1, full_name="Budi Santoso")).participant
    b = service.register(make_record(2, full_name="Ani Lestari", program_code="home_decor")).participant
    c = service.register(make_record(3, full_name="Citra Dewi")).participant
    assert select_for_printing(workspace) == [b["id"], a["id"], c["id"]]
    assert select_for_printing(workspace, program_code="home_decor") == [b["id"]]
    issue_cards(workspace, [a["id"]], layout="a4")
    assert select_for_printing(workspace, unprinted=True) == [b["id"], c["id"]]
    assert select_for_printing(workspace, ids=[c["id"], a["id"]]) == [a["id"], c["id"]]
    with pytest.raises(NotFound):
        select_for_printing(workspace, ids=["nope"])


def test_card_of_other_device_unknown_then_known_then_revoked(workspace: Workspace,
                                                              service: RegistrationService) -> None:
    person = service.register(make_record(1)).participant
    other = generate_device_key()
    code = sign_card(workspace_id=workspace.info.workspace_id, short_code=person["short_code"],
                     program_code="barista", generation=1, key_id=other.key_id, private_key=other.private_raw)
    assert check_code(workspace, code).status is CardStatus.UNKNOWN_KEY
    with connection.transaction(workspace.db):  # the other laptop's key arrives (by sync, later)
        workspace.writer.emit("device", "laptop-2", "create", {
            "name": "Laptop Petugas 2", "officer": "Agus",
            "public_key": base64.b64encode(other.public_raw).decode(), "key_id": other.key_id})
    assert check_code(workspace, code).status is CardStatus.VALID
    revoke_device(workspace, "laptop-2")
    assert check_code(workspace, code).status is CardStatus.REVOKED_KEY
    with pytest.raises(PintuError) as excinfo:
        revoke_device(workspace, "laptop-2")
    assert excinfo.value.code == "device.already_revoked"
    with pytest.raises(PintuError) as excinfo:
        revoke_device(workspace, workspace.info.device_id)
    assert excinfo.value.code == "device.revoke_self"


def test_card_of_unsynced_person_is_valid_but_unknown(workspace: Workspace) -> None:
    from desktop_app.core.ids import new_short_code

    private = bytes(workspace.db.execute("SELECT private_key FROM local_device").fetchone()[0])
    code = sign_card(workspace_id=workspace.info.workspace_id, short_code=new_short_code(), program_code="barista",
                     generation=1, key_id=workspace.info.key_id, private_key=private)
    result = check_code(workspace, code)
    assert result.status is CardStatus.VALID and not result.known_participant
