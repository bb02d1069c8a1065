"""Start to usable window at 100,000 participants, against a bare PySide6 window in the same run.

    python3 tests/benchmarks/bench_startup.py [--participants 100000] [--db PATH] [--runs 5]

Each measurement is a fresh process, timed from launch until the window is shown with its start page
(the registration form, with the trainings and their counts) painted, then the process exits.
DESIGN.md's budget: at most 1.5x the bare window. Also prints opening the participant list and search
as you type through the real Qt model.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

BARE = """
import sys
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication(sys.argv)
window = QMainWindow(); window.setCentralWidget(QLabel("Pintu")); window.resize(1280, 680); window.show()
app.processEvents()
"""

PINTU = """
import sys
from pathlib import Path
from desktop_app.app import build_main_window, make_application
from desktop_app.storage.workspace import open_workspace
app = make_application()
workspace = open_workspace(Path(sys.argv[1]))
window = build_main_window(workspace)
window.resize(1280, 680); window.show()
app.processEvents()
assert window.built("registration_page") is not None  # the start page, with its form, is up
"""

MODEL = """
import statistics, sys, time
from pathlib import Path
from desktop_app.app import make_application
from desktop_app.storage.participants import ParticipantRepository
from desktop_app.storage.workspace import open_workspace
from desktop_app.ui.participants_page import ParticipantsPage
app = make_application()
workspace = open_workspace(Path(sys.argv[1]))
started = time.perf_counter()
page = ParticipantsPage(ParticipantRepository(workspace))
page.resize(1200, 650); page.show(); app.processEvents()
opened = time.perf_counter() - started
names = [r[0] for r in workspace.db.execute(
    "SELECT full_name FROM participants WHERE full_name LIKE '% %' ORDER BY random() LIMIT 20")]
times = []
for name in names:
    first, second = name.split()[:2]
    typed = ""
    for char in f"{first.lower()} {second[:3].lower()}":
        typed += char
        t = time.perf_counter()
        page.model.set_search(typed)
        page.model.rowCount(); page.model.data(page.model.index(0, 1))
        app.processEvents()
        times.append(time.perf_counter() - t)
times.sort()
print(f"{opened*1000:.1f} {statistics.median(times)*1000:.1f} {times[int(0.95*(len(times)-1))]*1000:.1f}")
"""


def timed(code: str, *args: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
           "PYTHONPATH": str(ROOT)}
    started = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env, cwd=ROOT,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    db = args.db or Path(tempfile.mkdtemp(prefix="pintu-bench-start-")) / "w.sqlite"
    if not db.exists():
        subprocess.run([sys.executable, "-m", "desktop_app", "demo", "--db", str(db), "--participants",
                        str(args.participants)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    timed(BARE), timed(PINTU, str(db))  # warm the disk cache for both
    bare, pintu = [], []
    for _ in range(args.runs):  # interleaved, so both see the same machine
        bare.append(timed(BARE))
        pintu.append(timed(PINTU, str(db)))
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONPATH": str(ROOT)}
    model = subprocess.run([sys.executable, "-c", MODEL, str(db)], check=True, env=env, cwd=ROOT,
                           capture_output=True, text=True).stdout.split()
    b, p = statistics.median(bare), statistics.median(pintu)
    print(f"\nPintu start-up benchmarks ({args.participants:,} participants, median of {args.runs} runs)\n")
    print(f"bare PySide6 window, launch to shown             {b * 1000:7.0f} ms")
    print(f"Pintu main window, launch to shown              {p * 1000:7.0f} ms   ratio {p / b:.2f}x "
          f"(budget 1.5x: {'ok' if p / b <= 1.5 else 'OVER BUDGET'})")
    print(f"participant list page opened (model + first rows) {float(model[0]):6.1f} ms   (budget 500 ms)")
    print(f"search as you type through the Qt model: median {float(model[1]):.1f} ms, "
          f"p95 {float(model[2]):.1f} ms   (budget 30 ms)")


if __name__ == "__main__":
    main()
