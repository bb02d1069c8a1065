"""The app's log: a few rotating files in the data folder, with personal numbers scrubbed out.

Code should never log names or NIKs; the filter is the second line of defence: any run of 10 or more
digits (NIK, KK, phone numbers) and any +62 number becomes "[angka]" before it reaches the disk.
"""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop_app.storage.location import data_dir

LOG_NAME = "pintu.log"
MAX_BYTES = 1_000_000
BACKUPS = 5
_NUMBERS = re.compile(r"\+?\d[\d\s.\-]{8,}\d")


class ScrubPersonalNumbers(logging.Filter):
    """Replace long digit runs in the message and its arguments (and in tracebacks)."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        record.msg = _NUMBERS.sub("[angka]", message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = _NUMBERS.sub("[angka]", record.exc_text)
        return True


def log_dir() -> Path:
    return data_dir() / "logs"


def setup_logging(folder: Path | None = None, level: int = logging.INFO) -> Path:
    """Log to `<data folder>/logs/pintu.log` (rotating); returns the file's path for error dialogs."""
    target = folder or log_dir()
    target.mkdir(parents=True, exist_ok=True)
    path = target / LOG_NAME
    root = logging.getLogger()
    for handler in list(root.handlers):
        if isinstance(handler, RotatingFileHandler) and Path(handler.baseFilename) == path:
            return path
    handler = RotatingFileHandler(path, maxBytes=MAX_BYTES, backupCount=BACKUPS, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(ScrubPersonalNumbers())
    root.addHandler(handler)
    root.setLevel(level)
    return path
