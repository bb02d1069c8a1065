"""Sync benchmarks against DESIGN.md: export 100,000 participants + 500,000 attendance rows (<= 10 s),
import that bundle into an empty workspace (<= 15 s) and again, all known (<= 5 s).

    python3 tests/benchmarks/bench_sync.py [--participants 100000] [--attendance 500000]
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop_app.core.demo import generate_participants  # noqa: E402
from desktop_app.core.events import Event  # noqa: E402
from desktop_app.core.hlc import pack  # noqa: E402
from desktop_app.core.ids import new_id  # noqa: E402
from desktop_app.core.registration import RegistrationService  # noqa: E402
from desktop_app.storage.classes import create_class, list_sessions  # noqa: E402
from desktop_app.storage.participants import ParticipantRepository  # noqa: E402
from desktop_app.storage.sync_store import EVENT_COLUMNS, import_events  # noqa: E402
from desktop_app.storage.workspace import create_workspace  # noqa: E402
from desktop_app.sync.exchange import export_bundle, import_bundle  # noqa: E402
from desktop_app.sync.join import join_workspace, make_join_file  # noqa: E402

PASSPHRASE = "benchmark-passphrase"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--attendance", type=int, default=500_000)
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="pintu-bench-sync-"))
    office = create_workspace(tmp / "office.sqlite", name="Bench", device_name="Office", officer="Koordinator",
                              passphrase=PASSPHRASE)
    make_join_file(office, tmp / "join.pintu", PASSPHRASE)
    empty = join_workspace(tmp / "empty.sqlite", tmp / "join.pintu", PASSPHRASE, device_name="Empty", officer="X")

    started = time.perf_counter()
    repo = ParticipantRepository(office)
    service = RegistrationService(repo, officer="Koordinator", device_id=office.info.device_id, rng=Random(1))
    codes = []
    with repo.transaction():
        for record in generate_participants(args.participants, seed=1, program_codes=sorted(repo.program_codes()),
                                            officers=["A", "B", "C"], start=date(2026, 9, 28)):
            saved = service.register(record, registered_at=record["registered_at"],
                                     registered_by=record["registered_by"])
            codes.append(saved.participant["short_code"])
    klass = create_class(office, program_code="barista", name="Angkatan 1", start=date(2026, 10, 5),
                         end=date(2027, 3, 5))
    sessions = [s["id"] for s in list_sessions(office, klass["id"])]
    # attendance as five trainers' laptops would have recorded it, arriving by import (bulk)
    rng = Random(2)
    rows = []
    base = pack(1_790_000_000_000, 0)
    for n in range(args.attendance):
        device = f"trainer-{n % 5}"
        event = Event(event_id=new_id(), device_id=device, seq=n // 5 + 1, hlc=base + n * 65536, entity="attendance",
                      entity_id=new_id(), op="create",
                      fields={"session_id": rng.choice(sessions), "short_code": rng.choice(codes), "verdict": "present",
                              "method": "usb", "scanned_at": "2026-10-05T08:01:00+07:00", "device_id": device})
        row = event.to_row()
        rows.append([row[c] for c in EVENT_COLUMNS])
    import_events(office.db, rows, source="bench", origin_device=None)
    del rows, codes  # the harness's own data is not the app's: free it before timing
    import gc

    gc.collect()
    setup = time.perf_counter() - started
    events = office.db.execute("SELECT count(*) FROM events").fetchone()[0]

    started = time.perf_counter()
    exported = export_bundle(office, tmp / "office.pintu", PASSPHRASE)
    t_export = time.perf_counter() - started
    started = time.perf_counter()
    first = import_bundle(empty, tmp / "office.pintu", PASSPHRASE)
    t_import = time.perf_counter() - started
    started = time.perf_counter()
    again = import_bundle(empty, tmp / "office.pintu", PASSPHRASE)
    t_again = time.perf_counter() - started

    print(f"\nPintu sync benchmarks: {args.participants:,} participants, {args.attendance:,} attendance rows, "
          f"{events:,} events (setup {setup:.0f} s)\n")
    print(f"{'operation':<44}{'time':>9}  budget")
    rows_out = [
        (f"export bundle ({exported['bytes'] / 1e6:.0f} MB)", t_export, 10),
        (f"import into an empty workspace ({first.new_events:,} new)", t_import, 15),
        (f"import again ({again.known_events:,} known, {again.new_events} new)", t_again, 5),
    ]
    for label, seconds, budget in rows_out:
        print(f"{label:<44}{seconds:>7.1f} s  {budget} s  {'ok' if seconds <= budget else 'OVER BUDGET'}")
    office.close()
    empty.close()
    shutil.rmtree(tmp, ignore_errors=True)  # a run leaves 1-2 GB behind otherwise


if __name__ == "__main__":
    main()
