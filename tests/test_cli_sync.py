"""Sync from the command line, as a coordinator would run it, including a real kill during import."""

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

ROOT = Path(__file__).resolve().parents[1]


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[Any], str]:
    code = main(list(args))
    captured = capsys.readouterr()
    return code, [json.loads(x) for x in captured.out.splitlines() if x.startswith("{")], captured.err


@pytest.fixture
def secret(tmp_path: Path) -> str:
    path = tmp_path / "sandi.txt"
    path.write_text("demo-pintu-2026\n")
    return str(path)


def register(capsys: pytest.CaptureFixture[str], db: str, tmp_path: Path, *indexes: int) -> None:
    source = tmp_path / f"people-{indexes[0]}.jsonl"
    source.write_text("\n".join(json.dumps(make_record(i)) for i in indexes) + "\n")
    code, _out, err = run(capsys, "register", "--db", db, str(source))
    assert code == 0, err


@pytest.fixture
def laptops(tmp_path: Path, capsys: pytest.CaptureFixture[str], secret: str) -> tuple[str, str]:
    office, field = str(tmp_path / "office.sqlite"), str(tmp_path / "field.sqlite")
    assert run(capsys, "init", "--db", office, "--workspace", "Pelatihan DBHCHT 2026", "--device", "Kantor",
               "--officer", "Koordinator", "--passphrase-file", secret)[0] == 0
    register(capsys, office, tmp_path, 1, 2)
    code, out, _ = run(capsys, "join-file", "--db", office, "--out", str(tmp_path / "join.pintu"),
                       "--passphrase-file", secret)
    assert code == 0 and out[0]["events"] > 0
    code, out, _ = run(capsys, "join", str(tmp_path / "join.pintu"), "--db", field, "--device", "Laptop 2",
                       "--officer", "Agus", "--passphrase-file", secret)
    assert code == 0 and out[0]["participants"] == 2 and out[0]["device_name"] == "Laptop 2"
    return office, field


def names(capsys: pytest.CaptureFixture[str], db: str) -> list[str]:
    return sorted(p["full_name"] for p in run(capsys, "list", "--db", db, "--json")[1])


def test_export_preview_import_again(laptops: tuple[str, str], tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str], secret: str) -> None:
    office, field = laptops
    register(capsys, field, tmp_path, 3, 4, 5)
    bundle = str(tmp_path / "field.pintu")
    code, _out, _ = run(capsys, "export", "--db", field, "--out", bundle, "--passphrase-file", secret)
    assert code == 0 and Path(bundle).exists()
    code, preview, _ = run(capsys, "import", bundle, "--db", office, "--preview", "--passphrase-file", secret)
    assert code == 0 and preview[0]["new_people"] == 3 and preview[0]["preview"]
    assert len(names(capsys, office)) == 2
    code, done, _ = run(capsys, "import", bundle, "--db", office, "--passphrase-file", secret)
    assert code == 0 and done[0]["new_people"] == 3
    assert names(capsys, office) == names(capsys, field)
    code, again, _ = run(capsys, "import", bundle, "--db", office, "--passphrase-file", secret)
    assert code == 0 and again[0]["new_events"] == 0
    code, devices, _ = run(capsys, "devices", "--db", office)
    assert {d["name"] for d in devices} == {"Kantor", "Laptop 2"}
    assert next(d for d in devices if d["name"] == "Laptop 2")["last_data_arrived"]


def test_sync_folder_three_laptops(laptops: tuple[str, str], tmp_path: Path,
                                   capsys: pytest.CaptureFixture[str], secret: str) -> None:
    office, field = laptops
    third = str(tmp_path / "third.sqlite")
    assert run(capsys, "join", str(tmp_path / "join.pintu"), "--db", third, "--device", "Laptop 3",
               "--officer", "Sri", "--passphrase-file", secret)[0] == 0
    register(capsys, field, tmp_path, 10)
    register(capsys, third, tmp_path, 11)
    folder = tmp_path / "flashdisk"
    folder.mkdir()
    for db in (field, third, office, field, third):
        code, _out, err = run(capsys, "sync-folder", str(folder), "--db", db, "--passphrase-file", secret)
        assert code == 0, err
    assert names(capsys, office) == names(capsys, field) == names(capsys, third)
    assert len(names(capsys, office)) == 4


def test_bad_inputs_exit_1_with_codes(laptops: tuple[str, str], tmp_path: Path,
                                      capsys: pytest.CaptureFixture[str], secret: str) -> None:
    office, field = laptops
    bundle = str(tmp_path / "field.pintu")
    run(capsys, "export", "--db", field, "--out", bundle, "--passphrase-file", secret)
    wrong = tmp_path / "salah.txt"
    wrong.write_text("bukan-kata-sandinya\n")
    code, out, err = run(capsys, "import", bundle, "--db", office, "--passphrase-file", str(wrong))
    assert code == 1 and out[0]["error"] == "passphrase.wrong" and "salah" in err.lower()
    not_bundle = tmp_path / "foto.pintu"
    not_bundle.write_bytes(b"\x89PNG....")
    code, out, _ = run(capsys, "import", str(not_bundle), "--db", office, "--passphrase-file", secret)
    assert code == 1 and out[0]["error"] == "bundle.not_a_bundle"
    code, out, _ = run(capsys, "sync-folder", str(tmp_path / "no-such-folder"), "--db", office,
                       "--passphrase-file", secret)
    assert code == 1 and out[0]["error"] == "folder.missing"
    code, out, _ = run(capsys, "export", "--db", office, "--out", str(tmp_path / "gone" / "x.pintu"),
                       "--passphrase-file", secret)
    assert code == 1 and out[0]["error"] == "file.folder_missing"


def test_kill_during_import_leaves_database_as_before(tmp_path: Path, capsys: pytest.CaptureFixture[str],
                                                      secret: str) -> None:
    """A real SIGKILL while a big bundle is being applied: afterwards the database is exactly as before."""
    office, field = str(tmp_path / "office.sqlite"), str(tmp_path / "field.sqlite")
    run(capsys, "init", "--db", office, "--workspace", "W", "--device", "Kantor", "--officer", "K",
        "--passphrase-file", secret)
    run(capsys, "join-file", "--db", office, "--out", str(tmp_path / "join.pintu"), "--passphrase-file", secret)
    run(capsys, "join", str(tmp_path / "join.pintu"), "--db", field, "--device", "L2", "--officer", "A",
        "--passphrase-file", secret)
    register(capsys, office, tmp_path, *range(15000))
    bundle = str(tmp_path / "big.pintu")
    assert run(capsys, "export", "--db", office, "--out", bundle, "--passphrase-file", secret)[0] == 0

    def snapshot() -> list[Any]:
        conn = raw_connect(field)
        try:
            tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY 1")]
            return [(t, sorted(map(repr, conn.execute(f"SELECT * FROM [{t}]")))) for t in tables if "fts" not in t]
        finally:
            conn.close()

    before = snapshot()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        [sys.executable, "-m", "desktop_app", "import", bundle, "--db", field, "--progress",
         "--passphrase-file", secret],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env,
    )
    assert proc.stderr is not None
    assert proc.stderr.readline().startswith("importing")
    wal = Path(field + "-wal")
    while proc.poll() is None and (not wal.exists() or wal.stat().st_size < 500_000):
        pass  # wait until the import is writing (the write-ahead log grows), then pull the plug
    assert proc.poll() is None, "the import finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    conn = raw_connect(field)
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()
    assert snapshot() == before
    code, out, err = run(capsys, "import", bundle, "--db", field, "--passphrase-file", secret)
    assert code == 0 and out[0]["new_people"] == 15000, err
