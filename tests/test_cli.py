"""The command line as a script or an admin uses it: JSON out, exit codes, all-or-nothing writes."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main
from tests.conftest import make_record, raw_connect


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[Any], str]:
    code = main(list(args))
    captured = capsys.readouterr()
    lines = [json.loads(line) for line in captured.out.splitlines() if line.strip().startswith("{")]
    return code, lines, captured.err


@pytest.fixture
def secret(tmp_path: Path) -> str:
    path = tmp_path / "sandi.txt"
    path.write_text("demo-pintu-2026\n", encoding="utf-8")
    return str(path)


@pytest.fixture
def db(tmp_path: Path, capsys: pytest.CaptureFixture[str], secret: str) -> str:
    path = str(tmp_path / "ws.sqlite")
    code, out, _ = run(capsys, "init", "--db", path, "--workspace", "Pelatihan DBHCHT 2026",
                       "--device", "Laptop Petugas 1", "--officer", "Rina", "--passphrase-file", secret)
    assert code == 0 and out[0]["ok"]
    return path


def write_jsonl(path: Path, records: list[Any], extra_lines: list[str] | None = None) -> Path:
    lines = [json.dumps(r) for r in records] + (extra_lines or [])
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def count(db: str) -> int:
    conn = raw_connect(db)
    try:
        return int(conn.execute("SELECT count(*) FROM participants").fetchone()[0])
    finally:
        conn.close()


def test_init_prints_ids_and_refuses_twice(db: str, capsys: pytest.CaptureFixture[str], secret: str) -> None:
    code, out, err = run(capsys, "init", "--db", db, "--workspace", "X", "--device", "Y", "--officer", "Z",
                         "--passphrase-file", secret)
    assert code == 1 and out[0]["error"] == "workspace.exists" and "sudah ada" in err


def test_init_needs_a_passphrase(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                 monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(""))  # no terminal to ask on
    monkeypatch.delenv("PINTU_PASSPHRASE")
    path = tmp_path / "w.sqlite"
    code, out, err = run(capsys, "init", "--db", str(path), "--workspace", "X", "--device", "Y", "--officer", "Z")
    assert code == 1 and out[0]["error"] == "passphrase.required" and "--passphrase-file" in err
    assert not path.exists()
    short = tmp_path / "short.txt"
    short.write_text("abc\n")
    code, out, _ = run(capsys, "init", "--db", str(path), "--workspace", "X", "--device", "Y", "--officer", "Z",
                       "--passphrase-file", str(short))
    assert code == 1 and out[0]["error"] == "passphrase.too_short" and not path.exists()


def test_db_from_environment(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                             monkeypatch: pytest.MonkeyPatch, secret: str) -> None:
    path = tmp_path / "env.sqlite"
    monkeypatch.setenv("PINTU_DB", str(path))
    code, out, _ = run(capsys, "init", "--workspace", "W", "--device", "D", "--officer", "O",
                       "--passphrase-file", secret)
    assert code == 0 and out[0]["db"] == str(path) and path.exists()
    code, out, _ = run(capsys, "stats")
    assert code == 0 and out[0]["participants"] == 0


def test_register_list_show_update_search_stats(db: str, tmp_path: Path,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    records = [make_record(i) for i in range(3)]
    records[0]["full_name"] = "Siti Rahayu"
    code, out, _ = run(capsys, "register", "--db", db, str(write_jsonl(tmp_path / "in.jsonl", records)))
    assert code == 0 and out[0]["written"] == 3
    first = out[0]["participants"][0]

    code, listed, _ = run(capsys, "list", "--db", db, "--json")
    assert code == 0 and len(listed) == 3
    assert list(listed[0])[:3] == ["id", "short_code", "status"]
    assert {r["nik"] for r in listed} == {r["nik"] for r in records}
    assert all(isinstance(r["nik"], str) for r in listed)

    code, shown, _ = run(capsys, "show", "--db", db, first["short_code"].lower())
    assert code == 0 and shown[0]["full_name"] == "Siti Rahayu"
    assert shown[0]["region"].startswith("Kel.") and shown[0]["history"][0]["op"] == "create"

    code, updated, _ = run(capsys, "update", "--db", db, first["id"], "--set", "rt=12", "--set", "status=terverifikasi")
    assert code == 0 and updated[0]["participant"]["rt"] == "012"
    assert updated[0]["participant"]["status"] == "terverifikasi"

    code, found, _ = run(capsys, "search", "--db", db, "siti rah")
    assert code == 0 and [r["full_name"] for r in found] == ["Siti Rahayu"]

    code, stats, _ = run(capsys, "stats", "--db", db)
    assert stats[0]["participants"] == 3 and stats[0]["statuses"] == {"terdaftar": 2, "terverifikasi": 1}
    barista = next(p for p in stats[0]["programs"] if p["code"] == "barista")
    assert barista["registered"] == 3 and barista["quota"] == 40

    code, out, _ = run(capsys, "withdraw", "--db", db, first["id"], "--reason", "pindah")
    assert code == 0
    code, listed, _ = run(capsys, "list", "--db", db, "--json")
    assert len(listed) == 2


def test_programs_and_quota(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, programs, _ = run(capsys, "programs", "--db", db)
    assert [p["code"] for p in programs] == ["olahan_makanan", "muslim_fashion", "home_decor", "lukis_kain", "barista"]
    code, out, _ = run(capsys, "set-quota", "--db", db, "barista", "75")
    assert code == 0 and out[0]["quota"] == 75
    code, programs, _ = run(capsys, "programs", "--db", db)
    assert next(p for p in programs if p["code"] == "barista")["quota"] == 75
    code, out, _ = run(capsys, "set-quota", "--db", db, "menjahit", "10")
    assert code == 1 and out[0]["error"] == "program.not_found"
    code, out, _ = run(capsys, "set-quota", "--db", db, "barista", "-1")
    assert code == 1 and out[0]["error"] == "quota.invalid"


def test_register_is_all_or_nothing_and_reports_every_bad_line(db: str, tmp_path: Path,
                                                               capsys: pytest.CaptureFixture[str]) -> None:
    good = [make_record(i) for i in range(4)]
    bad_nik = make_record(10)
    bad_nik["nik"] = bad_nik["nik"][:12] + "0000"
    unknown_kel = make_record(11, kelurahan_code="35.73.09.9999")
    dup_in_file = dict(good[0])
    records = [good[0], good[1], bad_nik, good[2], unknown_kel, dup_in_file]
    path = write_jsonl(tmp_path / "in.jsonl", records, ["{not json", "[1, 2]", "", json.dumps(good[3])])
    code, out, err = run(capsys, "register", "--db", db, str(path))
    assert code == 1
    by_line = {p["line"]: p["errors"] for p in out[0]["lines"]}
    assert by_line == {
        3: ["nik.serial"],
        5: ["kelurahan_code.unknown"],
        6: ["nik.duplicate_in_file"],
        7: ["line.malformed_json"],
        8: ["line.not_an_object"],
    }
    assert "line 3:" in err and "0000" in err
    assert count(db) == 0


def test_register_refuses_nik_already_in_workspace(db: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "register", "--db", db, str(write_jsonl(tmp_path / "a.jsonl", [make_record(1)])))
    code, out, _ = run(capsys, "register", "--db", db,
                       str(write_jsonl(tmp_path / "b.jsonl", [make_record(2), make_record(1)])))
    assert code == 1 and out[0]["lines"][0]["line"] == 2 and "nik.duplicate" in out[0]["lines"][0]["errors"]
    assert count(db) == 1
    code, out, _ = run(capsys, "register", "--db", db, "--force",
                       str(write_jsonl(tmp_path / "b.jsonl", [make_record(2), make_record(1)])))
    assert code == 0 and count(db) == 3


def test_register_from_stdin(db: str, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    import io

    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(make_record(5)) + "\n"))
    code, out, _ = run(capsys, "register", "--db", db, "-")
    assert code == 0 and out[0]["written"] == 1


def test_bad_input_exit_codes(db: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "stats", "--db", str(tmp_path / "missing-folder" / "x.sqlite"))
    assert code == 1 and out[0]["error"] == "workspace.folder_missing" and err
    code, out, _ = run(capsys, "stats", "--db", str(tmp_path / "nothing.sqlite"))
    assert code == 1 and out[0]["error"] == "workspace.missing"
    code, out, _ = run(capsys, "show", "--db", db, "MLG-0000-000")
    assert code == 1 and out[0]["error"] == "participant.not_found"
    code, out, _ = run(capsys, "update", "--db", db, "x", "--set", "novalue")
    assert code == 1 and out[0]["error"] == "set.malformed"
    code, out, _ = run(capsys, "register", "--db", db, str(tmp_path / "absent.jsonl"))
    assert code == 1 and out[0]["error"] == "file.unreadable"
    with pytest.raises(SystemExit) as excinfo:
        main(["register"])  # usage error
    assert excinfo.value.code == 2
    with pytest.raises(SystemExit) as excinfo:
        main(["no-such-command"])
    assert excinfo.value.code == 2


def test_newer_database_refused(db: str, capsys: pytest.CaptureFixture[str]) -> None:
    conn = raw_connect(db)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('pintu', 'm999', 'x')")
    conn.commit()
    conn.close()
    code, out, err = run(capsys, "stats", "--db", db)
    assert code == 1 and out[0]["error"] == "workspace.too_new" and "lebih baru" in err


def test_update_with_invalid_value_changes_nothing(db: str, tmp_path: Path,
                                                   capsys: pytest.CaptureFixture[str]) -> None:
    run(capsys, "register", "--db", db, str(write_jsonl(tmp_path / "a.jsonl", [make_record(1)])))
    code, listed, _ = run(capsys, "list", "--db", db, "--json")
    code, out, err = run(capsys, "update", "--db", db, listed[0]["id"], "--set", "phone=0841234")
    assert code == 1 and out[0]["errors"] == ["phone.invalid"] and "HP" in err
    code, after, _ = run(capsys, "list", "--db", db, "--json")
    assert after == listed


@pytest.mark.parametrize(
    ("nik", "valid", "expected"),
    [
        ("3573055203850001", True, {"birth_date": "1985-03-12", "gender": "P", "region_code": "35.73.05"}),
        ("3573051203050001", True, {"birth_date": "2005-03-12", "gender": "L"}),
        ("3573051203850000", False, {"errors": ["nik.serial"]}),
        ("12345", False, {"errors": ["nik.length"]}),
    ],
)
def test_check_nik(nik: str, valid: bool, expected: dict[str, Any], capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "check-nik", nik)
    assert out[0]["valid"] is valid and code == (0 if valid else 1)
    for key, value in expected.items():
        assert out[0][key] == value


def test_kill_during_register_leaves_all_or_nothing(db: str, tmp_path: Path) -> None:
    """A real SIGKILL in the middle of writing 10,000 people: the file holds none or all, and is sound."""
    path = write_jsonl(tmp_path / "big.jsonl", [make_record(i) for i in range(10_000)])
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "register", "--db", db, "--progress", str(path)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
    )
    assert proc.stderr is not None
    for line in proc.stderr:  # wait until it is writing, past the first 2,000, then kill it
        if line.startswith("writing 2000/"):
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    conn = raw_connect(db)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert conn.execute("SELECT count(*) FROM participants").fetchone()[0] in (0, 10_000)
        events = conn.execute("SELECT count(*) FROM events WHERE entity = 'participant'").fetchone()[0]
        assert events in (0, 10_000)
    finally:
        conn.close()
    # and the workspace still works afterwards
    completed = subprocess.run(
        [sys.executable, "-m", "desktop_app", "register", "--db", db, str(path)],
        capture_output=True, text=True, env=env, check=False,
    )
    assert completed.returncode == 0, completed.stderr
    assert count(db) == 10_000
