"""Long work off the UI thread, with progress and cancel; its outcome comes back on the UI thread.

The work is a plain function that takes a progress callback, as the core's long operations do
(`print_cards(..., progress=...)`): `progress(done, total)` returns False once the user cancelled.
Everything the UI hears arrives as a signal on the UI thread, so slots may touch widgets:

    task = Task(with_own_connection(workspace, lambda ws, progress: export_bundle(ws, ..., progress=progress)))
    task.progressed.connect(...)   # (done, total), at most ~20 times a second (and always the last one)
    task.succeeded.connect(...)    # the work's return value
    task.failed.connect(...)       # a `Failure`: code + translated sentence, never a traceback
    task.cancelled.connect(...)    # the user cancelled and the work stopped (raised) because of it
    task.finished.connect(...)     # always, after exactly one of the three above
    task.start()
    ...
    task.cancel()                  # e.g. from a "Batal" button; `ProgressPanel` wires one up

Rules for the work function (it runs on another thread):
- never touch a widget or any other QObject of the UI;
- use its own database connection (SQLite connections must not cross threads): `with_own_connection`;
- stop when `progress` returns False, by raising (`Cancelled`, or the core's own error such as
  `cards.cancelled`): a task cancelled by the user that ends in an exception reports `cancelled`.

Errors a user can cause become a `Failure` with a code and a sentence (`messages.message`):
`PintuError` keeps its code; `OSError` becomes `file.*`; `sqlite3.OperationalError` becomes
`database.busy` or `disk.full_or_readonly`. Anything else is a bug: logged with its traceback and
reported as `unexpected.error`.

A started task keeps itself alive until it has finished (its thread must never be destroyed while it
runs), and when the application quits, running tasks are cancelled and waited for.
"""

from __future__ import annotations

import errno
import logging
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, ClassVar, Generic, TypeVar

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QThread, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from desktop_app.core.errors import PintuError, ValidationFailed
from desktop_app.storage.driver import sqlite3
from desktop_app.storage.people import share_session
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.messages import message

log = logging.getLogger(__name__)

T = TypeVar("T")
Progress = Callable[[int, int], bool]  # (done, total) -> False once cancelled
Work = Callable[[Progress], T]

PROGRESS_INTERVAL_S = 0.05  # progress signals at most this often (1,000 queued signals would lag the UI)
UNEXPECTED = "unexpected.error"


class Cancelled(Exception):
    """Raised by a work function that stops because `progress` returned False."""


@dataclass(frozen=True)
class Failure:
    """Why a task failed: a stable code, the sentence to show, and the error's details."""

    code: str
    message: str
    details: dict[str, Any] = field(default_factory=dict)


def failure_from(error: BaseException) -> Failure:
    """The code and sentence for an exception (call on the UI thread: the sentence is translated).

    Also useful for quick work done on the UI thread itself: `except Exception as e: show(failure_from(e))`.
    """
    if isinstance(error, ValidationFailed):
        return Failure(error.code, " ".join(message(code) for code in error.errors), dict(error.details))
    if isinstance(error, PintuError):
        return Failure(error.code, message(error.code), dict(error.details))
    if isinstance(error, sqlite3.OperationalError):
        text = str(error).lower()
        code = "database.busy" if "locked" in text or "busy" in text else "disk.full_or_readonly"
        return Failure(code, message(code))
    if isinstance(error, OSError):
        details = {"path": error.filename} if error.filename else {}
        if isinstance(error, FileNotFoundError):
            code = "file.not_found"
        elif isinstance(error, PermissionError):
            code = "file.permission_denied"
        elif error.errno in (errno.ENOSPC, errno.EROFS, errno.EDQUOT):
            code = "file.write_failed"
        else:
            code = "file.io_error"
        return Failure(code, message(code), details)
    return Failure(UNEXPECTED, message(UNEXPECTED))


def with_own_connection(workspace: Workspace, work: Callable[[Workspace, Progress], T]) -> Work[T]:
    """A work function that opens its own connection to the workspace, runs `work(own, progress)`, closes it.

    The connection acts for the same person, with the same rights, as the window's."""

    def run(progress: Progress) -> T:
        own = workspace.reconnect()
        share_session(workspace, own)
        try:
            return work(own, progress)
        finally:
            own.close()

    return run


class _Thread(QThread):
    """Runs the work; reports by (queued) signals to its Task, which lives on the UI thread."""

    progressed = Signal(int, int)
    ended = Signal(str, object)  # "ok" + result, "cancelled" + None, "error" + exception

    def __init__(self, work: Work[Any], cancel_flag: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._cancel = cancel_flag
        self._last_emit = 0.0

    def _progress(self, done: int, total: int) -> bool:
        now = time.monotonic()
        if done >= total or now - self._last_emit >= PROGRESS_INTERVAL_S:
            self._last_emit = now
            self.progressed.emit(int(done), int(total))
        return not self._cancel.is_set()

    def run(self) -> None:
        try:
            result = self._work(self._progress)
        except Exception as error:  # reported, never raised into Qt's thread machinery
            if self._cancel.is_set() or isinstance(error, Cancelled):
                self.ended.emit("cancelled", None)
                return
            if not isinstance(error, (PintuError, OSError, sqlite3.OperationalError)):
                log.exception("background work failed")
            self.ended.emit("error", error)
        else:
            self.ended.emit("ok", result)


class Task(QObject, Generic[T]):
    """One piece of work on its own thread; see the module's notes. Start it once."""

    progressed = Signal(int, int)
    succeeded = Signal(object)
    failed = Signal(object)  # Failure
    cancelled = Signal()
    finished = Signal()

    _alive: ClassVar[set[Task[Any]]] = set()  # started and not yet finished: kept from the garbage collector

    def __init__(self, work: Work[T]) -> None:
        super().__init__()  # no parent: a task must outlive a dialog closed while it runs
        self._cancel = threading.Event()
        self._thread = _Thread(work, self._cancel)
        self._thread.progressed.connect(self.progressed)
        self._thread.ended.connect(self._ended)
        self._thread.finished.connect(self._thread_finished)
        self._outcome: str | None = None
        self._running = False

    def start(self) -> Task[T]:
        if self._running or self._outcome is not None:
            raise RuntimeError("a Task runs once")
        self._running = True
        Task._alive.add(self)
        _watch_quit()
        self._thread.start()
        return self

    def cancel(self) -> None:
        """Ask the work to stop: its next `progress` call returns False. Safe to call at any time."""
        self._cancel.set()

    def is_running(self) -> bool:
        return self._running

    def cancel_requested(self) -> bool:
        return self._cancel.is_set()

    @property
    def outcome(self) -> str | None:
        """"ok", "error" or "cancelled" once the work ended; None before."""
        return self._outcome

    def wait(self, timeout_ms: int = 30_000) -> bool:
        """Block until the thread has ended (shutdown, tests). The signals still arrive by the event loop."""
        return self._thread.wait(timeout_ms)

    def _ended(self, outcome: str, value: object) -> None:
        self._outcome = outcome
        if outcome == "ok":
            self.succeeded.emit(value)
        elif outcome == "cancelled":
            self.cancelled.emit()
        else:
            assert isinstance(value, BaseException)
            self.failed.emit(failure_from(value))

    def _thread_finished(self) -> None:
        self._thread.wait()  # `finished` comes just before the thread ends: let it end before it may be deleted
        self._running = False
        Task._alive.discard(self)
        self.finished.emit()


def run_task(work: Work[T]) -> Task[T]:
    """Create and start a task. Connect its signals before control returns to the event loop
    (they are queued, so nothing is missed in between)."""
    return Task(work).start()


def running_tasks() -> list[Task[Any]]:
    return list(Task._alive)


_quit_watched = False


def _watch_quit() -> None:
    global _quit_watched
    app = QCoreApplication.instance()
    if app is not None and not _quit_watched:
        app.aboutToQuit.connect(_cancel_all_and_wait)
        _quit_watched = True


def _cancel_all_and_wait() -> None:
    for task in running_tasks():
        task.cancel()
    for task in running_tasks():
        task.wait(10_000)


class ProgressPanel(QWidget):
    """A line of text, a progress bar and "Batal", following one task at a time; hidden when idle.

    `follow(task, text)` before `task.start()`; the bar is busy (no total yet) until the first progress.
    With `cancellable=False` the button is hidden (e.g. while sending pages to a printer).
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel(self)
        self.bar = QProgressBar(self)
        self.bar.setTextVisible(True)
        self.cancel_button = QPushButton(self)
        self.cancel_button.clicked.connect(self.cancel)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar, 1)
        row.addWidget(self.cancel_button)
        self._task: Task[Any] | None = None
        self._retranslate()
        self.hide()

    def follow(self, task: Task[Any], text: str, *, cancellable: bool = True) -> None:
        self._task = task
        self.label.setText(text)
        self.bar.setRange(0, 0)  # busy until the work says how much there is
        self.cancel_button.setVisible(cancellable)
        self.cancel_button.setEnabled(True)
        task.progressed.connect(self._progressed)
        task.finished.connect(self._finished)
        self.show()

    def task(self) -> Task[Any] | None:
        return self._task

    def cancel(self) -> None:
        if self._task is not None:
            self._task.cancel()
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Membatalkan…"))

    def _progressed(self, done: int, total: int) -> None:
        if self.sender() is not self._task:
            return
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(min(done, max(total, 1)))
        locale = QLocale()
        self.bar.setFormat(self.tr("%1 dari %2").replace("%1", locale.toString(done))
                           .replace("%2", locale.toString(total)))

    def _finished(self) -> None:
        if self.sender() is self._task:
            self._task = None
            self.hide()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

    def _retranslate(self) -> None:
        self.cancel_button.setText(self.tr("Batal"))
        self.cancel_button.setToolTip(self.tr("Hentikan; yang belum selesai tidak disimpan"))
