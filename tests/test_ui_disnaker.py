"""The Disnaker PHK list dialog: choose a CSV, a dry run first, then mark the matches verified."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path
from typing import Any
from unittest import mock

import pytest
from PySide6.QtGui import QGuiApplication

from desktop_app.storage.workspace import Workspace
from desktop_app.ui import disnaker_dialog, i18n
from desktop_app.ui.disnaker_dialog import DisnakerDialog
from desktop_app.ui.messages import message
from tests.conftest import make_record


@pytest.fixture(autouse=True)
def settings_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    path = tmp_path / "pintu.ini"
    monkeypatch.setenv(i18n.SETTINGS_ENV, str(path))
    return path


def _status(workspace: Workspace, nik: str) -> tuple[str, str, Any]:
    return workspace.db.execute(
        "SELECT status, category, phk_verified_at FROM participants WHERE nik = ?", [nik]).fetchone()


def wait_idle(qtbot: Any, dialog: DisnakerDialog) -> None:
    qtbot.waitUntil(lambda: dialog.task is None, timeout=20_000)


def test_dry_run_then_mark_verified(qtbot: Any, service: Any, workspace: Workspace, tmp_path: Path) -> None:
    siti = make_record(1, full_name="Siti Rahayu")
    budi = make_record(2, full_name="Budi Santoso")
    dewi = make_record(3, full_name="Dewi Lestari", category="phk", former_employer="PR Sumber Rejeki",
                       phk_date="2025-06-30")
    for record in (siti, budi, dewi):
        service.register(record)
    nobody = make_record(4)["nik"]
    csv = tmp_path / "phk-disnaker.csv"
    csv.write_text(
        "DAFTAR PEKERJA TERDAMPAK PHK\n"
        "No;Nama Perusahaan;Nama Lengkap;NIK\n"
        f"1;PR Sumber Rejeki;Siti Rahayu;{siti['nik']}\n"
        f"2;PT Kretek Arjosari;Budi S.;{budi['nik']}\n"
        f"3;PT Kretek Arjosari;Joko Widodo;{nobody}\n"
        "4;PT X;Salah Ketik;12345\n",
        encoding="utf-8-sig",
    )
    dialog = DisnakerDialog(workspace)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    with mock.patch.object(disnaker_dialog.QFileDialog, "getOpenFileName", return_value=(str(csv), "")):
        assert dialog.choose_file() is not None
    wait_idle(qtbot, dialog)

    counts = {key: label.text() for key, label in dialog.counts.items()}
    assert counts == {"listed": "3", "verified": "2", "not_registered": "1", "not_on_list": "1", "problems": "1"}
    assert _status(workspace, siti["nik"])[0] == "terdaftar"  # a dry run: nothing changed yet
    problems = dialog.tables["problems"]
    assert problems.item(0, 0).text() == "6" and problems.item(0, 1).text() == message("nik.length")
    assert dialog.tables["not_registered"].item(0, 1).text() == "Joko Widodo"
    assert dialog.tables["not_on_list"].item(0, 1).text() == "Dewi Lestari"
    assert "Budi S." in [dialog.tables["verified"].item(r, 2).text() for r in range(2)]
    assert dialog.apply_button.isVisible() and dialog.apply_button.isEnabled()

    dialog.lists.setCurrentIndex(1)
    copied = dialog.copy_current_list()
    assert QGuiApplication.clipboard().text() == copied
    assert copied.splitlines() == ["Baris\tNama\tPerusahaan", "5\tJoko Widodo\tPT Kretek Arjosari"]

    applied: list[bool] = []
    dialog.applied.connect(lambda: applied.append(True))
    dialog.apply_button.click()
    wait_idle(qtbot, dialog)
    for record in (siti, budi):
        status, category, verified_at = _status(workspace, record["nik"])
        assert (status, category) == ("terverifikasi", "phk") and verified_at
    assert _status(workspace, dewi["nik"])[0] == "terdaftar"  # not on the list: untouched
    assert applied == [True]
    assert "kini terverifikasi" in dialog.status_label.text()
    assert not dialog.apply_button.isVisible() and dialog.close_button.text() == "Tutup"


def test_a_list_without_nik_column_is_explained(qtbot: Any, workspace: Workspace, tmp_path: Path) -> None:
    csv = tmp_path / "salah.csv"
    csv.write_text("Nomor;Alamat\n1;Jl. Kawi\n", encoding="utf-8")
    dialog = DisnakerDialog(workspace)
    qtbot.addWidget(dialog)
    assert dialog.check_file(csv) is not None
    wait_idle(qtbot, dialog)
    assert dialog.error_label.text() == message("disnaker.no_header")
    assert not dialog.apply_button.isVisible()
