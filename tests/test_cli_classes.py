"""Classes, sessions and check-in from the command line, as the issue specifies them."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop_app.cli import main
from tests.conftest import PASSPHRASE, make_record


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[Any]]:
    code = main(list(args))
    return code, [json.loads(x) for x in capsys.readouterr().out.splitlines() if x.startswith("{")]


def test_class_flow(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "w.sqlite")
    secret = tmp_path / "s.txt"
    secret.write_text("demo-pintu-2026\n")
    run(capsys, "init", "--db", db, "--workspace", "W", "--device", "D", "--officer", "O",
        "--passphrase-file", str(secret))
    people = tmp_path / "p.jsonl"
    people.write_text("\n".join(json.dumps(make_record(i)) for i in range(4)) + "\n")
    code, out = run(capsys, "register", "--db", db, str(people))
    codes = [p["short_code"] for p in out[0]["participants"]]

    code, out = run(capsys, "class", "create", "--db", db, "--program", "barista", "--name", "Barista A",
                    "--start", "07-12-2026", "--end", "2026-12-18", "--place", "UPT", "--trainer", "Pak Hadi",
                    "--capacity", "3")
    assert code == 0 and out[0]["sessions"] == 10
    class_id = out[0]["id"]
    code, out = run(capsys, "class", "assign", class_id, "--db", db, "--ids", *codes)
    assert code == 0 and len(out[0]["assigned"]) == 3 and len(out[0]["waitlisted"]) == 1
    code, listed = run(capsys, "class", "list", "--db", db)
    assert [c["id"] for c in listed] == [class_id] and listed[0]["members"] == 3
    code, sessions = run(capsys, "session", "list", "--db", db, "--class", class_id)
    assert [set(s) >= {"id", "date", "start", "end"} for s in sessions] == [True] * 10
    assert (sessions[0]["date"], sessions[0]["start"], sessions[0]["end"]) == ("2026-12-07", "08:00", "12:00")

    cards = tmp_path / "cards.pdf"
    code, out = run(capsys, "cards", "--db", db, "--out", str(cards), "--ids", *codes[:3])
    assert code == 0
    from desktop_app.core.cards import sign_card
    from desktop_app.storage.workspace import open_workspace as reopen

    ws = reopen(Path(db), passphrase=PASSPHRASE)
    private = bytes(ws.db.execute("SELECT private_key FROM local_device").fetchone()[0])
    card = sign_card(workspace_id=ws.info.workspace_id, short_code=codes[0], program_code="barista",
                     generation=1, key_id=ws.info.key_id, private_key=private)
    ws.close()
    session = sessions[0]["id"]
    code, out = run(capsys, "checkin", "--db", db, "--session", session, "--code", card)
    assert code == 0 and out[0]["status"] == "present" and out[0]["participant"]["short_code"] == codes[0]
    code, out = run(capsys, "checkin", "--db", db, "--session", session, "--code", card)
    assert code == 0 and out[0]["status"] == "already_present" and out[0]["first_scan_at"]
    code, out = run(capsys, "checkin", "--db", db, "--session", sessions[1]["id"], "--code", card,
                    "--at", "2026-12-08T08:40")
    assert code == 0 and out[0]["scanned_at"] == "2026-12-08T08:40:00"
    code, out = run(capsys, "checkin", "--db", db, "--session", session, "--code", "rubbish")
    assert code == 1 and out[0]["status"] == "invalid"
    code, out = run(capsys, "session", "results", session, "--db", db)
    assert [p["short_code"] for p in out[0]["present"]] == [codes[0]] and len(out[0]["absent"]) == 2
    code, out = run(capsys, "class", "results", class_id, "--db", db)
    assert code == 0 and len(out[0]["participants"]) == 3
    code, out = run(capsys, "class", "create", "--db", db, "--program", "barista", "--name", "X",
                    "--start", "2026-12-10", "--end", "2026-12-01")
    assert code == 1 and out[0]["errors"] == ["end_date.before_start"]
