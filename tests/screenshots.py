"""Screenshots of the main window for the README: `python3 tests/screenshots.py OUTDIR`.

Builds a demo workspace in a temporary folder (through the same code path as `pintu demo`), opens the
window offscreen at 1366x768 and saves `participants.png` and `participants-search.png` in OUTDIR.
"""

from __future__ import annotations

import contextlib
import io
import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.app import build_main_window, make_application
from desktop_app.cli import main as cli_main
from desktop_app.storage.workspace import open_workspace

SIZE = (1366, 768)
PARTICIPANTS = 2000


def settle(ms: int = 300) -> None:
    """Let timers (the search delay) fire and the window paint."""
    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()
    QCoreApplication.processEvents()


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print("usage: python3 tests/screenshots.py OUTDIR", file=sys.stderr)
        return 2
    out = Path(argv[0])
    out.mkdir(parents=True, exist_ok=True)
    app: QApplication = make_application()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "demo.sqlite"
        with contextlib.redirect_stdout(io.StringIO()):
            code = cli_main(["demo", "--db", str(db), "--participants", str(PARTICIPANTS)])
        if code != 0:
            print("could not build the demo workspace", file=sys.stderr)
            return 1
        workspace = open_workspace(db)
        try:
            window = build_main_window(workspace)
            window.resize(*SIZE)
            window.show()
            settle()
            window.grab().save(str(out / "participants.png"))

            page = window.participants_page
            name = page.model.record(3)["full_name"]
            words = name.split()
            page.search.setText(" ".join([words[0][:4], *(w[:3] for w in words[1:2])]))
            settle()
            window.grab().save(str(out / "participants-search.png"))
            window.close()
            del window
        finally:
            workspace.close()
    app.processEvents()
    print(f"saved participants.png and participants-search.png in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
