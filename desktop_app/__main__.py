"""`pintu` with no arguments opens the window; `pintu COMMAND` runs the command line."""

from __future__ import annotations

import sys
from pathlib import Path


def open_gui(db_path: Path | None) -> int:
    """Imported only when a window is wanted, so CLI commands start without loading Qt.

    The window's session logs to the rotating, scrubbed log in the data folder, and an unexpected error
    shows the friendly dialog (what happened, that no data was lost, where the log is), never a traceback.
    """
    from desktop_app.app import run_gui
    from desktop_app.logs import setup_logging
    from desktop_app.ui.error_dialog import install_excepthook

    try:
        log_path: Path | None = setup_logging()
    except OSError:  # a read-only profile: the app still runs, without a log file
        log_path = None
    install_excepthook(log_path)
    return run_gui(db_path)


def main() -> int:
    if sys.argv[1:] == ["--self-test"]:
        from desktop_app.ui.self_test import run_self_test

        return run_self_test()
    from desktop_app.cli import main as cli_main

    return cli_main(sys.argv[1:], open_gui=open_gui)


if __name__ == "__main__":
    sys.exit(main())
