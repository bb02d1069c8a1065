"""The Laporan page offscreen: the numbers it shows match the database, filters change them, exports and
certificates go through the page (masked by default; the full NIK only after the box and the question),
and the audit log shows what was written."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openpyxl
import pytest
from PySide6.QtCore import QLocale

from desktop_app.reports.masking import mask_number
from desktop_app.storage import audit
from desktop_app.storage.attendance import class_results
from desktop_app.storage.participants import ParticipantRepository
from desktop_app.storage.programs import list_programs
from desktop_app.storage.workspace import Workspace
from desktop_app.ui import reports_page as page_module
from desktop_app.ui.reports_page import TAB_AUDIT, TAB_CLASSES, ReportsPage
from tests.test_reports_exports import TODAY, Scenario, build_scenario


@pytest.fixture(autouse=True)
def indonesian_numbers() -> Iterator[None]:
    previous = QLocale()
    QLocale.setDefault(QLocale(QLocale.Language.Indonesian, QLocale.Country.Indonesia))
    yield
    QLocale.setDefault(previous)


@pytest.fixture
def scenario(workspace: Workspace) -> Scenario:
    return build_scenario(workspace)


@pytest.fixture
def page(qtbot: Any, scenario: Scenario, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> ReportsPage:
    monkeypatch.setenv("PINTU_SETTINGS", str(tmp_path / "pintu.ini"))
    widget = ReportsPage(scenario.workspace, today=TODAY)
    qtbot.addWidget(widget)
    widget.resize(1090, 650)
    with qtbot.waitSignal(widget.loaded, timeout=10_000):
        widget.show()
    return widget


def column(table: Any, name: str) -> int:
    return next(c for c in range(table.columnCount()) if table.horizontalHeaderItem(c).text() == name)


def cells(table: Any, name: str) -> list[str]:
    index = column(table, name)
    return [table.item(r, index).text() for r in range(table.rowCount())]


def test_dashboard_shows_the_database_numbers(page: ReportsPage, scenario: Scenario) -> None:
    workspace = scenario.workspace
    stats = ParticipantRepository(workspace).stats()
    assert page.tiles["registered"].value.text() == str(stats["participants"]) == "16"
    assert page.tiles["withdrawn"].value.text() == "1"
    assert page.tiles["accepted"].value.text() == "10 / 280"
    programs = {p["name"]: p for p in list_programs(workspace)}
    table = page.programs_table
    for name, registered, quota in zip(cells(table, "Pelatihan"), cells(table, "Terdaftar"), cells(table, "Kuota"),
                                       strict=True):
        assert (int(registered), int(quota)) == (programs[name]["registered"], programs[name]["quota"])
    assert [item.label for item in page.programs_chart.items] == list(programs)
    assert [item.target for item in page.programs_chart.items] == [p["quota"] for p in programs.values()]
    categories = dict(zip(cells(page.categories_table, "Kategori"), cells(page.categories_table, "Jumlah"),
                          strict=True))
    assert categories == {"Korban PHK": "2", "Buruh aktif": "2", "Keluarga buruh": "2", "Warga sekitar pabrik": "8",
                          "Umum": "2"}
    kecamatan = cells(page.kecamatan_table, "Jumlah")
    assert sum(int(n) for n in kecamatan) == 16
    assert sum(int(n) for n in cells(page.kelurahan_table, "Jumlah")) == 16
    officers = page.officers_table
    assert officers.item(officers.rowCount() - 1, officers.columnCount() - 1).text() == "16"

    results = class_results(workspace, scenario.class_id, today=TODAY)["participants"]
    classes = page.classes_table
    assert cells(classes, "Kelas") == ["Barista A"]
    assert cells(classes, "Peserta") == ["10"] and cells(classes, "Sesi") == ["10/10"]
    assert cells(classes, "Sertifikat") == [str(sum(p["eligible"] for p in results))]
    mean = sum(p["attended"] for p in results) / (10 * len(results)) * 100
    assert cells(classes, "Kehadiran") == [QLocale().toString(mean, "f", 1) + "%"]
    assert page.selected_class() == scenario.class_id  # the only class is chosen: its buttons work at once
    assert page.certificates_button.isEnabled()


def test_filters_change_the_numbers(page: ReportsPage, qtbot: Any) -> None:
    index = page.program_combo.findData("olahan_makanan")
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.program_combo.setCurrentIndex(index)
    assert page.tiles["registered"].value.text() == "3"
    assert cells(page.programs_table, "Pelatihan") == ["Olahan Makanan Lanjutan"]
    assert "Olahan Makanan Lanjutan" in page.filter_note.text()
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.period_box.setChecked(True)  # the last 30 days before TODAY: registrations are from today's run
    assert page.report_filter().date_to == TODAY


def test_refresh_waits_until_shown(page: ReportsPage, qtbot: Any) -> None:
    page.hide()
    generation = page._generation
    page.refresh()
    assert page._generation == generation  # hidden: nothing read
    with qtbot.waitSignal(page.loaded, timeout=10_000):
        page.show()


def test_export_through_the_page_is_masked_and_logged(page: ReportsPage, qtbot: Any, scenario: Scenario,
                                                      tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "dari-halaman"
    monkeypatch.setattr(page_module, "_save_path", lambda *args: str(target))  # no suffix typed
    monkeypatch.setattr(page_module, "_confirm_unmasked", lambda *args: pytest.fail("no question when masked"))
    button = page.export_rows["registrations"][2]["xlsx"]
    with qtbot.waitSignal(page.exported, timeout=20_000) as done:
        button.click()
    result = done.args[0]
    assert result.file == target.with_name("dari-halaman.xlsx") and result.masked is True and result.rows == 16
    qtbot.waitUntil(lambda: button.isEnabled(), timeout=5_000)
    sheet = openpyxl.load_workbook(result.file)["Peserta"]
    niks = {row[3] for row in sheet.iter_rows(min_row=2, values_only=True)}
    assert niks == {mask_number(m["nik"]) for m in [*scenario.members, *scenario.others]}
    assert "dari-halaman.xlsx" in page.result_label.text() and page.result_label.isVisible()
    page.tabs.setCurrentIndex(TAB_AUDIT)
    assert page.audit_table.item(0, column(page.audit_table, "Berkas")).text() == "dari-halaman.xlsx"
    assert page.audit_table.item(0, column(page.audit_table, "NIK/KK")).text() == "disamarkan"


def test_unmasked_needs_the_box_and_a_yes(page: ReportsPage, qtbot: Any, scenario: Scenario, tmp_path: Path,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[str] = []
    answer = {"yes": False}

    def confirm(_parent: Any, title: str, text: str, *_buttons: str) -> bool:
        asked.append(text)
        return answer["yes"]

    monkeypatch.setattr(page_module, "_confirm_unmasked", confirm)
    monkeypatch.setattr(page_module, "_save_path", lambda *args: str(tmp_path / "lengkap.csv"))
    assert page.unmasked_warning.isHidden()
    page.unmasked_box.setChecked(True)
    assert not page.unmasked_warning.isHidden() and "NIK" in page.unmasked_warning.text()
    before = audit.count(scenario.workspace)
    page.export_rows["registrations"][2]["csv"].click()  # the answer is no: nothing happens
    assert len(asked) == 1 and not (tmp_path / "lengkap.csv").exists()
    assert audit.count(scenario.workspace) == before
    answer["yes"] = True
    with qtbot.waitSignal(page.exported, timeout=20_000) as done:
        page.export_rows["registrations"][2]["csv"].click()
    assert done.args[0].masked is False
    text = (tmp_path / "lengkap.csv").read_text(encoding="utf-8-sig")
    assert all(m["nik"] in text for m in scenario.members)
    assert "LENGKAP" in page.result_label.text()
    qtbot.waitUntil(lambda: page.task is not None and not page.task.is_running(), timeout=5_000)
    assert audit.entries(scenario.workspace)[0].masked is False
    assert page.audit_table.item(0, column(page.audit_table, "NIK/KK")).text() == "LENGKAP"


def test_certificates_and_class_recap_from_the_page(page: ReportsPage, qtbot: Any, scenario: Scenario,
                                                    tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    page.tabs.setCurrentIndex(TAB_CLASSES)
    page.select_class(scenario.class_id)
    monkeypatch.setattr(page_module, "_save_path", lambda *args: str(tmp_path / "sertifikat.pdf"))
    with qtbot.waitSignal(page.exported, timeout=20_000) as done:
        page.certificates_button.click()
        assert not page.class_recap_button.isEnabled()  # one export or printing at a time
    eligible = [p for p in class_results(scenario.workspace, scenario.class_id, today=TODAY)["participants"]
                if p["eligible"]]
    assert done.args[0].pages == len(eligible) and (tmp_path / "sertifikat.pdf").exists()
    qtbot.waitUntil(lambda: page.class_recap_button.isEnabled(), timeout=5_000)
    monkeypatch.setattr(page_module, "_save_path", lambda *args: str(tmp_path / "rekap.pdf"))
    with qtbot.waitSignal(page.exported, timeout=20_000) as done:
        page.class_recap_button.click()
    assert done.args[0].file_format == "pdf" and done.args[0].rows == 10
    qtbot.waitUntil(lambda: page.class_recap_button.isEnabled(), timeout=5_000)
    reports = [e.report for e in audit.entries(scenario.workspace)[:2]]
    assert reports == ["attendance_recap", "certificates"]


def test_a_failed_export_says_why(page: ReportsPage, qtbot: Any, tmp_path: Path,
                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(page_module, "_save_path", lambda *args: str(tmp_path / "hilang" / "x.xlsx"))
    button = page.export_rows["summary"][2]["xlsx"]
    button.click()
    qtbot.waitUntil(lambda: page.result_label.isVisible(), timeout=10_000)
    assert "Folder tujuan tidak ada" in page.result_label.text()
    assert page.result_label.property("role") == "error-box"


def test_the_main_window_has_the_page(qtbot: Any, scenario: Scenario, tmp_path: Path,
                                      monkeypatch: pytest.MonkeyPatch) -> None:
    from desktop_app import app as app_module

    monkeypatch.setenv("PINTU_SETTINGS", str(tmp_path / "pintu.ini"))
    window = app_module.build_main_window(scenario.workspace)
    qtbot.addWidget(window)
    window.show()
    index = window.stack.indexOf(window.reports_page)
    assert index >= 0 and window.nav.item(index).text() == "Laporan"
    with qtbot.waitSignal(window.reports_page.loaded, timeout=10_000):
        window.show_page(index)
    assert window.reports_page.tiles["registered"].value.text() == "16"
