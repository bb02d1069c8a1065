"""The log never holds a NIK or phone number, even inside a traceback."""

from __future__ import annotations

import logging
from pathlib import Path

from desktop_app.logs import setup_logging


def test_personal_numbers_are_scrubbed(tmp_path: Path) -> None:
    path = setup_logging(tmp_path)
    logger = logging.getLogger("pintu.test")
    logger.warning("import refused for %s (phone %s)", "3573055203850001", "+62 812-3456-7890")
    try:
        raise ValueError("bad NIK 3573055203850001")
    except ValueError:
        logger.exception("unexpected")
    for handler in logging.getLogger().handlers:
        handler.flush()
    text = path.read_text(encoding="utf-8")
    assert "3573055203850001" not in text and "3456" not in text
    assert text.count("[angka]") >= 3 and "unexpected" in text
    assert setup_logging(tmp_path) == path  # set up once
    root = logging.getLogger()
    for handler in list(root.handlers):
        if getattr(handler, "baseFilename", None) == str(path):
            root.removeHandler(handler)
            handler.close()
