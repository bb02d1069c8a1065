"""Property: laptops that exchange bundles in any order, with repeats, end with identical data."""

from __future__ import annotations

import shutil
import tempfile
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import desktop_app.core.passphrase as passphrase_module
from desktop_app.core.errors import PintuError
from desktop_app.storage.attendance import checkin
from desktop_app.storage.cards import issue_cards
from desktop_app.storage.classes import assign, create_class, list_sessions
from desktop_app.sync.exchange import export_bundle, import_bundle, sync_folder
from tests.conftest import make_record
from tests.sync_helpers import PASSPHRASE, coordinator, join, service, shared_state

OPERATIONS = st.lists(
    st.tuples(
        st.sampled_from(["register", "edit", "edit", "edit", "withdraw", "scan", "exchange", "exchange"]),
        st.integers(min_value=0, max_value=4),  # acting laptop
        st.integers(min_value=0, max_value=4),  # other laptop (exchange) or person index
        st.integers(min_value=0, max_value=40),  # a value
    ),
    min_size=10,
    max_size=40,
)


@pytest.fixture(autouse=True)
def cheap_passphrase(monkeypatch: pytest.MonkeyPatch) -> None:
    """Key derivation at the lowest accepted cost: this test derives keys hundreds of times."""
    monkeypatch.setattr(passphrase_module, "SCRYPT_N", 2**10)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(laptop_count=st.integers(min_value=3, max_value=5), operations=OPERATIONS)
def test_any_exchange_order_converges(laptop_count: int, operations: list[tuple[str, int, int, int]]) -> None:
    tmp = Path(tempfile.mkdtemp(prefix="pintu-converge-"))
    laptops = []
    try:
        office = coordinator(tmp)
        klass = create_class(office, program_code="barista", name="Angkatan 1", start=date(2026, 12, 7),
                             end=date(2026, 12, 11))
        session_id = list_sessions(office, klass["id"])[0]["id"]
        laptops = [office] + [join(office, tmp, f"laptop-{n}") for n in range(1, laptop_count)]
        people: list[str] = []
        cards: dict[str, str] = {}
        serial = 0
        for op, actor_index, other_index, value in operations:
            actor = laptops[actor_index % laptop_count]
            known = [p for p in people if actor.db.execute(
                "SELECT 1 FROM participants WHERE id = ? AND withdrawn_at IS NULL", [p]).fetchone()]
            if op == "register":
                serial += 1
                saved = service(actor).register(make_record(100 + serial), force=True).participant
                people.append(saved["id"])
                assign(actor, klass["id"], [saved["id"]])
                cards[saved["id"]] = issue_cards(actor, [saved["id"]], layout="a4")[0].code
            elif op == "edit" and known:
                target = known[other_index % len(known)]  # few people: edits of one record often race
                service(actor).update(target, {"rt": str(1 + value % 20), "notes": f"catatan {value} di {actor_index}"})
            elif op == "withdraw" and known:
                service(actor).withdraw(known[other_index % len(known)], f"alasan {value}")
            elif op == "scan" and cards:
                code = list(cards.values())[other_index % len(cards)]
                checkin(actor, session_id, code)
            elif op == "exchange":
                source = laptops[other_index % laptop_count]
                if source is not actor:
                    path = tmp / f"x-{value}.pintu"
                    export_bundle(source, path, PASSPHRASE)
                    import_bundle(actor, path, PASSPHRASE)
                    import_bundle(actor, path, PASSPHRASE)  # a repeat changes nothing
        folder = tmp / "sync"
        folder.mkdir()
        for _ in range(2):  # two rounds through a shared folder: everyone has everything
            for laptop in reversed(laptops):
                sync_folder(laptop, folder, PASSPHRASE)
        states = [shared_state(laptop) for laptop in laptops]
        for state in states[1:]:
            assert state == states[0]
    except PintuError as error:  # a refused operation is a bug in the test's model, not a pass
        raise AssertionError(error.code) from error
    finally:
        for laptop in laptops:
            laptop.close()
        shutil.rmtree(tmp, ignore_errors=True)
