"""A coordinator's review after sync: conflicts (keep / take the other) and duplicates (merge / different)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from desktop_app.core.checkin import Verdict
from desktop_app.core.errors import PintuError
from desktop_app.storage.attendance import checkin, class_results
from desktop_app.storage.cards import issue_cards
from desktop_app.storage.classes import assign, create_class, list_sessions
from desktop_app.storage.conflicts import list_conflicts, resolve_conflict
from desktop_app.storage.duplicates import list_duplicates, mark_different, merge_pair
from desktop_app.sync.exchange import export_bundle, import_bundle
from tests.conftest import make_record
from tests.sync_helpers import PASSPHRASE, coordinator, join, service, shared_state


def exchange(a, b, tmp: Path) -> None:  # type: ignore[no-untyped-def]
    export_bundle(a, tmp / "a.pintu", PASSPHRASE)
    export_bundle(b, tmp / "b.pintu", PASSPHRASE)
    import_bundle(b, tmp / "a.pintu", PASSPHRASE)
    import_bundle(a, tmp / "b.pintu", PASSPHRASE)


@pytest.mark.parametrize("choice", ["keep", "other"])
def test_resolving_a_conflict_syncs(tmp_path: Path, choice: str) -> None:
    office = coordinator(tmp_path)
    person = service(office).register(make_record(1)).participant["id"]
    field = join(office, tmp_path, "Laptop 2")
    service(office).update(person, {"address": "Jl. Ijen No. 1"})
    service(field).update(person, {"address": "Jl. Semeru No. 7"})
    exchange(office, field, tmp_path)
    [conflict] = list_conflicts(office)
    assert conflict["field"] == "address" and conflict["record_name"]
    assert {conflict["kept_value"], conflict["other_value"]} == {"Jl. Ijen No. 1", "Jl. Semeru No. 7"}
    resolve_conflict(office, conflict["id"], choice)
    expected = conflict["kept_value"] if choice == "keep" else conflict["other_value"]
    assert office.db.execute("SELECT address FROM participants").fetchone()[0] == expected
    assert list_conflicts(office) == []
    with pytest.raises(PintuError):
        resolve_conflict(office, conflict["id"], "keep")
    exchange(office, field, tmp_path)
    assert shared_state(office) == shared_state(field)
    assert list_conflicts(field) == []  # the decision travelled too
    assert field.db.execute("SELECT address FROM participants").fetchone()[0] == expected


def test_merge_duplicates_attendance_follows(tmp_path: Path) -> None:
    office = coordinator(tmp_path)
    klass = create_class(office, program_code="barista", name="A1", start=date(2026, 12, 7), end=date(2026, 12, 8))
    field = join(office, tmp_path, "Laptop 2")
    kept = service(office).register(make_record(3, full_name="Budi Santoso")).participant
    other = service(field).register(make_record(3, full_name="Budi Santosa")).participant
    assign(office, klass["id"], [kept["id"]])
    assign(field, klass["id"], [other["id"]])
    other_card = issue_cards(field, [other["id"]], layout="a4")[0].code
    session = list_sessions(field, klass["id"])[0]["id"]
    assert checkin(field, session, other_card).verdict is Verdict.PRESENT  # scanned under the duplicate
    exchange(office, field, tmp_path)
    [pair] = list_duplicates(office)
    assert {pair["a"]["id"], pair["b"]["id"]} == {kept["id"], other["id"]}
    merge_pair(office, pair["id"], kept["id"])
    assert list_duplicates(office) == []
    results = class_results(office, klass["id"], today=date(2026, 12, 7))
    assert [(p["id"], p["attended"]) for p in results["participants"]] == [(kept["id"], 1)]
    # the duplicate's old card now checks in as the kept person
    second = list_sessions(office, klass["id"])[1]["id"]
    scan = checkin(office, second, other_card)
    assert scan.verdict is Verdict.PRESENT and scan.participant["id"] == kept["id"]
    exchange(office, field, tmp_path)
    assert list_duplicates(field) == [] and shared_state(office) == shared_state(field)


def test_mark_different_and_local_forced_duplicates(tmp_path: Path) -> None:
    office = coordinator(tmp_path)
    first = service(office).register(make_record(4)).participant
    service(office).register(make_record(4, full_name="Orang Lain"), force=True)
    [pair] = list_duplicates(office)
    assert first["id"] in (pair["a"]["id"], pair["b"]["id"])
    with pytest.raises(PintuError):
        merge_pair(office, pair["id"], "someone-else")
    mark_different(office, pair["id"])
    assert list_duplicates(office) == []
    with pytest.raises(PintuError):
        mark_different(office, pair["id"])
