"""The manpower office's PHK list: any column order, Indonesian headers, NIKs stored as numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from openpyxl import Workbook

from desktop_app.cli import main
from desktop_app.core.disnaker import read_list
from desktop_app.core.errors import PintuError
from desktop_app.storage.disnaker import apply_disnaker
from tests.conftest import make_record


def test_csv_semicolon_any_order(tmp_path: Path) -> None:
    a, b = make_record(1)["nik"], make_record(2)["nik"]
    path = tmp_path / "phk.csv"
    path.write_text(
        "DAFTAR PEKERJA TERDAMPAK PHK\n"
        "No;Nama Perusahaan;Nama Lengkap;N.I.K.\n"
        f"1;PR Sumber Rejeki;Siti Rahayu;{a}\n"
        f"2;PT Kretek Arjosari;Budi;{b[:4]} {b[4:8]} {b[8:12]} {b[12:]}\n"
        "3;PT X;Salah;123\n"
        f"4;PT X;Ganda;{a}\n",
        encoding="utf-8-sig",
    )
    listed = read_list(path)
    assert [(w.nik, w.name, w.employer) for w in listed.workers] == [
        (a, "Siti Rahayu", "PR Sumber Rejeki"), (b, "Budi", "PT Kretek Arjosari")]
    assert [(p["line"], p["code"]) for p in listed.problems] == [(5, "nik.length"), (6, "nik.duplicate_in_file")]


def test_xlsx_with_numeric_nik(tmp_path: Path) -> None:
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["NIK", "Nama", "Tempat Kerja"])
    good = make_record(3)["nik"]
    sheet.append([int(good), "Dewi", "PR Sumber Rejeki"])  # an integer cell is exact
    sheet.append([9271015505900001.0, "Papua", "PT Y"])  # a float above 2^53 lost its last digits
    path = tmp_path / "phk.xlsx"
    workbook.save(path)
    listed = read_list(path)
    assert [w.nik for w in listed.workers] == [good]
    assert listed.problems[0]["code"] == "nik.stored_as_number"


def test_unreadable_lists(tmp_path: Path) -> None:
    bad = tmp_path / "x.xlsx"
    bad.write_bytes(b"not a spreadsheet")
    with pytest.raises(PintuError) as excinfo:
        read_list(bad)
    assert excinfo.value.code == "disnaker.unreadable"
    headless = tmp_path / "y.csv"
    headless.write_text("a,b\n1,2\n")
    with pytest.raises(PintuError) as excinfo:
        read_list(headless)
    assert excinfo.value.code == "disnaker.no_header"


def test_matching_marks_verified_and_reports_both_ways(workspace, service, tmp_path: Path,  # type: ignore[no-untyped-def]
                                                       capsys: pytest.CaptureFixture[str]) -> None:
    on_list = service.register(make_record(1, category="warga_sekitar")).participant
    service.register(make_record(2, category="phk", former_employer="PT Lain"))  # not on the list
    path = tmp_path / "phk.csv"
    path.write_text(f"nik,nama,perusahaan\n{on_list['nik']},{on_list['full_name']},PR Sumber Rejeki\n"
                    f"{make_record(9)['nik']},Tidak Mendaftar,PT Y\n")
    from desktop_app.core.disnaker import read_list as read

    dry = apply_disnaker(workspace, read(path).workers, dry_run=True)
    assert workspace.db.execute("SELECT status FROM participants WHERE id = ?", [on_list["id"]]).fetchone()[0] \
        == "terdaftar"
    assert len(dry.verified) == 1
    code = main(["disnaker", str(path), "--db", str(workspace.path)])
    out = json.loads(capsys.readouterr().out)
    assert code == 0 and out["counts"] == {"verified": 1, "not_registered": 1, "not_on_list": 1}
    assert out["not_registered"][0]["name"] == "Tidak Mendaftar"
    status, category, employer, verified = workspace.db.execute(
        "SELECT status, category, former_employer, phk_verified_at FROM participants WHERE id = ?",
        [on_list["id"]]).fetchone()
    assert (status, category, employer) == ("terverifikasi", "phk", "PR Sumber Rejeki") and verified
