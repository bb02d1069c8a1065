"""`pintu` with no arguments opens the window; `pintu COMMAND` runs the command line."""

from __future__ import annotations

import sys
from pathlib import Path


def open_gui(db_path: Path | None) -> int:
    """Imported only when a window is wanted, so CLI commands start without loading Qt."""
    from desktop_app.app import run_gui

    return run_gui(db_path)


def main() -> int:
    if sys.argv[1:] == ["--self-test"]:
        from desktop_app.ui.self_test import run_self_test

        return run_self_test()
    from desktop_app.cli import main as cli_main

    return cli_main(sys.argv[1:], open_gui=open_gui)


if __name__ == "__main__":
    sys.exit(main())
