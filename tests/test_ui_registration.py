"""The registration page on a real workspace: filled by keyboard, refused when wrong, drafts, photos."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication, QMessageBox, QVBoxLayout, QWidget

from desktop_app.core.nik import make_nik
from desktop_app.core.regions import regions
from desktop_app.storage.drafts import load_draft
from desktop_app.storage.driver import sqlite3
from desktop_app.storage.participants import ParticipantQuery, ParticipantRepository
from desktop_app.storage.photos import get_photo
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import camera_dialog, participant_form
from desktop_app.ui.messages import message
from desktop_app.ui.participant_form import ParticipantForm
from desktop_app.ui.registration_page import DRAFT_KEY, RegistrationPage
from tests.conftest import make_record

WAIT = 3000


class Host(QWidget):
    """A window holding the page, sized like a maximised window on a 1366x768 laptop."""

    def __init__(self, workspace: Workspace) -> None:
        super().__init__()
        self.page = RegistrationPage(workspace, self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.page)
        self.resize(1190, 670)


def open_page(qtbot: Any, workspace: Workspace) -> Host:
    host = Host(workspace)
    qtbot.addWidget(host)
    host.show()
    qtbot.waitExposed(host)
    host.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is host, timeout=WAIT)
    return host


@pytest.fixture
def host(qtbot: Any, workspace: Workspace) -> Host:
    return open_page(qtbot, workspace)


@pytest.fixture
def page(host: Host) -> RegistrationPage:
    return host.page


@pytest.fixture
def form(page: RegistrationPage) -> ParticipantForm:
    return page.form


def focused() -> QWidget:
    widget = QApplication.focusWidget()
    assert widget is not None, "nothing has the keyboard focus"
    return widget


def type_text(qtbot: Any, text: str) -> None:
    qtbot.keyClicks(focused(), text)


def press(qtbot: Any, key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(), key, modifier)


def tab(qtbot: Any, times: int = 1) -> None:
    for _ in range(times):
        press(qtbot, Qt.Key.Key_Tab)


def dmy(iso: str) -> str:
    year, month, day = iso.split("-")
    return f"{day}-{month}-{year}"


def village_name(code: str) -> str:
    region = regions().get(code)
    assert region is not None
    return region.name


def shows(label: Any, text: str) -> Callable[[], bool]:
    return lambda: label.isVisible() and label.text() == text


def ready(form: ParticipantForm, record: dict[str, Any]) -> None:
    """Show a record in the form (as a restored draft would) and wait for its check."""
    form.set_record(record)
    form.validate_now()


# --- the whole flow, keyboard only ---------------------------------------------------------------


def test_a_valid_person_typed_by_keyboard_only_is_saved_and_found(
    qtbot: Any, page: RegistrationPage, form: ParticipantForm, repo: ParticipantRepository
) -> None:
    person = make_record(5, full_name="Siti Rahayu", phone="081234567890", address="Jl. Kendalsari Gg. 3 No. 12")
    kelurahan = person["kelurahan_code"]
    kecamatan = regions().kecamatan_of(kelurahan)
    assert kecamatan is not None
    form.focus_first()
    assert focused() is form.nik

    type_text(qtbot, person["nik"])
    # A complete NIK fills the empty birth date and gender at once.
    assert form.birth_date.text() == dmy(person["birth_date"])
    tab(qtbot)  # the "open that record" button is hidden: straight to the KK number
    assert focused() is form.kk_number
    tab(qtbot)
    type_text(qtbot, person["full_name"])
    tab(qtbot)
    type_text(qtbot, person["birth_place"])
    tab(qtbot)
    assert focused() is form.birth_date.edit
    tab(qtbot)
    assert focused() is (form.gender_p if person["gender"] == "P" else form.gender_l)  # the chosen one
    tab(qtbot)
    assert focused() is form.education
    type_text(qtbot, "SLTA")
    tab(qtbot)
    type_text(qtbot, person["phone"])
    tab(qtbot)
    assert focused() is form.photo_file_button
    tab(qtbot, 2)  # past "Kamera…"; "Hapus foto" is hidden without a photo
    assert focused() is form.kecamatan
    type_text(qtbot, kecamatan.name[1:5].lower())  # part of the name is enough when only one matches
    tab(qtbot)
    assert focused() is form.kelurahan
    type_text(qtbot, village_name(kelurahan))
    tab(qtbot)
    type_text(qtbot, person["address"])
    tab(qtbot)
    type_text(qtbot, person["rt"])
    tab(qtbot)
    type_text(qtbot, person["rw"])
    tab(qtbot)
    assert focused() is form.category
    type_text(qtbot, "Warga")
    tab(qtbot)  # employer and PHK date are not asked of a resident
    assert focused() is form.program
    type_text(qtbot, "Barista")
    tab(qtbot, 2)  # past the notes
    assert focused() is form.consent
    press(qtbot, Qt.Key.Key_Space)

    values = form.record()
    assert values["kelurahan_code"] == kelurahan
    assert values["gender"] == person["gender"]
    assert values["education"] == "slta"
    assert values["category"] == "warga_sekitar"
    assert values["program_code"] == "barista"
    assert values["consent"] is True
    with qtbot.waitSignal(page.saved, timeout=WAIT) as saved:
        press(qtbot, Qt.Key.Key_Return)

    participant_id = saved.args[0]
    found = repo.page(ParticipantQuery(search="Siti Rahayu"), 0, 10)
    assert [row["id"] for row in found] == [participant_id]
    stored = repo.get(participant_id)
    assert stored is not None
    assert stored["nik"] == person["nik"]
    assert stored["birth_date"] == person["birth_date"]
    assert stored["phone"] == "+6281234567890"
    assert stored["rt"] == person["rt"].zfill(3)
    assert stored["registered_by"] == "Rina"
    # The code to write on the paper form, large; the form is empty again for the next person.
    assert page.saved_banner.isVisible()
    assert page.saved_code.text() == stored["short_code"]
    assert page.saved_code.font().pointSizeF() >= 2 * page.font().pointSizeF()
    assert not form.has_input()
    assert focused() is form.nik


def test_enter_on_an_incomplete_form_saves_nothing_and_goes_to_the_first_problem(
    qtbot: Any, page: RegistrationPage, form: ParticipantForm, repo: ParticipantRepository
) -> None:
    form.focus_first()
    type_text(qtbot, "Siti")  # into the NIK: letters are refused
    assert form.nik.text() == ""
    form.full_name.setFocus()
    type_text(qtbot, "Siti Rahayu")
    assert not page.save_button.isEnabled()
    assert not page.save_next_button.isEnabled()
    press(qtbot, Qt.Key.Key_Return)
    assert repo.count() == 0
    assert form.message_label("nik").text() == message("nik.required")
    assert form.message_label("consent").text() == message("consent.required")
    assert focused() is form.nik
    assert "NIK" in page.summary.text()


# --- each kind of invalid input ------------------------------------------------------------------

BORN = date(1985, 8, 17)
WOMAN = make_nik("357305", BORN, "P", 12)


def _type_into(attr: str, text: str) -> Callable[[Any, ParticipantForm], None]:
    def act(qtbot: Any, form: ParticipantForm) -> None:
        widget = getattr(form, attr)
        widget = getattr(widget, "edit", widget)
        widget.setFocus()
        qtbot.keyClicks(widget, text)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)

    return act


def _nothing(qtbot: Any, form: ParticipantForm) -> None:
    return None


INVALID = {
    "NIK of 15 digits": (
        {"nik": ""}, _type_into("nik", WOMAN[:15]), "nik.length", "nik",
    ),
    "NIK serial 0000": (
        {"nik": "", "birth_date": "", "gender": ""}, _type_into("nik", make_nik("357305", BORN, "P", 0)),
        "nik.serial", "nik",
    ),
    "NIK and birth date disagree": (
        {"nik": "", "birth_date": "1986-08-17", "gender": "P"}, _type_into("nik", WOMAN),
        "nik.birthdate_mismatch", "birth_date",
    ),
    "phone 084…": (
        {"phone": ""}, _type_into("phone", "0841234567"), "phone.invalid", "phone",
    ),
    "RT 0": (
        {"rt": ""}, _type_into("rt", "0"), "rt.invalid", "rt",
    ),
    "no kelurahan": (
        {"kelurahan_code": ""}, _nothing, "kelurahan_code.required", "kelurahan_code",
    ),
    "consent not ticked": (
        {"consent": False}, _nothing, "consent.required", "consent",
    ),
    "laid off, no employer": (
        {"category": ""}, _type_into("category", "Korban"), "former_employer.required", "former_employer",
    ),
}  # fmt: skip


@pytest.mark.parametrize("case", list(INVALID), ids=list(INVALID))
def test_invalid_input_blocks_saving_and_says_why(
    qtbot: Any, case: str, page: RegistrationPage, form: ParticipantForm, repo: ParticipantRepository
) -> None:
    overrides, act, code, where = INVALID[case]
    base = make_record(1, nik=WOMAN, birth_date=BORN.isoformat(), gender="P")
    ready(form, {**base, **overrides})
    act(qtbot, form)

    qtbot.waitUntil(lambda: code in form.current_errors(), timeout=WAIT)
    assert not page.save_button.isEnabled()
    assert not page.save_next_button.isEnabled()
    form.nik.setFocus()
    press(qtbot, Qt.Key.Key_Return)  # Enter on a form that cannot be saved shows every reason
    assert repo.count() == 0
    label = form.message_label(where)
    qtbot.waitUntil(lambda: message(code) in label.text().split("\n"), timeout=WAIT)
    assert label.isVisible()
    assert label.text() == message(code)
    assert form.errors()
    assert page.save() is None
    assert repo.count() == 0


def test_the_disagreement_is_shown_beside_the_birth_date_with_what_the_nik_says(
    qtbot: Any, form: ParticipantForm
) -> None:
    ready(form, make_record(1, nik="", birth_date="1986-08-17", gender="L"))
    _type_into("nik", WOMAN)(qtbot, form)
    qtbot.waitUntil(shows(form.message_label("birth_date"), message("nik.birthdate_mismatch")), timeout=WAIT)
    assert form.hint_label("birth_date").text() == "Menurut NIK: 17-08-1985."
    assert form.message_label("gender").text() == message("nik.gender_mismatch")
    assert form.hint_label("gender").text() == "Menurut NIK: Perempuan."
    assert form.nik.property("invalid") is True  # the NIK is marked too: either may be the wrong one
    assert form.birth_date.text() == "17-08-1986"  # the officer's own value is never overwritten


def test_a_half_typed_nik_is_not_scolded_until_the_officer_leaves_it(qtbot: Any, form: ParticipantForm) -> None:
    form.focus_first()
    type_text(qtbot, "3573051708")
    assert not form.validate_now()
    assert "nik.length" in form.current_errors()
    assert not form.message_label("nik").isVisible()
    tab(qtbot)
    qtbot.waitUntil(shows(form.message_label("nik"), message("nik.length")), timeout=WAIT)
    assert form.nik.property("invalid") is True


# --- NIK: auto-fill and already registered -------------------------------------------------------


def test_a_complete_nik_fills_an_empty_birth_date_and_gender(qtbot: Any, form: ParticipantForm) -> None:
    form.focus_first()
    type_text(qtbot, WOMAN)
    assert form.birth_date.text() == "17-08-1985"
    assert form.gender_p.isChecked()
    qtbot.waitUntil(shows(form.hint_label("birth_date"), "Diisi dari NIK."), timeout=WAIT)

    # A typo fixed in the NIK moves the date it filled (the officer has not touched it).
    other = make_nik("357305", date(1990, 1, 2), "L", 12)
    form.nik.selectAll()
    type_text(qtbot, other)
    assert form.birth_date.text() == "02-01-1990"
    assert form.gender_l.isChecked()

    # A date the officer typed stays, and the disagreement is shown instead.
    form.birth_date.edit.setFocus()
    form.birth_date.edit.selectAll()
    type_text(qtbot, "03-01-1990")
    form.nik.setFocus()
    form.nik.selectAll()
    type_text(qtbot, WOMAN)
    assert form.birth_date.text() == "03-01-1990"
    qtbot.waitUntil(shows(form.message_label("birth_date"), message("nik.birthdate_mismatch")), timeout=WAIT)


def test_nik_field_takes_digits_only_ignores_spaces_and_stops_at_16(qtbot: Any, form: ParticipantForm) -> None:
    form.focus_first()
    type_text(qtbot, "3573 05a5.70-8")
    assert form.nik.text() == "357305570" + "8"
    type_text(qtbot, "85001299999")
    assert form.nik.text() == "3573055708850012"
    form.rt.setFocus()
    type_text(qtbot, "12x34")
    assert form.rt.text() == "123"


def test_an_already_registered_nik_is_caught_before_saving(
    qtbot: Any, page: RegistrationPage, form: ParticipantForm, repo: ParticipantRepository
) -> None:
    first = page.service.register(make_record(7, full_name="Budi Santoso")).participant
    ready(form, make_record(8, nik=""))
    form.nik.setFocus()
    type_text(qtbot, first["nik"])

    qtbot.waitUntil(form.existing_box.isVisible, timeout=WAIT)
    assert form.message_label("nik").text() == message("nik.duplicate")
    assert "Budi Santoso" in form.existing_label.text()
    assert first["short_code"] in form.existing_label.text()
    assert form.open_existing.text() == "Buka data peserta ini"
    assert "nik.duplicate" in form.errors()
    assert not page.save_button.isEnabled()

    with qtbot.waitSignal(page.openParticipantRequested, timeout=WAIT) as opened:
        form.open_existing.click()
    assert opened.args == [first["id"]]
    press(qtbot, Qt.Key.Key_Return)
    assert repo.count() == 1


def test_a_duplicate_registered_meanwhile_is_refused_with_a_way_to_that_record(
    qtbot: Any, page: RegistrationPage, form: ParticipantForm, repo: ParticipantRepository
) -> None:
    record = make_record(9)
    ready(form, record)
    other = page.service.register({**record, "full_name": "Orang Lain"}).participant  # another window, say
    with mock.patch.object(form, "validate_now", return_value=True):  # the form's check ran before it
        assert page.save() is None
    assert page.error_banner.isVisible()
    assert page.error_label.text().startswith(message("nik.duplicate"))
    with qtbot.waitSignal(page.openParticipantRequested, timeout=WAIT) as opened:
        page.error_open.click()
    assert opened.args == [other["id"]]
    assert form.record()["full_name"] == record["full_name"]  # nothing typed is lost
    assert repo.count() == 1


def test_same_name_and_birth_date_is_saved_with_a_warning_and_a_way_to_the_other(
    qtbot: Any, page: RegistrationPage, form: ParticipantForm
) -> None:
    first = page.service.register(make_record(11, full_name="Sri Wahyuni")).participant
    born = date.fromisoformat(first["birth_date"])
    ready(form, make_record(12, full_name="Sri Wahyuni", birth_date=first["birth_date"], gender=first["gender"],
                            nik=make_nik("357301", born, first["gender"], 4321)))
    assert message("duplicate.name_birth") in form.hint_label("full_name").text()
    with qtbot.waitSignal(page.saved, timeout=WAIT):
        page.save()
    buttons = [b for b in page.saved_banner.findChildren(QWidget) if b.objectName() == "openWarning"]
    assert len(buttons) == 1
    with qtbot.waitSignal(page.openParticipantRequested, timeout=WAIT) as opened:
        buttons[0].click()
    assert opened.args == [first["id"]]


# --- save & next, clear, failures ----------------------------------------------------------------


def test_save_and_next_keeps_the_kelurahan_rt_rw_and_training(
    qtbot: Any, page: RegistrationPage, form: ParticipantForm, repo: ParticipantRepository
) -> None:
    record = make_record(2, program_code="lukis_kain")
    ready(form, record)
    kecamatan_text = form.kecamatan.currentText()
    form.full_name.setFocus()
    with qtbot.waitSignal(page.saved, timeout=WAIT) as saved:
        press(qtbot, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert repo.get(saved.args[0]) is not None

    after = form.record()
    assert after["kelurahan_code"] == record["kelurahan_code"]
    assert form.kecamatan.currentText() == kecamatan_text
    assert (after["rt"], after["rw"]) == (record["rt"], record["rw"])
    assert after["program_code"] == "lukis_kain"
    for name in ("nik", "full_name", "birth_date", "gender", "address", "phone", "category", "education"):
        assert after[name] == "", name
    assert after["consent"] is False
    assert focused() is form.nik
    assert not form.message_label("nik").isVisible()  # the next person starts without red text

    # Plain "Simpan" empties everything.
    ready(form, make_record(3))
    with qtbot.waitSignal(page.saved, timeout=WAIT):
        page.save_button.click()
    assert not form.has_input()


def test_a_failing_disk_is_reported_on_the_page_and_the_form_is_kept(
    qtbot: Any, page: RegistrationPage, form: ParticipantForm, repo: ParticipantRepository
) -> None:
    record = make_record(4)
    ready(form, record)
    typed = form.record()
    with mock.patch.object(page.service, "register", side_effect=sqlite3.OperationalError("database or disk is full")):
        assert page.save() is None
    assert page.error_banner.isVisible()
    assert page.error_label.text() == message("disk.full_or_readonly")
    assert form.record() == typed
    assert repo.count() == 0
    with mock.patch.object(page.service, "register", side_effect=sqlite3.OperationalError("database is locked")):
        page.save()
    assert "Tunggu sebentar" in page.error_label.text()
    with qtbot.waitSignal(page.saved, timeout=WAIT):
        page.save()  # the disk is back: the same form saves
    assert not page.error_banner.isVisible()
    assert repo.count() == 1


def _answer_question(button_text: str) -> None:
    box = QApplication.activeModalWidget()
    assert isinstance(box, QMessageBox)
    assert {b.text() for b in box.buttons()} == {"Kosongkan", "Batal"}
    next(b for b in box.buttons() if b.text() == button_text).click()


def test_clearing_a_typed_form_asks_first(qtbot: Any, page: RegistrationPage, form: ParticipantForm) -> None:
    form.full_name.setFocus()
    type_text(qtbot, "Siti")
    QTimer.singleShot(0, lambda: _answer_question("Batal"))
    assert page.clear_form() is False
    assert form.record()["full_name"] == "Siti"
    QTimer.singleShot(0, lambda: _answer_question("Kosongkan"))
    page.clear_button.click()
    assert not form.has_input()
    assert page.clear_form() is True  # an empty form is emptied without a question


# --- draft ---------------------------------------------------------------------------------------


def test_the_draft_survives_the_window_being_destroyed(qtbot: Any, workspace: Workspace) -> None:
    host = open_page(qtbot, workspace)
    form = host.page.form
    form.focus_first()
    type_text(qtbot, WOMAN)
    tab(qtbot, 2)
    type_text(qtbot, "Dewi Lestari")
    qtbot.waitUntil(lambda: (load_draft(workspace, DRAFT_KEY) or {}).get("full_name") == "Dewi Lestari", timeout=WAIT)
    with qtbot.waitSignal(host.destroyed, timeout=WAIT):
        host.close()
        host.deleteLater()

    again = open_page(qtbot, workspace)
    restored = again.page.form.record()
    assert restored["full_name"] == "Dewi Lestari"
    assert restored["nik"] == WOMAN
    assert restored["birth_date"] == "17-08-1985"
    assert restored["gender"] == "P"
    assert again.page.draft_note.isVisible()
    assert again.page.draft_note.text() == "Draf yang belum disimpan dipulihkan."

    ready(again.page.form, {**make_record(1), "full_name": "Dewi Lestari", "nik": WOMAN,
                            "birth_date": "1985-08-17", "gender": "P"})
    with qtbot.waitSignal(again.page.saved, timeout=WAIT):
        again.page.save()
    assert load_draft(workspace, DRAFT_KEY) is None
    assert not again.page.draft_note.isVisible()


def test_closing_right_after_typing_still_keeps_the_draft(qtbot: Any, workspace: Workspace) -> None:
    host = open_page(qtbot, workspace)
    host.page.form.full_name.setFocus()
    type_text(qtbot, "Tanpa Jeda")
    host.close()  # within the draft delay
    assert (load_draft(workspace, DRAFT_KEY) or {}).get("full_name") == "Tanpa Jeda"


# --- photo ---------------------------------------------------------------------------------------


def test_no_camera_says_so_and_carries_on(qtbot: Any, form: ParticipantForm) -> None:
    with mock.patch.object(camera_dialog, "available_cameras", return_value=[]):
        form.photo_camera_button.click()
    assert form.hint_label("photo").isVisible()
    assert form.hint_label("photo").text() == (
        "Tidak ada kamera di laptop ini. Pilih foto dari berkas, atau lanjutkan tanpa foto."
    )
    assert form.record()["photo"] == ""


def test_without_qtmultimedia_the_camera_button_says_so_too(qtbot: Any, form: ParticipantForm) -> None:
    with mock.patch.object(camera_dialog, "_multimedia", side_effect=ImportError("no QtMultimedia")):
        assert camera_dialog.available_cameras() == []
        form.photo_camera_button.click()
    assert form.hint_label("photo").text() == camera_dialog.no_camera_text()


def test_a_chosen_photo_file_is_made_small_and_saved_with_the_person(
    qtbot: Any, tmp_path: Path, page: RegistrationPage, form: ParticipantForm, workspace: Workspace,
    repo: ParticipantRepository,
) -> None:
    picture = QImage(1200, 900, QImage.Format.Format_ARGB32)
    picture.fill(QColor("#3b7dd8"))
    path = tmp_path / "foto peserta.png"
    assert picture.save(str(path))
    ready(form, make_record(6))
    with mock.patch.object(participant_form.QFileDialog, "getOpenFileName", return_value=(str(path), "")) as ask:
        form.photo_file_button.click()
    ask.assert_called_once()
    photo_id = form.record()["photo"]
    assert photo_id
    assert form.photo_remove_button.isVisible()
    stored = get_photo(workspace, photo_id)
    assert stored is not None
    data, mime = stored
    assert mime == "image/jpeg"
    small = QImage.fromData(data)
    assert (small.width(), small.height()) == (480, 360)

    with qtbot.waitSignal(page.saved, timeout=WAIT) as saved:
        page.save()
    participant = repo.get(saved.args[0])
    assert participant is not None
    assert participant["photo"] == photo_id


def test_a_file_that_is_no_picture_is_refused_in_words(qtbot: Any, tmp_path: Path, form: ParticipantForm) -> None:
    path = tmp_path / "bukan-foto.png"
    path.write_bytes(b"this is not a picture")
    with mock.patch.object(participant_form.QFileDialog, "getOpenFileName", return_value=(str(path), "")):
        form.photo_file_button.click()
    assert form.message_label("photo").text() == message("photo.unreadable")
    assert form.record()["photo"] == ""


# --- the other pickers ---------------------------------------------------------------------------


def test_kecamatan_list_starts_with_kota_malang_and_filters_as_typed(qtbot: Any, form: ParticipantForm) -> None:
    combo = form.kecamatan
    codes = [combo.itemData(i) for i in range(combo.count()) if combo.itemData(i)]
    cities = [code[:5] for code in codes]
    assert cities == sorted(cities, key=("35.73", "35.07", "35.79").index)
    assert cities[0] == "35.73"
    assert combo.isEditable()
    assert combo.completer().filterMode() == Qt.MatchFlag.MatchContains

    combo.setFocus()
    type_text(qtbot, "WOKWA")  # part of a name, any case
    assert combo.completer().completionCount() >= 1
    form.kelurahan.setFocus()  # leaving takes the only match
    qtbot.waitUntil(lambda: combo.currentText() == "Lowokwaru (Kota Malang)", timeout=WAIT)
    villages = [form.kelurahan.itemData(i) for i in range(form.kelurahan.count())]
    assert villages and all(code.startswith("35.73.05.") for code in villages)
    type_text(qtbot, village_name(villages[0]))
    form.address.setFocus()
    assert form.record()["kelurahan_code"] == villages[0]
    qtbot.waitUntil(lambda: form.hint_label("kelurahan_code").text().endswith("Kota Malang"), timeout=WAIT)

    combo.setFocus()
    combo.lineEdit().selectAll()
    type_text(qtbot, "Tidak Ada")
    form.address.setFocus()
    qtbot.waitUntil(shows(form.message_label("kecamatan"), "Pilih kecamatan dari daftar."), timeout=WAIT)


def test_the_phone_number_is_shown_as_it_will_be_read(qtbot: Any, form: ParticipantForm) -> None:
    form.phone.setFocus()
    type_text(qtbot, "+62 812 3456 7890")
    qtbot.waitUntil(shows(form.hint_label("phone"), "Dibaca sebagai 0812-3456-7890"), timeout=WAIT)
    tab(qtbot)
    assert form.phone.text() == "0812-3456-7890"


def test_employer_and_phk_date_appear_only_for_laid_off_workers(qtbot: Any, form: ParticipantForm) -> None:
    assert not form.former_employer.isVisible()
    assert not form.phk_date.isVisible()
    form.category.setFocus()
    type_text(qtbot, "Korban")
    assert form.category.currentData() == "phk"
    assert form.former_employer.isVisible() and form.former_employer.isEnabled()
    assert form.phk_date.isVisible()
    tab(qtbot)
    assert focused() is form.former_employer
    assert "*" in form._rows["former_employer"].label.text()


def test_trainings_show_quota_and_counts(qtbot: Any, page: RegistrationPage, form: ParticipantForm) -> None:
    texts = [form.program.itemText(i) for i in range(form.program.count())]
    assert form.program.itemData(0) is None  # nothing is chosen by accident
    assert "Barista — kuota 40, sudah mendaftar 0, diterima 0" in texts
    ready(form, make_record(13))
    with qtbot.waitSignal(page.saved, timeout=WAIT):
        page.save()
    texts = [form.program.itemText(i) for i in range(form.program.count())]
    assert "Barista — kuota 40, sudah mendaftar 1, diterima 0" in texts


def test_dates_stay_empty_until_typed_or_picked(qtbot: Any, form: ParticipantForm) -> None:
    assert form.record()["birth_date"] == ""
    assert form.record()["phk_date"] == ""
    form.birth_date.edit.setFocus()
    type_text(qtbot, "17081985")  # eight digits become a date
    assert form.birth_date.text() == "17-08-1985"
    form.birth_date.edit.clear()
    form.birth_date._picked(QDate(1990, 2, 3))  # what the calendar does on a click
    assert form.record()["birth_date"] == "03-02-1990"


def test_the_form_fits_a_1366x768_laptop(host: Host, form: ParticipantForm) -> None:
    content = form.scroll_area.widget()
    assert content.width() <= form.scroll_area.viewport().width()  # no sideways scrolling
    for row in form._rows.values():
        for widget in row.inputs:
            if widget.isVisible():
                assert widget.width() >= 40, row.name
                assert row.label.isHidden() or row.label.width() >= row.label.minimumSizeHint().width(), row.name


def test_typing_does_not_use_up_references_to_true(qtbot: Any, form: ParticipantForm) -> None:
    """PySide6 6.12.0's emit() dropped a reference to True each time (the project pins PySide6 < 6.12).

    With that bug, a few thousand keystrokes (a morning of door-to-door registering) abort CPython < 3.12.
    """
    import sys

    form.full_name.setFocus()
    before = sys.getrefcount(True)
    for _ in range(20):
        type_text(qtbot, "Siti Rahayu ")
        form.full_name.clear()
        form.validate_now()
    assert sys.getrefcount(True) >= before - 50  # about 500 emits happened


def test_a_language_change_keeps_what_was_typed(qtbot: Any, page: RegistrationPage, form: ParticipantForm) -> None:
    from PySide6.QtCore import QCoreApplication, QEvent

    record = make_record(14)
    ready(form, record)
    typed = form.record()
    QCoreApplication.sendEvent(form, QEvent(QEvent.Type.LanguageChange))
    QCoreApplication.sendEvent(page, QEvent(QEvent.Type.LanguageChange))
    assert form.record() == typed
    assert form.kecamatan_code() == record["kelurahan_code"][:8]
    assert page.save_button.text() == "Simpan"
    assert page.save_next_button.text() == "Simpan && baru"  # shown as "Simpan & baru"
