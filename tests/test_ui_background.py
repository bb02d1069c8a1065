"""Background tasks: results, progress and errors come back on the UI thread; cancel stops the work."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging
import threading
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication

from desktop_app.core.errors import PintuError, ValidationFailed
from desktop_app.storage.driver import sqlite3
from desktop_app.storage.workspace import Workspace
from desktop_app.ui.background import (
    UNEXPECTED,
    Cancelled,
    Failure,
    Progress,
    ProgressPanel,
    Task,
    failure_from,
    run_task,
    running_tasks,
    with_own_connection,
)
from desktop_app.ui.messages import message


@pytest.fixture(autouse=True)
def no_task_left_running() -> Iterator[None]:
    yield
    for task in running_tasks():
        task.cancel()
        assert task.wait(5000)


class Recorder:
    """Every signal of a task, in order, with the thread it arrived on."""

    def __init__(self, task: Task[Any]) -> None:
        self.events: list[tuple[str, Any]] = []
        self.threads: set[QThread] = set()
        task.progressed.connect(lambda done, total: self._add("progressed", (done, total)))
        task.succeeded.connect(lambda value: self._add("succeeded", value))
        task.failed.connect(lambda failure: self._add("failed", failure))
        task.cancelled.connect(lambda: self._add("cancelled", None))
        task.finished.connect(lambda: self._add("finished", None))

    def _add(self, name: str, value: Any) -> None:
        self.threads.add(QThread.currentThread())
        self.events.append((name, value))

    def names(self) -> list[str]:
        return [name for name, _ in self.events if name != "progressed"]

    def outcome(self) -> Any:
        return next(value for name, value in self.events if name in ("succeeded", "failed", "cancelled"))


def run(qtbot: Any, work: Any) -> Recorder:
    task: Task[Any] = Task(work)
    recorder = Recorder(task)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    return recorder


def test_the_result_and_progress_arrive_on_the_ui_thread(qtbot: Any) -> None:
    worker_threads: list[QThread] = []

    def work(progress: Progress) -> str:
        worker_threads.append(QThread.currentThread())
        for done in range(1, 4):
            assert progress(done, 3)
        return "selesai"

    recorder = run(qtbot, work)
    assert recorder.names() == ["succeeded", "finished"]
    assert recorder.outcome() == "selesai"
    ui_thread = QApplication.instance().thread()  # type: ignore[union-attr]
    assert recorder.threads == {ui_thread}
    assert worker_threads and worker_threads[0] is not ui_thread
    assert ("progressed", (3, 3)) in recorder.events  # the last step always arrives


def test_progress_is_throttled_but_the_last_step_arrives(qtbot: Any) -> None:
    def work(progress: Progress) -> None:
        for done in range(1, 20_001):
            progress(done, 20_000)

    recorder = run(qtbot, work)
    steps = [value for name, value in recorder.events if name == "progressed"]
    assert 1 <= len(steps) < 1000
    assert steps[-1] == (20_000, 20_000)


def test_cancel_stops_the_work_and_reports_cancelled(qtbot: Any) -> None:
    started = threading.Event()
    calls: list[int] = []

    def work(progress: Progress) -> None:
        started.set()
        done = 0
        while progress(done, 1_000_000):  # until the user cancels
            done += 1
            calls.append(done)
        raise Cancelled()

    task: Task[None] = Task(work)
    recorder = Recorder(task)
    task.start()
    assert task.is_running()
    assert started.wait(5)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.cancel()
    assert recorder.names() == ["cancelled", "finished"]
    assert task.outcome == "cancelled" and task.cancel_requested() and not task.is_running()


def test_a_core_error_after_cancel_counts_as_cancelled(qtbot: Any) -> None:
    """The core stops with its own error (`cards.cancelled`); the user asked for it: no error shown."""
    started = threading.Event()

    def work(progress: Progress) -> None:
        started.set()
        while progress(0, 1):
            pass
        raise PintuError("cards.cancelled")

    task = run_task(work)
    recorder = Recorder(task)
    assert started.wait(5)
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.cancel()
    assert recorder.names() == ["cancelled", "finished"]


def test_work_that_finishes_despite_cancel_reports_its_result(qtbot: Any) -> None:
    gate = threading.Event()

    def work(progress: Progress) -> int:
        assert gate.wait(5)
        return 42  # already done (e.g. committed): the truth is "it happened"

    task: Task[int] = Task(work)
    recorder = Recorder(task)
    task.start()
    task.cancel()
    with qtbot.waitSignal(task.finished, timeout=5000):
        gate.set()
    assert recorder.names() == ["succeeded", "finished"] and recorder.outcome() == 42


@pytest.mark.parametrize(
    ("error", "code"),
    [
        (PintuError("cards.unwritable", path="/x/kartu.pdf"), "cards.unwritable"),
        (PermissionError(13, "Permission denied", "/media/usb/kartu.pdf"), "file.permission_denied"),
        (FileNotFoundError(2, "No such file", "/media/usb/a.pintu"), "file.not_found"),
        (OSError(28, "No space left on device"), "file.write_failed"),
        (OSError(5, "Input/output error"), "file.io_error"),
        (sqlite3.OperationalError("database is locked"), "database.busy"),
        (sqlite3.OperationalError("disk I/O error"), "disk.full_or_readonly"),
    ],
)
def test_errors_a_user_can_cause_become_a_code_and_a_sentence(
    qtbot: Any, caplog: pytest.LogCaptureFixture, error: Exception, code: str
) -> None:
    def work(progress: Progress) -> None:
        raise error

    with caplog.at_level(logging.ERROR):
        recorder = run(qtbot, work)
    assert recorder.names() == ["failed", "finished"]
    failure = recorder.outcome()
    assert isinstance(failure, Failure)
    assert failure.code == code
    assert failure.message == message(code)
    assert "Traceback" not in failure.message and "." in failure.message  # a sentence, not a code
    assert not [r for r in caplog.records if r.name == "desktop_app.ui.background"]  # expected: not logged


def test_error_details_and_validation_codes_are_kept() -> None:
    assert failure_from(PintuError("cards.unwritable", path="/x/k.pdf")).details == {"path": "/x/k.pdf"}
    assert failure_from(PermissionError(13, "denied", "/x/k.pdf")).details == {"path": "/x/k.pdf"}
    both = failure_from(ValidationFailed(["nik.length", "phone.invalid"]))
    assert both.code == "validation.failed"
    assert both.message == f"{message('nik.length')} {message('phone.invalid')}"


def test_an_unexpected_exception_is_logged_and_reported_generically(
    qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    def work(progress: Progress) -> None:
        raise ValueError("a bug, with internal details 3573012345678901")

    with caplog.at_level(logging.ERROR, logger="desktop_app.ui.background"):
        recorder = run(qtbot, work)
    failure = recorder.outcome()
    assert failure.code == UNEXPECTED
    assert failure.message == message(UNEXPECTED)
    assert "ValueError" not in failure.message and "3573" not in failure.message
    logged = [r for r in caplog.records if r.name == "desktop_app.ui.background"]
    assert logged and logged[0].exc_info is not None  # the traceback is in the log, for a developer


def test_with_own_connection_opens_and_closes_a_connection_on_the_worker(qtbot: Any, workspace: Workspace) -> None:
    seen: dict[str, Any] = {}

    def work(own: Workspace, progress: Progress) -> str:
        seen["own"] = own
        seen["thread"] = QThread.currentThread()
        return str(own.db.execute("SELECT name FROM workspace").fetchone()[0])

    recorder = run(qtbot, with_own_connection(workspace, work))
    assert recorder.outcome() == workspace.info.name
    own = seen["own"]
    assert own is not workspace and own.db.conn is not workspace.db.conn
    with pytest.raises(sqlite3.ProgrammingError):  # closed once the work ended
        own.db.execute("SELECT 1")
    workspace.db.execute("SELECT 1")  # the UI's connection is untouched


def test_a_task_runs_once() -> None:
    task: Task[int] = Task(lambda progress: 1)
    task.start()
    with pytest.raises(RuntimeError):
        task.start()
    assert task.wait(5000)


def test_progress_panel_follows_a_task_and_cancels_it(qtbot: Any) -> None:
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.show()
    started = threading.Event()

    def work(progress: Progress) -> None:
        started.set()
        done = 0
        while progress(min(done, 50), 100):
            done += 1
        raise Cancelled()

    task: Task[None] = Task(work)
    panel.follow(task, "Membuat kartu…")
    assert panel.isVisible() and panel.label.text() == "Membuat kartu…"
    assert panel.bar.maximum() == 0  # busy until the first progress
    assert panel.cancel_button.text() == "Batal" and panel.cancel_button.isVisible()
    task.start()
    assert started.wait(5)
    qtbot.waitUntil(lambda: panel.bar.maximum() == 100, timeout=5000)
    assert panel.bar.text() == f"{panel.bar.value()} dari 100"
    with qtbot.waitSignal(task.finished, timeout=5000):
        panel.cancel_button.click()
    assert task.outcome == "cancelled"
    assert not panel.isVisible()


def test_progress_panel_without_cancel(qtbot: Any) -> None:
    panel = ProgressPanel()
    qtbot.addWidget(panel)
    panel.show()
    task: Task[int] = Task(lambda progress: 1)
    panel.follow(task, "Mengirim ke printer…", cancellable=False)
    assert not panel.cancel_button.isVisible()
    with qtbot.waitSignal(task.finished, timeout=5000):
        task.start()
    assert not panel.isVisible()
