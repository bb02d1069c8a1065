"""The main window over a real demo workspace: title, counts, search as you type, sorting, paging."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import contextlib
import io
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from PySide6.QtCore import Qt

from desktop_app import app as app_module
from desktop_app.cli import main as cli_main
from desktop_app.core.registration import RegistrationService
from desktop_app.storage.participants import ParticipantQuery, ParticipantRepository
from desktop_app.storage.workspace import Workspace, open_workspace
from desktop_app.ui.main_window import MainWindow
from desktop_app.ui.participant_table_model import COLUMN_KEYS, PAGE_SIZE, ParticipantTableModel
from desktop_app.ui.participants_page import ParticipantsPage
from tests.conftest import PASSPHRASE, make_record

NAME = COLUMN_KEYS.index("full_name")


def _demo(path: Path, participants: int) -> Path:
    """A workspace filled the way `pintu demo` fills it (validation, events, FTS and all)."""
    with contextlib.redirect_stdout(io.StringIO()):
        assert cli_main(["demo", "--db", str(path), "--participants", str(participants)]) == 0
    return path


@pytest.fixture(scope="module")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _demo(tmp_path_factory.mktemp("ui") / "w.sqlite", 300)


@pytest.fixture(scope="module")
def big_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _demo(tmp_path_factory.mktemp("ui-big") / "big.sqlite", 5000)


@pytest.fixture
def workspace(demo_db: Path) -> Iterator[Workspace]:
    ws = open_workspace(demo_db, passphrase=PASSPHRASE)
    yield ws
    ws.close()


@pytest.fixture
def window(qtbot: Any, workspace: Workspace) -> MainWindow:
    win = app_module.build_main_window(workspace)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def _names(model: ParticipantTableModel, rows: int | None = None) -> list[str]:
    count = model.rowCount() if rows is None else min(rows, model.rowCount())
    return [model.index(row, NAME).data() for row in range(count)]


def _a_two_word_name(repo: ParticipantRepository) -> str:
    for row in repo.page(ParticipantQuery(order_by="full_name", descending=False), 0, 300):
        words = row["full_name"].split()
        if len(words) >= 2 and len(words[0]) >= 4 and words[1].isalpha() and len(words[1]) >= 3:
            return str(row["full_name"])
    raise AssertionError("the demo has no participant with a two-word name")


def test_title_and_status_bar_show_the_workspace(qtbot: Any, window: MainWindow, workspace: Workspace) -> None:
    info = workspace.info
    assert window.windowTitle() == f"Pintu — {info.name}"
    assert window.count_label.text() == "300 peserta"
    assert info.name in window.workspace_label.text()
    assert info.device_name in window.device_label.text()
    assert info.officer in window.device_label.text()
    nav = [window.nav.item(row).text() for row in range(window.nav.count())]
    assert nav[:2] == ["Pendaftaran", "Peserta"] and nav[-1] == "Pengaturan"  # the other pages in between
    assert window.nav.count() == window.stack.count()
    assert window.stack.currentWidget() is window.registration_page
    assert window.width() <= 1366 and window.height() <= 768
    assert window.focusWidget() is window.registration_page.form.nik  # ready for the first NIK
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # Ctrl+2: Peserta
    assert window.stack.currentWidget() is window.participants_page
    assert window.focusWidget() is window.participants_page.search  # ready for typing a name
    settings_key = Qt.Key(Qt.Key.Key_1.value + window.stack.indexOf(window.settings_page))
    qtbot.keyClick(window, settings_key, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.settings_page
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.registration_page


def test_typing_part_of_a_name_finds_that_person(qtbot: Any, window: MainWindow) -> None:
    page = window.participants_page
    model = page.model
    assert page.count_label.text() == "300 peserta"
    name = _a_two_word_name(window.repo)
    first, second = name.split()[:2]
    typed = f"{first[:4]} {second[:3]}"

    qtbot.keyClicks(page.search, typed)
    qtbot.waitUntil(lambda: model.query.search == typed, timeout=2000)

    assert 1 <= model.rowCount() < 300
    assert page.count_label.text() == f"{model.rowCount()} ditemukan"
    assert name in _names(model)
    fragments = (first[:4].casefold(), second[:3].casefold())
    for row in range(model.rowCount()):
        # The search covers names, NIK, codes and addresses: every row matches in one of them.
        record = window.repo.get(model.participant_id(row) or "")
        assert record is not None
        text = f"{record['full_name']} {record['address']}".casefold()
        assert all(fragment in text for fragment in fragments), record["full_name"]

    page.search.clear()
    qtbot.waitUntil(lambda: model.query.search == "", timeout=2000)
    assert model.rowCount() == 300
    assert page.count_label.text() == "300 peserta"


def test_search_waits_for_a_pause_in_typing(qtbot: Any, window: MainWindow) -> None:
    page = window.participants_page
    with mock.patch.object(page.model, "set_search", wraps=page.model.set_search) as set_search:
        qtbot.keyClicks(page.search, "sit")
        qtbot.waitUntil(lambda: set_search.call_count == 1, timeout=2000)
    set_search.assert_called_once_with("sit")


def test_sorting_by_name_is_alphabetical(qtbot: Any, window: MainWindow) -> None:
    table = window.participants_page.table
    model = window.participants_page.model
    table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    assert model.query.order_by == "full_name" and not model.query.descending
    names = _names(model)
    assert len(names) == 300
    assert names == sorted(names, key=str.casefold)

    table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    assert _names(model) == sorted(names, key=str.casefold, reverse=True)


def test_dates_are_shown_day_first(window: MainWindow) -> None:
    model = window.participants_page.model
    record = model.record(0)
    assert record is not None
    born = model.index(0, COLUMN_KEYS.index("birth_date")).data()
    year, month, day = record["birth_date"].split("-")
    assert born == f"{day}-{month}-{year}"
    registered = model.index(0, COLUMN_KEYS.index("registered_at")).data()
    assert registered.startswith(f"{record['registered_at'][8:10]}-{record['registered_at'][5:7]}-")
    assert len(registered) == len("28-09-2026 08:15")


class CountingRepository(ParticipantRepository):
    """The real repository, counting the pages the model asks for."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__(workspace)
        self.pages: list[tuple[int, int]] = []

    def page(self, query: ParticipantQuery, offset: int, limit: int) -> list[dict[str, Any]]:
        self.pages.append((offset, limit))
        return super().page(query, offset, limit)


def test_scrolling_to_the_end_reads_only_the_pages_shown(qtbot: Any, big_db: Path) -> None:
    workspace = open_workspace(big_db, passphrase=PASSPHRASE)
    try:
        repo = CountingRepository(workspace)
        page = ParticipantsPage(repo)
        qtbot.addWidget(page)
        page.resize(1200, 700)
        page.show()
        qtbot.waitExposed(page)
        model = page.model
        assert model.rowCount() == 5000
        qtbot.waitUntil(lambda: len(repo.pages) >= 1, timeout=2000)

        page.table.scrollToBottom()
        last_page_offset = (4999 // PAGE_SIZE) * PAGE_SIZE
        qtbot.waitUntil(lambda: (last_page_offset, PAGE_SIZE) in repo.pages, timeout=2000)
        page.table.viewport().repaint()

        assert len(repo.pages) <= 4, repo.pages
        assert all(limit == PAGE_SIZE for _, limit in repo.pages)
        assert len(model.cached_pages()) <= 4
        assert model.index(4999, NAME).data()

        # A new search drops the cache; the first page is read again.
        repo.pages.clear()
        model.set_search("a")
        assert model.cached_pages() == []
        model.index(0, NAME).data()
        assert repo.pages == [(0, PAGE_SIZE)]
        page.close()  # no repaint may read from the database once it is closed
    finally:
        workspace.close()


def test_missing_workspace_opens_the_first_run_setup(qtbot: Any, tmp_path: Path) -> None:
    """No workspace yet: the setup wizard comes (tests/test_ui_setup_and_language.py drives it); closed, exit 0."""
    path = tmp_path / "nothing-here.sqlite"
    from desktop_app.ui import setup_wizard

    with mock.patch.object(setup_wizard, "run_setup", return_value=None) as setup:
        assert app_module.run_gui(path) == 0
    setup.assert_called_once_with(path)
    assert not path.exists()


def test_a_file_that_is_not_a_database_shows_a_message(qtbot: Any, tmp_path: Path) -> None:
    junk = tmp_path / "photo.sqlite"
    junk.write_bytes(b"\xff\xd8\xff\xe0 not a database at all" * 100)
    with mock.patch.object(app_module, "_show_open_error") as show:
        assert app_module.run_gui(junk) == 1
    assert "bukan basis data Pintu" in show.call_args.args[0]


def test_the_status_bar_counts_who_this_laptop_registered_today(window: MainWindow, workspace: Workspace) -> None:
    repo = window.repo
    device = workspace.info.device_id
    today = repo.registered_on(date.today(), device)  # the demo's dates may fall on today
    assert window.today_label.text() == f"Hari ini di laptop ini: {today} terdaftar"
    service = RegistrationService(repo, officer=lambda: "Rina", device_id=device)
    saved = service.register(make_record(4321))
    window.registration_page.saved.emit(saved.participant["id"])  # as a save on the form does
    assert window.today_label.text() == f"Hari ini di laptop ini: {today + 1} terdaftar"
    # Another laptop's registration (after a sync) or one of yesterday is not this laptop's today.
    other = RegistrationService(repo, officer=lambda: "Agus", device_id="another-laptop")
    other.register(make_record(4322))
    service.register(make_record(4323), registered_at=f"{date.today() - timedelta(days=1)}T16:30:00+07:00")
    window.refresh_counts()
    assert window.today_label.text() == f"Hari ini di laptop ini: {today + 1} terdaftar"
    assert window.count_label.text() == "303 peserta"
