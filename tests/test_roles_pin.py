"""Roles and PINs in the core: who may do what, PIN rules, hashing and the growing wait after failures."""

from __future__ import annotations

import itertools

import pytest

from desktop_app.core.errors import PintuError
from desktop_app.core.pin import (
    MAX_DELAY_S,
    PinHash,
    check_pin,
    delay_after,
    hash_pin,
    verify_pin,
)
from desktop_app.core.roles import Capability, Role, Session, capabilities, parse_role


def test_trainer_sees_attendance_only() -> None:
    trainer = Session("p1", "Dewi", Role.TRAINER)
    assert trainer.can(Capability.CHECK_IN) and trainer.can(Capability.SYNC)
    for capability in Capability:
        if capability not in (Capability.CHECK_IN, Capability.SYNC):
            assert not trainer.can(capability), capability
    assert not trainer.reads_identity


def test_officer_registers_and_edits_but_does_not_merge_export_or_revoke() -> None:
    officer = Session("p2", "Budi", Role.OFFICER)
    for allowed in (Capability.READ_IDENTITY, Capability.REGISTER, Capability.EDIT, Capability.PRINT_CARDS,
                    Capability.CHECK_IN, Capability.SYNC):
        assert officer.can(allowed), allowed
    for refused in (Capability.RESOLVE, Capability.EXPORT, Capability.REVOKE, Capability.BACKUP,
                    Capability.MANAGE_PEOPLE, Capability.MANAGE_CLASSES):
        assert not officer.can(refused), refused


def test_coordinator_and_passphrase_holder_may_do_everything() -> None:
    assert capabilities(Role.COORDINATOR) == frozenset(Capability)
    holder = Session.passphrase_holder("Rina")
    assert holder.role is Role.COORDINATOR and holder.name == "Rina" and not holder.signed_in
    assert all(holder.can(c) for c in Capability)
    assert Session("p3", "Sari", Role.COORDINATOR).signed_in


def test_require_raises_a_code_with_role_and_capability() -> None:
    with pytest.raises(PintuError) as caught:
        Session("p1", "Dewi", Role.TRAINER).require(Capability.READ_IDENTITY)
    assert caught.value.code == "role.forbidden"
    assert caught.value.details == {"role": "trainer", "capability": "read_identity"}
    Session("p2", "Budi", Role.OFFICER).require(Capability.REGISTER)  # no error


def test_parse_role() -> None:
    assert parse_role("officer") is Role.OFFICER
    with pytest.raises(PintuError) as caught:
        parse_role("admin")
    assert caught.value.code == "role.invalid"


@pytest.mark.parametrize("pin", ["2580", "93817", "19452863"])
def test_good_pins_pass(pin: str) -> None:
    check_pin(pin)


@pytest.mark.parametrize("pin", ["", "123", "123456789", "12a4", "１２３４５", "12 34", "-1234"])
def test_pin_must_be_four_to_eight_digits(pin: str) -> None:
    with pytest.raises(PintuError) as caught:
        check_pin(pin)
    assert caught.value.code == "pin.format"
    assert caught.value.details == {"minimum": 4, "maximum": 8}


@pytest.mark.parametrize("pin", ["0000", "1234", "4321", "789012", "98765"])
def test_trivial_pins_are_refused(pin: str) -> None:
    with pytest.raises(PintuError) as caught:
        check_pin(pin)
    assert caught.value.code == "pin.too_simple"


def test_hash_is_salted_and_verifies_only_the_same_pin() -> None:
    first, second = hash_pin("2580"), hash_pin("2580")
    assert first.salt != second.salt and first.digest != second.digest
    assert b"2580" not in first.digest and len(first.salt) == 16 and len(first.digest) == 32
    assert verify_pin("2580", first) and verify_pin("2580", second)
    assert not verify_pin("2581", first)
    assert not verify_pin("", first)
    assert not verify_pin("2580" * 100, first)


def test_hash_round_trips_through_its_stored_parts() -> None:
    made = hash_pin("73914")
    again = PinHash.from_stored(made.salt, made.digest, made.params())
    assert again == made and verify_pin("73914", again)
    for params in ("bcrypt:1:1:1", "scrypt:2:8:1", "scrypt:x", "", "scrypt:8192:8:99"):
        with pytest.raises(PintuError) as caught:
            PinHash.from_stored(made.salt, made.digest, params)
        assert caught.value.code == "pin.corrupt"


def test_delay_is_free_for_the_first_tries_then_grows_to_a_cap() -> None:
    assert delay_after(0) == delay_after(1) == delay_after(2) == 0
    delays = [delay_after(n) for n in range(3, 40)]
    assert delays[0] > 0
    assert all(a <= b for a, b in itertools.pairwise(delays))
    assert delays[1] > delays[0] and delays[2] > delays[1]
    assert max(delays) == MAX_DELAY_S <= 300
    assert delay_after(-5) == 0


def test_pins_and_the_passphrase_share_one_delay_policy() -> None:
    from desktop_app.core import lockout

    assert delay_after is lockout.delay_after
