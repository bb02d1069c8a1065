"""An unexpected error in a slot is logged (scrubbed) and shown calmly, not as a traceback."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging
import sys
from pathlib import Path

import pytest

from desktop_app.logs import setup_logging
from desktop_app.ui import error_dialog


def test_unexpected_error_dialog(qtbot, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    shown: list[Path | None] = []
    monkeypatch.setattr(error_dialog, "show_unexpected_error", lambda path: shown.append(path))
    log_path = setup_logging(tmp_path)
    previous = sys.excepthook
    try:
        error_dialog.install_excepthook(log_path)
        try:
            raise RuntimeError("boom for 3573055203850001")
        except RuntimeError:
            sys.excepthook(*sys.exc_info())  # type: ignore[arg-type]
    finally:
        sys.excepthook = previous
        root = logging.getLogger()
        for handler in list(root.handlers):
            if getattr(handler, "baseFilename", None) == str(log_path):
                handler.flush()
                root.removeHandler(handler)
                handler.close()
    assert shown == [log_path]
    text = log_path.read_text(encoding="utf-8")
    assert "RuntimeError" in text and "3573055203850001" not in text


def test_the_window_entry_point_logs_and_catches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """`pintu` (no command) sets up the log in the data folder and the error dialog before the window."""
    from desktop_app import __main__ as entry
    from desktop_app import app as app_module
    from desktop_app import logs

    monkeypatch.setattr(logs, "log_dir", lambda: tmp_path / "logs")
    seen: dict[str, object] = {}
    monkeypatch.setattr(app_module, "run_gui", lambda db: seen.update(hook=sys.excepthook) or 0)
    previous = sys.excepthook
    try:
        assert entry.open_gui(None) == 0
    finally:
        sys.excepthook = previous
        root = logging.getLogger()
        for handler in list(root.handlers):
            if str(tmp_path) in str(getattr(handler, "baseFilename", "")):
                root.removeHandler(handler)
                handler.close()
    assert seen["hook"] is not previous and seen["hook"] is not sys.__excepthook__
    assert (tmp_path / "logs" / "pintu.log").exists()
