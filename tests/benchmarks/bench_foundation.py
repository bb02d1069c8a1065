"""Foundation benchmarks against DESIGN.md's budgets, at 100,000 participants.

    python3 tests/benchmarks/bench_foundation.py [--participants 100000] [--db PATH]

Builds a demo workspace (or reuses --db if it exists), then times: the demo itself, saving one
registration (validate + duplicate check + write, each its own durable transaction), search as you
type (what the list does per keystroke: count + first page of 200), and opening the list.
Prints a table; exits 0 whatever the figures (speed is reported, not asserted).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from random import Random

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop_app.cli import DEMO_PASSPHRASE as PASSPHRASE  # noqa: E402
from desktop_app.core.demo import generate_participants  # noqa: E402
from desktop_app.core.errors import DuplicateNik  # noqa: E402
from desktop_app.core.registration import RegistrationService  # noqa: E402
from desktop_app.storage import keyfile  # noqa: E402
from desktop_app.storage.participants import ParticipantQuery, ParticipantRepository  # noqa: E402
from desktop_app.storage.workspace import open_workspace  # noqa: E402


def ms(seconds: float) -> float:
    return seconds * 1000.0


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[max(0, round(0.95 * len(ordered)) - 1)]


def build(db: Path, participants: int) -> float | None:
    if db.exists():
        return None
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "desktop_app", "demo", "--db", str(db), "--participants", str(participants)],
        check=True, cwd=ROOT, stdout=subprocess.DEVNULL,
    )
    return time.perf_counter() - started


def bench_save(repo: ParticipantRepository, service: RegistrationService, n: int = 200) -> list[float]:
    records = generate_participants(n * 2, seed=987654 + repo.count(), program_codes=sorted(repo.program_codes()),
                                    officers=["Bench"], start=__import__("datetime").date(2026, 11, 1))
    times: list[float] = []
    for record in records:
        record = {k: v for k, v in record.items() if k not in ("registered_at", "registered_by")}
        started = time.perf_counter()
        try:
            service.register(record)
        except DuplicateNik:
            continue
        times.append(time.perf_counter() - started)
        if len(times) == n:
            break
    return times


def typed_prefixes(text: str) -> list[str]:
    return [text[:i] for i in range(1, len(text) + 1)]


def bench_search(repo: ParticipantRepository, rng: Random) -> tuple[list[float], float, str]:
    names = [r[0] for r in repo.db.execute("SELECT full_name FROM participants WHERE full_name LIKE '% %' "
                                           "ORDER BY random() LIMIT 40")]
    niks = [r[0] for r in repo.db.execute("SELECT nik FROM participants ORDER BY random() LIMIT 5")]
    codes = [r[0] for r in repo.db.execute("SELECT short_code FROM participants ORDER BY random() LIMIT 5")]
    inputs = [n.split()[0].lower() + " " + n.split()[1][:3].lower() for n in names] + niks + codes
    times: list[float] = []
    worst, worst_text = 0.0, ""
    for text in inputs:
        for typed in typed_prefixes(text):
            query = ParticipantQuery(search=typed)
            started = time.perf_counter()
            repo.count(query)
            repo.page(query, 0, 200)
            elapsed = time.perf_counter() - started
            times.append(elapsed)
            if elapsed > worst:
                worst, worst_text = elapsed, typed
    return times, worst, worst_text


def bench_open(db: Path, runs: int = 5) -> list[float]:
    """Opening the file (already unlocked: the passphrase's key derivation is the unlock window's, timed by
    bench_startup.py) and reading what the list shows first."""
    key = keyfile.unlock(db, passphrase=PASSPHRASE)
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        workspace = open_workspace(db, key=key)
        repo = ParticipantRepository(workspace)
        repo.count()
        repo.page(ParticipantQuery(), 0, 200)
        times.append(time.perf_counter() - started)
        workspace.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--db", type=Path, default=None, help="reuse (or create) this demo workspace")
    args = parser.parse_args()
    folder = tempfile.mkdtemp(prefix="pintu-bench-")
    db = args.db or Path(folder) / "bench.sqlite"
    demo_seconds = build(db, args.participants)

    workspace = open_workspace(db, passphrase=PASSPHRASE)
    repo = ParticipantRepository(workspace)
    count = repo.count()
    service = RegistrationService(repo, officer="Bench", device_id=workspace.info.device_id)
    saves = bench_save(repo, service)
    searches, _worst, worst_text = bench_search(repo, Random(7))
    opens = bench_open(db)
    workspace.close()

    rows = []
    if demo_seconds is not None:
        rows.append((f"pintu demo --participants {args.participants}", f"{demo_seconds:.1f} s", "", "", "30 s",
                     demo_seconds <= 30))
    rows.append((f"save one registration (n={len(saves)})", f"{ms(statistics.median(saves)):.1f} ms",
                 f"{ms(p95(saves)):.1f} ms", f"{ms(max(saves)):.1f} ms", "20 ms", p95(saves) <= 0.020))
    rows.append((f"search per keystroke (n={len(searches)})", f"{ms(statistics.median(searches)):.1f} ms",
                 f"{ms(p95(searches)):.1f} ms", f"{ms(max(searches)):.1f} ms ({worst_text!r})", "30 ms",
                 p95(searches) <= 0.030))
    rows.append(("open the list: count + first 200 rows", f"{ms(statistics.median(opens)):.1f} ms",
                 f"{ms(p95(opens)):.1f} ms", f"{ms(max(opens)):.1f} ms", "500 ms", max(opens) <= 0.5))

    print(f"\nPintu foundation benchmarks: {count:,} participants in {db}\n")
    header = ("operation", "median", "p95", "max", "budget", "")
    widths = [max(len(str(r[i])) for r in [header, *rows]) for i in range(5)]
    print("  ".join(h.ljust(w) for h, w in zip(header, widths, strict=False)))
    for row in rows:
        cells = [str(c).ljust(w) for c, w in zip(row[:5], widths, strict=True)]
        print("  ".join(cells) + ("  ok" if row[5] else "  OVER BUDGET"))


if __name__ == "__main__":
    main()
