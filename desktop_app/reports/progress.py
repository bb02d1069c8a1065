"""Progress and cancelling for long exports: a plain callback, as for card printing.

`progress(done, total)` is called now and then; returning False (not None) stops the export with
`ExportCancelled`, and the half-written file is removed by the caller. The GUI's worker re-emits the
calls as signals; the CLI passes nothing.
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.core.errors import PintuError

Progress = Callable[[int, int], bool]  # (done, total) -> False to stop


class ExportCancelled(PintuError):
    def __init__(self) -> None:
        super().__init__("report.cancelled")


def tick(progress: Progress | None, done: int, total: int) -> None:
    """Report progress; raise `ExportCancelled` if the callback says stop."""
    if progress is not None and progress(done, total) is False:
        raise ExportCancelled()
