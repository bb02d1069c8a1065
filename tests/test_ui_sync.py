"""The Sinkronisasi page with real workspaces: export, preview and import, the sync folder, bad files."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import threading
from collections.abc import Callable, Iterator
from datetime import date
from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.storage.workspace import Workspace, create_workspace
from desktop_app.sync.exchange import export_bundle
from desktop_app.ui import i18n, sync_page
from desktop_app.ui.messages import message
from desktop_app.ui.sync_page import PassphraseDialog, SyncPage
from tests.conftest import make_record
from tests.sync_helpers import PASSPHRASE, coordinator, join, service, shared_state, whole_database


@pytest.fixture(autouse=True)
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The remembered sync folder goes to a temporary preferences file."""
    path = tmp_path / "pintu.ini"
    monkeypatch.setenv(i18n.SETTINGS_ENV, str(path))
    return path


@pytest.fixture
def laptops(tmp_path: Path) -> Iterator[tuple[Workspace, Workspace]]:
    office = coordinator(tmp_path)
    service(office).register(make_record(1, full_name="Siti Rahayu"))
    field = join(office, tmp_path, "Laptop Petugas 2")
    yield office, field
    office.close()
    field.close()


def make_page(qtbot: Any, workspace: Workspace) -> SyncPage:
    page = SyncPage(workspace)
    qtbot.addWidget(page)
    page.resize(1100, 640)
    page.show()
    qtbot.waitExposed(page)
    return page


def answer_passphrase(*answers: str, seen: dict[str, Any] | None = None) -> None:
    """Type each answer into the passphrase dialog when it opens; after the last, cancel if still open.

    `seen` collects what the dialog showed: its mode and the error after each wrong answer.
    """
    record = seen if seen is not None else {}
    record.setdefault("errors", [])
    pending = list(answers)

    def step() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PassphraseDialog):
            QTimer.singleShot(10, step)
            return
        record["creating"] = dialog.creating
        if not pending:
            dialog.cancel_button.click()
            return
        typed = pending.pop(0)
        dialog.field.setText(typed)
        if dialog.creating:
            dialog.repeat.setText(record.get("repeat", typed))
        dialog.ok_button.click()
        if dialog.isVisible():
            record["errors"].append(dialog.error.text() if dialog.error.isVisible() else "")
            QTimer.singleShot(0, step)

    QTimer.singleShot(0, step)


def finish(qtbot: Any, page: SyncPage, start: Callable[[], Any]) -> Any:
    """Start a page action and wait until its background work has ended."""
    task = start()
    assert task is not None
    qtbot.waitUntil(lambda: page.task is None, timeout=20_000)
    return task


def people(workspace: Workspace) -> list[str]:
    return sorted(r[0] for r in workspace.db.execute("SELECT full_name FROM participants"))


def test_export_on_one_laptop_preview_and_import_on_the_other(
    qtbot: Any, laptops: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    office, field = laptops
    for i in (2, 3, 4):
        service(field).register(make_record(i))
    field_page = make_page(qtbot, field)
    assert "perubahan belum dikirim" in field_page.unsent_label.text()

    bundle = tmp_path / "usb" / "kiriman.pintu"
    bundle.parent.mkdir()
    answer_passphrase(PASSPHRASE)
    with mock.patch.object(sync_page.QFileDialog, "getSaveFileName", return_value=(str(bundle), "")) as save:
        finish(qtbot, field_page, field_page.export_file)
    suggested = Path(save.call_args.args[2]).name
    assert suggested == f"pintu-laptop-petugas-2-{date.today().isoformat()}.pintu"  # no personal data in it
    assert bundle.exists()
    assert str(bundle) in field_page.report_label.text()
    assert not field_page.error_label.isVisible()
    assert field_page.unsent_label.text() == "Semua perubahan sudah dikirim"
    assert field_page.passphrase_row.isVisible()  # remembered for this session

    office_page = make_page(qtbot, office)
    changed: list[bool] = []
    office_page.dataChanged.connect(lambda: changed.append(True))
    before = whole_database(office)
    answer_passphrase(PASSPHRASE)
    with mock.patch.object(sync_page.QFileDialog, "getOpenFileName", return_value=(str(bundle), "")):
        finish(qtbot, office_page, office_page.import_file)
    # The preview: what would come in, and nothing changed yet.
    assert office_page.preview_box.isVisible()
    counts = {key: label.text() for key, label in office_page.preview_counts.items()}
    assert counts == {"new_people": "3", "updated_people": "0", "attendance": "0", "conflicts": "0",
                      "duplicates": "0"}
    assert "Laptop Petugas 2" in office_page.preview_source.text()
    assert whole_database(office) == before and not changed

    finish(qtbot, office_page, office_page.apply_import)
    assert not office_page.preview_box.isVisible()
    assert "Orang baru: 3" in office_page.report_label.text()
    assert people(office) == people(field)
    assert changed == [True]
    assert office_page.results_heading.text() == "Berkas diterapkan"
    assert office.path is not None  # the state before the import was backed up first, encrypted
    assert len(list((office.path.parent / "backups").glob("pintu-before-import-*.sqlite"))) == 1


def test_the_passphrase_is_asked_once_per_session_and_never_stored(
    qtbot: Any, laptops: tuple[Workspace, Workspace], tmp_path: Path, settings_file: Path
) -> None:
    _office, field = laptops
    page = make_page(qtbot, field)
    folder = tmp_path / "usb"
    folder.mkdir()
    seen: dict[str, Any] = {}
    answer_passphrase(PASSPHRASE, seen=seen)
    with mock.patch.object(sync_page.QFileDialog, "getExistingDirectory", return_value=str(folder)):
        finish(qtbot, page, page.sync_now)  # no folder yet: chosen first, then remembered
    assert seen["creating"] is False and seen["errors"] == []
    assert page.folder_field.text() == str(folder)
    with mock.patch.object(PassphraseDialog, "exec", side_effect=AssertionError("asked again")):
        finish(qtbot, page, page.sync_now)
    assert "Berkas laptop ini sudah ditulis ke folder" in page.report_label.text()
    assert PASSPHRASE not in settings_file.read_text(encoding="utf-8")
    assert str(folder) in settings_file.read_text(encoding="utf-8") or folder.as_posix() in settings_file.read_text(
        encoding="utf-8")

    page.forget_button.click()
    assert not page.passphrase_row.isVisible()
    answer_passphrase()  # asked again, and cancelled: nothing runs
    assert page.sync_now() is None


def test_sync_folder_button_with_three_laptops_converges(qtbot: Any, tmp_path: Path) -> None:
    office = coordinator(tmp_path)
    laptops = [office, join(office, tmp_path, "Laptop 2"), join(office, tmp_path, "Laptop 3")]
    try:
        for n, laptop in enumerate(laptops):
            service(laptop).register(make_record(10 + n))
        folder = tmp_path / "flashdisk"
        folder.mkdir()
        store = i18n.settings()
        store.setValue(sync_page.FOLDER_KEY, str(folder))
        store.sync()
        pages = [make_page(qtbot, laptop) for laptop in laptops]
        for page in pages:
            page._passphrase = PASSPHRASE  # typed earlier in this session
        for index in (2, 0, 1, 2, 0):
            finish(qtbot, pages[index], pages[index].sync_now)
            assert not pages[index].error_label.isVisible(), pages[index].error_label.text()
        states = [shared_state(laptop) for laptop in laptops]
        assert states[0] == states[1] == states[2]
        assert len(states[0]["participants"]) == 3
        report = pages[0].report_label.text()
        assert "Berkas laptop lain diimpor: 2" in report and "Laptop 2" in report and "Laptop 3" in report
        assert "Berkas laptop ini sudah ditulis ke folder" in report
    finally:
        for laptop in laptops:
            laptop.close()


def test_a_broken_file_in_the_folder_is_named_and_the_rest_still_syncs(
    qtbot: Any, laptops: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    office, field = laptops
    service(field).register(make_record(7, full_name="Agus Setiawan"))
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    export_bundle(field, folder / f"pintu-{field.info.device_id}.pintu", PASSPHRASE)
    (folder / "pintu-rusak.pintu").write_bytes(b"PINTU-BUNDLE\n\x00\x00")
    store = i18n.settings()
    store.setValue(sync_page.FOLDER_KEY, str(folder))
    store.sync()
    page = make_page(qtbot, office)
    page._passphrase = PASSPHRASE
    finish(qtbot, page, page.sync_now)
    report = page.report_label.text()
    assert "Berkas yang tidak dapat diimpor" in report and "pintu-rusak.pintu" in report
    assert message("bundle.truncated").split(" (")[0] in report
    assert "Agus Setiawan" in people(office)


def test_a_wrong_passphrase_is_told_at_once_and_nothing_changes(
    qtbot: Any, laptops: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    office, field = laptops
    export_bundle(field, tmp_path / "f.pintu", PASSPHRASE)
    page = make_page(qtbot, office)
    before = whole_database(office)
    seen: dict[str, Any] = {}
    answer_passphrase("bukan-kata-sandinya", seen=seen)  # wrong, then the dialog is cancelled
    with mock.patch.object(sync_page.QFileDialog, "getOpenFileName") as choose:
        assert page.import_file() is None
    assert seen["errors"] == [message("passphrase.wrong")] == ["Kata sandi salah. Tidak ada yang diubah."]
    choose.assert_not_called()  # told before anything else happened
    assert page._passphrase is None
    assert whole_database(office) == before


def test_a_wrong_passphrase_inside_the_work_is_a_message_too(
    qtbot: Any, laptops: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    office, _field = laptops
    folder = tmp_path / "usb"
    folder.mkdir()
    store = i18n.settings()
    store.setValue(sync_page.FOLDER_KEY, str(folder))
    store.sync()
    page = make_page(qtbot, office)
    page._passphrase = "kata-sandi-lain"
    before = whole_database(office)
    finish(qtbot, page, page.sync_now)
    assert page.error_label.isVisible() and page.error_label.text() == message("passphrase.wrong")
    assert "Traceback" not in page.error_label.text()
    assert page._passphrase is None  # asked again next time
    assert list(folder.iterdir()) == []  # nothing written
    assert whole_database(office) == before


@pytest.mark.parametrize("bad", ["other_workspace", "truncated", "not_a_bundle", "missing"])
def test_bad_files_get_a_clear_message_and_change_nothing(
    qtbot: Any, laptops: tuple[Workspace, Workspace], tmp_path: Path, bad: str
) -> None:
    office, field = laptops
    path = tmp_path / "kiriman.pintu"
    if bad == "other_workspace":
        other = create_workspace(tmp_path / "lain.sqlite", name="Pelatihan Lain", device_name="Laptop X",
                                 officer="X", passphrase=PASSPHRASE)
        export_bundle(other, path, PASSPHRASE)
        other.close()
        expected = message("bundle.other_workspace")
    elif bad == "truncated":
        export_bundle(field, path, PASSPHRASE)
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 2])  # a USB stick pulled while copying
        expected = message("bundle.truncated")
    elif bad == "not_a_bundle":
        path.write_bytes(b"\x89PNG\r\n\x1a\n not a bundle at all")
        expected = message("bundle.not_a_bundle")
    else:
        expected = message("file.not_found")  # the stick was pulled after choosing
    page = make_page(qtbot, office)
    page._passphrase = PASSPHRASE
    before = whole_database(office)
    with mock.patch.object(sync_page.QFileDialog, "getOpenFileName", return_value=(str(path), "")):
        finish(qtbot, page, page.import_file)
    assert page.error_label.isVisible()
    assert page.error_label.text().startswith(expected)
    if bad == "other_workspace":
        assert "Pelatihan Lain" in page.error_label.text()
    assert "Traceback" not in page.error_label.text()
    assert not page.preview_box.isVisible()
    assert whole_database(office) == before


def test_export_to_a_folder_that_is_gone(qtbot: Any, laptops: tuple[Workspace, Workspace], tmp_path: Path) -> None:
    _office, field = laptops
    page = make_page(qtbot, field)
    page._passphrase = PASSPHRASE
    gone = tmp_path / "flashdisk-dicabut" / "kiriman.pintu"
    with mock.patch.object(sync_page.QFileDialog, "getSaveFileName", return_value=(str(gone), "")):
        finish(qtbot, page, page.export_file)
    assert page.error_label.text().startswith(message("file.folder_missing"))
    assert not gone.parent.exists()


def test_preview_discarded_changes_nothing(qtbot: Any, laptops: tuple[Workspace, Workspace], tmp_path: Path) -> None:
    office, field = laptops
    service(field).register(make_record(5))
    export_bundle(field, tmp_path / "f.pintu", PASSPHRASE)
    page = make_page(qtbot, office)
    page._passphrase = PASSPHRASE
    before = whole_database(office)
    finish(qtbot, page, lambda: page.import_file(tmp_path / "f.pintu"))
    assert page.preview_counts["new_people"].text() == "1"
    page.discard_button.click()
    assert not page.preview_box.isVisible() and page.apply_import() is None
    assert "Tidak ada yang diubah" in page.report_label.text()
    assert whole_database(office) == before


def test_cancelling_a_sync_stops_before_the_next_file(
    qtbot: Any, laptops: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    office, field = laptops
    service(field).register(make_record(8))
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    export_bundle(field, folder / f"pintu-{field.info.device_id}.pintu", PASSPHRASE)
    store = i18n.settings()
    store.setValue(sync_page.FOLDER_KEY, str(folder))
    store.sync()
    page = make_page(qtbot, office)
    page._passphrase = PASSPHRASE
    before = whole_database(office)
    gate = threading.Event()
    real = sync_page.sync_folder

    def held(*args: Any) -> Any:
        gate.wait(10)  # the user presses "Batal" before the first file
        return real(*args)

    with mock.patch.object(sync_page, "sync_folder", side_effect=held):
        task = page.sync_now()
        assert task is not None and page.progress.isVisible() and page.progress.cancel_button.isVisible()
        assert not page.sync_button.isEnabled()  # one exchange at a time
        page.progress.cancel_button.click()
        gate.set()
        qtbot.waitUntil(lambda: page.task is None, timeout=20_000)
    assert task.outcome == "cancelled"
    assert page.results_heading.text() == "Dibatalkan"
    assert whole_database(office) == before
    assert sorted(p.name for p in folder.iterdir()) == [f"pintu-{field.info.device_id}.pintu"]  # ours not written
    assert page.sync_button.isEnabled()


def test_after_a_sync_the_window_counts_and_list_are_fresh(
    qtbot: Any, laptops: tuple[Workspace, Workspace], tmp_path: Path
) -> None:
    from desktop_app.ui.main_window import MainWindow

    office, field = laptops
    for i in (2, 3):
        service(field).register(make_record(i))
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    export_bundle(field, folder / f"pintu-{field.info.device_id}.pintu", PASSPHRASE)
    store = i18n.settings()
    store.setValue(sync_page.FOLDER_KEY, str(folder))
    store.sync()
    window = MainWindow(office)
    qtbot.addWidget(window)
    window.show()
    window.show_page(window.stack.indexOf(window.sync_page))
    assert window.nav.currentItem().text() == "Sinkronisasi"
    assert window.count_label.text() == "1 peserta"
    window.sync_page._passphrase = PASSPHRASE
    finish(qtbot, window.sync_page, window.sync_page.sync_now)
    assert window.count_label.text() == "3 peserta"
    assert window.participants_page.model.rowCount() == 3


@pytest.mark.parametrize("damaged", [False, True])
def test_an_invitation_from_the_sync_page_joins_through_the_wizard(
    qtbot: Any, laptops: tuple[Workspace, Workspace], tmp_path: Path, damaged: bool
) -> None:
    """The coordinator's "Buat berkas undangan" file, used in the first-run wizard's join path."""
    from desktop_app.ui.setup_wizard import JOIN, SetupWizard

    office, _field = laptops
    page = make_page(qtbot, office)
    page._passphrase = PASSPHRASE
    invitation = tmp_path / "undangan.pintu"
    with mock.patch.object(sync_page.QFileDialog, "getSaveFileName", return_value=(str(invitation), "")):
        finish(qtbot, page, page.make_join_file)
    if damaged:  # copied from a USB stick that was pulled out
        invitation.write_bytes(invitation.read_bytes()[:-100])

    path = tmp_path / "laptop-baru" / "pintu.sqlite"
    wizard = SetupWizard(path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.join_choice.setChecked(True)
    wizard.go_next()
    assert wizard.current_page() == JOIN
    for key, value in (("file", str(invitation)), ("passphrase", PASSPHRASE), ("device", "Laptop Sukun"),
                       ("officer", "Dwi")):
        wizard.join_inputs[key].setText(value)
    wizard.join()
    if damaged:
        qtbot.waitUntil(lambda: wizard.join_error.isVisible(), timeout=20_000)
        assert wizard.join_error.text().startswith(message("bundle.truncated").split(" (")[0])
        assert wizard.workspace is None and not path.exists()
        return
    qtbot.waitUntil(lambda: wizard.workspace is not None, timeout=20_000)
    joined = wizard.workspace
    assert joined is not None
    try:
        assert joined.info.workspace_id == office.info.workspace_id
        assert people(joined) == people(office)
    finally:
        joined.close()
