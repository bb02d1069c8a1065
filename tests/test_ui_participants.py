"""The participants page: filters, sorting, and the detail dialog (edit, status, quota, withdrawal, history)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from typing import Any
from unittest import mock

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop_app.core.errors import ValidationFailed
from desktop_app.core.phone import format_phone
from desktop_app.core.regions import regions
from desktop_app.core.registration import RegistrationService
from desktop_app.storage.participants import ParticipantQuery, ParticipantRepository
from desktop_app.storage.programs import set_quota
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import participant_dialog
from desktop_app.ui.participant_dialog import ParticipantDialog
from desktop_app.ui.participant_table_model import COLUMN_KEYS
from desktop_app.ui.participants_page import GIVE_WAY, ParticipantsPage
from tests.conftest import make_record

PROGRAMS = ("olahan_makanan", "muslim_fashion", "home_decor", "lukis_kain", "barista")
CATEGORIES = ("phk", "buruh_aktif", "keluarga_buruh", "warga_sekitar", "umum")
LOWOKWARU = "35.73.05"
SECOND_VILLAGE = "35.73.05.1002"  # besides make_record's 35.73.05.1001 (Tunggulwulung)
PEOPLE = 40
NAME = COLUMN_KEYS.index("full_name")


def _extra(i: int) -> dict[str, Any]:
    extra: dict[str, Any] = {"program_code": PROGRAMS[i % 5], "category": CATEGORIES[(i // 5) % 5]}
    if extra["category"] == "phk":
        extra.update(former_employer="PR Sumber Rejeki", phk_date="2025-06-30")
    if i % 10 == 0:
        extra["kelurahan_code"] = SECOND_VILLAGE
    return extra


@pytest.fixture
def people(service: RegistrationService) -> list[str]:
    """40 people over every training and category, two officers, two villages of Lowokwaru, three verified."""
    ids = []
    for i in range(PEOPLE):
        saved = service.register(make_record(i, **_extra(i)), registered_by="Budi" if i % 3 == 0 else None)
        ids.append(saved.participant["id"])
    for participant_id in ids[:3]:
        service.update(participant_id, {"status": "terverifikasi"})
    return ids


@pytest.fixture
def page(qtbot: Any, repo: ParticipantRepository, service: RegistrationService, people: list[str]) -> Iterator[
    ParticipantsPage
]:
    widget = ParticipantsPage(repo, service=service)
    qtbot.addWidget(widget)
    widget.resize(1200, 500)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    if widget.detail_dialog is not None:
        widget.detail_dialog.done(0)
    widget.close()  # before the workspace closes: no repaint or pending check may read a closed database
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def _names(page: ParticipantsPage) -> list[str]:
    return [page.model.index(row, NAME).data() for row in range(page.model.rowCount())]


def _choose(combo: Any, value: str | None) -> None:
    combo.ensure_loaded()  # as opening the list does
    index = combo.findData(value) if value else 0
    assert index >= 0, value
    combo.setCurrentIndex(index)


def _open(qtbot: Any, page: ParticipantsPage, participant_id: str) -> ParticipantDialog:
    dialog = page.open_participant(participant_id)
    assert dialog is not None
    qtbot.waitExposed(dialog)
    return dialog


def _history(dialog: ParticipantDialog) -> list[list[str]]:
    table = dialog.history_table
    return [[table.item(row, column).text() for column in range(4)] for row in range(table.rowCount())]


# --- the list ---------------------------------------------------------------------------------------
def test_each_filter_shows_what_the_repository_counts(page: ParticipantsPage, repo: ParticipantRepository) -> None:
    assert page.model.rowCount() == PEOPLE
    assert page.count_label.text() == "40 peserta"
    assert not page.reset_button.isEnabled()
    cases = [
        (page.program_filter, "barista", ParticipantQuery(program_code="barista")),
        (page.category_filter, "phk", ParticipantQuery(category="phk")),
        (page.status_filter, "terverifikasi", ParticipantQuery(status="terverifikasi")),
        (page.officer_filter, "Budi", ParticipantQuery(officer="Budi")),
    ]
    for combo, value, query in cases:
        _choose(combo, value)
        expected = repo.count(query)
        assert 0 < expected < PEOPLE, value
        assert page.model.rowCount() == expected, value
        assert page.count_label.text() == f"{expected} ditemukan"
        assert page.reset_button.isEnabled()
        assert combo.font().bold()  # an active filter stands out
        _choose(combo, None)
        assert page.model.rowCount() == PEOPLE

    # Filters combine, as the repository's query does.
    _choose(page.program_filter, "barista")
    _choose(page.officer_filter, "Budi")
    assert page.model.rowCount() == repo.count(ParticipantQuery(program_code="barista", officer="Budi"))
    page.reset_filters()
    assert page.model.rowCount() == PEOPLE
    assert page.program_filter.currentIndex() == 0 and page.officer_filter.currentIndex() == 0
    assert page.count_label.text() == "40 peserta"


def test_filter_entries_are_words_with_all_first(page: ParticipantsPage) -> None:
    assert page.program_filter.itemText(0) == "Semua pelatihan"
    assert page.program_filter.findText("Olahan Makanan Lanjutan") > 0
    assert page.category_filter.itemText(0) == "Semua kategori"
    assert page.category_filter.findText("Korban PHK") > 0
    assert page.status_filter.findText("Terverifikasi") > 0
    assert page.officer_filter.count() == 1  # read only when the list opens (a scan of every participant)
    page.officer_filter.showPopup()
    page.officer_filter.hidePopup()
    assert page.officer_filter.findData("Budi") > 0 and page.officer_filter.findData("Rina") > 0
    assert page.kecamatan_filter.findText("Lowokwaru") > 0
    # The list says words too (from the shared vocabulary).
    categories = {page.model.index(row, COLUMN_KEYS.index("category")).data() for row in range(PEOPLE)}
    assert "Warga sekitar pabrik" in categories and "Korban PHK" in categories


def test_kecamatan_then_kelurahan(page: ParticipantsPage, repo: ParticipantRepository) -> None:
    assert not page.kelurahan_filter.isEnabled()
    _choose(page.kecamatan_filter, LOWOKWARU)
    in_kecamatan = repo.count(ParticipantQuery(kecamatan_code=LOWOKWARU))
    assert 0 < in_kecamatan < PEOPLE
    assert page.model.rowCount() == in_kecamatan
    assert page.kelurahan_filter.isEnabled()
    villages = {page.kelurahan_filter.itemData(i) for i in range(1, page.kelurahan_filter.count())}
    assert SECOND_VILLAGE in villages and all(v.startswith(LOWOKWARU + ".") for v in villages)

    _choose(page.kelurahan_filter, SECOND_VILLAGE)
    in_village = repo.count(ParticipantQuery(kecamatan_code=LOWOKWARU, kelurahan_code=SECOND_VILLAGE))
    assert in_village == PEOPLE // 10
    assert page.model.rowCount() == in_village

    # Another kecamatan: its own villages, the old kelurahan choice dropped.
    _choose(page.kecamatan_filter, "35.73.01")
    assert page.model.query.kelurahan_code is None
    assert page.model.rowCount() == repo.count(ParticipantQuery(kecamatan_code="35.73.01"))
    _choose(page.kecamatan_filter, None)
    assert not page.kelurahan_filter.isEnabled()
    assert page.model.rowCount() == PEOPLE


def test_sorting_by_a_header_is_done_by_the_repository(page: ParticipantsPage, repo: ParticipantRepository) -> None:
    _choose(page.category_filter, "phk")
    page.table.sortByColumn(NAME, Qt.SortOrder.AscendingOrder)
    query = page.model.query
    assert query.order_by == "full_name" and not query.descending and query.category == "phk"
    expected = [row["full_name"] for row in repo.page(query, 0, 100)]
    assert _names(page) == expected == sorted(expected, key=str.casefold)
    page.table.sortByColumn(NAME, Qt.SortOrder.DescendingOrder)
    assert _names(page) == list(reversed(expected))


# --- opening a person -------------------------------------------------------------------------------------
def test_a_narrow_list_hides_the_least_needed_columns_instead_of_scrolling_sideways(
    qtbot: Any, page: ParticipantsPage
) -> None:
    """A maximised window on a 1366x768 laptop at 125% scaling leaves the list about 880 pixels."""
    header = page.table.horizontalHeader()

    def hidden() -> list[str]:
        return [key for column, key in enumerate(COLUMN_KEYS) if header.isSectionHidden(column)]

    assert hidden() == []  # 1200 pixels: every column fits
    page.resize(900, 500)
    qtbot.waitUntil(lambda: page.table.viewport().width() < 880, timeout=2000)
    QApplication.processEvents()
    assert page.table.horizontalScrollBar().maximum() == 0  # no sideways scrolling
    assert hidden() and hidden() == [key for key in COLUMN_KEYS if key in GIVE_WAY[: len(hidden())]]
    for key in ("short_code", "full_name", "nik", "gender", "kelurahan_code", "program_code", "status"):
        assert key not in hidden(), key
    assert header.sectionSize(NAME) >= page.table.fontMetrics().horizontalAdvance("Ernawati Ngatiyem")

    # The header's menu shows a column that gave way (scrolling is then the officer's choice) or hides another.
    page.show_column("registered_by", True)
    assert "registered_by" not in hidden()
    page.show_column("nik", False)
    assert "nik" in hidden()
    page.resize(1200, 500)
    qtbot.waitUntil(lambda: page.table.viewport().width() > 1100, timeout=2000)
    assert hidden() == ["nik"]  # room again: only the column the officer hid stays hidden


def test_double_click_enter_and_detail_button_open_the_dialog(qtbot: Any, page: ParticipantsPage) -> None:
    assert not page.detail_button.isEnabled()
    table = page.table
    index = page.model.index(2, NAME)
    where = table.visualRect(index).center()
    qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)  # a double click starts with a press
    qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=where)
    qtbot.waitUntil(lambda: page.detail_dialog is not None and page.detail_dialog.isVisible())
    dialog = page.detail_dialog
    assert dialog is not None
    assert dialog.participant_id == page.model.participant_id(2)
    assert dialog.name_label.text() == index.data()
    assert dialog.tabs.tabText(0) == "Data" and dialog.tabs.tabText(2) == "Riwayat"
    dialog.close_button.click()
    qtbot.waitUntil(lambda: page.detail_dialog is None)

    table.setFocus()
    table.selectRow(5)
    assert page.detail_button.isEnabled()
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.detail_dialog is not None)
    assert page.detail_dialog.participant_id == page.model.participant_id(5)
    page.detail_dialog.reject()
    qtbot.waitUntil(lambda: page.detail_dialog is None)

    page.detail_button.click()
    assert page.detail_dialog is not None
    assert page.detail_dialog.participant_id == page.model.participant_id(5)


def test_open_participant_selects_and_opens(qtbot: Any, page: ParticipantsPage, people: list[str]) -> None:
    target = people[17]
    dialog = _open(qtbot, page, target)
    assert dialog.participant_id == target
    assert page.selected_id() == target
    assert page.open_participant(target) is dialog  # asked again: the same dialog, raised
    assert page.open_participant("no-such-id") is None
    # Someone hidden by a filter still opens (the registration form may point at anyone).
    dialog.reject()
    _choose(page.program_filter, "barista")
    hidden = next(pid for pid, i in zip(people, range(PEOPLE), strict=True) if PROGRAMS[i % 5] != "barista")
    other = _open(qtbot, page, hidden)
    assert other.participant_id == hidden
    assert page.selected_id() is None


def test_data_tab_shows_the_record_in_words(qtbot: Any, page: ParticipantsPage, repo: ParticipantRepository,
                                            people: list[str]) -> None:
    record = repo.get(people[0])
    assert record is not None
    dialog = _open(qtbot, page, people[0])
    values = dialog.values
    assert values["nik"].text() == record["nik"]
    assert values["kelurahan_code"].text() == regions().describe(SECOND_VILLAGE)
    assert values["kelurahan_code"].text().endswith("Kec. Lowokwaru, Kota Malang")
    assert values["phone"].text() == format_phone(record["phone"])
    assert values["phone"].text().startswith("0812-")
    assert values["category"].text() == "Korban PHK"
    assert values["program_code"].text() == "Olahan Makanan Lanjutan"
    assert values["education"].text() == "SLTA/sederajat"
    assert values["former_employer"].text() == "PR Sumber Rejeki"
    assert dialog.status_chip.text() == "Terverifikasi"
    assert dialog.photo_view.text() == "Tanpa foto"
    assert dialog.name_label.font().pointSizeF() > dialog.font().pointSizeF()


# --- editing ----------------------------------------------------------------------------------------------
def test_editing_a_name_saves_it_and_the_history_shows_who_and_what(
    qtbot: Any, page: ParticipantsPage, repo: ParticipantRepository, workspace: Workspace, people: list[str]
) -> None:
    target = people[30]
    old_name = repo.get(target)["full_name"]  # type: ignore[index]
    dialog = _open(qtbot, page, target)
    page.table.verticalScrollBar().setValue(8)
    dialog.edit_button.click()
    assert dialog.editing() and dialog.form is not None
    assert not dialog.tabs.isTabEnabled(dialog.HISTORY_TAB)
    name = dialog.form.full_name
    name.selectAll()
    qtbot.keyClicks(name, "Siti Rahayu Baru")
    qtbot.waitUntil(lambda: dialog.save_button.isEnabled())

    with qtbot.waitSignal(page.changed, timeout=2000):
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)

    assert repo.get(target)["full_name"] == "Siti Rahayu Baru"  # type: ignore[index]
    assert not dialog.editing()
    assert dialog.name_label.text() == "Siti Rahayu Baru"
    assert "disimpan" in dialog.note_label.text()
    when, who, laptop, what = _history(dialog)[0]  # newest first
    assert who == workspace.info.officer == "Rina"
    assert laptop == workspace.info.device_name == "Laptop Petugas 1"
    assert what == f"Nama lengkap: {old_name} → Siti Rahayu Baru"
    assert len(when) == len("28-11-2026 14:05") and when[2] == "-" and when[5] == "-"
    assert _history(dialog)[-1][3].startswith("Didaftarkan")
    # The list read the row again where it was.
    assert page.table.verticalScrollBar().value() == 8
    assert page.selected_id() == target
    assert "Siti Rahayu Baru" in _names(page)


def test_a_refused_save_keeps_the_form_and_says_why(
    qtbot: Any, page: ParticipantsPage, repo: ParticipantRepository, people: list[str]
) -> None:
    target = people[4]
    before = repo.get(target)
    dialog = _open(qtbot, page, target)
    dialog.start_editing()
    assert dialog.form is not None
    dialog.form.address.setText("Jl. Baru No. 1")
    with mock.patch.object(dialog.service, "update", side_effect=ValidationFailed(["phone.invalid"])):
        assert not dialog.save_edits()
    assert dialog.editing()
    assert dialog.form.address.text() == "Jl. Baru No. 1"  # nothing typed is lost
    assert dialog.error_label.isVisible()
    assert dialog.error_label.text() == "Nomor HP tidak benar (contoh: 0812-3456-7890)."
    assert repo.get(target) == before

    # Closing now asks first; "back to the form" keeps everything.
    with mock.patch.object(participant_dialog, "ask", return_value=False) as ask:
        dialog.reject()
    ask.assert_called_once()
    assert dialog.isVisible() and dialog.form.address.text() == "Jl. Baru No. 1"
    dialog.save_edits()
    assert repo.get(target)["address"] == "Jl. Baru No. 1"  # type: ignore[index]


# --- status -----------------------------------------------------------------------------------------------
def test_status_change_to_verified(qtbot: Any, page: ParticipantsPage, repo: ParticipantRepository,
                                   people: list[str]) -> None:
    target = people[10]
    dialog = _open(qtbot, page, target)
    dialog.tabs.setCurrentIndex(dialog.STATUS_TAB)
    assert dialog.status_buttons["terdaftar"].isChecked()
    assert not dialog.status_save_button.isEnabled()
    assert dialog.quota_label.text().startswith("Olahan Makanan Lanjutan: diterima 0 dari kuota 100")
    dialog.status_buttons["terverifikasi"].click()
    assert dialog.status_save_button.isEnabled()
    with qtbot.waitSignal(page.changed, timeout=2000):
        dialog.status_save_button.click()
    assert repo.get(target)["status"] == "terverifikasi"  # type: ignore[index]
    assert dialog.status_chip.text() == "Terverifikasi"
    assert dialog.status_message.text() == "Status diubah: Terdaftar → Terverifikasi."
    assert _history(dialog)[0][3] == "Status: Terdaftar → Terverifikasi"
    assert page.model.index(page.model.row_of(target) or 0, COLUMN_KEYS.index("status")).data() == "Terverifikasi"


def test_accepting_into_a_full_training_is_refused_and_the_waitlist_offered(
    qtbot: Any, page: ParticipantsPage, repo: ParticipantRepository, service: RegistrationService,
    workspace: Workspace, people: list[str]
) -> None:
    barista = [pid for pid, i in zip(people, range(PEOPLE), strict=True) if PROGRAMS[i % 5] == "barista"]
    set_quota(workspace, "barista", 1)
    service.update(barista[0], {"status": "diterima"})
    dialog = _open(qtbot, page, barista[1])
    dialog.tabs.setCurrentIndex(dialog.STATUS_TAB)
    assert dialog.quota_label.text() == "Barista: diterima 1 dari kuota 1 · kuota penuh"
    assert dialog.status_hints["diterima"].text() == "kuota penuh: tidak dapat diterima sekarang"

    dialog.status_buttons["diterima"].click()
    dialog.status_save_button.click()
    assert repo.get(barista[1])["status"] == "terdaftar"  # type: ignore[index]
    assert dialog.status_message.isVisible()
    assert dialog.status_message.text().startswith(
        "Belum dapat diterima: kuota Barista sudah penuh (1 dari 1 tempat terisi)."
    )
    assert "cadangan" in dialog.status_message.text()
    assert dialog.status_buttons["terdaftar"].isChecked()  # the choice goes back to what is saved
    assert dialog.waitlist_button.isVisible() and dialog.waitlist_button.text() == "Jadikan cadangan"

    with qtbot.waitSignal(page.changed, timeout=2000):
        dialog.waitlist_button.click()
    assert repo.get(barista[1])["status"] == "cadangan"  # type: ignore[index]
    assert not dialog.waitlist_button.isVisible()
    assert dialog.status_chip.text() == "Cadangan"


# --- withdrawal -------------------------------------------------------------------------------------------
def _answer_message_box(qtbot: Any, button_text: str, seen: list[list[str]]) -> None:
    """Click a button of the modal message box once it shows, remembering every button's text."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        buttons = box.findChildren(QPushButton)
        seen.append([b.text() for b in buttons])
        next(b for b in buttons if b.text() == button_text).click()

    QTimer.singleShot(0, click)


def test_withdraw_asks_first_and_hides_the_person_unless_show_withdrawn(
    qtbot: Any, page: ParticipantsPage, repo: ParticipantRepository, people: list[str]
) -> None:
    target = people[7]
    name = repo.get(target)["full_name"]  # type: ignore[index]
    dialog = _open(qtbot, page, target)
    dialog.tabs.setCurrentIndex(dialog.STATUS_TAB)
    assert not dialog.withdraw_button.isEnabled()  # a reason first
    dialog.reason_edit.setEditText("Sudah bekerja lagi")
    assert dialog.withdraw_button.isEnabled()

    seen: list[list[str]] = []
    _answer_message_box(qtbot, "Batal", seen)
    assert not dialog.withdraw()
    assert seen == [["Ya, mundurkan", "Batal"]]  # our own words on Qt's buttons
    assert not repo.get(target)["withdrawn_at"]  # type: ignore[index]

    _answer_message_box(qtbot, "Ya, mundurkan", seen)
    with qtbot.waitSignal(page.changed, timeout=2000):
        assert dialog.withdraw()
    record = repo.get(target)
    assert record is not None and record["withdrawn_at"] and record["withdraw_reason"] == "Sudah bekerja lagi"
    assert dialog.status_chip.text() == "Mundur"
    assert dialog.withdrawn_banner.isVisible()
    assert not dialog.edit_button.isEnabled()
    assert not dialog.status_buttons["diterima"].isEnabled()
    assert _history(dialog)[0][3] == "Mengundurkan diri — alasan: Sudah bekerja lagi"

    assert page.model.rowCount() == PEOPLE - 1
    assert name not in _names(page)
    assert page.count_label.text() == "39 peserta"
    page.withdrawn_toggle.setChecked(True)
    assert page.model.rowCount() == PEOPLE
    assert name in _names(page)
    assert page.count_label.text() == "40 ditemukan"
    page.reset_filters()
    assert not page.withdrawn_toggle.isChecked()
    assert page.model.rowCount() == PEOPLE - 1
