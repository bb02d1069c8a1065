"""Excel and CSV exports read back as their readers see them: openpyxl for XLSX (types, masking, frozen
header, filters, counts that match the database), the CSV decoded as Excel decodes it (BOM, UTF-8), the
attendance grid against the scans made, and every export in the audit log (which syncs).

`build_scenario` (also used by the recap, certificate and dashboard tests) registers people in several
trainings and categories, withdraws one, and runs a two-week barista class whose members come on a
known pattern of days.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest

from desktop_app.cli import main
from desktop_app.core.errors import NotFound, PintuError
from desktop_app.core.registration import RegistrationService
from desktop_app.reports import labels
from desktop_app.reports.attendance_grid import class_grid
from desktop_app.reports.exports import export_report
from desktop_app.reports.masking import mask_number, shown_number
from desktop_app.reports.participant_rows import COLUMNS, HEADERS
from desktop_app.reports.progress import ExportCancelled
from desktop_app.reports.statistics import summary
from desktop_app.reports.xlsx_writer import Style, WorkbookWriter, safe_sheet_name
from desktop_app.storage import audit
from desktop_app.storage.attendance import checkin, class_results, undo
from desktop_app.storage.cards import issue_cards
from desktop_app.storage.classes import assign, create_class, list_sessions
from desktop_app.storage.participants import ParticipantQuery, ParticipantRepository
from desktop_app.storage.programs import list_programs
from desktop_app.storage.report_queries import ReportFilter
from desktop_app.storage.workspace import Workspace
from tests.conftest import make_record

TODAY = date(2026, 11, 2)  # the class ran 5-16 October 2026: every session is held
CLASS_START, CLASS_END = date(2026, 10, 5), date(2026, 10, 16)
NAMES = [
    "Siti Nurhayati", "Ni'matul Ma'rifah Çelik-Nugroho", "Raden Roro Siti Nurhayati Kusumaningrum Wulandari",
    "Sumarsih", "Agus Salim", "Dewi Lestari", "Bambang Pamungkas", "Yuliani", "Tri Wahyuni", "Endang Susilowati",
]
CATEGORIES = ["phk", "buruh_aktif", "keluarga_buruh", "warga_sekitar", "umum"]
KK = "3573051503150042"


@dataclass
class Scenario:
    workspace: Workspace
    class_id: str
    members: list[dict[str, Any]]  # the barista class, in registration order
    others: list[dict[str, Any]]
    withdrawn_id: str
    sessions: list[dict[str, Any]]
    present: set[tuple[str, str]] = field(default_factory=set)  # (participant id, session id)


def attends(person: int, session: int) -> bool:
    """Who comes when: person p misses p % 5 of the ten sessions (0 to 4 absences)."""
    return (person * 3 + session) % 10 < 10 - person % 5


def build_scenario(workspace: Workspace) -> Scenario:
    repo = ParticipantRepository(workspace)
    service = RegistrationService(repo, officer=workspace.info.officer, device_id=workspace.info.device_id)
    members = []
    for i, name in enumerate(NAMES):
        category = CATEGORIES[i % len(CATEGORIES)]
        extra: dict[str, Any] = {"full_name": name, "program_code": "barista", "category": category}
        if category == "phk":
            extra.update(former_employer="PR Gudang Kretek", phk_date="2026-06-30")
        if i == 0:
            extra["kk_number"] = KK
        members.append(service.register(make_record(i, **extra)).participant)
    others = [service.register(make_record(100 + i, program_code=("olahan_makanan", "muslim_fashion")[i % 2]))
              .participant for i in range(6)]
    withdrawn = service.register(make_record(200, program_code="barista", full_name="Orang Mundur")).participant
    service.withdraw(withdrawn["id"], "pindah kota")

    klass = create_class(workspace, program_code="barista", name="Barista A", start=CLASS_START, end=CLASS_END,
                         place="UPT Pelatihan Kerja", trainer="Andi Wijaya")
    assign(workspace, klass["id"], [m["id"] for m in members])
    codes = {c.participant_id: c.code for c in issue_cards(workspace, [m["id"] for m in members], layout="a4")}
    sessions = list_sessions(workspace, klass["id"])
    scenario = Scenario(workspace, klass["id"], members, others, withdrawn["id"], sessions)
    for s_index, session in enumerate(sessions):
        for p_index, member in enumerate(members):
            if attends(p_index, s_index):
                checkin(workspace, session["id"], codes[member["id"]], at=f"{session['date']}T08:05:00+07:00")
                scenario.present.add((member["id"], session["id"]))
    # A scan undone by the trainer (a mistake) and a second scan of the same card: neither adds a mark.
    absent = next((p, s) for s in range(10) for p in range(len(members)) if not attends(p, s))
    mistaken = checkin(workspace, sessions[absent[1]]["id"], codes[members[absent[0]]["id"]],
                       at=f"{sessions[absent[1]]['date']}T09:00:00+07:00")
    undo(workspace, mistaken.attendance_id)
    checkin(workspace, sessions[0]["id"], codes[members[0]["id"]], at=f"{sessions[0]['date']}T09:30:00+07:00")
    return scenario


@pytest.fixture
def scenario(workspace: Workspace) -> Scenario:
    return build_scenario(workspace)


def active_records(workspace: Workspace) -> list[dict[str, Any]]:
    return list(ParticipantRepository(workspace).iter_records(ParticipantQuery()))


def sheet_rows(path: Path, sheet: str) -> list[tuple[Any, ...]]:
    book = openpyxl.load_workbook(path)
    return [tuple(row) for row in book[sheet].iter_rows(values_only=True)]


# --- masking and the writer -----------------------------------------------------------------------------
def test_mask_keeps_region_and_serial_only() -> None:
    assert mask_number("3573051907171359") == "3573********1359"
    assert shown_number("3573051907171359", masked=False) == "3573051907171359"
    assert shown_number(None, masked=True) == ""
    assert mask_number("12345678") == "12****78"
    assert "0519071713" not in mask_number("3573051907171359")


def test_sheet_names_and_awkward_text(tmp_path: Path) -> None:
    assert safe_sheet_name("Kelas A/B: [pagi]?") == "Kelas A-B- -pagi--"
    assert safe_sheet_name("Barista", ["barista"]) == "Barista (2)"
    assert len(safe_sheet_name("x" * 40)) == 31
    path = tmp_path / "odd.xlsx"
    with WorkbookWriter(path) as book, book.sheet("Lembar", widths=[20, 10]) as sheet:
        sheet.row(["<b>Tom & Jerry</b>", "  spasi  "], Style.TEXT)
        sheet.row(["bel\x07l", 1.5, True, date(2026, 1, 2), None, ""])
    rows = sheet_rows(path, "Lembar")
    assert rows[0][:2] == ("<b>Tom & Jerry</b>", "  spasi  ")
    assert rows[1][:4] == ("bell", 1.5, True, datetime(2026, 1, 2))


# --- participants as XLSX -----------------------------------------------------------------------------
def test_participants_xlsx_types_masking_and_layout(scenario: Scenario, tmp_path: Path) -> None:
    workspace = scenario.workspace
    result = export_report(workspace, "registrations", tmp_path / "peserta.xlsx")
    assert result.masked is True and result.file_format == "xlsx"
    book = openpyxl.load_workbook(result.file)
    assert book.sheetnames == ["Peserta", "Ringkasan"]
    sheet = book["Peserta"]
    assert sheet.freeze_panes == "D2"  # header row, and No/code/name stay in view
    assert sheet.auto_filter.ref == f"A1:X{sheet.max_row}"
    assert sheet.column_dimensions["C"].width >= 25 and sheet.column_dimensions["D"].width >= 17
    header = [cell.value for cell in sheet[1]]
    assert header == list(HEADERS) and "Nama Lengkap" in header and "Tanggal Lahir" in header

    records = {r["short_code"]: r for r in active_records(workspace)}
    rows = list(sheet.iter_rows(min_row=2))
    assert len(rows) == len(records) == result.rows == ParticipantRepository(workspace).count()
    column = {c.key: i for i, c in enumerate(COLUMNS)}
    for row in rows:
        record = records[row[column["short_code"]].value]
        nik = row[column["nik"]]
        assert isinstance(nik.value, str) and re.fullmatch(r"\d{4}\*{8}\d{4}", nik.value)
        assert nik.value == mask_number(record["nik"]) and nik.number_format == "@"
        born = row[column["birth_date"]]
        assert isinstance(born.value, datetime) and born.value.date() == date.fromisoformat(record["birth_date"])
        assert "dd" in born.number_format and "yyyy" in born.number_format
        registered = row[column["registered_at"]].value
        assert isinstance(registered, datetime)
        assert registered == datetime.fromisoformat(record["registered_at"]).replace(tzinfo=None)
        phone = row[column["phone"]].value
        assert isinstance(phone, str) and phone.startswith("08") and phone[1:] == record["phone"][3:]
        assert row[column["full_name"]].value == record["full_name"]
        assert row[column["program"]].value in {"Barista", "Olahan Makanan Lanjutan", "Muslim Fashion"}
    assert "Orang Mundur" not in {row[column["full_name"]].value for row in rows}  # withdrawn: not listed
    kk_cells = [row[column["kk_number"]].value for row in rows if row[column["kk_number"]].value]
    assert kk_cells == [mask_number(KK)]
    phk = next(row for row in rows if row[column["category"]].value == "Korban PHK")
    assert phk[column["phk_date"]].value == datetime(2026, 6, 30)
    assert KK not in result.file.read_bytes().decode("latin-1")


def test_participants_xlsx_unmasked_holds_every_digit(scenario: Scenario, tmp_path: Path) -> None:
    result = export_report(scenario.workspace, "registrations", tmp_path / "lengkap.xlsx", masked=False)
    assert result.masked is False
    sheet = openpyxl.load_workbook(result.file)["Peserta"]
    column = {c.key: i for i, c in enumerate(COLUMNS)}
    by_code = {r["short_code"]: r for r in active_records(scenario.workspace)}
    for row in sheet.iter_rows(min_row=2, values_only=True):
        nik = row[column["nik"]]
        assert isinstance(nik, str) and len(nik) == 16 and nik.isdigit()
        assert nik == by_code[row[column["short_code"]]]["nik"]
    assert KK in [row[column["kk_number"]] for row in sheet.iter_rows(min_row=2, values_only=True)]


def test_filters_choose_the_rows(scenario: Scenario, tmp_path: Path) -> None:
    workspace = scenario.workspace
    only = export_report(workspace, "registrations", tmp_path / "olahan.xlsx",
                         report_filter=ReportFilter(program_code="olahan_makanan"))
    assert only.rows == 3
    names = {row[2] for row in sheet_rows(only.file, "Peserta")[1:]}
    assert names == {o["full_name"] for o in scenario.others if o["program_code"] == "olahan_makanan"}
    today = date.today()
    assert export_report(workspace, "registrations", tmp_path / "today.csv",
                         report_filter=ReportFilter(date_from=today, date_to=today)).rows == 16
    assert export_report(workspace, "registrations", tmp_path / "past.csv",
                         report_filter=ReportFilter(date_to=date(2020, 1, 1))).rows == 0
    with pytest.raises(NotFound):
        export_report(workspace, "registrations", tmp_path / "x.xlsx", report_filter=ReportFilter(program_code="x"))


def test_summary_sheet_counts_match_the_database(scenario: Scenario, tmp_path: Path) -> None:
    workspace = scenario.workspace
    result = export_report(workspace, "summary", tmp_path / "ringkasan.xlsx")
    assert result.masked is None
    rows = sheet_rows(result.file, "Ringkasan")
    values = {row[0]: row for row in rows if row and row[0]}
    stats = ParticipantRepository(workspace).stats()
    assert values["Jumlah peserta terdaftar"][1] == stats["participants"] == 16
    assert values["Mengundurkan diri"][1] == stats["withdrawn"] == 1
    for program in list_programs(workspace):
        assert values[program["name"]][1:3] == (program["quota"], program["registered"])
        assert values[program["name"]][4] == program["accepted"]
    for code, count in stats["categories"].items():
        assert values[labels.CATEGORIES[code]][1] == count
    kecamatan = {k.label: k.count for k in summary(workspace).kecamatan}
    for name, count in kecamatan.items():
        assert values[name][1] == count
    assert sum(kecamatan.values()) == 16
    classes = {row[0]: row for row in sheet_rows(result.file, "Kehadiran Kelas")[1:]}
    results = class_results(workspace, scenario.class_id)
    assert classes["Barista A"][4] == len(results["participants"])
    assert classes["Barista A"][7] == sum(p["eligible"] for p in results["participants"])


# --- CSV --------------------------------------------------------------------------------------------
def test_csv_decoded_as_excel_decodes_it(scenario: Scenario, tmp_path: Path) -> None:
    result = export_report(scenario.workspace, "registrations", tmp_path / "peserta.csv")
    raw = result.file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM: Excel then reads UTF-8, not the ANSI code page
    text = raw.decode("utf-8-sig")
    assert "Ni'matul Ma'rifah Çelik-Nugroho" in text
    rows = list(csv.reader(io.StringIO(text)))
    assert rows[0] == list(HEADERS)
    assert len(rows) - 1 == result.rows == 16
    column = {c.key: i for i, c in enumerate(COLUMNS)}
    by_code = {r["short_code"]: r for r in active_records(scenario.workspace)}
    for row in rows[1:]:
        record = by_code[row[column["short_code"]]]
        assert row[column["nik"]] == mask_number(record["nik"])
        assert row[column["birth_date"]] == record["birth_date"]  # ISO: a date in every Excel locale
        assert row[column["phone"]] == f'="0{record["phone"][3:]}"'  # the leading 0 survives Excel
        assert row[column["full_name"]] == record["full_name"]


def test_csv_unmasked_and_semicolon(scenario: Scenario, tmp_path: Path) -> None:
    result = export_report(scenario.workspace, "registrations", tmp_path / "id.csv", masked=False, delimiter=";")
    rows = list(csv.reader(io.StringIO(result.file.read_text(encoding="utf-8-sig")), delimiter=";"))
    niks = {row[3] for row in rows[1:]}
    assert niks == {f'="{r["nik"]}"' for r in active_records(scenario.workspace)}  # 16 digits, as text
    summary_file = export_report(scenario.workspace, "attendance", tmp_path / "a.csv", delimiter=";").file
    text = summary_file.read_text(encoding="utf-8-sig")
    assert ";90,0;" in text or ";80,0;" in text  # decimal comma with the semicolon


# --- attendance -----------------------------------------------------------------------------------
def test_attendance_grid_matches_the_scans(scenario: Scenario, tmp_path: Path) -> None:
    workspace = scenario.workspace
    result = export_report(workspace, "attendance", tmp_path / "kehadiran.xlsx", class_id=scenario.class_id)
    book = openpyxl.load_workbook(result.file)
    assert book.sheetnames == ["Ringkasan Kehadiran", "Barista A"]
    sheet = book["Barista A"]
    assert sheet.freeze_panes == "D6"
    rows = list(sheet.iter_rows(values_only=True))
    header_at = next(i for i, row in enumerate(rows) if row[0] == "No")
    header = rows[header_at]
    assert header[-4:] == ("Hadir", "Sesi", "Persentase", "Sertifikat")
    assert len(header) == 3 + len(scenario.sessions) + 4
    results = {p["short_code"]: p for p in class_results(workspace, scenario.class_id, today=TODAY)["participants"]}
    by_code = {m["short_code"]: m for m in scenario.members}
    member_rows = rows[header_at + 1: header_at + 1 + len(scenario.members)]
    assert result.rows == len(member_rows) == len(scenario.members)
    for row in member_rows:
        member = by_code[row[1]]
        marks = row[3:3 + len(scenario.sessions)]
        expected = ["H" if (member["id"], s["id"]) in scenario.present else "A" for s in scenario.sessions]
        assert list(marks) == expected
        official = results[row[1]]
        assert row[-4] == official["attended"] == expected.count("H")
        assert row[-3] == 10
        assert row[-2] == pytest.approx(official["percent"] / 100)
        assert row[-1] == ("Ya" if official["eligible"] else "Tidak")
    totals = rows[header_at + 1 + len(scenario.members)]
    for index, session in enumerate(scenario.sessions):
        assert totals[3 + index] == sum(1 for m in scenario.members if (m["id"], session["id"]) in scenario.present)


def test_attendance_csv_with_and_without_a_class(scenario: Scenario, tmp_path: Path) -> None:
    grid = export_report(scenario.workspace, "attendance", tmp_path / "g.csv", class_id=scenario.class_id)
    rows = list(csv.reader(io.StringIO(grid.file.read_text(encoding="utf-8-sig"))))
    assert rows[0][3:3 + 10] == [s["date"] for s in scenario.sessions]
    assert len(rows) - 1 == 10
    every = export_report(scenario.workspace, "attendance", tmp_path / "all.csv")
    rows = list(csv.reader(io.StringIO(every.file.read_text(encoding="utf-8-sig"))))
    assert rows[0][:4] == ["Kelas", "Pelatihan", "Kode", "Nama"]
    assert {row[0] for row in rows[1:]} == {"Barista A"} and len(rows) - 1 == 10
    grid_data = class_grid(scenario.workspace, scenario.class_id, today=TODAY)
    hours = {m.short_code: labels.hours_text(m.minutes) for m in grid_data.members}
    assert all(row[7] == hours[row[2]] for row in rows[1:])


# --- safety and the audit log ---------------------------------------------------------------------
def test_every_export_is_in_the_audit_log_and_syncs(scenario: Scenario, tmp_path: Path) -> None:
    workspace = scenario.workspace
    export_report(workspace, "registrations", tmp_path / "a.xlsx")
    export_report(workspace, "registrations", tmp_path / "b.csv", masked=False,
                  report_filter=ReportFilter(program_code="barista"))
    export_report(workspace, "summary", tmp_path / "c.xlsx")
    entries = audit.entries(workspace)
    exports = [e for e in entries if e.action == "export"]
    assert [(e.report, e.file_format, e.masked, e.row_count, e.file_name) for e in exports] == [
        ("summary", "xlsx", None, exports[0].row_count, "c.xlsx"),
        ("participants", "csv", False, 10, "b.csv"),
        ("participants", "xlsx", True, 16, "a.xlsx"),
    ]
    assert exports[1].filters == {"program_code": "barista"}
    assert all(e.actor == "Rina" and e.device_id == workspace.info.device_id for e in exports)
    assert str(tmp_path) not in json.dumps([e.to_json() for e in entries])  # names only, never folders
    cards = [e for e in entries if e.report == "cards"]  # the card printing of the scenario
    assert len(cards) == 1 and cards[0].row_count == 10 and cards[0].action == "print"
    events = workspace.db.execute("SELECT count(*) FROM events WHERE entity = 'audit'").fetchone()[0]
    assert events == 3  # as events: they travel in bundles like everything else


def test_audit_entries_reach_another_laptop(tmp_path: Path) -> None:
    from desktop_app.sync.exchange import export_bundle, import_bundle
    from tests.sync_helpers import PASSPHRASE, coordinator, join, service

    office = coordinator(tmp_path)
    field_laptop = join(office, tmp_path, "lapangan")
    service(field_laptop).register(make_record(1))
    export_report(field_laptop, "registrations", tmp_path / "dari-lapangan.xlsx", masked=False)
    export_bundle(field_laptop, tmp_path / "field.pintu", PASSPHRASE)
    import_bundle(office, tmp_path / "field.pintu", PASSPHRASE)
    seen = [e for e in audit.entries(office) if e.action == "export"]
    assert [(e.file_name, e.masked, e.actor, e.device_name) for e in seen] == [
        ("dari-lapangan.xlsx", False, "Petugas lapangan", "lapangan")]
    office.close()
    field_laptop.close()


def test_failures_leave_no_file_and_no_entry(scenario: Scenario, tmp_path: Path) -> None:
    workspace = scenario.workspace
    before = audit.count(workspace)
    tmp_path = tmp_path / "out"
    tmp_path.mkdir()
    with pytest.raises(PintuError) as missing:
        export_report(workspace, "registrations", tmp_path / "nowhere" / "x.xlsx")
    assert missing.value.code == "report.folder_missing"
    with pytest.raises(PintuError) as wrong:
        export_report(workspace, "registrations", tmp_path / "x.docx")
    assert wrong.value.code == "report.format_unsupported"
    with pytest.raises(ExportCancelled):
        export_report(workspace, "registrations", tmp_path / "stop.csv", progress=lambda done, total: False)
    with pytest.raises(NotFound):
        export_report(workspace, "attendance", tmp_path / "k.xlsx", class_id="no-such-class")
    assert audit.count(workspace) == before
    assert list(tmp_path.iterdir()) == []  # not even a temporary file


# --- CLI --------------------------------------------------------------------------------------------
def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, dict[str, Any], str]:
    code = main(list(args))
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines() if line.strip().startswith("{")]
    return code, lines[-1] if lines else {}, captured.err


def test_cli_report_commands(scenario: Scenario, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(scenario.workspace.path)
    code, out, err = run(capsys, "report", "registrations", "--db", db, "--out", str(tmp_path / "p.xlsx"))
    assert code == 0 and out["ok"] and out["rows"] == 16 and out["masked"] is True and not err
    code, out, err = run(capsys, "report", "registrations", "--db", db, "--out", str(tmp_path / "p.csv"),
                         "--unmasked", "--program", "barista", "--delimiter", "semicolon")
    assert code == 0 and out["masked"] is False and out["rows"] == 10 and "NIK" in err
    code, out, _ = run(capsys, "report", "attendance", "--db", db, "--out", str(tmp_path / "k.xlsx"),
                       "--class", "barista a")
    assert code == 0 and out["rows"] == 10
    code, out, _ = run(capsys, "report", "summary", "--db", db, "--out", str(tmp_path / "s.pdf"),
                       "--from", "01-01-2026", "--to", "2030-12-31")
    assert code == 0 and out["format"] == "pdf" and Path(out["file"]).exists()
    code, out, err = run(capsys, "report", "registrations", "--db", db, "--out", str(tmp_path / "p.docx"))
    assert code == 2 and out["error"] == "report.format_unsupported" and "xlsx" in err
    code, out, _ = run(capsys, "report", "registrations", "--db", db, "--out", str(tmp_path / "p2.xlsx"),
                       "--class", scenario.class_id)
    assert code == 2 and out["error"] == "report.class_only_attendance"
    code, out, _ = run(capsys, "report", "attendance", "--db", db, "--out", str(tmp_path / "k2.xlsx"),
                       "--class", "Kelas Tidak Ada")
    assert code == 1 and out["error"] == "class.not_found"
    code, out, _ = run(capsys, "report", "summary", "--db", db, "--out", str(tmp_path / "s.csv"), "--from", "kemarin")
    assert code == 1 and out["error"] == "date.invalid"
    with pytest.raises(SystemExit) as usage:
        main(["report", "everything", "--db", db, "--out", str(tmp_path / "e.xlsx")])
    assert usage.value.code == 2
    capsys.readouterr()
    code = main(["audit", "--db", db, "--limit", "3"])
    lines = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert code == 0 and [line["file_name"] for line in lines] == ["s.pdf", "k.xlsx", "p.csv"]
