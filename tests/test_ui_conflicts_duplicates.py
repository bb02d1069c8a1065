"""Conflicts and duplicates made for real (two laptops exchanging bundles), decided through the pages."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QLabel

from desktop_app.storage.conflicts import list_conflicts
from desktop_app.storage.duplicates import list_duplicates
from desktop_app.storage.workspace import Workspace
from desktop_app.sync.exchange import export_bundle, import_bundle
from desktop_app.ui import i18n
from desktop_app.ui.conflicts_page import ConflictsPage
from desktop_app.ui.duplicates_page import DuplicatesPage
from desktop_app.ui.sync_page import TAB_CONFLICTS, TAB_DUPLICATES, SyncPage
from tests.conftest import make_record
from tests.sync_helpers import PASSPHRASE, coordinator, join, service, shared_state


@pytest.fixture(autouse=True)
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "pintu.ini"
    monkeypatch.setenv(i18n.SETTINGS_ENV, str(path))
    return path


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    office = coordinator(tmp_path)
    field = join(office, tmp_path, "Laptop 2")
    yield office, field
    office.close()
    field.close()


def exchange(a: Workspace, b: Workspace, tmp: Path) -> None:
    export_bundle(a, tmp / "a.pintu", PASSPHRASE)
    export_bundle(b, tmp / "b.pintu", PASSPHRASE)
    import_bundle(b, tmp / "a.pintu", PASSPHRASE)
    import_bundle(a, tmp / "b.pintu", PASSPHRASE)


def show(qtbot: Any, widget: Any) -> Any:
    qtbot.addWidget(widget)
    widget.resize(1000, 620)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


@pytest.mark.parametrize("side", ["kept", "other"])
def test_a_conflict_is_shown_with_both_sides_and_decided(
    qtbot: Any, laptops: tuple[Workspace, Workspace], tmp_path: Path, side: str
) -> None:
    office, field = laptops
    person = service(office).register(make_record(1, full_name="Siti Rahayu")).participant
    exchange(office, field, tmp_path)
    service(office).update(person["id"], {"address": "Jl. Ijen No. 1"})
    service(field).update(person["id"], {"address": "Jl. Semeru No. 7"})
    exchange(office, field, tmp_path)
    [conflict] = list_conflicts(office)

    page = show(qtbot, ConflictsPage(office))
    assert page.count() == 1 and not page.empty_label.isVisible()
    card = page.cards[conflict["id"]]
    assert card.title.text() == f"Siti Rahayu ({person['short_code']}) · Alamat"
    assert card.values["kept"].text() == conflict["kept_value"]
    assert card.values["other"].text() == conflict["other_value"]
    who = " ".join(label.text() for label in card.findChildren(QLabel))
    assert "Koordinator" in who and "Laptop Kantor" in who and "Petugas Laptop 2" in who and "Laptop 2" in who

    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))
    card.buttons[side].click()
    expected = conflict["kept_value"] if side == "kept" else conflict["other_value"]
    assert office.db.execute("SELECT address FROM participants WHERE id = ?", [person["id"]]).fetchone()[0] == expected
    assert list_conflicts(office) == [] and page.count() == 0
    assert page.empty_label.isVisible() and changed == [True]
    # the decision travels: the other laptop ends with the same value and no open conflict
    exchange(office, field, tmp_path)
    assert list_conflicts(field) == [] and shared_state(office) == shared_state(field)


def test_the_sync_page_links_to_open_conflicts_and_duplicates(
    qtbot: Any, laptops: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    office, field = laptops
    person = service(office).register(make_record(1)).participant
    exchange(office, field, tmp_path)
    service(office).update(person["id"], {"phone": "081211112222"})
    service(field).update(person["id"], {"phone": "081333334444"})
    service(office).register(make_record(5, full_name="Budi Santoso"))
    service(field).register(make_record(5, full_name="Budi Santosa"))
    exchange(office, field, tmp_path)

    page = show(qtbot, SyncPage(office))
    assert page.conflicts_link.isVisible() and page.conflicts_link.text() == "1 konflik perlu ditinjau"
    assert page.duplicates_link.isVisible() and page.duplicates_link.text() == "1 kemungkinan data ganda"
    assert page.tabs.tabText(TAB_CONFLICTS) == "Konflik (1)"
    assert page.tabs.tabText(TAB_DUPLICATES) == "Data ganda (1)"
    page.conflicts_link.click()
    assert page.tabs.currentWidget() is page.conflicts_page
    page.duplicates_link.click()
    assert page.tabs.currentWidget() is page.duplicates_page

    changed: list[bool] = []
    page.dataChanged.connect(lambda: changed.append(True))
    [card] = page.conflicts_page.cards.values()
    card.buttons["other"].click()
    assert not page.conflicts_link.isVisible() and page.tabs.tabText(TAB_CONFLICTS) == "Konflik"
    assert changed == [True]


@pytest.mark.parametrize("keep", ["left", "right"])
def test_a_duplicate_pair_is_merged_keeping_either_side(
    qtbot: Any, laptops: tuple[Workspace, Workspace], tmp_path: Path, keep: str
) -> None:
    office, field = laptops
    ours = service(office).register(make_record(3, full_name="Budi Santoso")).participant
    theirs = service(field).register(make_record(3, full_name="Budi Santosa")).participant
    exchange(office, field, tmp_path)
    [pair] = list_duplicates(office)

    page = show(qtbot, DuplicatesPage(office))
    card = page.cards[pair["id"]]
    names = {card.cells[("full_name", "a")].text(), card.cells[("full_name", "b")].text()}
    assert names == {"Budi Santoso", "Budi Santosa"}
    assert card.cells[("nik", "a")].text() == card.cells[("nik", "b")].text() == ours["nik"]  # coordinators see it
    assert card.cells[("full_name", "a")].toolTip() == "Berbeda di kedua data"  # the names differ: marked
    assert card.cells[("nik", "a")].toolTip() == ""
    registered = card.cells[("registered", "a")].text() + card.cells[("registered", "b")].text()
    assert "Laptop Kantor" in registered and "Laptop 2" in registered
    assert card.cells[("scans", "a")].text() == "0"

    changed: list[bool] = []
    page.changed.connect(lambda: changed.append(True))
    (card.keep_left if keep == "left" else card.keep_right).click()
    kept = pair["a"]["id"] if keep == "left" else pair["b"]["id"]
    loser = pair["b"]["id"] if keep == "left" else pair["a"]["id"]
    assert {kept, loser} == {ours["id"], theirs["id"]}
    merged_into, withdrawn = office.db.execute(
        "SELECT merged_into, withdrawn_at FROM participants WHERE id = ?", [loser]).fetchone()
    assert merged_into == kept and withdrawn
    assert office.db.execute("SELECT withdrawn_at FROM participants WHERE id = ?", [kept]).fetchone()[0] is None
    assert page.count() == 0 and page.empty_label.isVisible() and changed == [True]
    exchange(office, field, tmp_path)
    assert list_duplicates(field) == [] and shared_state(office) == shared_state(field)


def test_different_people_close_the_pair(qtbot: Any, laptops: tuple[Workspace, Workspace], tmp_path: Path) -> None:
    office, field = laptops
    service(office).register(make_record(4, full_name="Dewi Lestari"))
    service(field).register(make_record(4, full_name="Dewi Anggraini"))
    exchange(office, field, tmp_path)
    page = show(qtbot, DuplicatesPage(office))
    [card] = page.cards.values()
    card.not_same.click()
    assert office.db.execute("SELECT status FROM duplicate_pairs").fetchone()[0] == "different"
    assert office.db.execute(
        "SELECT count(*) FROM participants WHERE withdrawn_at IS NULL").fetchone()[0] == 2  # both stay
    assert page.count() == 0


def test_a_pair_decided_meanwhile_is_a_message_not_a_crash(
    qtbot: Any, laptops: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    office, field = laptops
    service(office).register(make_record(6))
    service(field).register(make_record(6))
    exchange(office, field, tmp_path)
    page = show(qtbot, DuplicatesPage(office))
    [pair_id] = list(page.cards)
    from desktop_app.storage.duplicates import mark_different

    mark_different(office, pair_id)  # e.g. decided in the CLI while the page was open
    assert page.different(pair_id) is False
    assert page.error_label.isVisible() and page.error_label.text() == "Pasangan ini sudah diputuskan."
    assert page.count() == 0
