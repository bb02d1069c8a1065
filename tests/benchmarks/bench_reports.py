"""Reports benchmarks against the issue's budgets: the participants export of 100,000 rows (<= 10 s) and
the dashboard of a 100,000-participant workspace (<= 1 s).

    python3 tests/benchmarks/bench_reports.py [--participants 100000] [--runs 3] [--db PATH]

Builds a demo workspace (`pintu demo`) with five classes (one per training, 30 members, 10 sessions held,
attendance scanned card by card), then times, each `--runs` times:
- the participants export as XLSX and as CSV (masked), as `pintu report registrations` runs it;
- the summary the dashboard shows (`reports.statistics.summary`, all aggregates);
- the dashboard page opening: construction, first paint and the numbers shown (offscreen Qt);
- the registration recap and the summary as PDF, and certificates for one class.
Prints a table; exits 0 whatever the figures (speed is reported, not asserted).
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from desktop_app.cli import DEMO_PASSPHRASE as PASSPHRASE  # noqa: E402
from desktop_app.reports.exports import export_report  # noqa: E402
from desktop_app.reports.statistics import summary  # noqa: E402
from desktop_app.storage.attendance import checkin  # noqa: E402
from desktop_app.storage.cards import issue_cards  # noqa: E402
from desktop_app.storage.classes import assign, create_class, list_sessions  # noqa: E402
from desktop_app.storage.workspace import Workspace, open_workspace  # noqa: E402

EXPORT_BUDGET_S = 10.0
DASHBOARD_BUDGET_S = 1.0
CLASS_START = date(2026, 10, 5)


def build(db: Path, participants: int) -> None:
    started = time.perf_counter()
    subprocess.run([sys.executable, "-m", "desktop_app", "demo", "--db", str(db), "--participants",
                    str(participants)], check=True, cwd=ROOT, stdout=subprocess.DEVNULL)
    workspace = open_workspace(db, passphrase=PASSPHRASE)
    try:
        add_classes(workspace)
    finally:
        workspace.close()
    print(f"demo workspace: {participants:,} participants, 5 classes in {time.perf_counter() - started:.1f} s",
          file=sys.stderr)


def add_classes(workspace: Workspace, members: int = 30) -> None:
    """One class per training, two weeks of sessions, attendance scanned card by card (some absences)."""
    programs = [r[0] for r in workspace.db.execute("SELECT id FROM programs ORDER BY sort_order")]
    for number, program in enumerate(programs):
        klass = create_class(workspace, program_code=program, name=f"Angkatan {number + 1}", start=CLASS_START,
                             end=CLASS_START + timedelta(days=11), place="UPT Pelatihan Kerja Kota Malang",
                             trainer="Instruktur " + program.replace("_", " ").title(), capacity=members)
        people = [r[0] for r in workspace.db.execute(
            "SELECT id FROM participants WHERE program_code = ? ORDER BY registered_at LIMIT ?", [program, members])]
        assign(workspace, klass["id"], people)
        cards = [c.code for c in issue_cards(workspace, people, layout="a4")]
        for s_index, session in enumerate(list_sessions(workspace, klass["id"])):
            for p_index, code in enumerate(cards):
                if (p_index * 7 + s_index) % 10 < 10 - p_index % 4:
                    checkin(workspace, session["id"], code, at=f"{session['date']}T08:0{p_index % 10}:00+07:00")


def timed(runs: int, work: object) -> list[float]:
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()  # type: ignore[operator]
        times.append(time.perf_counter() - started)
    return times


def dashboard_open(db: Path, runs: int) -> list[float]:
    """Page construction to numbers on screen, offscreen, on a connection opened as the app opens it."""
    from PySide6.QtCore import QEventLoop, QTimer

    from desktop_app.app import make_application
    from desktop_app.ui.reports_page import ReportsPage

    make_application()
    workspace = open_workspace(db, passphrase=PASSPHRASE)
    times = []
    try:
        for _ in range(runs):
            started = time.perf_counter()
            page = ReportsPage(workspace)
            page.resize(1090, 650)
            loop = QEventLoop()
            page.loaded.connect(loop.quit)
            QTimer.singleShot(30_000, loop.quit)
            page.show()
            loop.exec()
            page.grab()  # painted, charts and tables included
            times.append(time.perf_counter() - started)
            page.close()
            page.deleteLater()
    finally:
        workspace.close()
    return times


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--participants", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--db", type=Path, default=None, help="reuse (or build once into) this workspace")
    args = parser.parse_args()
    tmp = Path(tempfile.mkdtemp(prefix="pintu-bench-reports-"))
    db = args.db or tmp / "w.sqlite"
    if not db.exists():
        build(db, args.participants)
    workspace = open_workspace(db, passphrase=PASSPHRASE)
    rows: list[tuple[str, list[float], float | None]] = []
    try:
        count = workspace.db.execute(
            "SELECT count(*) FROM participants WHERE deleted_at IS NULL AND withdrawn_at IS NULL").fetchone()[0]
        rows.append((f"participants export XLSX ({count:,} rows, masked)",
                     timed(args.runs, lambda: export_report(workspace, "registrations", tmp / "p.xlsx")),
                     EXPORT_BUDGET_S))
        rows.append((f"participants export CSV ({count:,} rows, masked)",
                     timed(args.runs, lambda: export_report(workspace, "registrations", tmp / "p.csv")),
                     EXPORT_BUDGET_S))
        rows.append(("dashboard numbers (summary: all aggregates)", timed(args.runs, lambda: summary(workspace)),
                     DASHBOARD_BUDGET_S))
        rows.append(("summary workbook XLSX", timed(args.runs, lambda: export_report(workspace, "summary",
                                                                                    tmp / "s.xlsx")), None))
        from desktop_app.printing.certificates import print_certificates
        from desktop_app.printing.recaps import write_recap

        rows.append(("registration recap PDF", timed(args.runs, lambda: write_recap(workspace, "registrations",
                                                                                   tmp / "r.pdf")), None))
        rows.append(("attendance recap PDF (5 classes)", timed(args.runs, lambda: write_recap(
            workspace, "attendance", tmp / "a.pdf")), None))
        first_class = workspace.db.execute("SELECT id FROM classes ORDER BY start_date, name").fetchone()[0]
        rows.append(("certificates PDF (one class)", timed(args.runs, lambda: print_certificates(
            workspace, first_class, tmp / "c.pdf")), None))
    finally:
        workspace.close()
    rows.append(("dashboard page open (construct, load, paint)", dashboard_open(db, args.runs), DASHBOARD_BUDGET_S))

    print(f"\nPintu reports benchmarks: {count:,} participants, {args.runs} runs each\n")
    print(f"{'operation':<52}{'median':>9}{'max':>9}  budget")
    for name, times, budget in rows:
        verdict = "" if budget is None else ("ok" if max(times) <= budget else "OVER BUDGET")
        budget_text = f"{budget:.0f} s" if budget is not None else "-"
        print(f"{name:<52}{statistics.median(times):>8.2f}s{max(times):>8.2f}s  {budget_text:<5} {verdict}")


if __name__ == "__main__":
    main()
