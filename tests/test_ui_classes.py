"""Kelas & Jadwal: create a class through the dialog (with its validation messages), put people in
through the picker (capacity, then waitlist, in registration order), edit and cancel a session."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from datetime import date
from typing import Any

import pytest
from PySide6.QtCore import QDate, QEvent, Qt, QTime
from PySide6.QtWidgets import QApplication

from desktop_app.core.registration import RegistrationService
from desktop_app.storage.classes import create_class, list_classes, list_sessions
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import classes_page, i18n
from desktop_app.ui.assign_dialog import AssignDialog
from desktop_app.ui.class_dialog import ClassDialog
from desktop_app.ui.classes_page import MEMBERS_TAB, RESULTS_TAB, SESSIONS_TAB, WAITLIST_TAB, ClassesPage
from desktop_app.ui.session_dialog import SessionDialog
from tests.conftest import make_record

TODAY = date(2026, 11, 30)  # a Monday; the dialog proposes the next one
NEXT_MONDAY = date(2026, 12, 7)


@pytest.fixture
def page(qtbot: Any, workspace: Workspace, tmp_path: Any, monkeypatch: pytest.MonkeyPatch) -> Iterator[ClassesPage]:
    monkeypatch.setenv(i18n.SETTINGS_ENV, str(tmp_path / "pintu.ini"))
    widget = ClassesPage(workspace, today=lambda: TODAY)
    qtbot.addWidget(widget)
    widget.resize(1200, 700)
    widget.show()
    qtbot.waitExposed(widget)
    yield widget
    if widget.dialog is not None:
        widget.dialog.done(0)
    widget.close()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete.value)


def test_create_a_class_through_the_dialog(qtbot: Any, page: ClassesPage, workspace: Workspace) -> None:
    assert page.empty.isVisibleTo(page) and "Belum ada kelas" in page.empty.text()
    dialog = page.open_class_dialog()
    assert isinstance(dialog, ClassDialog) and dialog.isVisible()
    assert dialog.start_date.date() == QDate(2026, 12, 7)  # next Monday, two weeks of weekdays
    assert dialog.plan.text().startswith("10 sesi")
    assert [box.isChecked() for box in dialog.day_boxes] == [True] * 5 + [False] * 2

    dialog.program.setCurrentIndex(dialog.program.findData("barista"))
    assert dialog.capacity.value() == 40  # the training's quota
    assert "Kuota pelatihan Barista: 40 orang" in dialog.quota_note.text()
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)  # no name yet
    assert dialog.isVisible() and dialog.error_texts() == ["Isi nama kelas."]
    assert dialog.errors["class_name"].isVisibleTo(dialog)

    dialog.name.setText("Barista Angkatan 1")
    dialog.end_date.setDate(QDate(2026, 12, 1))  # before the start
    dialog.start_time.setTime(QTime(13, 0))  # after the end
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert set(dialog.error_texts()) == {"Tanggal selesai tidak boleh sebelum tanggal mulai.",
                                         "Jam selesai harus sesudah jam mulai."}
    assert dialog.plan.text() == "Belum ada sesi: periksa tanggal dan hari latihan."

    dialog.end_date.setDate(QDate(2026, 12, 18))
    dialog.start_time.setTime(QTime(8, 0))
    for box in dialog.day_boxes:
        box.setChecked(False)
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    assert dialog.error_texts() == ["Pilih paling sedikit satu hari latihan."]

    for day in (0, 2, 4):  # Monday, Wednesday, Friday
        dialog.day_boxes[day].setChecked(True)
    dialog.place.setText("UPT Pelatihan Kerja")
    dialog.trainer.setText("Hadi Susanto")
    dialog.capacity.setValue(3)
    dialog.threshold.setValue(75)
    assert dialog.plan.text().startswith("6 sesi")
    qtbot.mouseClick(dialog.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)

    stored = list_classes(workspace)
    assert [(k["name"], k["capacity"], k["threshold"], k["sessions"], k["place"], k["trainer"]) for k in stored] == [
        ("Barista Angkatan 1", 3, 75, 6, "UPT Pelatihan Kerja", "Hadi Susanto")]
    assert {date.fromisoformat(s["date"]).weekday() for s in list_sessions(workspace, stored[0]["id"])} == {0, 2, 4}
    assert page.class_id() == stored[0]["id"] and page.class_table.rowCount() == 1
    assert page.notice.text() == "Kelas Barista Angkatan 1 dibuat dengan 6 sesi."
    assert page.session_table.rowCount() == 6 and page.tabs.tabText(SESSIONS_TAB) == "Jadwal (6 sesi)"
    assert page.class_table.item(0, 6).text() == "0 / 3"


def test_cancelling_the_dialog_creates_nothing(qtbot: Any, page: ClassesPage, workspace: Workspace) -> None:
    dialog = page.open_class_dialog()
    dialog.name.setText("Tidak jadi")
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible() and list_classes(workspace) == []


@pytest.fixture
def a_class(workspace: Workspace, page: ClassesPage) -> dict[str, Any]:
    klass = create_class(workspace, program_code="barista", name="Barista Angkatan 1", start=NEXT_MONDAY,
                         end=date(2026, 12, 18), place="UPT Pelatihan Kerja", trainer="Hadi Susanto", capacity=3)
    page.reload(select=klass["id"])
    return klass


def test_assign_people_within_capacity_the_rest_wait(qtbot: Any, page: ClassesPage, workspace: Workspace,
                                                     service: RegistrationService, a_class: dict[str, Any]) -> None:
    people = [service.register(make_record(i)).participant for i in range(6)]
    for person in people[:5]:
        service.update(person["id"], {"status": "terverifikasi"})
    service.register(make_record(9, program_code="home_decor"))  # another training: never offered
    page.tabs.setCurrentIndex(MEMBERS_TAB)
    dialog = page.open_assign_dialog()
    assert isinstance(dialog, AssignDialog)
    # candidates: the five verified people, in registration order; the sixth is only registered
    assert [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())] == [
        p["full_name"] for p in people[:5]]
    assert "Kelas ini: 0 dari 3 tempat terisi, sisa 3" in dialog.quota.text()
    assert "kuota 40, 0 sudah diterima" in dialog.quota.text()
    assert not dialog.assign_button.isEnabled()
    qtbot.mouseClick(dialog.all_button, Qt.MouseButton.LeftButton)
    assert dialog.summary.text() == "5 dipilih: 3 masuk kelas, 2 masuk daftar cadangan (kelas penuh)."
    qtbot.mouseClick(dialog.assign_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)

    assert page.member_table.rowCount() == 3
    assert {page.member_table.item(r, 1).text() for r in range(3)} == {p["full_name"] for p in people[:3]}
    assert page.tabs.currentIndex() == MEMBERS_TAB and page.tabs.tabText(MEMBERS_TAB) == "Anggota (3/3)"
    assert page.capacity_label.text() == "3 dari 3 tempat terisi, sisa 0"
    assert page.notice.text() == "3 peserta masuk kelas. 2 masuk daftar cadangan karena kelas penuh."
    assert [page.waitlist_table.item(r, 1).text() for r in range(page.waitlist_table.rowCount())] == [
        p["full_name"] for p in people[3:5]]
    assert page.tabs.tabText(WAITLIST_TAB) == "Cadangan (2)"
    assert page.class_table.item(0, 6).text() == "3 / 3"

    # the waitlisted stay candidates: when a place frees up they can be put in, first registered first
    again = page.open_assign_dialog()
    assert again is not None
    assert [again.table.item(r, 1).text() for r in range(again.table.rowCount())] == [
        p["full_name"] for p in people[3:5]]
    again.tick([people[4]["id"]])
    assert again.summary.text() == "1 dipilih: 0 masuk kelas, 1 masuk daftar cadangan (kelas penuh)."
    again.reject()


def test_edit_and_cancel_a_session(qtbot: Any, page: ClassesPage, workspace: Workspace, a_class: dict[str, Any],
                                   monkeypatch: pytest.MonkeyPatch) -> None:
    assert page.session_table.rowCount() == 10
    first = list_sessions(workspace, a_class["id"])[0]
    assert page.session_id() == first["id"] and page.edit_session_button.isEnabled()  # the next one is chosen
    page.session_table.selectRow(0)
    dialog = page.open_session_dialog()
    assert isinstance(dialog, SessionDialog)
    dialog.start_time.setTime(QTime(13, 0))
    dialog.end_time.setTime(QTime(12, 0))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.error.text() == "Jam selesai harus sesudah jam mulai."
    dialog.day.setDate(QDate(2026, 12, 8))
    dialog.start_time.setTime(QTime(9, 0))
    dialog.end_time.setTime(QTime(13, 0))
    dialog.note.setText("Dipindah: Senin libur")
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=2000)
    sessions = list_sessions(workspace, a_class["id"])
    moved = [s for s in sessions if s["note"] == "Dipindah: Senin libur"]
    assert [(s["date"], s["start_time"], s["end_time"]) for s in moved] == [("2026-12-08", "09:00", "13:00")]
    assert page.notice.text() == "Sesi diubah."
    rows = [[page.session_table.item(r, c).text() for c in range(6)] for r in range(page.session_table.rowCount())]
    assert ["08-12-2026", "09:00", "13:00", "Dipindah: Senin libur"] in [row[2:] for row in rows]

    asked: list[str] = []
    monkeypatch.setattr(classes_page, "ask", lambda _parent, _title, text, _yes, _no: asked.append(text) or False)
    page.session_table.selectRow(2)
    assert not page.cancel_selected_session()  # "Jangan": nothing changes
    assert len(list_sessions(workspace, a_class["id"])) == 10
    monkeypatch.setattr(classes_page, "ask", lambda *_args: True)
    assert page.cancel_selected_session()
    assert len(list_sessions(workspace, a_class["id"])) == 9
    assert page.session_table.rowCount() == 9 and page.tabs.tabText(SESSIONS_TAB) == "Jadwal (9 sesi)"
    assert "dibatalkan" in page.notice.text() and "Batalkan sesi" in asked[0]


def test_the_results_tab_follows_the_chosen_class(page: ClassesPage, a_class: dict[str, Any]) -> None:
    page.tabs.setCurrentIndex(RESULTS_TAB)
    assert page.tabs.tabText(RESULTS_TAB) == "Rekap kehadiran"
    assert page.results.class_id == a_class["id"]
    assert page.results.session_combo.count() == 10
    assert "0 sesi sudah berjalan" in page.results.class_summary.text()  # the class starts next week
