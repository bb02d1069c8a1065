"""The automatic backups while the app runs: one at start, then the daily one (checked every hour).

Each is a backup-API copy on a worker thread with its own connection, so the officer never waits
for it; a failure (full disk) is logged and tried again at the next check, never a dialog.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QTimer

from desktop_app.storage.backup import backup_if_due, make_backup
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.background import Failure, Task, with_own_connection

log = logging.getLogger(__name__)
CHECK_EVERY_MS = 60 * 60 * 1000


class AutoBackup(QObject):
    """Started by `app.run_gui` after the workspace is unlocked; stops with its parent."""

    def __init__(self, workspace: Workspace, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.task: Task[Path | None] | None = None
        self.made: list[Path] = []
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.daily)

    def start(self) -> None:
        self._run("start")
        self.timer.start()

    def daily(self) -> None:
        self._run("daily")

    def _run(self, kind: str) -> None:
        if self.workspace.path is None or (self.task is not None and self.task.is_running()):
            return

        def work(ws: Workspace, _progress: object) -> Path | None:
            if kind == "start":
                made = make_backup(ws, "start")
                backup_if_due(ws)  # the first start of the day also makes the daily copy
                return made
            return backup_if_due(ws)

        task: Task[Path | None] = Task(with_own_connection(self.workspace, work))
        task.succeeded.connect(self._done)
        task.failed.connect(self._failed)
        self.task = task
        task.start()

    def _done(self, path: Path | None) -> None:
        if path is not None:
            self.made.append(path)
            log.info("automatic backup written (%s)", path.name)

    def _failed(self, failure: Failure) -> None:
        log.warning("automatic backup failed: %s", failure.code)
